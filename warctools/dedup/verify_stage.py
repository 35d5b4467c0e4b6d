"""Stage 3 (parallel, one task per pair partition): candidate pairs -> verified edges.

Each :func:`verify_partition` task reads its partition's candidates (``cand-qQQQQ.npy``,
from :func:`warctools.dedup.buckets.pair_partition`), measures the exact shingle-set
intersections (the shard files memory-mapped two at a time, :class:`.ShingleStore`),
applies the merge rules (:func:`warctools.dedup.verify.decide_arrays`) and writes only the
pairs that merge:

* ``edges-qQQQQ.pairs.npy`` (packed ``lo << 32 | hi``, sorted), ``.rel.npy`` (relation
  codes), ``.sim.npy`` (similarity).

What every task reads, written once by the driver (:func:`write_verify_inputs`):
``nsh.npy`` (shingles per document), ``host.npy`` (host code per document, -1 unknown),
``shard_starts.npy``, and for an earlier release's documents ``prior.docs.npy``,
``prior.sh.npy``, ``prior.shoff.npy``. The driver never holds the candidate pairs, only
the verified edges (:func:`gather_edges`), in the same order as one pass over all pairs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from warctools.dedup.arrays import load_array, save_array, split_pairs
from warctools.dedup.index import same_host
from warctools.dedup.params import DedupParams
from warctools.dedup.store import ShingleStore
from warctools.dedup.tasks import VerifyTask
from warctools.dedup.verify import NONE, REASONS, decide_arrays
from warctools.storage import resumable

__all__ = ["gather_edges", "verify_partition", "verify_tasks", "write_verify_inputs"]


def write_verify_inputs(work: Path, nsh: np.ndarray, host: np.ndarray, shard_starts: np.ndarray,
                        prior: tuple[np.ndarray, np.ndarray, np.ndarray] | None) -> None:
    """The per-document arrays the verify tasks map (see module docstring)."""
    save_array(work / "nsh.npy", nsh.astype(np.int64))
    save_array(work / "host.npy", host.astype(np.int32))
    save_array(work / "shard_starts.npy", shard_starts.astype(np.int64))
    docs, flat, off = prior if prior is not None else (
        np.zeros(0, np.int64), np.zeros(0, np.uint32), np.zeros(1, np.int64))
    save_array(work / "prior.docs.npy", docs.astype(np.int64))
    save_array(work / "prior.sh.npy", flat.astype(np.uint32))
    save_array(work / "prior.shoff.npy", off.astype(np.int64))


def verify_tasks(work: Path, partitions: int, n_new: int, params: DedupParams
                 ) -> list[VerifyTask]:
    return [VerifyTask(str(work), q, n_new, params) for q in range(partitions)]


@resumable(lambda task: Path(task.work) / f"verify-q{task.partition:04d}.done.json")
def verify_partition(task: VerifyTask) -> dict[str, Any]:
    """Executor task: verify the candidates of one pair partition (see module docstring)."""
    work, q, params = Path(task.work), task.partition, task.params
    packed = load_array(work / f"cand-q{q:04d}.npy")
    lo, hi = split_pairs(packed)
    store = ShingleStore(work, load_array(work / "shard_starts.npy"), task.n_new)
    prior_docs = load_array(work / "prior.docs.npy")
    if prior_docs.size:
        store.set_prior(prior_docs, load_array(work / "prior.sh.npy", mmap=True),
                        load_array(work / "prior.shoff.npy", mmap=True))
    inter = store.intersections(lo, hi)
    nsh = load_array(work / "nsh.npy", mmap=True)
    host = load_array(work / "host.npy", mmap=True)
    rel, sim, _, _, reason = decide_arrays(nsh[lo], nsh[hi], inter, params,
                                           same_host(host, lo, hi))
    ok = rel != NONE
    name = f"edges-q{q:04d}"
    save_array(work / f"{name}.pairs.npy", packed[ok])
    save_array(work / f"{name}.rel.npy", rel[ok])
    save_array(work / f"{name}.sim.npy", sim[ok])
    rejected = {n: int((reason == code).sum()) for code, n in REASONS.items() if code}
    return {"partition": q, "candidates": int(packed.size), "verified": int(ok.sum()),
            "rejected": rejected}


def gather_edges(work: Path, partitions: int) -> dict[str, np.ndarray]:
    """The verified edges of every partition, ordered by (lo, hi): ``lo``, ``hi``, ``rel``,
    ``sim``."""
    names = [f"edges-q{q:04d}" for q in range(partitions)]
    packed = np.concatenate([load_array(work / f"{n}.pairs.npy") for n in names]) \
        if names else np.zeros(0, np.uint64)
    rel = np.concatenate([load_array(work / f"{n}.rel.npy") for n in names]) \
        if names else np.zeros(0, np.int8)
    sim = np.concatenate([load_array(work / f"{n}.sim.npy") for n in names]) \
        if names else np.zeros(0, np.float64)
    order = np.argsort(packed, kind="stable")
    lo, hi = split_pairs(packed[order])
    return {"lo": lo, "hi": hi, "rel": rel[order], "sim": sim[order]}
