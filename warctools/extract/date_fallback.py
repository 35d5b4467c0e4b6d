"""The slow second opinions, for pages where no fast source states a date.

1. htmldate (a trafilatura dependency) searches the whole page: header, JSON, ``<abbr>``
   and ``<time>`` elements, date-like classes, title and headings, timestamps in the
   markup, image names, preferring the oldest plausible date (``original_date=True``).
   It runs without its ``extensive_search``: that hands free text to dateparser, whose
   first call in a process loads every locale (over a second) for about one page in a
   hundred more.
2. Then the page's whole visible text: the day written there most often (the oldest among
   equals), read with this package's own multilingual patterns.

Both answer a day, without a time or offset.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date, datetime, timezone

from .dates import MIN_YEAR, Stamp, all_text_dates

__all__ = ["htmldate_stamp", "page_text_stamp"]

_MIN_DATE = datetime(MIN_YEAR, 1, 1)
_MAX_TEXT = 100_000  # characters of page text searched (bounds hostile pages)


def _midnight(day: date) -> Stamp:
    return Stamp(datetime(day.year, day.month, day.day, tzinfo=timezone.utc), None)


def htmldate_stamp(html: str, url: str) -> Stamp | None:
    """htmldate's original-date answer for the page (its search without dateparser)."""
    from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.ERROR)
    if not html:
        return None
    try:
        day = find_date(html, url=url or None, extensive_search=False, original_date=True,
                        min_date=_MIN_DATE)  # fmt: skip
    except Exception:  # noqa: BLE001 - a second opinion must never cost the page
        return None
    try:
        return _midnight(datetime.strptime(day, "%Y-%m-%d").date()) if day else None
    except ValueError:
        return None


def page_text_stamp(text: str, day_first: bool) -> Stamp | None:
    """The day written most often in ``text`` (the oldest among equals), not in the future;
    only the first ``_MAX_TEXT`` characters are searched."""
    today = datetime.now(timezone.utc).date()
    text = text[:_MAX_TEXT]
    days = Counter(s.when.date() for s in all_text_dates(text, day_first=day_first))
    seen = [(count, -day.toordinal(), day) for day, count in days.items() if day <= today]
    return _midnight(max(seen)[2]) if seen else None
