"""The first two characters of a text a pattern can match at its start, read from the
parsed pattern: a cheap necessary test before a pattern of many alternatives (a credit
line's hundred, in ``authors.py``), which rules most texts out on one set lookup.

The pattern is parsed with the interpreter's own parser (``re._parser``), so a class,
a case fold or a look-ahead is read as the engine reads it; where that parser differs
(another Python) every text passes, and the answers stay the same. The openings of a
pattern are kept in the cache folder (``_cache.py``): parsing and reading a big pattern
cost 10 ms a process.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from typing import Any

from .._cache import ExitMemo

__all__ = ["Openings", "ascii_openings"]

# ASCII letters that a non-ASCII character matches without case (U+0130 and U+0131 "i",
# U+017F long "s", U+212A Kelvin "k"; no other, a test checks every code point)
_FOLDED_INTO_ASCII = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
_ASCII = tuple(map(chr, range(128)))
# the texts read: their first two characters ASCII, none from U+2E80 on (CJK, kana,
# Hangul: a path needing one leads nowhere); another character, in an opening: _OTHER
_FAR = "\u2e80"
_OTHER = "\x80"


class Openings:
    """Could a pattern match a text at its start, by its first two characters (lower-cased,
    where both are ASCII and the text holds no character from :data:`_FAR` on; other
    texts pass)? ``openings``: those of a match (one character: the match may end after
    it; an empty one: any text passes; :data:`_OTHER`: a character not ASCII)."""

    __slots__ = ("pairs", "singles", "anything")

    def __init__(self, openings: set[str]) -> None:
        self.anything = "" in openings
        self.singles = frozenset(o for o in openings if len(o) == 1)
        self.pairs = frozenset(o for o in openings if len(o) == 2)

    def __call__(self, text: str) -> bool:
        if self.anything or not (head := text[:2]).isascii() or not (
                text.isascii() or max(text) < _FAR):  # fmt: skip
            return True
        head = head.lower()
        return head in self.pairs or head[:1] in self.singles


def _load_openings(data: bytes) -> dict[str, list[str]]:
    return {key: value for key, value in json.loads(data).items()
            if isinstance(value, list) and all(isinstance(v, str) for v in value)}  # fmt: skip


_OPENINGS_MEMO: ExitMemo[str, list[str]] = ExitMemo(
    f"openings-2-{sys.hexversion:x}.json", _load_openings,  # (2: how they are read)
    lambda entries: json.dumps(entries, ensure_ascii=False).encode(), max_entries=20, keep=5)


def ascii_openings(pattern: re.Pattern[str]) -> Openings:
    """The first two characters of a text ``pattern`` can match at its start (see
    :class:`Openings`), read from the parsed pattern: each path's, where a path needing a
    character from :data:`_FAR` on ("記者"; in a look-ahead too) leads nowhere, and a class
    or a character matched out of case counts every ASCII character it matches. More are
    allowed than match (a path's later needs are read only for leading nowhere), never
    fewer; a pattern the parser of this Python cannot read lets every text pass."""
    def work() -> list[str]:
        try:
            from re import _constants as ops
            from re import _parser

            parsed = _parser.parse(pattern.pattern, pattern.flags)
            fold = bool(pattern.flags & re.IGNORECASE)
            return sorted(_seq_openings(list(parsed), fold, ops))
        except Exception:  # noqa: BLE001 - (another Python: its parser differs)
            return [""]  # (any text)

    # (read from the cache folder: parsing and reading the pattern cost 10 ms a process)
    return Openings(set(_OPENINGS_MEMO.get(f"{pattern.flags} {pattern.pattern}", work)))


def _then(heads: set[str], more: set[str]) -> set[str]:
    """The openings of ``heads`` followed by ``more`` (two characters at most; none where
    ``more`` can match no ASCII text)."""
    if not more:
        return set()
    if not (short := [h for h in heads if len(h) < 2]):
        return heads
    return {h for h in heads if len(h) == 2} | {(h + m)[:2] for h in short for m in more}


def _seq_openings(items: list[tuple[Any, Any]], fold: bool, ops: Any) -> set[str]:
    heads = {""}
    for op, av in items:
        if all(len(h) == 2 for h in heads):  # the openings known: a need further on may
            if not _alive(op, av, fold, ops):  # still lead nowhere
                return set()
        else:
            heads = _then(heads, _item_openings(op, av, fold, ops))
    return heads


def _alive(op: Any, av: Any, fold: bool, ops: Any) -> bool:
    """Can the item match in an ASCII text (its openings not wanted)?"""
    if op is ops.SUBPATTERN:
        _group, on, off, inner = av
        fold = (fold or bool(on & re.IGNORECASE)) and not off & re.IGNORECASE
        return all(_alive(o, a, fold, ops) for o, a in inner)
    if op is ops.BRANCH:
        return any(all(_alive(o, a, fold, ops) for o, a in b) for b in av[1])
    if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
        return av[0] == 0 or all(_alive(o, a, fold, ops) for o, a in av[2])
    if op is ops.ASSERT and av[0] > 0:
        return all(_alive(o, a, fold, ops) for o, a in av[1])
    return bool(_item_openings(op, av, fold, ops)) if op in (ops.LITERAL, ops.IN) else True


def _item_openings(op: Any, av: Any, fold: bool, ops: Any) -> set[str]:
    if op in (ops.AT, ops.ASSERT_NOT) or (op is ops.ASSERT and av[0] < 0):
        return {""}  # (zero width)
    if op is ops.ASSERT:  # a look-ahead: a need, nothing taken
        return {""} if _alive(op, av, fold, ops) else set()
    if op is ops.LITERAL:
        return _ascii_of(chr(av), fold)
    if op in (ops.NOT_LITERAL, ops.ANY):
        return {ch.lower() for ch in _ASCII} | {_OTHER}
    if op is ops.IN:
        return set(_class_openings(tuple(av), fold, ops))
    if op is ops.SUBPATTERN:
        _group, on, off, inner = av
        fold = (fold or bool(on & re.IGNORECASE)) and not off & re.IGNORECASE
        return _seq_openings(list(inner), fold, ops)
    if op is ops.BRANCH:
        return set().union(*(_seq_openings(list(b), fold, ops) for b in av[1]))
    if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
        low, high, inner = av
        once = _seq_openings(list(inner), fold, ops)
        found: set[str] = set()
        heads = {""}
        for times in range(min(high, max(low, 2)) + 1):  # (two takes fill two characters)
            if times >= low:
                found |= heads
            heads = _then(heads, once)
        return found
    raise ValueError(op)  # (not read: every text passes)


@cache
def _class_openings(items: tuple[tuple[Any, Any], ...], fold: bool, ops: Any
                    ) -> frozenset[str]:  # fmt: skip
    """The ASCII characters (lower-cased) the class ``items`` matches, and :data:`_OTHER`
    unless it is characters and ranges outside those below :data:`_FAR` (the same classes
    recur: a capitalised word's in each name)."""
    near = range(0x80, ord(_FAR))
    other = any(op not in (ops.LITERAL, ops.RANGE) or (
        av in near if op is ops.LITERAL else av[0] < near.stop and av[1] >= near.start)
        for op, av in items)  # fmt: skip
    return frozenset({ch.lower() for ch in _ASCII if _in_class(items, ch, fold, ops)} | {
        ascii for code, ascii in _FOLDED_INTO_ASCII.items()
        if fold and _in_class(items, chr(code), False, ops)} | ({_OTHER} if other else set()))


def _ascii_of(ch: str, fold: bool) -> set[str]:
    """The ASCII characters (lower-cased) that ``ch`` matches, or :data:`_OTHER`."""
    if ch.isascii():
        return {ch.lower()}
    folded = _FOLDED_INTO_ASCII.get(ord(ch)) if fold else None
    return ({folded} if folded else set()) | ({_OTHER} if ch < _FAR else set())


def _in_class(items: tuple[tuple[Any, Any], ...], ch: str, fold: bool, ops: Any) -> bool:
    """Does the class ``items`` match the character ``ch`` (in either case: ``fold``)?"""
    negated = bool(items) and items[0][0] is ops.NEGATE
    cases = {ch, ch.swapcase()} if fold else {ch}
    member = any(_class_part(op, av, c, ops) for op, av in items for c in cases)
    return member != negated


def _class_part(op: Any, av: Any, ch: str, ops: Any) -> bool:
    if op is ops.NEGATE:
        return False
    if op is ops.LITERAL:
        return ord(ch) == av
    if op is ops.RANGE:
        return av[0] <= ord(ch) <= av[1]
    if op is ops.CATEGORY:
        tests = {ops.CATEGORY_DIGIT: str.isdigit, ops.CATEGORY_SPACE: str.isspace,
                 ops.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
                 ops.CATEGORY_LINEBREAK: lambda c: c == "\n"}  # fmt: skip
        for positive, negative in ((ops.CATEGORY_DIGIT, ops.CATEGORY_NOT_DIGIT),
                                   (ops.CATEGORY_SPACE, ops.CATEGORY_NOT_SPACE),
                                   (ops.CATEGORY_WORD, ops.CATEGORY_NOT_WORD),
                                   (ops.CATEGORY_LINEBREAK, ops.CATEGORY_NOT_LINEBREAK)):
            if av is positive:
                return tests[positive](ch)
            if av is negative:
                return not tests[positive](ch)
    raise ValueError(op)
