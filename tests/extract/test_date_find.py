"""Local-time statements of a UTC publication stamp (date_find._local_stamps)."""

from __future__ import annotations

from datetime import datetime, timezone

from warctools.extract import extract
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


def test_the_pages_utf8_bytes_give_the_same_stamps_as_its_text() -> None:
    html = (
        "<p>Größe 2023-11-0 « 2023-11-08T22:35-08:00 » — 2023-11-09T06:35:00+09:00 2023-11-09"
        "T06:35Z 2023-11-10T01:00:00.123+0200 2023-11-10T01:00:00+٠٢:٠٠ 2023-11-1é</p>"
    )
    for when in (datetime(2023, 11, 9, 6, 35, tzinfo=UTC), datetime(2024, 1, 1, tzinfo=UTC)):
        assert _local_stamps(when, html.encode()) == _local_stamps(when, html)
    assert _local_stamps(datetime(2023, 11, 9, 6, 35, tzinfo=UTC), html.encode()) == [
        "2023-11-08T22:35-08:00", "2023-11-09T06:35:00+09:00", "2023-11-10T01:00:00.123+0200",
    ]  # fmt: skip (not the offset written in Arabic-Indic digits: an ISO stamp's are ASCII)


def test_a_utc_stamp_takes_its_local_offset_from_the_bytes_as_from_the_text() -> None:
    html = (
        "<html><head><meta property='article:published_time' content='2023-11-09T06:35:00Z'>"
        "</head><body><h1>Harbour plan backed</h1><p>Größe — "
        "<time datetime='2023-11-08T22:35:00-08:00'>Nov 8</time></p></body></html>"
    )
    for encoded in (None, html.encode()):
        got = extract(html, "https://e.com/a", encoded=encoded)
        assert (got.published, got.published_utc_offset) == (
            datetime(2023, 11, 9, 6, 35, tzinfo=UTC), -480)
