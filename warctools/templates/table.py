"""``OUT/templates/``: the per-outlet table of template blocks and template-only pages
(schemas/template.v1.json), written by the template stage, read back by ``--against`` and
``warctools explain``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.dataset as pads

from warctools.schema import arrow_schema
from warctools.templates.blocks import mix_keys, outlet_hash

__all__ = ["TABLE", "write_table", "prior_blocks", "read_blocks"]

TABLE = "templates"
_PRIOR = {"rel": pl.Int64, "o": pl.UInt64, "key": pl.UInt64, "stories": pl.UInt64,
          "n": pl.UInt64}


def _keys(domains: list[str], hashes: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """(outlet hashes, template keys) of rows of the table."""
    outlets = np.array([outlet_hash(d) for d in domains], np.uint64)
    return outlets, mix_keys(outlets, np.array(hashes, np.uint64))


def _read(folder: Path) -> pa.Table | None:
    files = sorted(p for p in folder.glob("*.parquet") if not p.name.startswith("."))
    if not files:
        return None
    return pads.dataset([str(f) for f in files], format="parquet").to_table()


def write_table(folder: Path, work: Path, tmpl: np.ndarray, shards: Sequence[int]) -> int:
    """Join the template keys (rows ``(key, outlet, stories, outlet stories)``) with the
    first text the apply tasks met for each (smallest document number), add the
    template-only pages, and write ``folder/part-00000.parquet``; returns its rows."""
    from warctools.writers.parquet import write_table_atomic

    schema = arrow_schema("template")
    found = [pl.read_parquet(work / f"found-{s:05d}.parquet") for s in shards]
    only = [pl.read_parquet(work / f"only-{s:05d}.parquet") for s in shards]
    counts = pl.DataFrame({"key": tmpl[:, 0], "stories": tmpl[:, 2].astype(np.int64),
                           "outlet_stories": tmpl[:, 3].astype(np.int64)},
                          schema={"key": pl.UInt64, "stories": pl.Int64,
                                  "outlet_stories": pl.Int64})
    blocks = pl.DataFrame(schema={"domain": pl.String, "block_hash": pl.UInt64,
                                  "text": pl.String, "articles": pl.Int64, "key": pl.UInt64})
    if found:
        met = pl.concat(found)
        met = met.with_columns(pl.Series("key", _keys(met["domain"].to_list(),
                                                      met["block_hash"].to_list())[1]))
        blocks = (met.sort("doc").group_by("key", maintain_order=True)
                  .agg(pl.col("domain").first(), pl.col("block_hash").first(),
                       pl.col("text").first(), pl.col("articles").sum()))
    rows = (blocks.join(counts, on="key", how="inner")
            .with_columns(pl.lit("block").alias("kind"))
            .drop("key"))
    pages = pl.DataFrame(schema={"domain": pl.String, "id": pl.String, "url": pl.String,
                                 "title": pl.String, "doc": pl.Int64,
                                 "template_blocks": pl.Int64})
    if only:
        pages = pl.concat(only)
    pages = pages.sort("doc").select(
        "domain", pl.lit("page").alias("kind"), pl.col("title").alias("text"),
        pl.col("template_blocks").alias("articles"), "id", "url")
    table = (pl.concat([rows, pages], how="diagonal")
             .sort(["domain", "kind", "stories", "articles", "block_hash", "id"],
                   descending=[False, False, True, True, False, False], nulls_last=True)
             .select([f.name for f in schema]))
    write_table_atomic(folder / "part-00000.parquet",
                       table.to_arrow().cast(schema))
    return table.height


def prior_blocks(prevs: Sequence[Path]) -> pl.DataFrame:
    """The template blocks of earlier releases: rows ``(rel, o, key, stories, n)`` (which
    release, outlet hash, (outlet, block) key, stories carrying the block, the outlet's
    stories)."""
    frames = []
    for rel, prev in enumerate(prevs):
        table = _read(Path(prev) / TABLE)
        if table is None:
            continue
        df = pl.from_arrow(table)
        assert isinstance(df, pl.DataFrame)
        df = df.filter((pl.col("kind") == "block") & pl.col("block_hash").is_not_null())
        o, keys = _keys(df["domain"].to_list(), df["block_hash"].to_list())
        frames.append(pl.DataFrame({"rel": [rel] * len(o), "o": o, "key": keys,
                                    "stories": df["stories"], "n": df["outlet_stories"]},
                                   schema=_PRIOR))
    if not frames:
        return pl.DataFrame(schema=_PRIOR)
    return pl.concat(frames)


def read_blocks(folders: Sequence[Path], domains: Sequence[str]) -> dict[tuple[str, int], str]:
    """``(domain, block_hash) -> text`` of the template blocks of ``domains``."""
    out: dict[tuple[str, int], str] = {}
    for folder in folders:
        path = Path(folder) / TABLE
        if not path.is_dir():
            continue
        ds = pads.dataset(str(path), format="parquet")
        flt = (pads.field("kind") == "block") & pads.field("domain").isin(list(domains))
        for row in ds.to_table(columns=["domain", "block_hash", "text"], filter=flt).to_pylist():
            out.setdefault((row["domain"], row["block_hash"]), row["text"])
    return out
