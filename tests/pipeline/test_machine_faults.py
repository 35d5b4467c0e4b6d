"""Faults of the machine, not of the bytes: every write failing once, signals, two writers.

The fault injector makes the Nth storage operation of a run (a Parquet write, an fsync, a
rename, a mkdir) raise ENOSPC or EIO. Each case must end with one line naming the cause and
the remedy, exit 1, no traceback, no visible file a reader could take for complete; then a
``--resume`` on a healthy disk must give the dataset an uninterrupted run gives.
"""

from __future__ import annotations

import builtins
import errno
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import polars as pl
import psutil
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from warctools.cli import main
from warctools.pipeline.lock import LOCK_NAME

TABLES = ("articles", "copies", "clusters", "errors", "signatures")


class _Injector:
    """Counts storage operations under ``root``; raises ``code`` at number ``fail_at``.

    Only operations on the run's own files count (not a library's cache written once per
    process), so the Nth operation is the same one in every run.
    """

    def __init__(self, fail_at: int | None, code: int, root: Path) -> None:
        self.fail_at, self.code, self.count, self.root = fail_at, code, 0, str(root)

    def hit(self, what: str, path: object = None) -> None:
        if path is not None and not str(path).startswith(self.root):
            return
        self.count += 1
        if self.count == self.fail_at:
            raise OSError(self.code, os.strerror(self.code), str(path) if path else None)


@contextmanager
def injected(monkeypatch: pytest.MonkeyPatch, root: Path, fail_at: int | None,
             code: int = errno.ENOSPC) -> Iterator[_Injector]:
    inj = _Injector(fail_at, code, root)
    real_replace, real_fsync, real_mkdir = os.replace, os.fsync, os.mkdir
    real_write_table, real_writer_write = pq.write_table, pq.ParquetWriter.write_table

    def replace(src: object, dst: object, *a: object, **k: object) -> None:
        inj.hit("rename", dst)
        real_replace(src, dst, *a, **k)  # type: ignore[arg-type]

    def fsync(fd: int) -> None:
        inj.hit("fsync", os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    def mkdir(path: object, *a: object, **k: object) -> None:
        if not os.path.exists(path):  # type: ignore[arg-type]
            inj.hit("mkdir", path)
        real_mkdir(path, *a, **k)  # type: ignore[arg-type]

    def write_table(table: object, where: object, *a: object, **k: object) -> None:
        inj.hit("write", where if isinstance(where, (str, os.PathLike)) else None)
        real_write_table(table, where, *a, **k)  # type: ignore[arg-type]

    def writer_write(self: pq.ParquetWriter, *a: object, **k: object) -> None:
        inj.hit("write")
        real_writer_write(self, *a, **k)

    def opened(file: object, mode: str = "r", *a: object, **k: object) -> object:
        if isinstance(file, (str, os.PathLike)) and any(c in mode for c in "wax"):
            inj.hit("write", file)
        return real_open(file, mode, *a, **k)  # type: ignore[call-overload]

    real_open = builtins.open
    monkeypatch.setattr(builtins, "open", opened)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "mkdir", mkdir)
    monkeypatch.setattr(pq, "write_table", write_table)
    monkeypatch.setattr(pq.ParquetWriter, "write_table", writer_write)
    try:
        yield inj
    finally:
        monkeypatch.undo()


def _frames(out: Path) -> dict[str, list[tuple]]:
    frames = {}
    for table in TABLES:
        files = sorted((out / table).glob("*.parquet"))
        if not files:
            frames[table] = []
            continue
        df = pl.concat([pl.read_parquet(f) for f in files], how="diagonal_relaxed")
        frames[table] = sorted(map(repr, df.rows()))
    return frames


def _visible_files_are_complete(out: Path) -> None:
    for path in out.rglob("*.parquet"):
        pq.read_metadata(path)  # a half-written file has no footer


def _run(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(main, args)
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path
              ) -> tuple[dict[str, list[tuple]], int]:
    out = tmp_path_factory.mktemp("clean") / "OUT"
    mp = pytest.MonkeyPatch()
    with injected(mp, out, None) as inj:
        code, output = _run(["run", str(samples_dir), "-o", str(out), "-q", "-j", "1"])
    assert code == 0, output
    return _frames(out), inj.count


def _cases(total: int) -> list[int]:
    """Every operation with WARCTOOLS_ALL_FAULTS=1 (``benchmarks/robustness.py --faults``);
    in the suite a fixed spread of about 16 that includes both ends."""
    if os.environ.get("WARCTOOLS_ALL_FAULTS"):
        return list(range(1, total + 1))
    step = max(1, total // 14)
    return sorted({1, 2, total - 1, total, *range(1, total + 1, step)})


def test_every_write_failing_once_then_resume(clean_run: tuple[dict, int], samples_dir: Path,
                                              tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    expected, total = clean_run
    assert total > 10
    failures = []
    for n in _cases(total):
        out = tmp_path / f"OUT{n}"
        code_errno = errno.ENOSPC if n % 2 else errno.EIO
        with injected(monkeypatch, out, n, code_errno):
            code, output = _run(["run", str(samples_dir), "-o", str(out), "-q", "-j", "1"])
        lines = [line for line in output.splitlines() if line.strip()]
        if code != 1 or len(lines) != 1 or "Traceback" in output or "--resume" not in output:
            failures.append((n, code, output[-300:]))
            continue
        _visible_files_are_complete(out)
        code, output = _run(["run", str(samples_dir), "-o", str(out), "-q", "-j", "1",
                             "--resume"])
        if code != 0 or _frames(out) != expected:
            failures.append((n, code, "resumed dataset differs" + output[-200:]))
    if report := os.environ.get("WARCTOOLS_FAULT_REPORT"):
        Path(report).write_text(json.dumps({"operations": total, "cases": len(_cases(total)),
                                            "failures": failures}))
    assert failures == [], failures


def test_publish_every_write_failing_once_leaves_no_release(samples_dir: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    data = tmp_path / "DATA"
    assert _run(["run", str(samples_dir), "-o", str(data), "-q", "-j", "1"])[0] == 0
    releases = tmp_path / "releases"
    releases.mkdir()
    with injected(monkeypatch, releases, None) as inj:
        assert _run(["publish", str(data), "-o", str(releases / "clean")])[0] == 0
    total, failures = inj.count, []
    assert total > 5
    for n in _cases(total):
        release = releases / f"r{n}"
        with injected(monkeypatch, releases, n, errno.ENOSPC if n % 2 else errno.EIO):
            code, output = _run(["publish", str(data), "-o", str(release)])
        leftovers = [p.name for p in releases.iterdir() if p.name.startswith(f".r{n}.")]
        if (code != 1 or "Traceback" in output or len(output.strip().splitlines()) != 1
                or release.exists() or leftovers):
            failures.append((n, code, output[-200:], leftovers))
            continue
        if (_run(["publish", str(data), "-o", str(release)])[0] != 0
                or _run(["validate", str(release)])[0] != 0):
            failures.append((n, "rerun", "publish or validate failed"))
    assert failures == [], failures


def test_a_second_writer_is_refused_and_a_stale_lock_taken_over(samples_dir: Path,
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "OUT"
    out.mkdir()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (out / LOCK_NAME).write_text(json.dumps(
            {"pid": sleeper.pid, "host": os.uname().nodename, "started": time.time()}))
        code, output = _run(["extract", str(samples_dir), "-o", str(out), "-q", "-j", "1"])
        assert code == 2
        assert f"pid {sleeper.pid}" in output and os.uname().nodename in output
    finally:
        sleeper.kill()
        sleeper.wait()
    # the holder is gone: its lock is stale and the next run takes it over
    code, output = _run(["extract", str(samples_dir), "-o", str(out), "-q", "-j", "1"])
    assert code == 0, output
    assert not (out / LOCK_NAME).exists()


def _big_inputs(folder: Path) -> list[Path]:
    from tests.support.crash import make_inputs

    return make_inputs(folder, copies=40)


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_signal_stops_workers_and_resume_finishes(signum: int, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    _big_inputs(inputs)
    out = tmp_path / "OUT"
    cmd = [sys.executable, "-m", "warctools", "run", str(inputs), "-o", str(out), "-q",
           "-j", "2"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    driver = psutil.Process(proc.pid)
    deadline = time.time() + 60
    children: list[psutil.Process] = []
    while time.time() < deadline and not children:
        children = driver.children(recursive=True)
        time.sleep(0.05)
    assert children, "the run never started its workers"
    time.sleep(0.5)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    # 128 + N, or killed by N itself: CPython re-raises SIGINT on itself when an interrupt
    # wins the race with exit, which a shell reports as the same 130
    assert proc.returncode in (128 + signum, -signum), err
    assert "Traceback" not in err and "--resume" in err
    ours = [line for line in err.splitlines()  # the stdlib's resource tracker may warn too
            if line.strip() and "resource_tracker" not in line and "warnings.warn" not in line]
    assert len(ours) == 1, err
    gone, alive = psutil.wait_procs(children, timeout=10)
    assert alive == [], f"workers outlived the driver: {alive}"
    _visible_files_are_complete(out)
    assert not (out / LOCK_NAME).exists()
    resumed = subprocess.run([*cmd, "--resume"], capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert summary["totals"]["records"] > 0


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("ex") / "EX"
    code, output = _run(["extract", str(samples_dir), "-o", str(out), "-q", "-j", "1"])
    assert code == 0, output
    return out


def _damaged(src: Path, dst: Path, how: str) -> Path:
    import shutil

    shutil.copytree(src, dst)
    victim = sorted((dst / "articles").glob("*.parquet"))[0]
    if how == "truncated":
        victim.write_bytes(victim.read_bytes()[: victim.stat().st_size // 2])
    else:  # a Parquet file from another tool
        pq.write_table(pl.DataFrame({"x": [1, 2]}).to_arrow(), victim)
    return victim


@pytest.mark.parametrize("how", ["truncated", "foreign"])
@pytest.mark.parametrize("verb", ["dedup", "publish", "report"])
def test_bad_intermediate_file_is_named_not_a_traceback(extracted: Path, tmp_path: Path,
                                                         verb: str, how: str) -> None:
    dataset = tmp_path / "DS"
    victim = _damaged(extracted, dataset, how)
    target = tmp_path / ("report.html" if verb == "report" else "OUT")
    code, output = _run([verb, str(dataset), "-o", str(target)])
    assert code == 1, output
    assert str(victim) in output and "Traceback" not in output
    assert len(output.strip().splitlines()) == 1


def test_bad_against_and_non_dataset(extracted: Path, samples_dir: Path, tmp_path: Path) -> None:
    prev = tmp_path / "PREV"
    assert _run(["dedup", str(extracted), "-o", str(prev), "-q", "-j", "1"])[0] == 0
    victim = sorted((prev / "signatures").glob("*.parquet"))[0]
    victim.write_bytes(victim.read_bytes()[:100])
    code, output = _run(["dedup", str(extracted), "-o", str(tmp_path / "O2"), "--against",
                         str(prev), "-q", "-j", "1"])
    assert code == 1 and str(victim) in output and "Traceback" not in output
    empty = tmp_path / "empty"
    empty.mkdir()
    for verb in ("dedup", "publish", "report"):
        code, output = _run([verb, str(empty), "-o", str(tmp_path / f"x-{verb}")])
        assert code == 2, (verb, output)


def test_a_stop_swallowed_by_a_native_callback_is_raised_at_the_next_check(
        capfd: pytest.CaptureFixture[str]) -> None:
    # numba's compiler calls back into Python through ctypes; an exception raised there
    # is dropped ("Exception ignored on calling ctypes callback function") and the code
    # goes on, which once let a SIGTERMed run finish with exit 0
    import ctypes

    from warctools import interrupts
    from warctools.errors import Interrupted

    def callback() -> None:
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(1000):  # the handler runs here, between two bytecodes
            pass

    before = signal.getsignal(signal.SIGTERM)  # Ray's, when a Ray test ran in this process
    restore = interrupts.install()
    try:
        ctypes.CFUNCTYPE(None)(callback)()
        assert interrupts.received() == signal.SIGTERM
        with pytest.raises(Interrupted) as caught:
            interrupts.check()
        assert caught.value.exit_code == 128 + signal.SIGTERM
    finally:
        restore()
    assert "Exception ignored" not in capfd.readouterr().err
    assert signal.getsignal(signal.SIGTERM) is before


def test_a_finalizer_failing_once_a_stop_is_received_is_kept_quiet() -> None:
    # an object the stop cut short in its making fails in its ``__del__`` (llvmlite's pass
    # manager without its handle, in a worker stopped while numba compiled): before a stop
    # the report goes to the hook as Python's would, after one it is noise of the stop
    from warctools import interrupts

    class HalfBuilt:
        def __del__(self) -> None:
            raise AttributeError("'HalfBuilt' object has no attribute '_as_parameter_'")

    reported: list[str] = []
    before, hook = signal.getsignal(signal.SIGTERM), sys.unraisablehook
    sys.unraisablehook = lambda unraisable: reported.append(str(unraisable.exc_value))
    restore = interrupts.install()
    try:
        HalfBuilt()
        assert reported == ["'HalfBuilt' object has no attribute '_as_parameter_'"]
        interrupts._received = signal.SIGTERM  # as the handler records a stop
        HalfBuilt()
        assert len(reported) == 1
    finally:
        restore()
        interrupts._received = None
        sys.unraisablehook = hook
    assert signal.getsignal(signal.SIGTERM) is before
