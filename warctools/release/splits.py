"""Leak-free splits of a release: every row of a story (its canonical row in ``articles``,
its other copies in ``copies``, its rows in ``clusters``) lands in one split.

A story is keyed by its ``cluster_id`` (an extract output, not deduplicated, has none: each
article is its own story, keyed by ``id``).

* ``by="cluster"``: a story's split follows a hash of its key (blake2b), so a story keeps
  its split from one release to the next, whatever else the crawl holds;
* ``by="time"``: stories are ordered by the time of their canonical row (``published``,
  the capture time ``warc_date`` when undated, then the key); the latest form the last
  split listed (``test``), the ones before them the one listed before (``validation``)...

With ``previous`` (an earlier release), a story whose rows (any of its ids, or its key)
were released before keeps that split; a story whose rows were in two splits before (two
stories since merged), or in a split not asked for now, cannot, and is counted as a
conflict (it gets the split the rule gives it).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq

from warctools.errors import UsageError

from .. import _regex

__all__ = ["SplitSpec", "SplitPlan", "parse_splits", "plan_splits", "story_key",
           "split_of_path", "write_split_rows", "SPLIT_BY", "DEFAULT_SPLITS"]

SPLIT_BY = ("cluster", "time")
DEFAULT_SPLITS = "train=1"
KEY = "__story"
SPLIT = "__split"
_NAME = _regex.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class SplitSpec:
    """Split names with their fractions, in order, and the rule that assigns stories."""

    fractions: tuple[tuple[str, float], ...] = (("train", 1.0),)
    by: str = "cluster"

    def __post_init__(self) -> None:
        if self.by not in SPLIT_BY:
            raise UsageError(f"--split-by must be cluster or time, got {self.by!r}")

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.fractions]

    @property
    def single(self) -> bool:
        return len(self.fractions) == 1


def parse_splits(text: str, by: str = "cluster") -> SplitSpec:
    """``"train=0.98,validation=0.01,test=0.01"`` -> a :class:`SplitSpec`."""
    parts: list[tuple[str, float]] = []
    for item in (p.strip() for p in text.split(",") if p.strip()):
        name, sep, value = item.partition("=")
        name = name.strip().lower()
        try:
            fraction = float(value)
        except ValueError:
            fraction = -1.0
        if not sep or not _NAME.fullmatch(name) or fraction < 0:
            raise UsageError(f"--splits: {item!r} is not NAME=FRACTION (e.g. train=0.98)")
        parts.append((name, fraction))
    names = [n for n, _ in parts]
    total = sum(f for _, f in parts)
    if not parts or len(set(names)) != len(names) or abs(total - 1.0) > 1e-6:
        raise UsageError(f"--splits: {text!r} must name each split once with fractions "
                         "summing to 1 (e.g. train=0.98,validation=0.01,test=0.01)")
    return SplitSpec(tuple(parts), by)


def story_key(columns: list[str]) -> pl.Expr:
    """The story a row belongs to: ``cluster_id``, or its own ``id`` when it has none."""
    if "cluster_id" in columns:
        return pl.coalesce(pl.col("cluster_id"), pl.col("id")).alias(KEY)
    return pl.col("id").alias(KEY)


def split_of_path(path: str | Path) -> str:
    """``data/articles/test-00000-of-00001.parquet`` -> ``test``."""
    return Path(path).name.split("-", 1)[0]


def _scan(files: list[Path]) -> pl.LazyFrame:
    return pl.scan_parquet(files, missing_columns="insert", extra_columns="ignore")


def _hash_unit(key: str) -> float:
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8,
                             person=b"wt-split").digest()
    return int.from_bytes(digest, "big") / 2.0**64


def _by_cluster(keys: list[str], spec: SplitSpec) -> list[str]:
    bounds, total = [], 0.0
    for name, fraction in spec.fractions:
        total += fraction
        bounds.append((total, name))
    out = []
    for key in keys:
        unit = _hash_unit(key)
        out.append(next((name for bound, name in bounds if unit < bound), bounds[-1][1]))
    return out


def _time_counts(n: int, spec: SplitSpec) -> list[int]:
    """Stories per split: the later splits rounded (at least one each when there are
    enough stories), the first split the rest."""
    counts = [0] * len(spec.fractions)
    for i in range(len(spec.fractions) - 1, 0, -1):
        fraction = spec.fractions[i][1]
        want = round(n * fraction)
        if fraction > 0 and want == 0 and n >= len(spec.fractions):
            want = 1
        counts[i] = min(want, n - sum(counts))
    counts[0] = n - sum(counts)
    return counts


def _stories(article_files: list[Path]) -> pl.DataFrame:
    lf = _scan(article_files)
    names = lf.collect_schema().names()
    when = (pl.coalesce(pl.col("published"), pl.col("warc_date")) if "warc_date" in names
            else pl.col("published"))
    return (lf.select(story_key(names), when.alias("__when"))
            .group_by(KEY).agg(pl.col("__when").min()).collect())


@dataclass
class SplitPlan:
    """Each story's split, and what the assignment kept from an earlier release."""

    spec: SplitSpec
    assignment: pl.DataFrame = field(repr=False)
    """Columns ``__story`` (the key) and ``__split``."""
    kept_from_previous: int = 0
    conflicts: int = 0
    previous: str | None = None

    def describe(self) -> dict[str, Any]:
        out: dict[str, Any] = {"by": self.spec.by, "fractions": dict(self.spec.fractions)}
        if self.previous is not None:
            out.update(previous=self.previous, kept_from_previous=self.kept_from_previous,
                       conflicts=self.conflicts)
        return out


def _previous_rows(previous: Path) -> pl.DataFrame:
    """(id, split) of every row of an earlier release, and (cluster key, split)."""
    frames = []
    for path in sorted((previous / "data").glob("*/*.parquet")):
        if path.parent.name not in ("articles", "copies", "clusters"):
            continue
        lf = pl.scan_parquet(path)
        names = lf.collect_schema().names()
        split = pl.lit(split_of_path(path)).alias(SPLIT)
        frames.append(lf.select(pl.col("id").alias("__member"), split))
        if "cluster_id" in names:
            frames.append(lf.select(pl.col("cluster_id").alias("__member"), split))
    if not frames:
        raise UsageError(f"--against {previous}: no data/<config>/*.parquet (is it a "
                         "release from `warctools publish`?)")
    return pl.concat([f.collect() for f in frames]).drop_nulls().unique()


def _members(tables: dict[str, list[Path]]) -> pl.DataFrame:
    """(story key, member id) for every row of the dataset being published."""
    frames = [pl.DataFrame({KEY: [], "__member": []}, schema={KEY: pl.String,
                                                             "__member": pl.String})]
    for config in ("articles", "copies"):
        if tables.get(config):
            lf = _scan(tables[config])
            frames.append(lf.select(story_key(lf.collect_schema().names()),
                                    pl.col("id").alias("__member")).collect())
    if tables.get("clusters"):
        frames.append(_scan(tables["clusters"]).select(
            pl.col("cluster_id").alias(KEY), pl.col("id").alias("__member")).collect())
    members = pl.concat(frames)
    return pl.concat([members, members.select(KEY, pl.col(KEY).alias("__member"))]).unique()


def _keep_previous(plan: SplitPlan, tables: dict[str, list[Path]], previous: Path) -> None:
    prior = (_members(tables).join(_previous_rows(previous), on="__member")
             .group_by(KEY).agg(pl.col(SPLIT).unique().sort()))
    allowed = set(plan.spec.names)
    feasible = prior.filter((pl.col(SPLIT).list.len() == 1)
                            & pl.col(SPLIT).list.first().is_in(list(allowed)))
    plan.conflicts = prior.height - feasible.height
    keep = feasible.select(KEY, pl.col(SPLIT).list.first().alias("__prior"))
    joined = plan.assignment.join(keep, on=KEY, how="left")
    plan.kept_from_previous = int(joined["__prior"].is_not_null().sum())
    plan.assignment = joined.select(KEY, pl.coalesce("__prior", SPLIT).alias(SPLIT))


def _release_label(previous: Path) -> str:
    """``name version`` from an earlier release's manifest, else its folder name."""
    try:
        m = json.loads((previous / "manifest.json").read_text("utf-8"))
        return f"{m['name']} {m['version']}"
    except (OSError, ValueError, KeyError, TypeError):
        return previous.resolve().name


def plan_splits(tables: dict[str, list[Path]], spec: SplitSpec, *,
                previous: Path | None = None) -> SplitPlan:
    """Assign every story of the dataset (its tables' Parquet files) to a split."""
    stories = _stories(tables.get("articles", []))
    if spec.by == "cluster":
        keys = stories[KEY].to_list()
        assignment = pl.DataFrame({KEY: keys, SPLIT: _by_cluster(keys, spec)},
                                  schema={KEY: pl.String, SPLIT: pl.String})
    else:
        ordered = stories.sort(["__when", KEY], nulls_last=False)
        names = [name for name, n in zip(spec.names, _time_counts(ordered.height, spec),
                                         strict=True) for _ in range(n)]
        assignment = pl.DataFrame({KEY: ordered[KEY], SPLIT: pl.Series(names, dtype=pl.String)})
    plan = SplitPlan(spec, assignment)
    if previous is not None:
        plan.previous = _release_label(Path(previous))
        _keep_previous(plan, tables, Path(previous))
    return plan


def write_split_rows(files: list[Path], config: str, plan: SplitPlan, scratch: Path
                     ) -> dict[str, list[Path]]:
    """Each split's rows of one config, as one scratch Parquet file per split; a split with
    no row of this config is left out (the Hub's loaders refuse a split with no data). A row
    of a story the articles do not hold (none in a consistent dataset) follows the hash
    rule."""
    lf = _scan(files)
    names = lf.collect_schema().names()
    key = pl.col("cluster_id").alias(KEY) if config == "clusters" else story_key(names)
    rows = lf.with_columns(key).join(plan.assignment.lazy(), on=KEY, how="left")
    orphans = rows.filter(pl.col(SPLIT).is_null()).select(KEY).unique().collect()[KEY]
    if len(orphans):
        extra = pl.DataFrame({KEY: orphans, "__fallback": _by_cluster(orphans.to_list(),
                                                                      plan.spec)})
        rows = (rows.join(extra.lazy(), on=KEY, how="left")
                .with_columns(pl.coalesce(SPLIT, "__fallback").alias(SPLIT))
                .drop("__fallback"))
    out: dict[str, list[Path]] = {}
    for name in plan.spec.names:
        path = scratch / f"{config}-{name}.parquet"
        rows.filter(pl.col(SPLIT) == name).drop(KEY, SPLIT).sink_parquet(path)
        if pq.read_metadata(path).num_rows:
            out[name] = [path]
    return out
