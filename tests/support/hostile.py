"""Hostile payloads as WARC files: bombs, deep nesting, huge lines, bad text, NULs.

Each builder returns one WARC file (bytes) holding one hostile ``response`` record (and a
normal article after it, to show the file goes on). ``EXPECTED`` names what must happen
to the hostile record: the reason in ``errors/`` (or the skip reason in the summary).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

import brotli

MIB = 2**20
GOOD_URL = "https://news.example.com/after"
GOOD_HTML = ("<!doctype html><html><head><title>Ferry service resumes</title></head><body>"
             "<article><h1>Ferry service resumes</h1>" + "<p>The harbour ferry resumed service "
             "on Monday after a week of repairs, the operator said in a statement.</p>" * 8
             + "</article></body></html>").encode()


def http_response(body: bytes, headers: list[tuple[str, str]] | None = None) -> bytes:
    lines = [b"HTTP/1.1 200 OK"]
    lines += [f"{k}: {v}".encode() for k, v in (headers or [])]
    lines.append(b"Content-Length: %d" % len(body))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def warc_record(url: str | bytes, block: bytes, rid: str, wtype: str = "response") -> bytes:
    url_b = url if isinstance(url, bytes) else url.encode()
    head = (b"WARC/1.1\r\nWARC-Type: " + wtype.encode() + b"\r\nWARC-Record-ID: " + rid.encode()
            + b"\r\nWARC-Date: 2024-05-14T10:00:00Z\r\nWARC-Target-URI: " + url_b
            + b"\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: "
            + str(len(block)).encode() + b"\r\n\r\n")
    return head + block + b"\r\n\r\n"


def with_good_record(url: str, block: bytes, name: str) -> bytes:
    return (warc_record(url, block, f"<urn:hostile:{name}>")
            + warc_record(GOOD_URL + "/" + name, http_response(
                GOOD_HTML, [("Content-Type", "text/html; charset=utf-8")]),
                f"<urn:good:{name}>"))


def _html_filler(size: int) -> tuple[bytes, bytes]:
    prefix = b"<!doctype html><html><head><title>Bomb</title></head><body><p>"
    chunk = b"a" * MIB
    assert size % MIB == 0
    return prefix, chunk


def gzip_bomb(size: int = 1024 * MIB) -> bytes:
    """``size`` bytes of HTML in about 1 MB of gzip (repeated full-flush deflate blocks)."""
    prefix, chunk = _html_filler(size)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(prefix + chunk) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    assert again == block  # each full-flushed chunk compresses alike: repeat the bytes
    n = size // MIB
    crc = zlib.crc32(prefix + chunk)
    for _ in range(n - 1):
        crc = zlib.crc32(chunk, crc)
    body = (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + first + block * (n - 1)
            + c.flush(zlib.Z_FINISH) + struct.pack("<II", crc, (len(prefix) + size) % 2**32))
    return body


def brotli_bomb(size: int = 1024 * MIB) -> bytes:
    prefix, chunk = _html_filler(size)
    c = brotli.Compressor(quality=1)
    parts = [c.process(prefix)] + [c.process(chunk) for _ in range(size // MIB)]
    return b"".join(parts) + c.finish()


def _html(body: bytes, ctype: str = "text/html; charset=utf-8") -> bytes:
    return http_response(body, [("Content-Type", ctype)])


def build_gzip_bomb() -> bytes:
    return with_good_record("https://bomb.example.com/gzip", http_response(
        gzip_bomb(), [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]), "gzip")


def build_brotli_bomb() -> bytes:
    return with_good_record("https://bomb.example.com/br", http_response(
        brotli_bomb(), [("Content-Type", "text/html"), ("Content-Encoding", "br")]), "br")


def build_deep_nesting() -> bytes:
    page = (b"<!doctype html><html><head><title>Deep</title></head><body>"
            + b"<div>" * 100_000 + b"<p>deep text</p>" + b"</div>" * 100_000 + b"</body></html>")
    return with_good_record("https://deep.example.com/", _html(page), "deep")


def build_huge_line() -> bytes:
    page = b"<!doctype html><html><head><title>Long</title></head><body><p>" + (
        b"word " * (10 * MIB)) + b"</p></body></html>"
    return with_good_record("https://long.example.com/", _html(page), "long")


def build_bad_text() -> bytes:
    text = ("<p>Invalid UTF-8 \udcff and lone surrogates \ud800 \udfff here, and "
            "references &#xD800; &#xDFFF; &#0; &#x110000;.</p>" * 40)
    page = ("<!doctype html><html><head><title>Bad \ud800 text</title></head><body>"
            "<article><h1>Bad \udfff text</h1>" + text + "</article></body></html>")
    raw = page.encode("utf-8", "surrogatepass").replace(b"\xed\xb3\xbf", b"\xff\xfe\xc3")
    return with_good_record("https://text.example.com/bad\udc80".encode("utf-8", "surrogatepass"),
                            _html(raw), "text")


def build_nul_bytes() -> bytes:
    page = (b"<!doctype html><html><head><title>N\x00UL</title></head><body><article><h1>"
            b"N\x00UL</h1>" + b"<p>Text with \x00 NUL \x00\x00 bytes in the middle.</p>" * 40
            + b"</article></body></html>\x00\x00")
    return with_good_record("https://nul.example.com/a\x00b", _html(page), "nul")


def build_million_attributes() -> bytes:
    page = (b"<!doctype html><html><head><title>Attrs</title></head><body><div "
            + b"a=1 " * 1_000_000 + b"><p>attribute soup</p></div></body></html>")
    return with_good_record("https://attrs.example.com/", _html(page), "attrs")


BUILDERS: dict[str, Callable[[], bytes]] = {
    "gzip_bomb": build_gzip_bomb,
    "brotli_bomb": build_brotli_bomb,
    "deep_nesting": build_deep_nesting,
    "huge_line": build_huge_line,
    "bad_text": build_bad_text,
    "nul_bytes": build_nul_bytes,
    "million_attributes": build_million_attributes,
}

# the reason recorded for the hostile record: an errors/ row (reason), or how it was counted
EXPECTED: dict[str, str] = {
    "gzip_bomb": "error:payload_too_large",
    "brotli_bomb": "error:payload_too_large",
    "deep_nesting": "error:deep_nesting_flattened",  # beyond 2,000 levels, before parsing
    "huge_line": "error:payload_too_large",
    "bad_text": "outcome",  # not UTF-8 after all: decoded under the detected charset
    "nul_bytes": "outcome",
    "million_attributes": "outcome",
}
