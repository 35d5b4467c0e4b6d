"""FirstCharacter: a whole-line pattern matched through its first character's alternatives."""

from __future__ import annotations

import random
import re
import string

from tests.support.spliced import found_alike, spliced
from warctools.extract import _phrases
from warctools.extract._alternation import FirstCharacter, factor


def _texts(words: list[str], count: int = 3000) -> list[str]:
    """Lines spliced from ``words`` and pieces, in both cases, opening with every ASCII
    character and some beyond."""
    pieces = ["-", " ", ":", "»", "[", "]", "1", "Ä", "ſ", "K", "ı", "İ", "…", "—", "【"]
    texts = [case for text in spliced(pieces, count, seed=11, words=words, most=4)
             for case in (text, text.upper(), text.title(), text.lower())]  # fmt: skip
    texts += [char + word for char in map(chr, range(128)) for word in ("", "x", " ads")]
    return texts


def test_boilerplate_lines_match_as_the_whole_pattern_does() -> None:
    words = re.findall(r"[a-zà-ÿ][a-zà-ÿ :]{1,16}", _phrases._BOILER.pattern)
    lines = ["Advertisement", "- Anzeige -", "[Advertisement]", "Read more »", "ADS BY Foo",
             "Related: x", "1,234 votes", "Vote", "ſponsored", "Weiterlesen auf Spiegel", ""]
    for text in _texts(words) + lines:
        fast = _phrases._BOILER_LINE.match(text) is not None
        assert fast == (_phrases._BOILER.match(text) is not None), text


def test_the_boilerplate_head_takes_only_its_openers() -> None:
    # a line opening with another ASCII character starts with the alternatives
    openers = _phrases._BOILER_DASHES + _phrases._BOILER_ARROWS + _phrases._BOILER_BRACKETS
    head = re.compile(f"(?:{_phrases._BOILER_START})")
    for char in map(chr, range(128)):
        found = head.match(char + "x-[ ")
        assert found is not None and (found.end() == 0) == (char not in openers), char


def test_case_folds_beyond_ascii_reach_their_letters() -> None:
    # "ſ" matches "s" and the Kelvin sign "k" under IGNORECASE: an alternative opening with
    # one is tried on a line opening with the ASCII letter
    source = factor("ſtop|\u212aelvin|stay|-x|[0-9]+ ads|(?:big )?deal|\\.dot|\\d{0,2}q|\\s*y"
                    "|[«<]z|\\d?w|\\w{2,}!|[^a]b|.{0,5}(?:ab |x)?cd", ignore_case=True)
    fast = FirstCharacter(r"\[?", source, r"\W*$", "[", re.IGNORECASE)
    texts = ["stop", "STOP", "ſtop", "kelvin", "Kelvin", "\u212aelvin", "stay", "-x", "12 ads",
             "deal", "big deal", "Big Deal!", ".dot", "[stop]", "[deal", "x", "", "stops"]
    texts += ["q", "1q", "12q", " y", "y", "<z", "«z", "w", "3w", "ab!", "a!", "cb", "ab", "cd",
              "AB CD", "xcd", "123ab cd", "123456ab cd", "1234567cd", "12\ncd", "ab cde"]
    texts += [a + b for a in string.printable for b in ("top", "elvin", "eal", "q", "!", "b")]
    for text in texts:
        assert (fast.match(text) is not None) == (fast.pattern.match(text) is not None), text


def test_a_literal_opens_on_the_ascii_characters_the_engine_matches() -> None:
    # every character with cases (and ASCII): the ASCII characters it opens on, as said by
    # its cases or, for the characters folding otherwise, by the engine, are the engine's
    from warctools.extract._alternation import _ASCII, _ascii_openings

    chars = [chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000
             and (chr(code).lower() != chr(code) or chr(code).upper() != chr(code)
                  or code < 128)]  # fmt: skip
    for char in chars:
        for flags in (0, re.IGNORECASE):
            said = _ascii_openings(re.escape(char) + "x", flags)
            assert said is not None and set(said) == set(
                re.findall(re.escape(char), _ASCII, flags)), (char, flags)


def test_tail_and_comment_headings_match_as_their_plain_patterns_do() -> None:
    for lines, fast in ((_phrases._TAIL_HEADING_LINES, _phrases._TAIL_HEADING),
                        (_phrases._COMMENTS_HEADING_LINES, _phrases._COMMENTS_HEADING)):
        plain = re.compile(rf"^(?:{lines})\W*$", re.IGNORECASE)
        words = re.findall(r"[^\W\d][^\W\d ]{1,14}(?: [^\W\d]{1,10})?", lines)
        rnd = random.Random(5)
        texts = ["Related articles", "3 Comments", "Leave a Reply", "Comments (12)", "Ähnliche",
                 "Más noticias", "Lue myös", "12 thoughts on “Title”", "댓글 3", "related"]
        for _ in range(3000):
            text = (rnd.choice(["", "3 ", "- ", "¿"]) + rnd.choice(words)
                    + rnd.choice(["", " (3)", ":", " x", " on “X”", "!"]))  # fmt: skip
            texts += [text, text.title(), text.upper()]
        for text in texts + _texts(words, 500):
            assert (fast.match(text) is not None) == (plain.match(text) is not None), text


def test_literal_led_search_finds_what_the_pattern_finds() -> None:
    from warctools.extract._alternation import LiteralLed, Source, factored

    source = Source(r"(?<!x)\bab+c|^start here|(?:we|our) use|ef|g\.h{2}|(?=kl)k")
    led = LiteralLed(source, factored(source))
    assert led.search("x") is False and not led._whole  # (every alternative opens literally)
    texts = ["abc", "xabc", "x abbbc", "start here", "we start here", "we use", "our use",
             "ef", "def", "g.hh", "g.h", "kl", "k", "", "ab c", "-abc-", "zzz our used"]
    for text in texts:
        assert led.search(text) == (source.compiled().search(text) is not None), text
    words = re.findall(r"[a-zà-ÿ][a-zà-ÿ ]{2,14}", _phrases._NOTICE.pattern)
    plain = _phrases._NOTICE.compiled()
    texts = map(str.lower, spliced(words, 4000, seed=9, most=8, joiner=" "))
    assert found_alike(texts, plain, _phrases._NOTICE_LED.search) > 100


def test_only_date_words_answers_as_the_substitution_does() -> None:
    pattern = _phrases._DATE_WORDS
    assert pattern.match("") is None  # (no empty match: each step takes a character)
    words = ["March", "12", "2024", "10:15", "Uhr", "Mon", "of", "at", "12th", "—", "|", "(",
             "Ana", "Lima", "Updated", "年", "3月", "г.", "x", ",", ".", "10h30", "mai", "de"]
    texts = ["March 3, 2024", "03.03.2024, 10:15 Uhr", "Ana Lima 12 May 2024", "", " ",
             "2024年3月3日", "12th of May", " 10h30 ", "x 2024", "2024 x", "Mon, 3 Mar 2024"]
    for seed, joiner in ((13, ""), (14, " "), (15, ", ")):
        for text in spliced(words, 1667, seed=seed, joiner=joiner):
            texts += [text, " " + text, text + " ", text.upper()]
    for text in texts:
        assert _phrases._only_date_words(text) == (not pattern.sub("", text).strip()), text
