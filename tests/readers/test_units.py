"""Unit tests of the reader's helpers, and fuzzing of the framing."""

from __future__ import annotations

import gzip
from datetime import datetime, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import warctools.readers as readers
from warctools.readers import iter_records, lookup_label
from warctools.readers.charset import decode_html, meta_charset
from warctools.readers.decode import dechunk, decode_content
from warctools.readers.headers import clean_uri, date_key, parse_date
from warctools.readers.http import head_end, parse_http_head


def test_public_api() -> None:
    for name in readers.__all__:
        assert hasattr(readers, name), name
    assert "iter_records" in readers.__all__ and "expand_inputs" in readers.__all__


def test_whatwg_labels() -> None:
    assert lookup_label("ISO-8859-1") == ("windows-1252", "cp1252")
    assert lookup_label("gb2312")[0] == "gbk"  # type: ignore[index]
    assert lookup_label(" Shift_JIS ")[0] == "shift_jis"  # type: ignore[index]
    assert lookup_label("Big5_Solaris") is None
    assert lookup_label("iso-2022-kr") is None  # the "replacement" encoding: ignored
    assert lookup_label("latin1") == lookup_label("us-ascii")


def test_meta_prescan_and_bom() -> None:
    assert meta_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
                        ) == "koi8-r"
    assert meta_charset(b"<!-- <meta charset=big5> --><meta charset='utf-8'>") == "utf-8"
    html, name, source = decode_html("\ufeffhé".encode("utf-16-le"), "text/html; charset=big5")
    assert (html, name, source) == ("hé", "utf-16le", "bom")
    assert decode_html(b"plain ascii", None)[1:] == ("utf-8", "detected")


def test_dates() -> None:
    utc = timezone.utc
    assert parse_date("2008-04-30T20:48:25Z") == datetime(2008, 4, 30, 20, 48, 25, tzinfo=utc)
    frac = parse_date("2024-01-02T03:04:05.123456Z")
    assert frac is not None and frac.microsecond == 123456
    assert parse_date("2008-10-29T05:21:46-0700") == datetime(2008, 10, 29, 12, 21, 46,
                                                               tzinfo=utc)
    assert parse_date("20080430204825") == datetime(2008, 4, 30, 20, 48, 25, tzinfo=utc)
    for junk in ("2008-10-294T05:21:46-0700", "201404010000000000", "null", "", None):
        assert parse_date(junk) is None
    assert clean_uri(" <http://a.org/x y> ") == "http://a.org/x%20y"


def test_http_head_tolerance() -> None:
    head = parse_http_head(b"HTTP/1.1 200\nContent-Type: text/html\nX-Folded: a\n b\nbad\n\nbody")
    assert head is not None and head.status == 200 and head.reason == ""
    assert head.headers["content-type"] == "text/html" and head.problems
    assert head.headers["x-folded"] == "a b" and head.body_offset == 57
    assert parse_http_head(b"<html>not http</html>") is None
    # a line with no name between a header and its continuation leaves the header open
    odd = parse_http_head(b"HTTP/1.1 200\r\nA: 1\r\n\x0b: x\r\n\tmore\r\nA: 2\r\n\r\n")
    assert odd is not None and odd.headers == {"a": "1 more, 2"} and len(odd.problems) == 1


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([b"\r", b"\n", b"x", b"\r\n", b": "]), max_size=12),
       st.integers(0, 30), st.integers(0, 30))
def test_head_end_is_the_first_blank_line(parts: list[bytes], start: int, stop: int) -> None:
    """head_end finds what ``re.search(rb"\\r?\\n\\r?\\n", data, start, stop)`` finds."""
    import re

    data = b"".join(parts)
    m = re.compile(rb"\r?\n\r?\n").search(data, start, stop)
    assert head_end(data, start, stop) == ((m.start(), m.end()) if m else None)


def test_head_end_examples() -> None:
    assert head_end(b"HTTP/1.1 200\r\nA: b\r\n\r\nbody", 0, 99) == (18, 22)
    assert head_end(b"HTTP/1.1 200\nA: b\n\r\nbody\r\n\r\n", 0, 99) == (17, 20)
    assert head_end(b"a\r\n\nb\r\n\r\n", 0, 99) == (1, 4)  # CRLF then LF: the first
    assert head_end(b"a\r\n\r\n", 0, 4) is None  # must lie inside [start, stop)
    assert head_end(b"x\r\n\r\n", 2, 99) == (2, 5)  # the CR before start is not part of it


def test_date_key() -> None:
    """The revisit index's date: ISO 8601 UTC when it parses, else the text as written."""
    assert date_key("2024-05-01T10:00:00Z") == "2024-05-01T10:00:00+00:00"
    assert date_key("20240501100000") == "2024-05-01T10:00:00+00:00"
    assert date_key("2024-05-01T12:00:00+02:00") == "2024-05-01T10:00:00+00:00"
    assert date_key("not a date") == "not a date" and date_key(None) is None


def test_dechunk_and_content_decoding() -> None:
    assert dechunk(b"3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n", 100).data == b"abcde"
    not_chunked = dechunk(b"<html>already decoded</html>", 100)
    assert not_chunked.data.startswith(b"<html>") and not_chunked.problems[0][0] == "not_chunked"
    capped = dechunk(b"5\r\nabcde\r\n0\r\n\r\n", 3)
    assert capped.data == b"abc" and capped.capped
    bad = dechunk(b"3\r\nabc\r\nzz\r\n", 100)
    assert bad.data == b"abc" and bad.problems[0][0] == "bad_chunking"
    two = decode_content(gzip.compress(gzip.compress(b"x" * 50)), ["gzip", "gzip"], 100)
    assert two.data == b"x" * 50 and not two.problems
    text = b"".join(b"line %d of the story\n" % i for i in range(2000))
    packed = gzip.compress(text)
    cut = decode_content(packed[: len(packed) // 2], ["gzip"], 10**6)
    assert cut.truncated and 0 < len(cut.data) < len(text) and text.startswith(cut.data)


def _sample_warc() -> bytes:
    def rec(wtype: str, block: bytes) -> bytes:
        return (b"WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: http://a.org/\r\n"
                b"Content-Length: %d\r\n\r\n%s\r\n\r\n" % (wtype.encode(), len(block), block))

    page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>hi</body></html>"
    return rec("warcinfo", b"a: b\r\n") + rec("response", page) + rec("request", b"GET /")


BASE = _sample_warc()
edits = st.lists(st.tuples(st.integers(0, len(BASE)), st.integers(0, 30),
                           st.binary(max_size=12)), max_size=6)


def _check(path: Path) -> None:
    for o in iter_records(path):
        assert o.status in ("capture", "skipped", "error")
        assert (o.capture is not None) == (o.status == "capture")
        assert o.status != "error" or o.errors
        assert all(e.reason != "internal_error" for e in o.errors), o.errors


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=edits, compress=st.booleans())
def test_fuzzed_files_never_raise(tmp_path: Path, edits: list[tuple[int, int, bytes]],
                                  compress: bool) -> None:
    data = BASE
    for pos, cut, insert in edits:
        data = data[:pos] + insert + data[pos + cut :]
    if compress:  # one member per third of the file: members cut records anywhere
        third = max(1, len(data) // 3)
        data = b"".join(gzip.compress(data[i : i + third]) for i in range(0, len(data), third))
        data = data[: len(data) - len(edits)]  # and maybe a truncated last member
    path = tmp_path / "fuzz.warc"
    path.write_bytes(data)
    _check(path)


def test_payload_index_is_bounded() -> None:
    from warctools.readers import PayloadIndex, RevisitRef

    index = PayloadIndex(max_entries=3)
    for i in range(10):
        index.add("non_html", record_id=f"<id{i}>", url=None, date=None, digest=f"SHA1:D{i}")
    assert len(index) == 3 and len(index._keys) == 6
    assert index(RevisitRef(None, "sha1:D9", None, None, None)) == "non_html"
    assert index(RevisitRef(None, "sha1:D0", None, None, None)) is None
