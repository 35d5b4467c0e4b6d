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


@pytest.mark.parametrize(("opening", "closing"),
                         [("<x-a>", "</x-a>"), ("<x-a><del>", "</del></x-a>")])
def test_deep_nesting_of_custom_elements_is_read_once(opening: str, closing: str) -> None:
    # each unknown element is asked whether it holds a block or is a line of words: the
    # asking must not read its whole subtree at every level (quadratic: 30k levels took
    # minutes, where the walk takes a tenth of a second)
    from selectolax.lexbor import LexborHTMLParser

    from warctools.extract._blocks import linearise

    depth = 30_000
    for inner in ("<p>Deep text that matters a lot.</p>", "three words here"):
        body = LexborHTMLParser(opening * depth + inner + closing * depth).body
        assert body is not None
        start = time.perf_counter()
        blocks = linearise(body)[0]
        assert time.perf_counter() - start < 10  # (about 0.1 s; the quadratic walk: minutes)
        assert inner.strip("<p>/")[:15] in "\n".join(b.text for b in blocks)


def test_huge_single_line_is_capped_quickly() -> None:
    html = "<html><body><p>" + "word " * 10_000_000 + "</p></body></html>"  # 50 MB, one line
    start = time.perf_counter()
    got = extract_guarded(html, "https://example.com/huge", max_html_chars=2_000_000)
    assert time.perf_counter() - start < 10
    assert len(got.text) <= 2_000_000


def test_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(html: str, url: str, **_: object):  # noqa: ANN202
        time.sleep(5)

    monkeypatch.setattr("warctools.extract.guard.extract", slow)
    start = time.perf_counter()
    with pytest.raises(ExtractionTimeout) as info:
        extract_guarded("<p>x</p>", "https://example.com/", timeout_s=0.2)
    assert info.value.reason == "extract_timeout"
    assert time.perf_counter() - start < 2


def test_errors_become_extraction_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(html: str, url: str, **_: object):  # noqa: ANN202
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
    # the same deep page handed over with its bytes is flattened too
    got = extract_guarded(deep, "https://example.com/deep2", encoded=deep.encode("utf-8"))
    assert "deep_nesting_flattened" in got.warnings


@pytest.mark.parametrize("markup", [
    "", "<", "</", "a</b><c>", "<p>é</p><x>\ud800</x><", "</</<<//>", "<b>日本</b><i>" * 50,
])  # fmt: skip
def test_the_unclosed_tag_bound_counts_what_str_count_counts(markup: str) -> None:
    from warctools.extract.guard import _unclosed

    want = markup.count("<") - markup.count("</")
    assert _unclosed(markup) == want
    assert _unclosed(markup.encode("utf-8", "surrogatepass")) == want


PAGE = (
    "<html><head><title>Flussbarriere – „Endlich sicher“</title></head><body><article>"
    "<h1>Flussbarriere</h1>"
    + "".join(f"<p>Die Barriere am Fluss wurde am {n}. März eröffnet – „endlich sicher“, sagten "
              f"die Händler am Kai. 川の防潮堤が完成した。</p>" for n in range(1, 8))
    + "</article></body></html>"
)  # fmt: skip


def test_the_payload_bytes_parse_as_the_decoded_page_does() -> None:
    url = "https://news.example.net/2025/03/07/flussbarriere-endlich-sicher"
    assert ex.extract(PAGE, url, encoded=PAGE.encode("utf-8")) == ex.extract(PAGE, url)


def test_payload_bytes_are_dropped_where_the_page_is_cut() -> None:
    # the cut page is what is extracted: bytes of the whole page would bring its end back
    url = "https://news.example.net/2025/03/07/flussbarriere-endlich-sicher"
    cap = PAGE.index("<p>Die Barriere am Fluss wurde am 5.")
    cut = extract_guarded(PAGE, url, max_html_chars=cap)
    assert "am 5. März" not in cut.text and "html_truncated" in cut.warnings
    assert extract_guarded(PAGE, url, max_html_chars=cap, encoded=PAGE.encode("utf-8")) == cut
