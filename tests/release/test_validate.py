"""warctools validate: each kind of damage is found and names its file; a good release passes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from tests.support.release import make_dataset
from warctools.cli import main
from warctools.errors import ValidationError
from warctools.release.manifest import write_sha256sums
from warctools.release.provenance import sha256_file
from warctools.release.publish import publish
from warctools.release.validate import validate_release

ARTICLES = "data/articles/train-00000-of-00001.parquet"
CLUSTERS = "data/clusters/train-00000-of-00001.parquet"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("val")
    publish(make_dataset(root / "out"), root / "release", include_copies=True)
    return root / "release"


@pytest.fixture
def release(pristine: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(pristine, tmp_path / "release"))


def _reseal(root: Path) -> None:
    """Make manifest.json and SHA256SUMS agree with the (tampered) data files again."""
    manifest = json.loads((root / "manifest.json").read_text())
    for entry in manifest["files"]:
        path = root / entry["path"]
        meta = pq.read_metadata(path)
        entry.update(bytes=path.stat().st_size, sha256=sha256_file(path), rows=meta.num_rows,
                     row_groups=meta.num_row_groups)
    (root / "manifest.json").write_text(json.dumps(manifest, indent=2))
    croissant = json.loads((root / "croissant.json").read_text())
    digests = {e["path"]: e["sha256"] for e in manifest["files"]}
    for obj in croissant["distribution"]:
        if obj["@type"] == "cr:FileObject":
            obj["sha256"] = digests[obj["contentUrl"]]
    (root / "croissant.json").write_text(json.dumps(croissant, indent=2))
    write_sha256sums(root)


def _problems(root: Path) -> str:
    with pytest.raises(ValidationError) as info:
        validate_release(root)
    return str(info.value)


def test_valid_release_passes(pristine: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(pristine)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK ") and "articles: 18 rows in 1 file(s)" in result.output


def test_one_corrupt_byte_fails_naming_the_file(release: Path) -> None:
    path = release / ARTICLES
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    result = CliRunner().invoke(main, ["validate", str(release)])
    assert result.exit_code == 1
    assert f"{ARTICLES}: sha256 is" in result.output


def test_extra_and_missing_files(release: Path) -> None:
    shutil.copy(release / ARTICLES, release / "data/articles/train-00001-of-00001.parquet")
    (release / "notes.txt").write_text("hello")
    (release / CLUSTERS).unlink()
    text = _problems(release)
    assert "data/articles/train-00001-of-00001.parquet: data file not listed in manifest" in text
    assert "notes.txt: file not listed in SHA256SUMS" in text
    assert f"{CLUSTERS}: listed in manifest.json but missing" in text


def test_manifest_rows_must_match(release: Path) -> None:
    manifest = json.loads((release / "manifest.json").read_text())
    manifest["files"][0]["rows"] += 1
    (release / "manifest.json").write_text(json.dumps(manifest))
    write_sha256sums(release)
    assert f"{ARTICLES}: manifest says rows=19, the file has 18" in _problems(release)


def test_schema_drift_is_named(release: Path) -> None:
    table = pq.read_table(release / CLUSTERS)
    loose = pa.schema([f.with_nullable(True) if f.name == "relation" else f
                       for f in table.schema])
    table = table.cast(loose).set_column(4, "similarity", table["similarity"].cast(pa.float64()))
    pq.write_table(table, release / CLUSTERS)
    _reseal(release)
    text = _problems(release)
    assert f"{CLUSTERS}: column 'relation' nullable=True, schemas/ says nullable=False" in text
    assert f"{CLUSTERS}: column 'similarity' is double, schemas/ says float" in text


def test_missing_column_is_named(release: Path) -> None:
    table = pq.read_table(release / CLUSTERS).drop_columns(["matched_id"])
    pq.write_table(table, release / CLUSTERS)
    _reseal(release)
    assert f"{CLUSTERS}: columns differ from schemas/: missing ['matched_id']" in _problems(release)


def test_duplicate_ids_and_unsorted_rows(release: Path) -> None:
    path = release / ARTICLES
    table = pq.read_table(path)
    doubled = pa.concat_tables([table, table.slice(0, 1)])
    pq.write_table(doubled, path, sorting_columns=pq.read_metadata(path).row_group(0)
                   .sorting_columns)
    _reseal(release)
    text = _problems(release)
    assert f"{ARTICLES}: id " in text and "appears 2 times in articles and copies" in text
    assert f"{ARTICLES}: rows are not sorted by (published, host)" in text


def test_copy_ids_must_not_repeat_article_ids(release: Path) -> None:
    copies = release / "data/copies/train-00000-of-00001.parquet"
    articles = pq.read_table(release / ARTICLES)
    table = pq.read_table(copies)
    ids = table["id"].to_pylist()
    ids[0] = articles["id"][0].as_py()
    table = table.set_column(0, table.schema.field("id"), pa.array(ids, pa.string()))
    pq.write_table(table, copies)
    _reseal(release)
    assert "appears 2 times in articles and copies" in _problems(release)


def test_croissant_must_follow_manifest_and_schemas(release: Path) -> None:
    doc = json.loads((release / "croissant.json").read_text())
    doc["recordSet"][0]["field"].pop()
    (release / "croissant.json").write_text(json.dumps(doc))
    write_sha256sums(release)
    assert "croissant.json: RecordSet 'articles' fields differ from schemas/" in _problems(release)


def test_not_a_release(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 1 and "no manifest.json" in result.output


def test_required_columns_checked_through_statistics(tmp_path: Path) -> None:
    from warctools.release.validate import _required_nulls
    from warctools.schema import arrow_schema

    schema = arrow_schema("error")
    loose = pa.schema([f.with_nullable(True) for f in schema])
    rows = [{"warc_filename": None, "stage": "read", "reason": "x", "fatal": True}]
    path = tmp_path / "e.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=loose), path)
    problems = _required_nulls(path, "e.parquet", pq.read_metadata(path), schema)
    assert problems == ["e.parquet: required column 'warc_filename' holds 1 nulls"]
