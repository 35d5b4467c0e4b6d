"""Connected components by large-star / small-star over files (warctools.dedup.components):
the same labels as the in-memory union-find, whatever the executor, jobs, partitions or
file split; few rounds on long paths; nothing left behind in the work folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from warctools.dedup import components
from warctools.dedup._kernel import union_find
from warctools.dedup.components import star_components
from warctools.executors import make_executor


def reference(n: int, edges: np.ndarray) -> np.ndarray:
    lo = np.ascontiguousarray(edges[:, 0], dtype=np.int64)
    hi = np.ascontiguousarray(edges[:, 1], dtype=np.int64)
    return np.asarray(union_find(n, lo, hi), dtype=np.int64)


def path_edges(nodes: np.ndarray) -> np.ndarray:
    return np.column_stack((nodes[:-1], nodes[1:]))


def random_graph(rng: np.random.Generator, n: int) -> np.ndarray:
    """A mix: a long path in label order and one in random order, stars, a dense blob (one
    large component), many two- and three-node components, self-loops, duplicate and
    reversed edges; nodes nobody touches stay isolated. Rows shuffled."""
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64) if n == 0 else np.array([[0, 0]])
    nodes = rng.permutation(n)
    cuts = np.sort(rng.integers(0, n + 1, size=4))
    sorted_path, random_path, stars, blob, tiny = np.split(nodes, cuts)
    parts = [path_edges(np.sort(sorted_path)), path_edges(random_path)]
    for group in np.array_split(stars, max(1, stars.size // 20)):
        if group.size > 1:
            parts.append(np.column_stack((np.full(group.size - 1, group[0]), group[1:])))
    if blob.size > 1:
        parts.append(rng.choice(blob, size=(2 * blob.size, 2)))
    for group in np.array_split(tiny, max(1, tiny.size // 2)):
        if group.size > 1:
            parts.append(path_edges(group))
    edges = np.concatenate(parts) if parts else np.zeros((0, 2), dtype=np.int64)
    loops = rng.integers(0, n, size=max(1, n // 50))
    dups = edges[rng.integers(0, edges.shape[0], size=edges.shape[0] // 10)] if edges.size \
        else edges
    edges = np.concatenate((edges, np.column_stack((loops, loops)), dups, dups[:, ::-1]))
    return rng.permutation(edges.astype(np.int64))


def write_files(folder: Path, edges: np.ndarray, rng: np.random.Generator,
                files: int = 5) -> list[Path]:
    """``edges`` split at random points over ``files`` files, plus two empty ones."""
    folder.mkdir(parents=True, exist_ok=True)
    cuts = np.sort(rng.integers(0, edges.shape[0] + 1, size=files - 1))
    blocks = [np.zeros((0, 2), dtype=np.int64), *np.split(edges, cuts),
              np.zeros((0, 2), dtype=np.int64)]
    paths = []
    for i, block in enumerate(blocks):
        path = folder / f"edges-{i}.npy"
        np.save(path, np.ascontiguousarray(block, dtype=np.int64))
        paths.append(path)
    return paths


def leftovers(work: Path) -> list[Path]:
    return sorted(work.rglob("*")) if work.exists() else []


@pytest.fixture(scope="module")
def serial() -> object:
    return make_executor("local", jobs=1)


@pytest.mark.parametrize("seed, n", [(0, 0), (1, 1), (2, 2), (3, 17), (4, 300), (5, 1000),
                                     (6, 5000)])
def test_labels_match_union_find(tmp_path: Path, serial: object, seed: int, n: int) -> None:
    rng = np.random.default_rng(seed)
    edges = random_graph(rng, n)
    files = write_files(tmp_path / "in", edges, rng)
    work = tmp_path / "work"
    stats: dict[str, int] = {}
    got = star_components(files, n, work, serial, partitions=4, stats=stats)
    assert got.dtype == np.int64 and got.shape == (n,)
    np.testing.assert_array_equal(got, reference(n, edges))
    assert stats["rounds"] <= 20
    assert leftovers(work) == []


def test_isolated_nodes_and_no_edges(tmp_path: Path, serial: object) -> None:
    rng = np.random.default_rng(7)
    files = write_files(tmp_path / "in", np.array([[3, 3], [5, 5]], dtype=np.int64), rng)
    got = star_components(files, 8, tmp_path / "work", serial)
    np.testing.assert_array_equal(got, np.arange(8))
    assert star_components([], 4, tmp_path / "work", serial).tolist() == [0, 1, 2, 3]


def test_same_for_any_jobs_and_partitions(tmp_path: Path) -> None:
    rng = np.random.default_rng(11)
    n = 600
    edges = random_graph(rng, n)
    files = write_files(tmp_path / "in", edges, rng)
    expected = reference(n, edges)
    rounds = set()
    for jobs, partitions in [(1, 1), (1, 3), (2, 3), (1, 16)]:
        stats: dict[str, int] = {}
        work = tmp_path / f"work-{jobs}-{partitions}"
        got = star_components(files, n, work, make_executor("local", jobs=jobs),
                              partitions=partitions, stats=stats)
        np.testing.assert_array_equal(got, expected)
        assert leftovers(work) == []
        rounds.add(stats["rounds"])
    assert len(rounds) == 1  # every step's edge set is independent of the partitioning


@pytest.mark.parametrize("order", ["increasing", "decreasing", "random labels"])
def test_long_path_converges_in_few_rounds(tmp_path: Path, serial: object, order: str) -> None:
    rng = np.random.default_rng(3)
    k = 2000
    nodes = {"increasing": np.arange(k), "decreasing": np.arange(k)[::-1],
             "random labels": rng.permutation(k)}[order]
    edges = rng.permutation(path_edges(nodes))
    files = write_files(tmp_path / "in", edges, rng, files=3)
    stats: dict[str, int] = {}
    got = star_components(files, k, tmp_path / "work", serial, partitions=4, stats=stats)
    assert (got == 0).all()
    assert 2 <= stats["rounds"] <= 16  # log2(2000) = 11: logarithmic, far below 2000


def test_too_few_rounds_raise_and_clean_up(tmp_path: Path, serial: object) -> None:
    rng = np.random.default_rng(5)
    files = write_files(tmp_path / "in", path_edges(np.arange(500)), rng)
    work = tmp_path / "work"
    work.mkdir()
    (work / "keep.txt").write_text("not ours")
    with pytest.raises(RuntimeError, match="not converged after 2 rounds"):
        star_components(files, 500, work, serial, max_rounds=2)
    assert leftovers(work) == [work / "keep.txt"]


def test_work_folder_holds_no_temporary_files(tmp_path: Path, serial: object,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Also: input files read in several chunks (step 0 tasks) give the same labels."""
    rng = np.random.default_rng(9)
    n = 800
    edges = random_graph(rng, n)
    files = write_files(tmp_path / "in", edges, rng, files=2)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.setattr(components, "CHUNK_ROWS", 97)
    seen: list[Path] = []
    real_save = components._save

    def save_and_look(path: Path, arr: np.ndarray) -> None:
        real_save(path, arr)
        seen.extend(p for p in path.parent.iterdir() if p.name.endswith(".tmp"))
        assert path.parent.parent == work and path.exists()

    monkeypatch.setattr(components, "_save", save_and_look)
    got = star_components(files, n, work, serial, partitions=5)
    np.testing.assert_array_equal(got, reference(n, edges))
    assert seen == []
    assert leftovers(work) == []


def test_bad_input_is_refused(tmp_path: Path, serial: object) -> None:
    np.save(tmp_path / "out_of_range.npy", np.array([[0, 1], [2, 9]], dtype=np.int64))
    with pytest.raises(ValueError, match="outside"):
        star_components([tmp_path / "out_of_range.npy"], 9, tmp_path / "w1", serial)
    np.save(tmp_path / "negative.npy", np.array([[-1, 1]], dtype=np.int64))
    with pytest.raises(ValueError, match="outside"):
        star_components([tmp_path / "negative.npy"], 9, tmp_path / "w2", serial)
    np.save(tmp_path / "flat.npy", np.arange(6, dtype=np.int64))
    with pytest.raises(ValueError, match=r"\(m, 2\)"):
        star_components([tmp_path / "flat.npy"], 9, tmp_path / "w3", serial)
    assert not any((tmp_path / w).exists() for w in ("w1", "w2", "w3"))


@pytest.fixture(scope="module")
def ray_driver() -> Iterator[None]:
    """This process connected, as a Ray driver, to the session's 2-CPU cluster."""
    pytest.importorskip("ray")
    from tests.support.ray_cluster import connected_driver

    with connected_driver():
        yield


@pytest.mark.slow  # the session's Ray cluster start (shared with test_ray*.py): 5-10 s
def test_ray_executor_gives_the_same_labels(tmp_path: Path, ray_driver: None) -> None:
    rng = np.random.default_rng(13)
    n = 120
    edges = random_graph(rng, n)
    files = write_files(tmp_path / "in", edges, rng)
    executor = make_executor("ray", jobs=2)
    try:
        got = star_components(files, n, tmp_path / "work", executor, partitions=2)
    finally:
        executor.close()
    np.testing.assert_array_equal(got, reference(n, edges))
    assert leftovers(tmp_path / "work") == []
