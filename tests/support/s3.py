"""A real S3-compatible server (moto) on loopback, holding samples/ under ``crawl-data/``.

The fixtures are offered to every test by ``tests/conftest.py``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

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
