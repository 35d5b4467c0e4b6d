"""extract_guarded: pathological inputs and the per-page time limit."""

from __future__ import annotations

import threading
import time

import pytest

import warctools.extract as ex
from warctools.extract import ExtractionError, ExtractionTimeout, extract_guarded


def test_public_api() -> None:
    assert set(ex.__all__) == {
        "MAX_HTML_CHARS", "ExtractionError", "ExtractionTimeout", "extract", "extract_guarded",
    }  # fmt: skip
    assert issubclass(ExtractionTimeout, ExtractionError)


def test_deep_nesting_does_not_recurse() -> None:
    depth = 100_000
    html = (
        "<div>" * depth + "<p>" + "Deep text that matters a lot. " * 5 + "</p>" + "</div>" * depth
    )
    got = extract_guarded(html, "https://example.com/deep", timeout_s=20)
    assert "Deep text" in got.text


def test_huge_single_line_is_capped_quickly() -> None:
    html = "<html><body><p>" + "word " * 10_000_000 + "</p></body></html>"  # 50 MB, one line
    start = time.perf_counter()
    got = extract_guarded(html, "https://example.com/huge", max_html_chars=2_000_000)
    assert time.perf_counter() - start < 10
    assert len(got.text) <= 2_000_000


def test_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(html: str, url: str):  # noqa: ANN202
        time.sleep(5)

    monkeypatch.setattr("warctools.extract.guard.extract", slow)
    start = time.perf_counter()
    with pytest.raises(ExtractionTimeout) as info:
        extract_guarded("<p>x</p>", "https://example.com/", timeout_s=0.2)
    assert info.value.reason == "extract_timeout"
    assert time.perf_counter() - start < 2


def test_errors_become_extraction_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(html: str, url: str):  # noqa: ANN202
        raise KeyError("boom")

    monkeypatch.setattr("warctools.extract.guard.extract", broken)
    with pytest.raises(ExtractionError) as info:
        extract_guarded("<p>x</p>", "https://example.com/")
    assert info.value.reason == "extract_failed"


def test_no_timer_outside_the_main_thread() -> None:
    result: list[str] = []
    worker = threading.Thread(
        target=lambda: result.append(extract_guarded("<p>hello</p>", "https://e.com/").text)
    )
    worker.start()
    worker.join()
    assert result == ["hello"] or result == [""]


def test_depth_check_skipped_only_when_the_page_has_too_few_tags() -> None:
    from warctools.extract.guard import MAX_DEPTH, _depth

    shallow = "<div>" * (MAX_DEPTH - 10) + "text"
    assert shallow.count("<") <= MAX_DEPTH and _depth(shallow) <= MAX_DEPTH
    deep = "<div>" * (MAX_DEPTH + 10) + "<p>Deep text that matters a lot.</p>"
    got = extract_guarded(deep, "https://example.com/deep2", timeout_s=20)
    assert "deep_nesting_flattened" in got.warnings
    got = extract_guarded(shallow, "https://example.com/shallow", timeout_s=20)
    assert "deep_nesting_flattened" not in got.warnings
