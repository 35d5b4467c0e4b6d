"""Author names: JSON-LD author, meta conventions, byline markup and credit lines.

The result is a list of person names. Never a date, a "By"/"Von"/"Par" prefix, a job
title, "Staff" or a desk, a photo credit, an e-mail address or a URL, nor a site or an
organisation standing in for a person: a news agency named as the author is returned
apart (it belongs in ``wire_source``), other organisations are dropped. Sources in order
of trust: JSON-LD ``author`` (persons), author meta tags, the "Written by" pair of
Twitter card labels, then byline markup (``itemprop=author``, ``rel=author``, hCard
``.fn``, ``byline`` classes, links to author pages; then elements whose class or id names
an author or a user), then the first short line crediting someone ("By Ana Lima | May
3", "Posted on May 3 by Ana Lima"), all outside comments, related lists and sidebars. A
name from a field that holds names may be a user name; one from free text is a run of
capitalised words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .. import _regex
from ._alternation import Source, factored
from ._blocks import custom_tag, reading_size
from ._cover import covered, merged_extra
from ._openings import Openings, ascii_openings
from ._phrases import AUTHOR_LABELS, MORE_AUTHOR_LABELS, is_boiler_line, is_date_line
from .date_fallback import LABEL_WORDS, UPDATE_WORDS
from .marks import Marks
from .title import fold, site_words
from .wire import SPELLINGS, canonical_agency

__all__ = ["Authors", "find_authors", "split_names"]

_META_KEYS = (
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
    "dcterms.creator", "byl", "twitter:creator", "citation_author",
    "shareaholic:article_author_name", "article:author_name", "cxenseparse:author",
    "og:article:author",
)  # fmt: skip
# Byline markup, walked as the cheaper cover beside each list (``_cover.py``): the
# ``*=`` words of a group are found by the substring they share, then told apart here.
_BYLINE_CLASSES = ("byline", "Byline")  # [class*=...]: walked as [class*=yline]
# a[href*=...]: an author's page (en, de, fr, it, es, pt, pl: "/authors/", "/autores/", ...)
_AUTHOR_PATHS = ("/author/", "/autor/", "/autoren/", "/auteur/", "/autore/", "/authors/",
                 "/autores/", "/autori/", "/auteurs/", "/autorzy/")  # fmt: skip
_MARKED_KEPT = (
    "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .vcard .fn, byline,"
    " [data-testid*=byline], [data-component*=byline]"  # (a component framework's names)
)
_MARKED = ", ".join((_MARKED_KEPT, *(f"[class*={c}]" for c in _BYLINE_CLASSES),
                     *(f"a[href*='{p}']" for p in _AUTHOR_PATHS)))  # fmt: skip
_MARKED_COVER = f"{_MARKED_KEPT}, [class*=yline], a[href*='/aut']"
# Elements whose class or id names an author or a user
_AUTHOR_CLASSES = ("author", "autor", "auteur")  # [class*=...]: walked as [class*=ut]
_UT_CLASSES = ("Author", "contributor", *_AUTHOR_CLASSES)  # (a few more elements a page to
# tell apart, "button", "layout": two fewer alternatives for lexbor to try on each)
_USER_CLASSES = ("username", "user-name")  # [class*=...]: walked as [class*=user]
_AUTHOR_IDS = ("author-", "-author", "_author", "autor-")  # [id*=...] and [id=author]: [id*=aut]
_CLASSED_KEPT = (
    "[class*=writer], [class*=author] h3, [class*=author] h4, [class*=author] strong"
)
_CLASSED = ", ".join((_CLASSED_KEPT, *(f"[class*={c}]" for c in _UT_CLASSES + _USER_CLASSES),
                      "[id=author]", *(f"[id*={i}]" for i in _AUTHOR_IDS)))  # fmt: skip
_CLASSED_COVER = f"{_CLASSED_KEPT}, [class*=ut], [class*=user], [id*=aut]"
# ... and in the class names of the page's language ("yazar" on a Turkish page, "penulis"
# on an Indonesian one, "zuozhe" on a Chinese one): walked only where none of the above
# names one and the page declares that language (each word a walk's alternative: the
# walk costs about 0.02 ms a page and word)
_AUTHOR_CLASSES_BY_LANG = {
    "tr": ("yazar",), "id": ("penulis",), "ms": ("penulis",), "sl": ("avtor",),
    "ru": ("avtor",), "da": ("forfatter",), "no": ("forfatter",), "nb": ("forfatter",),
    "nn": ("forfatter",), "hu": ("szerzo",), "vi": ("tacgia", "tac-gia"), "zh": ("zuozhe",),
    "es": ("redactor", "firma"), "ro": ("redactor",), "it": ("firma",),  # ("signature")
}  # fmt: skip
_CLASSED_BY_LANG = {lang: ", ".join(f"[class*={c}]" for c in words)
                    for lang, words in _AUTHOR_CLASSES_BY_LANG.items()}  # fmt: skip


def _marked_extra(node: LexborNode) -> int:
    """How many more times :data:`_MARKED` lists ``node`` than :data:`_MARKED_COVER`."""
    attrs = node.attributes
    klass = attrs.get("class") or ""
    extra = merged_extra(klass, _BYLINE_CLASSES, "yline")
    if node.tag == "a":
        extra += merged_extra(attrs.get("href") or "", _AUTHOR_PATHS, "/aut")
    return extra


def _as_listed(node: LexborNode) -> int:
    """No more times than the selector list itself lists ``node`` (it is its own cover)."""
    return 0


def _classed_extra(node: LexborNode) -> int:
    """How many more times :data:`_CLASSED` lists ``node`` than :data:`_CLASSED_COVER`."""
    ident = node.id or ""
    extra = _classed_words_extra(node.attrs.get("class") or "")
    return extra + (ident == "author") + merged_extra(ident, _AUTHOR_IDS, "aut")


@lru_cache(maxsize=2048)
def _classed_words_extra(klass: str) -> int:
    """The class's part of :func:`_classed_extra` (pages repeat their class strings)."""
    return merged_extra(klass, _UT_CLASSES, "ut") + merged_extra(klass, _USER_CLASSES, "user")


_NOT_BYLINE_CLASS = Source(
    r"comment|avatar|bio\b|biography|image|img|photo|copyright|credit|authority|\borg\b"
)
_NOT_BYLINE_CLASS_ANY = factored(_NOT_BYLINE_CLASS)  # (the same yes/no answers)
# "by" in ar ("by the pen of"), he and th, words that always open a byline (unlike "di",
# "av", "de", which open sentences too): a credit line with or without a colon
_BY_WORDS = "بقلم|מאת|โดย"
_BY = _regex.compile(
    rf"^\s*(?:by|par|von|por|di|door|av|af|от|του|της|작성자)\b\s*:?\s*|^\s*(?:{_BY_WORDS})\s*:?\s+"
    r"|^\s*oleh\s*:\s*|^\s*ដោយ\s*[:៖]\s*", re.IGNORECASE  # km "by" and its colon
)
# ms/id "oleh", ha "Daga", sq "Nga", tl "Ni" (by) without a colon, before a name of two
# words or more ("Oleh Ahmad Faizal bin Abdullah", "Ni Juan dela Cruz"; "Oleh Sukhov" is a
# Ukrainian's name, and Balinese women's names open with "Ni" before their birth-order or
# caste name: "Ni Luh Made Sari", "Ni Putu Ayu")
_OLEH = _regex.compile(
    r"^(?:oleh|daga|nga|ni(?!\s+(?:luh|putu|made|kadek|komang|nyoman|ketut|wayan|gusti)\b))"
    r"\s+(?=\S+\s+\S)", re.IGNORECASE)
# "reporter", "author", "written by" (zh, ja, ko), the Chinese "text /" ("文/张伟", "文 | 张伟")
_CJK_LABELS = "记者|記者|作者|撰文|기자|文\\s*[/／|｜]|文(?=\\s*[：:])"  # ja "文：" (text:)
# "Posted on May 3 by Ana", "Blog Beitrag von Ana", "Erstellt von Ana": the name follows
_BY_INSIDE = _regex.compile(r"(?:^|\s)(?:by|von|par|por|door)\s+(?=\S)", re.IGNORECASE)
# a credit for the words and the pictures in one ("Text & Fotos:", "Words and pictures:",
# "Texte et photos :", "Texto y fotos:"): the writer's, whatever the photo word says
_WRITER_AND_PICTURES_WORDS = (
    r"(?:text|texte|texto|testo|tekst|words|story)\s*(?:&|und|and|/|,|et|y|e|i|og|en)\s*"
    r"(?:fotos?|photos?|bild(?:er)?|pictures|images?|immagini|zdjęcia)"
)
_LABEL = _regex.compile(
    r"^\s*(?:(?:written|posted|published|reported|created|geschrieben|verfasst|"
    r"veröffentlicht|erstellt|écrit|publié|rédigé|escrito|publicado|scritto|pubblicato)"
    rf"(?:\s+\w+)?\s+(?:by|von|par|por|da|door)|{AUTHOR_LABELS}|interview"
    # "Text:", "Text & Fotos:", "Words and pictures:" (a credit for both: the writer)
    rf"|{_WRITER_AND_PICTURES_WORDS}|text|texte|words|текст"
    rf"|{MORE_AUTHOR_LABELS})\s*[:՝]?\s+"  # (hy writes "՝" for the colon)
    # the CJK labels, a full-width colon or none before the name ("记者：张伟", "기자 김철수")
    rf"|^\s*(?:(?:本报)?(?:{_CJK_LABELS})\s*[:：]?\s*)+",
    re.IGNORECASE,
)
# a Korean reporter's name and title ("김철수 기자"), and the wire's dateline before it in a
# story's first line ("(서울=연합뉴스) 김철수 기자 =", "[서울=뉴시스] ...")
_KO_REPORTER = r"([가-힣]{2,4})\s?(?:기자|특파원)"  # (the name: group 1 where alone)
_KO_DATELINE = r"[\[(（][^\])）]{1,20}[\])）]"
# a Korean byline's name before its title and address ("김철수 기자 kim@example.co.kr")
_KO_ROLE = r"(?:기자|특파원|선임기자|논설위원)"
_KO_SUFFIX = _regex.compile(rf"^([가-힣]{{2,4}})\s?{_KO_ROLE}\b")
# ... several reporters: "김민지 기자, 이서준 기자", "김민지·이서준 기자"
_KO_ONE = rf"[가-힣]{{2,4}}(?:\s?{_KO_ROLE})?"
_KO_NAMES = _regex.compile(rf"^{_KO_ONE}(?:\s*[,·ㆍ]\s*{_KO_ONE})+$")
_KO_SEP = _regex.compile(r"\s*[,·ㆍ]\s*")
_KO_ROLE_TAIL = _regex.compile(rf"\s?{_KO_ROLE}$")
# a name in one word: Chinese, Japanese or Korean (a byline's other names are two words)
_ONE_WORD_NAME = _regex.compile(r"^(?:[\u3400-\u9fff\u3005]{2,4}|[가-힣]{2,4})$")
# ... and a Japanese one's, the line holding nothing else ("山田太郎記者"), or after the
# place it reports from ("ワシントン＝山田太郎記者", "（ワシントン＝山田太郎）")
_JA_NAME = r"[\u4e00-\u9fff\u3005]{2,5}"
_JA_PLACE = r"[^\s（）()【】＝]{1,12}"  # (a place, or a desk before a space: "政治部 ")
_JA_BYLINE = (rf"(?:[（(【]?{_JA_PLACE}[＝\s])?({_JA_NAME})\s?(?:記者|特派員)[）)】]?$"
              rf"|[（(【]?{_JA_PLACE}＝({_JA_NAME})[）)】]?$")  # fmt: skip
_JA_SUFFIX = _regex.compile(f"^(?:{_JA_BYLINE})")
_PARTS = _regex.compile(r"\s+(?:[|•·–—/]|-)\s+|\s*\n\s*")  # lines and spaced separators
_SPLIT = _regex.compile(
    r"\s*(?:,|;|&|\+|、|，|،)\s*|\s+(?:and|And|AND|und|et|en|og|och)\s+"
    # "and" in pl/hr/sr/bs, ru/bg/uk/mk, lt, lv, et/fi, tr, cs/sk, hu, ro, id/ms, el, ar/fa,
    # sl, sq, az, in lower case ("Dan Smith" is a name) and before a name of two words only:
    # several are "in", "at" or "to" elsewhere ("By Ana Lima in Berlin", "Av Ana Lima i Lund")
    # (and uk, vi)
    # (es/pt "y"/"e" join a person's two surnames too: "José García y Pérez", "Ana Souza e
    # Silva")
    r"|\s+(?:i|и|і|ir|un|ja|ve|a|és|și|şi|dan|και|و|in|dhe|və|та|và|y|e)\s+"
    r"(?=[^\W\d_]+\s+[^\W\d_])"
    # ... in scripts whose words hold vowel signs (hi, bn, ur, th)
    r"|\s+(?:और|ও|اور|และ)\s+(?=[^\W\d_]\S*\s+[^\W\d_])"
)
# Chinese and Japanese names: two to four ideographs, written without spaces, so a space
# between two of them parts two people ("张伟 李强"); "报道" ("reports") and "摄" ("photo")
# close a byline, not a name
_CJK_NAMES = _regex.compile(r"^[\u3400-\u9fff]{2,4}(?:\s+[\u3400-\u9fff]{2,4})+$")
_CJK_CLOSING = ("报道", "報導", "报导", "摄影", "攝影", "摄", "攝")
# the reporters a Chinese dateline names in brackets, "新华社北京1月5日电（记者张伟、李强）"
# ... and the reporter a Korean wire's dateline names before its "=" ("(서울=연합뉴스)
# 김철수 기자 = 본문...", the story's first paragraph)
_KO_WIRE_REPORTER = _regex.compile(rf"\s*{_KO_DATELINE}\s*{_KO_REPORTER}\s*=")
# ... and Taiwan's CNA before the place in Taiwan it files from and the day,
# "（中央社記者王小明台北5日電）" (a place abroad: no telling where the name ends)
_TW_PLACES = (
    "[台臺](?:北|中|南|東)|新北|桃園|高雄|基隆|新竹|嘉義|苗栗|彰化|南投|雲林|屏東|宜蘭|花蓮|澎湖"
    "|金門|馬祖|連江"
)
_CJK_REPORTERS = _regex.compile(
    r"[（(]\s*(?:本报|本報|中央社)?(?:记者|記者)\s*((?:(?!\d{1,2}日[电電])[^（）()]){2,40}?)\s*"
    rf"(?:(?:{_TW_PLACES})\d{{1,2}}日[电電])?[）)]"
)
_NOT_NAME = Source(
    r"https?:|www\.|@|\d{4}|\d[./:]\d|\bstaff\b|editor(ial)?s?$|admin|team\b|desk\b|newsroom|contributor"
    r"|redaktion|r[ée]daction|redacci[oó]n|redazione|redactie|\bagenc|\bpress\b|\bnews\b"
    # the newsroom in pl, cs/sk, ru/uk, id, tr, hu, fi, el, vi, ja, zh, ko
    r"|redakcj|redakc[ei]|redakci|редакци|редакці|redaksi|haber merkezi|szerkesztőség|toimitus"
    r"|σύνταξη|tòa soạn|ban biên tập|編集部|编辑部|編輯部|편집국|편집부"
    # ... a desk, a reporter or an editor unnamed in bn, hi, ur, ar, fa, zh, ko
    r"|প্রতিবেদক|রিপোর্টার|ডেস্ক|डेस्क|संवाददाता|ڈیسک|نمائندہ|محرر|مراسل|خبرنگار|小编|管理员"
    r"|管理員|관리자|reda[cç][aã]o|mwandishi wetu"
    r"|^(the )?associated press$|updated|published|aktualisiert|\bmin read|\bfoto|\bphoto"
    r"|\b(writer|correspondent|reporter|editor|bureau|columnist|contributor|photographer)s?\b"
    r"|moderator|\bforum\b|webmaster|\bguest\b"  # a forum's or a site's role, not a name
    r"|\bpaid\b|sponsored|advertorial|\bcontent\b|\banzeige\b|\bwerbung\b"  # a paid piece's label
    # organisations: legal forms and the words institutions are named with
    r"|\be\.\s?v\b|\bgmbh|\bag$|\binc\b|\bltd\b|\bllc\b|\bcorp|company|gesellschaft|stiftung"
    r"|verband|institut|anstalt|ministerium|universit|foundation|association|verlag|archiv"
    r"|magazin|zeitung|illustrierte|\bgroupe?\b|\bgruppe\b|\bgroup\b|\bclub\b|verein|partei|behörde|agentur|\bonline\b"
    # the words newspapers are named with (a site's name as its pages' author)
    r"|\btimes\b|gazette|herald|tribune|chronicle|\bjournal\b|\bdaily\b|telegraph|observer"
    r"|\bcourier\b|courrier|nachrichten|rundschau|anzeiger|tagblatt|tageblatt|gazzetta|corriere|giornale"
    r"|\bdiario\b|peri[oó]dico|quotidien|\bkrant\b|dagblad|tidning|sanomat|noticias"
    r"|\btoday\b|volksblatt|abendblatt|wochenblatt|amtsblatt|kreisblatt|\bsports\b"
    # ... and broadcasters and portals ("TV Globo", "Portal Nacional", "Rádio Gaúcha")
    r"|\btv\b|\bportal\b|\br[áa]dio\b|\bjornal\b|\brevista\b|televis|\bnetwork\b"
    r"|\blog\s?(?:in|out)\b|\bsign\s?(?:in|out|up)\b"  # an account's buttons
    r"|\.(?:txt|html?|php|xml|json)\b",  # a file ("humans.txt" as the author meta)
    re.IGNORECASE,
)
_NOT_NAME_ANY = factored(_NOT_NAME)  # the same yes/no answers, 2x faster
_PARTICLES = frozenset(
    "von van der den de del della la le di da du dos das ten ter zu bin ibn al el st. los las des"
    " af binti bint y e dela delos".split()
)
# words of author boxes and bylines that end (or, leading, are dropped from) a name
_FURNITURE = frozenset(
    "über about mehr more alle alles all artikel articles posts beiträge profil profile kontakt"
    " contact follow folgen share teilen email e-mail mail twitter facebook instagram linkedin"
    " weitere other andere home blog foto bild quelle source via mit with für for"
    " plus und and autoren authors author autor autorin auteur auteurs posted written"
    " published geschrieben verfasst gespeichert veröffentlicht erstellt eingestellt gepostet"
    " aktualisiert updated seite page kategorie category uncategorized rezept"
    " publié écrit publicado escrito pubblicato scritto hinterlasse übersicht artikelübersicht"
    " gesponserte sponsored wer was wie im zur zum ein eine kein keine no not the who what"
    " in at on of"
    # pronouns and words no name holds ("einen Trackback von Ihrer Website hierher setzen")
    " ihr ihre ihrer ihrem ihren ihres ihnen sie unser unsere unserer unserem unseren"
    " website webseite homepage"
    # a weekday after the name, its date's first word ("by Jeff Foust<br>Monday, November 18";
    # English and French only: Freitag, Sonntag, Domingo and Sabato are surnames too)
    " monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi"
    " vendredi samedi dimanche".split()
)
# a role after the name, set in an element of its own ("Ana Lima" / "Redakteur für ..."):
# the name ends before it
_ROLE_WORDS = frozenset(
    "redakteur redakteurin reporter reporterin korrespondent korrespondentin journalist"
    " journalistin correspondent columnist editor rédacteur rédactrice journaliste"
    " correspondant correspondante periodista corresponsal redactor redactora giornalista"
    " redattore redattrice corrispondente jornalista repórter correspondente".split()
)
_HONORIFICS = frozenset("dr prof professor mr mrs ms mx sir dame dipl ing mag".split())
_LEADING = frozenset("über about mehr more alle all weitere profil profile von by from".split())
_POSTNOMINAL = frozenset("phd md mba msc bsc ma ba rd rn mph dr prof jr sr".split())
_TWITTER_LABEL = _regex.compile(r"\b(by|von|par|por|door|da|autor|author|auteur)\b", re.IGNORECASE)


@dataclass(slots=True)
class Authors:
    names: list[str] = field(default_factory=list)
    agency: str | None = None  # a news agency named as the author (canonical name)


def _lower_initial(letter: str) -> bool:
    """A lower-case letter opening a word, which no name's does: Georgian's letters are
    lower case to Unicode (since its capitals, Mtavruli, came in 2018) though Georgian
    writes names with them ("ნინო ბერიძე"), as a script without case would."""
    return letter.islower() and not "\u10d0" <= letter <= "\u10ff"


def _name_words(piece: str) -> str | None:
    """The leading run of name-like words of ``piece`` ("R. R. am 3 Mai" -> "R. R.")."""
    words = piece.split()
    kept: list[str] = []
    for index, word in enumerate(words):
        bare = word.strip("\"'“”„«»()[]")
        if not bare:
            break
        if kept and bare.endswith(".") and len(bare) > 3 and bare[:-1].isalpha():
            break  # a sentence's end ("Trends. Zudem"), not an initial
        if bare.endswith(":") and index < len(words) - 1:
            return None  # "Topic Models: Use what you know": a heading, not a name
        if bare.lower() in _FURNITURE or bare.lower() in _ROLE_WORDS:
            if kept or bare.lower() not in _LEADING:
                break
            continue  # "Über Ana Lima", "More from Ana Lima"
        if not kept and bare.lower().rstrip(".") in _HONORIFICS and index < len(words) - 1:
            continue  # "Dr. Ana Lima", "Prof. Dr. Jonas Weber"
        if kept and (bare.lower() in _PARTICLES or (
                (joined := _JOINED_PARTICLE.match(bare)) is not None and joined[1].isupper())):
            kept.append(bare)  # ("Ana de los Santos", "Omar el-Masry", "Giscard d'Estaing")
        elif bare[0].isalpha() and not _lower_initial(bare[0]) and not any(
                c.isdigit() for c in bare):  # fmt: skip
            kept.append(bare)
        else:
            break
    while kept and kept[-1].lower() in _PARTICLES:
        kept.pop()
    if not kept or len(kept) > 7 or sum(w.lower() not in _PARTICLES for w in kept) > 5:
        return None  # (five words and their particles: "María José García de la Torre")
    return " ".join(kept).strip(" ,.-–—|:") or None


# a particle joined to the surname it opens ("al-Sayed", "el-Masry", "d'Estaing")
_JOINED_PARTICLE = _regex.compile(r"^(?:al|el|ad|ar|as|at|az|an|ud|d|l)[-'’]([^\W\d_])")


_HANDLE = _regex.compile(r"^[^\W_][\w.'’-]*(?: [^\W_][\w.'’-]*){0,3}$")


def _clean(name: str, lenient: bool = False) -> str | None:
    """A person's name from one piece of an author string, or None. ``lenient``: the
    piece stands alone in a field that holds names (meta, JSON-LD, ``rel=author``), so
    a user name ("tlow", "delta201") is one; otherwise a name is capitalised words."""
    name = _BY.sub("", " ".join(name.split())).strip(" ,.-–—|:")
    if not 2 <= len(name) < 60 or _NOT_NAME_ANY.search(name) or "©" in name:
        return None
    if name.replace(".", "").lower() in _POSTNOMINAL:
        return None
    if name.isupper() and len(name) > 3:
        name = name.title()
    if lenient and _HANDLE.match(name) and not name.isdigit():
        words = name.split()
        if len(words) > 1 and not name.islower():  # (a user name: "tlow", "ana lima")
            if words[0].lower() in _FURNITURE:
                return None  # "No Author", "The Economist": no name's word first
            found = _name_words(name)
            if found is not None and " " in found:
                return found  # "Finian Cunningham. Sputnik International"
        role = next((i for i, w in enumerate(words) if i >= 2 and w.lower() in _ROLE_WORDS), 0)
        return " ".join(words[:role]) if role else name  # ("Jean Dupont Journaliste")
    if any(ch.isdigit() for ch in name):
        return None
    found = _name_words(name)
    if found is None or len(found) < (2 if ord(found[0]) >= 0x2E80 else 3):
        return None  # (a Chinese name may be two characters: "张伟")
    return found


_LAST_FIRST = _regex.compile(r"^([^\W\d_][\w'’-]+),\s*([^\W\d_][\w'’.-]*(?:\s[A-Z]\.?)?)$")


# a reporter's role, in small letters, before the name ("By political reporter Josh Butler",
# "senior reporter Jane Smith and health editor Tom Brown")
_ROLE_BEFORE = _regex.compile(
    r"^(?:[a-z][\w-]*\s+){0,3}(?:reporter|correspondent|editor|writer|columnist|journalist"
    r"|analyst|producer|contributor)\s+(?=[A-Z])")
# ... and where a Taiwanese reporter files from after the name ("陳美玲／高雄報導")
_FILED_REPORT = _regex.compile(r"\s*[／/][^\s／/]{1,8}(?:報導|报道|報道)$")


_SEGMENT = _regex.compile(r"\s+(?:[|–—]|-\s)\s*|\s*\n\s*")
_INLINE_SPACE = _regex.compile(r"[^\S\n]+")


def split_names(raw: str) -> list[str]:
    """Person names in one author string ("By Ana Lima and Tom Reed", "Lima, Ana")."""
    return _split(raw, lenient=True)[0]


_DATE_TAIL = _regex.compile(  # "Ana Lima on May 3, 2024", "Ana Lima am 3. Mai 2024"
    r"\s+(?:on|am|le|el|il|em|op)\s+(?:(?:\w+,?\s+)?\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec)[a-z]*\.?\s+\d).*$"
    # ... or right after it, its month written out or cut short ("Ana Lima March 5 2024")
    r"|\s+(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d{1,2}\b.*$"
    # a publication or update label and its date after the name, no separator between
    # them ("By Ana Lima Updated 3:45 PM EDT, Tue March 12, 2024")
    rf"|\s+(?:{UPDATE_WORDS.pattern}|{'|'.join(LABEL_WORDS)})\b\W{{0,3}}(?:[^\W\d]+\.?,?\s+){{0,2}}"
    r"\d.*$",
    re.IGNORECASE,
)
# an English byline ("By Ana Lima in New York and Jo Smith in Kyiv"): its "in" is where a
# reporter files from, not the Slovenian "and" that ``_SPLIT`` reads between two names
_BY_ENGLISH = _regex.compile(
    r"(?:(?:written|reporting|posted|story|analysis|opinion|commentary|review|interview|essay"
    r"|column|words) )?by\s", re.IGNORECASE)
_FILED_FROM = _regex.compile(
    r"\s+in\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}(?=\s*(?:[,;&|]|\band\b|$))")
# a name's social handle after it ("Ana Lima (@analima)", "Ana Lima @analima")
_SOCIAL_HANDLE = _regex.compile(r"(?<=\w)\s+\(?@[\w.]{1,30}\)?(?=\s*(?:[,;&|]|\band\b|$))")
_AGENCY_TAIL = _regex.compile(r"\s*\(([^()]{2,30})\)$")  # "Ana Lima (AP)"
# ... or joined by "with" ("Ana Lima with Reuters", "Le Monde avec AFP", "FR mit dpa")
# ... or "for" ("Ana Lima for Reuters", "di Marco Rossi per ANSA", "Ana Lima para EFE")
_WITH_AGENCY = _regex.compile(
    r"\s+(?:with|avec|mit|con|com|met|z|for|für|pour|para|per|voor)\s+([^\s,;].{0,30})$")
# a byline that credits an agency alone ("Theo TTXVN", "According to Reuters")
# ... or its newsroom ("Redazione ANSA", "Redacción EFE", "Redaktion dpa")
_AGENCY_ALONE = _regex.compile(
    r"^(?:theo|according to|segundo|según|selon|laut|redazione|redaktion|r[ée]daction"
    r"|redacci[oó]n|reda[cç][aã]o|redactie|redakcja|redakce)\s+(.{2,30})$",
    re.IGNORECASE,
)
# an agency's staff title ("AP Science Writer", "Associated Press Writer", "Reuters
# Correspondent"): the agency's credit, no name
_AGENCY_ROLE = _regex.compile(r"\s+(?:writer|correspondent|reporter|editor|photographer)s?$",
                              re.IGNORECASE)
# a desk's line: the desk, then the outlet and its place ("न्यूज डेस्क, अमर उजाला, नई दिल्ली")
_DESK_FIRST = _regex.compile(r"^[^,،]{0,30}(?:\bdesk\b|डेस्क|ডেস্ক|ڈیسک)\s*[,،]", re.IGNORECASE)


def _split(raw: str, lenient: bool = False) -> tuple[list[str], str | None]:
    """(names, agency) of one author string."""
    names, agency = _split_once(raw, lenient)
    return list(names), agency


@lru_cache(maxsize=1024)
def _split_once(raw: str, lenient: bool) -> tuple[tuple[str, ...], str | None]:
    """:func:`_split`'s answer, worked out once per string (a page's rules split the same
    texts again: nested byline elements, a line and its parts; a third of the calls)."""
    text = " ".join(raw.split())
    if (alone := _AGENCY_ALONE.match(text)) and (credited := canonical_agency(alone[1])):
        return (), credited
    if _DESK_FIRST.match(text):
        return (), None
    if (english := _BY_ENGLISH.match(text)) is not None:  # "Analysis by Ana Lima in Kyiv":
        text = _FILED_FROM.sub("", text[english.end() :])  # where she files from goes too
    text = _LABEL.sub("", _BY.sub("", _SOCIAL_HANDLE.sub("", text)))
    text = _OLEH.sub("", text)
    text = _DATE_TAIL.sub("", text)
    agency: str | None = None
    if (tail := _AGENCY_TAIL.search(text)) is not None and (
            credited := canonical_agency(tail.group(1))) is not None and (
            tail.group(1).upper() != "".join(w[0] for w in text[: tail.start()].split()).upper()
            ):  # fmt: skip
        text, agency = text[: tail.start()], credited  # (not "Auswärtige Autoren (AA)")
        if " " not in text.strip() and reading_size(text) == len(text):
            text = ""  # "Madrid (EFE)": the dateline's place
    elif (joined := _WITH_AGENCY.search(text)) is not None and (
            credited := canonical_agency(joined.group(1))) is not None:  # fmt: skip
        text, agency = text[: joined.start()], credited
    elif (caps := _after_capitals(text)) is not None:
        text, agency = caps
    if _KO_NAMES.match(text) is not None:
        text = "; ".join(_KO_ROLE_TAIL.sub("", name) for name in _KO_SEP.split(text))
    elif (korean := _KO_SUFFIX.match(text)) is not None:
        text = korean.group(1)
    elif (japanese := _JA_SUFFIX.match(text)) is not None:
        text = japanese.group(1) or japanese.group(2)
    text = _FILED_REPORT.sub("", _SEGMENT.split(text)[0])
    if "\u0648" in text or "\u05d5" in text:
        text = _attached_and(text)
    names: list[str] = []
    for chunk in text.split(";"):
        inverted = _inverted(chunk.strip())
        if inverted is not None:
            names.append(inverted)
            continue
        for part in (p for piece in _cjk_split(_SPLIT.split(chunk)) for p in _pair(piece)):
            part, credit = _slashed(_ROLE_BEFORE.sub("", part.strip()))
            agency = agency or credit
            found = canonical_agency(part.strip(" ()")) or _agency_role(part)
            if found is not None:
                agency = agency or found
            elif name := _clean(part, lenient):
                names.append(name)
    while len(names) > 1 and " " in names[0] and (
            (" " not in names[-1] and names[-1].isalpha()
             and reading_size(names[-1]) == len(names[-1]))  # (a CJK name is one word)
            or _place_name(names[-1])):  # fmt: skip
        names.pop()  # "By Ana Lima, Washington", "Ana Lima, MS, RDN": a place, a credential;
        # "By Ana Lima, New York", "Ana Lima, Salt Lake City": a place of two words or more
    return tuple(names), agency


# Arabic given names that open with the letter و, which is also "and" written joined to
# the next word: such a word may open the second name of a byline, not a second person
_WAW_NAMES = frozenset((
    "وليد", "وائل", "وسام", "وفاء", "وداد", "وجدي", "وحيد", "وهيب", "وصفي", "وضاح", "ولاء",
    "وديع", "وسيم", "وجيه", "وهبة", "ورد", "وردة", "وعد", "وئام", "ولید", "وحید", "وهاب", "والي",
))  # fmt: skip


def _attached_and(text: str) -> str:
    """``text`` with the Arabic "و" / Hebrew "ו" ("and") written joined to the first word
    of a second name of two words or more after a first of two or more parted by ";"
    ("أحمد الحسيني ومحمد علي", "יוסי כהן ודנה לוי"); a single name otherwise."""
    words = text.split()
    if not 4 <= len(words) <= 8:
        return text
    for at in range(2, len(words) - 1):
        word = words[at]
        if (word[0] in "\u0648\u05d5" and len(word) >= 3 and word[1:].isalpha()
                and word not in _WAW_NAMES and words[at - 1][-1].isalpha()):  # fmt: skip
            return f"{' '.join(words[:at])}; {word[1:]} {' '.join(words[at + 1 :])}"
    return text


# the first words of places' names of two or three words ("New York", "San Francisco",
# "Rio de Janeiro", "Hong Kong") and the last ones that say a place ("Salt Lake City",
# "Palm Beach"): a byline's last "name" worded so is where its reporter files from
_PLACE_FIRST = frozenset(
    "new san santa santo são sao los las rio saint st. st salt hong buenos kuala abu tel"
    " port fort cape costa sri puerto porto palm baton".split()
)
_PLACE_LAST = frozenset(
    "city beach springs island islands county valley bay falls heights harbor harbour coast"
    " district province".split()
)


def _place_name(name: str) -> bool:
    """Is ``name`` (two to four words) worded as a place's name ("New York", "Salt Lake
    City")?"""
    words = name.casefold().split()
    return 2 <= len(words) <= 4 and (words[0] in _PLACE_FIRST or words[-1] in _PLACE_LAST)


def _agency_role(part: str) -> str | None:
    """The agency an agency's staff title names ("AP Science Writer" -> AP), or None."""
    role = _AGENCY_ROLE.search(part)
    if role is None:
        return None
    words = part[: role.start()].split()
    if not 0 < len(words) <= 4:
        return None
    return next((name for k in range(len(words), 0, -1)
                 if (name := canonical_agency(" ".join(words[:k]))) is not None), None)


_SPELLING_ENDS = frozenset(s.rsplit(" ", 1)[-1] for s in SPELLINGS if " " in s)
_CAPITALS = _regex.compile(r"[A-ZÀ-Ý]{2}")


def _after_capitals(text: str) -> tuple[str, str] | None:
    """(names, agency) of names in capitals with the agency or its staff title after them
    in mixed case, no separator between ("MARY CLARE JALONICK and LISA MASCARO Associated
    Press", "JOSH BOAK AP Economics Writer": the wires' style), or of names with an
    agency's name of two words or more after them ("Jane Doe Associated Press"), or None."""
    if _CAPITALS.search(text) is None and text[text.rfind(" ") + 1 :].casefold() not in (
            _SPELLING_ENDS):  # fmt: skip
        return None  # (most bylines: no word in capitals, no agency's name closing them)
    words = text.split()
    if canonical_agency(text) is not None:
        return None  # ("The Associated Press": the agency alone)
    for k in range(1, min(4, len(words) - 1) + 1):
        before, tail = words[-k - 1], " ".join(words[-k:])
        if (len(before) < 2 or not before.isupper() or tail.isupper()) and (
                k == 1 or tail.casefold() not in SPELLINGS):  # fmt: skip
            continue  # ("Jane Doe Associated Press": an agency's name of two words or more)
        name = canonical_agency(tail) or _agency_role(tail)
        if name is not None:
            return " ".join(words[:-k]), name
    return None


def _cjk_split(parts: list[str]) -> list[str]:
    """``parts`` with each run of Chinese or Japanese names split at its spaces and a
    closing "报道" / "摄" dropped ("张伟 李强 报道" -> "张伟", "李强")."""
    out: list[str] = []
    for part in parts:
        words = part.split() if not part.isascii() else []
        while len(words) > 1 and words[-1] in _CJK_CLOSING:
            words.pop()
        if not words:
            out.append(part)  # (most parts: ASCII)
        elif _CJK_NAMES.match(joined := " ".join(words)):
            out.extend(words)
        else:
            out.append(joined)
    return out


_SLASHED = _regex.compile(r"^([^/\s][^/]*?[^/\s])\s*/\s*([^/\s]+)$")  # ("Erik Lindqvist /TT")
_WORDS = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*)+"  # two words or more
_PAIR = _regex.compile(rf"^({_WORDS})\s*/\s*({_WORDS})$")


def _pair(part: str) -> list[str]:
    """ "Ralph Steiner/Carlo Natter": two writers' names of two words or more each, joined
    by a slash; other parts as they are ("Ana Lima/dpa": a name and its agency)."""
    match = _PAIR.match(part.strip())
    return [match.group(1), match.group(2)] if match is not None else [part]


def _slashed(part: str) -> tuple[str, str | None]:
    """ "Ana Lima/dpa", "Ana Lima/SP-X": (the name before the slash, the agency after it
    when it is one); "det/dpa": an editor's initials, no name; other parts unchanged."""
    match = _SLASHED.match(part.strip())
    if match is None or "://" in part:
        return part, None
    name, agency = match.group(1), canonical_agency(match.group(2))
    if agency is not None and len(name) <= 4 and name.islower():
        return "", agency
    return name, agency


def _inverted(chunk: str) -> str | None:
    """ "Lima, Ana" (citation_author, library style) -> "Ana Lima"; None otherwise."""
    match = _LAST_FIRST.match(chunk)
    if match is None or _NOT_NAME_ANY.search(chunk):
        return None
    last, first = match.group(1), match.group(2)
    if any(w.isupper() or canonical_agency(w) for w in (last, first.split()[0])):
        return None  # "Reuters, AFP", "SMITH, AP": credits, not one inverted name
    if first.replace(".", "").lower() in _POSTNOMINAL:
        return None  # "Grant Tinsley, PhD"
    return _clean(f"{first} {last}")


def _byline(text: str, lenient: bool = False) -> tuple[list[str], str | None]:
    """(names, agency) of a byline element's text: the part naming people, after "by"."""
    if "©" in text:
        return [], None  # a photo or copyright credit
    text = _place_first(_INLINE_SPACE.sub(" ", text))  # "By  Ana Lima": inline elements joined
    parts = [part for part in (" ".join(p.split()) for p in _PARTS.split(text)) if part]
    for at, part in enumerate(parts):
        inside = _BY_INSIDE.search(part)
        if inside is not None and inside.start() > 0 and not _nobiliary(part, inside):
            part, lenient = part[inside.end() :], False
        names, agency = _split(part, lenient)
        if names and agency is None and at + 1 < len(parts):
            # "Matti Virtanen | STT"; "Erik Lindqvist | /TT": the Nordic "Name/TT" whose
            # agency an element of its own sets apart, with its slash
            agency = canonical_agency(parts[at + 1].removeprefix("/"))
        if names or agency:
            return names, agency
    return [], None


# one word of an alphabetic script and a dash before a name ("Berlin - Ana Lima", "القاهرة
# - أحمد الحسيني"): the place the reporter files from, the dateline's
_PLACE_DASH = _regex.compile(r"^\s*([^\W\d_][\w'’.]*)\s+[-–—]\s+(?=\S)")


def _place_first(text: str) -> str:
    """``text`` less a place and a dash before a name of two words or more."""
    if (match := _PLACE_DASH.match(text)) is None or reading_size(
            word := match.group(1)) != len(word):  # fmt: skip
        return text
    later = _split(text[match.end() :])[0]
    return text[match.end() :] if later and " " in later[0] else text


# one class or id naming comments, related stories or a sidebar ("comment-list",
# "related_posts", "sidebar"), not a layout's name ("zen-one-sidebar-second")
_ELSEWHERE = _regex.compile(
    r"^(?:[a-z0-9]+[-_])?(?:comments?|repl(?:y|ies)|respond|related|recommend\w*|teasers?"
    r"|sidebar)(?:[-_][a-z0-9]+)?$"
)


@lru_cache(maxsize=2048)
def _names_elsewhere(names: str) -> bool:
    """Does one of an element's class names or its id (``names``: "class id") name
    comments, related stories or a sidebar? (Pages repeat their wrappers' names.)"""
    return any(_ELSEWHERE.match(name) for name in names.lower().split())


def _elsewhere(node: LexborNode) -> bool:
    """Is ``node`` in comments, related stories or a sidebar (not the story)? An
    ``<aside>`` inside the ``<article>`` holds the story's own byline and date."""
    parent = node.parent
    aside = False
    for _ in range(12):
        if parent is None or (tag := parent.tag) in ("body", "html"):
            break
        if tag == "article":
            return False
        if tag == "nav":
            return True
        aside = aside or tag == "aside"
        attrs = parent.attributes
        if (_names_elsewhere(f"{attrs.get('class') or ''} {attrs.get('id') or ''}")
                and parent.css_first("h1") is None):  # fmt: skip
            return True  # (a "sidebar" holding the page's <h1> is the layout's main column)
        parent = parent.parent
    return aside


def _nobiliary(text: str, marker: re.Match[str]) -> bool:
    """Is the "von"/"van" in ``text`` part of a name ("Walter von Aachen")?"""
    if marker.group(0).strip().lower() != "von":
        return False
    before = text[: marker.start()].split()
    return len(before) == 1 and before[0][:1].isupper() and before[0].lower() not in _FURNITURE


def _from_jsonld(value: Any) -> tuple[list[str], str | None]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    agency: str | None = None
    for item in items[:20]:
        organisation = False
        if isinstance(item, dict):
            kind = item.get("@type")
            organisation = isinstance(kind, str) and kind.rsplit("/", 1)[-1] == "Organization"
            item = item.get("name")
        if isinstance(item, list):
            item = next((v for v in item if isinstance(v, str)), None)
        if not isinstance(item, str):
            continue
        found, credit = _split(item, lenient=True)
        agency = agency or credit
        if not organisation:
            names.extend(found)
    return names, agency


def _dedupe(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


def _near(node: LexborNode, first: LexborNode) -> bool:
    """Is ``node`` in the same byline as ``first`` (sharing a parent or grandparent)?"""
    anchors = [p for p in (first.parent, first.parent.parent if first.parent else None) if p]
    parent = node.parent
    for _ in range(2):
        if parent is None:
            return False
        if any(parent.mem_id == a.mem_id for a in anchors):
            return True
        parent = parent.parent
    return False


def _names_its_site(node: LexborNode, host: str) -> bool:
    """Is ``node`` a link to another site naming that site ("Semantic Scholar" ->
    semanticscholar.org/author/...): a profile elsewhere, not a byline?"""
    href = node.attributes.get("href") if node.tag == "a" else None
    if not href or not href.startswith(("http:", "https:", "//")):
        return False
    target = urljoin("https://x/", href)
    if (urlsplit(target).hostname or "").removeprefix("www.") == host:
        return False  # "ana" linking to ana.blog.example/author/ana on that blog
    text = fold(node.text())
    return len(text) >= 3 and text in "".join(site_words(target))


_WHOLE = frozenset(("html", "body", "article", "main"))


def _from_markup(
    tree: LexborHTMLParser, in_aside: Callable[[LexborNode], bool], host: str = "",
    h1: LexborNode | None = None, lang: str = "",
) -> tuple[list[str], str | None]:
    """Names in byline markup, else in a credit line (``h1``: the page's first ``<h1>``;
    ``lang``: the language it declares, whose class names of a byline are read too)."""
    walks = [(_MARKED_COVER, _marked_extra, 1), (_CLASSED_COVER, _classed_extra, 2)]
    if (more := _CLASSED_BY_LANG.get(lang.split("-")[0].lower())) is not None:
        walks.append((more, _as_listed, 2))
    for cover, extra, words in walks:
        names: list[str] = []
        agency: str | None = None
        first: LexborNode | None = None
        for node in covered(tree, cover, extra)[:40]:
            tag = node.tag
            if tag in _WHOLE or (first is not None and not _near(node, first)):
                continue  # (a page's or story's class naming its author: not a byline)
            attrs = node.attributes
            klass = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
            if _NOT_BYLINE_CLASS_ANY.search(klass.lower()) or _names_its_site(node, host):
                continue
            if in_aside(node):
                continue
            text = attrs.get("content") or _shown_parts(node)
            if not text or len(text) > 200 or len(text.split()) > 20:
                continue
            klass = (attrs.get("class") or "").lower()
            field = tag == "meta" or any(k in attrs for k in ("itemprop", "content")) or (
                "author" in (attrs.get("rel") or "")  # (not "noopener": any link has a rel)
            ) or "fn" in klass.split() or "user" in klass
            found, credit = _byline(text, lenient=field and len(text.split()) <= 3)
            if len(found) > 1 and tag != "a" and (linked := _linked_names(node, text)):
                found = linked  # (each linked name's role and organisation are no names)
            found = [n for n in found if (len(n.split()) >= words or tag == "a"
                                          or _ONE_WORD_NAME.match(n)) and (
                tag != "a" or len(n.split()) > 1 or _link_is_name(text, n))]  # fmt: skip
            if found or credit:
                names.extend(found)
                agency = agency or credit
                first = first or node
        names = _dedupe(names)
        if len(names) > 5:
            continue  # a list of the site's authors, not a byline
        if names or agency:
            return names, agency
    return _from_text(tree, in_aside, h1)


_JOINED = _regex.compile(r"(?:,|;|&|\band|\bund|\bet|\by)\s*$", re.IGNORECASE)


def _linked_names(node: LexborNode, text: str) -> list[str] | None:
    """The names of a byline whose people are links, each followed by a comma, their role
    and organisation ("By <a>Ana Lima</a>, Staff Attorney, ACLU of Texas, and <a>Bo
    Chen</a>, Senior Counsel"): the linked names; a link after a role and a comma is the
    organisation's. None where the byline is not built so (no such role, text not linked
    before the first link, a link that is no name)."""
    flat = " ".join(text.split())
    names: list[str] = []
    cursor, after_role, roles = 0, False, 0
    for link in node.css("a"):
        shown = " ".join((link.text() or "").split())
        at = flat.find(shown, cursor) if shown else -1
        if at < 0:
            continue
        gap = flat[cursor:at]
        cursor = at + len(shown)
        if not names and _split(gap)[0]:
            return None  # a name before the first link
        if names and gap.strip():
            if not gap.lstrip().startswith(","):
                return None  # "<a>Ana Lima</a> and Bo Chen"
            role = any(ch.isalpha() for ch in _JOINED.sub("", gap.strip()))
            roles += role
            after_role = role and gap.rstrip().endswith(",")
        if names and after_role:
            after_role = False
            continue  # the organisation a role names, linked
        name = _clean(shown)
        if name is None:
            return None
        names.append(name)
    tail = flat[cursor:].strip()
    if names and tail:
        if not tail.startswith(","):
            return None
        roles += 1
    return _dedupe(names) if names and roles else None


def _link_is_name(text: str, name: str) -> bool:
    """Is a link's ``text`` the one-word ``name`` alone (a blog's handle, "By surfguard"),
    not a phrase that opens with a capital ("Guide to authors", "Editorial policies")?"""
    return " ".join(_LABEL.sub("", _BY.sub("", text)).split()).strip(" :|-") == name


# a letter or two set in an element of their own for its style, inside a word ("Will
# Knigh<span>t</span>": the last letter's spacing; "<span>A</span>na": a drop cap)
_LETTERS = 2


def _shown_parts(node: LexborNode) -> str:
    """The byline element's text, its parts apart where it sets each in an element of its
    own, side by side with nothing between ("<span>Ana Lima</span><span>BBC News,
    Lisbon</span>": "Ana Lima | BBC News, Lisbon", the name its first part, as a byline
    whose parts a bar divides); else as :func:`_shown_text` reads it."""
    parts = _parts(node)
    if parts is None:
        return _shown_text(node)
    text = parts[0]
    for before, part in zip(parts, parts[1:], strict=False):
        # a marker ("By", "Von") or a joiner ("and", "&") in an element of its own runs on
        # with its neighbours: "By Ana Lima and Bo Berg"
        joined = _BY.fullmatch(before) or _PART_JOINER.fullmatch(before) or (
            _PART_JOINER.fullmatch(part))  # fmt: skip
        text += f" {part}" if joined else f" | {part}"
    return text


# "and" between two names set in elements of their own (en de fr es it pt nl da/no sv)
_PART_JOINER = _regex.compile(r"(?:and|und|et|y|e|en|og|och|&|,)", re.IGNORECASE)


def _parts(node: LexborNode) -> list[str] | None:
    """The texts of the elements ``node`` sets side by side (each one's own parts, in
    turn), through wrappers around them alone; None when text, a link or a line break
    sits among them, or there is one part only."""
    while True:
        children = [c for c in node.iter(include_text=True)
                    if c.tag not in ("-text", "-comment") or (c.text_content or "").strip()]
        if len(children) != 1 or children[0].tag in ("-text", "a"):
            break
        node = children[0]  # (a wrapper around the parts)
    if len(children) < 2 or any(c.tag in ("-text", "a", "br") for c in children):
        return None
    if all(c.tag == "li" for c in children):  # a list of the names: one run of them
        return [", ".join(" ".join(_shown_text(c).split()) for c in children)]
    parts: list[str] = []
    for child in children:
        inner = _parts(child)
        parts.extend(inner if inner is not None else [_shown_text(child).strip()])
    return parts if all(parts) else None


def _shown_text(node: LexborNode) -> str:
    """The element's text, its text nodes apart (a space between them, as ``text(separator="
    ")``), except a letter or two in an element of their own inside a word: they run on."""
    parts: list[str] = []
    for child in node.traverse(include_text=True):
        if child.tag != "-text":
            continue
        text = child.text_content or ""
        parent = child.parent
        glued = (bool(parts) and 0 < len(text) <= _LETTERS and text.isalpha()
                 and parts[-1][-1:].isalpha() and parent is not None and parent.tag == "span"
                 and parent.text(deep=True) == text
                 and parent.prev is not None and parent.prev.tag == "-text")  # fmt: skip
        if glued or (parts and _after_drop_cap(parts[-1], child)):
            parts[-1] += text
        else:
            parts.append(text)
    return " ".join(parts)


def _after_drop_cap(before: str, child: LexborNode) -> bool:
    """Does the text node go on the word of a drop cap just before it: a capital alone in
    its element, then lower-case letters right after ("<span>A</span>na Lima")?"""
    text = child.text_content or ""
    prev = child.prev
    return (len(before) == 1 and before.isupper() and text[:1].islower() and prev is not None
            and prev.tag == "span")


# a line that credits someone: "By Ana Lima | May 3", "Blog Beitrag von Ana Lima",
# "Posted on May 3, 2020 by Ana Lima": the marker first, or after a verb of publishing
# a capitalised word of a name ("Marco", "O'Neill", "J."), and the particles between them
_CAP_WORD = (r"[A-ZÀ-ÖØ-ÞĀ-ŽΆ-ΏΑ-ΩА-ЯЁ][^\W\d_]*(?:[-'’][A-ZÀ-ÖØ-ÞĀ-ŽΆ-ΏΑ-ΩА-ЯЁ]?[^\W\d_]*)?"
             r"\.?")
_NAME_PARTICLES = "|".join(re.escape(p) for p in sorted(_PARTICLES, key=lambda p: (-len(p), p)))
_GATED_NAME = rf"{_CAP_WORD}(?:\s+(?:{_NAME_PARTICLES})?\s*{_CAP_WORD}){{1,3}}"
_GATED_AND = "e|ed|og|och|dan|și|şi|si|και"  # "and" between two names after the words above
_WRITER_AND_PICTURES_SOURCE = rf"{_WRITER_AND_PICTURES_WORDS}\s*:"
_WRITER_AND_PICTURES = _regex.compile(rf"^\s*{_WRITER_AND_PICTURES_SOURCE}\s*", re.IGNORECASE)
_CREDIT = _regex.compile(  # (WordPress's "This entry was posted on <date> by Ana Lima.")
    r"^(?:(?:this (?:entry|post|article) was )?"
    r"(?:posted|written|published|geschrieben|verfasst|veröffentlicht|erstellt|eingestellt"
    r"|gepostet|(?:blog\s*)?beitrag|artikel|écrit|publié|rédigé|escrito|publicado|scritto"
    rf"|pubblicato|story|words|text|texte|reporting|reported|analysis)\b[^|]{{0,40}}?\s)?"
    rf"(?:by|von|par|por|door|{_BY_WORDS})"
    r"(?:\s|:|$)"
    r"|^(?:scritto|pubblicato|redatto)\s+da(?:\s|:)"  # it: "da" (by) only after the verb
    # it "di", sv/no "av", da "af", id "oleh", ro "de" (in lower case: "De Beers Group" is
    # a company), el "Του" / "Της" (a name in the genitive) open sentences too ("Oleh
    # karena itu", "Di Marco Polo si sa poco"): a byline only when a name of two to four
    # capitalised words, or two such joined by "and", ends the line or comes before a
    # separator, a comma or a date ("Di Marco Rossi", "di Ana Lima e Marco Rossi")
    rf"|^(?:di|av|af|oleh|(?-i:de)|του|της)\s+(?=(?-i:{_GATED_NAME}(?:\s+(?:{_GATED_AND})\s+"
    rf"{_GATED_NAME})?)\s*(?:$|[|•·,/–—:(-]|\d))"
    # a label and a colon: "Autor: Ana Lima", "<b>Author:</b> <a>Ana Lima</a>", "Tekst: ..."
    rf"|^(?:{AUTHOR_LABELS}|written by|text|texte|texto|testo|tekst|teksti|текст"
    rf"|{MORE_AUTHOR_LABELS}"
    rf"|oleh)\s*[:՝]|^{_WRITER_AND_PICTURES_SOURCE}"
    rf"|^(?:本报)?(?:{_CJK_LABELS})\s*[:：]?\s*(?=\w)"
    # the name before "기자" (reporter), after a Korean dateline's bracket ("(서울=연합뉴스)")
    rf"|^(?:{_KO_DATELINE}\s*)?(?={_KO_REPORTER}\b)"
    rf"|^(?=(?:{_JA_BYLINE}))",  # ... before "記者", or after a place and "＝"
    re.IGNORECASE,
)
# the next credit of a wire's line ("Reporting by Ana Lima; Editing by Jo Smith")
_NEXT_CREDIT = _regex.compile(r"\s*;\s*[^;]{0,40}?\bby\b.*$", re.IGNORECASE)
# the first letters of _CREDIT's words, ASCII ones (a text opening with another ASCII
# letter is no credit line: one compare instead of the pattern); a test checks them
_CREDIT_FIRST = frozenset("abdegprsvw" "kmoty" "h" "([")  # (a Korean dateline's bracket)
_NO_CREDIT_FIRST = frozenset(ch for ch in map(chr, range(128)) if ch.lower() not in _CREDIT_FIRST)
# the first two characters of an ASCII text _CREDIT can match, lower-cased (read from the
# pattern: an ASCII text opening otherwise is no credit line, one set lookup instead of
# the pattern's hundred alternatives; most texts open with a letter of _CREDIT_FIRST)
_CREDIT_OPENINGS = ascii_openings(_CREDIT)


def _ascii_heads(openings: Openings) -> frozenset[str] | None:
    """The first one or two characters, as written, of an ASCII text whose first letter
    :data:`_NO_CREDIT_FIRST` does not rule out and that ``openings`` passes (both tests
    in one set lookup: for an ASCII text they read no more than those characters); None
    where ``openings`` passes every text."""
    if openings.anything:
        return None
    cases = lambda ch: {ch, ch.upper()} if ch.isascii() else set()  # noqa: E731
    heads = {a + b for pair in openings.pairs for a in cases(pair[0]) for b in cases(pair[1])}
    heads |= {a + b for single in openings.singles for a in cases(single)
              for b in ("", *map(chr, range(128)))}  # fmt: skip
    return frozenset(head for head in heads if head[0] not in _NO_CREDIT_FIRST)


_CREDIT_HEADS = _ascii_heads(_CREDIT_OPENINGS)
# the parts of a credit line: its spaced separators, and a comma before another label
# ("Text: Ana Lima, Fotos: Bo Berg")
_CREDIT_PARTS = _regex.compile(rf"{_PARTS.pattern}|,\s*(?=[^\W\d]+\s*:)")
_NOT_AUTHOR_CREDIT = _regex.compile(
    r"\b(?:powered|designed|design|theme|made|hosted|sponsored|presented|supported|gefördert"
    r"|unterstützt|präsentiert|photos?|fotos?|bild(?:er)?|images?|credits?|illustration|videos?"
    r"|grafik|getty|kamera|camera|translated|übersetzt|edited|bearbeitet)\b",
    re.IGNORECASE,
)


_NEAR_HEADLINE = 400  # text nodes from the <h1>'s block searched for a credit line
_HANDLE_ALONE = _regex.compile(r"@[A-Za-z0-9_]{2,30}$")  # a social handle on a line of its own
# a reporter's name and role as a line by the headline, without "By" ("Ana Lima, Senior
# Correspondent", "Anna Müller | Redakteurin", "Jean Dupont - journaliste")
_NAME_RUN = (r"[A-ZÀ-ÖØ-Þ][\w'’.-]+"  # two to four capitalised words, with their particles
             r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+|van|von|de|da|del|der|di|la|le)){1,3}")
_ROLE = (
    r"(?i:(?:[\w-]+\s+){0,3}(?:correspondent|reporter|writer|editor|columnist"
    r"|contributor|journalist|korrespondent|redakteur|journalistin|reporterin|r[ée]dact(?:eur|rice)"
    r"|journaliste|correspondante?|chroniqueu(?:r|se)|periodista|corresponsal|redactora?"
    r"|columnista|giornalista|redatt(?:ore|rice)|inviat[oa]|corrispondente|jornalista|rep[óo]rter"
    r"|correspondente|colunista)(?:in|s)?)\b"
)
_NAME_ROLE = _regex.compile(rf"({_NAME_RUN})\s*(?:,|\||–|—|-)\s*{_ROLE}[^|]{{0,40}}$")
# ... and the role alone, in its own element under the name ("Ana Lima" / "Senior Reporter")
_ROLE_ALONE = _regex.compile(rf"{_ROLE}$")


def _texts_after(start: LexborNode, skip_empty: bool = False) -> Iterator[LexborNode]:
    """The text nodes after ``start`` in document order: its subtree, then what follows
    it (lexbor walks each subtree); ``skip_empty``: without those of ASCII white space
    only (left out by lexbor: two in three text nodes of a page)."""
    nodes = start.traverse(include_text=True, skip_empty=skip_empty)
    next(nodes)  # ``start`` itself
    node: LexborNode | None = start
    while True:
        for item in nodes:
            if item.is_text_node:
                yield item
        while node is not None and node.next is None:
            node = node.parent
        if node is None:
            return
        node = node.next
        nodes = node.traverse(include_text=True, skip_empty=skip_empty)


def _from_text(
    tree: LexborHTMLParser, in_aside: Callable[[LexborNode], bool], h1: LexborNode | None
) -> tuple[list[str], str | None]:
    """Names in the first short line that credits someone ("By Ana Lima"): first among the
    text nodes from the block around the first ``<h1>``, then anywhere in the page."""
    body = tree.body
    near = h1.parent.parent if h1 is not None and h1.parent and h1.parent.parent else None
    if near is not None and near.tag in ("html", "body") and h1 is not None:
        near = h1.parent  # the headline's own element, right under the body
    if near is not None and near.tag not in ("html", "body"):
        shown = frozenset(t.strip() for t in h1.text(separator="\n").split("\n") if t.strip())
        found = _credit_line(near, in_aside, _NEAR_HEADLINE, shown)
        if found[0] or found[1]:
            return found
    return _credit_line(body, in_aside) if body is not None else ([], None)


# names by the date: one name or a few joined ("Ana Lima and Jo Smith", "Ana Lima, Jo
# Smith") alone in their element, or on one line with the date ("Ana Lima | March 3, 2024",
# "Ana Lima · 03.03.2024"; not after a comma: "New York, March 3, 2024" is a dateline)
_NAMES_RUN = rf"{_NAME_RUN}(?:\s*(?:,|&|\s(?:and|und|et|y|e|en))\s*{_NAME_RUN}){{0,4}}"
_NAME_ALONE = _regex.compile(rf"{_NAMES_RUN}$")
_NAME_THEN_DATE = _regex.compile(rf"({_NAMES_RUN})\s+[|·•]\s+(.+)$")
# ... and the date, then the name ("March 3, 2024 by Ana Lima", "3. März 2024 von Anna Müller")
_DATE_THEN_NAME = _regex.compile(
    rf"(.+?)\s+(?:by|von|par|por|di|door|[|·•])\s+({_NAMES_RUN})$")  # "04.02.2022 | Uta Helk"
_PIECES = _regex.compile(r"\s+[|·•]\s+")


def _dated(text: str) -> bool:
    """A day's date on its own line, perhaps with its reading time ("March 3, 2024 · 4 min
    read"): not a year alone."""
    date, *rest = _PIECES.split(text)
    return (_DAY.search(date) is not None and is_date_line(date)
            and all(is_boiler_line(piece) or is_date_line(piece) for piece in rest))  # fmt: skip


def _named_by_headline(text: str, node: LexborNode, before: tuple[str, LexborNode | None],
                       in_aside: Callable[[LexborNode], bool], under: tuple[bool, bool]
                       ) -> list[str] | None:  # fmt: skip
    """Reporters named by the headline without "By": a name and a reporter's role ("Ana
    Lima, Senior Correspondent"), a name over its social handle ("Ana Lima" then
    "@analima"), or, under the headline, names over the date or beside it ("Ana Lima and
    Jo Smith" then "March 3, 2024"). ``before``: the text node before (its text and node);
    ``under``: the headline was passed before it and before ``node``."""
    above, above_node = before
    if (role := _NAME_ROLE.match(text)) is not None:
        names = _one(_clean(role.group(1)))
    elif above and _HANDLE_ALONE.match(text):
        names = _one(_clean(above))
    elif (under[0] and above_node is not None and len(text) < 60
          and _ROLE_ALONE.match(text) is not None and _NAME_ALONE.match(above) is not None
          and not _not_byline(above_node) and _in_meta(above_node)):  # fmt: skip
        names = _unless_titled(_split(above)[0], node)
    elif (under[0] and above_node is not None and _NAME_ALONE.match(above) is not None
          and _dated(text) and not _not_byline(above_node) and _in_meta(above_node)):  # fmt: skip
        names = _unless_titled(_split(above)[0], node)
    elif ((dated := _NAME_THEN_DATE.match(text)) is not None and _dated(dated.group(2))
          and not _not_byline(node)):  # fmt: skip
        names = _unless_titled(_split(dated.group(1))[0], node)  # (one line: above the <h1> too)
    elif ((dated := _DATE_THEN_NAME.match(text)) is not None and _dated(dated.group(1))
          and not _not_byline(node)):  # fmt: skip
        names = _unless_titled(_split(dated.group(2))[0], node)
    else:
        return None
    parent = node.parent
    return names if names and parent is not None and not in_aside(parent) else None


def _one(name: str | None) -> list[str]:
    return [name] if name else []


def _unless_titled(names: list[str], node: LexborNode) -> list[str]:
    """``names``, unless the page's ``<title>`` holds one: the site's name over the date
    ("Handball Schweiz • 02.02.2022" under "Cup-Vorschau ... - Handball Schweiz")."""
    if not names:
        return names
    root = node
    while root.parent is not None:
        root = root.parent
    title = root.css_first("title")
    shown = (title.text() or "") if title is not None else ""
    return [] if any(name in shown for name in names) else names


def _elements_up(node: LexborNode, levels: int = 3
                 ) -> Iterator[tuple[str, str, str, LexborNode]]:  # fmt: skip
    """(tag, link, class and id, element) of the text node's element and those above it."""
    parent = node.parent
    for _ in range(levels):
        if parent is None:
            return
        attrs = parent.attributes
        yield (parent.tag or "", (attrs.get("href") or "") if parent.tag == "a" else "",
               f"{attrs.get('class') or ''} {attrs.get('id') or ''} {custom_tag(parent)}".strip(),
               parent)  # fmt: skip
        parent = parent.parent


def _not_byline(node: LexborNode) -> bool:
    """Is the text node no byline's, by its elements (up to three levels up): a heading's,
    a table's (a column heading over a year), a picture's caption (its photographer), a
    link to no person's page (a section's, a tag's: "Local Politics"), or an element named
    for a section, a topic or a place ("category", "kicker", "location")?"""
    return any((tag in _NOT_BYLINE_TAGS and (tag not in _CELLS or _data_cell(element)))
               or (tag == "a" and not _PERSON_PAGE.search(link))
               or (named and _NOT_BYLINE_NAMES.search(named))
               for tag, link, named, element in _elements_up(node))  # fmt: skip


def _in_search_box(node: LexborNode) -> bool:
    """Does the text node sit in a search box (an element named for search up to three
    levels up): its fields' labels ("Von [Datum] Bis [Datum]") credit no one?"""
    return any("search" in named.lower() for _tag, _link, named, _element in _elements_up(node))


def _data_cell(cell: LexborNode) -> bool:
    """Is the table cell a data table's (no headline, paragraph or box in it), not a cell
    of a page's layout of tables, which holds the story's headline and its byline?"""
    return cell.css_first(_LAYOUT_CONTENT) is None


def _in_meta(node: LexborNode) -> bool:
    """Does the text node sit in a story's line of facts (an element named for its meta,
    byline, author, info or details, up to three levels up; or a link to a person's page)?
    A name over the date in a row named so is the byline; in a bare ``<div>`` it may be a
    section's label or a place ("Local Politics", "Buenos Aires")."""
    return any((tag == "a" and _PERSON_PAGE.search(link)) or (named and _META_NAMES.search(named))
               for tag, link, named, _element in _elements_up(node))  # fmt: skip


_META_NAMES = _regex.compile(
    r"meta|byline|auth?or|autor|auteur|info|credit|posted|writer|detail|entry-|post-|article-"
    r"|date|time|submitted|signature|profil", re.IGNORECASE)
_CELLS = frozenset(("td", "th"))
_LAYOUT_CONTENT = "h1, h2, h3, p, div, table, ul, ol"  # what a layout's cell holds
_NOT_BYLINE_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "th", "td", "caption",
                              "figcaption", "figure"))  # fmt: skip
# a person's page: an author's, a profile, a member's ("/author/ana-lima", "/autoren/...")
_PERSON_PAGE = _regex.compile(
    r"auth?or|autore|auteur|people|person|profil|staff|journalist|redakt|reporter|writer"
    r"|contributor|team|mitarbeiter|user|member|/by/|/bio|mailto:", re.IGNORECASE)
_NOT_BYLINE_NAMES = _regex.compile(
    r"categor|section|topic|kicker|label|tag|rubri|ressort|theme|themen|breadcrumb|location"
    r"|place|city|dateline|series|event|sponsor|badge|flag", re.IGNORECASE)
_DAY = _regex.compile(r"\d\D+\d")  # a day's date, not a year alone ("May 3, 2024", "03.05.")


# a Chinese portal's info line under the headline: its date, the source and the author
# each after a label ("2024-03-05 14:32　来源：新华社", "来源：人民日报　作者：张伟")
_INFO_AUTHOR = _regex.compile(
    r"(?:作者|撰文)\s*[:：]\s*([^\s|｜/，,（(]{2,12}"
    r"(?:[、 ](?!来源|來源|编辑|編輯|责任|責任)[^\s|｜/，,（(:：]{2,4})*)")
# (not a picture's: "图片来源：新华社")
_INFO_SOURCE = _regex.compile(r"(?<![图圖片])(?:来源|來源)\s*[:：]\s*([^\s|｜/，,（(]{2,20})")


def _info_line(text: str) -> tuple[list[str], str | None]:
    """(names, agency) of a Chinese portal's info line."""
    author = _INFO_AUTHOR.search(text)
    source = _INFO_SOURCE.search(text)
    names = _split(author.group(1))[0] if author is not None else []
    return names, canonical_agency(source.group(1)) if source is not None else None


def _credit_line(
    start: LexborNode, in_aside: Callable[[LexborNode], bool], limit: int | None = None,
    headline: frozenset[str] = frozenset(),
) -> tuple[list[str], str | None]:
    """The names of the first credit line among the ``limit`` text nodes from ``start``
    (None: all text nodes, those of ASCII white space only not looked at); ``headline``:
    the lines of the ``<h1>`` (a name by the date counts only under it)."""
    seen = 0
    told = False  # a paragraph seen: the story began (a name and role by the headline only)
    before: tuple[str, LexborNode | None] = ("", None)  # the text node before, by the headline
    under = before_under = False  # the <h1> passed; before ``before``
    source: str | None = None  # the agency a Chinese portal's source line names
    nodes = _texts_after(start, skip_empty=limit is None)
    for node in nodes if limit is None else islice(nodes, limit):
        text = (node.text_content or "").strip()
        if not text:
            continue
        if (not (plain := text.isascii())
                and ("记者" in text or "記者" in text or "기자" in text or "특파원" in text)
                and (found := _CJK_REPORTERS.search(text, 0, 80)
                      or _KO_WIRE_REPORTER.match(text))):  # fmt: skip
            names = _split(found.group(1))[0]  # a dateline's "（记者张伟、李强）"
            if names and (parent := node.parent) is not None and not in_aside(parent):
                return _dedupe(names), source
        if len(text) > 100:
            told = True
            continue
        if (not plain and ("作者" in text or "来源" in text or "來源" in text)
                and (parent := node.parent) is not None and not in_aside(parent)):  # fmt: skip
            names, credit = _info_line(text)  # "2024-03-05 来源：人民日报　作者：张伟"
            if names:
                return _dedupe(names), credit or source
            source = source or credit
        if limit is not None and not told:
            named = _named_by_headline(text, node, before, in_aside, (before_under, under))
            if named is not None:
                return _dedupe(named), source
            if any(ch.isalnum() for ch in text):  # (not a separator: "·", "|")
                before, before_under = (text, node), under
            under = under or text in headline
        if plain and _CREDIT_HEADS is not None:
            if text[:2] not in _CREDIT_HEADS:
                continue  # (most text: a character or two compared instead of the pattern)
        elif text[0] in _NO_CREDIT_FIRST or not _CREDIT_OPENINGS(text):
            continue
        if not _CREDIT.match(text):
            continue
        seen += 1
        if seen > 20:
            break
        parent = node.parent
        if parent is None or parent.tag in ("script", "style", "a", "title") or in_aside(parent):
            continue
        if _in_search_box(node):
            continue
        line = _credit_text(text, node, parent)
        if len(line.split()) > 25:
            continue
        if (both := _WRITER_AND_PICTURES.match(line)) is not None:
            line = f"Text: {line[both.end():]}"  # the writer took the pictures too
        if _NOT_AUTHOR_CREDIT.search(line):
            # a photo or design credit: the line's parts before it may still credit the
            # writer ("Story by Ana Lima • Photos by Bo Berg")
            parts = _CREDIT_PARTS.split(line)
            cut = next((i for i, part in enumerate(parts) if _NOT_AUTHOR_CREDIT.search(part)), 0)
            if cut == 0:
                continue
            line = " | ".join(parts[:cut])
        marker = _CREDIT.match(line)
        if marker is None:
            continue
        rest = _NEXT_CREDIT.sub("", line[marker.end() :])  # "...; Editing by Jo Smith"
        if _BY_ENGLISH.match(marker.group(0).lstrip()):  # "By Ana Lima in New York"
            rest = _FILED_FROM.sub("", rest)
        names, agency = _byline(rest)
        if len(_PARTS.split(rest.strip())[0].split()) > 3:  # a sentence, not "by Ana | May 3"
            names = [n for n in names if " " in n]  # whose capitalised nouns are no names
        if names or agency:
            return _dedupe(names), agency or source
    return [], source


_LINE_END = frozenset(("br", "p", "div", "li", "hr", "h1", "h2", "h3", "h4", "h5", "h6"))


def _credit_text(text: str, node: LexborNode, parent: LexborNode) -> str:
    """The credit line a marker text (the text node ``node``, in ``parent``) starts: the
    text itself, or when it is little more than the marker ("By", "Autor:"), its line in
    its element and, when that is the marker alone, the text after that element up to the
    line's end ("<span>By</span><span><a>Ana Lima</a></span>", "<b>Autor:</b> Ana
    Lima<br>")."""
    line = " ".join(text.split())
    if len(line.split()) >= 3 and not _label_alone(line):
        return line
    # the marker's line in its element ("Von <a>Ana</a><br>Ort", "Mittwoch, 01.11.2023<br>
    # von <strong>ANA LIMA</strong><br>": not always its first; "Designed <b>by</b> ...")
    line = _line_from(_line_start(node))
    if len(line.split()) >= 2 and not _label_alone(line) and not _marker_alone(line):
        return line
    return f"{line} {_line_from(parent.next, after_links=True)}".strip()


def _line_start(node: LexborNode) -> LexborNode:
    """The first node of ``node``'s line among its siblings: after the last line break or
    block before it, else its element's first child."""
    while (prev := node.prev) is not None and prev.tag not in _LINE_END:
        node = prev
    return node


def _marker_alone(line: str) -> bool:
    """A credit's marker with no name after it ("Written by", "Posted by:")."""
    marker = _CREDIT.match(line)
    return marker is not None and not line[marker.end() :].strip(" :|-")


def _label_alone(line: str) -> bool:
    """A credit for words and pictures with no name after it ("Text & Fotos:")."""
    both = _WRITER_AND_PICTURES.match(line)
    return both is not None and both.end() == len(line)


def _line_from(node: LexborNode | None, after_links: bool = False) -> str:
    """The text of ``node`` and its next siblings up to a line break or a block;
    ``after_links``: up to the first other element after the names' links too ("<span>By
    </span> <a>Ana Lima</a><span>Senior Reporter</span>": the role is no name)."""
    pieces = []
    linked = False
    for _ in range(12):
        if node is None or node.tag in _LINE_END:
            break
        if after_links and node.tag not in ("-text", "a") and linked:
            break
        linked = linked or node.tag == "a"
        pieces.append(node.text_content or "" if node.tag == "-text" else node.text(separator=" "))
        node = node.next
    return " ".join(" ".join(pieces).split())


def find_authors(
    tree: LexborHTMLParser,
    meta: dict[str, str],
    ld_author: Any,
    *,
    is_site: Callable[[str], bool] = lambda name: False,
    is_outlet: Callable[[str], bool] = lambda name: False,
    in_aside: Callable[[LexborNode], bool] = _elsewhere,
    url: str = "",
    marks: Marks | None = None,
    lang: str | None = None,
) -> Authors:
    """Authors of the page at ``url`` (see the module docstring). ``is_site`` tells a name
    that is the site's own (dropped), ``is_outlet`` one that is its declared name (dropped
    beside an agency's credit: "Le Monde with AFP"); ``in_aside`` a node in comments or sidebars;
    ``marks`` the tree's :class:`Marks`, when the caller has them; ``lang`` the language
    the page declares."""
    agency: str | None = None
    sources: list[Callable[[], tuple[list[str], str | None]]] = [
        lambda: _from_jsonld(ld_author) if ld_author else ([], None)
    ]
    for key in _META_KEYS:
        value = meta.get(key)
        if value and not value.startswith(("http", "@")):
            sources.append(lambda value=value: _split(value, lenient=True))
            for later in _SEGMENT.split(value)[1:3]:  # "Example - Ana Lima": after the site
                sources.append(lambda later=later: _split(later))
    label = meta.get("twitter:label1")
    if label and _TWITTER_LABEL.search(label) and meta.get("twitter:data1"):
        sources.append(lambda: _split(meta["twitter:data1"], lenient=True))
    host = (urlsplit(url).hostname or "").removeprefix("www.") if url else ""
    h1 = marks.first_h1 if marks is not None else tree.css_first("h1")
    markup = lambda: _from_markup(tree, in_aside, host, h1, lang or "")  # noqa: E731
    sources.append(markup)
    for source in sources:
        names, credit = source()
        agency = agency or credit
        if names and is_site(names[0]):
            continue  # "example.com, Berlin, Germany": the site's credit, not people
        names = [n for n in names if not is_site(n)]  # "Ana Lima, Example"
        if credit is not None:
            names = [n for n in names if not is_outlet(n)]  # "Le Monde with AFP"
        elif source is not markup and any(is_outlet(n) for n in names) and (
                shown := [n for n in markup()[0] if not is_outlet(n) and not is_site(n)]):
            names = shown  # the site's declared name as its pages' author, a byline's person
        if names:
            if source is not markup and all(" " not in n for n in names):
                names = _fuller(names, markup()[0])  # "Ana" in meta, "Ana Lima" in the byline
            return Authors(_dedupe(names), agency)
    return Authors([], agency)


def _fuller(names: list[str], shown: list[str]) -> list[str]:
    """``names`` (single words: first names, user names) with each first name replaced by
    the byline's full name starting with it; the byline's names instead when none starts
    so and the byline names people in full ("gabor_munier" or "Jobs", "Hire" in meta,
    "Gàbor Muniér" in the byline)."""
    out = []
    for name in names:
        key = name.casefold() + " "
        out.append(next((s for s in shown if s.casefold().startswith(key)), name))
    if out == names and shown and all(" " in s for s in shown):
        return shown
    return out
