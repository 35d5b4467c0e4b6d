"""The dataset card (``README.md``): the Hub's YAML header, then prose from the data."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from warctools.release.columns import columns_markdown
from warctools.release.layout import TABLE_SCHEMAS
from warctools.release.provenance import Provenance
from warctools.release.stats import DatasetCounts

__all__ = ["ReleaseInfo", "render_card", "size_category", "DEFAULT_LICENSE"]

DEFAULT_LICENSE = "other"
TASKS = ("text-generation", "text-classification")
_CONFIGS_INTRO = (
    "Column types and nullability follow the warctools schemas named below (a column is "
    "only ever added, nullable, within a schema version).\n\n"
    "- `articles`: one row per story. After dedup, the canonical copy, with `cluster_id`, "
    "`cluster_size` and `syndicated_by` (the other copies: id, url, host, published, "
    "similarity, relation).\n"
    "- `clusters`: one row per input article (canonical or copy): its story's `cluster_id`, "
    "`relation` and `similarity`; join on `id`.\n"
    "- `copies`: the other copies of each story, whole (same columns as `articles`).")
TAGS = ("news", "web-archive", "warc", "deduplication")
_SIZES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
          (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M"), (100_000_000, "10M<n<100M"),
          (1_000_000_000, "100M<n<1B"), (10_000_000_000, "1B<n<10B"))


@dataclass(frozen=True)
class ReleaseInfo:
    name: str
    version: str
    license: str
    description: str
    created: str
    tool_version: str

    @property
    def pretty_name(self) -> str:
        return self.name.replace("_", " ").replace("-", " ").strip() or self.name


def size_category(rows: int) -> str:
    return next((label for limit, label in _SIZES if rows < limit), "n>10B")


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _splits_of(manifest: dict[str, Any], config: str) -> list[str]:
    """The config's splits in the order the release declares them."""
    order = list((manifest.get("splits") or {}).get("fractions") or {}) or ["train"]
    present = manifest["configs"][config].get("splits") or {"train": {}}
    return [s for s in order if s in present] + [s for s in present if s not in order]


def _yaml_header(info: ReleaseInfo, counts: DatasetCounts, manifest: dict[str, Any]) -> str:
    configs = list(manifest["configs"])
    lines = ["---", f"pretty_name: {_q(info.pretty_name)}", f"license: {_q(info.license)}"]
    if info.license == "other":
        lines.append("license_name: publishers-copyright")
    langs = [code for code in counts.languages if re.fullmatch(r"[a-z]{2,3}", code)]
    if langs:
        lines += ["language:"] + [f"- {_q(code)}" for code in langs]
    lines += ["task_categories:"] + [f"- {t}" for t in TASKS]
    lines += ["tags:"] + [f"- {t}" for t in TAGS]
    lines += ["size_categories:", f"- {size_category(counts.articles)}", "configs:"]
    for i, config in enumerate(configs):
        lines.append(f"- config_name: {config}")
        if i == 0:
            lines.append("  default: true")
        lines.append("  data_files:")
        for split in _splits_of(manifest, config):
            lines += [f"  - split: {split}", f"    path: data/{config}/{split}-*.parquet"]
    return "\n".join(lines + ["---", ""])


def _human_bytes(n: int) -> str:
    size = float(n)
    for unit in ("B", "kB", "MB", "GB", "TB"):
        if size < 1000 or unit == "TB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{n} B"


def _contents(counts: DatasetCounts, manifest: dict[str, Any]) -> str:
    span = (f"{counts.first_published} to {counts.last_published}"
            if counts.first_published else "unknown")
    langs = ", ".join(f"{k} ({v})" for k, v in counts.languages.items()) or "none"
    rows = [("articles (stories)", f"{counts.articles:,}"),
            ("outlets (hosts)", f"{counts.outlets:,}"), ("languages", langs),
            ("published", f"{span}; {counts.undated:,} undated")]
    if counts.deduplicated:
        rows += [("syndicated stories (clusters of 2+ copies)", f"{counts.syndicated_stories:,}"),
                 ("copies collapsed into their story", f"{counts.copies_collapsed:,}")]
    else:
        rows.append(("deduplication", "not run (an `extract` output): every copy is a row"))
    table = "| | |\n| --- | --- |\n" + "".join(f"| {k} | {v} |\n" for k, v in rows)
    files = "| config | schema | files | rows | size |\n| --- | --- | --- | --- | --- |\n"
    for name, c in manifest["configs"].items():
        files += (f"| `{name}` | `{c['schema']}` | {len(c['files'])} | {c['rows']:,} | "
                  f"{_human_bytes(c['bytes'])} |\n")
    return f"## Contents\n\n{table}\n### Files\n\n{files}\n{_splits(manifest)}"


def _splits(manifest: dict[str, Any]) -> str:
    how = manifest.get("splits") or {}
    names = list(how.get("fractions") or {"train": 1.0})
    rule = {"cluster": "by a hash of each story's `cluster_id`, so a story keeps its split "
                       "in later releases",
            "time": "by time: the latest stories (by `published`, the capture time when "
                    "undated) form the last splits"}.get(how.get("by") or "", "")
    text = ("### Splits\n\n" + (f"Every config is split {rule}; all of a story's rows (its "
            "canonical row, its copies, its clusters rows) are in the same split.\n\n"
            if rule else "One split, `train`.\n\n"))
    if how.get("previous"):
        text += (f"Stories already released in `{how['previous']}` keep their split: "
                 f"{how.get('kept_from_previous', 0):,} kept, {how.get('conflicts', 0):,} "
                 "could not (their rows were in two splits, or a split not used now).\n\n")
    text += "| config | " + " | ".join(names) + " |\n| --- |" + " --- |" * len(names) + "\n"
    for config, c in manifest["configs"].items():
        rows = [f"{(c.get('splits') or {}).get(n, {}).get('rows', 0):,}" for n in names]
        text += f"| `{config}` | " + " | ".join(rows) + " |\n"
    return text


def _loading(configs: list[str]) -> str:
    glob = "data/articles/*.parquet"
    return f"""## Loading

Each config is a folder of Parquet files, `data/<config>/<split>-*.parquet`, rows sorted by
(`published`, `host`). From a local copy (for the Hub, prefix paths with
`hf://datasets/<owner>/<name>/`):

```python
import polars as pl
articles = pl.scan_parquet("{glob}")
articles.group_by("host").len().sort("len", descending=True).collect()
```

```sql
-- DuckDB
SELECT host, count(*) AS n
FROM read_parquet('{glob}', union_by_name = true)
GROUP BY host ORDER BY n DESC;
```

```python
from datasets import load_dataset
articles = load_dataset("parquet", data_files={{"train": "{glob}"}}, split="train")
# or, with the configs declared above ({", ".join(configs)}):
articles = load_dataset("path/to/this/release", "articles")  # every split
```
"""


def _provenance(info: ReleaseInfo, prov: Provenance) -> str:
    parts = ["## How it was made\n",
             f"Built with warctools {prov.tool_version or 'unknown'} "
             f"(stages: {', '.join(prov.stages) or 'unknown'}); published with warctools "
             f"{info.tool_version} on {info.created}.\n"]
    for stage, params in prov.params.items():
        body = json.dumps(params, indent=2, sort_keys=True, ensure_ascii=False)
        parts.append(f"### {stage} parameters\n\n```json\n{body}\n```\n")
    if not prov.params:
        parts.append("The input files record no extraction or dedup parameters.\n")
    parts.append("### Input files\n")
    if not prov.inputs:
        parts.append("The input dataset lists no input files (no summary.json).\n")
        return "\n".join(parts)
    lines = ["| file | bytes | sha256 | records | articles |", "| --- | --- | --- | --- | --- |"]
    for rec in prov.inputs:
        digest = f"`{rec.sha256}`" if rec.sha256 else "unknown (not reachable when published)"
        size = f"{rec.bytes:,}" if rec.bytes is not None else "unknown"
        lines.append(f"| `{rec.name}` | {size} | {digest} | {rec.stats.get('records', '')} | "
                     f"{rec.stats.get('articles', '')} |")
    parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


CARD_OUTLETS = 20
"""Outlets shown in the card's health table (worst first)."""


def _share(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def _health(health: dict[str, Any] | None) -> str:
    if not health:
        return ""
    dates = health["dates"]
    after = f"{dates['published_after_capture']:,}" if health.get("errors_known") else "unknown"
    text = ("## Date sanity\n\n| | |\n| --- | --- |\n"
            f"| publication dates later than the capture (dropped or clamped) | {after} |\n"
            f"| undated stories | {dates['undated_stories']:,} |\n\n")
    rows = health["outlets"][:CARD_OUTLETS]
    if not rows:
        return text
    text += ("## Outlet health\n\nPer outlet, worst first: pages read, articles (every copy), "
             "non-articles, errors, pages set aside by filters, and the share of articles with "
             "no title, no date, no author, under 50 words. *template*: every article has "
             "the same word count (a page template, not stories). – : not known.\n\n"
             "| outlet | pages | articles | non-articles | errors | filtered | no title | "
             "no date | no author | <50 words | median words |\n"
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")
    for r in rows:
        def n(v: Any) -> str:
            return "–" if v is None else f"{v:,}"
        name = f"`{r['outlet']}`" + (" *template*" if r["template"] else "")
        median = "–" if r["median_words"] is None else f"{r['median_words']:g}"
        text += (f"| {name} | {n(r['pages'])} | {n(r['articles'])} | {n(r['non_articles'])} | "
                 f"{n(r['errors'])} | {n(r.get('filtered', 0))} | " + " | ".join(
                     _share(r[k]) for k in ("no_title", "no_date", "no_author",
                                            "under_50_words")) + f" | {median} |\n")
    if len(health["outlets"]) > len(rows):
        text += f"\n... and {len(health['outlets']) - len(rows):,} more outlets.\n"
    return text


def render_card(info: ReleaseInfo, counts: DatasetCounts, manifest: dict[str, Any],
                prov: Provenance, health: dict[str, Any] | None = None) -> str:
    configs = list(manifest["configs"])
    schemas = tuple(dict.fromkeys(TABLE_SCHEMAS[c] for c in configs))
    licence = (f"`{info.license}`." if info.license != "other" else
               "`other`: the article texts remain the copyright of their publishers; use them "
               "under the terms that apply to you (e.g. a text-and-data-mining exception).")
    return "\n".join([
        _yaml_header(info, counts, manifest),
        f"# {info.pretty_name}\n",
        f"{info.description}\n",
        f"Release `{info.name}` version `{info.version}`, built from web-archive (WARC) "
        "captures with warctools.\n",
        _contents(counts, manifest),
        _health(health),
        _loading(configs),
        columns_markdown(schemas, level=3, intro=_CONFIGS_INTRO),
        _provenance(info, prov),
        f"## License\n\n{licence}\n",
        "## Checking the files\n\n`manifest.json` lists every data file with its size, sha256, "
        "rows and row groups; `croissant.json` describes the dataset in the MLCommons "
        "Croissant 1.0 vocabulary. Verify a copy with `sha256sum -c SHA256SUMS` or "
        "`warctools validate .`.\n",
    ])
