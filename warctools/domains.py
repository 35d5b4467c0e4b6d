"""The public-suffix list bundled with ``publicsuffixlist``: one loaded copy for the
``domain`` column (registered domains) and for telling a domain name in page text."""

from __future__ import annotations

import os
from functools import cache
from typing import Any

from . import _regex
from ._cache import cache_dir, source_key, write_atomic

__all__ = ["public_suffix_list", "is_domain_name"]

_DOTTED = _regex.compile(r"[\w-]+(?:\.[\w-]+)+")


@cache
def public_suffix_list() -> Any:
    from publicsuffixlist import PublicSuffixList

    class Rules(PublicSuffixList):  # type: ignore[misc]
        def _parse(self, source: Any, accept_encoded_idn: bool, only_icann: bool = False
                   ) -> None:  # fmt: skip
            if accept_encoded_idn or only_icann or not hasattr(source, "read"):
                super()._parse(source, accept_encoded_idn, only_icann)
                return
            rules, self._maxlabel = _cached_rules(source)
            self._publicsuffix = frozenset(rules)

    # rules in their Unicode form only (4x faster to load); punycode hosts are decoded first
    try:
        return Rules(accept_encoded_idn=False)
    except Exception:  # noqa: BLE001 - another publicsuffixlist's layout: its own parse
        return PublicSuffixList(accept_encoded_idn=False)


def _rules(data: bytes) -> list[str]:
    """The rules of the list's file, read as ``publicsuffixlist`` reads them (each line's
    first word, lower-cased; blank and ``//`` comment lines skipped) in one pass over the
    decoded file instead of a function call per line: 0.022 s -> 0.008 s per process."""
    lines = data.decode("utf8", "surrogateescape").split("\n")
    words = [line.lower().split(" ")[0].rstrip() for line in lines]
    return [word for word in words if word and not word.startswith("//")]


_RULES_FILE = "public-suffix-rules.txt"


def _cached_rules(source: Any) -> tuple[list[str], int]:
    """:func:`_rules` of the open list file ``source`` and the most labels of a rule,
    kept in the cache folder (``_cache.py``): the first line names the list file (path,
    size, modification time) and gives the most labels, the rules follow one a line.
    Reading them back skips Python's passes over the list's ~16,000 lines: 0.078 G ->
    0.016 G instructions per process. A stale or unreadable cache file only costs them."""
    try:
        key = source_key(getattr(source, "name", ""), os.fstat(source.fileno()))
    except (OSError, AttributeError, ValueError):
        key = None
    path = cache_dir() / _RULES_FILE
    if key is not None:
        try:
            text = path.read_bytes().decode("utf-8", "surrogateescape")
            head, _, body = text.partition("\n")
            named, _, labels = head.rpartition("\t")
            if named == key:
                return (body.split("\n") if body else []), int(labels)
        except (OSError, ValueError):
            pass
    rules = _rules(source.read())
    maxlabel = max((rule.count(".") + 1 for rule in rules), default=0)
    if key is not None:
        text = "\n".join([f"{key}\t{maxlabel}", *rules])
        write_atomic(path, text.encode("utf-8", "surrogateescape"))
    return rules, maxlabel


def is_domain_name(text: str) -> bool:
    """Is ``text`` a domain name standing alone ("example.com", "EXAMPLE.NET",
    "www.beispiel.co.uk"): dotted labels ending in a known public suffix."""
    if _DOTTED.fullmatch(text) is None:
        return False
    name = text.lower()
    return public_suffix_list().privatesuffix(name, accept_unknown=False) is not None
