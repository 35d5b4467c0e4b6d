"""MinHash signature throughput, one process: warctools vs rensa vs datasketch.

Same texts (the article bodies of ../shared/datasets/article-extraction-benchmark, cycled
to ``--docs`` documents; synthetic 500-word texts when absent), same shingles (warctools'
normalisation, 5-word shingles), 128 permutations. Two measurements per tool, median of
``--runs``:

* end to end: article text -> signature (each tool's shingling included: warctools folds
  the text in Python and tokenises/shingles/hashes in its compiled kernel; rensa and
  datasketch get the list of shingle strings built by ``warctools.dedup.shingles``);
* from prepared input: rensa and datasketch from ready shingle lists, warctools from ready
  folded texts (its kernel still tokenises and shingles them).

"warctools" is ``warctools.dedup.signatures`` (signatures only); "full dedup sketch" is
what the dedup stage computes per document: signature plus sorted distinct shingle set,
text hash, LSH band keys and containment anchors.

    python benchmarks/minhash_speed.py --docs 2000 --runs 5
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
GROUND_TRUTH = REPO.parent / "shared" / "datasets" / "article-extraction-benchmark" / \
    "ground-truth.json"

from warctools.dedup.minhash import signatures, sketch_prepared  # noqa: E402
from warctools.dedup.shingles import fold_text, shingles  # noqa: E402

NUM_PERM, SEED = 128, 1


def load_texts(n: int) -> tuple[list[str], str]:
    if GROUND_TRUTH.exists():
        data = json.loads(GROUND_TRUTH.read_text())
        bodies = [v.get("articleBody") for v in data.values() if v.get("articleBody")]
        source = f"{len(bodies)} ground-truth article bodies, cycled"
    else:
        print(f"note: {GROUND_TRUTH} absent; using synthetic texts", file=sys.stderr)
        rng = random.Random(1)
        vocab = [f"w{i}" for i in range(20000)]
        bodies = [" ".join(rng.choice(vocab) for _ in range(500)) for _ in range(200)]
        source = "synthetic 500-word texts"
    # make every document distinct so no tool benefits from caching
    texts = [f"{bodies[i % len(bodies)]} copy {i}" for i in range(n)]
    return texts, source


def timed(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--datasketch-docs", type=int, default=300,
                    help="datasketch is slow: time it on this many documents")
    args = ap.parse_args()
    texts, source = load_texts(args.docs)
    folded = [fold_text(t) for t in texts]
    shingled = [shingles(t) for t in texts]
    words = sum(len(f.split()) for f in folded) / len(folded)
    sketch_prepared(folded[:2], num_perm=NUM_PERM, seed=SEED)  # compile / load the kernel

    def ours(items: list[str], full: bool) -> object:
        if full:
            return sketch_prepared(items, num_perm=NUM_PERM, seed=SEED, bands=14, rows=9)
        return signatures(items, num_perm=NUM_PERM, seed=SEED)

    n = len(texts)
    results: dict[str, dict[str, float]] = {"warctools": {
        "end_to_end": n / timed(lambda: ours([fold_text(t) for t in texts], False), args.runs),
        "prepared": n / timed(lambda: ours(folded, False), args.runs)},
        "warctools full dedup sketch": {
        "end_to_end": n / timed(lambda: ours([fold_text(t) for t in texts], True), args.runs),
        "prepared": n / timed(lambda: ours(folded, True), args.runs)}}

    try:
        from rensa import RMinHash
    except ImportError:
        print("rensa not installed (pip install rensa): skipped", file=sys.stderr)
    else:
        def rensa_run(items: list[list[str]] | None) -> object:
            out = []
            for i, t in enumerate(texts):
                m = RMinHash(num_perm=NUM_PERM, seed=SEED)
                m.update(shingles(t) if items is None else items[i])
                out.append(m.digest())
            return out

        results["rensa RMinHash"] = {
            "end_to_end": len(texts) / timed(lambda: rensa_run(None), args.runs),
            "prepared": len(texts) / timed(lambda: rensa_run(shingled), args.runs)}

    from datasketch import MinHash

    sub = min(args.datasketch_docs, len(texts))

    def ds_run(prepared: bool) -> object:
        out = []
        for i in range(sub):
            m = MinHash(num_perm=NUM_PERM, seed=SEED)
            items = shingled[i] if prepared else shingles(texts[i])
            m.update_batch([s.encode("utf-8") for s in items])
            out.append(m.digest())
        return out

    results["datasketch MinHash.update_batch"] = {
        "end_to_end": sub / timed(lambda: ds_run(False), max(1, args.runs // 2)),
        "prepared": sub / timed(lambda: ds_run(True), max(1, args.runs // 2))}

    print(f"texts: {source}; {len(texts)} documents, {words:.0f} words each on average; "
          f"num_perm={NUM_PERM}; median of {args.runs} runs; one process\n")
    print(f"{'tool':34} {'end-to-end docs/s':>18} {'prepared docs/s':>16}")
    base = results["warctools"]
    for name, r in results.items():
        print(f"{name:34} {r['end_to_end']:18,.0f} {r['prepared']:16,.0f}")
    for name, r in results.items():
        if not name.startswith("warctools"):
            print(f"warctools / {name}: end-to-end x{base['end_to_end'] / r['end_to_end']:.1f},"
                  f" prepared x{base['prepared'] / r['prepared']:.1f}")


if __name__ == "__main__":
    main()
