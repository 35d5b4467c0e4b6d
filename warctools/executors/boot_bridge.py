"""Work while a private Ray starts: the first tasks run in one forked worker meanwhile.

Starting a private Ray (``--executor ray`` with no cluster to join) takes about 4 seconds
on a laptop: the GCS, the raylet, the dashboard and its agents all start before the first
task can be scheduled, and on two cores they leave about one core idle. A
:class:`BootBridge` puts that core to work: just before ``ray.init`` it forks one worker
process (a standard-library pool of one, forked from this thread while the driver has no
foreign threads), hands it the first task, and a feeder thread hands it the next task each
time one finishes, until the driver says Ray is up. The driver then sends the remaining
tasks to Ray and takes the bridge's results, in task order, when their turn comes.

Nothing about the output changes: the tasks are the same functions on the same inputs, and
results come back in task order. A task the bridge could not run (its worker died) is
simply run on Ray instead. The bridge worker asks the kernel
to kill it when the driver dies (``PR_SET_PDEATHSIG`` on Linux, else a watchdog thread),
so a SIGKILLed driver leaves no writer behind, as with Ray's own workers.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

__all__ = ["BootBridge", "RERUN_ELSEWHERE", "die_with_parent"]

RERUN_ELSEWHERE: tuple[type[BaseException], ...] = (BrokenProcessPool,)
"""Failures of the bridge itself, not of the task: run such a task on Ray instead."""

_PR_SET_PDEATHSIG = 1
_POLL_S = 0.05


def die_with_parent() -> None:
    """Pool initializer: end this worker when the process that forked it dies."""
    parent = os.getppid()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")
    except (OSError, AttributeError):  # not Linux: watch the parent instead
        def watch() -> None:
            while os.getppid() == parent:
                threading.Event().wait(0.2)
            os._exit(1)

        threading.Thread(target=watch, name="warctools-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


class BootBridge:
    """Run ``fn`` over a prefix of ``tasks`` in one forked worker until :meth:`stop`."""

    def __init__(self, fn: Callable[[Any], Any], tasks: Sequence[Any]) -> None:
        self._fn = fn
        self._tasks = tasks
        self._pool = ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("fork"),
                                         initializer=die_with_parent)
        self._futures: list[Future[Any]] = [self._pool.submit(fn, tasks[0])]  # forks here
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._feed, name="warctools-boot-bridge",
                                        daemon=True)
        self._thread.start()

    def _feed(self) -> None:
        while not self._stopping.is_set():
            last = self._futures[-1]
            if not wait([last], timeout=_POLL_S).done:
                continue
            if (self._stopping.is_set() or len(self._futures) >= len(self._tasks)
                    or isinstance(last.exception(), RERUN_ELSEWHERE)):
                return
            self._futures.append(self._pool.submit(self._fn, self._tasks[len(self._futures)]))

    def stop(self) -> list[Future[Any]]:
        """Hand out no more tasks; the futures of the tasks ``0..k-1`` it took (the last
        may still be running)."""
        self._stopping.set()
        self._thread.join()
        return list(self._futures)

    def close(self) -> None:
        """Let the worker go (after its task in flight, if any)."""
        self.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)
