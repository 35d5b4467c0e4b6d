"""The CLI's start-up: cyclic collection held while extract and run import the library,
back on (with the import's objects frozen out of its walks) before any page is read, and
left as the caller had it once the command ends, whether it failed or not."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from warctools.cli import _startup, main
from warctools.errors import WarctoolsError

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "crawl-2024-05-a.warc.gz"


@pytest.fixture(autouse=True)
def _collection_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    gc.unfreeze()
    if was:
        gc.enable()


def test_hold_then_collect_from_here() -> None:
    _startup.hold_collection()
    assert not gc.isenabled()
    made = [[i] for i in range(100)]  # (objects of the import, kept)
    _startup.collect_from_here()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made)


def test_a_caller_that_turned_collection_off_finds_it_off(tmp_path: Path) -> None:
    gc.disable()
    result = CliRunner().invoke(main, ["extract", "-q", str(SAMPLE), "-o", str(tmp_path / "out"),
                                       "--jobs", "1"], catch_exceptions=False)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert not gc.isenabled()


@pytest.mark.parametrize("verb", ["extract", "run"])
def test_pages_are_read_with_collection_on(verb: str, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import warctools.pipeline.extract_run as run  # (where the task is looked up)

    seen: list[tuple[bool, int]] = []
    real = run.run_extract_task

    def spy(task: Any) -> Any:
        seen.append((gc.isenabled(), gc.get_freeze_count()))
        return real(task)

    monkeypatch.setattr(run, "run_extract_task", spy)
    result = CliRunner().invoke(main, [verb, "-q", str(SAMPLE), "-o", str(tmp_path / "out"),
                                       "--jobs", "1"], catch_exceptions=False)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert seen and all(enabled and frozen > 0 for enabled, frozen in seen), seen
    assert gc.isenabled()


def test_a_command_failing_while_it_holds_collection_turns_it_back_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail() -> None:
        assert not gc.isenabled()  # (held by then)
        raise WarctoolsError("the probe failed")

    monkeypatch.setattr(_startup, "skip_pandas_probe", fail)
    result = CliRunner().invoke(main, ["extract", "-q", str(SAMPLE), "-o",
                                       str(tmp_path / "out")])  # fmt: skip
    assert result.exit_code == 1 and "the probe failed" in result.output
    assert gc.isenabled()


_THREADS_AFTER_A_PRODUCT = (
    "import os, sys\n"
    "if sys.argv[1] == 'cli':\n"
    "    import warctools.cli\n"
    "import numpy as np\n"
    "np.ones(400) @ np.ones((400, 400))\n"
    "print(len(os.listdir('/proc/self/task')))\n"
)


def _threads(how: str) -> int:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    done = subprocess.run([sys.executable, "-c", _THREADS_AFTER_A_PRODUCT, how], env=env,
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(done.stdout)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads counted in /proc")
def test_the_cli_process_runs_numpy_s_blas_on_one_thread() -> None:
    # OpenBLAS keeps a thread for every core and wakes them for each product, however
    # small (the language model's one a page); the CLI sets one before numpy loads
    plain = _threads("plain")
    if plain == 1:
        pytest.skip("this machine's BLAS starts one thread anyway (one core)")
    assert _threads("cli") == 1, plain
