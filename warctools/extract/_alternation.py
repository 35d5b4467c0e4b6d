"""A faster twin of a big ``a|b|c|...`` pattern for yes/no searches.

Python's regex engine tries every alternative of a top-level alternation at every
position of the text. Grouping the alternatives by their first character (``c(?:omment|
ookie)|d(?:isqus|onat)``) lets it reject most positions on one character compare, and a
pattern whose alternatives all start with a known character gets the engine's
first-character scan: 5-10x faster searches over class names and block texts.

``factored(pattern)`` returns a pattern that finds a match exactly where ``pattern``
does (``search`` is not None on the same texts; the match itself may differ). Leading
zero-width assertions move behind the first character: ``\\bads?`` becomes
``a(?<=\\ba)ds?``, ``(?<!for-)print`` becomes ``p(?<!for-p)rint``; one opening with a
group is spread over the group's alternatives first (``(?:a|b)c`` -> ``ac|bc``,
``(?:a )?c`` -> ``a c|c``). An alternative that still does not start with a plain
character (a class, a quantified character) is kept as it is, and costs the whole
pattern the first-character scan; a pattern this cannot read (verbose mode) comes back
unchanged. The groups go in order of letter frequency (the engine tries them in turn).
A list of plain words needs no pattern at all: ``any_of(words)`` answers whether a text
holds one of them with an Aho-Corasick automaton, one pass over the text; and a
case-insensitive pattern whose every match opens with one of a list of words is tried only
where one of them starts (:class:`WordLed`).
Factored sources are kept in the cache folder (``factored-N.json``): computing them is
Python string work of 10-15 ms a process.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick

from .. import _regex
from .._cache import ExitMemo

__all__ = ["FirstCharacter", "LiteralLed", "Source", "WordLed", "alternation", "any_of", "cores",
           "factor", "factored"]

_SPECIAL = frozenset(".^$*+?{}[]()|\\")
_QUANTIFIERS = frozenset("*+?{")


def _skip_class(source: str, i: int) -> int:
    """Index after the character class opening at ``source[i] == "["``."""
    i += 1
    if i < len(source) and source[i] == "^":
        i += 1
    if i < len(source) and source[i] == "]":
        i += 1  # a leading "]" is a literal
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


def _scan(source: str, i: int, stop: str) -> int:
    """Index of the first ``stop`` character at depth 0 from ``i`` (len when none)."""
    depth = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _skip_class(source, i)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0 and ")" in stop:
                return i
            depth -= 1
        elif char in stop and depth == 0:
            return i
        i += 1
    return len(source)


def _alternatives(source: str) -> list[str]:
    parts = []
    start = 0
    while True:
        end = _scan(source, start, "|")
        parts.append(source[start:end])
        if end >= len(source):
            return parts
        start = end + 1


def _peel(alt: str) -> tuple[str, str] | None:
    """(first character, the rest with the leading assertions behind it), or None."""
    asserts: list[tuple[str, str]] = []
    while True:
        if alt.startswith("\\b"):
            asserts.append(("(?<=", "\\b"))
            alt = alt[2:]
        elif alt.startswith(("(?<!", "(?<=")):
            end = _scan(alt, 4, ")")
            if end >= len(alt):
                return None
            asserts.append((alt[:4], alt[4:end]))
            alt = alt[end + 1 :]
        else:
            break
    if not alt:
        return None
    if alt[0] == "\\":
        if len(alt) < 2 or alt[1].isalnum():
            return None  # a class (\w, \d), an assertion or a numbered escape
        first = alt[:2]
    elif alt[0] in _SPECIAL:
        return None
    else:
        first = alt[0]
    rest = alt[len(first) :]
    if rest[:1] in _QUANTIFIERS:
        return None  # "a?": the first character may be absent
    moved = "".join(f"{kind}{inner}{first})" for kind, inner in asserts)
    return first, moved + rest


_RANK = {char: rank for rank, char in enumerate(" eaitnorslducmpvghbfkzwyjqx-")}
_MAX_SPREAD = 32  # alternatives one alternative may be spread into (see _spread)


def _leading_group(alt: str) -> tuple[list[str], str, bool] | None:
    """(inner alternatives, the rest, whether optional) of an alternative opening with a
    non-capturing group not repeated: ``(?:a|b)c`` or ``(?:a )?c``."""
    if not alt.startswith("(?:") or "(?P" in alt or re.search(r"\\\d", alt):
        return None  # (a copied named group or backreference would change the pattern)
    end = _scan(alt, 3, ")")
    if end >= len(alt):
        return None
    rest = alt[end + 1 :]
    optional = rest[:1] == "?"
    if optional:
        rest = rest[1:]
    if rest[:1] in _QUANTIFIERS:
        return None  # repeated ("(?:ab)+"), or a lazy or possessive optional group
    return _alternatives(alt[3:end]), rest, optional


def _spread(alternatives: list[str], limit: int = _MAX_SPREAD) -> list[str]:
    """Alternatives opening with a group, spread over the group's own (``(?:a|b)c`` ->
    ``ac|bc``, ``(?:a )?c`` -> ``a c|c``), into ``limit`` alternatives at most each: the
    same strings, and each new alternative can be grouped by its first character."""
    out: list[str] = []
    for alt in alternatives:
        spread = [alt]
        while True:
            done: list[str] = []
            grew = False
            for item in spread:
                lead = _leading_group(item)
                if lead is None:
                    done.append(item)
                    continue
                inner, rest, optional = lead
                done.extend(part + rest for part in inner + ([""] if optional else []))
                grew = True
            if not grew or len(done) > limit:
                break
            spread = done
        out.extend(spread)
    return out


def _factor(alternatives: list[str], fold: bool) -> str:
    groups: dict[str, tuple[str, list[str]]] = {}
    kept: list[str] = []
    for alt in _spread(alternatives):
        peeled = _peel(alt)
        if peeled is None:
            kept.append(alt)
            continue
        first, rest = peeled
        key = first.lower() if fold and first.isascii() else first
        groups.setdefault(key, (first, []))[1].append(rest)
    # the engine tries a group's alternatives in turn, so the groups of the most frequent
    # first letters go first (a character opens one group, or under IGNORECASE two for a
    # non-ASCII letter's two cases: the order may change which matches, never whether)
    ordered = sorted(groups.values(), key=lambda group: _RANK.get(group[0].lower(), len(_RANK)))
    parts = [
        f"{first}{rests[0]}" if len(rests) == 1 else f"{first}(?:{_factor(rests, fold)})"
        for first, rests in ordered
    ]
    return "|".join(parts + kept)


def alternation(words: list[str], *, ignore_case: bool = False) -> str:
    """The source of a pattern matching any of ``words`` (literal text), factored by
    first characters. For use inside a group: the alternative taken may differ from the
    one a plain ``a|b|c`` takes where several match (no matter when at most one can)."""
    key = "w" + "\x00".join(words)  # (a NUL never occurs in a pattern's source)
    return _remembered(key, ignore_case, lambda: _trie(words, ignore_case))


def _trie(words: list[str], fold: bool) -> str:
    """:func:`_factor` for literal words, built from the words themselves (no pass over
    pattern syntax): each group of words sharing a first character, in their order."""
    groups: dict[str, tuple[str, list[str]]] = {}
    ends = False
    for word in words:
        if not word:
            ends = True
            continue
        first = word[0]
        key = first.lower() if fold and first.isascii() else first
        groups.setdefault(key, (first, []))[1].append(word[1:])
    ordered = sorted(groups.values(), key=lambda group: _RANK.get(group[0].lower(), len(_RANK)))
    parts = [
        re.escape(first) + (re.escape(rests[0]) if len(rests) == 1 else f"(?:{_trie(rests, fold)})")
        for first, rests in ordered
    ]
    return "|".join(parts + ([""] if ends else []))


def factor(source: str, *, ignore_case: bool = False) -> str:
    """``source`` (the alternatives of a group: ``a|b|c``) factored by first characters,
    for use inside a group: the group accepts the same strings, whatever follows it."""
    return _remembered(source, ignore_case, lambda: _factor(_alternatives(source), ignore_case))


# The factored sources, kept in the cache folder: factoring the five big alternations in
# Python costs 10-15 ms of every process. Keyed by this module's rules (bump _RULES when
# _factor, _spread or _RANK change) and the source.
_RULES = 2


def _load(data: bytes) -> dict[str, str]:
    return {key: value for key, value in json.loads(data).items() if isinstance(value, str)}


def _dump(entries: dict[str, str]) -> bytes:
    return json.dumps(entries, ensure_ascii=False).encode()


def _memo() -> ExitMemo[str, str]:
    return ExitMemo(f"factored-{_RULES}.json", _load, _dump, max_entries=200, keep=50)


_MEMO = _memo()


def _remembered(source: str, fold: bool, work: Callable[[], str]) -> str:
    """``work()``, the factored form of ``source``, from the cache folder when there."""
    return _MEMO.get(f"{int(fold)}{source}", work)


class Source(NamedTuple):
    """A pattern's source and flags, for a pattern searched only through its
    :func:`factored` twin: the original is compiled where it is needed (tests), not at
    every import (the five such patterns cost 10 ms per process)."""

    pattern: str
    flags: int = 0

    def compiled(self) -> re.Pattern[str]:
        return _regex.compile(self.pattern, self.flags)


def factored(pattern: re.Pattern[str] | Source) -> re.Pattern[str]:
    """A pattern that matches somewhere in a text exactly when ``pattern`` does."""
    source = pattern.pattern
    if pattern.flags & re.VERBOSE or re.match(r"\(\?[a-zA-Z]", source):
        # verbose or inline flags: left alone
        return pattern.compiled() if isinstance(pattern, Source) else pattern
    fold = bool(pattern.flags & re.IGNORECASE)
    found = _remembered(source, fold, lambda: _factor(_alternatives(source), fold))
    return _regex.compile(found, pattern.flags)


def any_of(words: Iterable[str]) -> Callable[[str], bool]:
    """Does a text hold any of ``words`` (plain strings, not patterns)? One Aho-Corasick
    automaton (``ahocorasick_rs``) reads the text once whatever the number of words, where
    even a factored alternation tries a group of them at every position: 5x faster on the
    notice words (166, in 30 scripts) over the dev pages' short blocks."""
    found = list(words)
    if not found or not all(found):
        raise ValueError("any_of needs words, none of them empty (an empty one is in every text)")
    find = AhoCorasick(found).find_matches_as_indexes
    return lambda text: bool(find(text))


def _literal_runs(alternative: str) -> list[str]:
    """The runs of plain characters that every match of a pattern's ``alternative`` holds
    whole: zero-width ``\\b`` and lookarounds leave a run unbroken; an optional or
    repeated character, a group, a class, an escape or any other syntax ends it."""
    runs, run, i, size = [], "", 0, len(alternative)
    while i < size:
        char = alternative[i]
        nxt = alternative[i + 1] if i + 1 < size else ""
        if char == "\\":
            if nxt not in ("b", "B"):
                runs.append(run)
                run = ""
            i += 2
        elif char == "(":
            if not alternative.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
                runs.append(run)
                run = ""
            i = _scan(alternative, i + 1, ")") + 1  # (past the group's closing bracket)
        elif char == "[":
            runs.append(run)
            run = ""
            i = _skip_class(alternative, i)
        elif char == "{":
            runs.append(run)
            run = ""
            i = (alternative.find("}", i) + 1) or size
        elif char in ".^$|)?*+" or nxt in ("?", "*", "{"):
            runs.append(run)  # (syntax, or a character that may be missing)
            run = ""
            i += 1
        else:
            run += char
            i += 1
    runs.append(run)
    return [run for run in runs if run]


def cores(pattern: Source) -> Callable[[str], bool] | None:
    """A cheap test that a text may match ``pattern`` (a case-sensitive alternation):
    does it hold a core of one of its alternatives, a run of plain characters that every
    match of the alternative holds (of two or more, one that is another's core: "meta" for
    "post-?meta")? None when some alternative has no such run."""
    if pattern.flags:
        return None
    runs = [_literal_runs(alt) for alt in _alternatives(pattern.pattern)]
    if not all(runs):
        return None
    cores = {found[0] for found in runs if len(found) == 1}
    for found in runs:
        if not any(core in run for run in found for core in cores):
            cores.add(max(found, key=len))
    return any_of(sorted(cores))


# Characters a case-insensitive pattern matches beyond what ``str.lower()`` makes of them
# (the regex engine's extra cases: "ı" as "i", "ſ" as "s", "ς" as "σ", "µ" as "μ", old
# Cyrillic and Greek letter forms), and "İ" and "Σ", which ``str.lower()`` writes otherwise
# than the engine's one-character lower case: a text holding one is searched with the
# pattern itself (a test recomputes the set from the engine)
_FOLDS_APART = _regex.compile(
    "[\u00b5\u0130\u0131\u017f\u0345\u0390\u03a3\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6"
    "\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06]"
)
_LITERAL = _regex.compile(r"[^\\.^$*+?{}\[\]()|]+")  # a word holding no pattern syntax


class WordLed:
    """A case-insensitive ``pattern`` whose every match opens with one of ``words``
    (lower-case literals), tried only where one of them starts in the lower-cased text:
    an Aho-Corasick pass finds those places and the pattern is matched at each in turn,
    so :meth:`finditer` gives exactly the matches ``pattern.finditer`` does (the label
    searches over a page's whole text: 6x faster). A word with "ı" stands as written with
    "i" too (the engine takes either for the other)."""

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str]) -> None:
        if not pattern.flags & re.IGNORECASE:
            raise ValueError("WordLed is for case-insensitive patterns")
        found = set(words)
        if not found or not all(
                word and word == word.lower() and _LITERAL.fullmatch(word) for word in found):
            raise ValueError("WordLed needs lower-case words (no pattern), none of them empty")
        found |= {word.replace("ı", "i") for word in found}
        self.pattern = pattern
        self._starts = AhoCorasick(sorted(found)).find_matches_as_indexes

    def finditer(self, text: str, endpos: int) -> Iterator[re.Match[str]]:
        """The pattern's matches, as ``pattern.finditer(text, 0, endpos)`` gives them (the
        pattern matches no empty string)."""
        head = text[:endpos]
        lower = head.lower()
        if len(lower) != len(head) or (not head.isascii() and _FOLDS_APART.search(head)):
            yield from self.pattern.finditer(text, 0, endpos)
            return
        end = 0
        for start in sorted({start for _, start, _ in self._starts(lower, overlapping=True)}):
            if start >= end and (match := self.pattern.match(text, start, endpos)) is not None:
                yield match
                end = match.end()


class FirstCharacter:
    """``pattern.match`` for a whole-line pattern ``^{head}(?:{alternatives}){tail}``
    (``alternatives`` factored: :func:`factor`), tried on a text opening with an ASCII
    character through only the alternatives that can open with it: the engine tries a big
    alternation's groups one after another (fifty for a line of furniture), where a
    dictionary names the few for the text's first character. ``head`` takes text (a dash,
    a bracket) only where the text opens with one of ``openers``: such a text, and one
    opening beyond ASCII, is matched by the whole pattern, which :attr:`pattern` is. Each
    character's pattern is built when a text first opens with it (a process that matches
    no line pays nothing)."""

    def __init__(self, head: str, alternatives: str, tail: str, openers: str,
                 flags: int = 0) -> None:  # fmt: skip
        self.pattern = _regex.compile(f"^{head}(?:{alternatives}){tail}", flags)
        self._alternatives, self._tail, self._openers = alternatives, tail, openers
        self._flags = flags
        # (alternative, the ASCII characters it may open with; None: any)
        self._parts: list[tuple[str, str | None]] = []
        self._built: dict[tuple[str, ...], re.Pattern[str]] = {}
        self._by_first = _Table(self._for)

    def match(self, text: str) -> re.Match[str] | None:
        """``self.pattern.match(text)``, or a match where it finds one (the same answer)."""
        return self._by_first[text[:1]].match(text)

    def _for(self, char: str) -> re.Pattern[str]:
        """The pattern for a text opening with ``char`` ("" for an empty text)."""
        if not char or not char.isascii() or char in self._openers:
            return self.pattern
        if not self._parts:
            split = _MEMO.get(f"s{self._alternatives}",
                              lambda: "\x00".join(_alternatives(self._alternatives)))
            for part in split.split("\x00"):
                # (one the factoring kept whole, opening with a group of many: spread here,
                # where each character's pattern takes only its own)
                spread = _spread([part], _DISPATCH_SPREAD) if part.startswith("(") else [part]
                if any(_peel(alternative) is None for alternative in spread):
                    spread = _after_any(part)
                self._parts += [(alternative, _ascii_openings(alternative, self._flags))
                                for alternative in spread]  # fmt: skip
        chosen = tuple(part for part, opening in self._parts if opening is None or char in opening)
        if chosen not in self._built:  # (none for the character: a pattern matching nothing)
            self._built[chosen] = _regex.compile(f"^(?:{'|'.join(chosen) or '(?!)'}){self._tail}",
                                                 self._flags)  # fmt: skip
        return self._built[chosen]


_DISPATCH_SPREAD = 512  # alternatives a group opening an alternative may spread into there
_ANY_RUN = re.compile(r"\.(?:\{\d*(?:,\d*)?\}|[*+])(?![?+])")  # ".{0,40}", ".*" (greedy)


def _after_any(alternative: str) -> list[str]:
    """``alternative`` opening with a run of any characters (``.{0,40}(?:als )?pdf``), the
    group after the run spread (``.{0,40}als pdf|.{0,40}pdf``): the engine backs off the run
    one character at a time, and tries a literal after it far cheaper than a group."""
    run = _ANY_RUN.match(alternative)
    if run is None or not alternative.startswith("(", run.end()):
        return [alternative]
    rest = _spread([alternative[run.end() :]], _MAX_SPREAD)
    return [alternative[: run.end()] + part for part in rest]


class _Table(dict[str, "re.Pattern[str]"]):
    """A dictionary that makes a missing key's value when first asked for it."""

    def __init__(self, make: Callable[[str], re.Pattern[str]]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> re.Pattern[str]:
        value = self[key] = self._make(key)
        return value


_ASCII = "".join(map(chr, range(128)))
_AT_LEAST_ONE = re.compile(r"\+|\{0*[1-9]\d*(?:,\d*)?\}|(?![*?{])")  # (after an atom)


def _first_class(alternative: str) -> str | None:
    r"""The class every match of ``alternative`` opens with (``[\d.,]+ votes``: ``[\d.,]``;
    ``\d+ min``: ``\d``), or None (it opens otherwise, or the class may be absent)."""
    if alternative.startswith("["):
        end = _skip_class(alternative, 0)
    elif alternative[:1] == "\\" and alternative[1:2] in ("d", "w", "s", "D", "W", "S"):
        end = 2
    else:
        return None
    if end > len(alternative) or not _AT_LEAST_ONE.match(alternative, end):
        return None
    return alternative[:end]


def _ascii_openings(alternative: str, flags: int) -> str | None:
    """The ASCII characters a match of ``alternative`` may open with under ``flags``, or None
    where any may (it opens with a group, an optional character). A class opening it takes
    the ASCII characters the engine says; a literal first character, under IGNORECASE, its
    cases (str.lower() and str.upper() tell
    them but for the characters that fold otherwise, _FOLDS_APART, which the engine is
    asked about: "ſ" matches "s")."""
    peeled = _peel(alternative)
    if peeled is None:
        atom = _first_class(alternative)
        if atom is None:
            return None
        found = re.compile(atom, flags)  # (the engine says which it takes)
        return "".join(char for char in _ASCII if found.fullmatch(char))
    first = peeled[0][-1]  # (the character, escaped or not)
    if not flags & re.IGNORECASE:
        return first if first.isascii() else ""
    if _FOLDS_APART.search(first) is not None:
        return "".join(re.findall(re.escape(first), _ASCII, flags))
    lower = first.lower()
    return lower + lower.upper() if lower.isascii() else ""


class LiteralLed:
    """``pattern.search(text) is not None`` for a case-sensitive ``pattern`` (the
    :func:`factored` twin of ``source``), the pattern tried only where a match can start:
    at the places where one of its alternatives' opening literal text occurs (an
    Aho-Corasick pass finds them all), and at the start for one anchored there. A big
    alternation's search tries its every group at every position of the text (a notice's
    fifty groups over a paragraph: 0.3 M instructions); the openings rule out nearly all.
    An alternative opening with any character between literal runs ("n.t have", for "don't"
    and "don’t") is led by its longest run, the start that far before it: its first letter
    alone would try the pattern at every "n". A source with an alternative opening
    otherwise (a class, a group) is searched whole."""

    def __init__(self, source: Source, pattern: re.Pattern[str]) -> None:
        if source.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
            raise ValueError("LiteralLed is for case-sensitive patterns, ^ at the start only")
        self.pattern = pattern
        self._source = source.pattern
        self._starts: Callable[..., list[tuple[int, int, int]]] | None = None
        self._offsets: list[tuple[int, ...]] = []  # per word: where it sits after a start
        self._anchored = False  # an alternative anchored at the start ("^...")
        self._whole = False  # an alternative without an opening literal: search whole

    def search(self, text: str) -> bool:
        """Does the pattern match somewhere in ``text``?"""
        if self._starts is None:
            self._build()
        if self._whole:
            return self.pattern.search(text) is not None
        if self._anchored and self.pattern.match(text) is not None:
            return True
        assert self._starts is not None
        offsets = self._offsets
        starts = {at - offset for word, at, _ in self._starts(text, overlapping=True)
                  for offset in offsets[word] if at >= offset}  # fmt: skip
        return any(self.pattern.match(text, start) is not None for start in sorted(starts))

    def _build(self) -> None:
        leads = [_literal_lead(alternative)
                 for alternative in _spread(_alternatives(self._source), _DISPATCH_SPREAD)]
        self._whole = any(lead is None for lead in leads)
        self._anchored = ("", 0) in leads
        offsets: dict[str, set[int]] = {}
        for lead in leads:
            if lead is not None and lead[0]:
                offsets.setdefault(lead[0], set()).add(lead[1])
        words = sorted(offsets) or ["\x00"]
        self._offsets = [tuple(sorted(offsets.get(word, ()))) for word in words]
        self._starts = AhoCorasick(words).find_matches_as_indexes


def _literal_lead(alternative: str) -> tuple[str, int] | None:
    """The longest literal text every match of ``alternative`` holds at a fixed place from
    its start, and that place: its opening literal, or a run after characters of any kind
    (``n.t have`` -> ``("t have", 2)``); ``("", 0)`` where it is anchored at the start
    ("^"), None where it opens with no literal character (a class, a group, an optional
    one)."""
    i = _past_assertions(alternative)
    if i is None:
        return None
    if alternative.startswith("^", i):
        return "", 0
    best, i = _literal_run(alternative, i)
    if not best:
        return None
    at, size = 0, len(best)
    while alternative.startswith(".", i) and alternative[i + 1 : i + 2] not in _QUANTIFIERS:
        run, i = _literal_run(alternative, i + 1)  # (after one character of any kind)
        if not run:
            break
        if len(run) > len(best):
            best, at = run, size + 1
        size += 1 + len(run)
    return best, at


def _past_assertions(alternative: str) -> int | None:
    """Index after ``alternative``'s leading zero-width assertions (``\\b``, lookarounds;
    None: one that does not close)."""
    i = 0
    while True:
        if alternative.startswith("\\b", i):
            i += 2
        elif alternative.startswith(("(?<=", "(?<!", "(?=", "(?!"), i):
            end = _scan(alternative, i + (4 if alternative[i + 2] == "<" else 3), ")")
            if end >= len(alternative):
                return None
            i = end + 1
        else:
            return i


def _literal_run(alternative: str, i: int) -> tuple[str, int]:
    """The literal characters every match of ``alternative`` from ``i`` on takes first, and
    the index in ``alternative`` after them (where a ``+`` ends the run: at the ``+``)."""
    out: list[str] = []
    while i < len(alternative):
        char = alternative[i]
        if char == "\\":
            if i + 1 >= len(alternative) or alternative[i + 1].isalnum():
                break  # a class (\d, \w), an assertion or a numbered escape
            literal, step = alternative[i + 1], 2
        elif char in _SPECIAL:
            break
        else:
            literal, step = char, 1
        after = alternative[i + step : i + step + 1]
        if after in ("*", "?", "{"):
            break  # (optional or counted: not surely there)
        out.append(literal)
        i += step
        if after == "+":
            break
    return "".join(out), i
