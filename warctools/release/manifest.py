"""``manifest.json`` and ``SHA256SUMS`` of a release.

The manifest lists every data file (path, bytes, sha256, rows, row groups, config) with
the schema version; ``SHA256SUMS`` (``sha256sum -c`` format, two spaces) covers every file
of the release but itself.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from warctools.release.layout import TABLE_SCHEMAS
from warctools.release.provenance import sha256_file
from warctools.schema import SCHEMA_VERSION
from warctools.writers.release import SORT_KEYS, WrittenFile

__all__ = ["ManifestFile", "build_manifest", "write_manifest", "write_sha256sums",
           "read_sha256sums", "MANIFEST", "SUMS", "MANIFEST_VERSION"]

MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
MANIFEST_VERSION = 1


@dataclass(frozen=True)
class ManifestFile:
    path: str
    """Relative to the release root, forward slashes."""
    config: str
    bytes: int
    sha256: str
    rows: int
    row_groups: int
    split: str = "train"


def describe_files(root: Path, config: str, written: list[WrittenFile],
                   split: str = "train") -> list[ManifestFile]:
    return [
        ManifestFile(w.path.relative_to(root).as_posix(), config, w.path.stat().st_size,
                     sha256_file(w.path), w.rows, w.row_groups, split)
        for w in written
    ]


def build_manifest(files: list[ManifestFile], *, info: dict[str, Any]) -> dict[str, Any]:
    """The manifest document; ``info`` holds name, version, license, created, tool version
    (and ``splits``, how the rows were split)."""
    configs: dict[str, dict[str, Any]] = {}
    for f in files:
        entry = configs.setdefault(f.config, {
            "schema": f"{TABLE_SCHEMAS[f.config]}.v{SCHEMA_VERSION}",
            "rows": 0, "bytes": 0, "files": [], "splits": {},
        })
        entry["rows"] += f.rows
        entry["bytes"] += f.bytes
        entry["files"].append(f.path)
        split = entry["splits"].setdefault(f.split, {"rows": 0, "files": 0})
        split["rows"] += f.rows
        split["files"] += 1
    return {
        "manifest_version": MANIFEST_VERSION,
        "schema_version": SCHEMA_VERSION,
        **info,
        "sorted_by": list(SORT_KEYS),
        "configs": configs,
        "files": [asdict(f) for f in files],
    }


def write_manifest(root: Path, manifest: dict[str, Any]) -> Path:
    path = root / MANIFEST
    path.write_text(json.dumps(manifest, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    return path


def write_sha256sums(root: Path) -> Path:
    """Checksum every file below ``root`` (but SHA256SUMS) into ``root/SHA256SUMS``."""
    lines = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.name != SUMS):
        lines.append(f"{sha256_file(path)}  {path.relative_to(root).as_posix()}\n")
    target = root / SUMS
    target.write_text("".join(lines), encoding="utf-8")
    return target


def read_sha256sums(path: Path) -> dict[str, str]:
    """``{relative path: sha256}``; ValueError on a malformed line."""
    out: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        digest, sep, name = line.partition("  ")
        if not sep:
            digest, sep, name = line.partition(" *")
        if not sep or len(digest) != 64:
            raise ValueError(f"{path.name} line {number} is not '<sha256>  <path>': {line!r}")
        out[name] = digest.lower()
    return out
