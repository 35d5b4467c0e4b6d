"""A second opinion on the container's blocks: a small logistic model over their structure.

The rules keep every short line inside the story's container that no wording marks as
furniture; many are not the story (a disclaimer, an author's bio, "Kennt ihr schon ...?",
a list of other stories without links). The model scores each block the rules keep by
where it sits (before, between or after the story's paragraphs, the share of the story's
prose after it), what it looks like (length, link share, tag, closing punctuation, digits,
capitals) and whether its neighbours are prose. A block goes when the model's drop
probability is above ``THRESHOLD``. Weights: ``scripts/train_block_model.py``, trained
on the tune halves of the dev sets only (see ``docs/extraction.md``).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ._block_weights import THRESHOLD, WEIGHTS
from ._clean import names_furniture, names_story

if TYPE_CHECKING:
    from .article import StoryBlocks

__all__ = ["FEATURES", "block_features", "candidates", "drop_probability", "judge_blocks"]

FEATURES = (
    "bias", "prose", "log_len", "link_density", "before_first", "after_last",
    "prose_after", "prose_before", "heading", "li", "p", "td", "other_tag", "ends_sentence",
    "ends_colon", "question", "digits", "short", "quote", "depth", "prose_sibling",
    "contact", "capitals", "gap", "after_heading", "blocks_after", "furniture_name",
    "story_name",
)  # fmt: skip
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_CELLS = frozenset(("td", "tr", "th"))
_SENTENCE_END = tuple('.!?…"”»“)')
_CONTACT = re.compile(r"@|https?:|www\.|©|\(c\)|\+\d|\btel\b|\bfax\b", re.IGNORECASE)


def candidates(story: StoryBlocks) -> list[int]:
    """The blocks the model judges: short lines (not prose, not code shown to readers) that
    the rules keep, before the story's first paragraph or after its last. Inside the story
    a short line is a line of dialogue, a section heading or a list item as often as
    furniture, so the rules alone decide there."""
    return [
        index
        for index, (block, prose, keep) in enumerate(story.picked)
        if keep and not prose and not block.code and index not in story.cut
        and (index < story.first or index > story.last)
    ]  # fmt: skip


def block_features(story: StoryBlocks, wanted: list[int]) -> list[list[float]]:
    """One feature row (``FEATURES``) for each block of ``story.picked`` in ``wanted``."""
    picked = story.picked
    total = sum(len(b.text) for b, prose, _k in picked if prose) or 1
    parents = {b.ancestors[-2] for b, prose, _k in picked if prose and len(b.ancestors) > 1}
    prose_at = [i for i, (_b, prose, _k) in enumerate(picked) if prose]
    before = [0] * (len(picked) + 1)  # prose characters before each block
    for index, (block, prose, _keep) in enumerate(picked):
        before[index + 1] = before[index] + (len(block.text) if prose else 0)
    names: dict[int, tuple[float, float]] = {}
    return [_row(story, index, before[index], total, parents, prose_at, names)
            for index in wanted]  # fmt: skip


def _row(story: StoryBlocks, index: int, seen: int, total: int, parents: set[int],
         prose_at: list[int], names: dict[int, tuple[float, float]]) -> list[float]:  # fmt: skip
    block, prose, _keep = story.picked[index]
    text = block.text
    size = len(text)
    prior = bisect_left(prose_at, index)  # prose blocks before this one
    gap = min(index - prose_at[prior - 1] if prior else 99,
              prose_at[prior] - index if prior < len(prose_at) else 99)  # fmt: skip
    tag = block.tag
    words = text.split()
    caps = sum(1 for w in words if w[:1].isupper()) / len(words) if words else 0.0
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
        sum(c.isdigit() for c in text) / size if size else 0.0,
        float(len(words) <= 3),
        float(block.in_quote),
        min(len(block.ancestors) - story.depth, 12) / 12.0,
        float(len(block.ancestors) > 1 and block.ancestors[-2] in parents),
        float(bool(_CONTACT.search(text))),
        caps,
        math.log1p(min(gap, 99)) / 4.6,
        float(prev in _HEADINGS),
        math.log1p(len(story.picked) - index - 1) / 6.0,
        *_names(story, block.ancestors[story.depth + 1 :], names),
    ]


def _names(story: StoryBlocks, path: tuple[int, ...], seen: dict[int, tuple[float, float]]
           ) -> tuple[float, float]:  # fmt: skip
    """Do the class/id names between the container and the block name furniture (kept
    beside a positive word) or the story?"""
    furniture = story_name = 0.0
    for mid in path:
        found = seen.get(mid)
        if found is None:
            attrs = story.nodes[mid].attributes
            name = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
            found = (float(names_furniture(name)), float(names_story(name)))
            seen[mid] = found
        furniture = max(furniture, found[0])
        story_name = max(story_name, found[1])
    return furniture, story_name


def drop_probability(row: list[float]) -> float:
    z = sum(w * x for w, x in zip(WEIGHTS, row, strict=True))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def judge_blocks(story: StoryBlocks) -> set[int]:
    """Indices of blocks the rules keep that the model drops."""
    wanted = candidates(story) if WEIGHTS else []
    if not wanted:
        return set()
    rows = block_features(story, wanted)
    return {i for i, row in zip(wanted, rows, strict=True) if drop_probability(row) > THRESHOLD}
