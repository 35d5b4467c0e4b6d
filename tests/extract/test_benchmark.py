"""Quality floor on the shared article-extraction benchmark (calls extract() directly)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks._score import load_benchmark, score_pages
from tests.support import require_shared
from warctools.extract import extract

F1_FLOOR = 0.960  # measured 0.974 (see docs/extraction.md), minus a margin


def test_benchmark_f1_floor(extraction_benchmark_dir: Path) -> None:
    rows = load_benchmark(extraction_benchmark_dir)
    predicted = {key: extract(html, url).text for key, url, html, _ in rows}
    scores = score_pages(predicted, {key: body for key, _, _, body in rows})
    assert scores.f1 >= F1_FLOOR, scores
    kinds = [extract(html, url).page_type for _, url, html, _ in rows[:40]]
    assert kinds.count("article") >= 38


def test_the_unscored_pages_are_the_labelled_pages_with_a_date_only() -> None:
    # anchor_agreement.py --unscored reads the real pages whose text nobody labelled:
    # none of them is a page the body benchmark scores
    root = require_shared("labelled-web-pages")
    from benchmarks._devsets import load_set
    from benchmarks.anchor_agreement import unscored

    pages = unscored(root)
    scored = {p.url for p in load_set("lwp")}
    assert len(pages) == 242 and scored.isdisjoint(url for url, _ in pages)
    assert all("<" in html for _, html in pages)


def test_extract_diff_prints_changed_rows_of_the_tune_half_only(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    # the dev sets' check halves are read as counts: a changed check row is never printed
    require_shared("article-extraction-benchmark")
    from benchmarks._devsets import load_set
    from benchmarks.extract_diff import diff

    aeb = load_set("aeb")
    tune = next(f"aeb/{p.key}" for p in aeb if p.half == 0)
    check = next(f"aeb/{p.key}" for p in aeb if p.half == 1)
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    rows = {tune: {"text": "old tune"}, check: {"text": "old check"}}
    before.write_text(json.dumps({"seconds": 1.0, "rows": rows}), encoding="utf-8")
    rows = {tune: {"text": "new tune"}, check: {"text": "new check"}}
    after.write_text(json.dumps({"seconds": 1.0, "rows": rows}), encoding="utf-8")
    assert diff(before, after, show=5) == 1
    out = capsys.readouterr().out
    assert "new tune" in out and tune in out
    assert "check" not in out.replace("check 1", "") and check not in out
    assert "text: 2 pages differ (tune 1, check 1)" in out
