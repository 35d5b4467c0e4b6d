"""The file-based LSH shuffle gives exactly the candidates of the in-memory functions."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.support.lsh import anchor_candidates, band_candidates, gather_candidates
from warctools.config import DedupParams
from warctools.dedup.buckets import (
    bucket_partition,
    pair_partition,
    partition_tasks,
    write_doc_arrays,
    write_partitioned_rows,
)
from warctools.executors import LocalExecutor

PARAMS = DedupParams(lsh_window=4, anchor_max_bucket=6, anchor_min_fraction=0.5)


def _corpus(seed: int, n: int = 600, nbands: int = 5) -> tuple[np.ndarray, list[np.ndarray]]:
    """Band keys with planted shared keys (buckets of 2 to 12 documents, some larger than
    the LSH window) and anchor sets with planted overlaps (some over the bucket cap)."""
    rng = np.random.default_rng(seed)
    bands = rng.integers(0, 2**32, size=(n, nbands), dtype=np.uint64).astype(np.uint32)
    for _ in range(n // 6):
        members = rng.choice(n, size=int(rng.integers(2, 13)), replace=False)
        bands[members, int(rng.integers(nbands))] = rng.integers(0, 2**32, dtype=np.uint64)
    anchors = [np.unique(rng.integers(0, 2**32, size=int(rng.integers(0, 12)), dtype=np.uint64))
               for _ in range(n)]
    for _ in range(n // 5):
        shared = rng.integers(0, 2**32, size=int(rng.integers(1, 6)), dtype=np.uint64)
        for d in rng.choice(n, size=int(rng.integers(2, 9)), replace=False):
            anchors[d] = np.unique(np.concatenate([anchors[d], shared]))
    return bands, [a.astype(np.uint32) for a in anchors]


def _expected(bands: np.ndarray, anchors: list[np.ndarray], eligible: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray]:
    docs = np.flatnonzero(eligible)
    lsh = band_candidates(bands[docs], docs, window=PARAMS.lsh_window)
    counts = np.array([a.size for a in anchors], dtype=np.int64)
    flat = np.concatenate([anchors[d] for d in docs])
    owner = np.repeat(docs, counts[docs])
    anc = anchor_candidates(flat, owner, counts, min_fraction=PARAMS.anchor_min_fraction,
                            max_bucket=PARAMS.anchor_max_bucket)
    return lsh, anc


def _shuffled(work: Path, bands: np.ndarray, anchors: list[np.ndarray], eligible: np.ndarray,
              partitions: int, jobs: int, cuts: list[int]) -> tuple[np.ndarray, dict[str, int]]:
    work.mkdir(parents=True)
    counts = np.array([a.size for a in anchors], dtype=np.int64)
    names = []
    for i, (lo, hi) in enumerate(zip([0, *cuts], [*cuts, len(anchors)], strict=True)):
        flat = np.concatenate(anchors[lo:hi]) if hi > lo else np.zeros(0, np.uint32)
        offsets = np.concatenate(([0], np.cumsum(counts[lo:hi])))
        name = f"{i:05d}" if i < len(cuts) else "prior"  # the driver's extra shard
        write_partitioned_rows(work, name, bands[lo:hi], flat, offsets, lo, partitions)
        names.append(name)
    write_doc_arrays(work, eligible, counts)
    tasks = partition_tasks(work, names, partitions, PARAMS, n_new=len(anchors))
    executor = LocalExecutor(jobs)
    stats = executor.map(bucket_partition, tasks)
    counts = executor.map(pair_partition, tasks)
    assert [s["partition"] for s in stats] == list(range(partitions))
    assert [c["partition"] for c in counts] == list(range(partitions))
    assert not list(work.glob(".*.tmp"))
    totals = {k: sum(int(c[k]) for c in counts) for k in ("lsh", "anchor", "anchor_only",
                                                           "total")}
    return gather_candidates(work, partitions), totals


@pytest.mark.parametrize("seed,partitions,jobs", [(1, 1, 1), (2, 3, 1), (3, 8, 2), (4, 16, 1)])
def test_partitioned_buckets_equal_the_in_memory_candidates(tmp_path: Path, seed: int,
                                                            partitions: int, jobs: int) -> None:
    bands, anchors = _corpus(seed)
    eligible = np.random.default_rng(seed + 100).random(len(anchors)) > 0.1
    lsh, anc = _expected(bands, anchors, eligible)
    assert lsh.size > 50 and anc.size > 20  # the corpus plants real buckets
    got, counts = _shuffled(tmp_path / "w", bands, anchors, eligible, partitions, jobs,
                            cuts=[100, 101, 350])
    np.testing.assert_array_equal(got, np.union1d(lsh, anc))
    assert counts == {"lsh": lsh.size, "anchor": anc.size,
                      "anchor_only": np.setdiff1d(anc, lsh).size, "total": got.size}


def test_ineligible_documents_never_pair(tmp_path: Path) -> None:
    bands, anchors = _corpus(7, n=200)
    eligible = np.ones(200, dtype=bool)
    eligible[::3] = False
    packed, _ = _shuffled(tmp_path / "w", bands, anchors, eligible, 4, 1, cuts=[120])
    lo, hi = (packed >> np.uint64(32)).astype(np.int64), (packed & np.uint64(0xFFFFFFFF))
    assert eligible[lo].all() and eligible[hi.astype(np.int64)].all()
    assert (lo < hi.astype(np.int64)).all()


def test_pairs_of_two_prior_documents_are_dropped(tmp_path: Path) -> None:
    bands, anchors = _corpus(9, n=300)
    eligible = np.ones(300, dtype=bool)
    every, _ = _shuffled(tmp_path / "all", bands, anchors, eligible, 3, 1, cuts=[150])
    work = tmp_path / "prior"
    work.mkdir()
    counts = np.array([a.size for a in anchors], dtype=np.int64)
    for name, (lo, hi) in (("00000", (0, 200)), ("prior", (200, 300))):
        flat = np.concatenate(anchors[lo:hi])
        write_partitioned_rows(work, name, bands[lo:hi], flat,
                               np.concatenate(([0], np.cumsum(counts[lo:hi]))), lo, 3)
    write_doc_arrays(work, eligible, counts)
    tasks = partition_tasks(work, ["00000", "prior"], 3, PARAMS, n_new=200)
    LocalExecutor(1).map(bucket_partition, tasks)
    LocalExecutor(1).map(pair_partition, tasks)
    got = gather_candidates(work, 3)
    lo = (every >> np.uint64(32)).astype(np.int64)
    np.testing.assert_array_equal(got, every[lo < 200])  # lo < hi: both prior iff lo >= 200
    named = np.unique(np.concatenate([np.load(work / f"prior-q{q:04d}.npy") for q in range(3)]))
    hi = (got & np.uint64(0xFFFFFFFF)).astype(np.int64)
    np.testing.assert_array_equal(named, np.unique(hi[hi >= 200]))
