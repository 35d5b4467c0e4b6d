"""RayExecutor against real Ray: one ``ray start --head`` per module, plus private instances.

The module's cluster runs in its own temp dir (so it is never "discovered" by anything
else on the machine) and is SIGKILLed as a process group at the end. Drivers that start a
private Ray get a fresh short ``RAY_TMPDIR`` so they never join the module's cluster.
"""

from __future__ import annotations

import functools
import os
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

from warctools.errors import WarctoolsError  # noqa: E402
from warctools.executors import LocalExecutor, make_executor  # noqa: E402
from warctools.executors.ray import RayExecutor, discover_cluster  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 90


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAY_")}
    env.update(PYTHONPATH=str(REPO), RAY_USAGE_STATS_ENABLED="0", RAY_AUTH_MODE="disabled")
    env.update(extra)
    return env


def _short_tmp() -> str:
    # Ray's unix socket paths must stay under ~107 characters: no pytest tmp_path here.
    return tempfile.mkdtemp(prefix="wtr", dir="/tmp")


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[str, str]]:
    """(address, temp dir) of a 2-CPU ``ray start --head`` cluster for this module."""
    temp = _short_tmp()
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ray.scripts.scripts", "start", "--head", "--block",
         "--num-cpus", "2", "--port", str(port), "--temp-dir", temp,
         "--include-dashboard=false", "--disable-usage-stats"],
        env=_env(), cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    address_file = Path(temp) / "ray_current_cluster"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not address_file.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("ray start --head did not come up")
            time.sleep(0.2)
        yield address_file.read_text().strip(), temp
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


@pytest.fixture(scope="module")
def driver(cluster: tuple[str, str]) -> Iterator[str]:
    """This process connected to the module's cluster as a Ray driver."""
    address, _ = cluster
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


def die_on_first_attempt(task: tuple[str, int, str]) -> int:
    folder, x, how = task
    if _first_attempt(Path(folder) / f"attempt-{x}"):
        if how == "exit":
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


@pytest.mark.parametrize("how", ["exit", "sigkill"])
def test_worker_killed_on_first_attempt_is_retried(driver: str, tmp_path: Path,
                                                   how: str) -> None:
    tasks = [(str(tmp_path), x, how) for x in range(3)]
    assert RayExecutor(2).map(die_on_first_attempt, tasks) == [0, 1, 4]
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
        RayExecutor(1, address=f"127.0.0.1:{_free_port()}").connect()


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
import sys
from warctools.executors.ray import RayExecutor

def cube(x):
    return x ** 3

executor = RayExecutor(jobs=1, address=sys.argv[1] or None)
print(executor.map(cube, list(range(5))), executor.started_ray, executor.cluster_cpus())
executor.close()
"""


def _run_driver(tmp_path: Path, script: str, *args: str, env: dict[str, str]) -> str:
    path = tmp_path / "driver.py"
    path.write_text(textwrap.dedent(script))
    proc = subprocess.run([sys.executable, str(path), *args], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout.strip().splitlines()[-1]


def test_joins_a_cluster_by_address_or_discovery(cluster: tuple[str, str],
                                                     tmp_path: Path) -> None:
    address, temp = cluster
    expected = "[0, 1, 8, 27, 64] False 2"  # joined (not started), the cluster's 2 CPUs
    assert _run_driver(tmp_path, JOIN_SCRIPT, address, env=_env()) == expected
    # no address at all: the `ray start` head recorded in RAY_TMPDIR/ray/ray_current_cluster
    discovered = Path(_short_tmp())
    (discovered / "ray").mkdir()
    (discovered / "ray" / "ray_current_cluster").write_text(address)
    assert _run_driver(tmp_path, JOIN_SCRIPT, "",
                       env=_env(RAY_TMPDIR=str(discovered))) == expected


def test_starts_and_stops_a_private_ray(tmp_path: Path) -> None:
    env = _env(RAY_TMPDIR=_short_tmp())
    env.pop("RAY_AUTH_MODE")  # Ray's defaults for a private instance
    # A stale ray_current_cluster (its head long gone) does not stop the run.
    (Path(env["RAY_TMPDIR"]) / "ray").mkdir()
    (Path(env["RAY_TMPDIR"]) / "ray" / "ray_current_cluster").write_text(
        f"127.0.0.1:{_free_port()}")
    assert _run_driver(tmp_path, JOIN_SCRIPT, "", env=env) == "[0, 1, 8, 27, 64] True 1"
    assert not _ray_processes(env["RAY_TMPDIR"])  # close() shut it down


def _ray_processes(marker: str) -> list[int]:
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


# -- the driver dies: no writer may survive it ----------------------------------------------

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


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][0]
    except OSError:
        return False
    return state != "Z"


def _kill_driver_and_watch_writers(tmp_path: Path, address: str, env: dict[str, str]) -> None:
    (tmp_path / "driver.py").write_text(textwrap.dedent(WRITER_SCRIPT))
    out = tmp_path / "out"
    out.mkdir()
    driver = subprocess.Popen([sys.executable, str(tmp_path / "driver.py"), str(out), address],
                              env=env, cwd=REPO, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while len(list(out.glob("writer-*"))) < 2:
            assert driver.poll() is None and time.monotonic() < deadline, "writers never ran"
            time.sleep(0.1)
        writers = {int(line) for f in out.glob("writer-*") for line in f.read_text().split()}
        assert writers and os.getpid() not in writers
        driver.send_signal(signal.SIGKILL)
        driver.wait()
        deadline = time.monotonic() + 20
        while any(_alive(pid) for pid in writers):
            assert time.monotonic() < deadline, f"writers outlived the driver: {writers}"
            time.sleep(0.1)
        sizes = [f.stat().st_size for f in sorted(out.glob("writer-*"))]
        time.sleep(0.5)
        assert sizes == [f.stat().st_size for f in sorted(out.glob("writer-*"))]
    finally:
        if driver.poll() is None:
            driver.kill()


def test_driver_sigkill_stops_workers_of_a_private_ray(tmp_path: Path) -> None:
    ray_tmp = _short_tmp()
    env = _env(RAY_TMPDIR=ray_tmp)
    _kill_driver_and_watch_writers(tmp_path, "", env)
    deadline = time.monotonic() + 20
    while _ray_processes(ray_tmp):  # its raylet and GCS share the driver's fate too
        assert time.monotonic() < deadline, "the private Ray outlived its driver"
        time.sleep(0.2)


def test_driver_sigkill_stops_its_workers_on_a_cluster(cluster: tuple[str, str],
                                                       tmp_path: Path) -> None:
    address, _ = cluster
    _kill_driver_and_watch_writers(tmp_path, address, _env())
