"""One walk for the metadata rules' whole-tree lookups finds what each selector finds."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from warctools.extract.marks import Marks

# A page written for this test: elements each lookup must find or leave, case and
# white-space variants, and elements two lookups share.
PAGE = (
    "<html><head><meta name='description' content='A story'><meta charset='utf-8'>"
    "<meta property='og:title' content=''><meta itemprop='headline' content='Marked'>"
    "<meta property='DC:TITLE' content='x'><meta property='dc:title\tdc:creator' content='y'>"
    "<meta property='dc:title\u00a0z' content='z'><meta content><link rel='canonical'>"
    "<link rel='canonical alternate' href='/x'><link rel='CANONICAL' href='/a'>"
    "<link rel='canonical' href='/b'>"
    "<script type='application/ld+json'>{\"@type\": \"NewsArticle\"}</script>"
    "<script type='Application/LD+JSON'>{}</script><script type='application/ld+json '>"
    "{}</script><script>var a = 1;</script><script type='application/json'>{}</script>"
    "</head><body><h1 itemprop='headline' property='dc:title'>Headline</h1>"
    "<div itemprop='Headline'>not marked</div><h2 itemprop='headline name'>no</h2>"
    "<span property='a dc:title'>Marked too</span><h1>Second</h1>"
    "<svg><script type='application/ld+json'>{}</script></svg></body></html>"
)


@pytest.mark.parametrize("page", [PAGE, "<!DOCTYPE html>" + PAGE, "<p>no head</p>"])
def test_one_walk_finds_what_each_selector_finds(page: str) -> None:
    tree = LexborHTMLParser(page)
    marks = Marks(tree)

    def ids(nodes: list) -> list[int]:
        return [node.mem_id for node in nodes]

    assert ids(marks.meta) == ids(tree.css("meta[content]"))
    assert marks.meta_attrs == [node.attributes for node in marks.meta]
    assert ids(marks.jsonld) == ids(tree.css('script[type="application/ld+json"]'))
    assert ids(marks.h1) == ids(tree.css("h1"))
    assert ids(marks.headline) == ids(tree.css("[itemprop=headline], [property~='dc:title']"))
    link = tree.css_first("link[rel=canonical][href]")
    assert (marks.canonical.mem_id if marks.canonical else None) == (link.mem_id if link else None)
    first = tree.css_first("h1")
    assert (marks.first_h1.mem_id if marks.first_h1 else None) == (first.mem_id if first else None)


def test_an_element_with_both_headline_marks_is_listed_twice() -> None:
    marks = Marks(LexborHTMLParser(PAGE))
    assert [node.tag for node in marks.headline] == ["meta", "meta", "h1", "h1", "span"]
    # the type compared without ASCII case, not with a trailing space; an SVG script too
    assert [node.text() for node in marks.jsonld] == ['{"@type": "NewsArticle"}', "{}", "{}"]
