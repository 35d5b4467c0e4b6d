"""In-memory LSH candidates: the oracle the file-based shuffle (warctools.dedup.buckets) must
match, and a reader of its per-partition candidate files. The product never calls these."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from warctools.dedup.arrays import load_array
from warctools.dedup.lsh import bucket_pairs, shares_enough


def band_candidates(band_keys: np.ndarray, docs: np.ndarray, *, window: int = 32) -> np.ndarray:
    """Unique candidate pairs from LSH bands: ``band_keys`` is (n, bands) for ``docs``."""
    found = [bucket_pairs(band_keys[:, b], docs, window=window)
             for b in range(band_keys.shape[1])]
    return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.uint64)


def anchor_candidates(anchors: np.ndarray, anchor_docs: np.ndarray, anchor_counts: np.ndarray,
                      *, min_shared: int = 2, min_fraction: float = 0.5,
                      max_bucket: int = 100) -> np.ndarray:
    """Pairs sharing at least ``max(min_shared, min_fraction * anchors of the poorer doc)``.

    ``anchor_counts[doc]`` is the number of anchors of each document (indexed by doc).
    """
    pairs = bucket_pairs(anchors, anchor_docs, window=max_bucket, max_bucket=max_bucket)
    if pairs.size == 0:
        return pairs
    uniq, shared = np.unique(pairs, return_counts=True)
    return uniq[shares_enough(uniq, shared, anchor_counts, min_fraction, min_shared)]


def gather_candidates(work: Path, partitions: int) -> np.ndarray:
    """Every candidate pair (packed, sorted) the shuffle wrote; the pipeline verifies each
    pair partition on its own."""
    parts = [load_array(work / f"cand-q{q:04d}.npy") for q in range(partitions)]
    return np.unique(np.concatenate(parts)) if parts else np.zeros(0, np.uint64)
