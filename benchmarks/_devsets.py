"""The three extraction dev sets as one list of pages, each with its truth and its half.

* ``aeb``: article-extraction-benchmark (ScrapingHub), 181 pages, human article bodies
  (shingle F1);
* ``lwp``: labelled-web-pages, the 558 pages with ``must_include`` / ``must_exclude``
  segments (segment F1);
* ``rtp``: readability-test-pages, the text of Readability.js's ``expected.html`` for
  ``readerable`` pages (shingle F1); the 8 non-readerable pages come along for the page
  type only.

Every page's bytes are decoded as the product decodes them (``warctools.readers.charset
.decode_html``: BOM, HTTP charset, ``<meta charset>``, then detection): labelled-web-pages
HTML carries no guaranteed charset. Halves: SHA-1 of the URL (of the folder name for the
readability pages), first byte even = ``tune`` (0), odd = ``check`` (1).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from warctools.readers.charset import decode_html

__all__ = ["DATASETS", "SETS", "Page", "decode_page", "half_of", "html_text", "load_set",
           "lwp_entries"]

DATASETS = Path(__file__).resolve().parent.parent.parent / "shared" / "datasets"
SETS = ("aeb", "lwp", "rtp")
SET_NAMES = {
    "aeb": "article-extraction-benchmark (shingle F1)",
    "lwp": "labelled-web-pages, pages with segments (segment F1)",
    "rtp": "readability-test-pages, readerable (shingle F1 vs expected.html)",
}
HALVES = ("tune", "check")
_BLOCK_OPEN = re.compile(
    r"<(/?)(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|section|article|dt|dd"
    r"|figcaption|header|footer|hr)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Page:
    dataset: str  # aeb | lwp | rtp
    key: str
    url: str
    raw: bytes  # the page as stored (decoded by the product's rules in ``html``)
    html: str
    half: int  # 0 tune, 1 check
    is_article: bool  # labelled an article (page-type confusion counts these)
    expected: str | None = None  # shingle sets: the reference text
    include: list[str] = field(default_factory=list)  # segment set
    exclude: list[str] = field(default_factory=list)

    @property
    def scored(self) -> bool:
        return self.expected is not None or bool(self.include or self.exclude)


def half_of(name: str) -> int:
    """0 (tune) when the first byte of SHA-1(name) is even, else 1 (check)."""
    return hashlib.sha1(name.encode("utf-8")).digest()[0] & 1


def html_text(html: str) -> str:
    """Visible text of an HTML fragment, blocks separated by whitespace."""
    spaced = _BLOCK_OPEN.sub(lambda m: "\n<" + m.group(1) + m.group(2), html)
    tree = LexborHTMLParser(spaced)
    root = tree.body or tree.root
    return (root.text(deep=True) if root is not None else "") or ""


def decode_page(raw: bytes, content_type: str | None = None) -> str:
    return decode_html(raw, content_type)[0]


def _load_aeb(root: Path) -> list[Page]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        entry = truth[key]
        raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        url = entry["url"]
        pages.append(Page("aeb", key, url, raw, decode_page(raw, "text/html; charset=utf-8"),
                          half_of(url), True, expected=entry["articleBody"]))  # fmt: skip
    return pages


def _load_lwp(root: Path) -> list[Page]:
    pages = []
    for entry, raw in lwp_entries(root):
        if "must_include" not in entry and "must_exclude" not in entry:
            continue
        url = entry["url"]
        key = Path(entry["file"]).name.split(".")[0]
        include = entry.get("must_include") or []
        pages.append(Page("lwp", key, url, raw, decode_page(raw), half_of(url), bool(include),
                          include=include, exclude=entry.get("must_exclude") or []))  # fmt: skip
    return pages


def lwp_entries(root: Path) -> Iterator[tuple[dict[str, Any], bytes]]:
    """labelled-web-pages' label entries, each with its page's stored bytes."""
    for line in (root / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        yield entry, gzip.decompress((root / entry["file"]).read_bytes())


def _load_rtp(root: Path) -> list[Page]:
    pages = []
    for folder in sorted((root / "test-pages").iterdir()):
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        raw = (folder / "source.html").read_bytes()
        readerable = bool(meta.get("readerable", True))
        expected = None
        if readerable:
            expected = html_text((folder / "expected.html").read_text(encoding="utf-8"))
        url = f"http://fakehost/test/{folder.name}/"
        pages.append(Page("rtp", folder.name, url, raw, decode_page(raw), half_of(folder.name),
                          readerable, expected=expected))  # fmt: skip
    return pages


_LOADERS = {
    "aeb": ("article-extraction-benchmark", _load_aeb),
    "lwp": ("labelled-web-pages", _load_lwp),
    "rtp": ("readability-test-pages", _load_rtp),
}


def load_set(name: str, datasets: Path = DATASETS) -> list[Page]:
    folder, loader = _LOADERS[name]
    return loader(datasets / folder)
