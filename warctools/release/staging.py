"""Build a release in a temporary folder beside its destination, then rename it into place.

A release folder is either absent, or the complete previous release, or the complete new
one: ``--overwrite`` swaps the old folder out with two renames and only then deletes it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from warctools.errors import OutputExistsError, UsageError

__all__ = ["staged_release"]


def _check_destination(release: Path, sources: list[Path], overwrite: bool) -> None:
    for src in sources:
        src = src.resolve()
        if release == src or release in src.parents or src in release.parents:
            raise UsageError(f"the release folder {release} and the dataset {src} overlap; "
                             "pick a release folder outside the dataset")
    if release.exists() and not release.is_dir():
        raise OutputExistsError(f"{release} exists and is not a folder")
    if release.is_dir() and any(release.iterdir()) and not overwrite:
        raise OutputExistsError(f"{release} is not empty; pass --overwrite to replace it")


@contextmanager
def staged_release(release: Path, *, overwrite: bool,
                   sources: tuple[Path, ...] = ()) -> Iterator[Path]:
    """Yield a temporary folder beside ``release``; rename it to ``release`` on success."""
    release = Path(release).resolve()
    _check_destination(release, list(sources), overwrite)
    release.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{release.name}.", suffix=".tmp", dir=release.parent))
    try:
        os.chmod(stage, 0o755)
        yield stage
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    old: Path | None = None
    try:
        if release.exists():
            old = release.parent / f".{release.name}.old-{os.getpid()}.tmp"
            os.replace(release, old)
        os.replace(stage, release)
    except BaseException:
        if old is not None and not release.exists():
            os.replace(old, release)  # the previous release stays as it was
            old = None
        shutil.rmtree(stage, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
