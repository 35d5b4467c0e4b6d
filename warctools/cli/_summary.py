"""Printing the end-of-run summary (stderr, so stdout stays clean for pipes)."""

from __future__ import annotations

from typing import Any

import click

_MAX_FILE_LINES = 30


def print_extract_summary(summary: dict[str, Any]) -> None:
    inputs = summary["inputs"]
    if len(inputs) <= _MAX_FILE_LINES:
        for s in inputs:
            skipped = sum(s["skipped"].values())
            filtered = sum(s.get("filtered", {}).values())
            line = (f"{s['name']}: {s['records']} records = {s['articles']} articles + "
                    f"{skipped} skipped + {filtered} filtered + {s['errors']} errors")
            if s.get("failed"):
                line += f"  [FAILED: {s['failed']}]"
            click.echo(line, err=True)
    outside = 0
    for s in summary.get("skipped_inputs", []):
        if s["reason"] == "outside_date_range":
            outside += 1
        else:
            click.echo(f"{s['name']}: skipped ({s['reason']})", err=True)
    if outside:
        click.echo(f"{outside} input files skipped whole: their CC-NEWS names put them "
                   "outside --since/--until (outside_date_range)", err=True)
    t = summary["totals"]
    reasons = ", ".join(f"{k} {v}" for k, v in t["skipped"].items()) or "none"
    filtered = ", ".join(f"{k} {v}" for k, v in t.get("filtered", {}).items()) or "none"
    click.echo(
        f"total: {len(inputs)} files, {t['records']} records, {t['articles']} articles, "
        f"{t['errors']} errors ({t['error_rows']} error rows), skipped: {reasons}; "
        f"filtered: {filtered}",
        err=True,
    )


def exit_code(summary: dict[str, Any]) -> int:
    """0 when every input was read; 1 when one could not be opened or read at all."""
    return 1 if summary["totals"]["failed_inputs"] else 0
