"""``warctools report``: one self-contained HTML page of charts about a dataset."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from warctools.release.layout import open_dataset_folder

__all__ = ["build_report", "write_report", "TOP_OUTLETS"]

TOP_OUTLETS = 100
"""Outlets listed in the report's health table (worst first)."""


def build_report(dataset: Path, *, title: str | None = None) -> tuple[str, dict[str, Any]]:
    """(HTML, the data behind it) for a run/dedup/extract output folder or a release."""
    from warctools._version import __version__
    from warctools.report.html import render_report
    from warctools.report.outlets import dataset_health
    from warctools.report.stats import report_data

    folder = open_dataset_folder(Path(dataset))
    data = report_data(folder.files("articles"))
    health = dataset_health(folder, data["summary"]["undated"])
    data["outlets"] = {"rows": health["outlets"][:TOP_OUTLETS],
                       "distinct": len(health["outlets"])}
    data["dates"] = {**health["dates"], "errors_known": health["errors_known"]}
    data["dataset"] = {"path": str(folder.root), "kind": folder.kind}
    name = title or f"{Path(dataset).resolve().name}: news articles"
    return render_report(data, title=name, tool_version=__version__), data


def write_report(dataset: Path, output: Path, *, title: str | None = None) -> dict[str, Any]:
    """Write the report to ``output`` (through a temporary name); returns its data."""
    html, data = build_report(dataset, title=title)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.parent / f".{output.name}.tmp"
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, output)
    return data
