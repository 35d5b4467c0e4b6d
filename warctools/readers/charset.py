"""Choose the character encoding of an HTML body, in the WHATWG order.

1. byte order mark (``bom``); 2. the HTTP ``Content-Type`` charset (``http``);
3. a ``<meta charset>`` / ``<meta http-equiv=content-type>`` in the first 4096 bytes
(``meta``); 4. detection (``detected``): strict UTF-8 first (cheap), then
charset-normalizer; 5. ``windows-1252`` (``default``).

Labels go through the WHATWG label table (``iso-8859-1`` means windows-1252, ``gb2312``
means GBK ...); an unknown label (``Big5_Solaris``) is ignored. A declared encoding
under which the body does not decode strictly is overruled by detection.
"""

from __future__ import annotations

import codecs
import re

from .. import _regex
from ._labels import WHATWG_LABELS, python_to_whatwg

__all__ = ["decode_html", "lookup_label", "http_charset", "meta_charset"]

_BOMS = ((codecs.BOM_UTF8, "utf-8", "utf-8"), (codecs.BOM_UTF16_LE, "utf-16le", "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16be", "utf-16-be"))
_META = _regex.compile(rb"<meta[\s/][^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.+\-]+)", re.I)
_COMMENT = _regex.compile(rb"<!--.*?-->", re.S)
_PRESCAN = 4096
_DETECT_SAMPLE = 64 * 1024
# detection ties go to the encodings the web actually uses, in this order
_COMMON = ("windows-1252", "windows-1251", "gbk", "shift_jis", "euc-jp", "big5", "euc-kr",
           "windows-1250", "iso-8859-2", "windows-1256", "windows-1253", "windows-1254",
           "windows-1255", "windows-1257", "windows-874", "koi8-r", "koi8-u", "gb18030",
           "iso-8859-15", "iso-2022-jp", "windows-1258")
_RARE_PENALTY = 10.0
_SINGLE_BYTE_DECLARED = frozenset({"windows-1252", "iso-8859-15", "iso-8859-2", "windows-1250"})


def _c1_passthrough(exc: UnicodeError) -> tuple[str, int]:
    """WHATWG windows-1252 maps the 5 bytes Python leaves undefined to C1 controls."""
    assert isinstance(exc, UnicodeDecodeError)
    return chr(exc.object[exc.start]), exc.start + 1


codecs.register_error("warctools-c1", _c1_passthrough)


def lookup_label(label: str | None) -> tuple[str, str] | None:
    """``(whatwg name, python codec)`` for a charset label, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    return WHATWG_LABELS.get(label)


def http_charset(content_type: str | None) -> str | None:
    """The raw ``charset`` parameter of a Content-Type header value."""
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def meta_charset(body: bytes) -> str | None:
    """The charset label of the first charset-bearing ``<meta>`` in the prescan window."""
    head = _COMMENT.sub(b"", body[:_PRESCAN])
    m = _META.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def _strict(body: bytes, codec: str, truncated: bool) -> str | None:
    errors = "warctools-c1" if codec == "cp1252" else "strict"
    try:
        return body.decode(codec, errors)
    except UnicodeDecodeError as exc:
        # a cut-off body may end inside a multi-byte sequence: that is no evidence
        if truncated and exc.end >= len(body) - 1 and exc.start >= len(body) - 4:
            return body[: exc.start].decode(codec, errors)
        return None
    except LookupError:
        return None


def _detect(body: bytes) -> tuple[str, str, str, str | None]:
    """``(name, codec, source, text)`` by detection, or the default; ``text``: the body
    decoded, where the detection did (strict UTF-8), else None."""
    if (text := _strict(body, "utf-8", True)) is not None:
        return "utf-8", "utf-8", "detected", text
    from charset_normalizer import from_bytes

    best: tuple[float, int, str, str] | None = None
    for match in from_bytes(body[:_DETECT_SAMPLE]):
        found = python_to_whatwg().get(codecs.lookup(match.encoding).name)
        if found is None:
            continue  # not a web encoding: browsers never use it
        rank = _COMMON.index(found[0]) if found[0] in _COMMON else len(_COMMON)
        score = match.percent_chaos + (0.0 if rank < len(_COMMON) else _RARE_PENALTY)
        if best is None or (score, rank) < best[:2]:
            best = (score, rank, *found)
    if best is None:
        return "windows-1252", "cp1252", "default", None
    return best[2], best[3], "detected", None


def decode_html(body: bytes, content_type: str | None, *, truncated: bool = False
                ) -> tuple[str, str, str]:
    """``(html, charset, charset_source)`` for a body (see module docstring)."""
    for bom, name, codec in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(codec, "replace"), name, "bom"
    for source in ("http", "meta"):  # the meta prescan only when the HTTP label fails
        found = lookup_label(http_charset(content_type) if source == "http" else
                             meta_charset(body))
        if found is None:
            continue
        name, codec = found
        if source == "meta" and name.startswith("utf-16"):
            name, codec = "utf-8", "utf-8"  # WHATWG: a meta can't declare UTF-16
        text = _strict(body, codec, truncated)
        if text is not None and name in _SINGLE_BYTE_DECLARED and not body.isascii():
            # Latin-1 style labels decode anything; valid non-ASCII UTF-8 is no accident
            utf8 = _strict(body, "utf-8", truncated)
            if utf8 is not None:
                return utf8, "utf-8", "detected"
        if text is not None:
            return text, name, source
        # declared but the body does not decode under it: try the next source
    name, codec, source, text = _detect(body)
    if text is not None:
        return text, name, source
    errors = "warctools-c1" if codec == "cp1252" else "replace"
    text = _strict(body, codec, True)
    return (text if text is not None else body.decode(codec, errors)), name, source
