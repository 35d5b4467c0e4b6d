"""The payload goes to the parser only where the page is exactly its strict UTF-8 decoding."""

from __future__ import annotations

import dataclasses

from warctools.pipeline.extract_stage import exact_utf8
from warctools.readers.charset import decode_html
from warctools.records import Capture

PAGE = "<p>„Endlich sicher“ – 川の防潮堤</p>"


def _capture(body: bytes, content_type: str, truncated: bool = False) -> Capture:
    html, charset, source = decode_html(body, content_type, truncated=truncated)
    return Capture(
        url="https://news.example.net/a", warc_filename="a.warc.gz", warc_offset=0,
        warc_length=10, warc_record_id=None, warc_date=None, warc_type="response",
        payload_digest=None, http_status=200, content_type=content_type, body=body, html=html,
        charset=charset, charset_source=source, truncated=truncated,
    )  # fmt: skip


def _given(cap: Capture) -> bytes | None:
    return exact_utf8(cap, "\ufffd" in cap.html)


def test_a_valid_utf8_page_hands_its_payload_over() -> None:
    body = PAGE.encode("utf-8")
    cap = _capture(body, "text/html; charset=utf-8")
    assert _given(cap) is body and body.decode("utf-8") == cap.html
    undeclared = _capture(body, "text/html")  # detected as UTF-8
    assert _given(undeclared) == body and undeclared.html == PAGE


def test_no_payload_where_the_page_differs_from_it() -> None:
    bom = _capture(b"\xef\xbb\xbf" + PAGE.encode("utf-8"), "text/html")
    assert bom.charset_source == "bom" and _given(bom) is None
    broken = _capture(PAGE.encode("utf-8") + b"\xff\xfe tail", "text/html; charset=utf-8")
    assert _given(broken) is None  # (read as the default single-byte charset)
    replaced = dataclasses.replace(_capture(PAGE.encode("utf-8"), "text/html"),
                                   html=PAGE + "\ufffd")  # fmt: skip
    assert _given(replaced) is None
    cut = _capture(PAGE.encode("utf-8")[:-5], "text/html; charset=utf-8", truncated=True)
    assert _given(cut) is None
    latin = _capture("<p>Café crème</p>".encode("cp1252"), "text/html; charset=windows-1252")
    assert latin.charset != "utf-8" and _given(latin) is None
    assert _given(dataclasses.replace(latin, charset="utf-8", charset_source="http")) == (
        latin.body)  # (the check trusts the reader's charset: only its own captures come here)
