"""Dedup-level crash safety: kill -9 in the write stage, rerun, same output as a clean run.

Each shard's articles/, copies/ and clusters/ files are renamed into place and then its
marker (``_work/dedup/write-NNNNN.done.json``) is written; a rerun skips the shards with a
marker and rewrites the others. The sketch, bucket, reduce and verify tasks have markers
too (tested here by a crash in the verify stage), and a working folder left by a run with
other parameters is started afresh.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from tests.support import REPO
from tests.support.dedup import article, corpus, story, write_articles
from warctools.dedup import DedupParams, dedup_dataset
from warctools.executors import make_executor
from warctools.pipeline.output import prepare_output

pytestmark = pytest.mark.slow  # kill -9 in the write stage, then a rerun (CI runs it)

PARAMS = {"shard_rows": 4, "batch_rows": 2}


def _rows() -> list:
    rows = corpus()
    rows += [article(f"extra-{i}", story(100 + i, 120), host=f"h{i % 3}.com") for i in range(20)]
    rows += [article(f"extra-copy-{i}", story(100 + i, 120), host="copy.com") for i in range(5)]
    return rows


def _tables(out: Path) -> dict[str, pl.DataFrame]:
    return {t: pl.read_parquet(out / t) for t in ("articles", "copies", "clusters", "signatures")}


def _assert_same(a: Path, b: Path) -> None:
    ta, tb = _tables(a), _tables(b)
    for name in ta:
        assert ta[name].equals(tb[name]), name
    assert sorted(p.name for p in (a / "articles").iterdir()) == \
        sorted(p.name for p in (b / "articles").iterdir())
    assert not [p for p in b.rglob("*") if p.name.endswith(".tmp")]
    assert not (b / "_work" / "dedup").exists()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("dedup-resume")
    src = write_articles(root / "in", _rows(), files=3, row_group=2)
    clean = root / "clean"
    dedup_dataset(src, clean, params=DedupParams(**PARAMS))
    return src, clean


def test_shards_are_files_of_their_own(inputs: tuple[Path, Path]) -> None:
    src, clean = inputs
    n_shards = len(list((clean / "signatures").glob("*.parquet")))
    assert n_shards > 5
    names = sorted(p.name for p in (clean / "clusters").glob("*.parquet"))
    assert names == [f"part-{i:05d}.parquet" for i in range(n_shards)]
    assert pl.read_parquet(clean / "clusters").height == len(_rows())


class Killed(Exception):
    pass


def _run_until_killed(monkeypatch: pytest.MonkeyPatch, module: object, task_fn: str,
                      src: Path, out: Path, kill: Callable[[Any], bool]) -> None:
    """Dedup ``src`` into ``out`` with ``module.task_fn`` raising Killed where ``kill``."""
    real = getattr(module, task_fn)

    def crashing(task: Any) -> dict:
        if kill(task):
            raise Killed()
        return dict(real(task))

    with monkeypatch.context() as m:
        m.setattr(module, task_fn, crashing)
        with pytest.raises(Killed):
            dedup_dataset(src, out, params=DedupParams(**PARAMS))


def test_crash_in_the_write_stage_then_rerun(inputs: tuple[Path, Path], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import warctools.dedup.dataset as dataset

    src, clean = inputs
    out = tmp_path / "out"
    _run_until_killed(monkeypatch, dataset, "write_shard", src, out,
                      kill=lambda task: task.span.shard == 3)
    done = sorted((out / "_work" / "dedup").glob("write-*.done.json"))
    assert [p.name for p in done] == [f"write-{i:05d}.done.json" for i in range(3)]
    before = {p.name: p.stat().st_mtime_ns for p in (out / "clusters").glob("*.parquet")}
    prepare_output(out, overwrite=False, resume=True)
    summary = dedup_dataset(src, out, params=DedupParams(**PARAMS))
    _assert_same(clean, out)
    after = {p.name: p.stat().st_mtime_ns for p in (out / "clusters").glob("*.parquet")}
    for name in ("part-00000.parquet", "part-00001.parquet", "part-00002.parquet"):
        assert after[name] == before[name], f"{name} was rewritten"
    assert summary.stories + summary.copies == len(_rows())


_DRIVER = """
import time
import warctools.dedup.dataset as dataset
from warctools.dedup.write import write_shard
from warctools.dedup import DedupParams, dedup_dataset
from warctools.pipeline.output import prepare_output

def slow(task):
    time.sleep(0.15)
    return write_shard(task)

dataset.write_shard = slow
out = prepare_output(__import__("pathlib").Path({out!r}), overwrite=False, resume=True)
dedup_dataset(__import__("pathlib").Path({src!r}), out, params=DedupParams(**{params!r}))
"""


@pytest.mark.parametrize("kill_after_markers", [1, 4])
def test_kill_9_in_the_write_stage_then_resume(inputs: tuple[Path, Path], tmp_path: Path,
                                               kill_after_markers: int) -> None:
    src, clean = inputs
    out = tmp_path / "out"
    code = _DRIVER.format(out=str(out), src=str(src), params=PARAMS)
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    work = out / "_work" / "dedup"
    while time.monotonic() < deadline and proc.poll() is None:
        if len(list(work.glob("write-*.done.json"))) >= kill_after_markers:
            os.killpg(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.005)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()[-2000:] \
        if proc.stderr else ""
    for path in out.rglob("*.parquet"):  # whatever is visible is a complete file
        pl.read_parquet(path)
    prepare_output(out, overwrite=False, resume=True)
    dedup_dataset(src, out, params=DedupParams(**PARAMS), executor=make_executor("local", jobs=2))
    _assert_same(clean, out)


def _mtimes(folder: Path, pattern: str) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.glob(pattern)}


def test_crash_in_the_verify_stage_then_resume_skips_finished_tasks(
        inputs: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import warctools.dedup.verify_stage as verify_stage

    src, clean = inputs
    out = tmp_path / "out"
    calls: list[int] = []
    _run_until_killed(monkeypatch, verify_stage, "verify_partition", src, out,
                      kill=lambda task: calls.append(task.partition) or len(calls) == 2)
    work = out / "_work" / "dedup"
    sketched = _mtimes(work, "shard-*.done.json")
    bucketed = _mtimes(work, "bucket-p*.done.json") | _mtimes(work, "pairs-q*.done.json")
    verified = _mtimes(work, "verify-q*.done.json")
    assert len(bucketed) == 2 * DedupParams().partitions and len(verified) == 1
    prepare_output(out, overwrite=False, resume=True)
    dedup_dataset(src, out, params=DedupParams(**PARAMS), keep_work=True)
    assert _mtimes(work, "shard-*.done.json") == sketched
    after = _mtimes(work, "bucket-p*.done.json") | _mtimes(work, "pairs-q*.done.json")
    assert after == bucketed, "finished bucket tasks ran again"
    now = _mtimes(work, "verify-q*.done.json")
    assert {k: now[k] for k in verified} == verified and len(now) > len(verified)
    shutil.rmtree(out / "_work")
    _assert_same(clean, out)


def test_a_working_folder_of_other_parameters_is_not_reused(
        inputs: tuple[Path, Path], tmp_path: Path) -> None:
    src, _ = inputs
    other = {**PARAMS, "threshold": 0.95}
    expected = tmp_path / "expected"
    dedup_dataset(src, expected, params=DedupParams(**other))
    out = tmp_path / "out"
    dedup_dataset(src, out, params=DedupParams(**PARAMS), keep_work=True)  # a left-over work
    for table in ("articles", "copies", "clusters", "signatures"):
        shutil.rmtree(out / table)
    stale = _mtimes(out / "_work" / "dedup", "*.done.json")
    assert stale
    dedup_dataset(src, out, params=DedupParams(**other), keep_work=True)
    fresh = _mtimes(out / "_work" / "dedup", "*.done.json")
    assert not set(stale.items()) & set(fresh.items()), "a marker of the other run was kept"
    shutil.rmtree(out / "_work")
    _assert_same(expected, out)
