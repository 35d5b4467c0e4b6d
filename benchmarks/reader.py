"""Reader throughput: ``warctools.readers.iter_records`` vs a plain warcio loop.

Two corpora: the shared warc-samples files that warcio reads without error, and a
generated gzip-per-record WARC (request/response/metadata triplets of HTML pages) of
``--generate-mb`` MB written to a temporary directory. Each reader runs ``--runs`` times
per corpus; the median is reported.

    python benchmarks/reader.py [--samples DIR] [--generate-mb 40] [--runs 5]

warcio's loop reads ``content_stream().read()`` for every record (de-chunked and
content-decoded payloads); iter_records also sniffs, caps, picks the charset and
decodes HTML to text, so it does more work per record.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from warctools.readers import iter_records

REPO = Path(__file__).resolve().parent.parent
WORDS = ("news report today government market city police school health world sport "
         "minister election economy weather story people water energy climate").split()


def _record(wtype: str, url: str, block: bytes, ctype: str) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {wtype}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Target-URI: {url}\r\n"
            f"Content-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def _page(rng: random.Random) -> bytes:
    paras = "".join("<p>" + " ".join(rng.choices(WORDS, k=rng.randint(30, 120))) + ".</p>\n"
                    for _ in range(rng.randint(5, 60)))
    head = "<!doctype html><html><head><title>Story</title></head>"
    return f"{head}<body>{paras}</body></html>".encode()


def generate(path: Path, megabytes: int) -> None:
    rng = random.Random(42)
    with path.open("wb") as out:
        i = 0
        while out.tell() < megabytes * 1_000_000:
            url = f"https://news{i % 50}.example/story/{i}"
            body = _page(rng)
            charset = "; charset=utf-8" if i % 10 else ""
            resp = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html{charset}\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n").encode() + body
            for wtype, block, ctype in (
                    ("request", f"GET /story/{i} HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
                     "application/http; msgtype=request"),
                    ("response", resp, "application/http; msgtype=response"),
                    ("metadata", b"fetchTimeMs: 120\r\n", "application/warc-fields")):
                out.write(gzip.compress(_record(wtype, url, block, ctype), compresslevel=6))
            i += 1


def run_warcio(files: list[Path]) -> int:
    n = 0
    for path in files:
        with path.open("rb") as fh:
            for rec in ArchiveIterator(fh, arc2warc=True):
                rec.content_stream().read()
                n += 1
    return n


def run_warctools(files: list[Path]) -> int:
    return sum(1 for path in files for o in iter_records(path) if o.warc_type is not None)


def measure(fn: Callable[[list[Path]], int], files: list[Path], runs: int
            ) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        count = fn(files)
        times.append(time.perf_counter() - start)
    return statistics.median(times), count


def readable_samples(samples: Path) -> list[Path]:
    manifest = json.loads((samples / "manifest.json").read_text())["files"]
    return [samples / f["path"] for f in manifest if f["warcio"]["error"] is None]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--samples", type=Path, default=REPO.parent / "shared/datasets/warc-samples")
    ap.add_argument("--generate-mb", type=int, default=40)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpora: list[tuple[str, list[Path]]] = []
        if args.samples.exists():
            corpora.append(("warc-samples (warcio-readable)", readable_samples(args.samples)))
        if args.generate_mb > 0:
            big = Path(tmp) / "generated.warc.gz"
            generate(big, args.generate_mb)
            corpora.append((f"generated {args.generate_mb} MB gz", [big]))
        print(f"{'corpus':34} {'reader':11} {'MB/s':>8} {'records/s':>10} {'records':>8}")
        for label, files in corpora:
            size = sum(p.stat().st_size for p in files) / 1e6
            rows = {}
            for name, fn in (("warcio", run_warcio), ("warctools", run_warctools)):
                secs, count = measure(fn, files, args.runs)
                rows[name] = secs
                print(f"{label:34} {name:11} {size / secs:8.1f} {count / secs:10.0f} {count:8}")
            print(f"{label:34} {'ratio':11} {rows['warcio'] / rows['warctools']:8.2f}x "
                  "(warctools speed / warcio speed)")


if __name__ == "__main__":
    main()
