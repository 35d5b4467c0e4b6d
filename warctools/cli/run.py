"""``warctools run INPUT... -o OUT``: extract, then collapse syndicated copies."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from warctools.cli._filters import filter_options
from warctools.cli._options import (
    close_output,
    default_jobs,
    execution_options,
    open_output,
    output_options,
    verbosity_options,
)
from warctools.cli.dedup import dedup_options, dedup_params, template_line, template_params
from warctools.cli.extract import (
    extract_params,
    input_options,
    input_selection,
    start_input_command,
)


@click.command("run")
@input_options
@filter_options
@dedup_options
@output_options
@execution_options
@verbosity_options
def command(inputs: tuple[str, ...], paths_file: str | None, prefix: str | None,
            max_payload_bytes: int, timeout_s: float, keep_non_articles: bool,
            date_fallback: str, retries: int, limit: int | None, sample: float | None,
            sample_seed: int,
            against: tuple[str, ...], output: str, overwrite: bool, resume: bool,
            staging: str | None, jobs: int | None, executor: str, ray_address: str | None,
            quiet: bool, verbose: int, filters: Any, **options: Any) -> None:
    """Extract articles from WARC/ARC INPUTs, then collapse syndicated copies.

    Writes OUT/articles/ (one row per story), OUT/copies/, OUT/clusters/, OUT/errors/,
    OUT/signatures/ and OUT/summary.json.
    """
    start_input_command(inputs, paths_file, quiet, verbose)
    from warctools.cli._startup import collect_from_here
    from warctools.cli._summary import exit_code, print_extract_summary
    from warctools.pipeline.run_all import run_pipeline

    collect_from_here()
    out, url = open_output(output, overwrite, resume, staging)
    summary = run_pipeline(
        inputs, out, extract_params=extract_params(max_payload_bytes, timeout_s,
                                                   keep_non_articles, date_fallback,
                                                   retries),
        dedup_params=dedup_params(**options), against=[Path(p) for p in against],
        templates=template_params(keep_non_articles=keep_non_articles, **options),
        paths_file=paths_file, prefix=prefix, jobs=jobs or default_jobs(), executor=executor,
        ray_address=ray_address, resume=resume, show_progress=not quiet,
        select=input_selection(limit, sample, sample_seed), filters=filters,
    )
    if not quiet:
        print_extract_summary(summary)
        d = summary["dedup"]
        click.echo(f"dedup: {d['articles_in']} articles -> {d['stories']} stories, "
                   f"{d['copies']} copies collapsed", err=True)
        if d.get("templates"):
            click.echo(template_line(d["templates"]), err=True)
    close_output(out, url, quiet)
    sys.exit(exit_code(summary))
