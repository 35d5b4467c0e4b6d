"""News-agency credits: the dateline opening a story and credit lines closing it.

``MANILA (AFP) -``, ``WASHINGTON, Jan 5 (Reuters) -``, ``Manila (AFP) Dec 29, 2022``,
``(AP) —``, ``NEW DELHI (PTI):``, ``BEIJING, Nov. 19 (Xinhua) --``. The dateline is
reported as written with its character offsets in the text (it stays in the text);
the agency is normalised to a short canonical name. Closing credits (``— AFP``,
``(c) Agence France-Presse``, ``Reporting by ...; Editing by ...``) set the agency
when no dateline names one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warctools.agencies import AGENCIES, canonical_agency

from .. import _regex

__all__ = ["SPELLINGS", "WireCredit", "canonical_agency", "find_wire"]

SPELLINGS = frozenset(s.casefold() for a in AGENCIES for s in a.spellings)  # as written
_ALTS = "|".join(sorted((s for a in AGENCIES for s in a.spellings), key=len, reverse=True))
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    r"|\d{1,2}\.?\s+[A-Za-zéûä]{3,10}\.?(?:\s+\d{4})?)"
)
# letters of the scripts without capitals whose datelines name a Latin or a local agency
# (Hebrew, Arabic, Devanagari, Bengali: their vowel signs are no ``\w``)
_CASELESS = "\u05d0-\u05ea\u0620-\u06d3\u0900-\u0963\u0966-\u097f\u0980-\u09fe"
# (a place opens with a capital of Latin, Greek or Cyrillic script: "İSTANBUL", "Łódź",
# "ΑΘΗΝΑ", "МОСКВА", or a letter of a caseless script: "القاهرة", "नई दिल्ली"; the Latin
# Extended-A range holds small letters too, told apart after)
_WORD = rf"[A-ZÀ-ÝĀ-žΆ-ΩЀ-Я{_CASELESS}][\w'’.À-ÿ{_CASELESS}-]*"
_LINK = r"(?:de|da|do|del|di|la|le|el|al|am|an|on|upon|sur|en|of)"
_PLACE = rf"{_WORD}(?:[ /](?:{_WORD}|{_LINK})){{0,4}}"
_DASH = r"\s*(?:\.?-{1,2}|–|—|:)"
# the day between the place and the agency as local papers write it: "5 de marzo",
# "5. března", "5 березня", "5 मार्च", "5.03.2024", "2024. március 5., kedd", Europa
# Press's bare "MADRID, 5"
_DAY = (
    rf"(?:{_DATE}|\d{{1,2}}\.?\s+(?:de\s+)?[^\W\d_][\w{_CASELESS}]{{1,11}}\.?"
    r"(?:\s+(?:de\s+)?\d{4})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|\d{4}\.\s+[^\W\d_]{3,12}\s+\d{1,2}\.?(?:,\s*[^\W\d_]{2,12})?|\d{1,2})"
)
_DATELINE = _regex.compile(  # "New Delhi [India], March 12 (ANI):": a country in brackets
    rf"(?:(?P<place>{_PLACE}(?:,\s*{_PLACE})?)(?:\s*\[{_PLACE}\])?"
    rf"(?:(?:,\s*|\s+)(?P<day>{_DAY}))?\s*)?"
    rf"\((?P<agency>[^()\n]{{1,40}})\)"
    rf"(?:\s+(?P<date>{_DATE}))?(?P<dash>{_DASH})?"
)
# the story's first sentence after a dateline without a dash: a capital, or a letter of a
# caseless script, after a space or none ("اسلام آباد (اے پی پی) حکومت ...", "اسلام
# آباد(اے پی پی)حکومت ...", "नई दिल्ली, पांच मार्च (भाषा) सरकार ...": the house style of
# the papers of India, Pakistan and Bangladesh)
_SENTENCE = _regex.compile(rf"\s+[A-ZÀ-ÝΆ-ΩЀ-Я]|\s*[{_CASELESS}]")
_PLAIN_DATELINE = _regex.compile(rf"(?P<place>[A-Z][A-Z'.\- ]{{2,30}}(?:,\s*{_PLACE})?){_DASH}\s")
# Capitalised labels that open a story the way a place does ("UPDATE:", "WATCH —", "PDF:",
# "DEAR ABBY:"): kickers, formats and file labels of news pages, never a dateline's place
_KICKERS = frozenset((
    "ABSTRACT", "ADVERTISEMENT", "ALERT", "ANALYSIS", "AUDIO", "BREAKING", "BREAKING NEWS",
    "CLARIFICATION", "COMMENT", "COMMENTARY", "CORRECTION", "CREDIT", "DEVELOPING", "DOI",
    "EDITORIAL", "EILMELDUNG", "EXCLUSIVE", "EXKLUSIV", "EXCLUSIF", "FAQ", "FILE", "GALLERY",
    "INTERVIEW", "ISBN", "JUST IN", "KOMMENTAR", "LISTEN", "LIVE", "MORE", "NOTE", "OPINION",
    "PDF", "PHOTO", "PHOTOS", "PODCAST", "PRESS RELEASE", "READ", "READ MORE", "RELATED",
    "REVIEW", "SEE ALSO", "SOURCE", "SPOILER", "SPONSORED", "SUMMARY", "TAGS", "UPDATE",
    "UPDATED", "URL", "VIDEO", "WARNING", "WATCH",
    # the same labels of es, pt, fr, de, it, tr news pages
    "ÚLTIMA HORA", "EXCLUSIVA", "URGENTE", "EN DIRECT", "DIRECT", "EN VIVO", "AO VIVO",
    "IN DIRETTA", "CANLI", "SON DAKİKA", "FLASH", "VIDÉO", "VÍDEO", "FOTOS", "ANÁLISIS",
    "ANALYSE", "OPINIÓN", "OPINIÃO", "ENTREVISTA", "ENTRETIEN", "REPORTAGE", "CRÓNICA",
    "TRIBUNE", "ÉDITORIAL", "MEINUNG", "ANALISI", "INTERVISTA",
))  # fmt: skip
_CLOSING = _regex.compile(
    rf"(?:^|\n|[\s.])(?:[-–—]{{1,2}}\s*|©\s*|\(c\)\s*|copyright\s+(?:(?:\(c\)|©)\s*)?"
    r"(?:\d{4}\s+)?"
    # "(avec AFP)", "(Con información de EFE)", "(mit Material von dpa)", "(com Lusa)"
    r"|\((?:avec|con|mit|com|with|d'après|según|secondo|segundo|nach)\s+(?:[^()\n]{0,30}?\s)?"
    r"|(?:\(\s*)?with (?:inputs?|input) from\s+(?:[^()\n]{0,20}?\s)?"  # "With inputs from PTI"

    # "Quelle: dpa", "Izvor: Hina", "Źródło: PAP", "来源：新华社": a source line naming it
    r"|(?:source|sources|quelle|izvor|извор|източник|allikas|šaltinis|avots|fonte|fuente"
    r"|font|źródło|zdroj|kaynak|sumber|forrás|lähde|πηγή|nguồn|מקור|منبع|المصدر|स्रोत|burimi"
    r"|heimild|წყარო|mənbə|vir|джерело|источник|ที่มา|इनपुट|surs[aă]|källa|kilde|bron)\s*:\s*"
    r"|(?:来源|來源|出典|출처)\s*[:：]\s*"
    # "(Hina)" closing the story, "（ロイター）" in full-width brackets
    r"|(?P<paren>[(（]))"
    # (no word character after it: "(भाषा)" ends in a vowel sign, which no ``\b`` follows)
    rf"(?P<agency>{_ALTS})(?!\w)(?(paren)[)）]\.?\s*$)",
    re.IGNORECASE,
)
# the story's last line crediting the agency alone ("AFP", "dpa.") or in a credit of its
# own without brackets ("Con información de EFE", "Avec AFP", "Mit Material von dpa",
# "Com Lusa", "With reporting from Reuters")
_LAST_LINE = _regex.compile(
    # ... in brackets or slashes, after "©" ("(dpa)", "/PAP/", "(©NTB)"), with the other
    # agencies it relayed ("(AFP/dpa/sid)"), or after vi "theo" ("Theo TTXVN")
    r"(?:\(\s*(?:©\s*)?|/)?"
    # ("Le Quotidien avec AFP": the outlet's name before "avec")
    r"(?:(?:(?:[^\W\d_][\w'’.-]*\s+){0,5}?avec|con informaci[oó]n de|mit material von|com"
    r"|com informações d[aoe]s?"
    rf"|(?:with|additional) reporting (?:from|by)|theo)\s+)?(?P<agency>{_ALTS})"
    rf"(?:\s*/\s*(?:{_ALTS}|[a-z]{{2,4}})){{0,3}}\.?\s*[)/]?\.?"
    # ... with its editors' signature ("AGERPRES/(AS - autor: Ion Popescu, editor: ...)")
    r"(?:\s*\([^()\n]*\))?",
    re.IGNORECASE,
)
_LAST_LINE_MAX = 60
_CYRILLIC_CAPS = "А-ЯЁЇІЄҐ"
# the table's spellings in Han characters ("新华社", "中新社", "中央社"), longest first
_HAN = [s for a in AGENCIES for s in a.spellings if "\u4e00" <= s[0] <= "\u9fff"]
_HAN_ALTS = "|".join(sorted(_HAN, key=len, reverse=True))
# datelines of other scripts: "МОСКВА, 12 марта. /ТАСС/.", "МОСКВА, 12 мар — РИА Новости.",
# "新华社北京3月12日电", "(서울=연합뉴스)", "[서울=뉴시스]", "【ワシントン共同】"
_OTHER_DATELINES = tuple(_regex.compile(pattern) for pattern in (
    rf"(?P<place>[{_CYRILLIC_CAPS}][{_CYRILLIC_CAPS}'\- ]{{1,30}}),\s*\d{{1,2}}\s+\w{{3,9}}\.?\s*"
    r"/(?P<agency>[^/\n]{2,30})/\.?",
    # ... and the same agency's in English ("MOSCOW, March 12. /TASS/.")
    rf"(?P<place>[A-Z][A-Z'\- ]{{1,30}}),\s*{_MONTH}\s+\d{{1,2}}\.?\s*"
    r"/(?P<agency>[^/\n]{2,30})/\.?",
    rf"(?P<place>[{_CYRILLIC_CAPS}][{_CYRILLIC_CAPS}'\- ]{{1,30}}),\s*\d{{1,2}}\s+\w{{3,9}}\.?\s*"
    r"[—–-]\s*(?P<agency>[^.\n]{2,30})\.",
    # ... and after a place of any case and script: "București, 5 mar /Agerpres/ -",
    # "Київ, 5 березня /Укрінформ/."
    rf"(?P<place>{_PLACE}),\s*{_DAY}\.?\s*/(?P<agency>[^/\n]{{2,30}})/\.?(?:{_DASH})?",
    rf"(?P<agency>{_HAN_ALTS})(?P<place>[^\s\d，。（(]{{0,8}}?)\d{{1,2}}月\d{{1,2}}日[电電]",
    # ... Taiwan's CNA in brackets, its reporters before the place, the day alone:
    # "（中央社記者王小明台北5日電）", "（中央社台北5日電）"
    rf"[（(](?P<agency>{_HAN_ALTS})(?P<place>[^\s\d，。（）()]{{0,24}}?)\d{{1,2}}日[电電][）)]",
    # ... and Korea's, relaying another agency's story: "(워싱턴 AP=연합뉴스)"
    r"[（(\[](?P<place>[^\s=（）()\[\]]{1,10})(?:\s(?P<relayed>[^\s=（）()\[\]]{2,10}))?"
    r"=(?P<agency>[^\s=)）\]]{2,10})[)）\]]",
    r"【(?P<place>[^】\s]{1,12}?)(?P<agency>共同|時事)】",
))  # fmt: skip
# the Persian story's opening attribution, "according to the report of (the news agency)
# X": "به گزارش خبرگزاری ایسنا، ...", "به گزارش ایرنا، ...", "به گزارش خبرنگار ایسنا، ..."
_REPORTED = _regex.compile(
    rf"به\s+گزارش\s+(?:(?:خبرگزاری|خبرنگار)\s+)?(?P<agency>{_ALTS})\s*[،,]")
_OTHER_AGENCY = {"共同": "共同通信", "時事": "時事通信", "교도": "교도통신", "신화": "신화통신"}
# (a notice reserving rights, or dpa's line closing its text, "© dpa-infocom, dpa:240305-...")
_RESERVED = _regex.compile(r"rights|reserved|copyright|dpa-infocom|dpa:\d{6}", re.IGNORECASE)
_REUTERS_CREDIT = _regex.compile(r"\b(?:Reporting|Writing) by [^\n]{3,200}?;? Editing by ")
_SEARCH_CHARS = 600


@dataclass(slots=True)
class WireCredit:
    wire_source: str | None
    dateline: str | None = None
    start: int | None = None
    end: int | None = None


def _agencies(raw: str) -> list[str]:
    """``AFP``, ``AFP/Reuters``, ``AP, Reuters``: canonical names in order."""
    parts = re.split(r"\s*(?:/|,|;|\+|&|\band\b|\bwith\b)\s*", raw)
    return [name for part in parts if (name := canonical_agency(part))]


_LINE_BREAKS = _regex.compile(r"\n+")


def _paragraph_starts(text: str) -> list[int]:
    """Where the first four paragraphs of ``text`` start (the forms below are read there:
    worked out once per text)."""
    starts = [0]
    for match in _LINE_BREAKS.finditer(text, 0, _SEARCH_CHARS):
        starts.append(match.end())
        if len(starts) == 4:
            break
    return starts


def _dateline(text: str, starts: list[int]) -> WireCredit | None:
    for start in starts:
        match = _DATELINE.match(text, start)
        if match is None:
            continue
        place = match.group("place") or ""
        names = _agencies(match.group("agency"))
        if (place and place[0].islower()) or not (
                match.group("dash") or match.group("date") or (place and match.group("day"))
                or (place.isupper() and len(place) > 2)
                or (place and names and _SENTENCE.match(text, match.end()))):  # fmt: skip
            continue  # ("Mumbai, March 12 (IANS) Text": a place and its day, no dash;
            # "HELSINKI (STT) Text": a place in capitals; "Stockholm (TT) Regeringen":
            # a place, a known agency and the story's first sentence)
        span = match.group(0).rstrip()
        begin = match.start()
        if match.group("place") and canonical_agency(match.group("place")):
            begin = match.start("agency") - 1  # "Reuters (Reuters) -": a credit line, then
            span = text[begin : match.start() + len(span)]
        if names:
            return WireCredit(names[0], span, begin, begin + len(span))
        if place.isupper() and match.group("dash"):  # "WASHINGTON (CNN) —"
            return WireCredit(None, span, match.start(), match.start() + len(span))
    return None


def _other_dateline(text: str, starts: list[int]) -> WireCredit | None:
    """A dateline of another script's form naming an agency of the table."""
    for start in starts[:2]:
        for pattern in _OTHER_DATELINES:
            match = pattern.match(text, start)
            if match is None:
                continue
            raw = (match.groupdict().get("relayed") or "").strip()
            name = canonical_agency(_OTHER_AGENCY.get(raw, raw)) if raw else None
            raw = match.group("agency").strip()  # (the story's own agency before its relay's)
            name = name or canonical_agency(_OTHER_AGENCY.get(raw, raw))
            if name is not None:
                return WireCredit(name, match.group(0), match.start(), match.end())
    return None


def _opening_credit(text: str, starts: list[int]) -> str | None:
    """The agency an opening attribution names (:data:`_REPORTED`), in the story's first
    two paragraphs."""
    for start in starts[:2]:
        if text.startswith("به", start) and (match := _REPORTED.match(text, start)):
            return canonical_agency(match.group("agency"))
    return None


def _plain_dateline(text: str, starts: list[int]) -> WireCredit | None:
    for start in starts[:2]:
        match = _PLAIN_DATELINE.match(text, start)
        if match and not _kicker(match.group("place")):
            span = match.group(0).rstrip()
            return WireCredit(None, span, match.start(), match.start() + len(span))
    return None


def _kicker(place: str) -> bool:
    """A story's label in capitals, not a place: "UPDATE", "DEAR ABBY", "EDITOR'S NOTE"."""
    label = " ".join(place.replace("’", "'").split()).strip(" .-'")
    return label in _KICKERS or label.startswith(("DEAR ", "EDITOR"))


def _closing_credit(text: str, left_out: bool = False) -> str | None:
    """The agency a closing line credits; ``left_out``: lines the story's text left out,
    where a bare "© AFP" is a picture's credit (a notice reserving rights still counts)."""
    tail = text[-400:]
    last = tail.rstrip().rsplit("\n", 1)[-1].strip()
    if (len(last.split("/(", 1)[0]) <= _LAST_LINE_MAX and (left_out or "\n" in tail.rstrip())
            and (line := _LAST_LINE.fullmatch(last)) is not None
            and (name := canonical_agency(line.group("agency"))) is not None):  # fmt: skip
        return name
    for match in _CLOSING.finditer(tail):
        name = canonical_agency(match.group("agency"))
        if name is None or (len(match.group("agency")) <= 3 and name in ("PA", "CP")):
            continue
        opening = match.group(0).lstrip(" \n.-–—")
        if left_out and opening.startswith(("©", "(c)", "(C)")) and not _RESERVED.search(
                tail[match.start() : match.start() + 200]):  # fmt: skip
            continue
        return name
    if "Editing by " in (end := text[-1500:]) and _REUTERS_CREDIT.search(end):
        return "Reuters"
    return None


def find_wire(text: str, closing: str = "") -> WireCredit:
    """The agency a story credits and its dateline (offsets into ``text``). ``closing``:
    the lines after the story its text leaves out (a source line, a copyright notice)."""
    starts = _paragraph_starts(text)
    found = _dateline(text, starts) or _other_dateline(text, starts)
    if found is not None:
        return found
    plain = _plain_dateline(text, starts)
    source = _opening_credit(text, starts) or _closing_credit(text) or (
        _closing_credit(closing, True) if closing else None)
    if plain is not None:
        plain.wire_source = source
        return plain
    return WireCredit(source)
