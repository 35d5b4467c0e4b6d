"""The report page: one self-contained HTML file (inline CSS, SVG and a little JS).

The numbers behind every chart are embedded as JSON in
``<script type="application/json" id="report-data">``; the inline script reads them,
makes the story table sortable and sets ``data-report-ready="1"`` on ``<html>`` (or
``data-report-error`` when something failed), which the browser test checks.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from html import escape
from typing import Any

from warctools.report.svg import bar_chart, column_chart, heatmap

__all__ = ["render_report"]

_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1d2329;
background:#f6f7f9}
main{max-width:1160px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:17px;margin:0 0 6px}
.sub{color:#5b6570;margin:0 0 18px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px;
margin-bottom:18px}
.card{background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:10px 12px}
.card b{display:block;font-size:20px}.card span{color:#5b6570;font-size:12px}
section{background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:16px;
margin-bottom:16px;overflow-x:auto}
.note{color:#5b6570;font-size:13px;margin:0 0 10px}
.two{display:grid;grid-template-columns:1fr 1fr;gap:16px}
@media (max-width:900px){.two{grid-template-columns:1fr}}
rect.bar:hover,rect.cell:hover{opacity:.75}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eef0f2;vertical-align:top}
th{cursor:pointer;user-select:none;background:#f3f5f7}td.n{text-align:right}
td.d{white-space:nowrap}
a{color:#1f5fa8}footer{color:#8a939c;font-size:12px;text-align:center;padding:8px}
"""

_JS = """
(function () {
  var root = document.documentElement;
  window.addEventListener("error", function (e) { root.dataset.reportError = e.message; });
  try {
    var data = JSON.parse(document.getElementById("report-data").textContent);
    document.querySelectorAll("table.sortable").forEach(function (table) {
      table.querySelectorAll("th").forEach(function (th, col) {
        th.addEventListener("click", function () {
          var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
          var asc = th.dataset.dir !== "asc"; th.dataset.dir = asc ? "asc" : "desc";
          rows.sort(function (a, b) {
            var x = a.cells[col].dataset.v || a.cells[col].textContent;
            var y = b.cells[col].dataset.v || b.cells[col].textContent;
            var nx = parseFloat(x), ny = parseFloat(y);
            var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
            return asc ? c : -c;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
    root.dataset.reportStories = String(data.top_stories.length);
    root.dataset.reportOutlets = String(data.outlets ? data.outlets.rows.length : 0);
    root.dataset.reportReady = "1";
  } catch (err) {
    root.dataset.reportError = String(err);
  }
})();
"""


def _days(per_day: list[dict[str, Any]]) -> list[tuple[str, int]]:
    """Every day from the first to the last (zeros filled), or months over long spans."""
    if not per_day:
        return []
    counts = {date.fromisoformat(d["day"]): d["articles"] for d in per_day}
    first, last = min(counts), max(counts)
    if (last - first).days <= 400:
        return [((first + timedelta(i)).isoformat(), counts.get(first + timedelta(i), 0))
                for i in range((last - first).days + 1)]
    months: dict[str, int] = {}
    for day, n in sorted(counts.items()):
        months[day.strftime("%Y-%m")] = months.get(day.strftime("%Y-%m"), 0) + n
    return list(months.items())


def _ranked(block: dict[str, Any], key: str, label: str, what: str) -> str:
    """A bar chart of the top entries; the rest summed up in a line below it."""
    items = [(str(r[key]), int(r["articles"])) for r in block.get("top", [])]
    if not items:
        return '<p class="note">No article.</p>'
    chart = bar_chart(items, label=label)
    if block.get("other"):
        chart += (f'<p class="note">… and {block["distinct"] - len(items):,} more {what} with '
                  f'{block["other"]:,} stories in all.</p>')
    return chart


def _spread(points: list[tuple[str, int]]) -> bool:
    """Counts spanning more than ~2 orders of magnitude: draw them on a log scale."""
    values = [v for _, v in points if v]
    return bool(values) and max(values) / min(values) > 50


def _cards(s: dict[str, Any], dates: dict[str, Any] | None = None) -> str:
    span = (f"{s['first_published']} – {s['last_published']}" if s["first_published"]
            else "unknown")
    cards = [(f"{s['articles']:,}", "stories (articles rows)"), (f"{s['outlets']:,}", "outlets"),
             (f"{len(s['languages'])}", "languages"), (span, f"published ({s['undated']:,} "
                                                         "undated)")]
    if dates is not None:
        after = (f"{dates['published_after_capture']:,}" if dates.get("errors_known")
                 else "–")
        cards.append((after, "dates after the capture (dropped or clamped)"))
    if s["deduplicated"]:
        cards += [(f"{s['syndicated_stories']:,}", "syndicated stories"),
                  (f"{s['copies_collapsed']:,}", "copies collapsed")]
    return '<div class="cards">' + "".join(
        f'<div class="card"><b>{escape(v)}</b><span>{escape(k)}</span></div>'
        for v, k in cards) + "</div>"


def _section(title: str, note: str, body: str, sid: str) -> str:
    return (f'<section id="{sid}"><h2>{escape(title)}</h2><p class="note">{escape(note)}</p>'
            f"{body}</section>")


def _stories_table(stories: list[dict[str, Any]]) -> str:
    if not stories:
        return '<p class="note">No syndicated story (no cluster of two copies or more).</p>'
    head = ("<thead><tr><th>#</th><th>title</th><th>copies</th><th>outlets</th>"
            "<th>agency</th><th>published</th></tr></thead>")
    rows = []
    for i, s in enumerate(stories, 1):
        title = escape(s["title"] or s["url"])
        rows.append(
            f'<tr><td class="n" data-v="{i}">{i}</td><td><a href="{escape(s["url"])}" '
            f'rel="noopener noreferrer nofollow">{title}</a></td>'
            f'<td class="n" data-v="{s["cluster_size"]}">{s["cluster_size"]}</td>'
            f'<td>{escape(", ".join(s["outlets"]))}</td><td>{escape(s["wire_source"] or "")}'
            f'</td><td class="d">{escape((s["published"] or "")[:10])}</td></tr>')
    return f'<table id="stories" class="sortable">{head}<tbody>{"".join(rows)}</tbody></table>'


def _share(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.0f}%"


def _cell(value: Any, text: str | None = None) -> str:
    shown = "–" if value is None else (text if text is not None else f"{value:,}")
    sort = "" if value is None else float(value)
    return f'<td class="n" data-v="{sort}">{escape(shown)}</td>'


def _outlets_table(block: dict[str, Any] | None) -> str:
    rows = (block or {}).get("rows") or []
    if not rows:
        return '<p class="note">No outlet.</p>'
    head = "".join(f"<th>{h}</th>" for h in (
        "outlet", "pages", "articles", "non-articles", "errors", "filtered", "no title",
        "no date",
        "no author", "&lt;50 words", "median words", "problem score"))
    body = []
    for r in rows:
        flag = ' <b title="every article has the same word count">template</b>' \
            if r["template"] else ""
        median = r["median_words"]
        body.append(
            f'<tr><td>{escape(r["outlet"])}{flag}</td>' + _cell(r["pages"])
            + _cell(r["articles"]) + _cell(r["non_articles"]) + _cell(r["errors"])
            + _cell(r.get("filtered", 0))
            + "".join(_cell(r[k], _share(r[k])) for k in ("no_title", "no_date", "no_author",
                                                           "under_50_words"))
            + _cell(median, "" if median is None else f"{median:g}")
            + _cell(r["problem_score"], f"{r['problem_score']:.2f}") + "</tr>")
    more = block["distinct"] - len(rows)
    tail = f'<p class="note">… and {more:,} more outlets.</p>' if more > 0 else ""
    return (f'<table id="outlets" class="sortable"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>{tail}')


def _json_block(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def render_report(data: dict[str, Any], *, title: str, tool_version: str) -> str:
    s = data["summary"]
    wire = data["wire_hosts"]
    cells = {(c["agency"], c["host"]): c["stories"] for c in wire["cells"]}
    days = _days(data["per_day"])
    sizes = [(str(c["size"]), c["stories"]) for c in data["cluster_sizes"]]
    parts = [
        _section("Articles per day", "Stories by publication date (UTC); "
                 f"{s['undated']:,} undated rows are not drawn.",
                 column_chart(days, label="articles per day") if days else
                 '<p class="note">No dated article.</p>', "per-day"),
        '<div class="two">',
        _section("Outlets", "Stories per host, largest first.",
                 _ranked(data["per_host"], "host", "articles per outlet", "outlets"),
                 "per-host"),
        _section("Languages", "Stories per language of the body text.",
                 _ranked(data["per_language"], "language", "articles per language",
                         "languages"), "per-language"),
        "</div>",
        _section("Cluster sizes", "How many stories have 1, 2, 3 ... copies (cluster_size)"
                 + ("; log scale." if _spread(sizes) else "."),
                 column_chart(sizes, label="cluster size distribution", unit="stories",
                              height=220, log=_spread(sizes)) if sizes else
                 '<p class="note">Not deduplicated: no cluster sizes.</p>', "cluster-sizes"),
        _section("Agencies × outlets", "Stories credited to each agency (wire_source) that "
                 "each outlet carries, as canonical copy or syndicated copy.",
                 heatmap(wire["agencies"], wire["hosts"], cells, label="agency by outlet")
                 if cells else '<p class="note">No story credits an agency.</p>', "wire-hosts"),
        _section("Outlet health", "Per outlet: pages read, articles (every copy), "
                 "non-articles, errors, the share of articles with no title, no date, no "
                 "author, under 50 words, and the median words; worst first (templates: "
                 "every article the same length). Click a column to sort; – : not known "
                 "(no run summary).", _outlets_table(data.get("outlets")), "outlets"),
        _section("Largest syndicated stories", "Stories with the most copies; click a "
                 "column to sort.", _stories_table(data["top_stories"]), "top-stories"),
    ]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(title)}</title><style>{_CSS}</style></head>
<body><main>
<h1>{escape(title)}</h1>
<p class="sub">A warctools report. Every chart is drawn from the numbers embedded below
(<code>#report-data</code>); the page needs no network.</p>
{_cards(s, data.get("dates"))}
{"".join(parts)}
</main>
<footer>Generated by warctools {escape(tool_version)}.</footer>
<script type="application/json" id="report-data">{_json_block(data)}</script>
<script>{_JS}</script>
</body></html>
"""
