"""Metadata: JSON-LD, meta conventions, markup fallbacks, language, page type."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from warctools.extract import extract
from warctools.extract.dates import date_from_url, parse_date

BODY = " ".join(
    ["The committee published its long-awaited report on the state of the rivers, and "
     "its conclusions about pollution, farming and sewage were stark."] * 6
)  # fmt: skip


def html_with(head: str, body: str = f"<article><p>{BODY}</p></article>") -> str:
    return f"<html lang='en-GB'><head>{head}</head><body>{body}</body></html>"


def test_jsonld_metadata_wins() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Ignored"},
            {
                "@type": "NewsArticle",
                "headline": "Rivers report is stark",
                "datePublished": "2023-05-04T09:30:00+02:00",
                "dateModified": "2023-05-05T10:00:00Z",
                "author": [{"@type": "Person", "name": "Ana Lima"}, {"name": "Tom Reed"}],
                "publisher": {"@type": "Organization", "name": "River News"},
                "articleSection": "Environment",
                "keywords": ["rivers", "pollution"],
            },
        ],
    }
    head = (
        f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
        "<meta property='og:description' content='A summary.'>"
        "<link rel='canonical' href='/news/rivers-report'>"
    )
    got = extract(html_with(head), "https://rivers.example.org/news/rivers-report?utm=1")
    assert got.title == "Rivers report is stark"
    assert got.authors == ["Ana Lima", "Tom Reed"]
    assert got.published == datetime(2023, 5, 4, 7, 30, tzinfo=timezone.utc)
    assert got.modified == datetime(2023, 5, 5, 10, 0, tzinfo=timezone.utc)
    assert got.site_name == "River News"
    assert got.section == "Environment"
    assert got.tags == ["rivers", "pollution"]
    assert got.description == "A summary."
    assert got.canonical_url == "https://rivers.example.org/news/rivers-report"
    assert got.language == "en"
    assert got.page_type == "article"


def test_meta_and_markup_fallbacks() -> None:
    head = (
        "<title>Rivers report | River News</title>"
        "<meta property='article:published_time' content='2023-05-04T09:30:00Z'>"
        "<meta name='author' content='By Ana Lima and Tom Reed'>"
        "<meta property='og:site_name' content='River News'>"
        "<meta property='og:type' content='article'>"
        "<meta property='article:tag' content='rivers'>"
    )
    got = extract(html_with(head), "https://rivers.example.org/a")
    assert got.title == "Rivers report"
    assert got.authors == ["Ana Lima", "Tom Reed"]
    assert got.published == datetime(2023, 5, 4, 9, 30, tzinfo=timezone.utc)
    assert got.tags == ["rivers"]


def test_byline_time_element_and_url_date() -> None:
    body = (
        "<article><h1>Headline here</h1><div class='byline'>By <a rel='author'>Jo Park</a>"
        "</div><time datetime='2021-02-03'>3 Feb</time>" + f"<p>{BODY}</p></article>"
    )
    got = extract(html_with("", body), "https://example.com/news/headline-here")
    assert got.authors == ["Jo Park"]
    assert got.title == "Headline here"
    assert got.published == datetime(2021, 2, 3, tzinfo=timezone.utc)
    assert "Jo Park" not in got.text
    # a <time> a year from the URL's full day is an edit's: the URL's day (test_dates.py)
    got = extract(html_with("", body), "https://example.com/2020/01/02/headline-here")
    assert (got.published, got.published_source) == (datetime(2020, 1, 2, tzinfo=timezone.utc),
                                                     "url")  # fmt: skip
    nodate = extract(html_with("", f"<p>{BODY}</p>"), "https://e.com/2020/01/02/some-story")
    assert nodate.published == datetime(2020, 1, 2, tzinfo=timezone.utc)


def test_date_parsing() -> None:
    utc = timezone.utc
    assert parse_date("2019-11-19T10:00:00.123-05:00") == datetime(2019, 11, 19, 15, tzinfo=utc)
    assert parse_date("Tue, 19 Nov 2019 10:00:00 GMT") == datetime(2019, 11, 19, 10, tzinfo=utc)
    assert parse_date("November 19, 2019") == datetime(2019, 11, 19, tzinfo=utc)
    assert parse_date("19 Nov 2019") == datetime(2019, 11, 19, tzinfo=utc)
    assert parse_date(1574157600) == datetime(2019, 11, 19, 10, tzinfo=utc)
    assert parse_date("0001-01-01") is None
    assert parse_date("not a date") is None
    assert date_from_url("https://e.com/news/20191119/story") == datetime(2019, 11, 19, tzinfo=utc)
    assert date_from_url("https://e.com/news/story-12345") is None


def test_url_day_unpadded_only_as_a_folder() -> None:
    utc = timezone.utc
    july = datetime(2017, 7, 12, tzinfo=utc)
    assert date_from_url("https://e.com/home/2017/7/12/unter-uns") == july
    assert date_from_url("https://e.com/2017/7/12.html") == july
    assert date_from_url("https://e.com/2019-11-19-slug") == datetime(2019, 11, 19, tzinfo=utc)
    # a slug opening with a number under a month's folder is no day
    assert date_from_url("https://e.com/2023/10/3-fragen-an-tina-musil/") is None
    assert date_from_url("https://e.com/2023/1/5-things-to-know") is None


def test_language_from_text_beats_a_wrong_hint() -> None:
    german = " ".join(
        ["Der Ausschuss hat seinen lange erwarteten Bericht über den Zustand der Flüsse "
         "veröffentlicht, und seine Schlussfolgerungen waren deutlich."] * 4
    )  # fmt: skip
    got = extract(html_with("", f"<article><p>{german}</p></article>"), "https://e.com/a")
    assert got.language == "de"


def test_an_english_story_under_another_latin_scripts_hint_is_english() -> None:
    # a site's fixed <html lang="de"> (or "fr") over an English story: the text decides;
    # a German story quoting an English speech at length keeps the page's German
    english = ("The committee published its long-awaited report on the state of the "
               "rivers on Tuesday, and its conclusions were clear: the water is cleaner "
               "than it has been for fifty years, but the fish have not come back. ") * 3
    for lang in ("de", "fr", "es"):
        page = f"<html lang='{lang}'><body><article><p>{english}</p></article></body></html>"
        assert extract(page, "https://e.com/a").language == "en", lang
    quoting = ("Am 14. Juni 2005 hielt Steve Jobs eine vielbeachtete Rede vor den "
               "Absolventen der Universität. “You can’t connect the dots looking forward. "
               "You can only connect them looking backwards, so you have to trust that the "
               "dots will somehow connect in your future.” Mit den Punkten meinte er die "
               "kleinen Bausteine, aus denen sich ein Leben zusammensetzt, und die man erst "
               "im Rückblick erkennt.")  # fmt: skip
    page = f"<html lang='de'><body><article><p>{quoting}</p></article></body></html>"
    assert extract(page, "https://e.com/a").language == "de"


def test_non_article_pages() -> None:
    teasers = "".join(
        f"<div class='card'><h2><a href='/2024/01/{i:02d}/story-number-{i}'>Story number {i}"
        f" in today's news roundup</a></h2></div>"
        for i in range(1, 25)
    )
    listing = f"<html><head><meta property='og:type' content='website'></head><body>{teasers}"
    assert extract(listing + "</body></html>", "https://news.example.com/").page_type == "home"
    assert extract(listing, "https://news.example.com/politics/").page_type == "section"
    assert extract(listing, "https://news.example.com/tag/brexit/").page_type == "tag"
    assert extract(listing, "https://news.example.com/search?q=brexit").page_type == "search"
    error = "<html><head><title>404 Page not found</title></head><body><p>Sorry.</p></body>"
    assert extract(error, "https://news.example.com/some/missing-page").page_type == "error"
    video = (
        "<html><head><meta property='og:type' content='video.other'></head><body>"
        "<video src='x.mp4'></video><p>Watch the clip.</p></body></html>"
    )
    assert extract(video, "https://news.example.com/video/clip-1").page_type == "video"


def test_author_names_are_cleaned() -> None:
    from warctools.extract.authors import split_names

    assert split_names("Sarah E. Needleman") == ["Sarah E. Needleman"]
    assert split_names("TOM KRISHER, AP Auto Writer") == ["Tom Krisher"]
    assert split_names("By Ana Lima and Tom Reed") == ["Ana Lima", "Tom Reed"]
    assert split_names("https://example.com/staff/ana") == []


def test_inverted_author_names_stay_one_person() -> None:
    from warctools.extract.authors import split_names

    assert split_names("Lima, Ana") == ["Ana Lima"]
    assert split_names("Lima, Ana M.") == ["Ana M. Lima"]
    assert split_names("Lima, Ana; Reed, Tom") == ["Ana Lima", "Tom Reed"]
    assert split_names("Ana Lima, Tom Reed") == ["Ana Lima", "Tom Reed"]
    assert split_names("Ana Lima, Reuters") == ["Ana Lima"]
    head = "<meta name='citation_author' content='Lima, Ana'>"
    assert extract(html_with(head), "https://e.com/a").authors == ["Ana Lima"]


def test_comment_time_is_not_the_publication_date() -> None:
    body = (
        "<div class='comments'><ol><li><time datetime='2024-02-01T10:00:00Z'>1 Feb</time>"
        "<p>Great read.</p></li></ol></div>"
        f"<article><time datetime='2023-05-04T09:30:00Z'>4 May</time><p>{BODY}</p></article>"
    )
    got = extract(html_with("", body), "https://e.com/a")
    assert got.published == datetime(2023, 5, 4, 9, 30, tzinfo=timezone.utc)


def test_rdfa_title_and_date_of_cms_templates() -> None:
    body = (
        "<h1 class='page-header'>Blogs</h1><article><h2 property='dc:title'>Rivers report is "
        "stark</h2><span property='dc:date dc:created' content='2014-03-04T14:38:10+00:00'>"
        f"Submitted on Tue, 04/03/2014</span><p>{BODY}</p></article>"
    )
    head = "<title>Blogs | River News</title><meta property='dc:title' content=''>"
    got = extract(html_with(head, body), "https://e.com/blog/a")
    assert got.title == "Rivers report is stark"
    assert got.published == datetime(2014, 3, 4, 14, 38, 10, tzinfo=timezone.utc)


def test_visible_date_in_a_date_named_element() -> None:
    body = (
        "<div class='post-meta'><span class='post-date'>Posted Monday, May 13, 2024 | 6:12 PM"
        f"</span></div><div class='entry'><p>{BODY}</p></div>"
    )
    got = extract(html_with("", body), "https://e.com/story/some-story-here")
    assert got.published == datetime(2024, 5, 13, 18, 12, tzinfo=timezone.utc)  # no zone given
    assert (got.published_source, got.published_utc_offset) == ("text", None)
    assert "Posted" not in got.text


def test_jsonld_wrapped_in_cdata_or_a_comment_is_read() -> None:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Rivers report is stark",
                     "datePublished": "2023-05-04", "author": {"name": "Ana Lima"}})  # fmt: skip
    for wrapped in (f"<![CDATA[ {ld} ]]>", f"//<![CDATA[\n{ld}\n//]]>", f"<!-- {ld} -->"):
        head = f"<title>Home</title><script type='application/ld+json'>{wrapped}</script>"
        got = extract(html_with(head), "https://news.example.org/2023/1")
        assert got.title == "Rivers report is stark", wrapped
        assert got.authors == ["Ana Lima"]
        assert got.published is not None and got.published.date().isoformat() == "2023-05-04"


def test_keywords_once_each_whatever_their_case_first_spelling_kept() -> None:
    head = "<meta name='keywords' content='Rivers, rivers,  RIVERS , Dams, river s, dams'>"
    assert extract(html_with(head), "https://e.example/a").tags == ["Rivers", "Dams", "river s"]
