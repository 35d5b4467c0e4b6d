"""The dedup and explain verbs."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
from click.testing import CliRunner

from tests.support.dedup import QUOTE, TEMPLATE, corpus, write_articles
from warctools.cli import main


def _dedup(tmp_path: Path) -> Path:
    src = write_articles(tmp_path / "in", corpus())
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["dedup", str(src), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    return out


def test_dedup_cli_writes_outputs_and_summary(tmp_path: Path) -> None:
    out = _dedup(tmp_path)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["stage"] == "dedup" and summary["articles_in"] == len(corpus())
    assert summary["params"]["bands"] * summary["params"]["rows"] <= 128
    assert pl.read_parquet(out / "articles").height == summary["stories"]
    assert not (out / "_work" / "dedup").exists()
    again = CliRunner().invoke(main, ["dedup", str(tmp_path / "in"), "-o", str(out)])
    assert again.exit_code == 2 and "--overwrite" in again.output


def test_explain_merged_and_rejected_pairs(tmp_path: Path) -> None:
    out = _dedup(tmp_path)
    runner = CliRunner()
    text = runner.invoke(main, ["explain", str(out), "s1-orig", "s1-trim"])
    assert text.exit_code == 0, text.output
    assert "contained" in text.output and "same cluster" in text.output
    assert "Containment: A in B" in text.output

    res = runner.invoke(main, ["explain", str(out), "quote-a", "quote-b", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["rule"]["merged"] is False and data["outcome"]["same_cluster"] is False
    assert data["rule"]["reason"] == "below_thresholds"
    assert data["jaccard"] < 0.3 and 0 < data["estimated_jaccard"] < 0.5
    assert "the minister told reporters" in data["shared_passages"][0]["text"]
    assert QUOTE.split()[3].lower() in data["shared_passages"][0]["text"]

    res = runner.invoke(main, ["explain", str(out), "tmpl-only", "tmpl-a", "--json"])
    data = json.loads(res.output)
    assert data["containment_a_in_b"] > 0.85 and data["rule"]["reason"] == "same_site_floor"
    assert TEMPLATE.split()[0].lower() in data["shared_passages"][0]["text"]

    res = runner.invoke(main, ["explain", str(out), "s1-orig", "nope"])
    assert res.exit_code == 1 and "nope" in res.output


def test_dedup_and_run_options_default_to_the_params_classes() -> None:
    from dataclasses import fields

    from warctools.cli.dedup import dedup_params, template_params
    from warctools.config import DedupParams
    from warctools.templates.params import DEFAULT_TEMPLATES

    names = {f.name for f in fields(DedupParams)}
    for verb in ("dedup", "run"):
        defaults = {p.name: False if getattr(p, "is_flag", False) else p.default
                    for p in main.commands[verb].params if p.name}
        assert {n for n in defaults if n in names} >= {"threshold", "keep", "partitions"}
        for name in names & defaults.keys():
            assert defaults[name] == getattr(DedupParams(), name), (verb, name)
        assert dedup_params(**defaults) == DedupParams()
        assert template_params(**defaults) == DEFAULT_TEMPLATES
