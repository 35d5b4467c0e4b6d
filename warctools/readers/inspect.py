"""``warctools inspect WARC``: what a file holds, by record type, MIME type, status."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .revisit import PayloadIndex, RevisitLookup
from .sources import InputFile
from .warc import DEFAULT_MAX_PAYLOAD, as_input, iter_records_with_info

__all__ = ["inspect_file"]


def _sorted(counter: Counter[Any]) -> dict[str, int]:
    return {str(k): v for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))}


def inspect_file(inp: InputFile | str | Path, *, max_payload_bytes: int = DEFAULT_MAX_PAYLOAD,
                 revisit_lookup: PayloadIndex | RevisitLookup | None = None) -> dict[str, Any]:
    """Counts for one input; plain JSON-able types.

    Keys: ``file``, ``records`` (records read: outcomes that are a record, not a damaged
    region), ``outcomes`` (by status), ``record_types``, ``mime_types`` (of response,
    resource and revisit records; ``""`` when undeclared), ``http_status``, ``skipped``
    (by reason), ``captures``, ``truncated_captures``, ``charsets`` (of captures, with
    their source), ``errors`` (every error row, as dicts).
    """
    source = as_input(inp)
    types: Counter[str] = Counter()
    mimes: Counter[str] = Counter()
    statuses: Counter[int] = Counter()
    skipped: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    charsets: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    truncated = 0
    for outcome, info in iter_records_with_info(source, max_payload_bytes=max_payload_bytes,
                                                revisit_lookup=revisit_lookup):
        outcomes[outcome.status] += 1
        if outcome.warc_type is not None:
            types[outcome.warc_type] += 1
        if info.mime is not None:
            mimes[info.mime] += 1
        if info.http_status is not None:
            statuses[info.http_status] += 1
        if outcome.skip_reason:
            skipped[outcome.skip_reason] += 1
        if outcome.capture is not None:
            truncated += outcome.capture.truncated
            charsets[f"{outcome.capture.charset} ({outcome.capture.charset_source})"] += 1
        errors.extend(asdict(e) for e in outcome.errors)
    return {
        "file": source.name,
        "records": sum(types.values()),
        "outcomes": _sorted(outcomes),
        "record_types": _sorted(types),
        "mime_types": _sorted(mimes),
        "http_status": _sorted(statuses),
        "skipped": _sorted(skipped),
        "captures": outcomes["capture"],
        "truncated_captures": truncated,
        "charsets": _sorted(charsets),
        "errors": errors,
    }
