"""Train the block model (``warctools/extract/block_model.py``) on the dev sets' tune halves.

    PYTHONPATH=$PWD python scripts/train_block_model.py [--write] [--l2 1.0] [--bare]
                                                        [--variants bare,divs,flat,plain]

Reads the three dev sets through ``benchmarks/_devsets.py`` (``../shared/datasets``), runs
the extractor's rules on every page of the TUNE half (first byte of SHA-1 of the URL / folder
name even) and labels each block the rules keep: for the ScrapingHub and Readability.js
pages a block is the story's when most of its 4-token shingles are in the reference text;
for labelled-web-pages a block holding a ``must_include`` segment (or held by one) is the
story's, one holding a ``must_exclude`` segment is not, others are not labelled. A logistic
regression (L2, Newton steps, numpy) gives the weights; the thresholds (short lines, then
paragraphs, the second at least the first) are those that maximise the mean body F1 of the
three tune halves. The check halves are scored for the
report, never used to fit. ``--write`` rewrites ``warctools/extract/_block_weights.py``.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(1, str(REPO))

from _devsets import Page, load_set  # noqa: E402
from _score import score_pages, score_segments, segment_counts, shingles  # noqa: E402
from extraction import VARIANTS  # noqa: E402
from selectolax.lexbor import LexborHTMLParser  # noqa: E402

from warctools.extract import block_model  # noqa: E402
from warctools.extract._clean import clean_tree  # noqa: E402
from warctools.extract.article import story_blocks  # noqa: E402
from warctools.extract.metadata import read_metadata  # noqa: E402

WEIGHTS_FILE = REPO / "warctools" / "extract" / "_block_weights.py"
_TOKEN = re.compile(r"\w+")


@dataclass
class PageBlocks:
    page: Page
    texts: list[str]  # the kept blocks' texts (rules, sections cut)
    rows: list[list[float]]
    labels: list[float | None]  # 1 = not the story's, 0 = the story's, None = unknown
    judged: list[bool]  # blocks the model judges (the others are kept whatever it says)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _label(page: Page, text: str) -> float | None:
    if page.expected is None:
        norm = _norm(text)
        if any(_norm(s) in norm or (len(norm) >= 20 and norm in _norm(s)) for s in page.include):
            return 0.0
        if any(_norm(s) in norm for s in page.exclude):
            return 1.0
        return None
    toks = _TOKEN.findall(text)
    if not toks:
        return None
    ref = shingles(page.expected)
    if len(toks) < 4:
        return 0.0 if f" {' '.join(toks)} " in f" {' '.join(_TOKEN.findall(page.expected))} " \
            else 1.0  # fmt: skip
    own = shingles(text)
    found = sum((own & ref).values()) / sum(own.values())
    return 0.0 if found >= 0.5 else 1.0


def page_blocks(page: Page) -> PageBlocks:
    tree = LexborHTMLParser(page.html)
    meta = read_metadata(tree, page.url, page.html)
    body = clean_tree(tree)
    texts: list[str] = []
    rows: list[list[float]] = []
    labels: list[float | None] = []
    judged: list[bool] = []
    if body is None:
        return PageBlocks(page, texts, rows, labels, judged)
    story = story_blocks(body, meta.title, meta.authors)  # as extract() calls it
    wanted = block_model.candidates(story)
    features = dict(zip(wanted, block_model.block_features(story, wanted), strict=True))
    for index, (block, _prose, keep) in enumerate(story.picked):
        if keep and index not in story.cut:
            texts.append(block.text)
            rows.append(features.get(index, []))
            judged.append(index in features)
            labels.append(_label(page, block.text) if index in features else None)
    return PageBlocks(page, texts, rows, labels, judged)


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float) -> np.ndarray:
    beta = np.zeros(x.shape[1])
    reg = l2 * np.eye(x.shape[1])
    reg[0, 0] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (w * (p - y)) + reg @ beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + reg
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def set_f1(pages: list[PageBlocks], beta: np.ndarray | None, thresholds: tuple[float, float]
           ) -> float:  # fmt: skip
    """Body F1 of a set with the model's drops (thresholds: for short lines, for prose)."""
    texts: dict[str, str] = {}
    for pb in pages:
        kept = []
        for text, row, judged in zip(pb.texts, pb.rows, pb.judged, strict=True):
            if beta is not None and judged:
                z = float(np.dot(beta, row))
                if 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))) > thresholds[int(row[1])]:
                    continue
            kept.append(text)
        texts[pb.page.key] = "\n\n".join(kept)
    scored = [pb.page for pb in pages if pb.page.scored]
    if scored and scored[0].expected is None:
        return score_segments([segment_counts(texts[p.key], p.include, p.exclude)
                               for p in scored]).f1  # fmt: skip
    return score_pages(texts, {p.key: p.expected or "" for p in scored}).f1


def weights_module(beta: np.ndarray, thresholds: tuple[float, float]) -> str:
    lines = [
        '"""Weights of the block model (``block_model.py``), one per feature of its ``FEATURES``;',
        'written by ``scripts/train_block_model.py`` (trained on the dev sets\' tune halves)."""',
        "",
        f"THRESHOLD = {thresholds[0]:.3f}  # short lines",
        f"PROSE_THRESHOLD = {thresholds[1]:.3f}  # paragraphs at the end of the story",
        "WEIGHTS: tuple[float, ...] = (",
    ]
    for name, value in zip(block_model.FEATURES, beta, strict=True):
        lines.append(f"    {value:+.4f},  # {name}")
    return "\n".join([*lines, ")", ""])


def _thresholds(halves: dict[tuple[str, int], list[PageBlocks]], beta: np.ndarray
                ) -> tuple[float, float]:  # fmt: skip
    """The thresholds maximising the mean F1 of the tune halves (with --bare, of their
    bare copies too): short lines first (no paragraph dropped), then paragraphs, at or
    above the first."""
    names = sorted({n for n, _half in halves})

    def mean(thresholds: tuple[float, float]) -> float:
        return sum(set_f1(halves[(n, 0)], beta, thresholds) for n in names) / len(names)

    short = max((mean((float(t), 1.0)), float(t)) for t in np.arange(0.2, 0.96, 0.025))[1]
    # dropping a paragraph takes at least the evidence that dropping a short line takes
    prose = max((mean((short, float(t))), float(t)) for t in np.arange(short, 1.01, 0.025))[1]
    return short, prose


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--lwp-weight", type=float, default=3.0)
    parser.add_argument("--train-sets", default="aeb,lwp,rtp")
    parser.add_argument("--bare", action="store_true", help="also fit on the tune pages "
                        "without their class and id attributes (benchmarks/extraction.py "
                        "--bare): weights for outlets whose class names say nothing")  # fmt: skip
    parser.add_argument("--variants", default="", help="also fit on these page variants of "
                        "the tune pages (benchmarks/extraction.py: bare, flat, divs, plain, "
                        "portal, cipher; --bare is --variants bare)")  # fmt: skip
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    variants = [v for v in args.variants.split(",") if v] or (["bare"] if args.bare else [])
    unknown = [v for v in variants if v not in VARIANTS or v == "dense"]
    if unknown:
        parser.error(f"unknown variants {unknown} (of {sorted(set(VARIANTS) - {'dense'})})")
    halves: dict[tuple[str, int], list[PageBlocks]] = {}
    for name in ("aeb", "lwp", "rtp"):
        for page in load_set(name):
            if page.scored:
                halves.setdefault((name, page.half), []).append(page_blocks(page))
                for variant in variants:
                    halves.setdefault((f"{name}-{variant}", page.half), []).append(
                        page_blocks(VARIANTS[variant][0](page))
                    )
    xs, ys, ws = [], [], []
    for (name, half), pages in halves.items():
        if half or name.split("-")[0] not in args.train_sets.split(","):
            continue  # the check half is never fitted on
        for pb in pages:
            for row, label in zip(pb.rows, pb.labels, strict=True):
                if label is not None:
                    xs.append(row)
                    ys.append(label)
                    ws.append(args.lwp_weight if name.startswith("lwp") else 1.0)
    x, y, w = np.array(xs), np.array(ys), np.array(ws)
    print(f"{len(y)} labelled blocks from the tune halves, {int(y.sum())} not the story's")
    beta = fit(x, y, w, args.l2)
    for name, value in zip(block_model.FEATURES, beta, strict=True):
        print(f"  {name:<14}{value:+.3f}")
    thresholds = _thresholds(halves, beta)
    print(f"thresholds: short lines {thresholds[0]:.3f}, paragraphs {thresholds[1]:.3f}")
    for name in sorted({n for n, _half in halves}):
        cells = [f"{set_f1(halves[(name, h)], None, (1.0, 1.0)):.4f} -> "
                 f"{set_f1(halves[(name, h)], beta, thresholds):.4f}" for h in (0, 1)]  # fmt: skip
        print(f"{name}: tune {cells[0]}   check {cells[1]}")
    if args.write:
        WEIGHTS_FILE.write_text(weights_module(beta, thresholds), encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
