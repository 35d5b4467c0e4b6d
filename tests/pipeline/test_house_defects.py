"""The three defects that came from second copies of a fact (issue 18), each pinned."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from warctools.agencies import AGENCIES, agency_domains, canonical_agency, is_agency_site
from warctools.cli import main
from warctools.extract.wire import find_wire


def test_resume_with_other_inputs_or_parameters_is_refused(samples_dir: Path,
                                                            tmp_path: Path) -> None:
    a, b, c = sorted(p for p in samples_dir.iterdir() if ".warc" in p.name)
    out = tmp_path / "O"
    first = CliRunner().invoke(main, ["extract", str(a), "-o", str(out), "-q", "-j", "1"])
    assert first.exit_code == 0, first.output
    before = (out / "summary.json").read_bytes()
    again = CliRunner().invoke(main, ["extract", str(b), str(c), "-o", str(out), "--resume",
                                      "--max-payload-bytes", "2048", "-q", "-j", "1"])
    assert again.exit_code == 2
    assert "inputs" in again.output and "--max-payload-bytes" in again.output
    assert (out / "summary.json").read_bytes() == before  # nothing was mixed in
    same = CliRunner().invoke(main, ["extract", str(a), "-o", str(out), "--resume", "-q",
                                     "-j", "1"])
    assert same.exit_code == 0, same.output
    summary = json.loads((out / "summary.json").read_text())
    assert [i["name"] for i in summary["inputs"]] == [str(a)]
    assert summary["params"]["max_payload_bytes"] == 5 * 2**20


def test_extract_marker_counts_only_for_the_same_task(samples_dir: Path, tmp_path: Path) -> None:
    from warctools.config import ExtractParams
    from warctools.pipeline.extract_stage import ExtractTask, load_marker, run_extract_task
    from warctools.readers import expand_inputs

    files, _ = expand_inputs([str(samples_dir / "crawl-2024-05-c.warc")])
    task = ExtractTask(files[0], str(tmp_path), ExtractParams())
    assert load_marker(task) is None
    summary = run_extract_task(task)
    assert load_marker(task) == summary
    other = ExtractTask(files[0], str(tmp_path), ExtractParams(max_payload_bytes=2048))
    assert load_marker(other) is None


def test_one_agency_table_for_extraction_and_canonical_choice() -> None:
    assert canonical_agency("Keystone-ATS") == "ATS"
    assert is_agency_site("www.keystone-sda.ch", canonical_agency("Keystone-ATS"))
    assert is_agency_site("apnews.com", "Associated Press")
    assert not is_agency_site("apnews.com.example.org", "AP")
    for agency in AGENCIES:  # every name extraction can produce has its own sites
        assert agency.domains, agency.name
        assert agency_domains(agency.name) == agency.domains
        for spelling in agency.spellings:
            assert canonical_agency(spelling) in (agency.name, None), spelling
    credit = find_wire("ZURICH (Keystone-ATS) - The Swiss franc rose on Monday.")
    assert credit.wire_source == "ATS"


def test_finished_run_leaves_no_parquet_outside_its_tables(samples_dir: Path,
                                                            tmp_path: Path) -> None:
    out = tmp_path / "R"
    result = CliRunner().invoke(main, ["run", str(samples_dir), "-o", str(out), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    tables = {"articles", "copies", "clusters", "errors", "signatures", "templates"}
    stray = [p for p in out.rglob("*.parquet")
             if p.relative_to(out).parts[0] not in tables]
    assert stray == []
    assert not (out / "_work").exists()
