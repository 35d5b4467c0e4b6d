"""Stage 4: stream the input again and write articles/, copies/ and clusters/.

Rows keep input order. A canonical or unique article goes to ``articles/`` with
``cluster_id``, ``cluster_size`` and (canonical rows) ``syndicated_by``; every other copy
goes whole to ``copies/``; ``clusters/`` gets one row per input article.
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
from warctools.schema import arrow_schema
from warctools.writers.parquet import ParquetSink

__all__ = ["write_outputs"]

_SYNDICATED = ("id", "url", "host", "published", "similarity", "relation")


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


def _conform(table: pa.Table, schema: pa.Schema) -> list[pa.Array]:
    cols = []
    for f in schema:
        if f.name in table.column_names:
            cols.append(table.column(f.name).combine_chunks().cast(f.type))
        else:
            cols.append(pa.nulls(table.num_rows, f.type))
    return cols


def _cluster_ids(a: Assignment, ids: pa.Array, index: DocIndex) -> tuple[pa.Array, pa.Array]:
    roots = pa.concat_arrays([ids, index.prior_cluster])
    names = pa.concat_arrays([ids, index.prior_ids])
    matched = pa.array(a.matched, mask=a.matched < 0)
    return roots.take(pa.array(a.root)), names.take(matched)


def write_outputs(files: list[Path], out: Path, a: Assignment, index: DocIndex,
                  meta: pl.DataFrame, *, batch_rows: int = 2048) -> dict[str, int]:
    ids = meta["id"].to_arrow().cast(pa.string())
    cluster_id, matched_id = _cluster_ids(a, ids, index)
    syn = _syndicated(a, meta, index.n_new)
    art_schema = arrow_schema("article")
    syn_type = art_schema.field("syndicated_by").type
    names = [f.name for f in art_schema]
    counts = {"articles": 0, "copies": 0}
    sinks = {k: ParquetSink(out / k, art_schema, basename="part", write_empty=True)
             for k in ("articles", "copies")}
    start = 0
    for path in files:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_rows):
            n = batch.num_rows
            idx = np.arange(start, start + n)
            start += n
            conformed = _conform(pa.Table.from_batches([batch]), art_schema)
            cols = dict(zip(names, conformed, strict=True))
            cols["cluster_id"] = cluster_id.slice(idx[0], n)
            cols["cluster_size"] = pa.array(a.size[idx], pa.int32())
            cols["syndicated_by"] = pa.array([syn.get(int(i)) for i in idx], syn_type)
            table = pa.Table.from_arrays([cols[k] for k in names], schema=art_schema)
            keep = (a.relation[idx] == CANONICAL) | (a.relation[idx] == UNIQUE)
            for name, mask in (("articles", keep), ("copies", ~keep)):
                if mask.any():
                    sinks[name].write_table(table.filter(pa.array(mask)))
                    counts[name] += int(mask.sum())
    for sink in sinks.values():
        sink.close()
    _write_clusters(out, a, meta, cluster_id, matched_id)
    return counts


def _write_clusters(out: Path, a: Assignment, meta: pl.DataFrame, cluster_id: pa.Array,
                    matched_id: pa.Array) -> None:
    schema = arrow_schema("cluster")
    names = np.array([RELATION_NAMES[c] for c in sorted(RELATION_NAMES)], dtype=object)
    rel_idx = np.searchsorted(sorted(RELATION_NAMES), a.relation)
    sim = a.similarity
    data: dict[str, Any] = {
        "id": meta["id"].to_arrow().cast(pa.string()),
        "cluster_id": cluster_id,
        "is_canonical": pa.array(a.relation == CANONICAL),
        "relation": pa.array(names[rel_idx].tolist(), pa.string()),
        "similarity": pa.array(sim, pa.float32(), mask=np.isnan(sim)),
        "matched_id": matched_id,
        "host": meta["host"].to_arrow(),
        "published": meta["published"].to_arrow(),
    }
    table = pa.Table.from_arrays([data[f.name].cast(f.type) for f in schema], schema=schema)
    with ParquetSink(out / "clusters", schema, basename="part", write_empty=True) as sink:
        sink.write_table(table)
