"""``validate``'s checks of a split release: each file in the split its name and the
manifest give, each split's row count as the manifest says, and no story (cluster) with
rows in two splits, across the articles, copies and clusters configs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from warctools.release.splits import KEY, SPLIT, split_of_path, story_key

__all__ = ["split_problems"]

_MAX_SHOWN = 20
_STORY_CONFIGS = ("articles", "copies", "clusters")


def _counts(root: Path, manifest: dict[str, Any], entries: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    actual: dict[tuple[str, str], int] = {}
    for e in entries:
        split = e.get("split", "train")
        if split_of_path(e["path"]) != split:
            out.append(f"{e['path']}: the manifest puts it in split {split!r}, its name in "
                       f"{split_of_path(e['path'])!r}")
        try:
            rows = pq.read_metadata(root / e["path"]).num_rows
        except (OSError, pa.ArrowException):
            continue  # reported by the file checks
        key = (e["config"], split_of_path(e["path"]))
        actual[key] = actual.get(key, 0) + rows
    for config, c in manifest["configs"].items():
        declared = {s: v.get("rows") for s, v in (c.get("splits") or {}).items()}
        if not declared:
            continue
        found = {s: n for (cf, s), n in actual.items() if cf == config}
        for split in sorted(set(declared) | set(found)):
            if declared.get(split) != found.get(split, 0):
                out.append(f"data/{config}/{split}-*.parquet: {found.get(split, 0)} rows, "
                           f"the manifest says {declared.get(split)}")
    return out


def _spanning(root: Path, entries: list[dict[str, Any]]) -> list[str]:
    frames = []
    try:
        for e in entries:
            if e["config"] not in _STORY_CONFIGS:
                continue
            lf = pl.scan_parquet(root / e["path"])
            names = lf.collect_schema().names()
            key = (pl.col("cluster_id").alias(KEY) if e["config"] == "clusters"
                   else story_key(names))
            frames.append(lf.select(key, pl.lit(split_of_path(e["path"])).alias(SPLIT)))
        if not frames:
            return []
        spans = (pl.concat(frames).unique().group_by(KEY)
                 .agg(pl.col(SPLIT).sort()).filter(pl.col(SPLIT).list.len() > 1)
                 .sort(KEY).collect())
    except (OSError, pl.exceptions.PolarsError) as exc:
        return [f"cannot read the stories' splits: {exc}"]
    shown = [f"story (cluster) {r[KEY]!r} has rows in splits {', '.join(r[SPLIT])}"
             for r in spans.head(_MAX_SHOWN).iter_rows(named=True)]
    if spans.height > _MAX_SHOWN:
        shown.append(f"... {spans.height - _MAX_SHOWN} more stories span two splits")
    return shown


def split_problems(root: Path, manifest: dict[str, Any], entries: list[dict[str, Any]]
                   ) -> list[str]:
    """Problems of the present data files' splits (empty when there is none)."""
    return _counts(root, manifest, entries) + _spanning(root, entries)
