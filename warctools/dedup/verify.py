"""Verification: exact Jaccard / containment on shingle sets, and the merge rules.

A candidate pair (shingle sets A, B with |A| <= |B|, I = |A & B|) merges when

* ``near``: the shorter has at least ``min_shingles`` and J = I / |A | B| >= ``threshold``;
* ``contained``: otherwise, C = I / |A| >= ``containment``, |A| >= ``containment_min_shingles``
  and J >= ``jaccard_floor`` (``same_site_jaccard_floor`` when both pages are on the same
  host: pages of one site share its template, which inflates containment).

Exact duplicates (equal normalised token strings) are decided before, by hash.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from warctools.dedup.params import DedupParams

__all__ = ["NONE", "EXACT", "NEAR", "CONTAINED", "RELATIONS", "REASONS", "Decision",
           "decide", "decide_arrays"]

NONE, EXACT, NEAR, CONTAINED = 0, 1, 2, 3
RELATIONS = {EXACT: "exact", NEAR: "near", CONTAINED: "contained"}
REASONS = {
    0: "merged",
    1: "too_short",  # shorter text under min_shingles
    2: "below_thresholds",  # Jaccard < threshold and containment < containment
    3: "containment_too_short",  # contained, but shorter under containment_min_shingles
    4: "jaccard_floor",  # contained, but Jaccard under jaccard_floor
    5: "same_site_floor",  # contained, same host, Jaccard under same_site_jaccard_floor
}


@dataclass(frozen=True)
class Decision:
    relation: int
    similarity: float
    jaccard: float
    containment: float  # of the shorter set in the longer
    reason: int

    @property
    def merged(self) -> bool:
        return self.relation != NONE


def decide_arrays(n_a: np.ndarray, n_b: np.ndarray, inter: np.ndarray,
                  params: DedupParams, same_host: np.ndarray | None = None
                  ) -> tuple[np.ndarray, ...]:
    """Vectorised rules: (relation, similarity, jaccard, containment, reason) arrays."""
    n_a = n_a.astype(np.float64)
    n_b = n_b.astype(np.float64)
    inter = inter.astype(np.float64)
    short = np.minimum(n_a, n_b)
    union = n_a + n_b - inter
    with np.errstate(divide="ignore", invalid="ignore"):
        jac = np.where(union > 0, inter / union, 0.0)
        con = np.where(short > 0, inter / short, 0.0)
    long_enough = short >= params.min_shingles
    near = long_enough & (jac >= params.threshold)
    con_ok = long_enough & ~near & (con >= params.containment)
    con_len = short >= params.containment_min_shingles
    con_floor = jac >= params.jaccard_floor
    site_floor = jac >= params.same_site_jaccard_floor
    if same_host is not None:
        site_floor |= ~same_host
    else:
        site_floor = np.ones_like(con_floor)
    contained = con_ok & con_len & con_floor & site_floor
    relation = np.where(near, NEAR, np.where(contained, CONTAINED, NONE)).astype(np.int8)
    similarity = np.where(near, jac, np.where(contained, con, np.nan)).astype(np.float32)
    reason = np.select(
        [near | contained, ~long_enough, ~con_ok, ~con_len, ~con_floor, ~site_floor],
        [0, 1, 2, 3, 4, 5], default=2,
    ).astype(np.int8)
    return relation, similarity, jac, con, reason


def decide(n_a: int, n_b: int, inter: int, params: DedupParams,
           same_host: bool = False) -> Decision:
    rel, sim, jac, con, reason = decide_arrays(np.array([n_a]), np.array([n_b]),
                                               np.array([inter]), params,
                                               np.array([same_host]))
    return Decision(int(rel[0]), float(sim[0]), float(jac[0]), float(con[0]), int(reason[0]))
