"""Markdown column tables rendered from ``schemas/`` (docs/columns.md, the dataset card)."""

from __future__ import annotations

from typing import Any

from warctools.schema import SCHEMA_VERSION, load_schema_doc

__all__ = ["DOC_SCHEMAS", "GENERATED", "type_label", "column_table", "columns_markdown"]

DOC_SCHEMAS: tuple[str, ...] = ("article", "cluster", "error", "filtered", "signature",
                               "template")


def type_label(spec: Any) -> str:
    """``list<struct<id: string, ...>>`` style label for a schemas/ type."""
    if isinstance(spec, str):
        return spec
    if isinstance(spec, dict) and "list" in spec:
        return f"list<{type_label(spec['list'])}>"
    if isinstance(spec, dict) and "struct" in spec:
        inner = ", ".join(f"{f['name']}: {type_label(f['type'])}" for f in spec["struct"])
        return f"struct<{inner}>"
    raise ValueError(f"unknown column type {spec!r} in schemas/")


def _cell(text: str, *, code: bool = False) -> str:
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if code else text.replace("<", "&lt;").replace(">", "&gt;")


def column_table(name: str, version: int = SCHEMA_VERSION) -> str:
    """One markdown table: column, type, nullable, description."""
    doc = load_schema_doc(name, version)
    lines = ["| column | type | nullable | description |", "| --- | --- | --- | --- |"]
    for c in doc["columns"]:
        lines.append(f"| `{c['name']}` | `{_cell(type_label(c['type']), code=True)}` | "
                     f"{'yes' if c['nullable'] else 'no'} | {_cell(c.get('doc', ''))} |")
    return "\n".join(lines) + "\n"


GENERATED = "Generated from `schemas/` by `scripts/gen_schema_docs.py`; do not edit."


def columns_markdown(names: tuple[str, ...] = DOC_SCHEMAS, *, level: int = 2,
                     intro: str | None = GENERATED) -> str:
    """Tables for every schema, each under a heading ``<name>.v<version>``.

    A ``Columns`` heading one level up, with ``intro`` below it, comes first unless
    ``intro`` is None.
    """
    hashes = "#" * level
    parts: list[str] = []
    if intro is not None:
        parts.append(f"{'#' * (level - 1)} Columns\n\n{intro}\n")
    for name in names:
        doc = load_schema_doc(name)
        parts.append(f"{hashes} {name}.v{doc['version']}\n\n{doc.get('doc', '')}\n\n"
                     f"{column_table(name, doc['version'])}")
    return "\n".join(parts)
