"""The walks that read itemprop values in Python (the hidden elements' cover, the marked
story bodies) find what their per-value selectors find: lexbor compares the values exactly
(no case folding, no trimming), and a valueless itemprop matches none."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from warctools.extract import _clean
from warctools.extract._cover import covered

PAGE = (
    "<div itemprop='comment'>a</div><div itemprop='Comment'>b</div><div itemprop='author '>c"
    "</div><div itemprop>d</div><div itemprop='author' style='display:none' role='menu'>e</div>"
    "<div itemprop='articleBody'>f</div><div itemprop='articlebody'>g</div><p itemprop='text'>"
    "h</p><pre itemprop='text'>i</pre><div itemprop='name' hidden>j</div>"
)


def test_the_hidden_cover_reads_itemprop_as_lexbor_compares_it() -> None:
    for page in (PAGE, "<!DOCTYPE html>" + PAGE):
        body = LexborHTMLParser(page).body
        assert body is not None
        found = covered(body, _clean._HIDDEN_COVER, _clean._hidden_extra)
        assert [n.mem_id for n in found] == [n.mem_id for n in body.css(_clean._HIDDEN)]


def test_the_marked_bodies_are_the_exact_values() -> None:
    body = LexborHTMLParser(PAGE).body
    assert body is not None
    found = [n.text() for n in dict.fromkeys(body.css(_clean._MARKED_OR_SHOWN))
             if n.attributes.get("itemprop") in _clean._MARKED_PROPS]  # fmt: skip
    # (an element of both kinds is listed twice in a row: read once)
    selector = ", ".join(f"[itemprop={prop}]" for prop in _clean._MARKED_PROPS)
    assert found == [n.text() for n in body.css(selector)] == ["f", "h", "i"]
