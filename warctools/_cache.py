"""The user's cache folder: derived data a process can rebuild, kept to start faster.

``$WARCTOOLS_CACHE_DIR``, else ``$XDG_CACHE_HOME/warctools``, else ``~/.cache/warctools``.
It holds the decompressed language model (``extract/language.py``), the compiled
regular expressions (``_regex.py``), the factored sources of the big alternations
(``extract/_alternation.py``) and the public-suffix rules (``domains.py``). Deleting it
only costs the next process the work.
"""

from __future__ import annotations

import atexit
import contextlib
import os
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Generic, TypeVar

__all__ = ["ExitMemo", "cache_dir", "source_key", "write_atomic"]

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def cache_dir() -> Path:
    if os.environ.get("WARCTOOLS_CACHE_DIR"):
        return Path(os.environ["WARCTOOLS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "warctools"


def source_key(name: object, stat: os.stat_result) -> str:
    """What names the version of a file derived data was made from: its path, size and
    modification time (reading a file of megabytes to hash it cost more than the work the
    cache saves)."""
    return f"{name}\t{stat.st_size}\t{stat.st_mtime_ns}"


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` whole (a temporary file, then a rename), so that a
    reader never sees half a file; a failure leaves the old file and no temporary."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


class ExitMemo(Generic[K, V]):
    """Values worked out once per machine: read from one file of the cache folder, the
    missing ones computed and added, the file written whole (:func:`write_atomic`) when
    the process that added the first new one exits (a forked worker never writes). At
    most ``max_entries``; past ``keep`` the writer keeps only the entries it used (those
    of other versions go). A file that cannot be read is an empty table."""

    def __init__(self, name: str, load: Callable[[bytes], dict[K, V]],
                 dump: Callable[[dict[K, V]], bytes], *, max_entries: int, keep: int
                 ) -> None:  # fmt: skip
        self.name, self.load, self.dump = name, load, dump
        self.max_entries, self.keep = max_entries, keep
        self.entries: dict[K, V] | None = None
        self.pid: int | None = None  # the process that added an entry: it writes
        self.used: set[K] = set()

    def table(self) -> dict[K, V]:
        if self.entries is None:
            try:
                self.entries = self.load((cache_dir() / self.name).read_bytes())
            except (OSError, ValueError, TypeError, KeyError, AttributeError):
                self.entries = {}
        return self.entries

    def get(self, key: K, work: Callable[[], V]) -> V:
        """The value for ``key``: from the table, else ``work()`` (then kept)."""
        entries = self.table()
        self.used.add(key)
        value = entries.get(key)
        if value is None:
            value = work()
            if len(entries) < self.max_entries:
                entries[key] = value
                if self.pid is None:
                    self.pid = os.getpid()
                    atexit.register(self.save)
        return value

    def save(self) -> None:
        if self.pid != os.getpid() or self.entries is None:
            return  # nothing added here, or a forked child (its parent writes)
        entries = self.entries
        if len(entries) > self.keep:
            entries = {key: entries[key] for key in self.used if key in entries}
        try:
            data = self.dump(entries)
        except ValueError:
            return
        write_atomic(cache_dir() / self.name, data)
