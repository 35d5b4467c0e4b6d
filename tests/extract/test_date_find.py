"""Local-time statements of a UTC publication stamp (date_find._local_stamps)."""

from __future__ import annotations

from datetime import datetime, timezone

from warctools.extract.date_find import _local_stamps

UTC = timezone.utc


def test_stamps_of_the_day_before_come_first_then_the_day_then_the_day_after() -> None:
    html = (
        "<time datetime='2023-11-09T06:35:00+09:00'></time> 2023-11-08 2023-11-08T22:35-08:00"
        " 2023-11-10T01:00:00+0200 2023-11-09T12:00:00+01:00 2023-11-11T00:00:00+01:00"
    )
    assert _local_stamps(datetime(2023, 11, 9, 6, 35, tzinfo=UTC), html) == [
        "2023-11-08T22:35-08:00", "2023-11-09T06:35:00+09:00", "2023-11-09T12:00:00+01:00",
        "2023-11-10T01:00:00+0200",
    ]  # fmt: skip


def test_days_across_a_new_year_and_at_most_twenty() -> None:
    html = " ".join(["2023-12-31T23:00:00-05:00", "2024-01-01T05:00:00+01:00"] * 15)
    found = _local_stamps(datetime(2024, 1, 1, 4, tzinfo=UTC), html)
    assert found == ["2023-12-31T23:00:00-05:00"] * 15 + ["2024-01-01T05:00:00+01:00"] * 5
    assert _local_stamps(datetime(2024, 3, 1, tzinfo=UTC), "2024-02-29T23:00:00-02:00") == [
        "2024-02-29T23:00:00-02:00"
    ]
