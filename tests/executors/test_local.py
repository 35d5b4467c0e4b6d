from __future__ import annotations

import os

from warctools.executors import LocalExecutor, make_executor


def _square_with_pid(x: int) -> tuple[int, int]:
    return x * x, os.getpid()


def test_results_in_task_order_whatever_the_jobs() -> None:
    tasks = list(range(20))
    one = LocalExecutor(1).map(_square_with_pid, tasks)
    two = make_executor("local", jobs=2).map(_square_with_pid, tasks)
    assert [r for r, _ in one] == [r for r, _ in two] == [x * x for x in tasks]
    assert {pid for _, pid in one} == {os.getpid()}
    assert os.getpid() not in {pid for _, pid in two}


def _die_on_seven(x: int) -> int:
    if x == 7:
        os._exit(9)  # what the OOM killer or a segfault in native code looks like
    return x


def test_a_task_that_kills_its_worker_is_isolated_and_reported() -> None:
    seen: list[tuple[int, str]] = []

    def on_crash(task: int, reason: str) -> int:
        seen.append((task, reason))
        return -1

    out = list(LocalExecutor(2).imap(_die_on_seven, list(range(12)), on_crash=on_crash))
    assert out == [x if x != 7 else -1 for x in range(12)]
    assert [t for t, _ in seen] == [7] and "worker process died" in seen[0][1]


def test_without_on_crash_the_culprit_raises() -> None:
    import pytest

    from warctools.executors.local import WorkerCrashed

    with pytest.raises(WorkerCrashed):
        list(LocalExecutor(2).imap(_die_on_seven, list(range(10))))


def test_while_waiting_runs_once_while_the_workers_work() -> None:
    """``warctools run`` loads the dedup stage while its workers extract: the hook runs
    once, in this process, after the tasks went out, and not at all in-process."""
    calls: list[int] = []

    def hook() -> None:
        calls.append(os.getpid())

    out = list(LocalExecutor(2).imap(_slow_square, list(range(6)), while_waiting=hook))
    assert out == [x * x for x in range(6)] and calls == [os.getpid()]
    calls.clear()
    list(LocalExecutor(1).imap(_square_with_pid, [1, 2], while_waiting=hook))
    assert calls == []


def _slow_square(x: int) -> int:
    import time

    time.sleep(0.05)
    return x * x
