"""Pages the guard or the decoder had to change still yield rows, and say so in errors/."""

from __future__ import annotations

import io
from pathlib import Path

import polars as pl
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warctools.cli import main

ARTICLE = ("<p>" + "The harbour board met on Tuesday to approve the new ferry timetable, "
           "which adds three crossings a day from June. " * 6 + "</p>") * 6


def _warc(path: Path, pages: dict[str, bytes]) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response",
                                                          payload=io.BytesIO(body),
                                                          http_headers=headers))


def test_flattened_nesting_and_replaced_bytes_leave_non_fatal_rows(tmp_path: Path) -> None:
    deep = ("<html><body>" + "<div>" * 3000 + "<article><h1>Ferry timetable</h1>" + ARTICLE
            + "</article>" + "</div>" * 3000 + "</body></html>").encode()
    utf16 = ("<html><body><article><h1>Ferry timetable</h1>" + ARTICLE
             + "</article></body></html>").encode("utf-16-le")
    _warc(tmp_path / "in.warc.gz", {"https://a.example/deep": deep,
                                   "https://a.example/utf16": b"\xff\xfe" + utf16 + b"\x00\xd8"})
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", "-q", str(tmp_path / "in.warc.gz"),
                                       "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    errors = pl.read_parquet(out / "errors" / "*.parquet")
    by_url = dict(zip(errors["url"].to_list(), errors["reason"].to_list(), strict=True))
    assert by_url == {"https://a.example/deep": "deep_nesting_flattened",
                      "https://a.example/utf16": "undecodable_bytes_replaced"}
    assert not errors["fatal"].any()
    articles = pl.read_parquet(out / "articles" / "*.parquet")
    assert sorted(articles["url"].to_list()) == sorted(by_url)
