"""CLI contracts that do not need a WARC: help, usage errors (exit 2), refusing an output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from warctools.cli import main


def test_help_lists_the_verbs() -> None:
    result = CliRunner().invoke(main, ["-h"])
    assert result.exit_code == 0
    for verb in ("extract", "inspect"):
        assert verb in result.output


def test_python_dash_m_and_version() -> None:
    proc = subprocess.run([sys.executable, "-m", "warctools", "--version"],
                          capture_output=True, text=True, check=True)
    assert "warctools" in proc.stdout


def test_extract_without_inputs_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "INPUT" in result.output


def test_bad_option_value_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "x.warc", "-o", str(tmp_path), "--jobs", "0"])
    assert result.exit_code == 2


def test_existing_dataset_is_refused_with_exit_2(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    (out / "summary.json").write_text("{}")
    result = CliRunner().invoke(main, ["extract", "whatever.warc", "-o", str(out)])
    assert result.exit_code == 2
    assert "--overwrite" in result.output
