"""The tasks of the dedup stage: frozen dataclasses (picklable data; each
stage's function is module-level in its own module and runs through
:func:`warctools.storage.resumable`). A task's ``key()`` is all of its fields, so its
marker's digest covers its inputs, the work folder and the parameters."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from warctools.config import DedupParams
from warctools.storage import DataclassTask

__all__ = ["EdgeChunkTask", "PartitionTask", "Shard", "SketchTask", "StarTask", "VerifyTask",
           "WriteTask"]


@dataclass(frozen=True)
class Shard(DataclassTask):
    """Whole row groups of one input file, about ``shard_rows`` rows; shards are numbered
    and their rows counted (``start``) in file order."""

    shard: int
    path: str
    row_groups: tuple[int, ...]
    start: int
    rows: int


@dataclass(frozen=True)
class SketchTask(DataclassTask):
    """Sketch one shard (:func:`warctools.dedup.sketch_stage.sketch_shard`)."""

    span: Shard
    work: str
    signatures: str
    params: DedupParams


@dataclass(frozen=True)
class PartitionTask(DataclassTask):
    """One partition of the LSH shuffle: bucket it, then pair it
    (:mod:`warctools.dedup.buckets`); ``n_new``: documents of this run (the rest prior)."""

    work: str
    shards: tuple[str, ...]
    partition: int
    partitions: int
    params: DedupParams
    n_new: int


@dataclass(frozen=True)
class VerifyTask(DataclassTask):
    """Verify the candidates of one pair partition (:mod:`warctools.dedup.verify_stage`)."""

    work: str
    partition: int
    n_new: int
    params: DedupParams


@dataclass(frozen=True)
class WriteTask(DataclassTask):
    """Write one shard's articles/, copies/ and clusters/ (:mod:`warctools.dedup.write`)."""

    span: Shard
    out: str
    work: str
    batch_rows: int

    @property
    def marker(self) -> Path:
        return Path(self.work) / f"write-{self.span.shard:05d}.done.json"


@dataclass(frozen=True)
class EdgeChunkTask(DataclassTask):
    """Connected components, step 0: rows ``[start, stop)`` of one edge file over ``n``
    nodes into the first step's files (:mod:`warctools.dedup.components`; no marker: the
    components stage reruns whole)."""

    path: str
    start: int
    stop: int
    n: int
    out: str
    index: int
    partitions: int


@dataclass(frozen=True)
class StarTask(DataclassTask):
    """One large-star or small-star step over partition ``part``: the files the previous
    step's ``sources`` tasks wrote for it, under ``src``."""

    src: str
    sources: tuple[int, ...]
    part: int
    out: str
    index: int
    partitions: int
