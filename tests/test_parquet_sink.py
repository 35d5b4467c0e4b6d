"""storage.ParquetFileSink: temporary name while open, fsync + rename on close, removal on
abort, the caller's options honoured."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from warctools.storage import ParquetFileSink, temp_path

TABLE = pa.table({"id": ["a", "b", "c"], "n": [1, 2, 3]})


def test_close_renames_the_fsynced_file_into_place(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "sub" / "part-0.parquet"
    synced: list[str] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(os.readlink(
        f"/proc/self/fd/{fd}")), real_fsync(fd))[1])
    with ParquetFileSink(target, TABLE.schema, compression="lz4") as sink:
        sink.write(TABLE, row_group_size=2)
        assert temp_path(target).exists() and not target.exists()
        assert sink.tell() > 0
    assert target.exists() and not temp_path(target).exists()
    assert synced == [str(temp_path(target))]
    meta = pq.read_metadata(target)
    assert meta.num_row_groups == 2
    assert meta.row_group(0).column(0).compression == "LZ4"
    assert pq.read_table(target).equals(TABLE)


def test_a_failure_inside_the_block_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "part-0.parquet"
    with pytest.raises(RuntimeError), ParquetFileSink(target, TABLE.schema) as sink:
        sink.write(TABLE)
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


def test_a_failing_rename_removes_the_temporary_file(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    sink = ParquetFileSink(tmp_path / "part-0.parquet", TABLE.schema)
    sink.write(TABLE)
    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        sink.close()
    assert list(tmp_path.iterdir()) == []


def test_unpublished_file_stays_at_its_given_temporary_name(tmp_path: Path) -> None:
    tmp = tmp_path / ".shard-00000.tmp"
    sink = ParquetFileSink(tmp_path / "final.parquet", TABLE.schema, tmp=tmp)
    sink.write(TABLE)
    assert sink.close(publish=False) == tmp
    assert [p.name for p in tmp_path.iterdir()] == [tmp.name]
    assert pq.read_table(tmp).equals(TABLE)
