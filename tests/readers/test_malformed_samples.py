"""Real malformed inputs: every one of the 63 shared samples, record by record.

Per file: no traceback (no ``internal_error``), every outcome accounted, no fewer records
than warcio or FastWARC (asserted here only; the rows come from :mod:`tests.support.malformed`,
shared with ``benchmarks/robustness.py``), and - for each file warcio rejects - every record
warcio read before its fault recovered by us (same type and target URI, in order, not an error).
Truncated bodies are flagged (``truncated``) with an errors row, never passed on whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from tests.support import SAMPLES
from tests.support.malformed import FileRow, sample_rows
from warctools.cli import main


@pytest.fixture(scope="module")
def rows(warc_samples_dir: Path) -> list[FileRow]:
    return sample_rows(warc_samples_dir)


def test_all_63_files_without_a_traceback(rows: list[FileRow]) -> None:
    assert len(rows) == 63
    assert [r.path for r in rows if r.internal_errors] == []


def test_no_fewer_records_than_warcio_or_fastwarc(rows: list[FileRow]) -> None:
    short = [r for r in rows if r.read < max(r.warcio, r.fastwarc, r.fastwarc_quirks)]
    assert short == []


def test_records_before_warcios_fault_are_recovered(rows: list[FileRow]) -> None:
    rejected = [r for r in rows if r.warcio_error]
    # warcio 1.8.1 faults on these files (the brotli one only with Google brotli installed)
    assert len(rejected) >= 9, [r.path for r in rejected]
    missing = [(r.path, r.before_fault, r.before_fault_recovered) for r in rejected
               if r.before_fault_recovered != r.before_fault]
    assert missing == []


def test_truncated_bodies_are_flagged_with_an_errors_row(tmp_path: Path,
                                                        warc_samples_dir: Path) -> None:
    clipped = warc_samples_dir / "chatnoir-resiliparse/clipped.warc.gz"
    cut = SAMPLES / "crawl-2024-05-b.warc.gz"
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", "-q", str(clipped), str(cut), "-o", str(out),
                                       "--jobs", "1", "--keep-non-articles"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    errors = pl.read_parquet(out / "errors" / "*.parquet")
    articles = pl.read_parquet(out / "articles" / "*.parquet")
    cut_rows = errors.filter(pl.col("reason").is_in(["truncated_gzip", "truncated_record"]))
    assert set(cut_rows["warc_filename"]) == {str(clipped), str(cut)}
    houston = articles.filter(pl.col("url").str.contains("houstonpress"))
    assert houston.height == 1 and houston["truncated"].all()
    # every truncated article row has an errors row at its offset
    for row in articles.filter(pl.col("truncated")).iter_rows(named=True):
        at = errors.filter((pl.col("warc_filename") == row["warc_filename"])
                           & (pl.col("warc_offset") == row["warc_offset"]))
        assert at.height >= 1, row["url"]
    summary = json.loads((out / "summary.json").read_text())
    assert sum(s["truncated"] for s in summary["inputs"]) == articles["truncated"].sum()
