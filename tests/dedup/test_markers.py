"""Task completion markers (warctools.dedup.markers): skip only the very same task."""

from __future__ import annotations

from pathlib import Path

from warctools.dedup.markers import finished, mark_finished, resumable, task_digest

CALLS: list[dict] = []


@resumable(lambda task: f"t-{task['n']}.done.json")
def counted(task: dict) -> dict:
    CALLS.append(task)
    return {"n": task["n"], "double": 2 * task["n"]}


def test_a_finished_task_is_skipped_and_returns_its_recorded_result(tmp_path: Path) -> None:
    CALLS.clear()
    task = {"work": str(tmp_path), "n": 3, "params": {"a": 1}}
    assert counted(task) == {"n": 3, "double": 6}
    assert counted(dict(task)) == {"n": 3, "double": 6}
    assert len(CALLS) == 1
    assert not list(tmp_path.glob(".*.tmp"))


def test_another_task_under_the_same_marker_name_runs_again(tmp_path: Path) -> None:
    CALLS.clear()
    counted({"work": str(tmp_path), "n": 3, "params": {"a": 1}})
    counted({"work": str(tmp_path), "n": 3, "params": {"a": 2}})  # other parameters
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
