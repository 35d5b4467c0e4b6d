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
from typing import TYPE_CHECKING

from ._block_weights import THRESHOLD, WEIGHTS
from ._clean import names_furniture, names_story

if TYPE_CHECKING:
    from ._blocks import Block
    from .article import StoryBlocks

__all__ = ["FEATURES", "block_features", "drop_probability", "judge_blocks", "judged"]

FEATURES = (
    "bias", "prose", "log_len", "link_density", "before_first", "after_last",
    "prose_after", "prose_before", "heading", "li", "p", "td", "other_tag", "ends_sentence",
    "ends_colon", "question", "digits", "short", "quote", "depth", "prose_sibling",
    "contact", "capitals", "gap", "after_heading", "blocks_after", "furniture_name",
    "story_name",
)  # fmt: skip
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_SENTENCE_END = tuple('.!?…"”»“)')
_CONTACT = re.compile(r"@|https?:|www\.|©|\(c\)|\+\d|\btel\b|\bfax\b", re.IGNORECASE)


def block_features(story: StoryBlocks) -> list[list[float]]:
    """One feature row (``FEATURES``) per block of ``story.picked``."""
    picked = story.picked
    sizes = [len(b.text) for b, _p, _k in picked]
    total = sum(s for s, (_b, prose, _k) in zip(sizes, picked, strict=True) if prose) or 1
    parents = {b.ancestors[-2] for b, prose, _k in picked if prose and len(b.ancestors) > 1}
    prose_at = [i for i, (_b, prose, _k) in enumerate(picked) if prose]
    rows: list[list[float]] = []
    names: dict[int, tuple[float, float]] = {}
    seen = 0
    last_prose = -1
    nxt = 0
    count = len(picked)
    for index, ((block, prose, _keep), size) in enumerate(zip(picked, sizes, strict=True)):
        text = block.text
        while nxt < len(prose_at) and prose_at[nxt] <= index:
            nxt += 1
        following = prose_at[nxt] if nxt < len(prose_at) else None
        gap = min(index - last_prose if last_prose >= 0 else 99,
                  following - index if following is not None else 99)  # fmt: skip
        tag = block.tag
        words = text.split()
        caps = sum(1 for w in words if w[:1].isupper()) / len(words) if words else 0.0
        prev = picked[index - 1][0].tag if index else ""
        rows.append([
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
            float(tag in ("td", "tr", "th")),
            float(tag not in _HEADINGS and tag not in ("li", "p", "td", "tr", "th")),
            float(text.rstrip().endswith(_SENTENCE_END)),
            float(text.rstrip().endswith(":")),
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
            math.log1p(count - index - 1) / 6.0,
            *_names(story, block.ancestors[story.depth + 1 :], names),
        ])
        if prose:
            seen += size
            last_prose = index
    return rows


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


def judged(block: Block, prose: bool, row: list[float]) -> bool:
    """Does the model judge this block? Short lines (not prose, not code shown to readers)
    before the story's first paragraph or after its last: inside the story a short line
    is a line of dialogue, a section heading or a line of a list as often as furniture."""
    return not prose and not block.code and (row[4] == 1.0 or row[5] == 1.0)


def drop_probability(row: list[float]) -> float:
    z = sum(w * x for w, x in zip(WEIGHTS, row, strict=True))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def judge_blocks(story: StoryBlocks) -> set[int]:
    """Indices of blocks the rules keep that the model drops."""
    if not WEIGHTS:
        return set()
    rows = block_features(story)
    doubtful: set[int] = set()
    for index, ((block, prose, keep), row) in enumerate(zip(story.picked, rows, strict=True)):
        if keep and index not in story.cut and judged(block, prose, row):
            if drop_probability(row) > THRESHOLD:
                doubtful.add(index)
    return doubtful
