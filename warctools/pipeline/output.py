"""Output folders: refuse to clobber a dataset, ``--overwrite``, ``--resume``, markers.

A stage writes its finished data files under ``OUT/<table>/`` and keeps its bookkeeping
(completion markers, per-task summaries) under ``OUT/_work/<stage>/``. A task counts as
finished only once its marker exists; markers are written last, atomically.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from warctools.errors import OutputExistsError
from warctools.pipeline import lock
from warctools.storage import TMP_SUFFIX, read_json, write_json_atomic

__all__ = ["prepare_output", "holds_dataset", "write_json_atomic", "read_json",
           "marker_path", "remove_temporaries", "DATA_TABLES", "WORK_DIR"]

DATA_TABLES = ("articles", "copies", "clusters", "errors", "filtered", "signatures",
               "templates")
WORK_DIR = "_work"


def holds_dataset(out: Path) -> bool:
    if not out.is_dir():
        return False
    if (out / "summary.json").exists() or (out / WORK_DIR).exists():
        return True
    return any((out / t).is_dir() and any((out / t).iterdir()) for t in DATA_TABLES)


def prepare_output(out: Path, *, overwrite: bool, resume: bool) -> Path:
    """Create ``out`` and take its one-writer lock; refuse a folder that holds a dataset
    unless overwrite/resume."""
    out = Path(out)
    if overwrite and resume:
        from warctools.errors import UsageError

        raise UsageError("--overwrite and --resume exclude each other: pick one")
    out.mkdir(parents=True, exist_ok=True)
    lock.acquire(out)  # before anything is deleted: a live run's folder is never touched
    if holds_dataset(out):
        if overwrite:
            for name in (*DATA_TABLES, WORK_DIR):
                shutil.rmtree(out / name, ignore_errors=True)
            (out / "summary.json").unlink(missing_ok=True)
        elif not resume:
            raise OutputExistsError(
                f"{out} already holds a dataset; pass --overwrite to replace it "
                "or --resume to continue an interrupted run"
            )
    out.mkdir(parents=True, exist_ok=True)
    remove_temporaries(out)
    return out


def remove_temporaries(out: Path) -> None:
    """Delete files a killed run left under temporary names."""
    for name in (*DATA_TABLES, WORK_DIR):
        folder = out / name
        if folder.is_dir():
            for tmp in folder.rglob(f"*{TMP_SUFFIX}"):
                tmp.unlink(missing_ok=True)


def marker_path(out: Path, stage: str, task: str) -> Path:
    return out / WORK_DIR / stage / f"{task}.done.json"
