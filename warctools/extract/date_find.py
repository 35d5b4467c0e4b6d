"""Where a page states its publication and update dates, in order of trust.

Sources, first found wins (the name goes to ``published_source``):

1. ``jsonld``: ``datePublished`` / ``dateCreated`` of the article entity, else of any entity;
2. ``meta``: ``article:published_time``, ``pubdate``, Dublin Core, Parse.ly, citation, ...;
3. ``time``: the markup's machine-readable dates (``<time datetime>``, ``itemprop=
   datePublished``, ``<abbr class=published title>``) outside comments and sidebars;
4. ``url``: a full date in the URL path (``/2019/11/19/``);
5. ``text``: a date written in a date-named element ("Posted 12. März 2019") or in the
   lines around the headline;
6. ``htmldate``: htmldate's extensive search (``date_fallback.py``), only when all the
   above found nothing.

The offset the page states (``+02:00``) is kept beside the UTC time so the page's own day
stays recoverable. The update date (``dateModified``, ``article:modified_time``) goes to
``modified``, never to ``published``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .date_fallback import htmldate_stamp
from .dates import Stamp, date_from_url, find_text_date, parse_stamp
from .jsonld import JsonLd

__all__ = ["PageDates", "find_dates"]

_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished",
    "og:published_time", "published_time", "article:published", "article.published", "pubdate",
    "publishdate", "publish-date", "publish_date", "pub_date", "dc.date.issued", "dcterms.issued",
    "dc.date", "dc:date", "dcterms.date", "dcterms.created", "dc.date.created", "dc.created",
    "date", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
    "article.created", "originalpublicationdate", "displaydate", "citation_publication_date",
    "citation_date", "citation_online_date", "bepress_citation_date", "prism.publicationdate",
    "rnews:datepublished", "shareaholic:article_published_time", "article_date_original",
    "datecreated", "uploaddate", "og:pubdate", "date_published", "release_date",
)  # fmt: skip
_MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "og:article:modified_time",
    "modified_time", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod",
    "article.updated", "shareaholic:article_modified_time",
)  # fmt: skip
_TIME_SELECTORS = (
    "[itemprop=datePublished]", "time[pubdate]", "[property~='dc:created'][content]",
    "[property~='dc:date'][content]", "[property~='dcterms:created'][content]",
    "abbr.published[title]", "[class~=published][title]", "time[datetime]",
)  # fmt: skip
_STOP = frozenset(("article", "main", "body", "html"))
_ASIDE = re.compile(r"comment|repl(?:y|ies)|respond|related|sidebar|recommend|teaser|widget")
_DATE_NAMED = (
    "[class*=date], [class*=Date], [id*=date], [class*=time], [class*=posted], "
    "[class*=published], [class*=meta], [class*=byline], [class*=datum], [class*=Datum], "
    "[class*=fecha], [class*=data], [class*=info], [class*=submitted], [class*=created]"
)
_UPDATE_WORDS = re.compile(
    r"updated?|aktualisiert|mis à jour|actualizado|aggiornato|bijgewerkt|modified|geändert",
    re.IGNORECASE,
)


@dataclass(slots=True)
class PageDates:
    published: datetime | None = None
    published_source: str | None = None
    published_utc_offset: int | None = None
    modified: datetime | None = None


def _first(values: list[object], day_first: bool) -> Stamp | None:
    for value in values:
        stamp = parse_stamp(value, day_first=day_first)
        if stamp is not None:
            return stamp
    return None


def _in_aside(node: LexborNode) -> bool:
    """Is ``node`` inside a comment, a related-stories list or a sidebar (a few levels up)?"""
    parent = node.parent
    for _ in range(12):
        if parent is None or parent.tag in _STOP:
            return False  # body classes name every feature of the page ("has-sidebar")
        if parent.tag == "aside":
            return True
        attrs = parent.attributes
        if _ASIDE.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()):
            return True
        parent = parent.parent
    return False


def _time_values(tree: LexborHTMLParser) -> list[str]:
    """Machine-readable dates of the markup: the first of each kind outside asides."""
    values = []
    for selector in _TIME_SELECTORS:
        for node in tree.css(selector)[:20]:
            if _in_aside(node):
                continue  # a comment's or a teaser's <time>, not the story's
            attrs = node.attributes
            value = attrs.get("datetime") or attrs.get("content") or attrs.get("title")
            values.append(value or node.text()[:80])
            break
    return [v for v in values if v]


def _named_text(tree: LexborHTMLParser, day_first: bool) -> Stamp | None:
    """A date written in a date-named element ("Posted Monday, May 13, 2024 | 6:12 PM")."""
    for node in tree.css(_DATE_NAMED)[:60]:
        text = node.text(separator=" ")
        if not text or len(text) > 200 or _in_aside(node):
            continue
        text = " ".join(text.split())
        if _UPDATE_WORDS.match(text):
            continue
        found = find_text_date(text, day_first=day_first)
        if found is not None:
            return found
    return None


def _near_headline(tree: LexborHTMLParser, day_first: bool) -> Stamp | None:
    """A date written in the lines just before or after the page's first ``<h1>``."""
    body = tree.body
    if body is None:
        return None
    text = body.text(separator="\n")
    h1 = tree.css_first("h1")
    heading = " ".join(h1.text().split()) if h1 is not None else ""
    at = text.find(heading[:40]) if len(heading) > 5 else -1
    if at < 0:
        return None
    return find_text_date(text[max(0, at - 300) : at + 1500], day_first=day_first)


def _day_first(lang: str | None) -> bool:
    """03/04/2019 is 3 April except on US-English pages."""
    lang = (lang or "").lower()
    return not (lang == "en" or lang.startswith("en-us") or lang.startswith("en_us"))


def find_dates(tree: LexborHTMLParser, meta: dict[str, str], ld: JsonLd, url: str,
               lang: str | None = None, *, slow: bool = True) -> PageDates:  # fmt: skip
    """Published (with its source and stated offset) and modified dates of one page."""
    day_first = _day_first(lang)
    modified = _first([ld.get("dateModified"), ld.dates.get("dateModified")]
                      + [meta.get(k) for k in _MODIFIED_META], day_first)  # fmt: skip
    found: tuple[Stamp | None, str] = (None, "")
    sources = (
        ("jsonld", lambda: _first([ld.get("datePublished"), ld.get("dateCreated"),
                                   ld.dates.get("datePublished"), ld.dates.get("dateCreated"),
                                   ld.dates.get("uploadDate")], day_first)),
        ("meta", lambda: _first([meta.get(k) for k in _PUBLISHED_META], day_first)),
        ("time", lambda: _first(_time_values(tree), day_first)),  # type: ignore[arg-type]
        ("url", lambda: _url_stamp(url)),
        ("text", lambda: _named_text(tree, day_first) or _near_headline(tree, day_first)),
    )  # fmt: skip
    for name, finder in sources:
        stamp = finder()
        if stamp is not None:
            found = (stamp, name)
            break
    if found[0] is None and slow:
        found = (htmldate_stamp(tree, url), "htmldate")
    stamp, source = found
    return PageDates(
        published=stamp.when if stamp else None,
        published_source=source if stamp else None,
        published_utc_offset=stamp.offset if stamp else None,
        modified=modified.when if modified else None,
    )


def _url_stamp(url: str) -> Stamp | None:
    when = date_from_url(url)
    return Stamp(when, None) if when is not None else None
