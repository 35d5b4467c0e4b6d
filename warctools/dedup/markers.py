"""Completion markers of the dedup stage's tasks, so ``--resume`` skips finished ones.

Every dedup task (sketch, bucket, pair, verify) writes its files atomically and
then, last, ``WORK/NAME.done.json``: the task's result and a digest of the task itself
(its JSON, which names its inputs, and the parameters). A marker counts only when the
digest matches the task about to run, so a folder left by a run with other parameters,
other inputs or another partitioning never passes a stale result on. Markers hold only
JSON; nothing read from disk is unpickled.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from warctools.storage import finished, mark_finished, task_digest

__all__ = ["finished", "mark_finished", "resumable", "task_digest"]

Task = dict[str, Any]


def resumable(name: Callable[[Task], str]
              ) -> Callable[[Callable[[Task], dict[str, Any]]], Callable[[Task], dict[str, Any]]]:
    """Decorate a task ``fn(task) -> result`` whose task holds ``work``: skip it when
    ``work/name(task)`` marks it finished, and write that marker after it returns."""
    def wrap(fn: Callable[[Task], dict[str, Any]]) -> Callable[[Task], dict[str, Any]]:
        @functools.wraps(fn)
        def run(task: Task) -> dict[str, Any]:
            marker = Path(task["work"]) / name(task)
            done = finished(marker, task)
            if done is not None:
                return done
            result = fn(task)
            mark_finished(marker, task, result)
            return result
        return run
    return wrap
