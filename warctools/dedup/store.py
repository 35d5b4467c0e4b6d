"""Shingle sets for verification: memory-mapped per-shard files, plus prior documents.

Pairs are verified grouped by (shard of lo, shard of hi): only the two shards' files are
mapped at a time, and unmapped afterwards, so resident memory stays bounded however many
candidates there are. Given an executor, the candidate pairs are verified by tasks, one
per shard of their first document (:func:`verify_shard`): the driver writes each task's
pairs (``verify-TTTTT.pairs.npy``: local row, shard and local row of the other document)
and reads back the intersection sizes (``verify-TTTTT.inter.npy``); a prior release's
shingle sets travel as ``prior.sh.npy`` / ``prior.shoff.npy``. A task's marker records a
digest of its pairs, so ``--resume`` skips it only for the same pairs.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import numpy as np

from warctools.dedup._kernel import intersect_pairs
from warctools.dedup.arrays import load_array, save_array
from warctools.dedup.markers import resumable
from warctools.dedup.sketch_stage import load_work_array

__all__ = ["ShingleStore", "verify_shard"]


def _shard_arrays(work: Path, shard: int) -> tuple[np.ndarray, np.ndarray]:
    if shard < 0:
        return (load_array(work / "prior.sh.npy", mmap=True),
                load_array(work / "prior.shoff.npy", mmap=True))
    return (load_work_array(work, shard, "sh", mmap=True),
            load_work_array(work, shard, "shoff", mmap=True))


@resumable(lambda task: f"verify-{int(task['task']):05d}.done.json")
def verify_shard(task: dict[str, Any]) -> dict[str, int]:
    """Executor task: intersection sizes of the candidate pairs whose first document is in
    shard ``task["shard"]``, mapping the other shards one at a time."""
    work, shard, t = Path(task["work"]), int(task["shard"]), int(task["task"])
    pairs = load_array(work / f"verify-{t:05d}.pairs.npy")
    out = np.zeros(pairs.shape[0], dtype=np.int64)
    a = _shard_arrays(work, shard)
    for other in np.unique(pairs[:, 1]).tolist():
        seg = np.flatnonzero(pairs[:, 1] == other)
        b = _shard_arrays(work, int(other))
        out[seg] = intersect_pairs(a[0], a[1], pairs[seg, 0], b[0], b[1], pairs[seg, 2])
        del b
    save_array(work / f"verify-{t:05d}.inter.npy", out)
    return {"task": t, "pairs": int(pairs.shape[0])}


class ShingleStore:
    def __init__(self, work: Path, shard_starts: np.ndarray, n_new: int) -> None:
        self.work = work
        self.shard_starts = shard_starts
        self.n_new = n_new
        self.prior_flat = np.zeros(0, np.uint32)
        self.prior_off = np.zeros(1, np.int64)
        self.prior_pos: dict[int, int] = {}

    def set_prior(self, doc_ids: np.ndarray, flat: np.ndarray, off: np.ndarray) -> None:
        """Shingle sets of prior documents (global indices ``doc_ids``), flat + offsets."""
        self.prior_flat, self.prior_off = flat, off
        self.prior_pos = {int(d): i for i, d in enumerate(doc_ids)}

    def _locate(self, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(shard, local row); prior documents are shard -1."""
        shard = np.searchsorted(self.shard_starts, idx, side="right").astype(np.int64) - 1
        local = (idx - self.shard_starts[np.maximum(shard, 0)]).astype(np.int64)
        prior = idx >= self.n_new
        if prior.any():
            shard[prior] = -1
            local[prior] = [self.prior_pos.get(int(i), -1) for i in idx[prior]]
        return shard, local

    def _arrays(self, shard: int) -> tuple[np.ndarray, np.ndarray]:
        if shard < 0:
            return self.prior_flat, self.prior_off
        return (load_work_array(self.work, shard, "sh", mmap=True),
                load_work_array(self.work, shard, "shoff", mmap=True))

    def intersections(self, lo: np.ndarray, hi: np.ndarray, executor: Any = None
                      ) -> np.ndarray:
        """|S(lo[t]) & S(hi[t])| for every pair t; by executor tasks when one is given."""
        out = np.zeros(lo.shape[0], dtype=np.int64)
        if lo.size == 0:
            return out
        s_lo, l_lo = self._locate(lo)
        s_hi, l_hi = self._locate(hi)
        if (l_lo < 0).any() or (l_hi < 0).any():
            raise RuntimeError("a prior document's shingles were not loaded")
        if executor is not None:
            return self._by_tasks(executor, s_lo, l_lo, s_hi, l_hi)
        order = np.lexsort((s_hi, s_lo))
        key_lo, key_hi = s_lo[order], s_hi[order]
        change = np.flatnonzero((key_lo[1:] != key_lo[:-1]) | (key_hi[1:] != key_hi[:-1])) + 1
        for seg in np.split(order, change):
            a = self._arrays(int(s_lo[seg[0]]))
            b = self._arrays(int(s_hi[seg[0]]))
            out[seg] = intersect_pairs(a[0], a[1], l_lo[seg], b[0], b[1], l_hi[seg])
            del a, b
        return out

    def _by_tasks(self, executor: Any, s_lo: np.ndarray, l_lo: np.ndarray, s_hi: np.ndarray,
                  l_hi: np.ndarray) -> np.ndarray:
        if (s_lo < 0).any() or (s_hi < 0).any():
            save_array(self.work / "prior.sh.npy", self.prior_flat)
            save_array(self.work / "prior.shoff.npy", self.prior_off)
        out = np.zeros(s_lo.shape[0], dtype=np.int64)
        groups, tasks = [], []
        for t, shard in enumerate(np.unique(s_lo).tolist()):
            sel = np.flatnonzero(s_lo == shard)
            pairs = np.ascontiguousarray(
                np.stack([l_lo[sel], s_hi[sel], l_hi[sel]], axis=1).astype(np.int64))
            save_array(self.work / f"verify-{t:05d}.pairs.npy", pairs)
            groups.append(sel)
            tasks.append({"work": str(self.work), "shard": int(shard), "task": t,
                          "pairs": hashlib.blake2b(pairs.data, digest_size=16).hexdigest()})
        executor.map(verify_shard, tasks)
        for t, sel in enumerate(groups):
            out[sel] = load_array(self.work / f"verify-{t:05d}.inter.npy")
        return out
