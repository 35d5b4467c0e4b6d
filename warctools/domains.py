"""The public-suffix list bundled with ``publicsuffixlist``: one loaded copy for the
``domain`` column (registered domains) and for telling a domain name in page text."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

__all__ = ["public_suffix_list", "is_domain_name"]

_DOTTED = re.compile(r"[\w-]+(?:\.[\w-]+)+")


@cache
def public_suffix_list() -> Any:
    from publicsuffixlist import PublicSuffixList

    # rules in their Unicode form only (4x faster to load); punycode hosts are decoded first
    return PublicSuffixList(accept_encoded_idn=False)


def is_domain_name(text: str) -> bool:
    """Is ``text`` a domain name standing alone ("example.com", "EXAMPLE.NET",
    "www.beispiel.co.uk"): dotted labels ending in a known public suffix."""
    if _DOTTED.fullmatch(text) is None:
        return False
    name = text.lower()
    return public_suffix_list().privatesuffix(name, accept_unknown=False) is not None
