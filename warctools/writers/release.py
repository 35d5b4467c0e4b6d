"""The release layout: sorted, Hub-shaped Parquet files written into a staged folder.

``data/<config>/<split>-00000-of-0000N.parquet`` (``train`` unless the release is split):
rows sorted by (published, host) (then id, so the order is total) and declared as the
files' sorting columns, files up to ``FILE_BYTES``, row groups of about
``ROW_GROUP_BYTES`` (uncompressed), page index and statistics on. Rows are sorted out of
core (:func:`iter_sorted`): memory stays near ``BUCKET_BYTES`` plus the sort keys, whatever
the size of the input.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from warctools.errors import SchemaError
from warctools.schema import arrow_schema
from warctools.storage import ParquetFileSink
from warctools.writers.parquet import file_metadata

__all__ = ["WrittenFile", "SORT_KEYS", "FILE_BYTES", "ROW_GROUP_BYTES", "BUCKET_BYTES",
           "write_config", "sorting_columns", "iter_sorted"]

SORT_KEYS: tuple[str, ...] = ("published", "host")
FILE_BYTES = 500 * 10**6
ROW_GROUP_BYTES = 100 * 10**6
BUCKET_BYTES = 128 * 10**6
_READ_BATCH_ROWS = 8192
_RANK = "__rank"
# Content-defined page boundaries (pyarrow >= 21): a new release version re-uploads only
# the changed pages to the Hugging Face Hub's chunk-deduplicating (Xet) storage.
_CDC: dict[str, bool] = (
    {"use_content_defined_chunking": True}
    if "use_content_defined_chunking" in inspect.signature(pq.ParquetWriter).parameters else {})


@dataclass(frozen=True)
class WrittenFile:
    path: Path
    rows: int
    row_groups: int


def sorting_columns(schema: pa.Schema) -> tuple[pq.SortingColumn, ...]:
    columns = pq.SortingColumn.from_ordering(
        schema, [(k, "ascending") for k in SORT_KEYS], null_placement="at_end")
    return tuple(columns)


def _conform(batch: pa.RecordBatch, schema: pa.Schema, what: str) -> pa.Table:
    columns = []
    for field in schema:
        if field.name in batch.schema.names:
            column = batch.column(field.name)
        elif field.nullable:
            column = pa.nulls(batch.num_rows, field.type)
        else:
            raise SchemaError(f"{what}: required column {field.name!r} is missing")
        if not field.nullable and column.null_count:
            raise SchemaError(f"{what}: column {field.name!r} holds {column.null_count} "
                              "nulls but schemas/ declares it non-nullable")
        columns.append(column)
    table = pa.Table.from_arrays(columns, names=schema.names)
    try:
        return table.cast(schema)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        raise SchemaError(f"{what}: columns do not match schemas/: {exc}") from exc


class _ShardWriter:
    """Row groups of ~row_group_bytes into files rolled at ~file_bytes (temporary names)."""

    def __init__(self, directory: Path, schema: pa.Schema, *, file_bytes: int,
                 row_group_bytes: int, prefix: str = "") -> None:
        self.directory, self.schema, self.prefix = directory, schema, prefix
        self.file_bytes, self.row_group_bytes = file_bytes, row_group_bytes
        self.done: list[WrittenFile] = []
        self._pending: list[pa.Table] = []
        self._pending_bytes = 0
        self._writer: ParquetFileSink | None = None
        self._rows = self._groups = 0
        self._last_group_bytes = 0

    def add(self, table: pa.Table) -> None:
        """Queue rows; a row group is cut as soon as the queue reaches row_group_bytes."""
        row_bytes = max(1, table.nbytes // max(1, table.num_rows))
        while table.num_rows:
            room = max(1, -(-(self.row_group_bytes - self._pending_bytes) // row_bytes))
            part, table = table.slice(0, room), table.slice(room)
            self._pending.append(part)
            self._pending_bytes += part.num_rows * row_bytes
            if self._pending_bytes >= self.row_group_bytes:
                self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        table = pa.concat_tables(self._pending).combine_chunks()
        self._pending, self._pending_bytes = [], 0
        writer = self._open()
        before = writer.tell()
        writer.write(table, row_group_size=max(1, table.num_rows))
        self._rows += table.num_rows
        self._groups += 1
        self._last_group_bytes = writer.tell() - before
        if writer.tell() + self._last_group_bytes > self.file_bytes:
            self._close_file()

    def _open(self) -> ParquetFileSink:
        if self._writer is None:
            # renamed by write_config once the number of files is known
            tmp = self.directory / f".{self.prefix}shard-{len(self.done):05d}.tmp"
            self._writer = ParquetFileSink(
                tmp, self.schema, tmp=tmp, compression="zstd", write_statistics=True,
                write_page_index=True, sorting_columns=sorting_columns(self.schema),
                **_CDC)
            self._rows = self._groups = 0
        return self._writer

    def _close_file(self) -> None:
        if self._writer is None:
            return
        writer, self._writer = self._writer, None
        self.done.append(WrittenFile(writer.close(publish=False), self._rows, self._groups))

    def close(self) -> list[WrittenFile]:
        self._flush()
        if not self.done and self._writer is None:
            self._open()
        self._close_file()
        return self.done


def _ranks(files: list[Path], keys: list[str]) -> np.ndarray:
    """Each input row's position in the sorted output (rows numbered across the files)."""
    lf = pl.scan_parquet(files, missing_columns="insert", extra_columns="ignore")
    present = [k for k in keys if k in lf.collect_schema().names()]
    order = (lf.select(present).with_row_index(_RANK)
             .sort(present, nulls_last=True, maintain_order=True)
             .select(_RANK).collect()[_RANK].to_numpy())
    ranks = np.empty(len(order), dtype=np.uint64)
    ranks[order] = np.arange(len(order), dtype=np.uint64)
    return ranks


def _rows_per_bucket(files: list[Path], bucket_bytes: int) -> int:
    rows = size = 0
    for path in files:
        meta = pq.read_metadata(path)
        rows += meta.num_rows
        size += sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    return max(1, bucket_bytes * rows // max(1, size))


class _Buckets:
    """Scratch files, one per range of output positions; each small enough to sort in memory."""

    def __init__(self, scratch: Path, schema: pa.Schema, count: int, flush_bytes: int) -> None:
        self.schema = schema.append(pa.field(_RANK, pa.uint64(), nullable=False))
        self.paths = [scratch / f"bucket-{b:05d}.tmp" for b in range(count)]
        self._writers: dict[int, ParquetFileSink] = {}
        self._pending: dict[int, list[pa.Table]] = {}
        self._bytes: dict[int, int] = {}
        self.flush_bytes = flush_bytes

    def add(self, table: pa.Table, ranks: np.ndarray, per_bucket: int) -> None:
        bucket = ranks // np.uint64(per_bucket)
        order = np.argsort(bucket, kind="stable")
        cuts = np.flatnonzero(np.diff(bucket[order])) + 1
        for part in np.split(order, cuts):
            b = int(bucket[part[0]])
            piece = table.take(pa.array(part)).append_column(
                self.schema.field(_RANK), pa.array(ranks[part], pa.uint64()))
            self._pending.setdefault(b, []).append(piece)
            self._bytes[b] = self._bytes.get(b, 0) + piece.nbytes
            if self._bytes[b] >= self.flush_bytes:
                self._flush(b)

    def _flush(self, b: int) -> None:
        pieces = self._pending.pop(b, [])
        self._bytes[b] = 0
        if not pieces:
            return
        if b not in self._writers:
            self._writers[b] = ParquetFileSink(self.paths[b], self.schema, tmp=self.paths[b],
                                               compression="lz4", durable=False)
        self._writers[b].write(pa.concat_tables(pieces))

    def sorted_tables(self) -> Iterator[pa.Table]:
        """Each bucket in turn, rows in output order, the rank column dropped."""
        for b in list(self._pending):
            self._flush(b)
        for writer in self._writers.values():
            writer.close(publish=False)
        for b, path in enumerate(self.paths):
            if b not in self._writers:
                continue
            table = pq.read_table(path)
            path.unlink()
            order = pc.sort_indices(table[_RANK])
            table = table.drop_columns([_RANK])
            step = max(1, table.num_rows * self.flush_bytes // max(1, table.nbytes))
            for start in range(0, table.num_rows, step):
                yield table.take(order.slice(start, step))
            del table


def iter_sorted(files: list[Path], schema: pa.Schema, scratch: Path, *,
                bucket_bytes: int = BUCKET_BYTES) -> Iterator[pa.Table]:
    """The rows of ``files`` conformed to ``schema``, sorted by (published, host, id).

    An external distribution sort: the sort keys alone are sorted (polars) to give every
    row its output position; one streaming pass (pyarrow batches) spreads the rows into
    scratch buckets of about ``bucket_bytes`` by position; each bucket is then sorted in
    memory. Memory stays near ``bucket_bytes`` plus the keys, whatever the input size.
    """
    if not files:
        return
    ranks = _ranks(files, [*SORT_KEYS, "id"])
    per_bucket = _rows_per_bucket(files, bucket_bytes)
    count = max(1, -(-len(ranks) // per_bucket))
    buckets = _Buckets(scratch, schema, count, max(2**20, bucket_bytes // 16))
    offset = 0
    for path in files:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=_READ_BATCH_ROWS):
            table = _conform(batch, schema, str(path))
            buckets.add(table, ranks[offset:offset + table.num_rows], per_bucket)
            offset += table.num_rows
    yield from buckets.sorted_tables()


def write_config(files: list[Path], directory: Path, *, schema_name: str,
                 metadata: Mapping[str, str], scratch: Path, file_bytes: int = FILE_BYTES,
                 row_group_bytes: int = ROW_GROUP_BYTES,
                 bucket_bytes: int = BUCKET_BYTES, split: str = "train") -> list[WrittenFile]:
    """Write one config's rows (of one split), sorted, as
    ``directory/<split>-0000i-of-0000N.parquet``."""
    base = arrow_schema(schema_name)
    meta = {**(base.metadata or {}),
            **{k.encode(): v.encode() for k, v in file_metadata(metadata).items()}}
    schema = base.with_metadata(meta)
    shards = _ShardWriter(directory, schema, file_bytes=file_bytes,
                          row_group_bytes=row_group_bytes, prefix=f"{split}-")
    try:
        for table in iter_sorted(files, schema, scratch, bucket_bytes=bucket_bytes):
            shards.add(table)
    except pl.exceptions.PolarsError as exc:
        raise SchemaError(f"cannot read {files[0].parent}: {exc}") from exc
    written = shards.close()
    final: list[WrittenFile] = []
    for i, w in enumerate(written):
        path = directory / f"{split}-{i:05d}-of-{len(written):05d}.parquet"
        os.replace(w.path, path)
        final.append(WrittenFile(path, w.rows, w.row_groups))
    return final
