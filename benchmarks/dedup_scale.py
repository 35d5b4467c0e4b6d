"""Scale benchmark: N synthetic 500-word documents through the real ``warctools dedup``.

Words are drawn from a Zipfian vocabulary (50,000 words, exponent 1.1). Planted pairs: a
copy with a contiguous block of words replaced so that its 5-shingle Jaccard with the
original is 0.5, 0.7, 0.8, 0.9, 0.95 or 1.0, and trimmed copies (the first 60% of the
words). ``warctools dedup`` runs as a subprocess under ``/usr/bin/time -v``; the tree's
total RSS is also sampled from /proc every 0.2 s (the workers of ``-j 2`` are separate
processes). Reports time, peak RSS, the merge rate per bucket and false merges.

    python benchmarks/dedup_scale.py --n 100000
    python benchmarks/dedup_scale.py            # 1,000,000 documents
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from warctools.schema import arrow_schema  # noqa: E402

BUCKETS = (0.5, 0.7, 0.8, 0.9, 0.95, 1.0)
K = 5


def vocabulary(n: int, rng: np.random.Generator) -> np.ndarray:
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    lengths = rng.integers(2, 11, size=n * 2)
    words = {"".join(rng.choice(letters, size=int(length))) for length in lengths}
    return np.array(sorted(words)[:n], dtype=object)


def replace_block(words: list[str], jaccard: float, rng: random.Random,
                  vocab: np.ndarray) -> list[str]:
    """Copy of ``words`` whose shingle Jaccard with them is about ``jaccard``."""
    if jaccard >= 1.0:
        return list(words)
    n_sh = len(words) - K + 1
    shared = round(2 * n_sh * jaccard / (1 + jaccard))
    # replacing L contiguous words destroys L + K - 1 shingles
    length = max(1, n_sh - shared - (K - 1))
    start = rng.randrange(0, len(words) - length)
    fresh = [f"{vocab[rng.randrange(len(vocab))]}q{rng.randrange(10**6)}" for _ in range(length)]
    return words[:start] + fresh + words[start + length:]


def generate(n: int, words: int, vocab_size: int, pairs: int, folder: Path,
             seed: int) -> pl.DataFrame:
    """Write ``folder/articles/part-*.parquet``; returns the planted groups (id, group, kind)."""
    rng = np.random.default_rng(seed)
    prng = random.Random(seed)
    vocab = vocabulary(vocab_size, rng)
    p = 1.0 / np.arange(1, vocab_size + 1) ** 1.1
    p /= p.sum()
    schema = arrow_schema("article")
    target = folder / "articles"
    target.mkdir(parents=True, exist_ok=True)
    kinds = [f"j{b}" for b in BUCKETS] + ["trim"]
    n_planted = pairs * len(kinds)
    n_base = n - n_planted
    base_of = prng.sample(range(n_base), n_planted)  # distinct originals
    planted: list[tuple[str, str, str]] = []
    copies: dict[int, list[tuple[int, str]]] = {}
    for j, b in enumerate(base_of):
        copies.setdefault(b, []).append((n_base + j, kinds[j // pairs]))
    pending: list[tuple[int, list[str], str]] = []
    chunk = 20_000
    writer = None
    for start in range(0, n_base, chunk):
        m = min(chunk, n_base - start)
        idx = rng.choice(vocab_size, size=(m, words), p=p)
        texts = [vocab[row].tolist() for row in idx]
        for i, toks in enumerate(texts):
            for copy_idx, kind in copies.get(start + i, []):
                if kind == "trim":
                    new = toks[: int(len(toks) * 0.6)]
                else:
                    new = replace_block(toks, float(kind[1:]), prng, vocab)
                pending.append((copy_idx, new, kind))
                planted.append((f"d{start + i:08d}", f"g{start + i}", "orig"))
                planted.append((f"d{copy_idx:08d}", f"g{start + i}", kind))
        rows = [(f"d{start + i:08d}", " ".join(t)) for i, t in enumerate(texts)]
        writer = _write(writer, target, schema, rows)
    rows = [(f"d{c:08d}", " ".join(t)) for c, t, _ in sorted(pending)]
    writer = _write(writer, target, schema, rows)
    if writer is not None:
        writer.close()
    df = pl.DataFrame(planted, schema=["id", "group", "kind"], orient="row")
    return df.unique(subset=["id"], keep="first", maintain_order=True)


def _write(writer: pq.ParquetWriter | None, target: Path, schema: pa.Schema,
           rows: list[tuple[str, str]]) -> pq.ParquetWriter:
    n = len(rows)
    cols = {
        "id": [r[0] for r in rows], "text": [r[1] for r in rows],
        "url": [f"https://site{i % 97}.example/{r[0]}" for i, r in enumerate(rows)],
        "host": [f"site{i % 97}.example" for i in range(n)],
        "word_count": [r[1].count(" ") + 1 for r in rows], "page_type": ["article"] * n,
        "truncated": [False] * n, "warc_filename": ["synthetic.warc.gz"] * n,
        "warc_offset": list(range(n)), "warc_length": [1] * n,
    }
    arrays = [pa.array(cols[f.name], f.type) if f.name in cols else pa.nulls(n, f.type)
              for f in schema]
    table = pa.Table.from_arrays(arrays, schema=schema)
    if writer is None:
        writer = pq.ParquetWriter(target / "part-0000.parquet", schema, compression="zstd")
    writer.write_table(table, row_group_size=10_000)
    return writer


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_dedup(data: Path, out: Path, jobs: int, extra: tuple[str, ...] = ()) -> dict[str, float]:
    cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "warctools", "dedup", str(data), "-o",
           str(out), "-j", str(jobs), "--overwrite", *extra]
    peak = [0]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, stderr=subprocess.PIPE, text=True)

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            time.sleep(0.2)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    _, err = proc.communicate()
    thread.join()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"warctools dedup failed ({proc.returncode}):\n{err[-3000:]}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    return {"wall_s": round(wall, 1), "max_rss_single_process_gb":
            round(int(m.group(1)) / 2**20, 2) if m else float("nan"),
            "peak_tree_rss_gb": round(peak[0] / 2**30, 2)}


def score(out: Path, planted: pl.DataFrame, n: int) -> dict[str, object]:
    cl = pl.read_parquet(out / "clusters", columns=["id", "cluster_id", "relation"])
    joined = cl.join(planted, on="id", how="left")
    by_group = joined.filter(pl.col("group").is_not_null()).group_by("group").agg(
        pl.col("cluster_id").n_unique().alias("clusters"), pl.col("kind"))
    merged = by_group.with_columns((pl.col("clusters") == 1).alias("merged")).explode("kind") \
        .filter(pl.col("kind") != "orig").group_by("kind").agg(pl.col("merged").mean()) \
        .sort("kind")
    sizes = joined.group_by("cluster_id").agg(pl.col("group").n_unique().alias("groups"),
                                              pl.col("group").null_count().alias("unplanted"),
                                              pl.len().alias("size"))
    false = sizes.filter((pl.col("size") > 1) & ((pl.col("groups") > 1) |
                                                 (pl.col("unplanted") > 0)))
    return {"merge_rate": dict(merged.iter_rows()), "false_merge_clusters": false.height,
            "relations": dict(cl.group_by("relation").len().iter_rows()), "docs": n}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--words", type=int, default=500)
    ap.add_argument("--vocab", type=int, default=50_000)
    ap.add_argument("--pairs", type=int, default=None, help="planted pairs per bucket")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/warctools-dedup-scale"))
    ap.add_argument("--keep", action="store_true", help="keep the generated data")
    ap.add_argument("--templates", choices=("on", "off", "both"), default="on",
                    help="the template stage (docs/templates.md); both: off then on, side by "
                         "side")
    args = ap.parse_args()
    pairs = args.pairs or max(20, min(1000, args.n // 1000))
    data = args.workdir / f"data-{args.n}"
    t0 = time.perf_counter()
    planted_file = data / "planted.parquet"
    if planted_file.exists():
        planted = pl.read_parquet(planted_file)
    else:
        shutil.rmtree(data, ignore_errors=True)
        planted = generate(args.n, args.words, args.vocab, pairs, data, args.seed)
        planted.write_parquet(planted_file)
    gen_s = time.perf_counter() - t0
    for mode in (("off", "on") if args.templates == "both" else (args.templates,)):
        out = args.workdir / f"out-{args.n}"
        stats = run_dedup(data, out, args.jobs, ("--no-templates",) if mode == "off" else ())
        result = {"n": args.n, "jobs": args.jobs, "templates": mode, "pairs_per_bucket": pairs,
                  "generate_s": round(gen_s, 1), **stats, **score(out, planted, args.n)}
        summary = json.loads((out / "summary.json").read_text())
        result["stage_seconds"] = summary["seconds"]
        result["candidates"] = summary["candidates"]
        print(json.dumps(result, indent=2))
        if not args.keep:
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
