"""A selector list's matches, found with a cheaper list that covers it.

lexbor tries every alternative of a selector list on every element, and each ``*=``
alternative is a substring search: ``[class*=byline], [class*=Byline]`` costs twice what
``[class*=yline]`` does. A *cover* of a list merges such alternatives into one shorter
substring (every element the list matches, it matches too); :func:`covered` turns the
cover's matches back into the list's own: the same elements, in the same order, each
as often as the list gives it (lexbor lists an element once per alternative it matches,
and the rules cut these lists at a length). ``adjust(node)`` says how many more times the
original lists ``node`` than the cover does, from alternatives both share unchanged
(counted by lexbor) and the merged ones (decided here on the attribute's value: ``*=``
and ``=`` compare exactly, as lexbor does for ``class``, ``id`` and ``href``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["covered", "merged_extra"]


def covered(root: LexborHTMLParser | LexborNode, cover: str,
            adjust: Callable[[LexborNode], int]) -> list[LexborNode]:  # fmt: skip
    """The matches of the selector list ``cover`` stands for, under ``root``."""
    out: list[LexborNode] = []
    found = root.css(cover)
    count = len(found)
    i = 0
    while i < count:
        node = found[i]
        mid = node.mem_id
        j = i + 1
        while j < count and found[j].mem_id == mid:
            j += 1  # the same element again, for another alternative it matches
        times = j - i + adjust(node)
        if times > 0:
            out.extend([node] * times)
        i = j
    return out


def merged_extra(value: str, words: Iterable[str], *covers: str) -> int:
    """How many more of a list's alternatives ``[attr*=word]`` match an attribute's
    ``value`` than the cover's ``[attr*=cover]`` they are merged into do (the part of an
    ``adjust`` for one attribute)."""
    return sum(word in value for word in words) - sum(cover in value for cover in covers)
