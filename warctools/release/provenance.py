"""How a dataset was made: Parquet key-value metadata, summary.json, the input files.

The card reports the tool version and the extraction/dedup parameters recorded by the
stages (``*_params`` keys of the files' metadata and ``params`` in summary.json), and the
input WARC files with their sha256 when they are reachable on this machine.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

__all__ = ["Provenance", "InputRecord", "read_provenance", "file_kv_metadata", "sha256_file"]

_SKIP_KEYS = {"ARROW:schema", "pandas", "org.apache.spark.sql.parquet.row.metadata"}
_NAME_KEYS = ("name", "path", "location", "file", "filename", "url")
_HASH_CHUNK = 2**20


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_HASH_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def file_kv_metadata(path: Path) -> dict[str, str]:
    """A Parquet file's key-value metadata, decoded, without the Arrow schema blob."""
    raw = pq.read_metadata(path).metadata or {}
    out: dict[str, str] = {}
    for k, v in raw.items():
        key = k.decode("utf-8", "replace")
        if key not in _SKIP_KEYS:
            out[key] = v.decode("utf-8", "replace")
    return out


def common_metadata(files: Iterable[Path]) -> tuple[dict[str, str], list[str]]:
    """Keys equal in every file, and the sorted names of keys whose value differs."""
    common: dict[str, str] | None = None
    varying: set[str] = set()
    for path in files:
        meta = file_kv_metadata(path)
        if common is None:
            common = meta
            continue
        for key in set(common) | set(meta):
            if common.get(key) != meta.get(key):
                varying.add(key)
        common = {k: v for k, v in common.items() if k not in varying}
    return common or {}, sorted(varying)


@dataclass(frozen=True)
class InputRecord:
    """One input WARC file as the run's summary lists it."""

    name: str
    sha256: str | None
    bytes: int | None
    stats: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Provenance:
    tool_version: str | None
    stages: list[str]
    params: dict[str, Any]
    """Parameters by stage (``extract``, ``dedup`` ...), from metadata and summary.json."""
    inputs: list[InputRecord]
    metadata: dict[str, dict[str, str]]
    """Per table: key-value metadata common to all its files."""
    summary: dict[str, Any] | None


def _decode(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


def _params_from_summary(summary: Any, into: dict[str, Any], stage: str | None = None) -> None:
    if not isinstance(summary, dict):
        return
    stage = summary.get("stage", stage) if isinstance(summary.get("stage"), str) else stage
    for key, value in summary.items():
        if key == "params" and isinstance(value, dict):
            if value and all(isinstance(v, dict) for v in value.values()):
                for sub, params in value.items():  # {"extract": {...}, "dedup": {...}}
                    into.setdefault(sub, params)
            else:
                into.setdefault(stage or "run", value)
        elif key.endswith("_params") and isinstance(value, dict):
            into.setdefault(key[: -len("_params")], value)
        elif isinstance(value, dict) and key not in ("totals",):
            _params_from_summary(value, into, key)


def _input_entries(summary: Any) -> list[dict[str, Any]]:
    if not isinstance(summary, dict):
        return []
    found = summary.get("inputs")
    if isinstance(found, list):
        return [e if isinstance(e, dict) else {"name": str(e)} for e in found]
    if isinstance(found, dict):
        return [{"name": k, **(v if isinstance(v, dict) else {})} for k, v in found.items()]
    for value in summary.values():
        if isinstance(value, dict) and (entries := _input_entries(value)):
            return entries
    return []


def _locate(name: str, roots: list[Path]) -> Path | None:
    if "://" in name and not name.startswith("file://"):
        return None
    name = name.removeprefix("file://")
    candidates = [Path(name)] + [r / name for r in roots if not os.path.isabs(name)]
    return next((c for c in candidates if c.is_file()), None)


def _plan_locations(root: Path) -> dict[str, str]:
    plan = root / "_work" / "plan.json"
    try:
        data = json.loads(plan.read_text(encoding="utf-8"))
        return {f["name"]: f["location"] for f in data.get("inputs", [])
                if isinstance(f, dict) and "name" in f and "location" in f}
    except (OSError, ValueError, TypeError):
        return {}


def _input_record(entry: dict[str, Any], root: Path, locations: dict[str, str]) -> InputRecord:
    name = next((str(entry[k]) for k in _NAME_KEYS if entry.get(k)), "?")
    stats = {k: v for k, v in entry.items() if k not in _NAME_KEYS and k != "sha256"}
    if isinstance(entry.get("sha256"), str):
        return InputRecord(name, entry["sha256"], entry.get("bytes"), stats)
    found = _locate(locations.get(name, name), [root, root.parent, Path.cwd()])
    if found is None:
        return InputRecord(name, None, None, stats)
    return InputRecord(name, sha256_file(found), found.stat().st_size, stats)


def read_provenance(root: Path, tables: dict[str, list[Path]]) -> Provenance:
    """Everything the card says about how the dataset at ``root`` was made."""
    metadata: dict[str, dict[str, str]] = {}
    for table, files in tables.items():
        metadata[table] = common_metadata(files)[0]
    summary_path = root / "summary.json"
    summary = json.loads(summary_path.read_text("utf-8")) if summary_path.is_file() else None
    params: dict[str, Any] = {}
    stages: list[str] = [summary["stage"]] if isinstance(summary, dict) and isinstance(
        summary.get("stage"), str) else []
    versions: list[str] = []
    for meta in metadata.values():
        if "stage" in meta and meta["stage"] not in stages:
            stages.append(meta["stage"])
        if "warctools_version" in meta:
            versions.append(meta["warctools_version"])
        for key, value in meta.items():
            if key.endswith("_params"):
                params.setdefault(key[: -len("_params")], _decode(value))
    _params_from_summary(summary, params)
    locations = _plan_locations(root)
    entries = _input_entries(summary)
    if not entries:
        listed = _decode(metadata.get("articles", {}).get("inputs", "[]"))
        entries = [{"name": str(n)} for n in listed] if isinstance(listed, list) else []
    inputs = [_input_record(e, root, locations) for e in entries]
    tool = versions[0] if versions else None
    return Provenance(tool, stages, params, inputs, metadata, summary)
