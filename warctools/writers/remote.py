"""Output to an fsspec URL (``-o s3://bucket/prefix``): stage locally, publish at the end.

The stages need a local folder (atomic renames, memory-mapped working arrays), so a run
whose output is a URL works in a local staging folder and, once the dataset there is
complete, uploads it. An object store has no rename, so the upload order is the contract:

1. every data file (``articles/``, ``copies/``, ``clusters/``, ``errors/``,
   ``signatures/``; one object each, and an object store shows an object only once it is
   whole) and ``summary.json``;
2. last, ``_COMPLETE.json``: the list of every uploaded file with its size and SHA-256.

Each file is tried ``UPLOAD_ATTEMPTS`` times with a doubling pause; when one still fails the
upload stops with one line (exit 1), no ``_COMPLETE.json`` is written, and the finished
dataset stays in the staging folder: the same command with ``--resume`` uploads it again
without redoing the run.

A reader trusts the dataset at the URL only when ``_COMPLETE.json`` is there (and may
check the files against it). The staging folder is ``--staging DIR``, by default
``$TMPDIR/warctools-staging/<hash of the URL>``, so ``--resume`` on the same machine finds
the interrupted run; it is removed after a successful upload. The URL is refused when it
already holds a dataset, unless ``--overwrite`` (its objects under the dataset's folders
are deleted first) or ``--resume``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from warctools.errors import OutputExistsError, UsageError, WarctoolsError

__all__ = ["COMPLETE_MARKER", "UploadError", "is_remote", "publish_remote", "remote_output",
           "staging_for"]

UPLOAD_ATTEMPTS = 4
UPLOAD_FIRST_PAUSE_S = 1.0


class UploadError(WarctoolsError):
    """The upload to the output URL failed for good (exit 1); the staged dataset is kept."""

COMPLETE_MARKER = "_COMPLETE.json"
_TABLES = ("articles", "copies", "clusters", "errors", "signatures", "templates")


def is_remote(output: str) -> bool:
    """An fsspec URL other than a local path (``file://`` counts as local)."""
    scheme, sep, _ = output.partition("://")
    return bool(sep) and scheme.isidentifier() and scheme.lower() != "file"


def _filesystem(url: str) -> tuple[Any, str]:
    try:
        import fsspec
    except ImportError as exc:  # pragma: no cover - fsspec comes with the [s3] extra
        raise UsageError(f"-o {url}: writing to a URL needs fsspec "
                         "(pip install 'warctools[s3]')") from exc
    fs, path = fsspec.core.url_to_fs(url)
    return fs, path.rstrip("/")


def staging_for(url: str, staging: str | None = None) -> Path:
    """The local folder a run for ``url`` works in."""
    if staging:
        return Path(staging)
    digest = hashlib.sha256(url.rstrip("/").encode("utf-8")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / "warctools-staging" / digest


def _holds_dataset(fs: Any, root: str) -> bool:
    if fs.exists(f"{root}/{COMPLETE_MARKER}") or fs.exists(f"{root}/summary.json"):
        return True
    return any(fs.exists(f"{root}/{t}") and fs.ls(f"{root}/{t}") for t in _TABLES)


def remote_output(url: str, *, overwrite: bool, resume: bool,
                  staging: str | None = None) -> Path:
    """Check the URL (refuse a dataset there unless overwrite/resume; with overwrite,
    delete it) and return the local staging folder to run in."""
    fs, root = _filesystem(url)
    if _holds_dataset(fs, root) and not resume:
        if not overwrite:
            raise OutputExistsError(f"{url} already holds a dataset; pass --overwrite to "
                                    "replace it or --resume to continue an interrupted run")
        for name in (COMPLETE_MARKER, "summary.json"):
            if fs.exists(f"{root}/{name}"):
                fs.rm(f"{root}/{name}")
        for table in _TABLES:
            if fs.exists(f"{root}/{table}"):
                fs.rm(f"{root}/{table}", recursive=True)
    return staging_for(url, staging)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _retry(action: Any, local: Path, url: str, what: str) -> None:
    pause = UPLOAD_FIRST_PAUSE_S
    for attempt in range(1, UPLOAD_ATTEMPTS + 1):
        try:
            action()
            return
        except Exception as exc:  # noqa: BLE001 - fsspec backends raise many kinds
            if attempt == UPLOAD_ATTEMPTS:
                detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise UploadError(
                    f"uploading {what} to {url} failed {UPLOAD_ATTEMPTS} times ({detail}); "
                    f"the finished dataset is kept in {local}: rerun the same command with "
                    "--resume to upload it") from None
            time.sleep(pause)
            pause *= 2


def _put(fs: Any, local: Path, url: str, path: Path, target: str) -> None:
    _retry(lambda: fs.put_file(str(path), target), local, url,
           path.relative_to(local).as_posix())


def publish_remote(local: Path, url: str, *, keep_staging: bool = False) -> dict[str, Any]:
    """Upload the finished dataset in ``local`` to ``url``, ``_COMPLETE.json`` last;
    returns the marker's content."""
    fs, root = _filesystem(url)
    files = [p for t in _TABLES if (local / t).is_dir()
             for p in sorted((local / t).rglob("*")) if p.is_file() and not p.name.startswith(".")]
    if (local / "summary.json").is_file():
        files.append(local / "summary.json")
    listed = []
    for path in files:
        rel = path.relative_to(local).as_posix()
        _put(fs, local, url, path, f"{root}/{rel}")
        listed.append({"path": rel, "bytes": path.stat().st_size, "sha256": _sha256(path)})
    marker = {"files": listed, "source": "warctools"}
    text = json.dumps(marker, indent=2, sort_keys=True) + "\n"
    _retry(lambda: fs.pipe_file(f"{root}/{COMPLETE_MARKER}", text.encode("utf-8")),
           local, url, COMPLETE_MARKER)
    if not keep_staging:
        shutil.rmtree(local, ignore_errors=True)
    return marker
