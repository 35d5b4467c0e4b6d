"""Blocks of an article's text, their hashes, and the text with some blocks taken out.

Pure functions (no I/O), shared by the template stage's tasks and ``warctools explain``:

* a **block** is one non-empty line of ``text`` (the extractor writes one paragraph per
  line, paragraphs separated by a blank line);
* its **normal form**: Unicode NFKC, casefolded, UTF-8, every digit written ``0`` (so
  "(c) 2023" and "(c) 2024" are one block), runs of white space as one space (the
  extractor writes them so already), none at either end; a line without a letter or digit
  has none and is never counted nor removed;
* :func:`block_hash`: the first 8 bytes (little endian) of BLAKE2b of the normal form,
  the ``block_hash`` of the templates table (never 0: 0 stands for "no normal form");
* :func:`outlet_hash` / :func:`title_hash` / :func:`url_hash`: the same digest of the
  outlet name, of a title's normal form and of ``host/path`` (no scheme, query, fragment
  or trailing slash), which say which pages are one story (:mod:`.stories`).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

import numpy as np

from .. import _regex

__all__ = ["Block", "split_blocks", "line_spans", "normal_form", "digest64", "block_hash",
           "outlet_hash", "title_hash", "url_hash", "mix_keys", "Cleaned", "remove_blocks"]

_ALNUM = _regex.compile(r"[^\W_]")
_DIGITS = bytes.maketrans(b"123456789", b"000000000")
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB))


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    hash: int | None  # None: no letter or digit (never a template block)


def normal_form(line: str) -> bytes:
    """The bytes a block is hashed by (b"" for a line without a letter or digit)."""
    if not _ALNUM.search(line):
        return b""
    raw = unicodedata.normalize("NFKC", line).casefold().encode("utf-8", "surrogatepass")
    raw = raw.translate(_DIGITS)
    if b"  " in raw or b"\t" in raw or b"\r" in raw or b"\x0b" in raw or b"\x0c" in raw:
        return b" ".join(raw.split())
    return raw.strip()


def digest64(value: str | bytes) -> int:
    raw = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else value
    return int.from_bytes(hashlib.blake2b(raw, digest_size=8).digest(), "little") or 1


def block_hash(line: str) -> int | None:
    norm = normal_form(line)
    return digest64(norm) if norm else None


def outlet_hash(outlet: str | None) -> int:
    """0 for a page without domain or host (never counted)."""
    return digest64("outlet\x00" + outlet) if outlet else 0


def title_hash(title: str | None) -> int:
    """0 for a missing or empty title."""
    norm = normal_form(title) if title else b""
    return digest64(b"title\x00" + norm) if norm else 0


def url_hash(url: str | None) -> int:
    """``host/path``: scheme, query, fragment and a trailing slash left out, host lower case."""
    rest = (url or "").split("#", 1)[0].split("?", 1)[0]
    scheme = rest.find("://")
    rest = rest[scheme + 3:] if scheme >= 0 else rest
    host, _, path = rest.partition("/")
    return digest64("url\x00" + f"{host.lower()}/{path}".rstrip("/"))


def mix_keys(outlets: np.ndarray, blocks: np.ndarray) -> np.ndarray:
    """One 64-bit key per (outlet, block) pair (uint64 arrays): a template is a block of
    one outlet."""
    with np.errstate(over="ignore"):
        h = outlets.astype(np.uint64) * _MIX[0] + blocks.astype(np.uint64)
        h ^= h >> np.uint64(31)
        h *= _MIX[1]
        h ^= h >> np.uint64(29)
        h *= _MIX[2]
        return h ^ (h >> np.uint64(32))


def line_spans(text: str | None) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text`` that is not blank, in text order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in (text or "").split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def split_blocks(text: str | None) -> list[Block]:
    """The non-empty lines of ``text`` with their offsets and hashes, in text order."""
    return [Block(a, b, block_hash((text or "")[a:b])) for a, b in line_spans(text)]


@dataclass(frozen=True)
class Cleaned:
    text: str
    dateline_start: int | None
    dateline_end: int | None
    removed_chars: int
    kept_chars: int  # characters of the kept blocks that have a normal form


def remove_blocks(text: str, blocks: list[Block], remove: list[bool],
                  dateline_start: int | None = None, dateline_end: int | None = None
                  ) -> Cleaned:
    """``text`` without the blocks flagged in ``remove``: the other lines kept as they were,
    at most one blank line between two of them, none at either end; the dateline offsets
    moved with their line. Nothing flagged: the very same text."""
    kept_chars = sum(b.end - b.start for b, r in zip(blocks, remove, strict=True)
                     if not r and b.hash is not None)
    if not any(remove):
        return Cleaned(text, dateline_start, dateline_end, 0, kept_chars)
    gone = {b.start for b, r in zip(blocks, remove, strict=True) if r}
    pieces: list[str] = []
    moved: dict[int, int] = {}  # old line start -> new line start
    length, blank, start = 0, False, 0
    for line in text.split("\n"):
        old = start
        start += len(line) + 1
        if old in gone:
            continue
        if not line.strip():
            blank = bool(pieces)
            continue
        sep = ("\n\n" if blank else "\n") if pieces else ""
        length += len(sep)
        moved[old] = length
        pieces.append(sep + line)
        length += len(line)
        blank = False
    new_start = new_end = None
    if dateline_start is not None and dateline_end is not None:
        for b in blocks:
            if b.start <= dateline_start < b.end + 1 and b.start in moved:
                new_start = moved[b.start] + dateline_start - b.start
                new_end = new_start + dateline_end - dateline_start
                break
    removed = sum(b.end - b.start for b, r in zip(blocks, remove, strict=True) if r)
    return Cleaned("".join(pieces), new_start, new_end, removed, kept_chars)
