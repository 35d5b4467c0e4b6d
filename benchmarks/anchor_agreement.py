"""Where the anchors agree and warctools does not: the warc-samples captures, side by side.

    python benchmarks/anchor_agreement.py                 # the table and the pages to read
    python benchmarks/anchor_agreement.py --snapshot A.json   # warctools' rows, to diff
    python benchmarks/anchor_agreement.py --diff A.json B.json

The dev sets are scored; real captures nobody labelled are not, yet they hold the page
kinds the held-out sets do. This reads every HTML capture (HTTP 200, ``text/html``, 500
bytes or more, the first capture of each URL) of ``../shared/datasets/warc-samples``
through warcio, decodes it as the product does, and runs ``warctools.extract.extract``,
trafilatura (``bare_extraction`` with metadata) and readability-lxml on it. Texts are
compared by word-count F1 (the share of words in common, as bags). It lists

* pages warctools types as no article where both anchors give the same story (F1 >= 0.7
  between them, 800 characters or more): a story the type may drop;
* articles where both anchors agree (F1 >= 0.8) and warctools is far from both (< 0.75):
  a story cut short, or furniture kept.

``--unscored`` reads the 242 labelled-web-pages pages labelled with a date only instead
(their text, headline and byline nobody labelled): read against the anchors in session 29,
they gave nine failure kinds no scored page showed (docs/extraction.md, "Real pages nobody
labelled, the anchors as a second reader").

Most pages it lists are listings, forums and tables where warctools is right to differ;
the rest are failure kinds to write a page family for (``docs/extraction.md``).
``--snapshot`` keeps warctools' rows (type, reason, text, title, authors, published,
method) for ``--diff``, which prints what a change moved (exit 1 when anything did).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _devsets import DATASETS, decode_page, lwp_entries  # noqa: E402

__all__ = ["captures", "main", "word_f1"]

_WORD = re.compile(r"\w+")
_AGREE = 0.7  # anchors' F1 between them: the same story (a non-article's check)
_AGREE_ARTICLE = 0.8  # ... for an article's check
_FAR = 0.75  # warctools' F1 to each anchor under this: it differs from both
_STORY_CHARS = 800  # the anchors' text a dropped story needs


def captures(root: Path = DATASETS / "warc-samples") -> list[tuple[str, str]]:
    """(URL, decoded HTML) of every HTML capture under ``root``, sorted by URL."""
    from warcio.archiveiterator import ArchiveIterator

    from warctools.readers.charset import decode_html

    pages: dict[str, str] = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if path.suffix in (".md", ".json"):
            continue
        try:
            with path.open("rb") as fh:
                for record in ArchiveIterator(fh, arc2warc=True):
                    http = record.http_headers
                    if record.rec_type != "response" or http is None:
                        continue
                    ctype = http.get_header("Content-Type") or ""
                    if "html" not in ctype.lower() or not http.get_statuscode().startswith("200"):
                        continue
                    url = record.rec_headers.get_header("WARC-Target-URI") or ""
                    raw = record.content_stream().read()
                    if url and url not in pages and len(raw) >= 500:
                        pages[url] = decode_html(raw, ctype)[0]
        except Exception:  # noqa: BLE001 - a broken sample ends its own file only
            continue
    return sorted(pages.items())


def unscored(root: Path = DATASETS / "labelled-web-pages") -> list[tuple[str, str]]:
    """(URL, decoded HTML) of the labelled-web-pages pages labelled with a date only (242:
    no text segments, title or author): real pages, of 2007-2023, whose text, headline and
    byline nobody labelled. Only their dates are scored (``metadata.py``)."""
    return sorted((entry["url"], decode_page(raw)) for entry, raw in lwp_entries(root)
                  if "must_include" not in entry and "must_exclude" not in entry)  # fmt: skip


def word_f1(a: str, b: str) -> float:
    """F1 of the two texts' words as bags (1.0 for two empty texts)."""
    left, right = Counter(_WORD.findall(a.lower())), Counter(_WORD.findall(b.lower()))
    if not left or not right:
        return float(not left and not right)
    common = sum((left & right).values())
    if not common:
        return 0.0
    precision, recall = common / sum(left.values()), common / sum(right.values())
    return 2 * precision * recall / (precision + recall)


def _rows(pages: list[tuple[str, str]]) -> dict[str, dict[str, Any]]:
    from warctools.extract import extract

    rows: dict[str, dict[str, Any]] = {}
    for url, html in pages:
        try:
            got = extract(html, url)
        except Exception as exc:  # noqa: BLE001 - a failure is a row too
            rows[url] = {"type": "ERROR", "reason": repr(exc)[:200], "text": ""}
            continue
        rows[url] = {"type": got.page_type, "reason": got.page_type_reason, "text": got.text,
                     "title": got.title, "authors": got.authors,
                     "published": got.published.isoformat() if got.published else None,
                     "method": got.extraction_method}  # fmt: skip
    return rows


def _anchor(name: str, pages: list[tuple[str, str]]) -> dict[str, str]:
    from extraction import _engine

    run = _engine(name)
    texts: dict[str, str] = {}
    for url, html in pages:
        try:
            texts[url] = run(html, url) or ""
        except Exception:  # noqa: BLE001 - an anchor's failure is an empty text
            texts[url] = ""
    return texts


def report(pages: list[tuple[str, str]]) -> None:
    rows = _rows(pages)
    traf, read = _anchor("trafilatura", pages), _anchor("readability", pages)
    print(f"{len(pages)} HTML pages; warctools types: "
          + ", ".join(f"{k} {n}" for k, n in Counter(r["type"] for r in rows.values())
                      .most_common()))  # fmt: skip
    print("\nno article, where both anchors give one story (chars: warctools / trafilatura / "
          "readability-lxml; F1 warctools-trafilatura):")  # fmt: skip
    for url, row in rows.items():
        t, r = traf[url], read[url]
        if row["type"] != "article" and len(t) >= _STORY_CHARS and word_f1(t, r) >= _AGREE:
            print(f"  {row['type']:8} {row['reason'][:40]:40} {len(row['text']):7} {len(t):7}"
                  f" {len(r):7} {word_f1(row['text'], t):.2f}  {url[:100]}")  # fmt: skip
    print("\narticles, where both anchors agree and warctools differs from both (chars; F1 to "
          "each anchor):")  # fmt: skip
    for url, row in rows.items():
        t, r = traf[url], read[url]
        if row["type"] != "article" or len(t) < 300 or word_f1(t, r) < _AGREE_ARTICLE:
            continue
        to_t, to_r = word_f1(row["text"], t), word_f1(row["text"], r)
        if max(to_t, to_r) < _FAR:
            print(f"  {len(row['text']):7} {len(t):7} {len(r):7} {to_t:.2f} {to_r:.2f}  "
                  f"{url[:100]}")  # fmt: skip


def diff(before: Path, after: Path) -> int:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    moved = 0
    for url, row in old.items():
        other = new.get(url, {})
        if row == other:
            continue
        moved += 1
        print(f"== {url}")
        for key, value in row.items():
            if value == other.get(key):
                continue
            if key == "text":
                for line in difflib.unified_diff(value.split("\n"), other.get(key, "").split(
                        "\n"), lineterm="", n=0):  # fmt: skip
                    if not line.startswith(("---", "+++", "@@")):
                        print(f"    {line[:200]}")
            else:
                print(f"  {key}: {str(value)[:100]!r} -> {str(other.get(key))[:100]!r}")
    print(f"{moved} of {len(old)} rows moved")
    return 1 if moved else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--snapshot", type=Path, help="write warctools' rows here")
    parser.add_argument("--diff", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--unscored", action="store_true", help="the labelled-web-pages "
                        "pages whose text nobody labelled, not the warc-samples captures")
    args = parser.parse_args(argv)
    if args.diff:
        return diff(*args.diff)
    pages = unscored() if args.unscored else captures()
    if not pages:
        raise SystemExit(f"no HTML pages under {DATASETS}")
    if args.snapshot:
        args.snapshot.write_text(json.dumps(_rows(pages)), encoding="utf-8")
        print(f"{len(pages)} rows -> {args.snapshot}")
        return 0
    report(pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
