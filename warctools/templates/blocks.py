"""Blocks of an article's text, their hashes, and the text with some blocks taken out.

Pure functions (no I/O), shared by the template stage's tasks and ``warctools explain``:

* a **block** is one non-empty line of ``text`` (the extractor writes one paragraph per
  line, paragraphs separated by a blank line);
* its **normal form**: the dedup tokens (:func:`warctools.dedup.shingles.normalized_tokens`:
  NFKC, casefolded, punctuation folded) joined by one space, every run of digits written
  ``0`` (so "(c) 2023" and "(c) 2024", "12 comments" and "3 comments" are one block); a
  line without a letter or digit has none and is never counted nor removed;
* :func:`block_hash`: the first 8 bytes (little endian) of BLAKE2b of the normal form's
  UTF-8 bytes, the ``block_hash`` of the templates table;
* :func:`outlet_hash` / :func:`title_hash` / :func:`url_hash`: the same digest of the
  outlet name, of a title's normal form and of ``host/path`` (no scheme, query, fragment
  or trailing slash), which say which pages are one story (:mod:`.stories`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from warctools.dedup.shingles import normalized_tokens

__all__ = ["Block", "split_blocks", "normal_form", "digest64", "block_hash", "outlet_hash",
           "title_hash", "url_hash", "mix", "Cleaned", "remove_blocks"]

_DIGITS = re.compile(r"\d+")
_MASK64 = (1 << 64) - 1


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    hash: int | None  # None: no letter or digit (never a template block)


def normal_form(line: str) -> str:
    return _DIGITS.sub("0", " ".join(normalized_tokens(line)))


def digest64(value: str) -> int:
    raw = hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(raw, "little")


def block_hash(line: str) -> int | None:
    norm = normal_form(line)
    return digest64(norm) if norm else None


def outlet_hash(outlet: str | None) -> int:
    """0 for a page without domain or host (never counted)."""
    return digest64("outlet\x00" + outlet) if outlet else 0


def title_hash(title: str | None) -> int:
    """0 for a missing or empty title."""
    norm = normal_form(title) if title else ""
    return digest64("title\x00" + norm) if norm else 0


def url_hash(url: str | None) -> int:
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return digest64("url\x00" + (url or ""))
    return digest64("url\x00" + (parts.netloc.lower() + parts.path).rstrip("/"))


def mix(a: int, b: int) -> int:
    """One 64-bit key for the pair (outlet, block): a template is a block of one outlet."""
    h = (a * 0x9E3779B97F4A7C15 + b) & _MASK64
    h ^= h >> 31
    h = (h * 0xBF58476D1CE4E5B9) & _MASK64
    return h ^ (h >> 29)


def split_blocks(text: str | None) -> list[Block]:
    """The non-empty lines of ``text`` with their offsets and hashes, in text order."""
    blocks: list[Block] = []
    if not text:
        return blocks
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            blocks.append(Block(start, end, block_hash(line)))
        start = end + 1
    return blocks


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
