"""Where a dataset's tables live.

Two layouts are understood:

* an output folder of ``warctools run`` / ``dedup`` / ``extract``: ``<table>/**/*.parquet``
  (``articles/``, ``copies/``, ``clusters/``, ``errors/``) and ``summary.json``;
* a published release: ``data/<config>/*.parquet``, ``manifest.json`` and the card.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from warctools.errors import UsageError
from warctools.storage import check_parquet

__all__ = ["TABLE_SCHEMAS", "DatasetFolder", "open_dataset_folder", "parquet_files"]

TABLE_SCHEMAS: dict[str, str] = {
    "articles": "article",
    "copies": "article",
    "clusters": "cluster",
    "errors": "error",
    "filtered": "filtered",
}
"""Each table (release config) and the schemas/ name its files follow."""


def parquet_files(folder: Path) -> list[Path]:
    """Finished ``*.parquet`` files below ``folder`` in a stable order (hidden names skipped)."""
    if not folder.is_dir():
        return []
    found = [
        p for p in folder.rglob("*.parquet")
        if p.is_file() and not any(part.startswith((".", "_")) for part in
                                   p.relative_to(folder).parts)
    ]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


@dataclass(frozen=True)
class DatasetFolder:
    """A dataset on disk: which layout it is and the Parquet files of each table."""

    root: Path
    kind: str
    """``"output"`` (run/dedup/extract folder) or ``"release"`` (a published release)."""
    tables: dict[str, list[Path]] = field(default_factory=dict)

    def files(self, table: str) -> list[Path]:
        return list(self.tables.get(table, []))

    def has(self, table: str) -> bool:
        return table in self.tables

    @property
    def deduplicated(self) -> bool:
        return self.has("clusters")


def _checked(tables: dict[str, list[Path]]) -> dict[str, list[Path]]:
    """Each file's footer reads and holds its schema's non-nullable columns."""
    from warctools.schema import arrow_schema

    for table, files in tables.items():
        required = [f.name for f in arrow_schema(TABLE_SCHEMAS[table]) if not f.nullable]
        check_parquet(files, table, required)
    return tables


def open_dataset_folder(path: Path) -> DatasetFolder:
    """Find the tables of ``path`` and check their files' footers; :class:`UsageError` when
    it holds no dataset, :class:`SchemaError` naming a truncated or foreign file."""
    root = Path(path)
    if (root / "data" / "articles").is_dir():
        tables = {t: parquet_files(root / "data" / t) for t in TABLE_SCHEMAS
                  if (root / "data" / t).is_dir()}
        return DatasetFolder(root, "release", _checked(tables))
    if (root / "articles").is_dir():
        tables = {t: parquet_files(root / t) for t in TABLE_SCHEMAS if (root / t).is_dir()}
        return DatasetFolder(root, "output", _checked(tables))
    raise UsageError(
        f"{root} holds no dataset: expected articles/ (the output of `warctools run`, "
        "`dedup` or `extract`) or data/articles/ (a release from `warctools publish`)"
    )
