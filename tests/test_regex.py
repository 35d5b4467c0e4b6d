"""The compiled-pattern cache gives the patterns ``re.compile`` gives, and never fails."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warctools import _regex

PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<year>(?:19|20)\d{2})-(?P<month>\d\d)", 0),
    (r"\b(?:cookie|newsletter|abonn)\w*", re.IGNORECASE),
    (r"(?<![\w.])(?:mai|März|août)\.?(?![\w-])", re.IGNORECASE | re.UNICODE),
    (r"^\s*(by|von|par)\s+(.+)$", re.MULTILINE),
    (r"<!--.*?-->", re.S),
    (rb"<meta[\s/][^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.+\-]+)", re.I),
    (r"(a)|(b)(?P<c>c)?", 0),
]
TEXTS = ["2024-03 and 1999-12", "Our Cookies and NEWSLETTER abonnieren", "am 3. März 2021",
         "x\n  by Ana Lima\n", "a<!-- x\n y -->b", "abc b bc"]  # fmt: skip


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder and a process state that has read nothing yet."""
    monkeypatch.setenv("WARCTOOLS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(_regex, "_MEMO", _regex._memo())
    return tmp_path / "cache"


def _same(pattern: re.Pattern, pattern_or_source: str | bytes, flags: int) -> None:
    plain = re.compile(pattern_or_source, flags)
    assert pattern == plain  # same pattern, flags and engine code
    assert (pattern.groups, pattern.groupindex) == (plain.groups, plain.groupindex)
    for text in TEXTS:
        subject = text.encode() if isinstance(pattern_or_source, bytes) else text
        assert [m.span() for m in pattern.finditer(subject)] == [
            m.span() for m in plain.finditer(subject)
        ]


def test_patterns_from_the_cache_equal_re_compile(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for source, flags in PATTERNS:
        _same(_regex.compile(source, flags), source, flags)
    _regex._MEMO.save()
    assert len(list(fresh.glob("regex-*.bin"))) == 1
    monkeypatch.setattr(_regex, "_MEMO", _regex._memo())  # a new process: reads the file
    for source, flags in PATTERNS:
        _same(_regex.compile(source, flags), source, flags)
    assert _regex._MEMO.pid is None  # every pattern came from the file: nothing to write


def test_every_pattern_of_the_package_equals_re_compile() -> None:
    import warctools.extract  # noqa: F401 - compiles the extractor's patterns

    entries = _regex._MEMO.entries or {}
    assert len(entries) >= 100
    for (source, flags), entry in entries.items():
        compiled = _regex._sre.compile(source, *_regex._arguments(entry))
        assert compiled == re.compile(source, flags), source[:80]


def test_a_damaged_cache_costs_only_the_compile(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for source, flags in PATTERNS:
        _regex.compile(source, flags)
    _regex._MEMO.save()
    (path,) = fresh.glob("regex-*.bin")
    path.write_bytes(b"\x00garbage")
    monkeypatch.setattr(_regex, "_MEMO", _regex._memo())
    for source, flags in PATTERNS:
        _same(_regex.compile(source, flags), source, flags)
    # an entry the engine refuses is dropped and compiled the plain way
    source, flags = PATTERNS[0]
    _regex._MEMO.table()[(source, flags)] = (0, [1, 2, 3], 0, {}, ())
    _same(_regex.compile(source, flags), source, flags)
    assert (source, flags) not in _regex._MEMO.table()


def test_an_unwritable_cache_folder_is_no_error(fresh: Path) -> None:
    fresh.parent.mkdir(parents=True, exist_ok=True)
    fresh.write_text("a file where the folder should be")
    _same(_regex.compile(r"\d+(?:st|nd|rd|th)", re.I), r"\d+(?:st|nd|rd|th)", re.I)
    _regex._MEMO.save()  # nothing written, nothing raised
    assert fresh.is_file()


def test_bad_patterns_raise_as_re_does(fresh: Path) -> None:
    with pytest.raises(re.error):
        _regex.compile(r"(unclosed")


def test_the_package_builds_the_same_patterns_in_every_process(tmp_path: Path) -> None:
    """A pattern built from a set in its hash order would be a new cache entry in every
    process (the file grew by two entries a run before the fix)."""
    import json
    import os
    import subprocess
    import sys

    script = (
        "import json, warctools.cli, warctools.pipeline.extract_run, "
        "warctools.extract.date_fallback\n"
        "from warctools import _regex\n"
        "print(json.dumps(sorted([repr(k) for k in _regex._MEMO.used])))"
    )
    seen = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed,
               "WARCTOOLS_CACHE_DIR": str(tmp_path / f"cache-{seed}")}  # fmt: skip
        out = subprocess.run([sys.executable, "-c", script], env=env, check=True,
                             capture_output=True, text=True).stdout  # fmt: skip
        seen.append(json.loads(out))
    assert len(seen[0]) >= 100
    assert seen[0] == seen[1]


def test_a_library_imported_inside_compiled_on_import_gets_cached_patterns(
    fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """htmldate is imported this way: its patterns, and those of the modules it imports,
    are the cache's, equal to ``re.compile``'s; the name is given back even on an error."""
    import sys

    (tmp_path / "lib_with_patterns.py").write_text(
        "import re\n"
        "DATE = re.compile(r'(?P<y>\\d{4})-(?P<m>\\d\\d)', re.I)\n"
        "SAME = re.compile(DATE)\n"  # a compiled pattern passed again: itself
        "SPACES = re.compile(rb'\\s+')\n", encoding="utf-8")  # fmt: skip
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "lib_with_patterns", raising=False)
    plain = re.compile
    with _regex.compiled_on_import():
        assert re.compile is _regex.compile
        with _regex.compiled_on_import():  # nested: the outer one gives the name back
            pass
        assert re.compile is _regex.compile
        import lib_with_patterns
        with pytest.raises(re.error):
            re.compile(r"(unclosed")
    assert re.compile is plain
    _same(lib_with_patterns.DATE, r"(?P<y>\d{4})-(?P<m>\d\d)", re.I)
    assert lib_with_patterns.SAME is lib_with_patterns.DATE
    _same(lib_with_patterns.SPACES, rb"\s+", 0)
    assert (r"(?P<y>\d{4})-(?P<m>\d\d)", int(re.I)) in _regex._MEMO.table()
    with pytest.raises(ZeroDivisionError), _regex.compiled_on_import():
        1 / 0  # noqa: B018 - an error inside
    assert re.compile is plain


def test_a_crowded_cache_keeps_what_its_writer_used(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_regex, "_KEEP", 3)
    for i in range(5):
        _regex.compile(rf"old{i}\d+")
    _regex._MEMO.save()
    monkeypatch.setattr(_regex, "_MEMO", _regex._memo())
    _regex.compile(r"old0\d+")  # from the file
    _regex.compile(r"new\w+")  # compiled: the file is written again
    _regex._MEMO.save()
    monkeypatch.setattr(_regex, "_MEMO", _regex._memo())
    assert sorted(key[0] for key in _regex._MEMO.table()) == [r"new\w+", r"old0\d+"]


# ---- the factored sources kept beside them (extract/_alternation.py) --------------------


def test_factored_sources_come_back_from_the_cache_folder_as_computed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from warctools.extract import _alternation as alt
    from warctools.extract import _phrases

    monkeypatch.setenv("WARCTOOLS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(alt, "_MEMO", alt._memo())
    sources = [(_phrases._NOTICE.pattern, False), (_phrases._BOILER_LINES, True)]
    computed = [alt._factor(alt._alternatives(src), fold) for src, fold in sources]
    words = alt.alternation(["märz", "mar", "march"], ignore_case=True)
    assert [alt.factor(src, ignore_case=fold) for src, fold in sources] == computed
    alt._MEMO.save()
    assert (tmp_path / "cache" / f"factored-{alt._RULES}.json").exists()
    monkeypatch.setattr(alt, "_MEMO", alt._memo())  # a new process
    assert [alt.factor(src, ignore_case=fold) for src, fold in sources] == computed
    assert alt.alternation(["märz", "mar", "march"], ignore_case=True) == words
    assert alt._MEMO.pid is None  # all from the file: nothing to write
    # a broken file is work to redo, never an error
    (tmp_path / "cache" / f"factored-{alt._RULES}.json").write_bytes(b"{not json")
    monkeypatch.setattr(alt, "_MEMO", alt._memo())
    assert [alt.factor(src, ignore_case=fold) for src, fold in sources] == computed
