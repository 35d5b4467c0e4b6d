"""WARC header blocks, ARC header lines, WARC/ARC dates and target URIs."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import lru_cache

from .. import _regex

__all__ = ["parse_warc_headers", "parse_arc_line", "parse_date", "date_key", "clean_uri",
           "ArcLine", "is_length"]

_DATE = _regex.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?"
    r"\s*(Z|z|[+-]\d{2}:?\d{2})?"
)

# 2024-05-01T10:00:00Z, read by ``datetime.fromisoformat`` (its day and month checked there)
_CANONICAL = _regex.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9][Zz]")


def parse_warc_headers(head: bytes) -> tuple[str, dict[str, str], list[str]]:
    """``(version line, {lowercase name: value}, problems)`` of a WARC header block.

    Continuation lines (starting with space or tab) extend the previous value; a
    repeated name keeps its first value. Lines without a colon are reported.
    """
    text = head.decode("utf-8", "replace")
    lines = text.replace("\r\n", "\n").split("\n")
    version = lines[0].strip()
    headers: dict[str, str] = {}
    problems: list[str] = []
    name = ""
    for line in lines[1:]:
        if line[:1] in (" ", "\t"):  # a continuation (or a blank line)
            if not line.strip():
                continue
            if name:
                joined = headers[name] + " " + line.strip() if headers[name] else line.strip()
                headers[name] = joined
                continue
        key, sep, value = line.partition(":")
        if not sep:
            if line.strip():
                problems.append(f"header line without a colon: {line[:80]!r}")
            continue
        name = key.strip().lower()
        if name in headers:
            name = ""  # keep the first value; ignore continuations of the repeat
            continue
        headers[name] = value.strip()
    return version, headers, problems


class ArcLine:
    __slots__ = ("url", "ip", "date", "mime", "length")

    def __init__(self, url: str, ip: str, date: str, mime: str, length: int | None) -> None:
        self.url, self.ip, self.date, self.mime, self.length = url, ip, date, mime, length


def is_length(text: str) -> bool:
    """A record length: ASCII digits only (``"²".isdigit()`` is True but ``int`` fails)
    and at most 20 of them (``int`` refuses over 4,300 digits; no file is 10^20 bytes)."""
    return text.isascii() and text.isdigit() and len(text) <= 20


def parse_arc_line(line: bytes, nfields: int | None) -> ArcLine:
    """Fields of an ARC header line (v1: 5 fields, v2: 10; URL first, length last).

    ``nfields`` (from the filedesc record) lets a URL that contains spaces be rejoined.
    An unparsable length gives ``length=None``.
    """
    parts = line.decode("latin-1").strip().split()
    extra = len(parts) - nfields if nfields and len(parts) > nfields else 0
    url = " ".join(parts[: 1 + extra])
    rest = parts[1 + extra :]
    length_text = rest[-1] if rest else ""
    length = int(length_text) if is_length(length_text) else None
    get = rest.__getitem__
    return ArcLine(url, get(0) if rest else "", get(1) if len(rest) > 1 else "",
                   get(2) if len(rest) > 2 else "", length)


@lru_cache(maxsize=1024)  # records written in the same second share the date
def parse_date(text: str | None) -> datetime | None:
    """A WARC (ISO 8601 / W3C-DTF) or ARC (14 digits) date as aware UTC, or None."""
    if not text:
        return None
    text = text.strip()
    try:
        if len(text) == 20 and _CANONICAL.fullmatch(text):  # most WARCs: the quick way
            return datetime.fromisoformat(text[:19] + "+00:00")
        if text.isdigit():
            if len(text) not in (8, 10, 12, 14):
                return None
            text = text.ljust(14, "0")
            return datetime.strptime(text, "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
        m = _DATE.fullmatch(text)
        if m is None:
            return None
        y, mo, d, h, mi, s, frac, tz = m.groups()
        micro = int((frac or "0").ljust(6, "0")[:6])
        dt = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0), micro,
                      tzinfo=timezone.utc)
    except ValueError:
        return None
    if tz and tz not in "Zz":
        sign = 1 if tz[0] == "+" else -1
        digits = tz[1:].replace(":", "")
        dt -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return dt


@lru_cache(maxsize=1024)
def date_key(text: str | None) -> str | None:
    """A WARC date as the revisit index keys it: ISO 8601 in UTC when it parses, else as
    written (``WARC-Date`` of an original and ``WARC-Refers-To-Date`` of a revisit alike)."""
    date = parse_date(text)
    return date.isoformat() if date else text


def clean_uri(uri: str | None) -> str | None:
    """Strip whitespace and the ``<...>`` some writers (wget 1.14+) put around the URI."""
    if uri is None:
        return None
    uri = uri.strip()
    if uri.startswith("<") and uri.endswith(">"):
        uri = uri[1:-1].strip()
    return uri.replace(" ", "%20") or None
