"""Frozen parameter dataclasses for each stage; recorded in file metadata and summaries."""

from __future__ import annotations

from dataclasses import asdict, dataclass

__all__ = ["DATE_FALLBACKS", "ExtractParams"]

DATE_FALLBACKS = (None, "capture")


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
