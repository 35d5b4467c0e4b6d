"""The template stage's task functions (module-level; the tasks are in :mod:`.tasks`).

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

Every task writes its files atomically and then its marker
(:func:`warctools.storage.resumable`), so ``--resume`` skips it. Counts are sets of hashes:
the same for any order, jobs, executor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from warctools.dedup.arrays import load_array, save_array
from warctools.dedup.buckets import _partition, _split_by_partition
from warctools.dedup.sketch_stage import read_columns
from warctools.records import word_count
from warctools.schema import arrow_schema
from warctools.storage import ParquetFileSink, resumable
from warctools.templates.blocks import (
    Block,
    block_hash,
    line_spans,
    mix_keys,
    outlet_hash,
    remove_blocks,
    title_hash,
    url_hash,
)
from warctools.templates.params import PAGE_TYPE, TemplateParams
from warctools.templates.tasks import ApplyTask, CountTask, ScanTask

__all__ = ["scan_shard", "count_partition", "apply_shard", "MERGEABLE", "clean_schema"]

MERGEABLE = "_mergeable"
"""Working column of the cleaned files: False for an article that must not merge."""
_SCAN_COLUMNS = ("domain", "host", "title", "url", "text")


def _column(data: dict[str, list], name: str, n: int) -> list:
    return data[name] if name in data else [None] * n


def outlet_of(domain: str | None, host: str | None) -> str | None:
    """The outlet a page is counted under: its registered domain, else its host."""
    return domain or host or None


def _shard_lines(task: ScanTask) -> tuple[list[tuple[int, int, int]], list[int], list[int]]:
    """Per page its (outlet, title, url) hashes; per non-blank line its block hash (0: none)
    in text order, and the number of such lines per page."""
    pf = pq.ParquetFile(task.span.path)
    pages: list[tuple[int, int, int]] = []
    hashes: list[int] = []
    counts: list[int] = []
    outlets: dict[str | None, int] = {}
    for batch in pf.iter_batches(batch_size=task.batch_rows,
                                 row_groups=list(task.span.row_groups),
                                 columns=read_columns(pf, _SCAN_COLUMNS), use_threads=False):
        data, n = batch.to_pydict(), batch.num_rows
        for dom, host, title, url, text in zip(
                *(_column(data, c, n) for c in _SCAN_COLUMNS), strict=True):
            name = outlet_of(dom, host)
            o = outlets.get(name)
            if o is None:
                o = outlets[name] = outlet_hash(name)
            pages.append((o, title_hash(title), url_hash(url)))
            line = [block_hash(text[a:b]) or 0 for a, b in line_spans(text)] if o else []
            hashes += line
            counts.append(len(line))
    return pages, hashes, counts


@resumable(lambda task: Path(task.work) / f"scan-{task.span.shard:05d}.done.json")
def scan_shard(task: ScanTask) -> dict[str, Any]:
    span, work = task.span, Path(task.work)
    shard = span.shard
    pages_list, hash_list, counts = _shard_lines(task)
    if len(pages_list) != span.rows:
        raise RuntimeError(f"{span.path}: expected {span.rows} rows, read {len(pages_list)}")
    pages = np.array(pages_list, np.uint64).reshape(-1, 3)
    hashes = np.array(hash_list, np.uint64)
    offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
    work.mkdir(parents=True, exist_ok=True)
    save_array(work / f"pages-{shard:05d}.npy", pages)
    save_array(work / f"lines-{shard:05d}.npy", hashes)
    save_array(work / f"lineoff-{shard:05d}.npy", offsets)
    local = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    keys = mix_keys(pages[local, 0], hashes)
    docs = (local + span.start).astype(np.uint64)
    keep = hashes != 0
    rows = np.stack([keys[keep], pages[local[keep], 0], docs[keep]], axis=1).reshape(-1, 3)
    rows = np.unique(rows, axis=0) if rows.size else rows  # a block counts once per page
    partitions = task.partitions
    _split_by_partition(work, f"rows-s{shard:05d}", rows, _partition(rows[:, 0], partitions),
                        partitions)
    return {"shard": shard, "pages": len(pages_list), "blocks": int(rows.shape[0])}


def _first_per_key(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    keys, first = np.unique(rows[:, 0], return_index=True)
    return keys, rows[first, 1]


@resumable(lambda task: Path(task.work) / f"count-p{task.partition:04d}.done.json")
def count_partition(task: CountTask) -> dict[str, Any]:
    work, p, params = Path(task.work), task.partition, task.params
    parts = [load_array(work / f"rows-s{s:05d}-p{p:04d}.npy") for s in task.shards]
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
        self.first: dict[tuple[str | None, int], list[Any]] = {}
        """(outlet, block hash) -> [outlet, block hash, doc, text, articles]"""
        self.only: list[dict[str, Any]] = []
        self.by_file: dict[str, int] = {}
        self.changed = self.removed = self.mostly = 0


def _clean_row(row: dict[str, Any], doc: int, blocks: list[Block], hit: list[bool],
               params: TemplateParams, found: _Found) -> dict[str, Any] | None:
    """The row's new columns, or None when it is to be left out (template only)."""
    text = row["text"] or ""
    ds, de = row["dateline_start"], row["dateline_end"]
    remove = [h and not (ds is not None and de is not None and ds < b.end and de > b.start)
              for b, h in zip(blocks, hit, strict=True)]
    cleaned = remove_blocks(text, blocks, remove, ds, de)
    hashes = [b.hash for b, r in zip(blocks, remove, strict=True) if r]
    new = {"text": text, "template_blocks": len(hashes), "template_block_hashes": hashes,
           "dateline_start": ds, "dateline_end": de, "page_type": row["page_type"],
           MERGEABLE: True}
    outlet = outlet_of(row["domain"], row["host"])
    for b, r in zip(blocks, remove, strict=True):
        if r:
            entry = found.first.setdefault((outlet, b.hash),
                                           [outlet, b.hash, doc, text[b.start:b.end], 0])
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
_NEW_COLUMNS = ("text", "template_blocks", "template_block_hashes", "dateline_start",
                "dateline_end", "page_type", MERGEABLE)


def _template_lines(work: Path, shard: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The shard's line hashes, their offsets per page, and which lines are template."""
    hashes = load_array(work / f"lines-{shard:05d}.npy")
    offsets = load_array(work / f"lineoff-{shard:05d}.npy")
    pages = load_array(work / f"pages-{shard:05d}.npy")
    templates = load_array(work / "templates.npy")
    local = np.repeat(np.arange(offsets.size - 1), np.diff(offsets))
    keys = mix_keys(pages[local, 0], hashes)
    at = np.minimum(np.searchsorted(templates, keys), max(templates.size - 1, 0))
    hit = (hashes != 0) & (templates[at] == keys) if templates.size else \
        np.zeros(hashes.size, bool)
    return hashes, offsets, hit


def _clean_batch(table: pa.Table, first: int, lines: tuple[np.ndarray, ...],
                 params: TemplateParams, found: _Found, schema: pa.Schema) -> pa.Table:
    """One batch of rows (``first``: its first page in the shard), cleaned."""
    hashes, offsets, hit = lines
    cols = _conform(table, schema)
    n = table.num_rows
    touched = [bool(hit[offsets[first + i]:offsets[first + i + 1]].any()) for i in range(n)]
    if not any(touched):
        cols["template_blocks"] = pa.array(np.zeros(n, np.int32))
        cols["template_block_hashes"] = pa.array([[]] * n, schema.field(
            "template_block_hashes").type)
        cols[MERGEABLE] = pa.array(np.ones(n, bool))
        return pa.Table.from_arrays([cols[f.name] for f in schema], schema=schema)
    data = {c: cols[c].to_pylist() for c in _ROW_COLUMNS}
    keep, rows = [], []
    for i in range(n):
        row = {c: data[c][i] for c in _ROW_COLUMNS}
        new: dict[str, Any] | None = {
            "text": row["text"], "template_blocks": 0, "template_block_hashes": [],
            "dateline_start": row["dateline_start"], "dateline_end": row["dateline_end"],
            "page_type": row["page_type"], MERGEABLE: True}
        if touched[i]:
            lo, hi = int(offsets[first + i]), int(offsets[first + i + 1])
            blocks = [Block(a, b, int(h) or None) for (a, b), h in
                      zip(line_spans(row["text"]), hashes[lo:hi].tolist(), strict=True)]
            new = _clean_row(row, first + i, blocks, hit[lo:hi].tolist(), params, found)
        keep.append(new is not None)
        if new is not None:
            rows.append(new)
    mask = pa.array(keep)
    out = {name: arr.filter(mask) for name, arr in cols.items()}
    for name in _NEW_COLUMNS:
        out[name] = pa.array([r[name] for r in rows], schema.field(name).type)
    out["word_count"] = pa.array([word_count(r["text"] or "") for r in rows], pa.int32())
    return pa.Table.from_arrays([out[f.name] for f in schema], schema=schema)


@resumable(lambda task: Path(task.work) / f"apply-{task.span.shard:05d}.done.json")
def apply_shard(task: ApplyTask) -> dict[str, Any]:
    span, work, params = task.span, Path(task.work), task.params
    shard, start = span.shard, span.start
    lines = _template_lines(work, shard)
    schema = clean_schema()
    target = Path(task.clean) / f"part-{shard:05d}.parquet"
    found = _Found()
    rows_out = first = 0
    pf = pq.ParquetFile(span.path)
    with ParquetFileSink(target, schema, compression="lz4") as writer:
        for batch in pf.iter_batches(batch_size=task.batch_rows,
                                     row_groups=list(span.row_groups), use_threads=False):
            table = _clean_batch(pa.Table.from_batches([batch]), first, lines, params, found,
                                 schema)
            first += batch.num_rows
            if table.num_rows:
                writer.write(table)
                rows_out += table.num_rows
    for entry in found.first.values():
        entry[2] += start  # documents numbered over the whole input
    for entry in found.only:
        entry["doc"] += start
    _write_found(work, shard, found)
    return {"shard": shard, "rows_out": rows_out, "changed": found.changed,
            "blocks_removed": found.removed, "mostly_template": found.mostly,
            "template_only": len(found.only), "template_only_by_file": found.by_file}


def _write_found(work: Path, shard: int, found: _Found) -> None:
    from warctools.writers.parquet import write_table_atomic

    items = sorted(found.first.items(), key=lambda kv: (kv[0][0] or "", kv[0][1]))
    first = pa.table({
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
