"""Parse the date strings pages carry into aware UTC datetimes (no third-party parser).

Handles ISO 8601 and its common variants (``Z``, ``+0000``, fractional seconds, a space
instead of ``T``), RFC 2822 (``Tue, 19 Nov 2019 10:00:00 GMT``), epoch seconds or
milliseconds, written dates in several languages ("November 19, 2019", "19 Nov 2019",
"12. März 2019", "27 juin 2019", "15 de marzo de 2019", "2019年3月12日"), numeric dates
("12.03.2019", "31.10.23", "2019/03/12", "03/12/2019") and dates in URLs (``/2019/11/19/``,
``/20191119/``, ``2019-11-19``). Years before 1990 or far ahead are refused.

:func:`parse_stamp` also keeps the UTC offset the text states (minutes east of UTC), so that
the day the page states stays recoverable from the UTC time: ``when + offset``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import NamedTuple

from .. import _regex
from ._alternation import alternation

__all__ = ["MIN_YEAR", "MONTH_NAMES", "Stamp", "all_text_dates", "date_from_url",
           "find_text_date", "parse_date", "parse_stamp", "text_date_spans", "text_dates"]

MIN_YEAR, _MAX_YEAR = 1990, 2100
# the decimal digits of other scripts, read as ASCII ones (one character for one: a match's
# offsets stay those of the text): Arabic-Indic, Persian, Devanagari, Bengali, Thai, full width
_DIGIT_ZEROS = (0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0xFF10, 0x1040)
_DIGITS = {zero + i: str(i) for zero in _DIGIT_ZEROS for i in range(10)}
# (a search finds whether a text holds one far faster than a translation copies it)
_OTHER_DIGIT = _regex.compile(
    "[" + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in _DIGIT_ZEROS) + "]")


def _ascii_digits(text: str) -> str:
    """``text`` with other scripts' digits as ASCII ones and the Levant's two-word month
    names as one word, each character where it was (offsets stay the text's)."""
    if text.isascii():
        return text
    if _OTHER_DIGIT.search(text) is not None:
        text = text.translate(_DIGITS)
    if "تشرين" in text or "كانون" in text:
        text = _LEVANT_MONTH.sub(
            lambda m: _LEVANT_NAMES[(m[1], m[2].removeprefix("ال"))].ljust(len(m[0])), text)
    return text


# the Levant's and Iraq's months of two words ("14 تشرين الأول 2025", "تشرين الأول/أكتوبر"),
# read as the one-word names of Egypt and the Gulf
_LEVANT_MONTH = _regex.compile(r"(تشرين|كانون)\s+((?:ال)?(?:أول|ثاني))(?:\s*/\s*[^\s\d/]+)?")
_LEVANT_NAMES = {("تشرين", "أول"): "أكتوبر", ("تشرين", "ثاني"): "نوفمبر",
                 ("كانون", "أول"): "ديسمبر", ("كانون", "ثاني"): "يناير"}  # fmt: skip

_ISO = _regex.compile(
    r"(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}\b|UTC|GMT)?",
    re.IGNORECASE,
)
_MONTH_NAMES = (
    # en, de, fr, es, it, pt, nl, sv/da/no, pl and ru (genitive), tr, tl, ha ("Yuni 18, 2025",
    # "18 Yuni, 2025"; its October is sw's too)
    "jan january januar jänner jän janvier janv enero gennaio janeiro januari stycznia января ocak"
    " janairu",
    "feb february februar feber février fevrier févr fév fev febrero febbraio fevereiro februari"
    " lutego февраля şubat subat pebrero fabrairu",
    "mar march märz maerz mär mrz mars marzo março marco maart marts marca марта mart marso mac"
    " maris",
    "apr april avril avr abril aprile kwietnia апреля nisan afrilu",
    "may mai mayo maggio maio mei maj maja мая mayıs mayis mayu",
    "jun june juni juin junio giugno junho czerwca июня haziran hunyo yuni",
    "jul july juli juillet juil julio luglio julho lipca июля temmuz hulyo julai yuli",
    "aug august août aout agosto augustus augusti sierpnia августа ağustos agustos ogos"
    " agusta",
    "sep sept september septembre septiembre setiembre settembre setembro września"
    " сентября eylül eylul setyembre satumba",
    "oct october oktober okt octobre octubre ottobre outubro października октября ekim oktubre"
    " oktoba",
    "nov november novembre noviembre novembro listopada ноября kasım kasim nobyembre nuwamba",
    "dec december dezember dez décembre decembre déc diciembre dicembre dezembro desember"
    " grudnia декабря aralık aralik disyembre disember disamba",
)
_DAY_FIRST_MONTH_NAMES = (
    # only after the day (or the year): es/it/pt/nl abbreviations; cs, sk, ro, fi, hu, id,
    # ca, uk and el (genitive); ar (the Gregorian names of Egypt and the Gulf, the one-word
    # ones of the Levant) and hi
    "ene gen ledna januára ianuarie tammikuuta január gener січня ιανουαρίου ιαν янв sty"
    " يناير جانفي जनवरी",
    "února februára februarie helmikuuta február febrer лютого φεβρουαρίου φεβ фев lut"
    " فبراير شباط फ़रवरी फरवरी",
    "mrt března martie maaliskuuta március maret març березня μαρτίου μαρ мар مارس آذار मार्च",
    "abr dubna apríla aprilie huhtikuuta április квітня απριλίου απρ апр kwi أبريل ابريل نيسان"
    " अप्रैल",
    "mag května mája toukokuuta május maig травня μαΐου μαίου μαΐ μαϊ مايو أيار मई",
    "giu června júna iunie kesäkuuta június juny червня ιουνίου ιουν июн cze يونيو يونيه حزيران"
    " जून",
    "lug července júla iulie heinäkuuta július juliol липня ιουλίου ιουλ июл lip يوليو يوليه تموز"
    " जुलाई",
    "ago srpna augusta elokuuta augusztus agost серпня αυγούστου αυγ авг sie أغسطس اغسطس آب अगस्त",
    "set září septembra septembrie syyskuuta szeptember setembre вересня σεπτεμβρίου σεπ сен wrz"
    " سبتمبر أيلول सितंबर सितम्बर",
    "ott out října októbra octombrie lokakuuta október жовтня οκτωβρίου οκτ окт paź"
    " أكتوبر اكتوبر अक्टूबर अक्तूबर",
    "listopadu novembra noiembrie marraskuuta листопада νοεμβρίου νοε ноя lis نوفمبر नवंबर नवम्बर",
    "dic prosince decembra decembrie joulukuuta desembre грудня δεκεμβρίου δεκ дек gru ديسمبر दिसंबर"
    " दिसम्बर",
)
_MORE_DAY_FIRST_MONTH_NAMES = (
    # day first as well: hr (genitive; its October, "listopada", is pl's November above),
    # sr (Latin and Cyrillic), bg, mk, et, he (alone and with the prefix "ב", "in"), ka,
    # ta, az / uz, kk, sq, is (its "október" is hu's above), af, gl, ms, sw (its October,
    # ha's, above); hy (genitive); sl (its genitives of September to December
    # and May are sk's and pl's above)
    "siječnja јануар јануари януари jaanuar ינואר בינואר იანვარი ஜனவரி yanvar қаңтар janar"
    " janúar januarie xaneiro"
    " հունվարի januarja",
    "veljače фебруар февруари veebruar פברואר בפברואר თებერვალი பிப்ரவரி fevral ақпан shkurt"
    " febrúar febreiro"
    " փետրվարի februarja",
    "ožujka март märts מרץ במרץ მარტი மார்ச் наурыз machi"
    " մարտի marec",
    "travnja април aprill אפריל באפריל აპრილი ஏப்ரல் aprel сәуір prill apríl aprili"
    " ապրիլի aprila",
    "svibnja мај май מאי במאי მაისი மே мамыр maí"
    " մայիսի",
    "lipnja јун юни јуни juuni יוני ביוני ივნისი ஜூன் iyun маусым qershor júní junie xuño"
    " հունիսի junij junija",
    "srpnja јул юли јули juuli יולי ביולי ივლისი ஜூலை iyul шілде korrik júlí julie xullo"
    " հուլիսի julij julija",
    "kolovoza avgust август אוגוסט באוגוסט აგვისტო ஆகஸ்ட் avqust тамыз gusht ágúst agosti"
    " օգոստոսի avgusta",
    "rujna septembar септембар септември ספטמבר בספטמבר სექტემბერი செப்டம்பர் sentyabr sentabr"
    " қыркүйек shtator septemba"
    " սեպտեմբերի",
    "oktobar октобар октомври oktoober אוקטובר באוקטובר ოქტომბერი அக்டோபர் oktyabr oktabr"
    " қазан tetor"
    " հոկտեմբերի oktobra",
    "studenoga studenog novembar новембар ноември נובמבר בנובמבר ნოემბერი நவம்பர் noyabr"
    " қараша nëntor nóvember novemba"
    " նոյեմբերի",
    "prosinca decembar децембар декември detsember דצמבר בדצמבר დეკემბერი டிசம்பர் dekabr"
    " желтоқсан dhjetor decembro desemba"
    " դեկտեմբերի",
)
_LATVIAN_MONTH_NAMES = (
    # lv, day first ("5. janvāris 2024", "5. janvārī"), its March ("marts") being da's above
    "janvāris janvārī", "februāris februārī", "martā", "aprīlis aprīlī", "maijs maijā",
    "jūnijs jūnijā", "jūlijs jūlijā", "augusts augustā", "septembris septembrī",
    "oktobris oktobrī", "novembris novembrī", "decembris decembrī",
)
_LITHUANIAN_MONTH_NAMES = (
    # lt, genitive, written after the year ("2024 m. sausio 5 d.", read by _LT_YMD)
    "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio",
    "rugsėjo", "spalio", "lapkričio", "gruodžio",
)
_THAI_MONTH_NAMES = (
    # th, day first too, with the abbreviations news pages write ("12 มี.ค. 2567": the
    # year of the Buddhist era, read by _THAI_ERA below)
    "มกราคม ม.ค.", "กุมภาพันธ์ ก.พ.", "มีนาคม มี.ค.", "เมษายน เม.ย.", "พฤษภาคม พ.ค.",
    "มิถุนายน มิ.ย.", "กรกฎาคม ก.ค.", "สิงหาคม ส.ค.", "กันยายน ก.ย.", "ตุลาคม ต.ค.",
    "พฤศจิกายน พ.ย.", "ธันวาคม ธ.ค.",
)
_BUDDHIST_ERA = 543  # Thai years: 2567 is 2024
_SOUTH_ASIAN_MONTH_NAMES = (
    # bn (both spellings of the long i, and ya with nukta in one code point or two) and ur,
    # day first: "৫ জানুয়ারি ২০২৪", "5 جنوری 2024" (their digits read by _DIGITS); mr, gu,
    # pa, te, kn and ml the same way ("१४ जुलै २०२५", "12 മാർച്ച് 2025"), their spellings
    # of the English names (mr's March and June are hi's above); my too, with its digits
    # ("၁၂ မတ် ၂၀၂၅")
    "জানুয়ারি জানুয়ারী জানুয়ারি জানুয়ারী جنوری जानेवारी જાન્યુઆરી ਜਨਵਰੀ జనవరి ಜನವರಿ ജനുവരി"
    " ဇန်နဝါရီ",
    "ফেব্রুয়ারি ফেব্রুয়ারী ফেব্রুয়ারি ফেব্রুয়ারী فروری फेब्रुवारी ફેબ્રુઆરી ਫਰਵਰੀ ਫ਼ਰਵਰੀ"
    " ఫిబ్రవరి ಫೆಬ್ರವರಿ ഫെബ്രുവരി"
    " ဖေဖော်ဝါရီ",
    "মার্চ مارچ માર્ચ ਮਾਰਚ మార్చి మార్చ్ ಮಾರ್ಚ್ മാർച്ച്"
    " မတ်",
    "এপ্রিল اپریل एप्रिल એપ્રિલ ਅਪ੍ਰੈਲ ਅਪਰੈਲ ఏప్రిల్ ಏಪ್ರಿಲ್ ഏപ്രിൽ"
    " ဧပြီ",
    "মে مئی मे મે ਮਈ మే ಮೇ മേയ് മെയ്"
    " မေ",
    "জুন جون જૂન ਜੂਨ జూన్ ಜೂನ್ ജൂൺ"
    " ဇွန်",
    "জুলাই جولائی जुलै જુલાઈ ਜੁਲਾਈ జూలై జులై ಜುಲೈ ജൂലൈ"
    " ဇူလိုင်",
    "আগস্ট আগষ্ট اگست ऑगस्ट ઑગસ્ટ ઓગસ્ટ ਅਗਸਤ ఆగస్టు ఆగష్టు ಆಗಸ್ಟ್ ഓഗസ്റ്റ് ആഗസ്റ്റ്"
    " ဩဂုတ် သြဂုတ်",
    "সেপ্টেম্বর ستمبر सप्टेंबर સપ્ટેમ્બર ਸਤੰਬਰ సెప్టెంబర్ సెప్టెంబరు ಸೆಪ್ಟೆಂಬರ್ സെപ്റ്റംബർ"
    " စက်တင်ဘာ",
    "অক্টোবর اکتوبر ऑक्टोबर ઑક્ટોબર ઓક્ટોબર ਅਕਤੂਬਰ అక్టోబర్ అక్టోబరు ಅಕ್ಟೋಬರ್ ഒക്ടോബർ"
    " အောက်တိုဘာ",
    "নভেম্বর نومبر नोव्हेंबर નવેમ્બર ਨਵੰਬਰ నవంబర్ నవంబరు ನವೆಂಬರ್ നവംബർ"
    " နိုဝင်ဘာ",
    "ডিসেম্বর دسمبر डिसेंबर ડિસેમ્બર ਦਸੰਬਰ డిసెంబర్ డిసెంబరు ಡಿಸೆಂಬರ್ ഡിസംബർ"
    " ဒီဇင်ဘာ",
)
_MONTH_GROUPS = (_MONTH_NAMES, _DAY_FIRST_MONTH_NAMES, _MORE_DAY_FIRST_MONTH_NAMES,
                 _LATVIAN_MONTH_NAMES, _LITHUANIAN_MONTH_NAMES, _THAI_MONTH_NAMES,
                 _SOUTH_ASIAN_MONTH_NAMES)  # fmt: skip
_MONTHS = {name: i + 1 for group in _MONTH_GROUPS
           for i, names in enumerate(group) for name in names.split()}  # fmt: skip
MONTH_NAMES = frozenset(_MONTHS)
"""Every month name and abbreviation the date patterns read (lower case)."""
assert len(_MONTHS) == sum(len(n.split()) for g in _MONTH_GROUPS for n in g), (
    "a name in two months")
# factored by first letters (twice as fast); a date has one month name: "mar" and "march"
# never both lead to a match, as a letter follows the prefix
_MONTH_RE = alternation(sorted(_MONTHS, key=len, reverse=True), ignore_case=True)
_MONTH_FIRST_RE = alternation(sorted({n for names in _MONTH_NAMES for n in names.split()},
                                     key=lambda n: (-len(n), n)), ignore_case=True)  # fmt: skip
"""Month names written before the day ("March 12, 2019"): the genitives and abbreviations
of the languages that write the day first are left out (a third of the search's cost)."""


def _lead_number(not_after: str) -> str:
    """A one- or two-digit number not preceded by a character of ``not_after``: the check
    sits behind the first digit, so the regex engine can skip to the digits of the text
    (a pattern opening with a look-behind tries every position, 2-4x slower)."""
    return rf"(\d(?<![{not_after}]\d)\d?)"


def _lead_year(not_after: str) -> str:
    """A year 19xx or 20xx not preceded by a character of ``not_after`` (as above)."""
    return rf"((?:1(?<![{not_after}]1)9|2(?<![{not_after}]2)0)\d{{2}})"


_DAY = r"(?:st|nd|rd|th|er|º|°)?"  # an ordinal's ending after the day's digits
_NUMBER_NOT_IN_WORD = _lead_number(r"\w.")
_NUMBER_NOT_IN_NUMBER = _lead_number(r"\d.")
_NUMBER_NOT_AFTER_BAR = _lead_number(r"\d|")
_NUMBER_NOT_AFTER_SLASH = _lead_number(r"\d/")
_NUMBER_NOT_AFTER_DASH = _lead_number(r"\d-")
_YEAR_NOT_IN_NUMBER = _lead_year(r"\d.")
_DAY_YEAR = rf"(\d{{1,2}}){_DAY},?\s+((?:19|20)\d{{2}})\b"  # "3, 2019" of "May 3, 2019"
_TEXT_MDY = _regex.compile(rf"(?<!\w)({_MONTH_FIRST_RE})\.?\s+{_DAY_YEAR}", re.I)
_TEXT_MDY_AHEAD = _regex.compile(_DAY_YEAR, re.I)
"""The day and year of a month-first date: a text without them holds no such date, and
this search (from digits) is 4x cheaper than the date's (from every word's start)."""
_TEXT_DMY = _regex.compile(
    rf"{_NUMBER_NOT_IN_WORD}{_DAY}\.?\s*(?:de\s+|d['’]|-)?({_MONTH_RE})\.?\s?[,،]?\s*(?:de\s+|-)?"
    rf"((?:19|20)\d{{2}}\b|\d{{2}}(?=\s*(?:[)\]|]|$)))",
    re.I,
)
"""A two-digit year after a month name only where the date ends a field or a bracket
("(Pescasseroli, 14 Gennaio 20)"): "14 January 20 people" is not a date."""
_CJK = _regex.compile(r"((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_ERA_START = {"令和": 2019, "平成": 1989, "民國": 1912, "中華民國": 1912, "民国": 1912}
_CJK_ERA = _regex.compile(
    r"(?:(令和|平成|(?:中華)?民國|民国)\s*(\d{1,3}|元)|(?<![\d.,/])(1[01]\d|12\d))\s*年"
    r"\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
)
"""A year of an era: Japan's ("令和6年3月5日", "令和元年": the era's first year, 2019) and
the Republic of China's, which Taiwanese pages write with its name or bare ("中華民國113年3月5日",
"113年3月5日": 1911 + 113 = 2024; a bare one of 100 to 129)."""
_YMD_DOTTED = _regex.compile(
    rf"{_YEAR_NOT_IN_NUMBER}\.\s*(?:({_MONTH_RE})\s+|(\d{{1,2}})\.\s?)(\d{{1,2}})\.(?!\d)", re.I
)
"""Year, month and day each closed by a dot, as Hungarian ("2019. március 12.") and Korean
("2019. 3. 12. 오후 3:00") write them."""
_SOLAR_MONTH_NAMES = (
    # the months of the Solar Hijri year (Iran's names, then Afghanistan's zodiac ones)
    "فروردین حمل", "اردیبهشت ثور", "خرداد جوزا", "تیر سرطان", "مرداد امرداد اسد",
    "شهریور سنبله", "مهر میزان", "آبان عقرب", "آذر قوس", "دی جدی", "بهمن دلو", "اسفند حوت",
)
_SOLAR_MONTHS = {name: i + 1 for i, names in enumerate(_SOLAR_MONTH_NAMES)
                 for name in names.split()}  # fmt: skip
_SOLAR_HIJRI = _regex.compile(
    rf"{_NUMBER_NOT_IN_WORD}\s*({alternation(sorted(_SOLAR_MONTHS), ignore_case=False)})"
    r"\s*(1[34]\d{2})(?!\d)"
)
"""A day, a month and a year of the Solar Hijri calendar ("۱۵ دی ۱۴۰۲": 2024-01-05)."""
_SOLAR_LEAP = frozenset((1, 5, 9, 13, 17, 22, 26, 30))  # 366-day years of its 33-year cycle
_SOLAR_YEARS_BEFORE = 1410  # a year in digits below this is a Solar Hijri one (1409: 2030)
_NOWRUZ_1403 = date(2024, 3, 20)  # 1 Farvardin 1403
_BALTIC_MONTH_RE = alternation(
    sorted({n for names in (*_LITHUANIAN_MONTH_NAMES, *_LATVIAN_MONTH_NAMES)
            for n in names.split()}), ignore_case=True)  # fmt: skip
_LT_YMD = _regex.compile(
    rf"{_YEAR_NOT_IN_NUMBER}\s*m\.\s*({_BALTIC_MONTH_RE})\s+(\d{{1,2}})\s*d\.", re.I
)
"""Lithuanian year, month and day: "2024 m. sausio 5 d."."""
_LV_YDM = _regex.compile(
    rf"{_YEAR_NOT_IN_NUMBER}\.\s*gada\s+(\d{{1,2}})\.\s*({_BALTIC_MONTH_RE})", re.I
)
"""Latvian year, day and month: "2024. gada 5. janvārī"."""
_VI = _regex.compile(r"(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?((?:19|20)\d{2})", re.I)
"""Vietnamese "12 tháng 3 năm 2019" (day, month, year)."""
_THAI_ERA = _regex.compile(
    rf"{_NUMBER_NOT_IN_WORD}\s*"
    rf"({alternation(sorted(n for m in _THAI_MONTH_NAMES for n in m.split()), ignore_case=False)})"
    r"\s*(?:พ\.\s?ศ\.\s*)?(25\d{2})(?!\d)"
)
"""A day, a month name and a year of the Buddhist era ("12 มีนาคม 2567"; 2567 - 543 = 2024)."""
_YMD = _regex.compile(
    r"((?:1(?<![\d.]1)(?:9\d|3\d|40)|2(?<![\d.]2)0\d)\d)([/.-])(\d{1,2})\2(\d{1,2})(?![\d.])")
"""Year, month and day between slashes, dots or hyphens ("2019/03/12", "2019-03-12"); a
year 13xx or 140x is the Solar Hijri calendar's, as Iranian and Afghan pages write the day
in digits ("۱۴۰۲/۱۲/۲۵": 2024-03-15; the Lunar Hijri years of the web's time are 1410 and
later, and are not read)."""
_DMY_DOT = _regex.compile(
    rf"{_NUMBER_NOT_IN_NUMBER}\.\s?(\d{{1,2}})\.\s?((?:19|20)\d{{2}}|\d{{2}})(?!\d)"
)
_DMY_BAR = _regex.compile(
    rf"{_NUMBER_NOT_AFTER_BAR}\s?\|\s?(\d{{1,2}})\s?\|\s?((?:19|20)\d{{2}})(?![\d|])"
)
"""Day, month and year between bars ("26 | 01 | 2022")."""
_SLASH = _regex.compile(
    rf"{_NUMBER_NOT_AFTER_SLASH}/(\d{{1,2}})/((?:19|20|25)\d{{2}})(?![\d/])"
)  # (a year 25xx: the Buddhist era's, "05/03/2567" on Thai pages)
_DASHED = _regex.compile(rf"{_NUMBER_NOT_AFTER_DASH}-(\d{{1,2}})-((?:19|20)\d{{2}})(?![\d-])")
"""Day, month and year between hyphens ("05-01-2024", nl / de / pt / in pages), in the
order ``day_first`` says as for slashes."""
# (pattern, field order, characters one of which every match holds, a cheaper search
# every match's text matches too: a text without any such character or without a match
# of that search is not searched)
_FORMS = ((_TEXT_MDY, "mdy", "", _TEXT_MDY_AHEAD), (_TEXT_DMY, "dmy", "", None),
          (_CJK, "ymd", "年년", None), (_CJK_ERA, "era", "年", None),
          (_YMD, "ymd", "/.-", None), (_DMY_DOT, "dmy", ".", None),
          (_DMY_BAR, "dmy", "|", None), (_SLASH, "slash", "/", None),
          (_DASHED, "slash", "-", None),
          (_YMD_DOTTED, "ymd", ".", None), (_VI, "dmy", "áÁ", None),
          (_LT_YMD, "ymd", ".", None), (_LV_YDM, "ydm", ".", None),
          (_THAI_ERA, "dmy_be", "มยพค", None), (_SOLAR_HIJRI, "dmy_sh", "ردنوم", None))  # fmt: skip
# the time of day after a date: "14:05", "14h05", "2:05 pm", "2:05 p.m.", "14時05分" (ja,
# zh), "14시 05분", "00:30 Uhr", the afternoon word before it ("오후 2:32", "下午 02:32")
_CLOCK = _regex.compile(
    r"\s*(?:,|um|à|às|at|-|\||T(?=\d))?\s*(?:(?P<half>오전|오후|上午|下午|午前|午後)\s*)?"
    r"(\d{1,2})(?:[:h.]|[時时點点]|시\s?)(\d{2})(?:[分분])?"
    r"(?::(\d{2}))?(?!\d)\s*(?:([ap])\.?\s?m\b\.?)?(?:\s*Uhr\b)?",  # "pm", "PM", "p.m."
    re.I,
)
_AFTERNOON = frozenset(("오후", "下午", "午後"))  # the half-day words of the afternoon
# a time of day written before the date it belongs to, "9:15 PM EST, March 7, 2024" (the
# AP's style): a clock with a colon, then its half of the day or zone, then at most a comma
_CLOCK_BEFORE = _regex.compile(
    r"(?<![\d:.])(\d{1,2}):(\d{2})(?!\d)\s*(?:([ap])\.?\s?m\b\.?)?(?P<zone>\s*\(?[A-Z]{2,4}\)?)?"
    r"\s*[,|]?\s*(?:on\s+)?$", re.I
)
# the time zone a page writes after its time of day: "(GMT+7)", "UTC+05:30", "+02:00",
# "GMT", or a zone's abbreviation that names one offset (not "IST", "CST", "BST": each
# names several); a summer-time abbreviation names its own offset, the US zones' bare
# letters ("9:30 p.m. ET") the offset of the day's season
_ZONE = _regex.compile(
    r"\s*\(?(?:(?:GMT|UTC)\s*(?:([+\-−])\s*(\d{1,2})(?::?(\d{2}))?)?|([+-]\d{2}:?\d{2})"
    r"|([A-ZА-Я]{2,4}))\)?(?![\w+-])"
)
_ZONE_OFFSETS = {
    "WIB": 420, "WITA": 480, "WIT": 540, "MSK": 180, "МСК": 180, "JST": 540, "KST": 540,
    "HKT": 480, "SGT": 480, "PHT": 480, "MYT": 480, "ICT": 420, "PKT": 300,
    "NPT": 345, "EAT": 180, "WAT": 60, "CAT": 120, "SAST": 120, "CET": 60,
    "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "WET": 0, "WEST": 60,
    "BRT": -180, "EST": -300, "EDT": -240, "CDT": -300, "MST": -420,
    "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
    "AWST": 480, "ACST": 570, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
}  # fmt: skip
_US_ZONES = {"ET": -300, "CT": -360, "MT": -420, "PT": -480}  # standard time; summer +60
# /2019/11/19/, /2019-11-19-slug, /20191119; unpadded only as folders: /2017/7/12/, not
# /2023/10/3-fragen-an-... (a slug opening with a number under a month's folder)
_URL_DATE = _regex.compile(
    r"/((?:19|20)\d{2})(?:[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|\b)"
    r"|/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:[/_.?#]|$))"
)


class Stamp(NamedTuple):
    """A moment in UTC and the offset (minutes east of UTC) the text stated, if any."""

    when: datetime
    offset: int | None


def _build(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0,
           offset: int | None = None) -> Stamp | None:  # fmt: skip
    if not MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        zone = timezone(timedelta(minutes=offset or 0))
        when = datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None
    return Stamp(when.astimezone(timezone.utc), offset)


def _offset(text: str | None) -> int | None:
    """Minutes east of UTC of ``Z``, ``UTC``, ``+05:30``, ``-0800``, ``+02``; None if absent."""
    if not text:
        return None
    if text.upper() in ("Z", "UTC", "GMT"):
        return 0
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None
    return sign * (hours * 60 + minutes)


def parse_date(value: object) -> datetime | None:
    """The first date found in ``value`` as an aware UTC datetime, else None."""
    stamp = parse_stamp(value)
    return stamp.when if stamp is not None else None


def parse_stamp(value: object, *, day_first: bool | None = True) -> Stamp | None:
    """The first date found in ``value`` (a machine-readable value or a short text)."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_epoch(float(value))
    text = _ascii_digits(str(value).strip()[:200])
    if not text:
        return None
    if text.isdigit() and len(text) in (10, 13):
        return _from_epoch(float(text))
    match = _ISO.search(text)
    if match:
        y, mo, d, h, mi, s, tz = match.groups()
        offset = _offset(tz) if h is not None else None
        return _build(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0), offset)
    if "," in text[:5] or re.match(r"\d{1,2} \w{3} \d{4} \d", text):
        stamp = _rfc2822(text)
        if stamp is not None:
            return stamp
    return find_text_date(text, day_first=day_first)


def _rfc2822(text: str) -> Stamp | None:
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    delta = parsed.utcoffset()
    offset = None if delta is None else int(delta.total_seconds() // 60)
    return _build(parsed.year, parsed.month, parsed.day, parsed.hour, parsed.minute,
                  parsed.second, offset)  # fmt: skip


def _year(text: str) -> int:
    year = int(text)
    if year < 100:  # two-digit years: the web's, 1990-2089
        year += 1900 if year >= 90 else 2000
    return year


def _with_clock(stamp: Stamp | None, text: str, end: int, start: int = 0) -> Stamp | None:
    """Add the time of day written right after the date ("12.03.2019, 14:05", "9:30 pm",
    "2019-03-12 14:05:30", "2024. 3. 5. 오후 2:32"), or else right before it, from
    ``start`` ("9:15 PM EST, March 7, 2024")."""
    if stamp is None:
        return stamp
    match = _CLOCK.match(text, end)
    if match is None:
        before = _CLOCK_BEFORE.search(text, 0, start) if start and ":" in text[:start] else None
        if before is None:
            return stamp
        zone = before.start("zone") if before.group("zone") else -1
        return _clocked(stamp, before.group(1, 2), None, before.group(3), text, zone)
    afternoon = match.group("half") in _AFTERNOON
    return _clocked(stamp, match.group(2, 3), match.group(4), "p" if afternoon else match.group(5),
                    text, match.end())  # fmt: skip


def _clocked(stamp: Stamp, clock: tuple[str, str], seconds: str | None, half: str | None,
             text: str, zone_at: int) -> Stamp:  # fmt: skip
    """``stamp``'s day at the clock read, in the zone written at ``zone_at`` (if not -1)."""
    hour, minute, second = int(clock[0]), int(clock[1]), int(seconds or 0)
    half = (half or "").lower()
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return stamp
    day = stamp.when
    offset = _zone_offset(text, zone_at, day) if zone_at >= 0 else None
    if offset is None:
        return Stamp(day.replace(hour=hour, minute=minute, second=second), None)
    return _build(day.year, day.month, day.day, hour, minute, second, offset) or stamp


def _zone_offset(text: str, end: int, day: datetime) -> int | None:
    """Minutes east of UTC of the time zone written at ``end`` (after a time of day), if
    one is ("10:30 (GMT+7)", "10:30 WIB", "14:05 MESZ", "9:30 UTC", "9:30 p.m. ET"); ``day``:
    the date the clock belongs to."""
    match = _ZONE.match(text, end)
    if match is None:
        return None
    sign, hours, minutes, numeric, name = match.groups()
    if name is not None:
        if name in _US_ZONES:
            return _US_ZONES[name] + (60 if _us_summer(day.date()) else 0)
        return _ZONE_OFFSETS.get(name)
    if hours is None:
        return _offset(numeric or "UTC")  # "+02:00", or "GMT" / "UTC" alone
    return _offset(f"{'-' if sign in '-−' else '+'}{int(hours):02d}{minutes or ''}")


def _us_summer(day: date) -> bool:
    """Whether US clocks are on summer time on ``day``: from the second Sunday of March to
    the first Sunday of November (the rule since 2007; the switching days count as winter)."""
    march = date(day.year, 3, 8)
    november = date(day.year, 11, 1)
    start = march + timedelta(days=(6 - march.weekday()) % 7)
    end = november + timedelta(days=(6 - november.weekday()) % 7)
    return start < day < end


def _forms_in(text: str) -> Iterator[tuple[re.Pattern[str], str]]:
    """(pattern, field order) of the date forms ``text`` may hold (see ``_FORMS``)."""
    for pattern, order, needs, ahead in _FORMS:
        if needs and not any(char in text for char in needs):
            continue
        if ahead is not None and ahead.search(text) is None:
            continue
        yield pattern, order


def _dated_matches(text: str, day_first: bool | None) -> Iterator[tuple[re.Match[str], Stamp]]:
    """Every date written in ``text``, each form's matches in turn, with its stamp (the
    match's offsets are the text's: other scripts' digits are read one for one)."""
    text = _ascii_digits(text)
    for pattern, order in _forms_in(text):
        for match in pattern.finditer(text):
            stamp = _from_match(match, order, day_first)
            if stamp is not None:
                yield match, stamp


def all_text_dates(text: str, *, day_first: bool | None = True) -> list[tuple[int, Stamp]]:
    """Every date written in ``text`` and where it starts (each form's matches, in no
    particular order)."""
    return list(text_dates(text, day_first=day_first))


def text_dates(text: str, *, day_first: bool | None = True) -> Iterator[tuple[int, Stamp]]:
    """:func:`all_text_dates` one by one, for a caller that may stop at one of them (each
    form's search over the text is made only when the one before is done)."""
    return ((match.start(), stamp) for match, stamp in _dated_matches(text, day_first))


def text_date_spans(text: str, *, day_first: bool | None = True) -> list[tuple[int, int]]:
    """(start, end) of every date written in ``text`` (each form's matches)."""
    return [(match.start(), match.end()) for match, _stamp in _dated_matches(text, day_first)]


def find_text_date(text: str, *, day_first: bool | None = True) -> Stamp | None:
    """The first date written in running text, in any of the supported forms.

    ``day_first`` settles "03/04/2019" (3 April, else March 4); None: the page's language
    writes the year first, its two digits too ("24.03.05" is 5 March 2024, ko and ja), and
    the month before the day. Unambiguous forms are read as they are. The earliest match
    in the text wins.
    """
    found: list[tuple[int, int, Stamp]] = []  # (start, end, stamp)
    text = _ascii_digits(text)
    for pattern, order in _forms_in(text):
        for match in pattern.finditer(text):
            stamp = _from_match(match, order, day_first)
            if stamp is not None:
                found.append((match.start(), match.end(), stamp))
                break
    if not found:
        return None
    start, end, stamp = min(found, key=lambda item: item[0])
    return _with_clock(stamp, text, end, start)


def _month(name: str) -> int:
    """A month's number from its digits or its name (0, an invalid month, for a name matched
    only by case folding: "İ" lower-cased is two characters)."""
    return int(name) if name.isdigit() else _MONTHS.get(name.lower(), 0)


def _from_match(match: re.Match[str], order: str, day_first: bool | None) -> Stamp | None:
    groups = match.groups()
    if order == "mdy":
        return _build(int(groups[2]), _month(groups[0]), int(groups[1]))
    if order == "dmy_be":
        return _build(int(groups[2]) - _BUDDHIST_ERA, _month(groups[1]), int(groups[0]))
    if order == "dmy_sh":
        return _solar_hijri(int(groups[2]), _SOLAR_MONTHS[groups[1]], int(groups[0]))
    if order == "dmy" and not groups[1].isdigit():
        return _build(_year(groups[2]), _month(groups[1]), int(groups[0]))
    if order == "dmy" and day_first is None and len(groups[0]) == len(groups[2]) == 2:
        return _build(_year(groups[0]), int(groups[1]), int(groups[2]))  # "24.03.05" (ko, ja)
    if order == "dmy":
        return _build(_year(groups[2]), int(groups[1]), int(groups[0]))
    if order == "ymd":
        month = groups[-2] if groups[-2] is not None else groups[-3]  # digits, else a name
        year = int(groups[0])
        if year < _SOLAR_YEARS_BEFORE:  # (only _YMD reads such a year: a Solar Hijri day)
            return _solar_hijri(year, int(month), int(groups[-1])) if (
                1 <= int(month) <= 12) else None  # fmt: skip
        return _build(year, _month(month), int(groups[-1]))
    if order == "ydm":
        return _build(int(groups[0]), _month(groups[2]), int(groups[1]))
    if order == "era":
        era, number, bare, month, day = groups
        year = (_ERA_START[era] + (1 if number == "元" else int(number)) - 1 if era
                else 1911 + int(bare))  # fmt: skip
        return _build(year, int(month), int(day))
    first, second, year = int(groups[0]), int(groups[1]), int(groups[2])
    if year >= 2500:
        year -= _BUDDHIST_ERA
    if first > 12 or (day_first and second <= 12):
        first, second = second, first
    return _build(year, first, second)


def _solar_hijri(year: int, month: int, day: int) -> Stamp | None:
    """The Gregorian day of a Solar Hijri one: months of 31 days, then 30, the last 29 or
    30; leap years by the 33-year arithmetic cycle (true to the astronomical calendar over
    the years a web page can bear), counted from 1 Farvardin 1403 (20 March 2024)."""
    if not 1 <= day <= (31 if month <= 6 else 30):
        return None
    years = range(1403, year) if year >= 1403 else range(year, 1403)
    shift = sum(366 if y % 33 in _SOLAR_LEAP else 365 for y in years)
    into = 31 * (month - 1) if month <= 7 else 186 + 30 * (month - 7)
    day_of = _NOWRUZ_1403 + timedelta(days=(shift if year >= 1403 else -shift) + into + day - 1)
    return _build(day_of.year, day_of.month, day_of.day)


def _from_epoch(seconds: float) -> Stamp | None:
    if seconds > 1e11:
        seconds /= 1000.0
    try:
        when = datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    return Stamp(when, None) if MIN_YEAR <= when.year <= _MAX_YEAR else None


def date_from_url(url: str) -> datetime | None:
    """A publication day written in the URL path (``/2019/11/19/``), else None."""
    match = _URL_DATE.search(url)
    if match:
        year, month, day, month1, day1 = match.groups()
        stamp = _build(int(year), int(month or month1), int(day or day1))
        return stamp.when if stamp is not None else None
    return None
