"""Frozen parameter dataclasses for each stage; recorded in file metadata and summaries."""

from __future__ import annotations

from dataclasses import asdict, dataclass

__all__ = ["ExtractParams"]


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

    def as_dict(self) -> dict[str, object]:
        return asdict(self)
