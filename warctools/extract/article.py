"""Main text: choose the container that holds the article, then keep its prose blocks.

The container is the element maximising ``good - penalty * bad`` over the blocks below
it, where good is the text of prose paragraphs (long enough, few links) and bad is link
text and short non-prose text. This is a max-subtree choice: it climbs as long as the
article continues in a sibling and stops before the page furniture around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from ._blocks import Block, linearise

__all__ = ["MainText", "main_text"]

_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_PROSE_MIN = 70
_PENALTY = 1.0
_PLAIN = 0.25  # weight of short plain text relative to link text
_TEASER_MAX = 500
_BOILER_MAX = 600  # longer blocks are not notices, appeals or banners
_MARKUP = re.compile(r"\s*<[a-zA-Z!/][^>]*>")

_BOILER = re.compile(
    r"^(advertisement|advertising|sponsored|ad|continue reading|read more|read next"
    r"|more:?|related:?|related (stories|articles|coverage|links|content)"
    r"|share( this)?( article| story)?|share on \w+|tweet|email|print|comments?"
    r"|(follow|like) us.*|sign up.*|subscribe.*|click here.*|exit mobile version"
    r"|skip to .*|back to top|loading.*|image( source)?:.*|photo:.*|\(?photo.*\)?"
    r"|getty images|credit:.*|source:.*|copyright.*|©.*|all rights reserved.*"
    r"|this story continues below.*|story continues below.*|see also:?.*"
    r"|we need your help.*|recommended( for you)?:?|also read:?.*|read also:?.*"
    r"|listen to (this )?(article|story).*|play video|watch:?.*|video:?)$",
    re.IGNORECASE,
)
_BOILER_ANY = re.compile(
    r"(cookies? (policy|settings)|accept (all )?cookies|privacy policy|terms of (use|service)"
    r"|sign up for (our|the) .{0,40}newsletter|subscribe to (our|the) .{0,40}newsletter"
    r"|billed (once|monthly|annually)|credit card or paypal|donate now|support our journalism"
    r"|is loading comments|all rights reserved|this material may not be published"
    r"|you('ve| have) reached your .{0,30}(limit|articles)|already a subscriber)",
    re.IGNORECASE,
)


_NOTICE_WORDS = (
    "cookie", "policy", "terms of", "newsletter", "billed", "paypal", "donate", "journalism",
    "comments", "rights reserved", "published", "reached your", "subscriber",
)  # fmt: skip


_BYLINE = re.compile(r"^(?:by|written by|words by|reporting by|von|par|por)\s+(\S.*)$", re.I)
_STAMP = re.compile(
    r"^(?:updated|published|posted|last updated|first published|modified|created)\b.{0,60}$"
    r"|^(?:trending|most read|most popular|most watched|top stories|popular now|latest news)"
    r"\s*:?$",
    re.IGNORECASE,
)
_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tue|wed"
    r"|thu|fri|sat|sun)[a-z]*\.?|\b(?:am|pm|a\.m\.|p\.m\.|at|on|gmt|utc|[ecmp][sd]t|ist|bst"
    r"|cet)\b|[\d:/.,|\-–— ]+",
    re.IGNORECASE,
)


def _is_meta_line(text: str) -> bool:
    """A byline, a time stamp or a date on its own line."""
    if len(text) > 80:
        return False
    match = _BYLINE.match(text)
    if match:
        words = match.group(1).replace(",", " ").split()
        names = [w for w in words if w[:1].isupper() or w.lower() in ("and", "&", "-", "|")]
        return len(words) <= 8 and len(names) >= 0.7 * len(words)
    if _STAMP.match(text):
        return True
    return bool(re.search(r"\d{4}|\d:\d\d", text)) and not _DATE_WORDS.sub("", text).strip()


def _is_notice(text: str) -> bool:
    """Cookie notices, newsletter and donation appeals, paywall prompts (cheap prefilter)."""
    lower = text.lower()
    return any(word in lower for word in _NOTICE_WORDS) and bool(_BOILER_ANY.search(lower))


@dataclass(slots=True)
class MainText:
    text: str
    paragraphs: list[str]
    container_tag: str | None
    prose_chars: int  # characters of prose paragraphs in the container
    link_blocks: int  # link-dense blocks in the whole page (teaser lists)


def _is_prose(block: Block) -> bool:
    size, link = len(block.text), block.link_chars
    if size < _PROSE_MIN or block.tag in _HEADINGS:
        return False
    if link > 0.35 * size and (size - link < 100 or link > 0.6 * size):
        return False
    if size < _BOILER_MAX and _is_notice(block.text):
        return False
    return not _MARKUP.match(block.text)


def _teaser_cards(blocks: list[Block], prose: list[bool], teasers: set[int]) -> set[int]:
    """Linked-heading holders with little prose: cards of a list of other stories."""
    if not teasers:
        return set()
    held = dict.fromkeys(teasers, 0)
    for block, is_prose in zip(blocks, prose, strict=True):
        if is_prose:
            for mid in block.ancestors[-4:]:
                if mid in held:
                    held[mid] += len(block.text)
    return {mid for mid, size in held.items() if size < _TEASER_MAX}


def _weights(blocks: list[Block], teasers: set[int]) -> list[float]:
    prose = [_is_prose(b) for b in blocks]
    cards = _teaser_cards(blocks, prose, teasers)
    weights = []
    for block, is_prose in zip(blocks, prose, strict=True):
        size = len(block.text)
        if is_prose and cards and not cards.isdisjoint(block.ancestors[-4:]):
            is_prose = False
        if is_prose:
            weights.append(size + 10.0 * block.text.count(", "))
        else:
            weights.append(-_PENALTY * (block.link_chars + _PLAIN * (size - block.link_chars)))
    return weights


def _choose_container(blocks: list[Block], weights: list[float]) -> int | None:
    scores: dict[int, float] = {}
    for block, weight in zip(blocks, weights, strict=True):
        for mid in block.ancestors:
            scores[mid] = scores.get(mid, 0.0) + weight
    if not scores:
        return None
    return max(scores, key=scores.__getitem__)


def _semantic_container(body: LexborNode, nodes: dict[int, LexborNode]) -> int | None:
    """No prose anywhere (lists, tables, line-broken text): trust the markup."""
    for selector in ("[itemprop=articleBody]", "article", "main", "[role=main]"):
        node = body.css_first(selector)
        if node is not None and node.mem_id in nodes:
            return node.mem_id
    return None


def _keep(block: Block, prose: bool) -> bool:
    if prose:
        return True
    text = block.text
    if block.tag == "h1" or _BOILER.match(text) or _is_meta_line(text):
        return False
    if len(text) < _BOILER_MAX and _is_notice(text):
        return False
    if block.link_density > 0.5 or _MARKUP.match(text):
        return False
    return bool(re.search(r"\w", text))


def main_text(body: LexborNode) -> MainText:
    blocks, nodes, teasers = linearise(body)
    weights = _weights(blocks, teasers)
    link_blocks = sum(1 for b in blocks if b.link_density > 0.7 and len(b.text) > 15)
    chosen = _choose_container(blocks, weights)
    if chosen is not None and not any(w > 0 for w in weights):
        chosen = _semantic_container(body, nodes) or chosen
    if chosen is None:
        return MainText("", [], None, 0, link_blocks)
    paragraphs: list[str] = []
    prose_chars = 0
    for block, weight in zip(blocks, weights, strict=True):
        if chosen not in block.ancestors:
            continue
        prose = weight > 0
        if _keep(block, prose):
            paragraphs.append(block.text)
            prose_chars += len(block.text) if prose else 0
    tag = nodes[chosen].tag if chosen in nodes else None
    return MainText("\n\n".join(paragraphs), paragraphs, tag, prose_chars, link_blocks)
