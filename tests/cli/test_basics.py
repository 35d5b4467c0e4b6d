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


def test_every_verb_module_is_registered_explicitly() -> None:
    import importlib
    import pkgutil

    import warctools.cli as cli

    modules = [m.name for m in pkgutil.iter_modules(cli.__path__) if not m.name.startswith("_")]
    commands = {importlib.import_module(f"warctools.cli.{m}").command for m in modules}
    assert commands == set(cli.VERBS)
    assert sorted(main.commands) == sorted(c.name for c in cli.VERBS) == sorted(
        ["dedup", "explain", "extract", "inspect", "publish", "report", "run", "validate"])


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


def test_inspect_counts_types_statuses_and_errors(samples_dir: Path) -> None:
    import json

    warc = samples_dir / "crawl-2024-05-b.warc.gz"
    text = CliRunner().invoke(main, ["inspect", str(warc)])
    assert text.exit_code == 0, text.output
    assert "record types:" in text.output and "truncated_gzip" in text.output
    as_json = CliRunner().invoke(main, ["inspect", "--json", str(warc)])
    report = json.loads(as_json.output)
    assert report["record_types"]["response"] == 10
    assert report["records"] == sum(report["outcomes"].values())


def test_inspect_missing_file_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["inspect", str(tmp_path / "nope.warc.gz")])
    assert result.exit_code == 1
