"""Parse the date strings pages carry into aware UTC datetimes (no third-party parser).

Handles ISO 8601 and its common variants (``Z``, ``+0000``, fractional seconds, a space
instead of ``T``), RFC 2822 (``Tue, 19 Nov 2019 10:00:00 GMT``), epoch seconds or
milliseconds, "November 19, 2019" / "19 Nov 2019" and numeric dates in URLs
(``/2019/11/19/``, ``/20191119/``, ``2019-11-19``). Implausible years are refused.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime

__all__ = ["parse_date", "date_from_url"]

_MIN_YEAR, _MAX_YEAR = 1995, 2100
_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}\b|UTC|GMT)?",
    re.IGNORECASE,
)
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "jan january", "feb february", "mar march", "apr april", "may",
            "jun june", "jul july", "aug august", "sep sept september", "oct october",
            "nov november", "dec december",
        ]
    )
    for m in names.split()
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_TEXT_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.I)
_TEXT_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})", re.I)
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|\b)"
)


def _build(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0,
           tz: tzinfo = timezone.utc) -> datetime | None:  # fmt: skip
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=tz).astimezone(timezone.utc)
    except ValueError:
        return None


def _zone(text: str | None) -> timezone:
    if not text or text.upper() in ("Z", "UTC", "GMT"):
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return timezone.utc
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def parse_date(value: object) -> datetime | None:
    """The first date found in ``value`` as an aware UTC datetime, else None."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_epoch(float(value))
    text = str(value).strip()[:100]
    if not text:
        return None
    if text.isdigit() and len(text) in (10, 13):
        return _from_epoch(float(text))
    match = _ISO.search(text)
    if match:
        y, mo, d, h, mi, s, tz = match.groups()
        return _build(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0), _zone(tz))
    if "," in text[:5] or re.match(r"\d{1,2} \w{3} \d{4} \d", text):
        try:
            parsed = parsedate_to_datetime(text)
            if parsed is not None:
                if parsed.tzinfo is None:
                    parsed = parsed.replace(tzinfo=timezone.utc)
                return _build(
                    parsed.year,
                    parsed.month,
                    parsed.day,
                    parsed.hour,
                    parsed.minute,
                    parsed.second,
                    parsed.tzinfo or timezone.utc,
                )
        except (TypeError, ValueError, IndexError):
            pass
    return _from_words(text)


def _from_words(text: str) -> datetime | None:
    match = _TEXT_MDY.search(text)
    if match:
        month, day, year = match.groups()
        return _build(int(year), _MONTHS[month.lower()], int(day))
    match = _TEXT_DMY.search(text)
    if match:
        day, month, year = match.groups()
        return _build(int(year), _MONTHS[month.lower()], int(day))
    return None


def _from_epoch(seconds: float) -> datetime | None:
    if seconds > 1e11:
        seconds /= 1000.0
    try:
        when = datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    return when if _MIN_YEAR <= when.year <= _MAX_YEAR else None


def date_from_url(url: str) -> datetime | None:
    """A publication day written in the URL path (``/2019/11/19/``), else None."""
    match = _URL_DATE.search(url)
    if match:
        return _build(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return None
