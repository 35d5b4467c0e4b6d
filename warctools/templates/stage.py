"""The template stage's tasks (plain JSON-able dicts, module-level functions, markers).

* :func:`scan_shard`, one per shard of input rows (the dedup sketch plan): per page its
  outlet, title and URL hashes (``pages-SSSSS.npy``: rows ``(outlet, title, url)``), and per
  distinct block of its text a row ``(key, outlet, doc)``, ``key`` = :func:`.blocks.mix`
  of outlet and block hash, split by a hash of the key into partition files
  (``rows-sSSSSS-pPPPP.npy``), so one (outlet, block) never spans two partitions;
* :func:`count_partition`, one per partition: the number of the outlet's distinct stories
  carrying each key (``story.npy``: a story key per page, written by the driver), plus an
  earlier release's counts (``prev-pPPPP.npy``), against the outlet's stories
  (``outlets.npy``); the keys at or over :meth:`TemplateParams.least_pages` go to
  ``tmpl-pPPPP.npy`` (rows ``(key, outlet, stories with it, outlet stories)``);
* :func:`apply_shard`, one per input shard again: the shard's rows with the template blocks
  taken out of ``text`` (never the dateline's line) into ``clean/part-SSSSS.parquet``,
  the first text of every template block it met (``found-SSSSS.parquet``) and its
  template-only articles (``only-SSSSS.parquet``).

Every task writes its files atomically and then its marker (:mod:`warctools.dedup.markers`),
so ``--resume`` skips it. Counts are sets of hashes: the same for any order, jobs, executor.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from warctools.dedup.arrays import load_array, save_array
from warctools.dedup.buckets import _partition, _split_by_partition
from warctools.dedup.markers import resumable
from warctools.dedup.sketch_stage import read_columns
from warctools.pipeline.article_row import word_count
from warctools.schema import arrow_schema
from warctools.templates.blocks import (
    mix,
    outlet_hash,
    remove_blocks,
    split_blocks,
    title_hash,
    url_hash,
)
from warctools.templates.params import PAGE_TYPE, TemplateParams

__all__ = ["scan_shard", "count_partition", "apply_shard", "MERGEABLE", "clean_schema"]

MERGEABLE = "_mergeable"
"""Working column of the cleaned files: False for an article that must not merge."""
_SCAN_COLUMNS = ("domain", "host", "title", "url", "text")


def _column(data: dict[str, list], name: str, n: int) -> list:
    return data[name] if name in data else [None] * n


def outlet_of(domain: str | None, host: str | None) -> str | None:
    """The outlet a page is counted under: its registered domain, else its host."""
    return domain or host or None


@resumable(lambda task: f"scan-{int(task['shard']):05d}.done.json")
def scan_shard(task: dict[str, Any]) -> dict[str, Any]:
    work, shard, doc = Path(task["work"]), int(task["shard"]), int(task["start"])
    pf = pq.ParquetFile(task["path"])
    pages: list[tuple[int, int, int]] = []
    keys: list[int] = []
    outs: list[int] = []
    docs: list[int] = []
    for batch in pf.iter_batches(batch_size=int(task["batch_rows"]),
                                 row_groups=task["row_groups"],
                                 columns=read_columns(pf, _SCAN_COLUMNS), use_threads=False):
        data, n = batch.to_pydict(), batch.num_rows
        for dom, host, title, url, text in zip(
                *(_column(data, c, n) for c in _SCAN_COLUMNS), strict=True):
            o = outlet_hash(outlet_of(dom, host))
            pages.append((o, title_hash(title), url_hash(url)))
            if o:
                for h in sorted({b.hash for b in split_blocks(text) if b.hash is not None}):
                    keys.append(mix(o, h))
                    outs.append(o)
                    docs.append(doc)
            doc += 1
    if doc - int(task["start"]) != int(task["rows"]):
        raise RuntimeError(f"{task['path']}: expected {task['rows']} rows, read "
                           f"{doc - int(task['start'])}")
    work.mkdir(parents=True, exist_ok=True)
    save_array(work / f"pages-{shard:05d}.npy", np.array(pages, np.uint64).reshape(-1, 3))
    rows = np.array([keys, outs, docs], np.uint64).T.reshape(-1, 3)
    partitions = int(task["partitions"])
    _split_by_partition(work, f"rows-s{shard:05d}", rows, _partition(rows[:, 0], partitions),
                        partitions)
    return {"shard": shard, "pages": len(pages), "blocks": len(keys)}


def _first_per_key(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    keys, first = np.unique(rows[:, 0], return_index=True)
    return keys, rows[first, 1]


@resumable(lambda task: f"count-p{int(task['partition']):04d}.done.json")
def count_partition(task: dict[str, Any]) -> dict[str, Any]:
    work, p = Path(task["work"]), int(task["partition"])
    params = TemplateParams.from_dict(task["params"])
    parts = [load_array(work / f"rows-s{s:05d}-p{p:04d}.npy") for s in task["shards"]]
    rows = np.concatenate(parts) if parts else np.zeros((0, 3), np.uint64)
    story = load_array(work / "story.npy", mmap=True)
    pairs = np.stack([rows[:, 0], story[rows[:, 2].astype(np.int64)]], axis=1)
    pairs = np.unique(pairs, axis=0) if pairs.size else pairs
    keys, stories = np.unique(pairs[:, 0], return_counts=True)
    stories = stories.astype(np.int64)
    _, outlets = _first_per_key(rows)
    prev = load_array(work / f"prev-p{p:04d}.npy")
    if prev.size and keys.size:
        at = np.minimum(np.searchsorted(prev[:, 0], keys), prev.shape[0] - 1)
        hit = prev[at, 0] == keys
        stories[hit] += prev[at[hit], 1].astype(np.int64)
    table = load_array(work / "outlets.npy", mmap=True)
    pos = np.searchsorted(table[:, 0], outlets)
    total = np.asarray(table[pos, 1], dtype=np.int64) if keys.size else np.zeros(0, np.int64)
    need = np.maximum(params.min_pages,
                      np.minimum(np.ceil(params.share * total - 1e-9), params.max_pages))
    keep = stories >= need
    out = np.stack([keys[keep], outlets[keep], stories[keep].astype(np.uint64),
                    total[keep].astype(np.uint64)], axis=1)
    save_array(work / f"tmpl-p{p:04d}.npy", out.reshape(-1, 4))
    return {"partition": p, "keys": int(keys.size), "templates": int(keep.sum())}


def clean_schema() -> pa.Schema:
    return arrow_schema("article").append(pa.field(MERGEABLE, pa.bool_(), nullable=False))


def _conform(table: pa.Table, schema: pa.Schema) -> dict[str, pa.Array]:
    return {f.name: (table.column(f.name).combine_chunks().cast(f.type)
                     if f.name in table.column_names else pa.nulls(table.num_rows, f.type))
            for f in schema if f.name != MERGEABLE}


class _Found:
    """What one apply task records: the first text of each template key, per-file counts."""

    def __init__(self) -> None:
        self.first: dict[int, list[Any]] = {}  # key -> [domain, block_hash, doc, text, n]
        self.only: list[dict[str, Any]] = []
        self.by_file: dict[str, int] = {}
        self.changed = self.removed = self.mostly = 0


def _clean_row(row: dict[str, Any], doc: int, templates: np.ndarray,
               params: TemplateParams, found: _Found) -> dict[str, Any] | None:
    """The row's new columns, or None when it is to be left out (template only)."""
    text = row["text"] or ""
    outlet = outlet_of(row["domain"], row["host"])
    o = outlet_hash(outlet)
    blocks = split_blocks(text)
    keys = np.array([mix(o, b.hash) if (o and b.hash is not None) else 0 for b in blocks],
                    np.uint64)
    at = np.minimum(np.searchsorted(templates, keys), max(templates.size - 1, 0))
    hit = (templates[at] == keys) & (keys != 0) if templates.size else np.zeros(len(keys), bool)
    ds, de = row["dateline_start"], row["dateline_end"]
    remove = [bool(h) and not (ds is not None and de is not None and ds < b.end and de > b.start)
              for b, h in zip(blocks, hit.tolist(), strict=True)]
    cleaned = remove_blocks(text, blocks, remove, ds, de)
    hashes = [b.hash for b, r in zip(blocks, remove, strict=True) if r]
    new = {"text": text, "template_blocks": len(hashes), "template_block_hashes": hashes,
           "dateline_start": ds, "dateline_end": de, "page_type": row["page_type"],
           MERGEABLE: True}
    for b, r, k in zip(blocks, remove, keys.tolist(), strict=True):
        if r:
            entry = found.first.setdefault(k, [outlet, b.hash, doc, text[b.start:b.end], 0])
            entry[4] += 1
    if not hashes:
        return new
    found.changed += 1
    found.removed += len(hashes)
    if cleaned.kept_chars == 0:  # nothing but template
        found.only.append({"domain": outlet, "id": row["id"], "url": row["url"],
                           "title": row["title"], "doc": doc,
                           "template_blocks": len(hashes)})
        if not params.keep_non_articles:
            name = row["warc_filename"]
            found.by_file[name] = found.by_file.get(name, 0) + 1
            return None
        new.update(page_type=PAGE_TYPE, **{MERGEABLE: False})
        return new
    share = cleaned.removed_chars / (cleaned.removed_chars + cleaned.kept_chars)
    if share > params.mostly:
        found.mostly += 1
        new[MERGEABLE] = False
    new.update(text=cleaned.text, dateline_start=cleaned.dateline_start,
               dateline_end=cleaned.dateline_end)
    return new


_ROW_COLUMNS = ("id", "url", "title", "text", "domain", "host", "dateline_start",
                "dateline_end", "page_type", "warc_filename")


@resumable(lambda task: f"apply-{int(task['shard']):05d}.done.json")
def apply_shard(task: dict[str, Any]) -> dict[str, Any]:
    work, shard, doc = Path(task["work"]), int(task["shard"]), int(task["start"])
    params = TemplateParams.from_dict(task["params"])
    templates = load_array(work / "templates.npy", mmap=True)
    schema = clean_schema()
    target = Path(task["clean"]) / f"part-{shard:05d}.parquet"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.tmp"
    found = _Found()
    rows_out = 0
    pf = pq.ParquetFile(task["path"])
    with pq.ParquetWriter(tmp, schema, compression="lz4") as writer:
        for batch in pf.iter_batches(batch_size=int(task["batch_rows"]),
                                     row_groups=task["row_groups"], use_threads=False):
            cols = _conform(pa.Table.from_batches([batch]), schema)
            data = {c: cols[c].to_pylist() for c in _ROW_COLUMNS}
            keep, new_rows = [], []
            for i in range(batch.num_rows):
                new = _clean_row({c: data[c][i] for c in _ROW_COLUMNS}, doc + i, templates,
                                 params, found)
                keep.append(new is not None)
                if new is not None:
                    new_rows.append(new)
            doc += batch.num_rows
            mask = pa.array(keep)
            out = {name: arr.filter(mask) for name, arr in cols.items()}
            for name in ("text", "template_blocks", "template_block_hashes", "dateline_start",
                         "dateline_end", "page_type", MERGEABLE):
                out[name] = pa.array([r[name] for r in new_rows], schema.field(name).type)
            out["word_count"] = pa.array([word_count(r["text"]) for r in new_rows], pa.int32())
            table = pa.Table.from_arrays([out[f.name] for f in schema], schema=schema)
            if table.num_rows:
                writer.write_table(table)
                rows_out += table.num_rows
    os.replace(tmp, target)
    _write_found(work, shard, found)
    return {"shard": shard, "rows_out": rows_out, "changed": found.changed,
            "blocks_removed": found.removed, "mostly_template": found.mostly,
            "template_only": len(found.only), "template_only_by_file": found.by_file}


def _write_found(work: Path, shard: int, found: _Found) -> None:
    from warctools.writers.parquet import write_table_atomic

    items = sorted(found.first.items())
    first = pa.table({
        "key": pa.array([k for k, _ in items], pa.uint64()),
        "domain": pa.array([v[0] for _, v in items], pa.string()),
        "block_hash": pa.array([v[1] for _, v in items], pa.uint64()),
        "doc": pa.array([v[2] for _, v in items], pa.int64()),
        "text": pa.array([v[3] for _, v in items], pa.string()),
        "articles": pa.array([v[4] for _, v in items], pa.int64()),
    })
    write_table_atomic(work / f"found-{shard:05d}.parquet", first)
    only = pa.Table.from_pylist(found.only, schema=pa.schema([
        ("domain", pa.string()), ("id", pa.string()), ("url", pa.string()),
        ("title", pa.string()), ("doc", pa.int64()), ("template_blocks", pa.int64())]))
    write_table_atomic(work / f"only-{shard:05d}.parquet", only)
