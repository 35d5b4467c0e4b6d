"""The task contract every executor keeps (``local`` process pool, ``ray``).

A stage hands an executor a module-level function and a sequence of picklable tasks (frozen
dataclasses); the executor yields the results in task order, whatever
order the workers finish in, so a stage's output never depends on ``--jobs`` or on the
executor. ``on_crash(task, reason)`` stands in for the result of a task whose worker died on
every attempt (otherwise the crash raises); ``while_waiting`` runs once in the driver while
the workers work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar, runtime_checkable

__all__ = ["Executor"]

T = TypeVar("T")
R = TypeVar("R")


@runtime_checkable
class Executor(Protocol):
    name: str
    jobs: int

    def imap(self, fn: Callable[[T], R], tasks: Sequence[T], *,
             on_crash: Callable[[T, str], R] | None = None,
             while_waiting: Callable[[], None] | None = None) -> Iterator[R]: ...

    def map(self, fn: Callable[[T], R], tasks: Sequence[T]) -> list[R]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Any: ...

    def __exit__(self, *exc: object) -> None: ...
