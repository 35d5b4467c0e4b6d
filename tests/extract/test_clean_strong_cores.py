"""_clean searches the strong-furniture pattern only in names holding one of its cores,
the comment pattern through its factored twin and the positive words with one Aho-Corasick
pass: the same yes/no answers."""

from __future__ import annotations

import re

from tests.support.spliced import found_alike, spliced
from warctools.extract import _clean


def _texts(pattern: str, seed: int) -> list[str]:
    """Names spliced from the pattern's words (whole and cut short) and pieces."""
    words = re.findall(r"[a-z][a-z -]{1,24}", pattern)
    pieces = ["-", "_", " ", "x", "1", "ä", "shared", "bio-", "box", "info", "-author"]
    return spliced(pieces, 20_000, seed=seed, words=words, cut=6)


def test_the_strong_cores_pass_every_strong_name() -> None:
    plain = _clean._STRONG

    def fast(text: str) -> bool:
        return bool(_clean._STRONG_CORES(text) and _clean._STRONG_ANY.search(text))

    assert found_alike(_texts(plain.pattern, 7), plain, fast) > 5_000
    for name in ("author-bio", "autorbox", "auteur-card", "post-author", "bio"):
        assert _clean._STRONG_CORES(name) and _clean._STRONG_ANY.search(name), name


def test_the_factored_comments_answer_as_the_pattern() -> None:
    for text in _texts(_clean._COMMENTS.pattern, 5):
        assert (_clean._COMMENTS.search(text) is None) == (
            _clean._COMMENTS_ANY.search(text) is None), text


def test_the_positive_words_answer_as_the_pattern() -> None:
    """_POSITIVE is searched as its words (an Aho-Corasick pass): each alternative must
    stay a plain word, no pattern syntax."""
    words = _clean._POSITIVE.pattern.split("|")
    assert all(re.fullmatch(r"[a-z-]+", word) for word in words), words
    for text in _texts(_clean._POSITIVE.pattern, 3):
        assert (_clean._POSITIVE.search(text) is not None) == _clean._POSITIVE_IN(text), text
