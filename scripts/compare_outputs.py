#!/usr/bin/env python3
"""Byte-for-byte comparison of the datasets two code trees write on the same inputs.

    python scripts/compare_outputs.py                      # merge-base with main vs this tree
    python scripts/compare_outputs.py --before main --after HEAD
    python scripts/compare_outputs.py --before /path/to/tree --after .   # two checkouts

``--before`` / ``--after`` are git revisions (exported with ``git archive`` into a temporary
folder) or folders holding a ``warctools/`` package (a checkout, an unpacked sdist). Each
tree runs ``warctools extract`` and ``warctools run`` (extract + dedup) on ``samples/`` and on
``../shared/datasets/warc-samples`` (when present), with ``-j 2``, into the same output path
(so a path written into a file cannot differ), and every file of the two outputs is compared
by SHA-256. ``summary.json`` is compared after dropping what differs between any two runs
(timings: ``seconds`` and ``stage_seconds`` keys). Exit 0 when every output is identical,
1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED_SAMPLES = REPO.parent / "shared" / "datasets" / "warc-samples"
VERBS = ("extract", "run")
SKIP = ("_work", ".warctools.lock")
VOLATILE_KEYS = ("seconds", "stage_seconds")
"""summary.json keys whose values are wall-clock measurements."""


def export_tree(spec: str, into: Path) -> Path:
    """A folder holding the code of ``spec``: the folder itself, or the git revision
    exported there."""
    folder = Path(spec)
    if folder.is_dir() and (folder / "warctools").is_dir():
        return folder.resolve()
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", spec],
                             check=True, capture_output=True).stdout
    tar = into / "tree.tar"
    tar.write_bytes(archive)
    with tarfile.open(tar) as f:
        f.extractall(into, filter="data")
    tar.unlink()
    return into


def run_tree(tree: Path, verb: str, inputs: list[Path], out: Path, jobs: int) -> None:
    """``python -m warctools VERB INPUTS -o OUT`` with ``tree`` first on the path."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    cmd = [sys.executable, "-m", "warctools", verb, *map(str, inputs), "-o", str(out),
           "-q", "-j", str(jobs)]
    proc = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True)
    if proc.returncode not in (0, 1):  # 1: some input had errors (rows in errors/)
        raise SystemExit(f"{tree}: {' '.join(cmd)} exited {proc.returncode}\n{proc.stderr}")


def _drop_volatile(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _drop_volatile(v) for k, v in data.items() if k not in VOLATILE_KEYS}
    if isinstance(data, list):
        return [_drop_volatile(v) for v in data]
    return data


def digests(folder: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file of an output (summary.json normalised)."""
    out: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if not path.is_file() or rel.split("/")[0] in SKIP:
            continue
        data = path.read_bytes()
        if rel == "summary.json":
            text = json.dumps(_drop_volatile(json.loads(data)), sort_keys=True)
            data = text.encode("utf-8")
        out[rel] = hashlib.sha256(data).hexdigest()
    return out


def compare(before: dict[str, str], after: dict[str, str]) -> list[str]:
    lines = [f"only before: {p}" for p in sorted(before.keys() - after.keys())]
    lines += [f"only after: {p}" for p in sorted(after.keys() - before.keys())]
    lines += [f"differs: {p}" for p in sorted(before.keys() & after.keys())
              if before[p] != after[p]]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=None,
                        help="git revision or folder (default: the merge-base of main and HEAD)")
    parser.add_argument("--after", default=str(REPO), help="git revision or folder (this tree)")
    parser.add_argument("--jobs", "-j", type=int, default=2)
    parser.add_argument("--keep", type=Path, default=None,
                        help="keep the outputs here (before/ and after/ per input set)")
    args = parser.parse_args(argv)
    if args.before is None:
        args.before = subprocess.run(["git", "-C", str(REPO), "merge-base", "main", "HEAD"],
                                     check=True, capture_output=True, text=True).stdout.strip()

    input_sets = {"samples": [REPO / "samples"]}
    if SHARED_SAMPLES.is_dir():
        input_sets["warc-samples"] = [SHARED_SAMPLES]
    else:
        print(f"note: {SHARED_SAMPLES} is absent; comparing samples/ only")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="wt-compare-") as tmp:
        root = Path(tmp)
        trees = {side: export_tree(spec, root / f"tree-{side}")
                 for side, spec in (("before", args.before), ("after", args.after))}
        print(f"before: {args.before} ({trees['before']})\nafter:  {args.after} "
              f"({trees['after']})\n")
        print("| inputs | verb | files | identical |")
        print("|---|---|---|---|")
        for name, inputs in input_sets.items():
            for verb in VERBS:
                out = root / "out" / name / verb  # one path for both, renamed after each
                results: dict[str, dict[str, str]] = {}
                for side, tree in trees.items():
                    run_tree(tree, verb, inputs, out, args.jobs)
                    kept = root / "kept" / name / verb / side
                    kept.parent.mkdir(parents=True, exist_ok=True)
                    out.rename(kept)
                    results[side] = digests(kept)
                diffs = compare(results["before"], results["after"])
                failed += bool(diffs)
                print(f"| {name} | {verb} | {len(results['after'])} | "
                      f"{'yes' if not diffs else 'NO'} |")
                for line in diffs:
                    print(f"  {line}")
        if args.keep is not None:
            shutil.copytree(root / "kept", args.keep, dirs_exist_ok=True)
    print("\nall identical" if not failed else f"\n{failed} output(s) differ")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
