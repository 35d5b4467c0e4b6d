"""The CLI imports a verb's module only when that verb is run or listed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from warctools.cli import VERBS, main

_ROOT = str(Path(__file__).resolve().parents[1])


def test_a_verb_loads_only_its_own_module() -> None:
    code = ("import sys; from warctools.cli import main; main.get_command(None, 'extract'); "
            "print(sorted(m for m in sys.modules if m.startswith('warctools.cli.')))")
    env = dict(os.environ, PYTHONPATH=_ROOT)
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                         capture_output=True, text=True).stdout
    assert "warctools.cli.extract" in out
    for other in ("dedup", "run", "explain", "inspect", "publish", "report", "validate"):
        assert f"warctools.cli.{other}'" not in out


def test_help_lists_every_verb() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in VERBS:
        assert f"  {command.name}" in result.output
        assert main.get_command(None, command.name) is command  # type: ignore[arg-type]


def test_an_unknown_verb_is_still_told_its_near_miss() -> None:
    result = CliRunner().invoke(main, ["extrct"])
    assert result.exit_code == 2
    assert "No such command 'extrct'. Did you mean 'extract'?" in result.output
