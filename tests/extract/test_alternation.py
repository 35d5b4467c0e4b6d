"""The fast stand-ins for big alternations answer exactly as the patterns they replace:
``any_of`` (a word list found by an Aho-Corasick automaton) and ``WordLed`` (a
case-insensitive pattern tried only where one of its words starts)."""

from __future__ import annotations

import re

import pytest

from tests.support.spliced import spliced
from warctools.extract import _phrases, date_fallback
from warctools.extract._alternation import _FOLDS_APART, WordLed, any_of

# pieces spliced between the words (whole, cut, upper- and title-cased)
_PIECES = [" ", "-", "x", "1", ": ", "2021-03-04", "12. März 2020", "\n"]


def test_any_of_finds_a_word_where_the_plain_alternation_does() -> None:
    words = _phrases._NOTICE_WORDS
    plain = re.compile("|".join(map(re.escape, words)))
    found = any_of(words)
    texts = spliced(_PIECES, 20_000, seed=7, words=words, cut=4, cased=True, most=12) + [
        "", "x", "we use cookies", "kukilərdən", "この記事", "cook ie", "ÄPP TO ", "app to",
        "informations légales"]  # fmt: skip
    assert 1000 < sum(map(found, texts)) < len(texts)
    for text in texts:
        assert found(text) == bool(plain.search(text)), text
    with pytest.raises(ValueError):
        any_of(["cookie", ""])  # an empty word would be in every text


def _label_words(led: WordLed) -> list[str]:
    if led is date_fallback._LABELLED:
        return [*date_fallback.LABEL_WORDS]
    return [*date_fallback._UPDATE_PREFIXES, "stand",
            *(t.rstrip("?") for t in date_fallback._UPDATE_TERMS)]  # fmt: skip


_LED = (date_fallback._LABELLED, date_fallback._UPDATE_LABELLED, date_fallback._UPDATE_WORD_LED)


@pytest.mark.parametrize("led", _LED, ids=["published", "updated", "update word"])
def test_word_led_search_finds_what_the_pattern_finds(led: WordLed) -> None:
    # the characters the engine folds apart from str.lower(), in and around the words
    odd = ["ı", "İ", "ſ", "ς", "Σ", "µ", "YAYINLANMA", "yayinlanma", "ΔΗΜΟΣΙΕΥΣΗ", "Ǆ", "ß"]
    texts = spliced([*_PIECES, *odd], 6_000, seed=11, words=_label_words(led), cut=4,
                    cased=True, most=12) + [
        "", "Published: 2021-03-04", "xdate: 1.2.2020", "Stand: 09.10.2017",
        "LAST UPDATED 3 May 2024"]  # fmt: skip
    found = 0
    for text in texts:
        for endpos in (len(text), len(text) // 2):
            want = [m.span() for m in led.pattern.finditer(text, 0, endpos)]
            assert [m.span() for m in led.finditer(text, endpos)] == want, (text, endpos)
            found += bool(want)
    assert found > 300


def test_the_characters_folded_apart_are_all_the_engine_folds_apart() -> None:
    # every character the engine matches case-insensitively to a letter of the labels'
    # words is that letter lower-cased by str.lower(), or one of _FOLDS_APART (texts
    # holding one are searched by the pattern itself), or "i" for "ı" (the words stand
    # with both)
    letters = {ch for led in _LED for word in _label_words(led) for ch in word}
    every = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000)
    for letter in letters:
        for char in re.findall(re.escape(letter), every, re.IGNORECASE):
            assert (char.lower() == letter or _FOLDS_APART.match(char)
                    or (letter == "ı" and char.lower() == "i")), (letter, char)  # fmt: skip


def test_word_led_refuses_what_it_cannot_stand_for() -> None:
    pattern = re.compile(r"(?<!\w)posted", re.IGNORECASE)
    for words in ([], ["posted", ""], ["Posted"], ["updated?"]):
        with pytest.raises(ValueError):
            WordLed(pattern, words)
    with pytest.raises(ValueError):
        WordLed(re.compile("posted"), ["posted"])  # case-sensitive: not its kind
