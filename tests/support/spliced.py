"""Random texts spliced from pieces, for checking a fast path against the plain one.

The extraction code stands in for some big patterns and computations with faster ones (an
Aho-Corasick automaton, a literal-led search, a first-character dispatch, a cheap count).
Their tests feed both the same texts and require the same answers; the texts are made
here: each joins a random number of pieces, each piece drawn with equal odds from one of
the kinds asked for (the given pieces; given ``words``, a whole word, a word cut short, an
upper- or title-cased word). Seeded, so every run checks the same texts.
:func:`found_alike` is the check most of them make.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Sequence

__all__ = ["found_alike", "spliced"]


def spliced(pieces: Sequence[str], count: int, *, seed: int, words: Sequence[str] = (),
            cut: int = 0, cased: bool = False, least: int = 1, most: int = 6,
            joiner: str = "") -> list[str]:
    """``count`` texts, each ``least`` to ``most`` pieces joined by ``joiner``.

    Each piece is, with equal odds, one of ``pieces`` or (given ``words``) a whole word, a
    word cut to its first 1 to ``cut`` characters (when ``cut``), its upper-cased or its
    title-cased form (when ``cased``).
    """
    if not pieces or not 1 <= least <= most:
        raise ValueError("spliced needs pieces and 1 <= least <= most")
    if (cut or cased) and not words:
        raise ValueError("cut and cased act on words: none given")
    rnd = random.Random(seed)
    kinds: list[Callable[[], str]] = [lambda: rnd.choice(pieces)]
    if words:
        kinds.append(lambda: rnd.choice(words))
    if cut:
        kinds.append(lambda: rnd.choice(words)[: rnd.randint(1, cut)])
    if cased:
        kinds += [lambda: rnd.choice(words).upper(), lambda: rnd.choice(words).title()]
    return [joiner.join(rnd.choice(kinds)() for _ in range(rnd.randint(least, most)))
            for _ in range(count)]  # fmt: skip


def found_alike(texts: Iterable[str], plain: re.Pattern[str], fast: Callable[[str], bool]
                ) -> int:  # fmt: skip
    """Assert that ``fast`` answers True for each text exactly where ``plain.search``
    finds something (a bool, not a match); the number of such texts (for a floor)."""
    found = 0
    for text in texts:
        expected = plain.search(text) is not None
        found += expected
        assert fast(text) is expected, text
    return found
