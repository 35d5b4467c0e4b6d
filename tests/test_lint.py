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


def test_no_module_binds_a_name_twice_at_its_top() -> None:
    # one home for each fact: a second ``_NAME = ...`` in a module silently replaces the
    # first for every function defined above it too (ruff reports only re-defined imports
    # and functions); a value both set and re-set on purpose is a variable, not a constant
    import ast

    twice = []
    for path in sorted((REPO / "warctools").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else (
                [node.target] if isinstance(node, ast.AnnAssign) else [])  # fmt: skip
            for target in targets:
                if isinstance(target, ast.Name):
                    if target.id in seen:
                        twice.append(f"{path.relative_to(REPO)}: {target.id}")
                    seen.add(target.id)
    assert not twice, twice
