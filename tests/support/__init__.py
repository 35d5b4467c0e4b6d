"""Helpers the tests share (pytest collects nothing here): paths, data builders, harnesses.

``../shared`` (beside the clone) holds the real WARC samples and the extraction
benchmark. Tests that need it skip with a visible reason when it is absent (a fresh
clone), and fail when it is absent under ``CI=true`` (CI always has it).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
BENCHMARKS = REPO / "benchmarks"
SHARED_DATASETS = REPO.parent / "shared" / "datasets"


def require_shared(sub: str) -> Path:
    path = SHARED_DATASETS / sub
    if not path.exists():
        msg = f"{path} is absent (../shared/datasets/{sub} beside the clone)"
        if os.environ.get("CI") == "true":
            pytest.fail(msg + " but CI=true: CI must have ../shared")
        pytest.skip(msg)
    return path
