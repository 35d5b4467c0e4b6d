"""Language of the main text: py3langid, with ``<html lang>`` as a hint.

The model (shipped inside py3langid) takes ~0.5 s to decompress, so :func:`prefetch`
starts loading it on a daemon thread (lzma releases the GIL: it overlaps with parsing)
and :func:`detect` waits for it only when it needs it. The answer never depends on
timing: the same inputs always give the same language.

The decompressed model is kept in the user's cache folder (``warctools/_cache.py``) as
plain ``.npy`` arrays and a small JSON file (no pickles), in a folder named from py3langid's
version and a digest of its model file, so every environment with the same model shares
one copy; writing a new one removes the others (~70 MB each). The two big tables are
memory-mapped: the next process starts in a few milliseconds and reads only the rows its
texts visit, which matters for every worker that is not forked from a parent that has the
model (Ray workers) and for small runs. An unwritable cache folder only costs the decompression.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import json
import logging
import os
import shutil
import threading
from pathlib import Path
from typing import Any

import numpy as np

from .. import _regex
from .._cache import cache_dir, source_key

__all__ = ["detect", "normalise_tag", "prefetch"]

log = logging.getLogger(__name__)
_MIN_TEXT = 120  # shorter texts: the hint wins when there is one
_SAMPLE = 1200
_CACHE_PREFIX = "py3langid-"
_LAYOUT = "2"  # the cache folder's files: 2 = the tokenizer's output table as .npy
_state: dict[str, Any] = {"identifier": None, "thread": None, "lock": threading.Lock()}
_TAG = _regex.compile(r"^([a-zA-Z]{2,3})(?:[-_].*)?$")
_LEGACY = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv"}
_NON_ASCII = _regex.compile(r"[^\x00-\x7f]")
_WORD = _regex.compile(r"[^\W\d_]+")
_EN_FUNCTION = frozenset(
    "the and of to is that for with was this from have has she they you not but his her"
    " their its were will said are which would been".split()
)  # words frequent in English and rare as words of other languages
# code points >> 7 (blocks of 128) -> script; unlisted blocks above Latin are "other"
_BLOCKS = {
    "cyrillic": (0x400, 0x530), "greek": (0x370, 0x400), "hebrew": (0x590, 0x600),
    "arabic": (0x600, 0x780), "devanagari": (0x900, 0x980), "thai": (0xE00, 0xE80),
    "hangul": (0xAC00, 0xD7B0), "kana": (0x3040, 0x3100), "han": (0x4E00, 0xA000),
}  # fmt: skip
_SCRIPT_OF = {b: name for name, (lo, hi) in _BLOCKS.items() for b in range(lo >> 7, hi >> 7)}
_LANG_SCRIPT = {
    **dict.fromkeys("ru uk bg sr mk be kk ky tg mn".split(), "cyrillic"),
    "el": "greek", "he": "hebrew", "yi": "hebrew", "th": "thai", "ko": "hangul",
    **dict.fromkeys("ar fa ur ps".split(), "arabic"),
    **dict.fromkeys("hi mr ne".split(), "devanagari"),
    "ja": "kana", "zh": "han",
}  # fmt: skip


def _reset_after_fork() -> None:
    _state["lock"] = threading.Lock()
    _state["thread"] = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


def _load() -> Any:
    with _state["lock"]:
        if _state["identifier"] is None:
            _state["identifier"] = _identifier()
        return _state["identifier"]


def _version(package: Any) -> str:
    """The package's version: its ``__version__`` (``importlib.metadata`` costs 13 ms per
    process: its import and a scan of the installed distributions)."""
    found = getattr(package, "__version__", None)
    if isinstance(found, str):
        return found
    from importlib.metadata import version

    return version(package.__name__)


def _identifier() -> Any:
    """py3langid's identifier, from the cached decompressed model when there is one."""
    import py3langid
    from py3langid import langid

    model = Path(langid.MODEL_DIR) / langid.MODEL_FILE
    read_model = getattr(langid, "_load_model_file", None)
    if read_model is None:  # another py3langid layout: no cache
        return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE)
    # the model file named by its path, size and modification time, not its contents:
    # hashing its 4.6 MB was 0.055 G instructions (4%) of a one-page run's start-up
    digest = hashlib.sha1(source_key(model, model.stat()).encode(
        "utf-8", "surrogateescape")).hexdigest()[:16]
    cache = cache_dir() / f"{_CACHE_PREFIX}{_version(py3langid)}-{digest}-{_LAYOUT}"
    parts = _read_cached(cache)
    if parts is None:
        parts = read_model(model)
        _write_cached(cache, parts)
    ptc, pc, classes, nextmove, row, output = parts
    return langid.LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove,
                                     output, tk_row=row)


def _read_cached(folder: Path) -> tuple[Any, ...] | None:
    """The model's parts from ``folder``; the two big tables (~70 MB) are memory-mapped,
    so a process reads only the rows its texts visit and processes share the pages."""
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        ptc = np.load(folder / "ptc.npy", mmap_mode="r", allow_pickle=False)
        nextmove = np.load(folder / "nextmove.npy", mmap_mode="r", allow_pickle=False)
        row = np.load(folder / "row.npy", allow_pickle=False)
        # (a list, as py3langid reads it: 105,000 numbers as JSON were 13 ms of a start)
        output = np.load(folder / "output.npy", allow_pickle=False).tolist()
        if ptc.shape != tuple(meta["ptc_shape"]) or len(nextmove) != meta["nextmove_len"]:
            return None
        return (ptc, np.asarray(meta["pc"], dtype=np.float32), meta["classes"],
                memoryview(nextmove), array.array(meta["row_typecode"], row.tobytes()),
                output)
    except (OSError, KeyError, ValueError, TypeError):
        return None


def _write_cached(folder: Path, parts: tuple[Any, ...]) -> None:
    ptc, pc, classes, nextmove, row, output = parts
    tmp = folder.parent / f".{folder.name}.{os.getpid()}.tmp"
    try:
        tmp.mkdir(parents=True)
        ptc = np.asarray(ptc)
        np.save(tmp / "ptc.npy", ptc)
        np.save(tmp / "nextmove.npy", np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"))
        np.save(tmp / "row.npy", np.frombuffer(row, dtype=f"u{row.itemsize}"))
        np.save(tmp / "output.npy", np.asarray(output, dtype=np.int64))
        meta = {"ptc_shape": list(ptc.shape), "nextmove_len": len(nextmove),
                "pc": np.asarray(pc).tolist(), "classes": [str(c) for c in classes],
                "row_typecode": row.typecode}
        (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")  # written last
        shutil.rmtree(folder, ignore_errors=True)  # a damaged copy (mapped ones stay valid)
        os.replace(tmp, folder)
        _drop_stale(folder)
    except (OSError, ValueError, TypeError) as exc:
        log.debug("language model not cached at %s: %s", folder, exc)
        shutil.rmtree(tmp, ignore_errors=True)


def prefetch() -> None:
    """Start loading the model in the background (idempotent, fork-safe)."""
    if _state["identifier"] is None and _state["thread"] is None:
        thread = threading.Thread(target=_load, name="warctools-langid", daemon=True)
        _state["thread"] = thread
        thread.start()


def normalise_tag(tag: str | None) -> str | None:
    """``en-US`` -> ``en``; None for what is not a language tag."""
    if not tag:
        return None
    match = _TAG.match(tag.strip())
    if not match:
        return None
    code = match.group(1).lower()
    code = _LEGACY.get(code, code)
    return code if len(code) == 2 else None


def detect(text: str, hint: str | None = None) -> str | None:
    """ISO 639-1 code of ``text``.

    ``hint`` (``<html lang>``, content-language, og:locale) is taken when the text agrees
    with it cheaply: its script matches, and for an English hint the text reads like
    English. Otherwise (or without a hint) py3langid decides.
    """
    hinted = normalise_tag(hint)
    sample = text[:_SAMPLE]
    if hinted and (len(sample) < _MIN_TEXT or _agrees(sample, hinted)):
        if (hinted != "en" and len(sample) >= _MIN_TEXT and _LANG_SCRIPT.get(hinted) is None
                and len(own := _QUOTED.sub(" ", sample)) >= _MIN_TEXT
                and _english_share(own) >= _ENGLISH_UNDER_HINT):  # fmt: skip
            # a Latin-script hint over a text that reads like English outside its quotes (a
            # site's fixed <html lang="de"> over an English story, not a German story
            # quoting an English speech): the model decides
            return _classify(own) or hinted
        return hinted
    if len(sample) < 20:
        return hinted
    if not hinted and len(sample) >= _MIN_TEXT and _agrees(sample, "en"):
        return "en"  # plainly English: no need to load the model
    return _classify(sample) or hinted


def _script(sample: str) -> str:
    """The main script of ``sample``, looking only at its non-ASCII letters (fast)."""
    sample = sample[:600]
    others = _NON_ASCII.findall(sample)
    if len(others) * 4 < len(sample):
        return "latin"
    counts: dict[str, int] = {}
    for ch in others:
        if ch.isalpha():
            name = _SCRIPT_OF.get(ord(ch) >> 7, "latin" if ord(ch) < 0x250 else "other")
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else "latin"


_ENGLISH_UNDER_HINT = 0.15  # ... from this share on, a text under another hint is asked
# a quotation, in any language's marks
_QUOTED = _regex.compile(r"[“\"„«»‘][^“”\"„«»\n]{0,600}[”\"“»«’]")


def _agrees(sample: str, code: str) -> bool:
    script = _script(sample)
    expected = _LANG_SCRIPT.get(code, "latin")
    if script != expected and not (code == "ja" and script == "han"):
        return False
    if code == "en":
        return _english_share(sample) >= 0.1
    return True


def _english_share(sample: str) -> float:
    """The share of the sample's words that are English function words (English text:
    0.18-0.36 on the labelled pages; German and French text: 0.00 for nine in ten)."""
    words = _WORD.findall(sample.lower())
    return sum(map(_EN_FUNCTION.__contains__, words)) / len(words) if words else 0.0


def _classify(sample: str) -> str | None:
    identifier = _state["identifier"] or _load()
    code, _score = identifier.classify(sample)
    return normalise_tag(str(code))


def _drop_stale(kept: Path) -> None:
    """Remove the other cached models (~70 MB each) once a new one is written: another
    py3langid release, or the forms of earlier warctools releases (one ``.npz`` per
    reinstall)."""
    for other in kept.parent.glob(f"{_CACHE_PREFIX}*"):
        if other == kept:
            continue
        if other.is_dir():
            shutil.rmtree(other, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                other.unlink()
