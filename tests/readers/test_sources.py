"""Inputs: directories, globs, paths lists, stdin, URLs, unopenable files."""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

import pytest

from warctools.errors import InputError
from warctools.readers import InputFile, SkippedInput, expand_inputs, iter_records, open_input

WARC = (b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 6\r\n\r\na: b\r\n\r\n\r\n")


def make_tree(root: Path) -> None:
    (root / "sub").mkdir(parents=True)
    (root / "b.warc.gz").write_bytes(gzip.compress(WARC))
    (root / "sub" / "a.warc").write_bytes(WARC)
    (root / "README.md").write_text("# not a warc\n")
    (root / "manifest.json").write_text("{}")
    (root / "warc.paths.gz").write_bytes(gzip.compress(b"x/y.warc.gz\n"))


def test_directory_walk_skips_non_warc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_tree(tmp_path / "crawl")
    monkeypatch.chdir(tmp_path)
    files, skipped = expand_inputs(["crawl"])
    assert [f.name for f in files] == ["crawl/b.warc.gz", "crawl/sub/a.warc"]
    assert [f.index for f in files] == [0, 1]
    assert skipped == [SkippedInput("crawl/README.md", "not_warc"),
                       SkippedInput("crawl/manifest.json", "not_warc"),
                       SkippedInput("crawl/warc.paths.gz", "not_warc")]
    assert all(len(list(iter_records(f))) == 1 for f in files)


def test_globs_and_explicit_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_tree(tmp_path / "crawl")
    monkeypatch.chdir(tmp_path)
    files, skipped = expand_inputs(["crawl/**/*.warc*", "crawl/README.md", "crawl/sub/a.warc"])
    assert [f.name for f in files] == ["crawl/b.warc.gz", "crawl/sub/a.warc", "crawl/README.md"]
    assert not skipped  # a file named explicitly is the user's call
    files, _ = expand_inputs(["nothing-*.warc"])
    with pytest.raises(InputError, match="matched no file"):
        open_input(files[0])


def test_paths_file_with_prefix(tmp_path: Path) -> None:
    lines = b"crawl-data/CC-MAIN-2024-22/a.warc.gz\n\ncrawl-data/CC-MAIN-2024-22/b.warc.gz\n"
    paths = tmp_path / "warc.paths.gz"
    paths.write_bytes(gzip.compress(lines))
    files, _ = expand_inputs([], paths_file=str(paths), prefix="s3://commoncrawl/")
    assert [(f.name, f.location) for f in files] == [
        ("crawl-data/CC-MAIN-2024-22/a.warc.gz", "s3://commoncrawl/crawl-data/CC-MAIN-2024-22/a.warc.gz"),
        ("crawl-data/CC-MAIN-2024-22/b.warc.gz", "s3://commoncrawl/crawl-data/CC-MAIN-2024-22/b.warc.gz"),
    ]
    plain = tmp_path / "warc.paths"
    plain.write_bytes(lines)
    files, _ = expand_inputs([], paths_file=str(plain), prefix="https://data.commoncrawl.org")
    assert files[0].location == "https://data.commoncrawl.org/crawl-data/CC-MAIN-2024-22/a.warc.gz"


def test_stdin_is_spooled(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(gzip.compress(WARC))

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    files, _ = expand_inputs(["-"])
    assert files[0].name == "-"
    outcomes = list(iter_records(files[0]))
    assert [o.skip_reason for o in outcomes] == ["warcinfo"]
    assert outcomes[0].warc_filename == "-"


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    files, skipped = expand_inputs([str(tmp_path / "gone.warc.gz")])
    assert len(files) == 1 and not skipped
    with pytest.raises(InputError, match="no such file"):
        open_input(files[0])
    with pytest.raises(InputError):
        list(iter_records(tmp_path / "gone.warc.gz"))
    assert InputError.exit_code == 1


def test_fsspec_url_and_missing_fsspec(monkeypatch: pytest.MonkeyPatch) -> None:
    fsspec = pytest.importorskip("fsspec")
    with fsspec.open("memory://bucket/x.warc.gz", "wb") as fh:
        fh.write(gzip.compress(WARC))
    files, _ = expand_inputs(["memory://bucket/*.warc.gz"])
    assert len(files) == 1 and files[0].location.endswith("bucket/x.warc.gz")
    assert [o.skip_reason for o in iter_records(files[0])] == ["warcinfo"]
    monkeypatch.setitem(sys.modules, "fsspec", None)
    with pytest.raises(InputError, match=r"warctools\[s3\]"):
        open_input(InputFile("s3://b/k.warc.gz", "s3://b/k.warc.gz", 0))


def test_duplicates_are_read_once(tmp_path: Path) -> None:
    path = tmp_path / "a.warc"
    path.write_bytes(WARC)
    files, _ = expand_inputs([str(path), str(tmp_path), str(path)])
    assert [f.location for f in files] == [str(path)]
