"""End to end on the real samples: extract (and run, once the verb exists) -> publish ->
validate -> the release loads in polars, DuckDB and datasets with the same row counts;
one corrupt byte makes validate fail naming the file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from tests.support.release import pipeline_output
from warctools.cli import main


@pytest.fixture(scope="module", params=["extract", "run"])
def release(request: pytest.FixtureRequest, samples_dir: Path,
            tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = pipeline_output(request.param, samples_dir, tmp_path_factory.getbasetemp())
    target = tmp_path_factory.mktemp(f"e2e-{request.param}") / "release"
    args = ["publish", str(out), "-o", str(target), "-q"]
    if (out / "copies").is_dir():
        args.append("--include-copies")
    published = CliRunner().invoke(main, args)
    assert published.exit_code == 0, published.output
    return target


def _configs(release: Path) -> dict[str, int]:
    manifest = json.loads((release / "manifest.json").read_text())
    return {c: v["rows"] for c, v in manifest["configs"].items()}


def test_validate_passes(release: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(release)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK ")


def test_card_records_parameters_and_inputs(release: Path, samples_dir: Path) -> None:
    card = (release / "README.md").read_text()
    assert "### extract parameters" in card and '"max_payload_bytes"' in card
    if "clusters" in _configs(release):
        assert "### dedup parameters" in card and '"num_perm"' in card
    for warc in sorted(samples_dir.glob("*.warc*")):
        digest = hashlib.sha256(warc.read_bytes()).hexdigest()
        assert f"`{digest}`" in card, f"{warc.name} sha256 missing from the card"


def test_readers_agree(release: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    duckdb = pytest.importorskip("duckdb")
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    configs = _configs(release)
    assert configs["articles"] > 0
    for config, rows in configs.items():
        glob = (release / "data" / config / "*.parquet").as_posix()
        assert pl.scan_parquet(glob).select(pl.len()).collect().item() == rows
        sql = f"SELECT count(*) FROM read_parquet('{glob}', union_by_name=true)"
        assert duckdb.connect().execute(sql).fetchone()[0] == rows
        loaded = datasets.load_dataset("parquet", data_files=glob, split="train",
                                       cache_dir=str(tmp_path / "hf" / "datasets"))
        assert loaded.num_rows == rows


def test_report_renders(release: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", str(release), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f'"articles": {_configs(release)["articles"]}' in out.read_text()


def test_one_corrupt_byte_fails(release: Path, tmp_path: Path) -> None:
    import shutil

    copy = Path(shutil.copytree(release, tmp_path / "copy"))
    victim = sorted((copy / "data" / "articles").glob("*.parquet"))[0]
    data = bytearray(victim.read_bytes())
    data[len(data) // 3] ^= 0x01
    victim.write_bytes(bytes(data))
    result = CliRunner().invoke(main, ["validate", str(copy)])
    assert result.exit_code == 1
    assert f"data/articles/{victim.name}: sha256 is" in result.output
