"""warctools publish: the release layout, sorting, sharding, card, manifest, atomicity."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from tests.support.release import DEDUP_PARAMS, EXTRACT_PARAMS, make_dataset
from warctools.cli import main
from warctools.errors import OutputExistsError, SchemaError, UsageError
from warctools.release.publish import publish
from warctools.schema import arrow_schema
from warctools.writers.release import iter_sorted


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_dataset(tmp_path_factory.mktemp("pub") / "out")


@pytest.fixture(scope="module")
def release(dataset: Path) -> Path:
    target = dataset.parent / "release"
    publish(dataset, target, name="news-sample", include_copies=True)
    return target


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_layout_and_manifest(release: Path) -> None:
    manifest = json.loads((release / "manifest.json").read_text())
    assert sorted(p.name for p in release.iterdir()) == [
        "README.md", "SHA256SUMS", "croissant.json", "data", "manifest.json"]
    assert {c: v["rows"] for c, v in manifest["configs"].items()} == {
        "articles": 18, "clusters": 24, "copies": 6}
    assert manifest["schema_version"] == 1
    for entry in manifest["files"]:
        path = release / entry["path"]
        assert path.name == "train-00000-of-00001.parquet"
        assert entry["bytes"] == path.stat().st_size
        assert entry["sha256"] == _sha(path)
        meta = pq.read_metadata(path)
        assert (entry["rows"], entry["row_groups"]) == (meta.num_rows, meta.num_row_groups)
    assert not list(release.parent.glob(".release*")), "temporary folders left behind"


def test_sha256sums_cover_every_file(release: Path) -> None:
    lines = (release / "SHA256SUMS").read_text().splitlines()
    listed = {line.split("  ", 1)[1]: line.split("  ", 1)[0] for line in lines}
    files = {p.relative_to(release).as_posix() for p in release.rglob("*") if p.is_file()}
    assert set(listed) == files - {"SHA256SUMS"}
    assert all(_sha(release / rel) == digest for rel, digest in listed.items())


@pytest.mark.parametrize("config,schema", [("articles", "article"), ("clusters", "cluster"),
                                           ("copies", "article")])
def test_files_match_schemas_sorted_with_page_index(release: Path, config: str,
                                                    schema: str) -> None:
    for path in sorted((release / "data" / config).glob("*.parquet")):
        written = pq.read_schema(path)
        assert written.equals(arrow_schema(schema), check_metadata=False), "drifted"
        assert written.metadata[b"schema_name"] == schema.encode()
        meta = pq.read_metadata(path)
        group = meta.row_group(0)
        names = [written.names[s.column_index] for s in group.sorting_columns]
        assert names == ["published", "host"]
        assert all(group.column(i).is_stats_set for i in range(group.num_columns))
        assert group.column(0).has_column_index and group.column(0).has_offset_index
        df = pl.read_parquet(path, columns=["published", "host"])
        assert df.equals(df.sort(["published", "host"], nulls_last=True, maintain_order=True))
        assert df["published"].is_null().sum() == 0 or df["published"][-1] is None


def test_rows_survive_unchanged(dataset: Path, release: Path) -> None:
    for config in ("articles", "clusters", "copies"):
        before = pl.read_parquet(dataset / config / "*.parquet").sort("id")
        after = pl.read_parquet(release / "data" / config / "*.parquet").sort("id")
        assert before.equals(after)


def test_card_header_counts_provenance(dataset: Path, release: Path) -> None:
    yaml = pytest.importorskip("yaml")
    card = (release / "README.md").read_text()
    _, header, body = card.split("---\n", 2)
    meta = yaml.safe_load(header)
    assert meta["license"] == "other" and meta["pretty_name"] == "news sample"
    assert meta["language"] == ["en", "fr", "de"]
    assert meta["size_categories"] == ["n<1K"]
    assert {"text-generation", "text-classification"} <= set(meta["task_categories"])
    assert [(c["config_name"], c["data_files"][0]["path"]) for c in meta["configs"]] == [
        (c, f"data/{c}/train-*.parquet") for c in ("articles", "clusters", "copies")]
    assert "| articles (stories) | 18 |" in body and "| outlets (hosts) | 7 |" in body
    assert "2024-03-01 to 2024-03-09; 2 undated" in body
    assert "| syndicated stories (clusters of 2+ copies) | 3 |" in body
    assert "| copies collapsed into their story | 6 |" in body
    warc = dataset.parent / "inputs" / "crawl-1.warc.gz"
    assert _sha(warc) in body
    assert "crawl-2.warc.gz` | unknown | unknown" in body
    for key, value in {**EXTRACT_PARAMS, **DEDUP_PARAMS}.items():
        assert f'"{key}": {json.dumps(value)}' in body
    for reader in ("pl.scan_parquet", "read_parquet(", "load_dataset("):
        assert reader in body
    assert "| `syndicated_by` |" in body and "| `is_canonical` |" in body


def test_file_metadata_carries_parameters(release: Path) -> None:
    path = next((release / "data" / "articles").glob("*.parquet"))
    meta = {k.decode(): v.decode() for k, v in pq.read_metadata(path).metadata.items()}
    assert json.loads(meta["dedup_params"]) == DEDUP_PARAMS
    assert meta["release_name"] == "news-sample" and meta["release_config"] == "articles"


def test_sharding_rolls_files_and_row_groups(dataset: Path, tmp_path: Path) -> None:
    result = publish(dataset, tmp_path / "rel", file_bytes=9_000, row_group_bytes=2_000)
    files = [f for f in result.manifest["files"] if f["config"] == "articles"]
    assert len(files) > 1 and any(f["row_groups"] > 1 for f in files)
    n = len(files)
    assert [Path(f["path"]).name for f in files] == [
        f"train-{i:05d}-of-{n:05d}.parquet" for i in range(n)]
    df = pl.concat([pl.read_parquet(tmp_path / "rel" / f["path"]) for f in files])
    assert df.height == 18
    keys = df.select("published", "host")
    assert keys.equals(keys.sort(["published", "host"], nulls_last=True, maintain_order=True))


def test_extract_output_publishes_articles_only(tmp_path: Path) -> None:
    out = make_dataset(tmp_path / "extract", dedup=False)
    result = publish(out, tmp_path / "rel")
    assert list(result.manifest["configs"]) == ["articles"]
    assert result.manifest["configs"]["articles"]["rows"] == 24
    card = (tmp_path / "rel" / "README.md").read_text()
    assert "deduplication | not run" in card
    with pytest.raises(UsageError, match="copies"):
        publish(out, tmp_path / "rel2", include_copies=True)


def test_refuses_non_empty_release_unless_overwrite(dataset: Path, tmp_path: Path) -> None:
    target = tmp_path / "rel"
    target.mkdir()
    publish(dataset, target)  # an empty folder is fine
    (target / "keep.txt").write_text("x")
    with pytest.raises(OutputExistsError, match="--overwrite"):
        publish(dataset, target)
    publish(dataset, target, overwrite=True, version="2.0.0")
    assert not (target / "keep.txt").exists()
    assert json.loads((target / "manifest.json").read_text())["version"] == "2.0.0"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rel"]
    with pytest.raises(UsageError, match="overlap"):
        publish(dataset, dataset / "release")


def test_failed_build_leaves_nothing(dataset: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    make_dataset(bad)
    table = pq.read_table(bad / "clusters")
    pq.write_table(table.drop_columns(["relation"]), bad / "clusters" / "part-00000-0000.parquet")
    with pytest.raises(SchemaError, match="relation"):
        publish(bad, tmp_path / "rel")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad", "inputs"]


def test_cli_publish(dataset: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["publish", str(dataset), "-o", str(tmp_path / "rel"), "--name", "x",
            "--version", "0.1", "--license", "cc-by-4.0", "--description", "Hello.",
            "--url", "https://example.org/news"]
    ok = runner.invoke(main, args)
    assert ok.exit_code == 0, ok.output
    card = (tmp_path / "rel" / "README.md").read_text()
    assert 'license: "cc-by-4.0"' in card and "\nHello.\n" in card
    croissant = json.loads((tmp_path / "rel" / "croissant.json").read_text())
    assert croissant["url"] == "https://example.org/news" and croissant["version"] == "0.1"
    again = runner.invoke(main, args)
    assert again.exit_code == 2 and "--overwrite" in again.output


@pytest.mark.parametrize("bucket_bytes", [2_000, 10_000, 10**9])
def test_out_of_core_sort_matches_an_in_memory_sort(dataset: Path, tmp_path: Path,
                                                    bucket_bytes: int) -> None:
    files = sorted((dataset / "articles").glob("*.parquet"))
    tables = list(iter_sorted(files, arrow_schema("article"), tmp_path,
                              bucket_bytes=bucket_bytes))
    got = pl.from_arrow(pa.concat_tables(tables))
    want = pl.read_parquet(files).sort(["published", "host", "id"], nulls_last=True)
    assert got.equals(want)
    assert len(tables) > 1 or bucket_bytes > 10_000
    assert list(tmp_path.iterdir()) == [], "scratch buckets left behind"


def test_fixture_follows_the_schemas(tmp_path: Path) -> None:
    root = make_dataset(tmp_path / "out")
    for table, name in [("articles", "article"), ("copies", "article"),
                        ("clusters", "cluster"), ("errors", "error")]:
        for path in (root / table).glob("*.parquet"):
            assert pq.read_schema(path).equals(arrow_schema(name), check_metadata=False)
    rows = pq.read_table(root / "articles").num_rows + pq.read_table(root / "copies").num_rows
    assert rows == pq.read_table(root / "clusters").num_rows == 24
