"""Which copy of a story is canonical: the ``--keep`` policies and the agency-site test.

Sort keys, first difference wins (ties always end on ``id``, so the choice never depends
on input order or ``--jobs``):

* ``earliest`` (default): earliest ``published`` (``warc_date`` when unknown), then the
  agency's own site, then the longest text, then the smallest ``id``;
* ``longest``: longest text, then earliest, then agency site, then ``id``;
* ``agency-first``: agency site, then earliest, then longest, then ``id``.
"""

from __future__ import annotations

import re

import polars as pl

__all__ = ["AGENCY_DOMAINS", "agency_key", "is_agency_site", "choose_canonical"]

AGENCY_DOMAINS: dict[str, tuple[str, ...]] = {
    "AFP": ("afp.com",),
    "AP": ("apnews.com", "ap.org"),
    "ASSOCIATEDPRESS": ("apnews.com", "ap.org"),
    "REUTERS": ("reuters.com",),
    "DPA": ("dpa.com", "dpa-international.com"),
    "ANSA": ("ansa.it",),
    "EFE": ("efe.com",),
    "XINHUA": ("xinhuanet.com", "news.cn"),
    "KYODO": ("kyodonews.net",),
    "BLOOMBERG": ("bloomberg.com",),
    "UPI": ("upi.com",),
    "PA": ("pa.media",),
    "AAP": ("aap.com.au",),
    "CP": ("thecanadianpress.com",),
    "CANADIANPRESS": ("thecanadianpress.com",),
    "ANADOLU": ("aa.com.tr",),
    "AA": ("aa.com.tr",),
    "YONHAP": ("yna.co.kr", "en.yna.co.kr"),
    "TASS": ("tass.com", "tass.ru"),
    "PTI": ("ptinews.com",),
    "IANS": ("ians.in",),
    "ANI": ("aninews.in",),
    "APA": ("apa.at",),
    "KEYSTONESDA": ("keystone-sda.ch",),
    "BELGA": ("belga.be",),
    "ANP": ("anp.nl",),
    "NTB": ("ntb.no",),
    "TT": ("tt.se",),
    "RITZAU": ("ritzau.dk",),
    "EUROPAPRESS": ("europapress.es",),
    "LUSA": ("lusa.pt",),
    "IRNA": ("irna.ir",),
    "WAFA": ("wafa.ps",),
    "MENA": ("mena.org.eg",),
    "BERNAMA": ("bernama.com",),
    "ANTARA": ("antaranews.com",),
    "PNA": ("pna.gov.ph",),
}
_NON_ALNUM = re.compile(r"[^A-Z0-9]")


def agency_key(wire_source: str | None) -> str | None:
    """``'A.P.'`` -> ``'AP'``, ``'Agence France-Presse'`` -> ``'AFP'``."""
    if not wire_source:
        return None
    key = _NON_ALNUM.sub("", wire_source.upper())
    if key in ("AGENCEFRANCEPRESSE", "AGENCEFRANCEPRESS"):
        return "AFP"
    if key.startswith("REUTERS"):
        return "REUTERS"
    return key or None


def is_agency_site(host: str | None, wire_source: str | None) -> bool:
    """True when ``host`` is (a subdomain of) the credited agency's own site."""
    key = agency_key(wire_source)
    if not host or key is None:
        return False
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in AGENCY_DOMAINS.get(key, ()))


def choose_canonical(members: pl.DataFrame, keep: str) -> pl.DataFrame:
    """One row per ``component``: its canonical member's ``idx``.

    ``members`` columns: component, idx, id, host, published, warc_date, wire_source,
    length (words).
    """
    df = members.with_columns(
        pl.coalesce("published", "warc_date").alias("_time"),
        pl.struct("host", "wire_source")
        .map_elements(lambda r: is_agency_site(r["host"], r["wire_source"]),
                      return_dtype=pl.Boolean)
        .alias("_agency"),
    )
    time, agency = pl.col("_time"), pl.col("_agency")
    longest = pl.col("length")
    if keep == "earliest":
        by, desc = [time, agency, longest, "id"], [False, True, True, False]
    elif keep == "longest":
        by, desc = [longest, time, agency, "id"], [True, False, True, False]
    else:
        by, desc = [agency, time, longest, "id"], [True, False, True, False]
    ordered = df.sort(by, descending=desc, nulls_last=True)
    return ordered.group_by("component", maintain_order=True).first().select("component", "idx")
