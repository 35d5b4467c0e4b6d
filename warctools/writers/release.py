"""The release layout: sorted, Hub-shaped Parquet files written into a staged folder.

``data/<config>/train-00000-of-0000N.parquet``: rows sorted by (published, host) (then id,
so the order is total) and declared as the files' sorting columns, files up to
``FILE_BYTES``, row groups of about ``ROW_GROUP_BYTES`` (uncompressed), page index and
statistics on. The sort streams through polars (``sink_parquet``) into a scratch file that
is then cut into shards batch by batch, so no table is ever held whole by this module.

:func:`staged_release` builds the release in a temporary folder beside its destination
and renames it into place only when everything is written.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from warctools.errors import OutputExistsError, SchemaError, UsageError
from warctools.schema import arrow_schema
from warctools.writers.parquet import file_metadata

__all__ = ["WrittenFile", "SORT_KEYS", "FILE_BYTES", "ROW_GROUP_BYTES", "write_config",
           "staged_release", "sorting_columns"]

SORT_KEYS: tuple[str, ...] = ("published", "host")
FILE_BYTES = 500 * 10**6
ROW_GROUP_BYTES = 100 * 10**6
_READ_BATCH_ROWS = 4096


@dataclass(frozen=True)
class WrittenFile:
    path: Path
    rows: int
    row_groups: int


def sorting_columns(schema: pa.Schema) -> tuple[pq.SortingColumn, ...]:
    return pq.SortingColumn.from_ordering(
        schema, [(k, "ascending") for k in SORT_KEYS], null_placement="at_end")


def _sorted_scratch(files: list[Path], schema: pa.Schema, scratch: Path) -> Path | None:
    """Sort the inputs by (published, host, id) into one scratch file, streaming."""
    if not files:
        return None
    lf = pl.scan_parquet(files, missing_columns="insert", extra_columns="ignore")
    present = lf.collect_schema().names()
    lf = lf.select([n for n in schema.names if n in present])
    keys = [k for k in (*SORT_KEYS, "id") if k in present]
    target = scratch / f"sorted-{len(list(scratch.iterdir()))}.tmp"
    try:
        lf.sort(keys, nulls_last=True).sink_parquet(target, compression="lz4")
    except pl.exceptions.PolarsError as exc:
        raise SchemaError(f"cannot read {files[0].parent}: {exc}") from exc
    return target


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
                 row_group_bytes: int) -> None:
        self.directory, self.schema = directory, schema
        self.file_bytes, self.row_group_bytes = file_bytes, row_group_bytes
        self.done: list[WrittenFile] = []
        self._pending: list[pa.Table] = []
        self._pending_bytes = 0
        self._sink: pa.NativeFile | None = None
        self._writer: pq.ParquetWriter | None = None
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
        before = self._sink.tell() if self._sink else 0
        writer.write_table(table, row_group_size=max(1, table.num_rows))
        self._rows += table.num_rows
        self._groups += 1
        if self._sink is not None:
            self._last_group_bytes = self._sink.tell() - before
            if self._sink.tell() + self._last_group_bytes > self.file_bytes:
                self._close_file()

    def _open(self) -> pq.ParquetWriter:
        if self._writer is None:
            self.directory.mkdir(parents=True, exist_ok=True)
            path = self.directory / f".shard-{len(self.done):05d}.tmp"
            self._sink = pa.OSFile(str(path), "wb")
            self._writer = pq.ParquetWriter(
                self._sink, self.schema, compression="zstd", write_statistics=True,
                write_page_index=True, sorting_columns=sorting_columns(self.schema))
            self._rows = self._groups = 0
        return self._writer

    def _close_file(self) -> None:
        if self._writer is None or self._sink is None:
            return
        self._writer.close()
        self._sink.close()
        path = self.directory / f".shard-{len(self.done):05d}.tmp"
        self.done.append(WrittenFile(path, self._rows, self._groups))
        self._writer, self._sink = None, None

    def close(self) -> list[WrittenFile]:
        self._flush()
        if not self.done and self._writer is None:
            self._open()
        self._close_file()
        return self.done


def write_config(files: list[Path], directory: Path, *, schema_name: str,
                 metadata: Mapping[str, str], scratch: Path, file_bytes: int = FILE_BYTES,
                 row_group_bytes: int = ROW_GROUP_BYTES) -> list[WrittenFile]:
    """Write one config's rows, sorted, as ``directory/train-0000i-of-0000N.parquet``."""
    base = arrow_schema(schema_name)
    meta = {**(base.metadata or {}),
            **{k.encode(): v.encode() for k, v in file_metadata(metadata).items()}}
    schema = base.with_metadata(meta)
    shards = _ShardWriter(directory, schema, file_bytes=file_bytes,
                          row_group_bytes=row_group_bytes)
    source = _sorted_scratch(files, schema, scratch)
    if source is not None:
        what = f"{files[0].parent} ({len(files)} files)"
        for batch in pq.ParquetFile(source).iter_batches(batch_size=_READ_BATCH_ROWS):
            shards.add(_conform(batch, schema, what))
        source.unlink()
    written = shards.close()
    final: list[WrittenFile] = []
    for i, w in enumerate(written):
        path = directory / f"train-{i:05d}-of-{len(written):05d}.parquet"
        os.replace(w.path, path)
        final.append(WrittenFile(path, w.rows, w.row_groups))
    return final


def _check_destination(release: Path, sources: list[Path], overwrite: bool) -> None:
    for src in sources:
        src = src.resolve()
        if release == src or release in src.parents or src in release.parents:
            raise UsageError(f"the release folder {release} and the dataset {src} overlap; "
                             "pick a release folder outside the dataset")
    if release.exists() and not release.is_dir():
        raise OutputExistsError(f"{release} exists and is not a folder")
    if release.is_dir() and any(release.iterdir()) and not overwrite:
        raise OutputExistsError(f"{release} is not empty; pass --overwrite to replace it")


@contextmanager
def staged_release(release: Path, *, overwrite: bool,
                   sources: tuple[Path, ...] = ()) -> Iterator[Path]:
    """Yield a temporary folder beside ``release``; rename it to ``release`` on success."""
    release = Path(release).resolve()
    _check_destination(release, list(sources), overwrite)
    release.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{release.name}.", suffix=".tmp", dir=release.parent))
    try:
        os.chmod(stage, 0o755)
        yield stage
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    old: Path | None = None
    if release.exists():
        old = release.parent / f".{release.name}.old-{os.getpid()}.tmp"
        os.replace(release, old)
    os.replace(stage, release)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
