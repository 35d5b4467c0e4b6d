"""Hand-made WARC/ARC files (built in tmp_path) for the reader's decoding paths."""

from __future__ import annotations

import gzip
import tracemalloc
import uuid
import zlib
from pathlib import Path

import brotli
import pytest

from warctools.readers import iter_records
from warctools.records import RecordOutcome

HTML = b"<!doctype html><html><head><title>T</title></head><body><p>Hello news</p></body></html>"


def http(body: bytes, headers: list[tuple[str, str]] | None = None,
         status: str = "200 OK", eol: bytes = b"\r\n") -> bytes:
    lines = [f"HTTP/1.1 {status}".encode()]
    lines += [f"{k}: {v}".encode() for k, v in (headers or [("Content-Type", "text/html")])]
    return eol.join(lines) + eol + eol + body


def record(wtype: str, block: bytes, url: str = "http://example.com/",
           extra: list[tuple[str, str]] | None = None, *, length: int | None = None,
           rid: str | None = None) -> bytes:
    fields = [("WARC-Type", wtype), ("WARC-Record-ID", rid or f"<urn:uuid:{uuid.uuid4()}>"),
              ("WARC-Date", "2024-01-02T03:04:05Z"), ("WARC-Target-URI", url),
              ("Content-Type", "application/http; msgtype=response")]
    fields += extra or []
    fields.append(("Content-Length", str(len(block) if length is None else length)))
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields) + "\r\n"
    return head.encode() + block + b"\r\n\r\n"


def read(tmp_path: Path, data: bytes, name: str = "t.warc", **kw: object
         ) -> list[RecordOutcome]:
    path = tmp_path / name
    path.write_bytes(data)
    return list(iter_records(path, **kw))  # type: ignore[arg-type]


def only_capture(outcomes: list[RecordOutcome]) -> RecordOutcome:
    caps = [o for o in outcomes if o.capture is not None]
    assert len(caps) == 1, outcomes
    return caps[0]


def reasons(outcomes: list[RecordOutcome]) -> set[str]:
    return {e.reason for o in outcomes for e in o.errors}


def chunk(data: bytes, size: int = 7) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(data[i : i + size]), data[i : i + size])
             for i in range(0, len(data), size)]
    return b"".join(parts) + b"0\r\n\r\n"


def test_chunked_and_gzip_encoded(tmp_path: Path) -> None:
    body = chunk(gzip.compress(HTML))
    hdrs = [("Content-Type", "text/html; charset=utf-8"), ("Transfer-Encoding", "chunked"),
            ("Content-Encoding", "gzip")]
    o = only_capture(read(tmp_path, record("response", http(body, hdrs))))
    assert o.capture and o.capture.body == HTML and not o.errors
    assert o.capture.charset_source == "http" and o.capture.content_type == "text/html"


def test_brotli_and_deflate(tmp_path: Path) -> None:
    data = record("response", http(brotli.compress(HTML), [("Content-Type", "text/html"),
                                                            ("Content-Encoding", "br")]))
    raw_deflate = zlib.compressobj(wbits=-15)
    deflated = raw_deflate.compress(HTML) + raw_deflate.flush()
    data += record("response", http(deflated, [("Content-Type", "text/html"),
                                               ("Content-Encoding", "deflate")]))
    caps = [o.capture for o in read(tmp_path, data) if o.capture]
    assert [c.body for c in caps] == [HTML, HTML]


def test_x_crawler_headers_mean_already_decoded(tmp_path: Path) -> None:
    hdrs = [("Content-Type", "text/html"), ("X-Crawler-Content-Encoding", "gzip"),
            ("X-Crawler-Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip"),
            ("Transfer-Encoding", "chunked")]
    o = only_capture(read(tmp_path, record("response", http(HTML, hdrs))))
    assert o.capture and o.capture.body == HTML and not o.errors


def test_bad_content_encoding_falls_back_to_raw(tmp_path: Path) -> None:
    hdrs = [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]
    o = only_capture(read(tmp_path, record("response", http(HTML, hdrs))))
    assert o.capture and o.capture.body == HTML
    assert [(e.stage, e.reason, e.fatal) for e in o.errors] == [
        ("decode", "bad_content_encoding", False)]


def test_windows_1252_without_declaration(tmp_path: Path) -> None:
    text = "<html><body><p>Les élèves ont été très contents. Ça coûte cher.</p></body></html>"
    o = only_capture(read(tmp_path, record("response", http(text.encode("cp1252")))))
    assert o.capture and o.capture.charset == "windows-1252"
    assert o.capture.charset_source == "detected" and "élèves" in o.capture.html


def test_shift_jis_meta_and_lf_only_http(tmp_path: Path) -> None:
    page = '<html><head><meta charset="Shift_JIS"></head><body>日本語のニュース記事</body></html>'
    block = http(page.encode("shift_jis"), eol=b"\n")
    o = only_capture(read(tmp_path, record("response", block)))
    assert o.capture and o.capture.charset == "shift_jis" and o.capture.charset_source == "meta"
    assert "日本語のニュース記事" in o.capture.html


def test_wrong_declared_charset_is_overruled(tmp_path: Path) -> None:
    page = "<html><body><p>Новости дня: правительство объявило о реформе</p></body></html>"
    block = http(page.encode("cp1251"), [("Content-Type", "text/html; charset=utf-8")])
    o = only_capture(read(tmp_path, record("response", block)))
    assert o.capture and o.capture.charset == "windows-1251"
    assert o.capture.charset_source == "detected" and "Новости" in o.capture.html


def test_gzip_bomb_is_capped_without_allocating_it(tmp_path: Path) -> None:
    comp = zlib.compressobj(1, wbits=31)
    bomb = comp.compress(b"<html><body>") + b"".join(
        comp.compress(b"a" * 2**20) for _ in range(200)) + comp.flush()  # 200 MiB inflated
    data = record("response", http(bomb, [("Content-Type", "text/html"),
                                          ("Content-Encoding", "gzip")]))
    tracemalloc.start()
    outcomes = read(tmp_path, data, max_payload_bytes=2**20)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    o = only_capture(outcomes)
    assert o.capture and o.capture.truncated and len(o.capture.body) == 2**20
    assert "payload_too_large" in reasons(outcomes)
    assert peak < 24 * 2**20


def test_garbage_between_records_and_resync(tmp_path: Path) -> None:
    first = record("response", http(HTML))
    data = first + b"this is junk\r\nmore junk\r\n" + record("warcinfo", b"software: x\r\n")
    outcomes = read(tmp_path, data)
    assert [o.status for o in outcomes] == ["capture", "error", "skipped"]
    bad = outcomes[1]
    assert bad.warc_type is None and bad.warc_offset == len(first)
    assert bad.errors[0].reason == "garbage_between_records"


def test_content_length_too_long_and_too_short(tmp_path: Path) -> None:
    good = record("response", http(HTML))
    too_long = record("response", http(HTML), length=len(http(HTML)) + 40)
    too_short = record("response", http(HTML), length=len(http(HTML)) - 20)
    outcomes = read(tmp_path, too_long + good + too_short + good)
    assert [o.status for o in outcomes] == ["capture"] * 4
    assert [bool(o.errors) for o in outcomes] == [True, False, True, False]
    assert all(e.reason == "bad_content_length" and not e.fatal
               for o in outcomes for e in o.errors)
    assert outcomes[0].capture and outcomes[0].capture.body == HTML
    assert outcomes[2].capture and outcomes[2].capture.truncated


def test_revisit_resolved_in_file_and_lonely(tmp_path: Path) -> None:
    digest = "sha1:AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH"
    rid = "<urn:uuid:11111111-2222-3333-4444-555555555555>"
    orig = record("response", http(HTML), extra=[("WARC-Payload-Digest", digest)], rid=rid)
    rev = record("revisit", http(b""), url="http://example.com/again", extra=[
        ("WARC-Payload-Digest", digest),
        ("WARC-Profile", "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest")])
    lonely = b"WARC/1.0\r\nWARC-Type: revisit\r\n\r\n\r\n\r\n"
    outcomes = read(tmp_path, orig + rev + lonely)
    assert [o.status for o in outcomes] == ["capture", "capture", "skipped"]
    resolved = outcomes[1].capture
    assert resolved and resolved.revisit_of == rid and resolved.body == HTML
    assert resolved.url == "http://example.com/again" and resolved.warc_type == "revisit"
    assert outcomes[2].skip_reason == "revisit_unresolved"


def test_skip_reasons(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
    data = (record("response", http(HTML, status="301 Moved Permanently"))
            + record("response", http(png))  # image served as text/html (wget artefact)
            + record("response", http(b"User-agent: *\n", [("Content-Type", "text/plain")]))
            + record("response", http(b'{"a": 1}', [("Content-Type", "application/json")]))
            + record("response", http(b""))
            + record("request", b"GET / HTTP/1.1\r\n\r\n")
            + record("metadata", b"x: y\r\n"))
    got = [o.skip_reason for o in read(tmp_path, data)]
    assert got == ["http_status", "non_html", "non_html", "non_html", "empty", "request",
                   "metadata"]


def test_header_continuation_upper_case_type_and_bad_date(tmp_path: Path) -> None:
    block = http(HTML)
    data = (b"WARC/0.18\r\nWARC-Type: \r\n RESPONSE\r\nWARC-Target-URI: \r\n <http://x.org/a>\r\n"
            b"WARC-Date: 2008-10-294T05:21:46-0700\r\nContent-Length: %d\r\n\r\n" % len(block)
            + block + b"\r\n\r\n")
    o = only_capture(read(tmp_path, data))
    assert o.warc_type == "response" and o.capture
    assert o.capture.url == "http://x.org/a" and o.capture.warc_date is None


ARC_HEAD = (b"filedesc://t.arc 0.0.0.0 20080430204825 text/plain 77\n1 0 InternetArchive\n"
            b"URL IP-address Archive-date Content-type Archive-length\n")


def arc_record(url: str, body: bytes) -> bytes:
    return f"{url} 1.2.3.4 20080430204826 text/html {len(body)}\n".encode() + body


@pytest.mark.parametrize("sep", [b"\n", b""])
def test_arc_with_and_without_blank_lines(tmp_path: Path, sep: bytes) -> None:
    meta = ARC_HEAD[ARC_HEAD.index(b"\n") + 1 :]
    head = ARC_HEAD.replace(b" 77\n", f" {len(meta)}\n".encode(), 1)
    data = head + sep + arc_record("http://a.org/", http(HTML)) + sep + arc_record(
        "http://b.org/x y", http(HTML)) + sep
    outcomes = read(tmp_path, data, name="t.arc")
    assert [o.status for o in outcomes] == ["skipped", "capture", "capture"]
    assert outcomes[0].warc_type == "warcinfo" and not reasons(outcomes)
    assert [o.capture.url for o in outcomes[1:] if o.capture] == ["http://a.org/",
                                                                  "http://b.org/x%20y"]
    assert all(o.capture.warc_record_id is None for o in outcomes[1:] if o.capture)


def test_whole_file_gzip_reads_every_record(tmp_path: Path) -> None:
    plain = record("warcinfo", b"a: b\r\n") + record("response", http(HTML)) * 3
    outcomes = read(tmp_path, gzip.compress(plain), name="t.warc.gz")
    assert [o.status for o in outcomes] == ["skipped"] + ["capture"] * 3
    assert [e.reason for e in outcomes[0].errors] == ["gzip_not_per_record"]
    assert not reasons(outcomes[1:])
    assert [o.warc_offset for o in outcomes] == [
        0, *(len(record("warcinfo", b"a: b\r\n")) + i * len(record("response", http(HTML)))
             for i in range(3))]


def test_truncated_and_unaligned_gzip_members(tmp_path: Path) -> None:
    rec = record("response", http(HTML))
    good = gzip.compress(rec)
    cut = gzip.compress(rec + b"x" * 5000)[:60]
    data = good + cut + good + b"GARBAGE!" + good
    outcomes = read(tmp_path, data, name="t.warc.gz")
    assert [o.status for o in outcomes].count("capture") == 3
    errs = [(o.warc_offset, e.reason) for o in outcomes for e in o.errors]
    assert (len(good), "truncated_gzip") in errs or (len(good), "corrupt_gzip") in errs
    assert (2 * len(good) + len(cut), "garbage_between_records") in errs
    offsets = [o.warc_offset for o in outcomes if o.capture]
    assert offsets == [0, len(good) + len(cut), 2 * len(good) + len(cut) + 8]


def test_zstd_with_dictionary_and_lz4(tmp_path: Path) -> None:
    import zstandard

    recs = [record("response", http(HTML)) for _ in range(3)]
    zdict = zstandard.ZstdCompressionDict(b"WARC/1.0\r\nWARC-Type: response\r\n" * 20)
    cctx = zstandard.ZstdCompressor(dict_data=zdict)
    frame = b"\x5d\x2a\x4d\x18" + len(zdict.as_bytes()).to_bytes(4, "little")
    data = frame + zdict.as_bytes() + b"".join(cctx.compress(r) for r in recs)
    outcomes = read(tmp_path, data, name="t.warc.zst")
    assert [o.status for o in outcomes] == ["capture"] * 3 and not reasons(outcomes)
    lz4 = pytest.importorskip("lz4.frame")
    outcomes = read(tmp_path, b"".join(lz4.compress(r) for r in recs), name="t.warc.lz4")
    assert [o.status for o in outcomes] == ["capture"] * 3 and not reasons(outcomes)
