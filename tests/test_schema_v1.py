"""schemas/ is the single source of truth; v1 may only grow by nullable columns.

``FROZEN_V1`` is a copy of the v1 columns (name, Arrow type, nullable) as first released.
Renaming, dropping, retyping a column or changing its nullability fails here: that needs
a new schema version (``<name>.v2.json``), not an edit of v1.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import REPO
from warctools.release.columns import DOC_SCHEMAS, columns_markdown
from warctools.release.croissant import croissant_fields
from warctools.schema import arrow_schema, load_schema_doc, schema_dir

FROZEN_V1: dict[str, list[tuple[str, str, bool]]] = {
    "article": [
        ("id", "string", False),
        ("url", "string", False),
        ("canonical_url", "string", True),
        ("host", "string", True),
        ("domain", "string", True),
        ("title", "string", True),
        ("text", "string", False),
        ("published", "timestamp[us, tz=UTC]", True),
        ("modified", "timestamp[us, tz=UTC]", True),
        ("authors", "list<item: string>", True),
        ("language", "string", True),
        ("site_name", "string", True),
        ("description", "string", True),
        ("section", "string", True),
        ("tags", "list<item: string>", True),
        ("word_count", "int32", False),
        ("wire_source", "string", True),
        ("dateline", "string", True),
        ("dateline_start", "int32", True),
        ("dateline_end", "int32", True),
        ("page_type", "string", False),
        ("extraction_method", "string", True),
        ("truncated", "bool", False),
        ("charset", "string", True),
        ("charset_source", "string", True),
        ("http_status", "int32", True),
        ("content_type", "string", True),
        ("payload_digest", "string", True),
        ("warc_filename", "string", False),
        ("warc_offset", "int64", False),
        ("warc_length", "int64", False),
        ("warc_record_id", "string", True),
        ("warc_date", "timestamp[us, tz=UTC]", True),
        ("revisit_of", "string", True),
        ("page_type_reason", "string", True),
        ("cluster_id", "string", True),
        ("cluster_size", "int32", True),
        ("syndicated_by",
         "list<item: struct<id: string, url: string, host: string, "
         "published: timestamp[us, tz=UTC], similarity: float, relation: string>>",
         True),
    ],
    "cluster": [
        ("id", "string", False),
        ("cluster_id", "string", False),
        ("is_canonical", "bool", False),
        ("relation", "string", False),
        ("similarity", "float", True),
        ("matched_id", "string", True),
        ("host", "string", True),
        ("published", "timestamp[us, tz=UTC]", True),
    ],
    "error": [
        ("warc_filename", "string", False),
        ("warc_offset", "int64", True),
        ("warc_record_id", "string", True),
        ("url", "string", True),
        ("stage", "string", False),
        ("reason", "string", False),
        ("message", "string", True),
        ("fatal", "bool", False),
    ],
    "signature": [
        ("id", "string", False),
        ("hashvalues", "list<item: uint32>", False),
        ("n_shingles", "int32", False),
        ("text_hash", "uint64", False),
        ("anchors", "list<item: uint32>", False),
        ("host", "string", True),
    ],
}


@pytest.mark.parametrize("name", sorted(FROZEN_V1))
def test_v1_columns_are_never_renamed_dropped_or_retyped(name: str) -> None:
    schema = arrow_schema(name, 1)
    current = {f.name: (str(f.type), f.nullable) for f in schema}
    for column, arrow_type, nullable in FROZEN_V1[name]:
        assert column in current, f"{name}.v1 lost column {column!r}: make a v2 instead"
        assert current[column] == (arrow_type, nullable), (
            f"{name}.v1 column {column!r} changed from {(arrow_type, nullable)} to "
            f"{current[column]}: make a v2 instead")
    frozen_order = [c for c, _, _ in FROZEN_V1[name]]
    assert [n for n in schema.names if n in frozen_order] == frozen_order, "columns reordered"


@pytest.mark.parametrize("name", sorted(FROZEN_V1))
def test_v1_only_grows_by_nullable_columns(name: str) -> None:
    frozen = {c for c, _, _ in FROZEN_V1[name]}
    added = [f for f in arrow_schema(name, 1) if f.name not in frozen]
    assert all(f.nullable for f in added), [f.name for f in added if not f.nullable]


def test_every_schema_file_is_known() -> None:
    files = sorted(p.name for p in schema_dir().glob("*.json"))
    assert {f"{n}.v1.json" for n in FROZEN_V1} <= set(files)
    for name in FROZEN_V1:
        doc = load_schema_doc(name, 1)
        assert doc["name"] == name and doc["version"] == 1
        assert all(c.get("doc") for c in doc["columns"]), "every column needs a doc"


def test_docs_columns_md_is_fresh() -> None:
    current = (REPO / "docs" / "columns.md").read_text(encoding="utf-8")
    assert current == columns_markdown(DOC_SCHEMAS), (
        "docs/columns.md is stale: run python scripts/gen_schema_docs.py")
    check = subprocess.run([sys.executable, str(REPO / "scripts" / "gen_schema_docs.py"),
                            "--check"], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_gen_schema_docs_prints_tables_for_a_readme(tmp_path: Path) -> None:
    script = str(REPO / "scripts" / "gen_schema_docs.py")
    out = subprocess.run([sys.executable, script, "--print", "--level", "3"],
                         capture_output=True, text=True, check=True).stdout
    assert "### article.v1" in out and "| `syndicated_by` |" in out
    stale = tmp_path / "columns.md"
    stale.write_text("old")
    check = subprocess.run([sys.executable, script, "--check", "--output", str(stale)],
                           capture_output=True, text=True)
    assert check.returncode == 1 and "stale" in check.stderr


@pytest.mark.parametrize("config,name", [("articles", "article"), ("clusters", "cluster"),
                                         ("copies", "article")])
def test_croissant_fields_follow_schemas(config: str, name: str) -> None:
    fields = croissant_fields(config)
    assert [f["name"] for f in fields] == arrow_schema(name).names
    for f, column in zip(fields, load_schema_doc(name)["columns"], strict=True):
        assert f["description"] == column["doc"]
        assert f["source"]["extract"]["column"] == column["name"]
