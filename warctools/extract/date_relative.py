"""Relative dates a page states ("3 hours ago", "vor 2 Tagen", "il y a 5 minutes").

A page can only say how long ago it was published against the moment it was served: the
age is kept beside the extraction and turned into a date against the capture's WARC-Date
(``pipeline/published.py``), where no page date was found or only a guess (htmldate's, the
page text's). Minutes, hours, days and weeks count; months and years are too vague for a
day. en, de, fr, es, pt, it, nl, sv, da/no, pl, ru, tr, ja/zh.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .. import _regex

__all__ = ["GUESSED_SOURCES", "relative_age"]

GUESSED_SOURCES = frozenset(("htmldate", "page_text"))
"""``published_source`` values a stated age overrides: guesses, not a date the page states."""

_MINUTE, _HOUR, _DAY, _WEEK = 1, 60, 24 * 60, 7 * 24 * 60
_UNITS = {
    _MINUTE: "minute minutes min mins minuten minuto minutos minuti minuut minuter minutter"
             " minut minuty минуту минуты минут dakika 分 分钟 分鐘",
    _HOUR: "hour hours hr hrs stunde stunden std heure heures hora horas ora ore uur timme"
           " timmar time timer godzinę godziny godzin час часа часов saat 時間 小时 小時",
    _DAY: "day days tag tagen jour jours día días dia dias giorno giorni dag dagen dagar dage"
          " dager dzień dni день дня дней gün 日 天",
    _WEEK: "week weeks woche wochen semaine semaines semana semanas settimana settimane weken"
           " vecka veckor uge uger uke uker tydzień tygodnie tygodni неделю недели недель"
           " hafta 週間 周 週",
}  # fmt: skip
_MINUTES = {word: size for size, words in _UNITS.items() for word in words.split()}
_ONE = frozenset("a an one ein eine einer einem un une una uno um uma een en ett et".split())
_UNIT = "|".join(sorted(map(re.escape, _MINUTES), key=len, reverse=True))
_NUMBER = r"(?P<n>\d{1,3}|[^\W\d]{1,5})"
_FORMS = _regex.compile(
    rf"(?<!\w)(?:{_NUMBER}\s+(?P<u1>{_UNIT})\.?\s+(?:ago|fa|geleden|temu|назад|önce)"
    rf"|(?:vor|il y a|hace|há)\s+{_NUMBER.replace('n>', 'm>')}\s+(?P<u2>{_UNIT})\.?"
    rf"|(?:för|for)\s+{_NUMBER.replace('n>', 'j>')}\s+(?P<u4>{_UNIT})\s+(?:sedan|siden))(?!\w)"
    rf"|(?P<k>\d{{1,3}})\s*(?P<u3>分|分钟|分鐘|時間|小时|小時|日|天|週間|周|週)前",
    re.IGNORECASE,
)
"""A number (or "a", "eine", "une" ...) and a unit with the language's "ago" around them."""
_MAX_TEXT = 2000


def relative_age(text: str) -> timedelta | None:
    """How long ago the first relative date in ``text`` says the page was published."""
    for match in _FORMS.finditer(text, 0, _MAX_TEXT):
        count = match.group("n") or match.group("m") or match.group("j") or match.group("k")
        unit = match.group("u1") or match.group("u2") or match.group("u4") or match.group("u3")
        number = int(count) if count.isdigit() else 1 if count.lower() in _ONE else 0
        size = _MINUTES.get(unit.lower())
        if number and size:
            return timedelta(minutes=number * size)
    return None
