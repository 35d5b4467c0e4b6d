"""Throughput side by side on one CPU: reader, whole extraction, MinHash.

    python benchmarks/throughput.py [--mb 40] [--runs 3] [--cpu 0]
        [--only reader,extract,minhash] [--against OTHER_CHECKOUT] [--profile]

Builds a gzip-per-record WARC (one ``warcinfo``, then one HTTP 200 ``response`` record per
page, with block and payload digests as Common Crawl writes them) from the HTML of the
three shared dev sets (``../shared/datasets``: article-extraction-benchmark,
labelled-web-pages, readability-test-pages; 1,111 pages, their bytes as stored), repeated
with distinct URLs until the file holds ``--mb`` MB, then runs each tool in its own
interpreter pinned to one CPU (``taskset -c CPU``), every round running every tool once
(so load on the machine hits all alike), and prints medians of ``--runs`` rounds. Times
are CPU seconds (user + system) of the process, not wall time: the development box is
shared, and a process that waits for the CPU is not slower.

* reader (the loop, imports excluded): ``warctools.readers.iter_records`` (every outcome;
  a capture's ``body`` read, and, in the ``+html`` row, its ``html``, which is decoded on
  first read) vs FastWARC 2.0 (``ArchiveIterator``, ``parse_http=True``,
  ``auto_decode="all"``, every record's payload read) vs warcio (``ArchiveIterator``,
  ``content_stream().read()`` of every record);
* extract (whole process, start-up and imports included): ``warctools extract --jobs 1``
  (Parquet out) vs a FastWARC + resiliparse loop (``HTMLTree.parse_from_bytes`` with the
  HTTP or detected encoding, ``tree.title`` and ``extract_plain_text(main_content=True)``
  per response);
* minhash (kernel warm, the call alone): documents/s of datasketch-identical signatures
  from text (``fold_text`` + ``signatures``, 128 permutations) and of the dedup stage's
  full sketch (signature, shingle set, band keys, anchors), on 500-word documents: windows
  of the dev set's article bodies (real text: punctuation, non-ASCII letters), and
  ``dedup_scale.py``-style Zipfian texts (ASCII words).

``--against DIR`` also runs this checkout's rows (iter_records, extract, minhash) with the
``warctools`` of another checkout (e.g. ``git archive main``), interleaved: before/after
figures from one run. ``--profile`` also runs ``warctools extract --jobs 1`` once under
cProfile and prints its time by area (reading records, decoding html, extraction and its
parts, row building, writing, the rest) and its top functions by own and by cumulative
time. ``--warc PATH`` keeps the built WARC there (and reuses it). The children run from
bytecode compiled before timing into a cache under the run's temporary folder, as an
installed package does (also where ``PYTHONDONTWRITEBYTECODE`` is set).
"""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from _children import child_env, children_cpu, compile_package

_clock = time.process_time  # CPU seconds: the box is shared, so cpu_s time waits for others
HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = REPO.parent / "shared" / "datasets"
READERS = ("iter_records", "fastwarc", "warcio")
EXTRACTORS = ("warctools extract", "fastwarc+resiliparse")


# ---- the WARC -----------------------------------------------------------------------------


def dev_pages(data: Path = DATA) -> list[tuple[str, bytes]]:
    """(url, HTML bytes as stored) of every page of the three dev sets."""
    pages: list[tuple[str, bytes]] = []
    aeb = data / "article-extraction-benchmark"
    for key, entry in sorted(json.loads((aeb / "ground-truth.json").read_text()).items()):
        pages.append((entry["url"], gzip.decompress((aeb / "html" / f"{key}.html.gz")
                                                    .read_bytes())))
    lwp = data / "labelled-web-pages"
    for line in (lwp / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            pages.append((row["url"], gzip.decompress((lwp / row["file"]).read_bytes())))
    for folder in sorted((data / "readability-test-pages" / "test-pages").iterdir()):
        if (folder / "source.html").exists():
            pages.append((f"https://readability.test/{folder.name}/",
                          (folder / "source.html").read_bytes()))
    return pages


def _sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def _record(wtype: str, url: str | None, block: bytes, ctype: str, payload: bytes | None = None
            ) -> bytes:
    """One gzip member; digests as Common Crawl writes them."""
    uri = f"WARC-Target-URI: {url}\r\n" if url else ""
    digest = f"WARC-Payload-Digest: {_sha1(payload)}\r\n" if payload is not None else ""
    head = (f"WARC/1.1\r\nWARC-Type: {wtype}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: 2024-05-01T10:00:00Z\r\n{uri}Content-Type: {ctype}\r\n"
            f"WARC-Block-Digest: {_sha1(block)}\r\n{digest}"
            f"Content-Length: {len(block)}\r\n\r\n")
    return gzip.compress(head.encode() + block + b"\r\n\r\n", compresslevel=6)


def _response(url: str, body: bytes) -> bytes:
    try:
        body.decode("utf-8")
        ctype = "text/html; charset=utf-8"
    except UnicodeDecodeError:
        ctype = "text/html"
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
            "\r\n").encode() + body
    return _record("response", url, http, "application/http; msgtype=response", body)


def build_warc(path: Path, megabytes: float, data: Path = DATA) -> tuple[int, int]:
    """Write the WARC; returns (pages in the dev sets, response records written)."""
    pages = dev_pages(data)
    n = 0
    with path.open("wb") as out:
        out.write(_record("warcinfo", None, b"software: warctools benchmarks/throughput.py\r\n",
                          "application/warc-fields"))
        while out.tell() < megabytes * 1e6:
            url, body = pages[n % len(pages)]
            copy, sep = n // len(pages), "&" if "?" in url else "?"
            out.write(_response(url if copy == 0 else f"{url}{sep}copy={copy}", body))
            n += 1
    return len(pages), n


# ---- workers (each in its own pinned interpreter) ------------------------------------------


def _reader_worker(tool: str, warc: str) -> dict[str, float]:
    if tool.startswith("iter_records"):
        from warctools.readers import iter_records

        html = tool.endswith("+html")
        start = _clock()
        n = chars = 0
        for outcome in iter_records(warc):
            n += 1
            if outcome.capture is not None:
                chars += len(outcome.capture.html if html else outcome.capture.body)
    elif tool == "fastwarc":
        from fastwarc.warc import ArchiveIterator

        start = _clock()
        n = chars = 0
        with open(warc, "rb") as fh:
            for rec in ArchiveIterator(fh, parse_http=True, auto_decode="all"):
                n += 1
                chars += len(rec.reader.read())
    elif tool == "warcio":
        from warcio.archiveiterator import ArchiveIterator as WarcioIterator

        start = _clock()
        n = chars = 0
        with open(warc, "rb") as fh:
            for rec in WarcioIterator(fh):
                n += 1
                chars += len(rec.content_stream().read())
    else:
        raise SystemExit(f"unknown reader {tool!r}")
    return {"seconds": _clock() - start, "records": n, "size": chars}


def _resiliparse_loop(warc: str) -> dict[str, float]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import detect_encoding
    from resiliparse.parse.html import HTMLTree

    n = chars = 0
    with open(warc, "rb") as fh:
        for rec in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True,
                                   auto_decode="all"):
            body = rec.reader.read()
            tree = HTMLTree.parse_from_bytes(body, rec.http_charset or detect_encoding(body))
            title = tree.title or ""
            text = extract_plain_text(tree, main_content=True)
            n += 1
            chars += len(title) + len(text)
    return {"records": n, "size": chars}


def _minhash_worker(warc: str) -> dict[str, float]:
    import numpy as np

    from warctools.dedup.minhash import signatures, sketch_prepared
    from warctools.dedup.shingles import fold_text

    corpora = {"article windows": _article_windows(4000), "zipfian": _zipfian(4000)}
    out: dict[str, float] = {}
    signatures([fold_text(t) for t in corpora["zipfian"][:3]])
    sketch_prepared([fold_text(corpora["zipfian"][0])], bands=14, rows=9)
    for name, texts in corpora.items():
        start = _clock()
        signatures([fold_text(t) for t in texts])
        out[f"signatures, {name}"] = len(texts) / (_clock() - start)
        start = _clock()
        sketch_prepared([fold_text(t) for t in texts], bands=14, rows=9)
        out[f"full dedup sketch, {name}"] = len(texts) / (_clock() - start)
    del np
    return out


def _article_windows(n: int, words: int = 500) -> list[str]:
    truth = json.loads((DATA / "article-extraction-benchmark" / "ground-truth.json").read_text())
    tokens = " ".join(v["articleBody"] for v in truth.values() if v.get("articleBody")).split()
    step = 97
    return [" ".join(tokens[(i * step) % (len(tokens) - words):][:words]) + f" copy {i}"
            for i in range(n)]


def _zipfian(n: int, words: int = 500) -> list[str]:
    import numpy as np

    rng = np.random.default_rng(1)
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    vocab = sorted({"".join(rng.choice(letters, size=int(k))) for k in
                    rng.integers(2, 11, size=100_000)})[:50_000]
    p = 1.0 / np.arange(1, len(vocab) + 1) ** 1.1
    idx = rng.choice(len(vocab), size=(n, words), p=p / p.sum())
    arr = np.array(vocab, dtype=object)
    return [" ".join(arr[row].tolist()) for row in idx]


def worker_main(kind: str, tool: str, warc: str) -> None:
    if kind == "reader":
        result = _reader_worker(tool, warc)
    elif kind == "resiliparse":
        result = _resiliparse_loop(warc)
    else:
        result = _minhash_worker(warc)
    print("RESULT " + json.dumps(result))


# ---- driver ---------------------------------------------------------------------------------


def _pinned(cmd: list[str], cpu: int | None) -> list[str]:
    return (["taskset", "-c", str(cpu)] if cpu is not None and shutil.which("taskset")
            else []) + cmd


_PYCACHE: Path | None = None  # where the children keep bytecode (set by main)


def _env(repo: Path = REPO) -> dict[str, str]:
    return child_env(repo, _PYCACHE)


def _run(cmd: list[str], cpu: int | None, repo: Path = REPO) -> tuple[float, dict]:
    """Run ``cmd``; returns (the CPU seconds it used, user + system, and its RESULT line)."""
    start = children_cpu()
    proc = subprocess.run(_pinned(cmd, cpu), capture_output=True, text=True, env=_env(repo),
                          cwd=repo)
    cpu_s = children_cpu() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-3000:]}")
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    return cpu_s, (json.loads(lines[-1][7:]) if lines else {})


def _compile(repos: list[Path]) -> None:
    """Bytecode of each checkout's ``warctools`` into the children's cache, before timing."""
    assert _PYCACHE is not None
    for repo in repos:
        compile_package(repo, _PYCACHE)


def _self(*args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--worker", *args]


def _variants(tools: tuple[str, ...], ours: tuple[str, ...], against: Path | None
              ) -> list[tuple[str, str, Path]]:
    """(label, tool, checkout) to run: every tool here, and ours also from ``against``."""
    rows = [(t, t, REPO) for t in tools]
    if against is not None:
        rows += [(f"{t} [{against.name}]", t, against) for t in ours]
    return rows


def bench_reader(warc: Path, runs: int, cpu: int | None, against: Path | None) -> None:
    variants = _variants(READERS + ("iter_records+html",), ("iter_records",
                                                           "iter_records+html"), against)
    times: dict[str, list[float]] = {label: [] for label, _, _ in variants}
    counts: dict[str, dict] = {}
    for _ in range(runs):
        for label, tool, repo in variants:
            _, res = _run(_self("reader", tool, str(warc)), cpu, repo)
            times[label].append(res["seconds"])
            counts[label] = res
    mb = warc.stat().st_size / 1e6
    fw = statistics.median(times["fastwarc"])
    print(f"\nreader: loop time, median of {runs} (min-max), {mb:.1f} MB gzip WARC")
    print(f"{'reader':26} {'s':>7} {'range':>13} {'MB/s':>7} {'records':>8} "
          f"{'vs FastWARC':>12}")
    for tool in times:
        t = statistics.median(times[tool])
        print(f"{tool:26} {t:7.3f} {min(times[tool]):6.3f}-{max(times[tool]):<6.3f} "
              f"{mb / t:7.1f} {counts[tool]['records']:8} {fw / t:11.2f}x")


def bench_extract(warc: Path, runs: int, cpu: int | None, work: Path, against: Path | None
                  ) -> None:
    variants = _variants(EXTRACTORS, ("warctools extract",), against)
    times: dict[str, list[float]] = {label: [] for label, _, _ in variants}
    for _ in range(runs):
        for label, tool, repo in variants:
            if tool == "warctools extract":
                out = work / "extract-out"
                shutil.rmtree(out, ignore_errors=True)
                cmd = [sys.executable, "-m", "warctools", "extract", str(warc), "-o", str(out),
                       "--jobs", "1"]
            else:
                cmd = _self("resiliparse", "-", str(warc))
            cpu_s, _ = _run(cmd, cpu, repo)
            times[label].append(cpu_s)
    peer = statistics.median(times["fastwarc+resiliparse"])
    print(f"\nextract: whole process, CPU seconds, median of {runs} (min-max)")
    print(f"{'engine':32} {'s':>7} {'range':>13} {'vs peer':>8}")
    for label, values in times.items():
        t = statistics.median(values)
        print(f"{label:32} {t:7.2f} {min(values):6.2f}-{max(values):<6.2f} {peer / t:7.2f}x")


def bench_minhash(warc: Path, runs: int, cpu: int | None, against: Path | None) -> None:
    rates: dict[str, list[float]] = {}
    for _ in range(runs):
        for label, _tool, repo in _variants(("minhash",), ("minhash",), against):
            _, res = _run(_self("minhash", "-", str(warc)), cpu, repo)
            for key, value in res.items():
                tag = label.replace("minhash", "").strip()
                rates.setdefault(f"{key} {tag}".strip(), []).append(value)
    print(f"\nminhash: documents/s from text, 500-word documents, 128 permutations, "
          f"median of {runs}")
    for key, values in rates.items():
        print(f"{key:50} {statistics.median(values):10,.0f}")


# where the time of `warctools extract` goes: (area, [(file suffix, function)]), the
# cumulative time of the functions summed (none of them calls another of its area)
_AREAS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("reading records (iter_records, html not decoded)", (("readers/warc.py", "iter_records"),)),
    ("decoding html (charset)", (("readers/charset.py", "decode_html"),)),
    ("extraction (extract_guarded)", (("extract/guard.py", "extract_guarded"),)),
    ("  parse (lexbor) and extract()'s own lines", (("extract/_core.py", "extract"),)),
    ("  metadata (read_metadata)", (("extract/metadata.py", "read_metadata"),)),
    ("  cleaning (clean_tree)", (("extract/_clean.py", "clean_tree"),)),
    ("  main text (main_text)", (("extract/article.py", "main_text"),)),
    ("  language (detect)", (("extract/language.py", "detect"),)),
    ("row building (article_row)", (("pipeline/article_row.py", "article_row"),)),
    ("writing (Arrow batches, Parquet)", (("writers/parquet.py", "write_row"),
                                          ("writers/parquet.py", "close"))),
)


def profile_areas(stats: Any) -> list[tuple[str, float]]:
    """(area, seconds) of a cProfile of `warctools extract` (see ``_AREAS``); the first
    row is the whole process, the last what no area holds (start-up, imports, the rest)."""
    cum: dict[tuple[str, str], float] = {}
    for (path, _line, name), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
        for _area, funcs in _AREAS:
            for suffix, func in funcs:
                if name == func and path.endswith(suffix):
                    cum[(suffix, func)] = cum.get((suffix, func), 0.0) + ct
    total = stats.total_tt
    rows = [("whole process", total)]
    for area, funcs in _AREAS:
        rows.append((area, sum(cum.get(f, 0.0) for f in funcs)))
    # extract()'s own lines: its cumulative time less the parts listed under it
    parts = {a: t for a, t in rows}
    inner = sum(t for a, t in rows if a.startswith("  ") and "parse" not in a)
    parse_key = next(a for a, _ in _AREAS if "parse" in a)
    parts[parse_key] = max(0.0, parts[parse_key] - inner)
    rows = [(a, parts[a]) for a, _ in rows]
    top = sum(t for a, t in rows[1:] if not a.startswith("  "))
    rows.append(("start-up, imports, per-record pipeline, other", max(0.0, total - top)))
    return rows


def profile_extract(warc: Path, cpu: int | None, work: Path, top: int) -> None:
    out, prof = work / "profile-out", work / "extract.prof"
    shutil.rmtree(out, ignore_errors=True)
    _run([sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "warctools", "extract",
          str(warc), "-o", str(out), "--jobs", "1"], cpu)
    import pstats

    stats = pstats.Stats(str(prof))
    rows = profile_areas(stats)
    print(f"\nprofile of `warctools extract --jobs 1` by area (cProfile, {rows[0][1]:.2f} s "
          "with its overhead; shares are of the whole process):")
    for area, seconds in rows:
        print(f"{area:52} {seconds:7.2f} s {100 * seconds / rows[0][1]:6.1f}%")
    for key in ("tottime", "cumulative"):
        print(f"\nprofile of `warctools extract --jobs 1`, top {top} by {key}:")
        stats.sort_stats(key).print_stats(top)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=40, help="WARC size (gzip MB)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cpu", type=int, default=0, help="CPU to pin to (-1: no pinning)")
    ap.add_argument("--only", default="reader,extract,minhash")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--warc", type=Path, help="reuse (or write) the WARC at this path")
    ap.add_argument("--against", type=Path, help="another checkout (e.g. the main branch) whose "
                    "iter_records and MinHash also run, side by side: before/after figures")
    ap.add_argument("--worker", nargs=3, metavar=("KIND", "TOOL", "WARC"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        worker_main(*args.worker)
        return 0
    if not DATA.exists():
        print(f"{DATA} is absent: nothing to build the WARC from", file=sys.stderr)
        return 2
    cpu = None if args.cpu < 0 else args.cpu
    global _PYCACHE
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        _PYCACHE = work / "pycache"
        _compile([REPO] + ([args.against] if args.against else []))
        warc = args.warc or work / "pages.warc.gz"
        if not warc.exists():
            pages, records = build_warc(warc, args.mb)
            print(f"built {warc}: {pages} dev-set pages, {records} responses, "
                  f"{warc.stat().st_size / 1e6:.1f} MB")
        print(f"pinned to CPU {cpu}" if cpu is not None else "not pinned")
        only = set(args.only.split(","))
        if "reader" in only:
            bench_reader(warc, args.runs, cpu, args.against)
        if "extract" in only:
            bench_extract(warc, args.runs, cpu, work, args.against)
        if "minhash" in only:
            bench_minhash(warc, args.runs, cpu, args.against)
        if args.profile:
            profile_extract(warc, cpu, work, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
