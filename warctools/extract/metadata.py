"""Page metadata read from the raw tree (before cleaning): meta tags, JSON-LD, links.

Precedence follows how reliable each source tends to be: JSON-LD of an article entity,
then OpenGraph / article:* meta, then other meta conventions (Dublin Core, Parse.ly,
Sailthru, itemprop), then the markup (``<time datetime>``, ``rel=author``, bylines,
``<h1>``, ``<title>``) and finally the URL (dates in the path).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .authors import find_authors
from .date_find import find_dates
from .jsonld import JsonLd, name_of, read_jsonld
from .marks import Marks
from .title import SiteNames, find_title, fold_spaces, names_sections

__all__ = ["Metadata", "read_metadata"]



@dataclass(slots=True)
class Metadata:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    published_source: str | None = None
    published_utc_offset: int | None = None
    modified: datetime | None = None
    published_ago: timedelta | None = None  # "3 hours ago": resolved against the capture
    published_month_day: tuple[int, int] | None = None  # "6月24日": the capture's year
    published_day_time: tuple[int, int, int] | None = None  # "Heute, 10:30": its day
    html_lang: str | None = None
    site_name: str | None = None
    description: str | None = None
    canonical_url: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    og_type: str | None = None
    jsonld: JsonLd = field(default_factory=JsonLd)
    article_body: str | None = None
    author_agency: str | None = None  # a news agency named as the author
    title_names_sections: bool = False  # the declared titles name only the site's sections


def _meta_map(elements: list[dict[str, str | None]]) -> tuple[dict[str, str], list[str]]:
    """First content per lower-cased name/property/itemprop, and every article:tag, of the
    ``meta[content]`` elements (their attributes: ``elements``)."""
    meta: dict[str, str] = {}
    tags: list[str] = []
    for attrs in elements:
        content = (attrs.get("content") or "").strip()
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        if not key or not content:
            continue
        for name in key.lower().split():  # "og:title twitter:title": one content, two names
            if name == "article:tag":
                tags.append(content)
            meta.setdefault(name, content)
    return meta, tags


def _first(*values: Any) -> str | None:
    for value in values:
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str) and v.strip()), None)
        if isinstance(value, str) and value.strip():
            return fold_spaces(value).strip()
    return None


    return None


def _keywords(meta: dict[str, str], tags: list[str], ld: JsonLd) -> list[str]:
    values: list[str] = list(tags)
    ld_keywords = ld.get("keywords")
    if isinstance(ld_keywords, list):
        values.extend(str(k) for k in ld_keywords if isinstance(k, str))
    elif isinstance(ld_keywords, str):
        values.extend(ld_keywords.split(","))
    for key in ("news_keywords", "keywords", "parsely-tags"):
        if key in meta and not values:
            values.extend(meta[key].split(","))
    seen: dict[str, None] = {}
    lowered: set[str] = set()  # the keys of ``seen`` lower-cased
    for value in values:
        value = " ".join(value.split())
        if value and len(value) < 80 and (low := value.lower()) not in lowered:
            seen[value] = None
            lowered.add(low)
    return list(seen)[:50]


def _canonical(link: LexborNode | None, meta: dict[str, str], url: str) -> str | None:
    """The canonical URL: the first ``link[rel=canonical][href]``, else og:url."""
    href = link.attributes.get("href") if link is not None else None
    href = _first(href, meta.get("og:url"))
    if not href:
        return None
    try:
        return urljoin(url, href)
    except ValueError:
        return None


def read_metadata(tree: LexborHTMLParser, url: str, html: str | None = None,
                  encoded: bytes | None = None) -> Metadata:  # fmt: skip
    """The page's metadata from its raw ``tree`` (``html``: the markup it was parsed from,
    ``encoded``: that markup's UTF-8 bytes, when the caller has them)."""
    marks = Marks(tree)
    meta, article_tags = _meta_map(marks.meta_attrs)
    ld = read_jsonld(tree, marks)
    root = tree.root
    lang = root.attributes.get("lang") if root is not None else None
    section = ld.get("articleSection")
    body = ld.get("articleBody")
    html_lang = _first(lang, meta.get("content-language"), meta.get("og:locale"))
    dates = find_dates(tree, meta, ld, url, html_lang, html=html, encoded=encoded, marks=marks)
    site_name = _first(meta.get("og:site_name"), ld.publisher, meta.get("application-name"))
    site = SiteNames((meta.get("og:site_name"), ld.publisher, meta.get("application-name")), url)
    authors = find_authors(tree, meta, ld.author, is_site=site.is_site, is_outlet=site.is_outlet,
                           url=url, marks=marks, lang=html_lang)
    site.add_authors(authors.names)
    return Metadata(
        title=find_title(tree, meta, ld.get("headline"), site, url, marks),
        authors=authors.names,
        author_agency=authors.agency,
        published=dates.published,
        published_source=dates.published_source,
        published_utc_offset=dates.published_utc_offset,
        modified=dates.modified,
        published_ago=dates.published_ago,
        published_month_day=dates.published_month_day,
        published_day_time=dates.published_day_time,
        html_lang=html_lang,
        site_name=site_name,
        description=_first(
            meta.get("og:description"),
            meta.get("description"),
            ld.get("description"),
            meta.get("twitter:description"),
        ),  # fmt: skip
        canonical_url=_canonical(marks.canonical, meta, url),
        section=_first(
            section,
            meta.get("article:section"),
            meta.get("parsely-section"),
            name_of(ld.breadcrumb[1:2] or None),
        ),  # fmt: skip
        tags=_keywords(meta, article_tags, ld),
        og_type=_first(meta.get("og:type")),
        jsonld=ld,
        article_body=body if isinstance(body, str) else None,
        title_names_sections=names_sections(tree, meta, ld.get("headline"), site, url),
    )
