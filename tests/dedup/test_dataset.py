"""dedup_dataset end to end on small article.v1 inputs: relations, guards, outputs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest

from tests.support.dedup import (
    S1,
    TEMPLATE,
    article,
    corpus,
    hours,
    story,
    write_articles,
)
from warctools.dedup import DedupParams, dedup_dataset


def run(tmp: Path, rows: list[dict[str, Any]], name: str, *, jobs: int = 1, files: int = 1,
        **params: Any) -> Path:
    from warctools.executors import make_executor

    src = write_articles(tmp / f"{name}-in", rows, files=files, row_group=3)
    out = tmp / name
    dedup_dataset(src, out, params=DedupParams(**params),
                  executor=make_executor("local", jobs=jobs))
    return out


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return run(tmp_path_factory.mktemp("dedup"), corpus(), "out")


def clusters(out: Path) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in pl.read_parquet(out / "clusters").to_dicts()}


def test_syndicated_copies_cluster_with_their_relations(out: Path) -> None:
    c = clusters(out)
    cid = c["s1-orig"]["cluster_id"]
    members = {i for i, r in c.items() if r["cluster_id"] == cid}
    assert members == {"s1-orig", "s1-dateline", "s1-byline", "s1-trim", "s1-note", "s1-update"}
    assert cid == "s1-byline" and c["s1-byline"]["relation"] == "canonical"
    assert c["s1-byline"]["is_canonical"] and c["s1-byline"]["similarity"] is None
    assert c["s1-orig"]["relation"] == "exact" and c["s1-dateline"]["relation"] == "exact"
    assert c["s1-trim"]["relation"] == "contained" and c["s1-trim"]["similarity"] == 1.0
    assert c["s1-note"]["relation"] == "near" and c["s1-note"]["similarity"] > 0.9
    assert c["s1-update"]["relation"] == "near"
    assert c["exact-b"]["relation"] == "canonical" and c["exact-a"]["relation"] == "exact"
    assert c["exact-a"]["matched_id"] == "exact-b"


def test_hard_negatives_and_guards_never_merge(out: Path) -> None:
    c = clusters(out)
    for i in ("quote-a", "quote-b", "tmpl-a", "tmpl-b", "tmpl-only", "short-a", "short-b",
              "unique", "empty"):
        assert c[i]["relation"] == "unique", i
        assert c[i]["cluster_id"] == i and not c[i]["is_canonical"]


def test_every_article_has_one_cluster_row_and_outputs_partition_input(out: Path) -> None:
    cl = pl.read_parquet(out / "clusters")
    arts = pl.read_parquet(out / "articles")
    copies = pl.read_parquet(out / "copies")
    ids = [r["id"] for r in corpus()]
    assert sorted(cl["id"].to_list()) == sorted(ids)
    assert cl["cluster_id"].null_count() == 0
    assert sorted(arts["id"].to_list() + copies["id"].to_list()) == sorted(ids)
    assert set(arts["id"]) == set(cl.filter(pl.col("relation").is_in(["canonical", "unique"]))
                                  ["id"])
    assert arts.filter(pl.col("id") == "s1-byline")["cluster_size"].item() == 6
    syn = arts.filter(pl.col("id") == "s1-byline")["syndicated_by"].item().to_list()
    assert sorted(s["id"] for s in syn) == ["s1-dateline", "s1-note", "s1-orig", "s1-trim",
                                            "s1-update"]
    assert {s["relation"] for s in syn} == {"exact", "near", "contained"}
    assert copies["text"].null_count() == 0 and copies["cluster_id"].null_count() == 0


def test_outputs_load_in_duckdb_and_signatures_in_datasketch(out: Path) -> None:
    con = duckdb.connect()
    n = con.execute(f"select count(*) from read_parquet('{out}/clusters/*.parquet')").fetchone()
    assert n is not None and n[0] == len(corpus())
    syn = con.execute(
        f"select len(syndicated_by) from read_parquet('{out}/articles/*.parquet') "
        "where id = 's1-byline'").fetchone()
    assert syn is not None and syn[0] == 5
    sig = pl.read_parquet(out / "signatures")
    assert sig.height == len(corpus()) and sig["hashvalues"].list.len().unique().to_list() == [128]
    from warctools.dedup import lean_minhash

    row = {r["id"]: r for r in sig.to_dicts()}
    a, b = lean_minhash(row["s1-orig"]["hashvalues"]), lean_minhash(row["s1-byline"]["hashvalues"])
    assert a.jaccard(b) == 1.0


@pytest.mark.parametrize("keep,expected", [("earliest", "s1-byline"), ("longest", "s1-update"),
                                           ("agency-first", "s1-orig")])
def test_canonical_policy(tmp_path: Path, keep: str, expected: str) -> None:
    rows = [r for r in corpus() if r["id"].startswith("s1-")]
    c = clusters(run(tmp_path, rows, keep, keep=keep))
    assert {r["cluster_id"] for r in c.values()} == {expected}


@pytest.mark.parametrize("name,jobs,params", [
    ("jobs2", 2, {"files": 3, "shard_rows": 4}),
    ("partitions", 1, {"files": 2, "shard_rows": 5, "partitions": 3}),
    ("stars", 2, {"components": "stars", "partitions": 2}),
    ("stars-one-partition", 1, {"components": "stars", "partitions": 1, "shard_rows": 7}),
])
def test_same_output_for_any_jobs_sharding_partitions_and_components(
        tmp_path: Path, out: Path, name: str, jobs: int, params: dict[str, Any]) -> None:
    """Jobs, shards, LSH partitions, and union-find against large-star/small-star tasks:
    identical clusters, articles and copies (the parameters are recorded in the
    signatures' metadata only)."""
    params = dict(params)
    files = params.pop("files", 1)
    other = run(tmp_path, corpus(), name, jobs=jobs, files=files, **params)
    for table in ("clusters", "articles", "copies"):
        a = pl.read_parquet(out / table)
        b = pl.read_parquet(other / table)
        assert a.equals(b), table
    assert not (other / "_work" / "dedup").exists()  # working files removed


def test_against_an_earlier_release(tmp_path: Path, out: Path) -> None:
    dl = "LONDON (AFP) - "
    new = [
        article("s1-late", dl + S1, host="h.com", published=hours(30), dateline_start=0,
                dateline_end=len(dl)),
        article("s1-late-trim", "\n\n".join(S1.split("\n\n")[:2]), host="i.com",
                published=hours(29)),
        article("fresh", story(8, 300), host="h.com"),
        article("exact-c", story(6, 200), host="c.com"),
    ]
    src = write_articles(tmp_path / "new-in", new)
    out2 = tmp_path / "new"
    summary = dedup_dataset(src, out2, against=out)
    c = clusters(out2)
    assert c["s1-late"]["cluster_id"] == "s1-byline" and not c["s1-late"]["is_canonical"]
    assert c["s1-late"]["relation"] == "exact" and c["s1-late"]["matched_id"].startswith("s1-")
    assert c["s1-late-trim"]["cluster_id"] == "s1-byline"
    assert c["exact-c"]["cluster_id"] == "exact-b"
    assert c["fresh"]["relation"] == "unique"
    assert pl.read_parquet(out2 / "articles")["id"].to_list() == ["fresh"]
    copies = pl.read_parquet(out2 / "copies")
    assert sorted(copies["id"]) == ["exact-c", "s1-late", "s1-late-trim"]
    assert copies.filter(pl.col("id") == "s1-late")["cluster_size"].item() == 8
    assert summary.matched_earlier == 3 and summary.as_dict()["against"] == [str(out)]


def _drop_column(folder: Path, column: str) -> None:
    import pyarrow.parquet as pq

    for path in sorted(folder.glob("*.parquet")):
        table = pq.read_table(path)
        pq.write_table(table.drop_columns([column]), path)


def test_same_site_guard_applies_against_an_earlier_release(tmp_path: Path) -> None:
    """A template-only page of e.com is 'contained' in PREV's e.com story (template left in
    by extraction) but shares only the site template: the same-site floor must hold across
    releases too, from the signatures' host column, or from PREV's clusters/ for older
    signatures; the same page on another host is a contained copy."""
    import shutil

    prev = run(tmp_path, [article("tmpl-a", story(4, 150) + "\n\n" + TEMPLATE, host="e.com"),
                          article("other", story(9, 200), host="f.com")], "prev")
    assert pl.read_parquet(prev / "signatures")["host"].to_list() == ["e.com", "f.com"]
    legacy = tmp_path / "legacy-prev"
    shutil.copytree(prev, legacy)
    _drop_column(legacy / "signatures", "host")
    for name, release in (("current", prev), ("legacy", legacy)):
        for host, relation in (("e.com", "unique"), ("z.com", "contained")):
            src = write_articles(tmp_path / f"{name}-{host}-in",
                                 [article("tmpl-late", "Read more. " + TEMPLATE, host=host)])
            out2 = tmp_path / f"{name}-{host}"
            summary = dedup_dataset(src, out2, against=release)
            row = clusters(out2)["tmpl-late"]
            assert row["relation"] == relation, (name, host)
            if relation == "unique":
                assert summary.rejected["same_site_floor"] == 1, name
            else:
                assert row["cluster_id"] == "tmpl-a" and summary.matched_earlier == 1


def test_against_refuses_signatures_of_another_shingle_hash(tmp_path: Path, out: Path) -> None:
    """Signatures written with another shingle hash (an older warctools) cannot be compared
    with this version's: --against says so instead of finding no matches."""
    import shutil

    import pyarrow.parquet as pq

    from warctools.errors import UsageError

    old = tmp_path / "old-release"
    shutil.copytree(out, old)
    for path in sorted((old / "signatures").glob("*.parquet")):
        table = pq.read_table(path)
        meta = dict(table.schema.metadata)
        meta[b"dedup.hashfunc"] = b"warctools.dedup.shingle_hash"
        pq.write_table(table.replace_schema_metadata(meta), path)
    src = write_articles(tmp_path / "in", [article("fresh", story(8, 300), host="h.com")])
    with pytest.raises(UsageError, match="hashfunc warctools.dedup.shingle_hash,"):
        dedup_dataset(src, tmp_path / "new", against=old)
    assert dedup_dataset(src, tmp_path / "new-ok", against=out).matched_earlier == 0


def test_story_is_deterministic() -> None:
    assert story(1) == story(1) and story(1) != story(2)
    assert len(story(3, words=100).split()) == 100
