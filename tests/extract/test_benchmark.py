"""Quality floor on the shared article-extraction benchmark (calls extract() directly)."""

from __future__ import annotations

from pathlib import Path

from benchmarks._score import load_benchmark, score_pages
from warctools.extract import extract

F1_FLOOR = 0.960  # measured 0.974 (see docs/extraction.md), minus a margin


def test_benchmark_f1_floor(extraction_benchmark_dir: Path) -> None:
    rows = load_benchmark(extraction_benchmark_dir)
    predicted = {key: extract(html, url).text for key, url, html, _ in rows}
    scores = score_pages(predicted, {key: body for key, _, _, body in rows})
    assert scores.f1 >= F1_FLOOR, scores
    kinds = [extract(html, url).page_type for _, url, html, _ in rows[:40]]
    assert kinds.count("article") >= 38
