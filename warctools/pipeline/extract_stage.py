"""The extract stage: one task per input file -> its own article and error shards.

A task writes ``articles/part-<index>-NNNN.parquet`` and ``errors/part-<index>-NNNN.parquet``
(and ``filtered/part-<index>-NNNN.parquet`` for the pages its filters set aside)
(index = the input's position in the run's fixed input list, so the output never depends
on ``--jobs``) and then its completion marker ``_work/extract/<index>.done.json`` holding
the file's summary. A rerun with ``--resume`` skips tasks whose marker exists and
was written for the same input and parameters (a digest of the task).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from warctools.config import ExtractParams
from warctools.errors import InputError
from warctools.pipeline.article_row import article_row, capture_id, host_of
from warctools.pipeline.filters import RecordFilters
from warctools.pipeline.output import marker_path
from warctools.pipeline.published import settle_published
from warctools.pipeline.revisits import PendingRevisits
from warctools.readers import InputFile, iter_records
from warctools.readers.remote_stream import RemoteReadError
from warctools.records import Capture, ErrorRecord, RecordOutcome
from warctools.schema import arrow_schema
from warctools.storage import finished, machine_fault, resumable
from warctools.writers.parquet import TMP_SUFFIX, ParquetSink

__all__ = ["ExtractTask", "FileSummary", "run_extract_task", "shard_name", "task_crashed"]


def exact_utf8(cap: Capture, replaced: bool) -> bytes | None:
    """The payload, where the page is exactly its strict UTF-8 decoding (no byte order
    mark, not cut off, no character replaced): the parser reads it instead of an encoding
    of the page. ``replaced``: whether the decoded page holds U+FFFD."""
    if cap.charset == "utf-8" and cap.charset_source != "bom" and not cap.truncated:
        return None if replaced else cap.body
    return None


@dataclass(frozen=True)
class ExtractTask:
    input: InputFile
    out: str
    params: ExtractParams
    metadata: tuple[tuple[str, str], ...] = ()
    filters: RecordFilters = field(default_factory=RecordFilters)

    def key(self) -> dict[str, Any]:
        """What the task's result depends on: its input and the parameters (its marker's
        digest), not the output folder, which may be a different staging folder on resume."""
        key = {"input": asdict(self.input), "params": self.params.as_dict()}
        if self.filters.active:
            key["filters"] = self.filters.as_dict()
        return key

    @property
    def marker(self) -> Path:
        return marker_path(Path(self.out), "extract", f"{self.input.index:05d}")


@dataclass
class FileSummary:
    """Per input file: read = articles + skipped + filtered + errors."""

    name: str
    index: int
    records: int = 0
    articles: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    filtered: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    error_rows: int = 0
    truncated: int = 0
    failed: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


TASK_TABLES = ("articles", "errors", "filtered")
"""The tables an extract task writes its own shards into."""
OUTLETS_KEY = "_outlets"
"""Marker key (dropped from summary.json): per host, [pages, non-articles, extract errors]."""


def shard_name(index: int) -> str:
    return f"part-{index:05d}"


def _clear_shards(out: Path, index: int) -> None:
    """Remove what an earlier attempt at this task wrote: finished files and temporaries."""
    for table in TASK_TABLES:
        folder = out / table
        if folder.is_dir():
            for old in (*folder.glob(f"{shard_name(index)}-*.parquet"),
                        *folder.glob(f".{shard_name(index)}-*.parquet{TMP_SUFFIX}")):
                old.unlink(missing_ok=True)


class _FileExtractor:
    """Turns one file's record outcomes into article rows, error rows and counts."""

    def __init__(self, task: ExtractTask, articles: ParquetSink, errors: ParquetSink,
                 filtered: ParquetSink) -> None:
        self.params = task.params
        self.filters = task.filters
        self.articles = articles
        self.errors = errors
        self.filtered_rows = filtered
        self.summary = FileSummary(task.input.name, task.input.index)
        self.skipped: Counter[str] = Counter()
        self.filtered: Counter[str] = Counter()
        self.outlets: dict[str, list[int]] = {}
        self.seen: set[str] = set()
        self.revisits = PendingRevisits()

    def error(self, row: ErrorRecord) -> None:
        self.errors.write_row(asdict(row))
        self.summary.error_rows += 1

    def filter_out(self, cap: Capture, reason: str, row_id: str) -> None:
        self.filtered[reason] += 1
        self.filtered_rows.write_row({"id": row_id, "url": cap.url, "reason": reason,
                                      "warc_filename": cap.warc_filename,
                                      "warc_offset": cap.warc_offset})

    def add(self, outcome: RecordOutcome) -> None:
        self.summary.records += 1
        self.revisits.note(outcome)
        for row in outcome.errors:
            self.error(row)
        if outcome.status == "error" or (outcome.status == "capture" and outcome.capture is None):
            self.summary.errors += 1
        elif outcome.status == "skipped":
            self.skipped[outcome.skip_reason or "unknown"] += 1
        else:
            assert outcome.capture is not None
            self._capture(outcome.capture)

    def _capture(self, cap: Capture) -> None:
        from warctools.extract import ExtractionError, extract_guarded

        cid = capture_id(cap)
        if cid in self.seen:
            self.skipped["duplicate_capture"] += 1
            return
        self.seen.add(cid)
        host = host_of(cap.url)
        if reason := self.filters.host_reason(host):
            self.filter_out(cap, reason, cid)
            return
        tally = self.outlets.setdefault(host or "", [0, 0, 0])
        tally[0] += 1
        replaced = "\ufffd" in cap.html
        try:
            ext = extract_guarded(cap.html, cap.url, timeout_s=self.params.timeout_s,
                                  encoded=exact_utf8(cap, replaced))  # fmt: skip
        except ExtractionError as exc:
            self.summary.errors += 1
            tally[2] += 1
            self.error(ErrorRecord(cap.warc_filename, cap.warc_offset, "extract",
                                   getattr(exc, "reason", "extract_failed"), str(exc),
                                   cap.warc_record_id, cap.url))
            return
        notes = list(ext.warnings)
        if replaced and b"\xef\xbf\xbd" not in cap.body:
            notes.append("undecodable_bytes_replaced")
        for note in notes:
            self.error(ErrorRecord(cap.warc_filename, cap.warc_offset, "extract", note,
                                   f"{note.replace('_', ' ')}; the page was still extracted",
                                   cap.warc_record_id, cap.url, fatal=False))
        if not self.params.keep_non_articles:
            if ext.page_type != "article":
                self.skipped[f"non_article:{ext.page_type}"] += 1
                tally[1] += 1
                return
            if not ext.text.strip():  # an article whose body could not be found
                self.skipped["no_text"] += 1
                tally[1] += 1
                return
        late = settle_published(ext, cap.warc_date, self.params.date_fallback)
        if late is not None:
            self.error(ErrorRecord(cap.warc_filename, cap.warc_offset, "extract",
                                   "published_after_capture", late, cap.warc_record_id,
                                   cap.url, fatal=False))
        row = article_row(cap, ext, row_id=cid, host=host)
        if reason := self.filters.row_reason(row):
            self.filter_out(cap, reason, cid)
            return
        self.articles.write_row(row)
        self.summary.articles += 1
        self.summary.truncated += int(cap.truncated)


@resumable(lambda task: task.marker)
def run_extract_task(task: ExtractTask) -> dict[str, Any]:
    """Extract one input file; returns (and records in its marker) the file summary."""
    from warctools.extract.language import prefetch

    pool = sys.modules.get("multiprocessing")  # (a pool's worker has it: it runs the worker;
    # not imported for this test alone: 5 ms of a --jobs 1 run)
    if pool is None or pool.parent_process() is None:
        # in-process (--jobs 1): the model loads on the idle core while reading starts;
        # pool workers have no idle core to spare and load it at their first non-English page
        prefetch()
    out = Path(task.out)
    index = task.input.index
    _clear_shards(out, index)
    meta = dict(task.metadata)
    articles = ParquetSink(out / "articles", arrow_schema("article"), basename=shard_name(index),
                           metadata=meta)
    errors = ParquetSink(out / "errors", arrow_schema("error"), basename=shard_name(index),
                         metadata=meta)
    filtered = ParquetSink(out / "filtered", arrow_schema("filtered"),
                           basename=shard_name(index), metadata=meta)
    worker = _FileExtractor(task, articles, errors, filtered)
    try:
        for outcome in iter_records(task.input, max_payload_bytes=task.params.max_payload_bytes,
                                    revisit_lookup=worker.revisits,
                                    retries=task.params.retries):
            worker.add(outcome)
    except RemoteReadError as exc:
        worker.summary.failed = str(exc)
        worker.error(ErrorRecord(task.input.name, exc.offset, "read", "remote_read_failed",
                                 str(exc)))
    except InputError as exc:
        worker.summary.failed = str(exc)
        worker.error(ErrorRecord(task.input.name, None, "open", "unreadable_input", str(exc)))
    except Exception as exc:  # a reader bug must not cost the rest of the run
        if machine_fault(exc):
            raise  # a full disk is not a property of the record: the run stops, --resume
        worker.summary.failed = f"internal error: {exc!r}"
        worker.error(ErrorRecord(task.input.name, None, "read", "internal_error", repr(exc)))
    articles.close()
    errors.close()
    filtered.close()
    worker.summary.skipped = dict(sorted(worker.skipped.items()))
    worker.summary.filtered = dict(sorted(worker.filtered.items()))
    summary = worker.summary.as_dict()
    summary[OUTLETS_KEY] = dict(sorted(worker.outlets.items()))
    worker.revisits.save(out, index)
    return summary


def task_crashed(task: ExtractTask, reason: str) -> dict[str, Any]:
    """Stands in for the summary of a task whose worker process died (no marker: a
    ``--resume`` tries the file again)."""
    out = Path(task.out)
    _clear_shards(out, task.input.index)
    summary = FileSummary(task.input.name, task.input.index, failed=reason)
    with ParquetSink(out / "errors", arrow_schema("error"),
                     basename=shard_name(task.input.index), metadata=dict(task.metadata)) as sink:
        sink.write_row(asdict(ErrorRecord(task.input.name, None, "read", "worker_crashed",
                                          reason)))
    summary.error_rows = 1
    return summary.as_dict()


def load_marker(task: ExtractTask) -> dict[str, Any] | None:
    """The file summary a finished run of this very task recorded, else None."""
    return finished(task.marker, task.key())
