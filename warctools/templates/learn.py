"""The template stage's driver: an extract output in, cleaned article files and
``OUT/templates/`` out (docs/templates.md).

The driver holds three integers per page (outlet, title and URL hashes) to decide which
pages are one story, the outlets' story counts, and the template keys found (a few per
outlet); the blocks themselves are counted by tasks over partition files
(:mod:`.stage`), so no process holds every block of the crawl.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import polars as pl
import pyarrow.dataset as pads

from warctools.dedup.arrays import load_array, save_array
from warctools.dedup.buckets import _partition, _split_by_partition
from warctools.dedup.sketch_stage import plan_shards
from warctools.templates.params import TemplateParams
from warctools.templates.stage import MERGEABLE, apply_shard, count_partition, scan_shard
from warctools.templates.table import TABLE, prior_blocks, write_table
from warctools.templates.tasks import ApplyTask, CountTask, ScanTask

if TYPE_CHECKING:
    from warctools.executors.base import Executor

__all__ = ["TemplateRun", "learn_templates", "story_keys"]


@dataclass
class TemplateRun:
    files: list[Path]
    """The cleaned article files (sorted), to dedup instead of the input."""
    mergeable: np.ndarray
    """Per row of ``files`` (in order): False for an article that must never merge."""
    summary: dict[str, Any] = field(default_factory=dict)


def story_keys(pages: np.ndarray, min_pages: int) -> tuple[np.ndarray, np.ndarray]:
    """Per page (rows ``(outlet, title, url)`` hashes) the key of its story, and the
    outlets' story counts (rows ``(outlet, stories)``, sorted).

    Pages of one outlet with one title are one story (a story republished, a page captured
    twice), unless that title is on ``min_pages`` or more URLs of the outlet (the site's
    name as every page's title): then, like pages without a title, one story per URL.
    """
    df = pl.DataFrame({"o": pages[:, 0], "t": pages[:, 1], "u": pages[:, 2]},
                      schema={"o": pl.UInt64, "t": pl.UInt64, "u": pl.UInt64})
    urls = (df.filter(pl.col("t") != 0).group_by("o", "t")
            .agg(pl.col("u").n_unique().alias("urls")))
    keyed = (df.with_row_index("i").join(urls, on=["o", "t"], how="left").sort("i")
             .with_columns(pl.when((pl.col("t") != 0) & (pl.col("urls") < min_pages))
                           .then(pl.col("t")).otherwise(pl.col("u")).alias("story")))
    outlets = (keyed.filter(pl.col("o") != 0).group_by("o")
               .agg(pl.col("story").n_unique().cast(pl.UInt64).alias("n")).sort("o"))
    return (keyed["story"].to_numpy().astype(np.uint64),
            np.stack([outlets["o"].to_numpy(), outlets["n"].to_numpy()], axis=1)
            .astype(np.uint64).reshape(-1, 2))


def _with_prior(outlets: np.ndarray, prior: pl.DataFrame, work: Path, partitions: int
                ) -> np.ndarray:
    """Add an earlier release's outlet story counts; write its block counts by partition."""
    totals = (prior.group_by("rel", "o").agg(pl.col("n").max()).group_by("o")
              .agg(pl.col("n").sum())) if prior.height else None
    if totals is not None and outlets.size:
        extra = (pl.DataFrame({"o": outlets[:, 0]}, schema={"o": pl.UInt64})
                 .join(totals, on="o", how="left")["n"].fill_null(0).to_numpy())
        outlets = outlets.copy()
        outlets[:, 1] += extra.astype(np.uint64)
    rows = (prior.group_by("key").agg(pl.col("stories").sum()).sort("key")
            if prior.height else pl.DataFrame({"key": [], "stories": []},
                                              schema={"key": pl.UInt64, "stories": pl.UInt64}))
    arr = np.stack([rows["key"].to_numpy(), rows["stories"].to_numpy()], axis=1) \
        .astype(np.uint64).reshape(-1, 2)
    _split_by_partition(work, "prev", arr, _partition(arr[:, 0], partitions), partitions)
    return outlets


def learn_templates(files: Sequence[Path], work: Path, out: Path, params: TemplateParams, *,
                    executor: Executor, partitions: int, shard_rows: int, batch_rows: int,
                    prevs: Sequence[Path] = ()) -> TemplateRun:
    """Count, decide, clean; writes ``out/templates/`` and ``work/clean/part-*.parquet``."""
    clock = time.perf_counter()
    work.mkdir(parents=True, exist_ok=True)
    spans = plan_shards(list(files), shard_rows)
    executor.map(scan_shard, [ScanTask(s, str(work), partitions, batch_rows) for s in spans])
    seconds = {"scan": time.perf_counter() - clock}
    pages = [load_array(work / f"pages-{s.shard:05d}.npy") for s in spans]
    story, outlets = story_keys(np.concatenate(pages) if pages else
                                np.zeros((0, 3), np.uint64), params.min_pages)
    save_array(work / "story.npy", story)
    outlets = _with_prior(outlets, prior_blocks(prevs), work, partitions)
    save_array(work / "outlets.npy", outlets)
    shards = [s.shard for s in spans]
    counted = executor.map(count_partition, [CountTask(str(work), tuple(shards), p, params)
                                           for p in range(partitions)])
    found = [load_array(work / f"tmpl-p{p:04d}.npy") for p in range(partitions)]
    tmpl = np.concatenate(found) if found else np.zeros((0, 4), np.uint64)
    tmpl = tmpl[np.argsort(tmpl[:, 0], kind="stable")]
    seconds["count"] = time.perf_counter() - clock - sum(seconds.values())
    save_array(work / "templates.npy", np.ascontiguousarray(tmpl[:, 0]))
    clean = work / "clean"
    results = executor.map(apply_shard, [ApplyTask(s, str(work), str(clean), params, batch_rows)
                                       for s in spans])
    seconds["apply"] = time.perf_counter() - clock - sum(seconds.values())
    table = write_table(out / TABLE, work, tmpl, shards)
    cleaned = [clean / f"part-{s:05d}.parquet" for s in shards]
    mergeable = (pads.dataset([str(f) for f in cleaned], format="parquet")
                 .to_table(columns=[MERGEABLE]).column(MERGEABLE).to_numpy()
                 if cleaned else np.zeros(0, bool))
    by_file: dict[str, int] = {}
    for r in results:
        for name, n in r["template_only_by_file"].items():
            by_file[name] = by_file.get(name, 0) + int(n)
    summary = {
        "outlets": int(np.unique(tmpl[:, 1]).size), "outlets_counted": int(outlets.shape[0]),
        "blocks": int(tmpl.shape[0]),
        "keys_counted": int(sum(int(c["keys"]) for c in counted)),
        "articles_cleaned": sum(int(r["changed"]) for r in results),
        "blocks_removed": sum(int(r["blocks_removed"]) for r in results),
        "mostly_template": sum(int(r["mostly_template"]) for r in results),
        "template_only": sum(int(r["template_only"]) for r in results),
        "skipped": {"template_only": sum(by_file.values())},
        "template_only_by_file": dict(sorted(by_file.items())),
        "table_rows": table,
        "params": params.as_dict(), "against": [str(p) for p in prevs],
        "seconds": round(time.perf_counter() - clock, 3),
        "stage_seconds": {k: round(v, 3) for k, v in seconds.items()},
    }
    return TemplateRun(cleaned, np.asarray(mergeable, bool), summary)

