"""Layouts and boilerplate seen on real pages outside the benchmark (hand-written HTML)."""

from __future__ import annotations

from warctools.extract import extract

PROSE = [
    "The regional water board approved a plan on Monday to replace the old pumping station "
    "by the harbour, after two summers of low pressure in the hill districts.",
    "Engineers told the board that the new station would use less energy, and that the "
    "work could be finished before the dry season begins next year.",
    "Residents who attended the meeting asked for the roadworks to be done at night, and "
    "the board agreed to publish a timetable for each street affected.",
    "The project will be paid for with a mix of regional funds and a loan, and the board "
    "said bills would not rise because of it before the end of the decade.",
]
URL = "https://news.example.org/2024/03/05/water-board-pumping-station"


def paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in PROSE)


def wrap(body: str, lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><title>Pumping station | The Courier</title></head>"
        f"<body>{body}</body></html>"
    )


def assert_body(text: str) -> None:
    for paragraph in PROSE:
        assert paragraph in text


def test_story_wrapped_in_a_header_element_is_kept() -> None:
    # some site builders put the whole post inside <header> elements
    html = wrap(
        "<header class='site-top'><a href='/'>Home</a> <a href='/blog'>Blog</a></header>"
        f"<header class='post-section'><div class='main'><div class='rich-text'>"
        f"{paragraphs()}</div></div></header>"
        "<footer><p>Made with a site builder. Contact us.</p></footer>"
    )
    text = extract(html, URL).text
    assert_body(text)
    assert "Home" not in text and "Contact us" not in text


def test_small_headers_and_footers_are_still_dropped() -> None:
    html = wrap(
        "<article><header><p>Filed under Local news and Infrastructure and Utilities</p>"
        f"</header>{paragraphs()}<footer><p>Topics: water, harbour, roads and budgets of "
        "the region this year</p></footer></article>"
    )
    text = extract(html, URL).text
    assert_body(text)
    assert "Filed under" not in text and "Topics:" not in text


def test_data_table_rows_named_like_furniture_are_kept() -> None:
    rows = "".join(
        f"<tr class='player-{i} row-share'><td>{i}</td><td>Driver Number{i}</td>"
        f"<td>{100 - i} points</td></tr>"
        for i in range(1, 9)
    )
    html = wrap(f"<article>{paragraphs()}<table>{rows}</table></article>")
    text = extract(html, URL).text
    assert_body(text)
    assert "1 Driver Number1 99 points" in text
    assert "8 Driver Number8 92 points" in text
