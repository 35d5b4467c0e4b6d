"""schemas/*.json -> pyarrow schemas.

``schemas/`` (top of the repository, shipped inside the wheel as ``warctools/schemas``)
is the single source of truth for column names, types, nullability and docs.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pyarrow as pa

__all__ = ["SCHEMA_VERSION", "schema_dir", "load_schema_doc", "arrow_schema", "column_names"]

SCHEMA_VERSION = 1

_SCALARS: dict[str, pa.DataType] = {
    "string": pa.string(),
    "int32": pa.int32(),
    "int64": pa.int64(),
    "uint64": pa.uint64(),
    "float32": pa.float32(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "timestamp": pa.timestamp("us", tz="UTC"),
    "binary": pa.binary(),
    "list<string>": pa.list_(pa.string()),
    "list<uint32>": pa.list_(pa.uint32()),
}


def schema_dir() -> Path:
    """The folder holding ``<name>.v<version>.json`` (inside the wheel, or the repo's)."""
    packaged = resources.files("warctools") / "schemas"
    if packaged.is_dir():
        return Path(str(packaged))
    repo = Path(__file__).resolve().parent.parent / "schemas"
    if repo.is_dir():
        return repo
    raise FileNotFoundError("warctools schemas/ folder not found; reinstall warctools")


@cache
def load_schema_doc(name: str, version: int = SCHEMA_VERSION) -> dict[str, Any]:
    path = schema_dir() / f"{name}.v{version}.json"
    with open(path, encoding="utf-8") as f:
        doc: dict[str, Any] = json.load(f)
    return doc


def _arrow_type(spec: Any) -> pa.DataType:
    if isinstance(spec, str):
        try:
            return _SCALARS[spec]
        except KeyError:
            raise ValueError(f"unknown column type {spec!r} in schemas/") from None
    if isinstance(spec, dict) and "list" in spec:
        return pa.list_(_arrow_type(spec["list"]))
    if isinstance(spec, dict) and "struct" in spec:
        return pa.struct([pa.field(f["name"], _arrow_type(f["type"])) for f in spec["struct"]])
    raise ValueError(f"unknown column type {spec!r} in schemas/")


@cache
def arrow_schema(name: str, version: int = SCHEMA_VERSION) -> pa.Schema:
    """The pyarrow schema for ``schemas/<name>.v<version>.json``, docs as field metadata."""
    doc = load_schema_doc(name, version)
    fields = [
        pa.field(
            c["name"],
            _arrow_type(c["type"]),
            nullable=bool(c["nullable"]),
            metadata={"doc": c.get("doc", "")},
        )
        for c in doc["columns"]
    ]
    meta = {"schema_name": name, "schema_version": str(version)}
    return pa.schema(fields, metadata=meta)


def column_names(name: str, version: int = SCHEMA_VERSION) -> list[str]:
    return [c["name"] for c in load_schema_doc(name, version)["columns"]]
