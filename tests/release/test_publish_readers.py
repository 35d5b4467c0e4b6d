"""A release loads, with equal row counts, in the readers people use: polars, DuckDB,
pyarrow.dataset, Hugging Face datasets (offline), and mlcroissant when installed."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pyarrow.dataset as ds
import pytest

from tests.support.release import make_dataset
from warctools.release.publish import publish

CONFIGS = ("articles", "clusters", "copies")


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("readers")
    publish(make_dataset(root / "out"), root / "release", include_copies=True,
            file_bytes=9_000, row_group_bytes=2_000)
    return root / "release"


def _rows(release: Path) -> dict[str, int]:
    manifest = json.loads((release / "manifest.json").read_text())
    return {c: v["rows"] for c, v in manifest["configs"].items()}


def test_polars_scan_with_globs(release: Path) -> None:
    counts = {c: pl.scan_parquet(release / f"data/{c}/*.parquet").select(pl.len()).collect()
              .item() for c in CONFIGS}
    assert counts == _rows(release) == {"articles": 18, "clusters": 24, "copies": 6}
    every = pl.scan_parquet(release / "data/**/*.parquet", missing_columns="insert",
                            extra_columns="ignore")
    assert every.select(pl.len()).collect().item() >= 18
    hosts = (pl.scan_parquet(release / "data/articles/*.parquet")
             .filter(pl.col("cluster_size") > 1).select("host").collect()["host"].to_list())
    assert sorted(hosts) == ["apnews.com", "www.lemonde.fr", "www.theguardian.com"]


def test_duckdb_sql(release: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    for config, rows in _rows(release).items():
        glob = (release / "data" / config / "*.parquet").as_posix()
        q = f"SELECT count(*) FROM read_parquet('{glob}', union_by_name=true)"
        assert con.execute(q).fetchone()[0] == rows
    glob = (release / "data/articles/*.parquet").as_posix()
    top = con.execute(
        f"""SELECT a.host, count(*) FROM read_parquet('{glob}', union_by_name=true) a,
            unnest(a.syndicated_by) AS s(copy) GROUP BY a.host ORDER BY 2 DESC, 1""").fetchall()
    assert top == [("apnews.com", 3), ("www.lemonde.fr", 2), ("www.theguardian.com", 1)]
    clusters = (release / "data/clusters/*.parquet").as_posix()
    joined = con.execute(
        f"""SELECT count(*) FROM read_parquet('{glob}') a
            JOIN read_parquet('{clusters}') c ON c.cluster_id = a.cluster_id""").fetchone()[0]
    assert joined == 24


def test_pyarrow_dataset(release: Path) -> None:
    for config, rows in _rows(release).items():
        dataset = ds.dataset(release / "data" / config, format="parquet")
        assert dataset.count_rows() == rows
    articles = ds.dataset(release / "data/articles", format="parquet")
    fr = articles.to_table(filter=ds.field("language") == "fr", columns=["id"])
    assert fr.num_rows == 7


@pytest.fixture
def offline_hf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf" / "datasets"))
    return tmp_path / "hf" / "datasets"


def test_datasets_load_parquet(release: Path, offline_hf: Path) -> None:
    from datasets import load_dataset

    for config, rows in _rows(release).items():
        files = sorted(str(p) for p in (release / "data" / config).glob("*.parquet"))
        loaded = load_dataset("parquet", data_files={"train": files}, split="train",
                              cache_dir=str(offline_hf))
        assert loaded.num_rows == rows
    articles = load_dataset("parquet", data_files=str(release / "data/articles/*.parquet"),
                            split="train", cache_dir=str(offline_hf))
    assert set(articles.column_names) >= {"id", "text", "syndicated_by"}


def test_datasets_reads_the_cards_configs(release: Path, offline_hf: Path) -> None:
    from datasets import load_dataset

    for config, rows in _rows(release).items():
        loaded = load_dataset(str(release), config, split="train", cache_dir=str(offline_hf))
        assert loaded.num_rows == rows


@pytest.mark.filterwarnings("ignore")  # mlcroissant's own deprecation warnings
def test_mlcroissant_reads_the_records(release: Path) -> None:
    mlc = pytest.importorskip("mlcroissant")
    dataset = mlc.Dataset(jsonld=str(release / "croissant.json"))
    assert not dataset.metadata.ctx.issues.errors and not dataset.metadata.ctx.issues.warnings
    for config, rows in _rows(release).items():
        records = list(dataset.records(config))
        assert len(records) == rows
    canonical = [r for r in dataset.records("articles") if r["articles/cluster_size"] == 4][0]
    hosts = sorted(s["articles/syndicated_by/host"] for s in canonical["articles/syndicated_by"])
    assert hosts == [b"www.bbc.co.uk", b"www.spiegel.de", b"www.theguardian.com"]


def test_huggingface_hub_parses_the_card(release: Path) -> None:
    hub = pytest.importorskip("huggingface_hub")
    card = hub.DatasetCard.load(release / "README.md")
    data = card.data.to_dict()
    assert [c["config_name"] for c in data["configs"]] == list(CONFIGS)
    assert data["license"] == "other" and data["language"] == ["en", "fr", "de"]
