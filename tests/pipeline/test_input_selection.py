"""--sample and --limit: a deterministic selection of the input files, fixed in the plan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from warctools.cli import main
from warctools.errors import UsageError
from warctools.readers import InputFile, InputSelection


def _files(names: list[str]) -> list[InputFile]:
    return [InputFile(n, f"s3://bucket/{n}", i) for i, n in enumerate(names)]


def test_sample_is_deterministic_order_free_and_seeded() -> None:
    names = [f"crawl-data/CC-NEWS/2024/05/CC-NEWS-{i:05d}.warc.gz" for i in range(2000)]
    picked = {f.name for f in InputSelection(sample=0.1).apply(_files(names))}
    assert 150 < len(picked) < 250  # about a tenth
    assert {f.name for f in InputSelection(sample=0.1).apply(_files(names[::-1]))} == picked
    half = names[:1000]  # a sample of part of the list is that part of the sample
    assert {f.name for f in InputSelection(sample=0.1).apply(_files(half))} == \
        picked & set(half)
    other = {f.name for f in InputSelection(sample=0.1, seed=7).apply(_files(names))}
    assert other != picked and 150 < len(other) < 250
    assert len(InputSelection(sample=1.0).apply(_files(names))) == 2000


def test_limit_after_sample_and_files_renumbered() -> None:
    names = [f"f{i:03d}.warc.gz" for i in range(100)]
    sampled = InputSelection(sample=0.5).apply(_files(names))
    limited = InputSelection(sample=0.5, limit=5).apply(_files(names))
    assert [f.name for f in limited] == [f.name for f in sampled[:5]]
    assert [f.index for f in limited] == list(range(5))
    assert [f.name for f in InputSelection(limit=3).apply(_files(names))] == names[:3]


@pytest.mark.parametrize("kwargs", [{"limit": 0}, {"sample": 0.0}, {"sample": 1.5}])
def test_bad_selection_is_a_usage_error(kwargs: dict) -> None:
    with pytest.raises(UsageError):
        InputSelection(**kwargs)


def test_cli_limit_with_a_paths_file_and_resume_with_another_limit_is_refused(samples_dir: Path,
                                                               tmp_path: Path) -> None:
    listing = tmp_path / "warc.paths"
    names = sorted(p.name for p in samples_dir.glob("*.warc*"))
    listing.write_text("".join(f"{n}\n" for n in names))
    out = tmp_path / "out"
    args = ["extract", "-q", "--jobs", "1", "--paths-file", str(listing), "--prefix",
            str(samples_dir), "--limit", "2", "-o", str(out)]
    assert CliRunner().invoke(main, args).exit_code == 0
    summary = json.loads((out / "summary.json").read_text())
    assert [i["name"] for i in summary["inputs"]] == names[:2]
    plan = json.loads((out / "_work" / "plan.json").read_text())
    assert [f["name"] for f in plan["inputs"]] == names[:2]
    resumed = CliRunner().invoke(main, [*args[:-2], "--limit", "1", "-o", str(out), "--resume"])
    assert resumed.exit_code == 2  # never a dataset made under two requests
    assert "--sample/--limit" in resumed.output
    same = CliRunner().invoke(main, [*args, "--resume"])
    assert same.exit_code == 0
    assert [i["name"] for i in json.loads((out / "summary.json").read_text())["inputs"]] == \
        names[:2]
