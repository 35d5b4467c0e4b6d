"""Outlet templates learnt from the crawl (docs/templates.md).

A block (one line of an article's text) found on many of one outlet's stories is that
outlet's furniture, not its story: the stage counts normalised block hashes per outlet
(tasks over partition files), takes those blocks out of ``text`` before dedup sketches it,
and records what it took in ``template_blocks`` and ``OUT/templates/``::

    from warctools.templates import TemplateParams, learn_templates
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from warctools.templates.params import PAGE_TYPE, SKIP_REASON, TemplateParams

if TYPE_CHECKING:
    from warctools.templates.learn import TemplateRun, learn_templates

__all__ = ["PAGE_TYPE", "SKIP_REASON", "TemplateParams", "TemplateRun", "learn_templates"]


def __getattr__(name: str) -> Any:  # the driver loads polars: only on first use
    if name not in ("TemplateRun", "learn_templates"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.learn"), name)
    globals()[name] = value
    return value
