"""Body text: the failure kinds of issue 13 on small hand-written pages, and two checks
over every dev page (no script/style/JSON-LD text in ``text``; code shown to readers stays).
"""

from __future__ import annotations

import json
import re
import textwrap

import pytest
from selectolax.lexbor import LexborHTMLParser

from tests.support import require_shared
from tests.support.spliced import spliced
from warctools.extract import extract
from warctools.extract._phrases import ends_in_credit, is_tail_heading

STORY = [
    "The river authority opened the new flood barrier on Thursday, three years after the "
    "storm that left the lower town under water for most of a week.",
    "Engineers said the barrier can be raised in under an hour, and that it was tested "
    "twice this spring against water levels higher than those of the storm.",
    "Shop owners on the quay, who lost stock worth millions, said they would wait for the "
    "first winter before they believed the town was safe again.",
    "The authority will publish the barrier's test results next month, together with a "
    "plan for the smaller streams that feed the river above the town.",
]
URL = "https://news.example.net/2025/02/06/flood-barrier-opens-on-the-river"


def story(paragraphs: list[str] = STORY) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def page(body: str) -> str:
    return f"<html lang='en'><head><title>Flood barrier</title></head><body>{body}</body></html>"


def assert_story(text: str, paragraphs: list[str] = STORY) -> None:
    for paragraph in paragraphs:
        assert paragraph in text, (paragraph, text)


def text_around(middle: str) -> str:
    """The text of a story whose first two paragraphs and the rest sit either side of
    ``middle`` (what is being tested), checked to hold the whole story."""
    body = f"<article><h1>Flood barrier</h1>{story(STORY[:2])}{middle}{story(STORY[2:])}</article>"
    text = extract(page(body), URL).text
    assert_story(text)
    return text


# ---- the failure kinds named in the issue ----------------------------------------------


def test_script_source_cut_short_by_a_closing_tag_in_its_string_is_dropped() -> None:
    # document.write('...</script>...') ends the script early: the rest shows as text
    html = page(
        f"<article>{story(STORY[:2])}<script>document.write('<div id=\"ad\"></script>"
        "'); var slot = googletag.defineSlot('/1234/news', [300, 250]); googletag.cmd.push("
        "function() { googletag.display('ad'); });</script>"
        f"{story(STORY[2:])}</article>"
    )
    text = extract(html, URL).text
    assert_story(text)
    assert "document.write" not in text and "googletag" not in text


def test_site_search_prompt_is_dropped() -> None:
    html = page(
        "<div class='top'><span>Search news.example.net for:</span></div>"
        f"<article>{story()}<div>Search this site:</div></article>"
    )
    text = extract(html, URL).text
    assert_story(text)
    assert "Search" not in text


def test_search_form_is_dropped_as_a_landmark() -> None:
    html = page(
        "<form action='/search'><p>Looking for something? Type a few words of the story, the "
        "author or the date, and we will find every article that matches.</p></form>"
        f"<article>{story()}</article>"
    )
    text = extract(html, URL).text
    assert_story(text)
    assert "Looking for something" not in text


def test_a_sites_footer_holding_much_of_the_pages_text_but_none_of_its_prose_is_dropped(
) -> None:  # fmt: skip
    # a big site footer (link columns, an about-us blurb, a legal disclaimer, all in
    # <div>s) can hold more of the page's text than a short story told in paragraphs: it
    # is still no wrapper of the story
    disclaimer = (
        "Some of the links on this website lead to third parties, some of them partners of "
        "this website or of its owners, who may pay us for them. Whatever the relationship, "
        "we take no responsibility for the conduct of third parties or for the content or "
        "the function of their websites. A link to a broker, a mention of it or a rating "
        "we give is no endorsement of its products or services. "
    ) * 3
    links = "".join(f"<li><a href='/{i}'>Guide {i}</a></li>" for i in range(5))
    columns = "".join(f"<div><div>{name}</div><ul>{links}</ul></div>"
                      for name in ("Popular", "About us", "Guides", "Follow us"))  # fmt: skip
    inside = (
        f"{columns}<div>Quay News has covered the river towns since 2012, with news, reviews "
        "and guides for everyone who lives by the water.</div>"
        f"<div><div>Advertising disclosure</div><div>{disclaimer}</div></div>"
    )
    # ... as a <footer>, or a <div> named for one among a style framework's utilities
    for footer in (f"<footer class='relative'>{inside}</footer>",
                   f"<div class='relative bg-footer text-footer-text pt-6'>{inside}</div>"):
        html = page(f"<main><article><h1>Flood barrier</h1>{story()}</article>{footer}</main>")
        text = extract(html, URL).text
        assert_story(text)
        assert "third parties" not in text and "since 2012" not in text
    # a template that wraps the story itself in a footer keeps it
    assert_story(extract(page(f"<footer><h1>Flood barrier</h1>{story()}</footer>"), URL).text)


def test_a_breadcrumb_trail_ending_in_the_headline_is_no_prose() -> None:
    # "Home » News » <headline>", its steps linked, reads as a sentence as long as the
    # headline: counted as prose above the story's element, it pulled the container up to
    # the page, and the trail came into the text
    headline = "Flood barrier opens on the river after three years of work on the quay"
    for sep in (" » ", ">", " / "):
        trail = sep.join(("<a href='/'>Home</a>", "<a href='/news/'>All news</a>", headline))
        html = (f"<html><head><title>{headline}</title></head><body><div><p>{trail}</p></div>"
                f"<div><main><article><p>Published: 6 February 2025</p><h1>{headline}</h1>"
                f"<div>{story(STORY[:3])}</div></article></main></div></body></html>")
        text = extract(html, URL).text
        assert_story(text, STORY[:3])
        assert "All news" not in text
    # a sentence of the story naming a section after an arrow is no trail: it stays
    line = (f"Read the town council's notes on the barrier at <a href='/notes'>Notes</a> > "
            f"{headline}")
    html = (f"<html><head><title>{headline}</title></head><body><main><article>"
            f"<h1>{headline}</h1>{story()}<p>{line}</p></article></main></body></html>")
    assert "town council's notes" in extract(html, URL).text


def test_copyright_and_trade_mark_lines_are_dropped() -> None:
    html = page(
        f"<article>{story()}<p>© 2025 Example News Group. All rights reserved.</p>"
        "<p>Example News and the river logo are registered trademarks of Example News Group "
        "Ltd. and may not be used without permission.</p></article>"
    )
    text = extract(html, URL).text
    assert_story(text)
    assert "rights reserved" not in text and "trademark" not in text


def test_a_scrolling_bar_of_stock_prices_or_headlines_is_dropped() -> None:
    # a ticker over the page, scrolled by a script (named "marquee") or by <marquee>: its
    # prices run together into one long line that read as the story's first paragraph
    prices = "".join(f"QUAY{n} GROUP{40 + n}.{n}8+{n}.29%RIVER{n}{30 + n}.95-0.{n}6%"
                     for n in range(8))  # fmt: skip
    for bar in (f"<div class='stock-bar'><div class='marquee'>{prices}</div></div>",
                f"<marquee>{prices}</marquee>"):  # fmt: skip
        text = extract(page(f"{bar}<div><h1>Flood barrier</h1>{story()}</div>"), URL).text
        assert_story(text)
        assert "QUAY" not in text, text


def test_advertisement_links_label_is_dropped() -> None:
    html = page(
        f"<article>{story(STORY[:2])}<div>Advertisement Links</div><div>Sponsored links</div>"
        f"{story(STORY[2:])}</article>"
    )
    text = extract(html, URL).text
    assert_story(text)
    assert "Advertisement" not in text and "Sponsored" not in text


@pytest.mark.parametrize("appeal", [
    "Support The River Post so we continue to report on the towns along the river.",
    "If you value our reporting, please consider becoming a member.",
    "Unterstützen Sie unsere Arbeit mit einer Spende.",
    "Soutenez-nous : abonnez-vous pour une information indépendante.",
    "Apóyanos: hazte socio de este periódico.",
    "Sostieni il nostro lavoro con una donazione.",
    "Steun onze journalistiek met een bijdrage.",
    "Wesprzyj nasze dziennikarstwo.",
    "Поддержите нашу редакцию.",
])
def test_an_appeal_for_readers_support_is_dropped(appeal: str) -> None:
    # a paragraph of the page, not the story's, however its box is named
    text = text_around(f"<p>{appeal}</p>")
    assert appeal not in text


def test_a_quoted_appeal_and_support_in_a_story_are_kept() -> None:
    lines = ["“Please support our work,” the director of the shelter told the council.",
             "Support staff and volunteers were praised by the mayor after the flood."]
    text = text_around("".join(f"<p>{line}</p>" for line in lines))
    assert_story(text, lines)


def test_job_board_teasers_after_the_story_are_dropped() -> None:
    jobs = "".join(
        f"<div><p>Senior reporter {i}</p><p>Example News Group, Riverside</p><p>Full time</p>"
        "</div>"
        for i in range(3)
    )
    html = page(f"<article>{story()}<h3>Latest jobs</h3>{jobs}</article>")
    text = extract(html, URL).text
    assert_story(text)
    assert "Latest jobs" not in text and "Senior reporter" not in text


def test_job_board_box_is_furniture() -> None:
    html = page(
        f"<article>{story()}</article><div class='job-board'><p>Night editor wanted: "
        "Example News is hiring a night editor for its river desk, apply by March.</p></div>"
    )
    assert "Night editor" not in extract(html, URL).text


# ---- structural signals ----------------------------------------------------------------


def test_story_inside_a_furniture_named_wrapper_is_kept() -> None:
    # a "sharing-container" / "gallery" class on the story's own wrapper
    html = page(
        "<nav><a href='/'>Home</a></nav><div class='documentContent__sharingContainer'>"
        f"<div class='rte'>{story()}</div><div class='share'><a href='#'>Share</a></div></div>"
        "<div class='sidebar'><p>Our newsletter arrives every Friday with the week's stories"
        " from the river towns and the hills above them.</p></div>"
    )
    text = extract(html, URL).text
    assert_story(text)
    assert "newsletter" not in text


# the same story as written in Chinese: a third of the characters
STORY_ZH = [
    "河道管理局周四正式启用了新建的防洪闸，距离那场让下城区被洪水淹没将近一周的风暴已经过去整整三年，"
    "当地居民和商户对此期待已久。",
    "工程师们表示，这座防洪闸可以在不到一个小时内完全升起，今年春天已经两次在高于当年风暴时的水位下"
    "顺利完成了测试，各项指标均达到设计要求。",
    "码头上那些在洪水中损失了价值数百万元存货的店主们说，他们要等熬过第一个冬天之后，才会真正相信"
    "小镇已经安全了，不会再被洪水吞没。",
    "管理局表示将于下个月公布防洪闸的全部测试结果，同时还会发布一份针对河流上游几条小溪的综合治理"
    "计划，以进一步降低洪水风险。",
]


@pytest.mark.parametrize("wrapper", ["gallery-section", "sharing-container"])
def test_a_story_in_a_dense_script_inside_a_furniture_named_wrapper_is_kept(
        wrapper: str) -> None:  # fmt: skip
    # its wrapper holds 230 characters, which say what 690 of a Latin script would
    html = ("<html lang='zh'><head><title>防洪闸启用</title></head><body>"
            "<nav><a href='/'>首页</a> <a href='/news'>新闻</a></nav>"
            f"<div class='{wrapper}'>{story(STORY_ZH)}</div>"
            "<footer><p>版权所有</p></footer></body></html>")  # fmt: skip
    got = extract(html, URL)
    assert_story(got.text, STORY_ZH)
    assert got.extraction_method == "dom"  # read by the extractor, not a second opinion


def test_comment_thread_is_not_taken_for_a_wrapper() -> None:
    comments = "".join(
        f"<li><p>Reader {i} says: I live on the quay and I will believe it when the water "
        "stays out of my cellar for a whole winter, not before that.</p></li>"
        for i in range(12)
    )
    html = page(
        f"<article>{story()}</article><div id='comment-text' class='user-post-text'>"
        f"<ul>{comments}</ul></div>"
    )
    text = extract(html, URL).text
    assert_story(text)
    assert "Reader 3 says" not in text


def test_a_comment_section_holding_most_of_the_page_beside_a_story_is_no_wrapper() -> None:
    # twenty readers' comments, 85% of the page's text, in an element named for comments
    # under a heading no phrase list holds: the story stands outside it, so the thread is
    # no wrapper of the story (a thread holding the page with no story beside it still is)
    said = [
        "I live two streets from the quay and we still have sandbags in the cellar.",
        "Nobody believed the authority would finish it before the next storm.",
        "The article does not say who pays for the streams above the town.",
        "Last time the council and the authority argued for two years about it.",
        "Tested twice against higher water is not the same as a real storm.",
        "I hope they are right, but I will keep my insurance as it is for now.",
    ]
    thread = "".join(
        f"<li class='member'><a class='author person' href='/u/{i}'><h4>reader{i}</h4></a>"
        f"<time datetime='2020-01-14T13:{i:02d}'>14. 01. 2020, 13:{i:02d}</time><div class="
        f"'objlink'><p>Comment {i}: {said[i % 6]} {said[(i + 1) % 6]} {said[(i + 3) % 6]} "
        f"{said[(i + 5) % 6]}<br>{said[(i + 2) % 6]} {said[(i + 4) % 6]} {said[i % 6]}</p>"
        "</div></li>" for i in range(20))
    html = page(f"<div class='news'><div class='text'><h1>Flood barrier</h1>{story()}</div>"
                f"<div class='full community page'><div class='sect sect_commentlinks'><h2>"
                f"Golosa chitatelei</h2><ul>{thread}</ul></div></div></div>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text)
    assert "Comment 3:" not in text and "reader3" not in text and "Golosa" not in text
    alone = extract(page(f"<div class='comments'><h1>Flood barrier</h1><ul>{thread}</ul></div>"),
                    URL).text  # fmt: skip
    assert "Comment 3:" in alone  # the page is the thread: its wrapper stays


def _wrapped(paragraphs: list[str]) -> str:
    """Each paragraph in two wrappers of its own, as component sites write them."""
    return "".join(f"<div class='paragraph'><div><p>{p}</p></div></div>" for p in paragraphs)


def test_paragraphs_each_in_wrappers_of_their_own_read_as_siblings() -> None:
    # a component site's story: no two paragraphs share a parent; the element holding
    # their wrappers holds the story, and its closing line is no box after it
    closing = "What do you make of the new barrier? Tell us below."
    html = page(f"<div class='story'><h1>Flood barrier</h1>{_wrapped([*STORY, closing])}</div>")
    text = extract(html, URL).text
    assert_story(text, [*STORY, closing])
    # other stories' cards whose excerpts sit in wrappers three deep are still cards
    cards = "".join(
        f"<div class='card'><h3><a href='/news/2025/0{i}/story-{i}'>Council approves a new "
        f"budget for the schools {i}</a></h3><div class='description'><div><div><p>Officials "
        "said the decision would be reviewed next year after complaints from residents "
        f"about the cost of it, number {i}.</p></div></div></div></div>" for i in range(6))
    html = page(f"<div><div class='story'><h1>Flood barrier</h1>{_wrapped(STORY)}</div>"
                f"<div class='more'>{cards}</div></div>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text)
    assert "Officials said" not in text


def test_a_story_set_in_parts_between_ad_slots_keeps_the_list_between_them() -> None:
    # a story in parts of one kind (<div class="body-part">, an ad slot after each): a list
    # of linked items between two parts sits among the story's paragraphs, as it does
    # between a plain story's paragraphs
    more = [p.replace("barrier", "wall").replace("river", "canal") for p in STORY]
    items = "".join(
        f"<li><strong><a href='/news/2025/02/0{i}/item'>{title}</a>.</strong> {rest}</li>"
        for i, (title, rest) in enumerate([
            ("The pumps at the lower quay were replaced last year", "They cost half a million."),
            ("The old gates stay open as a second line", "Engineers check them each spring."),
            ("The plan for the streams comes next month", "It covers the smaller streams."),
        ]))  # fmt: skip
    ad = "<div class='ad-slot'></div>"
    html = page(f"<div class='story'><h1>Flood barrier</h1><div class='body-part'>"
                f"{story(STORY[:2])}</div>{ad}<div class='body-part'>{story(STORY[2:])}</div>{ad}"
                f"<ul>{items}</ul>{ad}<div class='body-part'>{story(more[:2])}</div>{ad}"
                f"<div class='body-part'>{story(more[2:])}</div></div>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text, [*STORY, *more])
    for kept in ("replaced last year", "second line", "comes next month"):
        assert kept in text


def test_a_post_without_prose_among_a_portals_article_cards_is_read_not_a_card() -> None:
    # a post of three short lines (no prose) between two grids of other stories' cards,
    # each an <article>: the markup's container is the element showing the headline, not
    # the first <article> (a card)
    grid = "<section>" + "".join(
        f"<article class='card'><a href='/news/2024/{i}-story'><img src='/i{i}.jpg'></a><h3>"
        f"<a href='/news/2024/{i}-story'>Council approves new budget for city schools {i}</a>"
        "</h3><p>Officials said the decision would be reviewed next year after complaints "
        "from residents.</p></article>" for i in range(8)) + "</section>"  # fmt: skip
    lines = ["“I know I should not say this…”", "– “Then don't.”", "– “Ok.”"]
    html = ("<html lang='en'><head><title>Doing nothing is an option too</title></head><body>"
            f"{grid}<div class='post'><h1>Doing nothing is an option too</h1>"
            + "".join(f"<p>{line}</p>" for line in lines) + f"</div>{grid}</body></html>")
    text = extract(html, URL).text
    assert_story(text, lines)
    assert "Officials" not in text


@pytest.mark.parametrize("indent", ["", "\n      "])
def test_cards_whose_header_goes_keep_their_linked_title_and_their_excerpts_stay_out(
        indent: str) -> None:  # fmt: skip
    # twenty-four <article> cards beside a story, each title a linked <h2> in a <header>
    # with a kicker and a meta row: the header is no standfirst and goes, its linked title
    # stays (the card reads as a card whether the markup is indented or minified)
    def card(n: int) -> str:
        return indent.join((
            f"<article class='teaser'><div class='media'><a href='/news/other-{n}'>",
            f"<img src='/i{n}.jpg' alt=''></a></div><div class='text'><header>",
            f"<span class='kicker'>KICKER {n}</span><h2><a href='/news/other-{n}'>Another "
            f"town builds a bigger ferry terminal number {n}</a></h2>",
            "<div class='meta'><span>2 comments</span><span>city.example</span></div>",
            "</header><p>The neighbouring town opened its own terminal on Friday, and the",
            f" mayor promised more ferries for the summer season {n}.</p></div></article>"))

    html = indent.join((
        "<html><head><title>The new quay changed the harbour town</title></head><body><main>",
        "<article class='story'><h1>The new quay changed the harbour town</h1>",
        story(STORY), "</article><section class='more'>",
        *(card(n) for n in range(24)), "</section></main></body></html>"))
    text = extract(html, URL).text
    assert_story(text, STORY)
    assert "neighbouring town" not in text and "Another town" not in text


def test_grids_of_cards_around_a_story_in_the_body_itself_stay_out() -> None:
    # a story of three long paragraphs written straight in <body> between a portal's two
    # grids of eight cards (no class names): the body is the container, and the grids'
    # excerpts before the first paragraph and after the last are other stories'
    excerpts = [
        "Officials said the decision would be reviewed next year after complaints from "
        "residents about the cost.",
        "The work is expected to take several weeks, and drivers are asked to use the "
        "inland route instead.",
        "Supporters celebrated late into the night after a tense final that went to a "
        "penalty shoot-out.",
    ]

    def grid(seed: int) -> str:
        return "<div>" + "".join(
            f"<div><a href='/news/2024/{seed}-{i}'><img src='/i{i}.jpg'></a><h3><a href='/news"
            f"/2024/{seed}-{i}'>Council approves new budget for city schools {seed}-{i}</a></h3>"
            f"<p>{excerpts[(seed + i) % 3]}</p></div>" for i in range(8)) + "</div>"  # fmt: skip

    told = [" ".join(STORY[i:] + STORY[:i]) for i in range(3)]
    text = extract(page(f"{grid(1)}<br>{story(told)}{grid(2)}"), URL).text
    assert_story(text, told)
    assert not any(excerpt in text for excerpt in excerpts) and "Council approves" not in text
    # one card of another story after it is a reference the story gives, not a grid
    one = ("<div><h3><a href='/news/2024/report'>Read the full report on the barrier and its "
           "tests</a></h3><p>The authority's report covers the two tests in the spring and the "
           "plan for the smaller streams.</p></div>")  # fmt: skip
    assert "The authority's report covers" in extract(page(f"{story(told)}{one}"), URL).text


def test_a_story_wrapper_named_for_furniture_outweighed_by_a_portals_grids_is_kept() -> None:
    # the story's wrapper under its headline named for a part of it ("socialicons-sticky"),
    # on a portal page whose two grids of cards hold more text and more paragraphs than the
    # short story: its first paragraph is the first under the headline, so it stays
    headline = "Flood barrier opens on the river"
    html = (f"<html><head><title>{headline}</title></head><body>{_grid()}<main><article>"
            f"<h1>{headline}</h1><p>Ana Lima, May 3, 2024</p>"
            f"<div id='socialicons-sticky'><div>{story()}</div></div></article></main>"
            f"{_grid()}</body></html>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text)
    assert "Officials said" not in text and "Council approves" not in text


def test_each_sections_own_h1_between_the_paragraphs_stays_and_a_boxs_h1_goes() -> None:
    # a template that opens every <section> with its own <h1> (HTML5's outline, a book's
    # chapters): the headings between the story's paragraphs stay as an <h2> would; the
    # page's headline does not join the text, nor a widget's <h1> over its links
    headline = "Flood barrier opens on the river"
    sections = story(STORY[:1]) + "".join(
        f"<section><h1>{title}</h1>{story(STORY[start:end])}</section>"
        for title, start, end in (("How the barrier works", 1, 3),
                                  ("What the town expects", 3, 4)))  # fmt: skip
    box = ("<div><h1>Quicklinks</h1><ul><li><a href='/a'>Timetable</a></li><li><a href='/b'>"
           "Tickets</a></li><li><a href='/c'>Contact</a></li></ul></div>")  # fmt: skip
    closing = ("The authority thanked the residents of the quay for their patience during "
               "three years of building work along the river.")  # fmt: skip
    html = (f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
            f"{sections}{box}<p>{closing}</p></article></body></html>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text, [*STORY, closing])
    assert "How the barrier works" in text and "What the town expects" in text
    assert headline not in text and "Quicklinks" not in text


def test_section_headings_linking_to_the_page_itself_stay() -> None:
    # a documentation engine's section headings are links back to the table of contents
    # ("<h2><a href='#id5'>Setting up</a></h2>"): all of their text a link, yet to a place
    # on the page itself, not another page's card
    intro = ("The barrier is the largest the river authority has built, and the first to "
             "be raised from a control room in the town itself.")  # fmt: skip
    told = [" ".join(STORY[:2]), " ".join(STORY[2:])]  # two long paragraphs under it
    body = (f"<article><h1>Flood barrier</h1><section><p>{intro}</p></section>"
            "<section><h2><a class='toc-backref' href='#id5'>How the barrier is raised</a>"
            "<a class='headerlink' href='#raising'>¶</a></h2>"
            f"{story(told)}</section></article>")  # fmt: skip
    text = extract(page(body), URL).text
    assert_story(text, [intro, *told])
    assert "How the barrier is raised" in text


def test_wordpress_category_classes_are_not_roles() -> None:
    html = page(
        "<div class='post type-post category-comment category-share tag-video hentry'>"
        f"<div class='entry'>{story()}</div></div>"
    )
    assert_story(extract(html, URL).text)


def test_commentary_is_an_opinion_piece_not_comments() -> None:
    html = page(f"<div class='sect news commentary'><article>{story()}</article></div>")
    assert_story(extract(html, URL).text)


def test_heading_anchor_ids_are_not_roles() -> None:
    html = page(
        f"<div class='content'><div class='section' id='sharing-with-a-remote-team'>"
        f"<h2>Sharing with a remote team</h2>{story()}</div></div>"
    )
    assert_story(extract(html, URL).text)


def test_utility_classes_are_not_hidden() -> None:
    html = page(f"<div class='kb-overflow-hidden hidden-xs'>{story()}</div>")
    assert_story(extract(html, URL).text)


def test_story_in_noscript_is_read() -> None:
    html = page(
        "<div id='app'>Loading</div><noscript><p>Enable JavaScript.</p>"
        f"<div class='post-body'>{story()}</div></noscript>"
    )
    assert_story(extract(html, URL).text)


def lines(paragraphs: list[str] = STORY) -> str:
    """The story written without ``<p>``: its paragraphs between ``<br>`` tags."""
    return "<br><br>".join(paragraphs)


MENU = "<ul class='menu'>" + "".join(
    f"<li><a href='/topics/{i}'>Every story about the river towns, part {i}</a></li>"
    for i in range(40)
) + "</ul>"


def test_story_without_paragraph_tags_in_a_furniture_named_wrapper_is_kept() -> None:
    # a blog template's "date-outer" (a furniture word) holds the post; with no <p> on the
    # page the prose is measured as long runs of text, and the wrapper holds most of it
    html = page(f"{MENU}<div class='date-outer'><h1>Flood barrier</h1>{lines()}</div>{MENU}")
    text = extract(html, URL).text
    assert_story(text)
    assert "Every story about" not in text


def test_hard_wrapped_story_without_paragraph_tags_is_kept() -> None:
    # a post exported with a line break every few words: no text node reaches 70
    # characters, the element's own text does
    wrapped = "<br><br>".join(
        "<br>".join(textwrap.wrap(p, 50)).replace("barrier", "<i>barrier</i>", 1) for p in STORY
    )
    html = page(f"{MENU}<div class='date-outer'><h1>Flood barrier</h1>{wrapped}</div>{MENU}")
    text = " ".join(extract(html, URL).text.split())
    for paragraph in STORY:
        assert paragraph in text, (paragraph, text)
    assert "Every story about" not in text


def test_story_written_straight_into_the_body_keeps_every_section() -> None:
    # no <p> and no wrapper: each section's text sits in <body> itself, between <h2>s and
    # <br>s; no element below the body holds the story, so no paragraph of it is "outside
    # the element holding most of the story" for the block model to judge
    parts = [" ".join(STORY[i:] + STORY[:i]) for i in range(3)]  # three long paragraphs
    sections = "".join(f"<h2>Part {i}</h2>{part}<br><br>" for i, part in enumerate(parts[1:], 2))
    html = page(f"<h1>Flood barrier</h1>{parts[0]}<br><br>{sections}")
    assert_story(extract(html, URL).text, parts)


NAV_CELL = "<td width='150'>" + "".join(
    f"<a href='/s{i}'><font size='2'>{w}</font></a><br>"
    for i, w in enumerate("Home News Politics Business Sport Culture Opinion Archive".split())
) + "</td>"
SIDE_CELL = "<td width='160'><b>Most read</b><br>" + "".join(
    f"<a href='/m{i}'>{t}</a><br><br>"
    for i, t in enumerate(["Mayor resigns after budget row", "Ferry returns after winter break"])
) + "</td>"


@pytest.mark.parametrize("gap", ["<br><br>", "<br>"])
def test_story_between_line_breaks_in_a_layout_table_cell(gap: str) -> None:
    # an older template lays the page out in one table row: links, the story (text
    # between <br>s, in <font>), the most-read list; a table cell reads as a space (a data
    # table's row is a line), so the row was one block and the story took the links in
    story_cell = (f"<td><font size='4'><b>Flood barrier opens</b></font><br>"
                  f"<font size='2'>By Ana Lima</font>{gap}"
                  f"<font size='2'>{gap.join(STORY)}</font></td>")
    html = page(f"<table><tr>{NAV_CELL}{story_cell}{SIDE_CELL}</tr></table>")
    text = extract(html, URL).text
    assert_story(text)
    assert STORY[-1] in text.split("\n")  # not run into the next cell's "Most read"
    for furniture in ("Politics", "Most read", "Mayor resigns"):
        assert furniture not in text, text


def test_a_chinese_story_of_single_line_breaks_in_a_layout_cell() -> None:
    # a Han paragraph of 40 characters says what 120 Latin ones do: it ends a paragraph
    nav = "<td>" + "".join(f"<a href='/s{i}'>{w}</a><br>" for i, w in enumerate(
        "首页 新闻 政治 经济 体育 文化 评论".split())) + "</td>"  # fmt: skip
    side = "<td><b>热门</b><br>" + "".join(f"<a href='/m{i}'>{t}</a><br>" for i, t in enumerate(
        ["市长因预算争议辞职", "渡轮冬季停航后恢复", "面包店获得全国大奖"])) + "</td>"  # fmt: skip
    html = page(f"<table><tr>{nav}<td><b>防洪闸正式启用</b><br>{'<br>'.join(STORY_ZH)}</td>"
                f"{side}</tr></table>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text, STORY_ZH)
    assert "首页" not in text and "市长" not in text, text


def test_data_table_cell_breaking_a_line_keeps_its_row() -> None:
    # a data table's cell with one line break (a value and its rank) stays in its row's
    # line: only a cell of paragraphs parted by blank lines reads as a block of its own
    rows = "".join(f"<tr><th>Gini ({year})</th><td>3{i}.0<br>medium</td></tr>"
                   for i, year in enumerate(range(2010, 2016)))
    html = page(f"<h1>Flood barrier</h1>{story()}<table>{rows}</table>{story(STORY[:1])}")
    text = extract(html, URL).text
    assert "Gini (2012) 32.0" in text, text


def test_box_of_furniture_lines_between_line_breaks_is_dropped() -> None:
    # an appeal written as lines: each would go alone, together they are as long as a
    # paragraph of the story
    appeal = ("<div>We need your help<br>Help us continue to spread the news of the river "
              "towns to readers everywhere<br><a href='/donate'>Donate</a></div>")
    html = page(f"<div><h1>Flood barrier</h1>{story()}{appeal}</div>")
    text = extract(html, URL).text
    assert_story(text)
    assert "We need your help" not in text and "Donate" not in text, text


def test_story_lines_beside_a_notice_line_stay() -> None:
    # one boilerplate line does not take a block's story lines with it
    block = "<div>Advertisement<br>" + "<br>".join(STORY[:2]) + "</div>"
    html = page(f"<div><h1>Flood barrier</h1>{block}{story(STORY[2:])}</div>")
    assert_story(extract(html, URL).text)


@pytest.mark.parametrize("encoded", [False, True])
def test_story_in_a_declarative_shadow_root_is_read(encoded: bool) -> None:
    # a web component rendered on the server: its shadow root is a <template
    # shadowrootmode>, whose content the parser keeps out of the tree; a browser shows it
    # (a plain <template> stays unshown)
    inert = "<template><p>" + "A template's text, never shown to a reader. " * 4 + "</template>"
    html = page(f"<x-story><template shadowrootmode='open'><h1>Flood barrier</h1>{story()}"
                f"</template></x-story>{inert}")  # fmt: skip
    text = extract(html, URL, encoded=html.encode() if encoded else None).text
    assert_story(text)
    assert "never shown" not in text


def test_story_without_paragraph_tags_in_noscript_is_read() -> None:
    html = page(f"<div id='app'>Loading</div><noscript><div>{lines()}</div></noscript>")
    assert_story(extract(html, URL).text)


def test_related_box_of_a_page_without_paragraph_tags_is_no_story() -> None:
    # the runs of text a related-stories box holds never make it the story's wrapper
    teasers = "".join(  # (more text than the story's: 500+ characters)
        f"<div><a href='/s{i}'>Story {i}</a><br>{p} {p}</div>" for i, p in enumerate(STORY[:3])
    )
    html = page(
        f"{MENU}<div class='post'><h1>Flood barrier</h1>{lines(STORY[3:])}</div>"
        f"<div class='related-stories'>{teasers}</div>{MENU}"
    )
    text = extract(html, URL).text
    assert STORY[3] in text
    assert STORY[0] not in text


@pytest.mark.parametrize("hidden", ["style='display:none'", "style='visibility: hidden'",
                                    "hidden", "aria-hidden='true'"])  # fmt: skip
def test_story_hidden_for_a_script_to_show_is_read(hidden: str) -> None:
    # an anti-flicker or reveal-on-load wrapper: the page shows no prose without it
    html = page(f"{MENU}<div {hidden}><h1>Flood barrier</h1>{story()}</div>{MENU}")
    text = extract(html, URL).text
    assert_story(text)
    assert "Every story about" not in text


def test_hidden_copy_beside_a_shown_story_and_hidden_menus_stay_out() -> None:
    other = [p.replace("barrier", "bridge") for p in STORY]
    html = page(
        f"<div style='display:none'>{story(other)}</div><article><h1>Flood barrier</h1>"
        f"{story()}</article><nav hidden>{MENU}</nav>"
    )
    text = extract(html, URL).text
    assert_story(text)
    assert other[0] not in text and "Every story about" not in text

SLIDES = [
    ("1. The old quay", "Built in 1890, the old quay took the first flood of every winter until "
     "the town raised it by a metre in the years after the war."),
    ("2. The storm", "Three years ago the storm surge topped the raised quay by half a metre "
     "and left the lower town under water for most of a week."),
    ("3. The barrier", "The new barrier can be raised in under an hour, and it was tested twice "
     "this spring against water levels higher than the storm's."),
    ("4. The quay today", "Shop owners who lost stock worth millions in the flood say they will "
     "wait for the first winter before they believe the town is safe."),
]


@pytest.mark.parametrize("hidden", ["style='display:none'", "hidden", "aria-hidden='true'"])
def test_a_gallery_s_hidden_slides_are_read(hidden: str) -> None:
    # a slideshow that tells the story: the first slide shown, the others hidden until
    # their turn (trafilatura reads them; they were dropped with anything hidden)
    slides = "".join(f"<div class='slide{' active' if i == 0 else ''}' {hidden if i else ''}>"
                     f"<img src='/s{i}.jpg'><h2>{head}</h2><p>{line}</p></div>"
                     for i, (head, line) in enumerate(SLIDES))  # fmt: skip
    html = page(f"{MENU}<article><h1>The flood barrier in pictures</h1>{story(STORY[:1])}"
                f"<div class='gallery'>{slides}<span>1 / 4</span></div></article>{MENU}")
    text = extract(html, URL).text
    for head, line in SLIDES:
        assert head in text and line in text, (head, text)


@pytest.mark.parametrize("wrap", ["<table><tr><td>{}</td></tr></table>",
                                  "<div><div>{}</div></div>"])  # fmt: skip
def test_a_gallery_s_hidden_slides_each_wrapped_alone_are_read(wrap: str) -> None:
    # each slide alone in wrappers of its own (a one-cell layout table of an older page, a
    # component's <div>s): the slides are still siblings of one kind, one of them shown
    slides = "".join(wrap.format(f"<div class='slide{' active' if i == 0 else ''}'"
                                 f"{' hidden' if i else ''}><img src='/s{i}.jpg'><h2>{head}</h2>"
                                 f"<p>{line}</p></div>")
                     for i, (head, line) in enumerate(SLIDES))  # fmt: skip
    html = page(f"{MENU}<article><h1>The flood barrier in pictures</h1>{story(STORY[:1])}"
                f"<div class='gallery'>{slides}<span>1 / 4</span></div></article>{MENU}")
    text = extract(html, URL).text
    # (a table's body and row add no depth for the block model; three <div>s do: the last
    # slide's line, alone in them, is the model's to judge)
    for head, line in SLIDES if wrap.startswith("<table>") else SLIDES[:3]:
        assert head in text and line in text, (head, text)


def test_a_slideshow_told_as_a_list_in_gallery_named_sections_is_read() -> None:
    # each of twelve sections named for the gallery is too small to be the story's
    # wrapper; together they are the story ("30. ...", "29. ...")
    items = [(f"{n}. Item number {n}", f"Item {n} is a gadget nobody knew they wanted, and "
              f"its maker says it sold out in a week after the first review appeared.")
             for n in range(12, 0, -1)]  # fmt: skip
    hide = " style='display: none;'"
    sections = "".join(
        f"<div id='section-{i}' class='gallery--section{' hidden' if i else ''}'"
        f"{hide if i else ''}><h2>{head}</h2><p>{line}</p></div>"
        for i, (head, line) in enumerate(items))  # fmt: skip
    html = page(f"{MENU}<article><h1>Things we never knew we wanted</h1>{sections}"
                f"</article>{MENU}")
    text = extract(html, URL).text
    for head, line in items:
        assert head in text and line in text, (head, text)


# a gallery of other photos, its captions each opened by the slide's counter ("1/6 ...")
OTHER_PHOTOS = [
    ("Harbour lights", "The harbour at dusk, as the fishing fleet returns after a week at sea "
     "and the market opens for the first buyers of the morning catch."),
    ("Market day", "Stalls line the main square on market day, when farmers from the valley "
     "bring cheese, honey and the first apples of the season into town."),
    ("Old bridge", "The old stone bridge, closed to cars since the spring, is now a path for "
     "walkers and cyclists on their way to the park above the river."),
    ("Winter fair", "The winter fair draws visitors from across the region to skate on the "
     "frozen pond and buy gifts at the wooden huts along the promenade."),
    ("Town hall", "The town hall's clock tower, restored last year, strikes the hour again "
     "for the first time since the fire that damaged its roof."),
    ("Night train", "The night train leaves the station for the capital, its sleeping cars "
     "full of students going home for the holidays."),
]


def counted_gallery(photos: list[tuple[str, str]], counter: str = "{}/{}") -> str:
    items = "".join(f"<li><h2><span class='n'>{counter.format(i, len(photos))}</span> {head}"
                    f"</h2><p>{line}</p><p class='credit'>Photo agency</p></li>"
                    for i, (head, line) in enumerate(photos, 1))  # fmt: skip
    return f"<div class='widget'><h2>Our region in pictures</h2><ul>{items}</ul></div>"


@pytest.mark.parametrize("counter", ["{}/{}", "{} / {}", "{} of {}"])
def test_a_gallery_counted_slide_by_slide_between_the_story_s_paragraphs_stays_out(
        counter: str) -> None:  # fmt: skip
    # a gallery of other photos set in the story (an editor's widget), its captions longer
    # than the story itself and no <figure> to say so: a slide's counter opens each one
    paragraphs = [*STORY, *(f"{line} The barrier's engineers say so too." for line in STORY)]
    body = (f"<article><h1>Flood barrier</h1>{story(paragraphs[:4])}"
            f"{counted_gallery(OTHER_PHOTOS, counter)}{story(paragraphs[4:])}</article>")
    text = extract(page(body), URL).text
    assert_story(text, paragraphs)
    assert not any(line in text or head in text for head, line in OTHER_PHOTOS), text


@pytest.mark.parametrize("items", [
    ["1/4 cup of olive oil for the pan", "3/4 cup of flour, sifted twice", "1/4 teaspoon of salt",
     "1/8 teaspoon of pepper", "3/8 cup of milk, warmed"],  # a recipe's fractions
    ["1/12/2024 The authority opens the consultation", "2/12/2024 Engineers test the gates",
     "3/12/2024 The council votes the budget"],  # dates, day first
])  # fmt: skip
def test_fractions_and_dates_opening_a_list_are_no_slide_counters(items: list[str]) -> None:
    text = text_around("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
    for item in items:
        assert item in text, (item, text)


def test_a_slideshow_told_in_counted_captions_is_read() -> None:
    # the page's story is the slideshow: a line of introduction, then the counted captions
    body = (f"<article><h1>Our region in pictures</h1><p>{STORY[0]}</p>"
            f"{counted_gallery(OTHER_PHOTOS)}</article>")
    text = extract(page(body), URL).text
    for head, line in OTHER_PHOTOS:
        assert head in text and line in text, (head, text)


@pytest.mark.parametrize("card", ["person-popover", "hovercard", "rollover-block"])
def test_a_name_s_pop_up_card_of_other_headlines_inside_a_paragraph_stays_out(card: str) -> None:
    # a politician's name opens a card of their latest stories when the pointer rests on
    # it, written inside the paragraph: its headlines outweigh the sentence's words, which
    # made the story's opening paragraph a link list
    heads = ["Council approves the new budget for city schools after a long night of talks",
             "Storm damage closes the coastal road for a week as crews clear the debris",
             "Mayor asks the court to apply compassion when it sentences the protester"]
    links = " ".join(f"<a class='articles' href='/news/2025/story-{i}'>{head}</a>"
                     for i, head in enumerate(heads))  # fmt: skip
    opening = ("The river authority opened the new flood barrier on Thursday, said Mayor "
               "<span class='name'><a href='/people/ana-lima'>Ana Lima</a>"
               f"<span class='{card}'><img src='/ana.jpg'>{links} <a href='/people/ana-lima'>"
               "MORE</a></span></span> at the quay, three years after the storm.")
    body = f"<article><h1>Flood barrier</h1><p>{opening}</p>{story(STORY[1:])}</article>"
    text = extract(page(body), URL).text
    assert_story(text, STORY[1:])
    assert "opened the new flood barrier on Thursday" in text and "three years after" in text
    assert not any(head in text for head in heads), text


@pytest.mark.parametrize("box", ["related-carousel", "swiper-container"])
def test_a_carousel_s_hidden_cards_of_other_stories_stay_out(box: str) -> None:
    # slides that are cards of other stories (a linked headline over an excerpt) are no
    # gallery's story: the hidden ones stay out, and the carousel stays as small as shown
    heads = ["Council approves the new budget for city schools", "Storm damage closes the "
             "coastal road for a week", "Local team wins the regional cup after penalties",
             "Hospital opens a new wing for children this spring"]  # fmt: skip
    slides = "".join(
        f"<div class='swiper-slide{' swiper-slide-active' if i == 0 else ''}'"
        f"{' aria-hidden=true' if i else ''}><a href='/news/2025/story-{i}'><h3>{head}</h3>"
        f"</a><p>{head}: what it means for the region, as our reporter sees it.</p>"
        f"</div>" for i, head in enumerate(heads))  # fmt: skip
    text = text_around(f"<div class='{box}'><div class='swiper-wrapper'>{slides}</div></div>")
    assert not any(head in text for head in heads[1:]), text


def test_hidden_tabs_and_hidden_boxes_without_a_shown_one_stay_out() -> None:
    # two tabs are a page's tabs, not a slideshow; hidden boxes none of which is shown
    # (dialogs waiting to open) are not slides
    tabs = "".join(f"<div class='tab-pane{' active' if i == 0 else ''}'"
                   f"{' hidden' if i else ''}><p>{line}</p></div>"
                   for i, line in enumerate(["Tab one: " + STORY[0], "Tab two: " + STORY[1]]))
    boxes = "".join(f"<div class='modal' hidden><p>Box {i}: sign up for the morning briefing"
                    f" and get the day's top stories in your inbox every day.</p></div>"
                    for i in range(3))  # fmt: skip
    html = page(f"<article><h1>Flood barrier</h1>{story()}{tabs}{boxes}</article>")
    text = extract(html, URL).text
    assert_story(text)
    assert "Tab two" not in text and "Box 1" not in text


@pytest.mark.parametrize("tag", ["aside", "nav", "menu", "figure", "label", "dialog open"])
def test_story_wrapped_in_a_dropped_tag_is_read(tag: str) -> None:
    # a template that wraps the whole story in a tag the cleaner drops (an <aside>, ...)
    html = page(f"{MENU}<{tag}><h1>Flood barrier</h1>{story()}</{tag.split()[0]}>{MENU}")
    assert_story(extract(html, URL).text)


def test_aside_beside_the_story_and_a_landmark_role_holding_it_stay_out() -> None:
    other = [p.replace("barrier", "bridge") for p in STORY]
    html = page(f"<aside>{story(other)}</aside><article><h1>Flood barrier</h1>{story()}</article>")
    text = extract(html, URL).text
    assert_story(text)
    assert other[0] not in text
    # a role names what an element is for: it never holds the story, whatever its prose
    html = page(f"{MENU}<div role='complementary'>{story(other)}</div>{MENU}")
    assert other[0] not in (extract(html, URL).text or "")


def test_closing_heading_over_nothing_is_dropped_and_a_closing_sentence_kept() -> None:
    # what the heading announced went (a box of links, an app banner the model drops);
    # a heading that closes a sentence is the story's own last line
    links = "<ul>" + "".join(f"<li><a href='/s{i}'>Story {i}</a></li>" for i in range(6)) + "</ul>"
    body = f"<article><h1>Flood barrier</h1>{story()}<h3>Weitere Tipps zur Region</h3>{links}"
    text = extract(page(body + "</article>"), URL).text
    assert_story(text)
    assert not text.rstrip().endswith("Region")
    closing = "So for now, the quay waits for winter!"
    text = extract(page(f"{body}<h3>{closing}</h3></article>"), URL).text
    assert text.rstrip().endswith(closing)
    # a heading ending in an ellipsis leads on to what went ("More from the region …", in
    # words no phrase list holds)
    body = f"<article><h1>Flood barrier</h1>{story()}<h3>Wiecej z regionu …</h3>{links}"
    text = extract(page(body + "</article>"), URL).text
    assert_story(text)
    assert "regionu" not in text


def test_standfirst_in_the_story_header_is_kept_and_site_header_dropped() -> None:
    lede = ("A barrier three years in the making now guards the lower town, and the quay's "
            "shop owners are waiting for winter to judge it.")  # fmt: skip
    html = page(
        "<header class='site'><p>Example News: the river towns' daily paper since 1901, "
        "delivered to your door every morning.</p></header>"
        f"<article><header class='article-header'><h1>Flood barrier opens</h1><p>{lede}</p>"
        f"</header>{story()}</article>"
    )
    text = extract(html, URL).text
    assert_story(text, [lede, *STORY])
    assert "daily paper" not in text


def test_long_subheading_standfirst_is_kept() -> None:
    lede = ("The barrier cost more than planned and opened a year late, but engineers say it "
            "will hold back a storm bigger than the one three years ago.")  # fmt: skip
    html = page(f"<div class='top'><h2>{lede}</h2></div><div class='body'>{story()}</div>")
    assert_story(extract(html, URL).text, [lede, *STORY])


def test_permalink_title_does_not_make_the_post_a_teaser() -> None:
    short = [STORY[0], STORY[1]]
    html = page(
        f"<div class='post'><h2><a href='{URL}'>Flood barrier opens</a></h2>"
        f"{story(short)}</div>"
    )
    assert_story(extract(html, URL).text, short)


NOTICE = ("Please keep your remarks polite: remarks that insult other readers or the staff "
          "will not be approved.")  # fmt: skip


@pytest.mark.parametrize("layout", [
    "<div itemprop='articleBody'>{}</div><div class='notes'><p>{}</p></div>",
    # a page of layout tables: the marked body is a cell (no block element of its own),
    # read as the row that holds it alone
    "<table><tr><td><table><tr><td itemprop='articleBody'>{}</td></tr></table></td></tr>"
    "<tr><td class='notes'><p>{}</p></td></tr></table>",
])  # fmt: skip
def test_marked_article_body_beats_a_lone_notice_paragraph(layout: str) -> None:
    rows = "".join(f"<tr><td>{i}</td><td>Gauge {i}</td><td>{i * 3} cm</td></tr>"
                   for i in range(1, 12))  # fmt: skip
    html = page(layout.format(f"<p>Gauge readings:</p><table>{rows}</table>", NOTICE))
    text = extract(html, URL).text
    assert "Gauge 7 21 cm" in text


def test_a_post_written_between_brs_beside_an_unnamed_related_list_is_the_story() -> None:
    # an older blog's post: its paragraphs straight in its element between <br>s, a
    # plugin's list of related posts in the same element, a comment list and a tag cloud
    # beside it, no class names: the element weighs less than the comment list, but the
    # text under the headline alone weighs as the story
    lines = [f"{p} The council will report on the barrier again in the spring, after the "
             f"first high tides of the year have tested the gates once more." for p in STORY]
    related = "".join(
        f"<li><a href='/2012/0{i}/post-{i}/'>Another long related post title number {i} "
        f"about banks and votes</a> <a href='/2012/0{i}/post-{i}/'>A long excerpt of the "
        f"related post number {i} linked from every word, as such plugins write it</a></li>"
        for i in range(1, 10))  # fmt: skip
    comments = "".join(
        f"<li><a href='/author/{i}'>Reader {i}</a>: I think this is a very good thing for "
        "the town, and I hope the gates will hold when the next storm comes up the river.</li>"
        for i in range(1, 10))  # fmt: skip
    tags = " ".join(f"<a href='/tag/{i}'>Topic {i}</a>" for i in range(60))
    html = page(f"<div><div><h1>Flood barrier opens three years after the storm</h1>"
                f"<div>2. August 2012</div><div><strong><span>{lines[0]}</span></strong>"
                f"<br><br>{'<br><br>'.join(lines[1:])}<br><br><ul>{related}</ul></div></div>"
                f"<div><h3>Recent comments</h3><ul>{comments}</ul></div><div>{tags}</div>"
                "</div>").replace("<title>Flood barrier</title>",
                                  "<title>Flood barrier opens three years after the storm"
                                  "</title>")  # fmt: skip
    text = extract(html, URL).text
    for line in lines:
        assert line in text, text
    assert "Reader 3" not in text


def test_builder_widgets_inside_the_marked_body_are_kept() -> None:
    widgets = "".join(f"<div class='elementor-widget-container'><p>{p}</p></div>" for p in STORY)
    html = page(f"<div class='entry-content' itemprop='text'>{widgets}</div>")
    assert_story(extract(html, URL).text)


def test_furniture_heading_ends_the_story() -> None:
    bio = ("Ana Lima has covered the river towns for ten years and writes about floods, "
           "farming and the roads between the hills.")  # fmt: skip
    html = page(f"<article>{story()}<h3>About the author</h3><p>{bio}</p></article>")
    text = extract(html, URL).text
    assert_story(text)
    assert "About the author" not in text and "Ana Lima" not in text


def test_list_of_links_between_paragraphs_is_kept() -> None:
    links = "".join(f"<li><a href='/r{i}'>Flood report {i} of the river authority</a></li>"
                    for i in range(3))  # fmt: skip
    html = page(f"<article>{story(STORY[:2])}<ul>{links}</ul>{story(STORY[2:])}</article>")
    text = extract(html, URL).text
    assert_story(text)
    assert "Flood report 1 of the river authority" in text


def test_short_cjk_lines_are_prose() -> None:
    lines = [
        "川の上流では先週から雨が続き、町の人々は新しい堤防の完成を待っていました。",
        "技術者によると、堤防は一時間以内に上げることができ、今年の春に二回試験されました。",
        "港の商店主たちは、最初の冬を越すまでは町が安全だとは信じられないと話しています。",
    ]
    html = page("<div class='nav'><a href='/'>ホーム</a></div>"
                f"<div class='entry'>{story(lines)}</div>")  # fmt: skip
    assert_story(extract(html, URL).text, lines)


def test_soft_hyphens_and_ruby_readings_are_not_text() -> None:
    html = page(
        "<article><p>Die Hoch\xadwasser\xadschutz\xadanlage wurde am Donnerstag eröffnet, drei "
        "Jahre nach dem Sturm, der die Unterstadt eine Woche lang unter Wasser setzte.</p>"
        "<p><ruby>堤防<rp>(</rp><rt>ていぼう</rt><rp>)</rp></ruby>が完成しました。町の人々は"
        "新しい堤防の完成を長い間待っていました。</p></article>"
    )
    text = extract(html, URL).text
    assert "Hochwasserschutzanlage wurde" in text
    assert "堤防が完成しました" in text and "ていぼう" not in text


@pytest.mark.parametrize(
    "notice",
    [
        "The views expressed here are the author's own and do not necessarily reflect ours.",
        "Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.",
        "This post may contain affiliate links: we may earn a commission on purchases.",
        "Sie müssen sich einloggen, um einen Kommentar zu schreiben.",
        "This entry was posted in News. Bookmark the permalink.",
        "War der Artikel nützlich? (12 Stimmen: 4,5 von 5)",
        "Durch die weitere Nutzung der Seite stimmst du der Verwendung von Cookies zu.",
        "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-SA 4.0.",
        "You do not appear to have JavaScript enabled in your browser.",
        "Bitte aktivieren Sie JavaScript, um die Kommentare zu sehen.",
    ],
)
def test_disclaimers_and_post_footers_inside_the_story_box_are_dropped(notice: str) -> None:
    html = page(f"<article>{story()}<p>{notice}</p></article>")
    text = extract(html, URL).text
    assert_story(text)
    assert notice not in text


def test_press_contact_and_picture_credit_after_the_story_are_dropped() -> None:
    html = page(f"<article>{story()}<p>Titelbild: Jan Muster / Agentur</p>"
                "<h3>Pressekontakt</h3><p>Anna Beispiel, Pressesprecherin</p>"
                "<p>Tel.: 030 1234 5678, E-Mail: presse@example.org</p></article>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text)
    assert "Titelbild" not in text and "Pressekontakt" not in text and "presse@" not in text


def test_a_copyright_line_with_its_years_is_no_credit() -> None:
    line = "© 2002, 2003 Ana Lima"
    assert not ends_in_credit(line) and ends_in_credit("The quay at night. © Ana Lima")


def test_caption_with_a_trailing_credit_and_a_more_information_box_are_dropped() -> None:
    html = page(f"<article>{story(STORY[:2])}<p>The quay after the storm. © AP / Jo Smith</p>"
                f"{story(STORY[2:])}<h3>More information</h3>"
                "<p>The authority's report on the barrier (PDF)</p></article>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text)
    assert "Jo Smith" not in text and "report on the barrier" not in text


@pytest.mark.parametrize("line", ["Stand: 05.02.2025, 10:30 Uhr", "Quick View",
                                  "Dieses Interview als PDF herunterladen"])
def test_as_of_stamps_and_shop_or_download_buttons_are_dropped(line: str) -> None:
    html = page(f"<article>{story(STORY[:2])}<div>{line}</div>{story(STORY[2:])}</article>")
    text = extract(html, URL).text
    assert_story(text)
    assert line not in text


def test_a_sentence_opening_with_furniture_words_stays() -> None:
    line = ("Download speeds on the harbour's new network doubled, and the app the ferry "
            "company made for it tells riders when the next boat leaves.")  # fmt: skip
    html = page(f"<article>{story(STORY[:2])}<p>{line}</p>{story(STORY[2:])}</article>")
    assert line in extract(html, URL).text


def test_a_game_recaps_up_next_section_stays() -> None:
    # wire game stories close with the teams' next games under "UP NEXT": the story's own
    closing = ["UP NEXT", "Harbour City: Host the Rivertown Rowers on Tuesday night."]
    html = page(f"<article>{story(STORY + closing)}</article>")
    text = extract(html, URL).text
    assert "UP NEXT" in text and "Rivertown Rowers" in text


def test_call_to_action_links_after_a_sections_prose_do_not_make_it_a_teaser_card() -> None:
    # a product page told in sections, each closing with links ("Try it now", "Learn more"):
    # a card's linked title comes before its excerpt, these links come after the prose
    sections = "".join(
        f"<section><h3>Part {i}</h3><p>{line}</p><div><a href='/try-{i}'>Try it now</a><br>"
        f"<a href='/learn-{i}'>Learn more about it</a></div></section>"
        for i, line in enumerate(STORY)
    )
    intro = ("The town's new flood barrier is the first of its kind on the river, and the "
             "authority has put the story of how it was built into five short chapters.")
    text = extract(page(f"<main><section><p>{intro}</p></section>{sections}</main>"), URL).text
    assert_story(text, [intro, *STORY])


def test_rows_of_a_data_table_with_linked_cells_inside_the_story_stay() -> None:
    rows = "".join(
        f"<tr><td><a href='/wiki/barrier-{y}'>The {name} barrier</a></td><td>{y}</td>"
        f"<td><a href='/wiki/river-{y}'>River {name}</a></td></tr>"
        for name, y in (("Thames", 1982), ("Maeslant", 1997), ("Venice", 2020))
    )
    html = page(f"<article>{story(STORY[:2])}<table><tbody><tr><td>{STORY[2]}</td></tr>"
                f"{rows}<tr><td>{STORY[3]}</td></tr></tbody></table></article>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text)
    assert "The Maeslant barrier 1997 River Maeslant" in text


@pytest.mark.parametrize("wrap", ["<div dir='ltr'>{}</div>", "<p>{}</p>"])
def test_a_data_table_s_cells_each_in_a_block_of_their_own_keep_their_linked_names(
        wrap: str) -> None:  # fmt: skip
    # a document editor's export writes each cell's text in a <div> or <p> of its own:
    # a row is then several blocks, its linked name one of them, all link
    cells = [("<a href='/wiki/thames'>Thames barrier</a>", "1982", "520 m"),
             ("<a href='/wiki/maeslant'>Maeslant barrier</a>", "1997", "360 m"),
             ("<a href='/wiki/venice'>Venice barrier</a>", "2020", "1,600 m")]  # fmt: skip
    rows = "".join("<tr>" + "".join(f"<td>{wrap.format(c)}</td>" for c in row) + "</tr>"
                   for row in cells)  # fmt: skip
    html = page(f"<article><h1>Flood barrier</h1>{story(STORY[:2])}<table><tbody>{rows}"
                f"</tbody></table>{story(STORY[2:])}</article>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text)
    for name in ("Thames barrier", "Maeslant barrier", "Venice barrier"):
        assert name in text, text


def test_a_layout_table_s_one_cell_menu_between_the_story_s_paragraphs_stays_out() -> None:
    # a row of one cell is a layout's, not a data table's: its block of links goes
    menu = "".join(f"<a href='/{w.lower()}'>{w}</a> " for w in ("News", "Sport", "Weather",
                                                                  "Culture", "Travel"))
    html = page(f"<article><h1>Flood barrier</h1>{story(STORY[:2])}<table><tr><td><div>"
                f"{menu}</div></td></tr></table>{story(STORY[2:])}</article>")
    text = extract(html, URL).text
    assert_story(text)
    assert "Weather" not in text, text


def test_a_live_feed_beside_the_story_does_not_pull_in_its_own_story() -> None:
    # a "happening now" box next to the article: one other story told in full among
    # time labels and teaser cards; together with the story it outweighs the story alone
    other = [
        "The city council approved the plan for two hundred new flats along the ring road "
        "on Monday, after a year of talks with the district about the land and its price.",
        "Building is to start next spring, and the first tenants could move in two years "
        "later, the council said, if the district hands over the remaining plots in time.",
    ]
    cards = "".join(
        f"<div class='item'><div>Updated {n} hours ago</div><div>Local</div>"
        f"<h3><a href='/news/{n}'>Council debates the budget for the schools of district "
        f"{n} again</a></h3><div>The debate about the schools goes on, and no vote is "
        f"expected before the summer break, members of the council said.</div></div>"
        for n in range(1, 4)
    )
    feed = (f"<div class='timeline'><h3>Happening now</h3><div>3 minutes ago</div>"
            f"<div class='box'><h3>Two hundred flats for the ring road</h3>"
            f"<div>{story(other)}</div></div>{cards}</div>")
    html = page(f"<div class='page'><div class='wrap'><div class='left'>"
                f"<div class='article'><h1>Flood barrier opens</h1>{story()}</div></div></div>"
                f"<div class='wrap second'><div class='left'>{feed}</div></div></div>")
    text = extract(html, URL).text
    assert_story(text)
    assert other[0] not in text and "Council debates" not in text


def test_linked_titles_of_a_list_told_in_sections_stay() -> None:
    # "3) <a>The Thames barrier</a>" over its paragraph: the item's title links to its page
    items = "".join(
        f"<h3>{n}) <a href='/barriers/{n}'>The {name} barrier</a></h3><p>{line}</p>"
        for n, (name, line) in enumerate(zip(("Thames", "Maeslant", "Venice", "Oosterschelde"),
                                             STORY, strict=True), start=1)
    )
    text = extract(page(f"<article><h1>Four barriers</h1>{items}</article>"), URL).text
    assert_story(text)
    assert "2) The Maeslant barrier" in text


def test_linked_heading_of_another_storys_card_inside_the_story_goes() -> None:
    card = ("<div class='card'><h3><a href='/news/other'>Council debates the budget for "
            "the schools of the district again</a></h3><p>The debate about the schools goes "
            "on, and no vote is expected before the summer break, members said.</p></div>")
    html = page(f"<article>{story(STORY[:2])}{card}{story(STORY[2:])}</article>")
    text = extract(html, URL).text
    assert_story(text)
    assert "Council debates" not in text
    assert "The debate about the schools" not in text  # its excerpt read as a paragraph


EXCERPT = ("The council approved a new budget for the harbour district on Monday night after "
           "a long debate about parking.")


@pytest.mark.parametrize("card", [
    # class-free: a picture, then the linked headline over its excerpt
    "<div><a href='/2025/03/budget'><img src='c.jpg'></a><div><a href='/2025/03/budget'>"
    f"Council approves harbour budget after long night</a><p>{EXCERPT}</p></div></div>",
    "<ul><li><a href='/2025/03/budget'>Council approves harbour budget after long night</a>"
    f"<p>{EXCERPT}</p></li></ul>",
])  # fmt: skip
def test_another_storys_card_between_the_paragraphs_goes_with_its_excerpt(card: str) -> None:
    text = text_around(card)
    assert "Council approves" not in text and EXCERPT not in text, text


@pytest.mark.parametrize("card", [
    f"<div class='card'><h3><a href='/2025/03/budget'>Council approves harbour budget after "
    f"long night</a></h3><p>{EXCERPT}</p></div>",
    f"<div><a href='/2025/03/budget'><img src='c.jpg'><h3>Council approves harbour budget "
    f"after long night</h3></a><p>{EXCERPT}</p></div>",
])  # fmt: skip
def test_the_one_card_in_a_short_story_goes_with_its_excerpt(card: str) -> None:
    # a story of three paragraphs: one card is a larger share of the text around it than
    # in a long story (a quarter was the bar for two cards or one); the excerpt stayed
    body = f"<article><h1>Flood barrier</h1>{story(STORY[:2])}{card}{story(STORY[3:])}</article>"
    text = extract(page(body), URL).text
    assert_story(text, STORY[:2] + STORY[3:])
    assert EXCERPT not in text and "Council approves" not in text, text


@pytest.mark.parametrize("label", ["READ ALSO", "Lesen Sie auch:", "Lire aussi"])
def test_a_read_also_card_between_the_paragraphs_goes_with_its_excerpt(label: str) -> None:
    # the label, then the linked headline, in one line; the excerpt under it: the line
    # went as boilerplate, the excerpt stayed as a paragraph of the story
    card = (f"<div><span>{label}</span> <a href='/2025/03/budget'>Council approves harbour "
            f"budget after long night</a><p>{EXCERPT}</p></div>")  # fmt: skip
    text = text_around(card)
    assert EXCERPT not in text and "Council approves" not in text, text


def test_a_story_told_as_linked_items_over_their_text_stays() -> None:
    # a list of winners, each a linked name over its text, each in an element of its own:
    # three linked titles between the paragraphs make the list the story
    items = "".join(
        f"<div><a href='/pro/{i}'>Harbour Gardens and Sons number {i}</a><p>{p}</p></div>"
        for i, p in enumerate(STORY[1:])
    )
    html = page(f"<article><h1>Winners</h1>{story(STORY[:1])}{items}{story(STORY[:1])}"
                "</article>")  # fmt: skip
    assert_story(extract(html, URL).text)


STORY_2 = [
    "The ferry to the village at the head of the estuary is running again after three months "
    "in the dry dock for repairs to its engine.",
    "Passengers on the first crossing on Monday morning said the boat was quieter than before, "
    "and the crew said the new engine used less fuel.",
    "The operator will add an evening crossing in the summer, when the village holds its music "
    "festival and the roads are closed to cars.",
]
SHARE_BAR = "<div>" + "".join(f"<a href='#'>{n}</a> " for n in ("Facebook", "X", "Email")) + (
    "</div>")
LATEST = "<h3>Latest</h3><ul>" + "".join(
    f"<li><a href='/l{i}'>Latest story number {i} of the day in the town</a></li>"
    for i in range(6)
) + "</ul>"


@pytest.mark.parametrize("wrapper", ["article", "div"])
def test_the_next_story_printed_after_the_story_is_not_part_of_it(wrapper: str) -> None:
    # a portal prints its next story under the first: a share bar and a list of links,
    # then another <h1> with its byline and paragraphs, each story in an element of its own
    def shown(headline: str, paragraphs: list[str]) -> str:
        return (f"<{wrapper}><h1>{headline}</h1><div>By Ana Lima</div>{story(paragraphs)}"
                f"{SHARE_BAR}</{wrapper}>")  # fmt: skip

    html = (f"<html lang='en'><head><title>Flood barrier opens | Harbor Gazette</title></head>"
            f"<body><main>{shown('Flood barrier opens', STORY)}{LATEST}"
            f"{shown('Ferry returns after its winter break', STORY_2)}</main></body></html>")
    text = extract(html, URL).text
    assert_story(text)
    assert not any(paragraph in text for paragraph in STORY_2), text


def test_the_next_story_in_a_dense_script_is_not_part_of_it() -> None:
    # the same in Chinese: its list's links, a third as long in characters, weigh as much
    ferry = ["渡轮在干船坞里修理了三个月的发动机之后，"
             "通往河口上游村庄的航线终于恢复运行，乘客们纷纷表示欢迎。",
             "周一早上第一班渡轮上的乘客说，船比以前安静多了，"
             "船员们也表示新发动机更加省油，运行非常平稳。"]
    latest = "<h3>最新</h3><ul>" + "".join(
        f"<li><a href='/l{i}'>今日本地最新新闻第{i}条</a></li>" for i in range(6)) + "</ul>"

    def shown(headline: str, paragraphs: list[str]) -> str:
        return f"<div><h1>{headline}</h1><div>记者 李安娜</div>{story(paragraphs)}{SHARE_BAR}</div>"

    html = (f"<html lang='zh'><head><title>防洪闸正式启用 | 港湾日报</title></head><body><div>"
            f"{shown('防洪闸正式启用', STORY_ZH)}{latest}{shown('渡轮冬季停航后恢复运行', ferry)}"
            "</div></body></html>")
    text = extract(html, URL).text
    assert_story(text, STORY_ZH)
    assert ferry[0] not in text and ferry[1] not in text


RULES = [
    "Comments are moderated before they appear and must respect the law and the other readers "
    "of this website at all times.",
    "We delete comments that insult other readers, that contain advertising or links to other "
    "websites, or that have nothing to do with the article.",
]


@pytest.mark.parametrize("rights", ["© 2025 Harbor Gazette. All rights reserved.",
                                    "© Hafenzeitung 2025. Alle Rechte vorbehalten.",
                                    "© 2025 Gazzetta del Porto. Tutti i diritti riservati."])
def test_text_printed_after_the_sites_copyright_notice_is_not_the_story(rights: str) -> None:
    # a dialog printed after the footer (its rules, a share box's copy of the story's
    # opening), written without class names, reads as more prose of the page
    footer = f"<div><p>{rights}</p><a href='/privacy'>Privacy</a></div>"
    html = page(f"<div><h1>Flood barrier</h1>{story()}</div>{footer}"
                f"<div><div>Community rules</div>{story(RULES)}<div>Close</div></div>")
    text = extract(html, URL).text
    assert_story(text)
    assert not any(rule in text for rule in RULES), text


def test_a_copyright_notice_early_in_a_text_keeps_what_follows() -> None:
    # a licence's notice at the top of a document: not the end of the page's text
    html = page(f"<div><h1>Flood barrier</h1><p>© 2025 River Authority. All rights reserved."
                f"</p>{story()}</div>")
    assert_story(extract(html, URL).text)


def test_no_next_story_is_cut_where_the_pages_headline_is_not_shown_above() -> None:
    # another story's block first (a banner), then the page's story under an <h1> worded
    # otherwise than its declared title: which story is the page's is not told, none is cut
    html = (f"<html lang='en'><head><title>Flood barrier opens | Harbor Gazette</title></head>"
            f"<body><main><div><h1>Ferry returns after its winter break</h1>{story(STORY_2)}"
            f"{SHARE_BAR}</div>{LATEST}<article><h1>The gates close at last on the river</h1>"
            f"{story(STORY)}</article></main></body></html>")  # fmt: skip
    assert_story(extract(html, URL).text)


def test_a_story_section_under_an_h1_after_a_link_or_two_stays() -> None:
    # a page builder sets each section, its <h1> and paragraphs, in an element of its own;
    # a link or two (a sub-page menu) before it is no other story's furniture
    links = "<ul><li><a href='/press'>Press kit</a></li><li><a href='/dates'>Dates</a></li></ul>"
    html = (f"<html><head><title>About us | Duo</title></head><body><div><div><h1>About us</h1>"
            f"{story(STORY)}{links}</div><div><h1>Shows of the past years</h1>"
            f"{story(STORY_2)}</div></div></body></html>")
    text = extract(html, URL).text
    assert_story(text)
    assert_story(text, STORY_2)


def test_a_quoted_post_under_its_authors_linked_name_stays() -> None:
    quote = (f"<div><a href='/goto/post?id=123456'>Ana Lima said:</a><div>{EXCERPT}</div>"
             "</div>")  # fmt: skip
    assert EXCERPT in text_around(quote)


def test_a_class_naming_what_an_element_lacks_is_no_role() -> None:
    # "no_caption": the story's first part has no picture caption, it is not a caption
    html = page(f"<article><div class='item item-wide no_caption'><h2>{STORY[0]}</h2></div>"
                f"<div class='item'>{story(STORY[1:])}</div></article>")  # fmt: skip
    assert_story(extract(html, URL).text)


@pytest.mark.parametrize("box", ["div", "td"])
def test_labels_laid_over_a_chart_image_go(box: str) -> None:
    # a chart drawn as an image with its axis ticks and values placed over it in per cent;
    # on a page of layout tables each label's box a one-cell table's cell
    opens, closes = ("<div", "</div>") if box == "div" else ("<table><tr><td",
                                                              "</td></tr></table>")
    labels = "".join(
        f"{opens} class='layer' style='top:{4 + 9 * i}.5%;margin-top:-9px;left:0.1%;"
        f"width:40px'><p>{tick}</p>{closes}"
        for i, tick in enumerate(("$900", "billion", "600", "300", "’17", "’18", "’19"))
    )
    chart = f"<div class='chart'><img src='chart.png'>{labels}</div>"
    html = page(f"<article>{story(STORY[:2])}{chart}{story(STORY[2:])}</article>")
    text = extract(html, URL).text
    assert_story(text)
    assert "$900" not in text and "’18" not in text


def test_a_story_told_in_short_sentences_is_not_outweighed_by_its_intro() -> None:
    # a list of riddles, each question and answer a short paragraph of its own, under an
    # intro in a box of its own: the short lines are the story, not furniture
    answer = "Not today, my dear old friend!"
    riddles = [(f"{n}. What did the river say to the barrier number {n}?", answer)
               for n in range(1, 41)]  # fmt: skip
    lines = "".join(f"<p>{q}</p><p>{a}</p>" for q, a in riddles)
    html = page(f"<article><div class='intro'><p>{STORY[0]}</p></div>"
                f"<div class='list'>{lines}</div></article>")  # fmt: skip
    text = extract(html, URL).text
    assert STORY[0] in text
    # (the block model may still drop a few lines after the last long paragraph)
    assert sum(question in text for question, _answer in riddles) >= 30


@pytest.mark.parametrize(("intro", "line"), [
    ("नदी प्राधिकरण ने गुरुवार को नया बाढ़ अवरोध खोला, उस तूफ़ान के तीन साल बाद जिसने निचले शहर को "
     "लगभग एक सप्ताह तक पानी में डुबोए रखा था। इंजीनियरों ने कहा कि अवरोध एक घंटे में उठाया जा सकता है।",
     "{n}. नदी ने अवरोध संख्या {n} से कहा कि आज नहीं, मेरे पुराने दोस्त।"),
    ("أعلنت هيئة النهر يوم الخميس افتتاح حاجز الفيضانات الجديد، بعد ثلاث سنوات من العاصفة التي "
     "أغرقت البلدة السفلى طوال أسبوع تقريبا. وقال المهندسون إن الحاجز يمكن رفعه في أقل من ساعة.",
     "{n}. ماذا قال النهر للحاجز رقم {n} في تلك الليلة؟"),
], ids=["hindi", "arabic"])
def test_a_story_told_in_short_sentences_of_other_scripts(intro: str, line: str) -> None:
    # the short lines end as sentences do in Hindi ("।") and Arabic ("؟"): the story's,
    # weighing nothing, not furniture outweighing the intro box
    lines = [line.format(n=n) for n in range(1, 41)]
    html = page("<article><div class='intro'><p>" + intro + "</p></div><div class='list'>"
                + "".join(f"<p>{text}</p>" for text in lines) + "</div></article>")
    text = extract(html, URL).text
    assert intro in text
    assert sum(text_line in text for text_line in lines) >= 30


@pytest.mark.parametrize("heading", [
    "Latest", "Trending now", "Popular", "Editor's picks", "Don't miss", "In other news",
    "What to read next", "Sponsored", "Around the web", "Más noticias", "Meest gelezen",
    "Самое читаемое", "Популярное", "İlginizi çekebilir", "Đọc nhiều", "相關新聞", "인기 기사",
    "اقرأ أيضا", "Δείτε επίσης", "Citește și", "Mest lästa", "Lue myös",
])
def test_the_widgets_headings_of_more_languages_end_the_story(heading: str) -> None:
    # the teaser after it reads as prose: only the heading says it is no part of the story
    teaser = "The ferry between the two banks will run again from Monday, with two more trips."
    html = page(f"<div><h1>Flood barrier</h1>{story()}<h3>{heading}</h3><p>{teaser}</p></div>")
    text = extract(html, URL).text
    assert_story(text)
    assert heading not in text and "ferry" not in text


@pytest.mark.parametrize("line", ["UP NEXT", "Latest findings", "Popular uprising"])
def test_a_section_of_the_story_named_like_a_widget_stays(line: str) -> None:
    # an AP sports story closes with its schedule under "UP NEXT"
    after = ["Thunder: Host the Lakers on Friday.", "Lakers: Visit the Thunder on Friday."]
    html = page(f"<div><h1>Flood barrier</h1>{story()}<p>{line}</p>{story(after)}</div>")
    text = extract(html, URL).text
    assert_story(text, [*STORY, *after])


@pytest.mark.parametrize("heading", ["Related articles", "相关阅读", "مقالات ذات صلة"])
def test_a_tail_heading_asked_as_a_question_is_no_tail(heading: str) -> None:
    # the writer asking the reader, in Latin, full-width or Arabic question marks
    assert is_tail_heading(heading)
    for mark in ("?", "？", "؟"):
        assert not is_tail_heading(heading + mark)


def test_sentences_about_javascript_are_not_script_off_prompts() -> None:
    faq = ["How does the archive behave with JavaScript turned off?",
           "If you have JavaScript turned off, images and links come from the live web."]
    html = page(f"<article>{story(STORY[:2])}{story(faq)}{story(STORY[2:])}</article>")
    text = extract(html, URL).text
    assert_story(text, [*STORY, *faq])


def _judged(html: str) -> list[str]:
    from warctools.extract._clean import clean_tree
    from warctools.extract.article import story_blocks
    from warctools.extract.block_model import candidates

    body = clean_tree(LexborHTMLParser(html))
    assert body is not None
    blocks = story_blocks(body)
    return [blocks.picked[i][0].text for i in candidates(blocks)]


def test_block_model_judges_lines_around_the_story_never_lines_inside_it() -> None:
    html = page(f"<article><p>Updated</p>{story(STORY[:2])}<p>“Is it safe now?”</p>"
                f"<p>“Ask me in spring.”</p><pre><code>x = 1</code></pre>{story(STORY[2:])}"
                "<div><p>Kennt ihr schon unseren Brandfinder?</p><pre><code>y = 2</code></pre>"
                "</div></article>")  # fmt: skip
    judged = _judged(html)
    assert "Kennt ihr schon unseren Brandfinder?" in judged
    assert not any("spring" in t or "safe now" in t or "= " in t for t in judged)
    assert not any(t in judged for t in STORY[:3])  # the story's paragraphs


def test_block_model_judges_late_paragraphs_only_outside_the_storys_element() -> None:
    bio = ("Ana Lima studied geography before she joined the paper in 2010; she writes about "
           "rivers and the towns beside them.")  # fmt: skip
    assert _judged(page(f"<article>{story()}<div><p>{bio}</p></div></article>")) == [bio]
    assert _judged(page(f"<article>{story([*STORY, bio])}</article>")) == []
    # a story set in parts of one kind: its last part's paragraph is the story's, a box of
    # another kind after it is not
    last = ("The barrier's next test comes in the spring, when the snow on the hills above "
            "the town melts and the river rises faster than at any other time of the year.")
    told = [*STORY, *(p.replace("barrier", "wall") for p in STORY)]
    parts = (f"<div class='body-part'>{story(told)}</div><div class='ad-slot'></div>"
             f"<div class='body-part'>{story([last])}</div>")  # fmt: skip
    assert _judged(page(f"<article>{parts}</article>")) == []
    assert _judged(page(f"<article>{parts}<div><p>{bio}</p></div></article>")) == [bio]


def test_block_model_drops_a_promotion_after_the_story_and_keeps_the_story() -> None:
    html = page(f"<article>{story()}<div class='box'><p>Kennt ihr schon unseren "
                "Brandfinder?</p></div></article>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text)
    assert "Brandfinder" not in text


def _tag_features(html: str) -> list[tuple[str, float, float]]:
    """(text, "p" feature, "other tag" feature) of each block the model judges."""
    from warctools.extract._clean import clean_tree
    from warctools.extract.article import story_blocks
    from warctools.extract.block_model import FEATURES, block_features, candidates

    body = clean_tree(LexborHTMLParser(html))
    assert body is not None
    blocks = story_blocks(body)
    wanted = candidates(blocks)
    p, other = FEATURES.index("p"), FEATURES.index("other_tag")
    return [(blocks.picked[i][0].text, row[p], row[other])
            for i, row in zip(wanted, block_features(blocks, wanted), strict=True)]  # fmt: skip


def test_block_model_reads_a_div_paragraph_of_a_story_written_in_divs_as_a_paragraph() -> None:
    # a story whose paragraphs are <div>s (no <p> on the page): a late paragraph in another
    # wrapper is judged as a paragraph, as the model learnt them from <p>; on a page that
    # writes <p>, a late <div> stays "another tag"
    late = ("All the sites and their opening hours are listed on the authority's pages, the "
            "nearest first.")  # fmt: skip
    divs = "".join(f"<div>{paragraph}</div>" for paragraph in STORY)
    assert _tag_features(page(f"<article><div>{divs}</div><section><div>{late}</div>"
                              "</section></article>")) == [(late, 1.0, 0.0)]  # fmt: skip
    assert _tag_features(page(f"<article><div>{story()}</div><section><div>{late}</div>"
                              "</section></article>")) == [(late, 0.0, 1.0)]  # fmt: skip


def test_block_model_weights_match_its_features() -> None:
    from warctools.extract import _block_weights, block_model

    assert len(_block_weights.WEIGHTS) == len(block_model.FEATURES)
    assert 0.0 < _block_weights.THRESHOLD <= _block_weights.PROSE_THRESHOLD <= 1.0


def test_text_is_unicode_nfc_whichever_form_the_page_used() -> None:
    # "e" + combining acute written decomposed; the text carries the composed form
    html = page("<article>" + story(["Le cafe\u0301 du port a rouvert jeudi, trois ans apre\u0300s "
                "la tempe\u0302te qui avait inonde\u0301 la ville basse pendant une semaine."]
                + STORY[1:]) + "</article>")  # fmt: skip
    text = extract(html, URL).text
    assert "Le caf\u00e9 du port a rouvert jeudi, trois ans apr\u00e8s la temp\u00eate" in text
    assert "\u0301" not in text


def test_code_shown_to_readers_stays_with_its_lines() -> None:
    code = "def level(x):\n    return x * 2\n\nprint(level(3))"
    html = page(
        f"<article>{story(STORY[:2])}<pre><code>{code}</code></pre><p>Call "
        "<code>document.write(level(3))</code> in the page to show the level, as the "
        f"authority's own dashboard does for every gauge.</p>{story(STORY[2:])}</article>"
    )
    text = extract(html, URL).text
    assert_story(text)
    assert "def level(x):\n    return x * 2\nprint(level(3))" in text
    assert "document.write(level(3))" in text



@pytest.mark.parametrize("listing", [
    '&lt;script src="vendor/gauge.js"\n        data-level="river"&gt;&lt;/script&gt;',
    "&lt;!DOCTYPE html&gt;\n&lt;html&gt;\n&lt;body&gt;\n  &lt;div id=\"gauge\"&gt;&lt;/div&gt;"
    "\n&lt;/body&gt;\n&lt;/html&gt;",
    '[gauge river="lower-town" unit="cm"]',
])  # fmt: skip
def test_markup_shown_as_code_stays(listing: str) -> None:
    # a tutorial's HTML file or shortcode shown in <pre><code>: code an article shows its
    # readers, not markup the page left as text (which goes: a line opening with a tag)
    text = extract(page(f"<article><h1>Flood barrier</h1>{story(STORY[:2])}<pre><code>"
                        f"{listing}</code></pre>{story(STORY[2:])}</article>"), URL).text
    assert_story(text)
    shown = LexborHTMLParser(f"<pre>{listing}</pre>").css_first("pre").text()
    assert shown.split("\n")[0] in text and shown.split("\n")[-1] in text, text


def test_a_report_told_in_a_list_keeps_its_linked_items() -> None:
    # a weekly report told in bullets: items of prose, and between them short items that
    # are mostly a link with words of their own (a thank-you, a fixed bug); an item that
    # is all link ("Learn more") stays a link, not the story's
    items = [f"<li>{STORY[0]}</li>",
             "<li>Thanks to Ana, readers can now <a href='/bug/1650645'>compare the gauges of "
             "the two rivers</a></li>",
             f"<li>{STORY[1]}</li>",
             "<li>Tomas made the <a href='/bug/1681512'>flood map load faster</a> on phones</li>",
             "<li><a href='/gauges'>Learn more about the gauges</a></li>",
             f"<li>{STORY[2]}</li>"]  # fmt: skip
    body = (f"<article><h1>Flood barrier: this week's report</h1><div class='intro'><p>"
            f"{STORY[3]}</p></div><div class='entry'><ul>{''.join(items)}</ul></div></article>")
    text = extract(page(body), URL).text
    assert_story(text)
    assert "readers can now compare the gauges of the two rivers" in text, text
    assert "Tomas made the flood map load faster on phones" in text, text
    assert "Learn more" not in text, text


# a story's own paragraph about the web's notices: long, among the story's paragraphs
TERMS = ("But even if we accept that clicking through a Terms of Service that no one reads "
         "can constitute true consent, and even if we ignore that its privacy policy is "
         "one-sided and not negotiable, what is the recourse for someone who never opted into "
         "the system at all, and whose data is shared by the friends who did?")
COOKIES = ("We use cookies to give you the best experience on our site. By continuing to "
           "browse you agree to our Privacy Policy and Terms of Service, and to the use of "
           "cookies for analytics and personalised advertising by us and our partners, as "
           "described in our cookie settings, which you can change at any time.")


def test_a_story_s_long_paragraph_naming_the_terms_of_service_stays() -> None:
    text = text_around(f"<p>{TERMS}</p>")
    assert TERMS in text, text


@pytest.mark.parametrize("notice", [
    f"<div class='box'><p>{COOKIES}</p></div>",  # in a box of its own
    "<p>Sign up for our newsletter and get the best stories in your inbox, and read our "
    "privacy policy to learn how we use your data.</p>",  # short: a notice, not a story's
])  # fmt: skip
def test_a_notice_among_the_story_s_paragraphs_still_goes(notice: str) -> None:
    text = text_around(notice)
    assert "cookies" not in text and "newsletter" not in text, text

# ---- session 7: where readability-lxml kept the story and we did not, and furniture ------


def test_a_short_line_may_end_in_a_closing_quote_of_any_language() -> None:
    from warctools.extract._blocks import Block
    from warctools.extract.article import _sentence_line

    for line in ("„Ich weiß, ich bin müde und sollte das nicht sagen…“",
                 "« Il faut partir demain, avant la pluie. »",
                 "明日の朝は早いので、駅の前の喫茶店で七時に会いましょう。"):
        assert _sentence_line(Block(line, 0, "p", (1, 2)), len(line)), line


@pytest.mark.parametrize("line", [
    "Advert", "This slideshow requires JavaScript.", "Weiterlesen:", "Teilen:",
    "Tempo de leitura: 2 minutos", "Lesezeit: 4 Min.", "5 min read", "Filed under: Politics |",
    "Follow Harbor News on",
    # news pages' buttons and links (session 10)
    "READ MORE: Tram extension opens eighteen months late", "Related: Ferry service to expand",
    "Continue reading the main story", "Scroll to continue with content", "Download our app",
    "Image caption, The quay in 1970", "Media caption: Residents react", "Copy link",
    "Email this article", "Report an error", "Trending Now", "Paid Post",
    "Already have an account? Sign in", "Create a free account",
    "Enjoy unlimited access to all our content", "Follow Jo Smith on Twitter @josmith",
    "Watch the video above for more", "Have your say in our comments section below",
    "This story has been shared 1,234 times", "Show comments", "Next article", "Gift this article",
    "Share full article", "Jetzt kommentieren", "Weitere Artikel", "Voir les commentaires",
    "Offrir cet article", "Ver comentarios", "Vedi i commenti", "Bekijk reacties",
    # blog and comment widgets, read by their wording where no class name says so (session 11)
    "Reply", "Antworten", "Ответить", "Vastaa", "Trả lời", "رد", "Newest first",
    "Report comment", "Like this:",
    "Gefällt mir Wird geladen …", "Sharing is caring!", "258 Shares", "Reddit",
    "FacebookTwitterLinkedInEmail", "Image 3 of 12", "Bild 1 von 10", "4 / 9", "Back to Gallery",
    "Caption", "Close", "Fotostrecke", "Autor:", "Publish date:", "- Anzeige -", "Zum Shop",
    "Order Reprints", "Ihr Browser ist veraltet!", "Be the first to comment",
    "An error has occurred, please try again later.",
])  # fmt: skip
def test_furniture_labels_inside_the_story_are_dropped(line: str) -> None:
    html = page(f"<article>{story(STORY[:2])}<div>{line}</div>{story(STORY[2:])}</article>")
    text = extract(html, URL).text
    assert_story(text)
    assert line not in text


def test_a_standfirst_shown_twice_by_the_template_is_kept_once() -> None:
    dek = ("The barrier was built in three years and can be raised in under an hour, the "
           "authority says.")
    html = page(f"<article><div class='head'><div class='dek'>{dek}</div></div>"
                f"<div class='body'><div class='dek'>{dek}</div>{story()}</div></article>")
    text = extract(html, URL).text
    assert_story(text)
    assert text.count(dek) == 1
    # a page that repeats a paragraph in one element keeps both (Readability's test pages)
    twice = extract(page(f"<article>{story(STORY[:2])}{story(STORY[1:])}</article>"), URL).text
    assert twice.count(STORY[1]) == 2


@pytest.mark.parametrize("heading", [
    "More Great Harbor Stories", "Recent Comments", "Letzte Kommentare", "Mehr zu diesem Thema",
    "About Ana Lima 120 Articles",
])
def test_a_more_stories_heading_ends_the_story(heading: str) -> None:
    links = "".join(f"<li><a href='/s/{i}'>Another story about the town, part {i}</a></li>"
                    for i in range(4))  # fmt: skip
    html = page(f"<article>{story()}<h3>{heading}</h3><ul>{links}</ul></article>")
    text = extract(html, URL).text
    assert_story(text)
    assert heading not in text and "Another story" not in text


COMMENTS = [
    "I live two streets from the quay and we still have sandbags in the cellar. Nobody "
    "believed the authority would finish it before the next storm, so this is good news.",
    "The article does not say who pays for the streams above the town. Last time the "
    "council and the authority argued for two years about it while the water kept rising.",
    "Tested twice against higher water is not the same as a real storm with wind and rain "
    "for a week. I hope they are right, but I will keep my insurance as it is for now.",
]


@pytest.mark.parametrize("heading", [
    "3 thoughts on “Flood barrier opens on the river”", "Ein Gedanke zu „Flutschutz“",
    "Kommentare (3)", "3 Comments", "Leave a Reply", "12 réflexions sur « Le barrage »",
    "Kommentaarid (3)", "Komentarai (3)", "Komentāri (3)", "Komentari (3)", "Коментари (3)",
    "Komentáře (3)", "Yorumlar (3)", "Kommentit (3)", "Athugasemdir (3)", "კომენტარები (3)",
    "Şərhlər (3)", "3 komentara", "Lisa kommentaar", "Ostavite komentar", "Напишете коментар",
    "Oddaj komentar", "Lini një koment", "Skrifa athugasemd",
    "Комментарии (3)", "评论（3）", "3条评论", "网友评论", "发表评论", "コメント（3）",
    "コメントを書く", "댓글 3", "댓글쓰기", "تعليقات (3)", "أضف تعليقا", "نظرات (3)",
    "टिप्पणियाँ (3)", "Bình luận (3)",
    "ความคิดเห็น (3)", "תגובות (3)", "মন্তব্য (3)", "تبصرے (3)", "Maoni (3)",
    # readers' comments or opinions in words of their own (session 34)
    "Reader comments", "Leserkommentare", "Lesermeinungen (3)", "Réactions des lecteurs",
    "Opiniones de los lectores", "Opinião dos leitores", "Okur yorumları", "Opinie czytelników",
    "Мнения читателей", "Думки читачів", "Τα σχόλια των αναγνωστών", "Tanggapan pembaca",
    "Maoni ya wasomaji", "Ý kiến (3)", "Ý kiến bạn đọc", "טוקבקים", "التعليقات (3)",
    "آراء القراء", "دیدگاه کاربران", "पाठकों की राय", "قارئین کی رائے", "পাঠকের মন্তব্য",
    "评论区", "留言板", "網友留言", "讀者回應", "독자의견", "読者の声",
])
def test_a_comment_section_heading_ends_the_story_before_the_comments(heading: str) -> None:
    # no class names: the wording alone says the readers' comments start here, and they
    # outweigh the story (a furniture heading needs 80% of the prose seen; this one 30%)
    comments = "".join(f"<div><p>Reader {i} says:</p><p>{c}</p></div>"
                       for i, c in enumerate(COMMENTS))  # fmt: skip
    html = page(f"<div>{story()}<h3>{heading}</h3>{comments}</div>")
    text = extract(html, URL).text
    assert_story(text)
    assert heading not in text and "sandbags" not in text and "insurance" not in text


def test_a_comments_heading_over_a_thread_far_longer_than_the_story_ends_it() -> None:
    # a blog's 27 comments, three times the story's length, under "27 commentaires" set as
    # a heading after a story of 1,500+ characters; nothing but the wording names them
    told = [f"{p} This was part {i} of the report." for i in range(3) for p in STORY]
    thread = "".join(f"<div><b>Reader {i} :</b><p>{COMMENTS[i % 3]} Comment {i}.</p></div>"
                     for i in range(36))  # fmt: skip
    text = extract(page(f"<div>{story(told)}<h2>27 commentaires</h2>{thread}</div>"), URL).text
    assert_story(text, told)
    assert "27 commentaires" not in text and "sandbags" not in text and "Reader 3" not in text


@pytest.mark.parametrize("heading", [
    "Comments", "Reader comments", "Kommentare", "Leserkommentare", "Commentaires",
    "Comentarios", "Commenti", "Reacties", "Комментарии", "Yorumlar", "تعليقات", "댓글",
])
def test_a_heading_of_the_plural_noun_alone_ends_the_story_before_the_comments(
        heading: str) -> None:  # fmt: skip
    # no count, no reply buttons, no class names: each comment a name, a day and its text
    # in <div>s, under a heading element that says only "Comments"
    comments = "".join(f"<div><div>Reader {i}</div><div>May 3, 2024</div><div>{c}</div></div>"
                       for i, c in enumerate(COMMENTS))  # fmt: skip
    html = page(f"<div><h1>Flood barrier</h1>{story()}<h3>{heading}</h3><div>{comments}</div>"
                "</div>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text)
    assert "sandbags" not in text and "insurance" not in text and heading not in text


@pytest.mark.parametrize("middle", [
    "<h3>Kommentar</h3>",  # the singular labels an opinion piece ("Kommentar", "Comment")
    "<h3>Comment</h3>",
    "<div>Comments</div>",  # a line, not a heading: a share bar's link to the thread
])
def test_a_comment_word_that_is_no_comment_sections_heading_keeps_the_story(
        middle: str) -> None:  # fmt: skip
    html = page(f"<div><h1>Flood barrier</h1>{story(STORY[:2])}{middle}{story(STORY[2:])}"
                "</div>")  # fmt: skip
    assert_story(extract(html, URL).text)


CARDS = [
    ("Town council approves budget for new school", "The council voted on Tuesday to spend "
     "four million on a new primary school in the north of the town, ending a long debate."),
    ("Ferry service returns after winter break", "The ferry between the two banks of the "
     "river will run again from Monday, with a new timetable and two extra crossings."),
    ("Local bakery wins national bread award", "A family bakery on the market square has "
     "won the national award for its rye bread, beating two hundred bakeries."),
]


@pytest.mark.parametrize("card", [
    "<li><a href='/2025/01/{slug}'>{title}</a> <span>{excerpt}</span></li>",
    "<li><div><a href='/2025/01/{slug}'>{title}</a></div><div>{excerpt}</div></li>",
])
def test_cards_of_other_stories_under_a_tail_heading_go_with_their_excerpts(card: str) -> None:
    # no class names: "You may also like" over three cards whose excerpts hold as much
    # prose as the short story before them (a furniture heading needs 80% of the prose seen)
    told = [f"{p} Part {i}." for i in range(2) for p in STORY]
    items = "".join(card.format(slug=title.lower().replace(" ", "-"), title=title,
                                excerpt=excerpt) for title, excerpt in CARDS)  # fmt: skip
    html = page(f"<div><h1>Flood barrier</h1><div>{story(told)}</div></div>"
                f"<div><h2>You may also like</h2><ul>{items}</ul></div>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text, told)
    assert "You may also like" not in text
    assert not any(title in text or excerpt in text for title, excerpt in CARDS)


def test_a_story_told_as_linked_items_under_no_tail_heading_stays() -> None:
    # a newsletter's story: each item a linked headline and its summary
    items = "".join(f"<li><a href='/2025/01/{t.lower().replace(' ', '-')}'>{t}</a> {e}</li>"
                    for t, e in CARDS)  # fmt: skip
    html = page(f"<div><h1>Three things to know today</h1><p>{STORY[0]}</p><ol>{items}</ol>"
                "</div>")  # fmt: skip
    text = extract(html, URL).text
    assert all(excerpt in text for _title, excerpt in CARDS)


def test_a_comment_count_set_as_a_heading_under_the_lead_keeps_the_story() -> None:
    # "1 Kommentare" in the meta lines under the lead paragraph: no story told yet
    html = page(f"<div><p>{STORY[0]}</p><h4>1 Kommentare</h4>{story(STORY[1:])}</div>")
    assert_story(extract(html, URL).text)


def test_the_story_under_the_headline_beats_a_box_beside_it_with_more_prose() -> None:
    # no class names: a short post under its headline, an archive menu, and a box about
    # something else with twice its prose, which won the choice when nothing named it
    box = [
        "The history society of the lower town meets every second Tuesday in the library, "
        "where members share old photographs of the quay and the streets around it.",
        "Its archive holds letters from the shop owners of the last century, maps of the "
        "river before the embankment was built, and the ledgers of the old ferry company.",
        "Visitors are welcome at every meeting, and the society's walks through the old "
        "town start at the church steps on the first Saturday of each summer month.",
        "Membership costs twelve pounds a year, and members receive the quarterly journal.",
    ]
    menu = "".join(f"<li><a href='/tag/{i}'>Archive of month number {i}</a></li>"
                   for i in range(40))  # fmt: skip
    html = ("<html><head><title>Flood barrier opens | River Notes</title></head><body>"
            "<div><h1><a href='/'>River Notes</a></h1></div><div><h2>Flood barrier opens</h2>"
            f"{story(STORY[:2])}</div><div><ul>{menu}</ul></div><div><h3>Our town</h3>"
            f"{story(box)}</div></body></html>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text, STORY[:2])
    assert "history society" not in text


@pytest.mark.parametrize(("button", "name"), [
    ("Reply", "Reader {i} 12 May 2024 at 10:1{i}"), ("Antworten", "Leserin {i} am 12. Mai"),
    ("回覆", "讀者{i} 於 2024/05/12 10:1{i}"), ("", "Reader {i} says:"),
    ("", "Reader {i} said..."), ("", "Leserin {i} hat gesagt…"),
])
def test_a_thread_of_comments_is_told_by_its_reply_buttons(button: str, name: str) -> None:
    # no class names and no heading: every comment closes with its reply button, or opens
    # with its author's line as blog templates write it
    thread = "".join(f"<div><div>{name.format(i=i)}</div><p>{c}</p>"
                     f"<div><a href='#r{i}'>{button}</a></div></div>"
                     for i, c in enumerate(COMMENTS))  # fmt: skip
    html = page(f"<div><article>{story()}</article><section>{thread}</section></div>")
    text = extract(html, URL).text
    assert_story(text)
    assert "sandbags" not in text and "insurance" not in text and "12 May" not in text


def test_a_paragraph_about_the_author_after_the_story_goes() -> None:
    bio = ("Ana Lima covers the river towns for the Harbor Gazette and has written about "
           "floods, farming and the roads between the hills since 2015.")  # fmt: skip
    opening = "Ana Lima, the mayor's sister, opened the barrier's gate herself."  # a namesake
    paper = "Ana Lima, Jo Smith. Flood barriers of the lower river: a survey. 2024."
    html = ("<html><head><title>Flood barrier</title><meta name='author' content='Ana Lima'>"
            f"</head><body><div><h1>Flood barrier</h1><p>By Ana Lima</p><p>{opening}</p>"
            f"{story()}<p>{paper}</p><div><p>{bio}</p></div></div></body></html>")  # fmt: skip
    ex = extract(html, URL)
    assert ex.authors == ["Ana Lima"]
    assert_story(ex.text)
    assert opening in ex.text and paper in ex.text and "covers the river towns" not in ex.text


def test_a_reply_in_the_storys_dialogue_does_not_end_it() -> None:
    lines = ["No reply.", "The reply came late.", "Close to the river", "Shares rose 5%"]
    middle = "".join(f"<p>{line}</p>" for line in lines)
    html = page(f"<article>{story(STORY[:2])}{middle}{story(STORY[2:])}</article>")
    text = extract(html, URL).text
    assert_story(text)
    for line in lines:
        assert line in text


@pytest.mark.parametrize("notice", [
    "This post may contain affiliate and/or referral links. Please see my disclosure page.",
    "Get the latest news from the river delivered directly to your inbox every morning.",
    "Sign up for Harbor Daily today to get the free newsletter every weekday morning.",
    "Get River Monthly delivered through your letterbox every month. 12 issues for £11.99.",
    "Note: we are temporarily moderating all comments submitted to deal with a surge in spam.",
    'Die Cookie-Einstellungen auf dieser Website sind auf "Cookies zulassen" eingestellt, um '
    "das beste Surferlebnis zu ermöglichen.",
    "This site uses cookies to give you the best experience, as described in our policy.",
    "Bitte schalte deinen Adblocker für diese Seite aus, um diesen Artikel zu lesen.",
    "Please read our community guidelines before you post a comment on this story.",
    "Get our Harbor Politics newsletter, with the latest from the council every week.",
    "We've detected you are on Internet Explorer. For the best experience, please update to a "
    "modern browser.",
    "Lade für ein besseres Erlebnis einen neueren Browser kostenfrei herunter.",
])
def test_appeals_and_disclosures_worded_as_sentences_are_dropped(notice: str) -> None:
    html = page(f"<article><p>{notice}</p>{story()}<p>{notice}</p></article>")
    text = extract(html, URL).text
    assert_story(text)
    assert notice not in text


def test_a_story_paragraph_whose_words_mostly_link_stays_a_hover_card_goes() -> None:
    linked = ("<p>The barrier's first test came in March, <a href='/b'>weeks after the "
              "council approved the budget</a>.</p>")
    card = ("<p>The mayor <a href='/m'>Ana Lima</a><a href='/m1'>Ana Lima says the quay "
            "is safe</a><a href='/m2'>Lima wins the vote on the town budget</a> spoke.</p>")
    html = page(f"<article>{story(STORY[:2])}{linked}{card}{story(STORY[2:])}</article>")
    text = extract(html, URL).text
    assert_story(text)
    assert "test came in March, weeks after the council approved the budget." in text
    assert "Lima wins the vote" not in text


def test_a_list_item_starting_with_watch_is_no_video_label() -> None:
    items = "".join(f"<li>{x}</li>" for x in ("Read the gauges", "Watch videos & view photos",
                                               "Plan a walk on the quay"))  # fmt: skip
    html = page(f"<article>{story(STORY[:2])}<ul>{items}</ul><p>Watch: the barrier rises</p>"
                f"{story(STORY[2:])}</article>")
    text = extract(html, URL).text
    assert_story(text)
    assert "Watch videos & view photos" in text and "Watch: the barrier" not in text


def test_a_print_headers_page_address_and_a_pictures_credit_are_not_prose() -> None:
    credit = ("© Jo Smith Shop owners on the quay cleaning up after the storm that flooded "
              "the lower town in 2022.")
    piped = "The new barrier seen from the quay at night, lit for the opening. | © Ana Lima/AFP"
    html = page(f"<div class='print-header'>{URL}</div><article>{story(STORY[:2])}"
                f"<section>{credit}</section><div>{piped}</div>{story(STORY[2:])}"
                "<div>Print this article</div><div>Rezept drucken</div></article>")
    text = extract(html, URL).text
    assert_story(text)
    assert URL not in text and "Jo Smith" not in text and "Ana Lima" not in text
    assert "Print" not in text and "drucken" not in text


def test_a_lone_paragraph_takes_the_unlinked_lines_beside_it() -> None:
    # a short post: one paragraph, then the address lines of its own element (no links)
    html = page(f"<div class='entry'><p>{STORY[0]}</p><p>River Authority</p><p>Quay Street 14"
                "<br>Lower Town</p><p>Phone: +44 1234 5678</p></div><div class='side'><ul>"
                "<li><a href='/a'>Other news</a></li><li><a href='/b'>Archive</a></li></ul></div>")
    text = extract(html, URL).text
    assert_story(text, [STORY[0], "Quay Street 14", "Phone: +44 1234 5678"])
    assert "Other news" not in text


def test_a_crumb_trail_named_without_bread_is_furniture() -> None:
    # "entry-crumbs" / "td-crumb-container": Home > section > the headline, above the story
    crumbs = ("<div class='td-crumb-container'><div class='entry-crumbs'><span><a href='/'>Home"
              "</a></span> <span><a href='/climate/'>Climate</a></span> <span>Flood barrier "
              "opens on the river after three years of work</span></div></div>")
    html = page(f"<article><div class='post-header'>{crumbs}<h1>Flood barrier opens</h1></div>"
                f"<div class='post-content'>{story()}</div></article>")
    text = extract(html, URL).text
    assert_story(text)
    assert "Home" not in text and "three years of work" not in text


def test_an_advertising_disclaimer_after_the_story_is_a_notice() -> None:
    note = ("NOTE: The advertising disclaimer below does not cover this report, which was "
            "written by our own newsroom without paid links.")
    html = page(f"<article>{story()}<p>{note}</p></article>")
    text = extract(html, URL).text
    assert_story(text)
    assert "disclaimer" not in text


def test_headlines_of_the_sites_other_stories_between_the_paragraphs_go() -> None:
    others = ("<ul><li><a href='/news/town-counts-the-cost-52216777'>Town counts the cost of the "
              "storm</a></li><li><a href='/news/insurers-raise-premiums-on-the-quay'>Insurers "
              "raise premiums on the quay</a></li></ul>")
    terms = ("<ul><li><a href='/lexicon/flood-id201283/'>Flooding</a></li>"
             "<li><a href='https://gov.example.org/report'>The storm report of 2022 in full</a>"
             "</li></ul>")
    html = page(f"<article>{story(STORY[:2])}{others}{story(STORY[2:3])}{terms}"
                f"{story(STORY[3:])}</article>")
    text = extract(html, URL).text
    assert_story(text)
    assert "Town counts" not in text and "Insurers raise" not in text
    assert "Flooding" in text and "The storm report of 2022 in full" in text


def test_an_embed_box_named_for_its_content_type_is_furniture() -> None:
    box = ("<div class='callout callout--content-type--asset-embed'><div role='heading'>Keep "
           "Reading</div><div role='heading'>The latest on <a href='/floods/'>flood defences"
           "</a>, from barriers to warning systems and more</div></div>")
    html = page(f"<article>{story(STORY[:2])}{box}{story(STORY[2:])}</article>")
    text = extract(html, URL).text
    assert_story(text)
    assert "Keep" not in text and "warning systems" not in text


# ---- every dev page -------------------------------------------------------------------

_WORD = re.compile(r"\w+")
_SPAN = 8  # words: a run this long of a script's text in ``text`` is a leak


def _dev_pages() -> list:
    require_shared("readability-test-pages")
    require_shared("labelled-web-pages")
    require_shared("article-extraction-benchmark")
    from benchmarks._devsets import SETS, load_set

    return [p for name in SETS for p in load_set(name)]


def _runs(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text)
    return {tuple(words[i : i + _SPAN]) for i in range(len(words) - _SPAN + 1)}


@pytest.fixture(scope="module")
def dev_pages() -> list:
    return _dev_pages()


def test_no_script_style_or_jsonld_text_on_any_dev_page(dev_pages: list) -> None:
    leaks = []
    for dev in dev_pages:
        ext = extract(dev.html, dev.url)
        if ext.extraction_method != "dom":
            continue  # the JSON-LD articleBody fallback is the story by design
        tree = LexborHTMLParser(dev.html)
        sources = " ".join(n.text() or "" for n in tree.css("script, style"))
        tree.strip_tags(["script", "style"])
        root = tree.root
        visible = _runs(root.text(separator=" ")) | _runs(root.text()) if root else set()
        shown = set().union(*(_runs(line) for line in ext.text.split("\n")))
        leaked = (shown & _runs(sources)) - visible
        if leaked:
            leaks.append((dev.dataset, dev.key, " ".join(next(iter(leaked)))))
    assert not leaks, leaks[:5]


def test_code_blocks_inside_the_story_stay_whole_on_dev_pages(dev_pages: list) -> None:
    checked, broken = 0, []
    for dev in dev_pages:
        if "<pre" not in dev.html:
            continue
        text_words = " ".join(_WORD.findall(extract(dev.html, dev.url).text))
        for pre in LexborHTMLParser(dev.html).css("article pre, main pre"):
            lines = LexborHTMLParser(re.sub(r"<br\s*/?>", "\n", pre.html or "")).text()
            words = _WORD.findall(lines or "")
            if len(words) < 6 or " ".join(words[:6]) not in text_words:
                continue  # not part of the extracted story
            checked += 1
            if " ".join(words) not in text_words:
                broken.append((dev.dataset, dev.key))
    assert checked > 0
    assert not broken, broken[:5]


# ---- speed helpers: the factored twins answer exactly as the patterns they stand for ----


def _fuzz_texts(pattern: re.Pattern[str], count: int = 20_000) -> list[str]:
    """Strings spliced from the pattern's own words, their prefixes and separators."""
    words = re.findall(r"[a-zà-ÿ][a-zà-ÿ -]{1,12}", pattern.pattern)
    pieces = ["-", "_", " ", "overflow-", "for-", "x", "1", "Ä"]
    return spliced(pieces, count, seed=7, words=words, cut=6)


def test_factored_patterns_match_where_their_originals_do() -> None:
    from warctools.extract import _clean, _phrases
    from warctools.extract._alternation import Source, factored

    cases = [_clean._NEGATIVE.compiled(), _clean._POSITIVE, _clean._STRONG,
             _phrases._NOTICE.compiled(), _phrases._BOILER,
             re.compile(r"(?<!x)\bab|a[-_]c|\b-q", re.I)]  # (sources: compiled only here)
    for pattern in cases:
        fast = factored(pattern)
        assert fast.pattern == factored(Source(pattern.pattern, pattern.flags)).pattern
        assert fast.pattern != pattern.pattern or pattern is _phrases._BOILER
        for text in _fuzz_texts(pattern) + ["", "share", "shared", "overflow-hidden", "hidden",
                                            "for-print", "print-btn", "xab", "x ab", "A-C", "x-q"]:
            assert bool(fast.search(text)) == bool(pattern.search(text)), (pattern, text)


def test_the_notice_prefilter_passes_every_notice() -> None:
    # is_notice searches the notice pattern only where the prefilter's words occur: no
    # notice may lack them (spliced texts from the pattern's words, and its own examples)
    from warctools.extract import _phrases

    plain = _phrases._NOTICE.compiled()
    examples = [
        "we use cookies", "política de privacidad", "política de privacidade", "privacy policy",
        "politique de cookies", "używamy plików cookies", "мы используем файлы cookie",
        "доступно только подписчикам", "wszelkie prawa zastrzeżone", "版权所有",
        "çerezler kullanılıyor", "käytämme evästeitä", "włącz javascript",
        # one per notice of the languages added in session 9
        "korzystamy z plików cookie", "používáme soubory cookies", "ми використовуємо cookie",
        "kami menggunakan cookie", "folosim fișiere cookie", "sütiket használunk",
        "χρησιμοποιούμε μπισκότα", "chúng tôi sử dụng cookie", "このサイトはクッキーを使用",
        "쿠키를 사용합니다", "ملفات تعريف الارتباط", "tylko dla prenumeratorów",
        "tylko dla subskrybentów", "только для подписчиков", "sadece abonelere",
        "khusus pelanggan", "numai pentru abonați", "csak előfizetőknek", "vain tilaajille",
        "μόνο για συνδρομητές", "zapisz się do newslettera", "přihlaste se k odběru",
        "подпишитесь на рассылку", "підпишіться на розсилку", "bültenimize abone olun",
        "berlangganan buletin", "abonează-te la newsletter", "iratkozzon fel a hírlevelünkre",
        "tilaa uutiskirjeemme", "εγγραφείτε στο newsletter", "prawa zastrzeżone",
        "práva vyhrazena", "práva vyhradené", "права защищены", "права захищені",
        "права запазени", "tüm hakları saklıdır", "hak cipta dilindungi",
        "toate drepturile rezervate", "minden jog fenntartva", "kaikki oikeudet pidätetään",
        "με επιφύλαξη παντός δικαιώματος", "版权所有", "版權所有", "無断転載を禁じます",
        "جميع الحقوق محفوظة", "सर्वाधिकार सुरक्षित", "включите javascript",
        "povolte javascript", "aktifkan javascript", "activează javascript",
        "engedélyezze javascript", "ota käyttöön javascript",
    ]
    for example in examples:
        assert plain.search(example.lower()), example  # each example is a notice
    texts = _fuzz_texts(plain) + examples
    matched = [text for text in texts if plain.search(text.lower())]
    assert len(matched) > 100
    for text in matched:
        assert _phrases.is_notice.__wrapped__(text), text


def test_boilerplate_lines_match_as_the_plain_pattern_does() -> None:
    from warctools.extract import _phrases

    plain = _phrases._BOILER_PLAIN.compiled()
    assert _phrases._BOILER.pattern != plain.pattern
    lines = ["Advertisement", "ADS BY Foo", "Read more »", "Czytaj także: most", "Reklama",
             "Reklamation", "Фото: Анна", "広告", "ⓒ 연합뉴스", "Tilaa", "Tilaa uutiskirje",
             "Share on Facebook", "Shared values", "© 2024 Example", "https://x.example/a",
             "https://x.example/a b", "Photo: Ana Lima", "(Photo Ana)", "Jo Kim / Getty Images"]
    for text in _fuzz_texts(plain) + lines + [line.lower() for line in lines]:
        assert bool(_phrases._BOILER.match(text)) == bool(plain.match(text)), text


def test_factored_moves_leading_assertions_behind_the_first_character() -> None:
    from warctools.extract._alternation import alternation, factored

    fast = factored(re.compile(r"(?<!for-)\bprint|\bads?\b|cookie|comment(?!ary)"))
    assert fast.search("post for-print") is None and fast.search("print-only")
    assert fast.search("reads") is None and fast.search("top ads")
    assert fast.search("commentary") is None and fast.search("comments")
    assert fast.search("cookies")
    months = re.compile(f"^(?:{alternation(['märz', 'mar', 'march'], ignore_case=True)})$", re.I)
    assert [bool(months.match(w)) for w in ("MÄRZ", "Mar", "march", "ma", "marc")] == [
        True, True, True, False, False]  # fmt: skip


def test_sharing_appeal_asked_as_a_question_does_not_end_the_story() -> None:
    more = ["Work on the smaller streams starts in autumn and should be finished within "
            "two years, the authority said."]
    body = (f"<article><h1>Flood barrier</h1>{story()}<h3>Share this story, please?</h3>"
            f"<h3>What comes next</h3>{story(more)}</article>"
            "<h3>Share this story</h3><ul><li><a href='/a'>Facebook</a></li></ul>")
    text = extract(page(body), URL).text
    assert_story(text, STORY + more)
    ended = extract(page(body.replace("Share this story, please?", "Share this story")), URL)
    assert more[0] not in ended.text


@pytest.mark.parametrize("heading", ["Самые популярные статьи", "Читайте также", "Добавить отзыв",
                                     "Czytaj także", "Powiązane artykuły", "Benzer haberler",
                                     "Quellenangaben:", "Sources",
                                     "Weitere Informationen zum Hochwasser:",
                                     # about the author, in 27 more languages
                                     "L'autore", "Про автора", "Yazar hakkında", "关于作者",
                                     "著者について", "この記事を書いた人", "작성자 소개",
                                     "عن الكاتب", "O autorovi", "A szerzőről", "Despre autor",
                                     "Σχετικά με τον συγγραφέα", "Om skribenten",
                                     "Om forfatteren", "Kirjoittajasta", "O autoru",
                                     "За автора", "Tentang Penulis", "Về tác giả", "על הכותב",
                                     "درباره نویسنده", "लेखक के बारे में", "Autorist",
                                     "Apie autorių", "Rreth autorit", "ავტორის შესახებ",
                                     "Müəllif haqqında", "Kuhusu mwandishi",
                                     # the latest and the most read
                                     "Neueste Artikel", "Dernières actualités",
                                     "Últimas noticias", "Ultime notizie", "Laatste nieuws",
                                     "Son dakika", "最新記事", "最新新闻", "최신 뉴스",
                                     "آخر الأخبار", "Berita Terbaru", "Tin mới nhất",
                                     "ताज़ा खबरें", "Τελευταία νέα", "Ultimele știri",
                                     "Nejnovější zprávy", "Senaste nytt", "Najnovije vesti",
                                     "Последни новини", "Loetumad", "Skaitomiausi",
                                     "Jaunākās ziņas", "Më të lexuarat", "Mest lesið",
                                     "ყველაზე კითხვადი", "Son xəbərlər", "Najbolj brano",
                                     "Көп оқылған", "Habari za hivi punde", "הנקראים ביותר",
                                     "پربازدیدترین", "ข่าวยอดนิยม", "সর্বাধিক পঠিত",
                                     "Останні новини"])
def test_furniture_headings_in_more_languages_end_the_story(heading: str) -> None:
    teasers = ["A second story about the river, told here in two short sentences for the "
               "list of other stories. It weighs as much as a paragraph.",
               "A third story about the town hall and its new roof, also shown in a list of "
               "other stories below the article."]
    told = STORY + [p.replace("the ", "this ") for p in STORY]
    body = f"<article><h1>Flood</h1>{story(told)}<h3>{heading}</h3>{story(teasers)}</article>"
    text = extract(page(body), URL).text
    assert_story(text, told)
    assert teasers[0] not in text and teasers[1] not in text


@pytest.mark.parametrize("label", ["Abbildung:", "Fig. 2:", "Photo :", "Foto:"])
def test_labelled_picture_caption_is_not_a_paragraph(label: str) -> None:
    caption = (f"{label} The new barrier seen from the quay at low water, with the gates "
               "raised for the test in April and the old wall behind them.")
    text = text_around(f"<div class='pic'><img src='b.jpg'><div>{caption}</div></div>")
    assert "low water" not in text


def test_wire_reporters_credit_line_is_not_a_paragraph() -> None:
    credit = ("(Reporting by Ana Lima and Tom Berg in Lisbon; additional reporting by Jo Kim; "
              "Editing by Sam Reed)")
    told = STORY + ["Reporting by The Herald last year found that the old wall had been "
                    "patched with sandbags at least four times since the storm."]
    text = extract(page(f"<article><h1>Flood barrier</h1>{story(told + [credit])}</article>"),
                   URL).text
    assert_story(text, told)
    assert "Editing by" not in text


@pytest.mark.parametrize("line", ["(Alle Angaben ohne Gewähr)",
                                  "Merkblatt zum Hochwasserschutz PDF | 38 KB | barrierefrei",
                                  "Merkblatt zum Hochwasserschutz (pdf, 1,2 MB)"])
def test_disclaimer_and_download_label_lines_are_dropped(line: str) -> None:
    body = f"<article><h1>Flood barrier</h1>{story(STORY[:2] + [line] + STORY[2:])}</article>"
    text = extract(page(body), URL).text
    assert_story(text)
    assert "Gewähr" not in text and "Merkblatt" not in text


def test_comment_approval_notice_in_portuguese_is_dropped() -> None:
    notice = ("ATENÇÃO: Comentários ofensivos ou fora do tema não serão aprovados pelo "
              "moderador.")
    text = extract(page(f"<article><h1>Flood barrier</h1>{story(STORY + [notice])}</article>"),
                   URL).text
    assert_story(text)
    assert "moderador" not in text


def test_unrendered_shortcode_line_is_dropped() -> None:
    line = '[button link="https://news.example.net/send/" type="big"] Send us your photos[/button]'
    text = extract(page(f"<article><h1>Flood barrier</h1>{story(STORY + [line])}</article>"),
                   URL).text
    assert_story(text)
    assert "button" not in text


@pytest.mark.parametrize("line", ["Like this story? Share it with a friend!",
                                  "Gefällt dir der Artikel? Jetzt mit Freunden teilen!"])
def test_appeal_to_share_with_friends_is_a_notice(line: str) -> None:
    text = extract(page(f"<article><h1>Flood barrier</h1>{story(STORY + [line])}</article>"),
                   URL).text
    assert_story(text)
    assert line not in text


def test_text_size_widget_and_a_lone_by_are_dropped() -> None:
    body = (f"<article><h1>Flood barrier</h1><div>By</div><div><a href='/ana'>Ana Lima</a></div>"
            f"<div>Text size</div>{story()}</article>")
    text = extract(page(body), URL).text
    assert_story(text)
    assert "Text size" not in text and not text.startswith("By")


@pytest.mark.parametrize("klass", ["post-author", "post-author-bio", "autor-box", "author-info"])
def test_writer_box_after_a_post_is_dropped_inside_the_post(klass: str) -> None:
    # a "post-..." name is positive too, yet the writer's box is no part of the story
    bio = ("Ana Lima studied geography before she joined the river desk, and in her spare "
           "time she is mostly found on the water, sometimes on a bike.")
    body = (f"<article class='post'><h1>Flood barrier</h1>{story()}"
            f"<section class='{klass}'><h5><a href='/author/ana'>Ana Lima</a></h5>"
            f"<p>{bio}</p></section></article>")
    text = extract(page(body), URL).text
    assert_story(text)
    assert "studied geography" not in text


@pytest.mark.parametrize("notice", [
    "Bei diesem Beitrag handelt es sich um ein Blog aus unserer Leser-Community.",
    "Das Flussmagazin gibt es am Kiosk, im Abo oder als E-Paper in unserer App.",
    "Lesen Sie das Flussmagazin: bestellen Sie es im Shop als Abo oder Einzelheft.",
    "The River Monthly is on newsstands now; subscribe to get every issue at home.",
    "Vous souhaitez réagir ? Vous pouvez proposer un texte au comité de rédaction.",
])
def test_writer_notes_and_print_issue_appeals_are_notices(notice: str) -> None:
    text = extract(page(f"<article><h1>Flood barrier</h1>{story(STORY + [notice])}</article>"),
                   URL).text
    assert_story(text)
    assert notice not in text


@pytest.mark.parametrize("heading", ["Cite this article", "Pour citer cet article :"])
def test_citation_heading_ends_the_story(heading: str) -> None:
    cite = "Lima, Ana. The flood barrier. River Review 12 (2025): 4-9."
    html = page(f"<article>{story()}<h3>{heading}</h3><p>{cite}</p></article>")
    text = extract(html, URL).text
    assert_story(text)
    assert heading not in text and cite not in text


@pytest.mark.parametrize("klass", ["app-button", "btn btn-primary", "toggle-buttons"])
def test_button_boxes_inside_the_story_are_dropped(klass: str) -> None:
    label = "Get the River App free for iOS and Android"
    text = text_around(f"<div class='{klass}'>{label}</div>")
    assert label not in text


def test_heading_over_a_removed_gallery_goes_with_it() -> None:
    gallery = ("<h2>Pictures of the barrier in the storm</h2>"
               "<div class='photo-gallery'><img src='a.jpg'><img src='b.jpg'></div>")
    text = text_around(gallery)
    assert "Pictures of the barrier" not in text


def test_headings_of_a_slideshow_told_as_a_list_stay() -> None:
    items = "".join(f"<h2>Step {n}: check the gates</h2><div class='gallery-image'>"
                    f"<img src='{n}.jpg'></div><p>{para}</p>"
                    for n, para in enumerate(STORY, 1))
    text = extract(page(f"<article><h1>Flood barrier</h1>{items}</article>"), URL).text
    assert_story(text)
    assert "Step 3: check the gates" in text


@pytest.mark.parametrize("caption", [
    "Roots that bring air into the mud leave a layer of rust around them. (Photo: Ana Lima)",
    "Rund um die Wurzeln lagert sich Eisenoxid ab, das Mikroben nutzen. (Foto: Ana Lima, Lab)",
    # closed by a copyright holder, an agency's credit, names joined by slashes or bars
    "Workers close the barrier's gate on the quay on Thursday, 6 February 2025. © Reuters",
    "The first map of the river's bed drawn from the new survey. (NASA/JPL-Caltech/ASU)",
    "The mayor speaks at the opening of the barrier. (AP Photo/Jo Smith)",
    "Jo Smith | Harbor Pictures | Getty Images",
    # other languages' press: a labelled credit after the caption's sentence or a dash, a
    # picture word in the closing brackets
    "Las elecciones serán el próximo 29 de octubre. Foto: Archivo EL TIEMPO",
    "Árvore caída na Zona Sul de SP — Foto: Reprodução/TV Globo",
    "Станция «Сокольники» Большой кольцевой линии. Фото: Игорь Иванко / Коммерсантъ",
    "Người dân đi lại trên đường ngập. Ảnh: Quỳnh Trần",
    "وزير الكهرباء خلال المؤتمر الصحفي - تصوير: أحمد إسماعيل",
    "서울 종로구 서울기상관측소의 표준 벚나무 [연합뉴스 자료사진]",
    "Suasana pendaftaran di kantor KPU DKI Jakarta, Selasa (27/8/2024). (ANTARA FOTO/Ana Lima)",
    "İSKİ verilerine göre baraj doluluk oranı yüzde 29,8'e geriledi. (Fotoğraf: DHA)",
    "معمل دير عمار الحراري (أرشيف النهار)",
    "台北市教育局今天說明幼兒園延長托育試辦計畫。（圖／中央社）",
])
@pytest.mark.parametrize("markup", [
    "<figure><img src='a.jpg'></figure><h5>{}</h5>", "<div><img src='a.jpg'><div>{}</div></div>",
    "<p><img src='a.jpg'></p><p>{}</p>",  # a plain paragraph under the picture
])
def test_caption_closed_by_a_picture_credit_is_dropped(caption: str, markup: str) -> None:
    text = text_around(markup.format(caption))
    assert caption not in text


@pytest.mark.parametrize("line", [
    "Do the standard setup steps first (confirm your email address, add a credit card).",
    "Die Ministerin verwies auf die Zahlen des Amtes (Bildungsministerium).",
])
def test_a_story_line_closing_on_a_bracket_or_a_label_is_no_credit(line: str) -> None:
    assert not ends_in_credit(line)
    assert line in text_around(f"<p>{line}</p>")


def test_spanish_newsletter_appeal_in_running_words_is_a_notice() -> None:
    line = ("Puede escribirnos a rio@example.net o suscribirse aquí a nuestra newsletter "
            "de los jueves.")
    text = extract(page(f"<article><h1>Flood barrier</h1>{story(STORY + [line])}</article>"),
                   URL).text
    assert_story(text)
    assert "suscribirse" not in text


def test_introduction_beside_a_story_told_in_a_table_stays() -> None:
    # a list told in a data table's rows, its introduction in paragraphs above the table
    # and a long list of linked references below: the table body alone outscores their
    # parent, and the introduction joins it as prose beside it
    rows = "".join(f"<tr><th><a href='/wiki/b{n}'>Barrier {n}</a></th><td>{1980 + n}</td>"
                   f"<td>{para}</td></tr>" for n, para in enumerate(STORY[2:] * 3))
    refs = "".join(f"<li><a href='https://press.example.org/{n}'>Press release {n} on the "
                   f"barrier, river authority archive</a></li>" for n in range(30))
    html = page(f"<div class='content'>{story(STORY[:2])}<table><caption>Barriers by year"
                f"</caption><tbody>{rows}</tbody></table><div class='refs'><ol>{refs}</ol>"
                "</div></div>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text)
    assert "Barriers by year" in text and "Press release 3" not in text


def test_lede_set_apart_by_the_template_joins_the_story() -> None:
    # the standfirst in an element of its own beside the body's element, a list of other
    # stories under the same parent: the lede joins, the list does not
    others = "".join(f"<li><a href='/2025/01/{n}/other-story-about-the-harbour'>Other story "
                     f"{n} about the harbour and its ferries</a></li>" for n in range(12))
    html = page(f"<main><div class='lede'><p>{STORY[0]}</p></div><div class='body'>"
                f"{story(STORY[1:])}</div><ul class='more'>{others}</ul></main>")
    text = extract(html, URL).text
    assert text.startswith(STORY[0]), text
    assert_story(text)
    assert "Other story 4" not in text


@pytest.mark.parametrize("line", [
    "Reklama", "Реклама", "广告", "Czytaj także: Nowy most na Wiśle", "Читайте также: Новый мост",
    "Baca juga: Banjir di pelabuhan", "ⓒ 연합뉴스, 무단 전재-재배포 금지", "사진=연합뉴스",
    "Фото: Анна Лима", "Komentarze", "Tüm hakları saklıdır.", "Xem thêm: Cầu mới",
    "اقرأ أيضا: جسر جديد", "यह भी पढ़ें: नया पुल",
    "Te recomendamos: El tranvía llega tarde", "Únete a nuestro canal de WhatsApp",
    "Veja também: Bonde atrasado", "Siga o Jornal no Instagram", "Simak juga: Trem terlambat",
    "Bizi Google News'ten takip edin", "تابعونا على تويتر", "Siehe auch: Neue Brücke",
    "Join our WhatsApp channel", "Contenido patrocinado", "Gesponserter Inhalt",
    "Continúa leyendo", "Ouvir notícia", "Écouter l'article", "Artikel anhören",
    "[责任编辑：张伟]", "来源：新华网", "分享到：", "打开APP阅读更多", "この記事をシェア",
    "【関連記事】", "많이 본 뉴스", "[Advertisement]",
    "Annons", "বিজ্ঞাপন", "اشتہار", "פרסומת", "本文来源：新华网",
    "Son dakika haberleri için tıklayın", "ताज़ा ख़बरों के लिए हमें फ़ेसबुक पर फॉलो करें",
    "Reklaam", "Reklāma", "Reklamë", "Auglýsing", "რეკლამა", "Oglasno sporočilo", "Жарнама",
    "Kõik õigused kaitstud.", "Visos teisės saugomos.", "Visas tiesības aizsargātas.",
    "Të gjitha të drejtat e rezervuara.", "Allur réttur áskilinn.", "ყველა უფლება დაცულია",
    "Bütün hüquqlar qorunur.", "Vse pravice pridržane.", "Сите права се задржани.",
    "Pratite nas na Facebooku", "Последвайте ни във Facebook", "Jälgi meid Facebookis",
    "Sekite mus Facebook", "Na ndiqni në Facebook", "Fylgdu okkur á Facebook",
    "Bizi Facebook-da izləyin", "Sledite nam na Facebooku", "Пратите нас на Фејсбуку",
    "Sildid:", "Žymės:", "Birkas:", "Etiketa:", "Merki:", "ტეგები:", "Teqlər:", "Тегтер:",
    "Jaga", "Dalintis", "Dalīties", "Shpërndaj", "Deila", "გაზიარება", "Deli", "Бөлісу",
    "Сподели", "Подели", "שתפו", "اشتراک گذاری", "শেয়ার করুন", "شیئر کریں", "Shiriki",
    "Prindi", "Spausdinti", "Drukāt", "Printo", "Prenta", "Natisni", "Ispiši", "Принтирай",
    "Fotografija: Ivan Horvat", "Снимка: Иван Петров", "Nuotr. Jonas Jonaitis",
    "Mynd: Jón Jónsson", "ფოტო: გიორგი ბერიძე", "Şəkil: Əli Məmmədov", "צילום: דנה כהן",
    "عکس: علی رضایی", "تصوير: محمد علي", "摄影：张伟", "ภาพ: สมชาย ใจดี", "फोटो: राहुल शर्मा",
])  # fmt: skip
def test_furniture_lines_in_more_languages_are_dropped(line: str) -> None:
    text = text_around(f"<div>{line}</div>")
    assert line not in text


@pytest.mark.parametrize("line", [
    # "read also" with the other story's title unlinked beside it: mr gu pa ta te kn ml, hi's
    # other wording, ha az kk ka hy sr mk lt lv et sq sl
    "हेही वाचा: पुण्यात नवा पूल", "આ પણ વાંચો: નવો પુલ", "ਇਹ ਵੀ ਪੜ੍ਹੋ: ਨਵਾਂ ਪੁਲ",
    "இதையும் படிங்க: புதிய பாலம்", "ఇది కూడా చదవండి: కొత్త వంతెన", "ಇದನ್ನೂ ಓದಿ: ಹೊಸ ಸೇತುವೆ",
    "ഇതും വായിക്കുക: പുതിയ പാലം", "इसे भी पढ़ें: नया पुल", "Karanta kuma: Sabuwar gada",
    "Həmçinin oxuyun: Yeni körpü", "Тағы оқыңыз: Жаңа көпір", "ასევე წაიკითხეთ: ახალი ხიდი",
    "Կարդացեք նաև՝ Նոր կամուրջ", "Прочитајте још: Нови мост", "Taip pat skaitykite: Naujas tiltas",
    "Lasiet arī: Jauns tilts", "Loe ka: Uus sild", "Lexo edhe: Ura e re", "Preberite še: Nov most",
])  # fmt: skip
def test_read_also_lines_of_more_languages_are_dropped(line: str) -> None:
    text = text_around(f"<p><strong>{line}</strong></p>")
    assert line not in text


@pytest.mark.parametrize("line", [
    # the call to follow the site's channel on a messenger (az kk mr gu pa ta te kn ml) or
    # its pages (ha, tl)
    "Xəbərləri Telegram kanalımızdan izləyin", "Жаңалықтарды Telegram арнамыздан оқыңыз",
    "ताज्या बातम्यांसाठी आमचे व्हॉट्सॲप चॅनेल फॉलो करा", "તાજા સમાચાર માટે અમારી વોટ્સએપ ચેનલ ફોલો કરો",
    "ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ ਲਈ ਸਾਡੇ ਵਟਸਐਪ ਚੈਨਲ ਨਾਲ ਜੁੜੋ", "சமீபத்திய செய்திகளுக்கு எங்கள் வாட்ஸ்அப் சேனலில் இணையுங்கள்",
    "తాజా వార్తల కోసం మా వాట్సాప్ ఛానెల్‌ను ఫాలో అవ్వండి", "ತಾಜಾ ಸುದ್ದಿಗಾಗಿ ನಮ್ಮ ವಾಟ್ಸಾಪ್ ಚಾನೆಲ್ ಫಾಲೋ ಮಾಡಿ",
    "ഏറ്റവും പുതിയ വാർത്തകൾ അറിയാൻ ഞങ്ങളുടെ വാട്സ്ആപ്പ് ചാനലിൽ ചേരൂ",
    "Ku biyo mu a shafukanmu na sada zumunta domin samun labarai",
    "I-follow kami sa Facebook para sa pinakabagong balita",
])  # fmt: skip
def test_follow_our_channel_lines_of_more_languages_are_dropped(line: str) -> None:
    text = text_around(f"<p>{line}</p>")
    assert line not in text


@pytest.mark.parametrize("line", [
    # the same in hy ("follow us", "join us") and uz (Latin and Cyrillic)
    "Հետևեք մեզ Telegram-ում", "Միացեք մեզ Facebook-ում",
    "Yangiliklarni Telegram kanalimizda kuzatib boring", "Telegram kanalimizga obuna bo‘ling",
    "Янгиликларни Telegram каналимизда кузатиб боринг",
])  # fmt: skip
def test_follow_us_lines_of_hy_and_uz_are_dropped(line: str) -> None:
    text = text_around(f"<p>{line}</p>")
    assert line not in text


@pytest.mark.parametrize("line", [
    # the same in km ("follow") and my ("channel", "join")
    "តាមដានព័ត៌មានថ្មីៗតាមរយៈ Telegram របស់យើង",
    "နောက်ဆုံးရသတင်းများအတွက် ကျွန်ုပ်တို့၏ Telegram ချန်နယ်ကို Join ပါ",
])  # fmt: skip
def test_follow_our_channel_lines_of_km_and_my_are_dropped(line: str) -> None:
    text = text_around(f"<p>{line}</p>")
    assert line not in text


@pytest.mark.parametrize("line", [
    # newer templates' buttons and labels, set as paragraphs of the story (session 21:
    # 38 of 150 such lines were kept, between the paragraphs or after them)
    "Add to favorites", "Sign in to save this article", "Follow this topic", "Share via email",
    "Related topics", "Recommended stories", "Cancel reply", "Tap to unmute", "Yes No",
    "This article is more than 5 years old", "Audio generated by AI.",
    "Summary generated by AI", "AI-generated summary", "Thank you for reading!",
    "You have 3 free articles left", "In partnership with", "Produced by",
    "Danke fürs Lesen!", "Merci de votre lecture", "Gracias por leer", "Thema folgen",
    "Suivre ce sujet", "Añadir a favoritos", "Aggiungi ai preferiti", "Grazie per aver letto",
])  # fmt: skip
@pytest.mark.parametrize("where", ["between", "after"])
def test_newer_templates_buttons_and_labels_are_dropped(line: str, where: str) -> None:
    if where == "between":
        text = text_around(f"<p>{line}</p>")
    else:
        text = extract(page(f"<article><h1>Flood barrier</h1>{story()}<p>{line}</p>"
                            "</article>"), URL).text  # fmt: skip
        assert_story(text)
    assert line not in text


def test_a_game_storys_up_next_and_a_named_producer_stay() -> None:
    # a wire's game story closes on its "UP NEXT" section; a credit naming its producers
    # is no sponsor's label
    closing = ["UP NEXT", "Harbor City: Host the Islanders on Friday.",
               "Produced by Ana Lima and Jo Smith."]  # fmt: skip
    text = extract(page(f"<article><h1>Flood barrier</h1>{story()}{story(closing)}"
                        "</article>"), URL).text  # fmt: skip
    assert_story(text, STORY + closing)


# Widgets, notices and appeals of more languages written by hand (session 15): each kind,
# its languages and how many of the lines tried leaked before (the lines here are those)
_MORE_FURNITURE_LINES: dict[str, list[str]] = {
    "widgets (de fr es it pt nl pl ru en): 52 of 64 leaked": [
    "Escuchar este artículo", "Ouvir este artigo", "Luister naar dit artikel",
    "Posłuchaj artykułu", "Прослушать статью",
    "Laden Sie unsere App herunter", "Téléchargez notre application", "Descarga nuestra app",
    "Scarica la nostra app", "Baixe nosso app", "Download onze app",
    "Pobierz naszą aplikację", "Скачайте наше приложение",
    "Aller au contenu", "Saltar al contenido", "Vai al contenuto", "Pular para o conteúdo",
    "Naar de inhoud springen", "Przejdź do treści", "Перейти к содержанию",
    "Wird geladen...", "Chargement...", "Cargando...", "Caricamento...", "Carregando...",
    "Laden...", "Ładowanie...", "Загрузка...",
    "Image 1 sur 12", "Imagen 1 de 12", "Immagine 1 di 12", "Imagem 1 de 12",
    "Afbeelding 1 van 12", "Zdjęcie 1 z 12", "Фото 1 из 12",
    "Fehler melden", "Signaler une erreur", "Reportar un error", "Segnala un errore",
    "Reportar erro", "Fout melden", "Zgłoś błąd", "Сообщить об ошибке",
    "Your browser does not support the video tag.",
    "Ihr Browser unterstützt das Video-Tag nicht.",
    "Votre navigateur ne prend pas en charge la vidéo.",
    "Tu navegador no soporta el elemento de video.", "Il tuo browser non supporta il tag video.",
    "Seu navegador não suporta vídeo.", "Je browser ondersteunt geen video.",
    "Twoja przeglądarka nie obsługuje wideo.", "Ваш браузер не поддерживает видео.",
    ],
    "widgets and appeals (tr id vi sv uk ro cs hu el zh ja ko ar hi th): 90 of 90": [
    "Bu haberi dinle", "Dengarkan artikel ini", "Nghe bài viết", "Lyssna på artikeln",
    "Прослухати статтю", "Ascultă articolul", "Poslechnout článek", "Hallgassa meg a cikket",
    "Ακούστε το άρθρο", "收听本文", "この記事を聞く", "기사 듣기", "استمع إلى المقال",
    "यह लेख सुनें", "ฟังบทความ",
    "Uygulamamızı indirin", "Unduh aplikasi kami", "Tải ứng dụng", "Ladda ner vår app",
    "Завантажте наш додаток", "Descarcă aplicația", "Stáhněte si naši aplikaci",
    "Töltse le alkalmazásunkat", "Κατεβάστε την εφαρμογή μας", "下载客户端",
    "アプリをダウンロード", "앱 다운로드", "حمّل تطبيقنا", "हमारा ऐप डाउनलोड करें", "ดาวน์โหลดแอป",
    "İçeriğe geç", "Langsung ke konten", "Chuyển đến nội dung", "Hoppa till innehåll",
    "Перейти до вмісту", "Sari la conținut", "Přejít na obsah", "Ugrás a tartalomra",
    "Μετάβαση στο περιεχόμενο", "跳至内容", "コンテンツへスキップ", "본문 바로가기",
    "انتقل إلى المحتوى", "सामग्री पर जाएं", "ข้ามไปยังเนื้อหา",
    "Yükleniyor...", "Memuat...", "Đang tải...", "Laddar...", "Завантаження...",
    "Se încarcă...", "Načítání...", "Betöltés...", "Φόρτωση...", "加载中...", "読み込み中...",
    "로딩 중...", "جار التحميل...", "लोड हो रहा है...", "กำลังโหลด...",
    "Hata bildir", "Laporkan kesalahan", "Báo lỗi", "Rapportera fel", "Повідомити про помилку",
    "Raportează o eroare", "Nahlásit chybu", "Hiba bejelentése", "Αναφορά σφάλματος", "纠错",
    "誤りを報告", "오류 신고", "أبلغ عن خطأ", "गलती की रिपोर्ट करें", "แจ้งข้อผิดพลาด",
    "Bize destek olun", "Dukung kami", "Ủng hộ chúng tôi", "Stöd vår journalistik",
    "Підтримайте нашу редакцію", "Susține-ne", "Podpořte nás", "Támogasson minket",
    "Στηρίξτε μας", "支持我们", "ご支援をお願いします", "후원하기", "ادعمنا", "हमारा समर्थन करें",
    "สนับสนุนเรา",
    ],
    "topics, log-in, next story, cookies (17 languages): 49 of 69": [
    "Topics: Politics, Economy", "Themen: Politik, Wirtschaft", "Sujets : Politique",
    "Temas: Política", "Argomenti: Politica", "Assuntos: Política", "Onderwerpen: Politiek",
    "Tematy: Polityka", "Темы: Политика", "Konular: Siyaset", "Topik: Politik",
    "Chủ đề: Chính trị", "话题：政治", "トピック：政治", "주제: 정치", "مواضيع: سياسة",
    "Sign in", "Log in", "Anmelden", "Se connecter", "Iniciar sesión", "Accedi", "Entrar",
    "Inloggen", "Zaloguj się", "Войти", "Giriş yap", "Masuk", "Đăng nhập", "登录", "ログイン",
    "로그인", "تسجيل الدخول", "लॉग इन करें",
    "Nächster Artikel", "Artículo siguiente", "Próximo artigo", "Następny artykuł",
    "Следующая статья", "Sonraki haber", "Artikel berikutnya", "Bài tiếp theo", "下一篇",
    "次の記事", "다음 기사", "المقال التالي",
    "Usamos cookies para melhorar a sua experiência.", "Používáme soubory cookie.",
    "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
    ],
    "newsletter, read also, follow (17 languages): 19 of 51": [
    "Đăng ký nhận bản tin", "Prenumerera på vårt nyhetsbrev", "メールマガジンに登録",
    "뉴스레터 구독하기", "اشترك في نشرتنا الإخبارية", "हमारे न्यूज़लेटर की सदस्यता लें",
    "สมัครรับจดหมายข่าว", "در خبرنامه ما عضو شوید", "הירשמו לניוזלטר שלנו",
    "Olvassa el ezt is: Megbukott a kormány", "קראו עוד: הממשלה נפלה",
    "Följ oss på Facebook", "Стежте за нами у Facebook", "关注我们的微博", "Xでフォローする",
    "페이스북에서 팔로우하세요", "ติดตามเราบน Facebook", "ما را در اینستاگرام دنبال کنید",
    "עקבו אחרינו בפייסבוק",
    ],
    "closed or empty comment section (16 languages): 28 of 28": [
    "Comments are closed.", "Die Kommentarfunktion ist geschlossen.",
    "Les commentaires sont fermés.", "Los comentarios están cerrados.", "I commenti sono chiusi.",
    "Os comentários estão fechados.", "Reacties zijn gesloten.", "Komentarze zostały wyłączone.",
    "Комментарии закрыты.", "Yorumlar kapatılmıştır.", "Komentar ditutup.", "Bình luận đã đóng.",
    "Kommentarer är avstängda.",
    "No comments yet.", "Noch keine Kommentare.", "Aucun commentaire pour le moment.",
    "Todavía no hay comentarios.", "Ancora nessun commento.", "Ainda não há comentários.",
    "Nog geen reacties.", "Brak komentarzy.", "Комментариев пока нет.", "Henüz yorum yapılmamış.",
    "Belum ada komentar.", "Chưa có bình luận nào.", "暂无评论", "コメントはまだありません",
    "아직 댓글이 없습니다",
    ],
    "an ad's break in the story, sponsored labels (12 languages): 30 of 32": [
    "Weiter nach der Anzeige", "Lesen Sie nach der Anzeige weiter",
    "Artikel wird nach der Anzeige fortgesetzt", "La suite après cette publicité",
    "La suite après la publicité", "Sigue leyendo después del anuncio",
    "Continúa después de la publicidad", "Continua dopo la pubblicità",
    "L'articolo continua dopo la pubblicità", "Continua depois da publicidade",
    "Continua após a publicidade", "Dalsza część artykułu pod reklamą",
    "Продолжение после рекламы", "Artikel berlanjut setelah iklan",
    "Haberin devamı reklamdan sonra", "Článek pokračuje pod reklamou",
    "Articolul continuă după reclamă", "Story continues after advertisement",
    "Article continues below this ad", "Advertisement - story continues below",
    "Anzeige | Jetzt testen", "Gesponsert", "Sponsorisé", "Patrocinado", "Sponsorizzato",
    "Gesponsord", "Sponsorowane", "Спонсорский материал", "Paid partnership",
    "Werbung | Mehr erfahren",
    ],
    "copy-link, show-more, open-in-app buttons (16 languages): 44 of 47": [
    "Link kopieren", "Link kopiert", "Copier le lien", "Lien copié", "Copiar enlace",
    "Enlace copiado", "Copia link", "Link copiato", "Copiar link", "Link copiado",
    "Kopieer link", "Kopiuj link", "Скопировать ссылку", "Ссылка скопирована",
    "Bağlantıyı kopyala", "Salin tautan", "Sao chép liên kết", "复制链接", "リンクをコピー",
    "링크 복사", "نسخ الرابط",
    "Show more", "Afficher plus", "Mostra di più", "Mostrar mais", "Toon meer", "Pokaż więcej",
    "Показать ещё", "Daha fazla göster", "Tampilkan lebih banyak", "显示更多", "もっと見る",
    "더보기", "عرض المزيد", "Load more", "Mehr laden", "Charger plus", "Cargar más",
    "Open in app", "In der App öffnen", "Ouvrir dans l'application", "Abrir en la app",
    "Apri nell'app", "Abrir no app",
    ],
    "portal, app-source, zoom, full-text, mail lines (zh ja ko): 12 of 17 (+ 2 more)": [
    "返回搜狐，查看更多", "点击进入专题：两会", "本文来自新华社客户端", "この記事の画像を見る",
    "続きを読む", "▶ 관련기사 보기", "기사 이메일 보내기", "写真拡大", "画像を拡大", "사진 확대",
    "원문보기", "전체보기", "▶ Advertisement", "阅读原文",
    ],
    "breadcrumbs, late-verb time stamps, print, text size (17 languages): 47 of 66": [
    "Home > News > World", "Startseite > Politik > Ausland", "Accueil > International",
    "Inicio > Noticias > Mundo", "Home » Cronaca » Roma", "Início > Notícias",
    "Главная > Новости > Политика", "Ana Sayfa > Gündem", "Beranda > Berita",
    "Trang chủ > Thời sự", "首页 > 新闻 > 国际", "ホーム > ニュース > 国際", "홈 > 뉴스 > 국제",
    "الرئيسية > أخبار", "होम > देश", "Home / News / World", "Startseite / Wirtschaft",
    "Vor 3 Stunden aktualisiert", "3 saat önce güncellendi", "3小时前更新", "3時間前に更新",
    "3시간 전 업데이트",
    "Stampa l'articolo", "Imprimir artigo", "Artikel afdrukken", "Drukuj artykuł",
    "Распечатать статью", "Haberi yazdır", "Cetak artikel", "In bài viết", "打印本文",
    "記事を印刷", "기사 인쇄", "طباعة المقال",
    "A A A", "Dimensione del testo", "Tamanho da fonte", "Lettergrootte", "Rozmiar czcionki",
    "Размер шрифта", "Yazı boyutu", "Ukuran huruf", "Cỡ chữ", "字号", "文字サイズ", "글자 크기",
    "حجم الخط",
    ],
    "a newsletter's thanks and subscription prompt (en de fr es pt), session 16": [
    "Thanks for reading River Notes! Subscribe for free to receive new posts and support "
    "my work.", "Danke fürs Lesen! Abonniere den Newsletter, um keine Folge zu verpassen.",
    "Merci de votre lecture ! Abonnez-vous pour recevoir les prochains articles.",
    "Gracias por leer. Suscríbete gratis para recibir nuevos posts.",
    "Obrigado por ler! Assine para receber os próximos textos.",
    ],
    "a reading time with the day beside it, session 16": [
    "4 min read · Mar 12, 2025", "Mar 12, 2025 · 4 min read", "12.03.2025 | 4 Min. Lesezeit",
    ],
    "an ad's break without the ad named, more languages; caption, zoom, embed and player "
    "buttons, session 17: 19 of 20": [
    "Article continues below", "Content continues below", "The article continues after this ad",
    "Der Artikel wird unter der Anzeige fortgesetzt", "La noticia continúa tras la publicidad",
    "El artículo sigue después de la publicidad", "A reportagem continua após a publicidade",
    "Artykuł jest kontynuowany pod reklamą", "Dalszą część artykułu przeczytasz pod reklamą",
    "Het artikel gaat verder onder de advertentie", "広告の後に続きます",
    "toggle caption", "hide caption", "Enlarge this image", "Click to expand...",
    "View this post on Instagram", "A post shared by Ana Lima (@analima)",
    "Skip Advertisement", "Ad Feedback",
    "Audio is not supported on your browser. Please upgrade.",
    ],
    "a multi-page story's pager, full-text, browser, back and player buttons, session 17: "
    "21 of 21": [
    "Page 1 of 3", "Seite 1 von 3", "Página 1 de 3", "Strona 1 z 3", "« Previous 1 2 3 Next »",
    "Weiter »", "Next page", "Page suivante", "Nächste Seite", "Continue to page 2",
    "Show full article", "Read the full story", "View in browser", "Back to article",
    "Zurück zur Übersicht", "Return to top", "Show less", "Play", "Fullscreen", "Copied!",
    "See translation",
    ],
    "a consent manager's cookie text and purposes (en de fr es it nl pt pl), session 17": [
    "We and our partners use cookies and similar technologies to measure audiences and to "
    "show you personalised advertising and content.",
    "Some of our partners may process your data as a part of their legitimate business "
    "interest without asking for consent.",
    "Store and/or access information on a device",
    "Informationen auf einem Gerät speichern und/oder abrufen",
    "Stocker et/ou accéder à des informations sur un appareil",
    "Almacenar o acceder a información en un dispositivo",
    "Archiviare e/o accedere a informazioni su un dispositivo",
    "Informatie op een apparaat opslaan en/of openen",
    "Armazenar e/ou aceder a informações num dispositivo",
    "Przechowywanie informacji na urządzeniu lub dostęp do nich",
    ],
    "a channel to follow, a tip or typo asked for, a picture's source, a syndicated feed's "
    "disclaimer, a spam filter's line (en fr id de es), session 18": [
    "Stay updated with the latest news: follow us on WhatsApp", "Join us on Google News",
    "Rejoignez notre chaîne WhatsApp", "Rejoignez-nous sur Telegram",
    "Bergabung dengan saluran WhatsApp kami",
    "Have a tip? Ana Lima may be reached at ana@harborgazette.com.",
    "Do you have a story to share? Send it to us.", "Found a typo? Let us know.",
    "Image source, Getty Images", "Trending topics: River, Flood, Town",
    "Disclaimer: This story has not been edited by our staff and is auto-generated from a "
    "syndicated feed.",
    "(Except for the headline, this story has not been edited by Gazette staff and is "
    "published from a syndicated feed.)",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie "
    "deine Kommentardaten verarbeitet werden.",
    "Este sitio usa Akismet para reducir el spam. Aprende cómo se procesan los datos de "
    "tus comentarios.",
    "4 min read·Mar 12, 2025", "anotheruser liked this", "user2 reblogged this from rivernotes",
    "14 notes",
    ],
    "a follow, an app or an outlet's closing line (pl ro da pt tr en), an editor's credit, "
    "session 18": [
    "Śledź nas na Facebooku", "Urmăriți-ne pe Google News", "Følg os på Facebook",
    "Segui-nos no Google News", "Google News'te abone olun",
    "Catch all the Business News, Market News, Breaking News Events and Latest News Updates "
    "on Live Mint.",
    "Download The Economic Times News App to get Daily Market Updates & Live Business News.",
    "Read the latest and breaking news on our app", "Edited By: Jo Smith",
    ],
    "a blog engine's and a forum's own lines (WordPress, Drupal, Joomla, Blogger, vBulletin), "
    "session 18: 24 of 26 had leaked": [
    "Log in or register to post comments", "Add new comment",
    "Submitted by admin on Tue, 03/12/2025 - 10:15", "Printer-friendly version", "Hits: 1234",
    "Category: News", "Tagged river, town", "Newer Post Older Post Home", "Reply With Quote",
    "Quote", "Permalink", "Link to this post", "Report this post",
    "This entry was posted on Wednesday, March 12th, 2025 at 10:15 am and is filed under "
    "News. You can follow any responses to this entry through the RSS 2.0 feed.",
    "Both comments and pings are currently closed.", "Powered by WordPress",
    "Proudly powered by WordPress", "Theme by Anders Norén", "« Older Entries", "Views: 1,234",
    "1,234 views", "Rate this article", "Bookmark", "Listen",
    ],
    "the blog engine's lines in its de fr es pt it nl pl ru translations, session 18: 29 of 29 "
    "had leaked": [
    "Dieser Beitrag wurde unter Allgemein veröffentlicht.", "Schlagwörter: Fluss, Stadt",
    "Beitragsnavigation", "Vorheriger Beitrag", "Nächster Beitrag",
    "Stolz präsentiert von WordPress", "Étiquettes : fleuve, ville", "Fièrement propulsé par "
    "WordPress", "Navigation des articles", "Navegación de entradas", "Entrada anterior",
    "Entrada siguiente", "Funciona gracias a WordPress", "Navegação de Post",
    "Orgulhosamente mantido com WordPress", "Pubblicato in Notizie", "Navigazione articoli",
    "Geplaatst in Nieuws", "Berichtnavigatie", "Trots aangedreven door WordPress",
    "Opublikowano w Wiadomości", "Nawigacja wpisu", "Poprzedni wpis", "Następny wpis",
    "Рубрика: Новости", "Метки: река, город", "Навигация по записям", "Предыдущая запись",
    "Следующая запись",
    ],
}  # fmt: skip


@pytest.mark.parametrize(("kind", "line"), [
    (kind, line) for kind, lines in _MORE_FURNITURE_LINES.items() for line in lines
])  # fmt: skip
def test_widget_notice_and_appeal_lines_of_more_languages_are_dropped(kind: str, line: str
                                                                      ) -> None:  # fmt: skip
    # listen buttons, app prompts, skip links, loading labels, gallery counters, error-report
    # links, a player's fallback line, appeals, topic labels, log-in buttons, next-story links,
    # cookie and newsletter prompts, a closed comment section, breadcrumbs, print buttons
    assert line not in text_around(f"<div>{line}</div>"), kind


def test_a_story_about_a_category_a_quote_or_a_theme_stays() -> None:
    for line in ("Category: the council put the quay in the third of four risk categories.",
                 "Tagged as a risk in 2019, the quay was closed for repairs last year.",
                 "The theme by the river was chosen by the town's schools in a vote."):
        assert line in text_around(f"<p>{line}</p>"), line


def test_a_story_joining_us_on_a_day_or_asking_a_question_stays() -> None:
    for line in ("Join us on Saturday at the quay, the mayor told the crowd of shop owners.",
                 "Have a tip for the authority? Residents were asked to write to the council "
                 "before the first winter, the mayor said."):
        assert line in text_around(f"<p>{line}</p>")


def test_a_writers_thanks_without_a_prompt_stays() -> None:
    line = "Thanks for reading. I hope the barrier holds for the next hundred years."
    assert line in text_around(f"<p>{line}</p>")


@pytest.mark.parametrize("heading", ["Viết bình luận", "Gửi bình luận", "แสดงความคิดเห็น",
                                     "כתבו תגובה"])  # fmt: skip
def test_a_comment_form_title_of_more_languages_ends_the_story(heading: str) -> None:
    comment = "Great post, thanks for sharing this with all of us here today! " * 3
    html = page(f"<article><h1>Flood barrier</h1>{story()}<div>{heading}</div>"
                f"<div><p>{comment}</p></div></article>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text)
    assert heading not in text and "Great post" not in text


@pytest.mark.parametrize("line", [
    "Home is where the heart is, the mayor said at the opening.",
    "Stampa estera: il caso è chiuso, dice il ministro.",
    "The text continues to puzzle the scholars who first read it in the archive.",
    "A photo shared by the mayor shows the barrier open all night, according to reports.",
    "The council acted on the basis of legitimate interest in public safety, the court found.",
    "The device stores information on a chip, the engineers of the barrier said on Monday.",
    "Page 1 of the report shows the damage the storm did to the quay and its shops.",
    "Like many towns on the coast, the lower town flooded twice in the last ten years.",
])  # fmt: skip
def test_a_story_line_opening_with_home_or_print_stays(line: str) -> None:
    assert line in text_around(f"<p>{line}</p>")


@pytest.mark.parametrize("line", ["Nghe tin con trai bị bắt, bà Lan vội vã lên thành phố.",
                                  "ฟังข่าวแล้วชาวบ้านก็รีบอพยพ"])  # fmt: skip
def test_a_short_story_line_opening_with_listen_stays(line: str) -> None:
    # "hearing the news, ..." in Vietnamese and Thai: no listen button
    assert line in text_around(f"<p>{line}</p>")


@pytest.mark.parametrize("line", [
    "Загрузка мощностей составила 80 процентов, сообщил директор завода.",
    "Chargement des bateaux : les dockers ont repris le travail jeudi matin.",
    "Laden en lossen blijft verboden in de binnenstad, zegt de gemeente.",
])  # fmt: skip
def test_a_sentence_opening_with_a_loading_word_stays(line: str) -> None:
    assert line in text_around(f"<p>{line}</p>")


def test_a_short_sentence_opening_with_a_furniture_word_stays() -> None:
    # Finnish "tilaa" is "subscribe" and "room": only "Tilaa uutiskirje" is the button
    line = "Tilaa on kaikille riittävästi, sanoi johtaja."
    assert line in text_around(f"<p>{line}</p>")


@pytest.mark.parametrize("line", [
    "Poniedziałek, 12 marca 2024, 10:15", "12 марта 2024 10:15", "Opublikowano: 12.03.2024",
    "입력 2024.03.12 10:15", "发布时间：2024-03-12 10:15", "Julkaistu 12.3.2024 klo 10.15",
    # a date alone in brackets, with a CJK time of day
    "[03月12日 10時15分]", "【2024年3月12日】", "(12.03.2024, 10:15)",
    # weekdays of more languages, a French "10h15", CJK weekdays, lv month names
    "Petak, 5. siječnja 2024. u 10:15", "Петак, 5. јануар 2024. 10:15",
    "Петък, 5 януари 2024, 10:15", "Reede, 5. jaanuar 2024, 10:15",
    "Penktadienis, 2024-01-05 10:15", "Piektdiena, 5. janvāris 2024, 10:15",
    "E premte, 5 janar 2024, 10:15", "Föstudagur, 5. janúar 2024, 10:15",
    "პარასკევი, 5 იანვარი 2024, 10:15", "Cümə, 5 yanvar 2024, 10:15",
    "Petek, 5. januar 2024, 10:15", "Жұма, 5 қаңтар 2024, 10:15",
    "יום שישי, 5 בינואר 2024, 10:15", "Vendredi 5 janvier 2024 à 10h15",
    "2024年1月5日(金) 10:15", "2024年1月5日 星期五 10:15", "2024년 1월 5일 (금) 10:15",
    "الجمعة 5 يناير 2024 - 10:15", "Thứ sáu, 5/1/2024, 10:15",
    "วันศุกร์ที่ 5 มกราคม 2567 10:15 น.",
])  # fmt: skip
def test_time_stamp_lines_in_more_languages_are_dropped(line: str) -> None:
    text = text_around(f"<div>{line}</div>")
    assert line not in text


def test_a_short_sentence_opening_with_a_stamp_word_stays() -> None:
    line = "수정된 법안은 다음 달부터 시행된다."  # "the amended bill takes effect next month"
    assert line in text_around(f"<p>{line}</p>")
    line = "[1] 2024年3月12日、市は新しい船を導入した。"  # a footnote's number, then a sentence
    assert line in text_around(f"<p>{line}</p>")


@pytest.mark.parametrize("notice", [
    "Używamy plików cookies, aby ułatwić Ci korzystanie z naszego serwisu.",
    "Мы используем файлы cookie, чтобы сайт работал лучше.",
    "Этот материал доступен только подписчикам.",
    "Gazeta Sp. z o.o. Wszelkie prawa zastrzeżone.",
    "Sitemizde çerezler kullanılmaktadır.",
    # paywall prompts
    "This article is for subscribers only. Subscribe now for 1 euro a month to keep reading.",
    "To continue reading, please subscribe or sign in.",
    "Dieser Artikel ist nur für Abonnenten verfügbar. Um weiterzulesen, schließen Sie ein Abo ab.",
    "Cet article est réservé aux abonnés.",
    "Este contenido es exclusivo para suscriptores. Suscríbete para seguir leyendo.",
    "Questo articolo è riservato agli abbonati.",
    "Para continuar lendo, assine o jornal.",
    "Dit artikel is alleen beschikbaar voor abonnees.",
    # session 14: cookies, newsletters and paywalls of more languages
    "Ta spletna stran uporablja piškotke. Z nadaljnjo uporabo se strinjate z njihovo uporabo.",
    "Ova stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo.",
    "Този сайт използва бисквитки, за да подобри вашето изживяване.",
    "See veebileht kasutab küpsiseid, et pakkuda paremat kasutajakogemust.",
    "Ši svetainė naudoja slapukus, kad pagerintų jūsų naršymo patirtį.",
    "Šī vietne izmanto sīkdatnes, lai uzlabotu lietošanas pieredzi.",
    "Kjo faqe përdor cookies për t'ju ofruar një përvojë më të mirë.",
    "Þessi vefur notar vafrakökur til að bæta upplifun þína.",
    "Bu sayt kukilərdən istifadə edir.",
    "Prenumeruokite mūsų naujienlaiškį ir gaukite naujienas el. paštu.",
    "Telli meie uudiskiri ja saa uudiseid e-postiga.",
    "Pretplatite se na naš newsletter i primajte vijesti e-poštom.",
    "Абонирайте се за нашия бюлетин и получавайте новини по имейл.",
    "Naročite se na naše e-novice in prejemajte novice po e-pošti.",
    "Šis straipsnis skirtas tik prenumeratoriams.", "See artikkel on ainult tellijatele.",
    "Ovaj članak dostupan je samo pretplatnicima.",
    "Tento článek je dostupný pouze pro předplatitele.",
    "Den här artikeln är endast för prenumeranter.", "この記事は有料会員限定です。",
    "本文为付费内容，订阅后阅读全文。", "이 기사는 유료 회원 전용입니다.",
])  # fmt: skip
def test_notices_in_more_languages_are_dropped(notice: str) -> None:
    text = extract(page(f"<article><h1>Flood barrier</h1>{story(STORY + [notice])}</article>"),
                   URL).text  # fmt: skip
    assert_story(text)
    assert notice not in text


@pytest.mark.parametrize("line", [
    "The streaming service said the new channel would be available to subscribers only.",
    "Die Zahl der Abonnenten der Zeitung ist im Hafenviertel um ein Drittel gestiegen.",
    "She urged the council to keep reading the engineers' report before voting on the barrier.",
])  # fmt: skip
def test_a_paragraph_about_subscribers_is_no_paywall_prompt(line: str) -> None:
    text = extract(page(f"<article><h1>Flood barrier</h1>{story(STORY + [line])}</article>"),
                   URL).text  # fmt: skip
    assert line in text


def test_a_paragraph_naming_rights_is_no_copyright_notice() -> None:
    line = "Права жителей нижнего города защищены новым законом, сказал мэр на открытии."
    text = extract(page(f"<article><h1>Flood barrier</h1>{story(STORY + [line])}</article>"),
                   URL).text  # fmt: skip
    assert line in text


@pytest.mark.parametrize("klass", ["artykul-powiazane", "baca-juga", "xiangguan-wenzhang",
                                   "reklama-box", "koment-list"])  # fmt: skip
def test_furniture_named_in_other_languages_class_names_is_dropped(klass: str) -> None:
    box = (f"<div class='{klass}'><p>The town's ferry company has ordered two new boats for "
           "the crossing, both running on batteries charged at the quay overnight.</p></div>")
    text = text_around(box)
    assert "ferry company" not in text


def test_factoring_spreads_a_leading_group_and_keeps_what_it_cannot() -> None:
    from warctools.extract._alternation import _spread, factor

    assert _spread(["(?:wir )?verwenden cookies", "(?:a|b)(?:c|d)x"]) == [
        "wir verwenden cookies", "verwenden cookies", "a(?:c|d)x", "b(?:c|d)x"]  # fmt: skip
    kept = ["(?:ab)+c", "(?:ab)?+c", "(?:ab)??c", "(?P<n>a)b", "(?:a|b)\\1", "x(?:y)"]
    assert _spread(kept) == kept
    source = factor("(?:read|see) (?:also|more)|(?:top )?stories", ignore_case=True)
    line = re.compile(f"^(?:{source})$", re.I)
    texts = ("Read also", "see more", "Top stories", "stories", "top", "read")
    assert [bool(line.match(t)) for t in texts] == [True, True, True, True, False, False]


@pytest.mark.parametrize("body", [
    "<div><a href='/x'>Home</a> <a href='/y'>News</a></div><article></article>",
    "<main><table><tbody></tbody></table></main><div><a href='/x'>Home</a></div>",
])  # fmt: skip
def test_a_page_whose_marked_container_holds_no_text_is_empty_not_an_error(body: str) -> None:
    # no prose anywhere: the markup's container is chosen, and it holds no block
    got = extract(page(body), URL)
    assert got.text == ""


@pytest.mark.parametrize("line", [
    "By Ana Lima", "Autor: Jan Kowalski", "Автор: Иван Петров", "Yazar: Ahmet Yılmaz",
    "Autorius: Jonas Jonaitis", "Autors: Jānis Bērziņš", "Höfundur: Jón Jónsson",
    "Müəllif: Əli Məmmədov", "Avtor: Janez Novak", "نویسنده: علی رضایی", "Oleh: Budi Santoso",
    "الكاتب: محمد علي", "Tác giả: Nguyễn Văn An", "Autorin: Anna Schmidt",
])  # fmt: skip
def test_a_byline_line_at_the_top_of_the_story_is_no_paragraph(line: str) -> None:
    text = text_around("")  # (the story alone, checked whole)
    html = page(f"<article><h1>Flood barrier</h1><p>{line}</p>{story()}</article>")
    got = extract(html, URL).text
    assert line not in got and got == text


def test_a_sentence_opening_like_a_byline_stays() -> None:
    line = "Autor: siehe unten im Artikel den Hinweis auf die Quelle dieser Meldung."
    assert line in text_around(f"<p>{line}</p>")


# ---- session 18: paragraphs whose links sit inside their sentences ----------------------

_ROUNDUP = [
    ("The river authority", "opened the new flood barrier",
     "on Thursday, three years after the storm that left the lower town under water."),
    ("Engineers told the local paper", "the barrier can be raised in under an hour",
     "and that it was tested twice this spring."),
    ("Shop owners on the quay", "say they will wait for the first winter",
     "before they believe the town is safe again."),
    ("A long read on", "the history of the town's floods since 1900",
     "is worth your weekend, with maps of every flood."),
]  # fmt: skip


def _roundup(paragraphs: str) -> str:
    side = "<aside><h3>Archive</h3><ul>" + "".join(
        f"<li><a href='/2025/0{i}/'>2025 month {i}</a></li>" for i in range(1, 9)) + "</ul></aside>"
    return page(f"<main><article><h1>Links for the weekend</h1><p>Here is what I read this "
                f"week about the river and the town, with a few older pieces.</p>{paragraphs}"
                f"</article></main>{side}")  # fmt: skip


def test_a_roundup_whose_links_sit_inside_its_sentences_is_kept() -> None:
    # a blog's link roundup, a story citing its sources: a third of each paragraph links,
    # inside a sentence of its own (it had read as a list of links: all but one went)
    body = "".join(f"<p>{a} <a href='https://x.example/{i}'>{link}</a> {b}</p>"
                   for i, (a, link, b) in enumerate(_ROUNDUP))  # fmt: skip
    text = extract(_roundup(body), URL).text
    for a, link, b in _ROUNDUP:
        assert f"{a} {link} {b}" in text
    assert "2025 month" not in text


def test_a_teaser_line_or_a_footer_ending_in_its_link_is_not_a_paragraph() -> None:
    # the same share of links where the line ends in one (a teaser of another post, a
    # footer's "Learn how ... is processed.") or states a licence: still furniture
    lines = [
        "How we keep the data is told in <a href='/2025/02/sensors'>Sensors on the quay: "
        "who reads the barrier's data?</a>",
        "This site uses Akismet to reduce spam. <a href='/akismet'>Learn how your comment "
        "data is processed</a>.",
        "Except where otherwise noted, content on this site is licensed under the\n<a "
        "href='/cc'>Creative Commons Attribution Share-Alike License</a> or any later version.",
    ]
    body = "".join(f"<p>{a} <a href='https://x.example/{i}'>{link}</a> {b}</p>"
                   for i, (a, link, b) in enumerate(_ROUNDUP))  # fmt: skip
    text = extract(_roundup(body + "".join(f"<p>{line}</p>" for line in lines)), URL).text
    assert "Sensors on the quay" not in text and "Akismet" not in text
    assert "Creative Commons" not in text
    assert f"{_ROUNDUP[-1][0]} {_ROUNDUP[-1][1]}" in text


def test_the_headline_shown_above_the_story_is_the_title_not_text() -> None:
    # a blog theme's <h2> (or a template's <div>) showing the headline above the story: the
    # title holds it, the text starts with the story (the references' convention)
    for tag in ("h2", "div", "h1"):
        html = ("<html><head><title>Flood barrier opens on the river</title></head><body><div>"
                f"<{tag}>Flood barrier opens on the river</{tag}><div>Mar. 12th, 2025 at 10:15 "
                f"AM</div>{story()}<div><a href='/prev'>Previous Entry</a></div></div></body>"
                "</html>")  # fmt: skip
        got = extract(html, URL)
        assert got.title == "Flood barrier opens on the river", tag
        assert got.text.startswith(STORY[0]), (tag, got.text[:80])


def test_a_heading_other_than_the_headline_above_the_story_stays() -> None:
    html = ("<html><head><title>Flood barrier opens on the river</title></head><body>"
            "<article><h1>Flood barrier opens on the river</h1><h2>Three years after the storm, "
            f"the lower town waits for its first winter behind the gates</h2>{story()}</article>"
            "</body></html>")  # fmt: skip
    text = extract(html, URL).text
    assert text.startswith("Three years after the storm") and STORY[0] in text


def test_a_time_stamp_with_an_ordinal_day_above_the_story_goes() -> None:
    for stamp in ("Mar. 12th, 2025 at 10:15 AM", "Thursday, March 12th, 2025", "1st May 2025"):
        html = page(f"<article><h1>Flood barrier</h1><p>{stamp}</p>{story()}</article>")
        text = extract(html, URL).text
        assert stamp not in text and text.startswith(STORY[0]), stamp
    assert "The 12th man" in text_around("<p>The 12th man</p>")  # not a date: stays


def test_a_headline_in_hangul_long_as_a_paragraph_is_the_title_not_text() -> None:
    headline = "엘제이와 류화영의 진흙탕 싸움, 공적인 사안으로 봐야하는 이유는 무엇일까"
    paragraphs = [f"{'시작은 한 장의 사진 공개였고 그 뒤로 두 사람의 주장이 엇갈렸다. ' * 3}{i}"
                  for i in range(3)]  # fmt: skip
    html = (f"<html><head><title>{headline}</title></head><body><div><div>{headline}</div>"
            f"{story(paragraphs)}</div></body></html>")  # fmt: skip
    got = extract(html, "https://news.example.kr/2025/03/12/1234")
    assert got.title == headline and got.text.startswith(paragraphs[0])


def test_the_storys_second_copy_is_left_out() -> None:
    # one markup per screen size, or a print copy: the story's paragraphs again, in the
    # same order, in another element (trafilatura leaves the copy out too)
    for copies in (f"<div class='d-md-none'>{story()}</div><div class='d-none d-md-block'>"
                   f"{story()}</div>", f"<article>{story()}</article><div id='print'>{story()}"
                   "</div>"):  # fmt: skip
        text = extract(page(f"<h1>Flood barrier</h1>{copies}"), URL).text
        assert text.split("\n\n") == STORY, text


def test_a_question_put_to_each_person_stays_each_time() -> None:
    # an interview of three people, each asked the same question: one paragraph repeated
    # at a time is the story's own
    question = ("Which kitchen do you like best yourself, and is there a dish or a product "
                "that you would never cook at home, whatever the occasion?")
    sections = "".join(
        f"<section><h2>{name}</h2><p>{question}</p><p>{name} said she cooks the food of her "
        f"grandmother's village on the river, {n} times a week, and never anything fried.</p>"
        "</section>" for n, name in enumerate(("Ana Lima", "Bo Berg", "Jo Smith"), 2))
    text = extract(page(f"<article><h1>Three cooks</h1>{story(STORY[:2])}{sections}</article>"),
                   URL).text  # fmt: skip
    assert text.count(question) == 3


def test_a_sign_up_box_between_the_paragraphs_goes_with_its_heading_and_line() -> None:
    # the box a form sits in, holding only its heading and a line of text beside it
    box = ("<div><h4>Get the morning briefing</h4><p>The day's top stories in your inbox every "
           "morning.</p><form><input type='email'><button>Sign up</button></form></div>")
    text = text_around(box)
    assert "morning briefing" not in text and "inbox" not in text


def test_a_form_beside_the_storys_own_text_takes_only_itself() -> None:
    # a form inside the story's element (or a layout table's cell) is no widget's box
    form = "<form><input type='text'><button>Vote</button></form>"
    html = page(f"<article><h1>Flood barrier</h1>{story(STORY[:2])}{form}{story(STORY[2:])}"
                "</article>")  # fmt: skip
    assert_story(extract(html, URL).text)
    cell = (f"<table><tr><td>{story()}</td><td><b>Search:</b><form><input></form></td></tr>"
            "</table>")  # fmt: skip
    assert_story(extract(page(f"<h1>Flood barrier</h1>{cell}"), URL).text)


def test_a_posts_meta_line_of_a_day_a_byline_and_buttons_goes() -> None:
    # a blog theme's line under the headline: each part between its separators a date, a
    # byline, a reading time or the comment form's button
    for meta in ("March 12, 2025 · <a href='#respond'>Leave a comment</a>",
                 "By Ana Lima · March 12, 2025 · 4 min read", "31. Oktober 2023 · Von"):
        text = extract(page(f"<article><h1>Flood barrier</h1><p>{meta}</p>{story()}</article>"),
                       URL).text  # fmt: skip
        assert text.split("\n\n") == STORY, meta
    # parts that are not all furniture stay: a line of the story with a middle dot
    line = "The river rose · the town waited for the gates to close before the night"
    assert line in text_around(f"<p>{line}</p>")


OTHER_POST = [
    "The ferry company will add a night route across the harbour from May, its director "
    "said on Monday, after a year of complaints from workers on the late shift.",
    "The new route will run every forty minutes between midnight and five in the morning, "
    "calling at the quay, the station and the hospital on the north bank.",
]


def _post(headline: str, href: str, paragraphs: list[str], heading: str = "h2") -> str:
    return (f"<article><header class='entry-header'><{heading}><a href='{href}'>{headline}"
            f"</a></{heading}><span>March 12, 2025</span></header>{story(paragraphs)}"
            "<footer><a href='#'>Leave a comment</a></footer></article>")  # fmt: skip


def test_a_blogs_front_page_of_full_posts_gives_the_first_post() -> None:
    # a blog's front page: each post in full, under its headline linking to its own page
    # (Readability and trafilatura take the first; every post together mixes stories)
    posts = (_post("The new flood barrier opens on the river", "/2025/03/12/flood", STORY)
             + _post("A night ferry across the harbour from May", "/2025/03/10/ferry",
                     OTHER_POST)
             + _post("Three more stories from the quay this week", "/2025/03/08/quay",
                     OTHER_POST[::-1]))  # fmt: skip
    html = page(f"<header><h1><a href='/'>River notes</a></h1></header><main>{posts}</main>")
    got = extract(html, "https://rivernotes.example.org/")
    assert got.text.split("\n\n") == STORY, got.text
    assert got.title == "The new flood barrier opens on the river"  # the row's own post's
    bare = "".join(f"<article><h2><a href='/p{i}'>{headline}</a></h2>{story(paragraphs)}"
                   "</article>" for i, (headline, paragraphs) in enumerate((
                       ("The new flood barrier opens on the river", STORY),
                       ("A night ferry across the harbour from May", OTHER_POST))))  # fmt: skip
    got = extract(page(f"<main>{bare}</main>"), "https://rivernotes.example.org/")
    assert got.text.split("\n\n") == STORY


def test_a_threads_posts_under_their_posters_names_all_stay() -> None:
    # a forum's thread: each post an <article> under its poster's linked name (references
    # keep the replies), and a live blog's entries without linked headlines
    thread = "".join(_post(name, f"/members/{n}", paragraphs, "h4") for n, (name, paragraphs)
                     in enumerate((("Ana Lima", STORY), ("Bo Berg", OTHER_POST))))  # fmt: skip
    entries = "".join(f"<article><h2>10:{n}5 Gates close</h2>{story(paragraphs)}</article>"
                      for n, paragraphs in enumerate((STORY, OTHER_POST)))  # fmt: skip
    for body in (thread, entries):
        text = extract(page(f"<h1>Flood barrier</h1><main>{body}</main>"), URL).text
        assert_story(text, STORY + OTHER_POST)
    # a live blog's entries in <article>s, each headed by its linked title (an anchor on
    # the page, or the entry's own permalink) under the story's headline
    headline = "Flood barrier opens on the river: live updates"
    for href in ("#entry-{n}", "/live/flood-barrier?entry={n}"):
        live = "".join(
            f"<article><header><time>10:{n}5</time><h2><a href='{href.format(n=n)}'>{title}"
            f"</a></h2></header>{story(paragraphs)}</article>"
            for n, (title, paragraphs) in enumerate((
                ("The barrier's gates close for the first test", STORY),
                ("The ferry company adds a night route from May", OTHER_POST))))  # fmt: skip
        html = (f"<html><head><title>{headline}</title></head><body><main><h1>{headline}"
                f"</h1>{live}</main></body></html>")  # fmt: skip
        assert_story(extract(html, URL).text, STORY + OTHER_POST)


def test_a_servers_php_messages_printed_into_the_page_are_no_text() -> None:
    # PHP's runtime messages between <br>s, before the story, inside its element or
    # glued to a line of it; a message shown to readers as code stays
    message = ("<br />\n<b>Warning</b>:  Use of undefined constant PP_VERSION - assumed "
               "'PP_VERSION' (this will throw an Error in a future version of PHP) in "
               "<b>/home/site/public_html/wp-content/themes/t/functions.php</b> on line "
               "<b>45</b><br />\n")  # fmt: skip
    strict = ("<b>Strict Standards</b>: Only variables should be passed by reference in "
              "<b>/www/htdocs/wp-includes/wp-db.php</b> on line <b>785</b><br />")
    html = page(f"{message}{strict}<article><h1>Flood barrier</h1>{message}{story(STORY[:2])}"
                f"<p>{strict}{STORY[2]}</p>{story(STORY[3:])}</article>")  # fmt: skip
    text = extract(html, URL).text
    assert text.split("\n\n") == STORY, text
    shown = text_around(f"<pre>{message}</pre>")
    assert "on line 45" in shown
    notice = "Warning: trains on line 4 are delayed in the morning after a signal failure."
    assert notice in text_around(f"<p>{notice}</p>")  # (no file's path: a story's line)


@pytest.mark.parametrize("line", [
    "Read more at <a href='https://wire.example/x'>Reuters</a>",
    "<a href='https://wire.example/x'>View original article on Reuters</a>",
    "Read the full story at <a href='https://paper.example/x'>The Harbor Gazette</a>",
    "Weiterlesen auf <a href='https://zeitung.example/x'>zeitung.example</a>",
    "Leer más en <a href='https://diario.example/x'>El Diario</a>",
])  # fmt: skip
def test_a_portals_link_back_to_its_source_is_furniture(line: str) -> None:
    # a portal's copy of a story closes with a link to the outlet it came from
    html = page(f"<article><h1>Flood barrier</h1>{story()}<p>{line}</p></article>")
    assert extract(html, URL).text.split("\n\n") == STORY


def test_a_live_blogs_entries_under_linked_titles_are_no_cards() -> None:
    # under the story's headline, each entry a <div> or an <article> of two paragraphs or
    # more under its linked title: the story's own entries, not other stories' cards
    headline = "Flood barrier opens on the river: live updates"
    for tag, href in (("div", "#entry-{n}"), ("article", "/live/flood-barrier?entry={n}")):
        live = "".join(
            f"<{tag}><h2><a href='{href.format(n=n)}'>{title}</a></h2>{story(paragraphs)}"
            f"</{tag}>" for n, (title, paragraphs) in enumerate((
                ("The barrier's gates close for the first test", STORY[:2]),
                ("The engineers explain the test to the crowd", STORY[2:]),
                ("The ferry company adds a night route from May", OTHER_POST))))  # fmt: skip
        html = (f"<html><head><title>{headline}</title></head><body><main><h1>{headline}"
                f"</h1>{live}</main></body></html>")  # fmt: skip
        assert_story(extract(html, URL).text, STORY + OTHER_POST)


def test_a_live_blogs_entry_titles_in_their_headers_stay() -> None:
    # each entry an <article> whose <header> holds its time and its (unlinked) title: the
    # title stays, the time and the share button go; a kicker's one-word label goes
    titles = ["The barrier's gates close for the first test", "Crowds gather on the quay",
              "The mayor thanks the crews"]  # fmt: skip
    entries = "".join(
        f"<li><article><header><span>10:{n}5</span><h3>{title}</h3></header><p>{line}</p>"
        "<footer><button>Share</button></footer></article></li>"
        for n, (title, line) in enumerate(zip(titles, STORY, strict=False)))  # fmt: skip
    headline = "Flood barrier opens on the river: live updates"
    html = (f"<html><head><title>{headline}</title></head><body><main><h1>{headline}</h1>"
            f"<ol>{entries}</ol></main></body></html>")  # fmt: skip
    text = extract(html, URL).text
    for title, line in zip(titles, STORY, strict=False):
        assert f"{title}\n\n{line}" in text, text
    assert "10:05" not in text and "Share" not in text
    kicker = (f"<article><header><h3>Analysis</h3><h1>Flood barrier</h1></header>{story()}"
              "</article>")  # fmt: skip
    others = "".join(f"<article><h2><a href='/s{n}'>Other story {n}</a></h2></article>"
                     for n in range(3))  # fmt: skip
    assert "Analysis" not in extract(page(kicker + others), URL).text


def test_an_element_whose_id_is_an_address_is_not_named_by_its_words() -> None:
    # a live blog's entries in an element whose id is the story's URL: its slug's words
    # ("latest-updates", "sidebar-...") name the story, not the element's role
    for slug in ("flood-barrier-live-latest-updates-4537", "river-sidebar-talk-quay-2025"):
        entries = "".join(f"<li><div>10:{n}5</div><div>{line}</div></li>"
                          for n, line in enumerate(STORY[2:]))  # fmt: skip
        blog = f"<div id='https://news.example.net/live/{slug}'><ul>{entries}</ul></div>"
        text = extract(page(f"<article><h1>Flood barrier</h1>{story(STORY[:2])}{blog}"
                            "</article>"), URL).text  # fmt: skip
        assert_story(text)


def test_a_polls_box_between_the_paragraphs_goes() -> None:
    # a poll: its question, options, button and count (named "poll"), and its count and
    # button lines on a page without class names
    options = "".join(f"<li><label><input type='radio'>{o}</label></li>" for o in ("Yes", "No"))
    for name in ("poll", "umfrage-box"):
        box = (f"<div class='{name}'><p>Do you feel safer now that the barrier is open?</p>"
               f"<ul>{options}</ul><button>Vote</button><p>1,234 votes</p></div>")  # fmt: skip
        text = text_around(box)
        assert "safer" not in text and "votes" not in text, name
    assert "votes" not in text_around("<div><button>Vote</button><p>1,234 votes</p></div>")


POLICY_NEWS = [
    "Critics say the cookie banners have become a nuisance that users click away without "
    "reading, and that the privacy policy of a typical news site runs to 8,000 words.",
    "The court ruled that the terms of service, which users accept by clicking a box, could "
    "not take away their right to sue, and that the arbitration clause was unenforceable.",
    "Facebook said the post did not break its community standards and would stay up, a "
    "decision the oversight board told the company to explain within thirty days.",
    "Das Gericht entschied, dass die Datenschutzerklärung des Portals zu vage sei und die "
    "Nutzer nicht ausreichend über die Weitergabe ihrer Daten informiere.",
    "La CNIL a estimé que la politique de confidentialité du réseau social ne permettait pas "
    "aux utilisateurs de comprendre à quelles fins leurs données étaient utilisées.",
    "The brewer's registered trademarks were copied by its rival, according to the lawsuit "
    "filed in Munich on Monday.",
    "Según el fallo, la política de privacidad de la aplicación no informa a los usuarios de "
    "con quién comparte sus datos.",
]


@pytest.mark.parametrize("paragraph", POLICY_NEWS)
def test_a_story_reporting_a_policy_keeps_its_paragraph(paragraph: str) -> None:
    # news about privacy policies, terms of service and cookie rules names them in a
    # report ("the court ruled", "critics say"): a paragraph of the story, not the site's
    # notice, which speaks to its reader ("By continuing you accept our privacy policy")
    assert paragraph in text_around(f"<p>{paragraph}</p>")
    notice = "By continuing to browse you accept our privacy policy and terms of service."
    assert notice not in text_around(f"<p>{paragraph}</p><p>{notice}</p>")


def test_a_story_about_a_privacy_policy_keeps_its_paragraphs_not_the_sites_notice() -> None:
    # the headline names the topic (privacy policies, cookies, newsletters, terms of
    # service): paragraphs naming them are the story, unless they speak as the site or to
    # its reader ("our newsletter", "you accept"), as the site's own notices do
    about = [
        "The new privacy policy takes effect on June 26 and applies to every user in the "
        "European Union, including those who never post anything.",
        "Under the new terms of service, the company may use public posts to train its "
        "systems unless users object through a form in their settings.",
    ]
    notice = "Sign up for our newsletter to get the day's top stories in your inbox."
    headline = "The new privacy policy: what changes for users"
    body = (f"<article><h1>{headline}</h1>{story(STORY[:2])}{story(about)}<div><p>{notice}"
            f"</p></div>{story(STORY[2:])}</article>")  # fmt: skip
    html = f"<html lang='en'><head><title>{headline}</title></head><body>{body}</body></html>"
    text = extract(html, URL).text
    assert_story(text, STORY + about)
    assert notice not in text


@pytest.mark.parametrize("classes", [True, False])
def test_a_portals_story_among_its_boxes(classes: bool) -> None:
    # a portal's article page: a ticker, key points, a figure, an "Also read" line, a pull
    # quote, an embedded post, a newsletter box, a fact box, topics, a share bar, the
    # author's box, recommended cards and a most-read list; with and without class names
    ticker = ("<div class='ticker'><span>Breaking</span><a href='/x1'>Bridge closed after "
              "crash</a><a href='/x2'>Mayor resigns</a></div>")  # fmt: skip
    figure = ("<figure><img src='b.jpg'><figcaption>The barrier. Photo: Jo Berg</figcaption>"
              "</figure>")  # fmt: skip
    also = "<p><strong>Also read:</strong> <a href='/news/storm'>The storm, one year on</a></p>"
    pull = f"<aside class='pullquote'><p>“{STORY[2][:60]}”</p></aside>"
    letter = ("<div class='newsletter'><h3>Get the morning briefing</h3><p>Sign up for our "
              "newsletter to get the day's news in your inbox.</p><form><input type='email'>"
              "<button>Sign up</button></form></div>")  # fmt: skip
    tail = ("<div class='tags'><span>Topics:</span><a href='/t/flood'>Flood</a></div>"
            "<div class='share'><a>Facebook</a><a>Email</a><span>12 comments</span></div>"
            "<div class='author-bio'><p>Ana Lima covers the river towns for Quay News.</p></div>")
    cards = "".join(f"<div><a href='/r/{i}'><h3>Recommended story {i} on the quay's new shops"
                    f"</h3></a><p>A short teaser of recommended story {i}.</p></div>"
                    for i in range(3))  # fmt: skip
    read = "".join(f"<li><a href='/n/{i}'>Other story {i} about the council's budget</a></li>"
                   for i in range(5))  # fmt: skip
    body = (f"<p>{STORY[0]}</p>{figure}<p>{STORY[1]}</p>{also}<p>{STORY[2]}</p>{pull}"
            f"<p>{STORY[3]}</p>{letter}{tail}")  # fmt: skip
    html = (f"<html lang='en'><head><title>Flood barrier | Quay News</title></head><body>"
            f"<header><a href='/'>Quay News</a><nav><a href='/w'>World</a></nav>{ticker}"
            f"</header><main><article><h1>Flood barrier</h1><p class='byline'>By Ana Lima</p>"
            f"{body}</article><section><h2>Recommended</h2>{cards}</section></main><aside>"
            f"<h2>Most read</h2><ol>{read}</ol></aside><footer><p>© 2024 Quay News. All "
            "rights reserved.</p></footer></body></html>")  # fmt: skip
    if not classes:
        html = re.sub(r" class='[\w-]+'", "", html)
    text = extract(html, URL).text
    assert_story(text)
    for furniture in ("Mayor resigns", "Photo: Jo Berg", "Also read", "Sign up", "Topics",
                      "12 comments", "covers the river towns", "Recommended", "Most read",
                      "All rights", "By Ana Lima", f"“{STORY[2][:60]}”"):  # fmt: skip
        assert furniture not in text, furniture


@pytest.mark.parametrize(("lang", "story", "furniture"), [
    ("ar", ["افتتحت هيئة النهر يوم الخميس الحاجز الجديد للفيضانات، بعد ثلاث سنوات من العاصفة "
            "التي تركت البلدة السفلى تحت الماء لمدة أسبوع تقريبا.",
            "وقال المهندسون إن الحاجز يمكن رفعه في أقل من ساعة، وإنه اختبر مرتين هذا الربيع "
            "أمام مستويات مياه أعلى من تلك التي شهدتها العاصفة."],
     ["اقرأ أيضا: الحكومة تعلن خطة جديدة للسدود", "شارك هذا المقال", "تابعونا على فيسبوك"]),
    ("he", ["רשות הנהר פתחה ביום חמישי את מחסום ההצפות החדש, שלוש שנים אחרי הסערה שהשאירה את "
            "העיר התחתית מתחת למים במשך כמעט שבוע.",
            "המהנדסים אמרו כי ניתן להרים את המחסום בתוך פחות משעה, וכי הוא נבדק פעמיים באביב "
            "מול מפלסי מים גבוהים מאלה של הסערה."],
     ["קראו גם: הממשלה מכריזה על תוכנית חדשה", "שתפו את הכתבה", "עקבו אחרינו בפייסבוק"]),
    ("fa", ["سازمان رودخانه روز پنجشنبه سد جدید سیلاب را افتتاح کرد، سه سال پس از طوفانی که شهر "
            "پایین را نزدیک به یک هفته زیر آب گذاشت.",
            "مهندسان گفتند که این سد را می‌توان در کمتر از یک ساعت بالا برد و این سد دو بار در این "
            "بهار در برابر سطح آبی بالاتر از طوفان آزمایش شده است."],
     ["بیشتر بخوانید: دولت طرح جدیدی را اعلام کرد", "این مطلب را به اشتراک بگذارید",
      "ما را در اینستاگرام دنبال کنید"]),
])  # fmt: skip
def test_right_to_left_furniture_between_the_paragraphs(lang: str, story: list[str],
                                                        furniture: list[str]) -> None:  # fmt: skip
    # "read also", "share this article", "follow us" set as paragraphs of the story's own
    # element, in Arabic, Hebrew and Persian
    body = "".join(f"<p>{line}</p><p>{extra}</p>" for line, extra in zip(
        story + [""], furniture, strict=False))  # fmt: skip
    html = (f"<html lang='{lang}' dir='rtl'><head><title>{story[0][:30]}</title></head><body>"
            f"<article><h1>{story[0][:30]}</h1>{body}</article></body></html>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text, story)
    for line in furniture:
        assert line not in text, line



_FURNITURE_IN = {
    "ru": [
        "Читайте также: Правительство объявило новый план", "Поделиться статьей",
        "Подписывайтесь на нас в Telegram", "Все права защищены © 2024",
        "Подпишитесь на нашу рассылку",
    ],
    "uk": [
        "Читайте також: Уряд оголосив новий план", "Поділитися статтею",
        "Слідкуйте за нами у Telegram", "Всі права захищені © 2024",
        "Підпишіться на нашу розсилку",
    ],
    "tr": [
        "Ayrıca okuyun: Hükümet yeni planı açıkladı", "Bu haberi paylaş",
        "Bizi Facebook'ta takip edin", "Tüm hakları saklıdır © 2024", "Bültenimize abone olun",
    ],
    "id": [
        "Baca juga: Pemerintah umumkan rencana baru", "Bagikan artikel ini",
        "Ikuti kami di Facebook", "Hak cipta dilindungi undang-undang © 2024",
        "Berlangganan newsletter kami",
    ],
    "vi": [
        "Xem thêm: Chính phủ công bố kế hoạch mới", "Chia sẻ bài viết",
        "Theo dõi chúng tôi trên Facebook", "Bản quyền thuộc về © 2024", "Đăng ký nhận bản tin",
    ],
    "pl": [
        "Czytaj także: Rząd ogłosił nowy plan", "Udostępnij artykuł", "Obserwuj nas na Facebooku",
        "Wszelkie prawa zastrzeżone © 2024", "Zapisz się do newslettera",
    ],
    "hi": [
        "यह भी पढ़ें: सरकार ने नई योजना की घोषणा की", "इस लेख को शेयर करें",
        "हमें फेसबुक पर फॉलो करें", "सर्वाधिकार सुरक्षित © 2024",
        "हमारे न्यूज़लेटर की सदस्यता लें",
    ],
    "ja": [
        "あわせて読みたい：政府が新計画を発表", "この記事をシェアする", "Facebookでフォローする",
        "無断転載を禁じます © 2024", "ニュースレターに登録",
    ],
    "ko": [
        "관련기사: 정부, 새 계획 발표", "기사 공유하기", "페이스북에서 팔로우하세요",
        "무단전재 및 재배포 금지 © 2024", "뉴스레터 구독하기",
    ],
    "zh": [
        "相关阅读：政府公布新计划", "分享这篇文章", "关注我们的微博", "版权所有 © 2024",
        "订阅我们的新闻简报",
    ],
    "el": [
        "Διαβάστε επίσης: Η κυβέρνηση ανακοίνωσε νέο σχέδιο", "Κοινοποιήστε το άρθρο",
        "Ακολουθήστε μας στο Facebook", "Με την επιφύλαξη παντός δικαιώματος © 2024",
        "Εγγραφείτε στο newsletter",
    ],
    "ro": [
        "Citește și: Guvernul a anunțat un nou plan", "Distribuie articolul",
        "Urmărește-ne pe Facebook", "Toate drepturile rezervate © 2024",
        "Abonează-te la newsletter",
    ],
    "hu": [
        "Olvassa el ezt is: A kormány új tervet jelentett be", "Cikk megosztása",
        "Kövessen minket a Facebookon", "Minden jog fenntartva © 2024",
        "Iratkozzon fel hírlevelünkre",
    ],
    "cs": [
        "Čtěte také: Vláda oznámila nový plán", "Sdílet článek", "Sledujte nás na Facebooku",
        "Všechna práva vyhrazena © 2024", "Přihlaste se k odběru newsletteru",
    ],
    "sv": [
        "Läs också: Regeringen presenterar ny plan", "Dela artikeln", "Följ oss på Facebook",
        "Alla rättigheter förbehållna © 2024", "Prenumerera på vårt nyhetsbrev",
    ],
    "nl": [
        "Lees ook: Regering kondigt nieuw plan aan", "Deel dit artikel", "Volg ons op Facebook",
        "Alle rechten voorbehouden © 2024", "Schrijf je in voor onze nieuwsbrief",
    ],
    "it": [
        "Leggi anche: Il governo annuncia un nuovo piano", "Condividi questo articolo",
        "Seguici su Facebook", "Tutti i diritti riservati © 2024",
        "Iscriviti alla nostra newsletter",
    ],
    "pt": [
        "Leia também: Governo anuncia novo plano", "Compartilhe esta notícia",
        "Siga-nos no Facebook", "Todos os direitos reservados © 2024", "Assine nossa newsletter",
    ],
    "es": [
        "Lea también: El gobierno anuncia un nuevo plan", "Comparte esta noticia",
        "Síguenos en Facebook", "Todos los derechos reservados © 2024",
        "Suscríbete a nuestro boletín",
    ],
    "fr": [
        "À lire aussi : Le gouvernement annonce un nouveau plan", "Partagez cet article",
        "Suivez-nous sur Facebook", "Tous droits réservés © 2024",
        "Abonnez-vous à notre newsletter",
    ],
    "de": [
        "Lesen Sie auch: Regierung kündigt neuen Plan an", "Artikel teilen",
        "Folgen Sie uns auf Facebook", "Alle Rechte vorbehalten © 2024",
        "Abonnieren Sie unseren Newsletter",
    ],
    "th": [
        "อ่านเพิ่มเติม: รัฐบาลประกาศแผนใหม่", "แชร์บทความนี้", "ติดตามเราบน Facebook",
        "สงวนลิขสิทธิ์ © 2024", "สมัครรับจดหมายข่าว",
    ],
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(_FURNITURE_IN))
def test_read_also_share_follow_rights_and_newsletter_lines_in_22_languages(lang: str) -> None:
    # "Read also: ...", "Share this article", "Follow us on ...", "All rights reserved",
    # "Subscribe to our newsletter" set as paragraphs of the story's own element
    lines = _FURNITURE_IN[lang]
    body = (f"<p>{STORY[0]}</p><p>{lines[0]}</p><p>{STORY[1]}</p><p>{lines[1]}</p>"
            f"<p>{lines[2]}</p><p>{STORY[2]}</p><p>{STORY[3]}</p><p>{lines[4]}</p>"
            f"<p>{lines[3]}</p>")  # fmt: skip
    html = (f"<html lang='{lang}'><head><title>Flood barrier</title></head><body><article>"
            f"<h1>Flood barrier opens</h1>{body}</article></body></html>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text)
    for line in lines:
        assert line not in text, line


@pytest.mark.parametrize("credit", [
    "Foto: Jo Berg / dpa", "Photo : Jo Berg / AFP", "Fotografía: Jo Berg (EFE)",
    "Фото: Иван Петров / ТАСС", "写真：共同通信", "사진=연합뉴스", "Zdjęcie: PAP/Jo Berg",
    "Foto di Jo Berg", "(Photo by Jo Berg/Getty Images)", "Crédit photo : Jo Berg",
    "图片来源：新华社", "Photograph: Jo Berg/The Guardian",
])  # fmt: skip
def test_a_pictures_credit_line_between_the_paragraphs(credit: str) -> None:
    assert credit not in text_around(f"<p>{credit}</p>")


@pytest.mark.parametrize("line", [
    "When you buy through links on our site, we may earn an affiliate commission.",
    "Si vous achetez via nos liens, nous pouvons percevoir une commission.",
    "Este artículo contiene enlaces de afiliados.",
    "Se compras através dos nossos links, podemos receber uma comissão.",
    "Se acquisti tramite i nostri link, riceviamo una commissione.",
    "For more news, follow us on Facebook and Twitter.",
    "Download the Harbor Gazette app for the latest news.",
])  # fmt: skip
def test_affiliate_disclosures_and_follow_or_app_lines_after_the_story_go(line: str) -> None:
    text = extract(page(f"<article><h1>Flood barrier</h1>{story()}<p>{line}</p></article>"),
                   URL).text  # fmt: skip
    assert_story(text)
    assert line not in text


def test_a_story_reporting_on_affiliate_commissions_keeps_its_paragraph() -> None:
    report = ("The regulator said that review sites may earn a commission on every sale "
              "without telling their readers, and that it would publish new rules in May.")
    text = text_around(f"<p>{report}</p>")
    assert report in text


def _grid(n: int = 8) -> str:
    """A portal's grid of cards of other stories: a picture, a linked headline, an excerpt."""
    return "<div>" + "".join(
        f"<div><a href='/news/2025/03/story-{i}'><img src='/i{i}.jpg'></a><h3><a href="
        f"'/news/2025/03/story-{i}'>Council approves the harbour budget, part {i}</a></h3>"
        f"<p>Officials said the decision would be reviewed next year after complaints from "
        f"residents about the cost ({i}).</p></div>" for i in range(n)) + "</div>"  # fmt: skip


def test_a_post_in_a_furniture_named_wrapper_among_a_portals_grids_is_read() -> None:
    # a blog engine's day of posts ("date-outer", named like a date line) holding the post:
    # the grids' excerpts outweigh it, yet it shows the page's headline over a story's
    # prose (it was dropped as the date's element, the page left without text)
    post = (f"<div class='date-outer'><h2>Thursday, 6 February 2025</h2><div class='post'>"
            f"<h3>Flood barrier opens on the river</h3>{story()}</div></div>")  # fmt: skip
    html = (f"<html><head><title>Flood barrier opens on the river</title></head><body>"
            f"{_grid()}{post}{_grid()}</body></html>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text)
    assert "Officials said" not in text


def test_a_post_of_short_lines_among_a_portals_grids_is_read() -> None:
    # no prose at all (a dialogue of short lines) under its shown headline, no <article>:
    # the lines under the headline are the story, the grids' cards are not
    lines = ["– Is the barrier up?", "– Not yet.", "– When, then?", "– When the river rises."]
    post = ("<div><h2>Flood barrier opens on the river</h2>"
            + "".join(f"<p>{line}</p>" for line in lines) + "</div>")  # fmt: skip
    html = (f"<html><head><title>Flood barrier opens on the river</title></head><body>"
            f"{_grid()}{post}{_grid()}</body></html>")  # fmt: skip
    text = extract(html, URL).text
    assert all(line in text for line in lines), text
    assert "Officials said" not in text


def test_a_storys_second_half_behind_read_more_among_a_portals_grids_is_read() -> None:
    # the rest of the story in an element named for the "read more" button that shows it:
    # kept where it holds most of the page; where a portal's grids outweigh it, its plain
    # paragraphs after the story's opening still say it is the story's
    html = (f"<html><head><title>Flood barrier</title></head><body>{_grid()}<div "
            f"class='story-body'><h1>Flood barrier</h1><div class='intro'>{story(STORY[:1])}"
            f"</div><div id='read-more'>{story(STORY[1:])}</div></div>{_grid()}</body></html>")
    text = extract(html, URL).text
    assert_story(text)
    assert "Officials said" not in text
    # ... and cards of other stories behind such a button are no continuation
    more = html.replace(f"<div id='read-more'>{story(STORY[1:])}</div>",
                        f"<div id='read-more'>{_grid(3)}</div>")  # fmt: skip
    assert "Officials said" not in extract(more, URL).text


def test_a_line_of_dialogue_whose_link_is_broken_over_indented_lines_is_kept() -> None:
    # an annotated text's popup link ("where / you were born?") broken over the page's
    # indentation: its runs of white space counted as one space, the line is no link list
    line = ("<p>\"Will you tell me, Bartleby, <a href='javascript:void(0);' class='popup'>"
            "where\n                          you were born?\"</a>\n            </p>")
    text = text_around(f"<p>No reply.</p>\n            {line}<p>\"I would prefer not to.\"</p>")
    assert '"Will you tell me, Bartleby, where you were born?"' in text
    assert '"I would prefer not to."' in text


def test_headings_named_as_jump_targets_stay_and_jump_links_go() -> None:
    # a book engine's section headings are the targets of its jump links ("jumptargets"):
    # the story's own; a box of links jumping to the sections is furniture
    heading = "<h2 class='heading jumptargets'>Symptoms versus causes</h2>"
    jumps = ("<div class='jump-links'><a href='#a'>Up</a> <a href='#b'>Causes</a> "
             "<a href='#c'>Next section</a></div>")
    text = text_around(f"{heading}{jumps}")
    assert "Symptoms versus causes" in text
    assert "Next section" not in text


@pytest.mark.parametrize(("heading", "kept"), [("How the barrier was built", True),
                                               ("Flood barrier", False)])  # fmt: skip
def test_an_h1_over_the_storys_first_paragraph_under_the_headline_is_its_section(
    heading: str, kept: bool
) -> None:
    # a page editor's own <h1> opening the content under the page's headline: the first
    # section's heading; the headline shortened there is no section's
    body = (f"<div class='page'><h1>Flood barrier opens</h1><div class='content'>"
            f"<h1>{heading}</h1>{story()}</div></div>")  # fmt: skip
    html = ("<html><head><title>Flood barrier opens</title></head>"
            f"<body>{body}</body></html>")  # fmt: skip
    text = extract(html, URL).text
    assert_story(text)
    assert (heading in text) is kept, text
    assert not text.startswith("Flood barrier opens")


def _features(html: str) -> dict[str, list[float]]:
    """The feature row of each block the model judges, by its text."""
    from warctools.extract._clean import clean_tree
    from warctools.extract.article import story_blocks
    from warctools.extract.block_model import block_features, candidates

    body = clean_tree(LexborHTMLParser(html))
    assert body is not None
    blocks = story_blocks(body)
    wanted = candidates(blocks)
    return {blocks.picked[i][0].text: row
            for i, row in zip(wanted, block_features(blocks, wanted), strict=True)}  # fmt: skip


def test_block_model_judges_a_layout_tables_row_over_the_story_as_the_div_it_stands_for() -> None:
    # an older page laid out in one-cell tables: the date and category line over the
    # story, in a table's one row, is judged as its <div> twin is, not kept as a data
    # table's row; a data table's rows are still never judged
    line = "Water 05.03.2024 Category: Water, Board"
    div = (f"<article><h2>Pumping station</h2><div class='news-header'>{line}</div>"
           f"{story()}</article>")  # fmt: skip
    table = div.replace("<div class='news-header'>", "<table><tr><td class='news-header'>"
                        ).replace("</div>", "</td></tr></table>")  # fmt: skip
    twin = _features(page(div))
    assert line in twin and _features(page(table)) == twin
    data = table.replace("</td></tr></table>", "</td></tr><tr><td>Rain</td></tr></table>")
    assert line not in _features(page(data))


def test_block_model_reads_a_web_components_name_as_a_name() -> None:
    # a box after the story whose custom element's name says what it is
    # (<x-newsletter-signup>, no class) is judged as named furniture, as a class would
    # name it; a neutral component's name says nothing
    from warctools.extract.block_model import FEATURES

    appeal = ("The latest news and analysis from our reporters, sent to your inbox every "
              "morning before seven.")  # fmt: skip
    at = FEATURES.index("furniture_name")
    for tag, named in (("x-newsletter-signup", 1.0), ("x-box", 0.0)):
        rows = _features(page(f"<article>{story()}<{tag}><p>{appeal}</p></{tag}></article>"))
        assert rows[appeal][at] == named


def test_a_jsonld_article_body_of_escaped_markup_is_read_as_its_text() -> None:
    # the declared articleBody as escaped HTML ("&lt;p&gt;..."): its tags made it long
    # enough to pass for a story the page does not show; where the page shows the story,
    # the page's text stands, and where it shows none the body is read without its tags
    escaped = "".join(f"&lt;p&gt;{p} &lt;code class=&quot;hljs&quot;&gt;x&lt;/code&gt;&lt;/p&gt;\n"
                      for p in STORY) * 2  # fmt: skip
    declared = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                           "headline": "Flood barrier", "articleBody": escaped})  # fmt: skip
    head = f"<title>Flood barrier</title><script type='application/ld+json'>{declared}</script>"
    shown = extract(f"<html><head>{head}</head><body><article><h1>Flood barrier</h1>"
                    f"{story()}</article></body></html>", URL)  # fmt: skip
    assert (shown.extraction_method, shown.text) == ("dom", "\n\n".join(STORY))
    empty = extract(f"<html><head>{head}</head><body><div id='app'></div></body></html>", URL)
    assert empty.extraction_method == "jsonld"
    assert_story(empty.text)
    assert "&lt;" not in empty.text and "<p>" not in empty.text and "hljs" not in empty.text


def test_a_highlighted_code_blocks_comments_and_tokens_stay() -> None:
    # a syntax highlighter names each token of the code it colours: its comments
    # ("hljs-comment", Prism's "token comment") are no readers' comment section
    code = ("<pre><code class='language-python'>levels = read_gauge() "
            "<span class='hljs-comment'># metres above the quay</span>\n"
            "<span class='token comment'># raise the gates above two metres</span>\n"
            "<span class='hljs-keyword'>if</span> levels &gt; 2: close_gates()</code></pre>")
    text = text_around(code)
    assert "# metres above the quay" in text and "# raise the gates above two metres" in text


def test_a_style_utilitys_text_class_does_not_shield_furniture() -> None:
    # Bootstrap's and Tailwind's "text-center", "text-muted", "text-sm" say how a box's
    # text looks, not that it holds the story: a promotion named so between the
    # paragraphs goes as one without them does
    for klass in ("promo-box text-center", "sidebar-teaser text-muted text-sm"):
        box = (f"<div class='{klass}'><p>Our winter guide to the river towns is out now, with "
               "walks, places to eat and the best views of the new barrier.</p></div>")
        assert "winter guide" not in text_around(box)


def test_a_byline_told_with_the_writers_bio_over_the_story_goes() -> None:
    # "By Ana Lima, a deputy editor ..." as a paragraph under the headline: the byline
    # and the writer's bio, no part of the story; a story's sentence opening with "By"
    # stays
    head = ("<html><head><title>Flood barrier</title><meta name='author' content='Ana Lima'>"
            "</head><body><article><h1>Flood barrier</h1>")  # fmt: skip
    bio = ("<p>By Ana Lima, a deputy editor who has covered the river towns and their floods "
           "for over a decade at the Quay News and other papers.</p>")  # fmt: skip
    text = extract(f"{head}{bio}{story()}</article></body></html>", URL).text
    assert_story(text)
    assert "deputy editor" not in text
    opening = ("<p>By the river, Ana Lima and her neighbours watched the gates close for the "
               "first time on Thursday, three years after the storm.</p>")  # fmt: skip
    assert "By the river" in extract(f"{head}{opening}{story()}</article></body></html>", URL).text


BRIEF_LINES = [
    "Police say a man was hurt in a crash on Main Street on Tuesday night.",
    "The driver lost control near the bridge, officers said.",
    "He was taken to the hospital with minor injuries.",
    "No one else was hurt.",
    "The road was closed for two hours while crews cleared the scene.",
    "Witnesses said the car was going fast.",
    "Police are still investigating the cause.",
    "The bridge reopened just after midnight.",
]
LINKS_MENU = "<div><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sports'>Sports</a></div>"
TRENDING = ("<div><h3>Trending</h3><ul>" + "".join(
    f"<li><a href='/s{i}'>Another local story number {i} about the council budget</a></li>"
    for i in range(6)) + "</ul></div>")  # fmt: skip


def test_a_story_told_in_one_sentence_lines_on_a_page_without_names_is_read() -> None:
    # a local brief whose every sentence is a <div> of its own (none a paragraph of
    # prose), on a page without a class name, an <article> or a <p>: its lines are the
    # story, the menu and the list of other stories beside it are not
    lines = "".join(f"<div>{line}</div>" for line in BRIEF_LINES)
    body = f"{LINKS_MENU}<div><div><h1>Man hurt in crash</h1>{lines}</div>{TRENDING}</div>"
    row = extract(page(body), URL)
    assert_story(row.text, BRIEF_LINES)
    assert "Sports" not in row.text and "Trending" not in row.text
    assert "Another local story" not in row.text


def test_a_products_feature_lines_do_not_make_its_page_an_article() -> None:
    # the same lines of a shop's page (each a sentence in a <div> of its own) are read,
    # and the page stays typed by its other signals: no story's prose
    features = ["Free shipping on all orders over fifty euros.", "Returns are free for thirty "
                "days.", "Made from recycled steel in Portugal.", "Each kettle is tested by hand "
                "before it ships.", "Fits every stove, including induction hobs.", "Comes with a "
                "two-year warranty.", "The handle stays cool while the water boils."]  # fmt: skip
    lines = "".join(f"<div>{line}</div>" for line in features)
    body = f"{LINKS_MENU}<div><h1>Steel kettle, 1.5 litres</h1><div>€49.00</div>{lines}</div>"
    row = extract(page(body), "https://shop.example.com/products/steel-kettle")
    assert row.page_type != "article"


@pytest.mark.parametrize("attribute", ["data-testid", "data-component", "data-qa", "data-module"])
def test_furniture_named_by_a_component_frameworks_data_attribute_goes(attribute: str) -> None:
    # a share bar, a newsletter promotion and a writer's bio named only as a component
    # framework names them (no class, no id), between the story's paragraphs
    promo = ("<p>Get the best of the Courier's reporting delivered to you every morning, with "
             "the news you need to start the day.</p>")
    bio = ("<p>Ana Lima is a reporter covering the river towns and their councils, and has "
           "written about flooding for a decade.</p>")
    for name, box in (("share-tools", "<span>Share full article</span><span>124</span>"),
                      ("newsletter-promo", promo), ("author-bio", bio)):  # fmt: skip
        text = text_around(f"<div {attribute}='{name}'>{box}</div>")
        assert "Share full article" not in text and "best of the Courier" not in text
        assert "Ana Lima is a reporter" not in text


def test_a_story_named_by_a_data_attribute_is_kept() -> None:
    # the story's own blocks named so ("text-block", "article-body") stay
    body = "".join(f"<div data-component='text-block'><p>{p}</p></div>" for p in STORY)
    html = page(f"<main data-testid='article-body'><h1>Flood barrier</h1>{body}</main>")
    assert_story(extract(html, URL).text)


@pytest.mark.parametrize("heading", ["Reader comments", "التعليقات (3)", "Kommentare (3)"])
def test_a_one_paragraph_brief_wins_over_the_longer_thread_under_its_comments_heading(
        heading: str) -> None:  # fmt: skip
    # the brief's element holds a link box and a channel line as well, a list of links
    # follows; the thread under the comments' heading holds more prose than all of it: the
    # story under the headline is the brief, the thread no part of it
    brief = ("The regional water board approved a plan on Monday to replace the old pumping "
             "station by the harbour, after two summers of low pressure.")
    comments = "".join(f"<div><p>{c}</p></div>" for c in COMMENTS)
    html = ("<html><head><title>Pumping station</title></head><body><div>"
            "<h1>Board approves new pumping station</h1>"
            f"<div><p>{brief}</p><div><a href='/b'>Water prices to rise next year</a></div>"
            "<p><a href='/wa'>Follow our news channel</a></p></div>"
            f"<div><h3>{heading}</h3>{comments}</div><div><ul>"
            "<li><a href='/c'>Generator owners raise their prices again</a></li>"
            "<li><a href='/d'>Minister: no blackout this winter</a></li></ul></div>"
            "</div></body></html>")
    text = extract(html, URL).text
    assert brief in text
    assert "sandbags" not in text and "insurance" not in text


@pytest.mark.parametrize(("heading", "appeal"), [
    ("Newsletter", "Get the most important news of the day delivered free to your inbox "
                   "every morning. Sign up now and never miss a story."),
    ("Newsletter", "Chaque samedi, retrouvez dans votre boîte mail notre sélection d’articles,"
                   " de critiques et de débats. Inscrivez-vous gratuitement dès maintenant."),
    ("Unser Newsletter", "Erhalten Sie jeden Morgen die wichtigsten Nachrichten des Tages "
                         "kostenlos per E-Mail in Ihr Postfach. Jetzt anmelden und nichts mehr "
                         "verpassen."),
])  # fmt: skip
def test_a_newsletter_box_after_a_short_story_is_no_part_of_it(heading: str, appeal: str) -> None:
    # the box under the <article>, named by nothing but its heading: its one paragraph of
    # prose weighs much beside a story of four short paragraphs
    short = [p[:120] for p in STORY]
    box = f"<div class='epic'><h2>{heading}</h2><p>{appeal}</p><a href='/s'>OK</a></div>"
    html = page(f"<main><article><h1>Flood barrier</h1>{story(short)}</article>{box}</main>")
    text = extract(html, URL).text
    assert_story(text, short)
    assert appeal not in text
    # the same box between the story's sections, before half of it is told, stays out of
    # the cut: the story goes on below it
    html = page(f"<main><article><h1>Flood barrier</h1>{story(short[:1])}"
                f"<section><h2>{heading}</h2>{story(short[1:])}</section></article></main>")
    assert_story(extract(html, URL).text, short)


@pytest.mark.parametrize(("label", "linked"), [
    ("<p><b>More on this story</b></p>", "Live: storm updates as floods hit the north"),
    ("<p><strong>Sur le même sujet</strong></p>", "En direct : les inondations dans le Nord"),
    ("<h3>Mehr zum Thema</h3>", "Hochwasser: Pegel in Köln steigt weiter an"),
])  # fmt: skip
def test_a_list_of_linked_headlines_under_a_furniture_label_inside_the_story_goes(
        label: str, linked: str) -> None:  # fmt: skip
    items = f"<li><a href='/s/1'>{linked}</a></li><li><a href='/s/2'>Three towns wait for "
    items += "their own barrier</a></li>"
    text = text_around(f"{label}<ul>{items}</ul>")
    assert linked not in text and "their own barrier" not in text
    assert re.sub(r"<[^>]+>", "", label) not in text
    # under no such label, or with words of their own, the items are the story's
    sources = f"<p><b>The plan in short</b></p><ul>{items}</ul>"
    assert linked in text_around(sources)
    told = items.replace("</a></li>", "</a>, which the council will fund from next year</li>")
    assert linked in text_around(f"{label}<ul>{told}</ul>")


@pytest.mark.parametrize(("faq", "question", "answer"), [
    ("Frequently asked questions", "Is cycling on pavements allowed?",
     "No. Riders can be fined £50."),
    ("Häufige Fragen", "Darf man auf dem Gehweg radeln?", "Nein. Es drohen 55 Euro Bußgeld."),
    ("Preguntas frecuentes", "¿Se puede circular por la acera?", "No. La multa es de 60 euros."),
])  # fmt: skip
def test_a_closing_faqs_last_question_stays_over_its_short_answer(
        faq: str, question: str, answer: str) -> None:  # fmt: skip
    first = ("<h3>When will the barrier be tested again?</h3><p>The authority tests it every "
             "spring and after every storm, the council says.</p>")
    body = (f"<main><article><h1>Flood barrier</h1>{story()}<h2>{faq}</h2>{first}"
            f"<h3>{question}</h3><p>{answer}</p></article></main>")
    text = extract(page(body), URL).text
    assert_story(text)
    assert question in text and answer in text
    # ... each question and its answer in an item of their own, the answer in a box
    items = "".join(f"<div class='faq-item'><h3>{q}</h3><div class='faq-a'><p>{a}</p></div></div>"
                    for q, a in ((first[4:first.index("</h3>")], first[first.index("<p>") + 3:-4]),
                                 (question, answer)))  # fmt: skip
    body = f"<main><article><h1>Flood barrier</h1>{story()}<h2>{faq}</h2>{items}</article></main>"
    text = extract(page(body), URL).text
    assert question in text and answer in text
    # a question whose answer is the site's buttons is no part of the story
    body = (f"<main><article><h1>Flood barrier</h1>{story()}<h3>Was this article helpful?"
            "</h3><p><a href='/y'>Yes</a> <a href='/n'>No</a></p></article></main>")
    assert "helpful" not in extract(page(body), URL).text


@pytest.mark.parametrize(("notice", "pitch"), [
    ("This article is for subscribers only",
     "Subscribe to read all our articles, newsletters and analysis from our journalists."),
    ("Questo articolo è riservato agli abbonati",
     "Abbonati per leggere tutti gli articoli, le newsletter e gli approfondimenti dei nostri "
     "giornalisti."),
])  # fmt: skip
def test_a_paywalls_box_closing_the_shown_story_goes_with_its_offers(
        notice: str, pitch: str) -> None:  # fmt: skip
    offers = ("<ul><li>Unlimited access to all content</li><li>Fewer ads</li>"
              "<li>The digital edition of the paper</li></ul><a href='/subscribe'>Subscribe</a>")
    shown = [p[:130] for p in STORY[:3]]
    html = page(f"<main><article><h1>Flood barrier</h1>{story(shown)}<div class='paywall'>"
                f"<h3>{notice}</h3><p>{pitch}</p>{offers}</div></article></main>")
    text = extract(html, URL).text
    assert_story(text, shown)
    assert "Unlimited access" not in text and "Fewer ads" not in text and pitch not in text
    # a subscriber's page: the story goes on in full under the notice, in the same box
    html = page(f"<main><article><h1>Flood barrier</h1>{story(shown)}<div class='paywall'>"
                f"<h3>{notice}</h3>{story(STORY[3:] * 3)}</div></article></main>")
    assert STORY[3] in extract(html, URL).text


@pytest.mark.parametrize(("label", "appeal"), [
    ("Archivado En", "Apúntate a la newsletter diaria y recibe las noticias más importantes en "
                     "tu correo"),
    ("Filed under", "Sign up to our daily newsletter and get the most important news in your "
                    "inbox"),
])  # fmt: skip
def test_a_tag_lists_label_and_a_newsletter_line_closing_the_story_go(
        label: str, appeal: str) -> None:  # fmt: skip
    tags = "".join(f"<li><a href='/t/{t}/'>{t}</a></li>" for t in ("Floods", "Weather"))
    html = page(f"<article><h1>Flood barrier</h1>{story()}<div class='a_tags'><span>{label}"
                f"</span><ul>{tags}</ul></div><div class='a_nl'><p>{appeal}</p>"
                "<a href='/nl/'>OK</a></div></article>")
    text = extract(html, URL).text
    assert_story(text)
    assert label not in text and appeal not in text


_PHPBB_THREAD = (
    '<div id="wrap"><div id="page-body" role="main"><h2 class="topic-title">'
    '<a href="?t=1">Garage door opener stops halfway – Chamberlain B970</a></h2>'
    '<div id="p1" class="post"><div class="inner"><dl class="postprofile"><dt>'
    '<a href="/u/dave_k">dave_k</a></dt><dd><strong>Posts:</strong> 23</dd><dd>'
    '<strong>Joined:</strong> Mon Mar 04, 2019 7:02 pm</dd></dl>'
    '<div class="postbody"><h3><a href="#p1">'
    'Garage door opener stops halfway – Chamberlain B970</a></h3><p class="author">'
    'by <strong>dave_k</strong> » Tue Nov 14, 2023 8:41 pm</p><div class="content">'
    'Hi all,<br><br>'
    'my garage door opener has started stopping halfway down and reversing, even'
    ' though nothing is in the way. I cleaned the safety sensors and checked that'
    ' they are aligned.<br><br>'
    'The installer says I need a new logic board, but that seems expensive for a'
    ' three year old unit. Any ideas what else could cause this?</div></div></div>'
    '</div><div id="p2" class="post"><div class="inner"><dl class="postprofile"><dt>'
    '<a href="/u/fixit_pete">fixit_pete</a></dt><dd><strong>Posts:</strong> 8412</dd>'
    '</dl><div class="postbody"><h3><a href="#p2">'
    'Garage door opener stops halfway – Chamberlain B970</a></h3><p class="author">'
    'by <strong>fixit_pete</strong> » Tue Nov 14, 2023 9:15 pm</p>'
    '<div class="content">'
    'That is almost always the force setting rather than the board. Run the travel'
    ' learning procedure again and lower the down force by one step before you buy'
    ' any parts.</div></div></div></div><div class="stat-block online-list"><h3>'
    'Who is online</h3><p>Users browsing this forum: No registered users and 3 guests'
    '</p></div></div></div>'
)


def test_a_forum_posts_heading_linked_to_its_place_in_the_page_opens_no_card() -> None:
    # a phpBB thread: each post's heading links to the post itself ("#p1"), its text told
    # between <br>s under it; such a heading is no other story's linked title
    html = ("<html lang='en'><head><title>Garage door opener stops halfway – Chamberlain B970 -"
            f" Forum</title></head><body>{_PHPBB_THREAD}</body></html>")
    text = extract(html, "https://forum.example.com/viewtopic.php?t=5521").text
    assert "my garage door opener has started stopping halfway down" in text
    assert "The installer says I need a new logic board" in text
    assert "Who is online" not in text and "Joined:" not in text


@pytest.mark.parametrize(("name", "box"), [
    ("c-box__cta", "<h3>See Acme in action</h3><p>Find out how Acme helps customer success teams"
                   " spot churn risks before it is too late.</p><a href='/demo'>Demo</a>"),
    ("article__share", "<p>Artikel weiterempfehlen</p><ul><li><a href='#'>Facebook</a></li>"
                       "<li><a href='#'>LinkedIn</a></li></ul>"),
])  # fmt: skip
def test_furniture_named_in_a_bem_elements_name_goes(name: str, box: str) -> None:
    # a BEM class name joins block and element with "__": the element's word ("cta",
    # "share") is a word of its own, as after a hyphen
    text = text_around(f"<div class='{name}'>{box}</div>")
    assert "Acme" not in text and "weiterempfehlen" not in text


@pytest.mark.parametrize("ident", ["hs-eu-cookie-confirmation", "cookie-law-info-bar"])
def test_a_bar_named_by_an_id_of_four_words_goes(ident: str) -> None:
    # a cookie plugin's bar named by its id alone, of four hyphenated words: a component's
    # name, not a heading's anchor (whose words the element shows)
    bar = (f"<div id='{ident}'><p>We keep small files on your device to learn how you read "
           "and what you click, and to show you offers that match.</p><a>OK</a></div>")
    html = page(f"{bar}<article><h1>Flood barrier</h1>{story()}</article>")
    text = extract(html, URL).text
    assert_story(text)
    assert "small files" not in text
    # a section whose id its heading's words make stays, furniture word or not
    section = ("<section id='how-to-share-the-results-widely'><h2>How to share the results "
               f"widely</h2>{story(STORY[2:])}</section>")
    html = page(f"<article><h1>Flood barrier</h1>{story(STORY[:2])}{section}</article>")
    assert_story(extract(html, URL).text)


@pytest.mark.parametrize("notice", [
    "This website stores cookies on your computer. These cookies are used to collect "
    "information about how you interact with our website.",
    "Diese Website speichert Cookies auf Ihrem Computer. Diese Cookies werden verwendet, um "
    "Informationen darüber zu sammeln, wie Sie mit unserer Website interagieren.",
])  # fmt: skip
def test_a_cookie_bars_stores_cookies_wording_is_a_notice(notice: str) -> None:
    text = text_around(f"<div><p>{notice}</p></div>")
    assert notice[:30] not in text


# the same story as a Korean wire writes it
STORY_KO = [
    "(서울=연합뉴스) 김민수 기자 = 하천관리청은 새 방조문을 목요일 공식 가동했다고 밝혔다. "
    "아랫마을이 일주일 가까이 물에 잠겼던 폭풍이 지나간 지 꼭 3년 만이다.",
    "기술자들은 방조문을 한 시간 안에 완전히 올릴 수 있으며, 올봄 폭풍 당시보다 높은 수위에서 "
    "두 차례 시험을 마쳤다고 설명했다.",
    "수백만 원어치 재고를 잃었던 부두의 상인들은 첫 겨울을 넘겨 봐야 마을이 안전해졌다고 믿을 수 "
    "있겠다고 말했다.",
    "관리청은 다음 달 방조문의 시험 결과를 공개하고, 상류의 작은 하천들에 대한 정비 계획도 함께 "
    "내놓을 예정이다.",
]


@pytest.mark.parametrize("lines", [
    ["김민수 기자 minsu@example.co.kr"],
    ["minsu@example.co.kr", "김민수 기자 minsu@example.co.kr"],
    ["이지혜 기자"],
    ["김민수 특파원 minsu@example.co.kr"],
])
@pytest.mark.parametrize("br", [False, True])
def test_a_korean_reporters_contact_line_closing_the_story_goes(lines: list[str],
                                                                br: bool) -> None:
    # a Korean story signed at its end with the reporter's name, title and address
    notice = "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"
    if br:
        body = "<br><br>".join([*STORY_KO, *lines, notice.replace("<", "&lt;")])
        body = f"<article>{body}</article>"
    else:
        body = f"<article>{story([*STORY_KO, *lines])}<p>&lt;{notice[1:-1]}&gt;</p></article>"
    html = (f"<html lang='ko'><head><title>방조문 가동</title></head><body><h1>방조문 가동"
            f"</h1>{body}</body></html>")
    text = extract(html, URL).text
    assert_story(text, STORY_KO)
    assert "@" not in text and not any(line in text for line in lines)


@pytest.mark.parametrize("line", [
    "E-mail: ana.lima@example.com", "Ana Lima, staff reporter, ana.lima@example.com",
])
def test_a_reporters_contact_line_closing_the_story_goes(line: str) -> None:
    text = extract(page(f"<article><h1>Flood barrier</h1>{story([*STORY, line])}</article>"),
                   URL).text
    assert_story(text)
    assert "ana.lima@" not in text


def test_a_list_of_names_with_their_addresses_stays() -> None:
    # a story's directory (whom to write to) is no contact line of its reporter
    rows = [f"North Ward {n} Ana Lima{n} ana.lima{n}@council.example.org" for n in range(6)]
    items = "".join(f"<li>{row}</li>" for row in rows)
    text = extract(page(f"<article><h1>Flood barrier</h1>{story()}<ul>{items}</ul>"
                        f"{story(STORY[:1])}</article>"), URL).text
    assert all(row in text for row in rows)


@pytest.mark.parametrize("tag", ["span", "button", "em"])
def test_a_korean_portals_toolbar_row_over_the_story_goes(tag: str) -> None:
    # a row of buttons (summary bot, read aloud, font size, share, print) reads as prose
    # only by its Hangul's reading size: its element holds no words of its own
    labels = ["본문 요약봇", "텍스트 음성 변환 서비스 사용하기", "글자 크기 변경하기", "SNS 보내기",
              "인쇄하기"]
    bar = "".join(f"<{tag}>{label}</{tag}>" for label in labels)
    html = (f"<html lang='ko'><head><title>방조문 가동</title></head><body><h1>방조문 가동</h1>"
            f"<div class='tools'><div>{bar}</div></div><article>{story(STORY_KO)}</article>"
            "</body></html>")
    text = extract(html, URL).text
    assert_story(text, STORY_KO)
    assert "요약봇" not in text and "인쇄하기" not in text
    # a paragraph set in short spans is a sentence, and stays
    line = "".join(f"<span>{part}</span>" for part in ("관리청은 ", "다음 달 ", "결과를 공개한다."))
    html = html.replace(f"<div class='tools'><div>{bar}</div></div>", "").replace(
        "</article>", f"<p>{line}</p></article>")
    assert "관리청은 다음 달 결과를 공개한다." in extract(html, URL).text


@pytest.mark.parametrize("signature", [
    "<p>Ana Lima</p>",  # a Russian daily's name under the story
    "<p><b>ANA LIMA</b><br><b>REDACCIÓN BOGOTÁ</b></p>",  # a Colombian daily's, with its desk
])
def test_the_authors_signature_under_the_story_goes(signature: str) -> None:
    html = ("<html lang='en'><head><title>Flood barrier</title><meta name='author' "
            f"content='Ana Lima'></head><body><article><h1>Flood barrier</h1>{story()}"
            f"{signature}</article></body></html>")
    found = extract(html, URL)
    assert_story(found.text)
    assert "Ana Lima" not in found.text.title() and "REDACCI" not in found.text
    # another name's line there (a quoted source's, a place) stays
    html = html.replace(signature, "<p>Jo Smith</p>")
    assert "Jo Smith" in extract(html, URL).text


def test_a_caption_closed_by_its_credit_between_a_br_storys_lines_goes() -> None:
    # a portal's story told between <br><br>s opens with its picture's caption and credit
    # (Naver's "img_desc"); a credit alone on its line stays, as before
    caption = "하천관리청이 새로 가동한 방조문의 모습 [연합뉴스 자료사진]"
    body = "<br><br>".join([caption, *STORY_KO, "[사진=연합뉴스]"])
    html = (f"<html lang='ko'><head><title>방조문 가동</title></head><body><h1>방조문 가동</h1>"
            f"<article id='dic_area'>{body}</article></body></html>")
    text = extract(html, URL).text
    assert_story(text, STORY_KO)
    assert caption not in text and "[사진=연합뉴스]" in text
