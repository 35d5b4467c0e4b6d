"""``warctools inspect WARC...``: record counts by type, MIME type, status, and errors."""

from __future__ import annotations

import json
import sys
from typing import Any

import click


def _print_counts(title: str, counts: dict[str, int]) -> None:
    if not counts:
        return
    click.echo(f"  {title}:")
    width = max(len(str(k)) for k in counts)
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        click.echo(f"    {str(key):<{width}}  {n:>8,}")


def _error_line(row: Any) -> str:
    if not isinstance(row, dict):
        return str(row)
    fatal = "" if row.get("fatal", True) else " (record still used)"
    return (f"@{row.get('warc_offset')} {row.get('stage')}/{row.get('reason')}{fatal}: "
            f"{row.get('message') or ''} {row.get('url') or ''}".rstrip())


def _print_report(name: str, report: dict[str, Any]) -> None:
    click.echo(name)
    for key, value in report.items():
        if isinstance(value, dict):
            _print_counts(key.replace("_", " "), value)
        elif isinstance(value, list):
            click.echo(f"  {key.replace('_', ' ')}: {len(value)}")
            for row in value[:20]:
                click.echo(f"    {_error_line(row)}")
            if len(value) > 20:
                click.echo(f"    ... {len(value) - 20} more (--json lists all)")
        else:
            click.echo(f"  {key.replace('_', ' ')}: {value}")


@click.command("inspect")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per input.")
def command(inputs: tuple[str, ...], as_json: bool) -> None:
    """Count a WARC/ARC file's records by type, MIME type, HTTP status, and list errors."""
    from warctools.errors import InputError
    from warctools.readers import expand_inputs, inspect_file

    files, skipped = expand_inputs(list(inputs))
    failed = False
    for s in skipped:
        click.echo(f"{s.name}: skipped ({s.reason})", err=True)
    for f in files:
        try:
            report = inspect_file(f)
        except InputError as exc:
            click.echo(f"{f.name}: error: {exc}", err=True)
            failed = True
            continue
        if as_json:
            click.echo(json.dumps({"name": f.name, **report}, default=str, sort_keys=True))
        else:
            _print_report(f.name, report)
    sys.exit(1 if failed else 0)
