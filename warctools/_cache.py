"""The user's cache folder: derived data a process can rebuild, kept to start faster.

``$WARCTOOLS_CACHE_DIR``, else ``$XDG_CACHE_HOME/warctools``, else ``~/.cache/warctools``.
It holds the decompressed language model (``extract/language.py``), the compiled
regular expressions (``_regex.py``) and the factored sources of the big alternations
(``extract/_alternation.py``). Deleting it only costs the next process the work.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

__all__ = ["cache_dir", "write_atomic"]


def cache_dir() -> Path:
    if os.environ.get("WARCTOOLS_CACHE_DIR"):
        return Path(os.environ["WARCTOOLS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "warctools"


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

