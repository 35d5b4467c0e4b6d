"""Main-text extraction on hand-written hard cases (boilerplate that must not leak)."""

from __future__ import annotations

import pytest

from warctools.extract import extract

PROSE = [
    "The city council voted on Tuesday to approve a new budget for public transport, "
    "ending months of debate about fares, routes and the future of the night buses.",
    "Supporters of the plan said the money would pay for fifty new electric buses, while "
    "critics argued that the fare increase would hit low-income commuters hardest.",
    "The mayor, who had campaigned on the issue, said she was pleased with the outcome "
    "and promised that the first new vehicles would be on the road by next spring.",
    "Opposition members said they would continue to push for a freeze on fares, and "
    "several residents' groups announced a public meeting for later this month.",
]


def page(article: str, extra: str = "", head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        f"<html lang='en'><head><title>Budget vote | The Daily</title>{head}</head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
        "<li><a href='/sport'>Sport</a></li></ul></nav>"
        f"<div class='main'><article><h1>Council approves transport budget</h1>"
        f"{article.replace('{PROSE}', paragraphs)}</article>{extra}</div>"
        "<footer><p>Copyright 2024 The Daily. All rights reserved.</p></footer>"
        "</body></html>"
    )


def text_of(html: str) -> str:
    return extract(html, "https://news.example.com/2024/03/05/budget-vote-transport").text


def assert_body(text: str) -> None:
    for paragraph in PROSE:
        assert paragraph in text


@pytest.mark.parametrize(
    "boilerplate, leak",
    [
        (
            "<div class='related-links'><h3>Related Links</h3><ul>"
            "<li><a href='/a'>Mayor unveils new cycling strategy for the city centre</a></li>"
            "<li><a href='/b'>Night bus services cut back after staff shortages</a></li>"
            "<li><a href='/c'>Fare rises announced for rail passengers across the region</a>"
            "</li></ul></div>",
            "cycling strategy",
        ),
        (
            "<div class='donation-appeal'><p>We need your help. Our journalism is free for "
            "everyone, but it costs money to produce. Give $5 Billed Once, pay by credit card "
            "or paypal, and support independent reporting today.</p></div>",
            "We need your help",
        ),
        (
            "<div id='cookie-banner'><p>We use cookies to improve your experience. By "
            "continuing to browse you agree to our cookie policy and privacy policy.</p>"
            "<button>Accept</button></div>",
            "We use cookies",
        ),
        (
            "<section id='comments'><h3>3 comments</h3><div class='comment'><p>This is "
            "outrageous, the buses are always late and now we have to pay more for them, "
            "what a disgrace this council is.</p></div><div class='comment'><p>Finally some "
            "good news for the people who depend on public transport every single day.</p>"
            "</div></section>",
            "outrageous",
        ),
        (
            "<div class='share-tools'><a href='#'>Share on Facebook</a> <a href='#'>Share on "
            "Twitter</a> <a href='#'>Email</a></div>",
            "Share on Facebook",
        ),
        ("<div><a href='/'>Exit mobile version</a></div>", "Exit mobile version"),
    ],
)
def test_boilerplate_is_dropped(boilerplate: str, leak: str) -> None:
    text = text_of(page("{PROSE}" + boilerplate))
    assert_body(text)
    assert leak not in text


def test_boilerplate_inside_the_article_is_dropped() -> None:
    article = (
        "<p>" + PROSE[0] + "</p><div class='ad-slot'><p>Advertisement</p></div>"
        "<p>" + PROSE[1] + "</p><p>Share this article</p><p>" + PROSE[2] + "</p>"
        "<p>" + PROSE[3] + "</p><div class='newsletter-signup'><p>Sign up for our daily "
        "newsletter to get the best stories delivered to your inbox every morning.</p></div>"
    )
    text = text_of(page(article))
    assert_body(text)
    assert "Advertisement" not in text
    assert "Share this" not in text
    assert "newsletter" not in text


def test_teaser_cards_are_dropped() -> None:
    cards = "".join(
        f"<div class='card'><h3><a href='/story-{i}'>Another story number {i} about the "
        f"city</a></h3><p>A short excerpt from story {i} that talks about something else "
        f"entirely and ends in the middle of a ... read more</p></div>"
        for i in range(5)
    )
    text = text_of(page("{PROSE}", extra=f"<div class='more'>{cards}</div>"))
    assert_body(text)
    assert "Another story" not in text
    assert "excerpt" not in text


def test_navigation_title_and_footer_are_not_text() -> None:
    text = text_of(page("{PROSE}"))
    assert "Sport" not in text
    assert "All rights reserved" not in text
    assert "Council approves transport budget" not in text
    assert text.count("\n\n") == len(PROSE) - 1


def test_line_broken_text_and_tables_are_kept() -> None:
    lines = "<br>".join(f"Round {i}: {d} March at the Northern Circuit" for i, d in
                        enumerate(range(3, 25, 3), 1))  # fmt: skip
    html = (
        "<html><body><div class='menu'><a href='/'>Home</a></div>"
        f"<div itemprop='articleBody'><p>{PROSE[0]}</p><p>{lines}</p>"
        "<table><tr><th>Pos</th><th>Driver</th></tr><tr><td>1</td><td>Kyle Example</td>"
        f"</tr></table><p>{PROSE[1]}</p></div></body></html>"
    )
    text = extract(html, "https://example.com/calendar").text
    assert "Round 1: 3 March" in text and "Round 8" in text
    assert "1 Kyle Example" in text


def test_empty_and_bodiless_pages() -> None:
    assert extract("", "https://example.com/").text == ""
    assert extract("<html><head><title>x</title></head></html>", "https://e.com/").text == ""
    assert extract("just some text", "https://example.com/a").page_type != "article"


@pytest.mark.parametrize(("text", "headline"), [
    ("Harbour plan backed", "Harbour Plan Backed!"), ("— Harbour plan", "Harbour plan"),
    ("  \"Harbour\" plan", "harbour plan"), ("Äpfel im Hafen", "Aepfel im Hafen"),
    ("℡ Harbour", "TEL Harbour"), ("...", ""), ("…Harbour", "Harbour"), ("_x", "_x"),
    ("ﬁsh market", "Fish market"), ("Straße", "strasse"), ("Harbour plan", "Ferry plan"),
    ("1 Harbour", "1 harbour"), ("Ｈａｒｂｏｕｒ", "harbour"), ("«Hafen»", "Hafen"),
])  # fmt: skip
def test_a_block_shows_the_headline_exactly_where_their_folds_agree(text: str,
                                                                    headline: str) -> None:
    from warctools.extract.article import _shows
    from warctools.extract.title import fold

    assert _shows(text, headline, fold(headline)) == (fold(text) == fold(headline))
