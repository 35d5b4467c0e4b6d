"""RayExecutor on a real Ray cluster (the session's ``ray start --head``, 2 CPUs): task
order, the in-flight window, retries after worker deaths, errors, joining a cluster."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

from tests.support.ray_cluster import (  # noqa: E402
    REPO,
    connected_driver,
    driver_env,
    free_port,
    session_cluster,
    short_tmp,
)
from warctools.errors import WarctoolsError  # noqa: E402
from warctools.executors import LocalExecutor, make_executor  # noqa: E402
from warctools.executors.ray import RayExecutor, discover_cluster  # noqa: E402

pytestmark = pytest.mark.slow  # a real Ray cluster (CI runs it)


@pytest.fixture(scope="module")
def driver() -> Iterator[str]:
    """This process connected to the session's cluster as a Ray driver."""
    with connected_driver() as address:
        yield address


# -- task functions (module level, as stage functions are) -----------------------------------


def square_with_pid(x: int) -> tuple[int, int]:
    return x * x, os.getpid()


def sleepy(task: tuple[int, float]) -> int:
    index, seconds = task
    time.sleep(seconds)
    return index


def _first_attempt(marker: Path) -> bool:
    try:
        marker.touch(exist_ok=False)
    except FileExistsError:
        return False
    return True


def die_on_first_attempt(task: tuple[str, int]) -> int:
    """Even tasks ``os._exit`` on their first attempt, odd ones SIGKILL their worker."""
    folder, x = task
    if _first_attempt(Path(folder) / f"attempt-{x}"):
        if x % 2 == 0:
            os._exit(3)
        os.kill(os.getpid(), signal.SIGKILL)
    return x * x


def always_die(x: int) -> int:
    os._exit(4)


def fail_on_three(task: tuple[str, int]) -> int:
    folder, x = task
    with open(Path(folder) / f"calls-{x}", "a") as f:
        f.write("x\n")
    if x == 3:
        raise ValueError("bad record three")
    return x


def flaky_connection(task: tuple[str, int]) -> int:
    folder, x = task
    if _first_attempt(Path(folder) / f"attempt-{x}"):
        raise ConnectionResetError("peer reset")
    return x


def timed(task: tuple[str, int]) -> int:
    folder, x = task
    start = time.time()
    time.sleep(0.3)
    (Path(folder) / f"span-{x}").write_text(f"{start} {time.time()}")
    return x


# -- in-process driver --------------------------------------------------------------------


def test_same_results_in_same_order_as_local(driver: str) -> None:
    tasks = list(range(25))
    local = LocalExecutor(1).map(square_with_pid, tasks)
    executor = make_executor("ray", jobs=2)
    assert isinstance(executor, RayExecutor)
    remote = executor.map(square_with_pid, tasks)
    assert [r for r, _ in remote] == [r for r, _ in local]
    assert os.getpid() not in {pid for _, pid in remote}
    assert not executor.started_ray  # reused this process's connection
    assert executor.window == 4  # 2 x the cluster's 2 CPUs
    executor.close()
    assert ray.is_initialized()  # a connection it did not open stays open


def test_any_picklable_callable(driver: str) -> None:
    executor = RayExecutor(2)
    assert executor.map(abs, [-1, 2, -3]) == [1, 2, 3]
    assert executor.map(functools.partial(pow, 2), [1, 2, 3]) == [2, 4, 8]


def test_order_kept_when_later_tasks_finish_first(driver: str) -> None:
    tasks = [(i, 0.05 * (5 - i)) for i in range(6)]
    assert RayExecutor(2, window=3).map(sleepy, tasks) == list(range(6))


def test_window_bounds_tasks_in_flight(driver: str, tmp_path: Path) -> None:
    assert RayExecutor(2, window=1).map(timed, [(str(tmp_path), i) for i in range(3)]) == [0, 1, 2]
    spans = sorted(tuple(map(float, p.read_text().split())) for p in tmp_path.glob("span-*"))
    assert all(prev[1] <= nxt[0] for prev, nxt in zip(spans, spans[1:], strict=False))


def test_worker_killed_on_first_attempt_is_retried(driver: str, tmp_path: Path) -> None:
    tasks = [(str(tmp_path), x) for x in range(3)]
    expected = LocalExecutor(1).map(square_with_pid, range(3))
    assert RayExecutor(2).map(die_on_first_attempt, tasks) == [r for r, _ in expected]
    assert len(list(tmp_path.glob("attempt-*"))) == 3


def test_worker_crashing_every_time_fails_after_retries(driver: str) -> None:
    with pytest.raises(ray.exceptions.RayError):
        RayExecutor(2, max_retries=1).map(always_die, [1])


def test_task_error_raised_at_its_turn_not_retried(driver: str, tmp_path: Path) -> None:
    got: list[int] = []
    with pytest.raises(ValueError, match="bad record three"):
        for x in RayExecutor(2).imap(fail_on_three, [(str(tmp_path), x) for x in range(5)]):
            got.append(x)
    assert got == [0, 1, 2]
    assert (tmp_path / "calls-3").read_text() == "x\n"  # deterministic: one attempt only


def test_transient_error_is_retried(driver: str, tmp_path: Path) -> None:
    tasks = [(str(tmp_path), x) for x in range(3)]
    assert RayExecutor(2).map(flaky_connection, tasks) == [0, 1, 2]


def test_no_tasks_needs_no_ray() -> None:
    executor = RayExecutor(2, address="127.0.0.1:1")  # nothing there: never contacted
    assert executor.map(square_with_pid, []) == []
    executor.close()


def test_unreachable_address_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ray, "is_initialized", lambda: False)  # ignore this module's driver
    with pytest.raises(WarctoolsError, match="no Ray cluster answers"):
        RayExecutor(1, address=f"127.0.0.1:{free_port()}").connect()


def test_ray_is_imported_only_when_used() -> None:
    code = ("import sys; import warctools.cli, warctools.executors.ray; "
            "from warctools.executors import make_executor; make_executor('ray', jobs=1); "
            "print('ray' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], env=driver_env(), cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "False", proc.stderr


def test_discover_cluster(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    monkeypatch.setenv("RAY_TMPDIR", str(tmp_path))
    assert discover_cluster() is None
    (tmp_path / "ray").mkdir()
    (tmp_path / "ray" / "ray_current_cluster").write_text("10.0.0.1:6379\n")
    assert discover_cluster() == "10.0.0.1:6379"
    monkeypatch.setenv("RAY_ADDRESS", "10.0.0.2:6379")
    assert discover_cluster() == "10.0.0.2:6379"


# -- separate driver processes ------------------------------------------------------------

JOIN_SCRIPT = """
import os, sys
from warctools.executors.ray import RayExecutor

def cube(x):
    return x ** 3

def run(address):
    executor = RayExecutor(jobs=1, address=address)
    print(executor.map(cube, list(range(5))), executor.started_ray, executor.cluster_cpus())
    executor.close()

run(sys.argv[1])  # --ray-address
# no address at all: the `ray start` head recorded in RAY_TMPDIR/ray/ray_current_cluster
os.environ["RAY_TMPDIR"] = sys.argv[2]
run(None)
"""


def test_joins_a_cluster_by_address_or_discovery(tmp_path: Path) -> None:
    address = session_cluster()
    discovered = Path(short_tmp())
    (discovered / "ray").mkdir()
    (discovered / "ray" / "ray_current_cluster").write_text(address)
    script = tmp_path / "driver.py"
    script.write_text(textwrap.dedent(JOIN_SCRIPT))
    proc = subprocess.run([sys.executable, str(script), address, str(discovered)],
                          env=driver_env(), cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    # joined (not started) twice, seeing the cluster's 2 CPUs
    assert proc.stdout.split("\n")[-3:] == ["[0, 1, 8, 27, 64] False 2"] * 2 + [""]
