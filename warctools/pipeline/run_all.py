"""``warctools run``: extract into a staging folder, then dedup into the output folder.

Layout: the extract stage writes a complete extract dataset under ``OUT/_work/extracted``
(its own plan, markers and summary, so ``--resume`` skips finished files); dedup reads it
and writes ``OUT/articles``, ``OUT/copies``, ``OUT/clusters``, ``OUT/signatures``; the
extract errors are copied to ``OUT/errors``; ``OUT/summary.json`` holds both stages'
summaries. Once that summary is written the staging folder is deleted: a finished run leaves
no Parquet file outside its tables (the extracted rows live on in ``articles/`` and
``copies/``).
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warctools.config import ExtractParams
from warctools.pipeline.extract_run import extract_dataset
from warctools.pipeline.output import WORK_DIR, read_json, write_json_atomic
from warctools.templates.params import DEFAULT_TEMPLATES, TemplateParams

if TYPE_CHECKING:
    from warctools.dedup.params import DedupParams
    from warctools.pipeline.filters import RecordFilters
    from warctools.readers import InputSelection

__all__ = ["run_pipeline", "STAGING"]

STAGING = "extracted"


log = logging.getLogger(__name__)


def _publish_errors(staging: Path, out: Path, table: str = "errors") -> None:
    target = out / table
    if target.exists():
        shutil.rmtree(target)
    if not (staging / table).is_dir():
        return
    target.mkdir(parents=True)
    for path in sorted((staging / table).glob("*.parquet")):
        shutil.copy2(path, target / f".{path.name}.tmp")
        os.replace(target / f".{path.name}.tmp", target / path.name)


def _warm_up_dedup(params: DedupParams) -> None:
    """Load dedup's libraries and compiled kernels while the workers extract (about a
    second of this process's time that would otherwise come between the two stages)."""
    try:
        from warctools.dedup.dataset import warm_up

        warm_up(params)
    except Exception as exc:  # noqa: BLE001 - the dedup stage meets the same error and reports it
        log.warning("could not prepare the dedup stage ahead: %s", exc)


def run_pipeline(inputs: Sequence[str], out: Path, *, extract_params: ExtractParams,
                 dedup_params: DedupParams, against: Sequence[Path] = (),
                 paths_file: str | None = None, prefix: str | None = None, jobs: int = 1,
                 executor: str = "local", ray_address: str | None = None,
                 resume: bool = False, show_progress: bool = False,
                 select: InputSelection | None = None,
                 filters: RecordFilters | None = None,
                 templates: TemplateParams | None = DEFAULT_TEMPLATES) -> dict[str, Any]:
    """Extract then dedup; ``out`` must already be prepared. Returns the run summary.
    ``templates``: the template stage's parameters (None: --no-templates).

    ``--resume`` on a run that finished (its summary written, its working folder gone: an
    upload to ``-o URL`` that failed afterwards, say) redoes nothing."""
    from warctools.executors import make_executor

    summary_path = out / "summary.json"
    if resume and summary_path.exists() and not (out / WORK_DIR).exists():
        finished = read_json(summary_path)
        if finished.get("stage") == "run":
            return dict(finished)

    staging = out / WORK_DIR / STAGING
    staging.mkdir(parents=True, exist_ok=True)
    runner = make_executor(executor, jobs=jobs, ray_address=ray_address)  # one for both stages
    try:
        extracted = extract_dataset(
            inputs, staging, params=extract_params, paths_file=paths_file, prefix=prefix,
            jobs=jobs, executor=executor, ray_address=ray_address, resume=resume,
            show_progress=show_progress, runner=runner,
            while_waiting=lambda: _warm_up_dedup(dedup_params), select=select,
            filters=filters,
        )
        _publish_errors(staging, out)
        _publish_errors(staging, out, "filtered")
        from warctools.dedup.dataset import dedup_dataset  # loaded while the workers extracted

        deduped = dedup_dataset(staging, out, params=dedup_params, executor=runner,
                                against=list(against), templates=templates)
    finally:
        runner.close()
    from warctools.pipeline.template_accounting import count_template_only

    summary = {
        **count_template_only(extracted, deduped.templates),
        "stage": "run",
        "params": {"extract": extract_params.as_dict(), "dedup": dedup_params.as_dict()},
        "dedup": deduped.as_dict(),
    }
    write_json_atomic(out / "summary.json", summary)
    shutil.rmtree(out / WORK_DIR, ignore_errors=True)
    return summary
