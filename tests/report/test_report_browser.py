"""The report in headless Chromium: the inline script runs, nothing logs to the console,
no request leaves the page, and a screenshot is taken. Skipped without Chromium
(``apt-get install chromium``)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.support.release import make_dataset
from warctools.report import write_report

CHROMIUM = next((p for p in (os.environ.get("CHROMIUM"), shutil.which("chromium"),
                             shutil.which("chromium-browser"), shutil.which("google-chrome"),
                             "/usr/bin/chromium") if p and Path(p).exists()), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None,
                                reason="no headless Chromium (apt-get install chromium)")

# Chromium's own background services, which show in the net log whatever the page does.
_BROWSER_HOSTS = ("google.com", "googleapis.com", "gstatic.com", "gvt1.com", "~notfound")


def _chromium(page: Path, tmp: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--no-first-run", "--hide-scrollbars",
            f"--user-data-dir={tmp / 'profile'}", "--enable-logging=stderr", "--v=0",
            "--host-resolver-rules=MAP * ~NOTFOUND", f"--log-net-log={tmp / 'net.json'}",
            *extra, page.as_uri()]
    return subprocess.run(args, capture_output=True, text=True, timeout=120)


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def _page_requests(tmp: Path) -> set[str]:
    log = (tmp / "net.json").read_text(errors="replace")
    hosts = {urlsplit(u).hostname or "" for u in re.findall(r'"(https?://[^"\s\\]+)', log)}
    return {h for h in hosts if h and not h.endswith(_BROWSER_HOSTS)}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("browser")
    out = root / "report.html"
    write_report(make_dataset(root / "out"), out, title="Browser check")
    return out


def test_renders_without_console_errors_or_requests(report: Path, tmp_path: Path) -> None:
    run = _chromium(report, tmp_path, "--dump-dom")
    dom = run.stdout
    assert 'data-report-ready="1"' in dom, run.stderr[-2000:]
    assert "data-report-error" not in dom
    assert 'data-report-stories="3"' in dom
    assert 'data-report-outlets="7"' in dom  # the outlet health table, one row per host
    assert _console(run.stderr) == []
    assert _page_requests(tmp_path) == set()


def test_the_checks_catch_a_broken_page(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text('<html><body><img src="https://cdn.example.org/x.png">'
                    "<script>console.error('boom'); missingFunction();</script></body></html>")
    run = _chromium(page, tmp_path, "--dump-dom")
    assert any("missingFunction" in line for line in _console(run.stderr))
    assert "cdn.example.org" in _page_requests(tmp_path)


def test_screenshot(report: Path, tmp_path: Path) -> None:
    shot = Path(os.environ.get("WARCTOOLS_REPORT_SCREENSHOT", tmp_path / "report.png"))
    _chromium(report, tmp_path, f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
