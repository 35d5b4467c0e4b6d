"""Task completion markers (warctools.storage): skip only the very same task."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from warctools.storage import DataclassTask, finished, mark_finished, resumable, task_digest

CALLS: list[Counted] = []


@dataclass(frozen=True)
class Counted(DataclassTask):
    work: str
    n: int
    params: tuple[int, ...] = (1,)


@resumable(lambda task: Path(task.work) / f"t-{task.n}.done.json")
def counted(task: Counted) -> dict:
    CALLS.append(task)
    return {"n": task.n, "double": 2 * task.n}


def test_a_finished_task_is_skipped_and_returns_its_recorded_result(tmp_path: Path) -> None:
    CALLS.clear()
    task = Counted(str(tmp_path), 3)
    assert counted(task) == {"n": 3, "double": 6}
    assert counted(Counted(str(tmp_path), 3)) == {"n": 3, "double": 6}
    assert len(CALLS) == 1
    assert not list(tmp_path.glob(".*.tmp"))


def test_another_task_under_the_same_marker_name_runs_again(tmp_path: Path) -> None:
    CALLS.clear()
    counted(Counted(str(tmp_path), 3, (1,)))
    counted(Counted(str(tmp_path), 3, (2,)))  # other parameters
    assert len(CALLS) == 2


def test_a_damaged_or_foreign_marker_counts_as_unfinished(tmp_path: Path) -> None:
    task = {"work": str(tmp_path), "n": 1}
    marker = tmp_path / "m.done.json"
    for text in ("", "{", "[]", '{"task": "x", "result": {}}', '{"result": 3}'):
        marker.write_text(text)
        assert finished(marker, task) is None
    mark_finished(marker, task, {"ok": True})
    assert finished(marker, task) == {"ok": True}
    assert finished(marker, {**task, "n": 2}) is None


def test_the_digest_ignores_key_order_only() -> None:
    assert task_digest({"a": 1, "b": [1, 2]}) == task_digest({"b": [1, 2], "a": 1})
    assert task_digest({"a": 1, "b": [1, 2]}) != task_digest({"a": 1, "b": [2, 1]})


def test_a_task_key_holds_its_nested_parameters() -> None:
    from warctools.config import DedupParams
    from warctools.dedup.tasks import VerifyTask

    a, b = VerifyTask("w", 0, 5, DedupParams()), VerifyTask("w", 0, 5, DedupParams(seed=2))
    assert a.key()["params"]["seed"] == 1
    assert task_digest(a.key()) != task_digest(b.key())
