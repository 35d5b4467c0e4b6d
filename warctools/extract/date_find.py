"""Where a page states its publication and update dates, in order of trust.

Sources, first found wins (the name goes to ``published_source``):

1. ``jsonld``: ``datePublished`` / ``dateCreated`` of the article entity, else of any entity;
2. ``meta``: ``article:published_time``, ``pubdate``, Dublin Core, Parse.ly, citation, ...;
3. ``time``: the markup's machine-readable dates (``<time datetime>``, ``itemprop=
   datePublished``, ``<abbr class=published title>``) outside comments and sidebars;
4. ``url``: a full date in the URL path (``/2019/11/19/``);
5. ``text``: a MediaWiki page's last edit (its footer), a date written in a date-named
   element ("Posted 12. März 2019") or in the lines around the headline;
6. only when all the above found nothing (``date_fallback.py``): a labelled date in the
   text (a publication label, then an update label), ``htmldate`` (htmldate's search of
   the whole page), then ``page_text`` (the first day written in the text).

The offset the page states (``+02:00``) is kept beside the UTC time so the page's own day
stays recoverable. The update date (``dateModified``, ``article:modified_time``) goes to
``modified``, never to ``published``; but where the headline's text shows exactly one day,
unmarked by an update word, and it is that declared update, later than the declared
publication, readers see it as the publication date and it is ``published`` (``text``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from os.path import commonprefix
from typing import NamedTuple, TypeVar

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .. import _regex
from ._cover import covered, merged_extra
from .address import page_key
from .date_fallback import (
    UPDATE_WORDS,
    has_update_word,
    htmldate_stamp,
    labelled_text_stamp,
    page_text_stamp,
    update_text_stamp,
)
from .date_relative import GUESSED_SOURCES, day_and_time, month_day, relative_age
from .dates import (
    Stamp,
    date_from_url,
    find_text_date,
    parse_stamp,
    text_date_spans,
    text_dates,
)
from .jsonld import JsonLd
from .marks import Marks
from .title import home_link, story_h1

__all__ = ["PageDates", "find_dates"]

_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "og:published_time",
    "published_time", "article:published", "article.published", "pubdate", "publishdate",
    "publish-date", "publish_date", "pub_date", "dc.date.issued", "dcterms.issued",
    "dcterms.created", "dc.date.created", "dc.created", "sailthru.date", "parsely-pub-date",
    "cxenseparse:recs:publishtime", "article.created", "originalpublicationdate", "displaydate",
    "citation_publication_date", "citation_date", "citation_online_date",
    "bepress_citation_date", "prism.publicationdate", "rnews:datepublished",
    "shareaholic:article_published_time", "article_date_original", "datecreated", "uploaddate",
    "og:pubdate", "date_published", "release_date",
)  # fmt: skip
_GENERIC_META = ("dc.date", "dc:date", "dcterms.date", "date")
"""Dates a CMS often sets to the last change: trusted less than a date shown on the page."""
_STATED_META = (*_PUBLISHED_META, *_GENERIC_META)  # (those that may state a local offset)
_MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "og:article:modified_time",
    "modified_time", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod",
    "article.updated", "shareaholic:article_modified_time",
)  # fmt: skip
_MARKED = (
    "[itemprop=datePublished]", "[property~='dc:created'][content]",
    "[property~='dc:date'][content]", "[property~='dcterms:created'][content]",
)  # fmt: skip
_ANY_MARKED = ", ".join(_MARKED)  # one walk tells whether the four are worth walking
_TIMES = "h1, time[datetime], time[pubdate], abbr.published[title], [class~=published][title]"
_SAME_INSTANT = timedelta(minutes=1)
_REPUBLISHED_DAYS = 365
_URL_DAY_SLACK = 2  # days a shown date may lie from the URL's full day (see _url_wins)
_EVENING = 18  # the hour from which a stamp may be a story released the next morning
_STOP = frozenset(("article", "main", "body", "html"))
_CARD_PARTS = "img, picture, h2, h3, h4, h5, h6"  # what a card's link holds beside its date
# the names of comments, replies, related / recommended / most-read / trending stories,
# sidebars and widgets: a date inside one is not the story's
_ASIDE = _regex.compile(r"comment|repl(?:y|ies)|respond|related|sidebar|recommend|teaser|widget"
                        r"|popular|most-?(?:viewed|read)|trending")
# ... but the story's row of its date and its comments' count ("article--date-and-comments",
# "post-meta-comments"): named for its date first, then for the comments (a comment's own
# date is "comment-date")
_FACTS_AND_COMMENTS = _regex.compile(
    r"(?:date|time|meta|byline|info)[-_]+(?:and[-_]+)?comments\b(?![-_])")
# Date-named elements, walked as _DATE_NAMED_COVER (``_cover.py``: "date", "datum",
# "data", "Date" and "Datum" found by "at", the participles by "ed": a few dozen more
# elements a page to tell apart, five fewer alternatives for lexbor to try on each)
_DAT_CLASSES, _CAP_DAT_CLASSES = ("date", "datum", "data"), ("Date", "Datum")
_ED_CLASSES = ("posted", "published", "submitted", "created")
_DATE_NAMED_KEPT = (
    "h1, [id*=date], [class*=time], [class*=meta], [class*=byline], [class*=fecha], [class*=info]"
)
_DATE_NAMED = ", ".join((_DATE_NAMED_KEPT, *(f"[class*={c}]" for c in (
    *_ED_CLASSES, *_DAT_CLASSES, *_CAP_DAT_CLASSES))))  # fmt: skip
_DATE_NAMED_COVER = f"{_DATE_NAMED_KEPT}, [class*=ed], [class*=at]"
_H1 = _regex.compile(r"<h1[\s>]", re.IGNORECASE)
# an <h1> that opens with an image or a link (group 1: its href): the site's logo when the
# link leads to the home page (title.home_link), set as the first heading of every page of
# a template, not the story's headline
_LOGO_H1 = _regex.compile(
    r"<h1[^>]*>\s*(?:<(?!a\b)[a-z][^>]*>\s*){0,2}(?:<img\b|<a\s[^>]*\bhref\s*=\s*"
    r"[\"']?([^\"'\s>]*))",
    re.IGNORECASE,
)
# a script, style or noscript element: its opening tag, then the first closing tag of the
# same name (or the end of the page)
_SCRIPT_TAGS = ("script", "style", "noscript")
_SCRIPT_OPEN = _regex.compile(rf"<({'|'.join(_SCRIPT_TAGS)})\b", re.IGNORECASE)
_SCRIPT_CLOSE = {name: _regex.compile(rf"</{name}\s*>", re.IGNORECASE) for name in _SCRIPT_TAGS}
_ANY_SCRIPT_CLOSE = _regex.compile(rf"</(?:{'|'.join(_SCRIPT_TAGS)})\s*>", re.IGNORECASE)
_TAG = _regex.compile(r"<[^>]*>")
_ISO_STAMP = r"(?:19|20)\d\d-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?[+-]\d\d:?\d\d"
_ISO_OFFSET = _regex.compile(_ISO_STAMP, re.ASCII)  # (ASCII digits, as its bytes twin reads)
_ISO_OFFSET_BYTES = _regex.compile(_ISO_STAMP.encode())


@dataclass(slots=True)
class PageDates:
    published: datetime | None = None
    published_source: str | None = None
    published_utc_offset: int | None = None
    modified: datetime | None = None
    published_ago: timedelta | None = None
    """How long before it was served the page says it was published ("3 hours ago"), where
    no source or only a guess (htmldate, page text) dated it: resolved against the capture."""
    published_month_day: tuple[int, int] | None = None
    """A month and day the headline shows without a year ("6月24日"), where no source dated
    the page: the capture's year completes it."""
    published_day_time: tuple[int, int, int] | None = None
    """Days before the capture, hour and minute of a "today" or "yesterday" the headline
    shows with a time ("Heute, 10:30 Uhr"), where no source or only a guess dated the page
    and it states no age: the capture's day completes it."""


def _first(values: Sequence[object], day_first: bool | None) -> Stamp | None:
    for value in values:
        if value is None:
            continue  # (most keys a page does not set: no call)
        stamp = parse_stamp(value, day_first=day_first)
        if stamp is not None:
            return stamp
    return None


class _Wrappers(NamedTuple):
    """What holds the headline's ``<h1>`` and is named as an aside: the elements' ids (they
    wrap the story itself: ``<div class="region-sidebar-first">`` holding it), and the aside
    words two or more of them are named with: the names of the blocks the whole page is
    built of (a page builder's ``elementor-widget-wrap`` around every element), which say
    nothing of an aside on that page."""

    ids: frozenset[int] = frozenset()
    words: frozenset[str] = frozenset()


_NO_WRAPPERS = _Wrappers()


def _aside_words(node: LexborNode, tag: str) -> set[str]:
    """The aside words ``node`` (a ``tag`` element) is named with: "aside" or "blockquote"
    for those elements, else those of :data:`_ASIDE` in its class and id (none for a row of
    the story's date and comments count)."""
    if tag in ("aside", "blockquote"):
        return {tag}
    attrs = node.attributes
    name = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    if _ASIDE.search(name) is None or _FACTS_AND_COMMENTS.search(name) is not None:
        return set()
    return set(_ASIDE.findall(name))


def _aside_box(node: LexborNode, tag: str, common: frozenset[str] = frozenset()) -> bool:
    """Is ``node`` (a ``tag`` element) an aside, a quote, or named as comments, related
    stories, a sidebar or a widget (by a word other than the page's ``common`` ones)?"""
    words = _aside_words(node, tag)
    return bool(words) and not words <= common


def _headline_asides(h1: LexborNode | None) -> _Wrappers:
    """The aside-named containers around the headline's ``<h1>`` (a few levels up, up to
    its ``<article>``), and the aside words two or more of them share."""
    if h1 is None:
        return _NO_WRAPPERS
    ids: list[int] = []
    counts: dict[str, int] = {}
    parent = h1.parent
    for _ in range(12):
        if parent is None or (tag := parent.tag) in _STOP:
            break  # body classes name every feature of the page ("has-sidebar")
        words = _aside_words(parent, tag)
        if words:
            ids.append(parent.mem_id)
            for word in words:
                counts[word] = counts.get(word, 0) + 1
        parent = parent.parent
    return _Wrappers(frozenset(ids), frozenset(w for w, n in counts.items() if n >= 2))


def _in_aside(node: LexborNode, wrappers: _Wrappers = _NO_WRAPPERS,
              seen: dict[int, bool] | None = None) -> bool:  # fmt: skip
    """Is ``node`` inside a comment, a related-stories list or a sidebar (a few levels up)
    that does not also hold the headline? ``seen``: the answers of :func:`_aside_box` by
    element id, kept across the calls of one walk."""
    seen = {} if seen is None else seen
    parent = node.parent
    for _ in range(12):
        if parent is None or (tag := parent.tag) in _STOP:
            return False
        key = parent.mem_id
        if key not in wrappers.ids:
            box = seen.get(key)
            if box is None:
                box = seen[key] = _aside_box(parent, tag, wrappers.words)
            if box:
                return True
        parent = parent.parent
    return False


def _attr_date(node: LexborNode) -> str | None:
    attrs = node.attributes
    value = attrs.get("datetime") or attrs.get("content") or attrs.get("title")
    return value or node.text()[:80] or None


def _time_values(tree: LexborHTMLParser, h1: LexborNode | None, url: str = ""
                 ) -> list[str | None]:  # fmt: skip
    """Machine-readable dates of the markup, outside comments, sidebars and quotes: those
    marked as the publication date first, then a ``<time>`` in the headline's own block
    (``<header><ul><li><time>..</ul><h1>``), then the first after the headline (a teaser
    list further down has its own), then the first before it; not a ``<time>`` labelled as
    the update ("Updated <time>", "Aktualisiert am <time>") beside the publication's own in
    its row (where the row shows only its update, that is the story's day)."""
    wrappers = _headline_asides(h1)
    seen: dict[int, bool] = {}  # (the elements above asked once: the times share them)
    marked = [_attr_date(n) for sel in _MARKED for n in tree.css(sel)[:5]
              if not _in_aside(n, wrappers, seen)
              ] if tree.css_first(_ANY_MARKED) else []  # fmt: skip
    block = _headline_block(h1)
    beside: list[str | None] = []
    before: list[str | None] = []
    after: list[str | None] = []
    seen_h1 = False
    story = _article_of(h1) if h1 is not None else None
    for node in tree.css(_TIMES)[:80]:
        if node.tag == "h1":
            seen_h1 = True
        elif story is not None and _article_of(node) != story:
            continue  # another story's card (a related story's <article>)
        elif not _in_aside(node, wrappers, seen):
            if _update_beside_publication(node) or _linked_elsewhere(node, url):
                continue
            value = _attr_date(node)
            if block is not None and _inside(node, block):
                beside.append(value)
            (after if seen_h1 else before).append(value)
    return marked + beside[:2] + after[:3] + before[:3]


def _linked_elsewhere(node: LexborNode, url: str, levels: int = 6) -> bool:
    """Is ``node`` inside a link (a few levels up) that is another story's card, its
    picture or heading and date one link to another page ("<a href=/other><img><time>")?
    A link around the date alone (a theme's permalink, whatever address the capture has)
    is the page's own."""
    parent = node.parent
    for _ in range(levels):
        if parent is None or parent.tag in _STOP:
            return False
        if parent.tag == "a":
            href = (parent.attributes.get("href") or "").strip()
            return (bool(href) and not href.startswith("#")
                    and parent.css_first(_CARD_PARTS) is not None
                    and page_key(href, url) != page_key(url, url))  # fmt: skip
        parent = parent.parent
    return False


def _update_beside_publication(node: LexborNode) -> bool:
    """Is the ``<time>`` labelled as the update, in a row (its element or the one above)
    that also holds a ``<time>`` not so labelled: the publication's ("Published <time>May
    3</time> Updated <time>May 5</time>", in either order)?"""
    if not _labelled_update(node):
        return False
    row = node.parent
    for _ in range(2):
        if row is None or row.tag in _STOP:
            return False
        for other in row.css("time[datetime]"):
            if other.mem_id != node.mem_id and not _labelled_update(other):
                return True
        row = row.parent
    return False


def _labelled_update(node: LexborNode) -> bool:
    """Is the ``<time>`` the story's update: its text opens with an update word ("Updated
    May 5") or a label right before it says so ("Updated <time>", "Aktualisiert am")?"""
    if node.tag != "time":
        return False
    if UPDATE_WORDS.match((node.text() or "").strip()) is not None:
        return True
    prev = _previous(node)
    return (prev is None or prev.tag != "time") and _after_update_label(node)  # (not the
    # update's <time> before it: "<time>Updated May 5</time> <time>May 3</time>")


def _article_of(node: LexborNode) -> int | None:
    """The id of the nearest ``<article>`` around ``node``, None when there is none."""
    parent = node.parent
    while parent is not None:
        if parent.tag == "article":
            return parent.mem_id
        parent = parent.parent
    return None


def _headline_block(h1: LexborNode | None) -> int | None:
    """The id of the element holding the first ``<h1>`` and what sits beside it (kicker,
    date, byline), unless that element is the whole article or page."""
    parent = h1.parent if h1 is not None else None
    if parent is None or parent.tag in _STOP or parent.tag == "body":
        return None
    return parent.mem_id


def _inside(node: LexborNode, block: int, levels: int = 6) -> bool:
    parent = node.parent
    for _ in range(levels):
        if parent is None:
            return False
        if parent.mem_id == block:
            return True
        parent = parent.parent
    return False


def _named_text(tree: LexborHTMLParser, day_first: bool | None,
                h1: LexborNode | None) -> Stamp | None:  # fmt: skip
    """A date written in a date-named element ("Posted Monday, May 13, 2024 | 6:12 PM"):
    the first after the headline, else the last before it (the one nearest the headline:
    a site's header shows today's date above the story's own)."""
    before: list[LexborNode] = []  # the elements above the headline, the nearest last
    seen_h1 = False
    wrappers = _headline_asides(h1)
    story = _article_of(h1) if h1 is not None else None
    seen: dict[int, bool] = {}
    for node in covered(tree, _DATE_NAMED_COVER, _date_named_extra)[:80]:  # tree.css(_DATE_NAMED)
        if node.tag == "h1":
            seen_h1 = True
        elif h1 is not None and not seen_h1:
            before.append(node)  # (asked below, the nearest first, if none comes after)
        elif (found := _named_date(node, wrappers, story, seen, day_first)) is not None:
            return found
    return next((found for node in reversed(before)
                 if (found := _named_date(node, wrappers, story, seen, day_first)) is not None),
                None)  # fmt: skip


def _named_date(node: LexborNode, wrappers: _Wrappers, story: LexborNode | None,
                seen: dict[int, bool], day_first: bool | None) -> Stamp | None:
    """The date a date-named element shows as the story's, or None: not in an aside or
    another story's card, not labelled as the update; its first date no update label
    announces ("Modifié le 6 mars · Publié le 5 mars", the update printed first, shows the
    5th; an element of the update alone, none)."""
    text = node.text(separator=" ")
    if not text or len(text) > 200 or _in_aside(node, wrappers, seen):
        return None
    if story is not None and _article_of(node) != story:
        return None  # another story's card (a related story's <article>), as for <time>
    if _after_update_label(node):
        return None
    return _unannounced(" ".join(text.split()), day_first)


def _date_named_extra(node: LexborNode) -> int:
    """How many more times :data:`_DATE_NAMED` lists ``node`` than the cover does."""
    return _date_words_extra(node.attrs.get("class") or "")


@lru_cache(maxsize=2048)
def _date_words_extra(klass: str) -> int:
    """:func:`_date_named_extra` of an element of class ``klass`` (pages repeat theirs)."""
    return (merged_extra(klass, (*_DAT_CLASSES, *_CAP_DAT_CLASSES), "at")
            + merged_extra(klass, _ED_CLASSES, "ed"))  # fmt: skip


def _previous(node: LexborNode) -> LexborNode | None:
    """The node before ``node`` among its siblings, white space between them skipped."""
    prev = node.prev
    while prev is not None and prev.tag == "-text" and not (prev.text() or "").strip():
        prev = prev.prev
    return prev


def _after_update_label(node: LexborNode) -> bool:
    """Does the element just before ``node`` (or before its parent or grandparent) label it
    as the update (``<h4>Zuletzt geändert am:</h4><ul class=timestamp><li>...``)?"""
    current: LexborNode | None = node
    for _ in range(3):
        if current is None:
            return False
        prev = _previous(current)
        if prev is not None:
            label = (prev.text() or "").strip()
            return len(label) < 40 and UPDATE_WORDS.match(label) is not None
        current = current.parent
    return False


def _wiki_edit(tree: LexborHTMLParser, meta: dict[str, str],
               day_first: bool | None) -> Stamp | None:  # fmt: skip
    """A MediaWiki page's last edit, from its footer ("This page was last edited on 4 November
    2020", "Diese Seite wurde zuletzt am 29. Januar 2020 ... geändert"): a wiki page has no
    publication date, and the dates in its text are the events it lists."""
    if not (meta.get("generator") or "").lower().startswith("mediawiki"):
        return None
    footer = tree.css_first("#footer-info-lastmod")
    return find_text_date(footer.text(), day_first=day_first) if footer is not None else None


def _shown_day(tree: LexborHTMLParser, h1: LexborNode | None, markup: _Html,
               day_first: bool | None) -> Stamp | None:  # fmt: skip
    """The date shown with the headline: in a date-named element, else written in the text
    just before or after the page's first ``<h1>``."""
    if (named := _named_text(tree, day_first, h1)) is not None:
        return named
    text = markup.headline_text()
    found = _first_published(text, day_first) if text is not None else None
    if found is None and (logo := markup.logo_text()):
        # a template whose only real heading sits far below its logo: the dates after the
        # logo, as read before the headline was told from it
        found = _first_published(logo, day_first)
    return found


_UPDATED_BEFORE = _regex.compile(rf"(?:{UPDATE_WORDS.pattern})\W*(?:[^\W\d]+\W+){{0,2}}$", re.I)
"""An update label right before a date, two words at most between them and no digit
("Updated: ", "Aktualisiert am ", "Mis à jour le ", "更新时间：")."""


def _unannounced(text: str, day_first: bool | None) -> Stamp | None:
    """The first date written in ``text`` that no update label announces ("Updated 7 Jan
    2024 · Published 5 Jan 2024" is the 5th); None when there is none."""
    if not has_update_word(text):  # (most texts)
        return find_text_date(text, day_first=day_first)
    kept = text
    for start, end in text_date_spans(text, day_first=day_first):
        if _UPDATED_BEFORE.search(text, max(0, start - 40), start):
            kept = kept[:start] + " " * (end - start) + kept[end:]
    return find_text_date(kept, day_first=day_first)


def _first_published(text: str, day_first: bool | None) -> Stamp | None:
    """The first date written in ``text`` that no update label announces, else the first
    date."""
    if not has_update_word(text):  # (most texts: both are the first date, read once)
        return find_text_date(text, day_first=day_first)
    return _unannounced(text, day_first) or find_text_date(text, day_first=day_first)


def _headline_parts(html: str) -> tuple[str, str, int | None] | None:
    """The visible text just before (200 characters) and after (1,200) the page's first
    ``<h1>`` that is no site logo, and where the logo's ``<h1>`` starts when one came
    first (None: none did)."""
    match = _H1.search(html)
    if match is None:
        return None
    first = match.start()
    for other in _H1.finditer(html, first):
        logo = _LOGO_H1.match(html, other.start())
        if logo is None or (logo.group(1) is not None and not home_link(logo.group(1))):
            match = other  # the first <h1> that is no site's logo (a link to its home page)
            break
    start = match.start()
    window = _after_cut_script(html[max(0, start - 1500) : start])
    boxes = [m.end() for m in _BOX_CLOSE.finditer(window)]  # (a sidebar's or menu's list
    before = _visible(window[boxes[-1] if boxes else 0 :])[-200:]  # of dated posts above)
    after = _visible(html[start : start + 8000])[:1200]
    return before, after, (first if start != first else None)


T = TypeVar("T")


def _by_headline(markup: _Html, read: Callable[[str], T | None]) -> T | None:
    """What ``read`` finds by the headline: in the byline's lines (the first 400 characters
    after it), not in the story ("two weeks ago", a day it mentions): a relative date
    ("3 hours ago", "vor 2 Tagen"), a month and day without a year ("[06月24日 11時30分]")."""
    text = markup.headline_text(after_chars=400)
    return read(text) if text is not None else None


_BOX_CLOSE = _regex.compile(r"</(?:aside|nav|ul|ol|header|footer)\s*>", re.IGNORECASE)


def _after_cut_script(window: str) -> str:
    """A window of markup from after the close of a script, style or noscript element the
    window cuts into (opened before it: its text is no page text)."""
    close = _ANY_SCRIPT_CLOSE.search(window)
    if close is None:
        return window
    opened = _SCRIPT_OPEN.search(window, 0, close.start())
    return window if opened is not None else window[close.end() :]


def _visible(html: str) -> str:
    """The text of an HTML fragment, without scripts, styles and tags."""
    return _spaces(_TAG.sub(" ", _without_scripts(html)))


def _without_scripts(html: str) -> str:
    """``html`` with each script, style and noscript element replaced by a space (one
    search for the closing tag: a lazy ``.*?`` up to it steps through every character)."""
    out: list[str] = []
    pos = 0
    while (found := _SCRIPT_OPEN.search(html, pos)) is not None:
        out.append(html[pos : found.start()])
        out.append(" ")
        close = _SCRIPT_CLOSE[found.group(1).lower()].search(html, found.end())
        pos = close.end() if close is not None else len(html)
    out.append(html[pos:])
    return "".join(out)


def _spaces(text: str) -> str:
    return " ".join(text.replace("&nbsp;", " ").split())


def _day_first(lang: str | None) -> bool | None:
    """03/04/2019 is 3 April except on US-English pages; None on Korean and Japanese
    ones, which write the year first ("24.03.05": see ``find_text_date``)."""
    lang = (lang or "").lower()
    if lang[:2] in ("ko", "ja") and lang[2:3] in ("", "-", "_"):
        return None
    return not (lang == "en" or lang.startswith("en-us") or lang.startswith("en_us"))


def _stated_offset(stamp: Stamp, html: str | bytes, meta: dict[str, str]) -> Stamp:
    """A stamp given in UTC (``Z``) takes the offset of another statement of the same instant
    in local time ("2023-11-09T06:35Z" and "2023-11-08T22:35-08:00"): the page's own day.
    ``html``: the page's markup, or its UTF-8 bytes (searched faster: a byte a character)."""
    if stamp.offset != 0:
        return stamp
    values = [meta.get(k) for k in _STATED_META if k in meta]
    offset = _local_offset(stamp, values)
    if offset is None:  # (the page searched only when no meta value states the instant)
        offset = _local_offset(stamp, _local_stamps(stamp.when, html))
    return Stamp(stamp.when, offset) if offset is not None else stamp


_SHOWN_CLOCK = _regex.compile(r"\d{1,2}\s*(?::|時|时|시)\s*\d{2}")  # a time of day shown
_MOST_EAST, _MOST_WEST = 14 * 60, -12 * 60  # the offsets a clock on Earth shows, in minutes


def _shown_offset(stamp: Stamp, tree: LexborHTMLParser, day_first: bool | None) -> Stamp:
    """A ``<time>`` stamp given in UTC (``Z``) whose element shows the same instant as the
    page's clock reads it ("<time datetime='2024-11-06T02:30:00Z'>Nov. 5, 2024 9:30 p.m.
    ET</time>"): the shown time less the UTC one is the page's offset (a whole quarter of
    an hour between UTC-12 and UTC+14), and the shown day the page's."""
    for node in tree.css("time[datetime]")[:20]:
        value = parse_stamp(node.attributes.get("datetime"), day_first=day_first)
        if value is None or value.when != stamp.when:
            continue
        text = " ".join((node.text() or "").split())
        if not text or _SHOWN_CLOCK.search(text) is None:
            continue
        shown = find_text_date(text, day_first=day_first)
        if shown is None:
            continue
        if shown.offset is not None:  # the zone named: "9:30 p.m. ET", the same instant
            if shown.when == stamp.when:
                return shown
            continue
        minutes = (shown.when - stamp.when).total_seconds() / 60
        if minutes and minutes % 15 == 0 and _MOST_WEST <= minutes <= _MOST_EAST:
            return Stamp(stamp.when, int(minutes))
    return stamp


def _local_offset(stamp: Stamp, values: list[str | None]) -> int | None:
    """The offset of the first of ``values`` stating ``stamp``'s instant in local time."""
    for value in values:
        other = parse_stamp(value)
        if other is not None and other.offset and abs(other.when - stamp.when) <= _SAME_INSTANT:
            return other.offset
    return None


def _local_stamps(when: datetime, html: str | bytes) -> list[str]:
    """ISO stamps with an offset in ``html`` dated the day before, of or after ``when``:
    the first 20, those of the day before first, then of the day, then of the day after."""
    days = [(when + timedelta(days=delta)).date().isoformat() for delta in (-1, 0, 1)]
    shared = commonprefix(days)  # "2023-11-": one search finds the three days
    if len(shared) < 5:  # around a new year: a search per day
        groups = [_offset_stamps(html, day, [day])[day] for day in days]
    else:
        found = _offset_stamps(html, shared, days)
        groups = [found[day] for day in days]
    return [stamp for group in groups for stamp in group][:20]


def _offset_stamps(html: str | bytes, start: str, days: list[str]) -> dict[str, list[str]]:
    """The ISO stamps with an offset ``html`` holds of each of ``days`` (which all begin
    with ``start``), in page order."""
    found: dict[str, list[str]] = {day: [] for day in days}
    if isinstance(html, bytes):  # (ASCII: each match is the same in the decoded markup)
        wanted = {day.encode(): day for day in days}
        key = start.encode()
        at = html.find(key)
        while at >= 0:
            day_of = wanted.get(html[at : at + 10])
            if day_of is not None and (match := _ISO_OFFSET_BYTES.match(html, at)):
                found[day_of].append(match.group(0).decode("ascii"))
            at = html.find(key, at + 1)
        return found
    at = html.find(start)
    while at >= 0:
        day = html[at : at + 10]
        if day in found and (match := _ISO_OFFSET.match(html, at)):
            found[day].append(match.group(0))
        at = html.find(start, at + 1)
    return found


def find_dates(tree: LexborHTMLParser, meta: dict[str, str], ld: JsonLd, url: str,
               lang: str | None = None, *, html: str | None = None,
               encoded: bytes | None = None, slow: bool = True,
               marks: Marks | None = None) -> PageDates:  # fmt: skip
    """Published (with its source and stated offset) and modified dates of one page.

    ``html`` is the markup ``tree`` was parsed from (serialised from the tree if absent),
    ``encoded`` its UTF-8 bytes when the caller has them;
    ``slow=False`` skips the second opinions of ``date_fallback``; ``marks``: the tree's
    :class:`Marks`, when the caller has them.
    """
    day_first = _day_first(lang)
    h1 = story_h1(marks.h1 if marks is not None else tree.css("h1"), url)
    markup = _Html(tree, html, encoded)
    modified = _first([ld.get("dateModified"), ld.dates.get("dateModified")]
                      + [meta.get(k) for k in _MODIFIED_META], day_first)  # fmt: skip
    sources = (
        ("jsonld", lambda: _first([ld.get("datePublished"), ld.get("dateCreated"),
                                   ld.dates.get("datePublished"), ld.dates.get("dateCreated"),
                                   ld.dates.get("uploadDate")], day_first)),
        ("meta", lambda: _first([meta.get(k) for k in _PUBLISHED_META], day_first)),
        ("time", lambda: _first(_time_values(tree, h1, url), day_first)),
        ("url", lambda: _url_stamp(url)),
        ("text", lambda: _wiki_edit(tree, meta, day_first)),
        ("text", lambda: _shown_day(tree, h1, markup, day_first)),
        ("meta", lambda: _first([meta.get(k) for k in _GENERIC_META], day_first)),
        ("text", lambda: labelled_text_stamp(markup.visible, day_first) if slow else None),
        ("text", lambda: update_text_stamp(markup.visible, day_first) if slow else None),
        ("htmldate", lambda: htmldate_stamp(markup.text, url) if slow else None),
        ("page_text", lambda: page_text_stamp(markup.visible, day_first) if slow else None),
    )  # fmt: skip
    for name, finder in sources:
        stamp = finder()
        if stamp is not None:
            stamp = _stated_offset(stamp, markup.encoded or markup.text, meta)
            if name == "time" and stamp.offset == 0:
                stamp = _shown_offset(stamp, tree, day_first)
            in_url = _url_stamp(url) if name != "url" else None
            if in_url is not None and _url_wins(stamp, in_url, name):
                stamp, name = in_url, "url"
            elif name in ("jsonld", "meta") and _evening(stamp):
                shown = _shown_next_day(stamp, tree, h1, markup, day_first)
                stamp, name = (shown, "text") if shown is not None else (stamp, name)
            if name in ("jsonld", "meta") and modified is not None:
                shown = _shown_modified(stamp, modified, markup, day_first)
                stamp, name = (shown, "text") if shown is not None else (stamp, name)
            if name not in GUESSED_SOURCES:
                return PageDates(stamp.when, name, stamp.offset, modified and modified.when)
            ago = _by_headline(markup, relative_age)
            day_time = _by_headline(markup, day_and_time) if ago is None else None
            return PageDates(stamp.when, name, stamp.offset, modified and modified.when, ago,
                             published_day_time=day_time)  # fmt: skip
    ago = _by_headline(markup, relative_age)
    day_time = _by_headline(markup, day_and_time) if ago is None else None
    undated = ago is None and day_time is None
    return PageDates(modified=modified and modified.when, published_ago=ago,
                     published_month_day=_by_headline(markup, month_day) if undated else None,
                     published_day_time=day_time)  # fmt: skip


class _Html:
    """The page's markup, serialised once and only when a source needs it."""

    __slots__ = ("tree", "_text", "encoded", "_visible", "_headline")

    def __init__(self, tree: LexborHTMLParser, text: str | None,
                 encoded: bytes | None = None) -> None:  # fmt: skip
        self.tree = tree
        self._text = text
        self.encoded = encoded if text is not None else None  # (the UTF-8 of ``text``)
        self._visible: str | None = None
        self._headline: tuple[str, str, int | None] | None | bool = False  # False: not yet

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.tree.html or ""
        return self._text

    @property
    def visible(self) -> str:
        """The page's text without scripts, styles and tags (for the slow sources)."""
        if self._visible is None:
            self._visible = _visible(self.text)
        return self._visible

    def headline_text(self, after_chars: int = 1200) -> str | None:
        """The visible text just before (200 characters) and after (``after_chars``, at
        most 1,200) the page's first ``<h1>`` that is no site logo; worked out once per
        page."""
        parts = self._headline_window()
        if parts is None:
            return None
        before, after, _logo = parts
        return f"{before} {after[:after_chars]}"

    def logo_text(self) -> str:
        """The visible text just after (1,200 characters) a site logo's ``<h1>`` that came
        before the headline's; empty when none did."""
        parts = self._headline_window()
        if parts is None or parts[2] is None:
            return ""
        return _visible(self.text[parts[2] : parts[2] + 8000])[:1200]

    def _headline_window(self) -> tuple[str, str, int | None] | None:
        if self._headline is False:
            self._headline = _headline_parts(self.text)
        return self._headline if isinstance(self._headline, tuple) else None


def _day(stamp: Stamp) -> date:
    """The day the page states: its local day where it gives an offset."""
    return (stamp.when + timedelta(minutes=stamp.offset or 0)).date()


def _url_wins(stamp: Stamp, in_url: Stamp, source: str) -> bool:
    """A stamp in UTC or without a zone one day off the URL's date: the URL names the
    page's local day (a story posted late in the evening west of UTC, or early east of it).
    Metadata (JSON-LD, meta) over a year after the URL's date is a site move or a re-save
    that re-stamped it, not the story's first day (the URL was minted with the story). A
    ``<time>`` more than ``_URL_DAY_SLACK`` days from the URL's full day is another
    story's or a later edit's (where the page declares no date of its own, as older blogs
    do: a module of other stories above the headline, the post's last edit)."""
    apart = (_day(stamp) - _day(in_url)).days
    restamped = source in ("jsonld", "meta") and apart > _REPUBLISHED_DAYS
    elsewhere = source == "time" and abs(apart) > _URL_DAY_SLACK
    return (not stamp.offset and abs(apart) == 1) or restamped or elsewhere


def _evening(stamp: Stamp) -> bool:
    """Is ``stamp`` an evening time (18:00 or later) in the local zone it states? A stamp in
    UTC (``Z``) may be a local midnight written in UTC ("2018-06-12T23:00:00Z" for the 13th
    at +01:00): its hour says nothing of the page's evening."""
    if not stamp.offset:
        return False
    return (stamp.when + timedelta(minutes=stamp.offset)).hour >= _EVENING


def _shown_next_day(stamp: Stamp, tree: LexborHTMLParser, h1: LexborNode | None,
                    markup: _Html, day_first: bool | None) -> Stamp | None:  # fmt: skip
    """The date shown with the headline when it is the day after an evening ``stamp``: a
    story filed or scheduled in the evening and released the next morning, the day the page
    states ("2019-12-09T19:00:49+01:00" in the metadata, "mardi 10.12.19" on the page)."""
    shown = _shown_day(tree, h1, markup, day_first)
    if shown is None or (_day(shown) - _day(stamp)).days != 1:
        return None
    return shown


def _url_stamp(url: str) -> Stamp | None:
    when = date_from_url(url)
    return Stamp(when, None) if when is not None else None


def _shown_modified(stamp: Stamp, modified: Stamp, markup: _Html,
                    day_first: bool | None) -> Stamp | None:  # fmt: skip
    """The one date shown with the headline when it is the declared modification day, later
    than the declared publication ``stamp``, and no update word marks it: readers see it as
    the publication date (a CMS re-stamping ``datePublished`` at the first save, the story
    dated on the page the day it went out)."""
    if _day(modified) <= _day(stamp):
        return None
    text = markup.headline_text()
    if text is None or has_update_word(text):
        return None
    day = _day(modified)
    shown = []
    for found in text_dates(text, day_first=day_first):
        if _day(found[1]) != day:
            return None  # (the publication's day, mostly: no form searched after it)
        shown.append(found)
    return min(shown)[1] if shown else None
