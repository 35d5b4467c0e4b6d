"""``warctools validate``: check a release against its checksums, manifest and schemas/.

Every problem found is collected (each naming its file); if there is any,
:class:`~warctools.errors.ValidationError` is raised with all of them (exit code 1).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from warctools.errors import ValidationError
from warctools.release.croissant import CROISSANT, record_set_fields
from warctools.release.manifest import MANIFEST, SUMS, read_sha256sums
from warctools.release.provenance import sha256_file
from warctools.release.split_checks import split_problems
from warctools.schema import arrow_schema
from warctools.writers.release import SORT_KEYS

__all__ = ["ValidationResult", "validate_release"]

_MAX_SHOWN = 20


@dataclass
class ValidationResult:
    root: Path
    name: str = "?"
    version: str = "?"
    configs: dict[str, dict[str, int]] = field(default_factory=dict)
    checksummed: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{c}: {v['rows']:,} rows in {v['files']} file(s)"
                 for c, v in self.configs.items()]
        return (f"OK {self.root}: release {self.name} {self.version}; " + "; ".join(parts)
                + f"; {self.checksummed} checksums match")


def _schema_problems(path: str, actual: pa.Schema, expected: pa.Schema) -> list[str]:
    if actual.names != expected.names:
        missing = [n for n in expected.names if n not in actual.names]
        extra = [n for n in actual.names if n not in expected.names]
        what = f"missing {missing}, extra {extra}" if missing or extra else "columns reordered"
        return [f"{path}: columns differ from schemas/: {what}"]
    out = []
    for got, want in zip(actual, expected, strict=True):
        if not got.type.equals(want.type):
            out.append(f"{path}: column {got.name!r} is {got.type}, schemas/ says {want.type}")
        if got.nullable != want.nullable:
            out.append(f"{path}: column {got.name!r} nullable={got.nullable}, "
                       f"schemas/ says nullable={want.nullable}")
    return out


def _required_nulls(path: Path, rel: str, meta: pq.FileMetaData, schema: pa.Schema) -> list[str]:
    out = []
    leaf = {meta.schema.column(j).path: j for j in range(meta.num_columns)}
    for f in schema:
        if f.nullable or pa.types.is_nested(f.type) or f.name not in leaf:
            continue
        nulls = 0
        for g in range(meta.num_row_groups):
            stats = meta.row_group(g).column(leaf[f.name]).statistics
            if stats is None or not stats.has_null_count:
                nulls = pq.read_table(path, columns=[f.name]).column(0).null_count
                break
            nulls += stats.null_count
        if nulls:
            out.append(f"{rel}: required column {f.name!r} holds {nulls} nulls")
    return out


def _unsorted(path: Path, rel: str, schema: pa.Schema) -> list[str]:
    keys = [k for k in SORT_KEYS if k in schema.names]
    if not keys:
        return []
    df = pl.read_parquet(path, columns=keys)
    if df.equals(df.sort(keys, nulls_last=True, maintain_order=True)):
        return []
    return [f"{rel}: rows are not sorted by ({', '.join(keys)}) as the file declares"]


def _check_file(root: Path, entry: dict[str, Any], schema_ref: str) -> list[str]:
    rel = entry["path"]
    path = root / rel
    name, _, version = schema_ref.partition(".v")
    try:
        meta = pq.read_metadata(path)
        schema = pq.read_schema(path)
    except (OSError, pa.ArrowException) as exc:
        return [f"{rel}: not a readable Parquet file: {exc}"]
    problems = _schema_problems(rel, schema, arrow_schema(name, int(version or 1)))
    for key, actual in (("rows", meta.num_rows), ("row_groups", meta.num_row_groups),
                        ("bytes", path.stat().st_size)):
        if entry.get(key) != actual:
            problems.append(f"{rel}: manifest says {key}={entry.get(key)}, the file has {actual}")
    if problems:
        return problems
    try:
        return _required_nulls(path, rel, meta, schema) + _unsorted(path, rel, schema)
    except (OSError, pa.ArrowException, pl.exceptions.PolarsError) as exc:
        return [f"{rel}: cannot read the data: {exc}"]


def _duplicate_ids(root: Path, files: list[str], what: str) -> list[str]:
    if not files:
        return []
    try:
        ids = pl.scan_parquet([root / f for f in files], include_file_paths="file").select(
            "id", "file")
        dup = (ids.group_by("id").agg(pl.len().alias("n"), pl.col("file").first())
               .filter(pl.col("n") > 1).sort("id").collect())
    except (OSError, pl.exceptions.PolarsError) as exc:
        return [f"{what}: cannot read ids: {exc}"]
    return [f"{Path(r['file']).relative_to(root).as_posix()}: id {r['id']!r} appears "
            f"{r['n']} times in {what}" for r in dup.head(_MAX_SHOWN).iter_rows(named=True)]


def _checksums(root: Path, result: ValidationResult) -> dict[str, str]:
    sums_path = root / SUMS
    try:
        sums = read_sha256sums(sums_path)
    except (OSError, ValueError) as exc:
        result.problems.append(f"{SUMS}: {exc}")
        return {}
    actual: dict[str, str] = {}
    on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()} - {SUMS}
    for rel in sorted(on_disk - set(sums)):
        result.problems.append(f"{rel}: file not listed in {SUMS}")
    for rel, digest in sorted(sums.items()):
        if rel not in on_disk:
            result.problems.append(f"{rel}: listed in {SUMS} but missing")
            continue
        actual[rel] = sha256_file(root / rel)
        if actual[rel] != digest:
            result.problems.append(f"{rel}: sha256 is {actual[rel]}, {SUMS} says {digest} "
                                   "(the file is corrupt or was changed)")
        else:
            result.checksummed += 1
    return actual


def _croissant(root: Path, manifest: dict[str, Any]) -> list[str]:
    try:
        doc = json.loads((root / CROISSANT).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{CROISSANT}: {exc}"]
    objects = {d.get("contentUrl"): d.get("sha256") for d in doc.get("distribution", [])
               if d.get("@type") == "cr:FileObject"}
    out = [] if objects == {f["path"]: f["sha256"] for f in manifest["files"]} else [
        f"{CROISSANT}: its FileObjects do not match {MANIFEST}"]
    for rs in doc.get("recordSet", []):
        if rs.get("dataType") == "cr:Split":
            continue
        if rs.get("field") != record_set_fields(rs.get("@id", "")):
            out.append(f"{CROISSANT}: RecordSet {rs.get('@id')!r} fields differ from schemas/")
    return out


def validate_release(root: Path) -> ValidationResult:
    """Check everything; raise ValidationError listing the problems, else return a result."""
    root = Path(root)
    result = ValidationResult(root)
    if not (root / MANIFEST).is_file():
        raise ValidationError(f"{root}: no {MANIFEST}; is this a `warctools publish` release?")
    try:
        manifest = json.loads((root / MANIFEST).read_text("utf-8"))
        result.name, result.version = manifest.get("name", "?"), manifest.get("version", "?")
        entries, configs = manifest["files"], manifest["configs"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError(f"{root / MANIFEST}: malformed: {exc}") from exc
    digests = _checksums(root, result)
    listed = {e["path"] for e in entries}
    data = {p.relative_to(root).as_posix() for p in (root / "data").rglob("*") if p.is_file()}
    result.problems += [f"{p}: data file not listed in {MANIFEST}" for p in sorted(data - listed)]
    result.problems += [f"{p}: listed in {MANIFEST} but missing" for p in sorted(listed - data)]
    for entry in entries:
        if entry["path"] not in data:
            continue
        if entry["path"] in digests and digests[entry["path"]] != entry.get("sha256"):
            result.problems.append(f"{entry['path']}: sha256 differs from {MANIFEST}")
        schema_ref = configs.get(entry.get("config"), {}).get("schema")
        if not schema_ref:
            result.problems.append(f"{entry['path']}: config {entry.get('config')!r} "
                                   f"has no schema in {MANIFEST}")
            continue
        result.problems += _check_file(root, entry, schema_ref)
        stats = result.configs.setdefault(entry["config"], {"files": 0, "rows": 0})
        stats["files"] += 1
        stats["rows"] += int(entry.get("rows", 0))
    present = [e for e in entries if e["path"] in data]
    story_files = [e["path"] for e in present if e["config"] in ("articles", "copies")]
    result.problems += _duplicate_ids(root, story_files, "articles and copies")
    result.problems += _duplicate_ids(
        root, [e["path"] for e in present if e["config"] == "clusters"], "clusters")
    result.problems += split_problems(root, manifest, present)
    result.problems += _croissant(root, manifest)
    if result.problems:
        shown = result.problems[:_MAX_SHOWN]
        more = len(result.problems) - len(shown)
        tail = f"\n  ... and {more} more" if more else ""
        raise ValidationError(f"{root} failed validation ({len(result.problems)} problems):\n  "
                              + "\n  ".join(shown) + tail)
    return result
