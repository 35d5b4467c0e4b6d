"""Revisit records whose original lies in another input file of the same run.

During extraction each file task resolves revisits within its own file (the reader's
index); what it cannot resolve is noted here (``_work/extract/<index>.revisits.json``).
After all tasks, :func:`resolve_cross_file_revisits` looks the originals up among the
articles every task wrote (by WARC-Refers-To record id, then Refers-To URI + date, then
payload digest; the earliest input and offset wins) and writes one article row per
resolved revisit, with the revisit's own provenance, to ``articles/part-<index>-revisit-*``.
The run's output is the same whatever ``--jobs``: resolution happens once, in input order.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import polars as pl


from warctools.pipeline.article_row import capture_key
from warctools.pipeline.output import WORK_DIR, marker_path, read_json, write_json_atomic
from warctools.records import RecordOutcome
from warctools.schema import arrow_schema
from warctools.writers.parquet import ParquetSink

__all__ = ["ACCOUNTED", "PendingRevisits", "resolve_cross_file_revisits"]

# marker key (dropped from summary.json): this file's resolved revisits are in its counts
ACCOUNTED = "_revisits_accounted"


def _pending_path(out: Path, index: int) -> Path:
    return out / WORK_DIR / "extract" / f"{index:05d}.revisits.json"


class PendingRevisits:
    """A reader revisit lookup that finds nothing but remembers what was asked."""

    def __init__(self) -> None:
        self.last: Any = None
        self.pending: list[dict[str, Any]] = []

    def __call__(self, ref: Any) -> None:
        self.last = ref
        return None

    def note(self, outcome: RecordOutcome) -> None:
        ref, self.last = self.last, None
        if ref is None or outcome.skip_reason != "revisit_unresolved":
            return
        self.pending.append({
            "warc_offset": outcome.warc_offset, "warc_length": outcome.warc_length,
            "url": outcome.url, "warc_record_id": outcome.warc_record_id,
            "warc_date": outcome.warc_date.isoformat() if outcome.warc_date else None,
            "payload_digest": outcome.payload_digest, "refers_to": ref.refers_to,
            "refers_to_uri": ref.refers_to_uri, "refers_to_date": ref.refers_to_date,
        })

    def save(self, out: Path, index: int) -> None:
        path = _pending_path(out, index)
        if self.pending:
            write_json_atomic(path, self.pending)
        else:
            path.unlink(missing_ok=True)


def _originals(out: Path, pending: list[dict[str, Any]]) -> pl.DataFrame:
    import polars as pl

    ids = {p["refers_to"] for p in pending if p["refers_to"]}
    digests = {p["payload_digest"] for p in pending if p["payload_digest"]}
    uris = {p["refers_to_uri"] for p in pending if p["refers_to_uri"]}
    files = sorted(str(f) for f in (out / "articles").glob("*.parquet"))
    if not files:
        return pl.DataFrame(schema=pl.Schema(arrow_schema("article")))
    return (
        pl.scan_parquet(files, include_file_paths="_path")
        .filter(pl.col("warc_record_id").is_in(list(ids)) | pl.col("url").is_in(list(uris))
                | pl.col("payload_digest").is_in(list(digests)))
        .filter(pl.col("revisit_of").is_null())
        .collect()
        .with_columns(pl.col("_path").str.extract(r"part-(\d+)-", 1).cast(pl.Int64)
                      .alias("_shard"))
        .sort("_shard", "warc_offset")
    )


def _match(originals: pl.DataFrame, p: dict[str, Any]) -> dict[str, Any] | None:
    import polars as pl

    tries = []
    if p["refers_to"]:
        tries.append(pl.col("warc_record_id") == p["refers_to"])
    if p["refers_to_uri"] and p["refers_to_date"]:
        date = pl.lit(p["refers_to_date"]).str.to_datetime(time_zone="UTC", time_unit="us",
                                                           strict=False)
        tries.append((pl.col("url") == p["refers_to_uri"]) & (pl.col("warc_date") == date))
    if p["payload_digest"]:
        tries.append(pl.col("payload_digest") == p["payload_digest"])
    for cond in tries:
        hit = originals.filter(cond)
        if hit.height:
            return hit.row(0, named=True)
    return None


def _revisit_row(original: dict[str, Any], p: dict[str, Any], name: str) -> dict[str, Any]:
    from datetime import datetime

    row = {k: v for k, v in original.items() if not k.startswith("_")}
    date = datetime.fromisoformat(p["warc_date"]) if p["warc_date"] else None
    url = p["url"] or original["url"]
    digest = p["payload_digest"] or original["payload_digest"] or original["id"]
    row.update(id=capture_key(url, date, digest), url=url, warc_filename=name,
               warc_offset=p["warc_offset"], warc_length=p["warc_length"] or 0,
               warc_record_id=p["warc_record_id"], warc_date=date,
               payload_digest=p["payload_digest"] or original["payload_digest"],
               revisit_of=original["warc_record_id"]
               or f"{original['warc_filename']}:{original['warc_offset']}")
    return row


def resolve_cross_file_revisits(out: Path, summaries: list[dict[str, Any]],
                                metadata: dict[str, str]) -> int:
    """Resolve noted revisits against the whole run's articles; returns how many.

    Restartable: a file's counts are updated in its marker before its rows are written,
    and its pending list is removed last, so a rerun after a kill rewrites the rows but
    does not count them twice.
    """
    todo = {s["index"]: read_json(_pending_path(out, s["index"])) for s in summaries
            if _pending_path(out, s["index"]).exists()}
    if not todo:
        return sum(s.get(ACCOUNTED, 0) for s in summaries)
    originals = _originals(out, [p for ps in todo.values() for p in ps])
    for summary in summaries:
        index = summary["index"]
        if index not in todo:
            continue
        rows = [_revisit_row(hit, p, summary["name"]) for p in todo[index]
                if (hit := _match(originals, p)) is not None]
        if ACCOUNTED not in summary:  # marker first: a rerun after a kill must not recount
            _account(summary, len(rows))
            summary[ACCOUNTED] = len(rows)
            write_json_atomic(marker_path(out, "extract", f"{index:05d}"), summary)
        for old in (out / "articles").glob(f"part-{index:05d}-revisit-*.parquet"):
            old.unlink()
        if rows:
            sink = ParquetSink(out / "articles", arrow_schema("article"),
                               basename=f"part-{index:05d}-revisit", metadata=metadata)
            sink.write_rows(rows)
            sink.close()
        _pending_path(out, index).unlink()
    return sum(s.get(ACCOUNTED, 0) for s in summaries)


def _account(summary: dict[str, Any], n: int) -> None:
    skipped = summary["skipped"]
    left = skipped.get("revisit_unresolved", 0) - n
    if left > 0:
        skipped["revisit_unresolved"] = left
    else:
        skipped.pop("revisit_unresolved", None)
    summary["articles"] += n
