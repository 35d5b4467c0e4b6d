"""LSH banding and the two candidate routes (band buckets, containment anchors).

Both routes bucket ``(key, doc)`` rows by sorting one packed ``uint64`` array
(``key << 32 | doc``): no Python objects per document, memory linear in the rows.
"""

from __future__ import annotations

import sys
from functools import lru_cache

import numpy as np

from warctools.dedup.arrays import split_pairs

__all__ = ["optimal_bands", "false_positive_area", "false_negative_area", "bucket_pairs",
           "shares_enough"]


def _s_curve(s: np.ndarray, bands: int, rows: int) -> np.ndarray:
    return 1.0 - (1.0 - s**rows) ** bands


def _integrate(lo: float, hi: float, bands: int, rows: int, negate: bool) -> float:
    """Composite Simpson's rule over 2048 intervals (smooth integrand: error < 1e-9)."""
    if hi <= lo:
        return 0.0
    s = np.linspace(lo, hi, 2049)
    y = _s_curve(s, bands, rows)
    if negate:
        y = 1.0 - y
    w = np.ones_like(s)
    w[1:-1:2], w[2:-1:2] = 4.0, 2.0
    return float((hi - lo) / (3 * 2048) * np.dot(w, y))


def false_positive_area(threshold: float, bands: int, rows: int) -> float:
    """Integral over s in [0, threshold] of P(candidate | Jaccard s)."""
    return _integrate(0.0, threshold, bands, rows, negate=False)


def false_negative_area(threshold: float, bands: int, rows: int) -> float:
    """Integral over s in [threshold, 1] of P(not candidate | Jaccard s)."""
    return _integrate(threshold, 1.0, bands, rows, negate=True)


@lru_cache(maxsize=64)
def optimal_bands(threshold: float, num_perm: int, fp_weight: float = 0.5,
                  fn_weight: float = 0.5) -> tuple[int, int]:
    """``(bands, rows)`` minimising ``fp_weight*FP + fn_weight*FN`` (datasketch's rule)."""
    if not 0.0 < threshold < 1.0:
        raise ValueError(f"threshold must be in (0, 1), got {threshold}")
    best, best_err = (1, 1), float("inf")
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            err = (fp_weight * false_positive_area(threshold, bands, rows)
                   + fn_weight * false_negative_area(threshold, bands, rows))
            if err < best_err:
                best, best_err = (bands, rows), err
    return best


_LITTLE = sys.byteorder == "little"


def _pack(keys: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """``key << 32 | doc`` as uint64, built without full-size temporaries."""
    if _LITTLE:
        pair = np.empty((keys.size, 2), dtype=np.uint32)
        pair[:, 0] = docs
        pair[:, 1] = keys
        return pair.view(np.uint64).reshape(keys.size)
    return (keys.astype(np.uint64) << np.uint64(32)) | docs.astype(np.uint64)


def bucket_pairs(keys: np.ndarray, docs: np.ndarray, *, window: int,
                 max_bucket: int | None = None) -> np.ndarray:
    """Pairs of docs sharing a key, packed ``lo << 32 | hi`` (uint64, may repeat).

    Members of one bucket are ordered by doc index; each is paired with the next
    ``window`` members, so small buckets give all their pairs and a huge bucket (hundreds
    of near-identical copies) stays linear while remaining connected. Buckets larger than
    ``max_bucket`` are dropped (boilerplate shared by too many documents).
    """
    n = keys.size
    if n < 2:
        return np.zeros(0, dtype=np.uint64)
    packed = _pack(keys, docs)
    packed.sort()
    hi = packed.view(np.uint32)[1::2] if _LITTLE else (packed >> np.uint64(32))
    eq = hi[1:] == hi[:-1]
    in_run = np.zeros(n, dtype=bool)
    in_run[1:] |= eq
    in_run[:-1] |= eq
    del eq, hi
    packed = packed[in_run]
    del in_run
    if packed.size == 0:
        return np.zeros(0, dtype=np.uint64)
    k = packed >> np.uint64(32)
    starts = np.flatnonzero(np.concatenate(([True], k[1:] != k[:-1])))
    sizes = np.diff(np.append(starts, k.size))
    keep = np.ones(sizes.size, dtype=bool)
    if max_bucket is not None:
        keep &= sizes <= max_bucket
    if not keep.any():
        return np.zeros(0, dtype=np.uint64)
    run_of = np.repeat(keep, sizes)
    packed, k = packed[run_of], k[run_of]
    d = (packed & np.uint64(0xFFFFFFFF)).astype(np.uint64)
    out = []
    for step in range(1, min(window, int(sizes[keep].max()) - 1) + 1):
        same = k[step:] == k[:-step]
        if not same.any():
            break
        lo, hi = d[:-step][same], d[step:][same]
        pair = (lo << np.uint64(32)) | hi
        out.append(pair[lo != hi])
    return np.concatenate(out) if out else np.zeros(0, dtype=np.uint64)


def shares_enough(pairs: np.ndarray, shared: np.ndarray, anchor_counts: np.ndarray,
                  min_fraction: float, min_shared: int = 2) -> np.ndarray:
    """Mask of the packed ``pairs`` whose ``shared`` anchors reach ``max(min_shared,
    min_fraction * anchors of the poorer document)``."""
    lo, hi = split_pairs(pairs)
    poorer = np.minimum(anchor_counts[lo], anchor_counts[hi])
    return shared >= np.maximum(min_shared, np.ceil(min_fraction * poorer))
