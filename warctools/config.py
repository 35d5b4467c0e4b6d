"""Frozen parameter dataclasses for each stage; recorded in file metadata and summaries."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

__all__ = ["COMPONENTS", "DATE_FALLBACKS", "DEFAULT_SHINGLE_SIZE", "DedupParams",
           "ExtractParams", "KEEP_POLICIES"]

DATE_FALLBACKS = (None, "capture")
KEEP_POLICIES = ("earliest", "longest", "agency-first")
COMPONENTS = ("memory", "stars")
DEFAULT_SHINGLE_SIZE = 5
"""Words per shingle of the dedup stage."""


@dataclass(frozen=True, slots=True)
class ExtractParams:
    """Parameters of the extract stage."""

    max_payload_bytes: int = 5 * 2**20
    """Decompressed payloads are capped at this size (Common Crawl uses 5 MiB)."""
    timeout_s: float = 10.0
    """Per-page extraction time limit; a page over it lands in errors/ (reason timeout)."""
    keep_non_articles: bool = False
    """Keep home/section/tag/... pages in articles/, marked by page_type."""
    retries: int = 5
    """A broken read of an s3:// or http(s):// input is retried (resumed at the byte
    reached) this many times in a row, within 60 s, before the file is given up."""
    date_fallback: str | None = None
    """``"capture"``: a page stating no publication date gets the capture's WARC-Date as
    ``published`` (``published_source`` = ``capture``); None (default): it stays null."""

    def __post_init__(self) -> None:
        if self.date_fallback not in DATE_FALLBACKS:
            raise ValueError(f"date_fallback must be one of {DATE_FALLBACKS}, "
                             f"got {self.date_fallback!r}")

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class DedupParams:
    """Parameters of the dedup stage (recorded in the signatures' Parquet metadata)."""

    threshold: float = 0.8
    """Jaccard of shingle sets at or above which two copies are near duplicates."""
    containment: float = 0.85
    """Share of the shorter text's shingles found in the longer one for ``contained``."""
    jaccard_floor: float = 0.25
    """A ``contained`` pair still needs at least this Jaccard (guards roundups/templates)."""
    same_site_jaccard_floor: float = 0.5
    """The floor for a ``contained`` pair of two pages on the same host (shared template)."""
    min_shingles: int = 10
    """Texts with fewer distinct shingles never merge (not even as exact duplicates)."""
    containment_min_shingles: int = 50
    """The shorter text of a ``contained`` pair needs at least this many shingles."""
    num_perm: int = 128
    seed: int = 1
    shingle_size: int = DEFAULT_SHINGLE_SIZE
    keep: str = "earliest"
    """Canonical copy: earliest | longest | agency-first (ties: see docs/dedup.md)."""
    fp_weight: float = 0.1
    fn_weight: float = 0.9
    bands: int | None = None
    """LSH bands; None = optimal for threshold/num_perm/weights."""
    rows: int | None = None
    anchor_mod: int = 8
    """Containment route: an 8-word window is an anchor when its hash is 0 mod this."""
    anchor_gap: int = 3
    anchor_min_fraction: float = 0.5
    anchor_max_bucket: int = 100
    lsh_window: int = 32
    shard_rows: int = 20_000
    batch_rows: int = 2048
    partitions: int = 8
    """Partitions of the LSH shuffle: files per sketch shard, and bucket, pair and verify
    tasks each (any value gives the same result; more keeps each task smaller)."""
    components: str = "memory"
    """Connected components: ``memory`` (union-find in the driver) or ``stars``
    (large-star/small-star tasks over edge files); the same clusters either way."""

    def __post_init__(self) -> None:
        from warctools.errors import UsageError

        if self.keep not in KEEP_POLICIES:
            raise UsageError(f"keep must be one of {', '.join(KEEP_POLICIES)}, not {self.keep!r}")
        for name in ("threshold", "containment"):
            value = getattr(self, name)
            if not 0.0 < value < 1.0:
                raise UsageError(f"{name} must be between 0 and 1 (exclusive), got {value}")
        if (self.bands is None) != (self.rows is None):
            raise UsageError("give both bands and rows, or neither")
        if self.bands is not None and self.bands * (self.rows or 0) > self.num_perm:
            raise UsageError(f"bands*rows must not exceed num_perm ({self.num_perm})")
        if self.components not in COMPONENTS:
            raise UsageError(f"components must be one of {', '.join(COMPONENTS)}, "
                             f"not {self.components!r}")
        if not 1 <= self.partitions <= 65535:
            raise UsageError(f"partitions must be between 1 and 65535, got {self.partitions}")

    @property
    def band_rows(self) -> tuple[int, int]:
        if self.bands is not None and self.rows is not None:
            return self.bands, self.rows
        from warctools.dedup.lsh import optimal_bands

        return optimal_bands(self.threshold, self.num_perm, self.fp_weight, self.fn_weight)

    def sketch_kwargs(self) -> dict[str, int]:
        bands, rows = self.band_rows
        return {"num_perm": self.num_perm, "seed": self.seed, "shingle_size": self.shingle_size,
                "bands": bands, "rows": rows, "anchor_mod": self.anchor_mod,
                "anchor_gap": self.anchor_gap}

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["bands"], out["rows"] = self.band_rows
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DedupParams:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})
