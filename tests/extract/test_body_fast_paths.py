"""The body rules' fast paths: each shortcut gives the answers of the
plain computation it replaced."""

from __future__ import annotations

import random

from warctools.extract import _phrases
from warctools.extract._blocks import Block
from warctools.extract.article import _choose_container, _discount_side_boxes


def _notice_unfiltered(text: str) -> bool:
    """is_notice without the one-pass prefilter for a notice's or a channel's words."""
    lower = text.lower()
    if _phrases._APPEAL.match(lower):
        return True
    if (len(lower) < _phrases._CHANNEL_MAX and _phrases._CHANNEL_APP(lower)
            and _phrases._CHANNEL_CALL.search(lower) is not None):  # fmt: skip
        return True
    if not _phrases._has_notice_word(lower):
        return False
    return bool(_phrases._NOTICE_LED.search(lower)) and _phrases._REPORTED.search(lower) is None


def test_notice_prefilter_keeps_the_answers() -> None:
    texts = [
        "Únete al canal de WhatsApp de EL TIEMPO y recibe las noticias del día.",
        "Больше новостей — в нашем Telegram-канале. Подписывайтесь!",
        "We use cookies to improve your experience. Accept all cookies.",
        "Read our privacy policy and terms of service before you go on.",
        "The council met on Tuesday to vote on the budget for the harbour.",
        "Follow us on Telegram for the latest news.",
        "The court ruled that the privacy policy broke the law, the judge said.",
        "A quiet morning on the quay, the boats back from the night's catch.",
        "Support us today with a donation.",
    ]
    for text in texts:
        assert _phrases.is_notice.__wrapped__(text) == _notice_unfiltered(text), text


def _naive_choice(blocks: list[Block], weights: list[float]) -> int:
    """The container's choice with every block's weight added to each of its ancestors
    (no headline: the pages below have none)."""
    scores: dict[int, float] = {}
    prose: dict[int, float] = {}
    own: dict[int, float] = {}
    for block, weight in zip(blocks, weights, strict=True):
        for mid in block.ancestors:
            scores[mid] = scores.get(mid, 0.0) + weight
        if weight > 0:
            for mid in block.ancestors:
                prose[mid] = prose.get(mid, 0.0) + weight
            own[block.ancestors[-1]] = own.get(block.ancestors[-1], 0.0) + weight
    _discount_side_boxes(blocks, scores, prose)
    for element, weight in own.items():
        scores[element] = max(scores[element], weight)
    return max(scores, key=scores.__getitem__)


def _random_page(rng: random.Random) -> tuple[list[Block], list[float]]:
    """Blocks in document order under a random tree of elements, with weights of the
    kinds _weights gives (prose sizes, zero, penalties in quarters)."""
    blocks: list[Block] = []
    weights: list[float] = []
    stack = [1]
    next_id = 2
    for _ in range(rng.randrange(1, 60)):
        move = rng.random()
        if move < 0.35:
            stack.append(next_id)
            next_id += 1
        elif move < 0.55 and len(stack) > 1:
            stack.pop()
        elif move < 0.75 and len(stack) > 1:
            stack[-1] = next_id  # a sibling
            next_id += 1
        blocks.append(Block("x", 0, "p", tuple(stack)))
        weights.append(rng.choice((float(rng.randrange(70, 900)), 0.0,
                                   -(rng.randrange(0, 40) + 0.25 * rng.randrange(0, 80)))))
    return blocks, weights


def test_container_runs_choose_as_each_block_alone() -> None:
    rng = random.Random(37)
    for _ in range(400):
        blocks, weights = _random_page(rng)
        if max(weights) <= 0 and rng.random() < 0.5:
            weights[0] = 100.0
        chosen = _choose_container(blocks, weights)
        assert chosen == _naive_choice(blocks, weights)
