"""Stage 4: write articles/, copies/ and clusters/, one shard per sketch shard, in parallel.

The parent turns the cluster assignment into one small table per shard
(``WORK/assign-NNNNN.parquet``: cluster_id, cluster_size, relation, similarity,
matched_id, syndicated_by, in the shard's row order). Each executor task then streams its
shard's input rows (the same whole row groups the sketch task read), attaches those
columns by position, and writes ``articles/part-NNNNN.parquet`` (canonical and unique
articles, whole records), ``copies/part-NNNNN.parquet`` (the other copies) and
``clusters/part-NNNNN.parquet`` (one row per input article). Each file goes through a
temporary name; the task's marker (``WORK/write-NNNNN.done.json``) is written last, so a
rerun (``--resume``) skips finished shards and rewrites the others from scratch. A shard
with no rows for a table writes no file there, except shard 0, which always writes all
three (so every folder holds at least one file). File names depend only on the shard
plan, so the output is identical for any ``--jobs``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from warctools.dedup.cluster import CANONICAL, RELATION_NAMES, UNIQUE, Assignment
from warctools.dedup.index import DocIndex
from warctools.dedup.tasks import Shard, WriteTask
from warctools.schema import arrow_schema
from warctools.storage import ParquetFileSink, finished, resumable

__all__ = ["prepare_writes", "write_shard", "write_empty_tables", "TABLES"]

TABLES = ("articles", "copies", "clusters")
_ROW_GROUP_BYTES = 96 * 2**20
_ASSIGN_COLUMNS = ("cluster_id", "cluster_size", "relation", "similarity", "matched_id",
                   "syndicated_by")


def _assign_path(work: Path, shard: int) -> Path:
    return work / f"assign-{shard:05d}.parquet"


def _syndicated(a: Assignment, meta: pl.DataFrame, n_new: int) -> dict[int, list[dict]]:
    copy = np.flatnonzero((a.relation != CANONICAL) & (a.relation != UNIQUE) & (a.root < n_new))
    if copy.size == 0:
        return {}
    rows = meta[copy.tolist()].select("id", "url", "host", "published").to_dicts()
    out: dict[int, list[dict]] = {}
    for m, row in zip(copy.tolist(), rows, strict=True):
        sim = float(a.similarity[m])
        row["similarity"] = None if np.isnan(sim) else sim
        row["relation"] = RELATION_NAMES[int(a.relation[m])]
        out.setdefault(int(a.root[m]), []).append(row)
    for lst in out.values():
        lst.sort(key=lambda r: r["id"])
    return out


def _cluster_ids(a: Assignment, ids: pa.Array, index: DocIndex) -> tuple[pa.Array, pa.Array]:
    roots = pa.concat_arrays([ids, index.prior_cluster])
    names = pa.concat_arrays([ids, index.prior_ids])
    matched = pa.array(a.matched, mask=a.matched < 0)
    return roots.take(pa.array(a.root)), names.take(matched)


def prepare_writes(shards: list[Shard], out: Path, work: Path, a: Assignment,
                   index: DocIndex, meta: pl.DataFrame, *, batch_rows: int = 2048
                   ) -> list[WriteTask]:
    """Write the assignment table of every unfinished shard; returns the write tasks."""
    ids = meta["id"].to_arrow().cast(pa.string())
    cluster_id, matched_id = _cluster_ids(a, ids, index)
    syn = _syndicated(a, meta, index.n_new)
    syn_type = arrow_schema("article").field("syndicated_by").type
    codes = sorted(RELATION_NAMES)
    names = np.array([RELATION_NAMES[c] for c in codes], dtype=object)
    relation = pa.array(names[np.searchsorted(codes, a.relation)].tolist(), pa.string())
    similarity = pa.array(a.similarity, pa.float32(), mask=np.isnan(a.similarity))
    size = pa.array(a.size, pa.int32())
    out_tasks = []
    for span in shards:
        shard, start, rows = span.shard, span.start, span.rows
        task = WriteTask(span, str(out), str(work), batch_rows)
        out_tasks.append(task)
        if finished(task.marker, task.key()) is not None:
            continue
        table = pa.Table.from_arrays(
            [cluster_id.slice(start, rows), size.slice(start, rows),
             relation.slice(start, rows), similarity.slice(start, rows),
             matched_id.slice(start, rows),
             pa.array([syn.get(i) for i in range(start, start + rows)], syn_type)],
            names=list(_ASSIGN_COLUMNS))
        with ParquetFileSink(_assign_path(work, shard), table.schema, compression="lz4") as f:
            f.write(table)
    return out_tasks


class _ShardFile:
    """One output file of a shard: row groups of about 96 MB, a temporary name until done."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        from warctools.writers.parquet import file_metadata

        self.path = path
        meta = dict(schema.metadata or {})
        meta.update({k.encode(): v.encode() for k, v in file_metadata().items()})
        self.schema = schema.with_metadata(meta)
        self.writer: ParquetFileSink | None = None
        self.pending: list[pa.Table] = []
        self.pending_bytes = 0
        self.rows = 0

    def write(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        self.pending.append(table)
        self.pending_bytes += table.nbytes
        self.rows += table.num_rows
        if self.pending_bytes >= _ROW_GROUP_BYTES:
            self._flush()

    def _flush(self) -> None:
        if not self.pending:
            return
        table = pa.concat_tables(self.pending).cast(self.schema)
        self.pending, self.pending_bytes = [], 0
        if self.writer is None:
            self.writer = ParquetFileSink(self.path, self.schema, compression="zstd",
                                          write_statistics=True)
        self.writer.write(table, row_group_size=table.num_rows)

    def close(self, always: bool) -> None:
        self._flush()
        if self.writer is None and always:
            self.writer = ParquetFileSink(self.path, self.schema, compression="zstd")
        if self.writer is not None:
            self.writer.close()
        else:
            self.path.unlink(missing_ok=True)


def _conform(table: pa.Table, schema: pa.Schema) -> dict[str, pa.Array]:
    cols = {}
    for f in schema:
        if f.name in table.column_names:
            cols[f.name] = table.column(f.name).combine_chunks().cast(f.type)
        else:
            cols[f.name] = pa.nulls(table.num_rows, f.type)
    return cols


@resumable(lambda task: task.marker)
def write_shard(task: WriteTask) -> dict[str, Any]:
    """Executor task: write one shard's articles/, copies/ and clusters/ files."""
    span, out, work = task.span, Path(task.out), Path(task.work)
    shard = span.shard
    art_schema, cl_schema = arrow_schema("article"), arrow_schema("cluster")
    assign = pq.read_table(_assign_path(work, shard))
    if assign.num_rows != span.rows:
        raise RuntimeError(f"shard {shard}: {assign.num_rows} assignments for {span.rows} rows")
    name = f"part-{shard:05d}.parquet"
    files = {"articles": _ShardFile(out / "articles" / name, art_schema),
             "copies": _ShardFile(out / "copies" / name, art_schema),
             "clusters": _ShardFile(out / "clusters" / name, cl_schema)}
    pf = pq.ParquetFile(span.path)
    pos = 0
    for batch in pf.iter_batches(batch_size=task.batch_rows,
                                 row_groups=list(span.row_groups), use_threads=False):
        n = batch.num_rows
        asg = assign.slice(pos, n)
        pos += n
        cols = _conform(pa.Table.from_batches([batch]), art_schema)
        for c in ("cluster_id", "cluster_size", "syndicated_by"):
            cols[c] = asg.column(c).combine_chunks().cast(art_schema.field(c).type)
        table = pa.Table.from_arrays([cols[f.name] for f in art_schema], schema=art_schema)
        rel = asg.column("relation").to_numpy(zero_copy_only=False)
        keep = (rel == "canonical") | (rel == "unique")
        files["articles"].write(table.filter(pa.array(keep)))
        files["copies"].write(table.filter(pa.array(~keep)))
        cl = {"id": cols["id"], "cluster_id": cols["cluster_id"],
              "is_canonical": pa.array(rel == "canonical"),
              "relation": asg.column("relation").combine_chunks(),
              "similarity": asg.column("similarity").combine_chunks(),
              "matched_id": asg.column("matched_id").combine_chunks(),
              "host": cols["host"], "published": cols["published"]}
        files["clusters"].write(pa.Table.from_arrays(
            [cl[f.name].cast(f.type) for f in cl_schema], schema=cl_schema))
    if pos != span.rows:
        raise RuntimeError(f"{span.path}: expected {span.rows} rows, read {pos}")
    for f in files.values():
        f.close(always=shard == 0)
    return {"shard": shard, "articles": files["articles"].rows,
            "copies": files["copies"].rows}


def write_empty_tables(out: Path) -> None:
    """``part-00000.parquet`` with no rows in each table: what shard 0 writes, for an input
    with no rows at all (an empty crawl, or one whose pages were all template)."""
    schemas = {"articles": "article", "copies": "article", "clusters": "cluster"}
    for table in TABLES:
        _ShardFile(out / table / "part-00000.parquet", arrow_schema(schemas[table])).close(
            always=True)
