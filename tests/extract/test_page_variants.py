"""The page variants of ``benchmarks/extraction.py`` (--bare, --flat, --dense, --divs,
--plain, --portal, --cipher, --wrapped, --parts, --minified, --tables, --oldweb, --custom,
--linked):
what they change and what they leave, on a small page (no shared data needed)."""

from __future__ import annotations

import re
import sys

import pytest

from benchmarks._devsets import Page
from benchmarks.extraction import (
    VARIANTS,
    bare,
    custom,
    divs,
    flat,
    linked,
    minified,
    modules,
    parts,
    plain,
    tables,
    wrapped,
)

_dense = sys.modules[VARIANTS["dense"][0].__module__]  # _dense.py, as extraction.py imports it
dense, dense_text, spaced = _dense.dense, _dense.dense_text, _dense.spaced
_cipher = sys.modules[VARIANTS["cipher"][0].__module__]
cipher, cipher_text = _cipher.cipher, _cipher.cipher_text

HTML = (
    "<html><body><div class='post' id=\"main\"><h1 class=x>Title</h1>"
    "<p class='lead'>First paragraph.</p><P>Second, <a class='l' href='/p'>linked</a>.</P>"
    "<pre>code <p>shown</pre><picture><source srcset='a.jpg'></picture></div></body></html>"
)


def _page(html: str = HTML) -> Page:
    return Page("aeb", "k", "https://example.org/a", html.encode(), html, 0, True, "x")


def test_bare_takes_out_every_class_and_id_and_nothing_else() -> None:
    html = bare(_page()).html
    assert "class" not in html and "id=" not in html
    assert "<div>" in html and "<h1>" in html and "href='/p'" in html
    assert "First paragraph." in html and "srcset='a.jpg'" in html


def test_flat_writes_each_paragraph_as_text_and_two_line_breaks() -> None:
    html = flat(_page()).html
    assert re.search(r"</?p[\s>]", html, re.IGNORECASE) is None
    assert "First paragraph.<br><br>Second, <a class='l' href='/p'>linked</a>.<br><br>" in html
    assert "<pre>code shown</pre><picture><source srcset='a.jpg'></picture>" in html
    assert "class='post'" in html


def test_divs_writes_each_paragraph_as_a_div_with_its_attributes() -> None:
    html = divs(_page()).html
    assert re.search(r"</?p[\s>]", html, re.IGNORECASE) is None
    assert "<div class='lead'>First paragraph.</div><div>Second, <a class='l'" in html
    assert "<picture><source srcset='a.jpg'></picture>" in html


def test_plain_writes_sectioning_elements_as_divs_and_leaves_the_rest() -> None:
    page = _page("<html><body><header id='top'><nav>Menu</nav></header><main><article "
                 "class='post'><section><p>Text.</p></section></article><aside>Ad</aside>"
                 "</main><footer>Foot</footer></body></html>")  # fmt: skip
    html = plain(page).html
    assert html == ("<html><body><div id='top'><div>Menu</div></div><div><div class='post'>"
                    "<div><p>Text.</p></div></div><div>Ad</div></div><div>Foot</div>"
                    "</body></html>")  # fmt: skip


def test_each_variant_is_listed_with_its_transform() -> None:
    assert VARIANTS["bare"][0] is bare and VARIANTS["flat"][0] is flat
    assert VARIANTS["divs"][0] is divs and VARIANTS["plain"][0] is plain
    assert VARIANTS["dense"][0].__module__.endswith("_dense") and VARIANTS["dense"][2] is spaced
    page = _page(HTML.replace("<body>", "<body><article>").replace("</body>", "</article></body>"))
    for transform, _heading, _score_as in VARIANTS.values():
        changed = transform(page)
        assert changed.html != page.html and changed.raw == page.raw and changed.key == page.key


def test_dense_writes_each_word_as_two_han_characters_and_leaves_the_markup() -> None:
    words = dense_text("Second, linked text. Second")
    assert re.fullmatch(r"[\u4e00-\u9fff]{2}，[\u4e00-\u9fff]{4}。[\u4e00-\u9fff]{2}", words)
    assert words[:2] == words[-2:]  # the same word, the same characters
    assert dense_text("Ita\xadli\xadens") == dense_text("Italiens")  # soft hyphens go
    assert dense_text("Gr\u00fc\u00dfe 2024 \u4e2d\u6587").endswith(" 2024 \u4e2d\u6587")
    page = dense(_page())
    assert "<div class='post' id=\"main\">" in page.html and "href='/p'" in page.html
    assert "First" not in page.html and "paragraph" not in page.html
    assert dense(_page("<p>Gr&uuml;&szlig;e &amp; more</p>")).html.count("&amp;") == 1
    # a story held in <noscript> for readers without scripts is written densely too
    held = dense(_page("<script>var t = 'Kept as is';</script><noscript><p>Story text</p>"
                       "<img src='a.jpg'></noscript>")).html  # fmt: skip
    assert "Kept as is" in held and "Story" not in held and "<img src='a.jpg'>" in held
    escaped = "<noscript>&lt;img src=&quot;beacon.gif&quot; alt=&quot;a beacon&quot;&gt;</noscript>"
    assert dense(_page(escaped)).html == escaped  # markup written as text stays markup


def test_dense_writes_json_ld_texts_alike_and_keeps_its_keys_urls_and_dates() -> None:
    html = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Title '
            'here", "url": "https://example.org/a", "datePublished": "2024-05-01"}</script>'
            '<script type="application/ld+json">{broken</script><p>Title here</p>')
    out = dense(_page(html)).html
    assert '"@type": "NewsArticle"' in out and '"url": "https://example.org/a"' in out
    assert '"datePublished": "2024-05-01"' in out and "{broken" not in out
    assert f'"headline": "{dense_text("Title here")}"' in out


def test_dense_scores_each_han_character_as_a_token() -> None:
    page = dense(_page())
    assert page.expected is not None and re.fullmatch(r"( [\u4e00-\u9fff] )+", page.expected)
    assert spaced("ab\u4e2d\u6587") == "ab \u4e2d  \u6587 "


def test_dense_segments_leave_out_a_word_they_cut_in_two() -> None:
    # "hat" of "That" and "gre" of "great" would be written as other characters than the
    # page's words: the segment keeps its whole words only
    html = "<p>That means a <b>great</b> deal.</p><p>Print</p><p>Recipe</p>"
    page = Page("lwp", "k", "https://example.org/a", html.encode(), html, 0, True, None,
                include=["hat means a gre", "Print Recipe"], exclude=[])  # fmt: skip
    written = dense(page).include
    assert written[0] == spaced(dense_text("means a"))
    assert written[1] == spaced(dense_text("Print Recipe"))  # two runs of text, no word cut


def test_cipher_writes_each_latin_letter_as_a_cyrillic_one_and_leaves_the_rest() -> None:
    text = cipher_text("Read more: Share this, Grüße São 2024. THE the")
    assert re.fullmatch(r"[\u0400-\u04ff]{4} [\u0400-\u04ff]{4}: [\u0400-\u04ff]{5} "
                        r"[\u0400-\u04ff]{4}, [\u0400-\u04ff]{5} [\u0400-\u04ff]{3} 2024\. "
                        r"[\u0400-\u04ff]{3} [\u0400-\u04ff]{3}", text)  # fmt: skip
    assert text.split()[-2] == text.split()[-1].upper()  # case kept, a word written alike
    other = "\u4e2d\u6587 \u0645\u0631\u062d\u0628\u0627 \u043c\u0438\u0440"  # (no Latin)
    assert cipher_text(other) == other
    page = cipher(_page())
    assert "<div class='post' id=\"main\">" in page.html and "href='/p'" in page.html
    assert "First" not in page.html and cipher_text("First paragraph.") in page.html
    assert page.expected == cipher_text("x")


def test_cipher_segments_stay_substrings_of_the_page_text() -> None:
    html = "<p>That means a <b>great</b> deal.</p>"
    page = Page("lwp", "k", "https://example.org/a", html.encode(), html, 0, True, None,
                include=["hat means a gre"], exclude=["deal"])  # fmt: skip
    written = cipher(page)
    assert written.include == [cipher_text("hat means a gre")]
    assert written.include[0] in cipher_text("That means a great deal.")
    assert written.exclude == [cipher_text("deal")]


def test_wrapped_sets_each_paragraph_in_two_divs_of_its_own() -> None:
    page = wrapped(_page("<div class='post'><p class='lead'>First<p>Second</div><p>Third</p>"))
    assert page.html.count("<div class=\"paragraph\"><div><p") == 3  # the unclosed one too
    assert "<p class=\"lead\">First</p></div></div>" in page.html
    assert "Second</p></div></div></div>" in page.html  # closed where the parser closed it
    assert VARIANTS["wrapped"][0] is wrapped


def test_parts_sets_runs_of_paragraphs_in_parts_of_three_between_ad_slots() -> None:
    html = ("<div class='s'><h1>T</h1><p>1</p><p>2</p><p>3</p><p>4</p><p>5</p><figure>x</figure>"
            "<p>6</p></div>")  # fmt: skip
    out = parts(_page(html)).html
    assert ('<div class="body-part"><p>1</p><p>2</p><p>3</p></div><div class="ad-slot"></div>'
            '<div class="body-part"><p>4</p><p>5</p></div><div class="ad-slot"></div>'
            "<figure>x</figure><p>6</p>") in out  # a run under four stays as it is
    assert VARIANTS["parts"][0] is parts


def test_minified_folds_white_space_and_leaves_none_between_blocks() -> None:
    html = ("<html>\n <body>\n  <div class='post'>\n   <h1>\n    Title\n   </h1>\n"
            "   <p>One <b>bold</b> <i>word</i>\n    wrapped.</p>\n   <pre>  a\n    b</pre>\n"
            "   <p>see<a href='/x'> <b>this</b></a></p>\n  </div>\n </body>\n</html>")
    out = minified(_page(html)).html
    assert '<div class="post"><h1> Title </h1><p>One <b>bold</b> <i>word</i> wrapped.</p>' in out
    assert "<pre>  a\n    b</pre>" in out  # verbatim
    assert "see<a href=\"/x\"> <b>this</b></a>" in out  # inside an inline element: kept
    assert "\n" not in out.replace("<pre>  a\n    b</pre>", "")
    assert "<p>one<br> two</p>" in minified(_page("<p>one<br>\n  two</p>")).html  # a line's space
    assert VARIANTS["minified"][0] is minified


@pytest.mark.parametrize(("name", "expected"), [
    ("tables", '<table><tr><td class="post"><p>One</p><table><tr><td id="x">Two<span>three'
               "</span></td></tr></table></td></tr></table><p>Four</p>"),
    ("custom", '<x-box class="post"><p>One</p><x-box id="x">Two<span>three</span></x-box>'
               "</x-box><p>Four</p>"),
])  # fmt: skip
def test_each_div_is_rewritten_where_the_parser_closed_it(name: str, expected: str) -> None:
    # --tables: a one-cell layout table, its attributes on the cell; --custom: a custom
    # element, attributes kept
    html = "<div class='post'><p>One</p><div id=x>Two<span>three</div></div><p>Four</p>"
    out = VARIANTS[name][0](_page(html)).html
    assert expected in out and "<div" not in out
    assert VARIANTS[name][0] is {"tables": tables, "custom": custom}[name]


def test_oldweb_writes_tables_then_paragraphs_as_lines_then_no_names() -> None:
    html = "<div class='post'><p class='a'>One</p><p>Two</p></div>"
    out = VARIANTS["oldweb"][0](_page(html)).html
    assert "<table><tr><td>One<br><br>Two<br><br></td></tr></table>" in out


def test_the_metadata_benchmarks_pages_named_by_nothing() -> None:
    from benchmarks.metadata import Page as MetaPage
    from benchmarks.metadata import undeclared, unnamed

    page = MetaPage(
        dataset="labelled", key="k", url="https://e.com/a", half="tune", date=None, title=None,
        author=None,
        has_date_label=False,
        html=("<html><head><meta property='article:published_time' content='2020-01-02'>"
              "</head><body><div class='byline' id=by>Ana Lima</div><p class=x>Text</p>"
              "</body></html>"),
    )  # fmt: skip
    both = unnamed(undeclared(page))
    assert "class" not in both.html and "id=" not in both.html
    assert "published_time" not in both.html and ">Ana Lima<" in both.html
    assert both.dataset == "labelled-undeclared-bare"  # (the anchors' cache key)


def test_the_metadata_benchmarks_pages_as_a_markup_variant() -> None:
    from benchmarks.metadata import Page as MetaPage
    from benchmarks.metadata import markup_variants, varied

    page = MetaPage(
        dataset="labelled", key="k", url="https://e.com/a", half="tune", date=None, title=None,
        author=None, has_date_label=False,
        html="<html><body><div class='byline'>Ana Lima</div><p>Text</p></body></html>",
    )  # fmt: skip
    table = varied(page, "tables")
    assert '<td class="byline">Ana Lima</td>' in table.html and "<div" not in table.html
    assert table.dataset == "labelled-tables" and table.key == "k"  # (the anchors' cache key)
    names = markup_variants()
    assert {"bare", "tables", "oldweb", "custom"} <= set(names)
    assert "dense" not in names and "cipher" not in names  # (they rewrite the words too)


def test_linked_links_runs_of_each_paragraphs_words_and_leaves_its_text() -> None:
    words = " ".join(f"word{i}" for i in range(60))
    html = ("<html><body><p class='lead'>" + words + " <a href='/own'>its own link</a> end.</p>"
            "<div>" + words + "</div></body></html>")  # fmt: skip
    page = _page(html)
    out = linked(page).html
    assert out == linked(page).html  # the same runs for a page
    paragraph = re.search(r"<p class='lead'>(.*?)</p>", out).group(1)
    runs = re.findall(r"<a href='/topic/\d+'>(.*?)</a>", paragraph)
    assert 10 <= len(runs) <= 35  # two in five runs of one to three words
    assert all(1 <= len(run.split()) <= 3 for run in runs)
    assert "<a href='/own'>its own link</a>" in out  # no link inside a link
    assert re.sub(r"<[^>]+>", "", paragraph) == words + " its own link end."
    assert "<div>" + words + "</div>" in out  # other elements as they were


def test_modules_names_each_class_as_a_css_modules_build_and_keeps_ids_and_microformats() -> None:
    html = ("<html><body><div class='post-meta related_posts' id='main-nav'>"
            "<p class=\"lead\">First</p><span class='vcard author'><b class='fn'>Ana</b></span>"
            "<p class=articleBody>Second</p></div></body></html>")  # fmt: skip
    out = modules(_page(html)).html
    assert out == modules(_page(html)).html  # the same hash for a name, every time
    names = re.findall(r'class="([^"]*)"', out)
    meta, related = names[0].split()
    assert re.fullmatch(r"PostMeta_postMeta__[A-Za-z0-9]{5}", meta)
    assert re.fullmatch(r"RelatedPosts_relatedPosts__[A-Za-z0-9]{5}", related)
    assert re.fullmatch(r"Lead_lead__[A-Za-z0-9]{5}", names[1])
    assert names[2] == "vcard author" and names[3] == "fn"  # microformats as written
    assert re.fullmatch(r"ArticleBody_articleBody__[A-Za-z0-9]{5}", names[4])
    assert "id='main-nav'" in out and ">First<" in out and ">Second<" in out
