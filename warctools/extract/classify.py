"""Article or not: home, section, tag, search, video and error pages by general signals.

Signals: og:type and JSON-LD @type, how much prose the main container holds, how many
link-dense teaser blocks the page has, and the shape of the URL (path depth, a slug of
several words, a date or a long number, /tag/ or /search paths). Nothing is keyed on a
host.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

__all__ = ["PageSignals", "classify_page"]

_ERROR = re.compile(
    r"\b(404|410|page not found|not found|no encontrada|não encontrada|introuvable"
    r"|nicht gefunden|error page|page (does not|doesn't) exist|server error|cannot be found"
    r"|can't be found|could not be found|no longer (available|exists)|moved permanently"
    r"|30[1-8] (found|moved|redirect)|^found$|^moved$|access denied|forbidden|^error|error$)\b",
    re.IGNORECASE,
)
_TAG_PATH = re.compile(r"/(tags?|topics?|themen|tema|temas|label|keyword|keywords)/")
_SEARCH = re.compile(r"(/search\b|/suche\b|/busca\b|/recherche\b|[?&](q|s|query|search)=)")
_INDEX_FILE = re.compile(r"^/?(index|default|home)(\.\w+)?$", re.IGNORECASE)
_ARTICLE_ID = re.compile(r"\d{5,}|(?:19|20)\d{2}[/_-]?[01]\d[/_-]?[0-3]\d|/(19|20)\d{2}/[01]\d/")
_VIDEO_TYPES = frozenset(("VideoObject", "VideoGallery"))
_LISTING_TYPES = frozenset(("CollectionPage", "SearchResultsPage", "ItemList", "ProfilePage"))


@dataclass(slots=True)
class PageSignals:
    url: str
    title: str | None
    og_type: str | None
    jsonld_types: set[str]
    jsonld_article: bool
    prose_chars: int
    text_chars: int
    link_blocks: int


def _slug_words(path: str) -> int:
    last = path.rstrip("/").rsplit("/", 1)[-1]
    last = re.sub(r"\.\w{2,5}$", "", last)
    return len([w for w in re.split(r"[-_+]", last) if w])


def _url_kind(url: str) -> str | None:
    parts = urlsplit(url)
    path = parts.path or "/"
    if path == "/" and not parts.query or _INDEX_FILE.match(path):
        return "home"
    if _SEARCH.search(path + ("?" + parts.query if parts.query else "")):
        return "search"
    if _TAG_PATH.search(path + "/") and _slug_words(path) < 5 and not _ARTICLE_ID.search(path):
        return "tag"
    return None


def _looks_like_article_url(url: str) -> bool:
    path = urlsplit(url).path
    return bool(_ARTICLE_ID.search(path)) or _slug_words(path) >= 4


def _is_error(sig: PageSignals) -> bool:
    return bool(sig.title and _ERROR.search(sig.title)) and sig.prose_chars < 800


def classify_page(sig: PageSignals) -> str:
    """One of article, home, section, tag, search, video, error, other."""
    if _is_error(sig):
        return "error"
    og = (sig.og_type or "").lower()
    declared = og == "article" or sig.jsonld_article
    kind = _url_kind(sig.url)
    if kind == "home" and sig.prose_chars < 3000:
        return "home"
    if (og.startswith("video") or sig.jsonld_types & _VIDEO_TYPES) and sig.prose_chars < 400:
        if not (declared and sig.prose_chars >= 250):
            return "video"
    if kind in ("search", "tag") and not (declared and sig.prose_chars >= 800):
        return kind
    listing = sig.link_blocks >= 15 and sig.prose_chars < 1200
    if sig.jsonld_types & _LISTING_TYPES and not declared and sig.prose_chars < 1500:
        return "section"
    enough = sig.prose_chars >= 200 or sig.text_chars >= 400
    if declared and enough and not (listing and og == "website"):
        return "article"
    if sig.prose_chars >= 900 or (sig.prose_chars >= 300 and _looks_like_article_url(sig.url)):
        return "article"
    if not listing and sig.text_chars >= 500 and og != "website" and kind is None:
        return "article"  # a short page of text (a list, a table) with no listing around it
    if listing or og == "website" or urlsplit(sig.url).path.count("/") <= 2:
        return "section" if sig.text_chars < 5000 or listing else "other"
    return "other"
