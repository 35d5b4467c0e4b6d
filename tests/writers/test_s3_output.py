"""Output to an S3 URL (a real S3-compatible server, moto, on loopback): staged locally,
uploaded when complete, ``_COMPLETE.json`` last; an existing dataset is refused."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from tests.support.s3 import BUCKET
from warctools.cli import main

URL = f"s3://{BUCKET}/datasets/news-run"


def _objects(endpoint: str, prefix: str) -> dict[str, bytes]:
    import boto3

    s3 = boto3.client("s3", endpoint_url=endpoint)
    out = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix):
        for obj in page.get("Contents", []):
            body = s3.get_object(Bucket=BUCKET, Key=obj["Key"])["Body"].read()
            out[obj["Key"][len(prefix):]] = body
    return out


def test_run_to_an_s3_url_uploads_the_dataset_then_the_marker(
        s3_env: str, samples_dir: Path, tmp_path: Path) -> None:  # noqa: F811
    staging = tmp_path / "staging"
    local = tmp_path / "local"
    args = ["run", "-q", str(samples_dir), "--jobs", "1"]
    result = CliRunner().invoke(main, [*args, "-o", URL, "--staging", str(staging)])
    assert result.exit_code == 0, result.output
    assert not staging.exists()  # removed after the upload
    assert CliRunner().invoke(main, [*args, "-o", str(local)]).exit_code == 0
    objects = _objects(s3_env, "datasets/news-run/")
    marker = json.loads(objects.pop("_COMPLETE.json"))
    listed = {f["path"]: f for f in marker["files"]}
    assert set(listed) == set(objects)
    for rel, body in objects.items():
        assert listed[rel]["bytes"] == len(body)
        assert listed[rel]["sha256"] == hashlib.sha256(body).hexdigest()
    local_files = {p.relative_to(local).as_posix() for p in local.rglob("*")
                   if p.is_file() and not p.relative_to(local).as_posix().startswith("_work")}
    assert set(objects) == local_files
    for table in ("articles", "clusters", "copies"):
        remote = pl.concat([pl.read_parquet(body) for rel, body in sorted(objects.items())
                            if rel.startswith(f"{table}/")])
        assert remote.equals(pl.read_parquet(local / table)), table


def test_an_s3_url_holding_a_dataset_is_refused_unless_overwrite(
        s3_env: str, samples_dir: Path, tmp_path: Path) -> None:  # noqa: F811
    url = f"s3://{BUCKET}/datasets/twice"
    args = ["extract", "-q", str(samples_dir), "--jobs", "1", "-o", url]
    assert CliRunner().invoke(main, args).exit_code == 0
    first = _objects(s3_env, "datasets/twice/")
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 2 and "already holds a dataset" in again.output
    assert _objects(s3_env, "datasets/twice/") == first  # untouched
    import boto3

    boto3.client("s3", endpoint_url=s3_env).put_object(
        Bucket=BUCKET, Key="datasets/twice/articles/stale.parquet", Body=b"old")
    assert CliRunner().invoke(main, [*args, "--overwrite"]).exit_code == 0
    after = _objects(s3_env, "datasets/twice/")
    assert "articles/stale.parquet" not in after
    assert set(after) == set(first)


def test_an_upload_failing_half_way_leaves_no_marker_and_resume_completes_it(
        s3_env: str, samples_dir: Path, tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    import fsspec

    from warctools.writers import remote

    monkeypatch.setattr(remote, "UPLOAD_FIRST_PAUSE_S", 0.0)
    url = f"s3://{BUCKET}/datasets/half-way"
    staging = tmp_path / "staging"
    args = ["run", "-q", str(samples_dir), "--jobs", "1", "-o", url, "--staging", str(staging)]
    fs, _ = fsspec.core.url_to_fs(url)  # fsspec hands the run this very (cached) instance
    real_put = fs.put_file
    calls: list[str] = []

    def flaky(lpath: str, rpath: str, *a: object, **k: object) -> object:
        calls.append(rpath)
        if len(calls) == 1 or (len(calls) >= 3 and "clusters/" in rpath):
            raise OSError("connection reset by peer")  # once, then for good on clusters/
        return real_put(lpath, rpath, *a, **k)

    monkeypatch.setattr(fs, "put_file", flaky)
    failed = CliRunner().invoke(main, args)
    assert failed.exit_code == 1, failed.output
    assert "--resume" in failed.output and "Traceback" not in failed.output
    assert "_COMPLETE.json" not in _objects(s3_env, "datasets/half-way/")
    assert staging.is_dir()  # the finished dataset waits there
    monkeypatch.setattr(fs, "put_file", real_put)
    resumed = CliRunner().invoke(main, [*args, "--resume"])
    assert resumed.exit_code == 0, resumed.output
    objects = _objects(s3_env, "datasets/half-way/")
    marker = json.loads(objects.pop("_COMPLETE.json"))
    assert {f["path"] for f in marker["files"]} == set(objects)
    assert not staging.exists()
