"""Stage 3: union-find over verified edges, canonical copy, relation of every member.

Each multi-member component gets a *root*: its canonical copy (``--keep`` policy over the
new documents), or, when it holds documents of an earlier release (``--against``), the
earlier document with the strongest verified edge (ties: smallest id). A breadth-first
walk from the root over verified edges gives each member the article it joined through
(``matched_id``). ``relation``/``similarity`` compare the member with the root when a rule
passes there (exact, near, contained), else they are the joining edge's.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np
import polars as pl

from warctools.dedup._kernel import union_find
from warctools.dedup.canonical import choose_canonical
from warctools.dedup.index import DocIndex
from warctools.dedup.params import DedupParams
from warctools.dedup.store import ShingleStore
from warctools.dedup.verify import CONTAINED, EXACT, NEAR, NONE, decide_arrays

__all__ = ["Assignment", "assign_clusters", "UNIQUE", "CANONICAL", "RELATION_NAMES"]

UNIQUE, CANONICAL = 4, 5
RELATION_NAMES = {UNIQUE: "unique", CANONICAL: "canonical", EXACT: "exact", NEAR: "near",
                  CONTAINED: "contained"}


@dataclass
class Assignment:
    """Per new document (index 0..N-1)."""

    root: np.ndarray  # int64: index of the canonical (or prior) document; self if unique
    relation: np.ndarray  # int8 codes (RELATION_NAMES)
    similarity: np.ndarray  # float32, NaN for canonical/unique
    matched: np.ndarray  # int64 index, -1 for none
    size: np.ndarray  # int32 cluster size


def _bfs_parents(members: list[int], root: int, adj: dict[int, list[tuple[int, int, float]]]
                 ) -> dict[int, tuple[int, int, float]]:
    parent: dict[int, tuple[int, int, float]] = {root: (-1, NONE, float("nan"))}
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for nb, rel, sim in sorted(adj.get(node, ())):
            if nb not in parent:
                parent[nb] = (node, rel, sim)
                queue.append(nb)
    return parent


def _prior_root(members: np.ndarray, index: DocIndex, lo: np.ndarray, hi: np.ndarray,
                sim: np.ndarray, comp_edges: np.ndarray) -> int:
    prior = set(int(m) for m in members if m >= index.n_new)
    best: tuple[float, str, int] | None = None
    for t in comp_edges.tolist():
        for p, other in ((int(lo[t]), int(hi[t])), (int(hi[t]), int(lo[t]))):
            if p in prior and other < index.n_new:
                pid = index.prior_ids[p - index.n_new].as_py()
                cand = (-float(sim[t]), pid, p)
                best = cand if best is None or cand < best else best
    assert best is not None
    return best[2]


def assign_clusters(index: DocIndex, edges: dict[str, np.ndarray], meta: pl.DataFrame,
                    params: DedupParams, store: ShingleStore,
                    labels: np.ndarray | None = None) -> Assignment:
    """``edges``: lo, hi (int64), rel (int8), sim (float32); ``meta`` per new doc (by idx);
    ``labels``: the component of each document (smallest member) when computed elsewhere
    (:mod:`warctools.dedup.components`), else union-find here."""
    n_new, n = index.n_new, index.n_total
    lo, hi, rel, sim = edges["lo"], edges["hi"], edges["rel"], edges["sim"]
    if labels is None:
        labels = union_find(n, lo, hi) if lo.size else np.arange(n)
    out = Assignment(root=np.arange(n_new, dtype=np.int64),
                     relation=np.full(n_new, UNIQUE, np.int8),
                     similarity=np.full(n_new, np.nan, np.float32),
                     matched=np.full(n_new, -1, np.int64), size=np.ones(n_new, np.int32))
    comp_sizes = np.bincount(labels, minlength=n)
    multi = np.flatnonzero(comp_sizes[labels] > 1)
    if multi.size == 0:
        return out
    comp_of = labels[multi]
    new_multi = multi[multi < n_new]
    has_prior = np.zeros(n, dtype=bool)
    has_prior[labels[multi[multi >= n_new]]] = True
    sel = new_multi[~has_prior[labels[new_multi]]]
    cand = pl.DataFrame({"idx": sel, "component": labels[sel].astype(np.int64)}).join(
        meta, on="idx", how="left")
    roots = {int(c): int(i) for c, i in choose_canonical(cand, params.keep).iter_rows()}
    adj: dict[int, list[tuple[int, int, float]]] = {}
    for a, b, r, s in zip(lo.tolist(), hi.tolist(), rel.tolist(), sim.tolist(),
                              strict=True):
        adj.setdefault(a, []).append((b, r, s))
        adj.setdefault(b, []).append((a, r, s))
    order = np.argsort(comp_of, kind="stable")
    bounds = np.flatnonzero(np.diff(comp_of[order])) + 1
    pending: list[tuple[int, int, int, int, float]] = []  # member, root, parent, rel, sim
    edge_comp = labels[lo]
    edge_sorted = np.argsort(edge_comp, kind="stable")
    ec = edge_comp[edge_sorted]
    for seg in np.split(multi[order], bounds):
        comp = int(labels[seg[0]])
        if has_prior[comp]:
            ts = edge_sorted[np.searchsorted(ec, comp):np.searchsorted(ec, comp, "right")]
            root = _prior_root(seg, index, lo, hi, sim, ts)
            size = int(index.prior_size[root - n_new]) + int((seg < n_new).sum())
        else:
            root = roots[comp]
            size = int(seg.size)
        parents = _bfs_parents(seg.tolist(), root, adj)
        for m in seg.tolist():
            if m >= n_new:
                continue
            out.root[m], out.size[m] = root, size
            if m == root:
                out.relation[m] = CANONICAL
                continue
            par, r, s = parents[m]
            pending.append((m, root, par, r, s))
    _relations_vs_root(pending, index, params, store, out)
    return out


def _relations_vs_root(pending: list[tuple[int, int, int, int, float]], index: DocIndex,
                       params: DedupParams, store: ShingleStore, out: Assignment) -> None:
    if not pending:
        return
    arr = np.array([(m, r, p) for m, r, p, _, _ in pending], dtype=np.int64)
    m, root, par = arr[:, 0], arr[:, 1], arr[:, 2]
    edge_rel = np.array([e[3] for e in pending], dtype=np.int8)
    inter = store.intersections(m, root)
    rel, sim, jac, con, _ = decide_arrays(index.nsh[m], index.nsh[root], inter, params,
                                          index.same_host(m, root))
    exact = (index.thash[m] == index.thash[root]) & (index.nsh[m] >= params.min_shingles)
    rel = np.where(exact, EXACT, rel).astype(np.int8)
    sim = np.where(exact, 1.0, sim).astype(np.float32)
    direct = rel != NONE
    fallback_rel = np.where(edge_rel == NONE, NEAR, edge_rel).astype(np.int8)
    out.relation[m] = np.where(direct, rel, fallback_rel)
    fallback_sim = np.where(fallback_rel == CONTAINED, con, jac).astype(np.float32)
    out.similarity[m] = np.where(direct, sim, fallback_sim)
    out.matched[m] = np.where(direct, root, par)
