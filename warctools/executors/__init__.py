"""Executors run stage tasks: ``local`` (process pool, default) or ``ray``.

An executor has ``imap(fn, tasks)`` / ``map(fn, tasks)`` yielding results in task order,
and ``close()``. ``fn`` must be a module-level function and tasks plain picklable data.
"""

from __future__ import annotations

from typing import Any

from warctools.executors.local import LocalExecutor

__all__ = ["LocalExecutor", "make_executor"]


def make_executor(kind: str = "local", *, jobs: int = 1, ray_address: str | None = None) -> Any:
    if kind == "local":
        return LocalExecutor(jobs)
    if kind == "ray":
        from warctools.executors.ray import RayExecutor

        return RayExecutor(jobs=jobs, address=ray_address)
    from warctools.errors import UsageError

    raise UsageError(f"--executor must be local or ray, not {kind!r}")
