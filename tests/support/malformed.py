"""Per-file rows over the 63 real malformed samples: what we read, what warcio and FastWARC
read (from the samples' manifest), and the records warcio read before its fault.

Shared by ``tests/readers/test_malformed_samples.py`` and ``benchmarks/robustness.py``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warctools.readers import iter_records
from warctools.records import RecordOutcome

# warcio builds one extra "record" out of the garbage line after the last real record
# ("The monkeys are a coming!" becomes a response with WARC-Target-URI "The"): the
# count to beat is the real one.
GARBAGE_FILE = "jwat/invalid-warcfile-record-then-garbage.warc"


@dataclass
class FileRow:
    path: str
    read: int  # records (outcomes with a WARC/ARC type) that are not errors
    error_outcomes: int
    error_rows: int
    truncated: int
    warcio: int
    fastwarc: int
    fastwarc_quirks: int
    warcio_error: str | None
    before_fault: int  # records warcio read before its fault (0: warcio had none)
    before_fault_recovered: int
    internal_errors: int


def warcio_records(path: Path) -> tuple[list[tuple[str, str | None]], str | None]:
    """(type, target URI) of what warcio 1.8 reads, up to its fault, and the fault."""
    from warcio.archiveiterator import ArchiveIterator

    got: list[tuple[str, str | None]] = []
    try:
        with open(path, "rb") as f:
            for rec in ArchiveIterator(f, arc2warc=True):
                got.append((rec.rec_type.strip().lower(),
                            rec.rec_headers.get_header("WARC-Target-URI")))
                rec.content_stream().read()
    except Exception as exc:  # noqa: BLE001 - warcio's faults are what we record
        return got, f"{type(exc).__name__}: {str(exc)[:80]}"
    return got, None


def _subsequence(want: list[tuple[str, str | None]], have: list[tuple[str, str | None]]
                 ) -> int:
    """How many of ``want`` appear in ``have`` in order (URIs compared without <>)."""

    def norm(u: str | None) -> str:
        return (u or "").strip().strip("<>").replace(" ", "%20")

    it: Iterator[tuple[str, str | None]] = iter(have)
    found = 0
    for wtype, uri in want:
        for htype, huri in it:
            # warcio's arc2warc drops the filedesc:// URI of an ARC's first record
            if htype == wtype and (wtype == "warcinfo" or norm(huri) == norm(uri)):
                found += 1
                break
    return found


def file_row(root: Path, entry: dict) -> FileRow:
    outcomes: list[RecordOutcome] = list(iter_records(root / entry["path"]))
    typed = [o for o in outcomes if o.warc_type is not None]
    ours = [(o.warc_type or "", o.url) for o in typed if o.status != "error"]
    theirs, fault = warcio_records(root / entry["path"])
    if entry["path"] == GARBAGE_FILE:
        theirs = theirs[:-1]
    before = theirs if fault else []
    return FileRow(
        entry["path"], sum(o.status != "error" for o in typed),
        sum(o.status == "error" for o in outcomes), sum(len(o.errors) for o in outcomes),
        sum(1 for o in outcomes if o.capture is not None and o.capture.truncated),
        entry["warcio"]["records"] - (1 if entry["path"] == GARBAGE_FILE else 0),
        entry["fastwarc"]["records"], entry["fastwarc_quirks"]["records"], fault,
        len(before), _subsequence(before, ours),
        sum(e.reason == "internal_error" for o in outcomes for e in o.errors))


def sample_rows(root: Path) -> list[FileRow]:
    manifest = json.loads((root / "manifest.json").read_text())["files"]
    return [file_row(root, entry) for entry in manifest]
