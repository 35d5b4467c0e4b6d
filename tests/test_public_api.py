"""The public API: every name in ``warctools.__all__`` resolves, repeatedly."""

from __future__ import annotations

from pathlib import Path

import warctools


def test_every_public_name_resolves() -> None:
    for name in warctools.__all__:
        assert getattr(warctools, name) is not None, name
        assert getattr(warctools, name) is getattr(warctools, name)


def test_readme_library_example(samples_dir: Path, tmp_path: Path) -> None:
    pages = []
    for outcome in warctools.iter_records(samples_dir / "crawl-2024-05-a.warc.gz"):
        if outcome.capture:
            article = warctools.extract_article(outcome.capture.html, outcome.capture.url)
            pages.append((article.page_type, article.wire_source))
    assert ("article", "AFP") in pages and any(t != "article" for t, _ in pages)
    summary = warctools.extract_dataset([str(samples_dir)], tmp_path / "out", jobs=2)
    assert summary["totals"]["articles"] > 10 and summary["totals"]["failed_inputs"] == 0
