"""A second opinion where the extractor finds (almost) nothing: trafilatura's text.

On a few pages the main-text search comes back nearly empty although the page shows a
story: a forum thread whose posts are all named comments (taken for a comment section),
a page rendered by scripts whose text the markup keeps elsewhere, a layout no container
of which holds the prose. An empty row is the worst answer for such a page (a lost
story, and an F1 of 0), and trafilatura, a well-kept extractor built on other
heuristics, often reads them. So where the main text is shorter than ``SHORT_TEXT``
characters, trafilatura reads the page too, and its text is taken when it is at least
``SHORT_TEXT`` characters and ``LONGER`` times the extractor's. It runs on about one page
in forty of the dev sets and never on a page whose text is long enough; its import (about
0.1 s) is paid by the first such page of a process. Where trafilatura cannot be imported
the extractor's own text stands.
"""

from __future__ import annotations

import logging

__all__ = ["LONGER", "SHORT_TEXT", "second_opinion"]

SHORT_TEXT = 250  # characters: main texts shorter than this get a second opinion
LONGER = 4  # ... whose text is taken when this many times longer (and SHORT_TEXT long)


def second_opinion(html: str, url: str, text: str) -> str | None:
    """trafilatura's text for the page, when ``text`` (the extractor's) is short and
    trafilatura's far longer; else None."""
    if len(text) >= SHORT_TEXT or not html:
        return None
    try:
        import trafilatura
    except ImportError:
        return None
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=False)
    except Exception:  # noqa: BLE001 - a second opinion must never cost the page
        return None
    found = (getattr(doc, "text", None) or "") if doc is not None else ""
    paragraphs = [" ".join(line.split()) for line in found.splitlines()]
    other = "\n\n".join(p for p in paragraphs if p)
    if len(other) < SHORT_TEXT or len(other) < LONGER * len(text):
        return None
    return other
