"""One writer per output folder: ``OUT/.warctools.lock``.

The verbs that write a dataset take the lock before they touch the folder: the file is
created with ``O_EXCL`` and holds the writer's pid, host and start time. A second run on
the folder is refused (exit 2) naming them. A lock whose process is gone (same host, pid
not running: a run that was killed) is stale and taken over; a lock from another host
cannot be checked from here and is refused with the way to clear it. The lock is released
when the verb ends, however it ends, and at interpreter exit.

With ``-o s3://...`` the lock guards the local staging folder only: object stores have no
atomic create-if-absent here, so two runs on one URL from two machines are not prevented;
readers are still protected by ``_COMPLETE.json``, which is written last.
"""

from __future__ import annotations

import atexit
import errno
import json
import os
import socket
import time
from pathlib import Path

from warctools.errors import UsageError

__all__ = ["LOCK_NAME", "OutputLocked", "acquire", "release_all"]

LOCK_NAME = ".warctools.lock"
_held: dict[Path, int] = {}


class OutputLocked(UsageError):
    """Another live run writes the output folder (exit 2)."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _create(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    info = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time()}
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(info, f)
    return True


def acquire(out: Path) -> None:
    """Take ``out``'s lock for this process, or raise :class:`OutputLocked`."""
    path = Path(out) / LOCK_NAME
    if path in _held:
        return
    for _attempt in range(3):
        if _create(path):
            _held[path] = os.getpid()
            return
        info = _read(path)
        if info is None:  # being written right now, or empty after a crash: look again
            time.sleep(0.05)
            if _read(path) is None and _attempt:
                path.unlink(missing_ok=True)
            continue
        pid, host = int(info.get("pid") or 0), str(info.get("host") or "?")
        if host == socket.gethostname() and not _alive(pid):
            path.unlink(missing_ok=True)  # a killed run's lock: stale
            continue
        since = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(float(info.get("started")
                                                                          or 0)))
        hint = ("wait for it to finish or stop it" if host == socket.gethostname()
                else f"if that run is no longer alive, delete {path}")
        raise OutputLocked(f"{out} is being written by another run (pid {pid} on host {host}, "
                           f"since {since}); {hint}")
    raise OutputLocked(f"could not take the lock {path}: {errno.errorcode[errno.EEXIST]}")


def release_all() -> None:
    """Drop every lock this process holds (a forked child never drops its parent's)."""
    for path, pid in list(_held.items()):
        if pid == os.getpid():
            info = _read(path)
            if info is None or info.get("pid") == pid:
                path.unlink(missing_ok=True)
            del _held[path]


atexit.register(release_all)
