"""Filters of extract/run: host lists, languages, dates, minimum words; every filtered page
counted per input and listed in filtered/; CC-NEWS files outside the range skipped whole;
the plan keeps the filters for --resume."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from warctools.cli import main
from warctools.errors import UsageError
from warctools.pipeline.filters import (
    RecordFilters,
    ccnews_time,
    parse_languages,
    parse_when,
    read_host_list,
)
from warctools.schema import column_names

UTC = timezone.utc


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def _accounted(summary: dict) -> None:
    for s in summary["inputs"]:
        assert s["records"] == (s["articles"] + sum(s["skipped"].values())
                                + sum(s["filtered"].values()) + s["errors"]), s


def test_host_lists_match_hosts_and_subdomains(tmp_path: Path) -> None:
    listing = tmp_path / "hosts.txt"
    listing.write_text("# outlets\nExample.com   # the host and its subdomains\n\n"
                       "*.wild.org\nhttps://www.site.net/path\n")
    entries = read_host_list(listing)
    assert entries == ("*.wild.org", "example.com", "www.site.net")
    keep = RecordFilters(hosts=entries)
    for host in ("example.com", "news.example.com", "a.b.example.com", "x.wild.org",
                 "www.site.net"):
        assert keep.host_reason(host) is None, host
    for host in ("wild.org", "notexample.com", "example.com.evil.io", "site.net", None):
        assert keep.host_reason(host) == "host", host
    drop = RecordFilters(exclude_hosts=entries)
    assert drop.host_reason("news.example.com") == "host"
    assert drop.host_reason("wild.org") is None
    assert drop.host_reason(None) is None


def test_row_reasons_in_order() -> None:
    f = RecordFilters(languages=("de", "en"), since=parse_when("2024-05-14"),
                      until=parse_when("2024-05-15", end=True), undated="drop", min_words=10)
    row = {"language": "en", "published": datetime(2024, 5, 15, 23, 59, tzinfo=UTC),
           "word_count": 10}
    assert f.row_reason(row) is None
    assert f.row_reason({**row, "language": None}) == "language"
    assert f.row_reason({**row, "language": "fr"}) == "language"
    assert f.row_reason({**row, "published": None}) == "undated"
    assert RecordFilters(undated="keep").row_reason({**row, "published": None}) is None
    assert f.row_reason({**row, "published": datetime(2024, 5, 16, tzinfo=UTC)}) == "date"
    assert f.row_reason({**row, "published": datetime(2024, 5, 13, 23, tzinfo=UTC)}) == "date"
    assert f.row_reason({**row, "published": datetime(2024, 5, 14, 12)}) is None  # naive: UTC
    assert f.row_reason({**row, "word_count": 9}) == "min_words"


def test_parsing_and_usage_errors() -> None:
    assert parse_languages("EN, de,en") == ("de", "en")
    assert parse_when("2024-05-14T10:00:00+02:00") == datetime(2024, 5, 14, 8, tzinfo=UTC)
    for bad in (lambda: parse_languages("english"), lambda: parse_when("yesterday"),
                lambda: RecordFilters(undated="maybe"),
                lambda: RecordFilters(since=parse_when("2024-05-02"),
                                      until=parse_when("2024-05-01", end=True))):
        with pytest.raises(UsageError):
            bad()
    f = RecordFilters(languages=("en",), hosts=("a.com",), since=parse_when("2024-01-01"))
    assert RecordFilters.from_dict(f.as_dict()) == f
    assert not RecordFilters().active and f.active


def test_ccnews_names_outside_the_range() -> None:
    assert ccnews_time("crawl-data/CC-NEWS/2024/01/CC-NEWS-20240102123456-00001.warc.gz") == \
        datetime(2024, 1, 2, 12, 34, 56, tzinfo=UTC)
    assert ccnews_time("crawl-2024-05-a.warc.gz") is None
    f = RecordFilters(since=parse_when("2024-01-10"), until=parse_when("2024-01-20", end=True))
    name = "CC-NEWS-{}-00001.warc.gz".format
    assert f.input_outside(name("20240108235959"))  # a day and more before --since
    assert not f.input_outside(name("20240109120000"))  # may hold captures of the 10th
    assert not f.input_outside(name("20240122000000"))  # within the capture lag
    assert f.input_outside(name("20240123000001"))
    assert not f.input_outside("crawl-2024-05-a.warc.gz")


@pytest.fixture(scope="module")
def unfiltered(samples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> pl.DataFrame:
    out = tmp_path_factory.mktemp("plain") / "out"
    code, output = _cli("extract", "-q", "-j", "1", str(samples_dir), "-o", str(out))
    assert code == 0, output
    return pl.read_parquet(out / "articles" / "*.parquet")


def test_extract_filters_on_samples(samples_dir: Path, tmp_path: Path,
                                    unfiltered: pl.DataFrame) -> None:
    hosts = tmp_path / "exclude.txt"
    hosts.write_text("# a comment\nharborgazette.com\n")
    out = tmp_path / "out"
    code, output = _cli("extract", "-j", "2", str(samples_dir), "-o", str(out),
                        "--language", "en", "--since", "2024-05-14", "--min-words", "300",
                        "--exclude-hosts", str(hosts))
    assert code == 0, output
    summary = json.loads((out / "summary.json").read_text())
    _accounted(summary)
    kept = pl.read_parquet(out / "articles" / "*.parquet")
    filtered = pl.read_parquet(out / "filtered" / "*.parquet")
    assert filtered.columns == column_names("filtered")
    since = datetime(2024, 5, 14, tzinfo=UTC)
    expect_kept = unfiltered.filter(
        ~pl.col("host").str.ends_with("harborgazette.com") & (pl.col("language") == "en")
        & (pl.col("published") >= since) & (pl.col("word_count") >= 300))
    assert sorted(kept["id"]) == sorted(expect_kept["id"]) and kept.height > 0
    # a revisit in another file of a page filtered out stays unresolved (no original)
    missing = unfiltered.filter(~pl.col("id").is_in(kept["id"].to_list() +
                                                    filtered["id"].to_list()))
    assert summary["totals"]["skipped"].get("revisit_unresolved", 0) == missing.height
    assert missing["revisit_of"].null_count() == 0
    # the host lists are applied before extraction: the outlet's other pages are listed too
    extra = filtered.filter(~pl.col("id").is_in(unfiltered["id"].to_list()))
    assert extra.height > 0 and set(extra["reason"]) == {"host"}
    reasons = dict(filtered.group_by("reason").len().iter_rows())
    assert summary["totals"]["filtered"] == dict(sorted(reasons.items()))
    assert set(reasons) == {"host", "language", "date", "min_words"}
    not_en = unfiltered.filter((pl.col("language") != "en")
                               & ~pl.col("host").str.ends_with("harborgazette.com"))
    assert reasons["language"] == not_en.height
    assert "filtered" in output and "language" in output
    assert summary["filter_params"]["languages"] == ["en"]


def test_run_filters_before_dedup_and_resume_keeps_them(samples_dir: Path,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, output = _cli("run", "-q", "-j", "1", str(samples_dir), "-o", str(out),
                        "--until", "2024-05-14", "--undated", "drop")
    assert code == 0, output
    summary = json.loads((out / "summary.json").read_text())
    _accounted(summary)
    for table in ("articles", "copies", "clusters"):
        published = pl.read_parquet(out / table / "*.parquet")["published"]
        assert published.null_count() == 0
        assert published.max() < datetime(2024, 5, 15, tzinfo=UTC)
    assert pl.read_parquet(out / "filtered" / "*.parquet").height == \
        sum(summary["totals"]["filtered"].values()) > 0


def test_resume_keeps_the_plans_filters_and_refuses_others(samples_dir: Path,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ("extract", "-q", "-j", "1", str(samples_dir), "-o", str(out))
    code, output = _cli(*args, "--language", "fr", "--undated", "drop")
    assert code == 0, output
    summary = json.loads((out / "summary.json").read_text())
    plan = json.loads((out / "_work" / "plan.json").read_text())
    assert plan["request"]["filters"]["languages"] == ["fr"]
    (out / "_work" / "extract" / "00001.done.json").unlink()  # as if killed before file 2
    code, output = _cli(*args, "--resume")  # no filter given: the plan's hold
    assert code == 0, output
    again = json.loads((out / "summary.json").read_text())
    assert again["totals"] == summary["totals"] and again["totals"]["filtered"]["language"]
    code, output = _cli(*args, "--resume", "--language", "en")
    assert code == 2 and "--language" in output


def test_ccnews_listing_skips_files_outside_the_range(samples_dir: Path,
                                                      tmp_path: Path) -> None:
    folder = tmp_path / "ccnews"
    folder.mkdir()
    names = ["CC-NEWS-20240510000000-00001.warc.gz", "CC-NEWS-20240515060000-00002.warc.gz",
             "CC-NEWS-20240530000000-00003.warc.gz"]
    for name in names:
        shutil.copy(samples_dir / "crawl-2024-05-a.warc.gz", folder / name)
    listing = tmp_path / "warc.paths"
    listing.write_text("".join(f"{n}\n" for n in names))
    out = tmp_path / "out"
    code, output = _cli("extract", "-j", "1", "--paths-file", str(listing), "--prefix",
                        str(folder), "--since", "2024-05-13", "--until", "2024-05-20",
                        "-o", str(out))
    assert code == 0, output
    summary = json.loads((out / "summary.json").read_text())
    assert [i["name"] for i in summary["inputs"]] == [names[1]]
    assert summary["skipped_inputs"] == [
        {"name": names[0], "reason": "outside_date_range"},
        {"name": names[2], "reason": "outside_date_range"}]
    assert summary["totals"]["skipped_inputs"] == {"outside_date_range": 2}
    assert "2 input files skipped whole" in output


def test_library_arguments(samples_dir: Path, tmp_path: Path) -> None:
    import warctools
    from warctools.pipeline.output import prepare_output

    out = prepare_output(tmp_path / "out", overwrite=False, resume=False)
    summary = warctools.extract_dataset([str(samples_dir / "crawl-2024-05-c.warc")], out,
                                        filters=warctools.RecordFilters(languages=("ja",)))
    kept = pl.read_parquet(out / "articles" / "*.parquet")
    assert kept["language"].to_list() == ["ja"]
    assert summary["totals"]["filtered"] == {"language": 2}  # the Shannon Post's two
