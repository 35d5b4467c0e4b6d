"""Read WARC/ARC inputs into per-record outcomes (captures, skips, errors).

See :mod:`warctools.readers.warc` for the reading contract, offsets and revisits,
:mod:`warctools.readers.sources` for inputs, :mod:`warctools.readers.charset` for the
encoding choice.
"""

from __future__ import annotations

from .charset import decode_html, lookup_label
from .inspect import inspect_file
from .process import RecordInfo
from .revisit import PayloadIndex, RevisitLookup, RevisitRef
from .sources import (
    InputFile,
    InputSelection,
    SkippedInput,
    expand_inputs,
    looks_like_archive,
    open_input,
)
from .warc import DEFAULT_MAX_PAYLOAD, iter_records, iter_records_with_info

__all__ = [
    "DEFAULT_MAX_PAYLOAD",
    "InputFile",
    "InputSelection",
    "PayloadIndex",
    "RecordInfo",
    "RevisitLookup",
    "RevisitRef",
    "SkippedInput",
    "decode_html",
    "expand_inputs",
    "inspect_file",
    "iter_records",
    "iter_records_with_info",
    "looks_like_archive",
    "lookup_label",
    "open_input",
]
