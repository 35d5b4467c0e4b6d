"""``warctools dedup DATASET -o OUT``; ``dedup_options``/``dedup_params`` serve ``run`` too.

The options' defaults are the params classes' (``DedupParams``, ``TemplateParams``): one
source; an option named like a ``DedupParams`` field sets that field."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from warctools.cli._options import (
    close_output,
    default_jobs,
    execution_options,
    open_output,
    output_options,
    setup_logging,
    verbosity_options,
)
from warctools.config import COMPONENTS, KEEP_POLICIES, DedupParams
from warctools.templates.params import DEFAULT_TEMPLATES, TemplateParams

F = TypeVar("F", bound=Callable[..., Any])
_UNIT = click.FloatRange(0.0, 1.0, min_open=True, max_open=True)
_DEFAULTS = DedupParams()


def dedup_options(func: F) -> F:
    """--threshold, --containment, --keep, --against ... (the dedup stage's parameters)."""
    opts = [
        click.option("--against", "against", multiple=True,
                     type=click.Path(exists=True, file_okay=False),
                     help="An earlier dedup output: copies of its stories are matched to it "
                          "and not republished (repeatable)."),
        click.option("--keep", type=click.Choice(KEEP_POLICIES),
                     default=_DEFAULTS.keep, show_default=True,
                     help="Which copy is canonical (ties: agency site, length, id)."),
        click.option("--threshold", type=_UNIT, default=_DEFAULTS.threshold, show_default=True,
                     help="Jaccard of shingle sets for near duplicates."),
        click.option("--containment", type=_UNIT, default=_DEFAULTS.containment, show_default=True,
                     help="Share of the shorter text inside the longer for 'contained'."),
        click.option("--jaccard-floor", type=click.FloatRange(0.0, 1.0),
                     default=_DEFAULTS.jaccard_floor, show_default=True,
                     help="Least Jaccard for a 'contained' pair."),
        click.option("--same-site-jaccard-floor", type=click.FloatRange(0.0, 1.0),
                     default=_DEFAULTS.same_site_jaccard_floor, show_default=True,
                     help="Least Jaccard for a 'contained' pair of one host's pages."),
        click.option("--min-shingles", type=click.IntRange(min=1),
                     default=_DEFAULTS.min_shingles, show_default=True,
                     help="Shorter texts never merge."),
        click.option("--containment-min-shingles", type=click.IntRange(min=1),
                     default=_DEFAULTS.containment_min_shingles, show_default=True,
                     help="Least shingles of the shorter 'contained' text."),
        click.option("--num-perm", type=click.IntRange(min=8),
                     default=_DEFAULTS.num_perm, show_default=True,
                     help="MinHash permutations."),
        click.option("--seed", type=int, default=_DEFAULTS.seed, show_default=True,
                     help="MinHash seed."),
        click.option("--shingle-size", type=click.IntRange(min=1),
                     default=_DEFAULTS.shingle_size, show_default=True,
                     help="Words per shingle."),
        click.option("--partitions", type=click.IntRange(1, 65535),
                     default=_DEFAULTS.partitions,
                     show_default=True,
                     help="Partitions of the LSH shuffle (bucket, pair and verify tasks each); "
                          "same result for any."),
        click.option("--components", type=click.Choice(COMPONENTS),
                     default=_DEFAULTS.components,
                     show_default=True,
                     help="Connected components: union-find in this process, or "
                          "large-star/small-star tasks over files (edges beyond one "
                          "machine's memory); same clusters."),
        click.option("--no-templates", is_flag=True,
                     help="Leave the texts as extracted: do not learn each outlet's template "
                          "and take its blocks out before dedup (docs/templates.md)."),
        click.option("--template-threshold", type=click.FloatRange(0.0, 1.0, min_open=True),
                     default=DEFAULT_TEMPLATES.share, show_default=True,
                     help="Least share of an outlet's stories a block must be on to be its "
                          "template (and at least --template-min-pages of them)."),
        click.option("--template-min-pages", type=click.IntRange(min=2),
                     default=DEFAULT_TEMPLATES.min_pages,
                     show_default=True,
                     help="Least number of an outlet's stories a template block is on."),
    ]
    for opt in reversed(opts):
        func = opt(func)
    return func


def dedup_params(**options: Any) -> DedupParams:
    """The dedup stage's parameters from the options (those named like a field)."""
    return DedupParams.from_dict(options)


def template_line(t: dict[str, Any]) -> str:
    return (f"templates: {t['blocks']} blocks of {t['outlets']} outlets taken out of "
            f"{t['articles_cleaned']} articles; {t['template_only']} template-only pages, "
            f"{t['mostly_template']} mostly template (never merged)")


def template_params(no_templates: bool = False,
                    template_threshold: float = DEFAULT_TEMPLATES.share,
                    template_min_pages: int = DEFAULT_TEMPLATES.min_pages,
                    keep_non_articles: bool = False, **_: Any) -> TemplateParams | None:
    """The template stage's parameters from the options (None with --no-templates)."""
    if no_templates:
        return None
    return TemplateParams(share=template_threshold, min_pages=template_min_pages,
                          max_pages=max(template_min_pages, TemplateParams.max_pages),
                          keep_non_articles=keep_non_articles)


@click.command("dedup")
@click.argument("dataset", type=click.Path(exists=True, file_okay=False))
@click.option("--keep-non-articles", is_flag=True,
              help="Keep articles that are nothing but their outlet's template, marked "
                   "page_type 'template' (otherwise left out, counted as template_only).")
@dedup_options
@output_options
@execution_options
@verbosity_options
def command(dataset: str, against: tuple[str, ...], output: str, overwrite: bool,
            resume: bool, staging: str | None, jobs: int | None, executor: str,
            ray_address: str | None, quiet: bool, verbose: int, **options: Any) -> None:
    """Collapse syndicated copies in DATASET (an extract output folder).

    Writes OUT/articles/ (one row per story), OUT/copies/, OUT/clusters/, OUT/signatures/
    and OUT/summary.json.
    """
    setup_logging(quiet, verbose)
    from warctools.pipeline.dedup_run import dedup_run

    params = dedup_params(**options)
    templates = template_params(**options)
    out, url = open_output(output, overwrite, resume, staging)
    summary = dedup_run(Path(dataset), out, params=params, against=[Path(p) for p in against],
                        jobs=jobs or default_jobs(), executor=executor,
                        ray_address=ray_address, templates=templates)
    if not quiet:
        rel = ", ".join(f"{k} {v}" for k, v in sorted(summary["relations"].items()))
        click.echo(f"{summary['articles_in']} articles -> {summary['stories']} stories, "
                   f"{summary['copies']} copies ({rel}); "
                   f"{summary['matched_earlier']} matched an earlier release", err=True)
        if summary["templates"]:
            click.echo(template_line(summary["templates"]), err=True)
    close_output(out, url, quiet)
    sys.exit(0)
