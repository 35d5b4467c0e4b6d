"""Robustness figures: real malformed samples, mutation fuzzing, hostile payloads, kill -9.

    python benchmarks/robustness.py                      # 10,000 fuzz cases, 10 kill trials
    python benchmarks/robustness.py --fuzz-cases 500 --kill-trials 2 --copies 10   # quick
    python benchmarks/robustness.py --skip fuzz --skip samples --skip hostile --skip kill
                                                         # only the machine-fault cases

Prints one markdown table per goal (see docs/robustness.md); ``--json PATH`` also writes
the figures. The harnesses live in tests/support/ so CI runs the same code
on fewer cases.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import psutil  # noqa: E402

from tests.support.crash import (  # noqa: E402
    compare_runs,
    kill_trial,
    make_inputs,
    random_kill_times,
    run_to_end,
)
from tests.support.fuzz import KINDS, run_cases  # noqa: E402
from tests.support.hostile import BUILDERS, EXPECTED  # noqa: E402
from tests.support.malformed import sample_rows  # noqa: E402


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- 1. real malformed samples ------------------------------------------------------------
def samples_section(root: Path, work: Path) -> dict[str, Any]:
    rows = sample_rows(root)
    out = work / "samples-out"
    proc = subprocess.run([sys.executable, "-m", "warctools", "extract", str(root), "-o",
                           str(out), "-q", "--jobs", "2"], capture_output=True, text=True)
    summary = json.loads((out / "summary.json").read_text())
    by_name = {str(Path(s["name"]).relative_to(root)): s for s in summary["inputs"]}
    table = []
    unaccounted = 0
    for r in rows:
        s = by_name[r.path]
        accounted = s["records"] == s["articles"] + sum(s["skipped"].values()) + s["errors"]
        unaccounted += not accounted
        fault = (f"{r.before_fault_recovered}/{r.before_fault}" if r.warcio_error else "-")
        table.append([r.path, r.read, r.warcio, r.fastwarc, r.fastwarc_quirks,
                      s["articles"], sum(s["skipped"].values()), s["errors"], s["error_rows"],
                      "yes" if accounted else "NO", fault, r.truncated])
    print("## Real malformed inputs (../shared/datasets/warc-samples)\n")
    print(_table(["file", "read", "warcio", "fastwarc", "fw quirks", "articles", "skipped",
                  "errors", "error rows", "read = a+s+e", "before warcio's fault",
                  "truncated"], table))
    figures = {
        "files": len(rows),
        "exit_code": proc.returncode,
        "tracebacks": proc.stderr.count("Traceback") + sum(r.internal_errors for r in rows),
        "files_unaccounted": unaccounted,
        "files_fewer_than_warcio_or_fastwarc": sum(
            r.read < max(r.warcio, r.fastwarc, r.fastwarc_quirks) for r in rows),
        "warcio_rejected_files": sum(bool(r.warcio_error) for r in rows),
        "records_before_warcio_fault": sum(r.before_fault for r in rows),
        "records_before_warcio_fault_recovered": sum(r.before_fault_recovered for r in rows),
        "truncated_captures": sum(r.truncated for r in rows),
    }
    print("\n" + _table(["figure", "value"], [[k, v] for k, v in figures.items()]) + "\n")
    return figures


# -- 2. mutation fuzzing ------------------------------------------------------------------
def fuzz_section(cases: int, work: Path) -> dict[str, Any]:
    per: dict[str, Counter[str]] = defaultdict(Counter)
    slowest = 0.0
    failures: list[str] = []
    started = time.perf_counter()
    for case, res in run_cases(range(cases), work):
        c = per[f"{res.kind} ({res.mode})"]
        c["cases"] += 1
        c["damaged"] += res.damaged
        c["compared"] += res.compared
        c["exceptions"] += res.exception is not None
        c["hangs"] += res.hang
        c["oracle_failures"] += bool(res.problems)
        slowest = max(slowest, res.seconds)
        if (res.problems or res.exception or res.hang) and len(failures) < 20:
            failures.append(f"seed {case.seed} {case.kind}/{case.mode}: "
                            f"{res.exception or res.problems[:1]}")
    seconds = time.perf_counter() - started
    cols = ["cases", "damaged", "compared", "exceptions", "hangs", "oracle_failures"]
    rows = [[k] + [per[k][c] for c in cols] for k in sorted(per)]
    total = {c: sum(per[k][c] for k in per) for c in cols}
    print(f"## Mutation fuzzing ({cases} cases over samples/, kinds: {', '.join(KINDS)})\n")
    print(_table(["mutation (file)"] + cols, rows + [["**total**"] + list(total.values())]))
    figures = {**total, "slowest_case_s": round(slowest, 3), "seconds": round(seconds, 1),
               "peak_rss_mb": round(_peak_rss_mb(), 1)}
    print("\n" + _table(["figure", "value"], [[k, v] for k, v in figures.items()]) + "\n")
    for f in failures:
        print("-", f)
    return figures


# -- 3. hostile payloads ------------------------------------------------------------------
def _run_measured(cmd: list[str]) -> tuple[int, float, float]:
    """(exit code, seconds, peak RSS in MB of the process tree)."""
    started = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        try:
            procs = [proc, *proc.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in procs))
        except psutil.Error:
            pass
        time.sleep(0.02)
    return proc.returncode, time.perf_counter() - started, peak / 2**20


def hostile_section(work: Path) -> dict[str, Any]:
    import polars as pl

    rows = []
    worst_s = worst_mb = 0.0
    for name, build in BUILDERS.items():
        src = work / "hostile" / f"{name}.warc"
        src.parent.mkdir(parents=True, exist_ok=True)
        src.write_bytes(build())
        out = work / "hostile-out" / name
        code, secs, mb = _run_measured([sys.executable, "-m", "warctools", "extract", str(src),
                                        "-o", str(out), "-q", "--jobs", "1"])
        s = json.loads((out / "summary.json").read_text())["inputs"][0]
        errors = pl.read_parquet(out / "errors" / "*.parquet")
        reasons = sorted(set(errors["reason"].to_list()))
        outcome = (f"{s['articles']} articles, skipped {s['skipped'] or '-'}, "
                   f"{s['errors']} errors")
        ok = code == 0 and (not EXPECTED[name].startswith("error:")
                            or EXPECTED[name].removeprefix("error:") in reasons)
        worst_s, worst_mb = max(worst_s, secs), max(worst_mb, mb)
        rows.append([name, f"{src.stat().st_size:,}", code, f"{secs:.2f}", f"{mb:.0f}",
                     ", ".join(reasons) or "-", outcome, "yes" if ok else "NO"])
    print("## Hostile payloads (one subprocess each: whole `warctools extract` run)\n")
    print(_table(["payload", "file bytes", "exit", "seconds", "peak RSS MB", "errors/ reasons",
                  "records (hostile + 1 normal)", "as expected"], rows) + "\n")
    return {"payloads": len(rows), "all_as_expected": all(r[-1] == "yes" for r in rows),
            "slowest_s": round(worst_s, 2), "peak_rss_mb": round(worst_mb, 1)}


# -- 4. kill -9 and --resume --------------------------------------------------------------
def kill_section(trials: int, copies: int, work: Path) -> dict[str, Any]:
    inputs = work / "crash-in"
    files = make_inputs(inputs, copies)
    clean = work / "crash-clean"
    seconds = run_to_end(inputs, clean)
    rows, failed = [], 0
    for i, after in enumerate(random_kill_times(trials, seconds, seed=2024)):
        out = work / f"crash-{i}"
        t = kill_trial(inputs, out, after)
        t.differences = compare_runs(clean, out)
        failed += bool(t.bad_files or t.differences)
        rows.append([i, f"{after:.2f}", t.phase, t.polls, t.parquet_seen, len(t.bad_files),
                     "; ".join(t.differences) or "identical"])
        shutil.rmtree(out, ignore_errors=True)
    print(f"## kill -9 during `warctools run` ({len(files)} input files, clean run "
          f"{seconds:.1f} s), then `--resume`\n")
    print(_table(["trial", "killed at s", "phase", "polls", "parquet files seen",
                  "unreadable parquet", "resumed vs clean run"], rows) + "\n")
    return {"trials": trials, "input_files": len(files), "clean_run_s": round(seconds, 1),
            "failed_trials": failed, "phases": dict(Counter(r[2] for r in rows))}


# -- 5. every storage operation failing once (ENOSPC / EIO), then --resume ---------------
def faults_section(work: Path) -> dict[str, Any]:
    report = work / "faults.json"
    env = {**os.environ, "WARCTOOLS_ALL_FAULTS": "1",
           "WARCTOOLS_FAULT_REPORT": str(report)}
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                    str(REPO / "tests" / "pipeline" / "test_machine_faults.py"),
                    "-k", "every_write"],
                   env=env, cwd=REPO, capture_output=True, text=True)
    data = json.loads(report.read_text())
    print("## Every write, fsync, rename or mkdir of `warctools run` on samples/ failing once\n")
    print(_table(["operations in a run", "cases", "failed cases", "seconds"],
                 [[data["operations"], data["cases"], len(data["failures"]),
                   f"{time.perf_counter() - t0:.0f}"]]) + "\n")
    for failure in data["failures"]:
        print(f"- case {failure[0]}: exit {failure[1]}: {failure[2]}")
    return {"operations": data["operations"], "cases": data["cases"],
            "failed_cases": len(data["failures"])}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fuzz-cases", type=int, default=10_000)
    ap.add_argument("--kill-trials", type=int, default=10)
    ap.add_argument("--copies", type=int, default=30, help="sample copies for the kill runs")
    ap.add_argument("--samples", type=Path,
                    default=REPO.parent / "shared" / "datasets" / "warc-samples")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--skip", action="append", default=[],
                    choices=["samples", "fuzz", "hostile", "kill", "faults"])
    args = ap.parse_args()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="warctools-robustness-") as tmp:
        work = Path(tmp)
        if "fuzz" not in args.skip:
            (work / "fuzz").mkdir()
            results["fuzz"] = fuzz_section(args.fuzz_cases, work / "fuzz")
        if "samples" not in args.skip and args.samples.exists():
            results["samples"] = samples_section(args.samples, work)
        if "hostile" not in args.skip:
            results["hostile"] = hostile_section(work)
        if "kill" not in args.skip:
            results["kill"] = kill_section(args.kill_trials, args.copies, work)
        if "faults" not in args.skip:
            results["faults"] = faults_section(work)
    print("## Summary\n")
    print(_table(["goal", "figures"], [[k, json.dumps(v)] for k, v in results.items()]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str))
    bad = (results.get("fuzz", {}).get("exceptions", 0) + results.get("fuzz", {}).get("hangs", 0)
           + results.get("fuzz", {}).get("oracle_failures", 0)
           + results.get("kill", {}).get("failed_trials", 0)
           + results.get("faults", {}).get("failed_cases", 0)
           + results.get("samples", {}).get("tracebacks", 0)
           + (0 if results.get("hostile", {}).get("all_as_expected", True) else 1))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
