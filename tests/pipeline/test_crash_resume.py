"""Crash safety: ``kill -9`` during ``warctools run``, then ``--resume`` = a clean run.

CI runs two random kills on 30 input files; ``benchmarks/robustness.py --kill-trials 10``
runs the full set. :mod:`test_crash_support` has the harness.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.support import SAMPLES
from tests.support.crash import (
    compare_runs,
    kill_trial,
    make_inputs,
    random_kill_times,
    run_to_end,
)
from warctools.cli import main

pytestmark = pytest.mark.slow  # kill -9 of `warctools run`, then --resume (CI runs it)


@pytest.fixture(scope="module")
def crash_inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, float]:
    root = tmp_path_factory.mktemp("crash")
    make_inputs(root / "in", 10)
    seconds = run_to_end(root / "in", root / "clean")
    return root, root / "clean", seconds


@pytest.mark.parametrize("trial", [0, 1])
def test_kill_then_resume_equals_a_clean_run(crash_inputs: tuple[Path, Path, float],
                                             trial: int) -> None:
    root, clean, seconds = crash_inputs
    kill_after = random_kill_times(2, seconds, seed=11)[trial]
    out = root / f"killed-{trial}"
    result = kill_trial(root / "in", out, kill_after)
    assert not result.bad_files, result.bad_files
    assert compare_runs(clean, out) == []
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def _extract(args: list[str]) -> None:
    result = CliRunner().invoke(main, ["extract", "-q", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def test_finalize_rerun_after_a_crash_does_not_recount(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash inside the cross-file steps (revisits, duplicates) after the markers were
    updated: the resumed run's counts equal a clean run's."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for f in SAMPLES.glob("crawl-*.warc*"):
        shutil.copy(f, inputs / f.name)
    shutil.copy(SAMPLES / "crawl-2024-05-a.warc.gz", inputs / "z-copy-of-a.warc.gz")
    _extract([str(inputs), "-o", str(tmp_path / "clean"), "--jobs", "1"])
    clean = json.loads((tmp_path / "clean" / "summary.json").read_text())
    assert clean["cross_file_duplicates"] > 0 and clean["cross_file_revisits"] > 0

    import warctools.pipeline.finalize as finalize
    import warctools.pipeline.revisits as revisits

    class Killed(Exception):
        pass

    def crash(*args: object, **kwargs: object) -> None:
        raise Killed()

    for module, name in ((revisits, "ParquetSink"), (finalize, "write_table_atomic")):
        with monkeypatch.context() as m:
            m.setattr(module, name, crash)
            out = tmp_path / f"crashed-{name}"
            with pytest.raises(Killed):
                CliRunner().invoke(main, ["extract", "-q", str(inputs), "-o", str(out),
                                          "--jobs", "1"], catch_exceptions=False)
        _extract([str(inputs), "-o", str(out), "--jobs", "1", "--resume"])
        resumed = json.loads((out / "summary.json").read_text())
        for key in ("inputs", "totals", "cross_file_duplicates", "cross_file_revisits"):
            assert resumed[key] == clean[key], (name, key)
