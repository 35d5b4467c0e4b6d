"""A second opinion on the container's blocks: a small logistic model over their structure.

The rules keep every short line inside the story's container that no wording marks as
furniture, and every paragraph; many are not the story (a disclaimer, an author's bio,
"Kennt ihr schon ...?", a "write to us" box). The model judges two kinds of blocks the rules
keep (``candidates``): short lines before the story's first paragraph or after its last,
and paragraphs late in the story outside the element holding most of its prose. It scores
each by where it sits (the share of the story's prose before and after it, the distance to
the nearest paragraph, depth), what it looks like (length, link share, tag, closing
punctuation, a question, digits, capitals, an opening quote, contact details) and the
class/id names between it and the container. A block goes when its drop probability is above
``THRESHOLD`` (short lines) or ``PROSE_THRESHOLD`` (paragraphs). Weights:
``scripts/train_block_model.py``, fitted on the tune halves of the dev sets only; pure
Python at run time (a few dot products a page).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from operator import mul
from typing import TYPE_CHECKING

from ._alternation import Source, any_of, factored
from ._block_weights import PROSE_THRESHOLD, THRESHOLD, WEIGHTS
from ._blocks import (
    _HEADINGS,
    TABLE_LEVELS,
    custom_tag,
    holder,
    lone_row,
    one_cell,
    paragraph_tag,
    same_kind,
)
from ._clean import names_furniture, names_story
from ._phrases import QUESTION_MARKS

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

    from ._blocks import Block
    from .article import StoryBlocks

__all__ = ["FEATURES", "block_features", "candidates", "drop_probability", "judge_blocks"]

FEATURES = (
    "bias", "prose", "log_len", "link_density", "before_first", "after_last",
    "prose_after", "prose_before", "heading", "li", "p", "td", "other_tag", "ends_sentence",
    "ends_colon", "question", "digits", "short", "quote", "depth", "prose_sibling",
    "contact", "capitals", "gap", "after_heading", "blocks_after", "furniture_name",
    "story_name", "opens_quote",
)  # fmt: skip
_LATE = 0.8  # share of the story's prose before a paragraph the model may judge
_CELLS = frozenset(("td", "tr", "th"))
_QUESTION_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6", "dt"))  # a question asked over its answer
_QUOTES = frozenset('"“”„«»‘’\'‹›「『—–-[')  # dialogue, a quotation, a list's dash
_SENTENCE_END = tuple('.!?…"”»“)')
# (searched only: its factored twin, each alternative behind its first character)
_CONTACT_SOURCE = Source(r"@|https?:|www\.|©|\(c\)|\+\d|\btel\b|\bfax\b", re.IGNORECASE)
_CONTACT = factored(_CONTACT_SOURCE)
# ... asked only of a text whose lower case holds the plain text one of its alternatives does
# (one Aho-Corasick pass: the pattern's search tries each alternative at every character of
# a paragraph; none of these letters has a case fold that lower() writes otherwise)
_CONTACT_WORDS = any_of(("@", "http", "www.", "©", "(c)", "+", "tel", "fax"))
_ASCII_DIGITS = "0123456789"


def candidates(story: StoryBlocks, parts: set[int | None] | None = None) -> list[int]:
    """The blocks the model judges, among those the rules keep (code shown to readers never):

    * short lines (not prose, not rows of a table: data) before the story's first
      paragraph or after its last; inside the story a short line is a line of dialogue, a
      section heading or a list item as often as furniture, so the rules alone decide there;
    * paragraphs after ``_LATE`` of the story's prose that sit outside the element holding
      most of it (an author's bio, a disclaimer, a "write to us" box after the story); the
      body's own text is never one (a page written without ``<p>``: its paragraphs are
      text between ``<br>``s and headings, held by no element below the body).
    """
    picked = story.picked
    total = sum(len(block.text) for block, prose, _keep in picked
                if prose and holder(block) is not None)  # fmt: skip
    parts = story_parts(story) if parts is None else parts
    closing = _closing_list(story)
    wanted: list[int] = []
    seen = 0
    steps: set[int] = set()  # lists whose items hold paragraphs the model does not judge
    # (paragraphs not judged whose lists are not yet in ``steps``: asked for them where a
    # later paragraph is judged, on most pages none)
    unasked: list[Block] = []
    items: dict[int, bool] = {}  # (see _list_of)
    for index, (block, prose, keep) in enumerate(picked):
        if keep and not block.code and index not in story.cut:
            if prose:
                if seen < _LATE * total or holder(block) in parts:
                    unasked.append(block)
                else:
                    for earlier in unasked:
                        if (within := _list_of(earlier, story.nodes, items)) is not None:
                            steps.add(within)
                    unasked.clear()
                    if _list_of(block, story.nodes, items) not in steps or (
                            block.link_chars or not block.text.rstrip().endswith(
                                _SENTENCE_END)):  # fmt: skip
                        wanted.append(index)  # (a list's later steps go with its first:
                        # a recipe's instructions, each step in an item of its own)
            elif (index < story.first or index > story.last) and (
                    block.tag not in _CELLS or _row_over_story(story, index, block)) and not (
                    index > story.last and index in closing):  # fmt: skip
                wanted.append(index)
        if prose:
            seen += len(block.text)
    return wanted


def _list_of(block: Block, nodes: dict[int, LexborNode], items: dict[int, bool]) -> int | None:
    """The list (``<ol>``/``<ul>``) whose item holds ``block``, if one does (``items``:
    whether each element asked is an ``<li>``, remembered: blocks share their ancestors)."""
    ancestors = block.ancestors
    for depth in range(len(ancestors) - 1, 0, -1):
        mid = ancestors[depth]
        item = items.get(mid)
        if item is None:
            node = nodes.get(mid)
            item = items[mid] = node is not None and node.tag == "li"
        if item:
            return ancestors[depth - 1]
    return None


_LIST_ITEMS = frozenset(("li", "dd", "dt"))
_SENTENCE_WORDS = 4  # words of an item written as a sentence (a step, a definition)


def _closing_list(story: StoryBlocks) -> set[int]:
    """Indices of the items of a list that closes the story right after its last
    paragraph, two or more, unlinked and written as sentences (a how-to's steps, a
    glossary): the story's, whatever a trailing short line usually is."""
    picked, nodes = story.picked, story.nodes
    items: list[int] = []
    shared: int | None = None
    for index in range(story.last + 1, len(picked)):
        block, _prose, keep = picked[index]
        if not keep or block.link_chars:
            break
        item = next((mid for mid in reversed(block.ancestors)
                     if (node := nodes.get(mid)) is not None and node.tag in _LIST_ITEMS), None)
        if item is None:
            break
        box = block.ancestors[block.ancestors.index(item) - 1]  # the list
        if shared is not None and box != shared:
            break
        shared = box
        if block.tag != "dt" and (len(block.text.split()) < _SENTENCE_WORDS
                                  or block.text.rstrip()[-1:] not in ".!?:;。"):  # (a term)
            break
        items.append(index)
    return set(items) if len(items) >= 2 else set()


def _row_over_story(story: StoryBlocks, index: int, block: Block) -> bool:
    """Is ``block`` (at ``index``), before the story's first paragraph, the row of a
    one-cell layout table (standing for a ``<div>``)?"""
    if index >= story.first or block.tag != "tr":
        return False
    row = story.nodes.get(block.ancestors[-1])
    return row is not None and lone_row(row)


def story_parts(story: StoryBlocks) -> set[int | None]:
    """The element holding most of the story's prose and its siblings of its tag and class
    (a story set in parts between ad slots, ``<div class="body-part">`` after ``<div
    class="body-part">``, goes on in each of them), and None (text straight in the root)."""
    held: dict[int, int] = {}
    for block, prose, _keep in story.picked:
        if prose and (mid := holder(block)) is not None:
            held[mid] = held.get(mid, 0) + len(block.text)
    main = max(held, key=held.__getitem__) if held else None
    parts: set[int | None] = {None, main}
    node = story.nodes.get(main) if main is not None else None
    if node is not None:
        parts.update(sibling.mem_id for sibling in same_kind(node))
    return parts


def block_features(story: StoryBlocks, wanted: list[int],
                   parts: set[int | None] | None = None) -> list[list[float]]:  # fmt: skip
    """One feature row (``FEATURES``) for each block of ``story.picked`` in ``wanted``."""
    picked = story.picked
    total = sum(len(b.text) for b, prose, _k in picked if prose) or 1
    parents = {mid for b, prose, _k in picked if prose and (mid := holder(b)) is not None}
    parts = story_parts(story) if parts is None else parts
    parents.update(mid for mid in parts if mid is not None)  # (parts, prose or not)
    prose_at = [i for i, (_b, prose, _k) in enumerate(picked) if prose]
    before = [0] * (len(picked) + 1)  # prose characters before each block
    for index, (block, prose, _keep) in enumerate(picked):
        before[index + 1] = before[index] + (len(block.text) if prose else 0)
    names: dict[int, tuple[float, float]] = {}
    para = paragraph_tag(b for b, prose, _keep in picked if prose)
    return [_row(story, index, before[index], total, parents, prose_at, names, para)
            for index in wanted]  # fmt: skip


def _row(story: StoryBlocks, index: int, seen: int, total: int, parents: set[int],
         prose_at: list[int], names: dict[int, tuple[float, float]], para: str = "p"
         ) -> list[float]:  # fmt: skip
    block, prose, _keep = story.picked[index]
    text = block.text
    size = len(text)
    prior = bisect_left(prose_at, index)  # prose blocks before this one
    gap = min(index - prose_at[prior - 1] if prior else 99,
              prose_at[prior] - index if prior < len(prose_at) else 99)  # fmt: skip
    tag = "p" if block.tag == para else block.tag
    path = block.ancestors[story.depth + 1 :]
    own = holder(block)
    if len(path) >= 3 and _row_over_story(story, index, block):
        # a one-cell layout table's row over the story: the box it stands for, its table
        # and the table's body its own levels
        tag, path = "div", path[:-3] + path[-1:]
        own = block.ancestors[-4] if len(block.ancestors) >= 4 else None
    words = text.split()
    caps = sum([w[0].isupper() for w in words]) / len(words) if words else 0.0
    prev = story.picked[index - 1][0].tag if index else ""
    end = text.rstrip()
    return [
        1.0,
        float(prose),
        math.log1p(size) / 6.0,
        block.link_density,
        float(index < story.first),
        float(index > story.last),
        (total - seen - (size if prose else 0)) / total,
        seen / total,
        float(tag in _HEADINGS),
        float(tag == "li"),
        float(tag == "p"),
        float(tag in _CELLS),
        float(tag not in _HEADINGS and tag not in _CELLS and tag not in ("li", "p")),
        float(end.endswith(_SENTENCE_END)),
        float(end.endswith(":")),
        float("?" in text),
        _digits(text) / size if size else 0.0,
        float(len(words) <= 3),
        float(block.in_quote),
        min(_depth(story, path) + 1, 12) / 12.0,
        float(own in parents),
        float(_contact(text)),
        caps,
        math.log1p(min(gap, 99)) / 4.6,
        float(prev in _HEADINGS),
        math.log1p(len(story.picked) - index - 1) / 6.0,
        *_names(story, block.ancestors[story.depth + 1 :], names),
        float(text[:1] in _QUOTES),
    ]




def _digits(text: str) -> int:
    """Characters of ``text`` that are digits (``str.isdigit``): in an ASCII text the ten
    ASCII digits, counted by ten scans instead of a call per character."""
    if text.isascii():
        return sum(map(text.count, _ASCII_DIGITS))
    return sum(map(str.isdigit, text))


def _contact(text: str) -> bool:
    """Does ``text`` hold contact details (an address, a phone number, a copyright sign)?"""
    return _CONTACT_WORDS(text.lower()) and _CONTACT.search(text) is not None


def _depth(story: StoryBlocks, path: tuple[int, ...]) -> int:
    """Levels between the container and the block, a table counting one (its body and
    row are its own: a page of layout tables is no deeper than one of ``<div>``s)."""
    if len(path) < 2:
        return len(path)
    nodes = story.nodes
    return sum(1 for mid in path[:-1] if nodes[mid].tag not in TABLE_LEVELS) + 1


def _names(story: StoryBlocks, path: tuple[int, ...], seen: dict[int, tuple[float, float]]
           ) -> tuple[float, float]:  # fmt: skip
    """Do the class/id names between the container and the block name furniture (kept
    beside a positive word) or the story?"""
    furniture = story_name = 0.0
    nodes = story.nodes
    lead = 0  # (a table's own levels right under a table container are the container's)
    while lead < len(path) and nodes[path[lead]].tag in TABLE_LEVELS:
        lead += 1
    for mid in path[lead:]:
        found = seen.get(mid)
        if found is None:
            node = nodes[mid]
            attrs = node.attributes
            name = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
            name += f" {custom_tag(node)}"  # (a web component's: <ps-newsletter-module>)
            if node.tag == "tr" and (cell := one_cell(node)) is not None:
                cell_attrs = cell.attributes  # (a layout table's cell: the box's names)
                name += f" {cell_attrs.get('class') or ''} {cell_attrs.get('id') or ''}".lower()
            found = (float(names_furniture(name)), float(names_story(name)))
            seen[mid] = found
        furniture = max(furniture, found[0])
        story_name = max(story_name, found[1])
    return furniture, story_name


def drop_probability(row: list[float]) -> float:
    if len(row) != len(WEIGHTS):
        raise ValueError(f"{len(row)} features for {len(WEIGHTS)} weights")
    z = sum(map(mul, WEIGHTS, row))  # (the same products, added in the same order)
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def judge_blocks(story: StoryBlocks) -> set[int]:
    """Indices of blocks the rules keep that the model drops."""
    if not WEIGHTS:
        return set()
    parts = story_parts(story)
    wanted = candidates(story, parts)
    if not wanted:
        return set()
    rows = block_features(story, wanted, parts)
    limits = (THRESHOLD, PROSE_THRESHOLD)
    dropped = {i for i, row in zip(wanted, rows, strict=True)
               if drop_probability(row) > limits[int(row[1])]}  # fmt: skip
    return dropped - _answered(story, dropped) if dropped else dropped




def _answered(story: StoryBlocks, dropped: set[int]) -> set[int]:
    """Indices among ``dropped`` of headings asking a question that the block right under
    them, in the element holding the question, answers (a closing FAQ's last question over
    its short answer): a question stays with its answer kept, and with its answer where
    the heading before it, kept, asked a question too (the last of a series)."""
    picked = story.picked
    found: set[int] = set()
    for index in sorted(dropped):
        block = picked[index][0]
        if (block.tag not in _QUESTION_TAGS or not block.text.endswith(QUESTION_MARKS)
                or index + 1 >= len(picked) or index + 1 in story.cut
                or len(block.ancestors) < 2):  # fmt: skip
            continue
        answer, _prose, keep = picked[index + 1]
        if (not keep or answer.tag in _QUESTION_TAGS or answer.link_chars
                or block.ancestors[-2] not in answer.ancestors):  # fmt: skip
            continue
        if index + 1 not in dropped:
            found.add(index)
        elif _asked_before(story, index, dropped):
            found.update((index, index + 1))
    return found


def _asked_before(story: StoryBlocks, index: int, dropped: set[int]) -> bool:
    """Is the heading before ``index`` a question too, kept?"""
    for before in range(index - 1, -1, -1):
        block = story.picked[before][0]
        if block.tag in _QUESTION_TAGS:
            return (block.text.endswith(QUESTION_MARKS) and before not in dropped
                    and before not in story.cut)  # fmt: skip
    return False
