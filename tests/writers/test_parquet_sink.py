"""ParquetSink: atomic, rolled files; row groups by size; metadata; empty files on demand."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl
import pyarrow.parquet as pq
import pytest

from warctools.errors import OutputExistsError, UsageError
from warctools.pipeline.output import holds_dataset, prepare_output
from warctools.schema import arrow_schema
from warctools.writers.parquet import ParquetSink


def _error_row(i: int) -> dict[str, object]:
    return {"warc_filename": f"f{i % 3}.warc.gz", "warc_offset": i, "stage": "read",
            "reason": "bad_header", "message": "x" * 200, "fatal": True}


def test_sink_rolls_files_and_buffers_row_groups(tmp_path: Path) -> None:
    sink = ParquetSink(tmp_path, arrow_schema("error"), basename="part-00001",
                       metadata={"stage": "test"}, row_group_bytes=2_000_000, file_bytes=5_000_000)
    sink.write_rows(_error_row(i) for i in range(40_000))
    paths = sink.close()
    assert len(paths) >= 2
    assert [p.name for p in paths] == [f"part-00001-{i:04d}.parquet" for i in range(len(paths))]
    assert sorted(tmp_path.iterdir()) == paths  # no temporaries left behind
    total = 0
    for p in paths:
        meta = pq.ParquetFile(p).metadata
        kv = meta.metadata
        assert kv[b"schema_version"] == b"1" and kv[b"stage"] == b"test"
        assert b"warctools_version" in kv
        # row groups hold many batches, not one per 2048-row batch
        assert meta.num_rows / meta.num_row_groups > 2048
        total += meta.num_rows
    assert total == 40_000
    df = pl.read_parquet(tmp_path / "*.parquet")
    assert df["warc_offset"].to_list() == list(range(40_000))
    con = duckdb.connect()
    n = con.execute(f"select count(*) from read_parquet('{tmp_path}/*.parquet')").fetchall()
    assert n == [(40_000,)]


def test_sink_temporary_name_never_ends_in_parquet(tmp_path: Path) -> None:
    sink = ParquetSink(tmp_path, arrow_schema("error"), basename="part-00000",
                       row_group_bytes=1)
    sink.write_rows(_error_row(i) for i in range(3000))
    sink._flush_row_group()
    names = [p.name for p in tmp_path.iterdir()]
    assert names and all(not n.endswith(".parquet") for n in names if n.startswith("."))
    assert not list(tmp_path.glob("*.parquet")) or all(
        not n.startswith(".") for n in names if n.endswith(".parquet"))
    sink.abort()
    assert list(tmp_path.iterdir()) == []


def test_sink_writes_empty_file_only_when_asked(tmp_path: Path) -> None:
    assert ParquetSink(tmp_path / "a", arrow_schema("error"), basename="p").close() == []
    paths = ParquetSink(tmp_path / "b", arrow_schema("error"), basename="p",
                        write_empty=True).close()
    assert len(paths) == 1 and pq.read_table(paths[0]).num_rows == 0


def test_sink_rejects_rows_that_break_the_schema(tmp_path: Path) -> None:
    sink = ParquetSink(tmp_path, arrow_schema("error"), basename="p")
    sink.write_row({"warc_filename": None, "stage": "read", "reason": "x", "fatal": True})
    with pytest.raises((ValueError, TypeError)):  # pyarrow: a non-nullable column got a null
        sink.close()


def test_output_folder_refused_unless_overwrite_or_resume(tmp_path: Path) -> None:
    out = tmp_path / "out"
    prepare_output(out, overwrite=False, resume=False)
    (out / "articles").mkdir()
    (out / "articles" / "part-00000-0000.parquet").write_bytes(b"x")
    (out / "articles" / ".part-00001-0000.parquet.tmp").write_bytes(b"half")
    assert holds_dataset(out)
    with pytest.raises(OutputExistsError, match="--overwrite"):
        prepare_output(out, overwrite=False, resume=False)
    prepare_output(out, overwrite=False, resume=True)
    assert [p.name for p in (out / "articles").iterdir()] == ["part-00000-0000.parquet"]
    prepare_output(out, overwrite=True, resume=False)
    assert not (out / "articles").exists()
    with pytest.raises(UsageError):
        prepare_output(out, overwrite=True, resume=True)
