"""``dedup_dataset``: an extract output folder in, a deduplicated dataset out.

Stages (docs/dedup.md): sketch shards in parallel -> exact groups -> LSH and anchor
candidates -> verification on shingle sets -> union-find clusters -> canonical copy ->
write articles/, copies/, clusters/ (signatures/ were written by the sketch stage).
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import polars as pl
import pyarrow.dataset as pads

from warctools.dedup._kernel import intersect_pairs, union_find
from warctools.dedup.cluster import RELATION_NAMES, assign_clusters
from warctools.dedup.index import DocIndex, candidate_stage, exact_groups
from warctools.dedup.minhash import sketch_prepared
from warctools.dedup.params import DedupParams, DedupSummary
from warctools.dedup.prior import add_prior_release, prior_shingles
from warctools.dedup.sketch_stage import plan_shards, sketch_shard
from warctools.dedup.store import ShingleStore
from warctools.dedup.tasks import SketchTask
from warctools.dedup.verify import EXACT
from warctools.dedup.write import prepare_writes, write_empty_tables, write_shard
from warctools.storage import check_parquet
from warctools.templates.params import DEFAULT_TEMPLATES, TemplateParams

if TYPE_CHECKING:
    from warctools.executors.base import Executor

__all__ = ["dedup_dataset", "input_files", "WORK_STAGE"]

log = logging.getLogger(__name__)
WORK_STAGE = "dedup"
_META = ("id", "url", "host", "published", "warc_date", "wire_source", "word_count")


def input_files(dataset: Path) -> list[Path]:
    """``DATASET/articles/**/*.parquet`` (or ``DATASET/*.parquet``), sorted."""
    dataset = Path(dataset)
    folder = dataset / "articles" if (dataset / "articles").is_dir() else dataset
    files = sorted(p for p in folder.rglob("*.parquet") if not p.name.startswith("."))
    if not files:
        from warctools.errors import UsageError

        raise UsageError(f"{dataset} holds no articles/*.parquet: pass the output folder of "
                         "`warctools extract`")
    check_parquet(files, "articles", ("id", "text"))
    return files


def _read_meta(files: list[Path], nsh: np.ndarray) -> pl.DataFrame:
    ds = pads.dataset([str(f) for f in files], format="parquet")
    cols = [c for c in _META if c in ds.schema.names]
    df = pl.from_arrow(ds.to_table(columns=cols))
    assert isinstance(df, pl.DataFrame)
    for c in _META:
        if c not in df.columns:
            dtype = pl.Datetime("us", "UTC") if c in ("published", "warc_date") else pl.String
            df = df.with_columns(pl.lit(None, dtype=dtype).alias(c))
    length = pl.col("word_count").cast(pl.Int64) if "word_count" in cols else pl.lit(None)
    return df.with_columns(
        pl.Series("idx", np.arange(df.height, dtype=np.int64)),
        pl.coalesce(length, pl.Series(nsh[: df.height].astype(np.int64))).alias("length"),
    )


def _verify(work: Path, index: DocIndex, params: DedupParams, summary: DedupSummary,
            executor: Executor, prior: tuple[np.ndarray, np.ndarray, np.ndarray] | None
            ) -> dict[str, np.ndarray]:
    """Verify every pair partition's candidates by tasks; the verified edges."""
    from warctools.dedup.verify_stage import (
        gather_edges,
        verify_partition,
        verify_tasks,
        write_verify_inputs,
    )

    write_verify_inputs(work, index.nsh, index.host_codes(), index.shard_starts, prior)
    tasks = verify_tasks(work, params.partitions, index.n_new, params)
    for result in executor.map(verify_partition, tasks):
        for name, count in result["rejected"].items():
            summary.rejected[name] = summary.rejected.get(name, 0) + int(count)
    return gather_edges(work, params.partitions)


_WARM: set[str] = set()


def warm_up(params: DedupParams) -> None:
    """Load the compiled kernels (numba's cache) in this process: forked workers inherit
    them, and ``warctools run`` calls this while its workers extract."""
    key = json.dumps(params.sketch_kwargs(), sort_keys=True)
    if key in _WARM:
        return
    sketch_prepared(["warm up the kernels"], **params.sketch_kwargs())
    union_find(2, np.zeros(1, np.int64), np.ones(1, np.int64))
    flat, offsets = np.zeros(1, np.uint32), np.zeros(2, np.int64)  # as the mmapped shards:
    flat.setflags(write=False)  # read-only
    offsets.setflags(write=False)
    first = np.zeros(1, np.int64)
    intersect_pairs(flat, offsets, first, flat, offsets, first)
    _WARM.add(key)


def _claim_work(work: Path, files: list[Path], params: DedupParams, prevs: list[Path],
                templates: TemplateParams | None) -> None:
    """Keep the working folder of an interrupted run (``--resume``) only when it was made
    from the same inputs, parameters and earlier releases; otherwise start it afresh, so
    no task marker or file of another run is ever taken for this one's."""
    stamp = {"params": params.as_dict(), "against": [str(p) for p in prevs],
             "templates": templates.as_dict() if templates else None,
             "inputs": [[str(f), f.stat().st_size, f.stat().st_mtime_ns] for f in files]}
    path = work / "run.json"
    try:
        same = json.loads(path.read_text(encoding="utf-8")) == json.loads(json.dumps(stamp))
    except (OSError, ValueError):
        same = False
    if not same:
        from warctools.storage import write_json_atomic

        shutil.rmtree(work, ignore_errors=True)
        write_json_atomic(path, stamp)


def _star_labels(work: Path, edges: dict[str, np.ndarray], n: int, executor: Executor,
                 params: DedupParams) -> np.ndarray:
    """Components by large-star/small-star tasks over the verified edges, written to disk."""
    from warctools.dedup.arrays import save_array
    from warctools.dedup.components import star_components

    folder = work / "components"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "edges.npy"
    save_array(path, np.stack([edges["lo"], edges["hi"]], axis=1).astype(np.int64))
    return star_components([path], n, folder / "stars", executor,
                           partitions=params.partitions)


def dedup_dataset(dataset: Path, out: Path, *, params: DedupParams | None = None,
                  executor: Executor | None = None, against: Path | Sequence[Path] | None = None,
                  keep_work: bool = False,
                  templates: TemplateParams | None = DEFAULT_TEMPLATES) -> DedupSummary:
    """Deduplicate ``dataset`` (an extract output) into ``out`` (already prepared).

    Writes ``out/articles``, ``out/copies``, ``out/clusters``, ``out/signatures`` (and
    ``out/templates``); returns a summary whose ``as_dict()`` is JSON-serialisable.
    ``against``: earlier dedup output(s) whose stories new copies are matched to
    (docs/dedup.md, "Against an earlier release"). ``templates``: the template stage's
    parameters (docs/templates.md), None to leave the texts as extracted.
    """
    from warctools.executors import make_executor

    params = params or DedupParams()
    out = Path(out)
    prevs = [] if against is None else [Path(against)] if isinstance(against, (str, Path)) \
        else [Path(p) for p in against]
    summary = DedupSummary(params=params.as_dict(), against=[str(p) for p in prevs])
    clock = time.perf_counter()
    files = input_files(Path(dataset))
    work = out / "_work" / WORK_STAGE
    _claim_work(work, files, params, prevs, templates)
    executor = executor or make_executor("local", jobs=1)
    warm_up(params)  # forked workers inherit the loaded kernels
    barred = None
    if templates is not None:
        from warctools.templates.learn import learn_templates

        learnt = learn_templates(files, work / "templates", out, templates, executor=executor,
                                 partitions=params.partitions, shard_rows=params.shard_rows,
                                 batch_rows=params.batch_rows, prevs=prevs)
        files, barred, summary.templates = learnt.files, ~learnt.mergeable, learnt.summary
        summary.seconds["templates"] = learnt.summary["seconds"]
        clock = time.perf_counter()
    shards = plan_shards(files, params.shard_rows)
    executor.map(sketch_shard, [SketchTask(s, str(work), str(out / "signatures"), params)
                              for s in shards])
    summary.shards = len(shards)
    summary.seconds["sketch"] = round(time.perf_counter() - clock, 3)

    clock = time.perf_counter()
    index = DocIndex.load(work, shards, params)
    if barred is not None:
        index.barred = barred
    meta = _read_meta(files, index.nsh)
    for prev in prevs:
        add_prior_release(index, prev, params)
    index.set_hosts(meta["host"].to_arrow())
    store = ShingleStore(work, index.shard_starts, index.n_new)
    exact, is_rep = exact_groups(index, params)
    summary.candidates, prior_in_pairs = candidate_stage(
        index, is_rep, params, work, [s.shard for s in shards], executor)
    prior_needed = np.concatenate([prior_in_pairs, exact[1][exact[1] >= index.n_new],
                                   exact[0][exact[0] >= index.n_new]])
    prior = None
    if prior_needed.size:
        prior = prior_shingles(index, prevs, prior_needed, params)
        store.set_prior(*prior)
    summary.seconds["candidates"] = round(time.perf_counter() - clock, 3)

    clock = time.perf_counter()
    edges = _verify(work, index, params, summary, executor, prior)
    summary.candidates["exact_edges"] = int(exact.shape[1])
    summary.candidates["verified_edges"] = int(edges["lo"].size)
    edges = {"lo": np.concatenate([exact[0], edges["lo"]]),
             "hi": np.concatenate([exact[1], edges["hi"]]),
             "rel": np.concatenate([np.full(exact.shape[1], EXACT, np.int8), edges["rel"]]),
             "sim": np.concatenate([np.ones(exact.shape[1], np.float32), edges["sim"]])}
    labels = _star_labels(work, edges, index.n_total, executor, params) \
        if params.components == "stars" else None
    assignment = assign_clusters(index, edges, meta, params, store, labels)
    summary.seconds["cluster"] = round(time.perf_counter() - clock, 3)

    clock = time.perf_counter()
    writes = prepare_writes(shards, out, work, assignment, index, meta,
                            batch_rows=params.batch_rows)
    del store
    counts = {"articles": 0, "copies": 0}
    for result in executor.map(write_shard, writes):
        counts["articles"] += int(result["articles"])
        counts["copies"] += int(result["copies"])
    if not writes:
        write_empty_tables(out)
    summary.seconds["write"] = round(time.perf_counter() - clock, 3)
    _fill_summary(summary, assignment, index, counts)
    if not keep_work:
        shutil.rmtree(work, ignore_errors=True)
    return summary


def _fill_summary(summary: DedupSummary, a: Any, index: DocIndex, counts: dict[str, int]) -> None:
    summary.articles_in = int(index.n_new)
    summary.stories = counts["articles"]
    summary.copies = counts["copies"]
    codes, freq = np.unique(a.relation, return_counts=True)
    summary.relations = {RELATION_NAMES[int(c)]: int(f) for c, f in zip(codes, freq, strict=True)}
    summary.clusters_with_copies = summary.relations.get("canonical", 0)
    summary.largest_cluster = int(a.size.max()) if a.size.size else 0
    summary.matched_earlier = int((a.root >= index.n_new).sum())
