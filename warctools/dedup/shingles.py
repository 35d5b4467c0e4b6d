"""Text normalisation, word shingles and the documented shingle hash.

The pipeline from an article's ``text`` to the set that MinHash sketches:

1. drop the dateline span (``text[dateline_start:dateline_end]``) when the extractor found
   one, then a leading byline line ("By Jane Doe, AFP", or a line naming only the
   article's ``authors``), then, when no offsets were given, an all-caps dateline at the
   start ("PARIS (AFP) -", "WASHINGTON, Jan. 5 (Reuters) —");
2. Unicode NFKC, then ``str.casefold()``;
3. tokens: runs of letters/digits (``[^\\W_]+``); ideographs, kana and Thai characters
   are one token each (those scripts write no spaces); punctuation and ``_`` fold away;
4. shingles: every run of ``k`` consecutive tokens (default 5) joined by one space; a text
   with fewer than ``k`` tokens (but at least one) is one shingle of all of them.

:func:`shingle_hash` maps one shingle (``str`` or UTF-8 ``bytes``) to a 32-bit integer,
the fold ``(h ^ (h >> 32)) & 0xFFFFFFFF`` of :func:`bytes_hash64` of its UTF-8 bytes (a
64-bit hash read 8 bytes at a time; see there). It is the ``hashfunc`` to give
``datasketch.MinHash`` (scheme ``affine32``) to reproduce the signatures warctools stores;
:data:`SHINGLE_HASH_VERSION` names this definition in the signatures' metadata.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from warctools.config import DEFAULT_SHINGLE_SIZE

from .. import _regex

__all__ = [
    "DEFAULT_SHINGLE_SIZE",
    "char_table",
    "fold_table",
    "fold_text",
    "normalized_tokens",
    "prepare_text",
    "shingle_hash",
    "shingles",
    "strip_dateline_byline",
    "bytes_hash64",
    "SHINGLE_HASH_VERSION",
]

HASH_K0 = 0x9E3779B97F4A7C15
HASH_K1 = 0xBF58476D1CE4E5B9
SHINGLE_HASH_VERSION = "warctools.dedup.shingle_hash:v2"
_MASK64 = (1 << 64) - 1

_NOSPACE_RANGES = ((0x0E00, 0x0E7F), (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
                   (0xF900, 0xFAFF))
_NOSPACE = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _NOSPACE_RANGES)
_TOKEN = _regex.compile(f"[{_NOSPACE}]|[^\\W_{_NOSPACE}]+")
_BYLINE = _regex.compile(
    r"^(?:by|par|por|von|di|door|av|af|przez)\s+\S[^\n]{0,100}$", re.IGNORECASE
)
_DATELINE = _regex.compile(
    r"^\s*[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]{1,40}"  # PARIS, NEW YORK, RIO DE JANEIRO
    r"(?:,[^\n()\-–—:]{1,40})?"  # , Jan. 5 / , France
    r"\s*(?:\([^()\n]{1,40}\))?"  # (AFP)
    r"\s*[-–—:]{1,2}\s+"
)
_MAX_BYLINE_WORDS = 16
_FOLD_END = 0x20000  # no code point from here on changes under str.casefold


def _fmix64(h: int) -> int:
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & _MASK64
    h ^= h >> 33
    h = (h * 0xC4CEB9FE1A85EC53) & _MASK64
    return h ^ (h >> 33)


def bytes_hash64(raw: bytes) -> int:
    """64-bit hash of ``raw``: ``h = len * K0``; for each 8-byte little-endian chunk ``c``
    (the last one zero-padded) ``h = (h ^ c) * K1; h ^= h >> 29`` (mod 2**64); then
    MurmurHash3's 64-bit finaliser. ``K0 = 0x9E3779B97F4A7C15``,
    ``K1 = 0xBF58476D1CE4E5B9``. One multiply per 8 bytes: the compiled kernels hash a
    shingle string where Python keeps it, without splitting it into words."""
    h = (len(raw) * HASH_K0) & _MASK64
    for i in range(0, len(raw), 8):
        h = ((h ^ int.from_bytes(raw[i:i + 8], "little")) * HASH_K1) & _MASK64
        h ^= h >> 29
    return _fmix64(h)


def shingle_hash(shingle: str | bytes) -> int:
    """The 32-bit hash of one shingle (words joined by single spaces); datasketch hashfunc.

    >>> from datasketch import MinHash
    >>> m = MinHash(num_perm=128, seed=1, scheme="affine32", hashfunc=shingle_hash)
    >>> m.update_batch(shingles("Some article text, long enough to shingle."))
    """
    h = bytes_hash64(shingle.encode("utf-8") if isinstance(shingle, str) else bytes(shingle))
    return (h ^ (h >> 32)) & 0xFFFFFFFF


def _first_line(text: str, limit: int = 300) -> tuple[str, int]:
    """The first non-empty line of ``text`` (only if under ``limit`` characters) and the
    offset just past it; ``("", 0)`` for a longer first line."""
    start = 0
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start, start + limit)
    if end < 0:
        end = len(text) if len(text) - start <= limit else -1
    if end < 0:
        return "", 0
    return text[start:end].strip(), end


def _is_byline(line: str, authors: Sequence[str] | None) -> bool:
    words = line.split()
    if not words or len(words) > _MAX_BYLINE_WORDS:
        return False
    if _BYLINE.match(line):
        return True
    if authors:
        rest = line.casefold()
        for name in sorted((a for a in authors if a), key=len, reverse=True):
            rest = rest.replace(name.casefold(), " ")
        leftover = [t for t in _TOKEN.findall(rest) if t not in {"and", "et", "y", "und", "e"}]
        return len(leftover) <= 2 and len(leftover) < len(_TOKEN.findall(line.casefold()))
    return False


def strip_dateline_byline(text: str, dateline_start: int | None = None,
                          dateline_end: int | None = None,
                          authors: Sequence[str] | None = None) -> str:
    """``text`` without its dateline span and a leading byline line."""
    have_offsets = (dateline_start is not None and dateline_end is not None
                    and 0 <= dateline_start < dateline_end <= len(text))
    if have_offsets:
        text = text[:dateline_start] + " " + text[dateline_end:]
    line, end = _first_line(text)
    if line and _is_byline(line, authors):
        text = text[end:]
    if not have_offsets:
        m = _DATELINE.match(text)
        if m and any(c.isalpha() for c in m.group(0)):
            text = text[m.end():]
    return text


def normalized_tokens(text: str) -> list[str]:
    """NFKC, casefold, punctuation folded: the token list shingles are made of."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def char_table() -> np.ndarray:
    """Per code point: 0 separator, 1 word character, 2 a token on its own (the kernel's
    view of :data:`_TOKEN`: ``[^\\W_]`` is exactly ``str.isalnum``)."""
    return _char_table()


@lru_cache(maxsize=1)
def _char_table() -> np.ndarray:
    table = np.fromiter((chr(c).isalnum() for c in range(0x110000)), dtype=np.uint8,
                        count=0x110000)
    for lo, hi in _NOSPACE_RANGES:
        table[lo : hi + 1] = 2
    table.setflags(write=False)
    return table


def fold_table() -> tuple[np.ndarray, np.ndarray]:
    """``str.casefold`` per code point for the kernel (casefolding is per code point and
    idempotent): ``fold[cp]`` is the folded code point, or ``0x80000000 | row`` when it
    folds to several; ``expand[row]`` is ``(count, cp1, cp2, cp3)``. Code points past the
    table's end fold to themselves."""
    return _fold_table()


@lru_cache(maxsize=1)
def _fold_table() -> tuple[np.ndarray, np.ndarray]:
    changed = [(c, chr(c).casefold()) for c in range(_FOLD_END) if chr(c).casefold() != chr(c)]
    fold = np.arange(max(c for c, _ in changed) + 1, dtype=np.uint32)
    rows: list[tuple[int, ...]] = [(0, 0, 0, 0)]
    for c, folded in changed:
        if len(folded) == 1:
            fold[c] = ord(folded)
        else:
            fold[c] = 0x80000000 | len(rows)
            cps = [ord(x) for x in folded]
            rows.append((len(cps), *cps, *[0] * (3 - len(cps))))
    expand = np.array(rows, dtype=np.uint32)
    fold.setflags(write=False)
    expand.setflags(write=False)
    return fold, expand


def fold_text(text: str | None, dateline_start: int | None = None,
              dateline_end: int | None = None, authors: Sequence[str] | None = None) -> str:
    """Dateline/byline dropped, NFKC: what the compiled tokeniser reads (it casefolds, per
    code point, as ``str.casefold`` does; :func:`prepare_text` gives the same tokens)."""
    if not text:
        return ""
    text = strip_dateline_byline(text, dateline_start, dateline_end, authors)
    return unicodedata.normalize("NFKC", text)


def prepare_text(text: str | None, dateline_start: int | None = None,
                 dateline_end: int | None = None,
                 authors: Sequence[str] | None = None) -> str:
    """The normalised token string (tokens joined by one space) that gets shingled."""
    if not text:
        return ""
    return " ".join(normalized_tokens(strip_dateline_byline(text, dateline_start,
                                                            dateline_end, authors)))


def shingles(text: str, k: int = DEFAULT_SHINGLE_SIZE, *, prepared: bool = False,
             dateline_start: int | None = None, dateline_end: int | None = None,
             authors: Sequence[str] | None = None) -> list[str]:
    """The word shingles of an article text, in text order (duplicates kept)."""
    prep = text if prepared else prepare_text(text, dateline_start, dateline_end, authors)
    tokens = prep.split()
    if not tokens:
        return []
    if len(tokens) < k:
        return [" ".join(tokens)]
    return [" ".join(tokens[i : i + k]) for i in range(len(tokens) - k + 1)]
