"""Article extraction: main text and metadata of one HTML page.

    extract(html, url) -> Extracted            pure, no I/O
    extract_guarded(html, url, timeout_s=..., max_html_chars=...) -> Extracted
        input caps + per-page time limit; raises ExtractionTimeout / ExtractionError
        (``.reason`` names the errors row)

Pipeline: selectolax (lexbor) parse -> metadata from the raw tree (JSON-LD, meta,
markup, URL) -> remove boilerplate -> linearise into blocks -> choose the container by
prose vs link/boilerplate text -> keep its prose blocks (the rules, then a small block
model on lines around the story, ``block_model``) -> wire credit, language, page type.
The py3langid model starts loading in the background at the first extract()
call of a process (see ``language.prefetch``), not at import: a parent that only
imports this package before forking a pool starts no thread.
"""

from __future__ import annotations

from ._core import extract
from .guard import MAX_HTML_CHARS, ExtractionError, ExtractionTimeout, extract_guarded

__all__ = [
    "MAX_HTML_CHARS",
    "ExtractionError",
    "ExtractionTimeout",
    "extract",
    "extract_guarded",
]
