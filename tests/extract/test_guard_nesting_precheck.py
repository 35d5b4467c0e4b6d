"""The guard's cheap test of a page's nesting: "<" counted alone first, the pairs only
where that count passes the limit; the answer is always ``_unclosed(markup) > limit``."""

from __future__ import annotations

import pytest

from warctools.extract.guard import _may_nest_deeper, _unclosed

MARKUPS = ["", "<", "</", "a</b><c>", "<p>é</p><x>\ud800</x><", "</</<<//>",
           "<b>日本</b><i>" * 50, "<div>" * 30 + "</div>" * 30, "<br>" * 40]  # fmt: skip


@pytest.mark.parametrize("markup", MARKUPS)
@pytest.mark.parametrize("limit", [0, 1, 2, 5, 30, 40, 59, 60, 61, 100, 2000])
def test_the_nesting_precheck_answers_as_the_full_count(markup: str, limit: int) -> None:
    want = _unclosed(markup) > limit
    assert _may_nest_deeper(markup, limit) is want
    assert _may_nest_deeper(markup.encode("utf-8", "surrogatepass"), limit) is want
