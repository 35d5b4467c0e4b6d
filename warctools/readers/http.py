"""HTTP response heads inside WARC/ARC records, and "is this HTML?" decisions.

:func:`parse_http_head` is tolerant: LF-only line ends, a status line without reason
phrase, folded headers. It returns None only when there is no recognisable status line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import _regex

__all__ = ["HttpHead", "parse_http_head", "mime_of", "classify_payload"]

_STATUS = _regex.compile(rb"[ \t]*HTTP/\d+(?:\.\d+)?[ \t]+(\d{3})(?:[ \t]+([^\r\n]*))?[ \t\r]*$",
                     re.I)
MAX_HEAD = 256 * 1024
_NOT_A_NAME = ("", " ", "\t")  # how a blank or continuation line starts

HTML_MIMES = frozenset({"text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml"})
SNIFF_MIMES = frozenset({"", "application/octet-stream", "unknown/unknown", "text/unknown",
                         "application/unknown", "*/*", "text/xml", "application/xml",
                         "application/x-unknown-content-type", "binary/octet-stream"})
_NON_HTML_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"RIFF",
                   b"\x1f\x8b", b"BM", b"\x00\x00\x01\x00", b"OggS", b"ID3", b"fLaC",
                   b"wOFF", b"wOF2", b"\x00\x01\x00\x00", b"%!PS", b"\xd0\xcf\x11\xe0")
_HTML_START = _regex.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|"
                         rb"head|body|title|meta|script|div|p|table|a\s|h1|frameset|iframe|"
                         rb"link|style|font|center|br|b>|!--)", re.I | re.S)


@dataclass(slots=True)
class HttpHead:
    status: int
    reason: str
    headers: dict[str, str]  # lowercase names; repeated names joined with ", "
    body_offset: int
    problems: list[str]


def head_end(data: bytes, start: int, stop: int) -> tuple[int, int] | None:
    """Where the first blank line of ``data[start:stop]`` (``\\r?\\n\\r?\\n``, all of it
    inside) starts and ends, or None: the end of an HTTP head. Two byte searches, the
    ``\\n\\r\\n`` of CRLF heads first, the ``\\n\\n`` of LF heads only before it."""
    crlf = data.find(b"\n\r\n", start, stop)
    lf = data.find(b"\n\n", start, stop if crlf < 0 else crlf + 1)
    if lf >= 0:
        at, end = lf, lf + 2
    elif crlf >= 0:
        at, end = crlf, crlf + 3
    else:
        return None
    return (at - 1 if at > start and data[at - 1] == 13 else at), end


def parse_http_head(block: bytes) -> HttpHead | None:
    """The status line and headers at the start of a response block."""
    m = head_end(block, 0, MAX_HEAD)
    end, body_offset = m if m else (len(block), len(block))
    first = block.find(b"\n", 0, end)
    first = end if first < 0 else first
    status = _STATUS.match(block, 0, first)
    if status is None:
        return None
    headers: dict[str, str] = {}
    problems: list[str] = []
    name = ""
    for line in block[first + 1 : end].decode("latin-1").split("\n") if first < end else ():
        key, sep, value = line.partition(":")
        if sep and key[:1] not in _NOT_A_NAME:  # the usual line: none of the checks below
            found = key.strip().lower()
            if found:
                name, value = found, value.strip()
                headers[name] = f"{headers[name]}, {value}" if name in headers else value
                continue
        line = line.rstrip("\r")
        if not line.strip():
            continue
        if line[0] in " \t" and name:
            headers[name] += " " + line.strip()
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            problems.append(f"bad HTTP header line {line[:80]!r}")
            continue
        name = key.strip().lower()
        value = value.strip()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    reason = (status.group(2) or b"").decode("latin-1").strip()
    return HttpHead(int(status.group(1)), reason, headers, body_offset, problems)


def mime_of(content_type: str | None) -> str:
    """``text/html`` from ``Text/HTML; charset=utf-8`` (first value if repeated)."""
    if not content_type:
        return ""
    return content_type.split(",")[0].split(";")[0].strip().lower()


def declared_non_html(mime: str) -> bool:
    """True when the declared MIME type rules the payload out before reading it."""
    return bool(mime) and mime not in HTML_MIMES and mime not in SNIFF_MIMES


def classify_payload(mime: str, body: bytes, url: str | None) -> bool:
    """True when the payload is HTML: by declared type, confirmed by a look at the bytes.

    Mislabelled binaries (an image served as text/html, a common wget artefact), JSON and
    robots.txt are rejected; an untyped or generic body is accepted when it looks like
    HTML.
    """
    head = body[:1024].lstrip()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip()
    if head.startswith(_NON_HTML_MAGIC):
        return False
    if url and url.split("?")[0].lower().endswith("/robots.txt"):
        return False
    if mime in HTML_MIMES:
        return not (head[:1] in (b"{", b"[") and _HTML_START.match(head) is None)
    if mime in SNIFF_MIMES:
        return _HTML_START.match(head) is not None
    return False
