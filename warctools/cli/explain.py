"""``warctools explain OUT ID_A ID_B``: why two articles were or were not merged."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("explain")
@click.argument("output", type=click.Path(exists=True, file_okay=False))
@click.argument("id_a")
@click.argument("id_b")
@click.option("--against", "against", multiple=True,
              type=click.Path(exists=True, file_okay=False),
              help="Also look for the articles in this earlier dedup output.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def command(output: str, id_a: str, id_b: str, against: tuple[str, ...], as_json: bool) -> None:
    """Similarity, shared passages and the deciding rule for two articles of a dedup OUTPUT."""
    from warctools.dedup.explain import explain_pair, format_explanation

    result = explain_pair(Path(output), id_a, id_b, also=[Path(p) for p in against])
    if as_json:
        click.echo(json.dumps(result, indent=2, default=str))
    else:
        click.echo(format_explanation(result))
