"""The committed sample crawl under samples/ is what scripts/make_samples.py builds.

Readers elsewhere rely on samples/expected.json, so these tests pin the files to it.
The sample WARCs are read with warcio's raw streams only: warcio's own brotli
decoding fails with brotli>=1.2 (its Decompressor has no ``unused_data``), and one
page in crawl-2024-05-b is brotli-encoded on purpose.
"""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
import zlib
from collections import Counter
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.support import REPO

SAMPLES = REPO / "samples"
SCRIPT = REPO / "scripts" / "make_samples.py"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
GENERATED = [*EXPECTED["files"], "expected.json"]
TYPES = ("warcinfo", "request", "response", "metadata", "revisit")


def read_records(path: Path) -> list[dict]:
    """Each record warcio yields: offset, type, uri, headers, raw bytes after the HTTP head."""
    out = []
    with path.open("rb") as fh:
        it = ArchiveIterator(fh)
        try:
            for rec in it:
                body = rec.raw_stream.read()
                out.append({"offset": it.get_record_offset(), "type": rec.rec_type,
                            "uri": rec.rec_headers.get_header("WARC-Target-URI"),
                            "headers": rec.rec_headers, "http": rec.http_headers, "body": body})
        except Exception as exc:  # a cut tail may also surface as an exception
            out.append({"offset": None, "type": "error", "error": repr(exc)})
    return out


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("samples")
    cmd = [sys.executable, str(SCRIPT), "--out", str(out)]
    subprocess.run(cmd, check=True, capture_output=True)
    return out


@pytest.mark.parametrize("name", GENERATED)
def test_regenerating_gives_identical_bytes(regenerated: Path, name: str) -> None:
    new, old = (regenerated / name).read_bytes(), (SAMPLES / name).read_bytes()
    if new != old:
        import brotli

        gen = EXPECTED["generator"]
        if (gen["zlib"], gen["brotli"]) != (zlib.ZLIB_RUNTIME_VERSION, brotli.__version__):
            pytest.skip(f"samples were built with zlib {gen['zlib']} / brotli {gen['brotli']}; "
                        "compressed bytes may differ with other versions")
    assert new == old, f"{name} differs: run `python scripts/make_samples.py` and commit samples/"


def test_samples_are_small() -> None:
    total = sum(p.stat().st_size for p in SAMPLES.iterdir() if p.is_file())
    assert total < 2_000_000


@pytest.mark.parametrize("name", EXPECTED["files"])
def test_record_counts_match_expected(name: str) -> None:
    records = read_records(SAMPLES / name)
    trunc = EXPECTED["truncated"]
    cut_offset = trunc["offset"] if trunc["file"] == name else None
    kept = [r for r in records if r["offset"] != cut_offset and r["type"] != "error"]
    counts = Counter(r["type"] for r in kept)
    assert {t: counts.get(t, 0) for t in TYPES} == EXPECTED["record_counts"][name]
    if cut_offset is None:
        assert all(r["type"] != "error" for r in records)


def test_truncated_record_is_really_short() -> None:
    trunc = EXPECTED["truncated"]
    path = SAMPLES / trunc["file"]
    assert path.stat().st_size == trunc["offset"] + trunc["bytes_present"]
    assert trunc["bytes_present"] < trunc["length"]
    last = read_records(path)[-1]
    if last["type"] != "error":  # warcio yields it with a short block
        assert last["offset"] == trunc["offset"] and last["uri"] == trunc["uri"]
        declared = int(last["headers"].get_header("Content-Length"))
        assert len(last["body"]) < declared


@pytest.mark.parametrize("name", EXPECTED["files"])
def test_digests_and_record_index(name: str) -> None:
    index = {e["offset"]: e for e in EXPECTED["records"][name]}
    for rec in read_records(SAMPLES / name):
        if rec["type"] == "error" or index[rec["offset"]].get("truncated"):
            continue
        entry = index[rec["offset"]]
        assert (rec["type"], rec["uri"]) == (entry["type"], entry["uri"])
        assert rec["headers"].protocol == "WARC/1.1"
        if rec["type"] == "response":
            assert rec["headers"].get_header("Content-Type") == "application/http;msgtype=response"
            digest = "sha1:" + base64.b32encode(hashlib.sha1(rec["body"]).digest()).decode()
            assert rec["headers"].get_header("WARC-Payload-Digest") == digest
            assert rec["headers"].get_header("WARC-Record-ID") == entry["record_id"]


def test_revisits_point_at_real_captures() -> None:
    ids = {e["record_id"]: (f, e) for f, idx in EXPECTED["records"].items() for e in idx
           if e["type"] == "response"}
    assert {r["same_file"] for r in EXPECTED["revisits"]} == {True, False}
    for rv in EXPECTED["revisits"]:
        file, orig = ids[rv["refers_to"]]
        assert (file, orig["uri"]) == (rv["refers_to_file"], rv["uri"])


def test_quirky_payloads() -> None:
    by_uri = {}
    for name in EXPECTED["files"]:
        for rec in read_records(SAMPLES / name):
            if rec["type"] == "response":
                by_uri[rec["uri"]] = rec
    q = EXPECTED["quirks"]
    chunked = by_uri[q["chunked_gzip"]]
    assert chunked["http"].get_header("Transfer-Encoding") == "chunked"
    assert chunked["http"].get_header("Content-Encoding") == "gzip"
    size, _, rest = chunked["body"].partition(b"\r\n")
    assert rest[: int(size, 16)].startswith(b"\x1f\x8b")
    for url in q["windows_1252"]:
        assert "windows-1252" in by_uri[url]["http"].get_header("Content-Type")
        body = by_uri[url]["body"]
        assert b"\x80" in body or b"\x92" in body  # euro sign / right single quote
    sjis = by_uri[q["shift_jis_meta_only"]]
    assert "charset" not in sjis["http"].get_header("Content-Type")
    assert b"charset=Shift_JIS" in sjis["body"]
    sjis["body"].decode("shift_jis")
    assert by_uri[q["brotli"]]["http"].get_header("Content-Encoding") == "br"


def test_expected_describes_the_stories() -> None:
    arts = {a["url"]: a for a in EXPECTED["articles"]}
    assert len({a["outlet"] for a in arts.values()}) >= 5
    assert sum(a["kind"] == "original" for a in arts.values()) >= 10
    afp = EXPECTED["clusters"]["afp-pasig-ferries"]
    assert len(afp["copies"]) >= 3
    assert all(arts[u]["first_paragraph"].startswith("MANILA (AFP) -") for u in afp["urls"])
    reuters = EXPECTED["clusters"]["reuters-meridian-buses"]
    assert len(reuters["copies"]) >= 2
    a, b = EXPECTED["hard_negative"]["urls"]
    assert arts[a]["cluster"] is None and arts[b]["cluster"] is None
