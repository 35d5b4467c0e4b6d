"""``warctools dedup``: make the executor, collapse the copies, write the summary.

The same library sequence as ``extract`` and ``run`` (open output in the CLI, executor
and stages here, summary last), so every verb's driver lives in ``pipeline/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warctools.storage import write_json_atomic
from warctools.templates.params import DEFAULT_TEMPLATES

if TYPE_CHECKING:
    from warctools.dedup.params import DedupParams
    from warctools.templates.params import TemplateParams

__all__ = ["dedup_run"]


def dedup_run(dataset: Path, out: Path, *, params: DedupParams, against: Sequence[Path] = (),
              jobs: int = 1, executor: str = "local",
              ray_address: str | None = None,
              templates: TemplateParams | None = DEFAULT_TEMPLATES) -> dict[str, Any]:
    """Dedup the extract output ``dataset`` into the prepared folder ``out``; the summary.
    ``templates``: the template stage's parameters (None: --no-templates)."""
    from warctools.dedup import dedup_dataset
    from warctools.executors import make_executor

    with make_executor(executor, jobs=jobs, ray_address=ray_address) as runner:
        summary = dedup_dataset(dataset, out, params=params, executor=runner,
                                against=list(against), templates=templates)
    data = {"stage": "dedup", "dataset": str(dataset), **summary.as_dict()}
    write_json_atomic(out / "summary.json", data)
    return data
