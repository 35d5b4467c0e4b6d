"""extract(): parse once, read metadata from the raw tree, clean, pick the main text."""

from __future__ import annotations

import re
from html import unescape

from selectolax.lexbor import LexborHTMLParser

from .. import _regex
from ..records import Extracted
from ._clean import clean_tree
from .address import page_address
from .article import MainText, main_text
from .classify import LISTING_BLOCKS, PageSignals, classify_page, declared_article
from .language import detect, prefetch
from .metadata import Metadata, read_metadata
from .second_opinion import SHORT_TEXT, second_opinion
from .wire import find_wire

__all__ = ["extract"]

_EMPTY = MainText("", [], None, 0, 0)
# the opening tag of a declarative shadow root (``<template shadowrootmode="open">``, the
# older ``shadowroot``): what it holds is shown, where a plain <template>'s is not
_SHADOW_ROOT = r"<template\b[^>]*?\sshadowroot(?:mode)?\s*=[^>]*>"
_SHADOW_ROOT_TEXT = _regex.compile(_SHADOW_ROOT, re.IGNORECASE)
_SHADOW_ROOT_BYTES = _regex.compile(_SHADOW_ROOT.encode(), re.IGNORECASE)
_SHADOW_WORDS = ("shadowroot", "shadowRoot", "SHADOWROOT")  # (a fast test before the regex)
_SHADOW_WORDS_BYTES = tuple(word.encode() for word in _SHADOW_WORDS)


def _open_shadow_roots(markup: str | bytes) -> str | bytes:
    """``markup`` with its declarative shadow roots' opening tags taken out: their content
    becomes the host element's, as a browser renders it (the parser keeps a template's
    content out of the tree; the stray ``</template>`` left is ignored). Web components
    rendered on the server put a whole story there. Asked only where the page gave
    (almost) no text: the search of the whole markup costs 0.15 ms a page."""
    if isinstance(markup, bytes):
        if not any(word in markup for word in _SHADOW_WORDS_BYTES):
            return markup
        return _SHADOW_ROOT_BYTES.sub(b"", markup)
    if not any(word in markup for word in _SHADOW_WORDS):
        return markup
    return _SHADOW_ROOT_TEXT.sub("", markup)


def _read(markup: str | bytes, url: str, html: str, encoded: bytes | None = None
          ) -> tuple[Metadata, MainText]:  # fmt: skip
    """The page's metadata and main text, parsed from ``markup`` (``encoded``: the UTF-8
    bytes of ``html``, when the caller has them)."""
    tree = LexborHTMLParser(markup)
    meta = read_metadata(tree, url, html, encoded)
    body = clean_tree(tree, meta.title)
    if body is None:
        return meta, _EMPTY
    return meta, main_text(body, meta.title, meta.authors, meta.title_names_sections)


def _jsonld_body(meta: Metadata, main: MainText) -> str | None:
    """The JSON-LD articleBody, when the page shows far less than it (JS-rendered pages)."""
    body = meta.article_body
    if not body or len(body) < 500 or len(body) < 2 * len(main.text) + 200:
        return None
    if "&lt;" in body:  # markup escaped once more ("&lt;p&gt;..."): its tags, not text
        body = unescape(body)
    if "<" in body and ">" in body:
        body = LexborHTMLParser(body).text(separator=" ") or ""
        if len(body) < 2 * len(main.text) + 200:
            return None  # its markup made it long: the page shows the story already
    paragraphs = [" ".join(p.split()) for p in body.replace("\r", "").split("\n")]
    return "\n\n".join(p for p in paragraphs if p) or None


def extract(html: str, url: str, *, encoded: bytes | None = None) -> Extracted:
    """Main text and metadata of one HTML page. Pure: no I/O, no state between calls.

    ``encoded``: the bytes ``html`` is the strict UTF-8 decoding of, when the caller has
    them (a capture's payload): the parser reads them as they are instead of encoding
    ``html`` again (a twentieth of the work on a page of curly quotes or another script).
    """
    url = page_address(url or "")  # (an archive's copy: the address it stands for)
    prefetch()
    markup = encoded if encoded is not None else html
    meta, main = _read(markup, url, html, encoded)
    if len(main.text) < SHORT_TEXT and (opened := _open_shadow_roots(markup)) is not markup:
        meta, main = _read(opened, url, html, encoded)  # the story in a web component's shadow root
    text, method = main.text, "dom"
    fallback = _jsonld_body(meta, main)
    if fallback is not None:
        text, method = fallback, "jsonld"
    # the first of several posts: its own; the heading over the story where the declared
    # title names only the site and its sections
    title = main.post_headline or main.opening_headline or meta.title
    signals = PageSignals(
        url=url,
        title=title,
        og_type=meta.og_type,
        jsonld_types=meta.jsonld.types,
        jsonld_article=meta.jsonld.is_article,
        prose_chars=max(main.prose_chars, len(text) if method == "jsonld" else 0),
        text_chars=len(text),
        link_blocks=main.link_blocks,
        has_byline=bool(meta.authors),
        has_date=meta.published is not None,
        headline_shown=main.headline_shown,
        canonical_url=meta.canonical_url,
    )
    page_type = classify_page(signals)
    listing = main.link_blocks >= LISTING_BLOCKS  # (a portal's grids around a story, or a
    # listing: asked only where the page declares an article, and more strictly)
    if (method == "dom" and page_type.kind == "article"
            and (not listing or declared_article(signals) is not None)
            and (other := second_opinion(html, url, text, main.card_texts, listing))):  # fmt: skip
        # the story the DOM search missed on a page its own signals call an article (a
        # login form or a shop's order page with little text is asked nothing)
        text, method = other, "trafilatura"
    wire = find_wire(text, main.closing if method == "dom" else "")
    return Extracted(
        page_type=page_type.kind,
        page_type_reason=page_type.reason,
        text=text,
        title=title,
        authors=meta.authors or None,
        published=meta.published,
        modified=meta.modified,
        published_source=meta.published_source,
        published_utc_offset=meta.published_utc_offset,
        published_ago=meta.published_ago,
        published_month_day=meta.published_month_day,
        published_day_time=meta.published_day_time,
        language=detect(text or meta.title or "", meta.html_lang),
        site_name=meta.site_name,
        description=meta.description,
        canonical_url=meta.canonical_url,
        section=meta.section,
        tags=meta.tags or None,
        wire_source=wire.wire_source or meta.author_agency,
        dateline=wire.dateline,
        dateline_start=wire.start,
        dateline_end=wire.end,
        extraction_method=method,
    )
