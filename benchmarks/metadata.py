"""Metadata benchmark: publication dates, titles and authors against the anchor tools.

    python benchmarks/metadata.py [--only warctools,htmldate,trafilatura,readability]
                                  [--set labelled|readability] [--no-cache] [--undeclared]
                                  [--bare | --variant tables|oldweb|custom|...]
                                  [--failures date|title|author] [--half tune|check]

Two dev sets beside the repository (``../shared/datasets``):

* ``labelled-web-pages``: 800 pages with a labelled date, 557 with a title, 368 with an
  author (``labels.jsonl``);
* ``readability-test-pages``: Readability.js's ``expected-metadata.json`` (``title``,
  ``byline``, ``publishedTime``; the pages have no URL, they get ``http://fakehost/...``).

Each page is decoded once with ``warctools.readers.decode_html`` (no HTTP header) and the
same text goes to every tool, one page at a time in this process:

* ``warctools``: ``warctools.extract.extract(html, url)``; the day of ``published`` is the
  page's local day when the row has a ``published_utc_offset`` (minutes east of UTC), else
  the UTC day;
* ``htmldate``: ``find_date(html, extensive_search=True, original_date=True)``;
* ``trafilatura``: ``bare_extraction(html, url=url, with_metadata=True)`` (date, title,
  author);
* ``readability``: readability-lxml ``Document(html).short_title()`` (``title()`` is shown
  as ``readability-full``).

The anchors' outputs and their per-page times are cached under ``/tmp/warctools-cache``
(keyed by tool version), so reruns time only warctools; ``--no-cache`` reruns every tool
for a side-by-side speed figure. pages/s is pages over the summed per-page CPU time of each
tool in this one process (parsing included, decoding not).

``--undeclared`` gives every tool the pages without what they declare for machines: their
JSON-LD scripts and their ``<meta>`` tags of Open Graph, article, Twitter, Dublin Core,
date and author (an older blog's page, a template that sets none): the dates, titles and
authors then come from what the page shows. ``--bare`` takes every class and id attribute
out (``extraction.py --bare``); both together leave the rules what a page shows and its
structure, a check on the tune half that its declarations and names hid (session 24).
``--variant NAME`` gives every tool the pages as one of ``extraction.py``'s page variants
rewrites them (``tables``, ``oldweb``, ``custom``, ...: those that change the markup, not
the words), with or without ``--undeclared``.

Scoring follows the upstream evaluations: a date is right when its day equals the label's
(a page with no label and no prediction is right; readability pages are scored only where
they carry a ``publishedTime``, the day as written); a title is right when both are equal
after lower-casing and keeping only word characters; authors are compared as sets of names
(label and prediction split on " and ", ",", ";", "&", each name normalised like titles), a
label naming a desk or a site simply counts as a miss. Pages split into halves by the SHA-1
of the URL (readability pages: of the folder name): first byte even = ``tune``, odd =
``check``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = REPO.parent / "shared" / "datasets"
LABELLED = DATA / "labelled-web-pages"
READABILITY = DATA / "readability-test-pages" / "test-pages"
CACHE = Path("/tmp/warctools-cache")
sys.path.insert(0, str(REPO))

TOOLS = ("warctools", "htmldate", "trafilatura", "readability", "readability-full")
FIELDS = ("date", "title", "author")
_WORD = re.compile(r"\w+")
# what a page declares for machines (``--undeclared`` takes it out)
_JSONLD = re.compile(r"<script[^>]*application/ld\+json[^>]*>.*?</script>", re.S | re.I)
_DECLARED_META = re.compile(
    r"<meta\b[^>]*(?:property|name|itemprop)\s*=\s*[\"']?(?:og:|article:|twitter:|dc\.|dcterms"
    r"|date|pubdate|publish|author|parsely|sailthru|cxenseparse)[^>]*>", re.I)
_AUTHOR_SPLIT = re.compile(r"\s+and\s+|[,;&]", re.IGNORECASE)


@dataclass(slots=True)
class Page:
    dataset: str
    key: str
    url: str
    html: str
    half: str
    date: str | None  # YYYY-MM-DD
    title: str | None
    author: str | None
    has_date_label: bool  # False: the page is not scored on dates


def undeclared(page: Page) -> Page:
    """The page without its JSON-LD and the ``<meta>`` tags that declare its metadata."""
    html = _DECLARED_META.sub("", _JSONLD.sub("", page.html))
    return replace(page, dataset=f"{page.dataset}-undeclared", html=html)


def unnamed(page: Page) -> Page:
    """The page without class and id attributes (``extraction.py --bare``'s transform)."""
    return varied(page, "bare")


# extraction.py's variants that rewrite the words too (and their references): not for titles
# and authors compared as written
_WORDS_CHANGED = frozenset(("dense", "cipher"))


def markup_variants() -> list[str]:
    """The names of ``extraction.py``'s page variants that change the markup only."""
    sys.path.insert(0, str(HERE))
    from extraction import VARIANTS  # (the benchmark's own module: imported where asked)

    return [name for name in VARIANTS if name not in _WORDS_CHANGED]


def varied(page: Page, name: str) -> Page:
    """The page as ``extraction.py``'s variant ``name`` rewrites it (``bare``: no class or
    id attributes; ``tables``: every ``<div>`` a one-cell layout table; ...)."""
    sys.path.insert(0, str(HERE))
    from extraction import VARIANTS

    transform = VARIANTS[name][0]
    return replace(transform(page), dataset=f"{page.dataset}-{name}")  # type: ignore[arg-type]


def half_of(name: str) -> str:
    """``tune`` when the first byte of the SHA-1 of ``name`` is even, else ``check``."""
    return "tune" if hashlib.sha1(name.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def _decode(raw: bytes) -> str:
    from warctools.readers import decode_html

    return decode_html(raw, None)[0]


def load_labelled() -> list[Page]:
    pages = []
    for line in (LABELLED / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        html = _decode(gzip.decompress((LABELLED / row["file"]).read_bytes()))
        pages.append(
            Page("labelled", row["file"], row["url"], html, half_of(row["url"]), row.get("date"),
                 row.get("title"), row.get("author"), True)  # fmt: skip
        )
    return pages


def load_readability() -> list[Page]:
    pages = []
    for folder in sorted(p for p in READABILITY.iterdir() if p.is_dir()):
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        html = _decode((folder / "source.html").read_bytes())
        published = meta.get("publishedTime")
        url = f"http://fakehost/test/{folder.name}.html"
        day = published[:10] if published else None
        title, byline = meta.get("title") or None, meta.get("byline") or None
        page = Page("readability", folder.name, url, html, half_of(folder.name), day, title,
                    byline, bool(published))  # fmt: skip
        pages.append(page)
    return pages


# ---- tools: html, url -> {"date", "title", "author"} ------------------------------------


def _warctools(html: str, url: str) -> dict[str, Any]:
    from warctools.extract import extract

    ex = extract(html, url)
    day = None
    if ex.published is not None:
        offset = getattr(ex, "published_utc_offset", None)
        local = ex.published + timedelta(minutes=offset) if offset is not None else ex.published
        day = local.date().isoformat()
    return {"date": day, "title": ex.title, "author": ex.authors or None}


def _htmldate(html: str, url: str) -> dict[str, Any]:
    from htmldate import find_date

    return {"date": find_date(html, extensive_search=True, original_date=True)}


def _trafilatura(html: str, url: str) -> dict[str, Any]:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return {}
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    return {"date": get("date"), "title": get("title"), "author": get("author")}


def _readability(full: bool) -> Callable[[str, str], dict[str, Any]]:
    def run(html: str, url: str) -> dict[str, Any]:
        from readability import Document

        try:
            doc = Document(html)
            return {"title": doc.title() if full else doc.short_title()}
        except Exception:  # noqa: BLE001 - a failure is an empty answer
            return {}

    return run


RUNNERS: dict[str, Callable[[str, str], dict[str, Any]]] = {
    "warctools": _warctools,
    "htmldate": _htmldate,
    "trafilatura": _trafilatura,
    "readability": _readability(False),
    "readability-full": _readability(True),
}
SCORED: dict[str, tuple[str, ...]] = {
    "warctools": FIELDS,
    "htmldate": ("date",),
    "trafilatura": FIELDS,
    "readability": ("title",),
    "readability-full": ("title",),
}


def _version(tool: str) -> str:
    from importlib.metadata import version

    package = {"htmldate": "htmldate", "trafilatura": "trafilatura"}.get(tool, "readability-lxml")
    return version(package)


def run_tool(
    tool: str, pages: list[Page], use_cache: bool = True
) -> tuple[dict[str, dict[str, Any]], float]:
    """Outputs per page key and the summed seconds (anchors from the cache when there)."""
    cache_file = None
    cached: dict[str, Any] = {}
    if tool != "warctools":
        CACHE.mkdir(parents=True, exist_ok=True)
        cache_file = CACHE / f"metadata-{tool}-{_version(tool)}-{pages[0].dataset}.json"
        if cache_file.exists() and use_cache:
            cached = json.loads(cache_file.read_text(encoding="utf-8"))
    runner = RUNNERS[tool]
    outputs: dict[str, dict[str, Any]] = {}
    total = 0.0
    fresh = False
    for page in pages:
        hit = cached.get(page.key)
        if hit is None:
            start = time.process_time()  # CPU time: robust to other load on the machine
            result = runner(page.html, page.url)
            hit = {"out": result, "s": time.process_time() - start}
            cached[page.key] = hit
            fresh = True
        outputs[page.key] = hit["out"]
        total += hit["s"]
    if cache_file is not None and fresh:
        cache_file.write_text(json.dumps(cached), encoding="utf-8")
    return outputs, total


# ---- scoring ------------------------------------------------------------------------------


def norm(text: str) -> str:
    return "".join(_WORD.findall(text.lower()))


def names(value: Any) -> frozenset[str]:
    """A set of normalised names from a string or a list of strings."""
    if not value:
        return frozenset()
    joined = "; ".join(value) if isinstance(value, list) else str(value)
    return frozenset(n for part in _AUTHOR_SPLIT.split(joined) if (n := norm(part)))


def _labelled_for(field: str, page: Page) -> bool:
    if field == "date":
        return page.has_date_label
    return bool(getattr(page, field))


def right(field: str, page: Page, out: dict[str, Any]) -> bool:
    predicted = out.get(field)
    if field == "date":
        day = str(predicted)[:10] if predicted else None
        return day == page.date
    if field == "title":
        return bool(predicted) and norm(str(predicted)) == norm(page.title or "")
    return names(predicted) == names(page.author)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="", help="comma-separated tools (default: all)")
    parser.add_argument("--failures", choices=FIELDS, help="list warctools' misses of a field")
    parser.add_argument("--half", choices=("tune", "check"), help="--failures of one half only")
    parser.add_argument("--set", choices=("labelled", "readability"), help="one dev set only")
    parser.add_argument("--no-cache", action="store_true",
                        help="rerun the anchors too (side-by-side pages/s)")  # fmt: skip
    parser.add_argument("--undeclared", action="store_true", help="every tool on the pages "
                        "without their JSON-LD and metadata <meta> tags")  # fmt: skip
    parser.add_argument("--bare", action="store_true", help="every tool on the pages "
                        "without class and id attributes")  # fmt: skip
    parser.add_argument("--variant", choices=markup_variants(), help="every tool on the "
                        "pages as extraction.py's variant rewrites them")  # fmt: skip
    args = parser.parse_args(argv)
    if not LABELLED.exists() or not READABILITY.exists():
        print(f"dev sets not found under {DATA}", file=sys.stderr)
        return 2
    tools = [t for t in args.only.split(",") if t] or list(TOOLS)
    loaders = {"labelled": load_labelled, "readability": load_readability}
    sets = {name: load() for name, load in loaders.items() if args.set in (None, name)}
    if args.undeclared:
        sets = {name: [undeclared(p) for p in pages] for name, pages in sets.items()}
    if args.bare:
        sets = {name: [unnamed(p) for p in pages] for name, pages in sets.items()}
    if args.variant:
        sets = {name: [varied(p, args.variant) for p in pages] for name, pages in sets.items()}
    results: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    speed: dict[str, list[float]] = {t: [0, 0.0] for t in tools}
    for name, pages in sets.items():
        for tool in tools:
            outputs, seconds = run_tool(tool, pages, not args.no_cache)
            results[name, tool] = outputs
            speed[tool][0] += len(pages)
            speed[tool][1] += seconds
    _print_table(sets, tools, results)
    print("\npages/s (pages over summed per-page CPU time, both sets):")
    for tool in tools:
        count, seconds = speed[tool]
        print(f"  {tool:<18}{count / seconds if seconds else 0:9.1f}  ({count} pages)")
    if args.failures:
        _print_failures(args.failures, args.half, sets, results)
    return 0


def _print_table(sets: dict[str, list[Page]], tools: list[str], results: dict) -> None:
    print(f"{'field, set, half':<30}{'pages':>6}" + "".join(f"{t:>18}" for t in tools))
    for field in FIELDS:
        for name, pages in sets.items():
            for half in ("all", "tune", "check"):
                chosen = [
                    p for p in pages if _labelled_for(field, p) and half in ("all", p.half)
                ]
                if not chosen:
                    continue
                cells = ""
                for tool in tools:
                    if field not in SCORED[tool]:
                        cells += f"{'-':>18}"
                        continue
                    outs = results[name, tool]
                    score = sum(right(field, p, outs[p.key]) for p in chosen) / len(chosen)
                    cells += f"{score:18.3f}"
                print(f"{f'{field}, {name}, {half}':<30}{len(chosen):>6}{cells}")


def _print_failures(field: str, half: str | None, sets: dict, results: dict) -> None:
    print(f"\nwarctools misses: {field}")
    for name, pages in sets.items():
        outs = results.get((name, "warctools"))
        if outs is None:
            continue
        for page in pages:
            if half not in (None, page.half) or not _labelled_for(field, page):
                continue
            if not right(field, page, outs[page.key]):
                expected = getattr(page, field)
                print(f"{name} {page.key} {page.url}\n  want {expected!r}\n"
                      f"  got  {outs[page.key].get(field)!r}")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
