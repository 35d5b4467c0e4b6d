"""SIGINT and SIGTERM: stop the run at once, and never let a swallowed stop finish it.

The handler raises :class:`~warctools.errors.Interrupted` wherever the main thread is.
Python drops an exception raised inside a callback from native code (a ctypes callback of
numba's compiler, a ``__del__``): it is reported as "unraisable" and the code goes on. So
the handler also records the signal; :func:`check` raises it again at the next safe point
(the executors call it between tasks and while they wait), the unraisable report of an
``Interrupted`` is kept quiet (and, once a stop is received, every unraisable report: an
object the stop cut short in its making fails in its finalizer, noise of the stop itself),
and :func:`received` tells the command line that a run which got to its end was still
stopped by a signal.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable
from typing import Any

from warctools.errors import Interrupted

__all__ = ["install", "check", "received"]

_received: int | None = None


def _handler(signum: int, _frame: object) -> None:
    global _received
    _received = signum
    raise Interrupted(signum)


def _quiet_unraisable(previous: Callable[[Any], object]) -> Callable[[Any], object]:
    def hook(unraisable: Any) -> None:
        if isinstance(unraisable.exc_value, Interrupted):
            return  # recorded in _received; check() raises it again where it can propagate
        if _received is not None:
            return  # the process is stopping: an object the stop cut short in its making
            # fails in its finalizer (llvmlite's ``__del__`` on a half-built pass manager)
        previous(unraisable)

    return hook


def install() -> Callable[[], None]:
    """Handle SIGINT and SIGTERM in this process (main thread only); return the undo."""
    global _received
    _received = None
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    handlers = {signum: signal.signal(signum, _handler)
                for signum in (signal.SIGINT, signal.SIGTERM)}
    hook = sys.unraisablehook
    sys.unraisablehook = _quiet_unraisable(hook)

    def restore() -> None:
        for signum, previous in handlers.items():
            signal.signal(signum, previous)
        sys.unraisablehook = hook

    return restore


def check() -> None:
    """Raise the signal received since :func:`install`, if one was (a safe point)."""
    if _received is not None:
        raise Interrupted(_received)


def received() -> int | None:
    """The signal received since :func:`install`, or None."""
    return _received
