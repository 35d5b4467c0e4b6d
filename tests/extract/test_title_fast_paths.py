"""The cheap paths of ``title.reading_words`` and ``title.fold`` answer as the full ones."""

from __future__ import annotations

import unicodedata

from warctools.extract import title


def _reading_words(text: str) -> int:
    words = len(text.split()) + sum(ord(c) >= 0x2E80 for c in text) // 2
    return words + sum(c in title._UNSPACED for c in text) // 4


def _fold(text: str) -> str:
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return title._NOT_WORD.sub("", unicodedata.normalize("NFKD", text.replace("ß", "ss")))


def test_reading_words_and_fold_of_texts_in_many_scripts() -> None:
    samples = ["", "Hello world", "Ärger über Öl", "新闻中心 today", "ข่าววันนี้", "မြန်မာ",
               "ភាសាខ្មែរ", "Ωμέγα", "a\u3000b", "½ ﬁ Ⅻ", "Straße"]  # fmt: skip
    samples += [chr(c) * 3 + " x" for c in range(0, 0x3100, 7)]
    for text in samples:
        assert title.reading_words(text) == _reading_words(text), text
        assert title.fold.__wrapped__(text) == _fold(text), text
