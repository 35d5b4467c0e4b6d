"""Body-text quality on the three dev sets, warctools beside the anchors, and throughput.

    python benchmarks/extraction.py [--sets aeb,lwp,rtp] [--worst 10]     # quality, seconds
                                    [--bare | --flat | --dense | --divs | --plain | --portal
                                     | --cipher | --wrapped | --parts | --minified
                                     | --tables | --oldweb | --custom | --linked]
    python benchmarks/extraction.py --throughput [--runs 3] [--sets ...]   # whole processes
                                    [--against OTHER_CHECKOUT]

Dev sets (``_devsets.py``, read from ``../shared/datasets`` beside the repository):
``aeb`` article-extraction-benchmark (181 pages, shingle F1), ``lwp`` labelled-web-pages
(558 pages with segments, segment F1 as upstream trafilatura), ``rtp``
readability-test-pages (readerable pages, shingle F1 against the text of Readability.js's
``expected.html``). Each set is scored whole and per half (``tune`` / ``check``, by SHA-1
of the URL or folder name); scoring is in ``_score.py``.

Quality mode (default) calls ``warctools.extract.extract`` in this process on every page
and scores its ``text`` whatever the page type (``warctools+types`` scores pages typed
non-article as empty, as ``warctools extract`` drops them). The anchors are
trafilatura 2.3.1 (``bare_extraction(html, url=..., with_metadata=True)``),
readability-lxml (``Document.summary()`` as text) and resiliparse
(``extract_plain_text(main_content=True)``); their outputs and per-page times are cached
under ``/tmp/warctools-cache/extraction/`` (delete it to recompute). pages/s there is
in-process extraction time only. Page-type confusion counts labelled articles
(every aeb page, lwp pages with must_include segments, readerable rtp pages) that
warctools types otherwise, and non-readerable rtp pages it keeps as articles.

``--bare`` scores every engine on the same pages with every ``class`` and ``id``
attribute taken out of their tags first: what a page whose class names say nothing (hashed
CSS-module names, words of a language no rule knows) looks like to an extractor. It
measures how much of each engine's quality rests on class names rather than on the text
and the structure, the part that carries over to outlets nobody tuned on. Its anchor
outputs are cached apart (``<set>-bare``). ``--flat`` does the same with every ``<p>``
written as its text followed by two ``<br>`` tags: the pages of an older template, a forum or
a CMS that breaks lines instead of writing paragraphs (cached as ``<set>-flat``).
``--dense`` writes every page and its references as a dense script would (``_dense.py``:
each word two Han characters, no spaces between words, ideographic punctuation; scored
with each Han character a token): what Chinese and Japanese pages, a third as long in
characters as their English translations, do to thresholds counted in characters (cached
as ``<set>-dense``). ``--divs`` writes every ``<p>`` as a ``<div>`` (a site built of
components that never write a paragraph element; the furniture's ``<p>`` too) and
``--plain`` every sectioning element (``<article>``, ``<main>``, ``<section>``,
``<header>``, ``<footer>``, ``<nav>``, ``<aside>``) as a ``<div>`` (a template older than
HTML5), attributes kept (cached as ``<set>-divs``, ``<set>-plain``). ``--portal`` sets
a portal's grid of eight cards of other stories (a linked picture, a linked headline, an
excerpt of about a hundred characters, no class names) first and last in every page's
body: the pages of a news portal, whose boxes outweigh a short story (cached as
``<set>-portal``). ``--cipher`` writes every page's text and its references with each
Latin letter a Cyrillic one (``_cipher.py``: a word stays a word of its length, spaces,
digits and punctuation stay): a language no engine's phrase lists hold, every structural
signal as it was (cached as ``<set>-cipher``). ``--wrapped`` sets every ``<p>`` in two
``<div>``s of its own (``<div class="paragraph"><div><p>``, rewritten through the parser):
a component site's story, whose paragraphs share no parent (cached as ``<set>-wrapped``).
``--parts`` sets each run of four ``<p>`` siblings or more in parts of three (``<div
class="body-part">``), an empty ad slot after each: a story served between advertisements
(cached as ``<set>-parts``). ``--minified`` folds white space as a minifier does.
``--tables`` writes every ``<div>`` as a one-cell table (``<table><tr><td>``, its
attributes on the cell; rewritten through the parser, so each closes where a browser
closed the ``<div>``): a layout of nested tables, as pages of older years are built (a page
without a doctype is read in quirks mode, where a table does not close an open ``<p>``).
``--oldweb`` applies ``--tables``, ``--flat`` and ``--bare`` in turn: an older site's page.
``--custom`` writes every ``<div>`` as a custom element (``<x-box>``, attributes kept;
through the parser too): a site built of web components, tags the parser does not know.
``--linked`` wraps runs of one to three words of every ``<p>`` (two in five runs, outside
its links, the same for a page) in links to topic pages, the text unchanged: a heavily
linked blog post or wiki-like story, more of each paragraph's characters links than words.
``--modules`` writes every class name as a CSS-modules build does (``post-meta`` ->
``PostMeta_postMeta__Xy12z``; ids and microformats' names as written): a site built with
Next.js or another bundler's scoped styles, its furniture words run together in camel case.

Throughput mode writes the chosen sets as one WARC of HTTP 200 responses (the stored
bytes, no charset in the header for lwp/rtp) and runs each engine as its own process
pinned to CPU 0 (``taskset -c 0``), timing the whole run (interpreter start-up, imports
and WARC reading included; median of ``--runs``, the engines' runs interleaved) in wall
time and in CPU time (the child's user + system seconds: on a shared, loaded machine the
wall time of a process pinned to one CPU mostly measures the others' load):
``warctools extract WARC -o OUT --jobs 1`` against a ``trafilatura.bare_extraction``
loop (and ``--only`` others). Its texts are scored too (pages warctools types
non-article count as empty). ``--against DIR`` adds ``warctools extract`` run from another
checkout (``git archive`` of an older commit) to the same interleaved rounds, for a
before/after ratio measured side by side. Each checkout's package is compiled to bytecode
before timing, as an installed one is (``_children.py``), and keeps its own cache folder
(``WARCTOOLS_CACHE_DIR``: compiled regular expressions, see ``warctools/_regex.py``); one
untimed round of every engine runs first, so the timed runs see what a user's second run
does (bytecode and caches warm, files in the page cache). Two checkouts sharing one cache
folder would each rewrite it with its own patterns and compile the other's again.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import io
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(REPO))

from _children import child_env, children_cpu, compile_package  # noqa: E402
from _cipher import cipher  # noqa: E402
from _dense import dense, spaced  # noqa: E402
from _devsets import (  # noqa: E402
    DATASETS,
    HALVES,
    SET_NAMES,
    SETS,
    Page,
    half_of,
    html_text,
    load_set,
)
from _score import (  # noqa: E402
    Scores,
    score_page,
    score_pages,
    score_segments,
    segment_counts,
)
from selectolax.lexbor import LexborHTMLParser, LexborNode  # noqa: E402

__all__ = ["build_warc", "half_of", "main", "warc_url"]

ANCHORS = ("trafilatura", "readability", "resiliparse")
CACHE = Path("/tmp/warctools-cache/extraction")
# a class or id attribute inside a start tag (--bare)
_NAMING_ATTR = re.compile(r"""(<[a-zA-Z][^<>]*?)\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""",
                          re.IGNORECASE)


def bare(page: Page) -> Page:
    """The page with every class and id attribute taken out of its tags (--bare)."""
    html, count = page.html, 1
    while count:  # one attribute per tag and pass: a tag with both needs two
        html, count = _NAMING_ATTR.subn(r"\1", html)
    return dataclasses.replace(page, html=html)


# a paragraph's start or end tag (group 1: "/" for the end; group 2: the attributes)
_P_TAG = re.compile(r"<(/?)p(\s[^<>]*)?>", re.IGNORECASE)


def flat(page: Page) -> Page:
    """The page with its paragraphs written without ``<p>``: each one's text, then two
    ``<br>`` tags (--flat)."""
    return dataclasses.replace(page, html=_P_TAG.sub(lambda m: "<br><br>" if m.group(1) else "",
                                                     page.html))  # fmt: skip


_SECTIONING = re.compile(r"<(/?)(?:article|main|section|header|footer|nav|aside)(\s[^<>]*)?>",
                         re.IGNORECASE)


def divs(page: Page) -> Page:
    """The page with every ``<p>`` written as a ``<div>`` (its attributes kept): the markup
    of a site built from components that never write a paragraph element (--divs)."""
    return dataclasses.replace(page, html=_P_TAG.sub(r"<\1div\2>", page.html))


def plain(page: Page) -> Page:
    """The page with its sectioning elements (``<article>``, ``<main>``, ``<section>``,
    ``<header>``, ``<footer>``, ``<nav>``, ``<aside>``) written as ``<div>``s, attributes
    kept: a template older than HTML5 (--plain)."""
    return dataclasses.replace(page, html=_SECTIONING.sub(r"<\1div\2>", page.html))


_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_BODY_CLOSE = re.compile(r"</body\s*>", re.IGNORECASE)
_GRID_HEADS = ("Council approves new budget for city schools",
               "Storm damage closes coastal road for a week",
               "Local team wins regional cup after penalties",
               "Hospital opens new wing for children",
               "Prices at the pump rise for a third month",
               "Museum returns artefacts to island community",
               "Rail strike set to hit commuters on Monday",
               "New bridge opens after three years of work")  # fmt: skip
_GRID_EXCERPTS = (
    "Officials said the decision would be reviewed next year after complaints from residents "
    "about the cost.",
    "The work is expected to take several weeks, and drivers are asked to use the inland "
    "route instead.",
    "Supporters celebrated late into the night after a tense final that went to a penalty "
    "shoot-out.",
)


def _grid(seed: int, cards: int = 8) -> str:
    """A portal's grid of cards of other stories (no class names), the same for a seed."""
    pick = random.Random(seed)
    return "<div>" + "".join(
        f"<div><a href='/news/2024/{seed}-{i}-story'><img src='/i{i}.jpg'></a><h3><a href="
        f"'/news/2024/{seed}-{i}-story'>{pick.choice(_GRID_HEADS)}</a></h3>"
        f"<p>{pick.choice(_GRID_EXCERPTS)}</p></div>" for i in range(cards)) + "</div>"  # fmt: skip


def portal(page: Page) -> Page:
    """The page with a grid of cards of other stories first and last in its body (--portal)."""
    seed = int(hashlib.sha1(page.key.encode("utf-8")).hexdigest()[:8], 16)
    html = _BODY_OPEN.sub(lambda m: m.group(0) + _grid(seed), page.html, count=1)
    html = _BODY_CLOSE.sub(lambda m: _grid(seed + 1) + m.group(0), html, count=1)
    return dataclasses.replace(page, html=html)


def wrapped(page: Page) -> Page:
    """The page with every ``<p>`` in two ``<div>``s of its own (``<div class="paragraph">
    <div><p>...``): a component site, where no two paragraphs share a parent (--wrapped).
    Rewritten through the parser (an unclosed ``<p>`` closes where a browser closes it)."""
    tree = LexborHTMLParser(page.html)
    for node in tree.css("p"):
        wrapper = LexborHTMLParser(f"<div class='paragraph'><div>{node.html}</div></div>").body
        if wrapper is not None and wrapper.child is not None:
            node.replace_with(wrapper.child)
    return dataclasses.replace(page, html=tree.html or page.html)


_LINKED_SHARE = 0.4  # share of a paragraph's runs of one to three words linked (--linked)
_PARAGRAPH = re.compile(r"(<p(?:\s[^<>]*)?>)(.*?)(</p>)", re.IGNORECASE | re.DOTALL)
_TAG_OR_TEXT = re.compile(r"(<[^<>]*>)")
_LINK_TAG = re.compile(r"</?a[\s>]", re.IGNORECASE)


def _link_words(inner: str, pick: random.Random) -> str:
    """A paragraph's markup with runs of its words (outside links) wrapped in links."""
    out: list[str] = []
    in_link = 0
    for part in _TAG_OR_TEXT.split(inner):
        if part.startswith("<"):
            if _LINK_TAG.match(part):
                in_link += -1 if part.startswith("</") else 1
            out.append(part)
            continue
        words = part.split(" ")
        if in_link > 0 or len(words) < 2:
            out.append(part)
            continue
        runs, at = [], 0
        while at < len(words):
            size = pick.randint(1, 3)
            run = " ".join(words[at : at + size])
            linked = run.strip() and pick.random() < _LINKED_SHARE
            runs.append(f"<a href='/topic/{pick.randint(1, 999)}'>{run}</a>" if linked else run)
            at += size
        out.append(" ".join(runs))
    return "".join(out)


def linked(page: Page) -> Page:
    """The page with a term linked every few words in every ``<p>`` (--linked): runs of
    one to three words, two in five of them (the same runs for a page), wrapped in links
    to topic pages, its text unchanged: a heavily linked blog post or wiki-like story,
    whose paragraphs hold more characters of links than of their own words."""
    pick = random.Random(page.key)
    html = _PARAGRAPH.sub(lambda m: m.group(1) + _link_words(m.group(2), pick) + m.group(3),
                          page.html)  # fmt: skip
    return dataclasses.replace(page, html=html)


_PART = 3  # paragraphs of a part (--parts)


def parts(page: Page) -> Page:
    """The page with each run of ``<p>`` siblings set in parts of three (``<div
    class="body-part">``), an empty ad slot (``<div class="ad-slot">``) after each: a
    story set in parts between advertisements, as news sites serve it (--parts; rewritten
    through the parser, runs of four paragraphs or more only)."""
    tree = LexborHTMLParser(page.html)
    runs: list[list[LexborNode]] = []
    for parent in {p.parent.mem_id: p.parent for p in tree.css("p") if p.parent}.values():
        run: list[LexborNode] = []
        child = parent.child
        while child is not None:
            if child.tag == "p":
                run.append(child)
            elif child.tag != "-text" and run:
                runs.append(run)
                run = []
            child = child.next
        runs.append(run)
    for run in runs:
        if len(run) < 4:
            continue
        for start in range(0, len(run), _PART):
            chunk = run[start : start + _PART]
            markup = "".join(node.html or "" for node in chunk)
            holder = LexborHTMLParser(f"<div class='body-part'>{markup}</div>"
                                      "<div class='ad-slot'></div>").body  # fmt: skip
            for node in list(holder.iter()) if holder is not None else []:
                chunk[0].insert_before(node)
            for node in chunk:
                node.decompose()
    return dataclasses.replace(page, html=tree.html or page.html)


# elements a minifier leaves no white space around (--minified; not <br>, whose spaces a
# line of text keeps); inside the verbatim ones it leaves the text as it is
_BLOCK_TAGS = frozenset(
    "address article aside audio blockquote body canvas dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html iframe li "
    "link main menu meta nav noscript ol option p pre script section select style summary svg "
    "table tbody td template tfoot th thead title tr ul video".split())
_VERBATIM = frozenset(("pre", "textarea", "code", "script", "style"))
_SPACES = re.compile(r"\s+")


def minified(page: Page) -> Page:
    """The page as an HTML minifier writes it (--minified): each run of white space in a
    text folded to one space, and the white space between, after the opening or before
    the closing of block elements left out (between or inside inline ones one space
    stays: "a <b>x</b> <i>y</i>" keeps its words apart); ``<pre>``, ``<textarea>``,
    ``<code>``, scripts and styles as they are. The page's own indentation then says
    nothing. Rewritten through the parser."""
    tree = LexborHTMLParser(page.html)
    if tree.root is None:
        return page
    changes: list[tuple[LexborNode, str | None]] = []
    for node in tree.root.traverse(include_text=True):
        if node.tag != "-text":
            continue
        parent = node.parent
        ancestor = parent
        while ancestor is not None and ancestor.tag not in _VERBATIM:
            ancestor = ancestor.parent
        if ancestor is not None:
            continue
        text = node.text_content or ""
        before, after = node.prev, node.next
        edge = (before is None or after is None) and parent is not None and (
            parent.tag in _BLOCK_TAGS)  # fmt: skip
        if not text.strip() and (
                edge or (before is not None and before.tag in _BLOCK_TAGS)
                or (after is not None and after.tag in _BLOCK_TAGS)):  # fmt: skip
            changes.append((node, None))
        elif (folded := _SPACES.sub(" ", text)) != text:
            changes.append((node, folded))
    for node, folded in changes:
        if folded is None:
            node.decompose()
        else:
            node.replace_with(folded)
    return dataclasses.replace(page, html=tree.html or page.html)


_DIV_TAG = re.compile(r"<(/?)div(\s[^<>]*)?>", re.IGNORECASE)


def _divs_as(page: Page, opening: Callable[[str], str], closing: Callable[[str], str]) -> Page:
    """The page with every ``<div>`` start tag written as ``opening(its attributes)`` and
    every end tag as ``closing(what follows its name)``, rewritten through the parser
    first, so each closes where the parser closed its ``<div>`` (a regex over the raw
    markup let one unclosed ``<div>`` swallow the rest of the page)."""
    tree = LexborHTMLParser(page.html)
    balanced = tree.html or page.html
    return dataclasses.replace(page, html=_DIV_TAG.sub(
        lambda m: (closing if m.group(1) else opening)(m.group(2) or ""), balanced))  # fmt: skip


def tables(page: Page) -> Page:
    """The page with every ``<div>`` written as a one-cell table, its attributes on the
    cell (--tables): the nested layout tables of older pages."""
    return _divs_as(page, lambda attrs: f"<table><tr><td{attrs}>",
                    lambda _rest: "</td></tr></table>")  # fmt: skip


def custom(page: Page) -> Page:
    """The page with every ``<div>`` written as a custom element, ``<x-box>``, its
    attributes kept (--custom): a site built of web components (``<story-card>``,
    ``<amp-carousel>``), whose tags the parser does not know."""
    return _divs_as(page, lambda attrs: f"<x-box{attrs}>", lambda rest: f"</x-box{rest}>")


def old_web(page: Page) -> Page:
    """The page as an older site would write it (--oldweb): ``--tables``, then ``--flat``
    (paragraphs between ``<br>``s), then ``--bare`` (no class or id names)."""
    return bare(flat(tables(page)))


# a class attribute inside a start tag (--modules; group 2: its value)
_CLASS_ATTR = re.compile(r"""(\sclass\s*=\s*)("[^"]*"|'[^']*'|[^\s>"']+)""", re.IGNORECASE)
_NAME_WORDS = re.compile(r"[A-Za-z][a-z]*|[0-9]+")
_HASH_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
# microformats' class names (hCard, hAtom, microformats2) are read by machines: a bundler
# leaves them as written
_MICROFORMAT = re.compile(r"(?:[hpuedt]-[a-z-]+|vcard|fn|n|org|hentry|entry-(?:title|content"
                          r"|summary)|published|updated|author|bookmark|rel-tag)$")


def _module_name(token: str) -> str:
    """``token`` as a CSS-modules build names it (Next.js: ``[file]_[class]__[hash]``):
    "related-posts" -> "RelatedPosts_relatedPosts__k3J9a"."""
    words = [w.lower() for w in _NAME_WORDS.findall(token)] or ["x"]
    pascal = "".join(w.capitalize() for w in words)
    digest = hashlib.sha1(token.encode()).digest()
    tag = "".join(_HASH_CHARS[b % len(_HASH_CHARS)] for b in digest[:5])
    return f"{pascal}_{words[0]}{pascal[len(words[0]):]}__{tag}"


def modules(page: Page) -> Page:
    """The page with every class name written as a CSS-modules build writes it (--modules):
    the name's words run together in camel case, the file's name before it and a hash
    after, joined by underscores ("post-meta" -> "PostMeta_postMeta__Xy12z"): a site
    built with Next.js or another bundler's scoped styles. Ids and microformats' names
    ("vcard", "fn", "h-entry", "entry-title") stay as written."""

    def rename(m: re.Match[str]) -> str:
        value = m.group(2).strip("\"'")
        names = (t if _MICROFORMAT.match(t) else _module_name(t) for t in value.split())
        return f'{m.group(1)}"{" ".join(names)}"'

    return dataclasses.replace(page, html=_CLASS_ATTR.sub(rename, page.html))


def _as_is(text: str) -> str:
    return text


# the page variants of --bare, --flat and --dense: (page transform, heading of each set's
# table, what every engine's text goes through before it is scored)
VARIANTS: dict[str, tuple[Callable[[Page], Page], str, Callable[[str], str]]] = {
    "bare": (bare, "bare (no class or id)", _as_is),
    "flat": (flat, "flat (no <p>: paragraphs end in <br><br>)", _as_is),
    "dense": (dense, "dense (each word two Han characters, no spaces)", spaced),
    "divs": (divs, "divs (every <p> a <div>)", _as_is),
    "plain": (plain, "plain (sectioning elements as <div>)", _as_is),
    "portal": (portal, "portal (grids of other stories' cards first and last)", _as_is),
    "cipher": (cipher, "cipher (every Latin letter a Cyrillic one)", _as_is),
    "wrapped": (wrapped, "wrapped (every <p> in two <div>s of its own)", _as_is),
    "parts": (parts, "parts (paragraphs three by three, an ad slot after each)", _as_is),
    "minified": (minified, "minified (white space folded, none between blocks)", _as_is),
    "tables": (tables, "tables (every <div> a one-cell layout table)", _as_is),
    "oldweb": (old_web, "old web (layout tables, <br> paragraphs, no class or id)", _as_is),
    "custom": (custom, "custom (every <div> a custom element, <x-box>)", _as_is),
    "linked": (linked, "linked (a term linked every few words in every <p>)", _as_is),
    "modules": (modules, "modules (class names as CSS modules write them)", _as_is),
}


# ---- engines (one page in, text out) ---------------------------------------------------


def _engine(name: str) -> Callable[[str, str], str]:
    if name == "trafilatura":
        import trafilatura

        def run(html: str, url: str) -> str:
            doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
            return (getattr(doc, "text", None) or "") if doc is not None else ""

    elif name == "readability":
        from readability import Document

        def run(html: str, url: str) -> str:
            return html_text(Document(html).summary(html_partial=True))

    elif name == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        def run(html: str, url: str) -> str:
            return extract_plain_text(HTMLTree.parse(html), main_content=True)

    else:
        raise SystemExit(f"unknown engine {name!r}")
    return run


def _version(name: str) -> str:
    from importlib.metadata import version

    return version({"readability": "readability-lxml"}.get(name, name))


def _anchor_outputs(name: str, dataset: str, pages: list[Page]) -> dict[str, tuple[str, float]]:
    """{key: (text, seconds)} of an anchor on a set, cached on disk (under a digest of the
    pages: a changed variant transform reads its pages afresh)."""
    digest = hashlib.sha1()
    for page in pages:
        digest.update(page.html.encode("utf-8", "surrogatepass"))
    path = CACHE / f"{name}-{_version(name)}-{dataset}-{digest.hexdigest()[:12]}.json"
    if path.exists():
        cached = json.loads(path.read_text(encoding="utf-8"))
        if all(p.key in cached for p in pages):
            return {k: (v[0], v[1]) for k, v in cached.items()}
    run = _engine(name)
    out: dict[str, tuple[str, float]] = {}
    for page in pages:
        start = time.process_time()
        try:
            text = run(page.html, page.url) or ""
        except Exception:  # noqa: BLE001 - a failure counts as an empty page
            text = ""
        out[page.key] = (text, time.process_time() - start)
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({k: list(v) for k, v in out.items()}), encoding="utf-8")
    return out


def _warctools_outputs(pages: list[Page]) -> tuple[dict[str, tuple[str, float]], dict[str, str]]:
    from warctools.extract import extract

    texts: dict[str, tuple[str, float]] = {}
    types: dict[str, str] = {}
    extract("<html><body><p>warm up</p></body></html>", "http://example.com/")
    for page in pages:
        start = time.process_time()
        ext = extract(page.html, page.url)
        texts[page.key] = (ext.text or "", time.process_time() - start)
        types[page.key] = ext.page_type
    return texts, types


# ---- scoring -----------------------------------------------------------------------------


def _score(pages: list[Page], texts: dict[str, str]) -> Scores:
    pages = [p for p in pages if p.scored]
    if pages and pages[0].expected is None:
        return score_segments([segment_counts(texts.get(p.key, ""), p.include, p.exclude)
                               for p in pages])  # fmt: skip
    return score_pages(texts, {p.key: p.expected or "" for p in pages})


def _page_f1(page: Page, text: str) -> float:
    if page.expected is not None:
        return score_page(text, page.expected).f1
    return segment_counts(text, page.include, page.exclude).f1


def _cell(s: Scores) -> str:
    return f"{s.f1:.3f} ({s.precision:.3f}/{s.recall:.3f})"


def _print_set(dataset: str, pages: list[Page], rows: list[tuple[str, dict[str, str], float]],
               variant: str | None = None) -> None:
    scored = [p for p in pages if p.scored]
    parts = [scored] + [[p for p in scored if p.half == h] for h in (0, 1)]
    shown = f", {VARIANTS[variant][1]}" if variant else ""
    print(f"\n== {dataset}: {SET_NAMES[dataset]}{shown}")
    heads = [f"all {len(parts[0])}"] + [f"{HALVES[h]} {len(parts[h + 1])}" for h in (0, 1)]
    print(f"{'engine':<18}" + "".join(f"{h + ' F1 (P/R)':>24}" for h in heads)
          + f"{'pages/s':>9}")  # fmt: skip
    for engine, texts, seconds in rows:
        cells = "".join(f"{_cell(_score(part, texts)):>24}" for part in parts)
        rate = f"{len(scored) / seconds:9.1f}" if seconds else f"{'-':>9}"
        print(f"{engine:<18}{cells}{rate}")


def _print_types(dataset: str, pages: list[Page], types: dict[str, str]) -> None:
    articles = [p for p in pages if p.is_article]
    lost = Counter(types[p.key] for p in articles if types[p.key] != "article")
    kept = sum(1 for p in pages if not p.is_article and types[p.key] == "article")
    others = len(pages) - len(articles)
    share = sum(lost.values()) / len(articles) if articles else 0.0
    kinds = ", ".join(f"{k} {n}" for k, n in lost.most_common()) or "none"
    line = f"{dataset}: {sum(lost.values())} of {len(articles)} labelled articles typed " \
           f"non-article ({share:.1%}: {kinds})"  # fmt: skip
    if others:
        line += f"; {kept} of {others} non-articles kept as articles"
    print(line)


def _print_worst(dataset: str, pages: list[Page], texts: dict[str, str], types: dict[str, str],
                 count: int) -> None:
    scored = [(p, _page_f1(p, texts[p.key])) for p in pages if p.scored]
    scored.sort(key=lambda item: item[1])
    print(f"\n-- worst {count} warctools pages, {dataset}")
    for page, f1 in scored[:count]:
        detail = ""
        if page.expected is None:
            counts = segment_counts(texts[page.key], page.include, page.exclude)
            detail = f" missing={list(counts.missing)[:2]} leaked={list(counts.leaked)[:2]}"
        print(f"{f1:.3f} {HALVES[page.half]:<5} {types[page.key]:<8} {page.key} {page.url}"
              f"{detail}"[:400])


def quality(sets: list[str], engines: list[str], worst: int, variant: str | None = None
            ) -> None:  # fmt: skip
    all_types: dict[str, tuple[list[Page], dict[str, str]]] = {}
    for dataset in sets:
        pages = load_set(dataset)
        score_as = VARIANTS[variant][2] if variant else _as_is
        if variant:
            pages = [VARIANTS[variant][0](p) for p in pages]
        scored = [p for p in pages if p.scored]
        ours, types = _warctools_outputs(pages)
        texts = {k: score_as(v[0]) for k, v in ours.items()}
        dropped = {k: (t if types[k] == "article" else "") for k, t in texts.items()}
        seconds = sum(ours[p.key][1] for p in scored)
        rows = [("warctools", texts, seconds), ("warctools+types", dropped, 0.0)]
        for name in engines:
            out = _anchor_outputs(name, f"{dataset}-{variant}" if variant else dataset, pages)
            rows.append((name, {k: score_as(v[0]) for k, v in out.items()},
                         sum(out[p.key][1] for p in scored)))  # fmt: skip
        _print_set(dataset, pages, rows, variant)
        all_types[dataset] = (pages, types)
        if worst:
            _print_worst(dataset, pages, texts, types, worst)
    print("\npage types (warctools)")
    for dataset, (pages, types) in all_types.items():
        _print_types(dataset, pages, types)


# ---- throughput: whole processes pinned to one CPU ------------------------------------------


def warc_url(page: Page) -> str:
    """The page's URL as a WARC-Target-URI (no spaces; an http(s) scheme, as crawled)."""
    url = page.url.replace(" ", "%20")
    scheme, sep, rest = url.partition("://")
    return url if scheme in ("http", "https") or not sep else f"https://{rest}"


def build_warc(path: Path, pages: list[Page] | None = None) -> dict[str, str]:
    """Write ``pages`` (default: the ScrapingHub set) as a WARC of HTTP 200 responses;
    return {WARC target URI: expected text} (empty for segment-labelled pages)."""
    if pages is None:
        pages = load_set("aeb")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for page in pages:
            ctype = "text/html; charset=utf-8" if page.dataset == "aeb" else "text/html"
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype),
                                                  ("Content-Length", str(len(page.raw)))],
                                       protocol="HTTP/1.1")  # fmt: skip
            record = writer.create_warc_record(warc_url(page), "response",
                                               payload=io.BytesIO(page.raw),
                                               http_headers=headers)  # fmt: skip
            writer.write_record(record)
    return {warc_url(page): page.expected or "" for page in pages}


def _worker(engine: str, warc: str, out: str) -> None:
    """One engine over a WARC in this process (its own interpreter: imports are timed)."""
    from warcio.archiveiterator import ArchiveIterator

    from warctools.readers.charset import decode_html

    run = _engine(engine)
    texts: dict[str, str] = {}
    with open(warc, "rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            ctype = record.http_headers.get_header("Content-Type")
            html = decode_html(record.content_stream().read(), ctype)[0]
            try:
                texts[url] = run(html, url) or ""
            except Exception:  # noqa: BLE001 - a failure counts as an empty page
                texts[url] = ""
    Path(out).write_text(json.dumps(texts), encoding="utf-8")


def _read_cli_output(out: Path) -> dict[str, str]:
    import pyarrow.parquet as pq

    texts: dict[str, str] = {}
    for file in sorted((out / "articles").rglob("*.parquet")):
        table = pq.read_table(file, columns=["url", "text"])
        for url, text in zip(table.column("url").to_pylist(), table.column("text").to_pylist(),
                             strict=True):  # fmt: skip
            texts[url] = text or ""
    return texts


def _run_once(engine: str, warc: Path, work: Path, repo: Path = REPO
              ) -> tuple[tuple[float, float], dict[str, str]]:  # fmt: skip
    """((wall seconds, CPU seconds), texts by URL) of one whole run of ``engine``."""
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    env = None
    if engine.startswith("warctools"):
        out = work / "cli-out"
        shutil.rmtree(out, ignore_errors=True)
        cmd = [*pin, sys.executable, "-m", "warctools", "extract", str(warc), "-o", str(out),
               "--jobs", "1", "-q"]  # fmt: skip
        env = child_env(repo, work / "pycache")  # that checkout's package, from bytecode
        digest = hashlib.sha1(str(repo).encode()).hexdigest()[:12]
        env["WARCTOOLS_CACHE_DIR"] = str(work / f"cache-{digest}")  # (its own patterns)
    else:
        out = work / f"{engine}.json"
        cmd = [*pin, sys.executable, str(Path(__file__).resolve()), "--worker", engine,
               str(warc), str(out)]  # fmt: skip
    start, cpu = time.perf_counter(), children_cpu()
    proc = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start, children_cpu() - cpu
    if proc.returncode != 0:
        raise RuntimeError(f"{engine} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    if engine.startswith("warctools"):
        return elapsed, _read_cli_output(out)
    return elapsed, json.loads(out.read_text(encoding="utf-8"))


def throughput(sets: list[str], engines: list[str], runs: int, against: Path | None = None
               ) -> None:  # fmt: skip
    pages = [p for dataset in sets for p in load_set(dataset)]
    with tempfile.TemporaryDirectory(prefix="warctools-bench-") as tmp:
        work = Path(tmp)
        warc = work / "devsets.warc.gz"
        build_warc(warc, pages)
        print(f"{len(pages)} pages ({', '.join(sets)}), WARC {warc.stat().st_size / 1e6:.1f} MB,"
              f" {runs} runs per engine interleaved, medians of the whole process pinned to CPU 0:"
              " wall time, and CPU time (user + system: what a loaded machine does not"
              " stretch)\n")  # fmt: skip
        print(f"{'engine':<20}{'wall s':>8}{'vs traf.':>9}{'CPU s':>8}{'pages/s':>9}"
              f"{'vs traf.':>9}   " + "   ".join(f"{d} F1" for d in sets))  # fmt: skip
        repos = {"warctools": REPO}
        if against is not None:
            repos[f"warctools [{against.name}]"] = against.resolve()
        order = [*repos, *engines]
        for repo in repos.values():
            compile_package(repo, work / "pycache")
        times: dict[str, list[tuple[float, float]]] = {e: [] for e in order}
        texts: dict[str, dict[str, str]] = {}
        for engine in order:  # untimed: caches and the page cache warm, as a second run's
            _run_once(engine, warc, work, repos.get(engine, REPO))
        for _ in range(runs):  # interleaved: a change of machine load hits every engine
            for engine in order:
                elapsed, texts[engine] = _run_once(engine, warc, work, repos.get(engine, REPO))
                times[engine].append(elapsed)
        wall = {e: statistics.median(t[0] for t in times[e]) for e in order}
        cpu = {e: statistics.median(t[1] for t in times[e]) for e in order}
        for engine in order:
            by_key = {p.key: texts[engine].get(warc_url(p), "") for p in pages}
            f1s = "   ".join(f"{_score([p for p in pages if p.dataset == d], by_key).f1:.3f}"
                             for d in sets)  # fmt: skip
            ratios = [f"{m['trafilatura'] / m[engine]:.2f}x" if "trafilatura" in m else "-"
                      for m in (wall, cpu)]  # fmt: skip
            runs_text = ", ".join(f"{w:.1f}/{c:.1f}" for w, c in times[engine])
            print(f"{engine:<20}{wall[engine]:8.2f}{ratios[0]:>9}{cpu[engine]:8.2f}"
                  f"{len(pages) / cpu[engine]:9.1f}{ratios[1]:>9}   {f1s}"
                  f"   (wall/CPU s: {runs_text})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: aeb,lwp,rtp")
    parser.add_argument("--only", default="", help="anchors to run (default: all three; "
                        "throughput: trafilatura)")  # fmt: skip
    parser.add_argument("--worst", type=int, default=0, help="list the N worst warctools pages")
    variant = parser.add_mutually_exclusive_group()
    for name, (_transform, heading, _score_as) in VARIANTS.items():
        variant.add_argument(f"--{name}", action="store_true",
                             help=f"quality: every engine on the pages as {heading}")  # fmt: skip
    parser.add_argument("--throughput", action="store_true", help="whole-process timing")
    parser.add_argument("--runs", type=int, default=3, help="throughput: runs per engine")
    parser.add_argument("--against", type=Path, help="throughput: also time `warctools "
                        "extract` from another checkout (e.g. the code before a change)")
    parser.add_argument("--worker", nargs=3, metavar=("ENGINE", "WARC", "OUT"),
                        help=argparse.SUPPRESS)  # fmt: skip
    args = parser.parse_args(argv)
    if args.worker:
        _worker(*args.worker)
        return 0
    if not DATASETS.exists():
        print(f"dev sets not found at {DATASETS} (../shared/datasets beside the repository)",
              file=sys.stderr)  # fmt: skip
        return 2
    sets = [s for s in args.sets.split(",") if s]
    engines = [e for e in args.only.split(",") if e]
    if args.throughput:
        throughput(sets, [e for e in engines if e != "warctools"] or ["trafilatura"], args.runs,
                   args.against)  # fmt: skip
    else:
        quality(sets, engines or list(ANCHORS), args.worst,
                next((v for v in VARIANTS if getattr(args, v)), None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
