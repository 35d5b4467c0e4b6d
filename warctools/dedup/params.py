"""Dedup parameters and summary: frozen dataclasses, JSON in and out.

``DedupParams`` lives in :mod:`warctools.config` with the other stages' parameters (a
light module: the CLI builds its options from the defaults without loading numpy); it is
imported here so ``warctools.dedup.params.DedupParams`` keeps working."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from warctools.config import COMPONENTS, KEEP_POLICIES, DedupParams

__all__ = ["COMPONENTS", "DedupParams", "DedupSummary", "KEEP_POLICIES", "NORMALIZATION"]

NORMALIZATION = "warctools-nfkc-casefold-v1"


@dataclass
class DedupSummary:
    """What one dedup run did; ``as_dict()`` is JSON-serialisable."""

    articles_in: int = 0
    stories: int = 0
    copies: int = 0
    clusters_with_copies: int = 0
    largest_cluster: int = 0
    relations: dict[str, int] = field(default_factory=dict)
    candidates: dict[str, int] = field(default_factory=dict)
    rejected: dict[str, int] = field(default_factory=dict)
    against: list[str] = field(default_factory=list)
    matched_earlier: int = 0
    shards: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)
    templates: dict[str, Any] = field(default_factory=dict)
    """What the template stage did (empty when it did not run; docs/templates.md)."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
