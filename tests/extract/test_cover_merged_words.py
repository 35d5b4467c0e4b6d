"""The covers' merged words (date-named participles found by "ed", dates by "at", author
classes by "ut"): every element of the lists found, the cover's extra matches ("related",
"navigation", "button", "layout") told apart, an element matching several words listed
as often."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from warctools.extract import authors, date_find
from warctools.extract._cover import covered

PAGE = (
    "<h1>Title</h1><span class='posted-on'>1</span><p class='published created'>2</p>"
    "<div class='submitted'>3</div><div class='related'>4</div><div class='featured'>5</div>"
    "<span class='Posted'>6</span><div class='entry-date updated'>7</div><div class>8</div>"
    "<div class='Author contributor'>9</div><div class='button layout'>10</div>"
    "<div class='author-box'><h4>Tom</h4></div><div class='auteur autor'>11</div>"
    "<div class='writer-about'>12</div><div class=''>13</div><div class='CONTRIBUTOR'>14</div>"
    "<nav class='navigation format'>15</nav><p class='Datum data-date created'>16</p>"
)


@pytest.mark.parametrize("page", [PAGE, "<!DOCTYPE html>" + PAGE])
@pytest.mark.parametrize(("selector", "cover", "extra"), [
    (authors._CLASSED, authors._CLASSED_COVER, authors._classed_extra),
    (date_find._DATE_NAMED, date_find._DATE_NAMED_COVER, date_find._date_named_extra),
])
def test_a_merged_cover_finds_what_its_list_finds(page: str, selector: str, cover: str,
                                                  extra: Callable[[LexborNode], int]) -> None:
    tree = LexborHTMLParser(page)
    assert [n.mem_id for n in covered(tree, cover, extra)] == [
        n.mem_id for n in tree.css(selector)]


def test_each_merged_word_holds_its_cover() -> None:
    assert all("ed" in word for word in date_find._ED_CLASSES)
    assert all("at" in word for word in (*date_find._DAT_CLASSES, *date_find._CAP_DAT_CLASSES))
    assert all("ut" in word for word in authors._UT_CLASSES)
