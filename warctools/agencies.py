"""The one table of news agencies: canonical name, spellings, own web sites.

Extraction reads the spellings (datelines, closing credits: ``wire_source`` is always a
canonical name of this table); dedup reads the sites (``--keep`` prefers the agency's own
copy of its story). One row per agency, so the two can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AGENCIES", "Agency", "agency_domains", "canonical_agency", "is_agency_site"]


@dataclass(frozen=True, slots=True)
class Agency:
    name: str
    """Canonical short name, the value of ``wire_source``."""
    spellings: tuple[str, ...]
    """Ways a credit writes it (matched case-sensitively in datelines)."""
    domains: tuple[str, ...]
    """Registered domains of the agency's own sites (subdomains included)."""


AGENCIES: tuple[Agency, ...] = (
    Agency("AFP", ("AFP", "Agence France-Presse", "Agence France Presse", "AFP-JIJI",
                   "AFP Relaxnews", "أ ف ب", "أ.ف.ب", "فرانس برس", "法新社", "АФП", "एएफपी",
                   "এএফপি", "اے ایف پی"),
           ("afp.com",)),
    Agency("AP", ("AP", "Associated Press", "The Associated Press", "أسوشيتد برس", "美联社",
                  "美聯社", "AP通信"), ("apnews.com", "ap.org")),
    Agency("Reuters", ("Reuters", "REUTERS", "Thomson Reuters", "رويترز", "رویترز", "רויטרס",
                       "ロイター", "路透社", "로이터", "Рейтер", "रॉयटर्स", "রয়টার্স", "روئٹرز",
                       "رائٹرز"),
           ("reuters.com",)),
    Agency("dpa", ("dpa", "DPA", "Deutsche Presse-Agentur", "dpa-AFX"),
           ("dpa.com", "dpa-international.com")),
    Agency("EFE", ("EFE", "Agencia EFE"), ("efe.com",)),
    Agency("ANSA", ("ANSA",), ("ansa.it",)),
    Agency("Xinhua", ("Xinhua", "XINHUA", "新华社", "新華社", "신화통신"),
           ("xinhuanet.com", "news.cn")),
    Agency("Kyodo", ("Kyodo", "Kyodo News", "KYODO", "共同通信", "共同", "교도통신"),
           ("kyodonews.net",)),
    Agency("Jiji", ("Jiji", "Jiji Press", "時事通信", "時事"), ("jiji.com",)),
    Agency("Yonhap", ("Yonhap", "YONHAP", "연합뉴스"), ("yna.co.kr",)),
    Agency("Bloomberg", ("Bloomberg",), ("bloomberg.com",)),
    Agency("UPI", ("UPI", "United Press International"), ("upi.com",)),
    Agency("IANS", ("IANS", "आईएएनएस"), ("ians.in",)),
    Agency("PTI", ("PTI", "Press Trust of India", "भाषा", "पीटीआई", "পিটিআই"),
           ("ptinews.com",)),  # (भाषा: its Hindi wire)
    Agency("ANI", ("ANI",), ("aninews.in",)),
    Agency("UNI", ("UNI", "United News of India", "यूएनआई"), ("uniindia.com",)),
    Agency("SAPA", ("SAPA", "South African Press Association"), ("sapa.org.za",)),
    Agency("TASS", ("TASS", "ITAR-TASS", "ТАСС", "ИТАР-ТАСС"), ("tass.com", "tass.ru")),
    Agency("RIA Novosti", ("RIA Novosti", "RIA", "РИА Новости"), ("ria.ru",)),
    Agency("Interfax", ("Interfax", "Интерфакс"), ("interfax.ru", "interfax.com")),
    Agency("Anadolu", ("Anadolu", "Anadolu Agency", "Anadolu Ajansı", "AA"), ("aa.com.tr",)),
    Agency("Canadian Press", ("CP", "The Canadian Press", "Canadian Press"),
           ("thecanadianpress.com",)),
    Agency("AAP", ("AAP", "Australian Associated Press"), ("aap.com.au",)),
    Agency("PA", ("PA", "PA Media", "Press Association"), ("pa.media",)),
    Agency("Europa Press", ("Europa Press",), ("europapress.es",)),
    Agency("Lusa", ("Lusa", "LUSA"), ("lusa.pt",)),
    Agency("Agência Brasil", ("Agência Brasil", "Agencia Brasil", "ABr"),
           ("agenciabrasil.ebc.com.br",)),
    Agency("Bernama", ("Bernama", "BERNAMA"), ("bernama.com",)),
    Agency("Antara", ("Antara", "ANTARA"), ("antaranews.com",)),
    Agency("PNA", ("PNA",), ("pna.gov.ph",)),
    Agency("CNA", ("CNA", "中央社"), ("focustaiwan.tw", "cna.com.tw")),
    Agency("WAM", ("WAM", "وام"), ("wam.ae",)),
    Agency("KUNA", ("KUNA", "كونا"), ("kuna.net.kw",)),
    Agency("SPA", ("SPA", "واس", "وكالة الأنباء السعودية"), ("spa.gov.sa",)),
    Agency("IRNA", ("IRNA", "ایرنا", "إرنا"), ("irna.ir",)),
    Agency("MENA", ("MENA", "أ ش أ", "أ.ش.أ"), ("mena.org.eg",)),
    Agency("APA", ("APA",), ("apa.at",)),
    Agency("ATS", ("ATS", "ATS-SDA", "Keystone-ATS", "Keystone-SDA", "SDA"),
           ("keystone-sda.ch",)),
    Agency("Belga", ("Belga",), ("belga.be",)),
    Agency("ANP", ("ANP",), ("anp.nl",)),
    Agency("NTB", ("NTB",), ("ntb.no",)),
    Agency("TT", ("TT",), ("tt.se",)),
    Agency("Ritzau", ("Ritzau",), ("ritzau.dk",)),
    Agency("WAFA", ("WAFA", "وفا"), ("wafa.ps",)),
    Agency("Sputnik", ("Sputnik",), ("sputniknews.com",)),
    Agency("Prensa Latina", ("Prensa Latina",), ("prensa-latina.cu",)),
    Agency("Notimex", ("Notimex",), ("notimex.gob.mx",)),
    Agency("Dow Jones", ("Dow Jones", "Dow Jones Newswires"), ("dowjones.com",)),
    Agency("CNS", ("China News Service", "中新社", "中新网"), ("chinanews.com.cn", "ecns.cn")),
    Agency("UNB", ("UNB", "ইউএনবি"), ("unb.com.bd",)),
    Agency("BSS", ("BSS", "বাসস"), ("bssnews.net",)),
    Agency("NNA", ("NNA",), ("nna-leb.gov.lb",)),
    # the national agencies of central and eastern Europe, Italy's second ones, the German
    # churches' services, and more of the Arab world's and Asia's
    Agency("PAP", ("PAP", "Polska Agencja Prasowa"), ("pap.pl",)),
    Agency("ČTK", ("ČTK", "CTK"), ("ctk.cz",)),
    Agency("TASR", ("TASR",), ("tasr.sk",)),
    Agency("MTI", ("MTI",), ("mti.hu",)),
    Agency("BTA", ("BTA", "БТА"), ("bta.bg",)),
    Agency("Agerpres", ("Agerpres", "AGERPRES"), ("agerpres.ro",)),
    Agency("Hina", ("Hina", "HINA"), ("hina.hr",)),
    Agency("Tanjug", ("Tanjug", "TANJUG"), ("tanjug.rs",)),
    Agency("STA", ("STA",), ("sta.si",)),
    Agency("LETA", ("LETA",), ("leta.lv",)),
    Agency("ELTA", ("ELTA",), ("elta.lt",)),
    Agency("STT", ("STT", "STT-Info"), ("stt.fi",)),
    Agency("Ukrinform", ("Ukrinform", "Укрінформ"), ("ukrinform.ua", "ukrinform.net")),
    Agency("UNIAN", ("UNIAN", "УНІАН"), ("unian.ua", "unian.net", "unian.info")),
    Agency("BelTA", ("BelTA", "БелТА"), ("belta.by",)),
    Agency("Adnkronos", ("Adnkronos", "ADNKRONOS"), ("adnkronos.com",)),
    Agency("AGI", ("AGI",), ("agi.it",)),
    Agency("Askanews", ("Askanews", "askanews"), ("askanews.it",)),
    Agency("epd", ("epd", "Evangelischer Pressedienst"), ("epd.de",)),
    Agency("KNA", ("KNA", "Katholische Nachrichten-Agentur"), ("kna.de",)),
    Agency("QNA", ("QNA", "قنا"), ("qna.org.qa",)),
    Agency("SANA", ("SANA", "سانا"), ("sana.sy",)),
    Agency("APS", ("APS",), ("aps.dz",)),
    Agency("MAP", ("MAP",), ("mapexpress.ma", "mapnews.ma")),
    Agency("TAP", ("TAP",), ("tap.info.tn",)),
    Agency("VNA", ("VNA", "TTXVN", "Vietnam News Agency"), ("vnanet.vn", "vnagency.com.vn")),
    # the Baltics', the Caucasus' and central Asia's, Iran's, Turkey's second ones, Korea's
    # two private wires, and more of Europe's, Latin America's and Africa's
    Agency("BNS", ("BNS", "Baltic News Service"), ("bns.lt", "bns.ee", "bns.lv")),
    Agency("AzerTac", ("AzerTac", "AZERTAC", "AzərTac"), ("azertag.az",)),
    Agency("Trend", ("Trend News Agency",), ("trend.az",)),
    Agency("Kazinform", ("Kazinform", "Казинформ"), ("inform.kz",)),
    Agency("Armenpress", ("Armenpress", "ARMENPRESS"), ("armenpress.am",)),
    Agency("ATA", ("ATA",), ("ata.gov.al",)),
    Agency("ISNA", ("ISNA", "ایسنا"), ("isna.ir",)),
    Agency("Mehr", ("Mehr News Agency", "MNA"), ("mehrnews.com",)),
    Agency("Tasnim", ("Tasnim", "Tasnim News Agency"), ("tasnimnews.com",)),
    Agency("Fars", ("Fars News Agency",), ("farsnews.ir",)),
    Agency("DHA", ("DHA", "Demirören Haber Ajansı"), ("dha.com.tr",)),
    Agency("İHA", ("İHA", "İhlas Haber Ajansı"), ("iha.com.tr",)),
    Agency("Newsis", ("Newsis", "뉴시스"), ("newsis.com",)),
    Agency("News1", ("News1", "뉴스1"), ("news1.kr",)),
    Agency("ANA-MPA", ("ANA-MPA", "ΑΠΕ-ΜΠΕ", "APE-MPE"), ("amna.gr",)),
    Agency("LaPresse", ("LaPresse",), ("lapresse.it",)),
    Agency("Mediafax", ("Mediafax", "MEDIAFAX"), ("mediafax.ro",)),
    Agency("Servimedia", ("Servimedia",), ("servimedia.es",)),
    Agency("Télam", ("Télam", "Telam"), ("telam.com.ar",)),
    Agency("Andina", ("Andina",), ("andina.pe",)),
    Agency("Colprensa", ("Colprensa",), ("colprensa.com",)),
    Agency("APP", ("APP", "Associated Press of Pakistan", "اے پی پی"), ("app.com.pk",)),
    Agency("NAN", ("NAN", "News Agency of Nigeria"), ("nannews.ng",)),
    Agency("GNA", ("GNA", "Ghana News Agency"), ("gna.org.gh",)),
    Agency("Montsame", ("Montsame", "MONTSAME"), ("montsame.mn",)),
)

_BY_NAME = {a.name: a for a in AGENCIES}
_SPELLING = {s.casefold(): a.name for a in AGENCIES for s in a.spellings}
# lower-case spellings that are real agency names as written (other short words are not)
_LOWER_OK = frozenset(a.name for a in AGENCIES if not a.name.isupper())


def canonical_agency(raw: str) -> str | None:
    """Canonical short name for an agency spelling (``Agence France-Presse`` -> AFP)."""
    raw = " ".join(raw.split()).strip(" .")
    name = _SPELLING.get(raw.casefold())
    if name is None and " " in raw:  # "Reuters Health", "AFP Photo"
        first = raw.split(" ", 1)[0]
        name = _SPELLING.get(first.casefold()) if len(first) >= 3 else None
        raw = first
    if name is None:
        return None
    if raw.isalpha() and len(raw) <= 4 and raw != raw.upper() and raw not in _LOWER_OK:
        return None  # "ap", "pa", "Aa": not an agency acronym as written ("新华社" is)
    return name


def agency_domains(wire_source: str | None) -> tuple[str, ...]:
    """The own sites of the agency ``wire_source`` names (a canonical name or a spelling)."""
    if not wire_source:
        return ()
    agency = _BY_NAME.get(wire_source)
    if agency is None:
        name = canonical_agency(wire_source)
        agency = _BY_NAME.get(name) if name else None
    return agency.domains if agency else ()


def is_agency_site(host: str | None, wire_source: str | None) -> bool:
    """True when ``host`` is (a subdomain of) the credited agency's own site."""
    if not host:
        return False
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in agency_domains(wire_source))
