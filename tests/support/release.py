"""A realistic small dedup/run output, written with the v1 schemas, for the release tests.

``make_dataset(root)`` writes ``articles/`` (two files), ``copies/``, ``clusters/``,
``errors/`` and ``summary.json``: 18 stories from 7 outlets in 3 languages, three of them
syndicated (clusters of 2, 3 and 4 copies, with ``syndicated_by``), a few undated rows.
``make_dataset(root, dedup=False)`` writes a plain extract output (articles/ + errors/).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from warctools.schema import arrow_schema
from warctools.writers.parquet import file_metadata

EXTRACT_PARAMS = {"max_payload_bytes": 5242880, "timeout_s": 10.0, "keep_non_articles": False}
DEDUP_PARAMS = {"num_perm": 128, "bands": 16, "shingle": 5, "threshold": 0.8}
T0 = datetime(2024, 3, 1, 6, 0, tzinfo=timezone.utc)
OUTLETS = {
    "www.lemonde.fr": "fr", "www.lefigaro.fr": "fr", "www.liberation.fr": "fr",
    "apnews.com": "en", "www.theguardian.com": "en", "www.bbc.co.uk": "en",
    "www.spiegel.de": "de",
}
# (canonical host, agency, copy hosts, language)
STORIES = [
    ("www.lemonde.fr", "AFP", ["www.lefigaro.fr", "www.liberation.fr"], "fr"),
    ("apnews.com", "AP", ["www.theguardian.com", "www.bbc.co.uk", "www.spiegel.de"], "en"),
    ("www.theguardian.com", "Reuters", ["www.bbc.co.uk"], "en"),
]


def _id(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()[:32]


def article(host: str, n: int, *, lang: str | None, published: datetime | None,
            wire: str | None = None, warc: str = "crawl-1.warc.gz") -> dict[str, Any]:
    url = f"https://{host}/news/{n:03d}-story.html"
    text = (f"Story {n} from {host}. " * 12).strip()
    return {
        "id": _id(url), "url": url, "canonical_url": url, "host": host,
        "domain": host.removeprefix("www."), "title": f"Headline {n} on {host}", "text": text,
        "published": published, "modified": None, "authors": [f"Author {n % 4}"],
        "language": lang, "site_name": host, "description": f"About story {n}",
        "section": ["world", "politics", "sport"][n % 3], "tags": ["news"],
        "word_count": len(text.split()), "wire_source": wire,
        "dateline": f"PARIS ({wire}) -" if wire else None,
        "dateline_start": 0 if wire else None, "dateline_end": 14 if wire else None,
        "page_type": "article", "extraction_method": "jsonld", "truncated": False,
        "charset": "utf-8", "charset_source": "http", "http_status": 200,
        "content_type": "text/html", "payload_digest": f"sha1:{n:032d}",
        "warc_filename": warc, "warc_offset": 1000 * n, "warc_length": 900,
        "warc_record_id": f"<urn:uuid:{n:08d}-0000-0000-0000-000000000000>",
        "warc_date": T0 + timedelta(days=20), "revisit_of": None,
        "cluster_id": None, "cluster_size": None, "syndicated_by": None,
    }


def _rows() -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """(articles, copies, clusters) of the dedup output."""
    articles: list[dict[str, Any]] = []
    copies: list[dict[str, Any]] = []
    clusters: list[dict[str, Any]] = []
    n = 0
    for k, (host, agency, copy_hosts, lang) in enumerate(STORIES):
        n += 1
        when = T0 + timedelta(days=k, hours=2)
        canon = article(host, n, lang=lang, published=when, wire=agency)
        members = []
        for j, other in enumerate(copy_hosts):
            n += 1
            copy = article(other, n, lang=lang, published=when + timedelta(hours=j + 1),
                           wire=agency if j % 2 == 0 else None, warc="crawl-2.warc.gz")
            copy["text"] = canon["text"]
            members.append(copy)
        size = len(members) + 1
        canon.update(cluster_id=canon["id"], cluster_size=size, syndicated_by=[
            {"id": c["id"], "url": c["url"], "host": c["host"], "published": c["published"],
             "similarity": 0.93, "relation": "near"} for c in members])
        for c in members:
            c.update(cluster_id=canon["id"], cluster_size=size)
        articles.append(canon)
        copies += members
        clusters.append(_cluster(canon, "canonical", None))
        clusters += [_cluster(c, "near", 0.93, canon["id"]) for c in members]
    hosts = list(OUTLETS)
    for i in range(15):
        n += 1
        host = hosts[i % len(hosts)]
        when = None if i in (4, 11) else T0 + timedelta(days=i % 9, hours=i)
        lang = None if i == 7 else OUTLETS[host]
        row = article(host, n, lang=lang, published=when, wire="AFP" if i % 5 == 0 else None,
                      warc="crawl-1.warc.gz" if i % 2 else "crawl-2.warc.gz")
        row.update(cluster_id=row["id"], cluster_size=1, syndicated_by=[])
        articles.append(row)
        clusters.append(_cluster(row, "unique", None))
    return articles, copies, clusters


def _cluster(row: dict[str, Any], relation: str, sim: float | None,
             canon: str | None = None) -> dict[str, Any]:
    return {"id": row["id"], "cluster_id": canon or row["id"], "is_canonical": canon is None,
            "relation": relation, "similarity": sim, "matched_id": canon, "host": row["host"],
            "published": row["published"]}


def _errors() -> list[dict[str, Any]]:
    return [
        {"warc_filename": "crawl-1.warc.gz", "warc_offset": 5000, "warc_record_id": None,
         "url": None, "stage": "read", "reason": "truncated_gzip", "message": "EOF",
         "fatal": True},
        {"warc_filename": "crawl-2.warc.gz", "warc_offset": 7000, "warc_record_id": "<urn:x>",
         "url": "https://x.test/a", "stage": "extract", "reason": "timeout", "message": None,
         "fatal": True},
    ]


def _write(path: Path, schema_name: str, rows: list[dict[str, Any]], meta: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    schema = arrow_schema(schema_name)
    table = pa.Table.from_pylist(rows, schema=schema)
    extra = {k.encode(): v.encode() for k, v in file_metadata(meta).items()}
    table = table.replace_schema_metadata({**(schema.metadata or {}), **extra})
    pq.write_table(table, path, compression="zstd")


def make_dataset(root: Path, *, dedup: bool = True) -> Path:
    """Write the fixture dataset at ``root`` (and two fake WARC inputs beside it)."""
    root.mkdir(parents=True, exist_ok=True)
    warc = root.parent / "inputs" / "crawl-1.warc.gz"
    warc.parent.mkdir(parents=True, exist_ok=True)
    warc.write_bytes(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n" * 50)
    inputs = [str(warc), "s3://commoncrawl/crawl-data/crawl-2.warc.gz"]
    meta = {"stage": "run" if dedup else "extract", "inputs": json.dumps(inputs),
            "extract_params": json.dumps(EXTRACT_PARAMS, sort_keys=True)}
    if dedup:
        meta["dedup_params"] = json.dumps(DEDUP_PARAMS, sort_keys=True)
    articles, copies, clusters = _rows()
    if not dedup:
        articles = articles + copies
        for row in articles:
            row.update(cluster_id=None, cluster_size=None, syndicated_by=None)
    half = len(articles) // 2
    _write(root / "articles" / "part-00000-0000.parquet", "article", articles[:half], meta)
    _write(root / "articles" / "part-00001-0000.parquet", "article", articles[half:], meta)
    _write(root / "errors" / "part-00000-0000.parquet", "error", _errors(), meta)
    if dedup:
        _write(root / "copies" / "part-00000-0000.parquet", "article", copies, meta)
        _write(root / "clusters" / "part-00000-0000.parquet", "cluster", clusters, meta)
    entries = [{"name": name, "index": i, "records": 40 + i, "articles": 12 - i, "errors": 1}
               for i, name in enumerate(inputs)]
    summary: dict[str, Any] = {"stage": "run" if dedup else "extract", "inputs": entries,
                               "extract": {"params": EXTRACT_PARAMS}}
    if dedup:
        summary["dedup"] = {"params": DEDUP_PARAMS, "clusters": len(STORIES)}
    (root / "summary.json").write_text(json.dumps(summary, indent=2), "utf-8")
    return root


_PIPELINE_OUTPUTS: dict[str, Path] = {}


def pipeline_output(verb: str, samples: Path, tmp_root: Path) -> Path:
    """``warctools <verb> samples/ -o OUT``, run once per test session and shared.

    Skips when the verb is not registered yet.
    """
    import pytest
    from click.testing import CliRunner

    from warctools.cli import main

    if verb in _PIPELINE_OUTPUTS:
        return _PIPELINE_OUTPUTS[verb]
    if verb not in main.commands:
        pytest.skip(f"`warctools {verb}` is not registered yet")
    out = tmp_root / f"{verb}-out"
    made = CliRunner().invoke(main, [verb, str(samples), "-o", str(out), "-q", "-j", "2"])
    assert made.exit_code == 0, made.output
    _PIPELINE_OUTPUTS[verb] = out
    return out
