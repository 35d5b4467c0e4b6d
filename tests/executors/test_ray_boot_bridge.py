"""The boot bridge: while a private Ray starts, the first tasks run in a forked worker.

Each scenario runs in a driver process of its own that starts a private Ray (the test
process may hold a Ray connection already). The bridge's worker is a child of the driver;
Ray's workers are children of the raylet, which tells them apart.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytest.importorskip("ray")

from tests.support.ray_cluster import REPO, START_TIMEOUT_S, driver_env  # noqa: E402
from warctools.executors.boot_bridge import BootBridge  # noqa: E402

pytestmark = pytest.mark.slow  # private Ray starts (CI runs it)

N = 60  # tasks of 0.3 CPU-seconds: more than the bridge runs while Ray starts

DRIVER = """
import json, os, sys, time
from pathlib import Path
from warctools.executors.ray import RayExecutor

N = 60

def busy(task):
    folder, x = task
    if x == 0 and not Path(folder, "died").exists() and sys.argv[2] == "die":
        Path(folder, "died").touch()
        os._exit(3)  # kills the bridge's worker on its first attempt
    if x == 2 and sys.argv[2] == "fail":
        raise ValueError("bad record two")
    end = time.process_time() + 0.3
    while time.process_time() < end:
        pass
    return {"x": x, "square": x * x, "ppid": os.getppid()}

executor = RayExecutor(jobs=2)
try:
    results = executor.map(busy, [(sys.argv[1], x) for x in range(N)])
    print(json.dumps({"results": results, "driver": os.getpid()}))
except ValueError as exc:
    print(json.dumps({"error": str(exc)}))
finally:
    executor.close()
"""


def _drive(tmp_path: Path, scenario: str) -> dict:
    script = tmp_path / "driver.py"
    script.write_text(textwrap.dedent(DRIVER))
    proc = subprocess.run([sys.executable, str(script), str(tmp_path), scenario],
                          env=driver_env(private=True), cwd=REPO, capture_output=True,
                          text=True, timeout=START_TIMEOUT_S)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def test_first_tasks_run_beside_the_start_and_results_keep_their_order(tmp_path: Path) -> None:
    out = _drive(tmp_path, "plain")
    results = out["results"]
    assert [r["x"] for r in results] == list(range(N))
    assert [r["square"] for r in results] == [x * x for x in range(N)]
    bridged = [r["x"] for r in results if r["ppid"] == out["driver"]]
    assert bridged and bridged == list(range(len(bridged))), "the bridge runs a prefix"
    assert len(bridged) < N, "Ray ran none of the tasks"


def test_a_task_that_kills_the_bridge_worker_is_run_by_ray(tmp_path: Path) -> None:
    out = _drive(tmp_path, "die")
    results = out["results"]
    assert [r["square"] for r in results] == [x * x for x in range(N)]
    assert results[0]["ppid"] != out["driver"], "task 0 was rerun by Ray"
    assert (tmp_path / "died").exists()


def test_a_task_error_is_raised_at_its_turn(tmp_path: Path) -> None:
    assert _drive(tmp_path, "fail") == {"error": "bad record two"}


def _sleep_in_child(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def test_the_bridge_hands_out_a_prefix_and_stops(tmp_path: Path) -> None:
    bridge = BootBridge(_sleep_in_child, [0.05] * 50)
    time.sleep(0.5)
    taken = bridge.stop()
    assert 1 <= len(taken) < 50
    pids = {f.result(timeout=30) for f in taken}
    assert len(pids) == 1 and os.getpid() not in pids
    assert len(bridge.stop()) == len(taken), "no task handed out after stop()"
    bridge.close()


_ORPHAN = """
import os, sys, time, multiprocessing as mp
from warctools.executors.boot_bridge import die_with_parent

def child():
    die_with_parent()
    print(os.getpid(), flush=True)
    time.sleep(60)

p = mp.get_context("fork").Process(target=child)
p.start()
time.sleep(60)
"""


def test_the_bridge_worker_dies_with_the_process_that_forked_it(tmp_path: Path) -> None:
    parent = subprocess.Popen([sys.executable, "-c", _ORPHAN], cwd=REPO, text=True,
                              stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        try:  # killed, and waiting for init to reap it
            if Path(f"/proc/{child}/stat").read_text().split()[2] == "Z":
                return
        except OSError:
            return
        time.sleep(0.05)
    os.kill(child, signal.SIGKILL)
    raise AssertionError("the bridge worker outlived the process that forked it")

