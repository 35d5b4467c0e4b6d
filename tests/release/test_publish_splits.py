"""Leak-free splits: every config split by story, read back by polars, DuckDB, Hugging Face
datasets and mlcroissant with the manifest's row counts; validate catches a story in two
splits and a wrong row count; --against keeps released stories in their split."""

from __future__ import annotations

import json
import logging
import shutil
import warnings
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from tests.support.release import make_dataset
from warctools.cli import main
from warctools.errors import UsageError, ValidationError
from warctools.release.manifest import write_sha256sums
from warctools.release.publish import publish
from warctools.release.splits import parse_splits, plan_splits
from warctools.release.validate import validate_release

SPLITS = ("train", "validation", "test")
CONFIGS = ("articles", "clusters", "copies")


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def _split_rows(release: Path) -> dict[str, dict[str, int]]:
    manifest = json.loads((release / "manifest.json").read_text())
    return {c: {s: v["rows"] for s, v in m["splits"].items()}
            for c, m in manifest["configs"].items()}


def _story_splits(release: Path) -> pl.DataFrame:
    """(story, split) of every row of every config, read independently of warctools."""
    frames = []
    for config in CONFIGS:
        for path in sorted((release / "data" / config).glob("*.parquet")):
            df = pl.read_parquet(path)
            key = (df["cluster_id"] if config == "clusters"
                   else df.select(pl.coalesce("cluster_id", "id"))[:, 0])
            frames.append(pl.DataFrame({"story": key, "split": path.name.split("-")[0]}))
    return pl.concat(frames)


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("splits")
    publish(make_dataset(root / "out"), root / "release", include_copies=True,
            splits=parse_splits("train=0.5,validation=0.25,test=0.25"))
    return root / "release"


def test_every_config_split_and_no_story_in_two_splits(release: Path) -> None:
    validate_release(release)
    rows = _split_rows(release)
    assert set(rows) == set(CONFIGS)
    for config in CONFIGS:
        assert sorted(p.name.split("-")[0] for p in (release / "data" / config).glob("*")) \
            == sorted(rows[config])
    spans = _story_splits(release).unique().group_by("story").len().filter(pl.col("len") > 1)
    assert spans.is_empty()
    assert all(n > 0 for n in rows["articles"].values())


def test_polars_and_duckdb_count_each_split(release: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    for config, splits in _split_rows(release).items():
        for split, n in splits.items():
            glob = (release / "data" / config / f"{split}-*.parquet").as_posix()
            assert pl.scan_parquet(glob).select(pl.len()).collect().item() == n
            assert con.execute(f"SELECT count(*) FROM read_parquet('{glob}')").fetchone()[0] == n


def test_datasets_load_dataset_returns_the_three_splits(release: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("datasets")
    from datasets import load_dataset

    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    rows = _split_rows(release)
    for config, splits in rows.items():
        loaded = load_dataset(str(release), config, cache_dir=str(tmp_path / "cache"))
        assert {s: d.num_rows for s, d in loaded.items()} == splits
    assert list(load_dataset(str(release), "articles", cache_dir=str(tmp_path / "cache"))) \
        == list(SPLITS)


def test_mlcroissant_reads_every_record_set_without_a_warning(release: Path) -> None:
    mlc = pytest.importorskip("mlcroissant")
    from absl import logging as absl_logging

    seen: list[str] = []

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.WARNING:
                seen.append(record.getMessage())

    handler = Catch()
    for logger in (logging.getLogger(), absl_logging.get_absl_logger()):
        logger.addHandler(handler)
    caught = warnings.catch_warnings(record=True)
    raised = caught.__enter__()
    warnings.simplefilter("always")
    try:
        dataset = mlc.Dataset(jsonld=str(release / "croissant.json"))
        issues = dataset.metadata.ctx.issues
        assert not issues.errors and not issues.warnings
        names = [rs.uuid for rs in dataset.metadata.record_sets]
        assert names == [*CONFIGS, "splits"]
        assert [r["splits/name"] for r in dataset.records("splits")] == list(SPLITS)
        for config, splits in _split_rows(release).items():
            got: dict[str, int] = {}
            for record in dataset.records(config):
                split = record[f"{config}/split"]
                split = split.decode() if isinstance(split, bytes) else split
                got[split] = got.get(split, 0) + 1
            assert got == {s: n for s, n in splits.items() if n}
    finally:
        caught.__exit__(None, None, None)
        for logger in (logging.getLogger(), absl_logging.get_absl_logger()):
            logger.removeHandler(handler)
    assert seen == []
    # only the libraries' own deprecation notices (rdflib, pandas), none about the file
    assert not [w for w in raised if not issubclass(w.category, (DeprecationWarning,
                                                                 FutureWarning))]


def test_card_yaml_lists_the_splits(release: Path) -> None:
    hub = pytest.importorskip("huggingface_hub")
    card = hub.DatasetCard.load(release / "README.md")
    configs = card.data.to_dict()["configs"]
    rows = _split_rows(release)
    assert [e["config_name"] for e in configs] == list(CONFIGS)
    for entry in configs:
        name = entry["config_name"]
        present = [s for s in SPLITS if s in rows[name]]  # a split with no row is left out
        assert entry["data_files"] == [{"split": s, "path": f"data/{name}/{s}-*.parquet"}
                                       for s in present]
    assert list(rows["articles"]) == list(SPLITS)
    text = (release / "README.md").read_text()
    assert "### Splits" in text and "by a hash of each story's `cluster_id`" in text


def _copy(release: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy"
    shutil.copytree(release, target)
    return target


def test_validate_fails_on_a_story_in_two_splits(release: Path, tmp_path: Path) -> None:
    broken = _copy(release, tmp_path)
    train = next((broken / "data/clusters").glob("train-*.parquet"))
    test = pq.read_table(next((broken / "data/clusters").glob("test-*.parquet")))
    table = pq.read_table(train)
    ids = table.column("cluster_id").to_pylist()
    ids[0] = test.column("cluster_id")[0].as_py()
    column = table.schema.get_field_index("cluster_id")
    pq.write_table(table.set_column(column, table.schema.field(column), pa.array(ids)), train)
    write_sha256sums(broken)
    with pytest.raises(ValidationError) as info:
        validate_release(broken)
    assert "has rows in splits test, train" in str(info.value)


def test_validate_fails_on_a_split_row_count(release: Path, tmp_path: Path) -> None:
    broken = _copy(release, tmp_path)
    manifest = json.loads((broken / "manifest.json").read_text())
    manifest["configs"]["copies"]["splits"]["train"]["rows"] += 1
    (broken / "manifest.json").write_text(json.dumps(manifest))
    write_sha256sums(broken)
    code, output = _cli("validate", str(broken))
    assert code == 1
    assert "data/copies/train-*.parquet:" in output and "the manifest says" in output


def _when(release: Path, split: str) -> pl.Series:
    df = pl.read_parquet(release / "data/articles" / f"{split}-*.parquet")
    return df.select(pl.coalesce("published", "warc_date"))[:, 0]


def test_time_split_puts_the_latest_stories_in_test_and_against_keeps_splits(
        release: Path, tmp_path: Path) -> None:
    dataset = make_dataset(tmp_path / "out")
    by_time = tmp_path / "by_time"
    code, output = _cli("publish", str(dataset), "-o", str(by_time), "--include-copies",
                        "--splits", "train=0.6,validation=0.2,test=0.2", "--split-by", "time")
    assert code == 0, output
    validate_release(by_time)
    assert _when(by_time, "train").max() <= _when(by_time, "validation").min()
    assert _when(by_time, "validation").max() <= _when(by_time, "test").min()
    # the same stories published again by time, against the hash-split release
    again = tmp_path / "again"
    code, output = _cli("publish", str(dataset), "-o", str(again), "--include-copies",
                        "--splits", "train=0.6,validation=0.2,test=0.2", "--split-by", "time",
                        "--against", str(release))
    assert code == 0, output
    assert "18 stories kept their split, 0 could not" in output
    before = _story_splits(release).unique().sort("story")
    assert _story_splits(again).unique().sort("story").equals(before)


def test_against_reports_stories_whose_rows_were_split(tmp_path: Path) -> None:
    dataset = make_dataset(tmp_path / "out")
    clusters = pl.read_parquet(dataset / "clusters" / "*.parquet")
    story = clusters.filter(~pl.col("is_canonical"))["cluster_id"][0]
    members = clusters.filter(pl.col("cluster_id") == story)["id"].to_list()
    previous = tmp_path / "previous" / "data" / "articles"
    previous.mkdir(parents=True)
    for split, member in (("train", members[0]), ("test", members[1])):
        pl.DataFrame({"id": [member], "cluster_id": [member]}).write_parquet(
            previous / f"{split}-00000-of-00001.parquet")
    files = {"articles": sorted((dataset / "articles").glob("*.parquet")),
             "clusters": sorted((dataset / "clusters").glob("*.parquet"))}
    plan = plan_splits(files, parse_splits("train=0.8,test=0.2"),
                       previous=tmp_path / "previous")
    assert plan.conflicts == 1 and plan.kept_from_previous == 0
    assert plan.describe()["previous"] == "previous"


@pytest.mark.parametrize("text", ["train=0.5,test=0.4", "train=1,train=0", "train:1",
                                  "tr-ain=1", ""])
def test_bad_splits_are_usage_errors(text: str) -> None:
    with pytest.raises(UsageError):
        parse_splits(text)


@pytest.fixture(scope="module")
def sample_runs(samples_dir: Path, tmp_path_factory: pytest.TempPathFactory
                ) -> dict[int, Path]:
    root = tmp_path_factory.mktemp("jobs")
    releases = {}
    for jobs in (1, 2):
        out = root / f"run-{jobs}"
        code, output = _cli("run", "-q", "-j", str(jobs), str(samples_dir), "-o", str(out))
        assert code == 0, output
        releases[jobs] = root / f"release-{jobs}"
        code, output = _cli("publish", "-q", str(out), "-o", str(releases[jobs]),
                            "--include-copies", "--splits",
                            "train=0.5,validation=0.25,test=0.25")
        assert code == 0, output
    return releases


@pytest.mark.parametrize("jobs", [1, 2])
def test_no_cluster_spans_two_splits_for_any_jobs(sample_runs: dict[int, Path],
                                                  jobs: int) -> None:
    release = sample_runs[jobs]
    validate_release(release)
    stories = _story_splits(release).unique()
    assert stories.group_by("story").len().filter(pl.col("len") > 1).is_empty()
    copies = pl.read_parquet(release / "data/copies/*.parquet")
    assert copies.height > 0  # the samples have syndicated stories: the check has teeth
    other = _story_splits(sample_runs[3 - jobs]).unique().sort("story")
    assert stories.sort("story").equals(other)  # the same splits for every --jobs
