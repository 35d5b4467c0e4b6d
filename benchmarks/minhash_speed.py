"""MinHash signature throughput, one process, one thread: warctools vs rensa vs datasketch.

Same texts (the article bodies of ../shared/datasets/article-extraction-benchmark, cycled
to ``--docs`` documents and made distinct; synthetic 500-word texts when absent), 128
permutations, and, row by row, the same input handed to every tool:

* ``shingle lists`` (the fair comparison): every tool gets the same Python list of
  shingle strings per document (``warctools.dedup.shingles``: 5-word shingles of the
  normalised text). warctools: ``signatures_from_shingles`` (hashes every string with
  ``shingle_hash``, 8 bytes at a time where CPython keeps it; signatures bit-identical to
  datasketch ``affine32``); rensa 0.5:
  ``RMinHash.update(list)`` per document and ``RMinHash.digest_matrix_from_token_sets``
  (it hashes each string's UTF-8 bytes with FxHash, then its R-MinHash sketch: Fast
  Similarity Sketching, O(tokens + num_perm), not datasketch-compatible); datasketch:
  the usual ``MinHash(num_perm=128)`` + ``update_batch([s.encode() ...])`` (SHA-1).
* ``shingle lists, shuffled``: the same lists in random order (the string objects are
  then visited out of allocation order, so no tool gets cache-friendly memory order).
* ``pre-hashed``: the same 32-bit ``shingle_hash`` values as one flat array + offsets:
  warctools ``signatures_from_hashes``; rensa ``digest_matrix_from_flat_token_hashes``
  (uint64 of the same values); datasketch ``MinHash(hashfunc=int)`` + ``update_batch``.
* ``text``: article text in, signature out, each tool's own way: warctools folds the text
  in Python and tokenises/shingles/hashes in its kernel; rensa and datasketch get
  ``shingles(text)`` built in Python (they have no tokeniser of their own).
* ``text, full dedup sketch``: what the dedup stage computes per document (signature plus
  sorted distinct shingle set, text hash, LSH band keys, containment anchors).

Every round runs every tool once (so machine load hits all alike); the table gives the
median over ``--runs`` rounds. rensa's row is the faster of its two APIs.

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

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
GROUND_TRUTH = REPO.parent / "shared" / "datasets" / "article-extraction-benchmark" / \
    "ground-truth.json"

from benchmarks.minhash_lists import signatures_from_hashes, signatures_from_shingles  # noqa: E402
from warctools.dedup.minhash import signatures, sketch_prepared  # noqa: E402
from warctools.dedup.shingles import fold_text, shingle_hash, shingles  # noqa: E402

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


def _fmt(v: float | None, width: int) -> str:
    return f"{v:{width},.0f}" if v else f"{'-':>{width}}"


def _ratio(ours: float | None, other: float | None, width: int) -> str:
    return f"{'x' + format(ours / other, '.2f'):>{width}}" if ours and other else \
        f"{'-':>{width}}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--datasketch-docs", type=int, default=200,
                    help="datasketch is slow: time it on this many documents")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    texts, source = load_texts(args.docs)
    lists = [shingles(t) for t in texts]
    shuffled = [random.Random(i).sample(x, len(x)) for i, x in enumerate(lists)]
    flat32 = np.array([shingle_hash(s) for x in lists for s in x], dtype=np.uint32)
    offsets = np.zeros(len(lists) + 1, dtype=np.int64)
    np.cumsum([len(x) for x in lists], out=offsets[1:])
    flat64, offsets_u = flat32.astype(np.uint64), offsets.astype(np.uint64)
    words = sum(len(x) + 4 for x in lists) / len(lists)
    n, sub = len(texts), min(args.datasketch_docs, len(texts))

    # warm-up: compile / load the kernels, and check they agree with datasketch
    from datasketch import MinHash

    check = signatures_from_shingles(lists[:3])
    ref = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32", hashfunc=shingle_hash)
    ref.update_batch(lists[0])
    assert (check[0] == ref.hashvalues).all()
    assert (signatures_from_hashes(flat32, offsets)[:3] == check).all()
    assert (signatures([fold_text(t) for t in texts[:3]]) == check).all()
    sketch_prepared([fold_text(texts[0])], bands=14, rows=9)

    def ds(items_of: Callable[[int], list], hashfunc: Callable | None = None) -> object:
        out = []
        for i in range(sub):
            m = MinHash(num_perm=NUM_PERM, seed=SEED) if hashfunc is None else \
                MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=hashfunc)
            m.update_batch(items_of(i))
            out.append(m.digest())
        return out

    # (row, tool) -> (callable, documents it processes)
    cases: dict[tuple[str, str], tuple[Callable[[], object], int]] = {
        ("shingle lists", "warctools"): (lambda: signatures_from_shingles(lists), n),
        ("shingle lists", "datasketch"): (
            lambda: ds(lambda i: [s.encode("utf-8") for s in lists[i]]), sub),
        ("shingle lists, shuffled", "warctools"): (
            lambda: signatures_from_shingles(shuffled), n),
        ("pre-hashed", "warctools"): (lambda: signatures_from_hashes(flat32, offsets), n),
        ("pre-hashed", "datasketch"): (
            lambda: ds(lambda i: flat32[offsets[i]:offsets[i + 1]].tolist(), int), sub),
        ("text", "warctools"): (
            lambda: signatures([fold_text(t) for t in texts]), n),
        ("text", "datasketch"): (
            lambda: ds(lambda i: [s.encode("utf-8") for s in shingles(texts[i])]), sub),
        ("text, full dedup sketch", "warctools"): (
            lambda: sketch_prepared([fold_text(t) for t in texts], bands=14, rows=9), n),
    }
    try:
        from rensa import RMinHash
    except ImportError:
        print("rensa not installed (pip install rensa): skipped", file=sys.stderr)
    else:
        def rensa_loop(docs: list[list[str]] | None) -> object:
            out = []
            for i in range(n):
                m = RMinHash(num_perm=NUM_PERM, seed=SEED)
                m.update(shingles(texts[i]) if docs is None else docs[i])
                out.append(m.digest())
            return out

        def matrix(docs: list[list[str]]) -> object:
            return RMinHash.digest_matrix_from_token_sets(docs, num_perm=NUM_PERM, seed=SEED)

        cases.update({
            ("shingle lists", "rensa update"): (lambda: rensa_loop(lists), n),
            ("shingle lists", "rensa matrix"): (lambda: matrix(lists), n),
            ("shingle lists, shuffled", "rensa update"): (lambda: rensa_loop(shuffled), n),
            ("shingle lists, shuffled", "rensa matrix"): (lambda: matrix(shuffled), n),
            ("pre-hashed", "rensa matrix"): (
                lambda: RMinHash.digest_matrix_from_flat_token_hashes(
                    flat64, offsets_u, num_perm=NUM_PERM, seed=SEED), n),
            ("text", "rensa update"): (lambda: rensa_loop(None), n),
        })

    times: dict[tuple[str, str], list[float]] = {k: [] for k in cases}
    for _ in range(args.runs):
        for key, (fn, _docs) in cases.items():
            start = time.process_time()  # CPU seconds: the box is shared
            fn()
            times[key].append(time.process_time() - start)
    rate = {k: cases[k][1] / statistics.median(v) for k, v in times.items()}

    print(f"texts: {source}; {n} documents ({sub} for datasketch), {words:.0f} words each "
          f"on average; num_perm={NUM_PERM}; one process, one thread, CPU time; median of "
          f"{args.runs} rounds\n")
    header = (f"{'input (same for every tool)':26} {'warctools':>10} {'rensa':>10} "
              f"{'datasketch':>11} {'vs rensa':>9} {'vs datasketch':>14}")
    print(header)
    print("-" * len(header))
    rows = ["shingle lists", "shingle lists, shuffled", "pre-hashed", "text",
            "text, full dedup sketch"]
    table = []
    for row in rows:
        ours = rate.get((row, "warctools"))
        rensa = max((v for (r, t), v in rate.items() if r == row and t.startswith("rensa")),
                    default=None)
        dsk = rate.get((row, "datasketch"))
        if row == "text, full dedup sketch":
            rensa, dsk = rate.get(("text", "rensa update")), rate.get(("text", "datasketch"))

        print(f"{row:26} {_fmt(ours, 10)} {_fmt(rensa, 10)} {_fmt(dsk, 11)} "
              f"{_ratio(ours, rensa, 9)} {_ratio(ours, dsk, 14)}")
        table.append({"input": row, "warctools": ours, "rensa": rensa, "datasketch": dsk})
    print("\ndocs/s per tool and API:")
    for (row, tool), v in rate.items():
        print(f"  {row:26} {tool:14} {v:12,.0f}")
    if args.json:
        args.json.write_text(json.dumps({"table": table, "rates": {
            f"{r} | {t}": v for (r, t), v in rate.items()}}, indent=2))


if __name__ == "__main__":
    main()
