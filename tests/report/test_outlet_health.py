"""Outlet health and date sanity in the report and the dataset card."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from tests.support.release import _write, article, make_dataset
from warctools.cli import main
from warctools.release.publish import publish
from warctools.report import build_report
from warctools.report.outlets import TEMPLATE_MIN, outlet_health

TEMPLATE_HOST = "www.cookiewall.test"


def _with_template_and_bad_dates(root: Path) -> Path:
    dataset = make_dataset(root)
    rows = []
    for n in range(TEMPLATE_MIN + 1):
        row = article(TEMPLATE_HOST, 900 + n, lang="en", published=None)
        row.update(text="Please accept cookies to continue reading this page.", title=None,
                   authors=[], word_count=8, cluster_id=row["id"], cluster_size=1,
                   syndicated_by=[])
        rows.append(row)
    _write(dataset / "articles" / "part-template.parquet", "article", rows, {})
    errors = [{"warc_filename": "crawl-1.warc.gz", "warc_offset": 100 * i,
               "warc_record_id": None, "url": f"https://apnews.com/x/{i}", "stage": "extract",
               "reason": "published_after_capture", "message": "published clamped",
               "fatal": False} for i in range(3)]
    _write(dataset / "errors" / "part-dates.parquet", "error", errors, {})
    return dataset


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _with_template_and_bad_dates(tmp_path_factory.mktemp("health") / "out")


def test_template_outlet_first_and_shares(dataset: Path) -> None:
    files = sorted((dataset / "articles").glob("*.parquet")) + sorted(
        (dataset / "copies").glob("*.parquet"))
    rows = outlet_health(files)
    first = rows[0]
    assert first["outlet"] == TEMPLATE_HOST and first["template"]
    assert first["articles"] == TEMPLATE_MIN + 1
    assert (first["no_title"], first["no_date"], first["no_author"],
            first["under_50_words"]) == (1.0, 1.0, 1.0, 1.0)
    assert first["median_words"] == 8 and first["pages"] is None
    assert not any(r["template"] for r in rows[1:])
    scores = [r["problem_score"] for r in rows[1:]]
    assert scores == sorted(scores, reverse=True)
    articles = pl.read_parquet(files)
    assert sum(r["articles"] for r in rows) == articles.height  # every copy counted


def test_report_and_card_show_health_and_dates(dataset: Path, tmp_path: Path) -> None:
    html, data = build_report(dataset)
    assert data["dates"]["published_after_capture"] == 3
    assert data["dates"]["undated_stories"] == data["summary"]["undated"] > TEMPLATE_MIN
    assert data["outlets"]["rows"][0]["outlet"] == TEMPLATE_HOST
    assert '<table id="outlets" class="sortable">' in html and "template</b>" in html
    assert "dates after the capture" in html
    publish(dataset, tmp_path / "release")
    card = (tmp_path / "release" / "README.md").read_text()
    assert "## Outlet health" in card and f"`{TEMPLATE_HOST}` *template*" in card
    assert "| publication dates later than the capture (dropped or clamped) | 3 |" in card


def test_pages_and_non_articles_from_a_run(samples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", "-q", "-j", "1", str(samples_dir), "-o",
                                       str(out), "--language", "en"])
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text())
    _, data = build_report(out)
    rows = {r["outlet"]: r for r in data["outlets"]["rows"]}
    non_articles = sum(n for k, n in summary["totals"]["skipped"].items()
                       if k.startswith("non_article:"))
    assert sum(r["non_articles"] for r in rows.values()) == non_articles > 0
    assert sum(r["filtered"] for r in rows.values()) == summary["totals"]["filtered"]["language"]
    stories = pl.read_parquet(out / "articles" / "*.parquet").height
    copies = pl.read_parquet(out / "copies" / "*.parquet").height
    assert sum(r["articles"] for r in rows.values()) == stories + copies
    for r in rows.values():  # a page is an article, a non-article, an error or filtered
        assert r["pages"] >= r["non_articles"] + r["errors"] + r["filtered"]
    japanese = rows["www.kansai-shimpo.jp"]  # all its pages filtered: not a failing outlet
    assert japanese["articles"] == 0 and japanese["problem_score"] == 0.0
