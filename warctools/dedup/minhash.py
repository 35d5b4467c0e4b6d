"""MinHash signatures bit-identical to ``datasketch.MinHash(scheme="affine32")``.

For a shingle set S the stored value for permutation j is
``min over s in S of (a_j * fmix32(shingle_hash(s)) + b_j) mod 2**32`` with ``(a, b)``
drawn exactly as datasketch 2.x draws them from ``numpy.random.RandomState(seed)``;
``datasketch.LeanMinHash(seed=seed, hashvalues=values, scheme="affine32")`` loads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from warctools.dedup._kernel import sketch_kernel
from warctools.dedup.shingles import DEFAULT_SHINGLE_SIZE, char_table, fold_table

__all__ = ["SCHEME", "Sketches", "band_keys", "permutations", "signatures", "sketch_prepared"]

SCHEME = "affine32"


@lru_cache(maxsize=8)
def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``(a, b)`` parameters of ``datasketch.MinHash(num_perm, seed, scheme="affine32")``."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    a.setflags(write=False)
    b.setflags(write=False)
    return a, b


@dataclass
class Sketches:
    """What the kernel returns for a batch of documents (row i = document i)."""

    signatures: np.ndarray  # (n, num_perm) uint32
    text_hash: np.ndarray  # (n,) uint64: hash of the normalised token string
    n_shingles: np.ndarray  # (n,) int32: distinct shingles
    shingles: np.ndarray  # flat uint32, sorted unique per document
    shingle_offsets: np.ndarray  # (n + 1,) int64
    band_keys: np.ndarray  # (n, bands) uint32
    anchors: np.ndarray  # flat uint32, sorted unique per document
    anchor_offsets: np.ndarray  # (n + 1,) int64

    def shingle_set(self, i: int) -> np.ndarray:
        return self.shingles[self.shingle_offsets[i] : self.shingle_offsets[i + 1]]


def sketch_prepared(prepared: Sequence[str], *, num_perm: int = 128, seed: int = 1,
                    shingle_size: int = DEFAULT_SHINGLE_SIZE, bands: int = 1, rows: int = 1,
                    anchor_mod: int = 8, anchor_gap: int = 3, with_sets: bool = True) -> Sketches:
    """Sketch folded texts (:func:`~warctools.dedup.shingles.fold_text`) or, equivalently,
    normalised token strings (:func:`~warctools.dedup.shingles.prepare_text`): NFKC text,
    which the kernel casefolds and tokenises."""
    if bands * rows > num_perm:
        raise ValueError(f"bands*rows ({bands}*{rows}) exceeds num_perm ({num_perm})")
    encoded = [t.encode("utf-8", "surrogatepass") for t in prepared]
    lengths = np.fromiter((len(e) for e in encoded), dtype=np.int64, count=len(encoded))
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    buf = np.frombuffer(b"".join(encoded), dtype=np.uint8) if encoded else np.zeros(0, np.uint8)
    if buf.size == 0:
        buf = np.zeros(1, dtype=np.uint8)
    a, b = permutations(num_perm, seed)
    with np.errstate(over="ignore"):
        out = sketch_kernel(buf, offsets, char_table(), *fold_table(), shingle_size, a, b, rows,
                            bands, anchor_mod, anchor_gap, with_sets)
    return Sketches(*out)


def signatures(prepared: Sequence[str], *, num_perm: int = 128, seed: int = 1,
               shingle_size: int = DEFAULT_SHINGLE_SIZE) -> np.ndarray:
    """MinHash signatures (n, num_perm) uint32 of folded texts / normalised token strings."""
    return sketch_prepared(prepared, num_perm=num_perm, seed=seed, shingle_size=shingle_size,
                           with_sets=False).signatures


def band_keys(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """The kernel's band keys (n, bands) uint32 recomputed from stored signatures."""
    out = np.empty((sigs.shape[0], bands), dtype=np.uint32)
    prime = np.uint64(0x100000001B3)
    for band in range(bands):
        h = np.full(sigs.shape[0], 0xCBF29CE484222325, dtype=np.uint64)
        for j in range(band * rows, band * rows + rows):
            h = (h ^ sigs[:, j].astype(np.uint64)) * prime
        out[:, band] = ((h ^ (h >> np.uint64(32))) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    return out
