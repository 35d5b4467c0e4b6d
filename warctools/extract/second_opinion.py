"""A second opinion where the extractor finds (almost) nothing: trafilatura's text.

On a few pages the main-text search comes back nearly empty although the page shows a
story: a forum thread whose posts are all named comments (taken for a comment section),
a page rendered by scripts whose text the markup keeps elsewhere, a layout no container
of which holds the prose. An empty row is the worst answer for such a page (a lost
story, and an F1 of 0), and trafilatura, a well-kept extractor built on other
heuristics, often reads them. So where the main text is shorter than ``SHORT_TEXT``
characters on a page its own signals type an article (``classify.py``, from the DOM's
text: the second opinion never changes a page's type, so a login form, a shop's order page
or a listing with little text of its own is neither asked nor kept), and that shows at least
``MIN_TEXT`` characters and ``LONGER`` times more text than that outside its scripts and
styles, trafilatura reads the page too (its fast mode: without its own fallback
extractors), and its text is taken when it is at least
``MIN_TEXT`` characters and ``LONGER`` times the extractor's. On a page of many link lists
(``classify.LISTING_BLOCKS`` link-dense blocks or more: a portal's grids around a story the
page declares) its text is taken only where two paragraphs of prose or more, 400
characters, are no card's and the cards and short lines are under half of it: one card's
excerpt under its headline is no story.

It costs a trafilatura run (10-30 ms) on each page it asks about, and its import once per
process (about 0.1 s, most of it htmldate's, which many runs import anyway; its and
htmldate's patterns come from the package's cache, ``_regex.compiled_on_import``): the
thresholds were set on the dev sets' tune halves for the most stories rescued within the
throughput bar (5 of the 869 body pages asked, 5 taken; docs/extraction.md, session 8). Where
trafilatura cannot be imported the extractor's own text stands.
"""

from __future__ import annotations

import logging

from selectolax.lexbor import LexborHTMLParser

from .. import _regex
from ._blocks import PROSE_MIN
from ._phrases import is_boiler_line

__all__ = ["LONGER", "MIN_TEXT", "SHORT_TEXT", "second_opinion"]

SHORT_TEXT = 100  # characters: main texts shorter than this may get a second opinion
MIN_TEXT = 250  # ... on pages showing this much text, taken when at least this long
LONGER = 4  # ... and this many times the extractor's
_NOT_SHOWN = ["script", "style", "noscript", "template"]


def _shown_chars(html: str) -> int:
    """Characters of text the page shows (outside scripts, styles and templates)."""
    tree = LexborHTMLParser(html)
    tree.strip_tags(_NOT_SHOWN)
    body = tree.body
    return len(" ".join(body.text(separator=" ").split())) if body is not None else 0


def second_opinion(html: str, url: str, text: str, cards: frozenset[str] = frozenset(),
                   listing: bool = False) -> str | None:  # fmt: skip
    """trafilatura's text for the page, when ``text`` (the extractor's) is short and
    trafilatura's far longer, and what it adds is not mostly ``cards`` (the texts of the
    page's cards of other stories: a news brief beside its site's latest stories); else
    None. On a page of many link lists (``listing``: a portal's grids around the story)
    what it adds must be mostly no card's, whatever the extractor's own text."""
    if len(text) >= SHORT_TEXT or not html:
        return None
    if _shown_chars(html) < max(MIN_TEXT, LONGER * len(text)):
        return None  # nothing more to find (an empty page, a one-line post)
    try:
        with _regex.compiled_on_import():  # (its patterns, and htmldate's, from the cache:
            import trafilatura  # 15 ms of its import)
    except ImportError:
        return None
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=False,
                                          fast=True)
    except Exception:  # noqa: BLE001 - a second opinion must never cost the page
        return None
    found = (getattr(doc, "text", None) or "") if doc is not None else ""
    paragraphs = [_cells_read(" ".join(line.split())) for line in found.splitlines()]
    paragraphs = [p for p in paragraphs if p and not _furniture(p)]
    other = "\n\n".join(paragraphs)
    if len(other) < MIN_TEXT or len(other) < LONGER * len(text):
        return None
    if cards and _beside_cards(text, paragraphs, cards):
        return None  # the story is the short text: the rest is other stories' excerpts
    if listing and _mostly_cards(text, paragraphs, cards):
        return None  # a listing's cards and menus, read as a story
    return other


_MENU_ITEMS = 4  # a line of this many short items between bars is a menu
_MENU_ITEM = 30  # ... each of at most this many characters


def _furniture(line: str) -> bool:
    """A line of trafilatura's text that the extractor's own reading drops: a line of page
    furniture ("Share this article", "Image source, Getty Images") or a menu written as
    items between bars ("Home | News | Forums | FAQs | Contact")."""
    if is_boiler_line(line):
        return True
    items = line.split(" | ")
    return len(items) >= _MENU_ITEMS and all(len(item) <= _MENU_ITEM for item in items)


_ESCAPED_BAR = "\x00"  # a "\\|" in a cell's text, kept out of the split


def _cells_read(line: str) -> str:
    """A table row as trafilatura writes it ("| Poster: | Ana | Date: | May 2 |") read as
    the extractor reads one, its cells' texts in a line ("Poster: Ana Date: May 2"); a
    row of empty cells (a layout table's spacer) or its header's rule ("|---|---|") is no
    text. Any other line as it is."""
    if len(line) < 2 or line[0] != "|" or line[-1] != "|":
        return line
    cells = (c.strip() for c in line.replace("\\|", _ESCAPED_BAR).split("|"))
    return " ".join(c for c in cells if c.strip("-: ")).replace(_ESCAPED_BAR, "|")


_LISTING_PARAGRAPHS = 2  # paragraphs of prose a story among a listing's grids shows ...
_LISTING_PROSE = 400  # ... and characters of them (one excerpt of a card is no story)
_CARD_PART = 20  # characters of a card's title or excerpt found inside a line of the text


def _mostly_cards(text: str, paragraphs: list[str], cards: frozenset[str]) -> bool:
    """Is what trafilatura's ``paragraphs`` add to ``text`` a listing's: half or more of
    it lines holding the page's cards' titles and excerpts (alone or run together) or too
    short to be a story's, or fewer than ``_LISTING_PARAGRAPHS`` paragraphs of prose
    (``_LISTING_PROSE`` characters) that are no card's (another story's headline over its
    excerpt and byline)?"""
    added = [p for p in paragraphs if p and p not in text]
    total = sum(map(len, added))
    shown = [card for card in cards if len(card) >= _CARD_PART]  # (in a line of its own or
    prose = [p for p in added if len(p) >= PROSE_MIN and not any(c in p for c in shown)]  # not)
    if len(prose) < _LISTING_PARAGRAPHS or sum(map(len, prose)) < _LISTING_PROSE:
        return True
    return 2 * (total - sum(map(len, prose))) >= total


def _beside_cards(text: str, paragraphs: list[str], cards: frozenset[str]) -> bool:
    """Is ``text`` a short story of its own (a paragraph of prose, outside the page's
    cards), and what trafilatura's ``paragraphs`` add to it mostly the cards' titles and
    excerpts?"""
    own = [p for p in text.split("\n\n") if p.strip()]
    if not own or any(p in cards for p in own):
        return False
    if max(len(line) for p in own for line in p.split("\n")) < PROSE_MIN:
        return False  # no line of prose: a list, a greeting, not a story
    added = [p for p in paragraphs if p and p not in text]
    return 2 * sum(len(p) for p in added if p in cards) >= sum(map(len, added))
