#!/usr/bin/env python3
"""A CC-NEWS-shaped crawl built from ../shared/datasets/labelled-web-pages, for trying the
filters, splits and outlet health end to end on real pages (never copied into the repo).

Each page is captured the day after its labelled publication date and written, gzip per
record, into the file of that capture day, named like CC-NEWS
(``CC-NEWS-<yyyymmdd>000000-00000.warc.gz``); ``warc.paths`` lists them all::

    python benchmarks/shared_crawl.py /tmp/shared-crawl
    warctools run --paths-file /tmp/shared-crawl/warc.paths --prefix /tmp/shared-crawl/ \\
        --since 2015-01-01 --language en,de -o /tmp/shared-run
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGES = REPO.parent / "shared" / "datasets" / "labelled-web-pages"


def build(target: Path) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    by_day: dict[date, list[dict]] = defaultdict(list)
    with open(PAGES / "labels.jsonl", encoding="utf-8") as f:
        for line in f:
            label = json.loads(line)
            day = date.fromisoformat(label["date"]) + timedelta(days=1)
            by_day[day].append(label)
    target.mkdir(parents=True, exist_ok=True)
    names = []
    for day in sorted(by_day):
        name = f"CC-NEWS-{day:%Y%m%d}000000-00000.warc.gz"
        names.append(name)
        with open(target / name, "wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for i, label in enumerate(by_day[day]):
                body = gzip.decompress((PAGES / label["file"]).read_bytes())
                when = datetime.combine(day, datetime.min.time(), timezone.utc) + \
                    timedelta(minutes=i)
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                           protocol="HTTP/1.1")
                record = writer.create_warc_record(
                    label["url"], "response", payload=io.BytesIO(body), http_headers=headers,
                    warc_headers_dict={"WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ")})
                writer.write_record(record)
    (target / "warc.paths").write_text("".join(f"{n}\n" for n in names), encoding="utf-8")
    return len(names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", type=Path, help="folder to write the WARC files into")
    args = parser.parse_args()
    if not PAGES.is_dir():
        raise SystemExit(f"{PAGES} is absent (../shared/datasets beside the clone)")
    print(f"wrote {build(args.target)} WARC files and warc.paths to {args.target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
