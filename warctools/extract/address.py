"""The address a page stands for: an archived or proxied copy's own.

An archive's replay address, a proxy's or a cache's holds the page's own address in its
path ("https://archive.example/web/20171008220355/http://harbor.example/2017/01/story"):
the site's name, the story's slug and the day in its path are those of the embedded
address, and the archive's time stamp is the capture's, not the story's. The row keeps
the URL it was captured at; the extractor reads the page by the address it stands for.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from .. import _regex

__all__ = ["page_address", "page_key"]

# an absolute address starting a segment of the path ("/http://", "/https:/" where the
# archive folded the double slash)
_EMBEDDED = _regex.compile(r"/(https?):/{1,2}(?=[^/\s])", re.IGNORECASE)


def page_address(url: str) -> str:
    """The address ``url`` embeds in its path, when it does (an archive's or a proxy's
    copy), else ``url``."""
    scheme, sep, rest = url.partition("://")
    if not sep or "http" not in rest.lower():
        return url
    slash = rest.find("/")
    if slash < 0:
        return url
    query = rest.find("?", slash)
    found = _EMBEDDED.search(rest, slash, query if query >= 0 else len(rest))
    if found is None:
        return url
    return f"{found.group(1).lower()}://{rest[found.end():]}"


def page_key(href: str, base: str, *, query: bool = False) -> str:
    """The page a link on the page at ``base`` leads to: its host less "www." and its path
    less a final slash, without scheme or fragment, and without its query unless
    ``query`` (a site whose every page is ``index.php?id=N``). An address that does not
    parse stands for itself."""
    try:
        parts = urlsplit(urljoin(base, href.strip()))
    except ValueError:
        return href
    key = f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}"
    return f"{key}?{parts.query}" if query and parts.query else key
