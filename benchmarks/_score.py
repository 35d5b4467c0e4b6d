"""Scoring for the article-extraction benchmark (re-implemented from its description).

Tokens are the matches of ``\\w+`` (no lowercasing). Each text becomes a multiset of
4-token shingles (a text shorter than 4 tokens is a single shorter shingle). Per page the
multiset intersection gives TP, the extra predicted shingles FP and the missing ones FN;
the three are divided by their sum so that every page weighs the same. Precision is the
mean of TP/(TP+FP) over pages with TP+FP > 0, recall the mean of TP/(TP+FN) over pages
with TP+FN > 0, F1 = 2PR/(P+R) of those macro means. A page with FP = FN = 0 scores 1 for
both. Accuracy is the share of pages whose token list equals the ground truth's exactly.

Segments (labelled-web-pages, as upstream trafilatura scores them): per page, each
``must_include`` segment found in the output is a TP, missing an FN; each ``must_exclude``
segment found is an FP, absent a TN; found = substring after whitespace normalisation.
P = TP/(TP+FP), R = TP/(TP+FN) over the sums of all pages (micro), F1 = 2PR/(P+R).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "PageScore",
    "Scores",
    "SegmentCounts",
    "load_benchmark",
    "score_page",
    "score_pages",
    "score_segments",
    "segment_counts",
    "shingles",
]

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = tokens(text)
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


@dataclass(frozen=True)
class PageScore:
    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float | None:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp > 0 else None

    @property
    def recall(self) -> float | None:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn > 0 else None

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int


def score_page(predicted: str, expected: str) -> PageScore:
    pred, true = shingles(predicted), shingles(expected)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    exact = tokens(predicted) == tokens(expected)
    if total == 0:
        return PageScore(0.0, 0.0, 0.0, exact)
    return PageScore(tp / total, fp / total, fn / total, exact)


def score_pages(predicted: Mapping[str, str], expected: Mapping[str, str]) -> Scores:
    """Score predictions keyed like ``expected`` (a missing prediction counts as empty)."""
    pages = [score_page(predicted.get(key, "") or "", text) for key, text in expected.items()]
    precisions = [p.precision for p in pages if p.precision is not None]
    recalls = [p.recall for p in pages if p.recall is not None]
    prec = sum(precisions) / len(precisions) if precisions else 0.0
    rec = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    acc = sum(p.exact for p in pages) / len(pages) if pages else 0.0
    return Scores(prec, rec, f1, acc, len(pages))


def load_benchmark(root: Path) -> list[tuple[str, str, str, str]]:
    """(key, url, html, expected body) for every page of the benchmark folder."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    rows = []
    for key in sorted(truth):
        entry = truth[key]
        raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        rows.append((key, entry["url"], raw.decode("utf-8"), entry["articleBody"]))
    return rows


@dataclass(frozen=True)
class SegmentCounts:
    tp: int
    fn: int
    fp: int
    tn: int
    missing: tuple[str, ...] = ()  # must_include segments not found
    leaked: tuple[str, ...] = ()  # must_exclude segments found

    @property
    def f1(self) -> float:
        return _prf(self.tp, self.fp, self.fn)[2]


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def segment_counts(predicted: str, include: list[str], exclude: list[str]) -> SegmentCounts:
    text = _normalise(predicted or "")
    missing = tuple(s for s in include if _normalise(s) not in text)
    leaked = tuple(s for s in exclude if _normalise(s) in text)
    return SegmentCounts(len(include) - len(missing), len(missing), len(leaked),
                         len(exclude) - len(leaked), missing, leaked)  # fmt: skip


def score_segments(counts: list[SegmentCounts]) -> Scores:
    """Micro P/R/F1 over all pages' segments; accuracy = pages with every segment right."""
    tp, fp, fn = (sum(getattr(c, k) for c in counts) for k in ("tp", "fp", "fn"))
    prec, rec, f1 = _prf(tp, fp, fn)
    acc = sum(c.fn == 0 and c.fp == 0 for c in counts) / len(counts) if counts else 0.0
    return Scores(prec, rec, f1, acc, len(counts))
