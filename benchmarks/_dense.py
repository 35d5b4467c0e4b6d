"""The ``--dense`` page variant of ``extraction.py``: every page as if written in a dense
script (Chinese, Japanese), its markup untouched.

Each word of the page's text (a run of letters outside the Han, kana and hangul blocks)
becomes two Han characters chosen by a hash of the word (the same word, the same two
characters, wherever it occurs), the spaces between such words go, and ``. , ? ! : ;``
ending a word become the ideographic ``。，？！：；`` (no space after them). A line of
English keeps its words and its structure but takes a third of the characters, as a
Chinese line says in 30 characters what an English one says in 90: every threshold an
engine counts in characters meets text three times denser than the dev sets were read
in. Markup, comments, scripts and styles are left as they are (a ``<noscript>``'s text is
written densely like the rest: a story a page holds there for readers without scripts is
read from it), except JSON-LD, whose texts (not its keys, URLs and dates) are written
alike so that a page's ``articleBody`` still matches what it shows (a JSON-LD block that
does not parse is taken out). Entities are decoded first (``Gr&uuml;&szlig;e`` is one
word), and text already in a dense script stays.

The references are written the same way. The shingle metric reads ``\\w+`` tokens, and a
dense line has no spaces to split it, so for scoring each Han, kana or hangul character
becomes a token of its own: :func:`spaced` is applied to the references and to every
engine's output alike (segment matching ignores white space runs, so it holds there too).
"""

from __future__ import annotations

import dataclasses
import hashlib
import html as html_lib
import json
import re
from collections.abc import Callable
from typing import Any

from _devsets import Page  # (beside extraction.py, which puts its folder on the path)

__all__ = ["dense", "dense_text", "spaced", "written_html"]

_DENSE_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef"
_LETTER = rf"[^\W\d_{_DENSE_CHARS}]"
_WORDS = re.compile(rf"{_LETTER}+(?:[ \t]+{_LETTER}+)*|[.,?!:;](?=\s|$)[ \t]?")
_PUNCT = {".": "。", ",": "，", "?": "？", "!": "！", ":": "：", ";": "；"}
_HAN_FIRST, _HAN_COUNT = 0x4E00, 0x9FFF - 0x4E00 + 1
# markup, and elements whose content is raw text to a parser (a <noscript>'s, scripting on:
# its text is written anew afterwards, see written_html)
_MARKUP = re.compile(r"(<!--.*?-->|<script\b.*?</script\s*>|<style\b.*?</style\s*>"
                     r"|<noscript\b.*?</noscript\s*>|<[^>]*>)", re.IGNORECASE | re.DOTALL)
_NOSCRIPT = re.compile(r"(<noscript\b[^>]*>)(.*?)(</noscript\s*>)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_JSON_LD = re.compile(r"(<script[^>]*ld\+json[^>]*>)(.*?)(</script\s*>)",
                      re.IGNORECASE | re.DOTALL)  # fmt: skip
_KEPT_KEYS = frozenset(("url", "image", "logo", "datePublished", "dateModified", "dateCreated",
                        "uploadDate", "sameAs", "contentUrl", "thumbnailUrl"))  # fmt: skip
_DENSE_CHAR = re.compile(f"([{_DENSE_CHARS}])")
_IN_WORD = re.compile(_LETTER)  # a letter of a word dense_text writes anew
_TAG_IN_TEXT = re.compile(r"</?[a-zA-Z][^<>]*>")


def _word(word: str) -> str:
    digest = hashlib.md5(word.lower().encode("utf-8")).digest()  # noqa: S324 - not security
    return "".join(chr(_HAN_FIRST + int.from_bytes(digest[i : i + 3], "big") % _HAN_COUNT)
                   for i in (0, 3))  # fmt: skip


def _dense_run(match: re.Match[str]) -> str:
    run = match.group(0)
    if run[0] in _PUNCT:
        return _PUNCT[run[0]]  # and no space after it
    return "".join(_word(w) for w in run.split())


def dense_text(text: str) -> str:
    """``text`` with each word written as two Han characters, no spaces between words (and
    no soft hyphens: "Ita\xadli\xadens" is one word, and a dense script hyphenates none)."""
    return _WORDS.sub(_dense_run, text.replace("\xad", ""))


def _json_value(value: Any, write: Callable[[str], str], key: str = "") -> Any:
    if isinstance(value, str):
        kept = key in _KEPT_KEYS or key.startswith("@") or value.startswith(("http", "/"))
        return value if kept else write(value)
    if isinstance(value, list):
        return [_json_value(item, write, key) for item in value]
    if isinstance(value, dict):
        return {k: _json_value(v, write, k) for k, v in value.items()}
    return value


def written_html(html: str, write: Callable[[str], str]) -> str:
    """``html`` with the text a reader sees (between tags, a ``<noscript>``'s, JSON-LD's
    texts) put through ``write``; markup, scripts, styles and comments as they are."""

    def json_ld(match: re.Match[str]) -> str:
        try:
            data = json.loads(match.group(2))
        except ValueError:
            return ""
        return (match.group(1) + json.dumps(_json_value(data, write), ensure_ascii=False)
                + match.group(3))  # fmt: skip

    def noscript(match: re.Match[str]) -> str:
        # its content written alike, unless it is markup escaped as text ("&lt;img ...&gt;")
        inner = match.group(2)
        if _TAG_IN_TEXT.search(html_lib.unescape(_TAG.sub(" ", inner))):
            return match.group(0)
        return match.group(1) + written_html(inner, write) + match.group(3)

    parts = _MARKUP.split(html)
    # text between tags (even places): decoded, written anew, escaped again
    out = "".join(part if i % 2 else html_lib.escape(write(html_lib.unescape(part)), quote=False)
                  for i, part in enumerate(parts))  # fmt: skip
    return _NOSCRIPT.sub(noscript, _JSON_LD.sub(json_ld, out))


def spaced(text: str) -> str:
    """``text`` with each Han, kana and hangul character a token of its own (for scoring)."""
    return _DENSE_CHAR.sub(r" \1 ", text)


def _shown_text(html: str) -> str:
    """The page's text as :func:`written_html` reads it: the text between tags, each run apart."""
    runs = _MARKUP.split(html)[::2]
    return " ".join(html_lib.unescape(" ".join(runs)).split())


def _whole_words(segment: str, shown: str) -> str:
    """``segment`` without a word it cuts in two at either end (where the page's text shows
    it so): two Han characters stand for a whole word, and "hat" of "That" would be written
    as other characters than the page's."""
    words = segment.split()
    at = shown.find(" ".join(words))
    if at < 0 or not words:
        return segment
    end = at + len(" ".join(words))
    if at > 0 and _IN_WORD.match(shown[at - 1]) and _IN_WORD.match(words[0][0]):
        words = words[1:]
    if words and end < len(shown) and _IN_WORD.match(shown[end]) and _IN_WORD.match(words[-1][-1]):
        words = words[:-1]
    return " ".join(words)


def dense(page: Page) -> Page:
    """The page and its references written in a dense script (--dense); a segment's words
    cut in two at its ends are left out of it first (see :func:`_whole_words`)."""
    expected = spaced(dense_text(page.expected)) if page.expected is not None else None
    shown = _shown_text(page.html) if page.include or page.exclude else ""

    def written(segment: str) -> str:
        return spaced(dense_text(_whole_words(segment, shown)))

    return dataclasses.replace(page, html=written_html(page.html, dense_text), expected=expected,
                               include=[written(s) for s in page.include],
                               exclude=[written(s) for s in page.exclude])  # fmt: skip
