"""The driver's index (a few integers per document) and candidate generation.

Documents are numbered 0..N-1 in input order; with ``--against`` the earlier release's
articles follow as N..N+M-1 ("prior" documents). Held per document: text hash, shingle
count, anchor count and host; never texts, never signatures, never the band keys of this
run's documents (they stay in the sketch tasks' partition files; see
:mod:`warctools.dedup.buckets`). A prior release's band keys and anchors are held until
they are written out as one more shard of partition files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa

from warctools.dedup.params import DedupParams
from warctools.dedup.sketch_stage import load_work_array
from warctools.dedup.tasks import Shard

if TYPE_CHECKING:
    from warctools.executors.base import Executor

__all__ = ["DocIndex", "exact_groups", "candidate_stage", "same_host"]


@dataclass
class DocIndex:
    n_new: int
    shard_starts: np.ndarray  # first doc of each shard (new docs), int64
    thash: np.ndarray  # uint64 (N+M)
    nsh: np.ndarray  # int32 (N+M)
    anc_counts: np.ndarray  # int64 (N+M): anchors per document
    bands: np.ndarray  # uint32 (M, bands): prior documents only
    anc: np.ndarray  # uint32 flat: prior documents' anchors only
    prior_ids: pa.Array = field(default_factory=lambda: pa.array([], pa.string()))
    prior_cluster: pa.Array = field(default_factory=lambda: pa.array([], pa.string()))
    prior_size: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    prior_host: pa.Array = field(default_factory=lambda: pa.array([], pa.string()))
    host_code: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    barred: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    """New documents that must never merge (mostly template, docs/templates.md)."""

    def may_merge(self, params: DedupParams) -> np.ndarray:
        """Long enough (``min_shingles``) and not barred, for every document."""
        ok = self.nsh >= params.min_shingles
        ok[: self.barred.size] &= ~self.barred
        return ok

    def set_hosts(self, new_hosts: pa.Array) -> None:
        """Host codes of all documents: ``new_hosts`` (one per new document, input order)
        then the prior documents' (-1: unknown)."""
        import polars as pl

        hosts = pl.Series(pa.concat_arrays([new_hosts.cast(pa.string()), self.prior_host]))
        self.host_code = hosts.cast(pl.Categorical).to_physical().cast(pl.Int64) \
            .fill_null(-1).to_numpy().astype(np.int32)

    def host_codes(self) -> np.ndarray:
        """Host code of every document, new and prior (-1: unknown)."""
        codes = np.full(self.n_total, -1, np.int32)
        codes[: self.host_code.size] = self.host_code
        return codes

    def same_host(self, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """Both documents on one known host (new or prior documents alike)."""
        return same_host(self.host_codes(), lo, hi)

    @property
    def n_total(self) -> int:
        return int(self.nsh.shape[0])

    @classmethod
    def load(cls, work: Path, shards: list[Shard], params: DedupParams) -> DocIndex:
        thash, nsh, anc_counts = [], [], []
        for span in shards:
            s = span.shard
            thash.append(load_work_array(work, s, "thash"))
            nsh.append(load_work_array(work, s, "nsh"))
            anc_counts.append(np.diff(load_work_array(work, s, "ancoff")))
        starts = np.array([span.start for span in shards], dtype=np.int64)
        return cls(
            n_new=sum(span.rows for span in shards),
            shard_starts=starts,
            thash=np.concatenate(thash) if thash else np.zeros(0, np.uint64),
            nsh=np.concatenate(nsh) if nsh else np.zeros(0, np.int32),
            anc_counts=np.concatenate(anc_counts).astype(np.int64) if anc_counts
            else np.zeros(0, np.int64),
            bands=np.zeros((0, params.band_rows[0]), np.uint32),
            anc=np.zeros(0, np.uint32),
        )

    def add_prior(self, ids: pa.Array, bands: np.ndarray, nsh: np.ndarray, thash: np.ndarray,
                  anc_flat: np.ndarray, anc_counts: np.ndarray, clusters: pa.Array,
                  sizes: np.ndarray, hosts: pa.Array | None = None) -> None:
        """Append an earlier release's documents (their stored sketches) to the index."""
        self.bands = np.concatenate([self.bands, bands])
        self.thash = np.concatenate([self.thash, thash.astype(np.uint64)])
        self.nsh = np.concatenate([self.nsh, nsh.astype(np.int32)])
        self.anc = np.concatenate([self.anc, anc_flat.astype(np.uint32)])
        self.anc_counts = np.concatenate([self.anc_counts, anc_counts.astype(np.int64)])
        self.prior_ids = pa.concat_arrays([self.prior_ids, ids.cast(pa.string())])
        self.prior_cluster = pa.concat_arrays([self.prior_cluster, clusters.cast(pa.string())])
        self.prior_size = np.concatenate([self.prior_size, sizes.astype(np.int32)])
        hosts = pa.nulls(len(ids), pa.string()) if hosts is None else hosts.cast(pa.string())
        self.prior_host = pa.concat_arrays([self.prior_host, hosts])

    def is_prior(self, idx: np.ndarray) -> np.ndarray:
        return idx >= self.n_new


def same_host(codes: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Pairs whose documents have one known host code (``codes``: -1 for unknown)."""
    return (codes[lo] == codes[hi]) & (codes[lo] >= 0)


def exact_groups(index: DocIndex, params: DedupParams) -> tuple[np.ndarray, np.ndarray]:
    """Exact-duplicate edges (member, representative) and the representative mask.

    Documents under ``min_shingles`` (or barred) never merge and are their own
    representatives.
    """
    n = index.n_total
    order = np.lexsort((np.arange(n), index.thash))
    h = index.thash[order]
    eligible = index.may_merge(params)[order]
    order_e, h_e = order[eligible], h[eligible]
    first = np.concatenate(([True], h_e[1:] != h_e[:-1])) if h_e.size else np.zeros(0, bool)
    group_start = np.maximum.accumulate(np.where(first, np.arange(h_e.size), 0))
    rep = order_e[group_start]
    member = order_e
    is_rep = np.ones(n, dtype=bool)
    is_rep[member[~first]] = False
    dup = ~first
    lo, hi = member[dup], rep[dup]
    both_prior = index.is_prior(lo) & index.is_prior(hi)
    return np.stack([lo[~both_prior], hi[~both_prior]]), is_rep


def candidate_stage(index: DocIndex, is_rep: np.ndarray, params: DedupParams, work: Path,
                    shards: list[int], executor: Executor) -> tuple[dict[str, int], np.ndarray]:
    """Run the bucket and pair tasks (:mod:`warctools.dedup.buckets`) over the partition
    files of ``shards`` (and of the prior documents): each pair partition's candidates go
    to ``cand-qQQQQ.npy``. Returns the candidate counts and the prior documents they name."""
    from warctools.dedup.arrays import load_array
    from warctools.dedup.buckets import (
        bucket_partition,
        pair_partition,
        partition_tasks,
        write_doc_arrays,
        write_partitioned_rows,
    )

    write_doc_arrays(work, is_rep & index.may_merge(params), index.anc_counts)
    names = [f"{s:05d}" for s in shards]
    if index.n_total > index.n_new:
        prior_counts = index.anc_counts[index.n_new:]
        write_partitioned_rows(work, "prior", index.bands, index.anc,
                               np.concatenate(([0], np.cumsum(prior_counts))), index.n_new,
                               params.partitions)
        names.append("prior")
    tasks = partition_tasks(work, names, params.partitions, params, index.n_new)
    executor.map(bucket_partition, tasks)
    stats = {"lsh": 0, "anchor": 0, "anchor_only": 0, "total": 0}
    for result in executor.map(pair_partition, tasks):
        for key in stats:
            stats[key] += int(result[key])
    prior = [load_array(work / f"prior-q{q:04d}.npy") for q in range(params.partitions)]
    return stats, np.unique(np.concatenate(prior)) if prior else np.zeros(0, np.int64)
