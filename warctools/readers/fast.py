"""The clean path: FastWARC reads a gzip-per-record WARC file while every record checks out.

FastWARC (Rust) inflates and frames records about twice as fast as Python's zlib alone
inflates them. A record it yields is taken only when the gzip member at its offset holds
exactly that record, as the own reader (:mod:`.framing`) reads it with nothing to report:

* the member's first decompressed bytes (inflated here from the file, about 1 KB) are a
  WARC version line and a header block that :func:`~.headers.parse_warc_headers` parses
  without a problem, with a valid Content-Length equal to the one FastWARC reads, and the
  block FastWARC hands out starts with the bytes that follow that header here;
* the member's ISIZE (the last 4 bytes before the next record's member, or before the end
  of the file) is header + block + 4: FastWARC refuses a record unless ASCII whitespace
  ending in a line feed follows the block, and nothing else fits in those 4 bytes, so the
  member holds nothing more, and no empty member or garbage lies before the next one
  (FastWARC stops with an error at garbage, a corrupt or a cut member).

The record's length runs to the next record's member (or the end of the file), as the own
reader reports it for a member that holds one record. The next record is checked before a
record is yielded (the own reader's reading of a record depends on a record start
following it). At the first record that fails a check, or at any FastWARC error,
:attr:`FastFrames.resume` says where the own reader takes over: the start of that record's
member (compressed and decompressed offsets), so every record is yielded once, with the
offsets, lengths and errors the own reader gives.
"""

from __future__ import annotations

import os
import stat
import zlib
from collections.abc import Iterator
from typing import Any

from .framing import HEADER_END, MAX_HEADER, WARC_START, RawRecord
from .headers import is_length, parse_warc_headers
from .http import _HEAD_END as _HTTP_HEAD_END
from .http import MAX_HEAD

__all__ = ["FastFrames", "available"]

_TRAILER = b"\r\n\r\n"
_PREFIX = 4096  # compressed bytes read to inflate a member's header (more when needed)
_MAX_LINE = 8192  # FastWARC's readline default
_HEAD_OUT = 1024  # decompressed bytes inflated at first to find the header's end

try:
    from fastwarc.warc import ArchiveIterator
except ImportError:  # pragma: no cover - fastwarc is a dependency
    ArchiveIterator = None


def available() -> bool:
    return ArchiveIterator is not None


class _Pending:
    """A record read by FastWARC whose member's end is not yet known."""

    __slots__ = ("offset", "size", "raw")

    def __init__(self, offset: int, size: int, raw: RawRecord) -> None:
        self.offset, self.size, self.raw = offset, size, raw


class FastFrames:
    """Yields ``(RawRecord, offset, length)`` for the records of a local gzip WARC file
    that check out (see the module docstring); afterwards :attr:`resume` is ``None`` when
    the whole file was read, else the ``(compressed, decompressed)`` offsets where the own
    reader must go on."""

    def __init__(self, path: str, fd: int, keep_limit: int) -> None:
        self.path, self.fd, self.keep_limit = path, fd, keep_limit
        self.resume: tuple[int, int] | None = (0, 0)
        self._data = 0  # decompressed offset of the next record

    @staticmethod
    def applies(fd: int) -> bool:
        """A regular file that starts with a gzip member, and FastWARC installed."""
        try:
            return (available() and stat.S_ISREG(os.fstat(fd).st_mode)
                    and os.pread(fd, 2, 0) == b"\x1f\x8b")
        except OSError:
            return False

    def __iter__(self) -> Iterator[tuple[RawRecord, int, int]]:
        size = os.fstat(self.fd).st_size
        try:
            records = iter(ArchiveIterator(self.path, parse_http=False, fsspec_args=False))
        except (OSError, ValueError):
            return
        pending: _Pending | None = None
        while True:
            try:
                rec = next(records, None)
                nxt: _Pending | bool = True
                if rec is not None:
                    nxt = self._take(rec)
            except Exception:  # noqa: BLE001 - FastWARC's errors, or a bug here: the own
                return  # reader takes over from the last record yielded
            end = size if rec is None else rec.stream_pos
            if pending is None:
                if rec is None or end != 0:  # no record, or not from the start: own reader
                    return
            else:  # the own reader reads a record alike when a record start follows it
                if nxt is False or not self._member_ends(pending, end):
                    return
                raw, data = pending.raw, self._data
                raw.start, raw.end, raw.end_ws = data, data + raw.end, data + raw.end_ws
                yield raw, pending.offset, end - pending.offset
                self._data += pending.size
                self.resume = (end, self._data)
                if rec is None:
                    self.resume = None
                    return
            if not isinstance(nxt, _Pending):
                return
            pending = nxt

    # -- checks -----------------------------------------------------------------------------
    def _take(self, rec: Any) -> _Pending | bool:
        """The record checked (as far as it can be before its member's end is known); else
        True when its member starts like a WARC record, False when not."""
        offset = rec.stream_pos
        head = self._header(offset)
        if head is None:
            return False
        if isinstance(head, bool):
            return True
        hlen, version, headers, out = head
        cl_text = headers.get("content-length", "0").strip() or "0"
        if not is_length(cl_text) or int(cl_text) != rec.content_length:
            return True
        length = int(cl_text)
        keep = min(length, self.keep_limit)
        rest = b""
        if headers.get("warc-type", "").strip().lower() == "response":
            block = _http_head(rec.reader, min(keep, MAX_HEAD))
            m = _HTTP_HEAD_END.search(block, 0, MAX_HEAD)
            if m is not None and m.end() == len(block):  # body apart: read without a copy
                rest = _read(rec.reader, keep - len(block))
            else:
                block += _read(rec.reader, keep - len(block))
        else:  # FastWARC skips the rest of a capped block
            block = _read(rec.reader, keep)
        if len(block) + len(rest) < keep:
            return True
        # FastWARC's block starts where this header ends: compare what was inflated here
        seen = out[hlen : hlen + len(block) + len(rest)]
        if seen[: len(block)] != block[: len(seen)] or \
                seen[len(block) :] != rest[: max(0, len(seen) - len(block))]:
            return True
        # offsets relative to the record start until the record is yielded
        raw = RawRecord("warc", 0, hlen + length, hlen + length + len(_TRAILER), version,
                        headers, block, length, capped=keep < length, rest=rest)
        return _Pending(offset, hlen + length + len(_TRAILER), raw)

    def _header(self, offset: int) -> tuple[int, str, dict[str, str], bytes] | bool | None:
        """(header length, version line, headers, inflated bytes) of the member at
        ``offset`` when its data starts with a WARC header block that parses without a
        problem; True when it starts with a WARC version line only; else None."""
        comp = os.pread(self.fd, _PREFIX, offset)
        read, want = len(comp), _HEAD_OUT
        dec = zlib.decompressobj(31)
        out = b""
        try:
            while True:
                out += dec.decompress(comp, want)  # inflate only what the header needs
                m = HEADER_END.search(out)
                if m is not None:
                    break
                comp = dec.unconsumed_tail
                if not comp:
                    if dec.eof or read >= MAX_HEADER:
                        return _starts(out)
                    comp = os.pread(self.fd, _PREFIX * 4, offset + read)
                    read += len(comp)
                    if not comp:
                        return _starts(out)
                if len(out) > MAX_HEADER:
                    return _starts(out)
                want = 2 * want
        except zlib.error:
            return None
        if not WARC_START.match(out):
            return None
        version, headers, problems = parse_warc_headers(out[: m.start()])
        if problems:
            return True
        return m.end(), version, headers, out

    def _member_ends(self, pending: _Pending, end: int) -> bool:
        if end - pending.offset < 18:  # smaller than any gzip member
            return False
        tail = os.pread(self.fd, 4, end - 4)
        return int.from_bytes(tail, "little") == pending.size & 0xFFFFFFFF


def _http_head(reader: Any, limit: int) -> bytes:
    """Lines up to and with the first blank one (an HTTP head), at most ``limit`` bytes."""
    lines = []
    got = 0
    while got < limit:
        line = reader.readline(min(_MAX_LINE, limit - got))
        if not line:
            break
        lines.append(line)
        got += len(line)
        if line in (b"\r\n", b"\n") or not line.endswith(b"\n"):
            break
    return b"".join(lines)


def _starts(out: bytes) -> bool | None:
    return True if WARC_START.match(out) else None


def _read(reader: Any, n: int) -> bytes:
    data = reader.read(n)
    if len(data) >= n or not data:
        return data
    parts = [data]
    got = len(data)
    while got < n:
        part = reader.read(n - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)
