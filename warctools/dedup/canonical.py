"""Which copy of a story is canonical: the ``--keep`` policies and the agency-site test.

Sort keys, first difference wins (ties always end on ``id``, so the choice never depends
on input order or ``--jobs``):

* ``earliest`` (default): earliest ``published`` (``warc_date`` when unknown), then the
  agency's own site, then the longest text, then the smallest ``id``;
* ``longest``: longest text, then earliest, then agency site, then ``id``;
* ``agency-first``: agency site, then earliest, then longest, then ``id``.
"""

from __future__ import annotations

import polars as pl

from warctools.agencies import is_agency_site

__all__ = ["choose_canonical", "is_agency_site"]


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
