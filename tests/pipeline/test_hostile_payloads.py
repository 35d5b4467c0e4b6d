"""Hostile payloads through ``warctools extract``: finished, bounded, reason recorded.

RSS and per-record time are measured by ``benchmarks/robustness.py`` (a subprocess per
payload); here every payload must finish, be accounted for and leave its reason.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from tests.support.hostile import BUILDERS, EXPECTED, GOOD_URL
from warctools.cli import main


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    root = tmp_path_factory.mktemp("hostile")
    inputs = root / "in"
    inputs.mkdir()
    for name, build in BUILDERS.items():
        (inputs / f"{name}.warc").write_bytes(build())
    out = root / "out"
    started = time.perf_counter()
    result = CliRunner().invoke(main, ["extract", "-q", str(inputs), "-o", str(out),
                                       "--jobs", "1"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out, time.perf_counter() - started


def _by_name(out: Path) -> dict[str, dict]:
    summary = json.loads((out / "summary.json").read_text())
    return {Path(s["name"]).stem: s for s in summary["inputs"]}


def test_every_payload_finished_and_accounted(hostile_run: tuple[Path, float]) -> None:
    out, seconds = hostile_run
    files = _by_name(out)
    assert set(files) == set(BUILDERS)
    for s in files.values():
        assert not s["failed"], s
        assert s["records"] == 2, s
        assert s["records"] == s["articles"] + sum(s["skipped"].values()) + s["errors"], s
    # 7 payloads, each far under the 10 s per-page limit (a limit hit would be an error row)
    assert seconds < 60


def test_reasons_recorded(hostile_run: tuple[Path, float]) -> None:
    out, _ = hostile_run
    errors = pl.read_parquet(out / "errors" / "*.parquet")
    assert "internal_error" not in errors["reason"].to_list()
    assert "extract_failed" not in errors["reason"].to_list()
    for name, want in EXPECTED.items():
        rows = errors.filter(pl.col("warc_filename").str.ends_with(f"/{name}.warc"))
        if want.startswith("error:"):
            assert want.removeprefix("error:") in rows["reason"].to_list(), (name, rows)


def test_the_record_after_each_payload_is_read(hostile_run: tuple[Path, float]) -> None:
    out, _ = hostile_run
    articles = pl.read_parquet(out / "articles" / "*.parquet")
    after = articles.filter(pl.col("url").str.starts_with(GOOD_URL))
    assert sorted(after["url"].to_list()) == sorted(
        f"{GOOD_URL}/{n}" for n in ("gzip", "br", "deep", "long", "text", "nul", "attrs"))
    assert after["truncated"].not_().all()


def test_capped_payloads_are_flagged_truncated(hostile_run: tuple[Path, float]) -> None:
    out, _ = hostile_run
    articles = pl.read_parquet(out / "articles" / "*.parquet")
    for host in ("bomb.example.com", "long.example.com"):
        rows = articles.filter(pl.col("host") == host)
        assert rows.height and rows["truncated"].all(), host
    # the text that went out is bounded by the 5 MiB payload cap
    assert articles["text"].str.len_bytes().max() <= 5 * 2**20
