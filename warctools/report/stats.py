"""The numbers behind each chart of the report, computed with polars from articles/.

Each story is one articles row. The outlets carrying a story are its own host and the
hosts in its ``syndicated_by`` list; a story's agency is its ``wire_source``. Ties are
broken by name so that the numbers are deterministic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl

from warctools.release.stats import dataset_counts, scan_articles

__all__ = ["report_data", "TOP_HOSTS", "TOP_LANGUAGES", "TOP_AGENCIES", "TOP_STORIES"]

TOP_HOSTS = 30
TOP_LANGUAGES = 30
TOP_AGENCIES = 12
TOP_STORIES = 25
_MATRIX_HOSTS = 30


def _ranked(lf: pl.LazyFrame, key: str, top: int) -> tuple[list[dict[str, Any]], int, int]:
    """(top rows [{key, articles}], articles outside the top, number of distinct keys)."""
    counts = (lf.group_by(key).agg(pl.len().alias("articles"))
              .sort(["articles", key], descending=[True, False]).collect())
    other = int(counts["articles"][top:].sum()) if counts.height > top else 0
    return counts.head(top).to_dicts(), other, counts.height


def _per_day(lf: pl.LazyFrame) -> list[dict[str, Any]]:
    days = (lf.filter(pl.col("published").is_not_null())
            .group_by(pl.col("published").dt.date().alias("day"))
            .agg(pl.len().alias("articles")).sort("day").collect())
    return [{"day": d.isoformat(), "articles": n} for d, n in days.iter_rows()]


def _cluster_sizes(lf: pl.LazyFrame) -> list[dict[str, Any]]:
    sizes = (lf.filter(pl.col("cluster_size").is_not_null())
             .group_by(pl.col("cluster_size").alias("size"))
             .agg(pl.len().alias("stories")).sort("size").collect())
    return sizes.to_dicts()


def _carriers(lf: pl.LazyFrame) -> pl.LazyFrame:
    """One row per (story id, agency, outlet host) carrying it, without repeats."""
    own = lf.select("id", pl.col("wire_source").alias("agency"), "host")
    copies = (lf.select("id", pl.col("wire_source").alias("agency"),
                        pl.col("syndicated_by").list.eval(
                            pl.element().struct.field("host")).alias("host"))
              .explode("host"))
    return (pl.concat([own, copies]).filter(pl.col("agency").is_not_null()
                                            & pl.col("host").is_not_null()).unique())


def _wire_matrix(lf: pl.LazyFrame) -> dict[str, Any]:
    carriers = _carriers(lf).collect()
    if carriers.is_empty():
        return {"agencies": [], "hosts": [], "cells": []}

    def top(col: str, n: int) -> list[str]:
        ranked = (carriers.group_by(col).agg(pl.col("id").n_unique().alias("n"))
                  .sort(["n", col], descending=[True, False]))
        return ranked[col].head(n).to_list()

    agencies, hosts = top("agency", TOP_AGENCIES), top("host", _MATRIX_HOSTS)
    cells = (carriers.filter(pl.col("agency").is_in(agencies) & pl.col("host").is_in(hosts))
             .group_by("agency", "host").agg(pl.col("id").n_unique().alias("stories"))
             .sort(["agency", "host"]))
    return {"agencies": agencies, "hosts": hosts, "cells": cells.to_dicts()}


def _top_stories(lf: pl.LazyFrame) -> list[dict[str, Any]]:
    top = (lf.filter(pl.col("cluster_size") > 1)
           .sort(["cluster_size", "id"], descending=[True, False]).head(TOP_STORIES)
           .select("id", "title", "url", "host", "published", "wire_source", "cluster_size",
                   pl.col("syndicated_by").list.eval(pl.element().struct.field("host"))
                   .alias("copy_hosts"))
           .collect())
    out = []
    for row in top.iter_rows(named=True):
        outlets = sorted({h for h in [row["host"], *(row["copy_hosts"] or [])] if h})
        out.append({"id": row["id"], "title": row["title"], "url": row["url"],
                    "published": row["published"].isoformat() if row["published"] else None,
                    "wire_source": row["wire_source"], "cluster_size": row["cluster_size"],
                    "outlets": outlets})
    return out


def report_data(files: list[Path]) -> dict[str, Any]:
    """Everything the report draws, as plain JSON-able values."""
    counts = dataset_counts(files)
    if not files:
        empty: dict[str, Any] = {"top": [], "other": 0, "distinct": 0}
        return {"summary": counts.as_dict(), "per_day": [], "per_host": empty,
                "per_language": dict(empty), "cluster_sizes": [],
                "wire_hosts": {"agencies": [], "hosts": [], "cells": []}, "top_stories": []}
    lf = scan_articles(files)
    hosts, host_other, host_n = _ranked(lf.with_columns(pl.col("host").fill_null("unknown")),
                                        "host", TOP_HOSTS)
    langs, lang_other, lang_n = _ranked(
        lf.with_columns(pl.col("language").fill_null("unknown")), "language", TOP_LANGUAGES)
    return {
        "summary": counts.as_dict(),
        "per_day": _per_day(lf),
        "per_host": {"top": hosts, "other": host_other, "distinct": host_n},
        "per_language": {"top": langs, "other": lang_other, "distinct": lang_n},
        "cluster_sizes": _cluster_sizes(lf),
        "wire_hosts": _wire_matrix(lf),
        "top_stories": _top_stories(lf),
    }
