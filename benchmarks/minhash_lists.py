"""MinHash of shingles made elsewhere: lists of strings, or 32-bit shingle hashes.

Bit-identical to ``datasketch.MinHash(num_perm, seed, scheme="affine32",
hashfunc=shingle_hash)``. The product never calls these (its kernel sketches whole texts,
``warctools.dedup.minhash.sketch_prepared``); ``minhash_speed.py`` compares them with
datasketch and rensa, and ``tests/dedup/test_minhash.py`` checks them. They were
``warctools.dedup.signatures_from_shingles`` / ``signatures_from_hashes`` until issue 18.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from numba import njit

from warctools.dedup._kernel import minhash_into
from warctools.dedup.minhash import permutations
from warctools.dedup.shingles import shingle_hash

__all__ = ["minhash_flat", "signatures_from_hashes", "signatures_from_shingles"]


@njit(cache=True)
def minhash_flat(h, offsets, a, b):  # type: ignore[no-untyped-def]
    """Signatures (n, P) uint32 of documents ``h[offsets[d]:offsets[d+1]]`` (32-bit shingle
    hashes, duplicates allowed)."""
    n = offsets.shape[0] - 1
    p = a.shape[0]
    sigs = np.empty((n, p), dtype=np.uint32)
    sig = np.empty(p, dtype=np.uint32)
    for d in range(n):
        s = offsets[d]
        minhash_into(h[s:offsets[d + 1]], offsets[d + 1] - s, a, b, sig)
        for j in range(p):
            sigs[d, j] = sig[j]
    return sigs


def signatures_from_hashes(hashes: np.ndarray, offsets: np.ndarray, *, num_perm: int = 128,
                           seed: int = 1) -> np.ndarray:
    """Signatures (n, num_perm) uint32 of documents given as 32-bit shingle hashes
    (:func:`~warctools.dedup.shingles.shingle_hash` values, flat, document ``d`` being
    ``hashes[offsets[d]:offsets[d + 1]]``; duplicates allowed): what
    ``datasketch.MinHash(num_perm, seed, scheme="affine32")`` gives for those hashes."""
    h = np.ascontiguousarray(hashes, dtype=np.uint32)
    off = np.ascontiguousarray(offsets, dtype=np.int64)
    if off.ndim != 1 or off.size == 0 or off[0] != 0 or off[-1] != h.size or \
            (np.diff(off) < 0).any():
        raise ValueError("offsets must rise from 0 to len(hashes)")
    a, b = permutations(num_perm, seed)
    with np.errstate(over="ignore"):
        return minhash_flat(h, off, a, b)


def signatures_from_shingles(docs: Iterable[Sequence[str | bytes]], *, num_perm: int = 128,
                             seed: int = 1) -> np.ndarray:
    """Signatures (n, num_perm) uint32 of documents given as lists of shingle strings
    (``str`` or UTF-8 ``bytes``), bit-identical to
    ``datasketch.MinHash(num_perm, seed, scheme="affine32", hashfunc=shingle_hash)``
    fed each list with ``update_batch``.

    The compiled kernel reads the strings in place (see :mod:`benchmarks._pylist`);
    an item of another type raises what :func:`shingle_hash` raises.
    """
    from benchmarks._pylist import pylist_signatures

    lists = [d if type(d) is list else list(d) for d in docs]
    a, b = permutations(num_perm, seed)
    sigs, failed = pylist_signatures(lists, a, b)
    for d in np.flatnonzero(failed).tolist():
        hashes = np.array([shingle_hash(s) for s in lists[d]], dtype=np.uint32)
        sigs[d] = signatures_from_hashes(hashes, np.array([0, hashes.size]),
                                         num_perm=num_perm, seed=seed)[0]
    return sigs
