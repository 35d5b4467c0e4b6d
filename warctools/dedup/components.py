"""Connected components of an edge list too large for one process: large-star / small-star.

The algorithm is the alternating one of Kiveris et al., "Connected Components in MapReduce
and Beyond" (SoCC 2014). The graph is undirected; ``Γ(u)`` is the neighbour set of ``u``
and ``Γ⁺(u) = Γ(u) ∪ {u}``. Two rewriting steps alternate, each purely local to one node's
neighbourhood:

* **large-star**: every node ``u`` sees its whole neighbourhood, ``m(u) = min Γ⁺(u)``, and
  every *larger* neighbour ``v > u`` is reattached to ``m(u)``: emit ``(v, m(u))``. Each edge
  is rewritten once, by its smaller endpoint.
* **small-star**: every node ``u`` sees only its smaller neighbours ``S = {v ∈ Γ(u): v < u}``,
  ``m = min(S ∪ {u})``, and all of ``S ∪ {u}`` is attached to ``m``: emit ``(v, m)`` for
  ``v ∈ S ∪ {u}``, ``v ≠ m``. Each edge is seen once, by its larger endpoint.

Both keep the components, never add edges, and the alternation reaches, in O(log² n)
rounds at worst (a few in practice), a graph in which every component is a star centred
on its smallest node. That is tested exactly, at the start of each large-star step, where
every node sees its full neighbourhood: a node is *settled* when it has no smaller
neighbour (a centre) or exactly one neighbour, smaller (a leaf). When every node is
settled, the label of each node is ``min Γ⁺(u)``: the smallest node of its component,
what :func:`warctools.dedup._kernel.union_find` gives. Nodes without edges label themselves.

Why files: the edge list (LSH candidate pairs over a whole crawl) need not fit one
machine. A step is one task per partition of the nodes; a task holds one partition's edges
at a time, sorts them by source node (``np.lexsort``), applies the step with vectorised
group operations, and writes its output split by destination partition. Tasks run through
an executor (local process pool or Ray) and talk only through these files and small return
values (edge counts per destination, the number of unsettled nodes), from which the driver
decides the next step. The driver only ever holds the final label array.

File layout under ``work/`` (names built from integers only; every file is written under
``.NAME.tmp`` and renamed, so a retried task never leaves a half file in place):

* ``step-KKKK/``: the output of step ``K``; step 0 reads the caller's edge files, then
  large-star (odd ``K``) and small-star (even ``K > 0``) steps alternate.
* ``step-KKKK/e-TTTTT-PPPPP.npy``: (k, 2) int64 rows ``(node, neighbour)`` written by task
  ``T`` of step ``K`` for partition ``P`` (``partition(node) == P``), sorted and unique
  within the file. The input of a large-star step holds every edge in both directions
  (each node needs its full neighbourhood); the input of a small-star step holds every
  edge once, keyed by its larger endpoint. A task writes no file for an empty partition.
* ``step-KKKK/labels-PPPPP.npy``: from a large-star task whose partition was settled:
  rows ``(node, label)`` for its nodes with a smaller label; read when all are settled.

A step's folder is removed once the next step has read it, and all at the end (also on
failure). Two calls must not share a ``work`` folder at the same time.

Partitioning is by node, so a component's centre holds the whole component in its
partition near the end: the memory of one task is bounded by the largest component's
edges plus the partition's share of the rest, not by the whole edge list.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from warctools.dedup.arrays import load_array, save_array
from warctools.dedup.tasks import EdgeChunkTask, StarTask

if TYPE_CHECKING:
    from warctools.executors.base import Executor

__all__ = ["CHUNK_ROWS", "star_components"]

CHUNK_ROWS = 1 << 21
"""Rows of an input edge file read by one task of step 0."""

_NODE_MULT = np.uint64(0x9E3779B97F4A7C15)


# -- driver ---------------------------------------------------------------------------------


def star_components(edge_files: Sequence[Path], n: int, work: Path, executor: Executor, *,
                    partitions: int = 16, max_rounds: int = 200,
                    stats: dict[str, int] | None = None) -> np.ndarray:
    """Component label of each of ``n`` nodes (int64 array of length n): the smallest node
    index in its component, exactly what ``warctools.dedup._kernel.union_find(n, lo, hi)``
    returns for the same edges.

    ``edge_files`` are ``.npy`` (m, 2) integer arrays of undirected edges between nodes in
    ``[0, n)`` (self-loops and repeats allowed). ``executor.map`` runs the steps' tasks;
    intermediate files live under ``work`` and are removed before returning. ``stats``,
    when given, receives ``rounds`` (large-star steps run, the last one finding every
    component a star). Raises :class:`RuntimeError` when ``max_rounds`` is not enough.
    """
    if n < 0 or partitions < 1 or max_rounds < 1:
        raise ValueError(f"need n >= 0, partitions >= 1, max_rounds >= 1 "
                         f"(got {n}, {partitions}, {max_rounds})")
    work = Path(work)
    created = not work.exists()
    work.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    try:
        return _alternate(edge_files, n, work, executor, partitions, max_rounds, made,
                          stats if stats is not None else {})
    finally:
        for folder in made:
            shutil.rmtree(folder, ignore_errors=True)
        if created:
            try:
                work.rmdir()
            except OSError:
                pass  # something else was put there meanwhile: leave it


def _alternate(edge_files: Sequence[Path], n: int, work: Path, executor: Executor,
               partitions: int, max_rounds: int, made: list[Path],
               stats: dict[str, int]) -> np.ndarray:
    """Step 0, then large-star / small-star rounds until every component is a star."""
    stats["rounds"] = 0
    chunks = _input_chunks(edge_files)
    out = _step_folder(work, 0, made)
    tasks = [EdgeChunkTask(str(path), start, stop, n, str(out), i, partitions)
             for i, (path, start, stop) in enumerate(chunks)]
    counts = [r["counts"] for r in executor.map(read_input_task, tasks)]
    if not any(sum(c) for c in counts):
        return np.arange(n, dtype=np.int64)
    step = 0
    for rnd in range(1, max_rounds + 1):
        stats["rounds"] = rnd
        step, results = _run_step(work, step, counts, executor, large_star_task, made)
        if sum(r["unsettled"] for r in results) == 0:
            return _gather_labels(work / _step_name(step), n, results)
        counts = [r["counts"] for r in results]
        step, results = _run_step(work, step, counts, executor, small_star_task, made)
        counts = [r["counts"] for r in results]
    raise RuntimeError(f"connected components: not converged after {max_rounds} rounds of "
                       "large-star / small-star")


def _run_step(work: Path, step: int, counts: list[list[int]], executor: Executor, fn: Any,
              made: list[Path]) -> tuple[int, list[dict[str, Any]]]:
    """One task per partition reading step ``step``'s files; removes them afterwards."""
    src = work / _step_name(step)
    out = _step_folder(work, step + 1, made)
    partitions = len(counts[0])
    tasks = [StarTask(str(src), tuple(t for t, c in enumerate(counts) if c[p]), p, str(out), p,
                      partitions) for p in range(partitions)]
    results = executor.map(fn, tasks)
    shutil.rmtree(src, ignore_errors=True)
    return step + 1, results


def _input_chunks(edge_files: Sequence[Path]) -> list[tuple[Path, int, int]]:
    """(file, start row, stop row) slices of at most ``CHUNK_ROWS`` rows of every
    non-empty edge file (only the headers are read here)."""
    chunks: list[tuple[Path, int, int]] = []
    for path in edge_files:
        arr = load_array(path, mmap=True)
        if arr.ndim != 2 or arr.shape[1] != 2 or arr.dtype.kind not in "iu":
            raise ValueError(f"{path}: edges must be an (m, 2) integer array, "
                             f"not {arr.dtype} {arr.shape}")
        rows = arr.shape[0]
        del arr
        chunks.extend((Path(path), s, min(s + CHUNK_ROWS, rows))
                      for s in range(0, rows, CHUNK_ROWS))
    return chunks


def _gather_labels(folder: Path, n: int, results: list[dict[str, Any]]) -> np.ndarray:
    labels = np.arange(n, dtype=np.int64)
    for p, result in enumerate(results):
        if result["labels"]:
            rows = load_array(folder / _labels_name(p))
            labels[rows[:, 0]] = rows[:, 1]
    return labels


def _step_name(step: int) -> str:
    return f"step-{step:04d}"


def _edges_name(task: int, part: int) -> str:
    return f"e-{task:05d}-{part:05d}.npy"


def _labels_name(part: int) -> str:
    return f"labels-{part:05d}.npy"


def _step_folder(work: Path, step: int, made: list[Path]) -> Path:
    """A fresh, empty ``step-KKKK`` folder (a crashed earlier run's is cleared)."""
    folder = work / _step_name(step)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    made.append(folder)
    return folder


# -- tasks (module level: they run in other processes) --------------------------------------


def read_input_task(task: EdgeChunkTask) -> dict[str, Any]:
    """Step 0: rows ``[start, stop)`` of one edge file, checked, without self-loops, into
    the first large-star step's files (both directions)."""
    arr = load_array(Path(task.path), mmap=True)
    block = np.asarray(arr[task.start:task.stop], dtype=np.int64)
    del arr
    a, b = block[:, 0], block[:, 1]
    n = task.n
    if block.size and (min(a.min(), b.min()) < 0 or max(a.max(), b.max()) >= n):
        raise ValueError(f"{task.path}: an edge has a node outside [0, {n})")
    keep = a != b
    hi, lo = _unique_rows(np.maximum(a[keep], b[keep]), np.minimum(a[keep], b[keep]))
    counts = _write_both_ways(Path(task.out), task.index, hi, lo, task.partitions)
    return {"counts": counts}


def large_star_task(task: StarTask) -> dict[str, Any]:
    """Large-star over one partition's full neighbourhoods: ``(v, m(u))`` for ``v > u``.

    Also counts the unsettled nodes (neither a star centre nor a leaf) and, when there are
    none, writes the partition's labels."""
    u, v = _read_partition(task)
    partitions = task.partitions
    if u.size == 0:
        return {"counts": [0] * partitions, "unsettled": 0, "labels": 0}
    starts, sizes = _groups(u)
    nodes, first = u[starts], v[starts]  # v is sorted within each node: first = min Γ(u)
    m_node = np.minimum(nodes, first)
    m_row = np.repeat(m_node, sizes)
    unsettled = int(np.count_nonzero((first < nodes) & (sizes > 1)))
    labels = 0
    if unsettled == 0:
        leaf = first < nodes
        labels = int(np.count_nonzero(leaf))
        if labels:
            _save(Path(task.out) / _labels_name(task.part),
                  np.column_stack((nodes[leaf], first[leaf])))
    up = v > u
    key, val = _unique_rows(v[up], m_row[up])  # key > val: keyed by the larger endpoint
    counts = _write_split(Path(task.out), task.index, key, val, partitions)
    return {"counts": counts, "unsettled": unsettled, "labels": labels}


def small_star_task(task: StarTask) -> dict[str, Any]:
    """Small-star over one partition's edges, each keyed by its larger endpoint ``u``:
    ``S ∪ {u}`` attached to ``m = min S``; written both ways for the next large-star."""
    u, v = _read_partition(task)
    partitions = task.partitions
    if u.size == 0:
        return {"counts": [0] * partitions}
    starts, sizes = _groups(u)
    nodes, m_node = u[starts], v[starts]  # every v < u, sorted: v[start] = min S < u
    m_row = np.repeat(m_node, sizes)
    rest = v != m_row
    hi, lo = _unique_rows(np.concatenate((v[rest], nodes)), np.concatenate((m_row[rest], m_node)))
    counts = _write_both_ways(Path(task.out), task.index, hi, lo, partitions)
    return {"counts": counts}


# -- array helpers --------------------------------------------------------------------------


def _partition_of(nodes: np.ndarray, partitions: int) -> np.ndarray:
    """Partition (int64) of each node: the high bits of a multiplicative hash."""
    with np.errstate(over="ignore"):
        h = nodes.astype(np.uint64) * _NODE_MULT
    return ((h >> np.uint64(32)) % np.uint64(partitions)).astype(np.int64)


def _unique_rows(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct pairs ``(a[i], b[i])``, sorted by ``a`` then ``b``."""
    order = np.lexsort((b, a))
    a, b = a[order], b[order]
    if a.size:
        keep = np.empty(a.size, dtype=bool)
        keep[0] = True
        np.not_equal(a[1:], a[:-1], out=keep[1:])
        keep[1:] |= b[1:] != b[:-1]
        a, b = a[keep], b[keep]
    return a, b


def _groups(sorted_keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start index and length of each run of equal values in a sorted non-empty array."""
    change = np.flatnonzero(sorted_keys[1:] != sorted_keys[:-1]) + 1
    starts = np.concatenate(([0], change))
    sizes = np.diff(np.concatenate((starts, [sorted_keys.size])))
    return starts, sizes


def _read_partition(task: StarTask) -> tuple[np.ndarray, np.ndarray]:
    """Every row the previous step wrote for partition ``part``: sorted, distinct."""
    src, part = Path(task.src), task.part
    paths = [src / _edges_name(t, part) for t in task.sources]
    blocks = [load_array(path) for path in paths]
    if not blocks:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    rows = np.concatenate(blocks) if len(blocks) > 1 else blocks[0]
    del blocks
    return _unique_rows(rows[:, 0], rows[:, 1])


def _write_both_ways(out: Path, index: int, hi: np.ndarray, lo: np.ndarray,
                     partitions: int) -> list[int]:
    """Edges ``hi > lo`` as rows ``(hi, lo)`` and ``(lo, hi)``: a large-star step's input."""
    return _write_split(out, index, np.concatenate((hi, lo)), np.concatenate((lo, hi)),
                        partitions)


def _write_split(out: Path, index: int, key: np.ndarray, val: np.ndarray,
                 partitions: int) -> list[int]:
    """Rows ``(key, val)`` into one file per non-empty partition of ``key``; the row count
    of each partition (0: no file)."""
    part = _partition_of(key, partitions)
    order = np.argsort(part, kind="stable")
    counts = np.bincount(part, minlength=partitions)
    rows = np.column_stack((key[order], val[order]))
    ends = np.cumsum(counts)
    for p in np.flatnonzero(counts):
        _save(out / _edges_name(index, int(p)), rows[ends[p] - counts[p]:ends[p]])
    return [int(c) for c in counts]


def _save(path: Path, arr: np.ndarray) -> None:
    save_array(path, np.ascontiguousarray(arr, dtype=np.int64))
