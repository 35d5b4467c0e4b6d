"""The default executor: a standard-library process pool, nothing to start.

``jobs == 1`` runs every task in this process (no pool, no pickling), which is also what
``--jobs 1`` benchmarks measure. Results come back in task order whatever finishes first,
so output never depends on the number of workers.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["LocalExecutor"]


class LocalExecutor:
    name = "local"

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = max(1, jobs)

    def imap(self, fn: Callable[[T], R], tasks: Sequence[T]) -> Iterator[R]:
        """Yield ``fn(task)`` for each task, in task order."""
        if self.jobs == 1 or len(tasks) <= 1:
            for task in tasks:
                yield fn(task)
            return
        ctx = mp.get_context("forkserver" if _threads_running() else "fork")
        workers = min(self.jobs, len(tasks))
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            yield from pool.map(fn, tasks, chunksize=1)

    def map(self, fn: Callable[[T], R], tasks: Sequence[T]) -> list[R]:
        return list(self.imap(fn, tasks))

    def close(self) -> None:
        pass


def _threads_running() -> bool:
    import threading

    return threading.active_count() > 1
