"""``warctools extract INPUT... -o OUT``."""

from __future__ import annotations

import sys
from typing import Any

import click

from warctools.cli._filters import filter_options
from warctools.cli._options import (
    close_output,
    default_jobs,
    execution_options,
    open_output,
    output_options,
    setup_logging,
    verbosity_options,
)
from warctools.config import ExtractParams

_DEFAULTS = ExtractParams()  # each option's default is the params class's (one source)


def input_options(func):  # type: ignore[no-untyped-def]
    func = click.option("--sample-seed", type=int, default=0, show_default=True,
                        help="Seed of --sample (another seed, another sample).")(func)
    func = click.option("--sample", type=click.FloatRange(0.0, 1.0, min_open=True),
                        default=None, metavar="FRACTION",
                        help="Read a deterministic sample of the input files (e.g. 0.01): "
                             "the same files for the same names.")(func)
    func = click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
                        help="Read only the first N input files (after --sample).")(func)
    func = click.option("--retries", type=click.IntRange(min=0), default=_DEFAULTS.retries,
                        show_default=True,
                        help="Times a broken read of an s3:// or http(s):// input is retried "
                             "(resumed at the byte reached, within 60 s) before the file is "
                             "given up.")(func)
    func = click.option("--date-fallback", type=click.Choice(["none", "capture"]),
                        default="none", show_default=True,
                        help="capture: a page stating no publication date gets the capture "
                             "time (WARC-Date) as published, with published_source "
                             "'capture'.")(func)
    func = click.option("--keep-non-articles", is_flag=True,
                        help="Keep home/section/tag/... pages, marked by page_type.")(func)
    func = click.option("--timeout", "timeout_s", type=float, default=_DEFAULTS.timeout_s,
                        show_default=True,
                        help="Per-page extraction time limit in seconds.")(func)
    func = click.option("--max-payload-bytes", type=click.IntRange(min=1024),
                        default=_DEFAULTS.max_payload_bytes, show_default=True,
                        help="Cap on a decompressed payload.")(func)
    func = click.option("--prefix", default=None,
                        help="Prepended to each line of --paths-file (e.g. s3://commoncrawl/).")(func)
    func = click.option("--paths-file", default=None, metavar="FILE",
                        help="A Common Crawl style warc.paths[.gz] list of inputs.")(func)
    func = click.argument("inputs", nargs=-1)(func)
    return func


def start_input_command(inputs: tuple[str, ...], paths_file: str | None, quiet: bool,
                        verbose: int) -> None:
    """What extract and run do first: check the inputs, set up logging, trim start-up."""
    if not inputs and not paths_file:
        raise click.UsageError("give at least one INPUT or --paths-file")
    setup_logging(quiet, verbose)
    from warctools.cli._startup import hold_collection, skip_pandas_probe

    hold_collection()  # (until the command's modules are in: collect_from_here)
    skip_pandas_probe()


def input_selection(limit: int | None, sample: float | None, sample_seed: int):  # type: ignore[no-untyped-def]
    from warctools.readers import InputSelection

    if limit is None and sample is None:
        return None
    return InputSelection(limit=limit, sample=sample, seed=sample_seed)


def extract_params(max_payload_bytes: int, timeout_s: float, keep_non_articles: bool,  # type: ignore[no-untyped-def]
                   date_fallback: str = "none", retries: int = _DEFAULTS.retries):
    return ExtractParams(max_payload_bytes=max_payload_bytes, timeout_s=timeout_s,
                         keep_non_articles=keep_non_articles,
                         date_fallback=None if date_fallback == "none" else date_fallback,
                         retries=retries)


@click.command("extract")
@input_options
@filter_options
@output_options
@execution_options
@verbosity_options
def command(inputs: tuple[str, ...], paths_file: str | None, prefix: str | None,
            max_payload_bytes: int, timeout_s: float, keep_non_articles: bool,
            date_fallback: str, retries: int,
            limit: int | None, sample: float | None, sample_seed: int, output: str,
            overwrite: bool, resume: bool, staging: str | None, jobs: int | None, executor: str,
            ray_address: str | None, quiet: bool, verbose: int, filters: Any) -> None:
    """Extract articles from WARC/ARC INPUTs (files, folders, globs, -, s3:// or https://).

    Writes OUT/articles/, OUT/errors/ and OUT/summary.json.
    """
    start_input_command(inputs, paths_file, quiet, verbose)
    from warctools.cli._startup import collect_from_here
    from warctools.cli._summary import exit_code, print_extract_summary
    from warctools.pipeline.extract_run import extract_dataset

    collect_from_here()
    out, url = open_output(output, overwrite, resume, staging)
    summary = extract_dataset(
        inputs, out, params=extract_params(max_payload_bytes, timeout_s, keep_non_articles,
                                                   date_fallback, retries),
        paths_file=paths_file, prefix=prefix, jobs=jobs or default_jobs(), executor=executor,
        ray_address=ray_address, resume=resume, show_progress=not quiet,
        select=input_selection(limit, sample, sample_seed), filters=filters,
    )
    if not quiet:
        print_extract_summary(summary)
    close_output(out, url, quiet)
    sys.exit(exit_code(summary))
