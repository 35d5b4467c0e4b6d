"""Sharded, atomic Parquet writing.

:class:`ParquetSink` buffers rows into Arrow batches, writes row groups of a target
uncompressed size (not one per batch), rolls files at a target size, and writes each file
under a temporary name (``.<name>.tmp``, never ending in ``.parquet``) that is renamed only
once the file is complete, so no reader ever sees half a file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa

from warctools.schema import SCHEMA_VERSION
from warctools.storage import TMP_SUFFIX, CommitOnExit, ParquetFileSink

__all__ = ["ParquetSink", "write_table_atomic", "file_metadata", "TMP_SUFFIX"]

ROW_GROUP_BYTES = 96 * 2**20
FILE_BYTES = 512 * 2**20
_BATCH_ROWS = 2048


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _epoch_us(value: Any) -> Any:
    if not isinstance(value, datetime):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    delta = value - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def file_metadata(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Key-value metadata every warctools Parquet file carries."""
    from warctools._version import __version__

    meta = {"warctools_version": __version__, "schema_version": str(SCHEMA_VERSION)}
    if extra:
        meta.update(extra)
    return meta


def _with_metadata(schema: pa.Schema, extra: Mapping[str, str] | None) -> pa.Schema:
    meta = dict(schema.metadata or {})
    meta.update({k.encode(): v.encode() for k, v in file_metadata(extra).items()})
    return schema.with_metadata(meta)


def write_table_atomic(path: Path, table: pa.Table, *, metadata: Mapping[str, str] | None = None,
                       row_group_size: int | None = None) -> Path:
    """Write one whole table to ``path`` through a temporary name and a rename."""
    table = table.replace_schema_metadata(_with_metadata(table.schema, metadata).metadata)
    with ParquetFileSink(path, table.schema, compression="zstd", write_statistics=True) as out:
        out.write(table, row_group_size=row_group_size)
    return path


class ParquetSink(CommitOnExit):
    """Write rows to ``directory/<basename>-<NNNN>.parquet`` files of one schema."""

    def __init__(self, directory: Path, schema: pa.Schema, *, basename: str,
                 metadata: Mapping[str, str] | None = None, row_group_bytes: int = ROW_GROUP_BYTES,
                 file_bytes: int = FILE_BYTES, write_empty: bool = False) -> None:
        self.directory = Path(directory)
        self.schema = _with_metadata(schema, metadata)
        self.basename = basename
        self.row_group_bytes = row_group_bytes
        self.file_bytes = file_bytes
        self.write_empty = write_empty
        self.rows_written = 0
        self.paths: list[Path] = []
        self._rows: list[Mapping[str, Any]] = []
        self._batches: list[pa.RecordBatch] = []
        self._batch_bytes = 0
        self._writer: ParquetFileSink | None = None
        self._file_bytes = 0

    def write_row(self, row: Mapping[str, Any]) -> None:
        """Buffer one row (kept by reference until its batch is built: don't mutate it)."""
        self._rows.append(row)
        if len(self._rows) >= _BATCH_ROWS:
            self._rows_to_batch()

    def write_rows(self, rows: Iterable[Mapping[str, Any]]) -> None:
        for row in rows:
            self.write_row(row)

    def write_table(self, table: pa.Table) -> None:
        self._rows_to_batch()
        table = table.select(self.schema.names).cast(self.schema)
        for batch in table.to_batches():
            self._add_batch(batch)

    def _rows_to_batch(self) -> None:
        if not self._rows:
            return
        rows, self._rows = self._rows, []
        columns = []
        for f in self.schema:
            values = [row.get(f.name) for row in rows]
            if pa.types.is_timestamp(f.type):
                # epoch microseconds: pyarrow would import pandas to convert datetimes
                values = [_epoch_us(v) for v in values]
            columns.append(pa.array(values, type=f.type))
        self._add_batch(pa.RecordBatch.from_arrays(columns, schema=self.schema))

    def _add_batch(self, batch: pa.RecordBatch) -> None:
        if batch.num_rows == 0:
            return
        self._batches.append(batch)
        self._batch_bytes += batch.nbytes
        if self._batch_bytes >= self.row_group_bytes:
            self._flush_row_group()

    def _flush_row_group(self) -> None:
        if not self._batches:
            return
        table = pa.Table.from_batches(self._batches, schema=self.schema)
        self._batches, self._batch_bytes = [], 0
        writer = self._open()
        writer.write(table, row_group_size=table.num_rows)
        self.rows_written += table.num_rows
        self._file_bytes += table.nbytes
        if self._file_bytes >= self.file_bytes:
            self._finish_file()

    def _open(self) -> ParquetFileSink:
        if self._writer is None:
            name = f"{self.basename}-{len(self.paths):04d}.parquet"
            self._writer = ParquetFileSink(self.directory / name, self.schema,
                                           compression="zstd", write_statistics=True)
            self._file_bytes = 0
        return self._writer

    def _finish_file(self) -> None:
        if self._writer is None:
            return
        writer, self._writer = self._writer, None
        self.paths.append(writer.close())

    def close(self) -> list[Path]:
        """Flush everything and rename the finished files into place; returns their paths."""
        self._rows_to_batch()
        self._flush_row_group()
        if self._writer is None and not self.paths and self.write_empty:
            self._open()
        self._finish_file()
        return self.paths

    def abort(self) -> None:
        """Drop the file being written (its temporary name is removed)."""
        if self._writer is not None:
            self._writer.abort()
        self._writer = None
