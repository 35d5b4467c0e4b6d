"""``warctools extract``: plan the inputs, run one task per file, finalize, summarise."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from warctools.config import ExtractParams
from warctools.errors import UsageError
from warctools.executors import make_executor
from warctools.pipeline.extract_stage import (
    OUTLETS_KEY,
    ExtractTask,
    load_marker,
    run_extract_task,
    task_crashed,
)
from warctools.pipeline.filters import FILTER_OPTIONS, OUTSIDE_DATE_RANGE, RecordFilters
from warctools.pipeline.finalize import (
    drop_cross_file_duplicates,
    ensure_errors_file,
    outlet_pages,
    public_summary,
    totals,
)
from warctools.pipeline.output import WORK_DIR, read_json, write_json_atomic
from warctools.pipeline.progress import Progress
from warctools.pipeline.revisits import resolve_cross_file_revisits
from warctools.readers import InputFile, InputSelection, expand_inputs

__all__ = ["extract_dataset", "plan_inputs"]


def _request(inputs: Sequence[str], paths_file: str | None, prefix: str | None,
             select: InputSelection | None, params: ExtractParams) -> dict[str, Any]:
    """What the run was asked to do: the inputs as given, the selection and the parameters."""
    return {
        "inputs": list(inputs),
        "paths_file": paths_file,
        "prefix": prefix,
        "select": asdict(select) if select is not None else None,
        "params": params.as_dict(),
    }


def _changes(before: dict[str, Any], now: dict[str, Any]) -> list[str]:
    """Names of what differs between two requests (parameters named one by one)."""
    names = {"inputs": "inputs", "paths_file": "--paths-file", "prefix": "--prefix",
             "select": "--sample/--limit"}
    changed = [name for k, name in names.items() if before.get(k) != now.get(k)]
    old_params, new_params = before.get("params") or {}, now.get("params") or {}
    changed += [f"--{k.replace('_', '-')}" for k in sorted(set(old_params) | set(new_params))
                if old_params.get(k) != new_params.get(k)]
    none = RecordFilters().as_dict()
    old_filters, new_filters = before.get("filters") or none, now.get("filters") or none
    changed += [FILTER_OPTIONS.get(k, k) for k in sorted(set(old_filters) | set(new_filters))
                if old_filters.get(k) != new_filters.get(k)]
    return changed


def plan_inputs(out: Path, inputs: Sequence[str], *, paths_file: str | None,
                prefix: str | None, resume: bool, select: InputSelection | None = None,
                params: ExtractParams | None = None, filters: RecordFilters | None = None
                ) -> tuple[list[InputFile], list[dict[str, str]], RecordFilters]:
    """The run's fixed manifest of inputs (each with its index) and its filters, kept in
    ``_work/plan.json``; CC-NEWS files outside ``--since``/``--until`` are set aside, then
    ``select`` (``--sample``/``--limit``) applies, before the manifest is fixed.

    ``--resume`` continues the plan only when asked for the very same inputs, selection and
    parameters; otherwise it is refused (exit 2) naming what changed, so a dataset never
    mixes rows made under two requests. The filters are the plan's: a resume given none
    keeps them, one given others is refused.
    """
    plan_path = out / WORK_DIR / "plan.json"
    filters = filters or RecordFilters()
    request = _request(inputs, paths_file, prefix, select, params or ExtractParams())
    request["filters"] = filters.as_dict()
    if resume and plan_path.exists():
        plan = read_json(plan_path)
        before = plan.get("request") or {}
        if not filters.active:  # the plan's filters hold
            filters = RecordFilters.from_dict(before.get("filters"))
            request["filters"] = filters.as_dict()
        changed = _changes(before, request)
        if changed:
            raise UsageError(
                f"--resume asks for other {', '.join(changed)} than the interrupted run in "
                f"{out}: rerun with the same inputs and options, or pass --overwrite to start "
                "afresh"
            )
        files = [InputFile(**f) for f in plan["inputs"]]
        return files, plan["skipped_inputs"], filters
    files, skipped = expand_inputs(list(inputs), paths_file=paths_file, prefix=prefix)
    skipped_rows = [{"name": s.name, "reason": s.reason} for s in skipped]
    outside = [f for f in files if filters.input_outside(f.name)]
    if outside:
        skipped_rows += [{"name": f.name, "reason": OUTSIDE_DATE_RANGE} for f in outside]
        files = [InputFile(f.name, f.location, i) for i, f in
                 enumerate(f for f in files if not filters.input_outside(f.name))]
    if select is not None:
        files = select.apply(files)
    write_json_atomic(plan_path, {"inputs": [asdict(f) for f in files],
                                  "skipped_inputs": skipped_rows, "request": request})
    return files, skipped_rows, filters


def _file_metadata(params: ExtractParams, files: list[InputFile], filters: RecordFilters
                   ) -> tuple[tuple[str, str], ...]:
    meta = (
        ("stage", "extract"),
        ("extract_params", json.dumps(params.as_dict(), sort_keys=True)),
        ("inputs", json.dumps([f.name for f in files])),
    )
    if filters.active:
        meta += (("filter_params", json.dumps(filters.describe(), sort_keys=True)),)
    return meta


def _input_bytes(files: list[InputFile]) -> int:
    total = 0
    for f in files:
        try:
            total += os.path.getsize(f.location)
        except OSError:
            pass
    return total


def _forks_workers(runner: Any | None, executor: str, jobs: int) -> bool:
    if runner is not None:
        return getattr(runner, "name", "") == "local" and getattr(runner, "jobs", 1) > 1
    return executor == "local" and jobs > 1


def extract_dataset(inputs: Sequence[str], out: Path, *, params: ExtractParams | None = None,
                    paths_file: str | None = None, prefix: str | None = None, jobs: int = 1,
                    executor: str = "local", ray_address: str | None = None,
                    resume: bool = False, show_progress: bool = False,
                    runner: Any | None = None,
                    while_waiting: Callable[[], None] | None = None,
                    select: InputSelection | None = None,
                    filters: RecordFilters | None = None) -> dict[str, Any]:
    """Extract articles from every input into ``out``; returns the run summary.

    ``filters`` set pages aside before they reach articles/ (counted per input under
    ``filtered``, listed in ``filtered/``); with ``resume`` the plan's filters hold.
    ``out`` must already be prepared (see :func:`warctools.pipeline.output.prepare_output`).
    ``runner`` is an executor to use (and leave open); by default one is made for the call.
    ``while_waiting`` runs once in this process while the workers extract (not at all when
    they run in this process).
    """
    params = params or ExtractParams()
    if _forks_workers(runner, executor, jobs):
        # the language model (0.5 s to decompress) loads while the inputs are planned and
        # before the pool forks, so the workers inherit it instead of each loading it
        from warctools.extract.language import prefetch

        prefetch()
    files, skipped_inputs, filters = plan_inputs(out, inputs, paths_file=paths_file,
                                                 prefix=prefix, resume=resume, select=select,
                                                 params=params, filters=filters)
    meta = _file_metadata(params, files, filters)
    tasks = [ExtractTask(f, str(out), params, meta, filters) for f in files]
    done = {t.input.index: m for t in tasks if resume and (m := load_marker(t))}
    tasks = [t for t in tasks if t.input.index not in done]
    own = runner is None
    runner = runner or make_executor(executor, jobs=jobs, ray_address=ray_address)
    progress = Progress(len(files), _input_bytes(files), enabled=show_progress)
    progress.advance_done(len(done))
    results = dict(done)
    try:
        for summary in runner.imap(run_extract_task, tasks, on_crash=task_crashed,
                                   while_waiting=while_waiting):
            results[summary["index"]] = summary
            progress.update(summary)
    finally:
        progress.close()
        if own:
            runner.close()
    summaries = [results[f.index] for f in files]
    revisits = resolve_cross_file_revisits(out, summaries, dict(meta))
    duplicates = drop_cross_file_duplicates(out, summaries)
    ensure_errors_file(out, dict(meta))
    if filters.active:
        ensure_errors_file(out, dict(meta), "filtered", "filtered")
    outlets = outlet_pages(summaries, OUTLETS_KEY)
    summaries = [public_summary(s) for s in summaries]
    summary = {
        "stage": "extract",
        "params": params.as_dict(),
        "inputs": summaries,
        "skipped_inputs": skipped_inputs,
        "cross_file_duplicates": duplicates,
        "cross_file_revisits": revisits,
        "totals": totals(summaries),
        "outlets": outlets,
    }
    if filters.active:
        summary["filter_params"] = filters.describe()
    set_aside = Counter(s["reason"] for s in skipped_inputs)
    summary["totals"]["skipped_inputs"] = dict(sorted(set_aside.items()))
    write_json_atomic(out / "summary.json", summary)
    return summary
