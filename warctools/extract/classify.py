"""Article or not: home, section, tag, search, video and error pages by general signals.

Every page of a news crawl is mostly an article, and a page typed as anything else is
dropped by default, so the rules lean to ``article``: a page is a non-article only on
positive evidence (an error title, a home / tag / search URL, a video declaration, a
listing of link-dense blocks, a collection type in JSON-LD, almost no text), and strong
article evidence (a long prose body, og:type / JSON-LD article, a byline with a date,
an article-shaped URL) outweighs the URL shape unless the page is a listing. So does,
under a home / tag / search URL, one dated body of some prose that is no listing (a blog's
latest post on its home page, a one-story site, a story captured under its site's root).

Signals: og:type and JSON-LD @type, byline and date, how much prose the main container
holds, how many link-dense blocks the page has, and the shape of the URL (a slug of
several words, a date followed by a slug, a long number or numeric id parameter, /tag/
or /search paths). Nothing is keyed on a host. :func:`classify_page` returns the type
and the rule that decided it (the ``page_type_reason`` column), so users can audit and
re-cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from .. import _regex
from .title import reading_words, worded_as_headline

__all__ = ["PageSignals", "PageType", "classify_page", "declared_article"]

LONG_PROSE = 1200  # a long prose body: an article whatever the URL says
SOME_PROSE = 200  # enough prose for an article when nothing says otherwise
BRIEF_PROSE = 100  # ... and for a brief under its headline (with a byline and a date, or
# shown above it and worded as one)
LISTING_BLOCKS = 15  # link-dense blocks that make a page a listing ...
LISTING_PROSE = 800  # ... around less prose than this
POST_WORDS = 3  # words of a post's headline beside a listing (see classify_page)
_ERROR = _regex.compile(
    r"\b(404|410|page not found|not found|no encontrada|não encontrada|introuvable"
    r"|nicht gefunden|error page|page (does not|doesn't) exist|server error|cannot be found"
    r"|can't be found|could not be found|no longer (available|exists)|moved permanently"
    r"|30[1-8] (found|moved|redirect)|^found$|^moved$|access denied|forbidden|^error|error$)\b",
    re.IGNORECASE,
)
# a tag directory followed by one name (and maybe a page number): /tag/brexit/, /topics/eu/page/2
_TAG_PATH = _regex.compile(
    r"/(tags?|topics?|themen|tema|temas|label|keywords?)/[^/.]+/?(page/\d+/?)?$", re.IGNORECASE
)
_SEARCH_PATH = _regex.compile(r"/(search|suche|busca|recherche)(/|$)", re.IGNORECASE)
_SEARCH_PARAMS = frozenset(("q", "s", "query", "search"))
_INDEX_FILE = _regex.compile(r"^/?(index|default|home)(\.\w+)?$", re.IGNORECASE)
_LONG_NUMBER = _regex.compile(r"\d{5,}")
_FULL_DATE = _regex.compile(r"(?:19|20)\d{2}([/_-]?)[01]\d\1[0-3]\d")
_DATED_SLUG = _regex.compile(r"/(?:19|20)\d{2}/[01]?\d/(?:[0-3]?\d/)?[^/]*[a-zA-Z]{3}")
_PAGING_PARAMS = frozenset(("page", "paged", "pg", "seite", "pagina", "offset", "start", "limit"))
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
    has_byline: bool = False
    has_date: bool = False
    headline_shown: bool = False  # the page's headline shown above the story's paragraphs
    canonical_url: str | None = None  # the page's declared address (rel=canonical, og:url)


@dataclass(frozen=True, slots=True)
class PageType:
    kind: str  # article, home, section, tag, search, video, error, other
    reason: str  # the rule or figure that decided: "jsonld_article", "listing:link_blocks=23"


def _path_query(url: str) -> tuple[str, str]:
    """The URL's path and query; an empty path when there is no URL (it then says nothing)."""
    if not url.strip():
        return "", ""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return "", ""
    return parts.path or "/", parts.query


def _slug_words(segment: str) -> int:
    segment = re.sub(r"\.\w{2,5}$", "", segment)
    return len([w for w in re.split(r"[-_+ ]|%20", segment) if w])


def _url_kind(path: str, query: str) -> str | None:
    if path == "/" and not query or _INDEX_FILE.match(path) and not query:
        return "home"
    if _SEARCH_PATH.search(path) or any(
        k.lower() in _SEARCH_PARAMS and v for k, v in parse_qsl(query, keep_blank_values=True)
    ):
        return "search"
    if _TAG_PATH.search(path) and _slug_words(path.rstrip("/").rsplit("/", 1)[-1]) < 5:
        return "tag"
    return None


def _article_url(path: str, query: str) -> str | None:
    """The URL names one item: a long number, a full date, a date then a slug, a slug of
    four or more words, or a numeric id parameter (not a page number)."""
    if _LONG_NUMBER.search(path):
        return "url:long_number"
    if _FULL_DATE.search(path) or _DATED_SLUG.search(path):
        return "url:date"
    if any(_slug_words(seg) >= 4 for seg in path.split("/")):
        return "url:slug"
    for key, value in parse_qsl(query):
        if value.isdigit() and len(value) >= 3 and key.lower() not in _PAGING_PARAMS:
            return "url:id_param"
    return None


def _canonical_item(canonical: str | None) -> str | None:
    """The shape of one item's URL when the page declares one (no listing's address):
    "canonical:url:slug"; the declared address only ever adds evidence (a site that
    declares its root on every page types no story by it)."""
    if not canonical:
        return None
    path, query = _path_query(canonical)
    if _url_kind(path, query) is not None:
        return None
    shaped = _article_url(path, query)
    return f"canonical:{shaped}" if shaped is not None else None


def declared_article(sig: PageSignals) -> str | None:
    """How the page declares itself an article ("jsonld_article", "og:article"), or None."""
    if sig.jsonld_article:
        return "jsonld_article"
    return "og:article" if (sig.og_type or "").lower() == "article" else None


def _strong_evidence(sig: PageSignals, declared: str | None) -> str | None:
    """Evidence that outweighs the URL shape: a long prose body, a declared article with
    some prose, or a headline with a byline and a date over some text."""
    if sig.prose_chars >= LONG_PROSE:
        return f"prose>={LONG_PROSE}"
    if declared and sig.prose_chars >= SOME_PROSE:
        return f"{declared}+prose>={SOME_PROSE}"
    if sig.title and sig.has_byline and sig.has_date and (
            sig.text_chars >= SOME_PROSE or sig.prose_chars >= BRIEF_PROSE):  # fmt: skip
        return "headline+byline+date"  # (a news brief: one paragraph of prose is its body)
    return None


def _is_error(sig: PageSignals, declared: str | None) -> bool:
    if sig.prose_chars >= 800 or not (sig.title and _ERROR.search(sig.title)):
        return False
    return not (declared and sig.prose_chars >= SOME_PROSE)


def classify_page(sig: PageSignals) -> PageType:
    """The page's type (article, home, section, tag, search, video, error, other) and why."""
    declared = declared_article(sig)
    if _is_error(sig, declared):
        return PageType("error", "error_title")
    path, query = _path_query(sig.url)
    og = (sig.og_type or "").lower()
    listing = sig.link_blocks >= LISTING_BLOCKS and sig.prose_chars < LISTING_PROSE
    strong = _strong_evidence(sig, declared)
    kind = _url_kind(path, query)
    named = _canonical_item(sig.canonical_url) if kind is not None else None
    if named is not None:
        kind = None  # captured at the site's root or a listing's address, the page declares
        # one item's own ("/" fetched, "/2024/03/03/flood-barrier-opens" declared)
    if kind is not None:
        if strong and not listing:
            return PageType("article", strong)
        if not listing and sig.has_date and sig.prose_chars >= SOME_PROSE:
            # one dated body of prose, no listing: a blog's latest post on its home page,
            # a one-story site, a story whose captured URL lost its path
            return PageType("article", f"dated+prose>={SOME_PROSE}")
        why = f"url:{kind}_path"
        return PageType(kind, f"{why}+listing:link_blocks={sig.link_blocks}" if listing else why)
    video = og.startswith("video") or bool(sig.jsonld_types & _VIDEO_TYPES) and not declared
    if video and sig.prose_chars < 400 and not strong:
        return PageType("video", "og:video" if og.startswith("video") else "jsonld_video")
    collection = sig.jsonld_types & _LISTING_TYPES
    if collection and not declared and not strong:
        return PageType("section", "jsonld:" + min(collection))
    if strong:
        return PageType("article", strong)
    shaped = _article_url(path, query) or named
    if listing:
        # a listing around little text: a section page, unless the page says it is one
        # item (its body may be what the extractor missed)
        if declared or shaped:
            return PageType("article", f"{declared or shaped}+listing:link_blocks="
                                       f"{sig.link_blocks}")
        if (sig.headline_shown and sig.has_date and sig.prose_chars >= SOME_PROSE
                and sig.title is not None and reading_words(sig.title) >= POST_WORDS):  # fmt: skip
            # a short dated post under its headline (three words or more: "Local news"
            # over a section's introduction is no post's), beside a blog's sidebar of
            # archives, categories and latest comments
            return PageType("article", f"headline+date+prose>={SOME_PROSE}+listing")
        return PageType("section", f"listing:link_blocks={sig.link_blocks}")
    if declared:
        return PageType("article", declared)
    if sig.prose_chars >= SOME_PROSE:
        return PageType("article", f"prose>={SOME_PROSE}")
    if (sig.headline_shown and sig.prose_chars >= BRIEF_PROSE and sig.title is not None
            and worded_as_headline(sig.title)):  # fmt: skip
        return PageType("article", f"headline+prose>={BRIEF_PROSE}")  # a news brief
    if shaped and (shaped == "url:date" or sig.text_chars >= 100 or sig.has_date
                   or sig.has_byline):
        return PageType("article", shaped)  # one item's URL, with a date, byline or text
    if sig.text_chars >= 500:
        return PageType("article", "text>=500")  # a short page of text (a list, a table)
    if og == "website" or 0 < path.count("/") <= 2:
        return PageType("section", f"little_text:prose={sig.prose_chars}")
    return PageType("other", f"little_text:prose={sig.prose_chars}")
