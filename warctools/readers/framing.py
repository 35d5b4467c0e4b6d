"""Record framing for WARC (0.17 to 1.1) and ARC (v1, v2), with recovery.

:class:`FrameReader` walks the decompressed stream and yields, in file order,
:class:`RawRecord` (one per record, even a damaged one) and :class:`Damage` (a region
that belongs to no record: garbage, a cut-off header, a corrupt gzip member). It never
raises for bad data. Recovery is by resynchronisation: after damage it scans for the
next ``WARC/x.y`` version line (or ARC header line) at the start of a line.

A wrong Content-Length is detected by the missing record trailer: if a record start
lies inside the declared block the length was too long (the block is cut there),
otherwise the bytes up to the next record start are counted into the record (too short).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .. import _regex
from .buffer import Buffer
from .headers import ArcLine, is_length, parse_arc_line, parse_warc_headers
from .stream import DecodedStream, StreamDamage

__all__ = ["FrameReader", "RawRecord", "Damage"]

_WARC = rb"[Ww][Aa][Rr][Cc]/[0-9]+\.[0-9]+[ \t\r]*\n"
WARC_START = _regex.compile(_WARC)
WARC_SCAN = _regex.compile(rb"\n" + _WARC)
_ARC = (rb"[A-Za-z][A-Za-z0-9+.\-]*:[^\r\n]*? [^ \r\n]+ [0-9]{8,20} [^ \r\n]+"
        rb"(?: [^ \r\n]*)*\r?\n")  # URL (may hold spaces) IP date type ... length
ARC_START = _regex.compile(_ARC)
ARC_SCAN = _regex.compile(rb"\n(?=" + _ARC + rb")")
ANY_SCAN = _regex.compile(rb"\n(?=" + _WARC + b"|" + _ARC + rb")")
HEADER_END = _regex.compile(rb"\n\r*\n")
MAX_HEADER = 1 << 20
MAX_ARC_LINE = 1 << 14
LOOKAHEAD = 64


@dataclass(slots=True)
class RawRecord:
    fmt: str  # "warc" or "arc"
    start: int  # decompressed offset of the record
    end: int  # after the block and its trailer
    end_ws: int  # after blank lines that follow
    version: str
    headers: dict[str, str]  # lowercase names; ARC fields mapped to WARC names
    block: bytes  # the block, or its first ``keep_limit`` bytes
    declared_length: int | None
    capped: bool = False  # block longer than keep_limit: only a prefix is kept
    truncated: bool = False
    problems: list[tuple[str, str]] = field(default_factory=list)  # (reason, message)
    rest: bytes = b""  # the block goes on here (split at the end of an HTTP head: fast.py)


@dataclass(slots=True)
class Damage:
    start: int  # decompressed offset (or compressed, when ``stream`` is set)
    end: int
    reason: str
    message: str
    stream: StreamDamage | None = None


Frame = RawRecord | Damage


class FrameReader:
    def __init__(self, stream: DecodedStream, keep_limit: int, kind: str | None = None) -> None:
        self.stream = stream
        self.buf = Buffer(stream)
        self.keep_limit = keep_limit
        self.kind = kind  # "warc" / "arc" once the first record is seen
        self.arc_fields: int | None = None

    def __iter__(self) -> Iterator[Frame]:
        buf = self.buf
        while True:
            yield from self._stream_damages(breaking=False)
            buf.skip_ws()
            if buf.avail() == 0:
                yield from self._stream_damages(breaking=True)
                if self.stream.broken and buf.resume():
                    continue
                return
            start = buf.tell()
            kind = self._record_kind()
            if kind is None:
                yield self._garbage(start)
            elif kind == "warc":
                yield self._read_warc(start)
            else:
                yield self._read_arc(start)

    # -- dispatch -------------------------------------------------------------------
    def _record_kind(self) -> str | None:
        buf = self.buf
        buf.fill(MAX_ARC_LINE if self.kind != "warc" else 32)
        if self.kind != "arc" and WARC_START.match(buf.buf, buf.pos):
            self.kind = "warc"
            return "warc"
        if self.kind != "warc" and ARC_START.match(buf.buf, buf.pos, buf.pos + MAX_ARC_LINE):
            self.kind = "arc"
            return "arc"
        return None

    def _scan_pattern(self) -> re.Pattern[bytes]:
        return {"warc": WARC_SCAN, "arc": ARC_SCAN}.get(self.kind or "", ANY_SCAN)

    def _at_record_start(self) -> bool:
        buf = self.buf
        if buf.avail() == 0:
            return True
        buf.fill(MAX_ARC_LINE if self.kind == "arc" else 32)
        pattern = ARC_START if self.kind == "arc" else WARC_START
        return pattern.match(buf.buf, buf.pos) is not None

    def _stream_damages(self, *, breaking: bool) -> Iterator[Damage]:
        damages = self.stream.damages
        while damages and (breaking or not damages[0].breaks):
            d = damages.popleft()
            yield Damage(d.comp_offset, d.comp_offset, d.reason, d.message, d)

    def _garbage(self, start: int) -> Damage:
        buf = self.buf
        buf.mark = None
        found = self._scan_to_record(start)
        end = buf.tell()
        if found or self.stream.broken:  # at a break, more members follow
            return Damage(start, end, "garbage_between_records",
                          f"{end - start} bytes that are not a record")
        what = "bytes after the last record" if self.kind else "bytes, no record found"
        return Damage(start, end, "trailing_garbage", f"{end - start} {what}")

    def _scan_to_record(self, start: int) -> bool:
        """Advance past garbage to the next record start: a version (or ARC) line at a line
        start, or a compressed member that begins with one (a member boundary is a record
        boundary even when the garbage before it does not end with a line break)."""
        buf, pattern = self.buf, self._scan_pattern()
        while True:
            m = pattern.search(buf.buf, buf.pos)
            at = m.start() + 1 + buf.base if m is not None else None
            member = self._member_record_start(start, buf.base + len(buf.buf))
            if member is not None and (at is None or member < at):
                at = member
            if at is not None:
                buf.seek(at)
                return True
            buf.pos = max(buf.pos, len(buf.buf) - 512)
            if not buf.more():
                buf.pos = len(buf.buf)
                return False

    def _member_record_start(self, lo: int, hi: int) -> int | None:
        pattern = ARC_START if self.kind == "arc" else WARC_START
        for m in self.stream.members:
            if (lo < m.data_start < hi and m.data_start >= self.buf.base + self.buf.pos
                    and pattern.match(m.head.lstrip(b"\r\n"))):
                return m.data_start
        return None

    def _cut_off(self, start: int, what: str) -> Damage:
        """A record whose header ends at a break or at the end of the data."""
        reason, detail = "truncated_record", ""
        d = self._pop_break()
        if d is not None:
            reason, detail = d.reason, f" ({d.message})"
        self.buf.pos = len(self.buf.buf)
        self.buf.mark = None
        return Damage(start, self.buf.tell(), reason, f"{what} cut off{detail}")

    # -- WARC -----------------------------------------------------------------------
    def _read_warc(self, start: int) -> Frame:
        buf = self.buf
        buf.mark = start
        m = None
        while m is None:
            m = HEADER_END.search(buf.buf, buf.pos)
            if m is None and (buf.avail() > MAX_HEADER or not buf.more()):
                if buf.avail() > MAX_HEADER:
                    buf.pos += 1
                    return Damage(start, start + 1, "bad_header", "no end of WARC header")
                return self._cut_off(start, "WARC header")
        version, headers, problems = parse_warc_headers(buf.buf[buf.pos : m.start()])
        buf.pos = m.end()
        rec = RawRecord("warc", start, 0, 0, version, headers, b"", None)
        rec.problems.extend(("bad_header", p) for p in problems)
        cl = headers.get("content-length", "0").strip() or "0"
        if is_length(cl):
            rec.declared_length = int(cl)
            self._read_block(rec, int(cl))
        else:
            rec.problems.append(("bad_content_length", f"Content-Length {cl[:40]!r}"))
            self._read_unknown_length(rec)
        return rec

    # -- ARC ------------------------------------------------------------------------
    def _read_arc(self, start: int) -> Frame:
        buf = self.buf
        buf.mark = start
        nl = buf.buf.find(b"\n", buf.pos)
        line = buf.buf[buf.pos : nl]
        buf.pos = nl + 1
        arc = parse_arc_line(line, self.arc_fields)
        headers = _arc_headers(arc)
        rec = RawRecord("arc", start, 0, 0, "ARC", headers, b"", arc.length)
        if arc.length is None:
            rec.problems.append(("bad_content_length", f"ARC length in {line[:200]!r}"))
            self._read_unknown_length(rec)
        else:
            self._read_block(rec, arc.length)
        if arc.url.startswith("filedesc:"):
            self._arc_version(rec.block)
        return rec

    def _arc_version(self, block: bytes) -> None:
        lines = block.split(b"\n", 2)
        if len(lines) >= 2:
            self.arc_fields = len(lines[1].split()) or None

    # -- blocks ---------------------------------------------------------------------
    def _read_block(self, rec: RawRecord, length: int) -> None:
        buf = self.buf
        body = buf.tell()
        keep = min(length, self.keep_limit)
        got = min(buf.fill(keep + LOOKAHEAD), keep)
        if got < keep:
            if not self._cut_at_next_record(rec, body, length, body + got):
                rec.block = buf.take(got)
                self._truncated(rec, f"{got} of {length} block bytes present")
            return
        rec.block = buf.take(keep)
        if keep < length:
            rec.capped = True
            got = keep + buf.discard(length - keep)
            if got < length:
                self._truncated(rec, f"{got} of {length} block bytes present")
                return
        rec.end = buf.tell()
        trailer = buf.fill(1) > 0 and buf.buf[buf.pos] in b"\r\n"
        buf.skip_ws()
        if self._at_record_start():
            self._finish(rec)
        elif not rec.capped and self._cut_at_next_record(rec, body, length, rec.end + LOOKAHEAD):
            return
        elif trailer:  # the record ended properly: what follows is not part of it
            self._finish(rec)
        else:
            self._too_short(rec, length)

    def _cut_at_next_record(self, rec: RawRecord, body: int, length: int, upto: int) -> bool:
        """Declared length too long: a record starts inside the block. Cut it there."""
        buf = self.buf
        if buf.mark is None:
            return False
        lo = max(body - 1, buf.base) - buf.base
        m = self._scan_pattern().search(buf.buf, lo, min(upto - buf.base, len(buf.buf)))
        if m is None or m.start() + 1 + buf.base >= body + length:
            return False
        cut = m.start() + 1 + buf.base
        rec.block = buf.buf[body - buf.base : cut - buf.base].rstrip(b"\r\n")
        rec.end = cut
        buf.seek(cut)
        rec.problems.append(("bad_content_length", f"length {length} runs past the record: "
                             f"next record {cut - body} bytes into the block"))
        self._finish(rec)
        return True

    def _too_short(self, rec: RawRecord, length: int) -> None:
        buf = self.buf
        if buf.mark is not None:
            buf.seek(rec.end)
        buf.mark = None
        found = buf.scan(self._scan_pattern())
        extra = buf.tell() - rec.end
        what = "before the next record" if found else "up to the end of the data"
        rec.problems.append(("bad_content_length", f"length {length} is too short: "
                             f"{extra} more bytes {what}"))
        rec.truncated = True
        rec.end = buf.tell()
        self._finish(rec)

    def _read_unknown_length(self, rec: RawRecord) -> None:
        buf = self.buf
        body = buf.tell()
        buf.fill(self.keep_limit)
        prefix = buf.buf[buf.pos : buf.pos + self.keep_limit]
        buf.seek(max(body - 1, buf.base))
        buf.mark = None
        buf.scan(self._scan_pattern())
        rec.end = max(buf.tell(), body)
        if buf.tell() < body:
            buf.seek(body)
        size = rec.end - body
        rec.block = prefix[:size]
        rec.capped = size > len(prefix)
        self._finish(rec)

    def _pop_break(self) -> StreamDamage | None:
        damages = self.stream.damages
        if not self.stream.broken:
            return None
        for d in damages:
            if d.breaks:
                damages.remove(d)
                return d
        return None

    def _truncated(self, rec: RawRecord, detail: str) -> None:
        rec.truncated = True
        rec.end = rec.end_ws = self.buf.tell()
        d = self._pop_break()
        if d is not None:
            rec.problems.append((d.reason, d.message))
        rec.problems.append(("truncated_record", detail))
        self.buf.mark = None

    def _finish(self, rec: RawRecord) -> None:
        self.buf.mark = None
        self.buf.skip_ws()
        rec.end_ws = self.buf.tell()


def _arc_headers(arc: ArcLine) -> dict[str, str]:
    kind = "warcinfo" if arc.url.startswith("filedesc:") else "response"
    headers = {"warc-type": kind, "warc-target-uri": arc.url, "warc-date": arc.date,
               "content-type": arc.mime, "warc-ip-address": arc.ip}
    if arc.length is not None:
        headers["content-length"] = str(arc.length)
    return headers
