"""Shingle sets for verification: memory-mapped per-shard files, plus prior documents.

Pairs are verified grouped by (shard of lo, shard of hi): only the two shards' files are
mapped at a time, and unmapped afterwards, so resident memory stays bounded however many
candidates there are. Used by the verify tasks (:mod:`warctools.dedup.verify_stage`) and
by the driver for the few member-to-root checks of the cluster assignment.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from warctools.dedup._kernel import intersect_pairs
from warctools.dedup.sketch_stage import load_work_array

__all__ = ["ShingleStore"]


class ShingleStore:
    def __init__(self, work: Path, shard_starts: np.ndarray, n_new: int) -> None:
        self.work = work
        self.shard_starts = shard_starts
        self.n_new = n_new
        self.prior_flat = np.zeros(0, np.uint32)
        self.prior_off = np.zeros(1, np.int64)
        self.prior_docs = np.zeros(0, np.int64)

    def set_prior(self, doc_ids: np.ndarray, flat: np.ndarray, off: np.ndarray) -> None:
        """Shingle sets of prior documents (global indices ``doc_ids``, ascending), flat +
        offsets."""
        self.prior_flat, self.prior_off = flat, off
        self.prior_docs = np.asarray(doc_ids, dtype=np.int64)

    def _locate(self, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(shard, local row); prior documents are shard -1."""
        shard = np.searchsorted(self.shard_starts, idx, side="right").astype(np.int64) - 1
        local = (idx - self.shard_starts[np.maximum(shard, 0)]).astype(np.int64)
        prior = idx >= self.n_new
        if prior.any():
            shard[prior] = -1
            want = idx[prior]
            pos = np.searchsorted(self.prior_docs, want)
            hit = pos < self.prior_docs.size
            hit[hit] = self.prior_docs[pos[hit]] == want[hit]
            local[prior] = np.where(hit, pos, -1)
        return shard, local

    def _arrays(self, shard: int) -> tuple[np.ndarray, np.ndarray]:
        if shard < 0:
            return self.prior_flat, self.prior_off
        return (load_work_array(self.work, shard, "sh", mmap=True),
                load_work_array(self.work, shard, "shoff", mmap=True))

    def intersections(self, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """|S(lo[t]) & S(hi[t])| for every pair t."""
        out = np.zeros(lo.shape[0], dtype=np.int64)
        if lo.size == 0:
            return out
        s_lo, l_lo = self._locate(lo)
        s_hi, l_hi = self._locate(hi)
        if (l_lo < 0).any() or (l_hi < 0).any():
            raise RuntimeError("a prior document's shingles were not loaded")
        order = np.lexsort((s_hi, s_lo))
        key_lo, key_hi = s_lo[order], s_hi[order]
        change = np.flatnonzero((key_lo[1:] != key_lo[:-1]) | (key_hi[1:] != key_hi[:-1])) + 1
        for seg in np.split(order, change):
            a = self._arrays(int(s_lo[seg[0]]))
            b = self._arrays(int(s_hi[seg[0]]))
            out[seg] = intersect_pairs(a[0], a[1], l_lo[seg], b[0], b[1], l_hi[seg])
            del a, b
        return out
