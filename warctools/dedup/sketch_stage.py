"""Stage 1 (parallel, one task per shard of input rows): texts -> sketches on disk.

A task reads only ``id, text, dateline_start, dateline_end, authors`` of its row groups in
batches, and writes

* ``OUT/signatures/part-NNNNN.parquet``: id, hashvalues (list<uint32>), n_shingles,
  text_hash, anchors, host (the published, reusable sketches; see :mod:`.signature_io`);
* ``WORK/shard-NNNNN.*.npy``: sorted unique shingle hashes (flat + offsets) for
  verification, band keys, text hashes, shingle counts, anchors (flat + offsets);
* ``WORK/rows-{lsh,anc}-sNNNNN-pPPPP.npy``: the band keys and anchors split by partition
  for the LSH shuffle (:mod:`warctools.dedup.buckets`).

Files go through temporary names; a marker written last
(:func:`warctools.storage.resumable`) makes ``--resume`` skip the task.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from warctools.dedup.arrays import load_array, save_array
from warctools.dedup.minhash import Sketches, sketch_prepared
from warctools.dedup.params import DedupParams
from warctools.dedup.shingles import fold_text
from warctools.dedup.tasks import Shard, SketchTask
from warctools.storage import resumable

__all__ = ["plan_shards", "sketch_shard", "WORK_ARRAYS", "load_work_array", "read_columns"]

WORK_ARRAYS = ("sh", "shoff", "bands", "thash", "nsh", "anc", "ancoff")
_TEXT_COLUMNS = ("id", "text", "dateline_start", "dateline_end", "authors", "host")


def plan_shards(files: list[Path], shard_rows: int) -> list[Shard]:
    """Shards of whole row groups, about ``shard_rows`` rows each, in file order."""
    spans: list[tuple[str, tuple[int, ...], int]] = []
    for path in files:
        meta = pq.ParquetFile(path).metadata
        group: list[int] = []
        rows = 0
        for rg in range(meta.num_row_groups):
            group.append(rg)
            rows += meta.row_group(rg).num_rows
            if rows >= shard_rows:
                spans.append((str(path), tuple(group), rows))
                group, rows = [], 0
        if group and rows:
            spans.append((str(path), tuple(group), rows))
    shards, start = [], 0
    for i, (path_name, groups, rows) in enumerate(spans):
        shards.append(Shard(i, path_name, groups, start, rows))
        start += rows
    return shards


def read_columns(pf: pq.ParquetFile, wanted: tuple[str, ...]) -> list[str]:
    names = set(pf.schema_arrow.names)
    return [c for c in wanted if c in names]


def _concat(parts: list[Sketches]) -> Sketches:
    def offsets(name: str) -> np.ndarray:
        out, base = [np.zeros(1, dtype=np.int64)], 0
        for p in parts:
            arr = getattr(p, name)
            out.append(arr[1:] + base)
            base += int(arr[-1])
        return np.concatenate(out)

    return Sketches(
        np.concatenate([p.signatures for p in parts]),
        np.concatenate([p.text_hash for p in parts]),
        np.concatenate([p.n_shingles for p in parts]),
        np.concatenate([p.shingles for p in parts]), offsets("shingle_offsets"),
        np.concatenate([p.band_keys for p in parts]),
        np.concatenate([p.anchors for p in parts]), offsets("anchor_offsets"),
    )


def sketch_table(table: pa.Table, params: DedupParams) -> Sketches:
    """Sketch the rows of a table holding at least ``text`` (optional dateline/authors)."""
    n = table.num_rows
    texts = table.column("text").to_pylist()
    names = table.column_names
    ds = table.column("dateline_start").to_pylist() if "dateline_start" in names else [None] * n
    de = table.column("dateline_end").to_pylist() if "dateline_end" in names else [None] * n
    au = table.column("authors").to_pylist() if "authors" in names else [None] * n
    prepared = [fold_text(t, s, e, a) for t, s, e, a in
                zip(texts, ds, de, au, strict=True)]
    return sketch_prepared(prepared, **params.sketch_kwargs())


def load_work_array(work: Path, shard: int, name: str, mmap: bool = False) -> np.ndarray:
    return load_array(work / f"shard-{shard:05d}.{name}.npy", mmap=mmap)


@resumable(lambda task: Path(task.work) / f"shard-{task.span.shard:05d}.done.json")
def sketch_shard(task: SketchTask) -> dict[str, Any]:
    """Executor task: sketch one shard and write its files (see module docstring)."""
    from warctools.dedup.buckets import write_partitioned_rows
    from warctools.dedup.signature_io import signature_table, write_signatures

    span, work, params = task.span, Path(task.work), task.params
    shard = span.shard
    pf = pq.ParquetFile(span.path)
    cols = read_columns(pf, _TEXT_COLUMNS)
    parts, ids, hosts = [], [], []
    for batch in pf.iter_batches(batch_size=params.batch_rows, row_groups=list(span.row_groups),
                                 columns=cols, use_threads=False):
        table = pa.Table.from_batches([batch])
        parts.append(sketch_table(table, params))
        ids.append(table.column("id").combine_chunks())
        hosts.append(table.column("host").combine_chunks().cast(pa.string())
                     if "host" in table.column_names else pa.nulls(table.num_rows, pa.string()))
    sk = _concat(parts) if parts else sketch_prepared([], **params.sketch_kwargs())
    id_array = pa.concat_arrays(ids) if ids else pa.array([], pa.string())
    if len(id_array) != span.rows:
        raise RuntimeError(f"{span.path}: expected {span.rows} rows, read {len(id_array)}")
    work.mkdir(parents=True, exist_ok=True)
    arrays = {"sh": sk.shingles, "shoff": sk.shingle_offsets, "bands": sk.band_keys,
              "thash": sk.text_hash, "nsh": sk.n_shingles, "anc": sk.anchors,
              "ancoff": sk.anchor_offsets}
    for name, arr in arrays.items():
        save_array(work / f"shard-{shard:05d}.{name}.npy", arr)
    write_partitioned_rows(work, f"{shard:05d}", sk.band_keys, sk.anchors, sk.anchor_offsets,
                           span.start, params.partitions)
    write_signatures(Path(task.signatures) / f"part-{shard:05d}.parquet",
                     signature_table(id_array, sk, pa.concat_arrays(hosts) if hosts else None),
                     params)
    return {"shard": shard, "rows": len(id_array)}
