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
