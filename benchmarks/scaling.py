#!/usr/bin/env python3
"""Scaling: ``--jobs 1`` vs ``--jobs 2``, Ray vs local, and peak RSS vs WARC size.

    python benchmarks/scaling.py                       # generate (cached) + measure
    python benchmarks/scaling.py --repeats 1 --rss-mb 50,400 --verb extract
    python benchmarks/scaling.py --inputs DIR          # your own WARCs instead

The corpus is synthetic but shaped like a news crawl: per capture a request, a response
and a metadata record (warcio, gzip per record); ~85% article pages of 300-1,100 words of
varied text inside heavy outlet templates (inline scripts and styles, menus, footers,
JSON-LD), section/tag pages, some images and redirects, and syndicated copies of stories
across outlets. It is generated once into ``--cache`` (default /tmp/warctools-bench),
outside the repository: ``--files`` files of ``--file-mb`` MB (gzip) each.

Every measurement runs ``python -m warctools VERB`` as a subprocess, timed end to end
(interpreter, imports and Ray start-up included), while a poller samples the RSS of the
whole process tree (psutil) every 50 ms: "peak tree" is the largest sum, "peak proc" the
largest single process (a worker, or the driver). Goals: jobs 2 / jobs 1 >= 1.8x on 2
cores; Ray within 15% of local at the same jobs; RSS flat in WARC size (1 GB < 1 GB RSS).
"""

from __future__ import annotations

import argparse
import io
import itertools
import os
import random
import shlex
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent

# -- the synthetic crawl --------------------------------------------------------------------

COMMON = (
    "the of and to a in that is was he for it with as his on be at by i this had not are "
    "but from or have an they which one you were her all she there would their we him been "
    "has when who will more no if out so said what up its about into than them can only "
    "other new some could time these two may then do first any my now such like our over "
    "man me even most made after also did many before must through back years where much "
    "your way well down should because each just those people how too little state good "
    "very make world still own see men work long get here between both life being under "
    "never day same another know while last might us great old year off come since against "
    "go came right used take three city council officials week government report police "
    "county board plan money public school million percent market company workers members "
    "residents project according statement spokesman director minister court election "
    "local federal budget tax housing water energy health hospital students program"
).split()
SYLLABLES = ("ar bel cor dan el fen gar hol ir jun kel lor mar nor ost pel quin ros "
             "sel tor ul ven wil yar zen ba ce di fo gu ha ki lo mu ne pi ra si te vo").split()
OUTLETS = [f"{name}.example" for name in (
    "harbor-tribune", "valley-courier", "daily-ledger", "capital-post", "river-gazette",
    "northern-star", "metro-herald", "coastal-times", "prairie-news", "summit-journal")]
SECTIONS = ("politics", "business", "local", "world", "sports", "science", "culture")
AGENCIES = ("AFP", "AP", "Reuters", None, None, None)


def _vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    """Common English words first, then invented ones: ranked for a Zipf distribution."""
    invented = sorted({rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + rng.choice(
        ("", "s", "ing", "ed", "er", "ion", "ity", "al")) for _ in range(size * 2)})
    rng.shuffle(invented)
    return list(dict.fromkeys(COMMON)) + invented[:size]


class TextMaker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = _vocabulary(self.rng)
        self.cum = list(itertools.accumulate(1.0 / (rank + 2.7) for rank in range(len(self.words))))
        self.names = [w.capitalize() for w in self.rng.sample(self.words[len(COMMON):], 400)]

    def sentence(self) -> str:
        rng = self.rng
        words = rng.choices(self.words, cum_weights=self.cum, k=rng.randint(8, 26))
        if rng.random() < 0.5:
            words.insert(rng.randrange(len(words)), rng.choice(self.names))
        if rng.random() < 0.2:
            words.insert(rng.randrange(len(words)), str(rng.randint(2, 9000)))
        text = " ".join(words)
        if rng.random() < 0.15:
            return f"\u201c{text.capitalize()},\u201d said {rng.choice(self.names)} " \
                   f"{rng.choice(self.names)}."
        return text.capitalize() + rng.choice((".", ".", ".", "?", ";"))[:1]

    def paragraphs(self, words: int) -> list[str]:
        out, n = [], 0
        while n < words:
            para = " ".join(self.sentence() for _ in range(self.rng.randint(2, 5)))
            out.append(para)
            n += para.count(" ") + 1
        return out

    def title(self) -> str:
        k = self.rng.randint(5, 11)
        return " ".join(self.rng.choices(self.words, cum_weights=self.cum, k=k)).title()


def _template_blob(rng: random.Random, outlet: str) -> tuple[str, str, str, str]:
    """Per-outlet boilerplate: a big inline script + style, a nav menu and a footer."""
    script = "window.__CONFIG__ = {" + ",".join(
        f'"k{i}": "{rng.getrandbits(64):016x}"' for i in range(900)) + "};"
    style = "".join(f".c{i}{{margin:{i % 17}px;color:#{rng.getrandbits(24):06x}}}"
                    for i in range(700))
    nav = "".join(f'<li><a href="https://{outlet}/{s}/{k}/">{s.title()} {k}</a></li>'
                  for s in SECTIONS for k in range(12))
    footer = "".join(f'<a href="https://{outlet}/about/{k}">About item {k}</a> '
                     for k in range(60))
    return script, style, f"<nav><ul>{nav}</ul></nav>", f"<footer>{footer}</footer>"


@dataclass
class Story:
    title: str
    paragraphs: list[str]
    author: str
    agency: str | None
    published: datetime


def _article_html(outlet: str, tpl: tuple[str, ...], url: str, story: Story) -> str:
    script, style, nav, footer = tpl
    body = "".join(f"<p>{p}</p>" for p in story.paragraphs)
    pub = story.published.isoformat()
    credit = f"<span class='credit'>{story.agency}</span>" if story.agency else ""
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{story.title} | "
        f"{outlet}</title><meta property='og:type' content='article'>"
        f"<meta property='og:title' content='{story.title}'><link rel='canonical' href='{url}'>"
        f"<meta property='article:published_time' content='{pub}'><style>{style}</style>"
        f"<script>{script}</script><script type='application/ld+json'>"
        f'{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{story.title}",'
        f'"datePublished":"{pub}","author":{{"@type":"Person","name":"{story.author}"}}}}'
        f"</script></head><body><header><div class='logo'>{outlet}</div>{nav}</header>"
        f"<main><article><h1>{story.title}</h1><div class='byline'>By {story.author} {credit}"
        f"</div><time datetime='{pub}'>{story.published:%B %d, %Y}</time>{body}</article>"
        f"<aside><h2>Most read</h2>{nav}</aside></main>{footer}</body></html>"
    )


def _section_html(outlet: str, tpl: tuple[str, ...], section: str, titles: list[str]) -> str:
    script, style, nav, footer = tpl
    items = "".join(f"<li><a href='https://{outlet}/{section}/{i}'>{t}</a></li>"
                    for i, t in enumerate(titles))
    return (f"<html><head><title>{section.title()} | {outlet}</title><style>{style}</style>"
            f"<script>{script}</script></head><body>{nav}<h1>{section.title()}</h1>"
            f"<ul>{items}</ul>{footer}</body></html>")


class CrawlWriter:
    """Captures (request, response, metadata) into one gzip-per-record WARC file."""

    def __init__(self, path: Path) -> None:
        from warcio.warcwriter import WARCWriter

        self.fh = open(path, "wb")
        self.writer = WARCWriter(self.fh, gzip=True)
        self.bytes = 0

    def capture(self, url: str, date: datetime, status: str, ctype: str, body: bytes,
                extra: list[tuple[str, str]] | None = None) -> None:
        from warcio.statusandheaders import StatusAndHeaders

        w = self.writer
        warc_date = date.strftime("%Y-%m-%dT%H:%M:%SZ")
        parts = urlsplit(url)
        req_headers = StatusAndHeaders(f"GET {parts.path or '/'} HTTP/1.1",
                                       [("Host", parts.netloc), ("User-Agent", "bench/1.0")],
                                       is_http_request=True)
        req = w.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                   http_headers=req_headers,
                                   warc_headers_dict={"WARC-Date": warc_date})
        headers = StatusAndHeaders(status, [("Content-Type", ctype),
                                            ("Content-Length", str(len(body))),
                                            *(extra or [])], protocol="HTTP/1.1")
        resp = w.create_warc_record(url, "response", payload=io.BytesIO(body),
                                    http_headers=headers,
                                    warc_headers_dict={"WARC-Date": warc_date})
        meta = w.create_warc_record(url, "metadata", payload=io.BytesIO(
            f"fetchTimeMs: {len(body) % 900}\ncharset-detected: UTF-8\n".encode()),
            warc_content_type="application/warc-fields",
            warc_headers_dict={"WARC-Date": warc_date,
                               "WARC-Concurrent-To": resp.rec_headers["WARC-Record-ID"]})
        for record in (req, resp, meta):
            w.write_record(record)
        self.bytes = self.fh.tell()

    def close(self) -> None:
        self.fh.close()


def write_warc(path: Path, target_bytes: int, seed: int) -> None:
    """One synthetic crawl file of about ``target_bytes`` (gzip) bytes."""
    rng = random.Random(seed)
    text = TextMaker(seed)
    templates = {o: _template_blob(random.Random(f"{o}"), o) for o in OUTLETS}
    start = datetime(2024, 5, 1, tzinfo=timezone.utc) + timedelta(days=seed % 28)
    tmp = path.with_name(path.name + ".part")
    out = CrawlWriter(tmp)
    recent: list[Story] = []
    n = 0
    while out.bytes < target_bytes:
        n += 1
        outlet = rng.choice(OUTLETS)
        section = rng.choice(SECTIONS)
        date = start + timedelta(seconds=37 * n)
        roll = rng.random()
        if roll < 0.07:
            titles = [text.title() for _ in range(40)]
            body = _section_html(outlet, templates[outlet], section, titles)
            out.capture(f"https://{outlet}/{section}/?p={seed}-{n}", date, "200 OK",
                        "text/html; charset=utf-8", body.encode())
        elif roll < 0.10:
            out.capture(f"https://{outlet}/img/{seed}-{n}.jpg", date, "200 OK", "image/jpeg",
                        rng.randbytes(rng.randint(8_000, 40_000)))
        elif roll < 0.12:
            out.capture(f"https://{outlet}/s/{seed}-{n}", date, "301 Moved Permanently",
                        "text/html", b"", [("Location", f"https://{outlet}/{section}/")])
        else:
            if recent and rng.random() < 0.15:  # a syndicated copy on another outlet
                story = rng.choice(recent)
            else:
                story = Story(text.title(), text.paragraphs(rng.randint(300, 1100)),
                              f"{rng.choice(text.names)} {rng.choice(text.names)}",
                              rng.choice(AGENCIES), date)
                recent = (recent + [story])[-50:]
            slug = "-".join(story.title.lower().split()[:6])
            url = f"https://{outlet}/{section}/{date:%Y/%m/%d}/{slug}-{seed}-{n}/"
            out.capture(url, date, "200 OK", "text/html; charset=utf-8",
                        _article_html(outlet, templates[outlet], url, story).encode())
    out.close()
    os.replace(tmp, path)


def ensure_corpus(cache: Path, files: int, file_mb: int) -> list[Path]:
    folder = cache / f"crawl-{file_mb}mb"  # file i is the same whatever the count
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"CC-BENCH-{i:05d}.warc.gz" for i in range(files)]
    missing = [(i, p) for i, p in enumerate(paths) if not p.exists()]
    if missing:
        print(f"generating {len(missing)} x {file_mb} MB of WARC in {folder} ...",
              file=sys.stderr)
        for i, p in missing:
            write_warc(p, file_mb * 2**20, seed=1000 + i)
    return paths


def concat(paths: list[Path], target: Path) -> Path:
    """Gzip-per-record WARC files concatenate into one valid WARC file."""
    if not target.exists():
        tmp = target.with_name(target.name + ".part")
        with open(tmp, "wb") as out:
            for p in paths:
                with open(p, "rb") as f:
                    shutil.copyfileobj(f, out, 2**22)
        os.replace(tmp, target)
    return target


# -- measuring --------------------------------------------------------------------------------


@dataclass
class Result:
    seconds: float
    peak_tree_mb: float
    peak_proc_mb: float
    rc: int
    cpu_s: float = 0.0  # user + sys of the driver and the children it reaped (pool workers)


def measure(cmd: list[str], env: dict[str, str]) -> Result:
    import psutil

    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    root = psutil.Process(proc.pid)
    peaks = [0, 0]
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                break
            rss = []
            for p in procs:
                try:
                    rss.append(p.memory_info().rss)
                except psutil.Error:
                    pass
            if rss:
                peaks[0] = max(peaks[0], sum(rss))
                peaks[1] = max(peaks[1], max(rss))
            done.wait(0.05)

    start = time.perf_counter()
    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    assert proc.stderr is not None
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    done.set()
    poller.join()
    if proc.returncode != 0:
        sys.stderr.write(stderr.decode(errors="replace")[-3000:])
    return Result(seconds, peaks[0] / 2**20, peaks[1] / 2**20, proc.returncode,
                  usage.ru_utime + usage.ru_stime)


def warctools_cmd(verb: str, inputs: list[str], out: Path, executor: str, jobs: int) -> list[str]:
    return [sys.executable, "-m", "warctools", verb, *inputs, "-o", str(out), "--overwrite",
            "-q", "--executor", executor, "--jobs", str(jobs)]


def bench_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def _row(cells: list[str], widths: list[int]) -> str:
    return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [_row(header, widths), "| " + " | ".join("-" * w for w in widths) + " |"]
    return "\n".join([*lines, *(_row(r, widths) for r in rows)])


def run_timings(args: argparse.Namespace, inputs: list[str], work: Path) -> None:
    configs = [("local", 1), ("local", 2), ("ray", 2)]
    if args.skip_ray:
        configs.remove(("ray", 2))
    if args.skip_j1:  # Ray against local on a large input, without the long serial run
        configs.remove(("local", 1))
    results: dict[tuple[str, int], list[Result]] = {c: [] for c in configs}
    shown: dict[tuple[str, int], str] = {}
    for rep in range(args.repeats):
        for executor, jobs in configs:  # interleaved: drifting load hits every config
            cmd = warctools_cmd(args.verb, inputs, work / f"out-{executor}-{jobs}", executor,
                                jobs)
            shown[(executor, jobs)] = shlex.join(cmd)
            r = measure(cmd, bench_env())
            print(f"  run {rep + 1}: {executor} --jobs {jobs}: {r.seconds:.1f} s, rc {r.rc}, "
                  f"peak tree {r.peak_tree_mb:.0f} MB", file=sys.stderr)
            if r.rc != 0:  # the corpus reads cleanly: any other exit is a broken run
                raise SystemExit(f"{shlex.join(cmd)} exited {r.rc}: no figures")
            results[(executor, jobs)].append(r)
    startup = None
    if ("ray", 2) in results:
        code = ("from warctools.executors.ray import RayExecutor; e = RayExecutor(jobs=2); "
                "e.map(abs, [-1, -2]); e.close()")
        startup = measure([sys.executable, "-c", code], bench_env())
    size_mb = sum(os.path.getsize(p) for p in Path(inputs[0]).glob("*.warc.gz")) / 2**20
    base = statistics.median(r.seconds for r in results[("local", 1)]) \
        if ("local", 1) in results else None
    rows = []
    for (executor, jobs), rs in results.items():
        t = statistics.median(r.seconds for r in rs)
        rows.append([executor, str(jobs), f"{t:.1f}", " / ".join(f"{r.seconds:.1f}" for r in rs),
                     f"{size_mb / t:.1f}", f"{base / t:.2f}x" if base else "-",
                     f"{statistics.median(r.cpu_s for r in rs):.1f}",
                     f"{max(r.peak_tree_mb for r in rs):.0f}",
                     f"{max(r.peak_proc_mb for r in rs):.0f}"])
    files = len(list(Path(inputs[0]).glob("*.warc.gz")))
    print(f"\n### `warctools {args.verb}` on {size_mb:.0f} MB of WARC in {files} files "
          f"(median of {args.repeats})\n")
    print(table(["executor", "jobs", "median s", "runs s", "MB/s", "vs local j1",
                 "CPU s", "peak tree MB", "peak proc MB"], rows))
    if startup is not None:
        print(f"\nRay start-up + 2 trivial tasks + shutdown (private Ray, 2 CPUs): "
              f"{startup.seconds:.1f} s")
    if ("ray", 2) in results:
        local2 = statistics.median(r.seconds for r in results[("local", 2)])
        ray2 = statistics.median(r.seconds for r in results[("ray", 2)])
        ratio = f"{base / local2:.2f}x" if base else "not measured"
        print(f"\njobs 2 / jobs 1 (local): {ratio} (goal >= 1.8x); "
              f"Ray / local at jobs 2: {ray2 / local2:.2f} (goal <= 1.15)")
    print("\ncommands:")
    for cmd in shown.values():
        print(f"  {cmd}")


def run_rss(args: argparse.Namespace, corpus: list[Path], work: Path) -> None:
    per_file = os.path.getsize(corpus[0]) / 2**20
    rows, shown = [], []
    for mb in args.rss_mb:
        k = max(1, round(mb / per_file))
        if k > len(corpus):
            print(f"  skipping {mb} MB: only {len(corpus)} files of {per_file:.0f} MB",
                  file=sys.stderr)
            continue
        big = concat(corpus[:k], work.parent / f"single-{k}x.warc.gz")
        cmd = warctools_cmd("extract", [str(big)], work / f"rss-{k}", "local", 1)
        shown.append(shlex.join(cmd))
        r = measure(cmd, bench_env())
        print(f"  rss {mb} MB: {r.seconds:.1f} s, peak {r.peak_proc_mb:.0f} MB", file=sys.stderr)
        rows.append([f"{os.path.getsize(big) / 2**20:.0f}", f"{r.seconds:.1f}",
                     f"{r.peak_proc_mb:.0f}"])
    print("\n### peak RSS of `warctools extract --jobs 1` (one process) vs WARC size\n")
    print(table(["WARC MB (gzip)", "seconds", "peak RSS MB"], rows))
    print("\ncommands:")
    for cmd in shown:
        print(f"  {cmd}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/warctools-bench"))
    parser.add_argument("--inputs", type=Path, help="a folder of WARCs instead of the corpus")
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--file-mb", type=int, default=25)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--verb", choices=["run", "extract"], default="run")
    parser.add_argument("--rss-mb", type=lambda s: [int(x) for x in s.split(",") if x],
                        default=[50, 400], help="single-file sizes for the RSS test ('' = skip)")
    parser.add_argument("--skip-ray", action="store_true")
    parser.add_argument("--skip-j1", action="store_true",
                        help="no --jobs 1 runs (for Ray against local on a large input)")
    parser.add_argument("--skip-timings", action="store_true")
    args = parser.parse_args(argv)

    rss_files = max([args.files, *[-(-mb // args.file_mb) for mb in args.rss_mb]])
    corpus = ensure_corpus(args.cache, rss_files, args.file_mb)
    work = args.cache / "runs"
    work.mkdir(parents=True, exist_ok=True)
    timing_dir = args.inputs
    if timing_dir is None:
        timing_dir = args.cache / f"timing-{args.files}x{args.file_mb}mb"
        timing_dir.mkdir(exist_ok=True)
        for p in corpus[: args.files]:
            link = timing_dir / p.name
            if not link.exists():
                link.symlink_to(p)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"machine: {cores} cores, load average {os.getloadavg()[0]:.1f} at start; "
          f"python {sys.version.split()[0]}")
    if not args.skip_timings:
        run_timings(args, [str(timing_dir)], work)
    if args.rss_mb:
        run_rss(args, corpus, work)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
