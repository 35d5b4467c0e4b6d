"""The reader over every real sample in ../shared/datasets/warc-samples."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from warctools.readers import PayloadIndex, inspect_file, iter_records
from warctools.records import RecordOutcome

STAGES = {"read", "http", "decode", "revisit"}


@pytest.fixture(scope="module")
def manifest(warc_samples_dir: Path) -> list[dict]:
    return json.loads((warc_samples_dir / "manifest.json").read_text())["files"]


@pytest.fixture(scope="module")
def results(warc_samples_dir: Path, manifest: list[dict]) -> dict[str, list[RecordOutcome]]:
    return {f["path"]: list(iter_records(warc_samples_dir / f["path"])) for f in manifest}


def _records(outcomes: list[RecordOutcome]) -> int:
    """Outcomes that are real records (damaged regions have no type)."""
    return sum(o.warc_type is not None for o in outcomes)


def _reasons(outcomes: list[RecordOutcome]) -> set[str]:
    return {e.reason for o in outcomes for e in o.errors}


def test_every_outcome_is_accounted(results: dict[str, list[RecordOutcome]],
                                    warc_samples_dir: Path) -> None:
    assert len(results) == 63
    for path, outcomes in results.items():
        name = str(warc_samples_dir / path)
        for o in outcomes:
            assert o.warc_filename == name
            assert o.status in ("capture", "skipped", "error")
            assert (o.capture is not None) == (o.status == "capture"), (path, o)
            assert (o.skip_reason is not None) == (o.status == "skipped"), (path, o)
            if o.status == "error":
                assert any(e.fatal for e in o.errors), (path, o)
            for e in o.errors:
                assert e.stage in STAGES and e.reason and e.warc_filename == name
                assert e.reason != "internal_error", (path, e)


@pytest.mark.parametrize("path", ["jwat/invalid-warcfile-record-then-garbage.warc",
                                  "jwat/invalid-arcfile-record-then-garbage.arc"])
def test_trailing_garbage_is_an_error_row(results: dict[str, list[RecordOutcome]],
                                          path: str) -> None:
    outcomes = results[path]
    last = outcomes[-1]
    assert last.status == "error" and last.warc_type is None
    assert last.errors[0].reason == "trailing_garbage" and last.errors[0].stage == "read"
    assert last.warc_offset > outcomes[0].warc_offset


def test_clipped_gzip_yields_truncated_capture(results: dict[str, list[RecordOutcome]]) -> None:
    (o,) = results["chatnoir-resiliparse/clipped.warc.gz"]
    assert o.status == "capture" and o.capture is not None
    assert o.capture.truncated
    assert {"truncated_gzip", "truncated_record"} <= {e.reason for e in o.errors}
    assert not any(e.fatal for e in o.errors)
    assert "houstonpress" in o.capture.url and len(o.capture.html) > 50_000


def test_quirky_files(results: dict[str, list[RecordOutcome]]) -> None:
    clue = [o for o in results["chatnoir-resiliparse/clueweb-quirk.warc.gz"] if o.capture]
    assert len(clue) == 29
    assert all(o.capture and o.capture.charset == "euc-jp" for o in clue)
    assert all(o.capture and o.capture.warc_date is None for o in clue)  # 2008-10-294T...
    assert "bad_content_encoding" in _reasons(clue)
    (lonely,) = results["jwat/invalid-warcfile-lonely-revisit.warc"]
    assert lonely.status == "skipped" and lonely.skip_reason == "revisit_unresolved"
    (cont,) = results["jwat/valid-warcfile-fields-continuation.warc"]
    assert cont.skip_reason == "continuation"
    upper = results["jwat/valid-warcfile-upper-lower-case.warc"]
    assert [o.warc_type for o in upper] == ["warcinfo"] + ["response"] * 4
    (status,) = results["pywb/missing-status-text.warc"]
    assert status.skip_reason == "http_status" and not status.errors
    big5 = [o.capture for o in results["jwat/invalid-warcfile-encoding-headers.warc.gz"]
            if o.capture]
    assert big5 and all(c.charset == "big5" and c.charset_source == "meta" for c in big5)


def test_iana_chunked_header_on_dechunked_body(results: dict[str, list[RecordOutcome]]) -> None:
    caps = [o for o in results["pywb/iana.warc.gz"] if o.capture]
    assert len(caps) == 16
    assert all("<html" in o.capture.html.lower() for o in caps if o.capture)
    assert "not_chunked" in _reasons(caps)


def test_common_crawl_and_formats_agree(results: dict[str, list[RecordOutcome]]) -> None:
    def pages(path: str) -> list[tuple[str, str, str]]:
        return [(o.capture.url, o.capture.charset, o.capture.html) for o in results[path]
                if o.capture]

    gz = pages("chatnoir-resiliparse/warcfile.warc.gz")
    assert len(gz) == 16
    assert gz == pages("chatnoir-resiliparse/warcfile.warc")
    assert gz == pages("chatnoir-resiliparse/warcfile.warc.lz4")
    assert not _reasons(results["chatnoir-resiliparse/warcfile.warc.gz"])


def test_gzip_offsets_point_at_members(results: dict[str, list[RecordOutcome]],
                                       warc_samples_dir: Path) -> None:
    data = (warc_samples_dir / "dolma/sample-0000.warc.gz").read_bytes()
    for o in results["dolma/sample-0000.warc.gz"]:
        assert o.capture is None or not o.capture.url.startswith("<")
        if o.capture is None:
            continue
        member = data[o.capture.warc_offset : o.capture.warc_offset + o.capture.warc_length]
        d = zlib.decompressobj(31)
        assert d.decompress(member).startswith(b"WARC/1.")
        assert d.eof and not d.unused_data


def test_whole_file_gzip_and_arc(results: dict[str, list[RecordOutcome]]) -> None:
    whole = results["warcio/example-bad-non-chunked.warc.gz"]
    assert _records(whole) == 6 and "gzip_not_per_record" in _reasons(whole)
    arc = results["jwat/IAH-20080430204825-00000-blackbook.arc.gz"]
    assert _records(arc) == 300 and arc[0].skip_reason == "warcinfo"
    caps = [o.capture for o in arc if o.capture]
    assert caps and all(c.warc_record_id is None for c in caps)
    assert all(c.warc_date is not None and c.warc_date.tzinfo for c in caps)


def test_revisits_across_files(warc_samples_dir: Path) -> None:
    index = PayloadIndex()
    base = warc_samples_dir / "webarchive-discovery"
    list(iter_records(base / "BL-20140325121225068-00000-32090~opera~8443.warc.gz",
                      revisit_lookup=index))
    second = list(iter_records(base / "BL-20140325122341434-00000-32090~opera~8443.warc.gz",
                               revisit_lookup=index))
    revisits = [o for o in second if o.warc_type == "revisit"]
    assert len(revisits) == 55
    assert not [o for o in revisits if o.skip_reason == "revisit_unresolved"]
    caps = [o.capture for o in revisits if o.capture]
    assert caps and all(c.revisit_of and c.warc_type == "revisit" for c in caps)
    alone = list(iter_records(base / "BL-20140325122341434-00000-32090~opera~8443.warc.gz"))
    assert sum(o.skip_reason == "revisit_unresolved" for o in alone) == 55


def test_server_not_modified_is_unresolved(results: dict[str, list[RecordOutcome]]) -> None:
    (o,) = results["warc-specifications/20141124-heritrix-server-not-modified.warc.gz"]
    assert o.skip_reason == "revisit_unresolved"


def test_inspect_counts(warc_samples_dir: Path) -> None:
    report = inspect_file(warc_samples_dir / "pywb/iana.warc.gz")
    assert report["records"] == 343
    assert report["record_types"]["revisit"] == 123
    assert report["captures"] == 16 and report["mime_types"]["text/html"] >= 16
    assert report["http_status"]["200"] > 0
    assert sum(report["outcomes"].values()) == 343
    assert all(e["reason"] == "not_chunked" for e in report["errors"])
    json.dumps(report)
