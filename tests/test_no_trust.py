"""No trust in inputs: no unpickling, no output path from content, no network.

* the package never deserialises with pickle-like loaders (grep of the source);
* output file names are the fixed shard names, whatever the URLs and record ids say;
* ``warctools run samples/`` succeeds with every outgoing connection refused.
"""

from __future__ import annotations

import re
import socket
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.support import REPO, SAMPLES
from warctools.cli import main

PACKAGE = REPO / "warctools"

UNSAFE = re.compile(
    r"\b(?:c?pickle|marshal|shelve|dill|cloudpickle|joblib)\b"  # object deserialisers
    r"|(?<![.\w])(?:eval|exec)\s*\("  # eval()/exec(), not polars' Expr.list.eval()
    r"|\byaml\.(?:unsafe_)?load\s*\(|\btorch\.load\s*\("
    r"|allow_pickle\s*=\s*True"
)


def test_no_unpickling_or_eval_in_the_package() -> None:
    hits = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if UNSAFE.search(line.split("#", 1)[0]):
                hits.append(f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}")
    assert not hits


def test_every_np_load_refuses_pickles() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"\bnp\.load\s*\(", text):
            call = text[m.start() : text.find(")", m.end()) + 1]
            assert "allow_pickle=False" in re.sub(r"\s+", "", call), (path, call)


# -- hostile names --------------------------------------------------------------------------
HOSTILE_URLS = ["../../../../tmp/evil.parquet", "/etc/passwd", "http://x/../../../escape",
                "file:///etc/shadow", "..\\..\\windows\\evil", "http://nul.example/\x00/x",
                "http://e.example/" + "../" * 50 + "a.parquet"]
HOSTILE_IDS = ["<../../../../tmp/id.parquet>", "</abs/path>", "<urn:\x00nul>", "<..>",
               "<urn:uuid:../../x>", "<C:\\evil>", "<" + "a/" * 200 + ">"]

PAGE = (b"<!doctype html><html><head><title>Harbour ferry resumes service</title></head><body>"
        b"<article><h1>Harbour ferry resumes service</h1>" + b"<p>The harbour ferry resumed "
        b"service on Monday after a week of repairs, the operator said.</p>" * 10
        + b"</article></body></html>")


def _record(url: str, rid: str, i: int) -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: %d\r\n\r\n" % (len(PAGE) + 4)) + PAGE + b"<!--" + bytes([48 + i])
    head = ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: " + rid
            + f"\r\nWARC-Date: 2024-05-1{i % 10}T00:00:00Z\r\nWARC-Target-URI: " + url
            + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: "
            + str(len(http)) + "\r\n\r\n")
    return head.encode("utf-8") + http + b"\r\n\r\n"


ALLOWED = re.compile(
    r"(?:_work/extracted/)?(?:"  # `run` keeps its extract stage below _work/extracted/
    r"(?:articles|errors|copies|clusters|signatures|templates)/part-(?:\d{5}(?:-revisit)?-)?\d{4,5}"
    r"\.parquet|errors/part-empty-0000\.parquet|summary\.json"
    r"|_work/(?:plan\.json|extract/\d{5}\.done\.json))"
)


@pytest.mark.parametrize("verb", ["extract", "run"])
def test_output_names_never_come_from_content(tmp_path: Path, verb: str) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    data = b"".join(_record(u, r, i) for i, (u, r) in
                    enumerate(zip(HOSTILE_URLS, HOSTILE_IDS, strict=True)))
    (inputs / "hostile.warc").write_bytes(data)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [verb, "-q", str(inputs), "-o", str(out), "--jobs", "1"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert names and all(ALLOWED.fullmatch(n) for n in names), names
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]
    assert not Path("/tmp/evil.parquet").exists() and not Path("/tmp/id.parquet").exists()


# -- no network -----------------------------------------------------------------------------
class _NetworkGuard:
    """An audit hook (hooks cannot be removed, so it is switched on and off)."""

    active = False
    attempts: list[str] = []

    @classmethod
    def hook(cls, event: str, args: tuple[Any, ...]) -> None:
        if cls.active and event in ("socket.connect", "socket.getaddrinfo",
                                    "socket.gethostbyname", "urllib.Request"):
            cls.attempts.append(f"{event} {args!r}"[:200])
            raise PermissionError(f"network access in a test: {event} {args!r}"[:200])


sys.addaudithook(_NetworkGuard.hook)


def test_run_on_samples_needs_no_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    def refuse(self: socket.socket, *args: object) -> None:
        _NetworkGuard.attempts.append(f"connect {args!r}")
        raise PermissionError("network access in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    _NetworkGuard.attempts = []
    _NetworkGuard.active = True
    try:
        result = CliRunner().invoke(main, ["run", "-q", str(SAMPLES), "-o",
                                           str(tmp_path / "out"), "--jobs", "1"],
                                    catch_exceptions=False)
    finally:
        _NetworkGuard.active = False
    assert result.exit_code == 0, result.output
    assert _NetworkGuard.attempts == []
    assert any((tmp_path / "out" / "articles").glob("*.parquet"))
