"""Options shared by the verbs (the contract in DESIGN.md: --jobs, --executor, --resume ...)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
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
    """-o/--output, --overwrite, --resume, --staging."""
    func = click.option("--staging", type=click.Path(file_okay=False), default=None,
                        help="With -o URL: the local folder to work in before the upload "
                             "(default: under the temp dir, named from the URL).")(func)
    func = click.option("--resume", is_flag=True,
                        help="Continue an interrupted run: finished tasks are skipped.")(func)
    func = click.option("--overwrite", is_flag=True,
                        help="Replace a dataset already in the output folder.")(func)
    func = click.option("-o", "--output", "output", required=True,
                        help="Output folder, or an fsspec URL (s3://bucket/prefix): the "
                             "dataset is staged locally and uploaded when complete.")(func)
    return func


def open_output(output: str, overwrite: bool, resume: bool, staging: str | None
                ) -> tuple[Path, str | None]:
    """(local folder to run in, URL to publish to afterwards or None)."""
    from warctools.pipeline.output import prepare_output
    from warctools.writers.remote import is_remote, remote_output

    if is_remote(output):
        local = remote_output(output, overwrite=overwrite, resume=resume, staging=staging)
        return prepare_output(local, overwrite=overwrite or not resume, resume=resume), output
    local = Path(output[len("file://"):] if output.startswith("file://") else output)
    if local.exists() and not local.is_dir():
        raise click.BadParameter(f"{local} is a file, not a folder", param_hint="-o")
    return prepare_output(local, overwrite=overwrite, resume=resume), None


def close_output(out: Path, url: str | None, quiet: bool) -> None:
    """Upload a staged dataset to its URL (``_COMPLETE.json`` last)."""
    if url is None:
        return
    from warctools.writers.remote import publish_remote

    marker = publish_remote(out, url)
    if not quiet:
        click.echo(f"uploaded {len(marker['files'])} files to {url} (+ _COMPLETE.json)",
                   err=True)


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
