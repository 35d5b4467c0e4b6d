"""A refillable window over a :class:`~warctools.readers.stream.DecodedStream`.

Positions are absolute offsets in the decompressed stream. Data before the read
position is dropped on refill, except from :attr:`Buffer.mark` on (so the record parser
can step back inside the record it is reading). ``eof`` is also set at a stream break;
:meth:`Buffer.resume` continues after it.
"""

from __future__ import annotations

import re

from .stream import DecodedStream

__all__ = ["Buffer"]


class Buffer:
    __slots__ = ("_stream", "buf", "pos", "base", "eof", "mark")

    def __init__(self, stream: DecodedStream) -> None:
        self._stream = stream
        self.buf = b""
        self.pos = 0  # index into buf
        self.base = stream.data_pos  # absolute offset of buf[0]
        self.eof = False
        self.mark: int | None = None  # absolute offset to keep on refill

    def tell(self) -> int:
        return self.base + self.pos

    def avail(self) -> int:
        return len(self.buf) - self.pos

    def seek(self, offset: int) -> None:
        self.pos = offset - self.base
        assert 0 <= self.pos <= len(self.buf), "seek outside the buffered window"

    def fill(self, n: int) -> int:
        """Make at least ``n`` bytes available after the position if the data exists."""
        avail = len(self.buf) - self.pos
        if avail >= n or self.eof:
            return avail
        keep = self.pos if self.mark is None else min(self.pos, self.mark - self.base)
        parts = [self.buf[keep:]]
        self.base += keep
        self.pos -= keep
        read = self._stream.read
        while avail < n:
            chunk = read()
            if not chunk:
                self.eof = True
                break
            parts.append(chunk)
            avail += len(chunk)
        self.buf = b"".join(parts)
        return avail

    def more(self) -> bool:
        """Read one more chunk; False at the end of data (or at a break)."""
        before = len(self.buf) - self.pos
        return self.fill(before + 1) > before

    def take(self, n: int) -> bytes:
        data = self.buf[self.pos : self.pos + n]
        self.pos += len(data)
        return data

    def discard(self, n: int) -> int:
        """Skip ``n`` bytes without keeping them; returns how many were skipped."""
        self.mark = None
        done = 0
        while done < n:
            if self.avail() == 0 and not self.more():
                break
            step = min(n - done, self.avail())
            self.pos += step
            done += step
        return done

    def skip_ws(self) -> None:
        """Skip ASCII whitespace (CR, LF, space, tab, form feed): the blank lines after a
        record (the fast path, :mod:`.fast`, takes these bytes for blank lines too)."""
        while True:
            if self.avail() == 0 and not self.more():
                return
            buf, pos = self.buf, self.pos
            end = len(buf)
            while pos < end and buf[pos] in b"\r\n \t\x0c":
                pos += 1
            self.pos = pos
            if pos < end:
                return

    def scan(self, pattern: re.Pattern[bytes], skip: int = 1) -> bool:
        """Advance to the next match of ``pattern`` (match start + ``skip``).

        Returns False (position at the end of data) when there is none. Data passed
        over is dropped unless a mark holds it.
        """
        while True:
            m = pattern.search(self.buf, self.pos)
            if m is not None:
                self.pos = m.start() + skip
                return True
            if self.mark is None:
                self.pos = max(self.pos, len(self.buf) - 512)
            if not self.more():
                self.pos = len(self.buf)
                return False

    def resume(self) -> bool:
        self.eof = False
        return self._stream.resume()
