"""Authors: person names only, never a date, a prefix, a site, an agency, a desk or a credit."""

from __future__ import annotations

import re

import pytest
from selectolax.lexbor import LexborHTMLParser

from warctools.extract import extract
from warctools.extract.authors import _shown_text

BODY = " ".join(
    ["The council voted on Tuesday to close the old bridge to cars, citing cracks in two of "
     "its piers and a repair bill that had doubled since the last inspection."] * 5
)  # fmt: skip
URL = "https://www.rivertown-news.example/2024/05/03/bridge"


def page(head: str = "", byline: str = "", after: str = "") -> str:
    return (
        f"<html><head><title>Bridge closed</title>{head}</head><body><article>"
        f"<h1>Bridge closed</h1>{byline}<p>{BODY}</p>{after}</article></body></html>"
    )


def authors_of(head: str = "", byline: str = "", after: str = "", url: str = URL) -> list[str]:
    return extract(page(head, byline, after), url).authors or []


def test_byline_date_is_not_a_name() -> None:
    byline = "<div class='byline'>By Ana Lima | May 3, 2024, 10:15 am</div>"
    assert authors_of(byline=byline) == ["Ana Lima"]


def test_by_von_par_prefixes_are_dropped() -> None:
    assert authors_of(byline="<p class='byline'>Von Jonas Weber und Lea Roth</p>") == [
        "Jonas Weber",
        "Lea Roth",
    ]
    assert authors_of(byline="<span class='author'>Par Jean Dupont</span>") == ["Jean Dupont"]
    assert authors_of("<meta name='author' content='By Ana Lima'>") == ["Ana Lima"]


@pytest.mark.parametrize(("byline", "want"), [
    ("<div class='byline'>Af Lars Hansen</div>", ["Lars Hansen"]),  # da "by"
    ("<div class='byline'>Του Γιώργου Παπαδόπουλου</div>", ["Γιώργου Παπαδόπουλου"]),  # el
    ("<span itemprop='author' class='info__authors'>Текст: Лида Буслаева</span>",
     ["Лида Буслаева"]),  # ru "Text:"
    ("<p>Аутор: Петар Петровић</p>", ["Петар Петровић"]),  # sr "Author:"
    ("<p>Текст: Иван Петров</p>", ["Иван Петров"]),
])  # fmt: skip
def test_bylines_of_more_languages_lose_their_marker(byline: str, want: list[str]) -> None:
    assert authors_of(byline=byline) == want


def test_a_credit_line_after_a_line_break_in_its_element() -> None:
    byline = "<div>Mittwoch, 01.11.2023 <br/> von <strong>MORITZ PAPPERT</strong><br/></div>"
    assert authors_of(byline=byline) == ["Moritz Pappert"]
    # the words before the marker on its line still say what it credits
    theme = ("<div class='copyright-area'>Crafted with <i class='fa fa-heart'></i> by <a "
             "href='https://themes.example/'>Tempora Yard</a> | Designed by <a "
             "href='https://x.example/'>Blog Themes</a></div>")  # fmt: skip
    assert authors_of(after=theme) == []


def test_a_link_to_the_authors_guide_names_no_one() -> None:
    footer = ("<footer><ul><li><a href='/authors/index.html'>Guide to authors</a></li><li>"
              "<a href='/authors/policies/'>Editorial policies</a></li></ul></footer>")  # fmt: skip
    assert authors_of(after=footer) == []
    # a blog's handle alone in its link stays a name
    handle = "<span class='byline'>By <a href='/author/surfguard/' rel=author>surfguard</a></span>"
    assert authors_of(byline=handle) == ["surfguard"]


def test_credit_line_found_by_its_marker() -> None:
    byline = "<p>Posted on May 3, 2024 by Ana Lima</p>"
    assert authors_of(byline=byline) == ["Ana Lima"]
    sentence = "<p>Von Brücken über Straßen bis Tunnel reicht die Liste der Schäden</p>"
    assert authors_of(byline=sentence) == []


def test_site_standing_in_for_a_person_is_dropped() -> None:
    head = "<meta name='author' content='rivertown-news.example'>"
    byline = "<span class='byline'>By Ana Lima</span>"
    assert authors_of(head, byline) == ["Ana Lima"]
    organisation = (
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": "
        "{\"@type\": \"Organization\", \"name\": \"Rivertown Media Group\"}}</script>"
    )
    assert authors_of(organisation) == []


def test_agency_goes_to_wire_source_not_authors() -> None:
    got = extract(page("<meta name='author' content='Reuters'>"), URL)
    assert got.authors is None
    assert got.wire_source == "Reuters"
    got = extract(page(byline="<p class='byline'>By Ana Lima, AFP</p>"), URL)
    assert got.authors == ["Ana Lima"]
    assert got.wire_source == "AFP"
    for credit in ("Ana Lima with Reuters", "Ana Lima avec Reuters", "Ana Lima mit Reuters"):
        got = extract(page(f"<meta name='author' content='{credit}'>"), URL)
        assert (got.authors, got.wire_source) == (["Ana Lima"], "Reuters"), credit
    # the outlet's own declared name beside the agency is no person; a blog declaring its
    # author's name as its own keeps the author
    outlet = ("<meta property='og:site_name' content='Rivertown Post.com'>"
              "<meta name='author' content='Rivertown Post with AFP'>")  # fmt: skip
    got = extract(page(outlet), URL)
    assert (got.authors, got.wire_source) == (None, "AFP")
    blog = ("<meta property='og:site_name' content='Ana Lima'>"
            "<meta name='author' content='Ana Lima'>")  # fmt: skip
    assert authors_of(head=blog) == ["Ana Lima"]


def test_staff_and_desks_are_not_names() -> None:
    for desk in ("Staff", "Redaktion", "Newsdesk", "The Editors", "Web Team"):
        assert authors_of(f"<meta name='author' content='{desk}'>") == [], desk


def test_photo_credits_are_not_authors() -> None:
    credit = "<p class='credit'>Photo by Jan Berg</p><span class='author-photo'>© Jan Berg</span>"
    assert authors_of(byline=credit) == []
    assert authors_of(byline="<p>Foto von Jan Berg</p>") == []


def test_email_and_url_are_not_names() -> None:
    assert authors_of("<meta name='author' content='ana.lima@example.org'>") == []
    assert authors_of("<meta name='author' content='https://example.org/staff/ana'>") == []


def test_comment_authors_are_not_the_authors() -> None:
    comments = (
        "<div class='comments'><div class='comment-author vcard'><span class='fn'>Max Muster"
        "</span></div><p>Great read.</p></div>"
    )
    assert authors_of(after=comments) == []


def test_user_names_from_name_fields_are_kept() -> None:
    assert authors_of("<meta name='author' content='tlow'>") == ["tlow"]
    assert authors_of(byline="<a rel='author' href='/u/7'>delta201</a>") == ["delta201"]


def test_personal_blog_named_after_its_author_keeps_the_author() -> None:
    head = "<meta property='og:site_name' content='Ana Lima'>" + (
        "<meta name='author' content='Ana Lima'>"
    )
    assert authors_of(head, url="https://analima.example/2024/bridge") == ["Ana Lima"]


def test_first_name_completed_from_the_byline() -> None:
    head = "<meta name='author' content='Ana'>"
    byline = "<div class='byline'>By <a href='/author/ana'>Ana Lima</a></div>"
    assert authors_of(head, byline) == ["Ana Lima"]


def test_layout_column_named_sidebar_still_holds_the_byline() -> None:
    html = (
        "<html><head><title>Bridge closed</title></head><body><div id='sidebar' class='main'>"
        "<h1>Bridge closed</h1><span class='author vcard'><a class='fn'>Ana Lima</a></span>"
        f"<p>{BODY}</p></div><div class='sidebar'><span class='author'>Max Muster</span>"
        "</div></body></html>"
    )
    assert extract(html, URL).authors == ["Ana Lima"]


def test_heading_anchors_and_profiles_elsewhere_are_not_bylines() -> None:
    heading = "<h2 id='authorless-topic-models'>Authorless Topic Models: Use what you know</h2>"
    assert authors_of(after=heading) == []
    profile = "<p><a href='https://www.scholarhub.example/author/301'>Scholar Hub</a></p>"
    assert authors_of(after=profile) == []


def test_a_label_and_colon_credit_names_the_author() -> None:
    assert authors_of(byline="<p><span>Datum:</span> 3.5.2024<br><span>Autor:</span> Ana Lima"
                      "<br><span>Quelle:</span> Rivertown</p>") == ["Ana Lima"]  # fmt: skip
    byline = "<div><strong>Author:</strong> <a href='/profile/7'>Ana Lima</a></div>"
    assert authors_of(byline=byline) == ["Ana Lima"]


@pytest.mark.parametrize("byline", [
    "<div>Text & Fotos: Ana Lima</div>", "<div>Texte et photos : Ana Lima</div>",
    "<div>Texto y fotos: Ana Lima</div>", "<div>Words and pictures: Ana Lima</div>",
    "<div>Testo: Ana Lima</div>",
    # the label in an element of its own, the name after it (a cell of a class-free table)
    "<table><tr><td>26 | 01 | 2022</td><td><b>Text & Fotos:</b> Ana Lima</td></tr></table>",
    "<div><span>Text und Bild:</span> <a href='/team/7'>Ana Lima</a></div>",
])  # fmt: skip
def test_a_credit_for_the_words_and_the_pictures_names_the_writer(byline: str) -> None:
    # the photo word of a joint credit made the line a photo credit, skipped
    assert authors_of(byline=byline) == ["Ana Lima"]


def test_a_photo_credit_alone_names_no_writer() -> None:
    assert authors_of(byline="<div>Fotos: Bo Berg</div>") == []


def test_a_marker_element_before_the_name_element() -> None:
    byline = "<div><span>By</span><span><a href='/team/ana-lima'>Ana Lima</a></span></div>"
    assert authors_of(byline=byline) == ["Ana Lima"]


def test_a_slashed_agency_or_initials_are_not_part_of_the_name() -> None:
    assert authors_of("<meta name='author' content='Ana Lima/dpa'>") == ["Ana Lima"]
    got = extract(page("<meta name='author' content='lr/dpa'>"), URL)
    assert not got.authors
    assert got.wire_source == "dpa"


def test_a_slashed_agency_in_an_element_of_its_own_is_the_wire() -> None:
    # the Nordic "Erik Lindqvist/TT", "Kari Nordmann/NTB" with the agency and its slash
    # set apart: "<span>Erik Lindqvist</span> <span>/TT</span>"
    for name, agency in (("Erik Lindqvist", "TT"), ("Kari Nordmann", "NTB")):
        byline = f"<div class='byline'><span>{name}</span> <span>/{agency}</span></div>"
        got = extract(page(byline=byline), URL)
        assert (got.authors, got.wire_source) == ([name], agency), byline


def test_a_user_name_in_meta_gives_way_to_the_full_name_of_the_byline() -> None:
    byline = "<p class='byline'>By Ana Lima</p>"
    assert authors_of("<meta name='author' content='ana_l'>", byline) == ["Ana Lima"]
    assert authors_of("<meta name='author' content='Rates & Deals'>", byline) == ["Ana Lima"]
    assert authors_of("<meta name='author' content='Ana'>", byline) == ["Ana Lima"]


def test_a_credit_line_ends_at_its_line_break() -> None:
    byline = "<p>Von <strong><a href='/a/ana'>Ana Lima</a></strong><br>Rivertown /Kenia</p>"
    assert authors_of(byline=byline) == ["Ana Lima"]


def test_the_author_of_a_recipe_or_how_to_entity() -> None:
    ld = ('<script type="application/ld+json">{"@type": "Recipe", "name": "Plum cake",'
          ' "author": {"@type": "Person", "name": "Ana Lima"}}</script>')  # fmt: skip
    assert authors_of(ld) == ["Ana Lima"]

def test_credit_line_walk_reads_text_nodes_after_the_start_in_document_order() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from warctools.extract.authors import _texts_after

    tree = LexborHTMLParser(
        "<body><div id=s>a<!--c--><p>b <i>c</i></p></div>d<span>e</span>"
        "<section><div>f</div></section></body>"
    )
    start = tree.css_first("#s")
    assert [n.text_content for n in _texts_after(start)] == ["a", "b ", "c", "d", "e", "f"]
    inner = tree.css_first("i")
    assert [n.text_content for n in _texts_after(inner)] == ["c", "d", "e", "f"]
    spaced = LexborHTMLParser("<body><p>a</p>\n  <p> </p><p>\u00a0</p>\t<p>b</p></body>")
    start = spaced.css_first("p")
    assert [n.text_content for n in _texts_after(start, skip_empty=True)] == ["a", "\u00a0", "b"]
    assert len(list(_texts_after(start))) == 6


def test_a_credit_line_deep_in_a_page_of_blank_text_nodes() -> None:
    blank = "<div>\n  <span> </span>\n</div>\n" * 300
    assert authors_of(after=f"{blank}<p>By Ana Lima</p>") == ["Ana Lima"]


def test_factored_name_filters_answer_as_the_patterns_they_stand_for() -> None:
    import re

    from warctools.extract import authors
    from warctools.extract._alternation import factored

    for source, fast in ((authors._NOT_NAME, authors._NOT_NAME_ANY),
                         (authors._NOT_BYLINE_CLASS, authors._NOT_BYLINE_CLASS_ANY)):  # fmt: skip
        pattern = source.compiled()  # (compiled only here: production searches ``fast``)
        assert fast.pattern == factored(pattern).pattern != pattern.pattern
        words = set(re.findall(r"[^\W\d_]{2,}", pattern.pattern))
        texts = ["", "Ana Lima", "Editor", "the Associated Press", "2019", "3.4", "a@b.c",
                 "Jo Writers", "Müller GmbH", "e. V", "bio-box", "org", "x-org-y", "biox"]
        for word in words:
            texts += [word, word.upper(), f"x{word}", f"{word}x", f"Ana {word.title()} Lima"]
        for text in texts:
            assert bool(fast.search(text)) == bool(pattern.search(text)), (pattern, text)


def test_bylines_labelled_in_more_languages() -> None:
    cases = {
        "<p>Автор: Иван Петров</p>": ["Иван Петров"],
        "<p class='author'>Yazar: Ahmet Yılmaz</p>": ["Ahmet Yılmaz"],
        "<p class='byline'>Penulis: Budi Santoso</p>": ["Budi Santoso"],
        "<p class='byline'>Oleh: Siti Rahma</p>": ["Siti Rahma"],
        "<p class='byline'>By Oleh Petrenko</p>": ["Oleh Petrenko"],  # a Ukrainian name
        "<p>Yazar: Ahmet Yılmaz</p>": ["Ahmet Yılmaz"],  # a text line, no byline markup
        "<p>Kirjoittaja: Matti Virtanen</p>": ["Matti Virtanen"],
        "<p>Tác giả: Nguyễn Văn An</p>": ["Nguyễn Văn An"],
        "<p class='author'>记者 张伟</p>": ["张伟"],  # a two-character Chinese name
        "<p>作者： 记者王敬照</p>": ["王敬照"],
        "<span class='byline'>기자 김철수</span>": ["김철수"],
        "<p>بقلم محمد علي</p>": ["محمد علي"],  # "by the pen of", no colon
        "<p>كتب: محمد علي</p>": ["محمد علي"],  # "wrote:"
        "<p>מאת דנה כהן</p>": ["דנה כהן"],
        "<p>โดย สมชาย ใจดี</p>": ["สมชาย ใจดี"],
        "<p>লেখক: রহিম উদ্দিন</p>": ["রহিম উদ্দিন"],
        "<p>文/张伟</p>": ["张伟"],  # "text /"
        "<p>文：山田太郎</p>": ["山田太郎"],  # ja "text:"
        "<p>Yazan: Ayşe Yılmaz</p>": ["Ayşe Yılmaz"],  # tr "written by:"
        "<p>Reporter: Budi Santoso | Editor: Ani Rahma</p>": ["Budi Santoso"],
        "<p class='author'>文／记者 王敬照</p>": ["王敬照"],
        "<p>Scritto da Giulia Rossi</p>": ["Giulia Rossi"],  # "da" only after the verb
        "<p>Tekst: Jan Kowalski</p>": ["Jan Kowalski"],  # "text:" in pl, fi, sv, pt
        "<p>Teksti: Matti Virtanen</p>": ["Matti Virtanen"],
        "<p>Text: Erik Svensson</p>": ["Erik Svensson"],
        "<p>Texto: João Silva</p>": ["João Silva"],
        "<p>Text: Max Müller, Fotos: Anna Schmidt</p>": ["Max Müller"],
        "<p>Story by John Smith • Photos by Jane Doe</p>": ["John Smith"],
        "<p>Words by John Smith</p>": ["John Smith"],
        "<p>(서울=연합뉴스) 김철수 기자 =</p>": ["김철수"],  # a Korean wire's dateline first
        "<p>[서울=뉴시스] 이영희 기자 =</p>": ["이영희"],
    }  # fmt: skip
    for byline, want in cases.items():
        assert authors_of(byline=byline) == want, byline


def test_no_writer_in_a_line_of_photo_or_design_credits_or_a_sentence() -> None:
    for line in ("<p>Photos by Jane Doe • Story by John Smith</p>",
                 "<p>Powered by WordPress | Theme by Anders</p>",
                 "<p>Da Roma arriva la notizia del nuovo piano per il porto.</p>"):  # fmt: skip
        assert authors_of(byline=line) == [], line


def test_a_korean_reporters_name_before_its_title_and_address() -> None:
    assert authors_of(byline="<p>김철수 기자 kim@example.co.kr</p>") == ["김철수"]
    assert authors_of(byline="<p class='byline'>이영희 특파원</p>") == ["이영희"]


def test_chinese_reporters_in_a_datelines_brackets_and_in_a_spaced_list() -> None:
    # "新华社北京1月5日电（记者张伟、李强）": the wire's dateline names its reporters in
    # brackets, inside a paragraph of the story; "张伟 李强 报道": two names, then "reports"
    dateline = "<p>新华社北京1月5日电（记者张伟、李强）台北捷运新线5日通车，沿线居民前往试乘。</p>"
    assert authors_of(byline=dateline) == ["张伟", "李强"]
    assert authors_of(byline="<p>本报讯（记者 王敬照）台北捷运新线5日通车。</p>") == ["王敬照"]
    assert authors_of(byline="<p>记者 张伟 李强 报道</p>") == ["张伟", "李强"]
    assert authors_of(byline="<p class='author'>作者：张伟 李强</p>") == ["张伟", "李强"]
    assert authors_of(byline="<p>文 | 张伟</p>") == ["张伟"]


def test_a_japanese_reporters_name_before_its_title_or_after_the_place() -> None:
    assert authors_of(byline="<p>山田太郎記者</p>") == ["山田太郎"]
    assert authors_of(byline="<p>【ワシントン＝山田太郎】</p>") == ["山田太郎"]
    assert authors_of(byline="<p>（ワシントン＝山田太郎）</p>") == ["山田太郎"]
    assert authors_of(byline="<p>東京都の記者会見で発表された</p>") == []  # a sentence


def test_a_chinese_name_opening_with_a_label_like_character_keeps_it() -> None:
    # 文 ("text") is a surname too: only whole labels are dropped
    assert authors_of(byline="<p class='author'>作者：文静</p>") == ["文静"]


def test_every_ascii_letter_opening_a_credit_line_passes_the_first_letter_check() -> None:
    from warctools.extract._phrases import MORE_AUTHOR_LABELS
    from warctools.extract.authors import _CREDIT, _CREDIT_FIRST

    top = re.split(r"\|(?![^(]*\))", MORE_AUTHOR_LABELS)  # (not the bars inside a group)
    labels = [re.sub(r"\(\?:[^)]*\)\?", "", w) for w in top]
    lines = [f"{label}: Ana Lima" for label in (*labels, "Autor", "Author", "Auteur", "Oleh",
                                                 "Verfasser", "Written by")]
    lines += [f"{verb} on May 3 by Ana Lima" for verb in ("Posted", "Geschrieben", "Artikel")]
    lines += ["Von Ana Lima", "Par Ana Lima", "Door Ana Lima", "Por Ana Lima",
              "Story by Ana Lima", "Words by Ana Lima", "Text: Ana Lima", "Tekst: Ana Lima",
              "Texto: Ana Lima", "Scritto da Ana Lima", "(서울=연합뉴스) 김철수 기자 ="]
    for line in lines:
        assert _CREDIT.match(line), line
        first = line[0]
        assert not first.isascii() or first.lower() in _CREDIT_FIRST, line


def test_an_ascii_credit_line_passes_the_two_letter_check() -> None:
    from warctools.extract._openings import ascii_openings
    from warctools.extract._phrases import MORE_AUTHOR_LABELS
    from warctools.extract.authors import _CREDIT, _CREDIT_OPENINGS

    top = re.split(r"\|(?![^(]*\))", MORE_AUTHOR_LABELS)
    lines = [f"{w}: Ana" for w in top if w.isascii() and w.isalpha()] + [
        "by", "BY Ana Lima", "Von:", "Posted on May 3 by Ana", "This entry was posted by Ana",
        "Blogbeitrag von Ana", "Scritto da Ana", "Di Marco Rossi", "de Ana Lima", "Av Ola Nordmann",
        "Autorin: Ana", "Written by: Ana", "Text & Fotos: Ana", "Words and pictures: Bo",
        "Reporting by Ana Lima", "Oleh: Ahmad"]  # fmt: skip
    for line in lines:
        assert line.isascii() and _CREDIT.match(line), line
        assert _CREDIT_OPENINGS(line), line
    assert not _CREDIT_OPENINGS("Some text") and not _CREDIT_OPENINGS("Hello")
    assert _CREDIT_OPENINGS("Szerző: Ana") and _CREDIT_OPENINGS("Phóng viên: Ana")
    assert _CREDIT_OPENINGS("Tokyo 山田太郎記者")  # (a CJK character: no telling)
    assert not _CREDIT_OPENINGS("Sie hat über die Brücke beschlossen")
    # a path needing a character from U+2E80 on leads nowhere, in a look-ahead too
    openings = ascii_openings(re.compile(r"^(?:ab|記者c|(?=x*記)d|[a-c]\s|e|ü?f)", re.I))
    spaces = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x80"  # (\x80: a character not ASCII)
    assert openings.pairs == {"ab", "\x80f"} | {f"{c}{s}" for c in "abc" for s in spaces}
    assert openings.singles == {"e", "f"} and not openings.anything
    assert ascii_openings(re.compile(r"^(?=\d)|x")).anything
    assert ascii_openings(re.compile("^\u212a", re.I))("k")  # (Kelvin: "k" out of case)


def test_only_four_characters_match_an_ascii_letter_out_of_case() -> None:
    from warctools.extract._openings import _FOLDED_INTO_ASCII

    every = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    folded = {ord(ch): letter for letter in "abcdefghijklmnopqrstuvwxyz"
              for ch in re.findall(letter, every, re.IGNORECASE)}  # fmt: skip
    assert folded == _FOLDED_INTO_ASCII


def test_a_newsroom_in_other_languages_is_no_name() -> None:
    for desk in ("Redakcja", "Редакция", "Tim Redaksi", "Haber Merkezi", "編集部", "편집국"):
        assert authors_of(f"<meta name='author' content='{desk}'>") == [], desk


def test_two_authors_joined_by_and_in_more_languages() -> None:
    cases = {
        "Autorzy: Jan Kowalski i Anna Nowak": ["Jan Kowalski", "Anna Nowak"],
        "Авторы: Иван Петров и Мария Иванова": ["Иван Петров", "Мария Иванова"],
        "Autorius: Jonas Jonaitis ir Ona Onaitė": ["Jonas Jonaitis", "Ona Onaitė"],
        "Autors: Jānis Bērziņš un Anna Kalniņa": ["Jānis Bērziņš", "Anna Kalniņa"],
        "Kirjoittaja: Matti Virtanen ja Liisa Korhonen": ["Matti Virtanen", "Liisa Korhonen"],
        "Yazar: Ahmet Yılmaz ve Ayşe Demir": ["Ahmet Yılmaz", "Ayşe Demir"],
        "Autor: Jan Novák a Petr Svoboda": ["Jan Novák", "Petr Svoboda"],
        "Szerző: Kovács János és Nagy Anna": ["Kovács János", "Nagy Anna"],
        "Autor: Ion Popescu și Maria Ionescu": ["Ion Popescu", "Maria Ionescu"],
        "Penulis: Budi Santoso dan Siti Aminah": ["Budi Santoso", "Siti Aminah"],
        "Συντάκτης: Γιάννης Παπαδόπουλος και Μαρία Νικολάου": [
            "Γιάννης Παπαδόπουλος", "Μαρία Νικολάου"],
        "الكاتب: محمد علي و أحمد حسن": ["محمد علي", "أحمد حسن"],
        "Avtor: Janez Novak in Ana Kranjc": ["Janez Novak", "Ana Kranjc"],
        # the same words as "in", "at", "to" before a place: one author
        "By Ana Lima in Washington": ["Ana Lima"], "Av Erik Svensson i Lund": ["Erik Svensson"],
        "Von Max Müller in Berlin": ["Max Müller"], "di Giulia Rossi a Roma": ["Giulia Rossi"],
    }  # fmt: skip
    for byline, want in cases.items():
        assert authors_of(byline=f"<p class='byline'>{byline}</p>") == want, byline


def test_the_reporter_a_korean_wires_dateline_names_in_the_first_paragraph() -> None:
    story = "<p>(서울=연합뉴스) 김철수 기자 = 시의회가 5일 항구 다리 재건축 계획을 승인했다.</p>"
    assert authors_of(byline=story) == ["김철수"]
    story = "<p>[서울=뉴시스] 이영희 특파원 = 시의회가 5일 항구 다리 재건축 계획을 승인했다.</p>"
    assert authors_of(byline=story) == ["이영희"]


def test_a_byline_opened_by_a_word_that_also_opens_sentences() -> None:
    # it "di", sv/no "av", da "af", id "oleh" (no class names say "byline"): a credit only
    # before a name that ends the line or comes before a separator or a comma
    for line, name in (("Di Marco Rossi", "Marco Rossi"), ("Av Erik Johansson | 5 mars 2024",
                        "Erik Johansson"), ("Af Jan de Vries", "Jan de Vries"),
                       ("Oleh Budi Santoso, Jakarta", "Budi Santoso"),
                       ("de Ana Popescu", "Ana Popescu"),  # ro
                       ("Του Γιώργου Παπαδόπουλου", "Γιώργου Παπαδόπουλου")):  # el, genitive
        assert authors_of(byline=f"<div>{line}</div>") == [name], line
    # two names joined by "and"
    assert authors_of(byline="<div>di Ana Lima e Marco Rossi</div>") == ["Ana Lima",
                                                                          "Marco Rossi"]
    for sentence in ("Di Marco Polo si sa poco.", "Oleh karena itu Budi pergi.",
                     "Af Danmarks Statistik fremgår det.", "Di Maio ha detto no.",
                     "De Beers Group", "Της Ελλάδας", "de Madrid a Barcelona"):  # fmt: skip
        assert authors_of(byline=f"<div>{sentence}</div>") == [], sentence


def test_a_place_or_credential_after_a_full_name_is_no_author() -> None:
    # "By Ana Lima, Washington", "Ana Lima, MS, RDN": one word after a comma, after a name
    # of two; two full names stay, and Chinese names of one word each
    assert authors_of(byline="<div class='byline'>By Ana Lima, Washington</div>") == ["Ana Lima"]
    assert authors_of(byline="<div class='byline'>By Ana Lima, MS, RDN</div>") == ["Ana Lima"]
    assert authors_of(byline="<div class='byline'>By Ana Lima, Tom Reed</div>") == [
        "Ana Lima", "Tom Reed"]  # fmt: skip
    assert authors_of(byline="<div>记者 张伟 李强</div>") == ["张伟", "李强"]


def test_an_honorific_a_date_after_on_and_an_agency_in_brackets_are_no_name() -> None:
    assert authors_of(byline="<div class='byline'>By Dr. Ana Lima</div>") == ["Ana Lima"]
    assert authors_of(byline="<div class='byline'>Prof. Dr. Jonas Weber</div>") == ["Jonas Weber"]
    assert authors_of(byline="<div class='byline'>Written by Ana Lima on May 3, 2024</div>") == [
        "Ana Lima"]  # fmt: skip
    assert authors_of(byline="<div class='byline'>Von Anna Müller am 3. Mai 2024</div>") == [
        "Anna Müller"]  # fmt: skip
    for line in ("By Ana Lima Updated 3:45 PM EDT, Tue March 12, 2024",
                 "Von Ana Lima Veröffentlicht am 12.03.2024"):  # no separator before the label
        assert authors_of(byline=f"<div class='byline'>{line}</div>") == ["Ana Lima"], line
    html = page(byline="<div class='byline'>Ana Lima (AP)</div>")
    row = extract(html, URL)
    assert row.authors == ["Ana Lima"] and row.wire_source == "AP"
    # a desk's initials in brackets are no agency ("AA" is also Anadolu's)
    html = page(byline="<div class='byline'>Auswärtige Autoren (AA)</div>")
    assert extract(html, URL).wire_source is None


@pytest.mark.parametrize(("byline", "names"), [
    # an English byline's "in" is where the reporter files from (a two-word place too),
    # not the Slovenian "and" between two names
    ("<p>By Ana Lima in New York</p>", ["Ana Lima"]),
    ("<p class='byline'>By Ana Lima in Hong Kong</p>", ["Ana Lima"]),
    ("<p>By Ana Lima and Jo Smith in Los Angeles</p>", ["Ana Lima", "Jo Smith"]),
    ("<p>By Ana Lima in Kyiv and Jo Smith in San Francisco</p>", ["Ana Lima", "Jo Smith"]),
    ("<p>Avtor: Janez Novak in Ana Kranjc</p>", ["Janez Novak", "Ana Kranjc"]),
    # a social handle after the name; a kind of piece before "by"
    ("<p>By Ana Lima (@analima)</p>", ["Ana Lima"]),
    ("<p>By Ana Lima @analima and Jo Smith</p>", ["Ana Lima", "Jo Smith"]),
    ("<p>Analysis by Ana Lima</p>", ["Ana Lima"]),
])  # fmt: skip
def test_where_a_reporter_files_from_and_their_handle_are_no_names(
    byline: str, names: list[str]
) -> None:
    assert authors_of(byline=byline) == names


def test_a_kind_of_piece_before_by_in_the_author_field_goes() -> None:
    assert authors_of("<meta name='author' content='Analysis by Ana Lima'>") == ["Ana Lima"]


def test_a_wires_credit_line_names_its_reporters_not_its_editors() -> None:
    after = "<p>Reporting by Ana Lima and Bo Berg; Editing by Jo Smith</p>"
    assert authors_of(after=after) == ["Ana Lima", "Bo Berg"]


@pytest.mark.parametrize(("lang", "klass"), [
    ("tr", "yazar"), ("id", "penulis"), ("sl", "avtor"), ("da", "forfatter"), ("nb", "forfatter"),
    ("hu", "szerzo"), ("vi", "tac-gia"), ("zh-CN", "zuozhe"), ("es", "redactor"),
    ("it", "firma"), ("es", "firma"),
])  # fmt: skip
def test_a_byline_classed_in_the_pages_language(lang: str, klass: str) -> None:
    # tr "yazar", id "penulis", sl "avtor", da/no "forfatter", hu "szerző", vi "tác giả",
    # zh "zuozhe", es "redactor", it/es "firma" (signature): read where the page declares
    # its language and no English class names an author
    def authors(body: str, lang: str = lang) -> list[str]:
        html = (f"<html lang='{lang}'><head><title>Bridge closed</title></head><body><article>"
                f"<h1>Bridge closed</h1>{body}<p>{BODY}</p></article></body></html>")
        return extract(html, URL).authors or []

    assert authors(f"<div class='{klass}'>Ana Lima</div>") == ["Ana Lima"]
    assert authors(f"<div class='{klass}'>Ana Lima</div><div class='author'>Jo Smith</div>"
                   ) == ["Jo Smith"]  # fmt: skip
    assert authors(f"<div class='{klass}'>Ana Lima</div>", lang="en") == []


def test_an_italian_signature_names_the_writer_or_the_agencys_newsroom() -> None:
    def got(firma: str) -> tuple[list[str] | None, str | None]:
        html = ("<html lang='it'><head><title>Ponte chiuso</title></head><body><article>"
                f"<h1>Ponte chiuso</h1><div class='firma'>{firma}</div><p>{BODY}</p>"
                "</article></body></html>")  # fmt: skip
        row = extract(html, URL)
        return row.authors, row.wire_source

    assert got("di <strong>Marco Rossi</strong>") == (["Marco Rossi"], None)
    assert got("Redazione ANSA") == (None, "ANSA")


def test_a_newspapers_name_as_the_author_is_no_person() -> None:
    # a site whose pages name the outlet (or a desk of it) as their author
    for name in ("Harbor Gazette", "Telegraph Sport", "Deutsche Wirtschaftsnachrichten",
                 "The Daily Courier", "Kieler Rundschau"):
        assert authors_of(f"<meta name='author' content='{name}'>") == [], name
    assert authors_of("<meta name='author' content='Ana Lima'>") == ["Ana Lima"]


def test_a_credits_marker_in_its_own_element_then_the_linked_name_and_a_role() -> None:
    # an author box: "Written by" set apart, the name a link, the reporter's role after it
    for marker in ("Written by", "Posted by:", "By"):
        byline = (f"<div class='author-box'><img src='a.jpg'><span>{marker}</span> "
                  "<a href='/author/ana-lima'>Ana Lima</a><span>Senior Reporter</span></div>")
        assert authors_of(byline=byline) == ["Ana Lima"], marker
    two = ("<p><span>By</span> <a href='/a'>Ana Lima</a> and <a href='/b'>Bo Berg</a>"
           "<span>May 3, 2024</span></p>")
    assert authors_of(byline=two) == ["Ana Lima", "Bo Berg"]


def test_a_name_and_a_reporters_role_by_the_headline_is_the_byline() -> None:
    # no "By": the reporter's name and role as the line under the headline
    for line, name in (("Ana Lima, Senior Correspondent", "Ana Lima"),
                       ("Anna Müller | Redakteurin", "Anna Müller"),
                       ("Jean Dupont - journaliste", "Jean Dupont")):  # fmt: skip
        assert authors_of(byline=f"<p>{line}</p><p>May 3, 2024</p>") == [name], line
    # a name over its social handle, by the headline
    assert authors_of(byline="<p>Ana Lima<br>@analima</p><p>May 3, 2024</p>") == ["Ana Lima"]
    # a role that is no reporter's, and a correspondent's box after the story began
    assert authors_of(byline="<p>Ana Lima, the city's chief engineer</p>") == []
    box = "<p><strong>Bo Berg, diplomatic correspondent</strong></p><p>The talks went on.</p>"
    assert authors_of(after=box) == []


@pytest.mark.parametrize("byline", [
    "<div><div>Ana Lima</div><div>May 3, 2024</div></div>",
    "<div><span>Ana Lima</span> · <time datetime='2024-05-03'>May 3, 2024</time></div>",
    "<p>Ana Lima<br>May 3, 2024</p>",
    "<p>Ana Lima | 03.05.2024</p>",
    "<p>Ana Lima · 03.05.2024, 10:15</p>",
    "<div><img src='a.jpg' alt=''><b>Ana Lima</b><br><small>May 3, 2024 · 4 min read</small></div>",
    "<p>May 3, 2024 by Ana Lima</p>",
    "<div><span>Ana Lima</span><span>Senior Reporter</span><span>May 3, 2024</span></div>",
    "<small>03.05.2024 | 13:10 Uhr | Ana Lima</small>",
])  # fmt: skip
def test_a_name_over_or_beside_the_date_under_the_headline_is_the_byline(byline: str) -> None:
    # no "By": the reporter's name alone in its element under the headline, over the date
    # or beside it, in a row of the story's facts (named for its meta, byline or info); the
    # line goes from the text
    result = extract(page(byline=f"<div class='article-meta'>{byline}</div>"), URL)
    assert result.authors == ["Ana Lima"]
    assert "Ana Lima" not in result.text and "2024" not in result.text
    assert BODY in result.text


def test_a_name_over_the_date_in_a_web_component_named_for_the_byline() -> None:
    # a custom element's name names its row as a class would (<author-byline>); a
    # component named for nothing says nothing (a name over a date there: a place's label)
    row = "<div>Ana Lima</div><div>May 3, 2024</div>"
    assert authors_of(byline=f"<author-byline>{row}</author-byline>") == ["Ana Lima"]
    assert authors_of(byline=f"<x-row>{row}</x-row>") == []


def test_a_name_by_the_date_in_a_layout_tables_cell_is_the_byline() -> None:
    # an older page laid out in tables: the byline's line over the headline sits in the
    # cell holding the story, which is no data table's cell (a column's heading)
    cell = ("<html><head><title>Bridge closed</title></head><body><table><tr><td>"
            "<small>03.05.2024 | 13:10 Uhr | Ana Lima</small><h1>Bridge closed</h1>"
            f"<p>{BODY}</p></td></tr></table></body></html>")  # fmt: skip
    assert extract(cell, URL).authors == ["Ana Lima"]
    data = cell.replace("<td><small>03.05.2024 | 13:10 Uhr | Ana Lima</small>",
                        "<td><small>03.05.2024 | Ana Lima</small></td></tr><tr><td>")
    assert extract(data, URL).authors is None  # (a row of its own: a table's data)


def test_a_name_by_the_date_is_not_a_kicker_a_dateline_or_the_site() -> None:
    # the headline's own words, a kicker over the headline, a place and the date (a
    # dateline's comma), the site's name over the date (as the <title> closes with it)
    kicker = ("<html><head><title>Bridge closed</title></head><body><article>"
              "<p>Local Politics</p><h1>Bridge Closed To Cars</h1><p>May 3, 2024</p>"
              f"<p>{BODY}</p></article></body></html>")  # fmt: skip
    assert extract(kicker, URL).authors is None
    assert authors_of(byline="<p>New York, May 3, 2024</p>") == []
    site = ("<html><head><title>Bridge closed - Harbor Rowing</title></head><body>"
            "<article><h1>Bridge closed</h1><p>Harbor Rowing • 03.05.2024</p>"
            f"<p>{BODY}</p></article></body></html>")  # fmt: skip
    assert extract(site, URL).authors is None
    table = ("<table><tr><th>Year</th><th>Monthly Reports</th></tr><tr><td>2014</td>"
             "<td>May 3, 2014</td></tr></table>")  # fmt: skip
    assert authors_of(byline=table) == []
    assert authors_of(byline="<p>Ana Lima</p><p>2024</p>") == []  # a year alone: no date
    above = page().replace("<h1>", "<small>03.05.2024 | Ana Lima</small><h1>")  # one line
    assert extract(above, URL).authors == ["Ana Lima"]
    assert authors_of(byline="<p>03.05.2024 | Paid Content</p>") == []  # a paid piece's label
    # a photographer's caption, a section's or a tag's link, an element named for a place
    for label in ("<figure><img src='a.jpg'><figcaption>Jo Berg</figcaption></figure>",
                  "<a href='/category/local-politics/'>Local Politics</a>",
                  "<a href='/tag/climate-change'>Climate Change</a>",
                  "<span class='location'>Buenos Aires</span>"):  # fmt: skip
        assert authors_of(byline=f"<div>{label} <span>May 3, 2024</span></div>") == [], label
    # ... and a section's label or a place over the date in a bare element
    for label in ("Local Politics", "Buenos Aires"):
        assert authors_of(byline=f"<div><div>{label}</div><div>May 3, 2024</div></div>") == []
    assert authors_of(byline="<div><a href='/autoren/ana-lima'>Ana Lima</a> <span>May 3, 2024"
                             "</span></div>") == ["Ana Lima"]  # fmt: skip
    assert authors_of(head="<meta property='og:article:author' content='Ana Lima'>") == [
        "Ana Lima"]


@pytest.mark.parametrize("byline", [
    "<div class='meta'><div>Ana Lima and Jo Smith</div><div>May 3, 2024</div></div>",
    "<div class='meta'><div>Ana Lima, Jo Smith</div><div>May 3, 2024</div></div>",
    "<p class='meta'>Ana Lima und Jo Smith | 03.05.2024</p>",
    "<p>03.05.2024 | Ana Lima &amp; Jo Smith</p>",
])  # fmt: skip
def test_two_names_over_or_beside_the_date_are_the_byline(byline: str) -> None:
    result = extract(page(byline=byline), URL)
    assert result.authors == ["Ana Lima", "Jo Smith"]
    assert "Jo Smith" not in result.text and "2024" not in result.text


@pytest.mark.parametrize("name", [
    # a template that sets a name's last letter in a <span> of its own for its spacing
    "<a href='/contributor/ana-lima'>Ana Lim<span class='link__last-letter-spacing'>a</span></a>",
    # ... or its first letter as a drop cap
    "<span class='cap'>A</span>na Lima",
])  # fmt: skip
def test_a_letter_set_apart_for_its_style_stays_in_the_name(name: str) -> None:
    byline = f"<div class='byline'><span itemprop='author'>By {name}</span></div>"
    assert authors_of(byline=byline) == ["Ana Lima"]
    # two letters in an element of their own after another element are a word of their own
    node = LexborHTMLParser("<div><span>Ana Lima</span><span>Jo</span></div>").css_first("div")
    assert node is not None and _shown_text(node) == "Ana Lima Jo"


@pytest.mark.parametrize(("name", "role"), [
    ("Ingo Arzt", "Redakteur für Wirtschaft und Umwelt"), ("Ana Lima", "Reporter"),
    ("Jean Dupont", "Journaliste"), ("María García", "Periodista"),
])  # fmt: skip
def test_a_role_set_under_the_name_is_no_part_of_it(name: str, role: str) -> None:
    # a writer's box: the name and the role each in an element of their own, read as one
    # line ("Ingo Arzt Redakteur")
    byline = (f"<a class='author' href='/autor/x' rel='author'><h4>{name}</h4><h5>{role}</h5>"
              "</a>")  # fmt: skip
    assert authors_of(byline=byline) == [name]


@pytest.mark.parametrize(("byline", "names"), [
    ("By <a href='/people/ana-lima'>Ana Lima</a>, Staff Attorney, ACLU of Texas, and "
     "<a href='/people/bo-chen'>Bo Chen</a>, Senior Counsel, Texas Civil Rights Project",
     ["Ana Lima", "Bo Chen"]),
    ("<a href='/a/ana'>Ana Lima</a>, Staff Attorney, ACLU &amp; <a href='/a/bo'>Bo Chen</a>,"
     " Policy Director, Legal Aid Society", ["Ana Lima", "Bo Chen"]),
    ("By <a href='/p/a'>Ana Lima</a>, Staff Attorney, <a href='https://aclu.example'>ACLU of "
     "Texas</a>", ["Ana Lima"]),
    # without roles, the names are all the byline's
    ("By <a href='/p/a'>Ana Lima</a>, <a href='/p/b'>Bo Chen</a> and <a href='/p/c'>Cy "
     "Young</a>", ["Ana Lima", "Bo Chen", "Cy Young"]),
    ("By <a href='/p/a'>Ana Lima</a> and Bo Chen", ["Ana Lima", "Bo Chen"]),
])  # fmt: skip
def test_linked_names_each_with_a_role_and_an_organisation(byline: str, names: list[str]
                                                           ) -> None:  # fmt: skip
    assert authors_of(byline=f"<div class='byline'>{byline}</div>") == names


def test_a_trackback_notice_a_search_box_and_a_cited_writers_page_name_no_author() -> None:
    # a blog engine's closing notice ("... einen Trackback von Ihrer Website hierher
    # setzen": a pronoun and "Website", no name), a search box's date range ("Von [Datum]
    # Bis [Datum]"), and a link in the story's text to another site's writer page (its
    # rel="noopener" is no rel="author"): none names the author
    notice = ("<p><small>Kommentare sind momentan deaktiviert, aber Sie können einen "
              "<a href='/trackback/'>Trackback</a> von Ihrer Website hierher setzen.</small></p>")
    assert authors_of(after=notice) == []
    search = ("<section class='searchBar'><div class='searchFilter'><div class='dateSelector'>"
              "Von<span>[Datum]</span>Bis<span>[Datum]</span></div></div></section>")
    assert extract(page().replace("<body>", f"<body>{search}"), URL).authors is None
    cited = ("<p>Begriffe wie die der <a href='https://other.example/autoren/ana-lima/text' "
             "rel='noreferrer noopener'>patriarchalen Weiblichkeit</a> helfen weiter.</p>")
    assert authors_of(after=cited) == []
    # ... while a link marked as the author's still names its writer
    assert authors_of(byline="<a rel='author' href='/autoren/ana'>ana.lima</a>") == ["ana.lima"]


def test_two_writers_joined_by_a_slash_are_two_names() -> None:
    # "Ralph Steiner/Carlo Natter" in the author meta: two people; a name and an agency
    # after the slash stay a name and its agency, written short or in full
    head = "<meta name='author' content='Ana Lima/Jonas Weber'>"
    assert authors_of(head=head) == ["Ana Lima", "Jonas Weber"]
    got = extract(page(byline="<p class='byline'>Ana Lima/Agence France-Presse</p>"), URL)
    assert (got.authors, got.wire_source) == (["Ana Lima"], "AFP")
    assert authors_of(byline="<p class='byline'>Von Ana Lima/dpa</p>") == ["Ana Lima"]


@pytest.mark.parametrize("outlet", ["Rivertown Today", "Rivertown Volksblatt", "Rivertown Sports"])
def test_an_outlet_named_as_its_pages_writer_is_no_name(outlet: str) -> None:
    # "Written by Miami Today" (a link to the site's own author page), an outlet in the
    # Yoast "Written by" field, a sports desk as a schema.org Person
    link = (f"<div>Written by <a href='/author/admin/' rel='author'>{outlet}</a> on November 7, "
            "2023</div>")  # fmt: skip
    assert authors_of(byline=link) == []
    field = ("<meta name='twitter:label1' content='Written by'>"
             f"<meta name='twitter:data1' content='{outlet}'>")  # fmt: skip
    assert authors_of(head=field) == []
    assert authors_of(head=field.replace(outlet, "Ana Lima")) == ["Ana Lima"]


def test_a_file_an_account_button_a_weekday_and_a_non_name_in_a_name_field_are_no_names(
) -> None:  # fmt: skip
    # '<meta rel="author" content="humans.txt">', a paywall's account box named for the
    # user ("Log Out"), the byline's date on the next line opening with its weekday, a
    # name field saying "No Author" or naming a publication
    assert authors_of(head="<meta rel='author' content='humans.txt'>") == []
    box = "<div class='paywall-user-name-wrap'><div class='paywall-sign-out'>Log Out</div></div>"
    assert extract(page().replace("<body>", f"<body>{box}"), URL).authors is None
    byline = "<h3 class='byline'>by Jeff Foust<br><span>Monday, November 18, 2019</span></h3>"
    assert authors_of(byline=byline) == ["Jeff Foust"]
    for field in ("No Author", "The Economist"):
        assert authors_of(head=f"<meta name='author' content='{field}'>") == []
    # ... while a pseudonym or a user name in the field stays
    for field in ("der Michel", "tlow", "kei_eno"):
        assert authors_of(head=f"<meta name='author' content='{field}'>") == [field]


@pytest.mark.parametrize("byline", [
    "<div class='byline'><span>Ana Lima</span><span>BBC News, Lisbon</span></div>",
    "<div class='byline'><span>Ana Lima</span><span>Lisbon</span></div>",
    "<div class='byline'><p><strong>Ana Lima</strong></p><p>Health reporter, The Courier</p></div>",
    "<div data-component='byline-block'><div><span>Ana Lima</span><span>BBC News, Lisbon</span>"
    "</div><time datetime='2024-05-03'>3 May 2024</time></div>",
    "<div data-testid='byline'><span>Ana Lima</span></div>",
])  # fmt: skip
def test_a_bylines_parts_in_elements_side_by_side_are_read_apart(byline: str) -> None:
    # the name in an element of its own beside the outlet, the place or the role: the name
    # alone (not "Lisbon", nor "Ana Lima Lisbon"); a byline named by a component
    # framework's data attribute as one named by its class
    assert authors_of(byline=byline) == ["Ana Lima"]


def test_names_in_one_element_beside_the_outlets_stay_together() -> None:
    byline = ("<div class='byline-section'><div class='attribution'><span class='author'>"
              "Ana Lima and Bo Berg</span><span class='publication'>The Rivertown Courier"
              "</span></div><div class='publish-date'>Published 10:02 AM May 3, 2024</div></div>")
    assert authors_of(byline=byline) == ["Ana Lima", "Bo Berg"]


@pytest.mark.parametrize("byline, want", [
    ("<div class='byline'><span>By</span><span><a href='/by/ana-lima'>Ana Lima</a></span>"
     "<span>and</span><span><a href='/by/bo-berg'>Bo Berg</a></span></div>",
     ["Ana Lima", "Bo Berg"]),
    ("<div class='byline'><span>Von</span><span>Anna Müller</span><span>und</span>"
     "<span>Bo Berg</span></div>", ["Anna Müller", "Bo Berg"]),
    ("<ul class='byline'><li><a href='/by/ana-lima'>Ana Lima</a></li>"
     "<li><a href='/by/bo-berg'>Bo Berg</a></li></ul>", ["Ana Lima", "Bo Berg"]),
])  # fmt: skip
def test_a_bylines_marker_joiners_and_list_items_in_elements_of_their_own(
        byline: str, want: list[str]) -> None:  # fmt: skip
    # "By" and "and" each in an element of their own run on with the names beside them;
    # a list of the names, one an item, is one run of them
    assert authors_of(byline=byline) == want


@pytest.mark.parametrize(("byline", "names"), [
    # names joined by the language's own comma or "and"
    ("أحمد الحسيني، محمد علي", ["أحمد الحسيني", "محمد علي"]),
    ("علی رضایی، مریم احمدی", ["علی رضایی", "مریم احمدی"]),
    ("علی احمد اور فاطمہ خان", ["علی احمد", "فاطمہ خان"]),
    ("राजेश शर्मा और सुनीता वर्मा", ["राजेश शर्मा", "सुनीता वर्मा"]),
    ("রহিম উদ্দিন ও করিম হোসেন", ["রহিম উদ্দিন", "করিম হোসেন"]),
    ("สมชาย ใจดี และ สมหญิง รักไทย", ["สมชาย ใจดี", "สมหญิง รักไทย"]),
    ("Nguyễn Văn An và Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
    ("Олена Коваленко та Андрій Шевченко", ["Олена Коваленко", "Андрій Шевченко"]),
    # ... the Arabic and Hebrew "and" joined to the second name's first word; a given name
    # opening with that letter stays in its name ("وليد", Walid)
    ("أحمد الحسيني ومحمد علي", ["أحمد الحسيني", "محمد علي"]),
    ("יוסי כהן ודנה לוי", ["יוסי כהן", "דנה לוי"]),
    ("أحمد محمد وليد الحسيني", ["أحمد محمد وليد الحسيني"]),
    ("محمد وليد الحسيني", ["محمد وليد الحسيني"]),
    # Korean reporters each with their role, or in a list before it; names in one word
    ("김민지 기자, 이서준 기자", ["김민지", "이서준"]),
    ("김민지·이서준 기자", ["김민지", "이서준"]),
    ("山田太郎、鈴木花子", ["山田太郎", "鈴木花子"]),
    ("张伟、李娜", ["张伟", "李娜"]),
    # particles in lower case, joined to the surname, names of five words and particles
    ("Ana de los Santos", ["Ana de los Santos"]),
    ("Marie des Rosiers", ["Marie des Rosiers"]),
    ("Valéry Giscard d'Estaing", ["Valéry Giscard d'Estaing"]),
    ("Omar el-Masry", ["Omar el-Masry"]),
    ("Hamad bin Khalifa al-Thani", ["Hamad bin Khalifa al-Thani"]),
    ("Siti Aminah binti Ismail", ["Siti Aminah binti Ismail"]),
    ("Anna af Ugglas", ["Anna af Ugglas"]),
    ("María José García de la Torre", ["María José García de la Torre"]),
    # a role before the name, a date right after it, a desk or place before a Japanese
    # reporter's name, where a Taiwanese one files from after it
    ("By political reporter Josh Butler", ["Josh Butler"]),
    ("By senior reporter Jane Smith and health editor Tom Brown", ["Jane Smith", "Tom Brown"]),
    ("Tara Cosoleto <span class='date'>March 5 2024 - 5:30pm</span>", ["Tara Cosoleto"]),
    ("政治部　山田太郎記者", ["山田太郎"]),
    ("ワシントン＝山田太郎", ["山田太郎"]),
    ("記者陳美玲／高雄報導", ["陳美玲"]),
    # a desk, a reporter or an editor left unnamed is nobody
    ("নিজস্ব প্রতিবেদক", []),
    ("ویب ڈیسک", []),
    ("डिजिटल डेस्क", []),
    ("小编", []),
    ("न्यूज डेस्क, अमर उजाला, नई दिल्ली", []),  # a desk, its outlet and its place
    ("Na Mwandishi Wetu", []), ("Da Redação", []),
])  # fmt: skip
def test_bylines_of_other_languages_joined_particled_or_unnamed(
        byline: str, names: list[str]) -> None:  # fmt: skip
    assert authors_of(byline=f"<div class='author'>{byline}</div>") == names


def test_a_lower_case_word_after_a_particles_apostrophe_is_no_surname() -> None:
    assert authors_of(byline="<div class='author'>Ana Lima d'après Reuters</div>") == [
        "Ana Lima"]


@pytest.mark.parametrize(("outlet", "byline", "names"), [
    ("El Tiempo", "Por Laura Camila Ramírez", ["Laura Camila Ramírez"]),
    ("경남신문", "이지혜 기자", ["이지혜"]),
    ("اليوم السابع", "بقلم أحمد الحسيني", ["أحمد الحسيني"]),
])
def test_the_sites_declared_name_as_its_pages_author_gives_way_to_the_bylines_person(
        outlet: str, byline: str, names: list[str]) -> None:  # fmt: skip
    head = (f"<meta name='author' content='{outlet}'>"
            f"<meta property='og:site_name' content='{outlet}'>")
    assert authors_of(head=head, byline=f"<div class='byline'>{byline}</div>") == names
    # no byline shown: the declared author stays (a personal blog named for its writer)
    assert authors_of(head=head.replace(outlet, "Ana Lima")) == ["Ana Lima"]


@pytest.mark.parametrize(("byline", "agency"), [("Theo TTXVN", "VNA"),
                                                ("According to Reuters", "Reuters")])
def test_a_byline_crediting_an_agency_alone_names_no_author(byline: str, agency: str) -> None:
    got = extract(page(byline=f"<div class='author'>{byline}</div>"), URL)
    assert (got.authors, got.wire_source) == (None, agency)
    # a person of that first name stays one
    assert authors_of(byline="<div class='author'>Theo Walcott</div>") == ["Theo Walcott"]


@pytest.mark.parametrize(("byline", "names", "agency"), [
    # the agency after the name beside a separator of its own (sv, fi, en)
    ("Erik Lindqvist /TT", ["Erik Lindqvist"], "TT"),
    ("Matti Virtanen | STT", ["Matti Virtanen"], "STT"),
    ("By Jane Doe | Reuters", ["Jane Doe"], "Reuters"),
    # the agency's newsroom (it, es), its staff title (AP), the wires' names in capitals
    # with the agency after them, no separator
    ("Redazione ANSA", None, "ANSA"), ("Redacción EFE", None, "EFE"),
    ("By Jane Doe, AP Science Writer", ["Jane Doe"], "AP"),
    ("By MARY CLARE JALONICK and LISA MASCARO Associated Press",
     ["Mary Clare Jalonick", "Lisa Mascaro"], "AP"),
    ("By JOSH BOAK AP Economics Writer", ["Josh Boak"], "AP"),
    ("By Michael Bloomberg", ["Michael Bloomberg"], None),  # a name, not the agency
    # an agency's name of two words after the name, "for" the agency, the dateline's
    # place before the agency in brackets
    ("By Jane Doe Associated Press", ["Jane Doe"], "AP"),
    ("The Associated Press", None, "AP"),
    ("Jane Doe for Reuters", ["Jane Doe"], "Reuters"),
    ("di Marco Rossi per ANSA", ["Marco Rossi"], "ANSA"),
    ("Madrid (EFE)", None, "EFE"),
])  # fmt: skip
def test_an_agency_credited_in_the_byline_is_the_wire_and_the_person_stays(
        byline: str, names: list[str] | None, agency: str | None) -> None:  # fmt: skip
    got = extract(page(byline=f'<div class="byline">{byline}</div>'), URL)
    assert (got.authors, got.wire_source) == (names, agency)


@pytest.mark.parametrize(("byline", "names"), [
    # where the reporter files from, a place of two or three words, after the name
    ("By Jane Doe, New York", ["Jane Doe"]),
    ("By Ana Lima, Rio de Janeiro", ["Ana Lima"]),
    ("By John Smith, Salt Lake City", ["John Smith"]),
    ("John Smith, San Francisco", ["John Smith"]),
    ("By John Smith, Jane Doe", ["John Smith", "Jane Doe"]),  # two people
    ("By Le Thi Hoa, Nguyen Van An", ["Le Thi Hoa", "Nguyen Van An"]),
    # a broadcaster or a portal the reporters work for, and a regional paper crediting
    # an agency, are no people
    ("Por Ana Souza e Pedro Lima, TV Globo — Brasília", ["Ana Souza", "Pedro Lima"]),
    ("Por Ana Souza, Portal Nacional — Brasília", ["Ana Souza"]),
    ("Le Courrier de l'Ouest avec AFP", []),
])  # fmt: skip
def test_a_place_or_an_outlet_after_the_names_is_no_name(byline: str, names: list[str]) -> None:
    assert authors_of(byline=f'<p class="byline">{byline}</p>') == names


@pytest.mark.parametrize("line", [
    "This entry was posted on March 5, 2024 by Ana Lima.",
    "This entry was posted by Ana Lima on Tuesday, March 5th, 2024 at 10:00 am and is filed"
    " under News.",
    "This post was written by Ana Lima.",
])  # fmt: skip
def test_the_wordpress_entry_line_names_its_author(line: str) -> None:
    # the line old WordPress themes print under a post: "This entry was posted on <date>
    # by <name>" (the "Posted on <date> by <name>" of newer ones is read already)
    assert authors_of(after=f'<p class="postmetadata"><small>{line}</small></p>') == ["Ana Lima"]


@pytest.mark.parametrize(("byline", "names"), [
    # ms/id "Oleh" (by) without its colon before a name of two words or more; a
    # Ukrainian's given name "Oleh" stays
    ("Oleh Ahmad Faizal bin Abdullah", ["Ahmad Faizal bin Abdullah"]),
    ("Oleh Budi Santoso", ["Budi Santoso"]),
    ("Oleh Sukhov", ["Oleh Sukhov"]),
    # the place the reporter files from and a dash before the name (ar, en, de)
    ("القاهرة - أحمد الحسيني", ["أحمد الحسيني"]),
    ("WASHINGTON — John Smith", ["John Smith"]),
    ("Berlin - Ana Lima", ["Ana Lima"]),
    ("John Smith - Berlin", ["John Smith"]),
])  # fmt: skip
def test_a_by_word_or_a_place_before_the_name_is_no_part_of_it(
        byline: str, names: list[str]) -> None:  # fmt: skip
    assert authors_of(byline=f'<div class="byline">{byline}</div>') == names


@pytest.mark.parametrize(("byline", "names"), [
    # ha "Daga" and tl "Ni" (by) before a name of two words or more, with the particles of
    # Filipino surnames ("dela Cruz", "delos Santos"); a Balinese woman's "Ni" stays, and
    # a Chinese surname "Ni" before one word
    ("Daga Aminu Abdullahi", ["Aminu Abdullahi"]), ("Ni Juan dela Cruz", ["Juan dela Cruz"]),
    ("Ni Maria delos Santos", ["Maria delos Santos"]), ("Ni Luh Made Sari", ["Ni Luh Made Sari"]),
    ("Ni Wei", ["Ni Wei"]),
    # the labels of ta te kn ml gu pa ("author", "written by")
    ("எழுதியவர்: ராஜேஷ் குமார்", ["ராஜேஷ் குமார்"]), ("రచయిత: శ్రీనివాస్ రెడ్డి", ["శ్రీనివాస్ రెడ్డి"]),
    ("ಲೇಖಕ: ರಮೇಶ್ ಗೌಡ", ["ರಮೇಶ್ ಗೌಡ"]), ("എഴുതിയത്: അനൂപ് മേനോൻ", ["അനൂപ് മേനോൻ"]),
    ("લેખક: હાર્દિક પટેલ", ["હાર્દિક પટેલ"]), ("ਲੇਖਕ: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", ["ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"]),
])  # fmt: skip
def test_by_words_and_labels_of_more_languages_are_no_part_of_the_name(
        byline: str, names: list[str]) -> None:  # fmt: skip
    assert authors_of(byline=f'<div class="byline">{byline}</div>') == names


@pytest.mark.parametrize(("byline", "names"), [
    # sq "Nga" (by) before a name of two words or more; the labels of uz (Latin and
    # Cyrillic) and hy, the latter with its own colon "՝" or ours
    ("Nga Arben Hoxha", ["Arben Hoxha"]), ("Muallif: Dilshod Karimov", ["Dilshod Karimov"]),
    ("Муаллиф: Дилшод Каримов", ["Дилшод Каримов"]),
    ("Հեղինակ՝ Արմեն Սարգսյան", ["Արմեն Սարգսյան"]),
    ("Հեղինակ: Արմեն Սարգսյան", ["Արմեն Սարգսյան"]),
])  # fmt: skip
def test_by_words_and_labels_of_sq_uz_and_hy_are_no_part_of_the_name(
        byline: str, names: list[str]) -> None:  # fmt: skip
    assert authors_of(byline=f'<div class="byline">{byline}</div>') == names


@pytest.mark.parametrize(("byline", "names"), [
    # km "by" with its own colon "៖" (or ours), my "writer" and a colon
    ("ដោយ៖ សុខ ដារ៉ា", ["សុខ ដារ៉ា"]), ("ដោយ: សុខ ដារ៉ា", ["សុខ ដារ៉ា"]),
    ("ရေးသားသူ: ကျော်ကျော်", ["ကျော်ကျော်"]),
])  # fmt: skip
def test_by_words_and_labels_of_km_and_my_are_no_part_of_the_name(
        byline: str, names: list[str]) -> None:  # fmt: skip
    assert authors_of(byline=f'<div class="byline">{byline}</div>') == names


@pytest.mark.parametrize("byline", [
    "ავტორი: ნინო ბერიძე", "ნინო ბერიძე", '<a href="/author/nino-beridze">ნინო ბერიძე</a>',
])  # fmt: skip
def test_a_georgian_name_is_a_name_though_its_letters_are_lower_case_to_unicode(
        byline: str) -> None:  # fmt: skip
    # Georgian writes no capitals in names, and Unicode counts its letters as lower case
    assert authors_of(byline=f'<div class="byline">{byline}</div>') == ["ნინო ბერიძე"]


@pytest.mark.parametrize(("first", "names"), [
    # the reporters Taiwan's CNA names in its dateline before the place in Taiwan
    ("（中央社記者王小明台北5日電）", ["王小明"]),
    ("（中央社記者王小明、李大華高雄5日電）", ["王小明", "李大華"]),
    ("（中央社記者王小明華盛頓4日電）", []),  # a place abroad: where the name ends is unknown
])  # fmt: skip
def test_the_reporters_a_taiwanese_wires_dateline_names(first: str, names: list[str]) -> None:
    html = ("<html lang='zh-TW'><head><title>立法院三讀通過修正案</title></head><body><article>"
            f"<h1>立法院三讀通過修正案</h1><p>{first}立法院5日三讀通過食品安全衛生管理法修正案，"
            "新法將於公布後三個月施行，相關子法也將陸續訂定。</p></article></body></html>")
    got = extract(html, URL)
    assert (got.authors or [], got.wire_source) == (names, "CNA")


@pytest.mark.parametrize(("info", "names", "agency"), [
    # a Chinese portal's info line under the headline: the date, the source, the author
    ("2024-03-05 14:32　来源：人民日报　作者：张伟", ["张伟"], None),
    ("作者：张伟、李强　来源：人民网", ["张伟", "李强"], None),
    ("2024-03-05 14:32　来源：新华社", [], "Xinhua"),
    ("图片来源：新华社", [], None),  # a picture's source
])  # fmt: skip
def test_a_chinese_portals_info_line_names_its_author_and_its_agency(
        info: str, names: list[str], agency: str | None) -> None:  # fmt: skip
    html = ("<html lang='zh-CN'><head><title>人大常委会通过新公司法</title></head><body><article>"
            f"<h1>人大常委会通过新公司法</h1><div class='info'>{info}</div><p>全国人大常委会5日"
            "表决通过了修订后的公司法，新法自明年7月1日起施行，相关配套规定将陆续出台。</p>"
            "</article></body></html>")
    got = extract(html, URL)
    assert (got.authors or [], got.wire_source) == (names, agency)


@pytest.mark.parametrize(("byline", "names"), [
    # es/pt "y"/"e" joining a person's two surnames ("José Ortega y Gasset"), or two
    # people's names of two words or more each
    ("José García y Pérez", ["José García y Pérez"]),
    ("Por Ana Souza e Silva", ["Ana Souza e Silva"]),
    ("Por José García y Pedro Pérez", ["José García", "Pedro Pérez"]),
    ("Por Ana Souza e Pedro Lima", ["Ana Souza", "Pedro Lima"]),
])  # fmt: skip
def test_y_or_e_between_two_surnames_is_one_persons_name(byline: str, names: list[str]) -> None:
    assert authors_of(byline=f'<div class="byline">{byline}</div>') == names
