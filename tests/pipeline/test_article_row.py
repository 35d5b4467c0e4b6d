"""article_row: the id and host a caller already worked out give the same row."""

from __future__ import annotations

from datetime import datetime, timezone

from warctools.pipeline.article_row import article_row, capture_id, host_of
from warctools.records import Capture, Extracted


def _capture(digest: str | None) -> Capture:
    return Capture(
        url="https://News.Example.co.uk./2024/05/01/harbour", warc_filename="a.warc.gz",
        warc_offset=0, warc_length=10, warc_record_id="<urn:uuid:1>",
        warc_date=datetime(2024, 5, 1, 10, tzinfo=timezone.utc), warc_type="response",
        payload_digest=digest, http_status=200, content_type="text/html", body=b"<p>x</p>",
        html="<p>x</p>", charset="utf-8", charset_source="http",
    )  # fmt: skip


def test_given_id_and_host_change_nothing() -> None:
    ext = Extracted(page_type="article", text="Harbour quay to close.", title="Quay")
    for digest in ("sha1:ABC", None):
        cap = _capture(digest)
        row = article_row(cap, ext)
        assert row["id"] == capture_id(cap) and row["host"] == "news.example.co.uk"
        assert row["domain"] == "example.co.uk"
        assert article_row(cap, ext, row_id=capture_id(cap), host=host_of(cap.url)) == row
