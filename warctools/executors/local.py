"""The default executor: a standard-library process pool, nothing to start.

``jobs == 1`` runs every task in this process (no pool, no pickling), which is also what
``--jobs 1`` benchmarks measure. Results come back in task order whatever finishes first,
so output never depends on the number of workers.

A worker process that dies (the OOM killer, a crash in native code) breaks a
``ProcessPoolExecutor`` and every task in flight with it. The tasks that were unfinished
are resubmitted to a fresh pool; a task that was in flight at two crashes is then run on
its own, and if it kills that worker too it is the culprit: ``on_crash(task, reason)``
stands in for its result (or :class:`WorkerCrashed` is raised when no ``on_crash`` is given).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

from warctools import interrupts
from warctools.errors import WarctoolsError

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["LocalExecutor", "WorkerCrashed", "CRASH_REASON", "threads_running"]

CRASH_REASON = "worker process died (out of memory, or a crash in native code)"
_SUSPECT_AFTER = 2
_POLL_S = 0.25  # how often the driver looks for a stop signal a callback swallowed


class WorkerCrashed(WarctoolsError):
    """A task killed the worker process running it, even when run on its own."""


class LocalExecutor:
    name = "local"

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = max(1, jobs)

    def imap(self, fn: Callable[[T], R], tasks: Sequence[T], *,
             on_crash: Callable[[T, str], R] | None = None,
             while_waiting: Callable[[], None] | None = None) -> Iterator[R]:
        """Yield ``fn(task)`` for each task, in task order. ``while_waiting`` runs once in
        this process after the workers got their tasks (work to overlap with theirs); not
        at all when the tasks run in this process."""
        if self.jobs == 1 or len(tasks) <= 1:
            for task in tasks:
                interrupts.check()
                yield fn(task)
            return
        results: dict[int, R] = {}
        completed: set[int] = set()
        crashes: Counter[int] = Counter()
        emitted = 0
        todo = list(range(len(tasks)))
        while todo:
            suspects = [i for i in todo if crashes[i] >= _SUSPECT_AFTER]
            batch = suspects[:1] or todo
            for i, value in self._run_pool(fn, tasks, batch, while_waiting):
                while_waiting = None
                results[i] = value
                completed.add(i)
                while emitted in results:
                    yield results.pop(emitted)
                    emitted += 1
            unfinished = [i for i in batch if i not in completed]
            if unfinished and suspects:
                (i,) = unfinished
                if on_crash is None:
                    raise WorkerCrashed(f"task {i} killed its worker: {CRASH_REASON}")
                results[i] = on_crash(tasks[i], CRASH_REASON)
                completed.add(i)
            for i in unfinished:
                crashes[i] += 1
            todo = [i for i in todo if i not in completed]
            while emitted in results:
                yield results.pop(emitted)
                emitted += 1

    def _run_pool(self, fn: Callable[[T], R], tasks: Sequence[T], batch: list[int],
                  while_waiting: Callable[[], None] | None = None
                  ) -> Iterator[tuple[int, R]]:
        """Run ``batch`` in one fresh pool, yielding (index, result); stop at a crash."""
        # imported here: a --jobs 1 run never starts a pool (multiprocessing and
        # concurrent.futures.process were 0.024 G instructions of its start-up)
        import multiprocessing as mp
        from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
        from concurrent.futures.process import BrokenProcessPool

        ctx = mp.get_context("forkserver" if threads_running() else "fork")
        pool = ProcessPoolExecutor(max_workers=min(self.jobs, len(batch)), mp_context=ctx)
        try:
            futures: dict[Future[R], int] = {pool.submit(fn, tasks[i]): i for i in batch}
            pending = set(futures)
            if while_waiting is not None:
                while_waiting()
            while pending:
                done, pending = wait(pending, timeout=_POLL_S, return_when=FIRST_COMPLETED)
                interrupts.check()
                for fut in sorted(done, key=futures.__getitem__):
                    try:
                        value = fut.result()
                    except BrokenProcessPool:
                        return
                    yield futures[fut], value
        except BaseException:
            # interrupted, a task failed, or the caller stopped early: the workers' running
            # tasks are abandoned (they write only temporary names), not waited for
            _kill_workers(pool)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def map(self, fn: Callable[[T], R], tasks: Sequence[T]) -> list[R]:
        return list(self.imap(fn, tasks))

    def close(self) -> None:
        pass

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        if process.is_alive():
            process.kill()


def threads_running() -> bool:
    """Whether threads besides the main one run, after our own background threads (named
    ``warctools-*``, e.g. the language model loading) have been let finish: forking while
    a foreign thread runs is unsafe, so then the pool starts from a fork server."""
    import threading

    for thread in threading.enumerate():
        if thread.name.startswith("warctools-") and thread is not threading.current_thread():
            thread.join(timeout=60)
    return threading.active_count() > 1
