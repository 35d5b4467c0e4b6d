"""Per-codec incremental decoders for compressed members (gzip, zstd frames, LZ4 frames).

Each decoder's ``feed(data)`` returns ``(output, bytes of data consumed)`` and sets
``eof`` at the end of its member, so the caller can find where the next member starts.
"""

from __future__ import annotations

import zlib
from typing import Protocol

import zstandard

__all__ = ["GZIP_MAGIC", "ZSTD_MAGIC", "LZ4_MAGIC", "MAGIC", "Decoder", "detect_codec",
           "is_skippable", "lz4_available", "new_decoder", "OUT_CHUNK"]

GZIP_MAGIC = b"\x1f\x8b\x08"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
LZ4_MAGIC = b"\x04\x22\x4d\x18"
_SKIPPABLE_TAIL = b"\x2a\x4d\x18"
MAGIC = {"gzip": GZIP_MAGIC, "zstd": ZSTD_MAGIC, "lz4": LZ4_MAGIC}
ZSTD_IN_CHUNK = 16 * 1024  # zstd's decompressobj has no max_length: feed small pieces
OUT_CHUNK = 256 * 1024


def is_skippable(head: bytes) -> bool:
    return len(head) >= 4 and head[1:4] == _SKIPPABLE_TAIL and head[0] & 0xF0 == 0x50


def detect_codec(head: bytes) -> str:
    """``gzip``, ``zstd``, ``lz4`` or ``plain`` from the first bytes of a file."""
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(ZSTD_MAGIC) or is_skippable(head):
        return "zstd"
    if head.startswith(LZ4_MAGIC):
        return "lz4"
    return "plain"


class Decoder(Protocol):
    eof: bool

    def feed(self, data: bytes) -> tuple[bytes, int]: ...


class _GzipDecoder:
    def __init__(self) -> None:
        self._d = zlib.decompressobj(31)
        self.eof = False

    def feed(self, data: bytes) -> tuple[bytes, int]:
        d = self._d
        out = d.decompress(data, OUT_CHUNK)
        self.eof = d.eof
        if d.eof:  # at the end zlib leaves a stale unconsumed_tail: count unused_data only
            return out, len(data) - len(d.unused_data)
        return out, len(data) - len(d.unconsumed_tail)


class _ZstdDecoder:
    def __init__(self, dict_data: zstandard.ZstdCompressionDict | None) -> None:
        dctx = zstandard.ZstdDecompressor(dict_data=dict_data) if dict_data else (
            zstandard.ZstdDecompressor())
        self._d = dctx.decompressobj()
        self.eof = False

    def feed(self, data: bytes) -> tuple[bytes, int]:
        data = data[:ZSTD_IN_CHUNK]
        out = self._d.decompress(data)
        self.eof = bool(self._d.eof)
        return out, len(data) - (len(self._d.unused_data) if self.eof else 0)


class _Lz4Decoder:
    def __init__(self) -> None:
        import lz4.frame

        self._d = lz4.frame.LZ4FrameDecompressor()
        self.eof = False

    def feed(self, data: bytes) -> tuple[bytes, int]:
        d = self._d
        if not d.needs_input and not d.eof:
            out = d.decompress(b"", max_length=OUT_CHUNK)
            self.eof = d.eof
            return out, 0
        out = d.decompress(data, max_length=OUT_CHUNK)
        self.eof = d.eof
        return out, len(data) - (len(d.unused_data or b"") if d.eof else 0)


def lz4_available() -> bool:
    try:
        import lz4.frame  # noqa: F401
    except ImportError:
        return False
    return True


def new_decoder(codec: str, zdict: zstandard.ZstdCompressionDict | None) -> Decoder:
    if codec == "gzip":
        return _GzipDecoder()
    if codec == "zstd":
        return _ZstdDecoder(zdict)
    return _Lz4Decoder()
