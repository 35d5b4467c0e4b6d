"""The user's cache folder: derived data a process can rebuild, kept to start faster.

``$WARCTOOLS_CACHE_DIR``, else ``$XDG_CACHE_HOME/warctools``, else ``~/.cache/warctools``.
It holds the decompressed language model (``extract/language.py``) and the compiled
regular expressions (``_regex.py``). Deleting it only costs the next process the work.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["cache_dir"]


def cache_dir() -> Path:
    if os.environ.get("WARCTOOLS_CACHE_DIR"):
        return Path(os.environ["WARCTOOLS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "warctools"
