"""Article-extraction benchmark: quality (F1/P/R/accuracy) and whole-run throughput.

    python benchmarks/extraction.py [--runs 3] [--only warctools,trafilatura,...] [--direct]

Builds a WARC (one gzip member per record) of the benchmark pages as HTTP 200 responses
(URLs from ground-truth.json, bodies as the UTF-8 files hold them), then runs each
extractor as its own subprocess over that WARC, timing the whole run (interpreter
start-up, imports and WARC reading included; median of ``--runs``):

* ``warctools``: ``python -m warctools extract WARC -o OUT --jobs 1``, texts read back
  from ``OUT/articles/`` by URL (pages it classifies as non-articles count as empty);
* ``warctools-direct`` (``--direct``): warcio + ``warctools.extract.extract`` in a loop;
* ``trafilatura``: warcio + ``trafilatura.bare_extraction(html, url=..., with_metadata=True)``;
* ``resiliparse``: warcio + ``extract_plain_text(tree, main_content=True)``;
* ``readability``: warcio + readability-lxml ``Document.summary()`` as text.

``--halves`` also scores two fixed halves of the pages (split by the SHA-1 of the URL, so
the split never depends on the extractors): a rule tuned on one half that does not help
the other is suspect. Scoring is in ``_score.py`` (4-token shingles, macro P/R, F1 of
the means; accuracy is the share of pages whose token list equals the ground truth's).
The benchmark lives in
``../shared/datasets/article-extraction-benchmark`` beside the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BENCH = REPO.parent / "shared" / "datasets" / "article-extraction-benchmark"
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(REPO))

from _score import load_benchmark, score_pages  # noqa: E402

ENGINES = ("warctools", "warctools-direct", "trafilatura", "resiliparse", "readability")


def build_warc(path: Path) -> dict[str, str]:
    """Write the benchmark as a WARC of HTTP responses; return {url: expected body}."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    expected: dict[str, str] = {}
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for _key, url, html, body in load_benchmark(BENCH):
            payload = html.encode("utf-8")
            headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html; charset=utf-8"),
                 ("Content-Length", str(len(payload)))],
                protocol="HTTP/1.1",
            )  # fmt: skip
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), http_headers=headers
            )
            writer.write_record(record)
            expected[url] = body
    return expected


# ---- workers: each runs in its own interpreter, imports included in its time ----------


def _iter_warc(warc: str):  # noqa: ANN202
    from warcio.archiveiterator import ArchiveIterator

    with open(warc, "rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type == "response":
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield url, record.content_stream().read().decode("utf-8", "replace")


def _worker(engine: str, warc: str, out: str) -> None:
    texts: dict[str, str] = {}
    if engine == "warctools-direct":
        from warctools.extract import extract

        for url, html in _iter_warc(warc):
            texts[url] = extract(html, url).text
    elif engine == "trafilatura":
        import trafilatura

        for url, html in _iter_warc(warc):
            doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
            text = getattr(doc, "text", None) if doc is not None else None
            texts[url] = text or (doc.get("text") if isinstance(doc, dict) else "") or ""
    elif engine == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        for url, html in _iter_warc(warc):
            texts[url] = extract_plain_text(HTMLTree.parse(html), main_content=True)
    elif engine == "readability":
        import lxml.html
        from readability import Document

        for url, html in _iter_warc(warc):
            try:
                summary = Document(html).summary(html_partial=True)
                texts[url] = lxml.html.fromstring(summary).text_content()
            except Exception:  # noqa: BLE001 - count a failure as an empty page
                texts[url] = ""
    else:
        raise SystemExit(f"unknown engine {engine!r}")
    Path(out).write_text(json.dumps(texts), encoding="utf-8")


# ---- driver -------------------------------------------------------------------------------


def _read_cli_output(out: Path) -> dict[str, str]:
    import pyarrow.parquet as pq

    files = sorted((out / "articles").rglob("*.parquet"))
    texts: dict[str, str] = {}
    for file in files:
        table = pq.read_table(file, columns=["url", "text"])
        for url, text in zip(table.column("url").to_pylist(), table.column("text").to_pylist(),
                             strict=True):  # fmt: skip
            texts[url] = text or ""
    return texts


def _run_once(engine: str, warc: Path, work: Path) -> tuple[float, dict[str, str]]:
    if engine == "warctools":
        out = work / "cli-out"
        shutil.rmtree(out, ignore_errors=True)
        cmd = [sys.executable, "-m", "warctools", "extract", str(warc), "-o", str(out),
               "--jobs", "1", "-q"]  # fmt: skip
    else:
        out = work / f"{engine}.json"
        cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", engine, str(warc),
               str(out)]  # fmt: skip
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0,):
        raise RuntimeError(f"{engine} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    if engine == "warctools":
        return elapsed, _read_cli_output(out)
    return elapsed, json.loads(out.read_text(encoding="utf-8"))


def _available(engine: str) -> bool:
    module = {"trafilatura": "trafilatura", "resiliparse": "resiliparse",
              "readability": "readability"}.get(engine)  # fmt: skip
    if module is None:
        return True
    import importlib.util

    return importlib.util.find_spec(module) is not None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per engine (median)")
    parser.add_argument("--only", default="", help="comma-separated engines to run")
    parser.add_argument("--direct", action="store_true", help="also run warctools-direct")
    parser.add_argument("--halves", action="store_true", help="also score two fixed halves")
    parser.add_argument("--worker", nargs=3, metavar=("ENGINE", "WARC", "OUT"),
                        help=argparse.SUPPRESS)  # fmt: skip
    args = parser.parse_args(argv)
    if args.worker:
        _worker(*args.worker)
        return 0
    if not BENCH.exists():
        print(f"benchmark data not found at {BENCH}\n(expected ../shared/datasets/"
              "article-extraction-benchmark beside the repository)", file=sys.stderr)  # fmt: skip
        return 2
    engines = [e for e in args.only.split(",") if e] or [
        e for e in ENGINES if e != "warctools-direct" or args.direct
    ]
    with tempfile.TemporaryDirectory(prefix="warctools-bench-") as tmp:
        work = Path(tmp)
        warc = work / "benchmark.warc.gz"
        expected = build_warc(warc)
        print(f"{len(expected)} pages, WARC {warc.stat().st_size / 1e6:.1f} MB, "
              f"{args.runs} runs per engine (median wall time, whole process)\n")  # fmt: skip
        rows, halves = [], []
        split = _halves(expected)
        for engine in engines:
            if not _available(engine):
                print(f"skipping {engine}: not installed", file=sys.stderr)
                continue
            times, texts = [], {}
            for _ in range(args.runs):
                elapsed, texts = _run_once(engine, warc, work)
                times.append(elapsed)
            scores = score_pages(texts, expected)
            rows.append((engine, scores, statistics.median(times)))
            halves.append((engine, [score_pages(texts, part) for part in split]))
        _print_table(rows, len(expected))
        if args.halves:
            _print_halves(halves, split)
    return 0


def half_of(url: str) -> int:
    """0 or 1: a fixed split of the benchmark pages by the SHA-1 of their URL."""
    return hashlib.sha1(url.encode("utf-8")).digest()[-1] & 1


def _halves(expected: dict[str, str]) -> list[dict[str, str]]:
    return [{u: b for u, b in expected.items() if half_of(u) == h} for h in (0, 1)]


def _print_halves(halves: list, split: list[dict[str, str]]) -> None:
    print(f"\n{'engine':<18}" + "".join(f"{f'half {h} F1 (P/R), {len(p)} pages':>34}"
                                       for h, p in enumerate(split)))  # fmt: skip
    for engine, parts in halves:
        cells = "".join(f"{f'{s.f1:.3f} ({s.precision:.3f}/{s.recall:.3f})':>34}" for s in parts)
        print(f"{engine:<18}{cells}")


def _print_table(rows: list, pages: int) -> None:
    base = next((t for e, _, t in rows if e == "trafilatura"), None)
    print(f"{'engine':<18}{'F1':>7}{'P':>7}{'R':>7}{'acc':>7}{'time s':>9}{'pages/s':>9}"
          f"{'vs traf.':>10}")  # fmt: skip
    for engine, s, t in rows:
        ratio = f"{base / t:.2f}x" if base else "-"
        print(f"{engine:<18}{s.f1:7.3f}{s.precision:7.3f}{s.recall:7.3f}{s.accuracy:7.3f}"
              f"{t:9.2f}{pages / t:9.1f}{ratio:>10}")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
