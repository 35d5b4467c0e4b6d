"""Working arrays on disk: ``.npy`` files written atomically, read without pickles.

Every dedup stage hands arrays to the next through files under ``OUT/_work/dedup/``. A
file is written under ``.NAME.tmp`` in the same folder and renamed into place, so a task
that is killed or retried never leaves half a file under the real name.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from warctools.storage import atomic_path

__all__ = ["load_array", "save_array", "split_pairs"]


def save_array(path: Path, arr: np.ndarray) -> None:
    """``np.save`` (no pickles) under a temporary name, then renamed to ``path``."""
    with atomic_path(path) as tmp, open(tmp, "wb") as f:
        np.save(f, arr, allow_pickle=False)


def load_array(path: Path, *, mmap: bool = False) -> np.ndarray:
    """An array written by :func:`save_array` (memory-mapped read-only with ``mmap``)."""
    return np.load(path, mmap_mode="r" if mmap else None, allow_pickle=False)


def split_pairs(packed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(lo, hi) int64 arrays of document pairs packed as uint64 ``lo << 32 | hi``."""
    return ((packed >> np.uint64(32)).astype(np.int64),
            (packed & np.uint64(0xFFFFFFFF)).astype(np.int64))
