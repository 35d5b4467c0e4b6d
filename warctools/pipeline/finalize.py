"""After every extract task: cross-file duplicate captures, errors/ never empty, summary.

The same capture seen in two inputs of one run (a file and its recompressed copy) keeps
the row of the earliest input (by input index, then offset) and is counted as
``duplicate_capture`` in the later file's summary.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from warctools.pipeline.output import marker_path, write_json_atomic
from warctools.schema import arrow_schema
from warctools.writers.parquet import ParquetSink, write_table_atomic

__all__ = ["DROPPED", "drop_cross_file_duplicates", "ensure_errors_file", "public_summary",
           "totals"]

# marker key (dropped from summary.json): this file's cross-file duplicates are counted
DROPPED = "_duplicates_accounted"


def drop_cross_file_duplicates(out: Path, summaries: list[dict[str, Any]]) -> int:
    """Remove later copies of a capture already written by an earlier input's task.

    Restartable: the counts go into the markers first (once, flagged with ``DROPPED``),
    then the Parquet files are rewritten, so a rerun after a kill rewrites without
    recounting. Returns the number of duplicates dropped by this run so far.
    """
    files = sorted((out / "articles").glob("*.parquet"))
    if len(files) < 2:
        return sum(s.get(DROPPED, 0) for s in summaries)
    import polars as pl  # imported here: only needed once per run

    ids = (
        pl.scan_parquet([str(f) for f in files], include_file_paths="path")
        .select("id", "path", "warc_offset")
        .collect()
        .with_columns(pl.col("path").str.extract(r"part-(\d+)-", 1).cast(pl.Int64)
                      .alias("shard"))
        .sort("shard", "warc_offset")
    )
    later = ids.filter(pl.col("id").is_duplicated() & ~pl.col("id").is_first_distinct())
    if later.is_empty():
        return sum(s.get(DROPPED, 0) for s in summaries)
    by_index = {s["index"]: s for s in summaries}
    for index, group in later.group_by("shard", maintain_order=True):
        summary = by_index[int(index[0])]
        if DROPPED not in summary:  # marker first: a rerun after a kill must not recount
            n = group.height
            summary["articles"] -= n
            skipped = summary["skipped"]
            skipped["duplicate_capture"] = skipped.get("duplicate_capture", 0) + n
            summary[DROPPED] = n
            write_json_atomic(marker_path(out, "extract", f"{summary['index']:05d}"), summary)
    for path, group in later.group_by("path", maintain_order=True):
        path_str = str(path[0])
        drop = set(group["id"].to_list())
        table = pq.read_table(path_str)
        keep = pl.from_arrow(table).filter(~pl.col("id").is_in(list(drop))).to_arrow()
        write_table_atomic(Path(path_str), keep.cast(table.schema),
                           metadata=_str_meta(table.schema.metadata))
    return sum(s.get(DROPPED, 0) for s in summaries)


def public_summary(summary: dict[str, Any]) -> dict[str, Any]:
    """A file summary without the markers' bookkeeping keys (``_...``)."""
    return {k: v for k, v in summary.items() if not k.startswith("_")}


def _str_meta(meta: dict[bytes, bytes] | None) -> dict[str, str]:
    skip = {b"ARROW:schema", b"schema_name", b"schema_version", b"warctools_version"}
    return {k.decode(): v.decode() for k, v in (meta or {}).items() if k not in skip}


def ensure_errors_file(out: Path, metadata: dict[str, str], table: str = "errors",
                       schema: str = "error") -> None:
    """errors/ always holds at least one Parquet file, so globs never meet an empty folder
    (and so does filtered/ when the run has filters)."""
    folder = out / table
    if not any(folder.glob("*.parquet")):
        ParquetSink(folder, arrow_schema(schema), basename="part-empty", metadata=metadata,
                    write_empty=True).close()


def outlet_pages(summaries: list[dict[str, Any]], key: str) -> dict[str, dict[str, int]]:
    """Per host, over every input: pages read, non-articles and extraction errors."""
    out: dict[str, list[int]] = {}
    for s in summaries:
        for host, counts in s.get(key, {}).items():
            total = out.setdefault(host, [0, 0, 0])
            for i, n in enumerate(counts):
                total[i] += n
    return {h: {"pages": c[0], "non_articles": c[1], "errors": c[2]}
            for h, c in sorted(out.items())}


def _sum_reasons(summaries: list[dict[str, Any]], key: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for s in summaries:
        for reason, n in s.get(key, {}).items():
            out[reason] = out.get(reason, 0) + n
    return dict(sorted(out.items()))


def totals(summaries: list[dict[str, Any]]) -> dict[str, Any]:
    keys = ("records", "articles", "errors", "error_rows", "truncated")
    total: dict[str, Any] = {k: sum(s[k] for s in summaries) for k in keys}
    total["skipped"] = _sum_reasons(summaries, "skipped")
    total["filtered"] = _sum_reasons(summaries, "filtered")
    total["failed_inputs"] = sum(1 for s in summaries if s.get("failed"))
    return total
