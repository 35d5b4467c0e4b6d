"""The shown modification day read one date at a time (stopping at the first of another
day) answers as the whole list of the headline's dates did."""

from __future__ import annotations

from datetime import datetime

import pytest

from warctools.extract import date_find
from warctools.extract.dates import Stamp, all_text_dates, text_dates


class _Markup:
    def __init__(self, text: str) -> None:
        self._text = text

    def headline_text(self) -> str:
        return self._text


def _listed(stamp: Stamp, modified: Stamp, text: str) -> Stamp | None:
    """The answer as the whole list gave it."""
    if date_find._day(modified) <= date_find._day(stamp):
        return None
    shown = sorted(all_text_dates(text, day_first=True))
    if not shown or {date_find._day(found) for _, found in shown} != {date_find._day(modified)}:
        return None
    return shown[0][1]


TEXTS = [
    "Headline. 6 March 2024",
    "Headline. 5 March 2024 · 6 March 2024",
    "Headline 06.03.2024 10:30 and again March 6, 2024",
    "Headline 2024-03-06T10:30:00+01:00 then 06.03.2024",
    "Headline without a date",
    "Headline 7 March 2024",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_first_date_of_another_day_answers_no(text: str) -> None:
    stamp = Stamp(datetime(2024, 3, 5, 9), 0)
    modified = Stamp(datetime(2024, 3, 6, 9), 0)
    assert date_find._shown_modified(stamp, modified, _Markup(text), True) == _listed(
        stamp, modified, text)


@pytest.mark.parametrize("text", TEXTS)
def test_the_dates_one_by_one_are_the_list(text: str) -> None:
    assert list(text_dates(text)) == all_text_dates(text)
