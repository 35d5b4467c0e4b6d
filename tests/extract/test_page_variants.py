"""The page variants of ``benchmarks/extraction.py`` (--bare, --flat): what they change and
what they leave, on a small page (no shared data needed)."""

from __future__ import annotations

import re

from benchmarks._devsets import Page
from benchmarks.extraction import VARIANTS, bare, flat

HTML = (
    "<html><body><div class='post' id=\"main\"><h1 class=x>Title</h1>"
    "<p class='lead'>First paragraph.</p><P>Second, <a class='l' href='/p'>linked</a>.</P>"
    "<pre>code <p>shown</pre><picture><source srcset='a.jpg'></picture></div></body></html>"
)


def _page(html: str = HTML) -> Page:
    return Page("aeb", "k", "https://example.org/a", html.encode(), html, 0, True, "x")


def test_bare_takes_out_every_class_and_id_and_nothing_else() -> None:
    html = bare(_page()).html
    assert "class" not in html and "id=" not in html
    assert "<div>" in html and "<h1>" in html and "href='/p'" in html
    assert "First paragraph." in html and "srcset='a.jpg'" in html


def test_flat_writes_each_paragraph_as_text_and_two_line_breaks() -> None:
    html = flat(_page()).html
    assert re.search(r"</?p[\s>]", html, re.IGNORECASE) is None
    assert "First paragraph.<br><br>Second, <a class='l' href='/p'>linked</a>.<br><br>" in html
    assert "<pre>code shown</pre><picture><source srcset='a.jpg'></picture>" in html
    assert "class='post'" in html


def test_each_variant_is_listed_with_its_transform() -> None:
    assert VARIANTS["bare"][0] is bare and VARIANTS["flat"][0] is flat
    page = _page()
    for transform, _heading in VARIANTS.values():
        changed = transform(page)
        assert changed.html != page.html and changed.raw == page.raw and changed.key == page.key
