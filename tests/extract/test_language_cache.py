"""The decompressed language model is cached (plain .npy arrays, memory-mapped) and gives the
same answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from warctools.extract import language

TEXTS = [
    "The minister said on Monday that the talks would resume next week in Geneva.",
    "Der Minister sagte am Montag, die Gespräche würden nächste Woche in Genf fortgesetzt.",
    "Le ministre a déclaré lundi que les négociations reprendraient la semaine prochaine.",
    "El ministro dijo el lunes que las conversaciones se reanudarían la próxima semana.",
    "Министр заявил в понедельник, что переговоры возобновятся на следующей неделе.",
    "大臣は月曜日、協議が来週ジュネーブで再開されると述べた。",
]


def test_cached_model_gives_the_same_answers(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    monkeypatch.setenv("WARCTOOLS_CACHE_DIR", str(tmp_path / "cache"))
    reference = LanguageIdentifier.from_model_file(MODEL_FILE)
    first = language._identifier()  # decompresses and writes the cache
    cached = list((tmp_path / "cache").glob("py3langid-*"))
    assert len(cached) == 1 and not list((tmp_path / "cache").glob(".*.tmp"))
    assert sorted(f.name for f in cached[0].iterdir()) == [
        "meta.json", "nextmove.npy", "output.npy", "ptc.npy", "row.npy"]
    second = language._identifier()  # reads the cache
    assert second.tk_output == reference.tk_output and type(second.tk_output) is list
    for text in TEXTS:
        assert first.classify(text) == second.classify(text) == reference.classify(text)


def test_a_broken_or_unwritable_cache_only_costs_time(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("WARCTOOLS_CACHE_DIR", str(blocker))
    assert language._identifier().classify(TEXTS[1])[0] == "de"
    folder = tmp_path / "cache"
    monkeypatch.setenv("WARCTOOLS_CACHE_DIR", str(folder))
    language._identifier()
    (path,) = folder.glob("py3langid-*")
    (path / "meta.json").write_bytes(b"truncated")  # a damaged cache is decompressed afresh
    assert language._identifier().classify(TEXTS[2])[0] == "fr"


def test_a_truncated_cache_file_is_decompressed_afresh(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv("WARCTOOLS_CACHE_DIR", str(folder))
    language._identifier()
    (path,) = folder.glob("py3langid-*")
    table = path / "nextmove.npy"
    size = table.stat().st_size
    table.write_bytes(table.read_bytes()[: 1 << 20])  # a table cut short
    assert language._identifier().classify(TEXTS[3])[0] == "es"
    assert table.stat().st_size == size  # and the cache is written afresh


def test_one_cached_model_per_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stale copies (another py3langid, an older name) go when a new one is written; a
    reinstall of the same model reuses the file instead of writing another."""
    folder = tmp_path / "cache"
    folder.mkdir()
    stale = folder / "py3langid-0.3.0-4586720-1796402009173921870.npz"
    stale.write_bytes(b"an older warctools' name for the model")
    monkeypatch.setenv("WARCTOOLS_CACHE_DIR", str(folder))
    language._identifier()
    (path,) = folder.glob("py3langid-*")
    assert path != stale and path.is_dir()
    written = (path / "meta.json").stat().st_mtime_ns
    assert language._identifier().classify(TEXTS[0])[0] == "en"
    assert list(folder.glob("py3langid-*")) == [path]
    assert (path / "meta.json").stat().st_mtime_ns == written


def test_cache_named_by_the_installed_version() -> None:
    from importlib.metadata import version
    from types import ModuleType

    import py3langid

    assert language._version(py3langid) == version("py3langid")
    bare = ModuleType("py3langid")  # no __version__: read from the installed metadata
    assert language._version(bare) == version("py3langid")
