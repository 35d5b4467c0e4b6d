"""Headline counts of an articles table (for the card and the report), computed with polars.

A story is one row of ``articles/``; after dedup, a row stands for ``cluster_size``
copies, and the others are listed in ``syndicated_by`` (and kept whole in ``copies/``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl

__all__ = ["DatasetCounts", "dataset_counts", "scan_articles"]


def scan_articles(files: list[Path]) -> pl.LazyFrame:
    return pl.scan_parquet(files, missing_columns="insert", extra_columns="ignore")


@dataclass(frozen=True)
class DatasetCounts:
    articles: int
    outlets: int
    languages: dict[str, int] = field(default_factory=dict)
    """Rows per language code, most frequent first (``null`` rows under ``"unknown"``)."""
    first_published: date | None = None
    last_published: date | None = None
    undated: int = 0
    syndicated_stories: int = 0
    """Stories with more than one copy (clusters of size 2 or more)."""
    copies_collapsed: int = 0
    """Copies folded into their story: sum of cluster_size - 1."""
    deduplicated: bool = False
    """The rows carry cluster_size (a dedup or run output)."""

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("first_published", "last_published"):
            out[key] = out[key].isoformat() if out[key] else None
        return out


def dataset_counts(files: list[Path]) -> DatasetCounts:
    if not files:
        return DatasetCounts(0, 0)
    lf = scan_articles(files)
    day = pl.col("published").dt.date()
    size = pl.col("cluster_size")
    head = lf.select(
        pl.len().alias("articles"),
        pl.col("host").drop_nulls().n_unique().alias("outlets"),
        day.min().alias("first"),
        day.max().alias("last"),
        pl.col("published").null_count().alias("undated"),
        (size > 1).sum().alias("syndicated"),
        (size - 1).filter(size > 1).sum().alias("collapsed"),
        size.is_not_null().any().alias("deduplicated"),
    ).collect().row(0, named=True)
    langs = (
        lf.group_by(pl.col("language").fill_null("unknown"))
        .agg(pl.len().alias("n"))
        .sort(["n", "language"], descending=[True, False])
        .collect()
    )
    return DatasetCounts(
        articles=int(head["articles"]),
        outlets=int(head["outlets"]),
        languages=dict(zip(langs["language"].to_list(), langs["n"].to_list(), strict=True)),
        first_published=head["first"],
        last_published=head["last"],
        undated=int(head["undated"]),
        syndicated_stories=int(head["syndicated"] or 0),
        copies_collapsed=int(head["collapsed"] or 0),
        deduplicated=bool(head["deduplicated"]),
    )
