"""Page-type confusion on the three dev sets, per half (calls ``warctools.extract.extract``).

    PYTHONPATH=$PWD python benchmarks/page_types.py [--show] [--sets labelled,readability]
                                                    [--root-urls]

Labelled articles are the ScrapingHub article-extraction benchmark (every page), the
labelled-web-pages with ``must_include`` segments, and the Readability.js test pages with
``readerable: true``; the Readability pages with ``readerable: false`` are the labelled
non-articles. For each set and half the table counts the articles typed as each
non-article type (each one a story ``warctools extract`` drops by default) and the
non-readerable pages kept as articles. ``dated-only`` (the 242 labelled-web-pages
with a hand-labelled date but no segments: mostly articles, not labelled as such) is shown
for information. ``--show`` lists those pages with the
``page_type_reason`` that decided. ``--root-urls`` is a stress test: every page typed at its
site's root URL (``https://host/``), as where a crawl's record lost the story's path or a
blog shows its latest post at the root; it shows how much the type leans on the URL.

Halves: SHA-1 of the URL (of the folder name for the Readability pages), first byte even
= tune, odd = check. Readability pages are typed at their canonical / og:url URL when the
page names one (as a crawl would see them), else at Readability.js's own test URL
``http://fakehost/test/page.html``. The datasets live in ``../shared/datasets`` beside the
repository.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from urllib.parse import urlsplit

from _devsets import DATASETS, Page, half_of, load_set

from warctools.extract import extract
from warctools.readers.charset import decode_html

FAKE_URL = "http://fakehost/test/page.html"
TYPES = ("home", "section", "tag", "search", "video", "error", "other")
HALVES = ("tune", "check")
_CANONICAL = re.compile(
    r"<(?:link[^>]+rel=[\"']?canonical[\"']?[^>]+href|meta[^>]+property=[\"']og:url[\"']"
    r"[^>]+content)=[\"']?((?:https?:)?//[^\"' >]+)",
    re.IGNORECASE,
)


def readability() -> list[Page]:
    """The Readability.js pages at the URL a crawl would see them under (see above)."""
    pages = []
    for page in load_set("rtp"):
        found = _CANONICAL.search(page.html)
        url = found.group(1) if found else FAKE_URL
        pages.append(dataclasses.replace(page, url="http:" + url if url.startswith("//")
                                         else url))
    return pages


def dated_only() -> list[Page]:
    """labelled-web-pages with a labelled date but no segments (not labelled articles)."""
    root = DATASETS / "labelled-web-pages"
    pages = []
    for line in (root / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("must_include"):
            continue
        raw = gzip.decompress((root / row["file"]).read_bytes())
        pages.append(Page("lwp", row["url"], row["url"], raw, decode_html(raw, None)[0],
                          half_of(row["url"]), True))
    return pages


SETS: dict[str, Callable[[], list[Page]]] = {
    "scrapinghub": lambda: load_set("aeb"),
    "labelled": lambda: [p for p in load_set("lwp") if p.is_article],
    "readability": readability,
    "dated-only": dated_only,
}


def root_url(url: str) -> str:
    """The site's root of ``url`` (``http://example.com/`` when it names no host)."""
    parts = urlsplit(url)
    return f"{parts.scheme or 'http'}://{parts.netloc or 'example.com'}/"


def confusion(name: str, show: bool, root_urls: bool = False) -> list[list[str]]:
    counts: dict[str, Counter[str]] = {"tune": Counter(), "check": Counter()}
    for page in SETS[name]():
        got = extract(page.html, root_url(page.url) if root_urls else page.url)
        kind, reason = got.page_type, getattr(got, "page_type_reason", None)
        part = HALVES[page.half]
        tally = counts[part]
        tally["articles" if page.is_article else "others"] += 1
        if page.is_article and kind != "article":
            tally[kind] += 1
        elif not page.is_article and kind == "article":
            tally["kept"] += 1
        if show and (kind == "article") != page.is_article:
            print(f"  {name:<11} {part:<5} {kind:<7} {reason or '-':<28} {page.url}"
                  f"{'' if page.key == page.url else '  [' + page.key + ']'}")
    rows = []
    for part in HALVES:
        c = counts[part]
        lost = sum(c[t] for t in TYPES)
        share = f"{100 * lost / c['articles']:.1f}%" if c["articles"] else "-"
        kept = f"{c['kept']}/{c['others']}" if c["others"] else "-"
        rows.append([name, part, str(c["articles"]), f"{lost} ({share})",
                     *(str(c[t]) for t in TYPES), kept])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--show", action="store_true", help="list the mistyped pages")
    parser.add_argument("--root-urls", action="store_true",
                        help="stress test: type every page at its site's root URL")
    args = parser.parse_args(argv)
    if not DATASETS.is_dir():
        print(f"no datasets at {DATASETS}", file=sys.stderr)
        return 2
    header = ["set", "half", "articles", "typed non-article", *TYPES,
              "non-articles kept"]
    rows = [row for name in args.sets.split(",") if name
            for row in confusion(name, args.show, args.root_urls)]
    print("| " + " | ".join(header) + " |")
    print("|" + " --- |" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
