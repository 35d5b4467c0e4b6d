"""The public-suffix rules kept in the cache folder read back as the list file reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from publicsuffixlist import PublicSuffixList

from warctools import domains


def _fresh(monkeypatch: pytest.MonkeyPatch, folder: Path) -> PublicSuffixList:
    monkeypatch.setenv("WARCTOOLS_CACHE_DIR", str(folder))
    domains.public_suffix_list.cache_clear()
    return domains.public_suffix_list()


def test_cached_rules_match_the_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                        ) -> None:  # fmt: skip
    theirs = PublicSuffixList(accept_encoded_idn=False)
    try:
        first = _fresh(monkeypatch, tmp_path)  # computes, writes the cache file
        assert (tmp_path / domains._RULES_FILE).exists()
        second = _fresh(monkeypatch, tmp_path)  # reads it back
        for psl in (first, second):
            assert psl._publicsuffix == theirs._publicsuffix
            assert psl._maxlabel == theirs._maxlabel
    finally:
        domains.public_suffix_list.cache_clear()


@pytest.mark.parametrize("content", [b"", b"garbage\nrules", b"\xff\xfe\x00", b"a\tb\tc\tx\n"])
def test_a_stale_or_broken_cache_file_is_rewritten(tmp_path: Path, content: bytes,
                                                   monkeypatch: pytest.MonkeyPatch
                                                   ) -> None:  # fmt: skip
    (tmp_path / domains._RULES_FILE).write_bytes(content)
    theirs = PublicSuffixList(accept_encoded_idn=False)
    try:
        psl = _fresh(monkeypatch, tmp_path)
        assert psl._publicsuffix == theirs._publicsuffix
        assert psl._maxlabel == theirs._maxlabel
        assert (tmp_path / domains._RULES_FILE).read_bytes() != content
    finally:
        domains.public_suffix_list.cache_clear()


def test_an_unwritable_cache_folder_still_reads_the_list(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:  # fmt: skip
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    try:
        psl = _fresh(monkeypatch, blocker / "cache")  # a folder under a file: unwritable
        assert psl.privatesuffix("www.example.co.uk") == "example.co.uk"
    finally:
        domains.public_suffix_list.cache_clear()
