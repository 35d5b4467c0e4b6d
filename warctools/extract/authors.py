"""Author names: JSON-LD author, meta conventions, rel=author links and byline elements."""

from __future__ import annotations

import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from .wire import canonical_agency

__all__ = ["find_authors", "split_names"]

_META_KEYS = (
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
    "dcterms.creator", "byl", "twitter:creator", "citation_author",
)  # fmt: skip
_BYLINE = (
    "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .byline a,"
    " .byline, .author-name, .author a, [class*=byline] a, [class*=author-name]"
)
_BY = re.compile(r"^\s*(by|par|von|por|di|door|av|от|작성자)\s*[:\s]\s*", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|;|&|\|)\s*|\s+(?:and|And|AND|und|et|y|e)\s+")
_NOT_NAME = re.compile(
    r"https?:|www\.|@|\d{3}|staff|editor(ial)?s?$|admin|team$|desk$|newsroom|contributor"
    r"|^(the )?associated press$|^(reuters|afp|ap)$|updated|published|\bmin read"
    r"|\b(writer|correspondent|reporter|editor|bureau|columnist|contributor|photographer)s?\b",
    re.IGNORECASE,
)


def _clean(name: str) -> str | None:
    name = _BY.sub("", " ".join(name.split())).strip(" ,.-–—|:")
    if not 2 < len(name) < 60 or _NOT_NAME.search(name) or len(name.split()) > 5:
        return None
    if not any(ch.isupper() for ch in name[:1]) and not name[:1].isalpha():
        return None
    return name.title() if name.isupper() and len(name) > 3 else name


_LAST_FIRST = re.compile(r"^([^\W\d_][\w'’-]+),\s*([^\W\d_][\w'’.-]*(?:\s[A-Z]\.?)?)$")


def split_names(raw: str) -> list[str]:
    raw = _BY.sub("", " ".join(raw.split()))
    raw = re.split(r"\s+(?:[|–—]|-\s)\s*|\s{2,}", raw)[0]
    names: list[str] = []
    for chunk in raw.split(";"):
        inverted = _inverted(chunk.strip())
        if inverted is not None:
            names.append(inverted)
        else:
            names.extend(n for part in _SPLIT.split(chunk) if (n := _clean(part)))
    return names


def _inverted(chunk: str) -> str | None:
    """ "Lima, Ana" (citation_author, library style) -> "Ana Lima"; None otherwise."""
    match = _LAST_FIRST.match(chunk)
    if match is None or _NOT_NAME.search(chunk):
        return None
    last, first = match.group(1), match.group(2)
    if any(w.isupper() or canonical_agency(w) for w in (last, first.split()[0])):
        return None  # "Reuters, AFP", "SMITH, AP": credits, not one inverted name
    return _clean(f"{first} {last}")


def _from_jsonld(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items[:20]:
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, list):
            item = next((v for v in item if isinstance(v, str)), None)
        if isinstance(item, str):
            names.extend(split_names(item))
    return names


def _dedupe(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


def find_authors(tree: LexborHTMLParser, meta: dict[str, str], ld_author: Any) -> list[str]:
    names = _from_jsonld(ld_author) if ld_author else []
    if names:
        return _dedupe(names)
    for key in _META_KEYS:
        value = meta.get(key)
        if value and not value.startswith(("http", "@")):
            names = split_names(value)
            if names:
                return _dedupe(names)
    for node in tree.css(_BYLINE)[:10]:
        text = node.attributes.get("content") or node.text(separator=" ")
        if text and len(text) < 200:
            names.extend(split_names(text))
        if names:
            break
    return _dedupe(names)
