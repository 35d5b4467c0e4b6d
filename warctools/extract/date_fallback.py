"""The slow second opinions, for pages where no fast source states a date.

1. htmldate (a trafilatura dependency) searches the whole page: header, JSON, ``<abbr>``
   and ``<time>`` elements, date-like classes, title and headings, timestamps in the
   markup, image names, preferring the oldest plausible date (``original_date=True``).
   It runs without its ``extensive_search``: that hands free text to dateparser, whose
   first call in a process loads every locale (over a second) for about one page in a
   hundred more.
2. Then the page's whole visible text: the first day written there (not in the future),
   read with this package's own multilingual patterns. On labelled-web-pages' tune half the
   first written day is the label on 340 of 397 pages, the most frequent one (the oldest
   among equals, the rule before) on 271: a page's own date tends to lead its text, while
   the dates repeated below it are comments, forum replies and citations.

Before both, :func:`labelled_text_stamp` reads a date the visible text announces with a
label ("Datum: 18.10.2021", "Written: 2023-11-07 15:03", "Publié le 3 mai 2021"), then
:func:`update_text_stamp` a date announced as the page's last change ("Letzte Änderung:
14.01.2022", "Stand: 09.10.2017", "This page was last edited on ..."): where a page states
no publication date its last change is the date it states (the original wins only where
both are stated). Regular expressions over the text, no dearer than the page-text search.

htmldate and the page-text count answer a day, without a time or offset.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, timezone

from .. import _regex
from ._alternation import WordLed
from .dates import MIN_YEAR, Stamp, all_text_dates, parse_stamp

__all__ = ["LABEL_WORDS", "PUBLISHED_WORDS", "UPDATED_WORDS", "UPDATE_WORD", "UPDATE_WORDS",
           "has_update_word", "htmldate_stamp",
           "labelled_text_stamp", "page_text_stamp", "update_text_stamp"]

_MIN_DATE = datetime(MIN_YEAR, 1, 1)
_MAX_TEXT = 100_000  # characters of page text searched (bounds hostile pages)
# "published" and "updated" in pl, cs, fi, ro, hu, id, tr, ru, uk, el, zh, ja, ko, ar, fa,
# hi, vi, th: labels of a date here, and openers of a time-stamp line in the body's
# furniture rules (``_phrases.py``), so only words that say nothing else there (a CJK
# label is its own word: "기사입력", "发布时间")
PUBLISHED_WORDS = (
    "opublikowano", "publikováno", "julkaistu", "publicat", "közzétéve", "diterbitkan",
    "dipublikasikan", "yayınlanma", "yayınlandı", "опубликовано", "опубліковано",
    "δημοσιεύθηκε",
    "发布时间", "发布于", "发布日期", "发表于", "发表时间", "發佈時間", "發布時間", "發佈於",
    "發表於", "發布日期", "公開日", "公開日時", "投稿日", "投稿日時", "掲載日", "配信日時",
    "기사입력", "입력", "입력시간", "입력일", "등록일", "등록시간", "작성일", "게재일", "발행일",
    "نشر في", "تاريخ النشر", "تم النشر", "تاریخ انتشار", "प्रकाशित", "प्रकाशन तिथि",
    "ngày đăng", "đăng lúc", "đăng ngày", "เผยแพร่",
    # hr / sr / bs / sl, bg, et, lt, lv, ka, az, kk, sq, is, ms, ta, sw
    "objavljeno", "objavljena", "публикувано", "публикувана", "avaldatud", "paskelbta",
    "publikuota", "publicēts", "გამოქვეყნდა", "dərc edilib", "dərc olunub", "жарияланды",
    "publikuar", "birt", "diterbitkan pada", "வெளியிடப்பட்டது", "imechapishwa",
)  # fmt: skip
UPDATED_WORDS = (
    "zaktualizowano", "aktualizacja", "aktualizováno", "päivitetty", "actualizat",
    "frissítve", "diperbarui", "güncellendi", "güncelleme", "обновлено", "оновлено",
    "ενημερώθηκε",
    "更新时间", "更新時間", "更新于", "更新於", "更新日", "更新日時", "最后更新", "最終更新",
    "수정", "수정일", "수정시간", "최종수정", "업데이트", "آخر تحديث", "تم التحديث",
    "به‌روزرسانی", "अपडेटेड", "cập nhật", "อัปเดต", "แก้ไขล่าสุด", "আপডেট", "עודכן",
    # hr / sr / bs, sl, bg, et, lt, lv, ka, az, kk, sq, is, ms, ta, sw
    "ažurirano", "ažurirana", "posodobljeno", "обновено", "обновена", "актуализирано",
    "актуализирана", "uuendatud", "muudetud", "atnaujinta", "atnaujintas", "atjaunots",
    "atjaunināts", "განახლდა", "yenilənib", "yeniləndi", "жаңартылды", "përditësuar",
    "uppfært", "dikemas kini", "புதுப்பிக்கப்பட்டது", "imesasishwa",
    # an update label alone (ar, hi, bn, ur, ms; ja / zh "更新：2024年3月6日")
    "محدث", "تحديث", "अपडेट", "হালনাগাদ", "اپ ڈیٹ", "dikemaskini", "更新",
)  # fmt: skip
LABEL_WORDS = (
    "published", "posted", "written", "date", "datum", "veröffentlicht", "erstellt", "publié",
    "date de publication", "publicado", "publicada", "fecha", "pubblicato", "gepubliceerd",
    "geplaatst", "publicerad", "publiceret", "publisert", "publikované", "δημοσίευση",
    # short or general words, labels only where a date follows them ("时间：2020-01-01",
    # "Дата публикации: 12.03.2024", "Tarih: 12.03.2024")
    "日期", "时间", "時間", "등록", "نشر", "तारीख", "data", "data publikacji", "дата",
    "дата публикации", "tarih", "yayın tarihi", "tanggal", "ημερομηνία", "dátum", "päivämäärä",
    "datum objave",
    *PUBLISHED_WORDS,
)  # fmt: skip
_UPDATE_PREFIXES = ("last", "zuletzt", "letzte", "dernière", "última", "ultimo", "laatst",
                    "senast", "sist", "sidst", "son", "τελευταία", "ostatnia", "poslední",
                    "utolsó")  # fmt: skip
_UPDATE_TERMS = (
    "updated?", "aktualisiert", "mis à jour", "actualizado", "aggiornato", "bijgewerkt",
    "modified", "geändert", "änderung", "aktualisierung", "mise à jour", "actualización",
    "aggiornamento", "edited", "atualizado", "atualização", "uppdaterad", "uppdaterat",
    "opdateret", "oppdatert", "aktualizované", "actualitzat", "ενημέρωση", "modifié",
    "modifiée", "modificado", "modificada", "modificato", "modificata", "gewijzigd",
    "frissítés", *UPDATED_WORDS,
)  # fmt: skip


def _starting(*alternatives: tuple[str, ...]) -> str:
    """A look-ahead for the first letters of ``alternatives`` (words, or patterns opening
    with a letter): ahead of a case-insensitive search opening with a look-behind, it
    rejects most positions of a text on one character test (twice as fast), and matches
    where the search does (in the same case-insensitive mode, ``[u]`` takes "U" as ``u``
    does)."""
    firsts = sorted({word[0] for words in alternatives for word in words})
    assert all(first.isalpha() for first in firsts), firsts
    return f"(?=[{''.join(firsts)}])"


_LABEL = _regex.compile(  # the longest label first: "입력시간 : 2018-08-25", not "입력"
    rf"{_starting(LABEL_WORDS)}(?<!\w)(?:{'|'.join(sorted(LABEL_WORDS, key=len)[::-1])})"
    r"(?:\s+(?:on|le|am|el|il|op|den|the|at))?\s*[:：]?\s*",
    re.IGNORECASE,
)
"""A word announcing the publication date, in several languages (not "Updated")."""
UPDATE_WORDS = _regex.compile(
    rf"(?:{' |'.join(_UPDATE_PREFIXES)} )?(?:{'|'.join(_UPDATE_TERMS)})|stand(?=\s*:)",
    re.IGNORECASE,
)
"""An update line ("Updated ...", "Zuletzt geändert am ...", "Dernière mise à jour ...",
German "Stand: ..." ("as of"), only with its colon: "Stand" is a word of running text)."""
UPDATE_WORD = _regex.compile(
    rf"{_starting(_UPDATE_PREFIXES, _UPDATE_TERMS)}(?<!\w)(?:{UPDATE_WORDS.pattern})",
    re.IGNORECASE,
)
"""An update word starting a word anywhere in a text (not "Verhaltensänderung")."""
_UPDATE_LABEL = _regex.compile(
    rf"{_starting(_UPDATE_PREFIXES, _UPDATE_TERMS, ('stand',))}"
    rf"(?<!\w)(?:{UPDATE_WORDS.pattern}|stand)(?!\w)(?:\s+(?:on|le|am|el|il|op|den|the|at))?"
    r"\s*[:：]?\s*",
    re.IGNORECASE,
)
"""An update word, or German "Stand:" ("as of"), announcing the page's last change."""
# searched only where one of their words starts ("updated?" opens with "update")
_UPDATE_OPENERS = (
    *_UPDATE_PREFIXES, *(term[:-2] if term.endswith("?") else term for term in _UPDATE_TERMS),
    "stand")  # fmt: skip
_LABELLED = WordLed(_LABEL, LABEL_WORDS)
_UPDATE_LABELLED = WordLed(_UPDATE_LABEL, _UPDATE_OPENERS)
_UPDATE_WORD_LED = WordLed(UPDATE_WORD, _UPDATE_OPENERS)


def has_update_word(text: str) -> bool:
    """Does an update word start a word in ``text`` (:data:`UPDATE_WORD`'s search, tried
    only where one of its words starts: a tenth of the search's cost)?"""
    return next(_UPDATE_WORD_LED.finditer(text, len(text)), None) is not None
_DATE_START = _regex.compile(r"[\[(]?\s*(?:[^\W\d]+\.?,?\s+)?\d")
"""The text after the label starts with the date (a weekday or a month name may lead, an
opening bracket too: "기사입력 :[ 2018-08-25 15:24 ]")."""


def _midnight(day: date) -> Stamp:
    return Stamp(datetime(day.year, day.month, day.day, tzinfo=timezone.utc), None)


def htmldate_stamp(html: str, url: str) -> Stamp | None:
    """htmldate's original-date answer for the page (its search without dateparser)."""
    with _regex.compiled_on_import():  # (imported on a page's first need: 0.1 s a process)
        from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.ERROR)
    if not html:
        return None
    try:
        day = find_date(html, url=url or None, extensive_search=False, original_date=True,
                        min_date=_MIN_DATE)  # fmt: skip
    except Exception:  # noqa: BLE001 - a second opinion must never cost the page
        return None
    try:
        return _midnight(datetime.strptime(day, "%Y-%m-%d").date()) if day else None
    except ValueError:
        return None


def page_text_stamp(text: str, day_first: bool | None) -> Stamp | None:
    """The first day written in ``text``, not in the future; only the first ``_MAX_TEXT``
    characters are searched."""
    today = datetime.now(timezone.utc).date()
    found = all_text_dates(text[:_MAX_TEXT], day_first=day_first)
    days = sorted((start, stamp.when.date()) for start, stamp in found)
    return next((_midnight(day) for _, day in days if day <= today), None)


def labelled_text_stamp(text: str, day_first: bool | None) -> Stamp | None:
    """The first date right after a publication label in ``text`` ("Datum: 18.10.2021")."""
    return _after_label(_LABELLED, text, day_first)


def update_text_stamp(text: str, day_first: bool | None) -> Stamp | None:
    """The first date right after an update label in ``text`` ("Letzte Änderung: 14.01.2022",
    "Stand: 09.10.2017, 01:40 Uhr")."""
    return _after_label(_UPDATE_LABELLED, text, day_first)


def _after_label(label: WordLed, text: str, day_first: bool | None) -> Stamp | None:
    for match in label.finditer(text, _MAX_TEXT):
        after = text[match.end() : match.end() + 60]
        if _DATE_START.match(after):
            stamp = parse_stamp(after, day_first=day_first)
            if stamp is not None:
                return stamp
    return None
