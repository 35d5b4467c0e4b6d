"""Prove a change leaves extraction output alone: snapshot every dev page's row, then diff.

    python benchmarks/extract_diff.py snapshot /tmp/before.json   # with the old code
    python benchmarks/extract_diff.py snapshot /tmp/after.json    # with the new code
    python benchmarks/extract_diff.py diff /tmp/before.json /tmp/after.json [--show 5]
    python benchmarks/extract_diff.py score /tmp/before.json /tmp/after.json

``snapshot`` runs ``warctools.extract.extract(html, url)`` (the code on ``sys.path``: run
it with ``PYTHONPATH=<worktree>``) over every page of the three dev sets in
``../shared/datasets``: the 181 ScrapingHub pages, all 800 labelled-web-pages and the 130
Readability.js pages, the latter twice, under the URL each benchmark gives them
(``extraction.py``: ``.../NAME/``, ``metadata.py``: ``.../NAME.html``). Every field of the
``Extracted`` row is kept (datetimes as ISO strings, durations in seconds), with the summed
CPU seconds.
``diff`` lists, per field, how many pages differ on each half (tune, check: SHA-1 of the
URL, of the folder name for the Readability.js pages) and shows the first ``--show`` of
them on the tune half only (a check page is read as a count); it exits 1 when any field
differs. ``score`` prints each snapshot's body F1 per set and half at five decimals, as
``extraction.py`` scores them (it prints three): a change below the third decimal shows.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import sys
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _devsets import DATASETS, SETS, half_of, load_set  # noqa: E402

__all__ = ["main", "pages"]


def pages() -> list[tuple[str, str, str]]:
    """(key, url, html) of every dev page, each URL form the benchmarks use."""
    from warctools.readers.charset import decode_html

    out = [(f"aeb/{p.key}", p.url, p.html) for p in load_set("aeb")]
    root = DATASETS / "labelled-web-pages"
    for line in (root / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        raw = gzip.decompress((root / entry["file"]).read_bytes())
        out.append((f"lwp/{entry['file']}", entry["url"], decode_html(raw, None)[0]))
    for p in load_set("rtp"):
        out.append((f"rtp/{p.key}/", p.url, p.html))
        out.append((f"rtp/{p.key}.html", f"http://fakehost/test/{p.key}.html", p.html))
    return out


def _halves() -> dict[str, int]:
    """The half of every snapshot key (0 tune, 1 check), as the benchmarks split them."""
    halves = {key: half_of(url) for key, url, _html in pages() if not key.startswith("rtp/")}
    for p in load_set("rtp"):
        halves[f"rtp/{p.key}/"] = halves[f"rtp/{p.key}.html"] = p.half
    return halves


def _plain(value: Any) -> Any:
    if isinstance(value, timedelta):
        return value.total_seconds()
    return value.isoformat() if isinstance(value, datetime) else value


def snapshot(path: Path) -> None:
    from warctools.extract import extract

    rows: dict[str, dict[str, Any]] = {}
    seconds = 0.0
    extract("<html><body><p>warm up</p></body></html>", "http://example.com/")
    for key, url, html in pages():
        start = time.process_time()
        ext = extract(html, url)
        seconds += time.process_time() - start
        rows[key] = {f.name: _plain(getattr(ext, f.name)) for f in dataclasses.fields(ext)}
    path.write_text(json.dumps({"seconds": seconds, "rows": rows}, ensure_ascii=False),
                    encoding="utf-8")  # fmt: skip
    print(f"{len(rows)} pages, extract() {seconds:.2f} s CPU -> {path}")


def diff(before: Path, after: Path, show: int) -> int:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    ra, rb = a["rows"], b["rows"]
    print(f"pages: {len(ra)} before, {len(rb)} after; extract() CPU {a['seconds']:.2f} s "
          f"before, {b['seconds']:.2f} s after")  # fmt: skip
    missing = sorted(set(ra) ^ set(rb))
    if missing:
        print(f"pages in one snapshot only: {len(missing)} (first: {missing[:3]})")
    halves = _halves()
    fields: Counter[str] = Counter()
    checked: Counter[str] = Counter()
    shown: dict[str, int] = {}
    for key in sorted(set(ra) & set(rb)):
        for name in sorted(set(ra[key]) | set(rb[key])):
            old, new = ra[key].get(name), rb[key].get(name)
            if old == new:
                continue
            fields[name] += 1
            if halves.get(key, 1):  # a check page (or one of no half): counted, never shown
                checked[name] += 1
            elif shown.get(name, 0) < show:
                shown[name] = shown.get(name, 0) + 1
                print(f"  {name} {key}: {str(old)[:150]!r} -> {str(new)[:150]!r}")
    if not fields and not missing:
        print("every field of every page identical")
        return 0
    for name, count in fields.most_common():
        print(f"{name}: {count} pages differ (tune {count - checked[name]}, "
              f"check {checked[name]})")
    return 1


def score(paths: list[Path]) -> None:
    from extraction import _score

    snaps = [json.loads(path.read_text(encoding="utf-8"))["rows"] for path in paths]
    forms = {"aeb": "aeb/{}", "lwp": "lwp/html/{}.html.gz", "rtp": "rtp/{}/"}
    print("body F1, all / tune / check, per snapshot: " + ", ".join(p.name for p in paths))
    for dataset in SETS:
        scored = [p for p in load_set(dataset) if p.scored]
        parts = (scored, [p for p in scored if p.half == 0], [p for p in scored if p.half == 1])
        cells = []
        for rows in snaps:
            texts = {p.key: (rows.get(forms[dataset].format(p.key)) or {}).get("text") or ""
                     for p in scored}  # fmt: skip
            cells.append(" / ".join(f"{_score(part, texts).f1:.5f}" for part in parts))
        print(f"{dataset}  " + "   ".join(cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    snap = sub.add_parser("snapshot")
    snap.add_argument("out", type=Path)
    cmp_ = sub.add_parser("diff")
    cmp_.add_argument("before", type=Path)
    cmp_.add_argument("after", type=Path)
    cmp_.add_argument("--show", type=int, default=5)
    scores = sub.add_parser("score")
    scores.add_argument("snapshots", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if not DATASETS.exists():
        print(f"dev sets not found at {DATASETS}", file=sys.stderr)
        return 2
    if args.cmd == "snapshot":
        snapshot(args.out)
        return 0
    if args.cmd == "score":
        score(args.snapshots)
        return 0
    return diff(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
