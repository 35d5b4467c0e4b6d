"""How the benchmarks run a checkout's ``warctools`` in a child process, and time it.

An installed package runs from bytecode. A box that sets ``PYTHONDONTWRITEBYTECODE`` (this
one does) would make every child compile each module of an editable checkout again (about
0.1 s of every whole ``extract`` run), a cost no user pays and the reference tools, whose
bytecode pip wrote at install time, do not pay either. So the children keep bytecode in a
cache of the run (``PYTHONPYCACHEPREFIX``), filled by :func:`compile_package` before timing.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

__all__ = ["child_env", "children_cpu", "compile_package"]

_ONE_THREAD = ("OMP_NUM_THREADS", "NUMBA_NUM_THREADS", "OPENBLAS_NUM_THREADS",
               "POLARS_MAX_THREADS", "RAYON_NUM_THREADS")  # fmt: skip


def child_env(repo: Path, pycache: Path | None) -> dict[str, str]:
    """The environment of a child that imports ``repo``'s ``warctools``: bytecode kept in
    ``pycache`` (when given), one thread for every native pool."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(repo) + os.pathsep + env.get("PYTHONPATH", "")
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    for var in _ONE_THREAD:
        env[var] = "1"
    return env


def compile_package(repo: Path, pycache: Path) -> None:
    """Bytecode of ``repo``'s ``warctools`` into ``pycache``, before anything is timed."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(repo / "warctools")],
                   env=child_env(repo, pycache), check=False, capture_output=True)  # fmt: skip


def children_cpu() -> float:
    """CPU seconds (user + system) of the children waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
