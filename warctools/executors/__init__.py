"""Executors run stage tasks: ``local`` (process pool, default) or ``ray``.

Every executor keeps the :class:`~warctools.executors.base.Executor` contract: ``imap(fn,
tasks)`` / ``map(fn, tasks)`` yielding results in task order, ``close()``, and use as a
context manager. ``fn`` must be a module-level function and tasks plain picklable data.
"""

from __future__ import annotations

from warctools.executors.base import Executor
from warctools.executors.local import LocalExecutor

__all__ = ["Executor", "LocalExecutor", "make_executor"]


def make_executor(kind: str = "local", *, jobs: int = 1,
                  ray_address: str | None = None) -> Executor:
    if kind == "local":
        return LocalExecutor(jobs)
    if kind == "ray":
        from warctools.executors.ray import RayExecutor

        return RayExecutor(jobs=jobs, address=ray_address)
    from warctools.errors import UsageError

    raise UsageError(f"--executor must be local or ray, not {kind!r}")
