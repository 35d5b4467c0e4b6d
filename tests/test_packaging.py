"""The wheel ships schemas/ inside the package, and the installed package finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.support import REPO
from warctools.schema import arrow_schema, schema_dir


def test_wheel_contains_the_schemas(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
        check=True, capture_output=True,
    )
    (wheel,) = tmp_path.glob("warctools-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for schema in sorted((REPO / "schemas").glob("*.json")):
        assert f"warctools/schemas/{schema.name}" in names


def test_installed_package_finds_its_schemas() -> None:
    folder = schema_dir()
    assert (folder / "article.v1.json").is_file()
    if "site-packages" in str(Path(__import__("warctools").__file__)):
        assert "site-packages" in str(folder)  # the installed copy, not the checkout's
    schema = arrow_schema("article")
    assert schema.metadata[b"schema_version"] == b"1"
    assert not schema.field("id").nullable and schema.field("title").nullable
