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

import importlib
from typing import TYPE_CHECKING, Any

# light modules, bound now: their names must not be shadowed by the submodules
# ``warctools.dedup.shingles`` (the function ``shingles`` wins, as it always has)
from warctools.dedup.params import KEEP_POLICIES, DedupParams, DedupSummary
from warctools.dedup.shingles import normalized_tokens, prepare_text, shingle_hash, shingles

if TYPE_CHECKING:
    from warctools.dedup.dataset import dedup_dataset
    from warctools.dedup.explain import explain_pair
    from warctools.dedup.lsh import optimal_bands
    from warctools.dedup.minhash import SCHEME, permutations, signatures
    from warctools.dedup.signature_io import lean_minhash, read_params

# Imported on first use (PEP 562): the compiled kernels and their libraries (numba, polars,
# pyarrow.dataset) take most of a second to load, which `warctools run` spends while its
# workers extract, not before they start.
_WHERE = {
    "dedup_dataset": "dataset", "explain_pair": "explain", "optimal_bands": "lsh",
    "SCHEME": "minhash", "permutations": "minhash", "signatures": "minhash",
    "lean_minhash": "signature_io", "read_params": "signature_io",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
]
