"""JSON-LD (schema.org) blocks: find the page's main entity and read its fields."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from .. import _regex
from .marks import Marks

__all__ = ["ARTICLE_TYPES", "JsonLd", "read_jsonld"]

ARTICLE_TYPES = frozenset(
    "Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle"
    " BackgroundNewsArticle ReviewNewsArticle AskPublicNewsArticle BlogPosting"
    " LiveBlogPosting SocialMediaPosting TechArticle ScholarlyArticle Report Review"
    " SatiricalArticle AdvertiserContentArticle".split()
)
_MAX_SCRIPT = 2_000_000
_DATE_KEYS = ("datePublished", "dateCreated", "uploadDate", "dateModified")
# XHTML-era wrappers around a script's JSON: "<![CDATA[ ... ]]>", "<!-- ... -->", either
# behind "//" or "/*" comment marks
_WRAPPER = _regex.compile(
    r"^\s*(?://|/\*)?\s*(?:<!\[CDATA\[|<!--)(?:\s*\*/)?"
    r"|(?://|/\*)?\s*(?:\]\]>|-->)\s*(?:\*/)?\s*$"
)


class JsonLd:
    """The article-like entity of a page (or its first entity) plus the types seen."""

    __slots__ = ("main", "types", "publisher", "breadcrumb", "dates", "by_id", "authored")

    def __init__(self) -> None:
        self.main: dict[str, Any] | None = None
        self.types: set[str] = set()
        self.publisher: str | None = None
        self.breadcrumb: list[str] = []
        self.dates: dict[str, Any] = {}
        """The first value of each date key (``_DATE_KEYS``) in any entity of the page."""
        self.by_id: dict[str, dict[str, Any]] = {}  # entities with a name, by their @id
        self.authored: Any = None
        """The ``author`` of the first entity naming one (a Recipe's, a HowTo's)."""

    def get(self, key: str) -> Any:
        return self.main.get(key) if self.main else None

    @property
    def author(self) -> Any:
        """The article's ``author``; without an article entity, the first entity's that
        names one (a recipe, a how-to); references resolved."""
        return self.resolve(self.get("author") if self.main else self.authored)

    def resolve(self, value: Any) -> Any:
        """``value`` with references (``{"@id": ...}`` alone) replaced by their entities."""
        if isinstance(value, list):
            return [self.resolve(v) for v in value[:50]]
        if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
            return self.by_id.get(value["@id"], value)
        return value

    @property
    def is_article(self) -> bool:
        return bool(self.types & ARTICLE_TYPES)


def _entities(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Top-level entities and @graph members (bounded depth, no deep recursion)."""
    if depth > 3:
        return
    if isinstance(data, list):
        for item in data[:50]:
            yield from _entities(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _entities(data["@graph"], depth + 1)
        main = data.get("mainEntity") or data.get("mainEntityOfPage")
        if isinstance(main, dict) and "@type" in main:
            yield from _entities(main, depth + 1)


def _types(entity: dict[str, Any]) -> list[str]:
    kind = entity.get("@type")
    if isinstance(kind, str):
        return [kind.rsplit("/", 1)[-1]]
    if isinstance(kind, list):
        return [str(k).rsplit("/", 1)[-1] for k in kind]
    return []


def name_of(value: Any) -> str | None:
    """``"X"``, ``{"name": "X"}`` or a list of those: the first name."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return name_of(value.get("name"))
    if isinstance(value, list) and value:
        return name_of(value[0])
    return None


def read_jsonld(tree: LexborHTMLParser, marks: Marks | None = None) -> JsonLd:
    found = JsonLd()
    for script in (marks or Marks(tree)).jsonld:
        raw = script.text(deep=True)
        if not raw or len(raw) > _MAX_SCRIPT:
            continue
        data = _parse(raw)
        if data is None:
            continue
        for entity in _entities(data):
            if isinstance(entity.get("@id"), str) and "name" in entity:
                found.by_id.setdefault(entity["@id"], entity)
            kinds = _types(entity)
            found.types.update(kinds)
            if "BreadcrumbList" in kinds:
                found.breadcrumb = _crumbs(entity)
            is_article = any(k in ARTICLE_TYPES for k in kinds)
            if is_article and found.main is None:
                found.main = entity
            for key in _DATE_KEYS:
                if key in entity and key not in found.dates:
                    found.dates[key] = entity[key]
            if found.authored is None and entity.get("author"):
                found.authored = entity["author"]
            if found.publisher is None and entity.get("publisher"):
                found.publisher = name_of(entity.get("publisher"))
    return found


def _parse(raw: str) -> Any:
    """The script's JSON, also when wrapped in a CDATA section or an HTML comment; None
    when it is not JSON."""
    try:
        return json.loads(raw, strict=False)
    except (ValueError, RecursionError):
        pass
    unwrapped = _WRAPPER.sub("", raw)
    if unwrapped == raw:
        return None
    try:
        return json.loads(unwrapped, strict=False)
    except (ValueError, RecursionError):
        return None


def _crumbs(entity: dict[str, Any]) -> list[str]:
    items = entity.get("itemListElement")
    names = []
    if isinstance(items, list):
        for item in items[:10]:
            if isinstance(item, dict):
                name = name_of(item.get("name")) or name_of(item.get("item"))
                if name:
                    names.append(name)
    return names
