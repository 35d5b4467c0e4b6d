"""Transfer and content decoding of HTTP bodies, never past a byte cap.

Every decoder works incrementally (``decompressobj`` with ``max_length``, brotli's
``output_buffer_limit``, a zstd stream reader) so a decompression bomb stops at the cap
without allocating more. Failures are not exceptions: each function returns what it
could decode plus problem tuples ``(reason, message)``.
"""

from __future__ import annotations

import io
import zlib

import brotli
import zstandard

from .. import _regex

__all__ = ["dechunk", "decode_content", "Decoded"]

_CHUNK_SIZE = _regex.compile(rb"[ \t]*([0-9A-Fa-f]{1,16})[ \t]*(?:;[^\r\n]*)?\r?\n")
_STEP = 64 * 1024


class Decoded:
    __slots__ = ("data", "problems", "capped", "truncated")

    def __init__(self, data: bytes, problems: list[tuple[str, str]] | None = None, *,
                 capped: bool = False, truncated: bool = False) -> None:
        self.data = data
        self.problems = problems or []
        self.capped = capped  # output reached the cap
        self.truncated = truncated  # the encoded input ended early or broke


def dechunk(raw: bytes, cap: int) -> Decoded:
    """Undo ``Transfer-Encoding: chunked``.

    When the body does not start with a chunk-size line it was stored already
    de-chunked (pywb's iana.warc.gz): the raw body is returned with a ``not_chunked``
    note. Broken framing later on keeps what was decoded (``bad_chunking``).
    """
    m = _CHUNK_SIZE.match(raw)
    if m is None:
        return Decoded(raw, [("not_chunked", "Transfer-Encoding chunked but the body is "
                              "not chunked; used as is")])
    parts: list[bytes] = []
    size_total = 0
    pos = 0
    while m is not None:
        size = int(m.group(1), 16)
        start = m.end()
        if size == 0:
            return Decoded(b"".join(parts))
        if size_total + size > cap:
            parts.append(raw[start : start + cap - size_total])
            return Decoded(b"".join(parts), capped=True)
        piece = raw[start : start + size]
        parts.append(piece)
        size_total += len(piece)
        if len(piece) < size:
            return Decoded(b"".join(parts), [("bad_chunking", "body ends inside a chunk")],
                           truncated=True)
        pos = start + size
        if raw.startswith(b"\r\n", pos):
            pos += 2
        elif raw.startswith(b"\n", pos):
            pos += 1
        m = _CHUNK_SIZE.match(raw, pos)
    if raw[pos:].strip():
        return Decoded(b"".join(parts), [("bad_chunking", f"bad chunk header at byte {pos}")],
                       truncated=True)
    return Decoded(b"".join(parts))  # no terminating 0-chunk: complete data, tolerated


def _inflate(data: bytes, cap: int, wbits: int) -> tuple[bytes, bool, bool]:
    """(output, capped, complete) for zlib/gzip/raw-deflate ``data``."""
    d = zlib.decompressobj(wbits)
    out = bytearray()
    chunk = data
    while True:
        out += d.decompress(chunk, cap - len(out) + 1 if cap >= len(out) else 1)
        if len(out) > cap:
            del out[cap:]
            return bytes(out), True, True
        if d.eof:
            rest = d.unused_data
            if rest[:2] == b"\x1f\x8b" and wbits != -15:  # concatenated gzip members
                d, chunk = zlib.decompressobj(wbits), rest
                continue
            return bytes(out), False, True
        chunk = d.unconsumed_tail
        if not chunk:
            return bytes(out), False, False


def _unbrotli(data: bytes, cap: int) -> tuple[bytes, bool, bool]:
    d = brotli.Decompressor()
    out = bytearray(d.process(data, output_buffer_limit=min(cap + 1, _STEP)))
    while len(out) <= cap and not d.is_finished() and not d.can_accept_more_data():
        out += d.process(b"", output_buffer_limit=min(cap + 1 - len(out), _STEP))
    if len(out) > cap:
        return bytes(out[:cap]), True, True
    return bytes(out), False, d.is_finished()


def _unzstd(data: bytes, cap: int) -> tuple[bytes, bool, bool]:
    reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data),
                                                        read_across_frames=True)
    out = reader.read(cap + 1)
    if len(out) > cap:
        return out[:cap], True, True
    return out, False, True


def _decode_one(data: bytes, coding: str, cap: int) -> tuple[bytes, bool, bool]:
    if coding in ("gzip", "x-gzip"):
        return _inflate(data, cap, 47)
    if coding == "deflate":
        try:
            return _inflate(data, cap, 15)
        except zlib.error:
            return _inflate(data, cap, -15)  # raw deflate, as some servers send it
    if coding == "br":
        return _unbrotli(data, cap)
    return _unzstd(data, cap)


KNOWN = frozenset({"gzip", "x-gzip", "deflate", "br", "zstd"})


def decode_content(data: bytes, encodings: list[str], cap: int) -> Decoded:
    """Undo Content-Encoding(s), last applied first.

    A body that does not decode at all under a declared coding is kept raw (ClueWeb09
    declares gzip on plain bodies) with a ``bad_content_encoding`` note.
    """
    problems: list[tuple[str, str]] = []
    capped = truncated = False
    for coding in reversed(encodings):
        if coding not in KNOWN:
            if coding not in ("identity", "none", ""):
                problems.append(("unknown_content_encoding", f"{coding!r} left as is"))
            continue
        try:
            out, capped, complete = _decode_one(data, coding, cap)
        except (zlib.error, brotli.error, zstandard.ZstdError) as exc:
            problems.append(("bad_content_encoding", f"declared {coding} but it does not "
                             f"decode ({exc}); body used as is"))
            continue
        if not complete:
            truncated = True
            problems.append(("bad_content_encoding", f"{coding} stream ends early"))
        data = out
    return Decoded(data, problems, capped=capped, truncated=truncated)
