"""Options shared by the verbs (the contract in DESIGN.md: --jobs, --executor, --resume ...)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


def execution_options(func: F) -> F:
    """--jobs, --executor, --ray-address."""
    func = click.option("--ray-address", default=None, metavar="ADDR",
                        help="Ray cluster to join (with --executor ray).")(func)
    func = click.option("--executor", type=click.Choice(["local", "ray"]), default="local",
                        show_default=True, help="local process pool, or Ray tasks.")(func)
    func = click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                        help="Worker processes (default: all cores). Output is identical "
                             "for every value.")(func)
    return func


def output_options(func: F) -> F:
    """-o/--output, --overwrite, --resume."""
    func = click.option("--resume", is_flag=True,
                        help="Continue an interrupted run: finished tasks are skipped.")(func)
    func = click.option("--overwrite", is_flag=True,
                        help="Replace a dataset already in the output folder.")(func)
    func = click.option("-o", "--output", "output", required=True,
                        type=click.Path(file_okay=False), help="Output folder.")(func)
    return func


def verbosity_options(func: F) -> F:
    """-q/--quiet and -v/--verbose."""
    func = click.option("-v", "--verbose", count=True, help="More logging (-vv for debug).")(func)
    func = click.option("-q", "--quiet", is_flag=True,
                        help="No progress bar and no summary, only errors.")(func)
    return func


def setup_logging(quiet: bool, verbose: int) -> None:
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else
                                         logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
