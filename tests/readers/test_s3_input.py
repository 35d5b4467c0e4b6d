"""S3 input through fsspec against a real S3-compatible server (moto) on loopback."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
from click.testing import CliRunner

from tests.support.s3 import BUCKET
from warctools.cli import main


def _local_articles(samples_dir: Path, tmp_path: Path) -> pl.DataFrame:
    out = tmp_path / "local"
    result = CliRunner().invoke(main, ["extract", "-q", str(samples_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return pl.read_parquet(out / "articles" / "*.parquet").drop("warc_filename").sort("id")


def test_s3_urls_give_the_same_articles_as_local_files(s3_env: str, samples_dir: Path,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "s3"
    urls = [f"s3://{BUCKET}/crawl-data/segment/{p.name}"
            for p in sorted(samples_dir.glob("*.warc*"))]
    result = CliRunner().invoke(main, ["extract", "-q", *urls, "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    remote = pl.read_parquet(out / "articles" / "*.parquet")
    assert set(remote["warc_filename"]) <= set(urls)
    assert remote.drop("warc_filename").sort("id").equals(_local_articles(samples_dir, tmp_path))


def test_paths_file_with_s3_prefix(s3_env: str, samples_dir: Path, tmp_path: Path) -> None:
    names = [f"crawl-data/segment/{p.name}" for p in sorted(samples_dir.glob("*.warc*"))]
    paths = tmp_path / "warc.paths.gz"
    paths.write_bytes(gzip.compress(("\n".join(names) + "\n").encode()))
    out = tmp_path / "out"
    # a real process (its workers fork from it, with the endpoint in their environment)
    proc = subprocess.run([sys.executable, "-m", "warctools", "extract", "-q", "--jobs", "2",
                           "--paths-file", str(paths), "--prefix", f"s3://{BUCKET}/",
                           "-o", str(out)], capture_output=True, text=True, env=os.environ)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert [s["name"] for s in summary["inputs"]] == names  # as listed, like CC indexes
    assert summary["totals"]["articles"] > 10


def test_missing_s3_object_is_an_input_error(s3_env: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", "-q", f"s3://{BUCKET}/no/such.warc.gz",
                                       "-o", str(out)])
    assert result.exit_code == 1
