"""Rows that flow between the stages: slotted dataclasses mirroring schemas/.

Reader contract (``warctools.readers``): for every record in an input file the reader
yields exactly one :class:`RecordOutcome`. Its ``status`` is

* ``"capture"``: an HTML response/resource (or a resolved revisit) with a decoded body;
  ``capture`` is set and extraction follows;
* ``"skipped"``: not a candidate (``skip_reason`` e.g. ``request``, ``warcinfo``,
  ``metadata``, ``non_html``, ``http_status``, ``revisit_unresolved``, ``empty``);
* ``"error"``: the record could not be read (``errors`` names why).

``errors`` may also be non-empty for a ``capture`` (e.g. a truncated body that is still
usable: ``capture.truncated`` is True and one non-fatal error row says so). Damage that
is not inside any record (garbage between records) is reported as an ``"error"`` outcome
of its own, at the offset where the garbage starts, so that every byte range is accounted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

__all__ = ["Capture", "ErrorRecord", "RecordOutcome", "Extracted", "Status", "word_count"]

Status = Literal["capture", "skipped", "error"]


def word_count(text: str) -> int:
    """The ``word_count`` column: whitespace-separated words of ``text``."""
    return len(text.split())


@dataclass(slots=True)
class ErrorRecord:
    """One row of ``OUT/errors/`` (schemas/error.v1.json)."""

    warc_filename: str
    warc_offset: int | None
    stage: str
    reason: str
    message: str | None = None
    warc_record_id: str | None = None
    url: str | None = None
    fatal: bool = True


@dataclass(slots=True)
class Capture:
    """An HTML payload with its WARC provenance, ready for extraction."""

    url: str
    warc_filename: str
    warc_offset: int
    warc_length: int
    warc_record_id: str | None
    warc_date: datetime | None
    warc_type: str
    payload_digest: str | None
    http_status: int | None
    content_type: str | None
    body: bytes  # transfer- and content-decoded payload, capped
    html: str  # body decoded with ``charset``
    charset: str
    charset_source: str  # bom | http | meta | detected | default
    truncated: bool = False
    revisit_of: str | None = None


@dataclass(slots=True)
class RecordOutcome:
    warc_filename: str
    warc_offset: int
    warc_type: str | None
    status: Status
    capture: Capture | None = None
    skip_reason: str | None = None
    errors: list[ErrorRecord] = field(default_factory=list)
    # the record's own provenance, where it could be read (also for skipped records)
    warc_length: int | None = None
    url: str | None = None
    warc_record_id: str | None = None
    warc_date: datetime | None = None
    payload_digest: str | None = None


@dataclass(slots=True)
class Extracted:
    """What the extractor finds in one HTML page (``warctools.extract.extract``)."""

    page_type: str  # article | home | section | tag | search | video | error | other
    text: str
    title: str | None = None
    authors: list[str] | None = None
    published: datetime | None = None
    modified: datetime | None = None
    published_source: str | None = None
    """Where ``published`` came from: jsonld | meta | time | url | text | htmldate |
    page_text | relative | month_day | capture."""
    published_utc_offset: int | None = None
    """Minutes east of UTC of the time the page states (local day = published + offset)."""
    published_ago: timedelta | None = None
    """Not a column: the age a page states ("3 hours ago") where no source or only a guess
    (htmldate, page_text) dated it; the pipeline dates it against the WARC-Date."""
    published_month_day: tuple[int, int] | None = None
    """Not a column: a month and day the headline shows without a year ("6月24日") where no
    source dated the page; the pipeline takes the year from the WARC-Date."""
    published_day_time: tuple[int, int, int] | None = None
    """Not a column: days before the capture, hour and minute of a "today" / "yesterday"
    with a time by the headline ("Heute, 10:30 Uhr") where no source or only a guess dated
    the page; the pipeline takes the day from the WARC-Date."""
    language: str | None = None
    site_name: str | None = None
    description: str | None = None
    canonical_url: str | None = None
    section: str | None = None
    tags: list[str] | None = None
    wire_source: str | None = None
    dateline: str | None = None
    dateline_start: int | None = None
    dateline_end: int | None = None
    extraction_method: str | None = None
    page_type_reason: str | None = None
    """The rule or figure that decided ``page_type`` (``jsonld_article``, ``prose>=1200``,
    ``listing:link_blocks=23``, ``url:tag_path``)."""
    warnings: list[str] = field(default_factory=list)
    """What the guard changed before extracting (``html_truncated``, ``deep_nesting_flattened``);
    each becomes a non-fatal errors row."""
