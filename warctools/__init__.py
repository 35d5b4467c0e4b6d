"""warctools: turn web-archive crawls into clean, deduplicated news-article datasets.

The public API (imported lazily, so ``import warctools`` and the CLI start fast)::

    from warctools import iter_records, extract_article, extract_dataset, dedup_dataset
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from warctools._version import __version__

__all__ = [
    "__version__",
    "InputFile",
    "expand_inputs",
    "iter_records",
    "extract_article",
    "extract_dataset",
    "run_pipeline",
    "dedup_dataset",
    "ExtractParams",
    "RecordFilters",
    "arrow_schema",
    "ParquetSink",
]

_LAZY: dict[str, str | tuple[str, str]] = {
    "InputFile": "warctools.readers",
    "expand_inputs": "warctools.readers",
    "iter_records": "warctools.readers",
    "extract_article": ("warctools.extract", "extract"),
    "extract_dataset": "warctools.pipeline.extract_run",
    "run_pipeline": "warctools.pipeline.run_all",
    "dedup_dataset": "warctools.dedup",
    "ExtractParams": "warctools.config",
    "RecordFilters": "warctools.pipeline.filters",
    "arrow_schema": "warctools.schema",
    "ParquetSink": "warctools.writers.parquet",
}


def __getattr__(name: str) -> Any:
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module 'warctools' has no attribute {name!r}")
    module, attr = where if isinstance(where, tuple) else (where, name)
    return getattr(import_module(module), attr)


def __dir__() -> list[str]:
    return sorted(__all__)
