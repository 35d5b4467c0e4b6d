"""Helpers for the dedup tests: article.v1 Parquet inputs and synthetic stories."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from warctools.schema import arrow_schema

BASE_TIME = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "do", "fe", "gu",
              "hi", "jo", "be", "ca", "xu", "wy", "qo"]


def vocabulary(n: int = 4000, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


VOCAB = vocabulary()


def story(seed: int, words: int = 300, paragraph: int = 60) -> str:
    """A deterministic pseudo-story: paragraphs of sentences of random words."""
    rng = random.Random(seed)
    toks = [rng.choice(VOCAB) for _ in range(words)]
    paras = []
    for start in range(0, words, paragraph):
        chunk = toks[start : start + paragraph]
        sentences = [" ".join(chunk[i : i + 12]).capitalize() + "." for i in
                     range(0, len(chunk), 12)]
        paras.append(" ".join(sentences))
    return "\n\n".join(paras)


def article(id_: str, text: str, **extra: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": id_, "url": f"https://{extra.get('host', 'example.com')}/{id_}", "text": text,
        "host": "example.com", "word_count": len(text.split()), "page_type": "article",
        "truncated": False, "warc_filename": "test.warc.gz", "warc_offset": 0,
        "warc_length": 100, "warc_date": BASE_TIME, "published": None,
    }
    row.update(extra)
    if "url" not in extra:
        row["url"] = f"https://{row['host']}/{id_}"
    return row


def hours(n: float) -> datetime:
    return BASE_TIME + timedelta(hours=n)


def write_articles(folder: Path, rows: list[dict[str, Any]], *, files: int = 1,
                   row_group: int | None = None) -> Path:
    """Write ``rows`` as an extract-like dataset ``folder/articles/part-*.parquet``."""
    schema = arrow_schema("article")
    target = folder / "articles"
    target.mkdir(parents=True, exist_ok=True)
    per = max(1, -(-len(rows) // files))
    for i in range(0, len(rows), per):
        table = pa.Table.from_pylist(rows[i : i + per], schema=schema)
        pq.write_table(table, target / f"part-{i // per:04d}.parquet",
                       row_group_size=row_group)
    return folder


# A small corpus of syndicated copies, hard negatives and guards (tests/dedup, tests/cli).
S1 = story(1, 400, paragraph=80)
QUOTE = ("\"We will not accept any agreement that leaves our farmers behind and our "
         "markets open to unfair competition from abroad,\" the minister told reporters "
         "gathered outside the parliament building late on Tuesday evening after the vote.")
TEMPLATE = story(99, 80)
NOTE = "Editor's note: This story has been corrected to fix the spelling of a name."
UPDATE = story(50, 40)


def corpus() -> list[dict[str, Any]]:
    dl = "PARIS (AFP) - "
    paras = S1.split("\n\n")
    return [
        article("s1-orig", S1, host="www.afp.com", wire_source="AFP", published=hours(1)),
        article("s1-dateline", dl + S1, host="a.com", published=hours(2),
                dateline=dl.strip(), dateline_start=0, dateline_end=len(dl)),
        article("s1-byline", "By Jane Roe\n\n" + S1, host="b.com", published=hours(0.5)),
        article("s1-trim", "\n\n".join(paras[:3]), host="c.com", published=hours(3)),
        article("s1-note", S1 + "\n\n" + NOTE, host="d.com", published=hours(4)),
        article("s1-update", S1 + "\n\n" + UPDATE, host="g.com", published=hours(5)),
        article("quote-a", story(2, 250) + "\n\n" + QUOTE, host="a.com"),
        article("quote-b", story(3, 250) + "\n\n" + QUOTE, host="b.com"),
        article("tmpl-a", story(4, 150) + "\n\n" + TEMPLATE, host="e.com"),
        article("tmpl-b", story(5, 150) + "\n\n" + TEMPLATE, host="e.com"),
        article("tmpl-only", "Watch the video. " + TEMPLATE, host="e.com"),
        article("short-a", "Photo gallery: the day in pictures.", host="a.com"),
        article("short-b", "Photo gallery: the day in pictures.", host="b.com"),
        article("exact-a", story(6, 200), host="a.com", published=hours(2)),
        article("exact-b", story(6, 200), host="b.com", published=hours(1)),
        article("unique", story(7, 200), host="c.com"),
        article("empty", "", host="c.com", word_count=0),
    ]
