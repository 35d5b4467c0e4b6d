"""Decompressed byte stream over a WARC/ARC file, with member bookkeeping.

The compression is detected from magic bytes (never from the file name): gzip, zstd
(with an optional dictionary in a skippable frame, as in the WARC-zstd proposal), LZ4
frame (when the ``lz4`` package is installed) or none. :class:`DecodedStream` hands out
decompressed chunks of the *logical* stream (all members concatenated) and records, for
each member (gzip member, zstd/LZ4 frame), its compressed and decompressed extents so
that record offsets can be mapped back to the file (:meth:`DecodedStream.locate`).

Damage is never raised: a truncated or corrupt member, or garbage between members,
becomes a :class:`StreamDamage`. A damage that makes the decompressed data
discontinuous (``breaks``) makes :meth:`read` return ``b""`` until :meth:`resume` is
called, so the record parser can close the record it was reading.
"""

from __future__ import annotations

import zlib
from collections import deque
from dataclasses import dataclass
from typing import BinaryIO

import zstandard

from .. import _regex
from .members import MAGIC, ZSTD_MAGIC, Decoder, detect_codec, is_skippable, lz4_available
from .members import new_decoder as _new_decoder

__all__ = ["DecodedStream", "Member", "StreamDamage", "detect_codec"]

IN_CHUNK = 64 * 1024
MAX_DICT = 64 * 2**20
_ZSTD_DICT_FRAME = 0x5D


@dataclass(slots=True)
class Member:
    """One compressed member: gzip member, zstd or LZ4 frame."""

    comp_start: int
    data_start: int
    comp_end: int = -1
    data_end: int = -1
    head: bytes = b""  # its first decompressed bytes (a record start, or not)


@dataclass(slots=True)
class StreamDamage:
    """Damage found below the record level, in compressed-file coordinates."""

    comp_offset: int
    data_offset: int
    reason: str
    message: str
    breaks: bool


def _seekable(raw: BinaryIO) -> bool:
    try:
        return bool(raw.seekable()) and raw.tell() >= 0
    except (OSError, ValueError, AttributeError):
        return False


_PLAIN_START = _regex.compile(rb"[\r\n\t ]*(?:[Ww][Aa][Rr][Cc]/|[A-Za-z][A-Za-z0-9+.\-]*:)")


_WARC_AHEAD = _regex.compile(rb"[\r\n]*[Ww][Aa][Rr][Cc]/[0-9]+\.[0-9]+\r?\n")


def sniff_past_garbage(head: bytes) -> str:
    """``gzip`` when a file that does not start like a WARC/ARC record holds a gzip member
    in its first chunk (leading garbage before the members), else ``plain``."""
    if _PLAIN_START.match(head):
        return "plain"
    idx = head.find(MAGIC["gzip"])
    return "gzip" if idx > 0 and b"WARC/" not in head[:idx] else "plain"


class DecodedStream:
    """Incremental decompressed view of a file object (see module docstring)."""

    def __init__(self, raw: BinaryIO, comp_pos: int = 0, data_pos: int = 0) -> None:
        """``raw`` read from its current position, which is file offset ``comp_pos`` and
        decompressed offset ``data_pos`` (a member start, when resuming after the fast
        path of :mod:`.fast`)."""
        self._raw = raw
        self._pending = raw.read(IN_CHUNK)
        self.codec = detect_codec(self._pending[:8])
        if self.codec == "plain":
            self.codec = sniff_past_garbage(self._pending)
        if self.codec == "lz4" and not lz4_available():
            self.codec = "plain"  # reported by the record parser as unreadable data
        self._comp_pos = comp_pos  # compressed offset of _pending[0]
        self._raw_eof = False
        self._dec: Decoder | None = None
        self._member: Member | None = None
        self._zdict: zstandard.ZstdCompressionDict | None = None
        self.data_pos = data_pos
        self.members: deque[Member] = deque()
        self.damages: deque[StreamDamage] = deque()
        self.broken = False
        self.members_seen = 0
        self._quiet_garbage = False  # rescanning a failed member: its bytes are reported
        self._seekable = _seekable(raw)
        self._plain_start = 0  # data offset where uncompressed data follows the members
        self._plain_delta: int | None = None  # file offset - data offset from there on

    # -- public -------------------------------------------------------------------------
    def read(self) -> bytes:
        """Next decompressed chunk; ``b""`` at the end or at a break (see :attr:`broken`)."""
        if self.broken:
            return b""
        if self.codec != "plain" and self._plain_delta is None:
            while not self.broken:
                if self._dec is None and not self._start_member():
                    if self._plain_delta is None:
                        return b""
                    break
                out = self._decode_step()
                if out:
                    self.data_pos += len(out)
                    return out
            else:
                return b""
        out = self._pending or self._raw.read(IN_CHUNK)
        self._pending = b""
        self._comp_pos += len(out)
        self.data_pos += len(out)
        return out

    def resume(self) -> bool:
        """Continue after a break; False when nothing is left to read."""
        self.broken = False
        return bool(self._fill(1))

    def locate(self, start: int, end: int, end_max: int) -> tuple[int, int, bool]:
        """File ``(offset, length, aligned)`` of decompressed range ``[start, end)``.

        For compressed files the range maps to whole members when it starts where a
        member starts and ends where a member ends (``end``..``end_max`` allows trailing
        blank lines); otherwise the decompressed offsets are returned with aligned False.
        """
        if self.codec == "plain":
            return start, end - start, True
        if self._plain_delta is not None and start >= self._plain_start:
            return start + self._plain_delta, end - start, True
        members = self.members
        while members and 0 <= members[0].data_end < start:
            members.popleft()
        first = None
        for m in members:
            if first is None:
                if m.data_start != start:
                    if m.data_start > start:
                        break
                    continue
                first = m
            if m.data_end < 0:
                break
            if end <= m.data_end <= end_max:
                return first.comp_start, m.comp_end - first.comp_start, True
        return start, end - start, False

    # -- internals ----------------------------------------------------------------------
    def _fill(self, n: int) -> int:
        while len(self._pending) < n and not self._raw_eof:
            more = self._raw.read(max(IN_CHUNK, n - len(self._pending)))
            if not more:
                self._raw_eof = True
                break
            self._pending += more
        return len(self._pending)

    def _consume(self, n: int) -> None:
        self._pending = self._pending[n:]
        self._comp_pos += n

    def _start_member(self) -> bool:
        magic = MAGIC[self.codec]
        while True:
            if not self._fill(8):
                return False
            head = self._pending[:4]
            if self.codec == "zstd" and is_skippable(head):
                self._skip_frame()
                continue
            if head.startswith(magic):
                break
            if self.codec == "gzip" and _WARC_AHEAD.match(self._pending):
                self._plain_start, self._plain_delta = self.data_pos, self._comp_pos - self.data_pos
                return False  # uncompressed records after gzip members (``cat`` of both)
            self._skip_garbage(magic)
        self._quiet_garbage = False
        self._member = Member(self._comp_pos, self.data_pos)
        self.members.append(self._member)
        self.members_seen += 1
        self._dec = _new_decoder(self.codec, self._zdict)
        return True

    def _skip_frame(self) -> None:
        size = int.from_bytes(self._pending[4:8], "little")
        kind = self._pending[0]
        if kind == _ZSTD_DICT_FRAME and size <= MAX_DICT and self._fill(8 + size) >= 8 + size:
            data = self._pending[8 : 8 + size]
            try:
                if data.startswith(ZSTD_MAGIC):
                    data = zstandard.ZstdDecompressor().decompressobj().decompress(data)
                self._zdict = zstandard.ZstdCompressionDict(data)
            except zstandard.ZstdError as exc:
                self._damage("bad_zstd_dictionary", str(exc), False)
        self._fill(8 + size)
        self._consume(min(8 + size, len(self._pending)))

    def _skip_garbage(self, magic: bytes) -> None:
        """Drop bytes up to the next member magic (or the end), reporting them."""
        start = self._comp_pos
        while True:
            idx = self._pending.find(magic, 1)
            if idx >= 0 or self._raw_eof:
                break
            keep = len(magic) - 1
            self._consume(max(0, len(self._pending) - keep))
            self._fill(len(self._pending) + 1)
        end_pos = self._comp_pos + idx if idx >= 0 else self._comp_pos + len(self._pending)
        reason = "garbage_between_records" if idx >= 0 else "trailing_garbage"
        n = end_pos - start
        if not self._quiet_garbage:
            self._damage(reason, f"{n} bytes that are not {self.codec} data", False, start)
        self._consume(end_pos - self._comp_pos)

    def _decode_step(self) -> bytes:
        dec, member = self._dec, self._member
        assert dec is not None and member is not None
        if not self._fill(1):
            self._end_member(truncated=True)
            return b""
        try:
            out, used = dec.feed(self._pending[:IN_CHUNK])
        except (zlib.error, zstandard.ZstdError, RuntimeError, OSError) as exc:
            self._corrupt_member(exc)
            return b""
        self._consume(used)
        if out and not member.head:
            member.head = out[:64]
        if dec.eof:
            self._end_member(truncated=False, extra=len(out))
        elif not out and not used:
            before = len(self._pending)
            if self._fill(before + 1) == before:
                self._end_member(truncated=True)
        return out

    def _end_member(self, *, truncated: bool, extra: int = 0) -> None:
        member = self._member
        assert member is not None
        member.comp_end = self._comp_pos
        member.data_end = self.data_pos + extra
        self._dec = self._member = None
        if truncated:
            self._damage(f"truncated_{self.codec}", f"{self.codec} member starting at "
                         f"byte {member.comp_start} ends before its end marker", True,
                         member.comp_start)
            if not self._rescan_after(member.comp_start):
                self._consume(len(self._pending))

    def _corrupt_member(self, exc: Exception) -> None:
        member = self._member
        assert member is not None
        self.members.remove(member)
        self._dec = self._member = None
        self._damage(f"corrupt_{self.codec}", f"{self.codec} member starting at byte "
                     f"{member.comp_start} does not decompress: {exc}", True,
                     member.comp_start)
        if self._comp_pos == member.comp_start:
            self._consume(min(1, len(self._pending)))
        magic = MAGIC[self.codec]
        while True:
            idx = self._pending.find(magic)
            if idx >= 0 or self._raw_eof:
                break
            self._consume(max(0, len(self._pending) - len(magic) + 1))
            self._fill(len(self._pending) + 1)
        self._consume(idx if idx >= 0 else len(self._pending))

    def _rescan_after(self, comp_start: int) -> bool:
        """Go back to just after a failed member's start to look for the next member.

        A cut or corrupt member can swallow the members after it (a stored deflate block
        takes up to 64 KiB as data; a truncated one reads to the end of the file), so the
        next member is searched from the failed one's start, not from where decoding
        stopped. Only for seekable inputs; the skipped bytes are not reported again.
        """
        if not self._seekable or self._comp_pos <= comp_start + 1:
            return False
        try:
            self._raw.seek(comp_start + 1)
        except (OSError, ValueError):
            self._seekable = False
            return False
        self._pending, self._comp_pos, self._raw_eof = b"", comp_start + 1, False
        self._quiet_garbage = True
        return True

    def _damage(self, reason: str, message: str, breaks: bool, at: int | None = None) -> None:
        self.damages.append(StreamDamage(self._comp_pos if at is None else at,
                                         self.data_pos, reason, message, breaks))
        if breaks:
            self.broken = True
