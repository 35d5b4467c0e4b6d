"""SIGKILL the driver (the ``warctools`` process) mid-run: no Ray worker may keep writing.

A private Ray (started by the driver) goes with its driver: raylet and GCS share its fate
and take their workers along. On a cluster the raylet kills the workers of a job whose
driver is gone, and the cluster itself stays up.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytest.importorskip("ray")

from tests.support.ray_cluster import (  # noqa: E402
    REPO,
    START_TIMEOUT_S,
    alive,
    driver_env,
    ray_processes,
    session_cluster,
    wait_until,
)

pytestmark = pytest.mark.slow  # Ray, drivers SIGKILLed (CI runs it)

WRITER_SCRIPT = """
import os, sys, time
from warctools.executors.ray import RayExecutor

def write_forever(path):
    while True:
        with open(path, "a") as f:
            f.write(f"{os.getpid()}\\n")
        time.sleep(0.05)

executor = RayExecutor(jobs=2, address=sys.argv[2] or None)
for _ in executor.imap(write_forever, [f"{sys.argv[1]}/writer-{i}" for i in range(2)]):
    pass
"""


def _kill_driver_and_watch_writers(tmp_path: Path, address: str, env: dict[str, str]) -> None:
    (tmp_path / "driver.py").write_text(textwrap.dedent(WRITER_SCRIPT))
    out = tmp_path / "out"
    out.mkdir()
    driver = subprocess.Popen([sys.executable, str(tmp_path / "driver.py"), str(out), address],
                              env=env, cwd=REPO, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: len(list(out.glob("writer-*"))) == 2 or driver.poll() is not None,
                   "the writers never started", START_TIMEOUT_S)
        assert driver.poll() is None, "the driver died on its own"
        writers = {int(line) for f in out.glob("writer-*") for line in f.read_text().split()}
        assert writers and os.getpid() not in writers
        driver.send_signal(signal.SIGKILL)
        driver.wait()
        wait_until(lambda: not any(alive(pid) for pid in writers),
                   f"writers outlived their driver: {writers}")
        sizes = [f.stat().st_size for f in sorted(out.glob("writer-*"))]
        time.sleep(0.3)  # nothing may grow any more
        assert sizes == [f.stat().st_size for f in sorted(out.glob("writer-*"))]
    finally:
        if driver.poll() is None:
            driver.kill()


def test_private_ray_dies_with_its_driver(tmp_path: Path) -> None:
    env = driver_env(private=True)
    _kill_driver_and_watch_writers(tmp_path, "", env)
    wait_until(lambda: not ray_processes(env["RAY_TMPDIR"]), "the private Ray outlived its driver")


def test_cluster_kills_the_workers_of_a_dead_driver(tmp_path: Path) -> None:
    _kill_driver_and_watch_writers(tmp_path, session_cluster(), driver_env())
