"""The template stage's tasks: frozen dataclasses (their functions are module-level in
:mod:`warctools.templates.stage` and run through :func:`warctools.storage.resumable`)."""

from __future__ import annotations

from dataclasses import dataclass

from warctools.dedup.tasks import Shard
from warctools.storage import DataclassTask
from warctools.templates.params import TemplateParams

__all__ = ["ApplyTask", "CountTask", "ScanTask"]


@dataclass(frozen=True)
class ScanTask(DataclassTask):
    """Hash one shard's pages and blocks into partition files."""

    span: Shard
    work: str
    partitions: int
    batch_rows: int


@dataclass(frozen=True)
class CountTask(DataclassTask):
    """Count the stories carrying each (outlet, block) key of one partition."""

    work: str
    shards: tuple[int, ...]
    partition: int
    params: TemplateParams


@dataclass(frozen=True)
class ApplyTask(DataclassTask):
    """Take the template blocks out of one shard's texts."""

    span: Shard
    work: str
    clean: str
    params: TemplateParams
    batch_rows: int
