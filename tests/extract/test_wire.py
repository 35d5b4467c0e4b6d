"""Agency credits and datelines: the dateline stays in the text, offsets point at it."""

from __future__ import annotations

import pytest

from warctools.extract import extract
from warctools.extract.wire import canonical_agency, find_wire

REST = " Officials said on Monday that the talks would resume next week after a pause."


@pytest.mark.parametrize(
    "opening, agency",
    [
        ("MANILA (AFP) -", "AFP"),
        ("LONDON (Reuters) -", "Reuters"),
        ("Manila (AFP) Dec 29, 2022", "AFP"),
        ("WASHINGTON, Jan 5 (Reuters) -", "Reuters"),
        ("(AP) —", "AP"),
        ("NEW DELHI (PTI):", "PTI"),
        ("BERLIN, Nov. 19 (dpa) -", "dpa"),
        ("Madrid, 5 ene (EFE).-", "EFE"),
        ("ROME (ANSA) -", "ANSA"),
        ("BEIJING, Nov. 19 (Xinhua) --", "Xinhua"),
        ("TOKYO (Kyodo) --", "Kyodo"),
        ("SEOUL, Nov. 19 (Yonhap) --", "Yonhap"),
        ("NEW YORK (Bloomberg) --", "Bloomberg"),
        ("MUMBAI (IANS) -", "IANS"),
        ("PARIS (Agence France-Presse) -", "AFP"),
        ("WARSZAWA (PAP) -", "PAP"),
        ("PRAHA (ČTK) -", "ČTK"),
        ("BUDAPEST (MTI) -", "MTI"),
        ("МОСКВА, 12 марта. /ТАСС/.", "TASS"),
        ("МОСКВА, 12 мар — РИА Новости.", "RIA Novosti"),
        ("КИЇВ, 12 березня — Укрінформ.", "Ukrinform"),
        ("新华社北京3月12日电", "Xinhua"),
        ("(서울=연합뉴스)", "Yonhap"),
        ("【ワシントン共同】", "Kyodo"),
        ("[서울=뉴시스]", "Newsis"), ("[서울=뉴스1]", "News1"),
        ("VILNIUS (BNS) –", "BNS"), ("BAKU (AzerTac) –", "AzerTac"),
        ("TEHRAN (ISNA) -", "ISNA"), ("BUENOS AIRES (Télam) –", "Télam"),
        ("ISLAMABAD (APP) -", "APP"), ("МОСКВА, 12 марта. /ИТАР-ТАСС/.", "TASS"),
        # session 18: a place and its day before the agency, no dash; a country in brackets
        # after the place; the English form of a Russian agency's dateline
        ("Mumbai, March 12 (IANS)", "IANS"), ("New Delhi [India], March 12 (ANI):", "ANI"),
        ("MOSCOW, March 12. /TASS/.", "TASS"),
        # session 33: more national agencies (Switzerland's short name, South Africa's,
        # India's second wire, Viet Nam's in English, Italy's)
        ("BERN (SDA) -", "ATS"), ("JOHANNESBURG (SAPA) -", "SAPA"), ("KOLKATA (UNI) -", "UNI"),
        ("HANOI (Vietnam News Agency) -", "VNA"), ("ROMA (askanews) -", "Askanews"),
    ],
)
def test_datelines(opening: str, agency: str) -> None:
    text = "A short standfirst.\n\n" + opening + REST
    found = find_wire(text)
    assert found.wire_source == agency
    assert found.dateline == opening
    assert text[found.start : found.end] == opening


@pytest.mark.parametrize(
    "text, agency",
    [
        ("The talks resumed." + REST + "\n\n— AFP", "AFP"),
        ("The talks resumed." + REST + " (c) Agence France-Presse", "AFP"),
        ("The talks resumed." + REST + "\n\nCopyright 2024 The Associated Press.", "AP"),
        ("The talks resumed." + REST + "\n\nReporting by Ann Lee; Editing by Bo Kim", "Reuters"),
        ("Les pourparlers ont repris. (avec AFP)", "AFP"),
        ("Las conversaciones se reanudaron. (Con información de EFE)", "EFE"),
        ("Die Gespräche wurden fortgesetzt. (mit Material von dpa)", "dpa"),
        ("Die Gespräche wurden fortgesetzt." + REST + " (dpa)", "dpa"),
        ("The talks resumed." + REST + "\n\nQuelle: dpa", "dpa"),
        ("The talks resumed." + REST + "\n\nIzvor: Hina", "Hina"),
        ("The talks resumed." + REST + "\n\nИзточник: БТА", "BTA"),
        ("The talks resumed." + REST + "\n\nŹródło: PAP", "PAP"),
        ("The talks resumed." + REST + "\n\nAllikas: BNS", "BNS"),
        # (ro, sv, da/no, nl: session 35)
        ("The talks resumed." + REST + "\n\nSursa: Agerpres", "Agerpres"),
        ("The talks resumed." + REST + "\n\nKälla: TT", "TT"),
        ("The talks resumed." + REST + "\n\nKilde: NTB", "NTB"),
        ("The talks resumed." + REST + "\n\nBron: ANP", "ANP"),
        ("The talks resumed." + REST + "\n\n来源：新华社", "Xinhua"),
        ("The talks resumed." + REST + "\n\n出典：共同通信", "Kyodo"),
        ("The talks resumed." + REST + "\n\nWith inputs from PTI", "PTI"),
        ("The talks resumed." + REST + " (With inputs from agencies and PTI)", "PTI"),
        # the agency alone on the story's last line, a credit on a line of its own
        ("The talks resumed." + REST + "\n\nAFP", "AFP"),
        ("Die Gespräche wurden fortgesetzt." + REST + "\n\ndpa", "dpa"),
        ("Las conversaciones se reanudaron." + REST + "\n\nCon información de EFE", "EFE"),
        ("Les pourparlers ont repris." + REST + "\n\nAvec AFP", "AFP"),
        ("As conversas foram retomadas." + REST + "\n\nCom Lusa", "Lusa"),
    ],
)
def test_closing_credits(text: str, agency: str) -> None:
    found = find_wire(text)
    assert found.wire_source == agency
    assert found.dateline is None


@pytest.mark.parametrize(
    "text",
    [
        "He went to the (AP) store" + REST,
        "Stocks rose (Bloomberg) -- and fell" + REST,
        "The APA guidelines" + REST,
        "МОСКВА, 12 марта. Городской совет проголосовал." + REST,  # no agency named
        "(서울=뉴스) 시의회" + REST,  # not an agency of the table
        "The talks resumed (with a map of the border)." + REST,
        "The talks resumed." + REST + "\n\nSource: World Bank",  # a source, no agency
        "He went to the (AP) store and back again." + REST,
        "The talks resumed." + REST + "\n\nAFP said the talks would go on.",  # a sentence
        "AFP\n\nThe talks resumed." + REST,  # not the last line
    ],
)
def test_no_false_credit(text: str) -> None:
    assert find_wire(text).wire_source is None


def test_canonical_names() -> None:
    assert canonical_agency("Associated Press") == "AP"
    assert canonical_agency("Reuters Health") == "Reuters"
    assert canonical_agency("ap") is None
    assert canonical_agency("CNN") is None
    assert canonical_agency("新华社") == "Xinhua"  # no letter case: not an acronym's test
    assert canonical_agency("Map") is None and canonical_agency("MAP") == "MAP"


def test_dateline_offsets_in_extracted_text() -> None:
    para = "MANILA (AFP) - Philippine troops clashed with rebels on Sunday, the army said." * 3
    html = f"<html><body><article><p>{para}</p><p>{para}</p></article></body></html>"
    got = extract(html, "https://example.com/2024/01/02/clash")
    assert got.wire_source == "AFP"
    assert got.dateline == "MANILA (AFP) -"
    assert got.dateline_start is not None and got.dateline_end is not None
    assert got.text[got.dateline_start : got.dateline_end] == got.dateline


@pytest.mark.parametrize("opening", [
    "UPDATE:", "WATCH —", "PDF:", "ISBN:", "DEAR ABBY:", "EDITOR'S NOTE:", "BREAKING NEWS -",
    "EN DIRECT -", "URGENTE:", "EXCLUSIVA -", "AO VIVO:", "REPORTAGE -",
])  # fmt: skip
def test_a_kicker_in_capitals_is_no_dateline(opening: str) -> None:
    assert find_wire(opening + REST).dateline is None


@pytest.mark.parametrize("opening", ["NEW DELHI:", "LONDON —", "BUFFALO, N.Y. —", "LINZ –"])
def test_a_place_in_capitals_is_a_dateline(opening: str) -> None:
    found = find_wire(opening + REST)
    assert found.dateline == opening and found.start == 0


@pytest.mark.parametrize(("line", "agency"), [
    ("<p>Source: Reuters</p>", "Reuters"), ("<p>(dpa)</p>", "dpa"),
    ("<p>© Copyright 2025 The Associated Press. All rights reserved.</p>", "AP"),
    ("<p>© AFP / Jo Smith</p>", None),  # a picture's credit, not the story's
])  # fmt: skip
def test_a_credit_line_the_text_leaves_out_still_names_the_agency(line: str, agency: str | None
                                                                  ) -> None:  # fmt: skip
    # the line after the story that its text drops as furniture (a source line, the
    # agency's notice reserving its rights) still says whose story it is
    paragraphs = "".join(f"<p>{REST.strip()} Part {i} of the talks.</p>" for i in range(4))
    html = (f"<html><head><title>Talks resume</title></head><body><article><h1>Talks resume"
            f"</h1>{paragraphs}{line}</article></body></html>")  # fmt: skip
    got = extract(html, "https://news.example.com/2024/05/03/talks-resume")
    assert got.wire_source == agency


@pytest.mark.parametrize(("line", "agency"), [
    # the agencies' names as their own languages' pages write them, closing the story
    ("(رويترز)", "Reuters"), ("المصدر: رويترز", "Reuters"), ("(أ ف ب)", "AFP"),
    ("(واس)", "SPA"), ("المصدر: وكالة الأنباء السعودية", "SPA"), ("منبع: ایرنا", "IRNA"),
    ("(רויטרס)", "Reuters"), ("(भाषा)", "PTI"), ("इनपुट: आईएएनएस", "IANS"), ("(বাসস)", "BSS"),
    ("(اے پی پی)", "APP"), ("（ロイター）", "Reuters"), ("来源：路透社", "Reuters"),
    ("ที่มา: Reuters", "Reuters"),
])  # fmt: skip
def test_closing_credits_of_other_scripts(line: str, agency: str) -> None:
    assert find_wire("The talks resumed." + REST + "\n\n" + line).wire_source == agency


@pytest.mark.parametrize(("opening", "agency"), [
    # a place opening with a capital of Latin Extended, Greek or Cyrillic script
    ("İSTANBUL (DHA) -", "DHA"), ("İzmir (AA) -", "Anadolu"), ("Łódź (PAP) -", "PAP"),
    ("České Budějovice (ČTK) -", "ČTK"), ("ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) -", "ANA-MPA"),
    ("МОСКВА (ТАСС) -", "TASS"),
    # a place in capitals and the agency, no dash after it (the Nordic wires' style)
    ("HELSINKI (STT)", "STT"),
    # session 35: a place of a caseless script (Arabic, Devanagari), the day as local
    # papers write it (pl, hu, cs, es, Europa Press's bare day, hi), an agency in slashes
    # after a place of any case (ro, uk), and a place not in capitals whose known agency
    # the story's first sentence follows
    ("لندن (Reuters) -", "Reuters"), ("القاهرة (أ ش أ) -", "MENA"),
    ("नई दिल्ली, 5 मार्च (PTI)", "PTI"), ("Warszawa, 5.03.2024 (PAP) -", "PAP"),
    ("Budapest, 2024. március 5., kedd (MTI) -", "MTI"), ("Praha 5. března (ČTK) -", "ČTK"),
    ("Ciudad de México, 5 de marzo (Notimex).-", "Notimex"),
    ("MADRID, 5 (EUROPA PRESS)", "Europa Press"), ("București, 5 mar /Agerpres/ -", "Agerpres"),
    ("Київ, 5 березня /Укрінформ/.", "Ukrinform"), ("Stockholm (TT)", "TT"),
    # Taiwan's CNA with or without its reporter; Yonhap relaying another agency's story
    # (the story's own agency named)
    ("（中央社記者王小明台北5日電）", "CNA"), ("（中央社台北5日電）", "CNA"),
    ("(워싱턴 AP=연합뉴스)", "AP"), ("(도쿄 교도=연합뉴스)", "Kyodo"),
])  # fmt: skip
def test_datelines_of_more_scripts(opening: str, agency: str) -> None:
    text = "A short standfirst.\n\n" + opening + " Hallitus esitteli tiistaina esityksen."
    found = find_wire(text)
    assert (found.wire_source, found.dateline) == (agency, opening)


@pytest.mark.parametrize(("opening", "sentence", "agency"), [
    # the wires of India, Pakistan and Bangladesh as their papers write them: no dash
    # before the story's first sentence, PTI's Hindi wire's day in words, the agencies'
    # names in the papers' scripts
    ("नई दिल्ली, पांच मार्च (भाषा)", "सरकार ने मंगलवार को योजना की घोषणा की।", "PTI"),
    ("मुंबई (पीटीआई)", "सरकार ने मंगलवार को योजना की घोषणा की।", "PTI"),
    ("नई दिल्ली (एएफपी)", "सरकार ने मंगलवार को योजना की घोषणा की।", "AFP"),
    ("اسلام آباد (اے پی پی)", "وفاقی حکومت نے منگل کے روز اعلان کیا۔", "APP"),
    ("لاہور (رائٹرز)", "وفاقی حکومت نے منگل کے روز اعلان کیا۔", "Reuters"),
    ("ঢাকা, ৫ মার্চ (ইউএনবি):", "সরকার মঙ্গলবার ঘোষণা করেছে।", "UNB"),
    ("ঢাকা (এএফপি) -", "সরকার মঙ্গলবার ঘোষণা করেছে।", "AFP"),
])  # fmt: skip
def test_datelines_of_south_asian_papers(opening: str, sentence: str, agency: str) -> None:
    text = "A short standfirst.\n\n" + opening + " " + sentence
    found = find_wire(text)
    assert (found.wire_source, found.dateline) == (agency, opening)
    if opening.endswith(")"):  # (Urdu papers' "اسلام آباد(اے پی پی)وفاقی ...": no space)
        found = find_wire(opening + sentence)
        assert (found.wire_source, found.dateline) == (agency, opening)


def test_a_persian_storys_opening_attribution_names_the_agency() -> None:
    # "according to the report of (the news agency / the reporter of) ISNA, ..."
    rest = "نشست سران قوا امروز برگزار شد."
    for opening in ("به گزارش خبرگزاری ایسنا، ", "به گزارش ایسنا، ", "به گزارش خبرنگار ایسنا، "):
        found = find_wire(opening + rest)
        assert (found.wire_source, found.dateline) == ("ISNA", None), opening
    assert find_wire("به گزارش ایرنا، " + rest).wire_source == "IRNA"
    # a newspaper's report, or the agency named later in the story: no wire
    assert find_wire("به گزارش روزنامه همشهری، " + rest).wire_source is None
    assert find_wire(rest + " به گزارش ایسنا، " + rest).wire_source is None


@pytest.mark.parametrize("text", [
    "ďalší (AP) -" + REST,  # a place opens with a capital
    # a place not in capitals needs its dash or a sentence after it
    "Stockholm (TT) har sagt" + REST,
])
def test_no_dateline_without_a_capital_place_or_dash(text: str) -> None:
    assert find_wire(text).dateline is None


@pytest.mark.parametrize(("line", "agency"), [
    ("/PAP/", "PAP"), ("(©NTB)", "NTB"), ("(AFP/dpa/sid)", "AFP"), ("Theo TTXVN", "VNA"),
    ("(Theo Reuters)", "Reuters"), ("Additional reporting by Reuters", "Reuters"),
    # session 35: dpa's line closing its text, the outlet's name before "avec", Agerpres's
    # editors' signature after it, Antara's notice with "©" after "Copyright"
    ("© dpa-infocom, dpa:240305-99-123456/2", "dpa"), ("Le Quotidien avec AFP", "AFP"),
    ("AGERPRES/(AS - autor: Ion Popescu, editor: Ana Ionescu)", "Agerpres"),
    ("AGERPRES/(AS - autor: Ion Popescu, editor: Ana Ionescu, editor online: Maria Pop)",
     "Agerpres"),
    ("Copyright © ANTARA 2024", "Antara"),
])
def test_closing_credit_lines_of_national_wires_house_styles(line: str, agency: str) -> None:
    # on the story's last line, or a line after it the text left out
    assert find_wire("The talks resumed." + REST + "\n\n" + line).wire_source == agency
    assert find_wire("The talks resumed." + REST, line).wire_source == agency
    # a picture's credit left out after the story still names no wire
    assert find_wire("The talks resumed." + REST, "© AFP").wire_source is None


@pytest.mark.parametrize(("line", "agency"), [
    ("<p>(dpa)</p>", "dpa"), ('<p class="source">Quelle: dpa</p>', "dpa"), ("<p>ANP</p>", "ANP"),
    ("<p>(MTI)</p>", "MTI"), ("<p>Source: Reuters</p>", "Reuters"),
    ("<p>© AFP / Jo Smith</p>", None),  # a picture's credit, not the story's
    ("<ul><li>More stories</li></ul><p>(dpa)</p>", None),  # not right after the text
    ("<figure><img src='a.jpg'><figcaption>AFP</figcaption></figure>", None),  # a picture's
])  # fmt: skip
def test_a_credit_set_apart_after_the_story_container_names_the_agency(
        line: str, agency: str | None) -> None:  # fmt: skip
    # the credit in an element of its own beside the story's text container, not in it
    paragraphs = "".join(f"<p>{REST.strip()} Part {i} of the talks.</p>" for i in range(4))
    html = (f"<html><head><title>Talks resume</title></head><body><article><h1>Talks resume"
            f'</h1><div class="text">{paragraphs}</div>{line}</article></body></html>')
    got = extract(html, "https://news.example.com/2024/05/03/talks-resume")
    assert got.wire_source == agency
