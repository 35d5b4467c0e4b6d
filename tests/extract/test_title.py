"""Headlines: the title as the article shows it, without site name, kicker or section."""

from __future__ import annotations

import pytest

from warctools.extract import extract
from warctools.records import Extracted

BODY = " ".join(
    ["The council voted on Tuesday to close the old bridge to cars, citing cracks in two of "
     "its piers and a repair bill that had doubled since the last inspection."] * 5
)  # fmt: skip


def page(head: str, body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}<article><p>{BODY}</p></article></body></html>"


def title_of(head: str, body: str = "", url: str = "https://www.rivertown-news.example/a/1") -> str:
    got = extract(page(head, body), url).title
    assert got is not None
    return got


def test_site_suffix_named_by_og_site_name_is_dropped() -> None:
    head = (
        "<title>Bridge closed to cars | The Rivertown Courier</title>"
        "<meta property='og:site_name' content='The Rivertown Courier'>"
    )
    assert title_of(head) == "Bridge closed to cars"


def test_site_prefix_named_by_the_host_is_dropped() -> None:
    assert title_of("<title>Rivertown News - Bridge closed to cars</title>") == (
        "Bridge closed to cars"
    )
    assert title_of("<title>Bridge closed to cars :: rivertown-news.example</title>") == (
        "Bridge closed to cars"
    )


def test_en_dash_suffix_named_by_the_jsonld_publisher_is_dropped() -> None:
    head = (
        "<title>Bridge closed to cars – Courier</title><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Courier"}}'
        "</script>"
    )
    assert title_of(head) == "Bridge closed to cars"


def test_a_dash_inside_the_headline_stays_without_evidence() -> None:
    head = "<title>Old bridges - part 4 – the iron years</title>"
    assert title_of(head) == "Old bridges - part 4 – the iron years"


def test_kicker_element_of_the_headline_is_dropped() -> None:
    head = "<meta property='og:title' content='Transport: Bridge closed to cars | Courier'>"
    body = "<h1><span class='kicker'>Transport</span> Bridge closed to cars</h1>"
    assert title_of(head, body) == "Bridge closed to cars"


def test_text_for_screen_readers_only_is_no_part_of_the_headline() -> None:
    # "<span class='sr-only'>" and its kin: a link's "(opens in a new window)", shown to
    # no reader's eye
    head = "<title>Bridge closed to cars | The Rivertown Courier</title>"
    for klass in ("sr-only", "visually-hidden", "screen-reader-text"):
        body = (f"<h1>Bridge closed to cars<span class='{klass}'> - opens in a new window"
                "</span></h1>")
        assert title_of(head, body) == "Bridge closed to cars"


def test_section_label_h1_loses_to_the_story_headline() -> None:
    head = "<title>Bridge closed to cars - Courier</title>"
    body = "<h1 class='section'>News</h1><h1>Bridge closed to cars</h1>"
    assert title_of(head, body) == "Bridge closed to cars"


def test_logo_h1_is_the_site_not_the_headline() -> None:
    head = "<title>Anna's Notebook » Bridge closed to cars</title>"
    body = "<div id='top'><h1><a href='/'>Anna's Notebook</a></h1></div>"
    assert title_of(head, body, "https://notes.example.org/2024/05/bridge") == (
        "Bridge closed to cars"
    )


def test_visible_headline_wins_over_a_rewritten_seo_title() -> None:
    head = "<meta property='og:title' content='Rivertown bridge closed to cars after cracks found'>"
    body = "<h1>Cracks found: Rivertown closes its bridge to cars</h1>"
    assert title_of(head, body) == "Cracks found: Rivertown closes its bridge to cars"


def test_unrelated_h1_does_not_replace_the_title() -> None:
    head = "<title>Bridge closed to cars</title>"
    body = "<h1>Weather warnings</h1>"
    assert title_of(head, body) == "Bridge closed to cars"


def test_the_only_shown_headline_wins_over_an_seo_title_written_apart() -> None:
    head = (
        "<title>Bridge repairs: what drivers need to know - Courier</title>"
        "<meta property='og:title' content='Bridge repairs: what drivers need to know'>"
    )
    body = "<h1>Council shuts the old iron bridge for a year</h1>"
    assert title_of(head, body) == "Council shuts the old iron bridge for a year"


def test_a_shown_headline_holding_the_declared_title_gives_way_to_it() -> None:
    head = "<title>Bridge closed to cars</title>"
    body = "<h1>Bridge closed to cars 02.02.2024 • Courier, Transport</h1>"
    assert title_of(head, body) == "Bridge closed to cars"


def test_a_short_unconfirmed_headline_leaves_the_declared_title() -> None:
    assert title_of("<title>Bridge closed to cars</title>", "<h1>新闻中心</h1>") == (
        "Bridge closed to cars"
    )
    headline = "市议会决定关闭老桥禁止汽车通行"
    assert title_of("<title>Bridge closed to cars</title>", f"<h1>{headline}</h1>") == headline


def test_a_shown_headline_held_by_the_declared_title_leaves_it() -> None:
    head = "<title>新しい橋が開通 @ 山田の川日記 :: BlogHost ::</title>"
    assert "新しい橋が開通" in title_of(head, "<h1>山田の川日記</h1>")


def test_two_unconfirmed_headlines_leave_the_declared_title() -> None:
    head = "<title>Bridge closed to cars</title>"
    body = "<h1>Council shuts the old iron bridge</h1><h1>Sign up for our daily newsletter</h1>"
    assert title_of(head, body) == "Bridge closed to cars"


def test_a_style_modifier_naming_navigation_does_not_hide_the_headline() -> None:
    head = "<title>Rivertown shuts its bridge to cars after cracks | Courier</title>"
    body = (
        "<header class='story-header story-header--icons-simple-navigation'>"
        "<h1>Why the old bridge had to close</h1></header>"
    )
    assert title_of(head, body) == "Why the old bridge had to close"


def test_a_breadcrumbs_h1_in_layout_tables_is_outside_the_story() -> None:
    # the page's current crumb set as an <h1> inside a navigation laid out in tables: a
    # table's body and row are its own levels, so the <nav> is as near as in its twin of
    # <div>s, and the declared headline stands
    head = ("<title>Rivertown: Bridge shut - council votes to close it to cars | Local</title>"
            "<meta property='og:title' content='Bridge shut: the council votes to close it "
            "to cars'>")  # fmt: skip
    body = ("<nav class='crumbs'><table><tr><td><ol><li><table><tr><td>"
            "<h1>Rivertown: Bridge shut - council votes to close it to cars</h1>"
            "</td></tr></table></li></ol></td></tr></table></nav>")  # fmt: skip
    assert title_of(head, body) == "Bridge shut: the council votes to close it to cars"


def test_an_h1_in_a_web_components_navigation_is_outside_the_story() -> None:
    # a custom element named for navigation (<pp-navigation>, no class) holds the current
    # crumb as an <h1>, as <nav> would
    head = ("<title>Rivertown: Bridge shut - council votes to close it to cars | Local</title>"
            "<meta property='og:title' content='Bridge shut: the council votes to close it "
            "to cars'>")  # fmt: skip
    crumb = "<h1>Rivertown: Bridge shut - council votes to close it to cars</h1>"
    declared = "Bridge shut: the council votes to close it to cars"
    assert title_of(head, f"<pp-navigation><div>{crumb}</div></pp-navigation>") == declared
    assert title_of(head, f"<pp-box><div>{crumb}</div></pp-box>") != declared


def test_ruby_readings_are_not_part_of_the_headline() -> None:
    body = (
        "<h1><ruby>橋<rt>はし</rt></ruby>が"
        "<ruby>閉鎖<rp>(</rp><rt>へいさ</rt><rp>)</rp></ruby>される</h1>"
    )
    assert title_of("<title>橋が閉鎖される</title>", body) == "橋が閉鎖される"
    assert title_of("", body) == "橋が閉鎖される"


def test_author_name_part_of_the_title_is_dropped() -> None:
    head = (
        "<title>Bridge closed to cars | Ana Lima | Courier</title>"
        "<meta name='author' content='Ana Lima'><meta property='og:site_name' content='Courier'>"
    )
    assert title_of(head) == "Bridge closed to cars"


def test_space_separated_meta_properties_each_count() -> None:
    head = "<title>Page</title><meta property='dc:title og:title' content='Bridge closed to cars'>"
    assert title_of(head) == "Bridge closed to cars"


def test_a_part_naming_a_site_by_its_kind_is_dropped() -> None:
    assert title_of("<title>Bridge closed to cars – My website</title>") == (
        "Bridge closed to cars"
    )
    assert title_of("<title>Blog Archive » Bridge closed to cars</title>") == (
        "Bridge closed to cars"
    )
    assert title_of("<title>Start a small blog - a guide</title>") == (
        "Start a small blog - a guide"
    )


def test_style_sheets_inside_the_headline_are_not_its_text() -> None:
    body = "<h1><style>h1 {color: red; margin: 0 0 1em; line-height: 1.2}</style>Bridge closed</h1>"
    assert title_of("", body) == "Bridge closed"


def test_kicker_element_inside_the_headline_link_is_dropped() -> None:
    head = "<meta property='og:title' content='Transport - Bridge closed to cars | Courier'>"
    body = "<h1><a href='/a/1'><span class='label'>Transport</span> Bridge closed to cars</a></h1>"
    assert title_of(head, body) == "Bridge closed to cars"


def test_a_long_kicker_goes_when_the_title_is_exactly_the_rest() -> None:
    head = "<title>Bridge closed to cars | Courier</title>"
    body = (
        "<h1><span>Press release of the department of roads and bridges<span>:</span></span>"
        "Bridge closed to cars</h1>"
    )
    assert title_of(head, body) == "Bridge closed to cars"


def test_a_cjk_headline_part_holding_the_site_name_is_not_the_site() -> None:
    head = (
        "<title>新しい橋が開通 @ 山田のブログ :: BlogHost ::</title>"
        "<meta property='og:site_name' content='山田のブログ'>"
    )
    assert "新しい橋が開通" in title_of(head)


def test_a_domain_name_part_is_the_site_also_in_the_shown_headline() -> None:
    head = "<meta property='og:title' content='Bridge closed to cars after cracks found'>"
    body = "<h1>Bridge closed to cars after cracks found | HARBOR-TIMES.NET</h1>"
    assert title_of(head, body) == "Bridge closed to cars after cracks found"
    assert title_of("<title>Streams explained - Node.js</title>") == "Streams explained - Node.js"


def test_a_domain_name_is_told_by_the_public_suffix_list() -> None:
    from warctools.domains import is_domain_name

    for name in ("example.com", "EXAMPLE.NET", "www.beispiel.co.uk", "nachrichten.co.nz",
                 "zeitung.kr"):
        assert is_domain_name(name), name
    for text in ("Mr.Smith", "a.b", "version 2.0", "co.uk", "News", "foo.notatld"):
        assert not is_domain_name(text), text


def test_section_named_by_a_folder_of_the_url_is_dropped() -> None:
    head = "<title>rivertown-news.example - Traffic - Bridge closed to cars</title>"
    assert title_of(head, url="https://rivertown-news.example/traffic/detail/id/7") == (
        "Bridge closed to cars"
    )


def test_the_pages_own_slug_is_no_section() -> None:
    # ("Courier", a short capitalised tail after a bar, goes as the site's name)
    head = "<title>Bridge closed - Cars turned away | Courier</title>"
    url = "https://rivertown-news.example/bridge-closed/"
    assert title_of(head, url=url) == "Bridge closed - Cars turned away"


def test_entities_written_into_a_declared_title_are_decoded() -> None:
    head = (
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
        "\"&#8222;Closed&#8220;: the old bridge &amp; its piers\"}</script>"
    )
    assert title_of(head) == "„Closed“: the old bridge & its piers"


def test_a_bracketed_site_name_after_the_headline_is_dropped() -> None:
    head = (
        "<title>Bridge closed to cars [The Rivertown Courier]</title>"
        "<meta property='og:site_name' content='The Rivertown Courier'>"
    )
    assert title_of(head) == "Bridge closed to cars"
    assert title_of("<title>Bridge closed to cars (and trains)</title>") == (
        "Bridge closed to cars (and trains)"
    )


def test_the_sites_name_before_a_colon_goes() -> None:
    # "Site: Headline", the site's name exactly (declared, or the host's words run
    # together); a kicker or a place before the colon stays ("Fact Check: ...")
    assert title_of("<title>Rivertown News: Bridge closed to cars</title>") == (
        "Bridge closed to cars")
    head = ("<title>Rivertown Courier: Bridge closed to cars</title>"
            "<meta property='og:site_name' content='Rivertown Courier'>")
    assert title_of(head) == "Bridge closed to cars"
    for kept in ("Fact Check: Bridge closed to cars", "Rivertown: Bridge closed to cars",
                 "The Rivertown News view on bridges: close them"):
        assert title_of(f"<title>{kept}</title>") == kept


def test_a_short_unnamed_tail_after_a_bar_or_hyphen_is_dropped() -> None:
    # no shown headline, no declared site name: a short trailing part after a bar or a
    # spaced hyphen reads as the site's (or a section's) name
    url = "https://news.example.net/2024/03/12/1"
    cases = {
        "Rada zdecydowała o przebudowie mostu - Wiadomości - WP": (
            "Rada zdecydowała o przebudowie mostu"),
        "시의회, 항구 다리 재건축 결정 | 연합뉴스": "시의회, 항구 다리 재건축 결정",
        "المجلس يقرر إعادة بناء الجسر | الجزيرة نت": "المجلس يقرر إعادة بناء الجسر",
        "新桥将于明年开工 - 国内 - 人民网": "新桥将于明年开工",
        "新桥将于明年开工_新浪新闻": "新桥将于明年开工",
        "新桥将于明年开工-新华网": "新桥将于明年开工",  # a lone dash between ideographs
        "新桥将于明年开工！—新华网": "新桥将于明年开工！",
        "新桥将于明年开工－人民网": "新桥将于明年开工",
        "新桥将于明年开工丨新华网": "新桥将于明年开工",  # the Chinese bar
        "新桥将于明年开工--新华网": "新桥将于明年开工",
        "新桥将于明年开工_新闻频道_央视网(cctv.com)": "新桥将于明年开工",  # channels left over
        "Council rebuilds the harbour bridge « Harbour Notes": (  # WordPress's own form
            "Council rebuilds the harbour bridge"),
        "Council rebuilds the harbour bridge | Politics | news.example.net": (
            "Council rebuilds the harbour bridge"),  # a section left after the site's name
        "Council rebuilds the harbour bridge // news.example.net": (
            "Council rebuilds the harbour bridge"),
        # a section named in camel case, left after the forum's and the site's names
        "No App Store over mobile data since iOS 13? | iPhone | Forum | news.example.net": (
            "No App Store over mobile data since iOS 13?"),
        "สภาอนุมัติแผนท่าเรือ - ไทยรัฐ": "สภาอนุมัติแผนท่าเรือ",  # Thai: no spaces between words
        # a CJK name of many signs, after a bar or a full-width colon (no label before the
        # bar: an unspaced headline is one "word" there)
        "国会で予算案が可決 | 朝日新聞デジタル": "国会で予算案が可決",
        "国会で予算案が可決：朝日新聞デジタル": "国会で予算案が可決",
        "速報 | 国会で予算案が可決された模様": "国会で予算案が可決された模様",
    }  # fmt: skip
    for title, want in cases.items():
        assert extract(page(f"<title>{title}</title>"), url).title == want


def test_site_names_after_a_full_width_colon_or_a_korean_breadcrumb_go() -> None:
    # "見出し：朝日新聞デジタル": the full-width colon before the site's own name (a colon
    # inside a headline stays); "제목 < 정치 < 기사본문 - 한겨레": a CMS's breadcrumb
    url = "https://news.example.net/2024/03/12/1"
    named = "<meta property='og:site_name' content='朝日新聞デジタル'>"
    assert title_of(f"<title>国会で予算案が可決：朝日新聞デジタル</title>{named}", url=url) == (
        "国会で予算案が可決")
    assert title_of("<title>北京：明日起恢复公交</title>", url=url) == "北京：明日起恢复公交"
    xinhua = "<meta property='og:site_name' content='新华网'>"
    assert title_of(f"<title>台北捷运新线通车·新华网</title>{xinhua}", url=url) == (
        "台北捷运新线通车")
    assert title_of("<title>국회 예산안 통과 < 정치일반 < 정치 < 기사본문 - 매일신문</title>",
                    url=url) == "국회 예산안 통과"


def test_a_dash_inside_a_chinese_headline_stays() -> None:
    # "——" is the Chinese dash of a headline's subtitle; a hyphen between Latin letters or
    # digits ("C919-100") is a word's
    url = "https://news.example.net/2024/03/12/1"
    for title in ("国产大飞机——从首飞到交付的七年", "国产大飞机C919-100型完成首飞",
                  "中国国家主席习近平会见美国-中国商会代表",  # a dash joining two countries
                  "唐纳德·特朗普宣布参选", "Council closes the bridge -- for a year"):
        assert extract(page(f"<title>{title}</title>"), url).title == title


def test_a_tail_that_ends_the_headline_stays() -> None:
    url = "https://news.example.net/2024/03/12/1"
    for title in (
        "This County Criminalized Students for Bad Grades – Until Now",  # an en dash
        "Why the council closed the bridge - and what comes next?",  # a sentence's end
        "Council closes the old harbour bridge - 12 March 2024",  # a date
        "Bridge closed - Courier",  # too little before it to be the headline alone
        "How to choose a laptop for school - a guide",  # lower case: the headline's end
    ):
        assert extract(page(f"<title>{title}</title>"), url).title == title


def test_a_two_letter_site_name_is_the_hosts_label() -> None:
    url = "https://g1.example.com/politica/noticia/2024/01/05/conselho-aprova-plano.ghtml"
    title = "<title>Conselho aprova plano do porto | Política | G1</title>"
    assert extract(page(title), url).title == "Conselho aprova plano do porto"


def test_a_headline_set_as_an_h2_under_a_title_that_names_the_site() -> None:
    # no <h1>, a <title> that is the site's name: the <h2> the URL's slug spells is the
    # headline; a section's heading or a blog's day under a URL that spells nothing is not
    head = "<title>Rivertown News</title>"
    url = "https://www.rivertown-news.example/2024/05/bridge-closed-to-cars-after-inspection/"
    body = "<div><h2>Bridge closed to cars after a failed inspection</h2></div>"
    assert title_of(head, body, url) == "Bridge closed to cars after a failed inspection"
    for heading in ("News and upcoming talks this year", "Wednesday, March 30, 2011"):
        assert title_of(head, f"<div><h2>{heading}</h2></div>",
                        "https://www.rivertown-news.example/2011/") == "Rivertown News"


def test_the_heading_over_the_story_under_a_title_that_names_only_sections() -> None:
    # a breadcrumb for a title ("News - Swimming | Federation", the menu's links to those
    # sections), shown nowhere, and the story's headline an <h2> right over its first
    # paragraph under a URL that spells nothing: the <h2> is the headline, and the text
    # starts with the story
    url = "https://www.rivertown-swim.example/swimming/news/read/?id=5793"
    menu = ("<nav><a href='/'>Home</a> <a href='/swimming/'>Swimming</a> "
            "<a href='/swimming/news/'>News</a> <a href='/diving/'>Diving</a></nav>")
    story = (f"<div><h2>Badges for the new swimming levels can be ordered now</h2>"
             f"<p>{BODY}</p><p>{BODY}</p></div>")  # fmt: skip

    def row_of(title: str, nav: str = menu) -> Extracted:
        return extract(f"<html><head><title>{title}</title></head><body>{nav}{story}</body>"
                       "</html>", url)  # fmt: skip

    row = row_of("News - Swimming | Rivertown Swimming Federation")
    assert row.title == "Badges for the new swimming levels can be ordered now"
    assert row.text.startswith("The council voted")
    # a menu in capitals, in a script whose capitals only Python folds
    cyrillic = ("<nav><a href='/'>Главная</a> <a href='/swimming/'>ПЛАВАНИЕ</a> "
                "<a href='/swimming/news/'>НОВОСТИ</a></nav>")  # fmt: skip
    row = row_of("Новости - Плавание | Федерация", cyrillic)
    assert row.title == "Badges for the new swimming levels can be ordered now"
    # a title worded as a headline, a short headline no menu links to, a title naming
    # this page (the menu's link to it) or one part alone stays the title
    here = menu.replace("/diving/'>Diving", f"{url}'>Research (current)")
    for title, nav in (("Bridge closed to cars after the inspection - News", menu),
                       ("Solidarity first - Swimming", menu),
                       ("Research | Swimming", here), ("News", menu)):  # fmt: skip
        row = row_of(title, nav)
        assert row.title is not None and row.title.startswith(title.split(" | ")[0][:8])
        assert row.text.startswith("Badges for the new"), title


def test_a_one_word_label_before_a_bar_opening_the_declared_title_goes() -> None:
    # no <h1>: "Opinion | Headline - Site" is the headline; a short rest keeps the label
    assert title_of("<title>Opinion | Bridge closed to cars after inspection - Rivertown "
                    "News</title>") == "Bridge closed to cars after inspection"  # fmt: skip
    assert title_of("<title>Opinion | Bridge closed</title>") == "Opinion | Bridge closed"


def test_the_sites_name_before_its_tagline_goes_with_it() -> None:
    # "Headline - Site - Tagline": the site's name (declared, or the host's words) is not
    # the last part; it and the tagline after it go
    site = "<meta property='og:site_name' content='The Rivertown Courier'>"
    assert title_of("<title>Bridge closed to cars - The Rivertown Courier - Local News, "
                    f"Weather and Sports</title>{site}") == "Bridge closed to cars"
    assert title_of("<title>Bridge closed to cars | Rivertown News | The voice of the river "
                    "since 1890</title>") == "Bridge closed to cars"
    # the site's name leading the title stays the site's: what follows it is the headline
    assert title_of(f"<title>The Rivertown Courier - Bridge closed to cars</title>{site}") == (
        "Bridge closed to cars")


def test_a_multi_page_storys_page_number_is_not_the_headline() -> None:
    for pager in ("Page 2", "Seite 2 von 3", "Página 3", "page 2 of 5"):
        assert title_of(f"<title>Bridge closed to cars - {pager} | Rivertown News</title>"
                        ) == "Bridge closed to cars", pager
    assert title_of("<title>Page 2 of the report: bridge closed</title>") == (
        "Page 2 of the report: bridge closed")


def test_the_bylines_name_closing_the_title_goes() -> None:
    # "Headline by Ana Lima | Site": the name the byline shows; "Stand by Me" stays
    byline = "<p class='byline'>By Ana Lima</p>"
    assert title_of("<title>Bridge closed to cars by Ana Lima | Rivertown News</title>",
                    byline) == "Bridge closed to cars"  # fmt: skip
    assert title_of("<title>Stand by Me by Ana Lima - Rivertown News</title>", byline) == (
        "Stand by Me")
    assert title_of("<title>Stand by Me | Rivertown News</title>", byline) == "Stand by Me"
    assert title_of("<title>Bridge closed to cars by Jo Smith</title>", byline) == (
        "Bridge closed to cars by Jo Smith")  # not the byline's name: part of the headline


_HEADLINE = "Flood barrier opens three years after the storm"
@pytest.mark.parametrize(("title", "head", "above"), [
    (f"{_HEADLINE} - Politics - Quay News", "", f"<h1>{_HEADLINE}</h1>"),
    (f"Home > News > {_HEADLINE}", "", f"<h1>{_HEADLINE}</h1>"),
    (f"{_HEADLINE} | Quay News", "",
     f"<h1 class='logo'><a href='/'>Quay News</a></h1><h2>{_HEADLINE}</h2>"),
    (f"{_HEADLINE} | Quay News", "", f"<h1><span>Exclusive</span> {_HEADLINE}</h1>"),
    (f"{_HEADLINE} | Quay News", "", f"<h1>Quay News</h1><h1>{_HEADLINE}</h1>"),
    ("Quay News", '<script type="application/ld+json">{"@type": "NewsArticle", '
     f'"headline": "{_HEADLINE}"}}</script>', ""),
    (_HEADLINE, f"<meta property='og:title' content='{_HEADLINE} | Quay News'>"
     "<meta property='og:site_name' content='Quay News'>", ""),
    ("Barrier opens after storm | Quay News", "", f"<h1>{_HEADLINE}</h1>"),
    (f"{_HEADLINE} - The Quay News and Weekly Observer of the Lower Town", "",
     f"<h1>{_HEADLINE}</h1>"),
])  # fmt: skip
def test_the_headline_as_the_page_shows_it(title: str, head: str, above: str) -> None:
    # without the site's name, a section, a breadcrumb's trail or a kicker; the headline
    # under a site logo's <h1>, or only in JSON-LD when the <title> is the site's name
    html = (f"<html lang='en'><head><title>{title}</title>{head}</head><body><header><a "
            f"href='/'>Quay News</a></header><article>{above}<p>{BODY}</p></article></body>"
            "</html>")  # fmt: skip
    assert extract(html, "https://quay.example.net/news/2024/03/03/flood-barrier").title == (
        _HEADLINE)


@pytest.mark.parametrize("heading", ["h2", "h3"])
def test_a_blog_s_name_before_a_colon_goes_where_the_post_s_heading_shows_the_rest(
        heading: str) -> None:  # fmt: skip
    # a blog engine's "Blog Name: Post Title", no site name declared, no <h1>: the post's
    # own heading shows its title; the blog's name in the header says nothing of it
    body = (f"<header><h2>River Notes</h2></header><{heading} class='post-title'>Bridge closed "
            f"to cars after the spring floods</{heading}>")  # fmt: skip
    head = "<title>The Rivertown River Notes: Bridge closed to cars after the spring floods</title>"
    assert title_of(head, body) == "Bridge closed to cars after the spring floods"
    # ... and without that heading the declared title stands whole
    assert title_of(head, "<h2>River Notes</h2>") == (
        "The Rivertown River Notes: Bridge closed to cars after the spring floods")


def test_a_sites_name_after_a_dash_goes_where_the_storys_heading_shows_the_rest() -> None:
    # no site name declared, no <h1>, an en dash (a headline's own dash, elsewhere) before
    # the site's name; the story's <h2> shows the part before it, after a sidebar's
    # headings
    sidebar = "".join(f"<aside><h3>{h}</h3></aside>" for h in (
        "Travel advice by country", "Addresses to take along", "On your phone too"))
    body = f"{sidebar}<h2>Bridge closed to cars after the spring floods</h2>"
    head = ("<title>Bridge closed to cars after the spring floods – Ministry of Works, "
            "Rivertown</title>")
    assert title_of(head, body) == "Bridge closed to cars after the spring floods"
    # ... and where no heading shows a part, the declared title stands whole
    assert title_of(head, sidebar) == (
        "Bridge closed to cars after the spring floods – Ministry of Works, Rivertown")


def test_a_headline_in_a_form_that_wraps_the_whole_page_is_shown() -> None:
    # ASP.NET's pages wrap the whole page in one <form>: its <h1> is the story's, not a
    # search box's
    body = "<form id='mainform'><div><h1>Bridge closed to cars</h1></div>"
    html = page("<title>Bridge closed to cars for good, council decides - Rivertown</title>",
                body).replace("</body>", "</form></body>")  # fmt: skip
    assert extract(html, "https://www.rivertown-news.example/a/1").title == (
        "Bridge closed to cars")


def test_a_badge_closing_the_headline_leaves_it_where_a_declared_title_is_the_rest() -> None:
    # "<h1>Headline <span class='label'>Abonnés</span></h1>" under a declared "Headline |
    # Section | Site": the subscribers' badge is no word of the headline; a last word set
    # in its own element that the declared title holds stays
    head = "<title>Bridge closed to cars after floods | Chronicles | Rivertown News</title>"
    badge = "<h1>Bridge closed to cars after floods <span class='label'>Subscribers</span></h1>"
    assert title_of(head, badge) == "Bridge closed to cars after floods"
    emphasis = "<h1>The year of the river <em>Barbie</em></h1>"
    assert title_of("<title>The year of the river Barbie | Rivertown News</title>",
                    emphasis) == "The year of the river Barbie"  # fmt: skip


@pytest.mark.parametrize("title", [
    "Council approves plan for new harbour bridge – Harbour Times",
    "Council approves plan for new harbour bridge — Harbour Times",
    "Council approves plan for new harbour bridge :: Harbour Times",
    "Council approves plan for new harbour bridge » Harbour Times",
    "Council approves plan for new harbour bridge / Harbour Times",
    "Harbour Times - Council approves plan for new harbour bridge",
])
@pytest.mark.parametrize("shown", ["<div class='headline'>{}</div>", "<p><strong>{}</strong></p>"])
def test_a_headline_shown_in_a_named_element_or_bold_leaves_the_sites_name(
        title: str, shown: str) -> None:  # fmt: skip
    # no heading on the page: the part of <title> an element named for it, or a bold line,
    # shows as it is is the headline
    headline = "Council approves plan for new harbour bridge"
    body = shown.format(headline)
    assert title_of(f"<title>{title}</title>", body) == headline


def test_a_blogs_name_in_the_h1_linking_to_the_blogs_front_is_no_headline() -> None:
    # the <h1> links to the front of the blog the page sits in, below the host's root
    head = ("<title>My son's first packed lunch | Hanako's Kitchen Diary</title>"
            '<meta property="og:title" content="My son\'s first packed lunch">')
    body = ("<h1><a href='https://acme.example/blog/'>Hanako's Kitchen Diary</a></h1>"
            "<h2>My son's first packed lunch</h2>")
    url = "https://acme.example/blog/my-sons-first-packed-lunch"
    assert title_of(head, body, url) == "My son's first packed lunch"


@pytest.mark.parametrize(("h1", "headline"), [
    ("[단독] 국회, 저출산 대책 법안 통과", "국회, 저출산 대책 법안 통과"),
    ("【速報】少子化対策法が成立", "少子化対策法が成立"),
    ("【独家】人大常委会通过新公司法", "人大常委会通过新公司法"),
    ("[Update] Bridge closed to cars", "Bridge closed to cars"),
    ("EXCLUSIVE: Bridge closed to cars", "Bridge closed to cars"),
    ("SON DAKİKA: Meclis asgari ücrete ara zammı kabul etti",
     "Meclis asgari ücrete ara zammı kabul etti"),
    ("ÚLTIMA HORA | El Gobierno aprueba la ley de vivienda",
     "El Gobierno aprueba la ley de vivienda"),
    ("Live – Bridge closed to cars", "Bridge closed to cars"),
    # a kicker element of one CJK word; a <small> standfirst closing the headline
    ("<span class='label'>速報</span>少子化対策法が成立", "少子化対策法が成立"),
    ("Bridge closed to cars<small>Repairs start next month</small>", "Bridge closed to cars"),
    # a topic before the colon is the headline's, as is a colon kicker of no trade word
    ("Brexit: Bridge closed to cars", "Brexit: Bridge closed to cars"),
    ("Fact check: Bridge closed to cars", "Fact check: Bridge closed to cars"),
    ("[Weekly Review] Bridge closed to cars", "[Weekly Review] Bridge closed to cars"),
])  # fmt: skip
def test_a_kicker_typed_into_the_headline_goes(h1: str, headline: str) -> None:
    # the label of the trade ahead of the headline (exclusive, breaking, live ...) or any
    # short bracketed label opening it, as Korean, Japanese and Chinese sites write them
    assert title_of(f"<title>{headline} | Site</title>", f"<h1>{h1}</h1>") == headline


def test_a_short_headline_shown_in_a_named_element_leaves_the_shorter_name_after_it() -> None:
    # three words before an en dash and a name of two: the shown part is the headline
    body = "<div class='title'><strong>Bundestag beschließt Reform</strong></div>"
    assert title_of("<title>Bundestag beschließt Reform – Rheinische Rundschau</title>",
                    body) == "Bundestag beschließt Reform"  # fmt: skip
    # a name of three words before a headline of as many stays unread as the headline
    body = "<div class='site-title'>The Harbour Times</div>"
    assert title_of("<title>The Harbour Times – Bridge closes today</title>", body) == (
        "The Harbour Times – Bridge closes today")


def test_a_headline_in_the_main_content_under_a_layout_named_for_the_menu_counts() -> None:
    # Read the Docs' theme: the content beside the menu sits in "wy-nav-content", above the
    # element marked as the page's main content (role=main, itemprop=articleBody)
    h1 = "A simple onboarding checklist for new customers"
    for main in ("<div role='main' class='document'>", "<div itemprop='articleBody'>"):
        body = (f"<nav class='wy-nav-side'><a href='/'>Acme</a></nav><section class='wy-nav-"
                f"content-wrap'><div class='wy-nav-content'><div class='rst-content'>{main}"
                f"<section id='x'><h1>{h1}</h1></section></div></div></div></section>")
        assert title_of(f"<title>{h1} — Acme onboarding guides</title>", body) == h1
    # a heading in a menu above the main content stays out
    body = ("<div role='main'><div class='wy-nav-side'><h1>Acme onboarding guides</h1></div>"
            "</div>")
    assert title_of(f"<title>{h1} | Acme onboarding guides</title>", body) == h1


@pytest.mark.parametrize("title", [
    "A simple onboarding checklist — Acme 2.3 documentation",
    "A simple onboarding checklist — Acme v2.3.1 Dokumentation",
    "A simple onboarding checklist - Acme Docs",
])
def test_a_projects_manual_named_after_the_headline_goes(title: str) -> None:
    # Sphinx's "<project> <release> documentation" (German "Dokumentation"), MkDocs' "Docs"
    assert title_of(f"<title>{title}</title>") == "A simple onboarding checklist"


def test_updated_badge_with_a_time_closing_the_h1_is_dropped() -> None:
    head = "<title>Earthquake shakes the bay area | West Coast Daily</title>"
    body = ("<h1>Earthquake shakes the bay area <span class='updated'>Updated 10:42</span>"
            "</h1>")
    assert title_of(head, body) == "Earthquake shakes the bay area"


def test_h1_going_on_after_a_shorter_seo_title_is_the_headline() -> None:
    head = ("<title>Storm knocks out power | Rivertown News</title>"
            "<meta property='og:title' content='Storm knocks out power'>")
    body = "<h1>Storm knocks out power to 40,000 homes along the coast</h1>"
    assert title_of(head, body) == "Storm knocks out power to 40,000 homes along the coast"
    # a date or a separator after the declared title is not the headline going on
    body = "<h1>Storm knocks out power 07.12.2026 | Rivertown News</h1>"
    assert title_of(head, body) == "Storm knocks out power"


def test_breadcrumb_section_left_before_the_headline_is_dropped() -> None:
    head = ("<title>Rivertown News » Politics » Council votes to close the old bridge</title>"
            "<meta property='og:site_name' content='Rivertown News'>")
    assert title_of(head) == "Council votes to close the old bridge"
    head = "<title>المساء » أخبار » وزير المالية يعلن موازنة العام المقبل</title>"
    assert title_of(head, url="https://www.almasa.example/news/1") == (
        "وزير المالية يعلن موازنة العام المقبل")


def test_a_badge_element_of_several_words_closing_the_headline_is_dropped() -> None:
    head = "<title>Bridge closed to cars after floods - Rivertown News</title>"
    body = ("<h1>Bridge closed to cars after floods <span class='icon__premium'>Article "
            "réservé aux abonnés</span></h1>")
    assert title_of(head, body) == "Bridge closed to cars after floods"


def test_kicker_line_of_the_h1_is_dropped_where_the_title_opens_with_it() -> None:
    head = "<title>Accident: Truck overturns on the ring road | Rivertown News</title>"
    assert title_of(head, "<h1>Accident<br>Truck overturns on the ring road</h1>") == (
        "Truck overturns on the ring road")
    # the first line of a two-line headline, or an artist's name above an album, stays
    head = "<title>Storm Ciarán batters the south coast | Rivertown News</title>"
    assert title_of(head, "<h1>Storm Ciarán<br>batters the south coast</h1>") == (
        "Storm Ciarán batters the south coast")
    head = "<title>Leslie Clio presents the album 'Brave New Woman'</title>"
    assert title_of(head, "<h1>Leslie Clio<br><span>Brave New Woman</span></h1>") == (
        "Leslie Clio Brave New Woman")


def test_a_printable_title_without_double_spaces_needs_no_spacing() -> None:
    # (title._clean and metadata._first skip their white space pattern on such a text)
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    assert [ch for ch in spaces if ch.isprintable()] == [" "]
    from warctools.extract.title import _clean

    cleaned = _clean("Storm\u00a0batters  the\tcoast\u3000today ")
    assert cleaned == "Storm batters the coast\u3000today"
