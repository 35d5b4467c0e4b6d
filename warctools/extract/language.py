"""Language of the main text: py3langid, with ``<html lang>`` as a hint.

The model (shipped inside py3langid) takes ~0.5 s to decompress, so :func:`prefetch`
starts loading it on a daemon thread (lzma releases the GIL: it overlaps with parsing)
and :func:`detect` waits for it only when it needs it. The answer never depends on
timing: the same inputs always give the same language.
"""

from __future__ import annotations

import os
import re
import threading
from typing import Any

__all__ = ["detect", "normalise_tag", "prefetch"]

_MIN_TEXT = 120  # shorter texts: the hint wins when there is one
_SAMPLE = 1200
_state: dict[str, Any] = {"identifier": None, "thread": None, "lock": threading.Lock()}
_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_].*)?$")
_LEGACY = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv"}


def _reset_after_fork() -> None:
    _state["lock"] = threading.Lock()
    _state["thread"] = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


def _load() -> Any:
    with _state["lock"]:
        if _state["identifier"] is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _state["identifier"] = LanguageIdentifier.from_model_file(MODEL_FILE)
        return _state["identifier"]


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
    """ISO 639-1 code of ``text``; ``hint`` (an html lang value) decides short texts."""
    hinted = normalise_tag(hint)
    sample = text[:_SAMPLE]
    if len(sample) < _MIN_TEXT:
        return hinted or (_classify(sample) if len(sample) >= 20 else None)
    return _classify(sample) or hinted


def _classify(sample: str) -> str | None:
    identifier = _state["identifier"] or _load()
    code, _score = identifier.classify(sample)
    return normalise_tag(str(code))
