"""htmldate as the slow second opinion, for pages where no fast source states a date.

htmldate (a trafilatura dependency) searches the whole page: header, JSON, ``<abbr>`` and
``<time>`` elements, date-like classes, and finally free text, preferring the oldest
plausible date (``original_date=True``). It costs a few milliseconds per page, so
:func:`warctools.extract.date_find.find_dates` calls it only when its own sources found
nothing. It answers a day, without a time or offset.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from .dates import MIN_YEAR, Stamp

__all__ = ["htmldate_stamp"]

_MIN_DATE = datetime(MIN_YEAR, 1, 1)


def htmldate_stamp(html: str, url: str) -> Stamp | None:
    """htmldate's extensive original-date answer for the page, as a UTC midnight."""
    from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.ERROR)
    if not html:
        return None
    try:
        day = find_date(html, url=url or None, extensive_search=True, original_date=True,
                        min_date=_MIN_DATE)  # fmt: skip
    except Exception:  # noqa: BLE001 - a second opinion must never cost the page
        return None
    if not day:
        return None
    try:
        when = datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    return Stamp(when, None)
