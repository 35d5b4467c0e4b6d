"""Dedup quality on a syndication set built from the extraction benchmark's article bodies.

For a sample of the 181 annotated bodies (../shared/datasets/article-extraction-benchmark)
outlets publish copies the way they do: new headline, dateline ("PARIS (AFP) -"), byline,
last paragraphs trimmed, editor's note appended, update paragraph added, or several at
once; each outlet has its own page template (nav, related links, footer). Hard negatives:
distinct stories sharing a spliced quote paragraph, and distinct stories on one outlet's
template. Everything goes through the real path: a WARC (warcio) -> ``warctools extract``
-> ``warctools dedup``; plain datasketch MinHashLSH at the same threshold (same shingles,
query, union-find, no verification) is scored on the same extracted articles.

    python benchmarks/dedup.py [--stories 70] [--seed 1] [--workdir /tmp/wt-dedup-bench]
"""

from __future__ import annotations

import argparse
import html
import io
import json
import random
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
GROUND_TRUTH = REPO.parent / "shared" / "datasets" / "article-extraction-benchmark" / \
    "ground-truth.json"

EDITS = ("verbatim", "dateline", "byline", "trimmed", "note", "update", "combined")
CITIES = ("PARIS", "LONDON", "WASHINGTON", "BERLIN", "TOKYO", "NAIROBI", "LIMA", "MANILA")
AGENCIES = (("AFP", "www.afp.com"), ("AP", "apnews.com"), ("Reuters", "www.reuters.com"))
T0 = datetime(2024, 3, 1, 6, 0, tzinfo=timezone.utc)


def load_bodies() -> list[list[str]]:
    if not GROUND_TRUTH.exists():
        sys.exit(f"{GROUND_TRUTH} is absent: this benchmark needs ../shared/datasets/"
                 "article-extraction-benchmark beside the repository")
    data = json.loads(GROUND_TRUTH.read_text())
    out = []
    for key in sorted(data):
        paras = [p.strip() for p in (data[key].get("articleBody") or "").split("\n") if p.strip()]
        if sum(len(p.split()) for p in paras) >= 150 and len(paras) >= 4:
            out.append(paras)
    return out


def template(outlet: int, rng: random.Random, bodies: list[list[str]]) -> tuple[str, str]:
    words = " ".join(bodies[(outlet * 7) % len(bodies)][0].split()[:12])
    nav = "".join(f'<li><a href="/s{i}">Section {outlet}-{i}</a></li>' for i in range(9))
    related = "".join(f'<li><a href="/r{i}">{html.escape(" ".join(b[0].split()[:9]))}</a></li>'
                      for i, b in enumerate(rng.sample(bodies, 5)))
    head = f'<header><nav><ul>{nav}</ul></nav><div class="promo">Subscribe today. {words}' \
           f"</div></header>"
    foot = (f'<aside class="related"><h3>Related stories</h3><ul>{related}</ul></aside>'
            f"<footer><p>Copyright 2024 Outlet {outlet} Media Group. All rights reserved. "
            "This material may not be published, broadcast, rewritten or redistributed. "
            f"Contact the newsroom of Outlet {outlet} for corrections.</p></footer>")
    return head, foot


def page(title: str, paras: list[str], published: datetime, url: str, tpl: tuple[str, str],
         byline: str | None) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    by = f'<p class="byline">By {html.escape(byline)}</p>' if byline else ""
    doc = (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}"
           f"</title><link rel='canonical' href='{url}'><meta property='og:type' "
           f"content='article'><meta property='article:published_time' "
           f"content='{published.isoformat()}'></head><body>{tpl[0]}<main><article>"
           f"<h1>{html.escape(title)}</h1>{by}{body}</article></main>{tpl[1]}</body></html>")
    return doc.encode()


def edit(paras: list[str], kind: str, rng: random.Random, agency: str) -> tuple[list[str], str]:
    """A copy's paragraphs, and its byline (or '')."""
    out, by = list(paras), ""
    if kind in ("dateline", "combined"):
        out[0] = f"{rng.choice(CITIES)} ({agency}) - {out[0]}"
    if kind in ("byline", "combined"):
        by = rng.choice(["Jane Roe", "Ana Lima", "Kenji Sato"]) + f", {agency}"
    if kind in ("trimmed", "combined"):
        keep = max(2, int(len(out) * rng.uniform(0.5, 0.75)))
        out = out[:keep]
    if kind in ("note", "combined"):
        out.append("Editor's note: An earlier version of this story misstated a date. "
                   "It has been corrected.")
    if kind == "update":
        out.insert(1, "UPDATE: Officials confirmed the figures on Thursday afternoon and said "
                      "further details would be released after a review by the ministry, "
                      "which is expected to report back to parliament next month.")
    return out, by


def build(args: argparse.Namespace, warc: Path) -> dict[str, dict]:
    """Write the WARC; returns url -> truth (story, kind, group)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(args.seed)
    bodies = load_bodies()
    rng.shuffle(bodies)
    n_syn = min(args.stories, len(bodies) - 20)
    truth: dict[str, dict] = {}
    pages: list[tuple[str, bytes, datetime]] = []
    outlets = list(range(1, 13))
    tpls = {o: template(o, rng, bodies) for o in outlets}

    def add(url: str, data: bytes, when: datetime, **info: object) -> None:
        pages.append((url, data, when))
        truth[url] = info

    n_quote = min(40, (len(bodies) - n_syn - 10) // 2 * 2)
    quote_bodies = bodies[n_syn : n_syn + n_quote]
    tmpl_bodies = bodies[n_syn + n_quote : n_syn + n_quote + 10]
    singles = bodies[n_syn + n_quote + 10 :]
    for s, paras in enumerate(bodies[:n_syn] + singles):
        agency, agency_host = AGENCIES[s % len(AGENCIES)]
        when = T0 + timedelta(hours=s)
        title = " ".join(paras[0].split()[:10])
        url = f"https://{agency_host}/story/{s}" if s < n_syn else f"https://outlet0.example/{s}"
        add(url, page(title, paras, when, url, tpls[1], None), when, story=s, kind="original")
        if s >= n_syn:
            continue
        for c, kind in enumerate(rng.sample(EDITS, rng.randint(2, 4))):
            o = rng.choice(outlets)
            cparas, by = edit(paras, kind, rng, agency)
            curl = f"https://outlet{o}.example/news/{s}-{c}"
            ctitle = f"{title.split()[0]} {kind} headline from outlet {o}"
            cwhen = when + timedelta(hours=c + 1)
            add(curl, page(ctitle, cparas, cwhen, curl, tpls[o], by or None), cwhen,
                story=s, kind=kind)
    # hard negatives: two distinct stories sharing a quote (a syndicated story's paragraph)
    for i in range(0, len(quote_bodies) - 1, 2):
        quote = max(bodies[i // 2], key=len)
        for j, paras in ((0, quote_bodies[i]), (1, quote_bodies[i + 1])):
            spliced = paras[:2] + [f"\u201c{quote}\u201d"] + paras[2:]
            url = f"https://quotes{j}.example/q{i}"
            add(url, page(paras[0][:60], spliced, T0, url, tpls[2 + j], None), T0,
                story=f"q{i}-{j}", kind="quote-negative", group=f"q{i}")
    # hard negatives: distinct short stories on one outlet's template
    for i, paras in enumerate(tmpl_bodies):
        url = f"https://outlet5.example/tmpl/{i}"
        add(url, page(paras[0][:60], paras[:3], T0, url, tpls[5], None), T0,
            story=f"t{i}", kind="template-negative", group="tmpl")
    with open(warc, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, data, when in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(data),
                                            http_headers=headers, warc_headers_dict={
                                                "WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ")})
            writer.write_record(rec)
    return truth


def ari(truth: list, pred: list) -> float:
    def c2(n: int) -> float:
        return n * (n - 1) / 2

    n = len(truth)
    index = sum(c2(v) for v in Counter(zip(truth, pred, strict=True)).values())
    a = sum(c2(v) for v in Counter(truth).values())
    b = sum(c2(v) for v in Counter(pred).values())
    expected = a * b / c2(n) if n > 1 else 0.0
    top = (a + b) / 2 - expected
    return (index - expected) / top if top else 1.0


def score(rows: list[dict], pred: dict[str, str]) -> dict[str, object]:
    """Pairwise P/R/F1, ARI, per-edit recall (copy with its original), negatives merged."""
    story = {r["url"]: r["story"] for r in rows}
    urls = sorted(story)
    tp = fp = fn = 0
    for a, b in combinations(urls, 2):
        same_t, same_p = story[a] == story[b], pred[a] == pred[b]
        tp += same_t and same_p
        fp += same_p and not same_t
        fn += same_t and not same_p
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    orig = {r_["story"]: r_["url"] for r_ in rows if r_["kind"] == "original"}
    per: dict[str, list[bool]] = defaultdict(list)
    negatives: dict[str, list[bool]] = defaultdict(list)
    groups: dict[str, list[str]] = defaultdict(list)
    for r_ in rows:
        if r_["kind"] in EDITS and r_["story"] in orig:
            per[r_["kind"]].append(pred[r_["url"]] == pred[orig[r_["story"]]])
        if r_.get("group"):
            groups[r_["group"]].append(r_["url"])
    for g, members in groups.items():
        for a, b in combinations(members, 2):
            negatives["template" if g == "tmpl" else "quote"].append(pred[a] == pred[b])
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "ari": round(ari([story[u] for u in urls], [pred[u] for u in urls]), 4),
            "recall_by_edit": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(per.items())},
            "hard_negative_pairs_merged": {k: f"{sum(v)}/{len(v)}" for k, v in
                                           sorted(negatives.items())}}


def datasketch_clusters(articles: list[dict], threshold: float) -> dict[str, str]:
    from datasketch import MinHash, MinHashLSH

    from warctools.dedup import shingles

    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    sketches = {}
    for a in articles:
        m = MinHash(num_perm=128, seed=1)
        m.update_batch([s.encode() for s in shingles(a["text"])])
        sketches[a["id"]] = m
        lsh.insert(a["id"], m)
    parent = {i: i for i in sketches}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, m in sketches.items():
        for j in lsh.query(m):
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    return {a["url"]: find(a["id"]) for a in articles}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stories", type=int, default=70, help="stories that get copies")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/wt-dedup-bench"))
    args = ap.parse_args()
    shutil.rmtree(args.workdir, ignore_errors=True)
    args.workdir.mkdir(parents=True)
    warc = args.workdir / "syndication.warc.gz"
    truth = build(args, warc)
    ext, ded = args.workdir / "extracted", args.workdir / "deduped"
    wt = [sys.executable, "-m", "warctools"]
    subprocess.run([*wt, "extract", str(warc), "-o", str(ext), "-q"], check=True, cwd=REPO)
    subprocess.run([*wt, "dedup", str(ext), "-o", str(ded), "-q", "--threshold",
                    str(args.threshold)], check=True, cwd=REPO)
    import polars as pl

    arts = pl.read_parquet(ext / "articles", columns=["id", "url", "text"]).to_dicts()
    clusters = pl.read_parquet(ded / "clusters", columns=["id", "cluster_id"])
    by_id = dict(clusters.iter_rows())
    found = [a for a in arts if a["url"] in truth]
    rows = [{"url": a["url"], **truth[a["url"]]} for a in found]
    print(f"pages {len(truth)}, extracted articles {len(arts)} ({len(truth) - len(found)} "
          f"pages not extracted as articles)")
    results = {"warctools": score(rows, {a["url"]: by_id[a["id"]] for a in found}),
               "datasketch MinHashLSH": score(rows, datasketch_clusters(found, args.threshold))}
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
