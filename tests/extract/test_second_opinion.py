"""A page where the main-text search finds (almost) nothing gets trafilatura's text; a
page with a story of its own never asks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from warctools.extract import extract
from warctools.extract import second_opinion as so


class _Doc:
    """What trafilatura's ``bare_extraction`` returns, as far as the second opinion reads it."""

    def __init__(self, text: str) -> None:
        self.text = text

POSTS = [
    "hallo, hat jemand eine idee was ich anders machen könnte? seit dem update auf die neue "
    "version komme ich unterwegs nicht mehr in den laden, nur noch im wlan zu hause.",
    "hast du in den einstellungen nachgesehen, ob mobile daten für den laden freigegeben "
    "sind? bei mir war der schalter nach dem update wieder aus, warum auch immer.",
    "danke, das war es tatsächlich. der schalter stand auf aus, obwohl ich ihn nie "
    "angefasst habe. jetzt geht alles wieder wie vorher, auch unterwegs.",
]
NAV = "<nav><ul>" + "".join(
    f"<li><a href='/forum/{n}'>{n}</a></li>" for n in ("iPhone", "Mac", "iPad", "Software")
) + "</ul></nav>"  # fmt: skip


def forum_thread() -> str:
    """A thread whose every post sits in a box named a comment (no story outside them)."""
    posts = "".join(
        f"<div class='ForumComment' id='Comment{i}'><div class='CommentInfo'><span>user{i}"
        f"</span><span>28.09.19 12:4{i}</span></div><div class='CommentText'>{post}</div></div>"
        for i, post in enumerate(POSTS)
    )
    return (f"<html><head><title>Kein Laden mehr über mobile Daten?</title></head><body>{NAV}"
            f"<main><h2>Kein Laden mehr über mobile Daten?</h2>{posts}</main>"
            "<footer>© 2019 Forum</footer></body></html>")  # fmt: skip


def test_a_thread_of_comment_boxes_is_read_by_the_second_opinion() -> None:
    got = extract(forum_thread(), "https://forum.example.com/discussion/kein-laden-12345.html")
    assert got.extraction_method == "trafilatura"
    assert got.page_type == "article"
    for post in POSTS:
        assert post in got.text
    assert "iPad" not in got.text and "© 2019" not in got.text


def test_a_story_of_its_own_never_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("second opinion asked on a page with a story")

    monkeypatch.setattr(trafilatura, "bare_extraction", refuse)
    story = "".join(f"<p>{post.capitalize()}</p>" for post in POSTS * 2)
    html = f"<html><body>{NAV}<article><h1>Der Laden</h1>{story}</article></body></html>"
    got = extract(html, "https://news.example.com/2024/03/05/der-laden")
    assert got.extraction_method == "dom" and POSTS[0].capitalize() in got.text


def test_the_second_opinion_is_taken_only_when_far_longer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import trafilatura

    answer = {"text": ""}
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: _Doc(answer["text"]))
    html = f"<html><body><div>{' '.join(POSTS)}</div><script>var x = 1;</script></body></html>"
    answer["text"] = "word " * 100  # 500 characters
    assert so.second_opinion(html, "", "a" * 50) == ("word " * 100).strip()
    assert so.second_opinion(html, "", "a" * so.SHORT_TEXT) is None  # long enough: not asked
    answer["text"] = "word " * 40  # 200 characters: under MIN_TEXT
    assert so.second_opinion(html, "", "") is None
    answer["text"] = "word " * 60  # 300 characters, not LONGER times 90
    assert so.second_opinion(html, "", "a" * 90) is None
    # a page that shows little text (its words in a script) is not asked at all
    answer["text"] = "word " * 100
    words = " ".join(POSTS)
    scripted = f"<html><body><p>Loading</p><script>var t = '{words}';</script></body></html>"
    assert so.second_opinion(scripted, "", "") is None


def test_a_failing_second_opinion_costs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("broken page")

    monkeypatch.setattr(trafilatura, "bare_extraction", boom)
    assert so.second_opinion("<html><body></body></html>", "", "") is None
    got = extract(forum_thread(), "https://forum.example.com/discussion/kein-laden-12345.html")
    assert got.extraction_method == "dom"


BRIEF = "The evening ferry to the village is cancelled tonight because of the storm warning."
EXCERPTS = [
    "The council approved a new budget for the harbour district on Monday night after a long "
    "debate about parking and the new bus lanes.",
    "A bakery on the quay has won the national award for its rye bread, beating two hundred "
    "other bakeries from across the country.",
    "The road to the north pier will stay closed until May while engineers repair the sea "
    "wall that was damaged in the winter storms.",
    "The school board has approved new uniform rules after a year of consultation with "
    "parents, pupils and teachers of the town.",
]


def test_a_news_brief_beside_other_stories_cards_is_not_replaced_by_them() -> None:
    # a one-sentence story, then its site's latest stories as cards (a linked headline over
    # an excerpt each, no class names): trafilatura's far longer text is the brief and
    # the cards' excerpts, and the brief is the story
    cards = "".join(
        f"<div><h3><a href='/2025/03/1{i}/story-{i}-about-town'>Other story number {i} about "
        f"the town</a></h3><p>{excerpt}</p></div>" for i, excerpt in enumerate(EXCERPTS)
    )
    html = (f"<html lang='en'><head><title>Evening ferry cancelled</title></head><body>{NAV}"
            f"<div><div><h1>Evening ferry cancelled</h1><p>{BRIEF}</p></div>"
            f"<div><h2>More news</h2>{cards}</div></div></body></html>")  # fmt: skip
    got = extract(html, "https://news.example.net/2025/03/12/evening-ferry-cancelled")
    assert got.text == BRIEF, got.text
    assert got.extraction_method == "dom"


def test_a_list_beside_cards_still_gets_the_second_opinion(monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:  # fmt: skip
    # no line of prose of its own (an ingredients list): the cards may hold the story
    import trafilatura

    listed = "\n".join(["200 g flour", *EXCERPTS])
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: _Doc(listed))
    html = f"<html><body><div>{' '.join(EXCERPTS)}</div></body></html>"
    assert so.second_opinion(html, "", "200 g flour", frozenset(EXCERPTS)) is not None
    assert so.second_opinion(html, "", BRIEF, frozenset(EXCERPTS)) is None


def test_a_thread_in_tables_reads_as_lines_not_as_table_markup() -> None:
    # an older forum prints each post as a table ("Poster: | user0 | Date: | ..."), its
    # cells named comments: trafilatura writes the rows as "| Poster: | user0 | ... |"
    # with a "|---|" rule; the row's cells read as one line, as the extractor's own rows do
    posts = "".join(
        f"<table class='ForumComment'><tr><td>Poster:</td><td>user{i}</td><td>Date:</td>"
        f"<td>28.09.19 12:4{i}</td></tr><tr><td></td><td></td></tr><tr><td colspan=4 "
        f"class='CommentText'>{post}</td></tr></table>"
        for i, post in enumerate(POSTS)
    )
    menu = ("<table><tr><td><a href='/'>Home</a> | <a href='/f'>Forums</a> | <a href='/q'>"
            "FAQs</a> | <a href='/c'>Contact</a> | <a href='/j'>Jobs</a></td></tr></table>")
    html = (f"<html><head><title>Kein Laden?</title></head><body>{menu}<main><h2>Kein Laden?"
            f"</h2>{posts}<p>Diesen Beitrag teilen</p></main><footer>© 2019 Forum</footer>"
            "</body></html>")  # fmt: skip
    got = extract(html, "https://forum.example.com/discussion/kein-laden-12345.html")
    assert got.extraction_method == "trafilatura"
    assert "Poster: user1 Date: 28.09.19 12:41" in got.text.split("\n\n")
    for post in POSTS:
        assert post in got.text.split("\n\n")
    assert "|" not in got.text and "---" not in got.text
    # the second opinion's lines of furniture go as the extractor's own do: the menu of
    # items between bars, the share button
    assert "Forums" not in got.text and "teilen" not in got.text


def test_a_cell_holding_a_bar_keeps_it() -> None:
    assert so._cells_read(r"| 2011 | 2 \| 3 |") == "2011 2 | 3"
    assert so._cells_read("| | | |") == "" and so._cells_read("|---|:---:|") == ""
    assert so._cells_read("Rain | wind | sun") == "Rain | wind | sun"  # not a row: as it is


def _grid(seed: int) -> str:
    """A portal's grid of eight cards of other stories (two make the page a listing)."""
    return "<div>" + "".join(
        f"<div><a href='/news/2019/{seed}-{i}'><img src='/i{i}.jpg'></a><h3><a href='/news/"
        f"2019/{seed}-{i}'>Council approves new budget for the city schools, part {seed}-{i}"
        "</a></h3><p>Officials said the decision would be reviewed next year after complaints "
        "about the cost.</p></div>" for i in range(8)) + "</div>"


def test_a_thread_among_a_portals_grids_asks_the_second_opinion(
        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    # the grids' link lists make the page a listing, but it declares an article and the
    # DOM finds nothing of it (its posts are named comments): trafilatura is asked, and
    # its posts, no card's, are taken
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction",
                        lambda *a, **k: _Doc("\n".join(POSTS)))  # fmt: skip
    html = forum_thread().replace("<body>", f"<body>{_grid(1)}").replace(
        "</body>", f"{_grid(2)}</body>").replace(
        "<head>", "<head><meta property='og:type' content='article'>")  # fmt: skip
    got = extract(html, "https://forum.example.com/discussion/kein-laden-12345.html")
    assert got.page_type == "article" and got.page_type_reason.endswith("link_blocks=16")
    assert got.extraction_method == "trafilatura"
    assert got.text == "\n\n".join(POSTS)


def test_on_a_listing_one_excerpt_is_no_story(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    card = ("Olympics in China: the host is running the games by its own rules, our "
            "correspondents say\nFrom the surprise bid to the pandemic, the country kept "
            "its promises and silenced its critics, our correspondents report from the "
            "capital after a month of travel.\nBy Ana Lima and Jo Smith")  # fmt: skip
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: _Doc(card))
    html = f"<html><body>{_grid(1)}<p>Loading</p>{_grid(2)}</body></html>"
    assert so.second_opinion(html, "", "", listing=True) is None  # one excerpt: a card
    assert so.second_opinion(html, "", "") is not None  # (a page of few links takes it)
    story = "\n".join(POSTS)
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: _Doc(story))
    assert so.second_opinion(html, "", "", listing=True) == "\n\n".join(POSTS)


def test_trafilatura_is_imported_with_the_caches_patterns(tmp_path: Path) -> None:
    """Where the second opinion imports trafilatura (in a process that has not yet), its
    module-level patterns and htmldate's, imported by it, go through the package's
    pattern cache."""
    script = (
        "import json, re, sys\n"
        "from warctools import _regex\n"
        "from warctools.extract import second_opinion as so\n"
        "assert 'trafilatura' not in sys.modules\n"
        f"so.second_opinion({forum_thread()!r}, 'https://forum.example.com/t/1', '')\n"
        "mods = [m for n, m in list(sys.modules.items())\n"
        "        if n.split('.')[0] in ('trafilatura', 'htmldate')]\n"
        "sources = {v.pattern for m in mods for v in vars(m).values()\n"
        "           if isinstance(v, re.Pattern)}\n"
        "table = {key[0] for key in _regex._MEMO.table()}\n"
        "print(json.dumps([len(sources), len(sources & table)]))\n"
    )
    env = {**os.environ, "WARCTOOLS_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", script], env=env, check=True,
                         capture_output=True, text=True).stdout  # fmt: skip
    found, cached = json.loads(out)
    assert found >= 20  # (trafilatura's and htmldate's module-level patterns)
    assert cached == found  # (imported the plain way: none of them)
