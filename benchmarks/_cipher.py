"""The ``--cipher`` page variant of ``extraction.py``: every page as if written in a
language and script no rule of any engine knows, its markup untouched.

Each Latin letter of the page's text becomes a Cyrillic one by a fixed table (case kept;
an accented letter as its base letter), so a word stays a word of the same length, the
same word is always written alike, and spaces, digits and punctuation are as they were:
"Read more" and "Share this article" are words of a language no phrase list holds, while
every structural signal (links, lengths, sentences, capitals) is the page's own. Of the
variants it alone isolates an engine's reliance on the words of the languages it knows
(``--dense`` also changes how many characters a line takes). Markup, scripts, styles,
comments and JSON-LD's keys, URLs and dates stay; the text a reader sees (a
``<noscript>``'s too) and JSON-LD's texts are written alike (``_dense.written_html``).
The references are written the same way; a letter-for-letter table keeps every segment a
substring of the page's text.
"""

from __future__ import annotations

import dataclasses
import unicodedata

from _dense import written_html
from _devsets import Page  # (beside extraction.py, which puts its folder on the path)

__all__ = ["cipher", "cipher_text"]

_LATIN = "abcdefghijklmnopqrstuvwxyz"
_CYRILLIC = "фыжлоэбгкйшюзиьрщвчуъяцмнх"  # (a fixed permutation: no word reads as itself)


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for latin, cyrillic in zip(_LATIN, _CYRILLIC, strict=True):
        table[ord(latin)] = cyrillic
        table[ord(latin.upper())] = cyrillic.upper()
    for code in range(0xC0, 0x250):  # Latin-1, Latin Extended-A and -B: by the base letter
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if char.isalpha() and base.lower() in _LATIN and code not in table:
            table[code] = table[ord(base)]
    table[ord("ß")] = "ц"
    return table


_TABLE = _table()


def cipher_text(text: str) -> str:
    """``text`` with each Latin letter written as a Cyrillic one (see the module)."""
    return text.translate(_TABLE)


def cipher(page: Page) -> Page:
    """The page and its references written in the cipher's letters (--cipher)."""
    expected = cipher_text(page.expected) if page.expected is not None else None
    return dataclasses.replace(page, html=written_html(page.html, cipher_text), expected=expected,
                               include=[cipher_text(s) for s in page.include],
                               exclude=[cipher_text(s) for s in page.exclude])  # fmt: skip
