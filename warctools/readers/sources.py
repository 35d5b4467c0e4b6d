"""Where WARC/ARC inputs come from: files, directories, globs, stdin, URLs, paths lists.

:func:`expand_inputs` turns command-line arguments into a deterministic list of
:class:`InputFile` (plus :class:`SkippedInput` for files in walked directories or glob
matches that are not WARC/ARC by their magic bytes). A file named explicitly is always
kept: if it cannot be opened, :func:`open_input` raises :class:`~warctools.errors.InputError`
(the CLI exits 1 and still processes the others).

Remote locations (``s3://``, ``https://`` ...) go through fsspec, imported only when
needed.
"""

from __future__ import annotations

import atexit
import glob
import gzip
import hashlib
import io
import os
import shutil
import sys
import tempfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from .. import _regex
from ..errors import InputError
from .framing import ARC_START, WARC_START
from .stream import detect_codec

__all__ = ["InputFile", "InputSelection", "SkippedInput", "expand_inputs", "open_input",
           "looks_like_archive"]

_URL = _regex.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
_GLOB = _regex.compile(r"[*?\[]")
_S3_HINT = "install the remote-storage extra: pip install 'warctools[s3]'"
_SNIFF = 64 * 1024


@dataclass(frozen=True)
class InputFile:
    name: str  # as the user named it (a walked file: dir argument joined with its path)
    location: str  # local path or fsspec URL
    index: int


@dataclass(frozen=True)
class InputSelection:
    """``--sample FRACTION`` then ``--limit N`` over the expanded inputs.

    The sample keeps a file when a hash of ``(seed, name)`` falls under the fraction: the
    same files for the same names whatever their order or number (a sample of a month's
    ``warc.paths.gz`` is a sample of any of its days), and a different seed draws another
    sample. ``limit`` then keeps the first N of what remains, in input order.
    """

    limit: int | None = None
    sample: float | None = None
    seed: int = 0

    def __post_init__(self) -> None:
        from warctools.errors import UsageError

        if self.limit is not None and self.limit < 1:
            raise UsageError(f"--limit must be at least 1, got {self.limit}")
        if self.sample is not None and not 0.0 < self.sample <= 1.0:
            raise UsageError(f"--sample must be in (0, 1], got {self.sample}")

    def keeps(self, name: str) -> bool:
        if self.sample is None:
            return True
        digest = hashlib.sha256(f"{self.seed}\0{name}".encode()).digest()
        return int.from_bytes(digest[:8], "big") < self.sample * 2.0**64

    def apply(self, files: list[InputFile]) -> list[InputFile]:
        """The selected files, renumbered from 0 in input order."""
        kept = [f for f in files if self.keeps(f.name)]
        if self.limit is not None:
            kept = kept[: self.limit]
        return [InputFile(f.name, f.location, i) for i, f in enumerate(kept)]


@dataclass(frozen=True)
class SkippedInput:
    name: str
    reason: str  # "not_warc"


def _fsspec() -> Any:
    try:
        import fsspec
    except ImportError as exc:
        raise InputError(f"reading remote inputs needs fsspec: {_S3_HINT}") from exc
    return fsspec


def open_input(inp: InputFile, *, retries: int | None = None) -> BinaryIO:
    """Open an input for binary reading; :class:`InputError` with a hint when it can't.
    Remote inputs retry and resume a broken read ``retries`` times (see remote_stream)."""
    loc = inp.location
    if _URL.match(loc):
        from warctools.readers.remote_stream import open_remote

        try:
            return open_remote(_fsspec(), loc, inp.name, retries=retries)
        except ImportError as exc:
            raise InputError(f"cannot open {inp.name!r}: {exc}; {_S3_HINT}") from exc
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot open {inp.name!r}: {exc}") from exc
    try:
        return open(loc, "rb")  # noqa: SIM115 - the caller closes it
    except FileNotFoundError as exc:
        hint = " (a glob pattern that matched no file)" if _GLOB.search(loc) else ""
        raise InputError(f"cannot open {inp.name!r}: no such file{hint}") from exc
    except IsADirectoryError as exc:
        raise InputError(f"cannot open {inp.name!r}: it is a directory") from exc
    except OSError as exc:
        raise InputError(f"cannot open {inp.name!r}: {exc.strerror or exc}") from exc


def looks_like_archive(head: bytes) -> bool:
    """True when the first bytes of a file are WARC/ARC data (compressed or not)."""
    codec = detect_codec(head[:8])
    if codec in ("zstd", "lz4"):
        return True
    if codec == "gzip":
        try:
            head = zlib.decompressobj(31).decompress(head, _SNIFF)
        except zlib.error:
            return False
    head = head.lstrip(b"\r\n\t ")
    return bool(WARC_START.match(head) or ARC_START.match(head))


def _sniff_file(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            return looks_like_archive(fh.read(_SNIFF))
    except OSError:
        return True  # let open_input report it


def _walk(top: str) -> list[str]:
    out: list[str] = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        out.extend(os.path.join(root, f) for f in sorted(files))
    return sorted(out, key=lambda p: os.path.relpath(p, top).split(os.sep))


def _display(top: str, path: str) -> str:
    rel = os.path.relpath(path, top).replace(os.sep, "/")
    return top.rstrip("/") + "/" + rel


def _candidates(found: list[tuple[str, str]], skipped: list[SkippedInput],
                pairs: list[tuple[str, str]]) -> None:
    for name, path in pairs:
        if _sniff_file(path):
            found.append((name, path))
        else:
            skipped.append(SkippedInput(name, "not_warc"))


def _expand_local(arg: str, found: list[tuple[str, str]], skipped: list[SkippedInput]) -> None:
    if os.path.isdir(arg):
        _candidates(found, skipped, [(_display(arg, p), p) for p in _walk(arg)])
    elif _GLOB.search(arg) and not os.path.exists(arg):
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches:
            found.append((arg, arg))
        for match in matches:
            if os.path.isdir(match):
                _expand_local(match, found, skipped)
            else:
                _candidates(found, skipped, [(match, match)])
    else:
        found.append((arg, arg))


def _expand_url(url: str) -> list[tuple[str, str]]:
    if not _GLOB.search(url.split("://", 1)[1]):
        return [(url, url)]
    fs, path = _fsspec().core.url_to_fs(url)
    matches = sorted(fs.glob(path))
    return [(fs.unstrip_protocol(m), fs.unstrip_protocol(m)) for m in matches] or [(url, url)]


def _spool_stdin() -> str:
    fd, path = tempfile.mkstemp(prefix="warctools-stdin-")

    def _remove() -> None:
        if os.path.exists(path):
            os.unlink(path)

    atexit.register(_remove)
    with os.fdopen(fd, "wb") as out:
        shutil.copyfileobj(sys.stdin.buffer, out, 1 << 20)
    return path


def _read_paths(paths_file: str, prefix: str | None) -> list[tuple[str, str]]:
    """Lines of a Common Crawl style ``warc.paths`` (gzipped or not)."""
    fh = open_input(InputFile(paths_file, paths_file, 0))
    with fh:
        data = fh.read()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    out = []
    for line in io.StringIO(data.decode("utf-8", "replace")):
        path = line.strip()
        if not path or path.startswith("#"):
            continue
        location = path
        if prefix:
            location = prefix + path if prefix.endswith("/") or path.startswith("/") else (
                f"{prefix}/{path}")
        out.append((path, location))
    return out


def expand_inputs(inputs: Sequence[str], *, paths_file: str | None = None,
                  prefix: str | None = None) -> tuple[list[InputFile], list[SkippedInput]]:
    """Files to read, in a deterministic order (arguments in order, walks sorted)."""
    found: list[tuple[str, str]] = []
    skipped: list[SkippedInput] = []
    for arg in inputs:
        if arg == "-":
            found.append(("-", _spool_stdin()))
        elif _URL.match(arg) and not arg.startswith("file://"):
            found.extend(_expand_url(arg))
        else:
            _expand_local(arg[7:] if arg.startswith("file://") else arg, found, skipped)
    if paths_file:
        found.extend(_read_paths(paths_file, prefix))
    seen: set[str] = set()
    files: list[InputFile] = []
    for name, location in found:
        if location in seen:
            continue
        seen.add(location)
        files.append(InputFile(name, location, len(files)))
    return files, skipped
