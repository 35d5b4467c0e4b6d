"""The clean path: a gzip-per-record WARC file read member by member, in one pass.

A local file whose records each fill one gzip member is read here, with the fastest
inflater at hand (ISA-L through ``isal``, else :mod:`zlib`), one whole member at a time,
for as long as every member holds exactly one record that the own reader
(:mod:`.framing`) reads with nothing to report:

* the member starts with a plain gzip header (method deflate, no header CRC, no reserved
  flag: the ones ISA-L and zlib read alike) and inflates to its end without an error
  (CRC and length checked);
* its data is a WARC version line and a header block that
  :func:`~.headers.parse_warc_headers` parses without a problem, with a valid
  Content-Length of at most the block size kept (``keep_limit``), then the block, then
  nothing but the blank lines the own reader skips (ASCII whitespace);
* the next member (read before the record is yielded: the own reader's reading of a
  record depends on a record start following it) starts with a WARC version line, or the
  file ends.

The record's length runs to the next member (or the end of the file), as the own reader
reports a record that fills its member. At the first record that fails a check,
:attr:`FastFrames.resume` says where the own reader takes over: the start of that record's
member (compressed and decompressed offsets), so every record is yielded once, with the
offsets, lengths and errors the own reader gives.

Members are read about 1 MiB ahead of the record yielded. A response's block is handed out
split at the end of its HTTP head (``block`` the head, ``rest`` the body), so
:mod:`.process` takes the body without another copy. :meth:`FastFrames.record_at` reads a
yielded record again (a revisit's original, :class:`~.revisit.Reread`).
"""

from __future__ import annotations

import os
import stat
from collections import deque
from collections.abc import Iterator

from .framing import HEADER_END, WARC_START, RawRecord
from .headers import is_length, parse_warc_headers
from .http import MAX_HEAD, head_end
from .members import GZIP_MAGIC

try:
    from isal.isal_zlib import decompressobj as _inflater
    from isal.isal_zlib import error as _InflateError
except ImportError:  # pragma: no cover - isal is a dependency; zlib reads alike, slower
    from zlib import decompressobj as _inflater
    from zlib import error as _InflateError

__all__ = ["FastFrames"]

_READ = 4 * 2**20  # file bytes read at a time
_IN = 64 * 1024  # compressed bytes fed at a time (what is left of the last feed is copied)
_MAX_HEAD = 64 * 1024  # a longer WARC header goes to the own reader
_AHEAD = 1 << 20  # data of the members read ahead of the record yielded
_WS = b"\r\n \t\x0c"  # what the own reader skips after a record (Buffer.skip_ws)
_FLAGS_OK = 0x1D  # FTEXT, FEXTRA, FNAME, FCOMMENT
_SETTLE = 8 << 20  # above the read window and a kept record (see _settle_allocator)
_preadv = getattr(os, "preadv", None)


class _Member:
    """One inflated member that holds one clean record."""

    __slots__ = ("end", "size", "raw")

    def __init__(self, end: int, size: int, raw: RawRecord) -> None:
        self.end, self.size, self.raw = end, size, raw


class FastFrames:
    """Yields ``(RawRecord, offset, length)`` for the records of a local gzip WARC file
    that check out (see the module docstring); afterwards :attr:`resume` is ``None`` when
    the whole file was read, else the ``(compressed, decompressed)`` offsets where the own
    reader must go on."""

    def __init__(self, fd: int, keep_limit: int, window: int = _READ) -> None:
        self.fd, self.keep_limit, self.window = fd, keep_limit, window
        self.resume: tuple[int, int] | None = (0, 0)
        self._size = os.fstat(fd).st_size
        self._buf, self._base = memoryview(b""), 0  # file bytes from offset _base
        self._space: bytearray | None = None  # what _buf is read into, reused
        _settle_allocator()

    @staticmethod
    def applies(fd: int) -> bool:
        """A regular file that starts with a gzip member."""
        try:
            return stat.S_ISREG(os.fstat(fd).st_mode) and os.pread(fd, 2, 0) == b"\x1f\x8b"
        except OSError:
            return False

    def __iter__(self) -> Iterator[tuple[RawRecord, int, int]]:
        pos = data = 0  # compressed and decompressed offsets of the next record to yield
        ahead: deque[_Member] = deque()  # members read ahead, checked, not yet yielded
        held = 0  # their data size
        at = 0  # offset of the next member to read
        after: bool | None = None  # what follows the members read (None: the file's end)
        while True:
            # read a few members ahead (the Python of the checks and of the records' use
            # then runs in bursts, its data still cached, between the inflating)
            while (held < _AHEAD or len(ahead) < 2) and at < self._size:
                nxt = self._member(at)
                if not isinstance(nxt, _Member):
                    after = nxt
                    break
                ahead.append(nxt)
                held += nxt.size
                at = nxt.end
            done = after is not None or at >= self._size
            # a record is yielded once what follows it is known to be a record start (or
            # the end of the file): the own reader reads a record alike only then
            while ahead and (len(ahead) > 1 or (done and after is not False)):
                cur = ahead.popleft()
                held -= cur.size
                raw = cur.raw
                raw.start, raw.end, raw.end_ws = data, data + raw.end, data + cur.size
                yield raw, pos, cur.end - pos
                pos, data = cur.end, data + cur.size
                self.resume = (pos, data)
            if done:
                if after is None and not ahead:
                    self.resume = None
                return

    def record_at(self, offset: int) -> RawRecord | None:
        """The record of the member at ``offset``, read again (one that was yielded)."""
        member = self._member(offset)
        return member.raw if isinstance(member, _Member) else None

    # -- one member -------------------------------------------------------------------------
    def _member(self, pos: int) -> _Member | bool:
        """The member at ``pos`` when it holds one clean record; else True when its data
        starts with a WARC version line, False when not (or it does not inflate)."""
        try:
            found = self._inflate(pos)
        except _InflateError:
            return False
        if found is None:
            return False
        try:
            return self._check(*found)
        except Exception:  # noqa: BLE001 - a bug here: the own reader reads it
            return False

    def _check(self, parts: list[bytes], end: int) -> _Member | bool:
        """``parts``: the member's data as inflated (more than one for a member longer than
        one feed); read as their concatenation, whose pieces are copied once, into the
        block and body (no joined copy first)."""
        out = parts[0]
        m = HEADER_END.search(out, 0, _MAX_HEAD) if WARC_START.match(out) else None
        if m is None and len(parts) > 1:  # the header may go on in the next part
            parts = [b"".join(parts)]
            out = parts[0]
            m = HEADER_END.search(out, 0, _MAX_HEAD) if WARC_START.match(out) else None
        if m is None:
            return WARC_START.match(out) is not None
        version, headers, problems = parse_warc_headers(out[: m.start()])
        cl_text = headers.get("content-length", "0").strip() or "0"
        if problems or not is_length(cl_text):
            return True
        hlen, length = m.end(), int(cl_text)
        stop = hlen + length
        size = len(out) if len(parts) == 1 else sum(map(len, parts))
        if length > self.keep_limit or size < stop or _span(parts, stop, size).strip(_WS):
            return True
        block, rest = _split(parts, hlen, stop, headers)
        raw = RawRecord("warc", 0, stop, size, version, headers, block, length, rest=rest)
        return _Member(end, size, raw)

    def _inflate(self, pos: int) -> tuple[list[bytes], int] | None:
        """(data in the pieces inflated, end offset) of the gzip member at ``pos``; None when
        it is not a plain member, is cut off or inflates to more than a kept record can
        hold."""
        chunk = self._view(pos, _IN)
        if len(chunk) < 10 or chunk[:3] != GZIP_MAGIC or chunk[3] & ~_FLAGS_OK:
            return None
        limit = self.keep_limit + _MAX_HEAD + _IN
        dec = _inflater(31)
        parts: list[bytes] = []
        got = 0
        at = pos
        while True:
            if not chunk:
                return None  # cut off
            out = dec.decompress(chunk, limit - got)
            got += len(out)
            parts.append(out)
            if dec.eof:
                at += len(chunk) - len(dec.unused_data)
                break
            if got >= limit or dec.unconsumed_tail:
                return None  # more than ``limit``
            at += len(chunk)
            chunk = self._view(at, _IN)
        return parts, at

    def _view(self, pos: int, n: int) -> memoryview:
        """Up to ``n`` file bytes from ``pos`` (a window over one large read)."""
        view, base = self._buf, self._base
        if pos < base or pos + n > base + len(view):
            if pos >= base and base + len(view) >= self._size:
                return view[pos - base :]  # the window reaches the end of the file
            self._buf = view = self._read(pos, max(n, self.window))
            self._base = base = pos
        return view[pos - base : pos - base + n]

    def _read(self, pos: int, n: int) -> memoryview:
        """Up to ``n`` file bytes from ``pos``, read into the same buffer each time (nothing
        keeps a view of what was read before: what is inflated is a copy)."""
        if _preadv is None:  # pragma: no cover - a platform without preadv
            return memoryview(os.pread(self.fd, n, pos))
        space = self._space
        if space is None or len(space) < n:
            self._space = space = bytearray(n)
        view = memoryview(space)
        return view[: _preadv(self.fd, [view[:n]], pos)]


_settled = False


def _settle_allocator() -> None:
    """Once per process: allocate and free one block larger than any the reading makes.

    glibc's malloc serves a block above its mmap threshold (128 KiB at start) with a
    fresh mapping, whose pages fault in on first touch, and raises the threshold to the
    size of such a block when it is freed. Each inflated member and each body is such a
    block (170 KiB on average on news pages), so until the threshold has climbed, a file's
    first records cost a fresh mapping each: in a process that reads one file, about
    7,000 page faults and 4% of the reading. Freeing one 8 MiB block first (``bytes``
    gets it zeroed from a mapping without touching it) puts the threshold above them at
    once; later frees of such blocks then stay on the heap (glibc returns the heap's top
    to the system past twice the threshold). Other allocators ignore it."""
    global _settled
    if not _settled:
        _settled = True
        bytes(_SETTLE)


def _span(parts: list[bytes], start: int, stop: int) -> bytes:
    """Bytes ``start:stop`` of the concatenation of ``parts``, copied once."""
    if len(parts) == 1:
        return parts[0][start:stop]
    pieces: list[memoryview] = []
    at = 0
    for part in parts:
        if at < stop and at + len(part) > start:
            pieces.append(memoryview(part)[max(start - at, 0) : stop - at])
        at += len(part)
    return b"".join(pieces)


def _split(parts: list[bytes], hlen: int, stop: int, headers: dict[str, str]
           ) -> tuple[bytes, bytes]:
    """The block (bytes ``hlen:stop`` of ``parts``), as (head, body) for a response whose
    HTTP head ends in it (the split that :func:`~.http.parse_http_head` finds again), else
    (block, b"")."""
    if headers.get("warc-type", "").strip().lower() == "response":
        first = parts[0]
        m = head_end(first, hlen, min(stop, hlen + MAX_HEAD))
        if m is None and len(parts) > 1:  # the head may go on in the next part
            parts = [b"".join(parts)]
            first = parts[0]
            m = head_end(first, hlen, min(stop, hlen + MAX_HEAD))
        if m is not None:
            return first[hlen : m[1]], _span(parts, m[1], stop)
    return _span(parts, hlen, stop), b""
