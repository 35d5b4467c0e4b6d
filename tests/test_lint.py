"""The code base stays ruff clean (the settings are in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys

from tests.support import REPO


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff")
    cmd = [ruff] if ruff else [sys.executable, "-m", "ruff"]
    proc = subprocess.run([*cmd, "check", "--no-cache", str(REPO)], capture_output=True,
                          text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr
