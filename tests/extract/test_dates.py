"""Publication dates: each source, the stated offset, update vs publish, the capture bounds."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner
from selectolax.lexbor import LexborHTMLParser
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warctools.cli import main
from warctools.config import ExtractParams
from warctools.extract import extract
from warctools.extract.date_fallback import (
    labelled_text_stamp,
    page_text_stamp,
    update_text_stamp,
)
from warctools.extract.date_find import _named_text
from warctools.extract.date_relative import day_and_time, relative_age
from warctools.extract.dates import find_text_date, parse_stamp
from warctools.pipeline.published import settle_published
from warctools.records import Extracted

UTC = timezone.utc
BODY = "".join(
    f"<p>The council voted on the new harbour plan, paragraph {i}, after a long debate about "
    "ferries, parking and the old fish market on the quay.</p>"
    for i in range(8)
)


FILLER = "<p>" + "Weitere Hinweise zur Planung. " * 80 + "</p>"  # text before a late date

def page(head: str = "", top: str = "", tail: str = "", lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>Harbour plan</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>Council backs harbour plan</h1>{top}"
            f"{BODY}{tail}</article></body></html>")  # fmt: skip


def local_day(ext: Extracted) -> str:
    assert ext.published is not None
    return (ext.published + timedelta(minutes=ext.published_utc_offset or 0)).date().isoformat()


def test_jsonld_date_published_with_its_offset() -> None:
    ld = {"@type": "NewsArticle", "datePublished": "2021-03-04T23:30:00-05:00",
          "dateModified": "2021-03-06T10:00:00Z"}  # fmt: skip
    got = extract(page(f"<script type='application/ld+json'>{json.dumps(ld)}</script>"),
                  "https://e.com/a")  # fmt: skip
    assert got.published == datetime(2021, 3, 5, 4, 30, tzinfo=UTC)
    assert (got.published_source, got.published_utc_offset) == ("jsonld", -300)
    assert local_day(got) == "2021-03-04"  # the day the page states, not the UTC day
    assert got.modified == datetime(2021, 3, 6, 10, tzinfo=UTC)


def test_any_jsonld_entity_dates_a_page_without_an_article_entity() -> None:
    ld = {"@graph": [{"@type": "WebPage", "datePublished": "2014-03-17T01:44:37+00:00"}]}
    got = extract(page(f"<script type='application/ld+json'>{json.dumps(ld)}</script>"),
                  "https://e.com/a")  # fmt: skip
    assert (local_day(got), got.published_source) == ("2014-03-17", "jsonld")


def test_meta_published_time_and_the_update_kept_apart() -> None:
    head = ("<meta property='article:modified_time' content='2020-06-04T08:00:00+02:00'>"
            "<meta property='article:published_time' content='2019-06-17T09:15:00+02:00'>")
    got = extract(page(head), "https://e.com/a")
    assert (local_day(got), got.published_source, got.published_utc_offset) == (
        "2019-06-17", "meta", 120)
    assert got.modified == datetime(2020, 6, 4, 6, tzinfo=UTC)


def test_a_utc_stamp_takes_the_offset_of_the_same_instant_stated_locally() -> None:
    ld = {"@type": "NewsArticle", "datePublished": "2023-11-09T06:35:29Z"}
    script = "<script>var page = {publicationDate: '2023-11-08T22:35:29-08:00'};</script>"
    got = extract(page(f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
                       + script), "https://e.com/a")  # fmt: skip
    assert got.published == datetime(2023, 11, 9, 6, 35, 29, tzinfo=UTC)
    assert (got.published_utc_offset, local_day(got)) == (-480, "2023-11-08")


def test_generic_meta_date_yields_to_the_date_shown_under_the_headline() -> None:
    got = extract(page("<meta name='date' content='2022-01-21'>",
                       top="<p class='byline'>Von Anna Berg, 25.01.2022</p>", lang="de"),
                  "https://e.com/a")  # fmt: skip
    assert (local_day(got), got.published_source) == ("2022-01-25", "text")


def test_time_element_after_the_headline_not_a_teaser_or_a_quote() -> None:
    top = ("<blockquote><time datetime='2018-03-12T19:30:12+00:00'>Mar 12</time></blockquote>"
           "<p class='meta'><time datetime='2019-01-29T10:00:00+01:00'>29.01.2019</time></p>")
    teaser = "<div class='related'><time datetime='2017-05-05'>5 May</time></div>"
    got = extract(page(top=teaser + top), "https://e.com/a")
    assert (local_day(got), got.published_source, got.published_utc_offset) == (
        "2019-01-29", "time", 60)


def test_abbr_published_title() -> None:
    top = "<abbr class='published' title='2016-12-23T05:11:00-05:00'>5:11 AM</abbr>"
    got = extract(page(top=top), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2016-12-23", "time")


def test_url_date() -> None:
    got = extract(page(), "https://e.com/home/2017/7/12/harbour-plan")
    assert (local_day(got), got.published_source, got.published_utc_offset) == (
        "2017-07-12", "url", None)


def test_a_utc_stamp_one_day_off_the_url_date_yields_to_the_url() -> None:
    ld = {"@type": "NewsArticle", "datePublished": "2023-11-01T23:30:00Z"}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    got = extract(page(head), "https://e.com/world/2023/11/02/story")
    assert (local_day(got), got.published_source) == ("2023-11-02", "url")
    # a stamp stating its offset is the page's own word; so is one days away from the URL
    ld["datePublished"] = "2023-11-01T23:30:00+01:00"
    got = extract(page(f"<script type='application/ld+json'>{json.dumps(ld)}</script>"),
                  "https://e.com/world/2023/11/02/story")  # fmt: skip
    assert (local_day(got), got.published_source) == ("2023-11-01", "jsonld")
    got = extract(page(head), "https://e.com/world/2023/10/02/story")
    assert (local_day(got), got.published_source) == ("2023-11-01", "jsonld")

    # a stamp over a year after the URL's date is a site move or a re-save: the URL's day
    ld["datePublished"] = "2019-06-17T08:00:00+02:00"
    got = extract(page(f"<script type='application/ld+json'>{json.dumps(ld)}</script>"),
                  "https://e.com/home/2017/7/12/story")  # fmt: skip
    assert (local_day(got), got.published_source) == ("2017-07-12", "url")



@pytest.mark.parametrize("markup", [
    # no metadata (an older blog's page): a module of other stories above the headline
    "<div class='module'><a href='/2017/06/20/ferry'>Ferry</a><time datetime='2017-06-20'>"
    "June 20, 2017</time></div><div><h1>Council backs harbour plan</h1>",
    # ... or the post's own <time> is its last edit, years later
    "<div><h1>Council backs harbour plan</h1><time datetime='2019-06-17'>Jun 17</time>",
])  # fmt: skip
def test_a_time_far_from_the_urls_full_day_yields_to_the_url(markup: str) -> None:
    html = (f"<html lang='en'><head><title>Harbour plan</title></head><body>{markup}{BODY}"
            "</div></body></html>")  # fmt: skip
    got = extract(html, "https://e.com/2017/07/12/harbour-plan")
    assert (local_day(got), got.published_source) == ("2017-07-12", "url")


def test_a_shown_day_within_two_days_of_the_urls_day_is_the_pages_own() -> None:
    # the URL minted the day before release: the day the page shows stands
    got = extract(page(top="<time datetime='2023-11-04T08:00:00+01:00'>4 Nov 2023</time>"),
                  "https://e.com/2023/11/02/harbour-plan")  # fmt: skip
    assert (local_day(got), got.published_source) == ("2023-11-04", "time")

@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Veröffentlicht am 12. März 2019", "de", "2019-03-12"),
    ("Donnerstag, 15.2.2018, 19:51", "de", "2018-02-15"),
    ("publié le 27 juin 2019", "fr", "2019-06-27"),
    ("15 de marzo de 2019", "es", "2019-03-15"),
    ("Posted on November 19th, 2019", "en", "2019-11-19"),
    ("03/04/2019", "en", "2019-03-04"),
    ("03/04/2019", "en-GB", "2019-04-03"),
    ("2019年3月12日", "ja", "2019-03-12"),
    ("26 | 01 | 2022 Schweiz | Praxis", "de", "2022-01-26"),
    ("( Roma, 14 Gennaio 20 )", "it", "2020-01-14"),
    ("14 gennaio 20", "it", "2020-01-14"),
    ("Publikováno 3. března 2021", "cs", "2021-03-03"),
    ("Publicat 12 martie 2019", "ro", "2019-03-12"),
    ("Julkaistu 12. maaliskuuta 2019", "fi", "2019-03-12"),
    ("2019. március 12. 14:05", "hu", "2019-03-12"),
    ("Diterbitkan 12 Maret 2019", "id", "2019-03-12"),
    ("Publicat el 12 d'abril de 2019", "ca", "2019-04-12"),
    ("Опубліковано 12 березня 2019", "uk", "2019-03-12"),
    ("Δημοσιεύθηκε 12 Μαρτίου 2019", "el", "2019-03-12"),
    ("입력 2019년 3월 12일 오후 3:00", "ko", "2019-03-12"),
    ("기사입력 2019. 3. 12. 오후 3:00", "ko", "2019-03-12"),
    ("Thứ ba, 12 tháng 3 năm 2019", "vi", "2019-03-12"),
    ("Publicado 3 ene. 2020", "es", "2020-01-03"),
    ("Pubblicato 15 ago 2019", "it", "2019-08-15"),
    ("12 مارس 2019", "ar", "2019-03-12"),
    ("3 أيلول 2019", "ar", "2019-09-03"),
    ("١٢ مارس ٢٠١٩", "ar", "2019-03-12"),  # Arabic-Indic digits
    ("۱۲ مارس ۲۰۱۹", "fa", "2019-03-12"),  # Persian digits
    ("12 मार्च 2019", "hi", "2019-03-12"),
    ("２０１９年３月１２日", "ja", "2019-03-12"),  # full-width digits
    ("12 มีนาคม 2562", "th", "2019-03-12"),  # the Buddhist era's year
    ("วันที่ 12 มี.ค. 2562 เวลา 10:15 น.", "th", "2019-03-12"),
    ("প্রকাশ: ১২ মার্চ ২০১৯, ১৪:৩০", "bn", "2019-03-12"),  # Bengali digits
    ("৫ জানুয়ারী ২০২৪", "bn", "2024-01-05"),  # the long i
    ("৫ জানু\u09dfারি ২০২৪", "bn", "2024-01-05"),  # ya with nukta as one code point
    ("شائع 12 مارچ 2019", "ur", "2019-03-12"),
    ("۵ جنوری ۲۰۲۴", "ur", "2024-01-05"),
    ("تاریخ انتشار: ۱۵ دی ۱۴۰۲ - ۱۴:۳۰", "fa", "2024-01-05"),  # the Solar Hijri calendar
    ("۵ جدی ۱۴۰۲", "fa", "2023-12-26"),  # its month by Afghanistan's name
    ("5. siječnja 2024.", "hr", "2024-01-05"),  # month names of more languages, day first
    ("17. septembar 2023.", "sr", "2023-09-17"),
    ("5. јануар 2024.", "sr", "2024-01-05"),
    ("17 септември 2023 г.", "bg", "2023-09-17"),
    ("5 јануари 2024", "mk", "2024-01-05"),
    ("5. jaanuar 2024", "et", "2024-01-05"),
    ("17 בספטמבר 2023", "he", "2023-09-17"),
    ("5 იანვარი 2024", "ka", "2024-01-05"),
    ("5 ஜனவரி 2024", "ta", "2024-01-05"),
    ("5 yanvar 2024", "az", "2024-01-05"),
    ("17 қыркүйек 2023", "kk", "2023-09-17"),
    ("17 shtator 2023", "sq", "2023-09-17"),
    ("5. janúar 2024", "is", "2024-01-05"),
    ("5 Januarie 2024", "af", "2024-01-05"),
    ("5 de xaneiro de 2024", "gl", "2024-01-05"),
    ("Paskelbta 2024 m. gruodžio 24 d. 10:15", "lt", "2024-12-24"),  # the year first
    ("Publicēts 2024. gada 17. septembrī", "lv", "2024-09-17"),
    ("입력 2020-01-02 10:30", "ko", "2020-01-02"),  # ISO order in the text
    ("Posted 2019-03-12T14:05:30", "en", "2019-03-12"),
    ("Jumanne, 12 Machi 2024", "sw", "2024-03-12"), ("12 Ogos 2024", "ms", "2024-08-12"),
    ("Marso 12, 2024", "tl", "2024-03-12"), ("12 Disyembre 2024", "tl", "2024-12-12"),
])  # fmt: skip
def test_written_dates_in_several_languages(text: str, lang: str, day: str) -> None:
    got = extract(page(top=f"<div class='entry-meta'>{text}</div>", lang=lang), "https://e.com/a")
    assert (local_day(got), got.published_source) == (day, "text")


@pytest.mark.parametrize(("text", "lang", "day"), [
    # the English month names as the Indian languages spell them, day first, with their
    # own digits or ASCII ones (mr with Devanagari ones, its March and June being hi's)
    ("प्रकाशित: १४ जुलै २०२५, ०८:४५ AM", "mr", "2025-07-14"), ("5 जानेवारी 2024", "mr", "2024-01-05"),
    ("પ્રકાશિત: 03 જાન્યુઆરી 2025, 07:20 PM", "gu", "2025-01-03"),
    ("5 ਜਨਵਰੀ 2024", "pa", "2024-01-05"), ("05 ఏప్రిల్ 2025, 09:15 AM", "te", "2025-04-05"),
    ("17 ಸೆಪ್ಟೆಂಬರ್ 2023", "kn", "2023-09-17"), ("12 മാർച്ച് 2025, 10:30 AM", "ml", "2025-03-12"),
])  # fmt: skip
def test_written_dates_in_indian_languages(text: str, lang: str, day: str) -> None:
    got = extract(page(top=f"<div class='entry-meta'>{text}</div>", lang=lang), "https://e.com/a")
    assert (local_day(got), got.published_source) == (day, "text")


@pytest.mark.parametrize(("text", "lang", "day"), [
    # ha month names, either order (WordPress's "F j, Y" in Hausa, and the day first)
    ("Yuni 18, 2025", "ha", "2025-06-18"), ("18 Yuni, 2025", "ha", "2025-06-18"),
    ("Janairu 5, 2024", "ha", "2024-01-05"), ("12 Oktoba 2024", "ha", "2024-10-12"),
    ("Oktoba 12, 2024", "ha", "2024-10-12"), ("3 Disamba 2023", "ha", "2023-12-03"),
])  # fmt: skip
def test_written_dates_in_hausa(text: str, lang: str, day: str) -> None:
    got = extract(page(top=f"<div class='entry-meta'>{text}</div>", lang=lang), "https://e.com/a")
    assert (local_day(got), got.published_source) == (day, "text")


@pytest.mark.parametrize(("text", "lang", "day"), [
    # hy month names in the genitive, day first; sl's nominative "marec" and the genitives
    # no other language writes the same way
    ("12 մարտի, 2025 14:20", "hy", "2025-03-12"), ("5 հունվարի 2024", "hy", "2024-01-05"),
    ("12. marec 2025 ob 10.15", "sl", "2025-03-12"), ("5. januarja 2024", "sl", "2024-01-05"),
    ("17. julija 2023", "sl", "2023-07-17"), ("3. junij 2023", "sl", "2023-06-03"),
])  # fmt: skip
def test_written_dates_in_armenian_and_slovene(text: str, lang: str, day: str) -> None:
    got = extract(page(top=f"<div class='entry-meta'>{text}</div>", lang=lang), "https://e.com/a")
    assert (local_day(got), got.published_source) == (day, "text")


@pytest.mark.parametrize(("text", "lang", "day"), [
    # my month names, day first, in Myanmar digits or ASCII ones
    ("၁၂ မတ် ၂၀၂၅", "my", "2025-03-12"), ("5 ဇန်နဝါရီ 2024", "my", "2024-01-05"),
    ("၁၇ စက်တင်ဘာ ၂၀၂၃", "my", "2023-09-17"),
])  # fmt: skip
def test_written_dates_in_burmese(text: str, lang: str, day: str) -> None:
    got = extract(page(top=f"<div class='entry-meta'>{text}</div>", lang=lang), "https://e.com/a")
    assert (local_day(got), got.published_source) == (day, "text")


@pytest.mark.parametrize(("text", "when"), [
    ("April 30, 2008 01:28:22pm", datetime(2008, 4, 30, 13, 28, 22, tzinfo=UTC)),
    ("2008-04-30 13:28:22", datetime(2008, 4, 30, 13, 28, 22, tzinfo=UTC)),
    ("2008-04-30T13:28", datetime(2008, 4, 30, 13, 28, tzinfo=UTC)),
    ("30.04.2008, 13:28 Uhr", datetime(2008, 4, 30, 13, 28, tzinfo=UTC)),
    ("2008年4月30日 13時28分", datetime(2008, 4, 30, 13, 28, tzinfo=UTC)),
    ("2008年04月30日 13时28分", datetime(2008, 4, 30, 13, 28, tzinfo=UTC)),
    ("2008년 4월 30일 13시 28분", datetime(2008, 4, 30, 13, 28, tzinfo=UTC)),
])  # fmt: skip
def test_the_time_of_day_after_a_written_date_with_its_seconds(text: str,
                                                               when: datetime) -> None:
    stamp = find_text_date(text)
    assert stamp is not None and stamp.when == when


@pytest.mark.parametrize(("text", "when", "offset"), [
    ("Thứ ba, 12/3/2024, 10:30 (GMT+7)", datetime(2024, 3, 12, 3, 30, tzinfo=UTC), 420),
    ("Selasa, 12 Mar 2024 10:30 WIB", datetime(2024, 3, 12, 3, 30, tzinfo=UTC), 420),
    ("12.03.2024, 14:05 MESZ", datetime(2024, 3, 12, 12, 5, tzinfo=UTC), 120),
    ("November 19, 2019, 07:47 PM EST", datetime(2019, 11, 20, 0, 47, tzinfo=UTC), -300),
    ("2/26/2015 7:11 AM PST BY TMZ STAFF", datetime(2015, 2, 26, 15, 11, tzinfo=UTC), -480),
    ("12/03/2024 10:30 UTC+05:30", datetime(2024, 3, 12, 5, 0, tzinfo=UTC), 330),
    ("12/03/2024 10:30 UTC−3", datetime(2024, 3, 12, 13, 30, tzinfo=UTC), -180),
    ("Sunday, Feb 1, 2015 11:57 AM UTC", datetime(2015, 2, 1, 11, 57, tzinfo=UTC), 0),
    # "Uhr" between the clock and the zone; Cyrillic МСК; Brazil's BRT after "às"
    ("05.03.2024, 00:30 Uhr MEZ", datetime(2024, 3, 4, 23, 30, tzinfo=UTC), 60),
    ("5 марта 2024, 01:30 МСК", datetime(2024, 3, 4, 22, 30, tzinfo=UTC), 180),
    ("05/03/2024 às 22h30 (BRT)", datetime(2024, 3, 6, 1, 30, tzinfo=UTC), -180),
    # the US zones' bare letters take the day's season (summer from March's second Sunday
    # to November's first)
    ("Mar. 7, 2024 7:45 p.m. PT", datetime(2024, 3, 8, 3, 45, tzinfo=UTC), -480),
    ("July 5, 2024 9:30 p.m. ET", datetime(2024, 7, 6, 1, 30, tzinfo=UTC), -240),
    ("Nov. 5, 2024 9:30 p.m. ET", datetime(2024, 11, 6, 2, 30, tzinfo=UTC), -300),
    # the time of day before the date (AP style)
    ("Published 9:15 PM EST, March 7, 2024", datetime(2024, 3, 8, 2, 15, tzinfo=UTC), -300),
    # the afternoon word before the clock (ko, zh): no zone stated
    ("2024. 3. 5. 오후 2:32", datetime(2024, 3, 5, 14, 32, tzinfo=UTC), None),
    ("2024/03/05 下午 02:32", datetime(2024, 3, 5, 14, 32, tzinfo=UTC), None),
    ("2024年3月5日 午前9時05分", datetime(2024, 3, 5, 9, 5, tzinfo=UTC), None),
    # a zone's abbreviation that names several offsets ("IST": India, Ireland, Israel)
    # says nothing, nor does a word that is no zone
    ("March 12, 2024 9:30 IST", datetime(2024, 3, 12, 9, 30, tzinfo=UTC), None),
    ("12.03.2024, 14:05 Uhr", datetime(2024, 3, 12, 14, 5, tzinfo=UTC), None),
    ("March 12, 2024 10:30 ESTONIA", datetime(2024, 3, 12, 10, 30, tzinfo=UTC), None),
])  # fmt: skip
def test_the_time_zone_written_after_the_time_of_day_is_read(text: str, when: datetime,
                                                             offset: int | None) -> None:
    stamp = find_text_date(text)
    assert stamp is not None and (stamp.when, stamp.offset) == (when, offset)


def test_the_headline_after_a_logo_heading_has_its_date_read() -> None:
    # no class names: the site's logo is the first <h1> (a link to the home page), a menu
    # with a deadline in one of its links follows, the story's <h1> holds its day
    menu = "".join(f"<li><a href='/p/{i}'>Programme number {i} of the office</a></li>"
                   for i in range(12))  # fmt: skip
    html = ("<html lang='de'><head><title>Harbour plan</title></head><body>"
            "<h1><a href='/'><img src='/logo.png' alt='Office'></a></h1><ul>"
            "<li><a href='/old'>Old programme (bis 31.12.2018)</a></li>" + menu
            + "</ul><div><h1><span>27.01.2022</span> Council backs harbour plan</h1>"
            + BODY + "</div></body></html>")  # fmt: skip
    got = extract(html, "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2022-01-27", "text")


def test_a_date_in_brackets_after_its_label_is_read() -> None:
    stamp = labelled_text_stamp("엔터미디어 기사입력 :[ 2018-08-25 15:24 ] 정덕현", True)
    assert stamp is not None and stamp.when == datetime(2018, 8, 25, 15, 24, tzinfo=UTC)


def test_a_script_the_headlines_window_cuts_into_is_no_page_text() -> None:
    # the script opens more than 1,500 characters before the headline: only its tail, with
    # a date of its own, falls in the window of text read before the headline
    script = ("<script>var gallery = {'caption': '" + "x" * 1600
              + "', 'datePublished': '06.11.2023'};</script>")
    html = (f"<html lang='de'><head><title>Harbour plan</title>{script}</head><body><article>"
            f"<h1>Council backs harbour plan</h1><p>Stand: 07.11.2023, 07:30 Uhr</p>{BODY}"
            "</article></body></html>")  # fmt: skip
    got = extract(html, "https://e.com/a")
    assert got.published == datetime(2023, 11, 7, 7, 30, tzinfo=UTC)


def test_slow_sources_only_when_no_fast_source_finds_a_date() -> None:
    footer = "<footer><p>© Redaktion, 04.03.2019</p></footer>"
    got = extract(page(tail=FILLER + footer, lang="de"), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2019-03-04", "htmldate")
    far = "<div><p>Sitzungen am 4. März 2019 und am 5. März 2019.</p></div>"
    got = extract(page(tail=FILLER + far, lang="de"), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2019-03-04", "page_text")
    assert extract(page(), "https://e.com/a").published is None


def test_a_date_announced_by_a_label_before_the_slow_sources() -> None:
    footer = "<footer><p>© Redaktion, 04.03.2019</p></footer>"
    labelled = "<div><p>Seite 2 von 3</p><p>Datum: 18.10.2021</p></div>"
    got = extract(page(tail=FILLER + labelled + footer, lang="de"), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2021-10-18", "text")
    written = "<div><p>Written: 2023-11-07 15:03:30 / Updated: 2023-11-08 09:00</p></div>"
    got = extract(page(tail=FILLER + written + footer), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2023-11-07", "text")
    # a label not followed by a date is no label ("date of the vote: to be set, 4.3.2019")
    vague = "<div><p>Date of the vote to be set on 5.3.2019.</p></div>"
    got = extract(page(tail=FILLER + vague + footer, lang="de"), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2019-03-04", "htmldate")


@pytest.mark.parametrize(("stamp", "day", "source"), [
    ("2019-12-09T19:00:49+01:00", "2019-12-10", "text"),  # filed in the evening, out next day
    ("2019-12-09T14:00:00+01:00", "2019-12-09", "meta"),  # an afternoon stamp stands
    ("2019-12-09T23:00:00Z", "2019-12-09", "meta"),  # UTC: the page's evening is unknown
])  # fmt: skip
def test_an_evening_stamp_yields_to_the_next_day_shown_with_the_headline(
    stamp: str, day: str, source: str
) -> None:
    head = f"<meta property='article:published_time' content='{stamp}'>"
    got = extract(page(head, top="<div class='date-article'>mardi 10.12.2019</div>", lang="fr"),
                  "https://e.com/a")  # fmt: skip
    assert (local_day(got), got.published_source) == (day, source)
    # two days later is another story (an update, a teaser): the metadata stands
    got = extract(page(head, top="<div class='date-article'>11.12.2019</div>", lang="fr"),
                  "https://e.com/a")  # fmt: skip
    assert got.published_source == "meta"


@pytest.mark.parametrize(("top", "day", "source"), [
    # the one date shown, the declared modification day: readers see it as the publication
    ("<p class='byline'>Ana Lima | 4. Juni 2020</p>", "2020-06-04", "text"),
    # an update word marks it: the declared publication stands
    ("<p class='byline'>Ana Lima | Aktualisiert: 4. Juni 2020</p>", "2019-06-17", "jsonld"),
    ("<p class='byline'>Updated June 4, 2020</p>", "2019-06-17", "jsonld"),
    # two dates shown: the page tells both, the declared publication stands
    ("<p class='byline'>17.06.2019, zuletzt 04.06.2020</p><p>Stand 4.6.2020</p>",
     "2019-06-17", "jsonld"),
    ("<p class='byline'>17. Juni 2019</p><p class='note'>4. Juni 2020</p>",
     "2019-06-17", "jsonld"),
    # a shown date that is not the modification day says nothing of it
    ("<p class='byline'>5. Juni 2020</p>", "2019-06-17", "jsonld"),
    # a word merely holding an update word ("Verhaltensänderung") is no update label
    ("<p class='byline'>4. Juni 2020</p><p>Verhaltensänderung bei Fischen</p>",
     "2020-06-04", "text"),
])  # fmt: skip
def test_the_one_date_shown_that_equals_the_modification_day_is_the_publication(
    top: str, day: str, source: str
) -> None:
    ld = {"@type": "NewsArticle", "datePublished": "2019-06-17T09:15:00+02:00",
          "dateModified": "2020-06-04T08:00:00+02:00"}  # fmt: skip
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    got = extract(page(head, top=top, lang="de"), "https://e.com/a")
    assert (local_day(got), got.published_source) == (day, source)
    assert got.modified == datetime(2020, 6, 4, 6, tzinfo=UTC)  # the update is kept


def test_year_first_month_names_need_the_dots() -> None:
    # Hungarian writes "2019. március 12."; English "since 2019 may 5 people" is no date
    assert find_text_date("since 2019 may 5 people agreed") is None
    assert find_text_date("in 2019. May 5 of them left") is None


def test_page_text_takes_the_first_day_written_not_the_most_repeated() -> None:
    # the page's own day leads its text; later repeats are replies and citations
    text = ("Word of the day Apr 7, 2009 maudlin. Usage: Daily Star; Mar 20, 2005. "
            "Reply Mar 20, 2005. Reply Mar 20, 2005.")  # fmt: skip
    got = page_text_stamp(text, day_first=False)
    assert got is not None and got.when.date().isoformat() == "2009-04-07"
    # a day after today (an event announced ahead) is passed over
    assert page_text_stamp("Next meeting 3 May 2099, held 2 May 2019.", True) is not None
    got = page_text_stamp("Next meeting 3 May 2099, held 2 May 2019.", True)
    assert got is not None and got.when.date().isoformat() == "2019-05-02"
    assert page_text_stamp("no dates here", True) is None


def test_the_last_change_where_the_page_states_no_publication_date() -> None:
    figure = "<div><p>Messung vom 09.03.2016 in Davos.</p></div>"
    changed = "<div><p>Letzte Änderung: 14.01.2022 um 09:25 Seitenaufrufe: 5540</p></div>"
    got = extract(page(tail=FILLER + figure + changed, lang="de"), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2022-01-14", "text")
    stand = "<div><p>Stand: 09.10.2017, 01:40 Uhr</p></div>"
    got = extract(page(tail=FILLER + figure + stand, lang="de"), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2017-10-09", "text")
    # a word that only starts like a label is none ("Standard 12.03.2019")
    assert update_text_stamp("Standard 12.03.2019 Lieferung", True) is None
    # a stated publication date wins over the last change
    both = "<div><p>Erstellt am: 02.01.2020</p></div>"
    got = extract(page(tail=FILLER + figure + changed + both, lang="de"), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2020-01-02", "text")


def test_a_mediawiki_page_is_dated_by_its_last_edit_not_the_events_it_lists() -> None:
    wiki = ("<html lang='en'><head><title>Meetup - Wiki</title>"
            "<meta name='generator' content='MediaWiki 1.35.0'></head><body>"
            "<div id='content'><h1>Meetup</h1><p>The next meetup is on Wed. 5 February 2020 "
            "at the cafe.</p>" + BODY + "</div><div id='footer'><ul><li id='footer-info-lastmod'>"
            " This page was last edited on 29 January 2020, at 13:22.</li></ul></div>"
            "</body></html>")  # fmt: skip
    got = extract(wiki, "https://wiki.example.org/Meetup")
    assert (local_day(got), got.published_source) == ("2020-01-29", "text")
    # without the generator the footer is no wiki's: the date under the headline
    got = extract(wiki.replace("MediaWiki", "Builder"), "https://wiki.example.org/Meetup")
    assert (local_day(got), got.published_source) == ("2020-02-05", "text")


def test_dates_before_1990_are_refused() -> None:
    assert parse_stamp("1989-12-31") is None
    assert find_text_date("am 12. März 1985") is None
    got = extract(page("<meta property='article:published_time' content='1985-01-01'>"),
                  "https://e.com/a")  # fmt: skip
    assert got.published_source != "meta"


def test_offsets_of_each_written_form() -> None:
    assert parse_stamp("2019-11-19T10:00:00+05:30") == (
        datetime(2019, 11, 19, 4, 30, tzinfo=UTC), 330)
    assert parse_stamp("Tue, 19 Nov 2019 10:00:00 -0500") == (
        datetime(2019, 11, 19, 15, tzinfo=UTC), -300)
    assert parse_stamp("2019-11-19T10:00:00Z").offset == 0
    assert parse_stamp("2019-11-19T10:00:00").offset is None  # a time without a zone
    assert parse_stamp("2019-11-19").offset is None


def _ext(published: datetime | None, offset: int | None = None) -> Extracted:
    return Extracted("article", "text", published=published,
                     published_source="meta" if published else None,
                     published_utc_offset=offset)  # fmt: skip


def test_published_after_the_capture_is_dropped() -> None:
    capture = datetime(2023, 11, 8, 20, 0, tzinfo=UTC)
    late = _ext(datetime(2023, 11, 8, 21, 0, tzinfo=UTC), offset=60)
    why = settle_published(late, capture)
    assert why is not None and "after the capture" in why
    assert (late.published, late.published_source, late.published_utc_offset) == (None,) * 3
    # a date without a zone may be the next day already where the page is
    ahead = _ext(datetime(2023, 11, 9, tzinfo=UTC))
    assert settle_published(ahead, capture) is None and ahead.published is not None
    assert settle_published(_ext(datetime(2023, 11, 10, tzinfo=UTC)), capture) is not None


def test_capture_fallback_only_when_asked() -> None:
    capture = datetime(2023, 11, 8, 20, 0, tzinfo=UTC)
    plain = _ext(None)
    assert settle_published(plain, capture) is None and plain.published is None
    filled = _ext(None)
    settle_published(filled, capture, "capture")
    assert (filled.published, filled.published_source) == (capture, "capture")
    with pytest.raises(ValueError, match="date_fallback"):
        ExtractParams(date_fallback="guess")


@pytest.mark.parametrize(("text", "hours"), [
    ("Ana Lima · 3 hours ago", 3),
    ("an hour ago", 1),
    ("vor 2 Tagen", 48),
    ("vor einer Stunde", 1),
    ("il y a 5 minutes", 5 / 60),
    ("hace 3 horas", 3),
    ("há 2 dias", 48),
    ("3 ore fa", 3),
    ("2 uur geleden", 2),
    ("för 3 timmar sedan", 3),
    ("for 4 dager siden", 96),
    ("5 godzin temu", 5),
    ("3 часа назад", 3),
    ("2 saat önce", 2),
    ("3時間前", 3),
    ("1 week ago", 168),
    ("3시간 전", 3), ("5분 전", 5 / 60), ("3 giờ trước", 3), ("3 tiếng trước", 3),
    ("2 jam yang lalu", 2),
    ("2 päivää sitten", 48), ("před 3 hodinami", 3), ("acum 2 ore", 2), ("3 órája", 3),
    ("πριν από 3 ώρες", 3), ("منذ 3 ساعات", 3), ("2 घंटे पहले", 2), ("3 ชั่วโมงที่แล้ว", 3),
    ("преди 2 часа", 2), ("3 години тому", 3),
    ("۳ ساعت پیش", 3), ("৩ ঘণ্টা আগে", 3), ("3 گھنٹے پہلے", 3), ("לפני 3 שעות", 3),
    ("3 timmar sedan", 3), ("2 dager siden", 48),
    ("prije 3 sata", 3), ("pre 5 minuta", 5 / 60), ("pred 3 urami", 3), ("пред 3 часа", 3),
    ("3 tundi tagasi", 3), ("prieš 3 valandas", 3), ("pirms 3 stundām", 3),
    ("3 saat əvvəl", 3), ("2 күн бұрын", 48), ("3 orë më parë", 3), ("3 საათის წინ", 3),
    ("fyrir 2 dögum", 48), ("prije 2 tjedna", 336),
])  # fmt: skip
def test_relative_ages_in_several_languages(text: str, hours: float) -> None:
    assert relative_age(text) == timedelta(hours=hours)


@pytest.mark.parametrize("text", [
    "2 months ago", "for 3 hours the storm raged", "in 2 days", "vor Jahren", "3 days before",
])  # fmt: skip
def test_no_relative_age(text: str) -> None:
    assert relative_age(text) is None


def test_a_stated_age_is_dated_against_the_capture() -> None:
    ago = page(top="<div class='byline'>Ana Lima · 3 hours ago</div>")
    got = extract(ago, "https://e.com/a")
    assert got.published is None and got.published_ago == timedelta(hours=3)
    capture = datetime(2023, 11, 8, 20, 0, tzinfo=UTC)
    assert settle_published(got, capture) is None
    assert (got.published, got.published_source) == (capture - timedelta(hours=3), "relative")
    # a date the page states wins: the age is not even looked for
    dated = extract(page(top="<div class='byline'>3 hours ago, 8 November 2023</div>"),
                    "https://e.com/a")  # fmt: skip
    assert (dated.published_source, dated.published_ago) == ("text", None)
    # the story's own "two weeks ago" far below the headline is no age
    late = extract(page(tail="<p>The mayor said so 2 weeks ago.</p>"), "https://e.com/a")
    assert late.published_ago is None


def _warc(path: Path, pages: dict[str, str], when: str) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")  # fmt: skip
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                               http_headers=headers)  # fmt: skip
            record.rec_headers.replace_header("WARC-Date", when)
            writer.write_record(record)


def test_extract_run_drops_late_dates_and_fills_from_the_capture(tmp_path: Path) -> None:
    future = page("<meta property='article:published_time' content='2031-01-01T10:00:00Z'>")
    _warc(tmp_path / "in.warc.gz", {"https://e.com/future": future,
                                    "https://e.com/undated": page()},
          "2024-05-01T12:00:00Z")  # fmt: skip
    for fallback in ("none", "capture"):
        out = tmp_path / fallback
        result = CliRunner().invoke(main, ["extract", "-q", str(tmp_path / "in.warc.gz"),
                                           "-o", str(out), "--jobs", "1",
                                           "--date-fallback", fallback])  # fmt: skip
        assert result.exit_code == 0, result.output
        errors = pl.read_parquet(out / "errors" / "*.parquet")
        assert errors.select("url", "reason", "fatal").rows() == [
            ("https://e.com/future", "published_after_capture", False)]
        rows = pl.read_parquet(out / "articles" / "*.parquet").sort("url")
        sources = rows["published_source"].to_list()
        assert sources == ([None, None] if fallback == "none" else ["capture", "capture"])


def test_a_month_and_day_shown_without_a_year_take_the_captures_year() -> None:
    shown = page(top="<div class='date'>[06月24日 11時30分]</div>", lang="ja")
    got = extract(shown, "https://e.jp/news/k1001")
    assert got.published is None and got.published_month_day == (6, 24)
    capture = datetime(2019, 6, 24, 3, 0, tzinfo=UTC)
    assert settle_published(got, capture) is None
    assert (local_day(got), got.published_source) == ("2019-06-24", "month_day")
    # a day after the capture is last year's (a story of 30 December captured in January)
    late = extract(page(top="<div class='date'>12月30日</div>", lang="ja"), "https://e.jp/a")
    settle_published(late, datetime(2020, 1, 2, tzinfo=UTC))
    assert local_day(late) == "2019-12-30"
    # a date with its year is a date, and a page dated elsewhere keeps its date
    full = extract(page(top="<div class='date'>2019年6月24日</div>", lang="ja"), "https://e.jp/a")
    assert full.published_month_day is None and local_day(full) == "2019-06-24"


@pytest.mark.parametrize(("text", "want"), [
    ("Heute, 10:30 Uhr", (0, 10, 30)), ("Yesterday at 2:15 pm", (1, 14, 15)),
    ("Вчера, 14:30", (1, 14, 30)), ("Сегодня в 9:05", (0, 9, 5)), ("昨天 10:30", (1, 10, 30)),
    ("오늘 10:30", (0, 10, 30)), ("Hier à 14h30", (1, 14, 30)), ("Hoy, 10:30", (0, 10, 30)),
    ("Gestern um 18.45 Uhr", (1, 18, 45)), ("Dün 14:30", (1, 14, 30)),
    ("昨日 10時30分", (1, 10, 30)), ("Aujourd’hui à 10h30", (0, 10, 30)),
    # no time, a time that is none, and German / Dutch "hier" ("here")
    ("Today is the day", None), ("Today 25:30", None), ("Hier 14:30", None),
])  # fmt: skip
def test_today_or_yesterday_with_a_time(text: str, want: tuple[int, int, int] | None) -> None:
    assert day_and_time(text) == want


def test_today_or_yesterday_by_the_headline_take_the_captures_day() -> None:
    got = extract(page(top="<div class='meta'>Ana Lima, gestern, 14:30 Uhr</div>", lang="de"),
                  "https://e.com/a")  # fmt: skip
    assert got.published is None and got.published_day_time == (1, 14, 30)
    assert settle_published(got, datetime(2023, 11, 8, 9, 0, tzinfo=UTC)) is None
    assert (got.published, got.published_source) == (
        datetime(2023, 11, 7, 14, 30, tzinfo=UTC), "relative")
    # "today, 23:50" captured at ten past midnight UTC: the page's today was the day before
    late = extract(page(top="<div class='meta'>Today, 23:50</div>"), "https://e.com/a")
    settle_published(late, datetime(2023, 11, 8, 0, 10, tzinfo=UTC))
    assert late.published == datetime(2023, 11, 7, 23, 50, tzinfo=UTC)
    # a date the page states wins
    dated = extract(page(top="<div class='meta'>Heute, 10:30 · 8. November 2023</div>",
                         lang="de"), "https://e.com/a")  # fmt: skip
    assert (dated.published_source, dated.published_day_time) == ("text", None)


def test_a_buddhist_era_year_only_after_a_thai_month() -> None:
    assert find_text_date("3 mars 2500 euros", day_first=True) is None


def test_a_two_digit_year_after_a_month_name_only_where_the_date_ends() -> None:
    assert find_text_date("On 14 January 20 people met") is None
    stamp = find_text_date("Posted 14 January 20, 2021")  # "January 20, 2021"
    assert stamp is not None and stamp.when.date().isoformat() == "2021-01-20"


def test_a_date_named_element_labelled_as_the_update_by_its_neighbour_is_skipped() -> None:
    update = ("<div><h4>Zuletzt geändert am:</h4><ul class='timestamp-list'>"
              "<li class='timestamp-list__item'>15.10.2021</li></ul></div>")  # fmt: skip
    got = extract(page(top="<p>Erschienen am 13.10.2021</p>", tail=update, lang="de"),
                  "https://e.com/a")  # fmt: skip
    assert (local_day(got), got.published_source) == ("2021-10-13", "text")
    shown = "<div><h4>Erschienen am:</h4><ul class='timestamp-list'><li>14.10.2021</li></ul></div>"
    got = extract(page(top="<p>Erschienen am 13.10.2021</p>", tail=shown, lang="de"),
                  "https://e.com/a")  # fmt: skip
    assert local_day(got) == "2021-10-14"


def test_an_aside_named_wrapper_around_the_headline_is_no_aside() -> None:
    html = ("<html lang='en'><body><div class='page has-sidebar-first'><div class='pane'>"
            "<h1>Council backs harbour plan</h1><div class='byline'>By Ann Lee</div>"
            "<div class='post-date'>April 5, 2018 | 6:00 PM</div>"
            f"<div class='text'>{BODY}</div></div>"
            "<div class='sidebar'><span class='date'>February 12, 2018</span></div>"
            "</div></body></html>")  # fmt: skip
    got = extract(html, "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2018-04-05", "text")
    # the sidebar outside the headline's wrapper is still an aside
    undated = html.replace("<div class='post-date'>April 5, 2018 | 6:00 PM</div>", "")
    tree = LexborHTMLParser(undated)
    assert _named_text(tree, day_first=False, h1=tree.css_first("h1")) is None


def test_a_date_named_element_of_another_storys_article_is_no_candidate() -> None:
    cards = "".join(
        f"<article class='card post-{i}'><h3><a href='/p{i}'>Other post {i}</a></h3>"
        f"<div class='entry-meta'><span class='date'>{i + 3} May 2019</span></div></article>"
        for i in range(3)
    )
    html = ("<html lang='en'><body><article class='single'><header class='entry-header'>"
            "<h1>Council backs harbour plan</h1><div class='entry-meta'>2 hours ago</div>"
            f"</header><div class='entry-content'>{BODY}</div></article>"
            f"<section class='more'>{cards}</section></body></html>")  # fmt: skip
    tree = LexborHTMLParser(html)
    assert _named_text(tree, day_first=True, h1=tree.css_first("h1")) is None
    # a comment's own <article> inside the story's: its date is no candidate either
    comment = ("<ol><li><article class='comment-body'><div class='comment-metadata'>"
               "January 15, 2014 at 23:36</div><p>Great post.</p></article></li></ol>")  # fmt: skip
    tree = LexborHTMLParser(html.replace("</div></article>", f"</div>{comment}</article>", 1))
    assert _named_text(tree, day_first=False, h1=tree.css_first("h1")) is None


def test_the_site_title_set_as_the_first_h1_is_not_the_headline_dates_are_read_by() -> None:
    html = ("<html lang='en'><body><header><h1 class='site-title'><a href='/'>Harbour Notes"
            "</a></h1></header><article class='post'><header><h1>Council backs harbour plan"
            f"</h1><div class='entry-meta'>2 hours ago</div></header><div>{BODY * 2}</div><ol><li>"
            "<article class='comment-body'><div class='comment-metadata'>January 15, 2014"
            " at 23:36</div><p>Great post.</p></article></li></ol></article></body></html>"
            )  # fmt: skip
    got = extract(html, "https://e.com/a")  # (the comment's date is no date the story states:
    # a guess at most, which the stated age overrides in a run)
    assert got.published_ago == timedelta(hours=2)
    assert got.published_source not in ("text", "time")


def test_a_linked_card_of_another_story_inside_the_story_gives_no_time() -> None:
    card = ("<div><a href='https://e.com/2019/10/other-post/'><img src='c.jpg' alt=''><div>"
            "<time datetime='2019-10-21T10:03:38+02:00'>21.10.2019</time></div></a></div>")
    html = (f"<html lang='de'><body><article><header><h1>Council backs harbour plan</h1>"
            f"</header><p>{BODY}</p>{card}<p>{BODY}</p><footer><time datetime="
            "'2023-10-31T09:00:00+01:00'>31.10.2023</time></footer></article></body></html>"
            )  # fmt: skip
    got = extract(html, "https://e.com/2023/10/harbour-plan/")
    assert (local_day(got), got.published_source) == ("2023-10-31", "time")
    # a theme's permalink around the story's own date is the story's, at whatever address
    permalink = ("<a href='https://e.com/2023/10/harbour-plan/' rel='bookmark'><time datetime="
                 "'2023-10-30T09:00:00+01:00'>30.10.2023</time></a>")  # fmt: skip
    own = html.replace("</h1></header>", f"</h1>{permalink}</header>")
    got = extract(own, "https://e.com/2023/10/harbour-plan/amp/")
    assert (local_day(got), got.published_source) == ("2023-10-30", "time")


def test_a_most_read_box_inside_the_storys_article_is_an_aside() -> None:
    box = "".join(f"<div class='article'><a href='/p{i}'>Other story {i}</a><span "
                  f"class='timestamp'>0{i + 1}.02.2022</span></div>" for i in range(3))  # fmt: skip
    for name in ("article-mostviewed", "most-read", "popular-posts", "trending-now"):
        html = ("<html lang='de'><body><article class='article-details'>"
                "<h1>Council backs harbour plan</h1><div class='author'>Ann Lee</div>"
                f"<div class='text'>{BODY}</div><div class='{name}'>{box}</div>"
                "</article></body></html>")  # fmt: skip
        tree = LexborHTMLParser(html)
        assert _named_text(tree, day_first=True, h1=tree.css_first("h1")) is None, name


def test_a_widget_name_every_block_of_the_page_carries_is_no_aside() -> None:
    def widget(inner: str, kind: str) -> str:  # a page builder's element
        return (f"<div class='builder-element builder-widget-{kind}'>"
                f"<div class='builder-widget-container'>{inner}</div></div>")

    def column(inner: str) -> str:
        return (f"<section class='builder-section'><div class='builder-widget-wrap'>{inner}"
                "</div></section>")

    html = ("<html lang='en'><body>"
            + column(widget("<h1>Council backs harbour plan</h1>", "heading"))
            + column(widget("<ul class='post-info'><li>29.10.2023 22:04</li></ul>", "info")
                     + widget(BODY, "text"))
            + "<div class='widget related'><span class='date'>27.07.2018</span></div>"
            + "</body></html>")  # fmt: skip
    tree = LexborHTMLParser(html)
    stamp = _named_text(tree, day_first=True, h1=tree.css_first("h1"))
    assert stamp is not None and stamp.when.date().isoformat() == "2023-10-29"
    # a sidebar named "widget" on a page whose headline sits in one widget box stays one
    alone = ("<html lang='en'><body><div class='widget-box'><h1>Council backs harbour plan"
             "</h1></div><div class='widget'><span class='date'>27.07.2018</span></div>"
             f"<div class='text'>{BODY}</div></body></html>")  # fmt: skip
    tree = LexborHTMLParser(alone)
    assert _named_text(tree, day_first=True, h1=tree.css_first("h1")) is None


def test_a_time_beside_the_headline_before_the_teasers_after_it() -> None:
    teasers = "".join(
        f"<li><ul class='info'><li><time datetime='2020-07-2{i}'>2{i} July 2020</time></li>"
        f"</ul><a href='/p{i}'><h4>Other post {i}</h4></a></li>"
        for i in range(3)
    )
    html = ("<html lang='en'><body><main><div class='post'><header class='post__header'>"
            "<ul class='info'><li><time datetime='2020-09-21'>21 September 2020</time></li>"
            "</ul><h1>Council backs harbour plan</h1></header>"
            f"<section>{BODY}</section><section class='tip'><h4>Similar posts</h4>"
            f"<ul class='similar'>{teasers}</ul></section></div></main></body></html>")  # fmt: skip
    got = extract(html, "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2020-09-21", "time")


def test_visible_text_drops_scripts_styles_and_noscript_like_the_lazy_pattern() -> None:
    import re

    from warctools.extract.date_find import _visible, _without_scripts

    lazy = re.compile(r"<(script|style|noscript)\b.*?(?:</\1\s*>|\Z)", re.I | re.S)
    cases = [
        "a<script>var x = '<p>';</script>b",
        "a<SCRIPT type=x>1</script >b<style>p{}</STYLE>c",
        "a<scripts>kept</scripts>b<noscript><style>x</style>y</noscript>z",
        "a<script>never closed <p>2024-01-02</p>",
        "a<style>x</script>y</style>b<script></style></script>c",
    ]
    for html in cases:
        assert _without_scripts(html) == lazy.sub(" ", html), html
    assert _visible("<p>Posted</p><script>2020-01-01</script><p>3 May 2021</p>") == (
        "Posted 3 May 2021")


def test_label_words_are_found_in_any_case_and_only_where_a_word_starts() -> None:
    # (the searches open with a look-ahead for the words' first letters: a speed-up that
    # must find what the search alone finds)
    from warctools.extract.date_fallback import _LABEL, _UPDATE_LABEL, UPDATE_WORD

    assert [m.group(0) for m in _LABEL.finditer("x Posted: a VERÖFFENTLICHT am b")] == [
        "Posted: ", "VERÖFFENTLICHT am "]  # fmt: skip
    assert _LABEL.search("Reposted 12.03.2019") is None
    assert [m.group(0) for m in UPDATE_WORD.finditer("ÚLTIMA actualización; änderung")] == [
        "ÚLTIMA actualización", "änderung"]  # fmt: skip
    assert UPDATE_WORD.search("Verhaltensänderung") is None
    assert _UPDATE_LABEL.match("STAND: 09.10.2017") is not None
    assert update_text_stamp("ZULETZT GEÄNDERT AM 14.01.2022", True) is not None
    # the longest label where one opens another ("입력시간", not "입력" before "시간 : ...")
    assert _LABEL.match("입력시간 : 2018-08-25").group(0) == "입력시간 : "  # type: ignore[union-attr]
    assert _LABEL.match("Date de publication : 12 mai 2020").group(0) == (  # type: ignore[union-attr]
        "Date de publication : ")


def test_month_first_dates_in_any_case_and_spacing() -> None:
    # (searched only in texts holding a day and a year: "3RD, 2019" in any case)
    for text in ("Posted MAY 3RD, 2019", "Sept. 12th\n 2020 x", "on oct 3,\t2019."):
        assert find_text_date(text, day_first=False) is not None, text
    assert find_text_date("May 3, 19 and 2019", day_first=False) is None


@pytest.mark.parametrize(("lang", "update", "published"), [
    ("pt", "Atualizado em 14/01/2022", "Publicado em 02/01/2020"),
    ("ru", "Обновлено: 14.01.2022", "Опубликовано: 02.01.2020"),
    ("uk", "Оновлено: 14.01.2022", "Опубліковано: 02.01.2020"),
    ("fi", "Päivitetty 14.1.2022", "Julkaistu 2.1.2020"),
    ("cs", "Aktualizováno: 14. 1. 2022", "Publikováno: 2. 1. 2020"),
    ("sv", "Uppdaterad 14.01.2022", "Publicerad 02.01.2020"),
    ("tr", "Güncelleme: 14.01.2022", "Yayınlanma: 02.01.2020"),
    ("ro", "Actualizat: 14.01.2022", "Publicat: 02.01.2020"),
    ("id", "Diperbarui 14/01/2022", "Diterbitkan 02/01/2020"),
    ("el", "Ενημερώθηκε: 14.01.2022", "Δημοσιεύθηκε: 02.01.2020"),
    # labels written as one word with the date after a full-width colon or none
    ("zh", "更新时间：2022-01-14 10:20", "发布时间：2020-01-02 08:00"),
    ("ja", "更新日：2022年1月14日", "公開日：2020年1月2日"),
    ("ko", "수정 2022.01.14 10:20", "입력시간 : 2020-01-02 08:00"),
    ("ar", "آخر تحديث: 2022/01/14", "تاريخ النشر: 2020/01/02"),
    ("vi", "Cập nhật 14/01/2022", "Ngày đăng: 02/01/2020"),
    ("hi", "अपडेटेड 14/01/2022", "प्रकाशित 02/01/2020"),
    ("ru", "Обновлено: 14.01.2022", "Дата публикации: 02.01.2020"),  # "date of publication"
    ("tr", "Güncelleme: 14.01.2022", "Yayın tarihi: 02.01.2020"),
    ("id", "Diperbarui 14/01/2022", "Tanggal: 02/01/2020"),
])
def test_update_and_publication_labels_in_more_languages(lang: str, update: str,
                                                         published: str) -> None:  # fmt: skip
    filler = "<p>" + "Hinweise. " * 200 + "</p>"
    changed = f"<div><p>{update}</p></div>"
    # the last change where the page states nothing else, the publication where it does
    got = extract(page(tail=filler + changed, lang=lang), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2022-01-14", "text")
    both = f"<div><p>{published}</p></div>"
    got = extract(page(tail=filler + changed + both, lang=lang), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2020-01-02", "text")
    # the update word marks a date shown by the headline as no publication date
    from warctools.extract.date_fallback import UPDATE_WORD

    assert UPDATE_WORD.search(update) is not None and UPDATE_WORD.search(published) is None


@pytest.mark.parametrize(("lang", "update", "published"), [
    ("en", "Updated: 14 January 2022, 10:20", "Published: 2 January 2020"),
    ("de", "Aktualisiert am 14.01.2022", "Veröffentlicht am 02.01.2020"),
    ("fr", "Mis à jour le 14 janvier 2022", "Publié le 2 janvier 2020"),
    ("zh", "更新时间：2022年01月14日", "发布时间：2020年01月02日"),
    ("ja", "更新日：2022年1月14日", "公開日：2020年1月2日"),
    ("bn", "আপডেট: ১৪ জানুয়ারি ২০২২", "প্রকাশ: ২ জানুয়ারি ২০২০"),
    ("he", "עודכן: 14/01/2022", "פורסם: 02/01/2020"),
    ("ko", "수정 2022.01.14 10:20", "입력 2020-01-02 09:00"),
    ("hr", "Ažurirano: 14. siječnja 2022.", "Objavljeno: 2. siječnja 2020."),
    ("bg", "Обновена: 14.01.2022", "Публикувана: 02.01.2020"),
    ("et", "Uuendatud: 14.01.2022", "Avaldatud: 02.01.2020"),
    ("lt", "Atnaujinta: 2022-01-14", "Paskelbta: 2020-01-02"),
    ("ka", "განახლდა: 14.01.2022", "გამოქვეყნდა: 02.01.2020"),
    ("sq", "Përditësuar: 14.01.2022", "Publikuar: 02.01.2020"),
    ("nl", "Bijgewerkt: 14-01-2022", "Gepubliceerd: 02-01-2020"),  # day first, hyphens
])  # fmt: skip
def test_an_update_shown_above_the_publication_by_the_headline_is_not_it(
        lang: str, update: str, published: str) -> None:  # fmt: skip
    # the byline's lines show the last change first, then the publication
    top = f"<div><span>{update}</span></div><div><span>{published}</span></div>"
    got = extract(page(top=top, lang=lang), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2020-01-02", "text")


@pytest.mark.parametrize(("lang", "row"), [
    ("fr", "Modifié le 6 mars 2024 · Publié le 5 mars 2024"),
    ("es", "Modificado 06/03/2024 09:10 · Publicado 05/03/2024 14:32"),
    ("it", "Modificato il 6 marzo 2024 · Pubblicato il 5 marzo 2024"),
    ("nl", "Gewijzigd: 6 maart 2024 | Gepubliceerd: 5 maart 2024"),
    ("sv", "Senast uppdaterad 6 mars 2024 · Publicerad 5 mars 2024"),
    ("no", "Sist oppdatert 06.03.2024 · Publisert 05.03.2024"),
    ("tr", "Son güncelleme: 06.03.2024 09:10 · Yayınlanma: 05.03.2024 14:32"),
    ("el", "Τελευταία ενημέρωση: 6 Μαρτίου 2024 · 5 Μαρτίου 2024"),
    ("ar", "محدث: 06 مارس 2024 | 05 مارس 2024"),
    ("hi", "अपडेट: 6 मार्च 2024 | 5 मार्च 2024"),
    ("bn", "হালনাগাদ: ৬ মার্চ ২০২৪ | প্রকাশ: ৫ মার্চ ২০২৪"),
    ("ur", "اپ ڈیٹ 06 مارچ 2024 | شائع 05 مارچ 2024"),
    ("ms", "Dikemaskini: 6 Mac 2024 | 5 Mac 2024"),
    ("ja", "更新：2024年3月6日 | 2024年3月5日"),
    ("de", "Stand: 06.03.2024 · 05.03.2024"),  # German "as of", with its colon
])  # fmt: skip
def test_the_update_printed_first_in_the_date_row_is_not_the_publication(
        lang: str, row: str) -> None:  # fmt: skip
    # one date-named element, the last change first: its first date no update label
    # announces is the publication's
    got = extract(page(top=f"<div class='date'>{row}</div>", lang=lang), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2024-03-05", "text")


def test_a_related_storys_time_in_its_own_article_card_is_not_the_storys() -> None:
    card = ("<section class='more-news'><article class='card'><a href='/b'>Ferry fares rise"
            "</a><time datetime='2021-05-02T09:00:00+02:00'>2 May</time></article></section>")
    shown = "<p class='date'>1.5.2021</p>"
    story = ("<html lang='fi'><head><title>Harbour plan</title></head><body><main>"
             f"<article><header><h1>Council backs harbour plan</h1>{shown}</header>{BODY}"
             f"{card}</article></main></body></html>")  # fmt: skip
    got = extract(story, "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2021-05-01", "text")
    # a <time> in the headline's own <article> still dates the story
    own = story.replace(shown, "<time datetime='2021-04-30T08:00:00+02:00'>30.4.</time>")
    got = extract(own, "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2021-04-30", "time")
    # with no <article> around the headline, a card's <time> is all there is
    bare = story.replace("<article>", "<div>", 1).replace(f"{card}</article>", f"{card}</div>")
    got = extract(bare.replace(shown, ""), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2021-05-02", "time")


@pytest.mark.parametrize("row", ["article--date-and-comments", "post-meta-comments"])
def test_the_storys_row_of_its_date_and_comments_count_is_no_comment_section(row: str) -> None:
    # a row named for the story's date and its comments' count holds the story's <time>;
    # the time of a story listed below it comes from another story
    html = ("<html lang='en'><head><title>Harbour plan</title></head><body><article><h1>"
            f"Council backs harbour plan</h1><div class='{row}'><time datetime='2023-06-07"
            "T20:54:26Z'>Jun 7, 2023</time><a href='#comments'>12 comments</a></div>"
            f"{BODY}</article><div><h3><a href='/b'>Ferry fares rise</a></h3><time datetime="
            "'2023-06-24T20:32:45Z'>Jun 24, 2023</time></div></body></html>")  # fmt: skip
    got = extract(html, "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2023-06-07", "time")
    # ... while a comment's own date row stays a comment's
    got = extract(html.replace(f"class='{row}'", "class='comment-date'"), "https://e.com/a")
    assert got.published is None or (local_day(got), got.published_source) != (
        "2023-06-07", "time")


@pytest.mark.parametrize(("year", "month", "day", "want"), [
    (1402, 1, 1, "2023-03-21"), (1399, 1, 1, "2020-03-20"), (1400, 7, 10, "2021-10-02"),
    (1402, 12, 29, "2024-03-19"), (1403, 12, 30, "2025-03-20"), (1404, 1, 1, "2025-03-21"),
    (1369, 1, 1, "1990-03-21"), (1357, 11, 22, None), (1402, 7, 31, None),
])  # fmt: skip
def test_solar_hijri_days_in_the_gregorian_calendar(year: int, month: int, day: int,
                                                    want: str | None) -> None:
    from warctools.extract.dates import _solar_hijri

    stamp = _solar_hijri(year, month, day)
    assert (stamp.when.date().isoformat() if stamp else None) == want


@pytest.mark.parametrize(("text", "want"), [
    ("۱۴۰۲/۱۲/۲۵", "2024-03-15"), ("تاریخ انتشار: ۱۴۰۲-۱۲-۲۵ ۱۰:۳۰", "2024-03-15"),
    ("1399/12/30", "2021-03-20"), ("1403.01.01", "2024-03-20"),
    # a Lunar Hijri year of the web's time, a month past twelve, a year in a longer number,
    # a year before 1990: none is read as a Solar Hijri day
    ("١٤٤٥/٠٩/٠٥", None), ("1402/13/25", None), ("11402/12/25", None), ("1368/01/01", None),
    ("ref. 1302-12-25, 2020-01-02", "2020-01-02"), ("2024/3/15", "2024-03-15"),
])  # fmt: skip
def test_solar_hijri_days_written_in_digits(text: str, want: str | None) -> None:
    stamp = find_text_date(text, day_first=True)
    assert (stamp.when.date().isoformat() if stamp else None) == want


@pytest.mark.parametrize(("lang", "above", "day"), [
    ("en", "<time datetime='2024-03-03T22:30:00-05:00'>March 3, 2024</time>", "2024-03-03"),
    ("en", "<p>Updated: March 5, 2024 | Published: March 3, 2024</p>", "2024-03-03"),
    ("en", "<p>Published March 3, 2024, updated March 5, 2024</p>", "2024-03-03"),
    ("en", "<p>03/04/2024</p>", "2024-03-04"),
    ("en-GB", "<p>03/04/2024</p>", "2024-04-03"),
    ("de", "<p>3. März 2024, 14:32 Uhr</p>", "2024-03-03"),
    ("de", "<p>03.04.2024</p>", "2024-04-03"),
    ("fr", "<p>Publié le 3 mars 2024 à 14h32</p>", "2024-03-03"),
    ("es", "<p>3 de marzo de 2024</p>", "2024-03-03"),
    ("pt", "<p>03/03/2024 14h32</p>", "2024-03-03"),
    ("it", "<p>3 marzo 2024 ore 14:32</p>", "2024-03-03"),
    ("nl", "<p>3 maart 2024 14:32</p>", "2024-03-03"),
    ("pl", "<p>3 marca 2024, 14:32</p>", "2024-03-03"),
    ("ru", "<p>3 марта 2024, 14:32</p>", "2024-03-03"),
    ("tr", "<p>3 Mart 2024 14:32</p>", "2024-03-03"),
    ("sv", "<p>Publicerad 3 mars 2024 kl. 14.32</p>", "2024-03-03"),
    ("id", "<p>Minggu, 3 Maret 2024 14:32 WIB</p>", "2024-03-03"),
    ("vi", "<p>Chủ nhật, 3/3/2024, 14:32 (GMT+7)</p>", "2024-03-03"),
    ("ar", "<p>3 مارس 2024</p>", "2024-03-03"),
    ("ja", "<p>2024年3月3日 14時32分</p>", "2024-03-03"),
    ("zh", "<p>2024-03-03 14:32 来源：新华社</p>", "2024-03-03"),
    ("ko", "<p>입력 2024.03.03 14:32</p>", "2024-03-03"),
    # Korean and Japanese pages write a two-digit year first too
    ("ko", "<p>입력 24.03.03 14:32</p>", "2024-03-03"),
    ("ko", "<p>24.03.03 14:32 l 최종 업데이트 24.03.04 09:10</p>", "2024-03-03"),
    ("ja", "<p>24.03.03 14:32</p>", "2024-03-03"),
])  # fmt: skip
def test_the_day_a_page_states_in_its_language_and_time_zone(lang: str, above: str,
                                                             day: str) -> None:  # fmt: skip
    # the day as the page states it (published is UTC; its offset brings the local day
    # back), the publication over a later update, day and month in the language's order
    got = extract(page(top=above, tail="<p>© 2025 Quay News</p>", lang=lang),
                  "https://quay.example.net/news/flood-barrier-opens-4411")  # fmt: skip
    assert local_day(got) == day, (above, got.published, got.published_source)


@pytest.mark.parametrize("row", [
    "<span>Updated <time datetime='2023-05-05T10:00:00Z'>May 5</time></span> "
    "<span>Published <time datetime='2023-05-03T10:00:00Z'>May 3</time></span>",
    "<span>Aktualisiert am <time datetime='2023-05-05T10:00:00Z'>5.5.</time></span> "
    "<span>Veröffentlicht am <time datetime='2023-05-03T10:00:00Z'>3.5.</time></span>",
    "<time datetime='2023-05-05T10:00:00Z'>Updated May 5</time> "
    "<time datetime='2023-05-03T10:00:00Z'>May 3</time>",
    "<p>Mis à jour le <time datetime='2023-05-05T10:00:00Z'>5 mai</time></p>"
    "<p>Publié le <time datetime='2023-05-03T10:00:00Z'>3 mai</time></p>",
])  # fmt: skip
def test_the_update_s_time_beside_the_publication_s_is_not_the_published_day(row: str) -> None:
    # the row shows the update first: the original publication is the story's day
    got = extract(page(top=f"<div class='meta'>{row}</div>"), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2023-05-03", "time")


def test_a_row_showing_only_the_update_dates_the_story_by_it() -> None:
    # no publication time beside it: the update's day is the one the page shows (a list of
    # other stories' times further down is no better)
    row = "<div class='meta'>Aktualisiert am <time datetime='2020-01-28T15:49:07+0100'>28.01.2020"
    teasers = "".join(f"<div><h3><a href='/b{i}'>Ferry fares rise again</a></h3>Veröffentlicht: "
                      f"<time datetime='2020-01-29T11:{i}0:00Z'>vor 30 Minuten</time></div>"
                      for i in range(3))  # fmt: skip
    got = extract(page(top=f"{row}</time></div>", tail=teasers, lang="de"), "https://e.com/a")
    assert (local_day(got), got.published_source) == ("2020-01-28", "time")


@pytest.mark.parametrize(("text", "day"), [
    ("Közzétéve: 2024.03.05. 14:32", "2024-03-05"),  # hu: year, month, day each with a dot
    ("Mac 5, 2024 @ 2:32pm", "2024-03-05"),  # ms, the month first
    ("5 Ogos 2024", "2024-08-05"), ("3 Disember 2023", "2023-12-03"),
    ("5 Μαρ 2024, 14:32", "2024-03-05"), ("12 ΟΚΤ 2023", "2023-10-12"),  # el, cut short
    ("27 фев 2023", "2023-02-27"), ("10 cze 2025", "2025-06-10"),  # ru, pl, cut short
    ("الثلاثاء 14 تشرين الأول 2025", "2025-10-14"),  # the Levant's months of two words
    ("14 تشرين الأول/أكتوبر 2025", "2025-10-14"), ("3 كانون الثاني 2024", "2024-01-03"),
    ("19 فروری ، 2025", "2025-02-19"),  # ur: the Arabic comma, spaced
    ("วันพุธที่ 5 มิถุนายน พ.ศ. 2567, 14:30 น.", "2024-06-05"),  # th: the era's mark
    ("05/03/2567 14:32", "2024-03-05"),  # th: the Buddhist year in digits
    # the eras of Japan and of the Republic of China (Taiwan), named or bare
    ("令和6年3月5日 14時32分", "2024-03-05"), ("令和元年5月1日", "2019-05-01"),
    ("平成31年4月30日", "2019-04-30"), ("中華民國113年3月5日", "2024-03-05"),
    ("民國113年3月5日", "2024-03-05"), ("113年3月5日 下午2:32", "2024-03-05"),
])
def test_written_dates_of_more_languages(text: str, day: str) -> None:
    from warctools.extract.dates import find_text_date

    found = find_text_date(text)
    assert found is not None and found.when.date().isoformat() == day


@pytest.mark.parametrize(("lang", "stamp", "shown", "day", "offset"), [
    ("en", "2024-11-06T02:30:00Z", "Nov. 5, 2024 9:30 p.m. ET", "2024-11-05", -300),
    ("de", "2024-03-04T23:45:00Z", "05.03.2024, 00:45 Uhr", "2024-03-05", 60),
    ("ja", "2024-03-04T16:15:00Z", "2024年3月5日 1時15分", "2024-03-05", 540),
    ("ko", "2024-03-04T16:15:00Z", "2024.03.05 01:15", "2024-03-05", 540),
    ("en", "2024-03-08T03:45:00Z", "Mar. 7, 2024 7:45 p.m. PT", "2024-03-07", -480),
    # the shown clock no offset on Earth: the stamp as it is
    ("de", "2024-03-04T23:45:00Z", "04.03.2024, 09:46 Uhr", "2024-03-04", 0),
])  # fmt: skip
def test_a_utc_time_element_showing_the_local_clock_gives_the_pages_day_and_offset(
        lang: str, stamp: str, shown: str, day: str, offset: int) -> None:  # fmt: skip
    top = f"<time datetime='{stamp}'>{shown}</time>"
    got = extract(page(top=top, lang=lang), "https://e.com/a")
    assert (local_day(got), got.published_utc_offset, got.published_source) == (
        day, offset, "time")


def test_the_date_nearest_above_the_headline_is_the_storys_not_the_headers_today() -> None:
    # the site's header shows today's date; the story's own sits right above its headline
    html = ("<html lang='vi'><head><title>Mưa lớn gây ngập</title></head><body><header>"
            "<span class='time-now'>Thứ tư, 6/9/2023</span></header>"
            "<span class='date'>Thứ ba, 5/9/2023, 19:30 (GMT+7)</span>"
            f"<h1>Mưa lớn gây ngập ở thành phố</h1><article>{BODY}</article></body></html>")
    assert local_day(extract(html, "https://e.com/a")) == "2023-09-05"
    # with no headline the first date-named element's date is the page's, as before
    bare = html.replace("<h1>", "<div>").replace("</h1>", "</div>")
    assert local_day(extract(bare, "https://e.com/a")) == "2023-09-06"


def test_a_dated_list_of_latest_posts_above_the_headline_does_not_date_the_story() -> None:
    html = ("<html lang='en'><head><title>A post about things</title></head><body><aside>"
            "<h3>Latest posts</h3><ul><li><a href='/x'>Hello world</a> <span>January 5, 2020"
            "</span></li></ul></aside><article><h1>A post about things</h1>"
            f"<p>March 12, 2019</p>{BODY}</article></body></html>")
    assert local_day(extract(html, "https://blog.example.org/a-post/")) == "2019-03-12"
