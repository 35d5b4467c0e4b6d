"""Stage 2 (parallel): the file-based LSH shuffle, from band keys to candidate pairs.

No process ever holds every document's band keys. Each sketch task (one per article
shard) already splits its rows by partition; a bucket task then sees one partition of
every shard, and a bucket (documents sharing a key) never spans two partitions:

* ``rows-lsh-sSSSSS-pPPPP.npy``: (k, 2) uint64 rows ``(band << 32 | key, doc)``, the
  partition being a hash of ``(band, key)``; ``rows-anc-...``: ``(anchor, doc)`` rows,
  partitioned by the anchor. ``doc`` is the global document number (input order).
  An earlier release's documents (``--against``) are written by the driver under the
  shard name ``prior`` (``rows-lsh-prior-pPPPP.npy``).
* The driver writes ``eligible.npy`` (bool per document: an exact-group representative
  with enough shingles) and ``anchor_counts.npy`` (anchors per document).
* :func:`bucket_partition`, one task per partition: LSH pairs of each band's buckets, unique
  within the partition and split by a hash of the pair (``candl-pPPPP-qQQQQ.npy``, packed
  ``lo << 32 | hi``), because one pair can share keys in several bands, hence partitions;
  and, for the containment route, the anchors each pair shares *in this partition*, split
  the same way (``ancpc-pPPPP-qQQQQ.npy``: rows ``(pair, count)``), because a pair's
  anchors are spread over many partitions;
* :func:`pair_partition`, one task per pair partition ``q``: the unique LSH pairs of ``q``,
  and the anchor pairs of ``q`` sharing ``max(2, anchor_min_fraction x anchors of the
  poorer document)`` anchors; their union, less the pairs of two earlier-release
  documents, is ``q``'s candidates (``cand-qQQQQ.npy``), verified next by
  :mod:`warctools.dedup.verify_stage`. The earlier-release documents they name go to
  ``prior-qQQQQ.npy`` (the driver loads their shingle sets before verification).

A pair lands in exactly one pair partition, so the union over all partitions is exactly
what the in-memory functions of :mod:`warctools.dedup.lsh` give over all documents at
once (tested), whatever the number of partitions, and no process ever holds every
candidate. Files are written under a temporary name and renamed; names are built from
integers only. Each task writes its completion marker last
(:func:`warctools.storage.resumable`), so ``--resume`` skips the finished ones.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from warctools.dedup.arrays import load_array, save_array, split_pairs
from warctools.dedup.lsh import bucket_pairs, shares_enough
from warctools.dedup.params import DedupParams
from warctools.dedup.tasks import PartitionTask
from warctools.storage import resumable

__all__ = ["bucket_partition", "pair_partition", "partition_tasks",
           "write_doc_arrays", "write_partitioned_rows"]

_BAND_MULT = np.uint64(0xC2B2AE3D27D4EB4F)
_KEY_MULT = np.uint64(0x9E3779B97F4A7C15)
_PAIR_MULT = np.uint64(0xD6E8FEB86659FD93)


_NO_SALT = np.uint64(0)


def _partition(values: np.ndarray, partitions: int, salt: np.ndarray | np.uint64 = _NO_SALT
               ) -> np.ndarray:
    """Partition (uint16, so a stable sort by it is a radix sort) of each uint64 value: the
    high bits of a multiplicative hash."""
    with np.errstate(over="ignore"):
        h = values.astype(np.uint64) * _KEY_MULT + salt * _BAND_MULT
    return ((h >> np.uint64(40)) % np.uint64(partitions)).astype(np.uint16)


def _split_by_partition(work: Path, prefix: str, rows: np.ndarray, part: np.ndarray,
                        partitions: int, tag: str = "p") -> None:
    order = np.argsort(part, kind="stable")
    rows = rows[order]
    bounds = np.concatenate(([0], np.cumsum(np.bincount(part, minlength=partitions))))
    for p in range(partitions):
        save_array(work / f"{prefix}-{tag}{p:04d}.npy", rows[bounds[p]:bounds[p + 1]])


def write_partitioned_rows(work: Path, shard: str, band_keys: np.ndarray, anchors: np.ndarray,
                           anchor_offsets: np.ndarray, first_doc: int, partitions: int) -> None:
    """Split one shard's band keys (n, bands) and anchors (flat + offsets) into partition
    files; ``first_doc`` is the global number of the shard's first document."""
    n, nbands = band_keys.shape
    docs = np.arange(first_doc, first_doc + n, dtype=np.uint64)
    band = np.repeat(np.arange(nbands, dtype=np.uint64)[None, :], n, axis=0).ravel()
    keys = band_keys.astype(np.uint64).ravel()
    lsh = np.stack([(band << np.uint64(32)) | keys, np.repeat(docs, nbands)], axis=1)
    _split_by_partition(work, f"rows-lsh-s{shard}", lsh, _partition(keys, partitions, band),
                        partitions)
    anc_docs = np.repeat(docs, np.diff(anchor_offsets))
    anc = np.stack([anchors.astype(np.uint64), anc_docs], axis=1)
    _split_by_partition(work, f"rows-anc-s{shard}", anc, _partition(anc[:, 0], partitions),
                        partitions)


def write_doc_arrays(work: Path, eligible: np.ndarray, anchor_counts: np.ndarray) -> None:
    """What every bucket task reads: which documents may pair, and their anchor counts."""
    save_array(work / "eligible.npy", eligible.astype(bool))
    save_array(work / "anchor_counts.npy", anchor_counts.astype(np.int64))


def partition_tasks(work: Path, shards: list[str], partitions: int,
                    params: DedupParams, n_new: int) -> list[PartitionTask]:
    """One task per partition; ``n_new``: documents of this run (the rest are prior)."""
    return [PartitionTask(str(work), tuple(shards), p, partitions, params, n_new)
            for p in range(partitions)]


def _rows(work: Path, kind: str, shards: tuple[str, ...], p: int,
          eligible: np.ndarray) -> np.ndarray:
    parts = [load_array(work / f"rows-{kind}-s{s}-p{p:04d}.npy") for s in shards]
    rows = np.concatenate(parts) if parts else np.zeros((0, 2), np.uint64)
    return rows[eligible[rows[:, 1].astype(np.int64)]]


@resumable(lambda task: Path(task.work) / f"bucket-p{task.partition:04d}.done.json")
def bucket_partition(task: PartitionTask) -> dict[str, int]:
    """Executor task: LSH and anchor buckets of one partition (see module docstring)."""
    work, p, partitions = Path(task.work), task.partition, task.partitions
    params = task.params
    eligible = load_array(work / "eligible.npy", mmap=True)
    lsh = _rows(work, "lsh", task.shards, p, eligible)
    band = (lsh[:, 0] >> np.uint64(32)).astype(np.int64)
    found = []
    for b in np.unique(band).tolist():
        rows = lsh[band == b]
        found.append(bucket_pairs(rows[:, 0].astype(np.uint32), rows[:, 1].astype(np.uint32),
                                  window=params.lsh_window))
    cand = np.unique(np.concatenate(found)) if found else np.zeros(0, np.uint64)
    _split_by_partition(work, f"candl-p{p:04d}", cand, _partition(cand, partitions, _PAIR_MULT),
                        partitions, tag="q")
    anc = _rows(work, "anc", task.shards, p, eligible)
    max_bucket = params.anchor_max_bucket
    pairs = bucket_pairs(anc[:, 0].astype(np.uint32), anc[:, 1].astype(np.uint32),
                         window=max_bucket, max_bucket=max_bucket)
    uniq, shared = np.unique(pairs, return_counts=True)
    counted = np.stack([uniq, shared.astype(np.uint64)], axis=1)
    _split_by_partition(work, f"ancpc-p{p:04d}", counted,
                        _partition(uniq, partitions, _PAIR_MULT), partitions, tag="q")
    return {"partition": p, "lsh": int(cand.size), "anchor_pairs": int(uniq.size)}


@resumable(lambda task: Path(task.work) / f"pairs-q{task.partition:04d}.done.json")
def pair_partition(task: PartitionTask) -> dict[str, int]:
    """Executor task: the candidates of one pair partition (see module docstring)."""
    work, q, partitions = Path(task.work), task.partition, task.partitions
    lsh = _union([load_array(work / f"candl-p{p:04d}-q{q:04d}.npy") for p in range(partitions)])
    parts = [load_array(work / f"ancpc-p{p:04d}-q{q:04d}.npy") for p in range(partitions)]
    rows = np.concatenate(parts) if parts else np.zeros((0, 2), np.uint64)
    uniq, inverse = np.unique(rows[:, 0], return_inverse=True)
    shared = np.bincount(inverse.ravel(), weights=rows[:, 1].astype(np.float64),
                         minlength=uniq.size)
    counts = load_array(work / "anchor_counts.npy", mmap=True)
    anc = uniq[shares_enough(uniq, shared, counts, task.params.anchor_min_fraction)]
    both = np.union1d(lsh, anc)
    lo, hi = split_pairs(both)
    n_new = task.n_new
    keep = ~((lo >= n_new) & (hi >= n_new))
    save_array(work / f"cand-q{q:04d}.npy", both[keep])
    prior = np.unique(np.concatenate([lo[keep], hi[keep]]))
    save_array(work / f"prior-q{q:04d}.npy", prior[prior >= n_new])
    return {"partition": q, "lsh": int(lsh.size), "anchor": int(anc.size),
            "anchor_only": int(np.setdiff1d(anc, lsh, assume_unique=True).size),
            "total": int(keep.sum())}


def _union(parts: list[np.ndarray]) -> np.ndarray:
    return np.unique(np.concatenate(parts)) if parts else np.zeros(0, np.uint64)
