"""Page-type confusion on the three dev sets, per half (calls ``warctools.extract.extract``).

    PYTHONPATH=$PWD python benchmarks/page_types.py [--show] [--sets labelled,readability]

Labelled articles are the ScrapingHub article-extraction benchmark (every page), the
labelled-web-pages with ``must_include`` segments, and the Readability.js test pages with
``readerable: true``; the Readability pages with ``readerable: false`` are the labelled
non-articles. For each set and half the table counts the articles typed as each
non-article type (each one a story ``warctools extract`` drops by default) and the
non-readerable pages kept as articles. ``dated-only`` (the 242 labelled-web-pages
with a hand-labelled date but no segments: mostly articles, not labelled as such) is shown
for information. ``--show`` lists those pages with the
``page_type_reason`` that decided.

Halves: SHA-1 of the URL (of the folder name for the Readability pages), first byte even
= tune, odd = check. Readability pages are typed at their canonical / og:url URL when the
page names one (as a crawl would see them), else at Readability.js's own test URL
``http://fakehost/test/page.html``. The datasets live in ``../shared/datasets`` beside the
repository.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warctools.extract import extract
from warctools.readers.charset import decode_html

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "datasets"
FAKE_URL = "http://fakehost/test/page.html"
TYPES = ("home", "section", "tag", "search", "video", "error", "other")
_CANONICAL = re.compile(
    r"<(?:link[^>]+rel=[\"']?canonical[\"']?[^>]+href|meta[^>]+property=[\"']og:url[\"']"
    r"[^>]+content)=[\"']?((?:https?:)?//[^\"' >]+)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Page:
    key: str  # what the half is hashed from
    url: str
    html: str
    article: bool


def half(key: str) -> str:
    """``tune`` or ``check``: SHA-1 of ``key``, first byte even = tune."""
    return "check" if hashlib.sha1(key.encode("utf-8")).digest()[0] & 1 else "tune"


def scrapinghub(root: Path) -> Iterator[Page]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        url = truth[key]["url"]
        yield Page(url, url, raw.decode("utf-8"), True)


def labelled(root: Path, segments: bool = True) -> Iterator[Page]:
    for line in (root / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if bool(row.get("must_include")) == segments:
            html = decode_html(gzip.decompress((root / row["file"]).read_bytes()), None)[0]
            yield Page(row["url"], row["url"], html, True)


def readability(root: Path) -> Iterator[Page]:
    for folder in sorted(p for p in (root / "test-pages").iterdir() if p.is_dir()):
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        html = (folder / "source.html").read_text(encoding="utf-8", errors="replace")
        found = _CANONICAL.search(html)
        url = found.group(1) if found else FAKE_URL
        yield Page(folder.name, "http:" + url if url.startswith("//") else url, html,
                   bool(meta.get("readerable")))


SETS = {
    "scrapinghub": lambda: scrapinghub(DATA / "article-extraction-benchmark"),
    "labelled": lambda: labelled(DATA / "labelled-web-pages"),
    "readability": lambda: readability(DATA / "readability-test-pages"),
    "dated-only": lambda: labelled(DATA / "labelled-web-pages", segments=False),
}


def confusion(name: str, show: bool) -> list[list[str]]:
    counts: dict[str, Counter[str]] = {"tune": Counter(), "check": Counter()}
    for page in SETS[name]():
        got = extract(page.html, page.url)
        kind, reason = got.page_type, getattr(got, "page_type_reason", None)
        tally = counts[half(page.key)]
        tally["articles" if page.article else "others"] += 1
        if page.article and kind != "article":
            tally[kind] += 1
        elif not page.article and kind == "article":
            tally["kept"] += 1
        if show and (kind == "article") != page.article:
            print(f"  {name:<11} {half(page.key):<5} {kind:<7} {reason or '-':<28} {page.url}"
                  f"{'' if page.key == page.url else '  [' + page.key + ']'}")
    rows = []
    for part in ("tune", "check"):
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
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no datasets at {DATA}", file=sys.stderr)
        return 2
    header = ["set", "half", "articles", "typed non-article", *TYPES,
              "non-articles kept"]
    rows = [row for name in args.sets.split(",") if name for row in confusion(name, args.show)]
    print("| " + " | ".join(header) + " |")
    print("|" + " --- |" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
