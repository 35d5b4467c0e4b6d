"""``warctools publish``: a run/dedup/extract output folder -> a release folder.

::

    RELEASE/
      README.md            dataset card (Hub YAML header + prose)
      manifest.json        schema version; per file: path, bytes, sha256, rows, row groups
      croissant.json       MLCommons Croissant 1.0 JSON-LD
      SHA256SUMS           sha256sum -c compatible, every file but itself
      data/articles/train-00000-of-0000N.parquet
      data/articles/test-00000-of-0000N.parquet   (with splits: one set of files per split)
      data/clusters/...    (dedup/run outputs)
      data/copies/...      (with include_copies)

With ``splits`` every config is split so that all of a story's rows share one split
(:mod:`warctools.release.splits`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from warctools._version import __version__
from warctools.errors import UsageError
from warctools.release.card import DEFAULT_LICENSE, ReleaseInfo, render_card
from warctools.release.croissant import CROISSANT, build_croissant
from warctools.release.layout import TABLE_SCHEMAS, open_dataset_folder
from warctools.release.manifest import (
    build_manifest,
    describe_files,
    write_manifest,
    write_sha256sums,
)
from warctools.release.provenance import read_provenance
from warctools.release.splits import SplitPlan, SplitSpec, plan_splits, write_split_rows
from warctools.release.staging import staged_release
from warctools.release.stats import dataset_counts
from warctools.report.outlets import dataset_health
from warctools.writers.release import FILE_BYTES, ROW_GROUP_BYTES, write_config

__all__ = ["publish", "PublishResult", "DEFAULT_VERSION"]

DEFAULT_VERSION = "1.0.0"
_WRITER_KEYS = {"warctools_version", "schema_version", "schema_name"}


@dataclass(frozen=True)
class PublishResult:
    release: Path
    manifest: dict[str, Any]


def _created() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (datetime.fromtimestamp(int(epoch), timezone.utc) if epoch
              else datetime.now(timezone.utc))
    return moment.date().isoformat()


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.") or "warctools-news"


def _configs(tables: dict[str, list[Path]], include_copies: bool, dataset: Path) -> list[str]:
    configs = ["articles"] + (["clusters"] if "clusters" in tables else [])
    if include_copies:
        if "copies" not in tables:
            raise UsageError(f"--include-copies: {dataset} has no copies/ folder (an extract "
                             "output is not deduplicated; run `warctools dedup` first)")
        configs.append("copies")
    return configs


def _split_inputs(files: list[Path], config: str, plan: SplitPlan | None, scratch: Path
                  ) -> dict[str, list[Path]]:
    if plan is None:
        return {"train": files}
    return write_split_rows(files, config, plan, scratch)


def publish(dataset: Path, release: Path, *, name: str | None = None,
            version: str | None = None, license: str | None = None,
            description: str | None = None, url: str | None = None,
            include_copies: bool = False,
            overwrite: bool = False, file_bytes: int = FILE_BYTES,
            row_group_bytes: int = ROW_GROUP_BYTES, splits: SplitSpec | None = None,
            against: Path | None = None) -> PublishResult:
    """Build the release of ``dataset`` at ``release`` (staged beside it, then renamed).

    ``splits`` (default: one ``train`` split) divides every config by story; ``against``
    (an earlier release) keeps the split of the stories it released."""
    dataset = Path(dataset)
    folder = open_dataset_folder(dataset)
    configs = _configs(folder.tables, include_copies, dataset)
    spec = splits or SplitSpec()
    plan = (plan_splits({c: folder.files(c) for c in configs}, spec, previous=against)
            if not spec.single or against is not None else None)
    prov = read_provenance(dataset, folder.tables)
    counts = dataset_counts(folder.files("articles"))
    dedup_note = ", syndicated copies collapsed into one row per story" if counts.deduplicated \
        else ""
    info = ReleaseInfo(
        name=name or _slug(dataset.resolve().name),
        version=version or DEFAULT_VERSION,
        license=license or DEFAULT_LICENSE,
        description=description or (
            f"News articles extracted from {len(prov.inputs) or 'unknown'} web-archive "
            f"(WARC) file(s) with warctools{dedup_note}."),
        created=_created(),
        tool_version=__version__,
    )
    with staged_release(release, overwrite=overwrite, sources=(dataset,)) as stage:
        scratch = stage / ".scratch"
        scratch.mkdir()
        described = []
        for config in configs:
            inherited = {k: v for k, v in prov.metadata.get(config, {}).items()
                         if k not in _WRITER_KEYS}
            meta = {**inherited, "release_name": info.name, "release_version": info.version,
                    "release_config": config}
            for split, files in _split_inputs(folder.files(config), config, plan,
                                              scratch).items():
                written = write_config(files, stage / "data" / config,
                                       schema_name=TABLE_SCHEMAS[config], metadata=meta,
                                       scratch=scratch, file_bytes=file_bytes,
                                       row_group_bytes=row_group_bytes, split=split)
                described += describe_files(stage, config, written, split)
        shutil.rmtree(scratch)
        manifest = build_manifest(described, info={
            "name": info.name, "version": info.version, "license": info.license,
            "created": info.created, "warctools_version": info.tool_version,
            "splits": plan.describe() if plan else {"by": None, "fractions": {"train": 1.0}},
        })
        write_manifest(stage, manifest)
        health = dataset_health(folder, counts.undated)
        (stage / "README.md").write_text(render_card(info, counts, manifest, prov, health),
                                         "utf-8")
        croissant = build_croissant(manifest, description=info.description, url=url)
        (stage / CROISSANT).write_text(json.dumps(croissant, indent=2) + "\n", "utf-8")
        write_sha256sums(stage)
    return PublishResult(Path(release), manifest)
