"""S3 input through fsspec against a real S3-compatible server (moto) on loopback."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from warctools.cli import main

BUCKET = "crawl-bucket"


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture()
def s3_env(s3_endpoint: str, monkeypatch: pytest.MonkeyPatch,
           samples_dir: Path) -> str:
    import boto3

    for key, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                       "AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL": s3_endpoint,
                       "AWS_ENDPOINT_URL_S3": s3_endpoint}.items():
        monkeypatch.setenv(key, value)
    s3 = boto3.client("s3", endpoint_url=s3_endpoint)
    if BUCKET not in [b["Name"] for b in s3.list_buckets().get("Buckets", [])]:
        s3.create_bucket(Bucket=BUCKET)
    for path in sorted(samples_dir.glob("*.warc*")):
        s3.put_object(Bucket=BUCKET, Key=f"crawl-data/segment/{path.name}",
                      Body=path.read_bytes())
    import fsspec

    fsspec.config.conf.setdefault("s3", {})["endpoint_url"] = s3_endpoint
    fsspec.filesystem("s3").invalidate_cache()
    return s3_endpoint


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
