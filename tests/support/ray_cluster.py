"""Helpers for the Ray tests (no tests here): one ``ray start --head`` for the whole session,
environments for driver processes, dataset comparison.

The session's cluster runs in its own temp dir, so nothing else on the machine ever
"discovers" it, and is SIGKILLed as a process group when the test process exits. Drivers
that start a private Ray get a fresh short ``RAY_TMPDIR`` so they never find it either.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import REPO

START_TIMEOUT_S = 120


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def short_tmp() -> str:
    """A fresh folder for RAY_TMPDIR: Ray's unix socket paths must stay under ~107 chars.

    Removed when the test process exits (after the session cluster is stopped)."""
    path = tempfile.mkdtemp(prefix="wtr", dir="/tmp")
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def driver_env(*, private: bool = False, **extra: str) -> dict[str, str]:
    """Environment for a driver process: ``private`` ones start their own Ray (Ray's
    default authentication), the others join the session's cluster (no token auth)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAY_")}
    env.update(PYTHONPATH=str(REPO), RAY_USAGE_STATS_ENABLED="0", RAY_TMPDIR=short_tmp())
    if not private:
        env["RAY_AUTH_MODE"] = "disabled"
    env.update(extra)
    return env


@functools.cache
def session_cluster() -> str:
    """Address of a 2-CPU ``ray start --head`` shared by every Ray test of this process."""
    temp = short_tmp()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ray.scripts.scripts", "start", "--head", "--block",
         "--num-cpus", "2", "--port", str(free_port()), "--temp-dir", temp,
         "--include-dashboard=false", "--disable-usage-stats"],
        env=driver_env(), cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    atexit.register(_stop_cluster, proc)
    address_file = Path(temp) / "ray_current_cluster"
    deadline = time.monotonic() + START_TIMEOUT_S
    address = ""
    while not address:  # (Ray creates the file, then writes it: an empty read is too early)
        if proc.poll() is not None or time.monotonic() > deadline:
            pytest.fail("ray start --head did not come up")
        time.sleep(0.1)
        with contextlib.suppress(FileNotFoundError):
            address = address_file.read_text().strip()
    return address


@contextlib.contextmanager
def connected_driver() -> Iterator[str]:
    """This process connected, as a Ray driver, to the session's cluster; yields its
    address. Workers import the repository's code and these test modules."""
    import ray

    address = session_cluster()
    with pytest.MonkeyPatch.context() as mp:
        for key in [k for k in os.environ if k.startswith("RAY_")]:
            mp.delenv(key)
        mp.setenv("RAY_AUTH_MODE", "disabled")
        mp.setenv("RAY_USAGE_STATS_ENABLED", "0")
        ray.init(address=address, include_dashboard=False, log_to_driver=False,
                 logging_level="ERROR",
                 runtime_env={"env_vars": {"PYTHONPATH": f"{REPO}:{REPO / 'tests'}"}})
        try:
            yield address
        finally:
            ray.shutdown()


def _stop_cluster(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # its raylet takes the workers with it
    except ProcessLookupError:
        pass
    proc.wait()


def ray_processes(marker: str) -> list[int]:
    """Raylet / GCS processes whose command line names ``marker`` (a RAY_TMPDIR)."""
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if marker in cmd and ("raylet" in cmd or "gcs_server" in cmd):
            pids.append(int(proc.name))
    return pids


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[-1][0]
    except OSError:
        return False
    return state != "Z"


def wait_until(condition: object, what: str, timeout_s: float = 20) -> None:
    assert callable(condition)
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def assert_same_dataset(a: Path, b: Path) -> None:
    """Same articles (sorted by id), same error rows, same per-file summaries."""
    import polars as pl

    def table(out: Path, name: str, *keys: str) -> pl.DataFrame:
        return pl.read_parquet(out / name / "*.parquet").sort(*keys)

    articles = table(a, "articles", "id")
    assert articles.height > 0
    assert articles.equals(table(b, "articles", "id"))
    keys = ("warc_filename", "warc_offset", "stage", "reason")
    assert table(a, "errors", *keys).equals(table(b, "errors", *keys))
    sa, sb = (json.loads((out / "summary.json").read_text()) for out in (a, b))
    assert sa["inputs"] == sb["inputs"] and sa["totals"] == sb["totals"]
