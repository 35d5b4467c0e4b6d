"""Near-duplicate detection for news articles: MinHash LSH + containment, union-find.

Public API::

    from warctools.dedup import dedup_dataset, DedupParams
    summary = dedup_dataset(Path("extracted"), Path("deduped"), params=DedupParams())

    # signatures reproducible with datasketch:
    from datasketch import MinHash
    from warctools.dedup import shingles, shingle_hash
    m = MinHash(num_perm=128, seed=1, scheme="affine32", hashfunc=shingle_hash)
    m.update_batch(shingles(text))

See docs/dedup.md for the design.
"""

from __future__ import annotations

from warctools.dedup.dataset import dedup_dataset
from warctools.dedup.explain import explain_pair
from warctools.dedup.lsh import optimal_bands
from warctools.dedup.minhash import (
    SCHEME,
    permutations,
    signatures,
    signatures_from_hashes,
    signatures_from_shingles,
)
from warctools.dedup.params import KEEP_POLICIES, DedupParams, DedupSummary
from warctools.dedup.shingles import normalized_tokens, prepare_text, shingle_hash, shingles
from warctools.dedup.signatures import lean_minhash, read_params

__all__ = [
    "KEEP_POLICIES",
    "SCHEME",
    "DedupParams",
    "DedupSummary",
    "dedup_dataset",
    "explain_pair",
    "lean_minhash",
    "normalized_tokens",
    "optimal_bands",
    "permutations",
    "prepare_text",
    "read_params",
    "shingle_hash",
    "shingles",
    "signatures",
    "signatures_from_hashes",
    "signatures_from_shingles",
]
