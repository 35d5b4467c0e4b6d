"""Mutation fuzzing of the reader: a seeded mutator over samples/ and its oracle.

A *case* takes a window of consecutive records from one file of ``samples/``, writes it
either uncompressed (``plain``) or one gzip member per record (``gzip``), damages the
byte range of one *target* record (or inserts bytes before it), and reads both the
clean and the damaged file with :func:`warctools.readers.iter_records`. The oracle:

* nothing raises, no ``internal_error`` row, and each case finishes in ``CASE_LIMIT_S``;
* every record the mutation did not touch comes out identical (found by its
  WARC-Record-ID: same type, status, skip reason, error reasons, length, capture url /
  body / html / charset / truncated flag, and its offset moved by exactly the number of
  bytes inserted or removed before it); a truncation removes the records after the cut;
* *damage* must be named: when the mutation broke the framing (the record's version
  line, header end or Content-Length no longer describe its bytes, the file or gzip
  member ends inside it, a gzip member no longer decompresses to the same bytes,
  bytes that are no record sit between records), an error row lies inside the damaged
  byte range. A bit flip in an uncompressed payload leaves a well-formed record: that is
  not damage a reader can see (no checksum is required by WARC), so it is only required
  not to disturb the other records.

Records are compared by content, never by position, so the oracle does not depend on how
the reader splits a damaged region into outcomes.
"""

from __future__ import annotations

import gzip
import random
import re
import signal
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from tests.support import SAMPLES
from warctools.readers import iter_records
from warctools.records import RecordOutcome

CASE_LIMIT_S = 5.0
KINDS = ("bitflip", "truncate", "dup_header", "del_header", "wrong_length", "garbage",
         "stray_gzip", "member_bitflip", "member_truncate")
INSERTIONS = ("garbage", "stray_gzip")  # bytes inserted before the target record
_RID = re.compile(rb"\r\nWARC-Record-ID: *(<[^>\r\n]*>)", re.I)
_CL = re.compile(rb"\nContent-Length:[ \t]*([0-9]+)[ \t]*\r?\n", re.I)
_VERSION = re.compile(rb"WARC/[0-9]+\.[0-9]+[ \t\r]*\n", re.I)
_HEADER_END = re.compile(rb"\n\r*\n")
_WS = b" \t\r\n"


def split_records(path: Path) -> list[bytes]:
    """The complete records of a sample file, uncompressed, each with its trailer."""
    data = path.read_bytes()
    if data[:2] != b"\x1f\x8b":
        starts = [0] + [m.start() + 1 for m in re.finditer(rb"\nWARC/1\.[01]\r\n", data)]
        return [data[a:b] for a, b in zip(starts, starts[1:] + [len(data)], strict=True)]
    out: list[bytes] = []
    while data:
        d = zlib.decompressobj(31)
        plain = d.decompress(data)
        if not d.eof:
            break  # the cut-off last member of crawl-2024-05-b
        out.append(plain)
        data = d.unused_data
    return out


def sample_pool() -> dict[str, list[bytes]]:
    return {p.name: split_records(p) for p in sorted(SAMPLES.glob("crawl-*.warc*"))}


def record_id(rec: bytes) -> str:
    m = _RID.search(rec[: rec.find(b"\r\n\r\n") + 2])
    assert m is not None, rec[:200]
    return m.group(1).decode()


def _gz(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=6, mtime=0)


@dataclass
class Case:
    seed: int
    source: str
    mode: str  # plain | gzip
    kind: str
    records: list[bytes]  # the window, uncompressed
    target: int
    clean: bytes = b""
    damaged: bytes = b""
    region: tuple[int, int] = (0, 0)  # damaged byte range in the damaged file
    shift: int = 0  # offset change for records after the target
    cut: bool = False  # records after the target are gone
    expect_error: bool = False
    note: str = ""

    @property
    def target_id(self) -> str:
        return record_id(self.records[self.target])


@dataclass
class Result:
    seed: int
    kind: str
    mode: str
    seconds: float
    compared: int = 0
    damaged: bool = False
    problems: list[str] = field(default_factory=list)
    exception: str | None = None
    hang: bool = False


def _members(records: list[bytes], mode: str) -> list[bytes]:
    return [_gz(r) for r in records] if mode == "gzip" else list(records)


def make_case(seed: int, pool: dict[str, list[bytes]]) -> Case:
    rng = random.Random(seed)
    source = rng.choice(sorted(pool))
    recs = pool[source]
    size = rng.randint(3, 8)
    first = rng.randrange(0, len(recs) - size + 1)
    window = recs[first : first + size]
    mode = rng.choice(("plain", "gzip"))
    kinds = [k for k in KINDS if mode == "gzip" or not k.startswith("member_")]
    case = Case(seed, source, mode, rng.choice(kinds), window, rng.randrange(size))
    _MUTATORS[case.kind](case, rng)
    return case


def _layout(case: Case, target_bytes: bytes | None = None, before: bytes = b"") -> None:
    """Assemble clean and damaged files around a replaced target (and inserted bytes)."""
    parts = _members(case.records, case.mode)
    case.clean = b"".join(parts)
    start = sum(len(p) for p in parts[: case.target])
    new = parts[case.target] if target_bytes is None else target_bytes
    case.damaged = b"".join(parts[: case.target]) + before + new + b"".join(
        parts[case.target + 1 :])
    case.shift = len(before) + len(new) - len(parts[case.target])
    case.region = (start, start + len(before) + len(new))


def _target_plain(case: Case, new_record: bytes) -> bytes:
    return _gz(new_record) if case.mode == "gzip" else new_record


def _bitflip(case: Case, rng: random.Random) -> None:
    rec = bytearray(case.records[case.target])
    for _ in range(rng.randint(1, 3)):
        pos = rng.randrange(len(rec))
        rec[pos] ^= 1 << rng.randrange(8)
    new = bytes(rec)
    case.expect_error = _framing_broken(case.records[case.target], new)
    _layout(case, _target_plain(case, new))


def _framing_broken(old: bytes, new: bytes) -> bool:
    """A flipped header that no longer frames the record: version line, header end or
    Content-Length (a flip that leaves them intact, e.g. in the URI, is not damage)."""
    if not _VERSION.match(new):
        return True
    h_old, h_new = _HEADER_END.search(old), _HEADER_END.search(new)
    if h_new is None or h_old is None or h_new.end() != h_old.end():
        return True
    c_old, c_new = _length_field(old[: h_old.end()]), _length_field(new[: h_new.end()])
    if c_new is None or c_old is None:
        return True
    return length_damage(new, h_new.end(), c_old, c_new)


def _length_field(head: bytes) -> int | None:
    """Content-Length as a tolerant reader sees it (first one, value stripped)."""
    for line in head.decode("utf-8", "replace").replace("\r\n", "\n").split("\n")[1:]:
        name, sep, value = line.partition(":")
        if sep and name.strip().lower() == "content-length":
            value = value.strip()
            return int(value) if value.isdigit() and value.isascii() else None
    return None


def length_damage(rec: bytes, body: int, old: int, new: int) -> bool:
    """Whether a Content-Length changed from ``old`` to ``new`` is visible damage: a shorter
    length leaves non-blank bytes before the next record; a longer one runs past the
    blank trailer (into the next record or past the end of the data)."""
    if new < old:
        return bool(rec[body + new :].strip(_WS))
    trailer = len(rec) - body - old
    return new - old > trailer


def _truncate(case: Case, rng: random.Random) -> None:
    parts = _members(case.records, case.mode)
    start = sum(len(p) for p in parts[: case.target])
    member = parts[case.target]
    keep = rng.randrange(1, len(member))
    _layout(case, member[:keep])
    case.damaged = case.damaged[: start + keep]
    case.cut = True
    case.region = (start, start + keep)
    if case.mode == "gzip":
        case.expect_error = True
    else:  # a cut inside the trailer leaves a complete record
        rec = case.records[case.target]
        cl = _CL.search(rec)
        block_end = rec.find(b"\r\n\r\n") + 4 + (int(cl.group(1)) if cl else 0)
        case.expect_error = keep < block_end


def _header_lines(rec: bytes) -> tuple[list[bytes], bytes]:
    end = rec.find(b"\r\n\r\n")
    return rec[:end].split(b"\r\n"), rec[end:]


def _dup_header(case: Case, rng: random.Random) -> None:
    lines, rest = _header_lines(case.records[case.target])
    i = rng.randrange(1, len(lines))
    lines.insert(rng.randrange(1, len(lines) + 1), lines[i])
    _layout(case, _target_plain(case, b"\r\n".join(lines) + rest))
    case.note = lines[i][:30].decode("latin-1")


def _del_header(case: Case, rng: random.Random) -> None:
    lines, rest = _header_lines(case.records[case.target])
    i = rng.randrange(0, len(lines))
    gone = lines.pop(i)
    case.note = gone[:30].decode("latin-1")
    # no version line or no Content-Length (a non-empty block) no longer frame the record
    case.expect_error = i == 0 or gone.lower().startswith(b"content-length")
    if i == 0 and case.target > 0 and case.mode == "plain":
        case.note += " (record joins the previous one's trailer)"
    _layout(case, _target_plain(case, b"\r\n".join(lines) + rest))


_ODD_LENGTHS = ["\u00b2", "\u0663", "-5", "0x10", "1e3", "9" * 5000, "", "12 34", "\u00a0"]


def _wrong_length(case: Case, rng: random.Random) -> None:
    rec = case.records[case.target]
    m = _CL.search(rec)
    assert m is not None
    old = int(m.group(1))
    if rng.random() < 0.15:  # not a number at all (a superscript two, 5,000 digits ...)
        odd = rng.choice(_ODD_LENGTHS).encode()
        _layout(case, _target_plain(case, rec[: m.start(1)] + odd + rec[m.end(1) :]))
        case.note, case.expect_error = f"{old} -> {odd[:20]!r}", True
        return
    new = rng.choice([0, max(0, old - rng.randint(1, 200)), old + rng.randint(1, 200),
                      old * 2 + 7, 10**12, rng.randrange(old + 1)])
    if new == old:
        new = old + 1000
    damaged = rec[: m.start(1)] + str(new).encode() + rec[m.end(1) :]
    body = rec.find(b"\r\n\r\n") + 4 + len(str(new)) - len(m.group(1))
    _layout(case, _target_plain(case, damaged))
    case.note = f"{old} -> {new}"
    case.expect_error = length_damage(damaged, body, old, new)


def _garbage(case: Case, rng: random.Random) -> None:
    n = rng.choice([1, 7, 100, 3000])
    junk = bytes(rng.randrange(256) for _ in range(n))
    junk = b"x" + junk.replace(b"\n", b" ")  # no accidental record start, non-blank
    before = junk + b"\r\n" if case.mode == "plain" else junk
    _layout(case, None, before)
    case.region = (case.region[0], case.region[0] + len(before))
    case.expect_error = True


def _stray_gzip(case: Case, rng: random.Random) -> None:
    text = rng.choice([b"not a record\n", b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
                       bytes(rng.randrange(256) for _ in range(200)), b"<html>" * 50])
    member = _gz(text)
    _layout(case, None, member)
    case.region = (case.region[0], case.region[0] + len(member))
    case.expect_error = True
    case.note = repr(text[:20])


def _member_bitflip(case: Case, rng: random.Random) -> None:
    member = bytearray(_gz(case.records[case.target]))
    for _ in range(rng.randint(1, 3)):
        pos = rng.randrange(len(member))
        member[pos] ^= 1 << rng.randrange(8)
    new = bytes(member)
    try:
        d = zlib.decompressobj(31)
        same = d.decompress(new) == case.records[case.target] and d.eof and not d.unused_data
    except zlib.error:
        same = False
    case.expect_error = not same
    _layout(case, new)


def _member_truncate(case: Case, rng: random.Random) -> None:
    member = _gz(case.records[case.target])
    keep = rng.randrange(1, len(member))
    _layout(case, member[:keep])
    case.expect_error = True
    case.note = f"member cut at {keep} of {len(member)}"


_MUTATORS = {"bitflip": _bitflip, "truncate": _truncate, "dup_header": _dup_header,
             "del_header": _del_header, "wrong_length": _wrong_length, "garbage": _garbage,
             "stray_gzip": _stray_gzip, "member_bitflip": _member_bitflip,
             "member_truncate": _member_truncate}


# -- reading and comparing ---------------------------------------------------------------
class _Hang(Exception):
    pass


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _Hang()


def read_all(path: Path) -> list[RecordOutcome]:
    return list(iter_records(path))


def _key(o: RecordOutcome) -> dict[str, Any]:
    c = o.capture
    return {"type": o.warc_type, "status": o.status, "skip": o.skip_reason,
            "length": o.warc_length, "url": o.url, "digest": o.payload_digest,
            "errors": sorted(e.reason for e in o.errors),
            "capture": None if c is None else (c.url, c.body, c.html, c.charset, c.truncated,
                                               c.http_status, c.revisit_of)}


def _depends_on(o: RecordOutcome, rid: str) -> bool:
    return o.capture is not None and o.capture.revisit_of == rid


def check_case(case: Case, workdir: Path, baseline: dict[bytes, list[RecordOutcome]]
               ) -> Result:
    """Read the clean and damaged files of ``case`` and apply the oracle."""
    res = Result(case.seed, case.kind, case.mode, 0.0)
    clean_path, bad_path = workdir / "clean.warc", workdir / "damaged.warc"
    if case.clean not in baseline:
        clean_path.write_bytes(case.clean)
        baseline[case.clean] = read_all(clean_path)
    clean = baseline[case.clean]
    bad_path.write_bytes(case.damaged)
    has_alarm = hasattr(signal, "setitimer")
    previous = signal.signal(signal.SIGALRM, _on_alarm) if has_alarm else None
    started = time.perf_counter()
    try:
        if has_alarm:
            signal.setitimer(signal.ITIMER_REAL, CASE_LIMIT_S * 2)
        damaged = read_all(bad_path)
    except _Hang:
        res.hang = True
        return res
    except Exception as exc:  # noqa: BLE001 - the fuzzer reports, the reader must not raise
        res.exception = f"{type(exc).__name__}: {exc}"
        return res
    finally:
        if has_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        res.seconds = time.perf_counter() - started
    if res.seconds > CASE_LIMIT_S:
        res.hang = True
    _compare(case, clean, damaged, res)
    return res


def _compare(case: Case, clean: list[RecordOutcome], damaged: list[RecordOutcome],
             res: Result) -> None:
    tid = case.target_id
    ids = [record_id(r) for r in case.records]
    by_id: dict[str, list[RecordOutcome]] = {}
    for o in damaged:
        if o.warc_record_id:
            by_id.setdefault(o.warc_record_id, []).append(o)
        for e in o.errors:
            if e.reason == "internal_error":
                res.problems.append(f"internal_error: {e.message}")
    clean_by_id = {o.warc_record_id: o for o in clean if o.warc_record_id}
    inserted = case.kind in INSERTIONS  # bytes before the target: the target is intact
    glued = _glued_record(case, inserted)
    for i, rid in enumerate(ids):
        if (rid == tid and not inserted) or (case.cut and i > case.target) or i == glued:
            continue
        base = clean_by_id.get(rid)
        if base is None or (not inserted and _depends_on(base, tid)):
            continue
        got = by_id.get(rid, [])
        if len(got) != 1:
            res.problems.append(f"untouched record {i} {rid}: {len(got)} outcomes")
            continue
        res.compared += 1
        moved = i > case.target or (inserted and i == case.target)
        want = base.warc_offset + (case.shift if moved else 0)
        if got[0].warc_offset != want:
            res.problems.append(f"record {i}: offset {got[0].warc_offset} != {want}")
        if _key(got[0]) != _key(base):
            res.problems.append(f"record {i} {rid} changed: {_diff(_key(base), _key(got[0]))}")
    res.damaged = case.expect_error
    if case.expect_error and not _named(case, damaged, tid):
        seen = [(o.warc_offset, o.status, [e.reason for e in o.errors]) for o in damaged]
        res.problems.append(f"damage not named in {case.region}: {seen}")


def _glued_record(case: Case, inserted: bool) -> int | None:
    """The record whose version line no longer starts a line (readers resynchronise at
    line starts): after a flipped trailer line break, or after inserted binary bytes
    (a stray gzip member) in an uncompressed file. None when there is none."""
    end = case.region[1]
    if case.mode != "plain" or case.cut or not 0 < end < len(case.damaged):
        return None
    if case.damaged[end - 1 : end] == b"\n":
        return None
    return case.target if inserted else case.target + 1


def _named(case: Case, damaged: list[RecordOutcome], tid: str) -> bool:
    lo, hi = case.region
    for o in damaged:
        rows = [e for e in o.errors if e.warc_offset is None or lo <= e.warc_offset <= hi]
        if o.warc_record_id == tid and o.errors:
            return True
        if rows and (lo <= o.warc_offset <= hi or o.warc_offset < 0):
            return True
    return False


def _diff(a: dict[str, Any], b: dict[str, Any]) -> str:
    return ", ".join(f"{k}: {str(a[k])[:80]} -> {str(b[k])[:80]}" for k in a if a[k] != b[k])


def run_cases(seeds: Iterator[int] | range, workdir: Path) -> Iterator[tuple[Case, Result]]:
    pool = sample_pool()
    baseline: dict[bytes, list[RecordOutcome]] = {}
    for seed in seeds:
        case = make_case(seed, pool)
        yield case, check_case(case, workdir, baseline)
        if len(baseline) > 256:
            baseline.clear()
