"""The run summary's per-input accounting once template-only pages are left out."""

from __future__ import annotations

from typing import Any

from warctools.pipeline.finalize import totals
from warctools.templates.params import SKIP_REASON

__all__ = ["count_template_only"]


def count_template_only(extracted: dict[str, Any], templates: dict[str, Any]) -> dict[str, Any]:
    """``extracted`` (an extract summary) with each input's template-only articles moved
    from ``articles`` to ``skipped[template_only]``, and the totals recomputed, so that
    records read = articles + skipped + errors still holds."""
    by_file = templates.get("template_only_by_file") or {}
    if not by_file:
        return extracted
    inputs = []
    for entry in extracted["inputs"]:
        n = int(by_file.get(entry["name"], 0))
        if n:
            skipped = dict(entry["skipped"])
            skipped[SKIP_REASON] = skipped.get(SKIP_REASON, 0) + n
            entry = {**entry, "articles": entry["articles"] - n, "skipped": skipped}
        inputs.append(entry)
    return {**extracted, "inputs": inputs, "totals": totals(inputs)}
