"""Outlet health and date sanity: where extraction fails, per outlet, before a release.

Per outlet (host): pages read, articles, non-articles, errors, and among its articles the
share with no title, no date, no author, under ``SHORT_WORDS`` words, and the median word
count. Articles are every extracted copy (``articles`` and ``copies``), so a syndicated
story counts at each outlet that carried it. Pages, non-articles and extraction errors come
from the run's per-host tallies (``outlets`` in summary.json; absent in older outputs and
in releases, then null; a revisit resolved against another input file is an article but
not a page there); errors add the fatal rows of ``errors/`` met before extraction.

An outlet of at least ``TEMPLATE_MIN`` articles that all share one word count is flagged
``template``: its pages are one page template (a cookie wall, a paywall), not stories.
Outlets are listed worst first: templates, then by ``problem_score`` (the mean of the
four article shares, when it has articles, and of the error share of its pages not set
aside by the filters), then by size. ``filtered`` counts its pages the filters set aside.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl

from warctools.pipeline.article_row import host_of
from warctools.release.layout import DatasetFolder
from warctools.release.stats import scan_articles

__all__ = ["outlet_health", "date_sanity", "dataset_health", "SHORT_WORDS", "TEMPLATE_MIN",
           "DATE_REASON"]

SHORT_WORDS = 50
TEMPLATE_MIN = 5
DATE_REASON = "published_after_capture"
"""The errors reason of a publication date later than the capture (dropped or clamped)."""


def _article_stats(files: list[Path]) -> pl.DataFrame:
    lf = scan_articles(files)
    empty = pl.col("title").is_null() | (pl.col("title").str.strip_chars() == "")
    no_author = pl.col("authors").is_null() | (pl.col("authors").list.len() == 0)
    return (lf.group_by(pl.col("host").fill_null(""))
            .agg(pl.len().alias("articles"),
                 empty.mean().alias("no_title"),
                 pl.col("published").is_null().mean().alias("no_date"),
                 no_author.mean().alias("no_author"),
                 (pl.col("word_count") < SHORT_WORDS).mean().alias("under_50_words"),
                 pl.col("word_count").median().alias("median_words"),
                 pl.col("word_count").n_unique().alias("__counts"))
            .collect())


def _per_host(files: list[Path], keep: pl.Expr) -> dict[str, int]:
    """Rows of ``files`` matching ``keep``, one per record, counted per host of their URL."""
    if not files:
        return {}
    rows = (pl.scan_parquet(files, missing_columns="insert", extra_columns="ignore")
            .filter(keep & pl.col("url").is_not_null())
            .select("url", "warc_filename", "warc_offset").unique().collect())
    counts: dict[str, int] = {}
    for url in rows["url"].to_list():
        host = host_of(url) or ""
        counts[host] = counts.get(host, 0) + 1
    return counts


def outlet_health(article_files: list[Path], *, pages: dict[str, dict[str, int]] | None = None,
                  error_files: list[Path] = (), filtered_files: list[Path] = ()
                  ) -> list[dict[str, Any]]:
    """One row per outlet, worst first."""
    stats = {r["host"]: r for r in (_article_stats(article_files).to_dicts()
                                     if article_files else [])}
    # fatal rows met before extraction (extraction's own errors are in the tallies)
    reader = _per_host(list(error_files), pl.col("fatal") & (pl.col("stage") != "extract"))
    filtered = _per_host(list(filtered_files), pl.lit(True))
    hosts = set(stats) | set(pages or {}) | set(reader) | set(filtered)
    out = []
    for host in hosts:
        a = stats.get(host, {})
        tally = (pages or {}).get(host)
        errors = (tally or {}).get("errors", 0) + reader.get(host, 0)
        read = tally["pages"] + reader.get(host, 0) if tally else None
        n = int(a.get("articles", 0))
        shares = [a.get(k) or 0.0 for k in ("no_title", "no_date", "no_author",
                                             "under_50_words")] if n else []
        row = {
            "outlet": host or "(no host)", "pages": read, "articles": n,
            "non_articles": tally["non_articles"] if tally else None, "errors": errors,
            "filtered": filtered.get(host, 0),
            **{k: round(float(a.get(k) or 0.0), 4) if n else None
               for k in ("no_title", "no_date", "no_author", "under_50_words")},
            "median_words": a.get("median_words"),
            "template": n >= TEMPLATE_MIN and a.get("__counts") == 1,
        }
        judged = (read or 0) - row["filtered"]
        shares.append(errors / judged if judged > 0 else (1.0 if errors else 0.0))
        row["problem_score"] = round(sum(shares) / len(shares), 4)
        out.append(row)
    out.sort(key=lambda r: (not r["template"], -r["problem_score"],
                            -(r["pages"] or r["articles"]), r["outlet"]))
    return out


def date_sanity(error_files: list[Path], undated: int) -> dict[str, int]:
    """Dates dropped or clamped for coming after the capture, and undated stories."""
    after = 0
    if error_files:
        after = (pl.scan_parquet(error_files, missing_columns="insert", extra_columns="ignore")
                 .filter(pl.col("reason") == DATE_REASON)
                 .select("warc_filename", "warc_offset").unique().select(pl.len())
                 .collect().item())
    return {DATE_REASON: int(after), "undated_stories": int(undated)}


def _summary_outlets(root: Path) -> dict[str, dict[str, int]] | None:
    try:
        summary = json.loads((root / "summary.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    outlets = summary.get("outlets") if isinstance(summary, dict) else None
    return outlets if isinstance(outlets, dict) else None


def dataset_health(folder: DatasetFolder, undated: int) -> dict[str, Any]:
    """Outlet health and date sanity of a dataset folder (a run/dedup/extract output or a
    release: a release holds no errors/ and no summary, so fewer numbers are known)."""
    errors = folder.files("errors")
    return {
        "outlets": outlet_health(folder.files("articles") + folder.files("copies"),
                                 pages=_summary_outlets(folder.root), error_files=errors,
                                 filtered_files=folder.files("filtered")),
        "dates": date_sanity(errors, undated),
        "errors_known": folder.has("errors"),
    }
