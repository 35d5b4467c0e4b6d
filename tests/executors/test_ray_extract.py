"""``warctools extract --executor ray`` end to end: the dataset of the local executor,
also when the driver is SIGKILLed mid-run and the run is ``--resume``d."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("ray")
pytest.importorskip("polars")

from tests.support.ray_cluster import (  # noqa: E402
    REPO,
    START_TIMEOUT_S,
    assert_same_dataset,
    driver_env,
    free_port,
    ray_processes,
    session_cluster,
    wait_until,
)

SAMPLES = sorted((REPO / "samples").glob("*.warc*"))
COPIES = 4  # the kill test reads every sample this many times (cross-file duplicates too)

pytestmark = [pytest.mark.slow,  # Ray end to end, drivers SIGKILLed (CI too)
              pytest.mark.skipif(not SAMPLES, reason="samples/ holds no WARC files")]


def _cmd(inputs: list[str], out: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "warctools", "extract", *inputs, "-o", str(out), "-q",
            *options]


def _extract(inputs: list[str], out: Path, *options: str, env: dict[str, str]) -> None:
    proc = subprocess.run(_cmd(inputs, out, *options), cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout == ""  # nothing from Ray on stdout


def test_samples_ray_and_local_give_the_same_dataset(tmp_path: Path) -> None:
    """``extract samples/`` on a private Ray (no cluster, a stale ray_current_cluster)."""
    env = driver_env(private=True)
    stale = Path(env["RAY_TMPDIR"]) / "ray"
    stale.mkdir()
    (stale / "ray_current_cluster").write_text(f"127.0.0.1:{free_port()}")
    _extract(["samples/"], tmp_path / "ray", "--executor", "ray", "--jobs", "2", env=env)
    assert not ray_processes(env["RAY_TMPDIR"])  # the private Ray was shut down
    _extract(["samples/"], tmp_path / "local", "--executor", "local", "--jobs", "1",
             env=driver_env())
    assert_same_dataset(tmp_path / "local", tmp_path / "ray")


def test_driver_killed_mid_run_then_resumed(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(COPIES):
        for sample in SAMPLES:
            shutil.copy(sample, inputs / f"{i:02d}-{sample.name}")
    out, markers = tmp_path / "ray", tmp_path / "ray" / "_work" / "extract"
    ray_run = ("--executor", "ray", "--jobs", "2", "--ray-address", session_cluster())
    driver = subprocess.Popen(_cmd([str(inputs)], out, *ray_run), cwd=REPO, env=driver_env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: len(list(markers.glob("*.done.json"))) >= 2 or
                   driver.poll() is not None, "no task finished", START_TIMEOUT_S)
        driver.send_signal(signal.SIGKILL)
        assert driver.wait() == -signal.SIGKILL, "the run ended before it could be killed"
    finally:
        if driver.poll() is None:
            driver.kill()
    assert not (out / "summary.json").exists()
    assert len(list(markers.glob("*.done.json"))) < COPIES * len(SAMPLES)

    _extract([str(inputs)], out, *ray_run, "--resume", env=driver_env())
    _extract([str(inputs)], tmp_path / "local", "--executor", "local", "--jobs", "1",
             env=driver_env())
    assert_same_dataset(tmp_path / "local", out)
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
