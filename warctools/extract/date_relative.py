"""Relative dates a page states ("3 hours ago", "vor 2 Tagen", "il y a 5 minutes").

A page can only say how long ago it was published against the moment it was served: the
age is kept beside the extraction and turned into a date against the capture's WARC-Date
(``pipeline/published.py``), where no page date was found or only a guess (htmldate's, the
page text's). Minutes, hours, days and weeks count; months and years are too vague for a
day. en, de, fr, es, pt, it, nl, sv, da/no, pl, ru, tr, ja/zh; session 10: ko, vi, id, fi,
cs, ro, hu, el, ar, hi, th, bg, uk; session 13: fa, bn, ur, he, and sv/da/no without
"för"/"for"; session 14: hr/sr/bs, sl, mk, et, lt, lv, az, kk, sq, ka, is.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .. import _regex

__all__ = ["GUESSED_SOURCES", "day_and_time", "month_day", "relative_age"]

GUESSED_SOURCES = frozenset(("htmldate", "page_text"))
"""``published_source`` values a stated age overrides: guesses, not a date the page states."""

_MINUTE, _HOUR, _DAY, _WEEK = 1, 60, 24 * 60, 7 * 24 * 60
_UNITS = {
    _MINUTE: "minute minutes min mins minuten minuto minutos minuti minuut minuter minutter"
             " minut minuty минуту минуты минут dakika 分 分钟 分鐘"
             # fi, cs, ro, vi, id, el, ar, hi, th, bg, uk, ko, hu
             " minuuttia minuutti minutami minutou phút menit λεπτά λεπτό دقائق دقيقة मिनट"
             " นาที минути хвилин хвилини хвилину 분 perce"
             # fa, bn, ur, he
             " دقیقه মিনিট منٹ דקות דקה"
             # hr/sr/bs, sl, et, lt, lv, az, sq, ka, is
             " minuta minutami minutit minučių minutę minūtes minūtēm dəqiqə წუთის mínútum"
             " mínútu",
    _HOUR: "hour hours hr hrs stunde stunden std heure heures hora horas ora ore uur timme"
           " timmar time timer godzinę godziny godzin час часа часов saat 時間 小时 小時"
           " tuntia tunti hodinami hodinou giờ tiếng jam ώρες ώρα ساعات ساعة घंटे घंटा ชั่วโมง"
           " години годин годину 시간 órája ساعت ঘণ্টা ঘন্টা گھنٹے گھنٹہ שעות שעה"
           " sat sata sati uro urami uri tund tundi valandą valandas valandų stundu stundām"
           " сағат orë საათის klukkustund klukkustundum",
    _DAY: "day days tag tagen jour jours día días dia dias giorno giorni dag dagen dagar dage"
          " dager dzień dni день дня дней gün 日 天"
          " päivää päivä dny dnem zile zi ngày hari ημέρες μέρες ημέρα أيام يوم दिन วัน"
          " днів дні дни 일 napja روز দিন دن ימים יום"
          " dan dana dnevi dnem päev päeva dieną dienas dienų dienām күн ditë დღის degi dögum",
    _WEEK: "week weeks woche wochen semaine semaines semana semanas settimana settimane weken"
           " vecka veckor uge uger uke uker tydzień tygodnie tygodni неделю недели недель"
           " hafta 週間 周 週"
           " viikkoa viikko týdny týdnem săptămâni săptămână tuần minggu εβδομάδες εβδομάδα"
           " أسابيع أسبوع सप्ताह हफ्ते สัปดาห์ тижні тижнів тиждень седмици 주 hete"
           " هفته সপ্তাহ ہفتے ہفتہ שבועות שבוע"
           " tjedan tjedna tjedana nedelju nedelje tednom tedni nädal nädalat savaitę savaites"
           " savaičių nedēļas nedēļām həftə апта javë კვირის viku vikum",
}  # fmt: skip
_MINUTES = {word: size for size, words in _UNITS.items() for word in words.split()}
_ONE = frozenset("a an one ein eine einer einem un une una uno um uma een en ett et".split())
_UNIT = "|".join(sorted(map(re.escape, _MINUTES), key=len, reverse=True))
_NUMBER = r"(?P<n>\d{1,3}|[^\W\d]{1,5})"
_FORMS = _regex.compile(
    rf"(?<!\w)(?:{_NUMBER}\s+(?P<u1>{_UNIT})\.?\s+(?:ago|fa|geleden|temu|назад|önce|trước"
    r"|yang lalu|lalu|sitten|тому|पहले|sedan|siden|پیش|আগে|پہلے|tagasi|əvvəl|бұрын"
    r"|më parë|წინ)"
    rf"|(?:vor|il y a|hace|há|před|acum|πριν από|πριν|منذ|преди|לפני|prije|pre|pred|пред"
    rf"|prieš|pirms|fyrir)\s+"
    rf"{_NUMBER.replace('n>', 'm>')}\s+(?P<u2>{_UNIT})\.?"
    rf"|(?:för|for)\s+{_NUMBER.replace('n>', 'j>')}\s+(?P<u4>{_UNIT})\s+(?:sedan|siden)"
    r"|(?P<h>\d{1,3})\s+(?P<u6>órája|perce|napja|hete))(?!\w)"  # hu: the "ago" in the unit
    rf"|(?P<k>\d{{1,3}})\s*(?P<u3>分|分钟|分鐘|時間|小时|小時|日|天|週間|周|週)前"
    r"|(?P<g>\d{1,3})\s*(?P<u5>분|시간|일|주|นาที|ชั่วโมง|วัน|สัปดาห์)\s*(?:전|ที่แล้ว)",
    re.IGNORECASE,
)
"""A number (or "a", "eine", "une" ...) and a unit with the language's "ago" around them."""
_MAX_TEXT = 2000


def relative_age(text: str) -> timedelta | None:
    """How long ago the first relative date in ``text`` says the page was published."""
    for match in _FORMS.finditer(text, 0, _MAX_TEXT):
        count = next(c for g in "nmjkgh" if (c := match.group(g)))
        unit = next(u for g in ("u1", "u2", "u4", "u3", "u5", "u6") if (u := match.group(g)))
        number = int(count) if count.isdigit() else 1 if count.lower() in _ONE else 0
        size = _MINUTES.get(unit.lower())
        if number and size:
            return timedelta(minutes=number * size)
    return None


# a month and day in CJK without a year before them ("6月24日 11時30分", "6월 24일"): news
# pages of Japan and Korea show the headline's date so, the year being the capture's
_MONTH_DAY = _regex.compile(
    r"(?<![\d年년])(?<![\d年년]\s)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?!\s*\d{2,4}\s*[年년])"
)


def month_day(text: str) -> tuple[int, int] | None:
    """The first month and day written without a year in ``text`` ("06月24日"), or None."""
    for match in _MONTH_DAY.finditer(text, 0, _MAX_TEXT):
        month, day = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return month, day
    return None


# "today" / "yesterday" and a time of day by the headline ("Heute, 10:30 Uhr", "Yesterday at
# 2:15 pm", "Вчера, 14:30", "昨天 10:30"): the day is the capture's, or the one before; a
# time is required (the words alone open sentences), and French "hier" needs its "à"
_TODAY = (
    "today|heute|aujourd.hui|hoy|oggi|hoje|vandaag|idag|i dag|dzisiaj|dziś|сегодня|сьогодні"
    "|bugün|hari ini|hôm nay|dnes|astăzi|azi|σήμερα|היום|اليوم|วันนี้|danas|danes|täna"
    "|šiandien|šodien|今天|今日|오늘"
)
_YESTERDAY = (
    "yesterday|gestern|ayer|ieri|ontem|gisteren|igår|i går|wczoraj|вчера|вчора|dün|kemarin"
    "|hôm qua|včera|tegnap|χθες|אתמול|أمس|เมื่อวาน|jučer|juče|včeraj|eile|vakar|昨天|昨日|어제"
)
_DAY_AND_TIME = _regex.compile(
    rf"(?<!\w)(?:(?P<today>{_TODAY})|(?P<yesterday>{_YESTERDAY})|hier(?=,?\s*à))"
    r"\s*,?\s*(?:um|à|at|a las|a la|alle|às|om|kl\.?|o|в|о|saat|pukul|lúc|klo)?\s*"
    r"(?P<h>\d{1,2})\s*(?:[:h.]|時|时|시\s?)\s*(?P<m>\d{2})(?!\d)\s*(?P<half>am|pm)?",
    re.IGNORECASE,
)


def day_and_time(text: str) -> tuple[int, int, int] | None:
    """(days before the capture, hour, minute) of the first "today" or "yesterday" with a
    time of day in ``text`` ("Heute, 10:30 Uhr" is (0, 10, 30)), or None."""
    for match in _DAY_AND_TIME.finditer(text, 0, _MAX_TEXT):
        hour, minute = int(match.group("h")), int(match.group("m"))
        half = (match.group("half") or "").lower()
        if half == "pm" and hour < 12:
            hour += 12
        elif half == "am" and hour == 12:
            hour = 0
        if hour <= 23 and minute <= 59:
            return (0 if match.group("today") else 1), hour, minute
    return None
