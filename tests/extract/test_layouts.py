"""Layouts and boilerplate seen on real pages outside the benchmark (hand-written HTML)."""

from __future__ import annotations

import pytest

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


def assert_line_dropped(line: str, box: str = "<p>{}</p>", lang: str = "en",
                        after: bool = False) -> None:  # fmt: skip
    """``line`` alone on its line (in ``box``) between the story's second and third
    paragraphs, or ``after`` them: the story stays whole and the line goes."""
    inner = box.format(line)
    body = (paragraphs() + inner if after
            else f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p>{inner}<p>{PROSE[2]}</p><p>{PROSE[3]}</p>")
    text = extract(wrap(f"<article>{body}</article>", lang), URL).text
    assert_body(text)
    assert line not in text, line


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


def test_heading_over_a_dropped_list_goes_with_it() -> None:
    events = "".join(
        f"<li><a href='/event/{i}'>Concert number {i} at the arena</a> "
        f"<a href='/tickets/{i}'>Tickets</a></li>"
        for i in range(5)
    )
    html = wrap(
        f"<article><p>{PROSE[0]}</p><p>{PROSE[1]}</p><div class='box'><h2>Upcoming Events</h2>"
        f"<ul>{events}</ul></div><p>{PROSE[2]}</p><h2>What happens next</h2>"
        f"<p>{PROSE[3]}</p></article>"
    )
    text = extract(html, URL).text
    assert_body(text)
    assert "Upcoming Events" not in text
    assert "What happens next" in text  # a section heading over kept paragraphs


def test_picture_credit_box_is_dropped() -> None:
    picture = (
        "<div class='img-box'><img src='a.jpg' alt=''><div class='insert'>"
        "<div class='cred'>Jane Photographer</div></div></div>"
    )
    html = wrap(f"<article><p>{PROSE[0]}</p>{picture}<p>{PROSE[1]}</p>"
                f"<p>{PROSE[2]}</p><p>{PROSE[3]}</p></article>")  # fmt: skip
    text = extract(html, URL).text
    assert_body(text)
    assert "Jane Photographer" not in text


ARTICLE_FR = [
    "Le conseil régional a approuvé lundi un plan pour remplacer la vieille station de "
    "pompage du port, après deux étés de faible pression dans les quartiers hauts.",
    "Les ingénieurs ont expliqué que la nouvelle station consommerait moins d'énergie, et "
    "que les travaux pourraient être terminés avant la saison sèche de l'an prochain.",
]
ARTICLE_DE = [
    "Der Wasserverband hat am Montag einen Plan gebilligt, die alte Pumpstation am Hafen "
    "zu ersetzen, nachdem es in zwei Sommern zu wenig Druck in den Hügelvierteln gab.",
    "Die Ingenieure sagten, die neue Station werde weniger Energie verbrauchen, und die "
    "Arbeiten könnten vor der Trockenzeit im nächsten Jahr abgeschlossen sein.",
]


def test_french_boilerplate_lines_are_dropped() -> None:
    html = wrap(
        "<article><p>Par Jeanne Martin</p><p>Mis à jour le 5 mars 2024 à 10h02</p>"
        f"<p>{ARTICLE_FR[0]}</p><p>Lire aussi : Le port va fermer deux quais cet été</p>"
        f"<p>Publicité</p><p>{ARTICLE_FR[1]}</p><p>Partager cet article</p>"
        "<p>Nous utilisons des cookies pour améliorer votre expérience sur notre site. "
        "Accepter les cookies ou consulter notre politique de confidentialité.</p></article>",
        lang="fr",
    )
    text = extract(html, URL).text
    assert all(p in text for p in ARTICLE_FR)
    for leak in ("Jeanne Martin", "Mis à jour", "Lire aussi", "Publicité", "Partager", "cookies"):
        assert leak not in text


def test_german_and_danish_boilerplate_lines_are_dropped() -> None:
    html = wrap(
        "<article><p>Von Anna Schmidt und Jan de Vries</p><p>Mi., 13.03.2024, 10:15 Uhr</p>"
        f"<p>{ARTICLE_DE[0]}</p><p>Weiterlesen</p><p>Anzeige</p><p>{ARTICLE_DE[1]}</p>"
        "<p>Onsdag den 15. december 2010, 22:08</p><p>Foto: Max Muster</p>"
        "<p>Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. Mehr in "
        "unserer Datenschutzerklärung.</p></article>",
        lang="de",
    )
    text = extract(html, URL).text
    assert all(p in text for p in ARTICLE_DE)
    for leak in ("Anna Schmidt", "10:15", "Weiterlesen", "Anzeige", "Onsdag", "Foto", "Cookies"):
        assert leak not in text



def test_an_ads_label_in_danish_and_norwegian_is_dropped() -> None:
    # "Reklame" (da, no, and German's older word), "Annonse" (no), "Annonce" (da): a
    # label over an ad slot between the story's paragraphs, alone on its line
    for label in ("Reklame", "ANNONSE", "Annonce"):
        assert_line_dropped(label, box="<div><span>{}</span></div>", lang="da")


def test_reading_times_share_lines_and_comment_counts_in_more_languages_are_dropped() -> None:
    # a reading time (fi, et, zh, ja) and a share button's line (no, da, fi), each alone on
    # its line between the story's paragraphs; a count of comments (da/no/sv, et) over the
    # readers' comments after the story
    for line in ("Lukuaika: 3 min", "Lugemisaeg: 4 min", "3 分钟阅读", "読了時間：約3分",
                 "Del artikkelen", "Del artiklen", "Jaa artikkeli"):  # fmt: skip
        assert_line_dropped(line)
    reply = ("Tak for en god artikel. Vi har haft de samme problemer med trykket her i bakkerne"
             " i flere år, og det er godt at høre, at der endelig sker noget.")
    for line in ("12 kommentarer", "12 kommentaaria"):
        html = wrap(f"<article><div>{paragraphs()}</div><h3>{line}</h3><div><p>Jens</p>"
                    f"<p>{reply}</p></div></article>")  # fmt: skip
        text = extract(html, URL).text
        assert_body(text)
        assert line not in text and reply not in text, line


def test_tag_lists_read_also_and_print_lines_in_more_languages_are_dropped() -> None:
    # a list of tags under its label, written as plain text (en, vi, ru, hu, zh, ja), a
    # "read also" line (fa, ur, bn, sw, tl, ko), a print button's word (uk, cs, el, th,
    # ko), each alone on its line between the story's paragraphs
    lines = ("Tags: water, harbour, council", "Từ khóa: chính trị, kinh tế",
             "Ключевые слова: политика", "Címkék: politika, gazdaság", "标签：政治",
             "キーワード：政治", "همچنین بخوانید: افزایش قیمت سوخت", "یہ بھی پڑھیں: پیٹرول مہنگا",
             "আরও পড়ুন: জ্বালানির দাম বাড়ল", "Soma pia: Bei za mafuta zapanda",
             "Basahin din: Tumaas ang presyo", "더 보기: 기름값 인상", "Друкувати", "Tisk",
             "Εκτύπωση", "พิมพ์", "인쇄", "Bültene abone ol", "フォローする")  # fmt: skip
    for line in lines:
        assert_line_dropped(line)
    # a sentence that opens with the word stays
    html = wrap(f"<article><p>{PROSE[0]}</p><p>Tagged in the photo are the engineers who drew"
                f" up the plan.</p><p>{PROSE[1]}</p></article>")  # fmt: skip
    assert "Tagged in the photo" in extract(html, URL).text


def test_paywall_prompts_in_more_languages_are_dropped() -> None:
    # a paywall's prompt after the part of the story the page shows (de, fr, it, tr, ar,
    # no, da)
    for line in ("Weiterlesen mit Abo", "La suite est réservée aux abonnés.",
                 "Continua a leggere con l'abbonamento", "Bu içerik abonelere özeldir",
                 "هذا المحتوى للمشتركين فقط", "Denne artikkelen er for abonnenter",
                 "Dette indhold er kun for abonnenter"):  # fmt: skip
        assert_line_dropped(line, after=True)


def test_an_embeds_consent_placeholder_is_dropped() -> None:
    # what a blocked embed shows until the reader accepts its platform's cookies, in a box
    # of its own between the story's paragraphs (en, de, fr, es, it, pt, nl, pl, sv, da, no)
    for line in ("To view this content, you need to accept social media cookies.",
                 "Please accept marketing cookies to view this video.",
                 "This embed is unavailable because of your cookie preferences.",
                 "Externer Inhalt",
                 "An dieser Stelle findest du einen externen Inhalt von YouTube.",
                 "Um den Inhalt zu sehen, müssen Sie der Datenverarbeitung durch Dritte zustimmen.",
                 "Ich bin einverstanden, dass mir externe Inhalte angezeigt werden.",
                 "Empfohlener redaktioneller Inhalt",
                 "Pour voir ce contenu, acceptez les cookies.",
                 "Para ver este contenido debes aceptar las cookies.",
                 "Per vedere il contenuto accetta i cookie.",
                 "Para visualizar este conteúdo, aceite os cookies.",
                 "Om deze inhoud te bekijken moet je cookies accepteren.",
                 "Aby wyświetlić tę treść, zaakceptuj pliki cookie.",
                 "För att se detta innehåll måste du godkänna cookies.",
                 "For at se dette indhold skal du acceptere cookies.",
                 "For å se dette innholdet må du godta informasjonskapsler."):  # fmt: skip
        assert_line_dropped(line, box="<div><p>{}</p></div>")


# Furniture lines written by hand (session 33), family by family: each alone on its line
# between a story's paragraphs (a family of _CLOSING: after them), in the page's language,
# goes and leaves the story whole
_FURNITURE_LINES: dict[str, tuple[tuple[str, str], ...]] = {
    # a story broken by an ad ("the article continues below"), buttons to gift the story,
    # bookmark it, open its pictures, read on, go home; the German wire's item line
    "ad breaks, read-on, gift, bookmark and gallery buttons, a wire's item line": (
        ("fr", "Publicité, votre contenu continue ci-dessous"),
        ("es", "Publicidad - Sigue leyendo debajo"),
        ("es", "Sigue leyendo"),
        ("it", "Pubblicità - Continua a leggere sotto"),
        ("it", "Continua a leggere dopo la pubblicità"),
        ("sk", "Článok pokračuje pod reklamou"),
        ("ru", "Продолжение статьи ниже"),
        ("pl", "Dalsza część artykułu pod materiałem wideo"),
        ("pl", "Czytaj dalej"),
        ("de", "Artikel verschenken"),
        ("es", "Regala este artículo"),
        ("de", "Zur Merkliste hinzufügen"),
        ("de", "Bild vergrößern"),
        ("de", "Galerie öffnen"),
        ("en", "Open image in gallery"),
        ("fr", "Voir la galerie"),
        ("fr", "Retour à l'accueil"),
        ("nl", "Verder lezen"),
        ("de", "dpa-infocom, dpa:240312-99-123456/2"),
    ),
    # ... and headings of related stories closing it (pt, nl)
    "related headings closing the story": (
        ("pt", "Você também pode gostar"),
        ("nl", "Dit vind je misschien ook interessant"),
    ),
    # a podcast's platforms, the story's age, a standards link, a switch to another
    # language, a blog engine's share buttons and rating, newsletter and alert boxes, an
    # illustration's credit, a call to discuss, a tip line, an ad sales link
    "podcasts, the story's age, standards, language switches, share and alert lines": (
        ("en", "Listen on Spotify"),
        ("de", "Jetzt anhören auf Spotify"),
        ("de", "Dieser Artikel ist älter als ein Jahr."),
        ("en", "Our Standards: The Trust Principles."),
        ("en", "Why you can trust us"),
        ("en", "Read in English"),
        ("de", "Auf Deutsch lesen"),
        ("fr", "Lire en anglais"),
        ("es", "Leer en inglés"),
        ("en", "Click to share on Facebook (Opens in new window)"),
        ("en", "Rate this:"),
        ("de", "Öffnet in neuem Fenster"),
        ("de", "Hier geht's zum Newsletter"),
        ("en", "Breaking News Emails"),
        ("en", "Get breaking news alerts and special reports."),
        ("en", "Illustration by Ana Lima"),
        ("de", "Diskutieren Sie mit"),
        ("en", "Advertise with us"),
        ("de", "Haben Sie Hinweise? Schreiben Sie uns an redaktion@example.de"),
    ),
    # the site's channel on a messenger or a news app to join (id, tr, pl), a Korean
    # reporter's e-mail and like buttons, a Hindi "latest news" heading
    "messenger channel appeals, Korean and Hindi buttons": (
        ("id", "Gabung di channel WhatsApp kami"),
        ("id", "Dapatkan update berita pilihan setiap hari. Mari bergabung "
               "di Grup Telegram, caranya klik link berikut."),
        ("tr", "WhatsApp kanalımıza katılın"),
        ("tr", "Google News'te takip edin"),
        ("pl", "Dołącz do nas na WhatsApp"),
        ("ko", "기자 이메일"),
        ("ko", "좋아요"),
        ("hi", "ताज़ा ख़बरें"),
    ),
    # "Is this page useful?" and its answers (a public body's news page), in en, de, fr,
    # es, it, pt, nl, pl, sv, da, fi; back-to-top, print and share links of the page
    "a page's feedback widget, back-to-top, print and share links": (
        ("en", "Is this page useful?"),
        ("en", "No this page is not useful"),
        ("en", "Report a problem with this page"),
        ("de", "War diese Seite hilfreich?"),
        ("fr", "Cette page vous a-t-elle été utile ?"),
        ("es", "¿Le resultó útil esta información?"),
        ("it", "Questa pagina ti è stata utile?"),
        ("pt", "Esta página foi útil?"),
        ("nl", "Vond u deze informatie nuttig?"),
        ("pl", "Czy ta strona była pomocna?"),
        ("sv", "Var den här sidan till hjälp?"),
        ("da", "Var denne side nyttig?"),
        ("fi", "Oliko tästä sivusta apua?"),
        ("en", "Back to top of page"),
        ("de", "Zum Seitenanfang"),
        ("fr", "Haut de page"),
        ("es", "Volver al inicio"),
        ("fr", "Imprimer la page"),
        ("de", "Diese Seite teilen"),
    ),
    # the words of related stories, comments, sharing, ads and "read on", alone on their
    # line (th vi he fa ur bn ms tl sw el ro cs fi hr bg sr lt hy)
    "related, comments, share, ad and read-on words of more languages": (
        ("th", "ข่าวที่เกี่ยวข้อง"),
        ("th", "อ่านต่อ"),
        ("vi", "Đọc tiếp"),
        ("he", "כתבות נוספות"),
        ("fa", "اخبار مرتبط"),
        ("ur", "متعلقہ خبریں"),
        ("bn", "সম্পর্কিত খবর"),
        ("ms", "Kongsi"),
        ("ms", "Berita berkaitan"),
        ("tl", "Kaugnay na balita"),
        ("tl", "Patalastas"),
        ("sw", "Habari zinazohusiana"),
        ("el", "Σχετικά άρθρα"),
        ("ro", "Articole similare"),
        ("cs", "Související články"),
        ("fi", "Aiheeseen liittyvät"),
        ("hr", "Povezani članci"),
        ("bg", "Свързани статии"),
        ("sr", "Повезане вести"),
        ("lt", "Susiję straipsniai"),
        ("lt", "Komentarai"),
        ("hy", "Կիսվել"),
        # labels over a list of other stories' links: "read related news", "more on the
        # subject", "more news", "news today"
        ("th", "อ่านข่าวที่เกี่ยวข้อง"),
        ("he", "עוד בנושא:"),
        ("sw", "Habari zaidi:"),
        ("el", "Ειδήσεις σήμερα:"),
    ),
    # what a chart embedded between the paragraphs leaves in the page: its credit line,
    # its embed's buttons and fallback lines (en, de, fr, es)
    "a chart's credit and its embed's buttons": (
        ("en", "Chart: Ana Lima / The Courier · Source: Eurostat"),
        ("en", "Get the data"),
        ("en", "Download image"),
        ("en", "Embed"),
        ("en", "Graphic: The Courier"),
        ("de", "Erstellt mit Datawrapper"),
        ("de", "Daten herunterladen"),
        ("de", "Grafik: Ana Lima"),
        ("fr", "Infographie : Le Courrier"),
        ("es", "Gráfico: El Correo"),
        ("en", "A Flourish chart"),
        ("en", "Tap to enlarge"),
        ("en", "View full screen"),
        ("en", "Scroll to explore"),
        ("de", "Zum Vergrößern klicken"),
    ),
    # the offers a paywall prints under the part of the story it shows (en, de, fr)
    "a paywall's offers after the shown part": (
        ("en", "Unlock this article"),
        ("en", "Start your free trial"),
        ("en", "Try 1 month for $1"),
        ("en", "Exclusive to subscribers"),
        ("en", "Sign in to read more"),
        ("en", "Continue reading with a subscription"),
        ("de", "Jetzt weiterlesen mit F+"),
        ("de", "Jetzt 4 Wochen gratis testen"),
        ("fr", "Il vous reste 80% de cet article à lire."),
    ),
    # a food blog's recipe card buttons and calls between the post's paragraphs (en, de,
    # fr, es, it, nl)
    "a recipe plugin's buttons on a food blog": (
        ("en", "Jump to Recipe"),
        ("en", "Pin Recipe"),
        ("en", "Rate this Recipe"),
        ("en", "Save Recipe"),
        ("en", "Jump to Recipe · Print Recipe"),
        ("en", "Did you make this recipe?"),
        ("en", "Pin it for later!"),
        ("en", "Leave a Review"),
        ("de", "Zum Rezept springen"),
        ("de", "Rezept merken"),
        ("de", "Hast du das Rezept ausprobiert?"),
        ("fr", "Aller à la recette"),
        ("es", "Ir a la receta"),
        ("it", "Stampa la ricetta"),
        ("nl", "Recept printen"),
    ),
    # a live blog's pinned and key-event labels, its refresh and load-more buttons and its
    # filters, between the entries (en, de, fr, es, it)
    "a live blog's controls and labels": (
        ("en", "Pinned post"),
        ("en", "Key event"),
        ("en", "Show key events only"),
        ("en", "LIVE UPDATES"),
        ("en", "Load more updates"),
        ("en", "Sort by: Newest"),
        ("de", "Neue Beiträge anzeigen"),
        ("de", "Ältere Beiträge laden"),
        ("fr", "En direct"),
        ("es", "Cargar más"),
        ("it", "Carica altri"),
    ),
    # a recommendation widget's credit, links to send feedback, the corrections policy and
    # the newsletter sign-up, a player's "watch more", a call to follow the newsroom (de)
    "a recommendation widget's credit, feedback and policy links": (
        ("en", "Recommended by"),
        ("en", "Send us your feedback"),
        ("en", "Corrections policy"),
        ("en", "Newsletter sign-up"),
        ("en", "Watch more"),
        ("de", "Folgen Sie der Redaktion auf Facebook"),
    ),
}
_CLOSING = frozenset(
    ("related headings closing the story", "a paywall's offers after the shown part")
)


@pytest.mark.parametrize(
    ("family", "lang", "line"),
    [(family, lang, line) for family, lines in _FURNITURE_LINES.items() for lang, line in lines],
)
def test_a_furniture_line_written_by_hand_is_dropped(family: str, lang: str, line: str) -> None:
    assert_line_dropped(line, lang=lang, after=family in _CLOSING)



def test_a_storys_sentence_naming_content_to_view_stays() -> None:
    # the placeholder's words in a sentence that asks no consent are the story's
    lines = ("Readers who want to view this content must travel to the archive in person.",
             "Auf der Seite werden externe Inhalte angezeigt, die der Verlag selbst auswählt.",
             "Pour voir ce contenu, il faudra attendre la réouverture du musée en juin.")
    body = "".join(f"<p>{PROSE[i]}</p><p>{line}</p>" for i, line in enumerate(lines))
    text = extract(wrap(f"<article>{body}<p>{PROSE[3]}</p></article>"), URL).text
    assert all(line in text for line in lines)


def test_furniture_class_names_in_other_languages() -> None:
    html = wrap(
        f"<div class='contenu'><p>{ARTICLE_FR[0]}</p><p>{ARTICLE_FR[1]}</p>"
        "<div class='bloc-partage'><a href='#'>Facebook</a> <a href='#'>Twitter</a></div>"
        "<div class='articles-similaires'><p>Un autre article sur le port et ses quais, avec "
        "un long résumé qui pourrait passer pour de la prose sans son nom de classe.</p></div>"
        "<section id='commentaires'><p>Quelle honte, ces travaux vont durer des années et "
        "personne ne nous a demandé notre avis sur le sujet.</p></section></div>",
        lang="fr",
    )
    text = extract(html, URL).text
    assert all(p in text for p in ARTICLE_FR)
    assert "Facebook" not in text and "Un autre article" not in text and "honte" not in text


def test_excerpt_ending_in_a_read_more_link_is_a_teaser() -> None:
    html = wrap(
        f"<div class='wrap'><div class='content'>{paragraphs()}</div>"
        "<div class='next-prev'><div class='span12'><span>Next article</span>"
        "<a href='/other'>Harbour ferry timetable changes for the summer season</a>"
        "<p>The new timetable adds two late crossings on Fridays and Saturdays, and the "
        "first boat will leave ten minutes earlier. <a href='/other'>Read more</a></p>"
        "</div></div></div>"
    )
    text = extract(html, URL).text
    assert_body(text)
    assert "late crossings" not in text and "Read more" not in text


def test_reader_reactions_and_support_boxes_are_dropped() -> None:
    html = wrap(
        f"<main><article><p class='kicker'>Local</p>{paragraphs()}</article>"
        "<div class='support'><p>Local reporting needs readers like you: give once or "
        "every month to keep our newsroom going.</p></div>"
        "<section class='reactions'><h2>Reactions (2)</h2><div class='reaction'><span>"
        "Reader42</span><p>The same streets flood every single year and nothing is ever "
        "done about it by anyone.</p></div></section></main>"
    )
    text = extract(html, URL).text
    assert_body(text)
    assert "newsroom" not in text and "Reader42" not in text and "flood" not in text


def test_cjk_date_line_and_ideographic_space_in_title() -> None:
    body = "".join(
        f"<p>{sentence * 3}</p>"
        for sentence in (
            "市は十五日、老朽化のため運休していた渡船について、新しい船を導入すると発表した。",
            "新しい船は定員八十人で、自転車を積むことができ、運賃はこれまでと同じく無料とする。",
        )
    )
    html = (
        "<html lang='ja'><head><title>x</title>"
        "<meta property='og:title' content='渡船が運航再開へ\u3000新造船を導入'></head><body>"
        f"<div class='article'><p class='date'>2024年5月16日 5時00分</p>{body}</div>"
        "</body></html>"
    )
    got = extract(html, URL)
    assert got.title == "渡船が運航再開へ\u3000新造船を導入"
    assert "2024年" not in got.text
    assert got.text.startswith("市は十五日")


def test_a_web_components_cards_after_the_story_are_cards() -> None:
    # a site built of custom elements (<x-card>, <x-desc>): a component holding block
    # elements is a box, as the <div> it stands for, so a grid of other stories' cards
    # after the story reads as cards, not as part of the story's element
    cards = "".join(
        f"<x-card><x-media><a href='/news/{i}-story.html'><img src='/i{i}.jpg'></a></x-media>"
        f"<x-desc><a href='/news/{i}-story.html'><h5>Another story headline number {i}</h5>"
        f"</a><p>An excerpt of that other story for readers to click</p>"
        f"<label>Ana Cruz</label></x-desc></x-card>" for i in range(6))
    html = wrap(f"<x-page><x-main><h1>Pumping station</h1><x-body>{paragraphs()}</x-body>"
                f"<x-grid>{cards}</x-grid></x-main></x-page>")
    text = extract(html, URL).text
    assert text == "\n\n".join(PROSE)


def test_a_web_components_name_names_it_for_the_cleaning() -> None:
    # a component with a class that says nothing (<x-newsletter-module class="module">)
    # is named by its tag as a class would name it; a neutral component is kept
    appeal = ("Get the morning briefing: the day's top stories from our reporters in your "
              "inbox before seven, every weekday.")  # fmt: skip
    for tag, kept in (("x-newsletter-module", False), ("x-module", True)):
        html = wrap(f"<article><h1>Pumping station</h1>{paragraphs()}<{tag} class='module'>"
                    f"<p>{appeal}</p></{tag}></article>")  # fmt: skip
        text = extract(html, URL).text
        assert (appeal in text) is kept and all(p in text for p in PROSE)


def test_a_story_in_a_layout_cells_own_text_beside_its_tables_of_links() -> None:
    # an older page: the story is the cell's own text, its paragraphs between <br>s, and
    # the same cell lays out tables of links under it (related stories, topics); a short
    # introduction in a cell of its own above must not win for want of any furniture (nor
    # the page, which holds the site's menu too)
    links = "".join(f"<tr><td><a href='/story/{i}'>Another story of the water board, part {i}"
                    f"</a></td></tr>" for i in range(12))  # fmt: skip
    topics = "".join(f"<a href='/topic/{i}'>Topic {i}</a> " for i in range(10))
    menu = "<br>".join(f"<a href='/section/{i}'>Section of the site {i}</a>" for i in range(20))
    intro = ("In 2024 the water board put the pumping stations of the harbour district first, "
             "after two dry summers. The plan was debated for two days.")  # fmt: skip
    story = "<br><br>".join(PROSE)
    html = wrap(
        f"<table><tr><td>{menu}</td><td>"
        f"<table><tr><td>{intro}</td></tr></table>"
        f"<table><tr><td>{story}<br><br><table><tr><td><h2>Related</h2></td></tr>{links}"
        f"</table><table><tr><td>{topics}</td></tr></table></td></tr></table>"
        "</td></tr></table>"
    )
    text = extract(html, URL).text
    assert_body(text)
    assert "Another story" not in text and "Topic 3" not in text


def test_a_story_without_paragraphs_in_an_element_named_for_furniture_is_kept() -> None:
    # a blog template wraps each day's posts in an element named for the date
    # ("date-outer"); the post is told without <p> (lines between <br>s) while the sidebar
    # has one, and the template indents its many empty elements deeply: the post's
    # element holds nearly all the page's words, yet a third of its characters, and no
    # prose by <p>
    pad = "\n" + " " * 120
    story = "<br><br>".join(PROSE)
    empty = "".join(f"<div>{pad}<span>{pad}</span>{pad}</div>" for _ in range(20))
    html = wrap(
        f"<div class='sidebar'><p>About me: I write about the harbour.</p>{empty}</div>"
        f"<div class='date-outer'><h2>Pumping station</h2><div>{story}</div></div>"
    )
    text = extract(html, URL).text
    assert_body(text)
    assert "About me" not in text  # (the page's reading, not a second opinion's)


def test_a_short_story_under_its_own_linked_title_among_a_portals_cards_is_kept() -> None:
    # a portal sets a short story (one paragraph under a heading linking to its own page)
    # among grids of cards of other stories, each a linked title over an excerpt: every
    # paragraph of the page is in a card, and the story's holds far the most prose
    def card(i: int) -> str:
        return (f"<div><h3><a href='/news/{i}'>Council approves new budget for schools, "
                f"part {i}</a></h3><p>Officials said the decision would be reviewed next "
                f"year after complaints.</p></div>")

    grid = "".join(card(i) for i in range(8))
    story = " ".join(PROSE[:3])
    html = wrap(
        f"<div>{grid}</div><div><h2><a href='/news/pumping-station-123456'>Harbour pumping "
        f"station to be replaced</a></h2><p>{story}</p></div><div>{grid}</div>"
    )
    text = extract(html, URL).text
    assert story in text
    assert "Council approves" not in text


GALLERY = [
    "A lone kayaker crosses the flooded meadow below the old mill at dawn, where the river "
    "rose over its banks for the third time this winter.",
    "Volunteers fill sandbags outside the village hall; more than two hundred came on the "
    "first morning, many of them from the neighbouring valleys.",
    "The water reached the windows of the bakery on the high street, which had reopened "
    "only last spring after the floods of the year before.",
    "A farmer moves his sheep to higher ground along the embankment road, closed to cars "
    "since Tuesday while engineers inspect the bridge.",
    "Children watch the pumps at work from the churchyard wall, the one place in the lower "
    "town the water did not reach this week.",
]


def _figures(wrapped: bool) -> str:
    def caption(text: str) -> str:
        return f"<p>{text}</p><p>Photo: Jo Berg</p>" if wrapped else f"{text} Photo: Jo Berg"

    return "".join(f"<figure><img src='/img/{i}.jpg' alt=''><figcaption>{caption(text)}"
                   f"</figcaption></figure>" for i, text in enumerate(GALLERY))  # fmt: skip


def test_a_story_told_in_its_photos_captions_is_kept() -> None:
    # a gallery ("In pictures: ..."): a paragraph of introduction, then the story told in
    # the captions of its photos, whether a caption writes paragraphs or plain text
    for wrapped in (True, False):
        html = wrap(f"<article><h1>In pictures: the valley under water</h1><p>{PROSE[0]}</p>"
                    f"{_figures(wrapped)}</article>")  # fmt: skip
        text = extract(html, URL).text
        for caption in GALLERY:
            assert caption in text


@pytest.mark.parametrize("name", ["gallery__lead", "gallery-intro", "slideshow-description"])
def test_a_gallerys_introduction_named_for_it_is_kept_over_its_captions(name: str) -> None:
    # the gallery's box and its introduction named for it ("gallery__lead"): the page tells
    # its story in the captions, and the paragraph over them opens it
    intro = ("Storm winds of more than ninety miles an hour reached the valley on Saturday, "
             "leaving thousands of homes without power. These are some of the scenes.")
    html = wrap(f"<div class='gallery'><h1>In pictures: the valley under water</h1>"
                f"<p class='{name}'>{intro}</p>{_figures(True)}</div>")  # fmt: skip
    text = extract(html, URL).text
    assert intro in text
    assert all(caption in text for caption in GALLERY)
    # beside a story of its own prose, a gallery's introduction goes with its photos
    html = wrap(f"<article><h1>Pumping station</h1>{paragraphs()}</article><div class='gallery'>"
                f"<p class='{name}'>{intro}</p>{_figures(False)}</div>")  # fmt: skip
    text = extract(html, URL).text
    assert_body(text)
    assert intro not in text


def test_a_storys_photo_captions_and_a_box_of_photos_beside_it_stay_out() -> None:
    # a story with its own prose keeps its photos' captions out, however long they are;
    # so does a page telling a story beside a box of other stories' photos
    html = wrap(f"<article><h1>Pumping station</h1>{paragraphs()}{_figures(True)}</article>")
    text = extract(html, URL).text
    assert_body(text)
    assert GALLERY[0] not in text
    html = wrap(f"<article><h1>Pumping station</h1>{paragraphs()}</article>"
                f"<div class='gallery'>{_figures(False)}</div>")  # fmt: skip
    text = extract(html, URL).text
    assert_body(text)
    assert GALLERY[0] not in text
    # ... and a short story beside other stories' cards set as figures, each caption a
    # linked title over an excerpt
    cards = "".join(f"<figure><a href='/story/{i}'><img src='/i/{i}.jpg'></a><figcaption>"
                    f"<a href='/story/{i}'>Another story from the valley, part {i}</a> {text}"
                    f"</figcaption></figure>" for i, text in enumerate(GALLERY))  # fmt: skip
    text = extract(wrap(f"<article><h1>Pumping station</h1><p>{PROSE[0]}</p></article>"
                        f"<div>{cards}</div>"), URL).text  # fmt: skip
    assert PROSE[0] in text
    assert GALLERY[0] not in text


def test_a_long_thread_under_a_comments_heading_after_a_short_post_goes() -> None:
    # a short post, then its readers' comments under a heading, on a page without class
    # names and without reply buttons: a thread three times the post's length
    names = ("Ana", "Jo", "Sam", "Kit", "Lee")
    comments = "".join(
        f"<div><div>{names[i % 5]} · {i + 1} May 2024</div><p>I have lived by the harbour for "
        f"{i + 10} years and the pressure has been poor every summer; it is good to hear "
        f"that the board will act at last.</p></div>"
        for i in range(16)
    )
    html = wrap(f"<div><h1>Pumping station</h1>{paragraphs()}<h2>16 Comments</h2>"
                f"<div>{comments}</div></div>")  # fmt: skip
    text = extract(html, URL).text
    assert_body(text)
    assert "lived by the harbour" not in text


# two paragraphs of a story that link a term every few words (more of their characters are
# links than words of their own)
LINKED = [
    "The <a href='/topics/water-board'>regional water board</a> approved <a href='/plans/7'>a"
    " new plan</a> on <a href='/2024/03/04'>Monday morning</a> to replace the <a href="
    "'/places/harbour'>old pumping station</a> by the <a href='/places/harbour'>harbour wall"
    "</a>, after <a href='/2023/dry'>two dry summers</a> of <a href='/topics/pressure'>low"
    " pressure</a> in <a href='/places/hills'>the hill districts</a>.",
    "The <a href='/people/mayor'>city's mayor</a> said the <a href='/topics/loan'>regional"
    " loan</a> would be <a href='/topics/repaid'>paid back</a> over <a href='/topics/budget'>"
    "twenty years</a> and that <a href='/topics/bills'>water bills</a> would not rise, as she"
    " <a href='/2023/11/02'>promised in November</a>.",
]


def test_a_storys_paragraphs_that_link_a_term_every_few_words_are_kept() -> None:
    # a blog post or a wiki-like story linking its topics and sources: one such paragraph
    # between two of the story's own, one closing it; a line of tags and a line of other
    # stories' titles after it stay out
    html = wrap(
        f"<article><h1>Pumping station to be replaced</h1><p>{PROSE[0]}</p><p>{LINKED[0]}</p>"
        f"<p>{PROSE[1]}</p><p>{LINKED[1]}</p>"
        "<p>Filed under: <a href='/t/1'>Water</a>, <a href='/t/2'>Harbour</a>,"
        " <a href='/t/3'>Budget</a>, <a href='/t/4'>Council</a>, <a href='/t/5'>Hills</a>.</p>"
        "<p>More: <a href='/2024/03/01/a'>Harbour ferry timetable changes for the spring"
        " season</a>. <a href='/2024/02/27/b'>Council opens consultation on new cycle lanes"
        " through the old town</a>.</p>"
        "<p>Powered by <a href='https://cms.example'>Pressbox Publishing</a> • Theme by <a"
        " href='/t'>Ana Lima Design Studio</a> • <a href='/rss'>Posts feed</a> and <a href="
        "'/c'>Comments feed</a> • Licence: <a href='/cc'>Creative Commons BY-NC-SA</a>.</p>"
        "</article>"
    )
    text = extract(html, URL).text
    assert PROSE[0] in text and PROSE[1] in text
    assert "The regional water board approved a new plan on Monday morning" in text
    assert "The city's mayor said the regional loan would be paid back" in text
    assert "Filed under" not in text and "Water, Harbour" not in text
    assert "ferry timetable" not in text
    assert "Powered by" not in text  # credits between a footer's bullets


def test_notices_between_the_br_paragraphs_of_a_story_go() -> None:
    # a story told between <br><br>s is one block: its lines of notices go as the same
    # lines would in <p>s, and a rights notice ends it; a credit or a link there stays
    notice = "Sign up for our newsletter to get the best of our reporting in your inbox."
    body = (f"{PROSE[0]}<br><br>{PROSE[1]}<br><br>{notice}<br><br>{PROSE[2]}<br><br>"
            "[Photo: Ana Lima]<br><br>https://example.org/report.pdf<br><br>"
            f"{PROSE[3]}<br><br>© 2024 The Courier. All rights reserved.<br><br>Imprint")
    text = extract(wrap(f"<div id='article-body'>{body}</div>"), URL).text
    assert_body(text)
    assert "[Photo: Ana Lima]" in text and "https://example.org/report.pdf" in text
    assert notice not in text and "All rights reserved" not in text and "Imprint" not in text


@pytest.mark.parametrize(("lang", "promo"), [
    ("es", "Únete al canal de WhatsApp de EL DIARIO y recibe las noticias más importantes del "
           "día directamente en tu celular. Haz clic <a href='/wa'>aquí</a> y activa las "
           "notificaciones."),
    ("ru", "Больше новостей и эксклюзивных материалов — в нашем Telegram-канале. "
           "Подписывайтесь, чтобы первыми узнавать о главных событиях: <a href='/tg'>t.me</a>."),
    ("hi", "देश-दुनिया की ताज़ा खबरें सबसे पहले पाने के लिए हमारे व्हाट्सएप चैनल से जुड़ें। "
           "<a href='/wa'>यहां क्लिक करें</a>"),
    ("pt", "Receba as notícias mais importantes do dia no seu celular: siga o canal no "
           "WhatsApp e ative as notificações. <a href='/wa'>Clique aqui</a> para participar."),
    ("en", "Join our breaking news service on WhatsApp: get the latest stories straight to "
           "your phone by tapping <a href='/wa'>this link</a>."),
])  # fmt: skip
def test_a_call_to_join_the_sites_messenger_channel_is_a_notice(lang: str, promo: str) -> None:
    text = extract(wrap(f"<article>{paragraphs()}<p>{promo}</p></article>", lang), URL).text
    assert_body(text)
    assert promo[:30] not in text


def test_a_story_about_a_messenger_app_stays() -> None:
    # the app named in the story's own sentences, no call to join the site's channel
    line = ("WhatsApp said on Monday that channels had reached 500 million users, and that "
            "Telegram remained its largest rival in the region.")
    text = extract(wrap(f"<article>{paragraphs()}<p>{line}</p></article>"), URL).text
    assert line in text


@pytest.mark.parametrize("notice", [
    "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
    "저작권자 ⓒ 엔터미디어, 무단전재 및 재배포금지", "สงวนลิขสิทธิ์ 2024", "כל הזכויות שמורות",
])
def test_rights_notices_of_more_languages_end_a_story_told_between_brs(notice: str) -> None:
    body = f"{PROSE[0]}<br><br>{PROSE[1]}<br><br>{PROSE[2]}<br><br>{PROSE[3]}<br><br>{notice}"
    text = extract(wrap(f"<div id='article-body'>{body}</div>"), URL).text
    assert_body(text)
    assert notice not in text


def test_a_table_or_a_listing_set_as_a_figure_stays_without_its_line_numbers() -> None:
    # a block editor's table and a static site's highlighted code come wrapped in <figure>;
    # a highlighter's line-number gutter beside the code is no text of it
    table = ("<figure class='wp-block-table'><table><tr><th>Variety</th><th>Type</th></tr>"
             "<tr><td>Latah</td><td>Bush</td></tr></table><figcaption>Seeds</figcaption>"
             "</figure>")
    code = ("<figure class='highlight'><table class='lntable'><tr><td class='lntd'><pre>"
            "<code>1\n2\n</code></pre></td><td class='lntd'><pre><code>fn main() {\n"
            "    println!(\"ok\");\n}</code></pre></td></tr></table></figure>")
    body = (f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p>{table}<p>{PROSE[2]}</p>{code}"
            f"<p>{PROSE[3]}</p>")
    text = extract(wrap(f"<article>{body}</article>"), URL).text
    assert_body(text)
    assert "Latah Bush" in text and 'println!("ok");' in text
    assert "\n1\n" not in f"\n{text}\n" and "\n2\n" not in f"\n{text}\n"


@pytest.mark.parametrize(("steps", "last"), [
    ("<ol><li><div>Remove the wheels and hang the frame from a beam.</div></li>"
     "<li><div>Strip the old grease from the bottom bracket.</div></li>"
     "<li><div>Fit the new cables, starting with the rear brake.</div></li></ol>",
     "Fit the new cables, starting with the rear brake."),
    ("<dl><dt>Bottom bracket</dt><dd>The bearing that lets the cranks turn in the frame.</dd>"
     "<dt>Derailleur</dt><dd>The mechanism that moves the chain between the gears.</dd></dl>",
     "The mechanism that moves the chain between the gears."),
])
def test_a_list_of_sentences_closing_the_story_stays(steps: str, last: str) -> None:
    # a how-to's steps, a glossary: unlinked sentences in a list right after the last
    # paragraph are the story's, where a trailing short line is mostly furniture
    text = extract(wrap(f"<article>{paragraphs()}{steps}</article>"), URL).text
    assert_body(text)
    assert last in text
    # a closing list of links (related stories) still goes
    links = ("<ul><li><a href='/a'>Harbour works start next spring in the old town</a></li>"
             "<li><a href='/b'>Council sets a new water price for the coming year</a></li></ul>")
    text = extract(wrap(f"<article>{paragraphs()}{links}</article>"), URL).text
    assert "Harbour works" not in text


def test_a_story_told_in_a_page_builders_boxes_named_for_widgets_stays() -> None:
    # a site builder sets each paragraph in a box of its own, named for a widget: together
    # they hold the story; one such box beside the story is still furniture
    boxes = "".join(f"<div class='elementor-widget-container'><p>{p}</p></div>" for p in PROSE)
    got = extract(wrap(f"<h1>Pumping station</h1>{boxes}"), "https://blog.example.org/pumps/")
    assert got.page_type == "article"
    assert_body(got.text)
    aside = ("<div class='sidebar-widget'><p>Our newsletter arrives every Friday with the week's "
             "stories from the harbour, the hills and the council chamber.</p></div>")
    text = extract(wrap(f"<article>{paragraphs()}</article>{aside}"), URL).text
    assert_body(text)
    assert "newsletter" not in text
    # a sidebar's modules of one class beside a story: more prose outside them than in any
    modules = "".join(
        f"<div class='module-sidebar'><p>Column {i}: the week in the hills, the harbour and "
        f"the council chamber, told by our columnist in his own words.</p></div>"
        for i in range(5))  # fmt: skip
    text = extract(wrap(f"<div>{paragraphs()}</div><div>{modules}</div>"), URL).text
    assert_body(text)
    assert "Column 1" not in text



@pytest.mark.parametrize("back", [
    "<a href='#fnref:1' class='reversefootnote'>&#8617;</a>",  # kramdown
    "<a href='#fnref:1' class='footnote-backref' role='doc-backlink'>&#8617;&#xFE0E;</a>",
    "<a href='#fnref1' class='footnote-back' role='doc-backlink'>&#8617;</a>",  # pandoc
])
def test_a_short_footnote_closing_the_post_stays_without_its_back_link(back: str) -> None:
    # a Markdown engine's footnotes close the post; the note's link back to its mark is
    # an arrow, no word of it, and with it a short note read as a trailing link line
    note = f"Weekends only, and not every weekend. {back}"
    notes = (f"<div class='footnotes' role='doc-endnotes'><ol><li id='fn:1'><p>{note}</p>"
             "</li></ol></div>")
    text = extract(wrap(f"<article>{paragraphs()}{notes}</article>"), URL).text
    assert_body(text)
    assert "Weekends only, and not every weekend." in text and "↩" not in text


def test_a_reading_list_closing_the_post_stays_whole() -> None:
    # linked titles and their authors after the last paragraph: a post's reading list,
    # every item of it (a title longer than its author's name no longer leaves a hole)
    books = [("Zen and the Art of Motorcycle Maintenance", "Robert Pirsig"),
             ("The Rider", "Tim Krabbé"), ("It's All About the Bike", "Robert Penn")]
    items = "".join(f"<li><a href='/b{n}'>{title}</a> by {name}</li>"
                    for n, (title, name) in enumerate(books))
    text = extract(wrap(f"<article>{paragraphs()}<ol>{items}</ol></article>"), URL).text
    assert_body(text)
    assert all(f"{title} by {name}" in text for title, name in books)


def test_an_authors_box_without_class_names_closing_the_post_goes() -> None:
    # a utility-class theme's author box: the name alone over a short bio opening with the
    # first name; nothing names the box
    box = ("<div class='mt-12 rounded-xl bg-zinc-50 p-6'><p class='font-semibold'>Jana Horváth"
           "</p><p class='text-sm text-zinc-600'>Jana is a staff engineer on the Platform team, "
           "where she works on databases and capacity planning.</p></div>")
    text = extract(wrap(f"<main><article><h1>Pumping station</h1><div class='prose'>"
                        f"{paragraphs()}</div>{box}</article></main>"), URL).text
    assert_body(text)
    assert "Jana" not in text
    # a section's heading over its paragraph is no name
    section = ("<h3>List Comprehensions</h3><p>List comprehensions are a way to build a list "
               "while walking an iterable, filtering it or applying a function.</p>")
    text = extract(wrap(f"<article>{paragraphs()}{section}</article>"), URL).text
    assert "List Comprehensions" in text and "List comprehensions are a way" in text
    # ... nor a bold line over a paragraph restating it ("The Value" / "The value of ...")
    section = ("<p><strong>The Value</strong></p><p>The value of open data comes from what "
               "people and communities do with it, and we place most value on lasting uses.</p>")
    text = extract(wrap(f"<article>{paragraphs()}{section}</article>"), URL).text
    assert "The Value" in text and "The value of open data" in text


def test_a_short_post_under_its_own_linked_title_below_the_blogs_linked_name_stays() -> None:
    # the blog's name a linked <h1> over the post, the post's title a link to its own page:
    # the page's body holding both is no card of another story, and the post stays
    html = ("<html><head><title>Lunch | Hanako's Kitchen Diary</title><meta property="
            "'article:published_time' content='2021-03-03T10:00:00Z'></head><body>"
            "<h1><a href='/'>Hanako's Kitchen Diary</a></h1><article><h2>"
            "<a href='https://acme.example/blog/lunch'>Lunch</a></h2>"
            f"{''.join(f'<p>{p}</p>' for p in PROSE[:3])}</article>"
            "<footer>© Hanako</footer></body></html>")
    found = extract(html, "https://acme.example/blog/lunch")
    assert found.page_type == "article"
    assert all(p in found.text for p in PROSE[:3])


def test_a_recipe_cards_later_steps_stay_with_its_first() -> None:
    # a recipe plugin's card after the post: each step a paragraph in an item of its own
    # list; the steps late in the story go with the first ones, not one by one
    steps = ["Heat the oven to 175°C and line a loaf tin with baking paper before you start.",
             "Melt the butter in a light pan over medium heat until it foams, then turns golden "
             "and smells nutty, about five minutes.",
             "Mash the bananas into the butter, then whisk in the sugar, eggs and vanilla until "
             "the batter is smooth.",
             "Add the flour, soda, salt and cinnamon, and fold them in gently until just combined.",
             "Scrape into the tin and bake for an hour, until a skewer comes out clean, then cool "
             "on a rack."]
    items = "".join(f"<li class='wprm-recipe-instruction'><div class='wprm-recipe-instruction-"
                    f"text'><span style='display: block;'>{step}</span></div></li>"
                    for step in steps)
    card = (f"<div class='wprm-recipe-container'><h2>Banana bread</h2><h3>Instructions</h3>"
            f"<div class='wprm-recipe-instruction-group'><ul class='wprm-recipe-instructions'>"
            f"{items}</ul></div></div>")
    text = extract(wrap(f"<article><div class='entry-content'>{paragraphs()}{card}</div>"
                        "</article>"), URL).text
    assert_body(text)
    assert all(step in text for step in steps)


def test_a_page_builders_heading_boxes_stay_and_its_table_of_contents_goes() -> None:
    # Elementor: each heading a heading widget, each paragraph a text widget, each in a box
    # of one class; its table of contents widget is no part of the story
    def widget(kind: str, inner: str) -> str:
        return (f"<div class='elementor-element elementor-widget elementor-widget-{kind}'>"
                f"<div class='elementor-widget-container'>{inner}</div></div>")

    toc = widget("table-of-contents", "<div class='elementor-toc__header'><h4 class='elementor-"
                 "toc__header-title'>Table of Contents</h4></div><ol><li><a href='#m1'>Pumps"
                 "</a></li><li><a href='#m2'>Roads</a></li></ol>")
    heads = ["Why the old station goes", "What residents asked for", "Who pays", "When"]
    body = widget("text-editor", f"<p>{PROSE[0]}</p>") + toc + "".join(
        widget("heading", f"<h2 class='elementor-heading-title'>{head}</h2>")
        + widget("text-editor", f"<p>{para}</p>")
        for head, para in zip(heads, PROSE[1:] + ["The board will meet again in June."],
                              strict=False))
    text = extract(wrap(f"<h1>Pumping station</h1>{body}"), "https://blog.example.org/pumps/").text
    assert_body(text)
    assert all(head in text for head in heads[:3])
    assert "Table of Contents" not in text


def test_a_code_blocks_language_label_over_it_goes() -> None:
    # a blog theme's bar over a listing: its language and a copy button; the code stays
    bar = ("<div class='not-prose my-6 rounded-lg'><div class='flex items-center text-xs'>"
           "<span>sql</span><button type='button'>Copy</button></div><pre><code "
           "class='language-sql'>SELECT state, count(*)\nFROM pg_stat_activity\nGROUP BY state;"
           "</code></pre></div>")
    text = extract(wrap(f"<article>{paragraphs()}{bar}<p>{PROSE[0]}</p></article>"), URL).text
    assert_body(text)
    assert "FROM pg_stat_activity" in text and "\nsql\n" not in f"\n{text}\n"


def test_a_video_players_title_beside_it_goes_with_it() -> None:
    # a portal's clip between the story's paragraphs, its title beside the player in the
    # box that holds only the two (hashed class names name nothing)
    clip = ("<div class='v5Ef'><div class='x8Ij'><video src='x.mp4'></video><span>Heat wave "
            "in the hills. How to cope? A doctor explains</span></div></div>")
    body = f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p>{clip}<p>{PROSE[2]}</p><p>{PROSE[3]}</p>"
    text = extract(wrap(f"<article>{body}</article>"), URL).text
    assert_body(text)
    assert "A doctor explains" not in text
    # a paragraph beside a player stays
    clip = f"<div><video src='x.mp4'></video><p>{PROSE[2]}</p></div>"
    body = f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p>{clip}<p>{PROSE[3]}</p>"
    assert_body(extract(wrap(f"<article>{body}</article>"), URL).text)


@pytest.mark.parametrize("bar", [
    "New: Acme Insights 3.0 is here with dashboards for every team. See what is new in this "
    "release →",
    "Novedad: ya está disponible Acme Insights 3.0, con paneles para todos los equipos. "
    "Descubre todas las novedades →",
])
def test_a_sentence_long_bar_above_the_sites_header_is_no_story(bar: str) -> None:
    # an announcement over the site's header, outside its <main>: its prose does not lift
    # the container from the element holding the headline and the story to the <body>
    html = wrap(f"<div class='header-announcement'>{bar}</div><header class='site-header'>"
                "<a href='/'>Logo</a><nav><a href='/a'>Product</a> <a href='/b'>Blog</a></nav>"
                f"</header><main><article class='post'><h1>Pumping station</h1><div>"
                f"{paragraphs()}</div></article></main><footer><p>© 2025 Example</p></footer>")
    text = extract(html, URL).text
    assert_body(text)
    assert bar not in text
    # a story going on beside the <main> after its headline still lifts it
    html = wrap(f"<main><h1>Pumping station</h1><p>{PROSE[0]}</p><p>{PROSE[1]}</p></main>"
                f"<div><p>{bar} {bar}</p><p>{PROSE[2]}</p><p>{PROSE[3]}</p></div>")
    assert_body(extract(html, URL).text)


@pytest.mark.parametrize(("link", "heading"), [
    ("<a class='headerlink' href='#m' title='Permalink to this heading'>¶</a>", "{}{}"),
    ("<a class='headerlink' href='#m' title='Permanenter Link'>¶</a>", "{}{}"),
    ("<a class='heading-anchor' href='#m' aria-hidden='true'>#</a>", "{} {}"),
    ("<a class='heading-link' href='#m'>🔗</a>", "{} {}"),
    ("<a class='anchor-link' href='#m'>§</a>", "{} {}"),
])
def test_a_headings_link_to_itself_leaves_no_sign(link: str, heading: str) -> None:
    # Sphinx's and MkDocs' "headerlink" pilcrow, a static site's "#", "🔗" or "§"
    title = "Who pays for the station"
    body = (f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p><h2 id='m'>{heading.format(title, link)}</h2>"
            f"<p>{PROSE[2]}</p><p>{PROSE[3]}</p>")
    text = extract(wrap(f"<main><h1>Pumping station</h1>{body}</main>"), URL).text
    assert_body(text)
    assert f"\n{title}\n" in text
    # a link to a place in the page with words stays
    body = body.replace(link, "<a href='#m'>(see below)</a>")
    assert "(see below)" in extract(wrap(f"<main><h1>Pumping station</h1>{body}</main>"), URL).text


KEY_EVENTS = [
    ("15.40 BST", "Chancellor wins vote by 41",
     "The government has won the vote on the budget resolution by 312 votes to 271, a majority"
     " of 41, after a day of frantic lobbying by whips."),
    ("15.00 BST", "Opposition leader: 'This budget punishes pensioners'",
     "Responding in the chamber, the leader of the opposition said the changes to winter fuel "
     "support amounted to a stealth tax on people who have worked all their lives."),
    ("13.00 BST", "Markets calm ahead of vote",
     "Gilt yields were little changed at lunchtime, with the 10-year yield at 4.52%, suggesting "
     "investors are not expecting a rebellion large enough to defeat the government."),
]


@pytest.mark.parametrize("show", ["Show key events only", "Only show the key events here"])
def test_a_live_blogs_key_events_leave_its_pinned_post_and_standfirst(show: str) -> None:
    # "Key events": links to the entries in the page, repeating their headings, between the
    # standfirst and the pinned post; no list of other stories' cards, no furniture
    # narrowing the container to the entries
    pinned = ("Good morning. MPs vote this afternoon on the budget resolution, the first big "
              "test of the government's authority since the spring rebellion over welfare.")
    bullets = ["Government majority of 41 on the budget resolution",
               "About 20 Labour MPs abstain over winter fuel changes"]
    events = "".join(f"<li><a href='#block-{i}'><time>{at}</time> <span>{head}</span></a></li>"
                     for i, (at, head, _p) in enumerate(KEY_EVENTS))
    entries = "".join(f"<div id='block-{i}' class='block'><div class='block-elements'><h2>{head}"
                      f"</h2><p>{para}</p></div></div>"
                      for i, (_at, head, para) in enumerate(KEY_EVENTS))
    html = ("<html lang='en'><head><title>Budget vote: government wins by 41 as Labour "
            "rebellion fizzles – live | Politics | The Example</title></head><body><main>"
            "<h1>Budget vote</h1><div class='standfirst'><ul>"
            f"{''.join(f'<li>{b}</li>' for b in bullets)}</ul></div>"
            f"<div class='keyevents'><h2>Key events</h2><ul>{events}</ul>"
            f"<a href='#'>{show}</a></div><div class='pinned'><div class='pinned-label'>Pinned "
            f"post</div><div class='block' id='block-pin'><p>{pinned}</p></div></div>"
            f"<div id='liveblog-body'>{entries}</div></main></body></html>")
    text = extract(html, "https://www.example-news.com/politics/live/2025/jul/02/budget-vote").text
    assert all(para in text for _at, _head, para in KEY_EVENTS)
    assert pinned in text and all(bullet in text for bullet in bullets)
