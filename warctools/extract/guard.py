"""extract_guarded(): caps on pathological input and a per-page time limit.

The time limit uses ``signal.setitimer(ITIMER_REAL)`` and SIGALRM, so it only works in
the main thread of a process (worker processes of a pool are fine); elsewhere the page
runs without a timer. Input caps are cheap checks done before parsing.
"""

from __future__ import annotations

import signal
import threading
from itertools import accumulate
from types import FrameType

import numpy as np

from .. import _regex
from ..records import Extracted
from ._core import extract

__all__ = ["ExtractionError", "ExtractionTimeout", "extract_guarded", "MAX_HTML_CHARS"]

MAX_HTML_CHARS = 5_000_000
MAX_DEPTH = 2_000  # lexbor's tree building is quadratic in nesting depth

# Opening / closing tags, without void and implicitly closed elements (an upper bound on
# the nesting depth that real pages keep far below MAX_DEPTH: at most ~500 on the
# benchmark).
_TAG_STEP = _regex.compile(
    r"<(/?)(?!(?:img|br|meta|link|input|hr|source|wbr|area|col|embed|param|track|base|p|li"
    r"|option|dt|dd|tr|td|th)[\s/>])[a-zA-Z]"
)
_TAG = _regex.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*>")
_VOID = frozenset("img br meta link input hr source wbr area col embed param track base".split())
_STEP = {"": 1, "/": -1}


class ExtractionError(Exception):
    """Extraction of one page failed; ``reason`` is a short token for the errors row."""

    def __init__(self, reason: str, message: str = "") -> None:
        super().__init__(f"{reason}: {message}" if message else reason)
        self.reason = reason
        self.message = message


class ExtractionTimeout(ExtractionError):
    def __init__(self, seconds: float) -> None:
        super().__init__("extract_timeout", f"extraction took longer than {seconds:g} s")


def _on_alarm(seconds: float):  # noqa: ANN202 - a signal handler factory
    def handler(signum: int, frame: FrameType | None) -> None:
        raise ExtractionTimeout(seconds)

    return handler


def extract_guarded(
    html: str,
    url: str,
    *,
    timeout_s: float = 10.0,
    max_html_chars: int = MAX_HTML_CHARS,
    encoded: bytes | None = None,
) -> Extracted:
    """:func:`extract` with input caps and a time limit.

    Input longer than ``max_html_chars`` is cut to that length (a page's article lies
    near its start; the rest is usually inline data). Raises :class:`ExtractionTimeout`
    past ``timeout_s`` seconds (``0`` disables it) and :class:`ExtractionError` for any
    other failure, with ``reason`` set for the caller's errors row. ``encoded``: the
    UTF-8 bytes ``html`` was strictly decoded from, when the caller has them (see
    :func:`extract`); dropped where the markup is cut or flattened here.
    """
    if max_html_chars <= 0:
        raise ValueError(f"max_html_chars must be positive, got {max_html_chars}")
    warnings = []
    if len(html) > max_html_chars:
        html, encoded = html[:max_html_chars], None
        warnings.append("html_truncated")
    if _may_nest_deeper(encoded if encoded is not None else html, MAX_DEPTH) and (
            _depth(html) > MAX_DEPTH):  # fmt: skip
        html, encoded = flatten_deep(html, MAX_DEPTH), None
        warnings.append("deep_nesting_flattened")
    result = _guarded_run(html, url, timeout_s, encoded)
    result.warnings.extend(warnings)
    return result


def _may_nest_deeper(markup: str | bytes, limit: int) -> bool:
    """May ``markup`` nest deeper than ``limit``: more than that many "<" not opening
    "</"? Most pages have fewer "<" than that in all, which answers no on three pages in
    four (on a ``str``, counted before any encoding)."""
    if isinstance(markup, str) and markup.count("<") <= limit:
        return False
    return _unclosed(markup, limit) > limit


def _unclosed(markup: str | bytes, limit: int = -1) -> int:
    """Every "<" not opening "</": no page is nested deeper than that. Counted over the
    UTF-8 bytes (both characters are ASCII) with numpy, 7x faster than ``str.count`` on
    a page (whose two-character search costs 5% of an extract run). Where the "<"s alone
    are no more than ``limit``, their count: the pairs are not looked for."""
    data = markup if isinstance(markup, bytes) else markup.encode("utf-8", "surrogatepass")
    codes = np.frombuffer(data, dtype=np.uint8)
    opens = codes == ord("<")
    count = int(np.count_nonzero(opens))
    if count <= limit:
        return count
    return count - int(np.count_nonzero(opens[:-1] & (codes[1:] == ord("/"))))


def _depth(html: str) -> int:
    """An upper bound on the nesting depth of ``html`` (see ``_TAG_STEP``)."""
    return max(accumulate(map(_STEP.__getitem__, _TAG_STEP.findall(html))), default=0)


def _guarded_run(html: str, url: str, timeout_s: float, encoded: bytes | None = None
                 ) -> Extracted:  # fmt: skip
    use_timer = (
        timeout_s > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not use_timer:
        return _run(html, url, encoded)
    previous = signal.signal(signal.SIGALRM, _on_alarm(timeout_s))
    signal.setitimer(signal.ITIMER_REAL, timeout_s)
    try:
        return _run(html, url, encoded)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _run(html: str, url: str, encoded: bytes | None = None) -> Extracted:
    try:
        return extract(html, url, encoded=encoded)
    except ExtractionError:
        raise
    except RecursionError as exc:
        raise ExtractionError("extract_recursion", str(exc)[:200]) from exc
    except MemoryError as exc:
        raise ExtractionError("extract_memory", "out of memory") from exc
    except Exception as exc:  # noqa: BLE001 - any bug on one page becomes an errors row
        raise ExtractionError("extract_failed", f"{type(exc).__name__}: {exc}"[:500]) from exc


def flatten_deep(html: str, limit: int) -> str:
    """Drop the tags nested deeper than ``limit`` (their text stays). Linear time."""
    out: list[str] = []
    depth = last = 0
    for match in _TAG.finditer(html):
        closing, name = match.group(1), match.group(2).lower()
        if name in _VOID:
            continue
        inside = depth + (0 if closing else 1) > limit
        depth = max(0, depth - 1) if closing else depth + 1
        if inside:
            out.append(html[last : match.start()])
            out.append(" ")
            last = match.end()
    out.append(html[last:])
    return "".join(out)
