"""Regular expressions compiled once per machine, not once per process.

Python compiles a pattern in two steps: a parser and code generator written in Python
(``re._parser``, ``re._compiler``) turn it into a list of integers for the regex engine,
then ``_sre.compile`` (C) builds the pattern object from that list. For this package's
patterns (long alternations of furniture words in many languages) the first step costs
50-60 ms of every process, a twentieth of a 181-page run. The list depends only on the
pattern, its flags and the interpreter, so :func:`compile` keeps it in one file of the
cache folder (``_cache.py``), named for the interpreter's version and its regex engine's
magic number (a JSON index and the code words as 32-bit integers; no pickles), and a process
that finds a pattern there runs the second step only.

The pattern objects are the ones ``re.compile`` returns: they compare equal (same pattern,
flags and code; ``tests/test_regex.py``). Where the private API is missing or differs
(another Python implementation or version) or the cache cannot be read or written,
:func:`compile` is ``re.compile``: a slower start, the same answers. New entries are
written when the process that compiled them exits (whole file, atomic replace; forked
workers never write), at most ``_MAX_ENTRIES`` of them; past ``_KEEP`` the writer keeps only
the patterns it used. The package builds its patterns in a fixed order (a set's order
varies with the process's hash seed: an alternation built from one would be a new entry
in every process).
"""

from __future__ import annotations

import array
import contextlib
import json
import re
import sys
from collections.abc import Iterator
from typing import Any, AnyStr

from ._cache import ExitMemo

__all__ = ["compile", "compiled_on_import"]

_PLAIN = re.compile  # the fallback: never the name `compiled_on_import` sets for a while

try:
    import _sre

    try:
        from re import _compiler, _parser  # Python 3.11+
    except ImportError:  # Python 3.10
        import sre_compile as _compiler  # type: ignore[no-redef]
        import sre_parse as _parser  # type: ignore[no-redef]
    _TAG: str | None = (f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
                        f"-{_sre.CODESIZE}{sys.byteorder[0]}")
    if _sre.CODESIZE != 4:
        _TAG = None  # code words other than 32-bit: not cached
except (ImportError, AttributeError):  # another implementation
    _TAG = None

_CODE_TYPE = "I" if array.array("I").itemsize == 4 else "L"  # the engine's 32-bit code words
_MAX_ENTRIES = 2000  # a bound on anything built from data
_KEEP = 600  # a file with more entries is rewritten with only those its writer used (the
# 869 dev pages use ~530: this package's, and those htmldate's and trafilatura's imports
# compile, ~90 each)
# (pattern, flags) -> (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments
# (the code as read from the file: its words' array, made a list when the pattern is used)
_Entry = tuple[int, "list[int] | array.array[int]", int, dict[str, int], tuple[Any, ...]]
_Key = tuple[str | bytes, int]
def _read(data: bytes) -> dict[_Key, _Entry]:
    """The entries of a cache file: a 4-byte length, a JSON index of that length (per
    pattern: source, is-bytes, flags, final flags, code offset and length, groups, group
    names), then every pattern's code words, 32-bit, in this machine's byte order."""
    size = int.from_bytes(data[:4], "little")
    index = json.loads(data[4 : 4 + size].decode("utf-8"))
    words = array.array(_CODE_TYPE)
    words.frombytes(data[4 + size :])
    entries: dict[_Key, _Entry] = {}
    for source, is_bytes, flags, final, start, length, groups, groupindex, indexgroup in index:
        key = (source.encode("latin-1") if is_bytes else source, int(flags))
        code = words[start : start + length]  # a list only when used: a file holds other
        # versions' patterns too, and making all of them lists cost 17 ms of a start
        entries[key] = (int(final), code, int(groups), dict(groupindex), tuple(indexgroup))
    return entries


def _written(entries: dict[_Key, _Entry]) -> bytes:
    index: list[list[Any]] = []
    words = array.array(_CODE_TYPE)
    for (source, flags), (final, code, groups, groupindex, indexgroup) in entries.items():
        is_bytes = isinstance(source, bytes)
        text = source.decode("latin-1") if isinstance(source, bytes) else source
        index.append([text, is_bytes, flags, final, len(words), len(code), groups,
                      groupindex, list(indexgroup)])  # fmt: skip
        words.extend(code)
    head = json.dumps(index, ensure_ascii=False).encode("utf-8")
    return len(head).to_bytes(4, "little") + head + words.tobytes()


def _code(pattern: str | bytes, flags: int) -> _Entry:
    """What ``re.compile`` hands ``_sre.compile`` for ``pattern``."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))  # fmt: skip


def _arguments(entry: _Entry) -> _Entry:
    """``_sre.compile``'s arguments after the pattern: the entry, its code a list."""
    final, code, groups, groupindex, indexgroup = entry
    return final, code if isinstance(code, list) else code.tolist(), groups, groupindex, indexgroup


def _memo() -> ExitMemo[_Key, _Entry]:
    return ExitMemo(f"regex-{_TAG}.bin", _read, _written, max_entries=_MAX_ENTRIES, keep=_KEEP)


_MEMO = _memo()


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:  # noqa: A001 - re's name
    """``re.compile(pattern, flags)``, from the cache when the pattern is there."""
    flags = int(flags)
    if _TAG is None or not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
        return _PLAIN(pattern, flags)
    key = (pattern, flags)
    try:
        return _sre.compile(pattern, *_arguments(_MEMO.get(key, lambda: _code(pattern, flags))))
    except Exception:  # noqa: BLE001 - a bad entry or another engine: the plain way
        _MEMO.table().pop(key, None)
        return _PLAIN(pattern, flags)


@contextlib.contextmanager
def compiled_on_import() -> Iterator[None]:
    """While inside, ``re.compile`` is :func:`compile`: the patterns a library compiles as
    it is imported come from the cache too. For htmldate, which imports urllib3 and
    charset_normalizer, their ~90 patterns were 0.12 G instructions (~40 ms) of every
    process that asked it for a date. Another thread compiling meanwhile gets equal
    patterns the same way; the name is given back on leaving, whatever happens inside."""
    if _TAG is None or re.compile is not _PLAIN:
        yield  # no cache here, or a caller above already set it
        return
    re.compile = compile  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = _PLAIN
