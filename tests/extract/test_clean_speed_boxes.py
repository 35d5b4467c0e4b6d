"""_clean._Boxes finds a class name's elements still in the page with the name's own
selector, where it once read the class of every named element: the same answers, the
elements taken out (they count as boxes of no prose) and names no CSS string can hold
(read the old way) included."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from warctools.extract import _clean
from warctools.extract._clean import _NAMED, _Boxes, _PageText

_PROSE = "This is a sentence of the story, long enough to count as a paragraph of prose. "


def _answer_by_reading(named: list[LexborNode], page: _PageText, klass: str) -> bool:
    """The answer as the grouping of every named element by its class gave it."""
    boxes = [node for node in named if node.attributes.get("class") == klass]
    sizes = [page.measure(n) for n in boxes] if len(boxes) >= _clean._BOXES else [0]
    held, prose = sum(sizes), page.page_prose()
    return held >= _clean._WRAPPER_PROSE and held > 0.5 * prose and prose - held <= max(sizes)


def _page(klass: str, boxes: int, paragraphs: int, nested: bool = False) -> str:
    quoted = klass.replace("&", "&amp;").replace('"', "&quot;")
    inner = "".join(f"<p>{_PROSE}</p>" for _ in range(paragraphs))
    if nested:  # (a table in a paragraph, quirks mode: a paragraph inside a paragraph)
        inner = f"<p>{_PROSE}<table><tr><td><p>{_PROSE * 3}</p></td></tr></table></p>"
    box = f'<div class="{quoted}">{inner}</div>'
    return f"<html><body><div class='sidebar'><p>{_PROSE}</p></div>{box * boxes}</body></html>"


@pytest.mark.parametrize("klass", ["widget", "elementor widget", 'say "hi"', "back\\slash",
                                   "tab\tbed", "line\nbreak", "\u00a0odd"])
@pytest.mark.parametrize("boxes", [1, 2, 3])
@pytest.mark.parametrize("taken", [0, 1, 2])
@pytest.mark.parametrize("paragraphs", [1, 3, 6])
@pytest.mark.parametrize("nested", [False, True])
def test_boxes_answer_as_reading_every_class(klass: str, boxes: int, taken: int,
                                             paragraphs: int, nested: bool) -> None:
    tree = LexborHTMLParser(_page(klass, boxes, paragraphs, nested))
    body = tree.body
    assert body is not None
    named = body.css(_NAMED)
    members = [node for node in named if node.attributes.get("class") == klass]
    assert len(members) == boxes
    for node in members[:min(taken, boxes - 1)]:
        node.remove()  # (as _drop_by_name takes out a box before asking of the next)
    asked = members[min(taken, boxes - 1)]
    page = _PageText(body)
    page.last_size = _clean.PROSE_MIN  # (as held_mostly_by leaves it: the node has text)
    expected = _answer_by_reading(named, _PageText(body), klass)
    assert _Boxes(named, page).hold(asked) == expected
