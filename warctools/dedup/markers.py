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
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["finished", "mark_finished", "resumable", "task_digest"]

Task = dict[str, Any]


def task_digest(task: Task) -> str:
    """SHA-256 of the task's canonical JSON (tasks are plain JSON-able dicts)."""
    text = json.dumps(task, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def finished(marker: Path, task: Task) -> dict[str, Any] | None:
    """The recorded result when ``marker`` exists and was written for this very task."""
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("task") != task_digest(task):
        return None
    result = data.get("result")
    return result if isinstance(result, dict) else None


def mark_finished(marker: Path, task: Task, result: dict[str, Any]) -> None:
    """Write the marker last, under a temporary name renamed into place."""
    from warctools.pipeline.output import write_json_atomic

    write_json_atomic(marker, {"task": task_digest(task), "result": result})


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
