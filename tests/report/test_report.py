"""warctools report: a self-contained page whose numbers equal the dataset's (DuckDB SQL)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.support.release import make_dataset, pipeline_output
from warctools.cli import main
from warctools.release.publish import publish
from warctools.report import build_report
from warctools.report.stats import TOP_HOSTS

duckdb = pytest.importorskip("duckdb")


@pytest.fixture(scope="module", params=["fixture", "samples-run"])
def dataset(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
            samples_dir: Path) -> Path:
    """The hand-made fixture, and `warctools run samples/` once that verb exists."""
    if request.param == "fixture":
        return make_dataset(tmp_path_factory.mktemp("report") / "out")
    return pipeline_output("run", samples_dir, tmp_path_factory.getbasetemp())


@pytest.fixture(scope="module")
def page(dataset: Path) -> tuple[str, dict[str, Any]]:
    html, _ = build_report(dataset, title="Sample")
    return html, embedded_data(html)


def embedded_data(html: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/json" id="report-data">(.*?)</script>',
                      html, re.S)
    assert found, "no #report-data block"
    return json.loads(found.group(1))


class _Resources(HTMLParser):
    """Collects every URL that the browser would fetch (not <a href> links)."""

    FETCHED = {"script": "src", "img": "src", "link": "href", "iframe": "src",
               "source": "src", "video": "src", "audio": "src", "embed": "src",
               "object": "data", "image": "href", "use": "href", "input": "src"}

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.links: list[str] = []
        self.inline: list[str] = []
        self._tag = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        data_block = tag == "script" and ("type", "application/json") in attrs
        self._tag = "data" if data_block else tag
        for name, value in attrs:
            if tag == "a" and name == "href":
                self.links.append(value or "")
            elif name in ("src", "srcset", "poster", "data") or (
                    name in ("href", "xlink:href") and tag != "a"):
                self.urls.append(value or "")
            elif name == "style":
                self.inline.append(value or "")

    def handle_data(self, data: str) -> None:
        if self._tag in ("style", "script"):
            self.inline.append(data)


def test_no_external_resource(page: tuple[str, dict[str, Any]]) -> None:
    html, _ = page
    parser = _Resources()
    parser.feed(html)
    assert parser.urls == [], f"the page fetches {parser.urls}"
    for text in parser.inline:
        assert not re.search(r"url\(|@import|@font-face|https?://", text, re.I), text[:200]
    assert parser.links and all(u.startswith("https://") for u in parser.links)
    assert "<svg" in html and html.count("<svg") == 5


def _sql(dataset: Path) -> Any:
    con = duckdb.connect()
    glob = (dataset / "articles" / "*.parquet").as_posix()
    con.execute(f"CREATE VIEW a AS SELECT * FROM read_parquet('{glob}', union_by_name=true)")
    return con


def test_numbers_equal_sql(dataset: Path, page: tuple[str, dict[str, Any]]) -> None:
    _, data = page
    con = _sql(dataset)
    rows = con.execute("""SELECT strftime(CAST(published AT TIME ZONE 'UTC' AS DATE), '%Y-%m-%d'),
        count(*) FROM a WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1""").fetchall()
    assert [(d["day"], d["articles"]) for d in data["per_day"]] == rows
    hosts = con.execute(f"""SELECT coalesce(host, 'unknown') h, count(*) n FROM a GROUP BY h
        ORDER BY n DESC, h LIMIT {TOP_HOSTS}""").fetchall()
    assert [(r["host"], r["articles"]) for r in data["per_host"]["top"]] == hosts
    langs = con.execute("""SELECT coalesce(language, 'unknown') l, count(*) n FROM a
        GROUP BY l ORDER BY n DESC, l""").fetchall()
    assert [(r["language"], r["articles"]) for r in data["per_language"]["top"]] == langs
    sizes = con.execute("""SELECT cluster_size, count(*) FROM a WHERE cluster_size IS NOT NULL
        GROUP BY 1 ORDER BY 1""").fetchall()
    assert [(c["size"], c["stories"]) for c in data["cluster_sizes"]] == sizes
    s = data["summary"]
    head = con.execute("""SELECT count(*), count(DISTINCT host), count(*) - count(published),
        CAST(min(published) AS DATE)::VARCHAR, CAST(max(published) AS DATE)::VARCHAR,
        count(*) FILTER (cluster_size > 1), sum(cluster_size - 1) FILTER (cluster_size > 1)
        FROM a""").fetchone()
    assert (s["articles"], s["outlets"], s["undated"], s["first_published"],
            s["last_published"], s["syndicated_stories"], s["copies_collapsed"]) == head


def test_agency_outlet_matrix_equals_sql(dataset: Path, page: tuple[str, dict[str, Any]]) -> None:
    _, data = page
    cells = _sql(dataset).execute("""
        WITH carriers AS (
          SELECT id, wire_source AS agency, host FROM a
          UNION
          SELECT id, wire_source, s.copy.host FROM a, unnest(syndicated_by) AS s(copy))
        SELECT agency, host, count(DISTINCT id) FROM carriers
        WHERE agency IS NOT NULL AND host IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2""").fetchall()
    got = [(c["agency"], c["host"], c["stories"]) for c in data["wire_hosts"]["cells"]]
    assert got == cells
    if dataset.name == "out" and (dataset.parent / "inputs").is_dir():  # the fixture
        assert ("AP", "www.spiegel.de", 1) in got and ("AFP", "www.lemonde.fr", 2) in got
        assert data["wire_hosts"]["agencies"] == ["AFP", "AP", "Reuters"]


def test_largest_stories_equal_sql(dataset: Path, page: tuple[str, dict[str, Any]]) -> None:
    html, data = page
    rows = _sql(dataset).execute("""
        SELECT id, url, cluster_size,
               list_sort(list_distinct(list_concat([host], [s.host FOR s IN syndicated_by])))
        FROM a WHERE cluster_size > 1 ORDER BY cluster_size DESC, id""").fetchall()
    got = [(s["id"], s["url"], s["cluster_size"], s["outlets"]) for s in data["top_stories"]]
    assert got == [(i, u, n, list(o)) for i, u, n, o in rows]
    for _, url, _, _ in rows:
        assert f'<a href="{url}"' in html


def test_release_and_output_give_the_same_numbers(dataset: Path, tmp_path: Path,
                                                  page: tuple[str, dict[str, Any]]) -> None:
    publish(dataset, tmp_path / "release")
    _, data = build_report(tmp_path / "release")
    for key in ("summary", "per_day", "per_host", "per_language", "cluster_sizes",
                "wire_hosts", "top_stories"):
        assert data[key] == page[1][key], key


def test_extract_output_without_clusters(tmp_path: Path) -> None:
    html, data = build_report(make_dataset(tmp_path / "ex", dedup=False))
    assert data["cluster_sizes"] == [] and data["top_stories"] == []
    assert "Not deduplicated" in html and embedded_data(html)["summary"]["articles"] == 24


def test_cli_report(tmp_path: Path) -> None:
    dataset = make_dataset(tmp_path / "out")
    out = tmp_path / "r" / "report.html"
    result = CliRunner().invoke(main, ["report", str(dataset), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert embedded_data(out.read_text())["summary"]["articles"] == 18
    missing = CliRunner().invoke(main, ["report", str(tmp_path), "-o", str(out)])
    assert missing.exit_code == 2 and "holds no dataset" in missing.output
