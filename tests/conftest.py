"""Shared fixtures (the paths and the ../shared rule live in :mod:`tests.support`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import SAMPLES, require_shared
from tests.support.s3 import s3_endpoint, s3_env  # noqa: F401 - fixtures for every test


@pytest.fixture(scope="session")
def warc_samples_dir() -> Path:
    return require_shared("warc-samples")


@pytest.fixture(scope="session")
def extraction_benchmark_dir() -> Path:
    return require_shared("article-extraction-benchmark")


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES
