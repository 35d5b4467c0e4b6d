"""The cheaper covers of the byline, hidden-element and date-name selector lists find
exactly what the lists themselves find: the same elements, in order, as often."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from warctools.extract import _clean, authors, date_find
from warctools.extract._cover import covered

# Pages written for these tests: each alternative of the lists, elements that only a
# cover's shorter substring matches, elements matching several alternatives at once,
# case variants (lexbor compares class, id, href and style values exactly, rel without
# case) and class selectors in both document modes (quirks: without case).
PARTS = [
    "<div class='byline Byline'>By <a href='/author/ana/' rel='author'>Ana Lima</a></div>",
    "<p class='skyline'>Skyline</p><a href='/autos/cars'>Cars</a><a href='/autoren/x'>X</a>",
    "<a href='/AUTHOR/x' rel='AUTHOR'>Up</a><a href='/auteur/y/autore/'>Y</a><byline>Z</byline>",
    "<div itemprop='author'><span itemprop='name' class='fn'>Ana</span></div>",
    "<div class='VCARD'><b class='FN'>Tom</b></div><div class='vcard'><i class='fn'>Al</i></div>",
    "<span class='author-name username user-name'>ana</span><span class='autoplay'>x</span>",
    "<div id='author'>A</div><div id='post-author_box'>B</div><div id='autor-1'>C</div>",
    "<div id='AUTHOR'>D</div><div class='Author writer contributor'><h3>Ana</h3></div>",
    "<div class='author-box'><h4>Tom</h4><strong>Lee</strong><p>bio</p></div>",
    "<div class='users'>u</div><div class='auth'>v</div>",
    "<div style='display:none'>h</div><div style='display: none;visibility: hidden'>i</div>",
    "<div style='border:none'>j</div><div style='overflow:hidden'>k</div>",
    "<div style='DISPLAY:NONE'>l</div><nav role='navigation'>m</nav><div role='Banner'>n</div>",
    "<div role='button'>o</div><div role='search menu'>p</div><div role>q</div><div hidden>r</div>",
    "<div aria-hidden='true'>s</div><div itemprop='comment'>t</div><div itemprop='authors'>u</div>",
    "<h1>Title</h1><span class='date data datum'>1</span><span class='Date Datum'>2</span>",
    "<span class='update'>3</span><span class='Dat'>4</span><span id='pubdate'>5</span>",
    "<div class='post-meta timestamp'>6</div><p class='info published created'>7</p>",
]
PAGES = ["".join(PARTS), "<!DOCTYPE html>" + "".join(PARTS), "<p>nothing here</p>"]

Case = tuple[str, str, Callable[[LexborNode], int]]
CASES: list[Case] = [
    (authors._MARKED, authors._MARKED_COVER, authors._marked_extra),
    (authors._CLASSED, authors._CLASSED_COVER, authors._classed_extra),
    (_clean._HIDDEN, _clean._HIDDEN_COVER, _clean._hidden_extra),
    (date_find._DATE_NAMED, date_find._DATE_NAMED_COVER, date_find._date_named_extra),
]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize(("selector", "cover", "extra"), CASES)
def test_a_cover_finds_what_its_list_finds(page: str, selector: str, cover: str,
                                           extra: Callable[[LexborNode], int]) -> None:
    tree = LexborHTMLParser(page)
    expected = [node.mem_id for node in tree.css(selector)]
    assert [node.mem_id for node in covered(tree, cover, extra)] == expected
    body = tree.body
    assert body is not None
    assert [node.mem_id for node in covered(body, cover, extra)] == [
        node.mem_id for node in body.css(selector)
    ]


def test_an_element_matching_two_alternatives_is_listed_twice() -> None:
    tree = LexborHTMLParser(PARTS[0])
    found = covered(tree, authors._MARKED_COVER, authors._marked_extra)
    assert [node.tag for node in found] == ["div", "div", "a", "a"]  # byline + Byline
    assert [node.tag for node in tree.css(authors._MARKED)] == ["div", "div", "a", "a"]


def test_a_cover_drops_what_only_its_shorter_substring_matches() -> None:
    tree = LexborHTMLParser(PARTS[1])
    assert [n.text() for n in tree.css(authors._MARKED_COVER)] == ["Skyline", "Cars", "X"]
    found = covered(tree, authors._MARKED_COVER, authors._marked_extra)
    assert [n.text() for n in found] == ["X"]


def test_each_merged_word_holds_the_substring_its_cover_walks() -> None:
    """A word added to a merged group must hold the group's shared substring (else the
    cover would miss it): keep a new word of another shape in the list's kept part."""
    assert all("yline" in word for word in authors._BYLINE_CLASSES)
    assert all("/aut" in path for path in authors._AUTHOR_PATHS)
    assert all("aut" in word for word in (*authors._AUTHOR_CLASSES, *authors._AUTHOR_IDS))
    assert all("user" in word for word in authors._USER_CLASSES)
    assert all("none" in style or "hidden" in style for style in _clean._HIDDEN_STYLES)
    assert all("dat" in word for word in date_find._DAT_CLASSES)
    assert all("Dat" in word for word in date_find._CAP_DAT_CLASSES)
