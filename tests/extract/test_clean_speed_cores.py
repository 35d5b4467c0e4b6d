"""_clean searches the furniture pattern only in names holding one of its alternatives'
cores (runs of plain characters each match holds): no name the pattern matches may lack
them, and the cores are read from the pattern's syntax conservatively."""

from __future__ import annotations

import re

import pytest

from tests.support.spliced import spliced
from warctools.extract import _alternation, _clean
from warctools.extract._alternation import Source


@pytest.mark.parametrize(("alternative", "runs"), [
    ("comment(?!ary)", ["comment"]),
    (r"(?<!overflow-)\bhidden\b(?!-)", ["hidden"]),
    (r"\bads?\b", ["ad"]),
    ("read-?more", ["read", "more"]),
    (r"czytaj-?(?:tez|takze)", ["czytaj"]),
    (r"(?:ab)?cd", ["cd"]),
    ("a[]b]c", ["a", "c"]),
    ("ab{2}c", ["a", "c"]),
    (r"a\-b", ["a", "b"]),
    ("a+b", ["a", "b"]),
    ("x.y*z", ["x", "z"]),
    (r"q(?<!x)r\bs", ["qrs"]),
])  # fmt: skip
def test_literal_runs(alternative: str, runs: list[str]) -> None:
    assert _alternation._literal_runs(alternative) == runs


def test_no_cores_where_an_alternative_has_none() -> None:
    assert _alternation.cores(Source(r"ab|\d+")) is None
    assert _alternation.cores(Source("ab|cd", re.IGNORECASE)) is None
    cores = _alternation.cores(Source("post-?meta|\\bmeta\\b|x[yz]w"))
    assert cores is not None
    assert cores("postmeta") and cores("a xw") and not cores("post w-q")


def test_the_cores_pass_every_furniture_name() -> None:
    plain = _clean._NEGATIVE.compiled()
    words = re.findall(r"[a-z][a-z -]{1,24}", plain.pattern)
    pieces = ["-", "_", " ", "overflow-", "for-", "x", "1", "ä", "ads", "ad-", "-ad"]
    texts = spliced(pieces, 20_000, seed=11, words=words, cut=6)
    matched = 0
    for text in texts:
        if plain.search(text):
            matched += 1
            assert _clean._NEGATIVE_CORES(text), text
    assert matched > 5_000
