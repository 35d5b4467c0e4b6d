"""``warctools report DATASET -o report.html``: a self-contained HTML page of charts."""

from __future__ import annotations

import click


@click.command("report")
@click.argument("dataset", type=click.Path(exists=True, file_okay=False))
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False),
              help="HTML file to write.")
@click.option("--title", default=None, help="Page title [default: the dataset folder's name].")
@click.option("-q", "--quiet", is_flag=True, help="No summary, only errors.")
def command(dataset: str, output: str, title: str | None, quiet: bool) -> None:
    """Chart DATASET (a `run`/`dedup`/`extract` output or a release) into one HTML file.

    Articles per day, per outlet and per language, the cluster-size distribution, which
    outlets carry which agency's stories, and the largest syndicated stories. The page
    has no external resource (inline SVG, CSS and JS) and embeds the numbers behind each
    chart as JSON (#report-data).
    """
    from pathlib import Path

    from warctools.report import write_report

    data = write_report(Path(dataset), Path(output), title=title)
    if not quiet:
        s = data["summary"]
        click.echo(f"wrote {output}: {s['articles']:,} stories from {s['outlets']:,} outlets",
                   err=True)
