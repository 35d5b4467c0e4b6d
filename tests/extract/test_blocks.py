"""linearise(): the walk that cuts a cleaned body into text blocks."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from warctools.extract._blocks import Block, linearise


def _blocks(html: str) -> list[Block]:
    body = LexborHTMLParser(html).body
    assert body is not None
    return linearise(body)[0]


def test_blocks_end_at_block_elements_and_breaks_and_count_link_text() -> None:
    blocks = _blocks(
        "<body><div>Intro <b>bold</b><p>First <a href='/x'>linked words</a> here.</p>"
        "<p>Line one<br>line   two</p><table><tr><td>cell</td><td>next</td></tr></table>"
        "<pre>  indented\n    code</pre>tail</div></body>"
    )
    assert [(b.text, b.tag) for b in blocks] == [
        ("Intro bold", "div"),
        ("First linked words here.", "p"),
        ("Line one\nline two", "p"),
        ("cell next", "tr"),
        ("  indented\n    code", "pre"),
        ("tail", "div"),
    ]
    assert blocks[1].link_chars == len("linked words")
    assert blocks[4].code and not blocks[3].code
    assert len(blocks[1].ancestors) == 3  # body, div, p


def test_link_text_is_counted_as_the_block_shows_it() -> None:
    # an indented page breaks a link's words over lines: its runs of white space are one
    # space in the block's text, and one in the link's share of it
    blocks = _blocks(
        "<body><p>\"Will you tell me, Bartleby, <a href='javascript:void(0)'>where\n"
        "                          you were born?\"</a>\n        </p></body>"
    )
    assert blocks[0].text == '"Will you tell me, Bartleby, where you were born?"'
    assert blocks[0].link_chars == len('where you were born?"')
    assert blocks[0].link_density < 0.5


def test_custom_elements_are_inline_and_do_not_disturb_the_walk() -> None:
    # custom tags get ids of their own, made per page: the walk must not take one for a
    # block element, a link or a line break
    names = [f"x-widget{i}" for i in range(40)]
    wrapped = "".join(f"<{n}>" for n in names) + "Story text" + "".join(
        f"</{n}>" for n in reversed(names))
    blocks = _blocks(f"<body><article><p>{wrapped} <pp>goes on</pp></p></article></body>")
    plain = _blocks("<body><article><p>Story text goes on</p></article></body>")
    assert [(b.text, b.tag, len(b.ancestors)) for b in blocks] == [
        (b.text, b.tag, len(b.ancestors)) for b in plain]


def test_a_custom_element_holding_blocks_is_a_box_and_one_of_inline_content_is_not() -> None:
    # <story-card> holds a heading and a paragraph: the box holding them, as a <div>;
    # so is a component set apart with words of its own (a card's excerpt, its byline:
    # read inline, their words ran together); a formula's elements (MathJax's <mjx-*>)
    # and a link component of a word stay in their line, as a browser draws an unknown
    # element
    blocks = _blocks(
        "<body><main><story-card><h3>Title</h3><p>Excerpt</p></story-card>"
        "<p>Let <mjx-container><mjx-math><mjx-mi>x</mjx-mi><mjx-mo>=</mjx-mo><mjx-mn>1"
        "</mjx-mn></mjx-math></mjx-container> hold.</p>"
        "<div><x-link><a href='/a'>Home</a></x-link> <x-link><a href='/b'>News</a></x-link>"
        "</div><div><x-dek>The council voted on Tuesday</x-dek><x-byline>By Ana Lima</x-byline>"
        "</div></main></body>")
    assert [(b.text, b.tag, len(b.ancestors)) for b in blocks] == [
        ("Title", "h3", 4), ("Excerpt", "p", 4), ("Let x=1 hold.", "p", 3),
        ("Home News", "div", 3),  # (a component of words of its own, set apart: its line)
        ("The council voted on Tuesday", "div", 4), ("By Ana Lima", "div", 4)]
    assert blocks[0].ancestors[:3] == blocks[1].ancestors[:3]  # (body, main, the card)
    assert blocks[0].ancestors[2] != blocks[2].ancestors[1]


def test_a_custom_element_beside_words_or_in_a_paragraph_stays_in_its_line() -> None:
    # a citation component after "(" in a paragraph written as a <div>, a price in a <p>,
    # a name in a list item: inline, as a browser draws them
    blocks = _blocks(
        "<body><div>One study found that fasting (<x-cite>Smith and Jones, 2020</x-cite>) "
        "raised the risk.</div><p>It costs <x-price>five euros a month</x-price></p>"
        "<ul><li><x-name>Ana Lima Soto</x-name></li></ul></body>")
    assert [b.text for b in blocks] == [
        "One study found that fasting (Smith and Jones, 2020) raised the risk.",
        "It costs five euros a month", "Ana Lima Soto"]


@pytest.mark.parametrize("link", [
    "Read more", "Czytaj dalej", "Číst dál", "Tovább", "Citește mai mult", "Lue lisää",
    "Διαβάστε περισσότερα", "Pročitaj više", "Прочети още", "Читати далі",
    "Baca selengkapnya", "Xem thêm", "اقرأ المزيد", "ادامه مطلب", "और पढ़ें", "อ่านต่อ",
    "המשך לקרוא", "Loe edasi", "Skaityti daugiau", "Lasīt vairāk", "Lexo më shumë",
    "Davamını oxu", "Preberi več",
])  # fmt: skip
def test_read_more_link_marks_the_excerpt_and_its_card_as_a_teaser(link: str) -> None:
    body = LexborHTMLParser(
        f"<body><ul><li><div><p>An excerpt of another story ... <a href='/s'>{link}</a>"
        "</p></div></li></ul><p>The story itself, told at length.</p></body>").body
    assert body is not None
    blocks, nodes, teasers = linearise(body)
    assert blocks[0].teaser and not blocks[1].teaser
    assert {nodes[mid].tag for mid in teasers} == {"div", "p"}
    assert all(value is None for value in teasers.values())
