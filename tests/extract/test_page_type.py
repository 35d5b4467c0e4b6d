"""Page type: articles at home-, tag- or search-like URLs stay articles; real listings,
tag, search and error pages keep their types; the deciding rule is kept."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from warctools.extract import extract
from warctools.extract.classify import LONG_PROSE, PageSignals, classify_page
from warctools.pipeline.article_row import article_row
from warctools.records import Capture

PARAGRAPHS = [
    "The harbour authority said on Tuesday that the old grain quay would close for repairs "
    "next spring, after divers found that several of its timber piles had rotted through.",
    "Fishermen who land their catch there will move to the eastern pier for the summer, and "
    "the ferry timetable will not change, a spokeswoman for the authority said.",
    "The quay was built in 1887 and last rebuilt in the 1960s. Engineers estimate that the "
    "work will cost about four million euros, most of it paid from the regional budget.",
    "Local traders welcomed the decision but asked for the work to be finished before the "
    "autumn festival, which brings thousands of visitors to the waterfront every year.",
    "A public meeting on the plans will be held at the town hall next week, where residents "
    "can see the drawings and put their questions to the engineers in charge of the project.",
    "The authority also said it would publish a survey of the other quays in the harbour by "
    "the end of the year, so that any further repairs can be planned well in advance.",
    "Council members from all parties backed the plan at a meeting on Monday evening, though "
    "two of them asked for a second opinion on the cost before the contract is signed.",
    "The last major works on the waterfront, a new sea wall finished four years ago, ran six "
    "months late after a winter of storms flooded the site twice in the same fortnight.",
    "Until the repairs begin, lorries heavier than twelve tonnes will be kept off the quay, "
    "and a footpath along its edge will be fenced off as a precaution for walkers.",
]
ARTICLE = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
NAV = "<nav><ul>" + "".join(
    f"<li><a href='/{name}/'>{name.title()}</a></li>"
    for name in ("news", "sport", "business", "culture", "travel")
) + "</ul></nav>"  # fmt: skip
TEASERS = "".join(
    f"<div class='card'><h2><a href='/2024/01/{i:02d}/story-number-{i}'>Story number {i}"
    f" in today's news roundup</a></h2></div>"
    for i in range(1, 25)
)


def page(body: str, head: str = "", title: str = "Harbour quay to close for repairs") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def article_page(head: str = "") -> str:
    byline = "<p class='byline'>By Ana Lima</p><time datetime='2024-03-05'>5 March 2024</time>"
    return page(f"{NAV}<article><h1>Harbour quay to close for repairs</h1>{byline}{ARTICLE}"
                "</article>", head)


def test_article_with_a_long_body_stays_an_article_at_listing_like_urls() -> None:
    html = article_page()
    for url in (
        "https://news.example.com/",
        "https://news.example.com/index.php",
        "https://news.example.com/tag/harbour/",
        "https://news.example.com/topics/harbour",
        "https://news.example.com/search?q=harbour",
        "https://news.example.com/politics/",
    ):
        got = extract(html, url)
        assert got.page_type == "article", (url, got.page_type_reason)
        assert got.page_type_reason == f"prose>={LONG_PROSE}", url


def test_item_urls_are_not_home_tag_or_search() -> None:
    """An index file with a query names one item; a tag directory followed by a deeper path,
    or a slug that starts with "search", is not a tag or search page."""
    short = page("<article><h1>Quay closes</h1>" + "".join(
        f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + "</article>")  # fmt: skip
    for url in (
        "https://news.example.com/index.php?option=com_content&view=article&id=4711",
        "https://news.example.com/themen/harbour/quay-to-close-for-repairs",
        "https://news.example.com/search-for-a-new-harbour-master-begins",
    ):
        assert extract(short, url).page_type == "article", url


def test_listings_keep_their_types_and_say_why() -> None:
    listing = page(NAV + TEASERS, "<meta property='og:type' content='website'>", "News")
    expected = {
        "https://news.example.com/": ("home", "url:home_path+listing:link_blocks="),
        "https://news.example.com/politics/": ("section", "listing:link_blocks="),
        "https://news.example.com/tag/brexit/": ("tag", "url:tag_path+listing:link_blocks="),
        "https://news.example.com/tag/brexit/page/3": ("tag", "url:tag_path"),
        "https://news.example.com/search?q=brexit": ("search", "url:search_path"),
    }
    for url, (kind, reason) in expected.items():
        got = extract(listing, url)
        assert (got.page_type, got.page_type_reason[: len(reason)]) == (kind, reason), url


HEADLINES = ["Council approves harbour budget after long night", "Ferry returns after its break",
             "Bakery on the quay wins national award", "Road to the north pier closed until May",
             "School board approves new uniform rules", "Music festival announces first names"]


def _cards() -> str:
    """A page of cards of other stories, each a picture, a linked headline, its excerpt and
    day, written without class names (nothing names them teasers)."""
    cards = "".join(
        f"<div><a href='/2025/03/{i}/story-{i}'><img src='t{i}.jpg'></a><h2>"
        f"<a href='/2025/03/{i}/story-{i}'>{headline}</a></h2><p>{PARAGRAPHS[i]}</p>"
        f"<span>March {i + 10}, 2025</span></div>"
        for i, headline in enumerate(HEADLINES)
    )
    return page(f"{NAV}<main><h1>Local news</h1>{cards}</main>", "", "Local news")


def test_a_listing_without_class_names_is_no_article() -> None:
    # every paragraph is the excerpt under another story's linked headline: the page's text
    # is the cards', which was taken for a story (typed article at a section's URL)
    got = extract(_cards(), "https://news.example.com/news/local/")
    assert got.page_type != "article" and not got.text, (got.page_type, got.text)


def test_declared_article_does_not_lift_a_home_listing() -> None:
    """og:type article on a home page full of teasers (some CMSs put it on every page)."""
    listing = page(NAV + TEASERS, "<meta property='og:type' content='article'>", "News")
    assert extract(listing, "https://news.example.com/").page_type == "home"


def test_error_pages_and_articles_about_errors() -> None:
    error = page("<p>Sorry, we could not find that page.</p>", title="404 Page not found")
    got = extract(error, "https://news.example.com/some/missing-page")
    assert (got.page_type, got.page_type_reason) == ("error", "error_title")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Not found"}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    story = page(f"<article>{ARTICLE}</article>", head, title="Missing hiker still not found")
    assert extract(story, "https://news.example.com/missing-hiker").page_type == "article"


def test_body_the_extractor_missed_still_an_article_when_the_page_says_so() -> None:
    """A declared article, or a dated slug URL, whose body the extractor found nothing of."""
    empty = page(NAV + "<div id='app'></div>", "<meta property='og:type' content='article'>")
    got = extract(empty, "https://blog.example.com/p/harbour")
    assert (got.page_type, got.page_type_reason) == ("article", "og:article")
    bare = page(NAV + "<div id='app'></div>")
    got = extract(bare, "https://blog.example.com/2019/10/harbour-quay-to-close.html")
    assert (got.page_type, got.page_type_reason) == ("article", "url:date")
    assert extract(bare, "https://blog.example.com/about").page_type != "article"


def _signals(**kw: object) -> PageSignals:
    base: dict[str, object] = dict(
        url="https://e.com/a/b/c", title="T", og_type=None, jsonld_types=set(),
        jsonld_article=False, prose_chars=0, text_chars=0, link_blocks=0,
    )  # fmt: skip
    base.update(kw)
    return PageSignals(**base)  # type: ignore[arg-type]


def test_classify_rules_on_signals() -> None:
    cases = [
        (dict(prose_chars=400), "article", "prose>=200"),
        (dict(prose_chars=0, text_chars=20), "other", "little_text:prose=0"),
        (dict(link_blocks=30, prose_chars=100), "section", "listing:link_blocks=30"),
        (dict(link_blocks=30, prose_chars=100, jsonld_article=True), "article",
         "jsonld_article+listing:link_blocks=30"),
        (dict(url="https://e.com/", prose_chars=1500), "article", "prose>=1200"),
        (dict(url="https://e.com/", prose_chars=1500, link_blocks=40, jsonld_article=True),
         "article", "prose>=1200"),  # a long body is not a listing
        (dict(url="https://e.com/", prose_chars=500, link_blocks=40), "home",
         "url:home_path+listing:link_blocks=40"),
        (dict(url="https://e.com/tag/x/", prose_chars=300, has_byline=True, has_date=True,
              text_chars=300), "article", "headline+byline+date"),
        (dict(url="https://e.com/tag/x/", prose_chars=300, text_chars=300), "tag",
         "url:tag_path"),
        (dict(url="https://e.com/", prose_chars=400, has_date=True), "article",
         "dated+prose>=200"),  # one dated story at the root: a blog's latest post
        (dict(url="https://e.com/", prose_chars=400), "home", "url:home_path"),
        (dict(url="https://e.com/", prose_chars=100, has_date=True), "home", "url:home_path"),
        (dict(url="https://e.com/", prose_chars=400, has_date=True, link_blocks=20), "home",
         "url:home_path+listing:link_blocks=20"),  # a dated listing is still a home page
        (dict(og_type="video.other", prose_chars=100), "video", "og:video"),
        (dict(jsonld_types={"CollectionPage"}, prose_chars=500), "section",
         "jsonld:CollectionPage"),
        (dict(url="https://e.com/news/story?id=12345", text_chars=150), "article",
         "url:id_param"),
        (dict(url="https://e.com/news/list?page=12345", text_chars=150), "section",
         "little_text:prose=0"),
    ]  # fmt: skip
    for kw, kind, reason in cases:
        got = classify_page(_signals(**kw))
        assert (got.kind, got.reason) == (kind, reason), kw


def test_reason_reaches_the_article_row() -> None:
    url = "https://news.example.com/2024/03/05/harbour-quay-to-close"
    ext = extract(article_page(), url)
    cap = Capture(
        url=url, warc_filename="a.warc.gz", warc_offset=0, warc_length=1, warc_record_id=None,
        warc_date=datetime(2024, 3, 5, tzinfo=timezone.utc), warc_type="response",
        payload_digest=None, http_status=200, content_type="text/html", body=b"x", html="x",
        charset="utf-8", charset_source="http",
    )  # fmt: skip
    row = article_row(cap, ext)
    assert row["page_type"] == "article"
    assert row["page_type_reason"] == f"prose>={LONG_PROSE}"


def test_no_url_says_nothing() -> None:
    """Without a URL (a caller that has none) the page is not typed home by its empty path."""
    assert extract(article_page(), "").page_type == "article"
    short = page("<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + "</article>")
    assert extract(short, "").page_type == "article"


def test_a_short_cjk_article_counts_its_characters_at_their_reading_size() -> None:
    # 190 Chinese characters say what some 600 English ones do: a brief, not a section page
    story = ["市议会周二投票决定重建旧港口大桥，此前工程师在去年春天发现两个桥墩出现裂缝。",
             "工程将于三月开始，预计持续约两年，其间渡轮将免费运送骑车人和行人过河。",
             "东岸居民十年来一直呼吁修建新的过河通道，他们说绕道工业区使通勤时间增加了半小时。",
             "市长表示，议会已拨款四千八百万欧元，其中三分之一来自国家基础设施基金，并排除了收费。",
             "反对派议员对时间表提出质疑，并指出去年晚开通十八个月的电车延长线。"]  # fmt: skip
    html = (f"<html lang='zh'><head><title>港口大桥将重建</title></head><body>{NAV}"
            "<div class='main'><h1>港口大桥将重建</h1>"
            + "".join(f"<p>{p}</p>" for p in story) + "</div></body></html>")  # fmt: skip
    got = extract(html, "https://news.example.cn/news/bridge")
    assert sum(len(p) for p in story) < 200
    assert got.page_type == "article", got.page_type_reason


_BRIEF = PARAGRAPHS[0]  # one paragraph of 173 characters: a news brief
_URLS_WITHOUT_SHAPE = ("https://gazette.example/quay-closes", "https://gazette.example/a/b7x9k2",
                       "https://gazette.example/video/quay",
                       "https://gazette.example/nachrichten/region/kai-gesperrt-100.html")


def _brief_page(head: str, above: str = "") -> str:
    return (f"<html><head><title>Old grain quay to close for repairs | Gazette</title>{head}"
            f"</head><body>{NAV}<main><h1>Old grain quay to close for repairs</h1>{above}"
            f"<p>{_BRIEF}</p></main><footer>© Gazette</footer></body></html>")  # fmt: skip


def test_a_news_brief_under_its_headline_is_an_article_at_any_url() -> None:
    # one paragraph under the headline the title names: a news brief, whatever the URL's
    # shape; with a byline and a date it says so twice
    for url in _URLS_WITHOUT_SHAPE:
        got = extract(_brief_page(""), url)
        assert (got.page_type, got.page_type_reason) == ("article", "headline+prose>=100"), url
        dated = extract(_brief_page("", "<p>By Ana Lima</p><p>March 12, 2025</p>"), url)
        assert (dated.page_type, dated.page_type_reason) == (
            "article", "headline+byline+date"), url


def test_a_section_front_with_a_line_of_text_stays_a_section() -> None:
    # a section's name is no headline: "Weather warnings" over one paragraph at /weather/
    html = ("<html><head><title>Weather warnings | Gazette</title></head><body>"
            f"{NAV}<main><h1>Weather warnings</h1><p>{_BRIEF}</p></main></body></html>")
    got = extract(html, "https://gazette.example/weather/")
    assert got.page_type == "section"


def test_a_short_dated_post_beside_a_blogs_sidebar_is_an_article() -> None:
    # a blog theme's post: its headline linked to its own page, a date line, two short
    # paragraphs; beside it a sidebar of archives and categories (a listing's link count)
    sidebar = "<div class='column'><h2>Archive</h2><ul>" + "".join(
        f"<li><a href='/2024/{m:02d}/'>Posts of month {m}, 2024</a></li>" for m in range(1, 13)
    ) + "</ul><h2>Categories</h2><ul>" + "".join(
        f"<li><a href='/category/c{i}/'>Posts in category {i}</a></li>" for i in range(6)
    ) + "</ul></div>"  # fmt: skip
    post = (f"<div class='post'><h2><a href='https://quayblog.example/old-quay/'>The old "
            f"grain quay</a></h2><p>3. August 2024 · Filed under <a href='/category/c1/'>"
            f"Harbour</a></p><div class='entry'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
            "</div></div>")  # fmt: skip
    html = (f"<html><head><title>The old grain quay | Quay blog</title></head><body>{post}"
            f"{sidebar}</body></html>")  # fmt: skip
    got = extract(html, "https://quayblog.example/old-quay/")
    assert (got.page_type, got.page_type_reason) == (
        "article", "headline+date+prose>=200+listing")
    assert got.text.split("\n\n") == PARAGRAPHS[:2]


def test_a_sections_name_over_its_introduction_beside_a_listing_stays_a_section() -> None:
    # "Local news" over a paragraph introducing the section, its latest stories dated
    cards = "".join(
        f"<li><a href='/local/story-number-{i}'>Story number {i} from the harbour</a> "
        f"<time datetime='2024-03-{i + 1:02d}'>March {i + 1}</time></li>" for i in range(16)
    )  # fmt: skip
    html = (f"<html><head><title>Local news | Gazette</title></head><body>{NAV}<main>"
            f"<h1>Local news</h1><p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p><ul>{cards}</ul>"
            "</main></body></html>")  # fmt: skip
    got = extract(html, "https://gazette.example/local-news")
    assert got.page_type == "section", got.page_type_reason


def test_a_story_captured_at_the_sites_root_declaring_its_own_address_is_an_article() -> None:
    # a short story beside the site's latest stories, fetched at "/" (a redirect's target
    # lost, a one-story front): its canonical address names one item, so the root's shape
    # says nothing; a home page declaring the root, and a story declaring the root (a site
    # that declares it on every page), keep what their own signals say
    short = PARAGRAPHS[0]
    body = f"{NAV}<article><h1>Harbour quay to close for repairs</h1><p>{short}</p></article>"
    item = "<link rel='canonical' href='/2024/03/05/harbour-quay-to-close-for-repairs'>"
    got = extract(page(body + TEASERS, item), "https://news.example.com/")
    assert (got.page_type, got.page_type_reason) == (
        "article", "canonical:url:date+listing:link_blocks=24")
    root = "<link rel='canonical' href='https://news.example.com/'>"
    assert extract(page(body + TEASERS, root), "https://news.example.com/").page_type == "home"
    assert extract(page(NAV + TEASERS, item.replace("/2024/03/05/harbour-quay-to-close-for-"
                                                    "repairs", "/news/")),
                   "https://news.example.com/").page_type == "home"  # fmt: skip
