"""Iterate the records of one WARC/ARC file: exactly one outcome per record.

``iter_records(inp)`` opens the input (local path, fsspec URL or :class:`InputFile`),
detects the compression from magic bytes (gzip per record or whole-file, zstd, LZ4,
none) and the format (WARC 0.17-1.1, ARC v1/v2), and yields one
:class:`~warctools.records.RecordOutcome` per record plus one ``"error"`` outcome per
damaged region that belongs to no record (see :mod:`warctools.records`). Bad data never
raises; only an input that cannot be opened raises :class:`~warctools.errors.InputError`.

Offsets: ``warc_offset``/``warc_length`` are file offsets - for gzip/zstd/LZ4 files
those of the member(s) holding the record, so ``dd``/HTTP range reads work. When a
record does not start and end on member boundaries (whole-file gzip, misaligned
members) they are offsets in the *decompressed* stream instead; the first such record
of a file carries a non-fatal ``gzip_not_per_record`` error saying so.

Speed: a local gzip-per-record WARC is read one whole member at a time (ISA-L) while every
record checks out, and by the own framing from the first record that does not
(:mod:`warctools.readers.fast`; the outcomes are the same either way). A capture's
``html``, ``charset`` and ``charset_source`` are worked out when first read
(:class:`~.process.LazyCapture`).

Revisits: ``revisit_lookup`` is either a :class:`PayloadIndex`, shared by the files of a
run in crawl order (originals are recorded into it and looked up from it), or any
callable ``(RevisitRef) -> Capture | str | None`` consulted when the file itself has no
original (see :mod:`warctools.readers.revisit`).
"""

from __future__ import annotations

import io
import traceback
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from ..errors import InputError
from ..records import Capture, ErrorRecord, RecordOutcome
from .fast import FastFrames
from .framing import Damage, FrameReader, RawRecord
from .process import RecordInfo, RecordProcessor
from .revisit import PayloadIndex, RevisitLookup
from .sources import InputFile, open_input
from .stream import DecodedStream

__all__ = ["iter_records", "iter_records_with_info", "DEFAULT_MAX_PAYLOAD"]

DEFAULT_MAX_PAYLOAD = 5 * 2**20
_HEAD_ROOM = 256 * 1024  # HTTP head and chunk framing on top of the payload cap
_REREAD_WINDOW = 128 * 1024  # file bytes read at a time to read a record again


def as_input(inp: InputFile | str | Path) -> InputFile:
    if isinstance(inp, InputFile):
        return inp
    return InputFile(str(inp), str(inp), 0)


def iter_records(inp: InputFile | str | Path, *, max_payload_bytes: int = DEFAULT_MAX_PAYLOAD,
                 revisit_lookup: PayloadIndex | RevisitLookup | None = None,
                 retries: int | None = None) -> Iterator[RecordOutcome]:
    """One :class:`RecordOutcome` per record of ``inp`` (see the module docstring).
    ``retries``: how often a broken read of a remote input is retried and resumed; when
    it fails for good, :class:`~warctools.readers.remote_stream.RemoteReadError` is raised
    after the records read before it."""
    for outcome, _ in iter_records_with_info(inp, max_payload_bytes=max_payload_bytes,
                                             revisit_lookup=revisit_lookup, retries=retries):
        yield outcome


def iter_records_with_info(inp: InputFile | str | Path, *,
                           max_payload_bytes: int = DEFAULT_MAX_PAYLOAD,
                           revisit_lookup: PayloadIndex | RevisitLookup | None = None,
                           retries: int | None = None
                           ) -> Iterator[tuple[RecordOutcome, RecordInfo]]:
    """Like :func:`iter_records`, with each record's MIME type and HTTP status."""
    source = as_input(inp)
    if max_payload_bytes <= 0:
        raise ValueError(f"max_payload_bytes must be positive, got {max_payload_bytes}")
    fh = open_input(source, retries=retries)
    with fh:
        yield from _iter_file(source.name, fh, max_payload_bytes, revisit_lookup)


def _local_fd(fh: object) -> int | None:
    """The descriptor of a local regular gzip file opened by :func:`open_input` (fast
    path), else None."""
    if type(fh) is not io.BufferedReader:  # what open() gives; remote streams are others
        return None
    try:
        fd = fh.fileno()
        return fd if FastFrames.applies(fd) else None
    except (AttributeError, OSError, ValueError):
        return None


def _iter_file(name: str, fh: object, cap: int, lookup: PayloadIndex | RevisitLookup | None
               ) -> Iterator[tuple[RecordOutcome, RecordInfo]]:
    index = lookup if isinstance(lookup, PayloadIndex) else PayloadIndex()
    external = None if isinstance(lookup, PayloadIndex) else lookup
    proc = RecordProcessor(name, cap, index, external)
    keep = cap + cap // 4 + _HEAD_ROOM
    try:
        fd = _local_fd(fh)
        comp, data, kind = 0, 0, None
        if fd is not None:
            fast = FastFrames(fd, keep)
            if index is not lookup:  # the file's own index: it lives while the file is open
                proc.reread = partial(_reread, FastFrames(fd, keep, window=_REREAD_WINDOW),
                                      RecordProcessor(name, cap, PayloadIndex(max_bytes=0), None))
            for frame, offset, length in fast:
                yield _process(proc, frame, offset, length)
            proc.reread = None
            if fast.resume is None:
                return
            comp, data = fast.resume
            if comp:
                kind = "warc"
                fh.seek(comp)  # type: ignore[attr-defined]
        stream = DecodedStream(fh, comp, data)  # type: ignore[arg-type]
        frames = FrameReader(stream, keep, kind)
        noted = False
        for frame in frames:
            if isinstance(frame, Damage):
                yield _damage_outcome(name, stream, frame), RecordInfo()
                continue
            offset, length, aligned = stream.locate(frame.start, frame.end, frame.end_ws)
            outcome, info = _process(proc, frame, offset, length)
            if not aligned and not noted:
                noted = True
                outcome.errors.append(ErrorRecord(
                    name, offset, "read", "gzip_not_per_record",
                    f"records share {stream.codec} members (whole-file or misaligned "
                    "compression): warc_offset/warc_length of this and later such records "
                    "are offsets in the decompressed stream", fatal=False))
            yield outcome, info
    except InputError:
        raise  # a remote input given up part-way: the file fails, its records so far stay
    except OSError as exc:
        yield _fatal(name, "io_error", f"reading stopped: {exc}"), RecordInfo()
    except Exception as exc:  # a reader bug must not lose the rest silently
        yield _fatal(name, "internal_error", _describe(exc)), RecordInfo()


def _reread(frames: FastFrames, proc: RecordProcessor, offset: int, length: int
            ) -> Capture | None:
    """The capture of the fast path's record at ``offset``, read again."""
    raw = frames.record_at(offset)
    return None if raw is None else proc.process(raw, offset, length)[0].capture


def _process(proc: RecordProcessor, frame: RawRecord, offset: int, length: int
             ) -> tuple[RecordOutcome, RecordInfo]:
    try:
        return proc.process(frame, offset, length)
    except Exception as exc:  # keep going: one bad record is one error row
        wtype = frame.headers.get("warc-type", "").strip().lower() or None
        err = ErrorRecord(proc.filename, offset, "read", "internal_error", _describe(exc),
                          frame.headers.get("warc-record-id"), frame.headers.get(
                              "warc-target-uri"))
        return RecordOutcome(proc.filename, offset, wtype, "error", errors=[err]), RecordInfo()


def _describe(exc: Exception) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1:]
    at = f" at {where[0].filename.rsplit('/', 1)[-1]}:{where[0].lineno}" if where else ""
    return f"{type(exc).__name__}: {exc}{at}"


def _fatal(name: str, reason: str, message: str) -> RecordOutcome:
    return RecordOutcome(name, -1, None, "error",
                         errors=[ErrorRecord(name, None, "read", reason, message)])


def _damage_outcome(name: str, stream: DecodedStream, d: Damage) -> RecordOutcome:
    message = d.message
    if d.stream is not None:
        offset = d.stream.comp_offset
    else:
        offset, _, aligned = stream.locate(d.start, d.end, d.end)
        if not aligned:
            message += " (offset in the decompressed stream)"
    err = ErrorRecord(name, offset, "read", d.reason, message)
    return RecordOutcome(name, offset, None, "error", errors=[err])
