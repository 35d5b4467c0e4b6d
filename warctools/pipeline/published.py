"""The publication date against the capture: none after the WARC-Date, and the fallback.

A page cannot have been published after it was captured. ``published`` is compared with
the capture's WARC-Date: when the page states its offset the two instants are compared
exactly; when it does not (a date without a time, or a time without a zone) the page's
clock may run up to 14 hours ahead of UTC, so only a stamp later than the capture plus
14 hours is impossible. An impossible date is dropped (``published``, its source and
offset become null; ``modified`` too when it is also impossible) and the caller writes
a non-fatal errors row, reason ``published_after_capture``. Dates before 1990 never get
this far: the parser refuses them.

A page that states its age by the headline ("3 hours ago", "vor 2 Tagen") where no source
or only a guess (htmldate, the page text) dated it is dated the WARC-Date less that age,
with ``published_source`` ``relative`` (no offset: the capture's clock is UTC); one that
shows "today" or "yesterday" with a time ("Heute, 10:30 Uhr", "Yesterday at 2:15 pm") is
dated that time on the capture's day or the day before, ``relative`` too. A page
that shows only a month and day by its headline ("6月24日 11時30分", no source dating it)
takes the capture's year (the year before when that day lies after the capture), with
``published_source`` ``month_day``.

With ``date_fallback="capture"`` a page left without a date takes the WARC-Date, with
``published_source`` ``capture`` (news crawls such as CC-NEWS fetch within hours of
publication); by default it stays null.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from warctools.extract.date_relative import GUESSED_SOURCES
from warctools.records import Extracted

__all__ = ["settle_published"]

_ZONE_SLACK = timedelta(hours=14)  # the most a local clock runs ahead of UTC


def _latest(warc_date: datetime, offset: int | None) -> datetime:
    return warc_date if offset is not None else warc_date + _ZONE_SLACK


def _in_capture_year(month_day: tuple[int, int], warc_date: datetime) -> datetime | None:
    """The day in the capture's year, or the year before when that day is later than the
    capture (a story of 31 December captured on 2 January)."""
    month, day = month_day
    for year in (warc_date.year, warc_date.year - 1):
        try:
            when = datetime(year, month, day, tzinfo=warc_date.tzinfo)
        except ValueError:  # 29 February of a common year, 31 April
            continue
        if when <= warc_date + _ZONE_SLACK:
            return when
    return None


def _on_capture_day(day_time: tuple[int, int, int], warc_date: datetime) -> datetime:
    """The time of "today" / "yesterday" (``day_time``: days back, hour, minute) on the
    capture's day (UTC), a day earlier when that would be later than any clock could show
    at the capture (the page's "today" is the capture's UTC day less one, west of UTC)."""
    days, hour, minute = day_time
    when = (warc_date - timedelta(days=days)).replace(hour=hour, minute=minute, second=0,
                                                      microsecond=0)  # fmt: skip
    return when - timedelta(days=1) if when > warc_date + _ZONE_SLACK else when


def settle_published(ext: Extracted, warc_date: datetime | None,
                     date_fallback: str | None = None) -> str | None:  # fmt: skip
    """Drop a ``published`` later than the capture (returns why, for the errors row) and
    apply the fallback. Changes ``ext`` in place; None when nothing was dropped."""
    if warc_date is None:
        return None
    guessed = ext.published is None or ext.published_source in GUESSED_SOURCES
    if ext.published_ago is not None and guessed:
        ext.published, ext.published_source = warc_date - ext.published_ago, "relative"
        ext.published_utc_offset = None
    elif ext.published_day_time is not None and guessed:
        ext.published, ext.published_source = _on_capture_day(ext.published_day_time,
                                                              warc_date), "relative"
        ext.published_utc_offset = None
    elif ext.published_month_day is not None and ext.published is None:
        ext.published = _in_capture_year(ext.published_month_day, warc_date)
        if ext.published is not None:
            ext.published_source = "month_day"
    why = None
    if ext.published is not None and ext.published > _latest(warc_date, ext.published_utc_offset):
        why = (f"published {ext.published.isoformat()} (from {ext.published_source}) is after "
               f"the capture's WARC-Date {warc_date.isoformat()}; published dropped")  # fmt: skip
        ext.published = ext.published_source = ext.published_utc_offset = None
    if ext.modified is not None and ext.modified > warc_date + _ZONE_SLACK:
        ext.modified = None
    if ext.published is None and date_fallback == "capture":
        ext.published, ext.published_source = warc_date, "capture"
    return why
