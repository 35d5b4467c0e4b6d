"""``warctools explain OUT ID_A ID_B``: why two articles were (not) merged.

Recomputes both sketches from the texts stored in ``OUT/articles`` / ``OUT/copies`` with
the parameters recorded in ``OUT/signatures``, and replays the candidate routes and the
merge rules of :mod:`warctools.dedup.verify`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as pads

from warctools.dedup.minhash import sketch_prepared
from warctools.dedup.params import DedupParams
from warctools.dedup.shingles import prepare_text
from warctools.dedup.signature_io import read_params
from warctools.dedup.verify import REASONS, RELATIONS, decide

__all__ = ["explain_pair", "format_explanation"]

_COLS = ("id", "url", "host", "domain", "title", "published", "text", "dateline_start",
         "dateline_end", "authors", "template_block_hashes")


def _find_rows(folders: Sequence[Path], ids: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for folder in folders:
        for name in ("articles", "copies"):
            path = folder / name
            if not path.is_dir():
                continue
            ds = pads.dataset(str(path), format="parquet")
            cols = [c for c in _COLS if c in ds.schema.names]
            flt = pc.field("id").isin(pa.array(ids, pa.string()))
            for row in ds.to_table(columns=cols, filter=flt).to_pylist():
                found.setdefault(row["id"], row)
    return found


def _cluster_rows(out: Path, ids: list[str]) -> dict[str, dict[str, Any]]:
    if not (out / "clusters").is_dir():
        return {}
    ds = pads.dataset(str(out / "clusters"), format="parquet")
    table = ds.to_table(filter=pc.field("id").isin(pa.array(ids, pa.string())))
    return {r["id"]: r for r in table.to_pylist()}


def _shared_passages(tok_a: list[str], tok_b: list[str], k: int, top: int = 5) -> list[dict]:
    def grams(toks: list[str]) -> list[tuple[str, ...]]:
        if len(toks) < k:
            return [tuple(toks)] if toks else []
        return [tuple(toks[i : i + k]) for i in range(len(toks) - k + 1)]

    in_b = set(grams(tok_b))
    runs, start = [], None
    ga = grams(tok_a)
    for i, g in enumerate([*ga, None]):
        if g is not None and g in in_b:
            start = i if start is None else start
        elif start is not None:
            runs.append((i - start, start))
            start = None
    runs.sort(key=lambda r: (-r[0], r[1]))
    return [{"shingles": n, "words": n + min(k, len(tok_a)) - 1,
             "text": " ".join(tok_a[s : s + n + min(k, len(tok_a)) - 1])} for n, s in runs[:top]]


def _template_blocks(folders: Sequence[Path], rows: list[dict[str, Any]]
                     ) -> list[list[str] | None]:
    """The blocks the template stage took out of each row's text (None: it did not run)."""
    from warctools.templates.stage import outlet_of
    from warctools.templates.table import read_blocks

    outlets = [outlet_of(r.get("domain"), r.get("host")) for r in rows]
    texts = read_blocks(folders, sorted({o for o in outlets if o}))
    return [None if r.get("template_block_hashes") is None else
            [texts.get((o or "", h), f"(block {h:016x})") for h in r["template_block_hashes"]]
            for r, o in zip(rows, outlets, strict=True)]


def explain_pair(out: Path, id_a: str, id_b: str, *, also: Sequence[Path] = (),
                 params: DedupParams | None = None) -> dict[str, Any]:
    """A JSON-serialisable explanation of the pair (see :func:`format_explanation`)."""
    out = Path(out)
    params = params or read_params(out)
    rows = _find_rows([out, *also], [id_a, id_b])
    missing = [i for i in (id_a, id_b) if i not in rows]
    if missing:
        from warctools.errors import InputError

        raise InputError(f"article id(s) {', '.join(missing)} not found in {out}/articles or "
                         f"{out}/copies" + (" or the --against folders" if also else ""))
    a, b = rows[id_a], rows[id_b]
    prep = [prepare_text(r.get("text"), r.get("dateline_start"), r.get("dateline_end"),
                         r.get("authors")) for r in (a, b)]
    sk = sketch_prepared(prep, **params.sketch_kwargs())
    sa, sb = sk.shingle_set(0), sk.shingle_set(1)
    inter = int(np.intersect1d(sa, sb, assume_unique=True).size)
    na, nb = int(sa.size), int(sb.size)
    exact = prep[0] == prep[1] and min(na, nb) >= params.min_shingles
    same_host = bool(a.get("host")) and a.get("host") == b.get("host")
    dec = decide(na, nb, inter, params, same_host)
    bands_equal = int((sk.band_keys[0] == sk.band_keys[1]).sum())
    anc_a = sk.anchors[sk.anchor_offsets[0] : sk.anchor_offsets[1]]
    anc_b = sk.anchors[sk.anchor_offsets[1] : sk.anchor_offsets[2]]
    shared_anc = int(np.intersect1d(anc_a, anc_b).size)
    need_anc = max(2, math.ceil(params.anchor_min_fraction * min(anc_a.size, anc_b.size)))
    clusters = _cluster_rows(out, [id_a, id_b])
    ca, cb = clusters.get(id_a, {}), clusters.get(id_b, {})
    same = bool(ca) and ca.get("cluster_id") == cb.get("cluster_id")
    direct = same and (ca.get("matched_id") == id_b or cb.get("matched_id") == id_a)
    union = na + nb - inter
    removed = _template_blocks([out, *also], [a, b])
    return {
        "a": {"id": id_a, "url": a.get("url"), "host": a.get("host"), "title": a.get("title"),
              "shingles": na, "cluster": ca or None, "template_blocks": removed[0]},
        "b": {"id": id_b, "url": b.get("url"), "host": b.get("host"), "title": b.get("title"),
              "shingles": nb, "cluster": cb or None, "template_blocks": removed[1]},
        "estimated_jaccard": float(np.mean(sk.signatures[0] == sk.signatures[1])),
        "jaccard": inter / union if union else 0.0,
        "containment_a_in_b": inter / na if na else 0.0,
        "containment_b_in_a": inter / nb if nb else 0.0,
        "exact_duplicate": exact,
        "candidate": {"lsh_bands_equal": bands_equal, "lsh_bands": params.band_rows[0],
                      "lsh": bands_equal > 0, "anchors_a": int(anc_a.size),
                      "anchors_b": int(anc_b.size), "anchors_shared": shared_anc,
                      "anchors_needed": need_anc,
                      "anchor": shared_anc >= need_anc and min(na, nb) >= params.min_shingles},
        "rule": {"merged": exact or dec.merged,
                 "relation": "exact" if exact else RELATIONS.get(dec.relation),
                 "reason": "merged" if exact else REASONS[dec.reason]},
        "outcome": {"same_cluster": same, "direct": direct},
        "same_host": same_host,
        "params": {k: params.as_dict()[k] for k in ("threshold", "containment", "jaccard_floor",
                                                    "same_site_jaccard_floor",
                                                    "min_shingles", "containment_min_shingles",
                                                    "shingle_size", "num_perm")},
        "shared_passages": _shared_passages(prep[0].split(), prep[1].split(),
                                            params.shingle_size),
    }


def _why(e: dict[str, Any]) -> str:
    p, r = e["params"], e["rule"]
    short = min(e["a"]["shingles"], e["b"]["shingles"])
    con = max(e["containment_a_in_b"], e["containment_b_in_a"])
    if e["exact_duplicate"]:
        return "exact duplicate: identical normalised text"
    return {
        "merged": (f"near duplicate: Jaccard {e['jaccard']:.3f} >= threshold {p['threshold']}"
                   if r["relation"] == "near" else
                   f"contained: {con:.3f} of the shorter text is in the longer "
                   f"(>= {p['containment']}), Jaccard {e['jaccard']:.3f} >= floor "
                   f"{p['jaccard_floor']}, shorter has {short} >= "
                   f"{p['containment_min_shingles']} shingles"),
        "too_short": f"guard min_shingles: the shorter text has {short} < {p['min_shingles']}",
        "below_thresholds": (f"Jaccard {e['jaccard']:.3f} < {p['threshold']} and containment "
                             f"{con:.3f} < {p['containment']}"),
        "containment_too_short": (f"guard containment_min_shingles: containment {con:.3f} "
                                  f"but the shorter text has only {short} < "
                                  f"{p['containment_min_shingles']} shingles"),
        "jaccard_floor": (f"guard jaccard_floor: containment {con:.3f} but Jaccard "
                          f"{e['jaccard']:.3f} < {p['jaccard_floor']}"),
        "same_site_floor": (f"guard same_site_jaccard_floor: both pages are on one host "
                            f"(shared template), containment {con:.3f} but Jaccard "
                            f"{e['jaccard']:.3f} < {p['same_site_jaccard_floor']}"),
    }[r["reason"]]


def format_explanation(e: dict[str, Any]) -> str:
    c = e["candidate"]
    lines = []
    for key in ("a", "b"):
        d = e[key]
        cl = d["cluster"] or {}
        lines.append(f"{key.upper()}: {d['id']}  {d['host'] or ''}  {d['title'] or ''}")
        lines.append(f"   {d['url']}  shingles={d['shingles']}  cluster={cl.get('cluster_id')}"
                     f" relation={cl.get('relation')}")
    lines += [
        f"Jaccard: estimated {e['estimated_jaccard']:.3f} (MinHash), exact {e['jaccard']:.3f}",
        f"Containment: A in B {e['containment_a_in_b']:.3f}, B in A "
        f"{e['containment_b_in_a']:.3f}",
        f"Candidate routes: LSH {'yes' if c['lsh'] else 'no'} ({c['lsh_bands_equal']} of "
        f"{c['lsh_bands']} bands equal); anchors {'yes' if c['anchor'] else 'no'} "
        f"({c['anchors_shared']} shared, {c['anchors_needed']} needed)",
        f"Rule: {'MERGE' if e['rule']['merged'] else 'no merge'}: {_why(e)}",
    ]
    o = e["outcome"]
    if o["same_cluster"]:
        how = "directly" if o["direct"] else "through other articles of the cluster"
        lines.append(f"Outcome: same cluster ({how})")
    else:
        lines.append("Outcome: different clusters")
        if e["rule"]["merged"] and not (c["lsh"] or c["anchor"]):
            lines.append("   (the rule would merge them, but no candidate route proposed "
                         "the pair)")
    for key in ("a", "b"):
        blocks = e[key].get("template_blocks")
        if blocks is None:
            lines.append(f"Template blocks removed from {key.upper()}: (template stage off)")
            continue
        lines.append(f"Template blocks removed from {key.upper()}: {len(blocks)}")
        lines += [f"  - {b[:160]}" for b in blocks]
    lines.append("Shared passages (longest runs of common shingles):")
    for p in e["shared_passages"] or []:
        lines.append(f"  [{p['words']} words] {p['text'][:300]}")
    if not e["shared_passages"]:
        lines.append("  (none)")
    return "\n".join(lines)
