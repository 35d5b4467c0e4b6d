"""The fast stand-in for a big alternation of plain words answers exactly as it:
``any_of`` (a word list found by an Aho-Corasick automaton)."""

from __future__ import annotations

import random
import re

import pytest

from warctools.extract import _phrases
from warctools.extract._alternation import any_of


def _spliced(words: list[str], count: int, seed: int, extra: list[str]) -> list[str]:
    """Texts spliced from ``words`` (whole, cut, upper-cased) and ``extra`` pieces."""
    rnd = random.Random(seed)
    pieces = [" ", "-", "x", "1", ": ", "2021-03-04", "12. März 2020", "\n", *extra]

    def piece() -> str:
        word = rnd.choice(words)
        return rnd.choice([word, word.upper(), word.title(), word[: rnd.randint(1, 4)],
                           rnd.choice(pieces)])  # fmt: skip

    return ["".join(piece() for _ in range(rnd.randint(1, 12))) for _ in range(count)]


def test_any_of_finds_a_word_where_the_plain_alternation_does() -> None:
    words = _phrases._NOTICE_WORDS
    plain = re.compile("|".join(map(re.escape, words)))
    found = any_of(words)
    texts = _spliced(words, 20_000, 7, []) + [
        "", "x", "we use cookies", "kukilərdən", "この記事", "cook ie", "ÄPP TO ", "app to",
        "informations légales"]  # fmt: skip
    assert 1000 < sum(map(found, texts)) < len(texts)
    for text in texts:
        assert found(text) == bool(plain.search(text)), text
    with pytest.raises(ValueError):
        any_of(["cookie", ""])  # an empty word would be in every text
