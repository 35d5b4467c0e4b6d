"""The template stage (docs/templates.md) on crawls with many pages per outlet.

1. A crawl written by this script: outlets in four languages whose pages wrap each story in
   in-article furniture (related links, newsletter box, donation appeal, share line, author
   blurb, a teaser of another story "... read more", "Exit mobile version"), a three-site
   network sharing one template, stories carried by several outlets (verbatim, dateline,
   trimmed), stories an outlet republished twice, and blogs whose short posts sit in a big
   "about the authors" box and "featured events" panel (plus pages that are only those).
   Story texts are the article-extraction benchmark's bodies (read from ../shared, never
   copied). Scored: furniture lines left in ``text``, story paragraphs kept, pairwise
   precision/recall of syndication, before (``--no-templates``) and after.
2. The shared dev sets as crawls (article-extraction-benchmark, labelled-web-pages): body
   F1 and must-include/must-exclude segments, before and after, tune/check halves.

Everything goes WARC -> ``warctools extract`` -> ``warctools dedup`` (twice).

    python benchmarks/templates.py [--seed 1] [--workdir /tmp/wt-templates-bench]
"""

from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import random
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(REPO))

from _score import score_pages  # noqa: E402
from dedup import load_bodies  # noqa: E402
from extraction import build_warc, half_of  # noqa: E402

LABELLED = REPO.parent / "shared" / "datasets" / "labelled-web-pages"
T0 = datetime(2024, 3, 1, 6, 0, tzinfo=timezone.utc)
FURNITURE = {
    "en": ["Related Links", "Sign up for our daily newsletter and get the top stories in your "
           "inbox every morning.", "Support independent journalism: your contribution keeps "
           "{name} free for everyone. $5 Billed Once", "Share this: Facebook, Twitter, Email",
           "{author} is a staff writer at {name} covering politics and the economy.",
           "{teaser} ... read more", "Exit mobile version"],
    "fr": ["Articles liés", "Inscrivez-vous à notre lettre d'information et recevez "
           "l'essentiel de l'actualité chaque matin.", "Soutenez un journalisme indépendant : "
           "votre don permet à {name} de rester gratuit. Don ponctuel de 5 euros",
           "Partager : Facebook, Twitter, E-mail", "{author} est journaliste à {name}, où "
           "elle couvre la politique et l'économie.", "{teaser} ... lire la suite",
           "Retour en haut de page"],
    "de": ["Weitere Artikel", "Abonnieren Sie unseren Newsletter und erhalten Sie jeden "
           "Morgen die wichtigsten Nachrichten.", "Unterstützen Sie unabhängigen Journalismus: "
           "Mit Ihrem Beitrag bleibt {name} für alle frei. Einmalig 5 Euro",
           "Teilen: Facebook, Twitter, E-Mail", "{author} ist Redakteurin bei {name} und "
           "berichtet über Politik und Wirtschaft.", "{teaser} ... weiterlesen",
           "Zur mobilen Ansicht wechseln"],
    "es": ["Artículos relacionados", "Suscríbete a nuestro boletín y recibe cada mañana las "
           "noticias más importantes.", "Apoya el periodismo independiente: tu contribución "
           "mantiene {name} gratis para todos. Pago único de 5 euros",
           "Compartir: Facebook, Twitter, Correo", "{author} es periodista de {name} y cubre "
           "política y economía.", "{teaser} ... leer más", "Salir de la versión móvil"],
}
ABOUT = ("About the authors: we are two friends who have written about gardens, food and "
         "slow travel in the valley since 2009. We test every recipe twice, visit every "
         "garden we mention and never accept payment for a review. Write to us any time.")
EVENTS = ["Featured events", "Spring plant fair, Saturday in the old market hall",
          "Cooking class: bread and pastry for beginners", "Guided walk along the river"]
AUTHORS = ("Ana Lima", "Jane Roe", "Kenji Sato")


class Crawl:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.bodies = load_bodies()
        self.rng.shuffle(self.bodies)
        self.pages: list[tuple[str, bytes, datetime]] = []
        self.truth: dict[str, dict] = {}

    def add(self, url: str, title: str, lines: list[str], furniture: list[str], story: object,
            when: datetime) -> None:
        body = "".join(f"<p>{html.escape(p)}</p>" for p in lines)
        doc = (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}"
               f"</title><meta property='og:type' content='article'><meta property="
               f"'article:published_time' content='{when.isoformat()}'></head><body><main>"
               f"<article><h1>{html.escape(title)}</h1>{body}</article></main></body></html>")
        self.pages.append((url, doc.encode(), when))
        story_lines = [p for p in lines if p not in furniture]
        self.truth[url] = {"story": story, "furniture": furniture, "paras": story_lines}

    def outlet_furniture(self, lang: str, name: str, page: int, index: int) -> list[str]:
        teasers = [" ".join(self.bodies[-1 - (3 * index + k) % 21][0].split()[:14])
                   for k in range(3)]
        values = {"name": name, "author": AUTHORS[page % 3], "teaser": teasers[page % 3]}
        return [line.format(**values) for line in FURNITURE[lang]]


def build(seed: int, warc: Path) -> dict[str, dict]:
    c = Crawl(seed)
    outlets = [(lang, f"{word}{k}.example") for lang, word in
               (("en", "dailynews"), ("fr", "lequotidien"), ("de", "tageszeitung"),
                ("es", "eldiario")) for k in range(3)]
    network = [("en", f"{w}.example") for w in ("orbitdaily", "orbitwar", "terraorbit")]
    counts = {o: 0 for o in outlets + network}
    n_syn, n_single = 50, 80
    for s, paras in enumerate(c.bodies[: n_syn + n_single]):
        places = c.rng.sample(outlets, c.rng.randint(2, 4)) if s < n_syn else \
            [c.rng.choice(outlets)]
        if s % 5 == 0:
            places = c.rng.sample(network, 2) + places[:1]
        for k, (lang, name) in enumerate(places):
            kind = ("verbatim", "dateline", "trimmed")[(s + k) % 3] if k else "verbatim"
            lines = list(paras)
            if kind == "dateline":
                lines[0] = f"PARIS (AFP) - {lines[0]}"
            elif kind == "trimmed":
                lines = lines[: max(3, int(len(lines) * 0.7))]
            page = counts[(lang, name)]
            counts[(lang, name)] += 1
            net = (lang, name) in network
            furn = c.outlet_furniture(lang, "OrbitDaily" if net else name, page,
                                      99 if net else outlets.index((lang, name)))
            title = f"{' '.join(paras[0].split()[:8])} ({name})"
            when = T0 + timedelta(hours=s, minutes=k)
            repeat = 2 if s % 17 == 3 else 1  # an outlet republishing the story
            for r in range(repeat):
                c.add(f"https://www.{name}/{s}/{k}/{r}", title,
                      [furn[3], *lines, *furn[:3], *furn[4:]], furn, s, when)
    for b, (lang, name) in enumerate((("en", "gardenblog.example"),
                                      ("de", "gartenblog.example"))):
        for i in range(14):
            paras = c.bodies[n_syn + n_single + 14 * b + i]
            post = [" ".join(paras[0].split()[:30])] if i < 11 else []  # 3 box-only pages
            furn = [ABOUT, *EVENTS]
            c.add(f"https://{name}/{lang}/post-{i}", f"Post {chr(97 + i)} of {name}",
                  [*post, *furn], furn, f"blog-{b}-{i}", T0 + timedelta(days=i))
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(warc, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, data, when in c.pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(data), http_headers=headers,
                warc_headers_dict={"WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ")}))
    return c.truth


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text or "")).strip()


def _outputs(folder: Path) -> tuple[dict[str, str], dict[str, str]]:
    """url -> text (articles + copies), url -> cluster id."""
    import polars as pl

    rows = pl.concat([pl.read_parquet(folder / t, columns=["id", "url", "text"])
                      for t in ("articles", "copies")])
    cl = dict(pl.read_parquet(folder / "clusters", columns=["id", "cluster_id"]).iter_rows())
    return dict(zip(rows["url"], rows["text"], strict=True)), \
        {u: cl[i] for u, i in zip(rows["url"], rows["id"], strict=True)}


def pairwise(truth: dict[str, dict], urls: list[str], cluster: dict[str, str]) -> dict:
    tp = fp = fn = 0
    for a, b in combinations(urls, 2):
        same_t = truth[a]["story"] == truth[b]["story"]
        same_p = cluster.get(a, a) == cluster.get(b, b)  # absent: left out, its own cluster
        tp += same_t and same_p
        fp += same_p and not same_t
        fn += same_t and not same_p
    return {"precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
            "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
            "true_pairs": tp + fn, "merged_pairs": tp + fp, "false_pairs": fp}


def crawl_scores(truth: dict[str, dict], extracted: set[str], folder: Path) -> dict:
    texts, cluster = _outputs(folder)
    urls = sorted(u for u in truth if u in extracted)
    furn = [(u, f) for u in urls for f in truth[u]["furniture"]]
    paras = [(u, p) for u in urls for p in truth[u]["paras"]]
    left = sum(_norm(f) in _norm(texts.get(u, "")) for u, f in furn)
    kept = sum(_norm(p) in _norm(texts.get(u, "")) for u, p in paras)
    summary = json.loads((folder / "summary.json").read_text())
    t = summary.get("templates") or {}
    return {"furniture_left": f"{left}/{len(furn)} ({left / len(furn):.3f})",
            "story_paragraphs_kept": f"{kept}/{len(paras)} ({kept / len(paras):.4f})",
            "syndication": pairwise(truth, urls, cluster),
            "pages_out": len(texts), "template_only": t.get("template_only", 0),
            "mostly_template": t.get("mostly_template", 0), "blocks": t.get("blocks", 0),
            "stage_seconds": t.get("seconds")}


def lost_pairs(truth: dict[str, dict], extracted: set[str], before: Path, after: Path) -> int:
    cb, ca = _outputs(before)[1], _outputs(after)[1]
    urls = sorted(u for u in truth if u in extracted)
    return sum(truth[a]["story"] == truth[b]["story"] and cb.get(a, a) == cb.get(b, b)
               and ca.get(a, a) != ca.get(b, b) for a, b in combinations(urls, 2))


def labelled_warc(path: Path) -> dict[str, dict]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    labels = {}
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for line in (LABELLED / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            raw = gzip.decompress((LABELLED / row["file"]).read_bytes())
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                row["url"], "response", payload=io.BytesIO(raw), http_headers=headers))
            if row.get("must_include") or row.get("must_exclude"):
                labels[row["url"]] = row
    return labels


def segments(labels: dict[str, dict], texts: dict[str, str], half: int) -> str:
    tp = fn = fp = 0
    for url, row in labels.items():
        if half_of(url) != half:
            continue
        text = _norm(texts.get(url, ""))
        tp += sum(_norm(s) in text for s in row.get("must_include") or [])
        fn += sum(_norm(s) not in text for s in row.get("must_include") or [])
        fp += sum(_norm(s) in text for s in row.get("must_exclude") or [])
    p, r = tp / (tp + fp), tp / (tp + fn)
    return f"F1 {2 * p * r / (p + r):.4f} (P {p:.4f} R {r:.4f}), must_exclude present {fp}"


def run(warc: Path, work: Path, name: str) -> tuple[Path, Path, Path]:
    wt = [sys.executable, "-m", "warctools"]
    ext, before, after = work / f"{name}-extracted", work / f"{name}-before", work / f"{name}-after"
    subprocess.run([*wt, "extract", str(warc), "-o", str(ext), "-q"], check=True, cwd=REPO)
    subprocess.run([*wt, "dedup", str(ext), "-o", str(before), "-q", "--no-templates"],
                   check=True, cwd=REPO)
    subprocess.run([*wt, "dedup", str(ext), "-o", str(after), "-q"], check=True, cwd=REPO)
    return ext, before, after


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/wt-templates-bench"))
    args = ap.parse_args()
    shutil.rmtree(args.workdir, ignore_errors=True)
    args.workdir.mkdir(parents=True)
    import polars as pl

    truth = build(args.seed, args.workdir / "crawl.warc.gz")
    ext, before, after = run(args.workdir / "crawl.warc.gz", args.workdir, "crawl")
    extracted = set(pl.read_parquet(ext / "articles", columns=["url"])["url"])
    print(f"written crawl: {len(truth)} pages, {len(extracted)} extracted as articles")
    print(json.dumps({"before (--no-templates)": crawl_scores(truth, extracted, before),
                      "after": crawl_scores(truth, extracted, after),
                      "true pairs merged before, not after": lost_pairs(truth, extracted,
                                                                        before, after)},
                     indent=2))

    expected = build_warc(args.workdir / "aeb.warc.gz")
    _, before, after = run(args.workdir / "aeb.warc.gz", args.workdir, "aeb")
    labels = labelled_warc(args.workdir / "lwp.warc.gz")
    _, lbefore, lafter = run(args.workdir / "lwp.warc.gz", args.workdir, "lwp")
    print("\ndev sets as crawls (half 0 = tune, half 1 = check)")
    for name, b, a in (("article-extraction-benchmark", before, after),
                       ("labelled-web-pages", lbefore, lafter)):
        tb, ta = _outputs(b)[0], _outputs(a)[0]
        t = json.loads((a / "summary.json").read_text())["templates"]
        print(f"{name}: {t['blocks']} template blocks, {t['articles_cleaned']} articles "
              f"changed, {t['template_only']} template-only")
        for half in (0, 1):
            if name == "labelled-web-pages":
                print(f"  half {half}: before {segments(labels, tb, half)}; "
                      f"after {segments(labels, ta, half)}")
                continue
            part = {u: body for u, body in expected.items() if half_of(u) == half}
            sb, sa = score_pages(tb, part), score_pages(ta, part)
            print(f"  half {half} ({sb.pages} pages): body F1 before {sb.f1:.4f} "
                  f"(P {sb.precision:.4f} R {sb.recall:.4f}), after {sa.f1:.4f} "
                  f"(P {sa.precision:.4f} R {sa.recall:.4f})")


if __name__ == "__main__":
    main()
