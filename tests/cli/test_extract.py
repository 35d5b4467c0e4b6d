"""`warctools extract` end to end on the real WARC samples and on samples/."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import polars as pl
import pytest
from click.testing import CliRunner

from warctools.cli import main
from warctools.schema import column_names


def _extract(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["extract", "-q", *args], catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def shared_out(warc_samples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("shared") / "out"
    code, output = _extract([str(warc_samples_dir), "-o", str(out), "--jobs", "2"])
    assert code == 0, output
    return out


def test_every_record_accounted(shared_out: Path, warc_samples_dir: Path) -> None:
    """Each input's records are articles, skipped or errors; the counts against warcio and
    FastWARC are asserted once, in tests/readers/test_malformed_samples.py."""
    summary = json.loads((shared_out / "summary.json").read_text())
    manifest = json.loads((warc_samples_dir / "manifest.json").read_text())
    skipped_inputs = {Path(s["name"]).name for s in summary["skipped_inputs"]}
    assert "manifest.json" in skipped_inputs and "README.md" in skipped_inputs
    for s in summary["inputs"]:
        assert s["records"] == s["articles"] + sum(s["skipped"].values()) + s["errors"], s
        assert not s["failed"], s
    names = {Path(s["name"]).relative_to(warc_samples_dir).as_posix() for s in summary["inputs"]}
    assert {entry["path"] for entry in manifest["files"]} <= names


def test_named_faults_are_in_errors(shared_out: Path) -> None:
    errors = pl.read_parquet(shared_out / "errors" / "*.parquet")
    names = set(
        errors["warc_filename"].map_elements(lambda p: Path(p).name, return_dtype=pl.String)
    )
    assert "invalid-warcfile-record-then-garbage.warc" in names
    assert "clipped.warc.gz" in names


def test_output_loads_in_polars_and_duckdb_with_documented_columns(shared_out: Path) -> None:
    articles = pl.scan_parquet(shared_out / "articles" / "*.parquet")
    assert articles.collect_schema().names() == column_names("article")
    df = articles.collect()
    assert df.height > 50 and df["id"].is_unique().all()
    con = duckdb.connect()
    rows = con.execute(
        f"select count(*) from read_parquet('{shared_out}/articles/*.parquet')"
    ).fetchall()
    assert rows == [(df.height,)]
    errs = con.execute(
        f"select count(*) from read_parquet('{shared_out}/errors/*.parquet')"
    ).fetchall()
    assert errs[0][0] > 0


def test_jobs_1_and_2_give_identical_output(
    shared_out: Path, warc_samples_dir: Path, tmp_path: Path
) -> None:
    out1 = tmp_path / "one"
    code, output = _extract([str(warc_samples_dir), "-o", str(out1), "--jobs", "1"])
    assert code == 0, output
    for table in ("articles", "errors"):
        a = sorted(p.name for p in (shared_out / table).glob("*.parquet"))
        b = sorted(p.name for p in (out1 / table).glob("*.parquet"))
        assert a == b
        for name in a:
            assert pl.read_parquet(shared_out / table / name).equals(
                pl.read_parquet(out1 / table / name)
            ), (table, name)
    s1 = json.loads((out1 / "summary.json").read_text())
    s2 = json.loads((shared_out / "summary.json").read_text())
    assert s1 == s2


def test_missing_input_exits_1_but_processes_the_rest(
    warc_samples_dir: Path, tmp_path: Path
) -> None:
    good = warc_samples_dir / "warcio" / "example.warc.gz"
    out = tmp_path / "out"
    code, output = _extract([str(good), str(tmp_path / "nope.warc.gz"), "-o", str(out)])
    assert code == 1
    summary = json.loads((out / "summary.json").read_text())
    assert summary["totals"]["failed_inputs"] == 1
    assert any(s["records"] > 0 for s in summary["inputs"])


def test_a_file_that_kills_its_worker_is_reported_and_the_rest_finish(
        samples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    import warctools.pipeline.extract_stage as stage

    real = stage.iter_records

    def dying(inp, **kwargs):  # type: ignore[no-untyped-def]
        if inp.name.endswith("-b.warc.gz"):
            os._exit(9)  # the OOM killer, or a segfault in native code
        return real(inp, **kwargs)

    monkeypatch.setattr(stage, "iter_records", dying)  # forked workers inherit it
    # a thread an earlier test's library left running would make the pool use a fork
    # server, whose workers would not inherit the patch
    monkeypatch.setattr("warctools.executors.local.threads_running", lambda: False)
    out = tmp_path / "out"
    code, output = _extract([str(samples_dir), "-o", str(out), "--jobs", "2"])
    assert code == 1, output
    summary = json.loads((out / "summary.json").read_text())
    failed = [s for s in summary["inputs"] if s["failed"]]
    assert [Path(s["name"]).name for s in failed] == ["crawl-2024-05-b.warc.gz"]
    assert all(s["articles"] > 0 for s in summary["inputs"] if not s["failed"])
    errors = pl.read_parquet(out / "errors" / "*.parquet")
    assert "worker_crashed" in errors["reason"].to_list()


def test_same_capture_in_two_inputs_yields_one_row(samples_dir: Path, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b"):  # a file and its copy under another name
        shutil.copy(samples_dir / "crawl-2024-05-a.warc.gz", folder / f"{name}.warc.gz")
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        code, output = _extract([str(folder), "-o", str(out), "--jobs", jobs])
        assert code == 0, output
        summary = json.loads((out / "summary.json").read_text())
        first, second = summary["inputs"]
        assert second["articles"] == 0
        assert second["skipped"]["duplicate_capture"] == first["articles"] > 0
        articles = pl.read_parquet(out / "articles" / "*.parquet")
        assert articles["id"].is_unique().all() and articles.height == first["articles"]


def test_revisit_resolves_to_an_original_in_another_input(samples_dir: Path,
                                                          tmp_path: Path) -> None:
    expected = json.loads((samples_dir / "expected.json").read_text())
    out = tmp_path / "out"
    code, output = _extract([str(samples_dir), "-o", str(out), "--jobs", "2"])
    assert code == 0, output
    summary = json.loads((out / "summary.json").read_text())
    assert summary["cross_file_revisits"] >= 1
    assert "revisit_unresolved" not in summary["totals"]["skipped"]
    revisits = pl.read_parquet(out / "articles" / "*.parquet").filter(
        pl.col("revisit_of").is_not_null())
    files = {Path(f).name for f in revisits["warc_filename"].to_list()}
    assert files == {"crawl-2024-05-a.warc.gz", "crawl-2024-05-b.warc.gz"}, expected["revisits"]
