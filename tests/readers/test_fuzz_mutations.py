"""CI part of the mutation fuzzing (the full run: ``benchmarks/robustness.py``).

See :mod:`test_fuzz_support` for the mutations and the oracle.
"""

from __future__ import annotations

import gzip
import io
from collections import Counter
from pathlib import Path

import pytest

from tests.support.fuzz import KINDS, Result, make_case, run_cases, sample_pool
from warctools.readers import iter_records

pytestmark = pytest.mark.slow  # mutation fuzzing (CI runs it)

CI_CASES = 600


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> list[Result]:
    work = tmp_path_factory.mktemp("fuzz")
    return [res for _, res in run_cases(range(CI_CASES), work)]


def test_no_exception_no_hang_every_untouched_record_identical(results: list[Result]) -> None:
    failed = [(r.seed, r.kind, r.mode, r.exception, r.hang, r.problems[:2])
              for r in results if r.exception or r.hang or r.problems]
    assert not failed
    assert max(r.seconds for r in results) < 5.0


def test_every_mutation_kind_ran_and_damage_was_checked(results: list[Result]) -> None:
    kinds = Counter(r.kind for r in results)
    assert set(kinds) == set(KINDS), kinds
    assert sum(r.damaged for r in results) > CI_CASES // 3
    assert sum(r.compared for r in results) > CI_CASES * 2


def test_cases_are_reproducible() -> None:
    pool = sample_pool()
    a, b = make_case(12345, pool), make_case(12345, pool)
    assert a.damaged == b.damaged and a.kind == b.kind and a.target == b.target


# -- the stream recoveries the fuzzer asked for ------------------------------------------
def _warc(n: int) -> list[bytes]:
    recs = []
    for i in range(n):
        block = b"x" * 50
        recs.append(b"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:x:%d>\r\n"
                    b"Content-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n"
                    % (i, len(block), block))
    return recs


def _ids(data: bytes, tmp_path: Path) -> list[str | None]:
    path = tmp_path / "f.warc"
    path.write_bytes(data)
    return [o.warc_record_id for o in iter_records(path) if o.warc_type]


def test_cut_member_that_swallows_the_next_members(tmp_path: Path) -> None:
    # a record holding incompressible bytes is stored: cut, it takes the next members as data
    noise = bytes(range(256)) * 40
    big = (b"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:x:big>\r\n"
           b"Content-Length: %d\r\n\r\n%s\r\n\r\n" % (len(noise), noise))
    first = gzip.compress(big, mtime=0)
    rest = b"".join(gzip.compress(r, mtime=0) for r in _warc(3))
    assert _ids(first[:400] + rest, tmp_path)[-3:] == ["<urn:x:0>", "<urn:x:1>", "<urn:x:2>"]


def test_garbage_before_the_first_gzip_member(tmp_path: Path) -> None:
    data = b"\x00junk\xff" * 10 + b"".join(gzip.compress(r, mtime=0) for r in _warc(2))
    assert _ids(data, tmp_path) == ["<urn:x:0>", "<urn:x:1>"]


def test_uncompressed_records_after_gzip_members(tmp_path: Path) -> None:
    recs = _warc(3)
    data = gzip.compress(recs[0], mtime=0) + recs[1] + recs[2]
    path = tmp_path / "mixed.warc"
    path.write_bytes(data)
    outs = [o for o in iter_records(path) if o.warc_type]
    assert [o.warc_record_id for o in outs] == ["<urn:x:0>", "<urn:x:1>", "<urn:x:2>"]
    # offsets of the uncompressed part are file offsets
    assert data[outs[1].warc_offset :].startswith(recs[1])


def test_unseekable_input_still_reads(tmp_path: Path) -> None:
    class Pipe(io.BytesIO):
        def seekable(self) -> bool:
            return False

    first = gzip.compress(_warc(1)[0], mtime=0)
    from warctools.readers.stream import DecodedStream

    stream = DecodedStream(Pipe(first[:30] + gzip.compress(_warc(2)[1], mtime=0)))
    while stream.read():
        pass
    assert stream.damages


def test_content_length_that_is_no_ascii_number(tmp_path: Path) -> None:
    # "²".isdigit() is True but int("²") fails; int() refuses over 4,300 digits
    def rec(i: int, length: str) -> bytes:
        return (f"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:x:{i}>\r\n"
                f"Content-Length: {length}\r\n\r\nabc\r\n\r\n").encode()

    data = rec(0, "\u00b2") + rec(1, "3") + rec(2, "9" * 5000) + rec(3, "3")
    path = tmp_path / "len.warc"
    path.write_bytes(data)
    outs = list(iter_records(path))
    assert [o.warc_record_id for o in outs] == [f"<urn:x:{i}>" for i in range(4)]
    assert [bool(o.errors) for o in outs] == [True, False, True, False]
    assert all(e.reason == "bad_content_length" for o in outs for e in o.errors)


def test_stray_gzip_member_without_a_final_line_break(tmp_path: Path) -> None:
    # its text is glued to the next record's version line in the decompressed stream;
    # the member boundary still starts that record
    recs = _warc(2)
    data = (gzip.compress(recs[0], mtime=0) + gzip.compress(b"\xffstray bytes", mtime=0)
            + gzip.compress(recs[1], mtime=0))
    path = tmp_path / "stray.warc.gz"
    path.write_bytes(data)
    outs = list(iter_records(path))
    assert [o.warc_record_id for o in outs if o.warc_type] == ["<urn:x:0>", "<urn:x:1>"]
    assert [e.reason for o in outs for e in o.errors] == ["garbage_between_records"]
