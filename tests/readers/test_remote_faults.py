"""Remote inputs whose connection breaks: a loopback HTTP server that drops, stalls or
answers 503 on purpose. Reads are retried and resumed at the byte reached; a file given up
gets an errors row (stage read, its offset) and exit 1, keeping the records read before."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from tests.support.s3 import BUCKET
from warctools.cli import main
from warctools.readers import remote_stream

WARC = "crawl-2024-05-a.warc.gz"


class _Faulty(http.server.BaseHTTPRequestHandler):
    body = b""
    mode = "ok"
    budget = 0  # faults left to inject
    cut_at = 0

    def log_message(self, *args: object) -> None:
        pass

    def _range(self) -> tuple[int, int]:
        spec = self.headers.get("Range", "")
        if spec.startswith("bytes="):
            first, _, last = spec[6:].partition("-")
            end = int(last) + 1 if last else len(self.body)
            return int(first), min(end, len(self.body))
        return 0, len(self.body)

    def do_HEAD(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Length", str(len(self.body)))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        cls = type(self)
        start, end = self._range()
        if cls.mode == "503" and cls.budget > 0:
            cls.budget -= 1
            self.send_error(503)
            return
        self.send_response(206 if "Range" in self.headers else 200)
        self.send_header("Content-Length", str(end - start))
        self.send_header("Accept-Ranges", "bytes")
        if "Range" in self.headers:
            self.send_header("Content-Range", f"bytes {start}-{end - 1}/{len(self.body)}")
        self.end_headers()
        chunk = self.body[start:end]
        if cls.mode in ("drop", "dead") and cls.budget > 0 and end > cls.cut_at > start:
            if cls.mode == "drop":
                cls.budget -= 1
            self.wfile.write(chunk[: cls.cut_at - start])
            self.wfile.flush()
            self.connection.close()  # the connection drops half-way
            return
        if cls.mode == "stall" and cls.budget > 0:
            cls.budget -= 1
            time.sleep(3)
        self.wfile.write(chunk)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One WARC of ten variants of a sample file (distinct captures), about 450 kB: larger
    than the reader's 64 kB chunks, so records come out before a fault half-way."""
    from tests.support.crash import make_inputs

    folder = tmp_path_factory.mktemp("crawl")
    parts = [p for p in make_inputs(folder / "parts", copies=10) if p.name.endswith(WARC)]
    path = folder / WARC
    path.write_bytes(b"".join(p.read_bytes() for p in sorted(parts)))
    return path


@pytest.fixture()
def server(crawl: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setattr(remote_stream, "FIRST_PAUSE_S", 0.01)
    monkeypatch.setattr(remote_stream, "READ_TIMEOUT_S", 1.0)
    monkeypatch.setattr(remote_stream, "BLOCK_BYTES", 16384)
    _Faulty.body = crawl.read_bytes()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Faulty)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/{WARC}"
    httpd.shutdown()
    httpd.server_close()


def _extract(inputs: list[str], out: Path) -> tuple[int, str, pl.DataFrame, pl.DataFrame]:
    result = CliRunner().invoke(main, ["extract", *inputs, "-o", str(out), "-q", "-j", "1"])
    articles = pl.read_parquet(out / "articles" / "*.parquet")
    errors = pl.read_parquet(out / "errors" / "*.parquet")
    return result.exit_code, result.output, articles, errors


@pytest.fixture()
def local_ids(crawl: Path, tmp_path: Path) -> list[str]:
    code, _, articles, _ = _extract([str(crawl)], tmp_path / "local")
    assert code == 0
    return sorted(articles["id"].to_list())


@pytest.mark.parametrize("mode", ["drop", "503", "stall"])
def test_a_broken_read_is_retried_and_resumed(server: str, mode: str, local_ids: list[str],
                                              tmp_path: Path) -> None:
    _Faulty.mode, _Faulty.budget, _Faulty.cut_at = mode, 2, len(_Faulty.body) // 2
    code, output, articles, errors = _extract([server], tmp_path / "OUT")
    assert code == 0, output
    assert sorted(articles["id"].to_list()) == local_ids  # every record, none twice
    assert "remote_read_failed" not in errors["reason"].to_list()


def test_a_dead_server_gives_up_with_the_offset_and_keeps_what_was_read(
        server: str, samples_dir: Path, local_ids: list[str], tmp_path: Path) -> None:
    cut = len(_Faulty.body) // 2
    _Faulty.mode, _Faulty.budget, _Faulty.cut_at = "dead", 1, cut
    other = str(samples_dir / "crawl-2024-05-c.warc")
    code, output, articles, errors = _extract([server, other], tmp_path / "OUT")
    assert code == 1
    row = errors.filter(pl.col("reason") == "remote_read_failed").row(0, named=True)
    assert row["stage"] == "read" and row["warc_filename"] == server
    assert 0 < row["warc_offset"] <= cut
    from_server = articles.filter(pl.col("warc_filename") == server)["id"].to_list()
    assert 0 < len(from_server) < len(local_ids)
    assert set(from_server) <= set(local_ids) and len(set(from_server)) == len(from_server)
    assert articles.filter(pl.col("warc_filename") == other).height > 0  # the others finish


def test_an_s3_read_that_breaks_is_resumed(s3_env: str, crawl: Path, local_ids: list[str],  # noqa: F811
                                           tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import boto3
    import s3fs

    monkeypatch.setattr(remote_stream, "FIRST_PAUSE_S", 0.01)
    monkeypatch.setattr(remote_stream, "BLOCK_BYTES", 16384)
    boto3.client("s3", endpoint_url=s3_env).put_object(
        Bucket=BUCKET, Key="faulty/crawl.warc.gz", Body=crawl.read_bytes())
    real_fetch = s3fs.core.S3File._fetch_range
    cut, faults = crawl.stat().st_size // 2, [2]

    def flaky(self: object, start: int, end: int) -> bytes:
        if end > cut and faults[0] > 0:
            faults[0] -= 1
            raise OSError("connection reset by peer")
        return real_fetch(self, start, end)

    monkeypatch.setattr(s3fs.core.S3File, "_fetch_range", flaky)
    code, output, articles, _ = _extract([f"s3://{BUCKET}/faulty/crawl.warc.gz"],
                                         tmp_path / "OUT")
    assert code == 0, output
    assert faults == [0]
    assert sorted(articles["id"].to_list()) == local_ids
