"""The storage floor: atomic files, JSON, and the completion-marker rule every stage uses.

A file is written under ``.NAME.tmp`` in its own folder (never ending in ``.parquet``, so
no reader globbing a table picks it up), flushed, then renamed into place: a killed or
retried task never leaves half a file under the real name.

A task counts as finished once its marker exists *and* the marker was written for this very
task: the marker holds a SHA-256 of the task's key (:class:`StageTask`: the canonical JSON
of its inputs and parameters) and the task's result. Every stage (extract, templates,
dedup) goes through :func:`resumable`. A folder left by a run with other inputs or
parameters never passes a stale result on. Markers hold only JSON; nothing read from disk
is unpickled.
"""

from __future__ import annotations

import dataclasses
import errno
import functools
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from . import _regex

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "CommitOnExit",
    "DataclassTask",
    "StageTask",
    "TMP_SUFFIX",
    "ParquetFileSink",
    "atomic_path",
    "check_parquet",
    "machine_fault",
    "finished",
    "mark_finished",
    "read_json",
    "resumable",
    "task_digest",
    "temp_path",
    "write_json_atomic",
]

TMP_SUFFIX = ".tmp"


def temp_path(path: Path) -> Path:
    """The temporary name ``path`` is written under before its rename."""
    return path.parent / f".{path.name}{TMP_SUFFIX}"


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write; rename it to ``path`` when the block succeeds,
    delete it when the block raises."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path)
    try:
        yield tmp
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)


_W = TypeVar("_W", bound="CommitOnExit")


class CommitOnExit:
    """A writer used as a context manager: :meth:`close` (commit) when the block ends,
    :meth:`abort` (nothing left visible) when it raises."""

    def close(self) -> object:
        raise NotImplementedError

    def abort(self) -> None:
        raise NotImplementedError

    def __enter__(self: _W) -> _W:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


class ParquetFileSink(CommitOnExit):
    """One Parquet file, the only place a warctools writer opens a ``pq.ParquetWriter``.

    The file is written at a temporary name (:func:`temp_path` of ``path``, or ``tmp``);
    :meth:`close` fsyncs it (``durable``) and renames it to ``path`` (or, with
    ``publish=False``, leaves it at the temporary name for the caller to rename); :meth:`abort`
    removes it. Compression, row-group sizes and the other ``pq.ParquetWriter`` options
    (statistics, page index, sorting columns, content-defined chunking) are the caller's.
    """

    def __init__(self, path: Path, schema: pa.Schema, *, tmp: Path | None = None,
                 compression: str = "zstd", durable: bool = True, **options: Any) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.path, self.tmp, self.durable = path, tmp or temp_path(path), durable
        self.tmp.parent.mkdir(parents=True, exist_ok=True)
        self._file = pa.OSFile(str(self.tmp), "wb")
        try:
            self._writer = pq.ParquetWriter(self._file, schema, compression=compression,
                                            **options)
        except BaseException:
            self._file.close()
            self.tmp.unlink(missing_ok=True)
            raise

    def write(self, table: pa.Table, row_group_size: int | None = None) -> None:
        self._writer.write_table(table, row_group_size=row_group_size)

    def tell(self) -> int:
        """Bytes written so far."""
        return self._file.tell()

    def close(self, publish: bool = True) -> Path:
        """Finish the file: footer, fsync, rename to ``path`` (``publish``); its path."""
        try:
            self._writer.close()
            if self.durable:
                os.fsync(self._file.fileno())
            self._file.close()
            if not publish:
                return self.tmp
            os.replace(self.tmp, self.path)
        except BaseException:
            self.abort()
            raise
        return self.path

    def abort(self) -> None:
        """Drop the file (its temporary name is removed)."""
        try:
            self._writer.close()
        except Exception:  # noqa: BLE001 - the file is dropped anyway
            pass
        self._file.close()
        self.tmp.unlink(missing_ok=True)


def write_json_atomic(path: Path, data: Any) -> None:
    """``data`` as indented, key-sorted JSON, fsynced, then renamed into place."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, sort_keys=True, default=str)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())


def read_json(path: Path) -> Any:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def task_digest(task: Mapping[str, Any]) -> str:
    """SHA-256 of the task's canonical JSON (tasks are JSON-able mappings)."""
    text = json.dumps(task, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def finished(marker: Path, task: Mapping[str, Any]) -> dict[str, Any] | None:
    """The recorded result when ``marker`` exists and was written for this very task."""
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("task") != task_digest(task):
        return None
    result = data.get("result")
    return result if isinstance(result, dict) else None


def mark_finished(marker: Path, task: Mapping[str, Any], result: dict[str, Any]) -> None:
    """Write the marker last, under a temporary name renamed into place."""
    write_json_atomic(marker, {"task": task_digest(task), "result": result})


class StageTask(Protocol):
    """A stage's task: a frozen dataclass (picklable data; its function is module-level)."""

    def key(self) -> Mapping[str, Any]:
        """What its result depends on, as JSON-able data: inputs and parameters."""
        ...


class DataclassTask:
    """Mixin for a frozen-dataclass task whose key is all of its fields (nested dataclasses,
    such as the parameters, included)."""

    def key(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]


T = TypeVar("T", bound=StageTask)
Result = dict[str, Any]


def resumable(marker: Callable[[T], Path]
              ) -> Callable[[Callable[[T], Result]], Callable[[T], Result]]:
    """Decorate a task function ``fn(task) -> result``: a task whose ``marker(task)`` was
    written for this very task (digest of ``task.key()``) is skipped and its recorded result
    returned; otherwise the function runs and the marker is written last."""
    def wrap(fn: Callable[[T], Result]) -> Callable[[T], Result]:
        @functools.wraps(fn)
        def run(task: T) -> Result:
            path, key = marker(task), task.key()
            done = finished(path, key)
            if done is not None:
                return done
            result = fn(task)
            mark_finished(path, key, result)
            return result
        return run
    return wrap


# errno -> (what happened, what to do); a fault of the machine, not of the input
_AGAIN = "rerun the same command (with --resume, for extract, dedup and run)"
_FAULTS: dict[int, tuple[str, str]] = {
    errno.ENOSPC: ("no space left on device", f"free space, then {_AGAIN}"),
    errno.EDQUOT: ("disk quota exceeded", f"free space, then {_AGAIN}"),
    errno.EIO: ("input/output error", f"check the disk, then {_AGAIN}"),
    errno.EROFS: ("read-only file system", f"make it writable or choose another -o, then "
                  f"{_AGAIN}"),
}
_ERRNO_IN_TEXT = _regex.compile(r"\[?errno\s*(\d+)\]?", re.IGNORECASE)


def machine_fault(exc: BaseException) -> str | None:
    """One line (path, cause, remedy) when ``exc`` is a fault of the machine (full disk,
    I/O error, read-only file system), else None. pyarrow names the errno only in its
    message, so that is read too."""
    if not isinstance(exc, OSError):
        return None
    code = exc.errno
    if code not in _FAULTS:
        found = _ERRNO_IN_TEXT.search(str(exc))
        code = int(found.group(1)) if found else None
    if code not in _FAULTS:
        return None
    cause, remedy = _FAULTS[code]
    where = f" writing {exc.filename}" if getattr(exc, "filename", None) else ""
    return f"{cause}{where}: {remedy}"


def check_parquet(files: Iterable[Path], table: str, required: Iterable[str] = ("id",)) -> None:
    """Every file's footer reads and its schema has the ``required`` columns; otherwise a
    :class:`~warctools.errors.SchemaError` naming the file (a truncated file, a file from
    another tool). Reads footers only."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from warctools.errors import SchemaError

    needed = tuple(required)
    for path in files:
        try:
            names = pq.read_schema(path).names
        except (OSError, pa.ArrowException) as exc:
            if machine_fault(exc):
                raise
            detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise SchemaError(f"{path} is not a readable Parquet file (truncated or damaged: "
                              f"{detail}); rerun the stage that wrote it, or remove the file"
                              ) from None
        missing = [c for c in needed if c not in names]
        if missing:
            raise SchemaError(f"{path} is not a warctools {table} file: it lacks the "
                              f"column(s) {', '.join(missing)}; remove it from the dataset")
