"""Kill ``warctools run`` with SIGKILL at random points, resume, compare with a clean run.

:func:`make_inputs` writes ``copies`` variants of the three ``samples/`` files (each copy
with its own WARC-Date year, so every copy's captures are distinct stories that dedup
then clusters); :func:`kill_trial` runs the pipeline in its own process group, polls the
output folders while it runs (every visible ``*.parquet`` must be a complete, readable
Parquet file), kills the whole group, reruns with ``--resume`` and returns the result.
"""

from __future__ import annotations

import gzip
import os
import random
import re
import signal
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from tests.support import SAMPLES

_DATE = re.compile(rb"(WARC-Date: )2024-")


def _members(data: bytes) -> list[bytes]:
    out = []
    while data:
        d = zlib.decompressobj(31)
        plain = d.decompress(data)
        out.append(plain if d.eof else b"")
        if not d.eof:
            out[-1] = data  # the cut-off last member stays as it is
            break
        data = d.unused_data
    return out


def make_inputs(folder: Path, copies: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(copies):
        year = b"%04d-" % (1990 + k)
        for src in sorted(SAMPLES.glob("crawl-*.warc*")):
            data = src.read_bytes()
            if data[:2] == b"\x1f\x8b":
                parts = _members(data)
                out = b"".join(
                    p if p[:2] == b"\x1f\x8b" else gzip.compress(
                        _DATE.sub(rb"\g<1>" + year, p), compresslevel=6, mtime=0)
                    for p in parts)
            else:
                out = _DATE.sub(rb"\g<1>" + year, data)
            path = folder / f"copy{k:03d}-{src.name}"
            path.write_bytes(out)
            paths.append(path)
    return paths


def run_cmd(inputs: Path, out: Path, *, resume: bool = False, jobs: int = 2) -> list[str]:
    cmd = [sys.executable, "-m", "warctools", "run", str(inputs), "-o", str(out), "-q",
           "--jobs", str(jobs)]
    return cmd + (["--resume"] if resume else [])


def run_to_end(inputs: Path, out: Path, *, resume: bool = False) -> float:
    started = time.perf_counter()
    proc = subprocess.run(run_cmd(inputs, out, resume=resume), capture_output=True, text=True,
                          timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return time.perf_counter() - started


@dataclass
class Trial:
    kill_after: float
    killed: bool = False
    phase: str = ""  # where the kill landed: start | extract | dedup | done
    polls: int = 0
    parquet_seen: int = 0
    bad_files: list[str] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)


def _parquet_files(out: Path) -> list[Path]:
    """Parquet files under `out`, listed while the run renames and removes folders.

    os.walk skips a folder that vanishes between its listing and its scan (Path.rglob
    raises FileNotFoundError there), which is what a live run does to its _work/ folders.
    """
    found: list[Path] = []
    for folder, _dirs, files in os.walk(out):
        found.extend(Path(folder) / name for name in files if name.endswith(".parquet"))
    return found


def _poll(out: Path, trial: Trial, seen: set[str]) -> None:
    trial.polls += 1
    if not out.exists():
        return
    for path in _parquet_files(out):
        try:
            pq.read_metadata(path)
            pq.ParquetFile(path).read_row_group(0) if pq.read_metadata(
                path).num_row_groups else None
        except FileNotFoundError:
            continue  # replaced or removed between the listing and the read
        except Exception as exc:  # noqa: BLE001 - any failure to read is the finding
            if path.exists():
                trial.bad_files.append(f"{path.relative_to(out)}: {type(exc).__name__}: {exc}")
        seen.add(str(path))


def phase(out: Path) -> str:
    if (out / "summary.json").exists():
        return "done"
    if (out / "_work" / "extracted" / "summary.json").exists():
        return "dedup"
    plan = out / "_work" / "extracted" / "_work" / "plan.json"
    return "extract" if plan.exists() else "start"


def kill_trial(inputs: Path, out: Path, kill_after: float) -> Trial:
    trial = Trial(kill_after)
    seen: set[str] = set()
    proc = subprocess.Popen(run_cmd(inputs, out), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.perf_counter() + kill_after
    while time.perf_counter() < deadline and proc.poll() is None:
        _poll(out, trial, seen)
        time.sleep(0.01)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)  # the run and its worker processes
        trial.killed = True
    trial.phase = phase(out)
    proc.wait()
    _poll(out, trial, seen)
    trial.parquet_seen = len(seen)
    run_to_end(inputs, out, resume=True)
    return trial


def random_kill_times(n: int, total: float, seed: int = 7) -> list[float]:
    rng = random.Random(seed)
    return [rng.uniform(0.05, 0.95) * total for _ in range(n)]


# -- comparing two run outputs --------------------------------------------------------------
_SORT = {"articles": ["id"], "copies": ["id"], "clusters": ["id"],
         "errors": ["warc_filename", "warc_offset", "stage", "reason", "message"]}


def table(out: Path, name: str) -> pl.DataFrame:
    files = sorted((out / name).glob("*.parquet"))
    df = pl.concat([pl.read_parquet(f) for f in files], how="vertical_relaxed")
    return df.sort(_SORT[name], nulls_last=True)


def compare_runs(a: Path, b: Path) -> list[str]:
    diffs = []
    for name in _SORT:
        ta, tb = table(a, name), table(b, name)
        if not ta.equals(tb):
            diffs.append(f"{name}: {ta.height} vs {tb.height} rows differ")
    import json

    sa = json.loads((a / "summary.json").read_text())
    sb = json.loads((b / "summary.json").read_text())
    for key in ("inputs", "totals", "skipped_inputs", "cross_file_duplicates"):
        if sa.get(key) != sb.get(key):
            diffs.append(f"summary.json {key} differs")
    for key in ("articles_in", "stories", "copies", "relations"):
        if sa["dedup"].get(key) != sb["dedup"].get(key):
            diffs.append(f"summary.json dedup.{key} differs")
    return diffs
