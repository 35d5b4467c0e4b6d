"""``--against PREV``: an earlier dedup output joins the index as frozen documents.

From PREV we read ``signatures/`` (hash values, shingle counts, text hashes, anchors,
hosts) and ``clusters/`` (id -> cluster_id, cluster sizes; the hosts too, for a release
whose signatures predate their ``host`` column); texts are re-read from PREV's
``articles/`` and ``copies/`` only for the earlier documents that a candidate pair needs.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as pads

from warctools.dedup.index import DocIndex
from warctools.dedup.minhash import band_keys
from warctools.dedup.params import DedupParams
from warctools.dedup.signature_io import iter_signatures, read_params, read_sketch_scheme
from warctools.dedup.sketch_stage import sketch_table

__all__ = ["add_prior_release", "prior_shingles"]

_MUST_MATCH = ("num_perm", "seed", "shingle_size")


def _check_compatible(prev: Path, params: DedupParams) -> bool:
    """Raise when PREV's sketches cannot be compared; True when its anchors are usable."""
    from warctools.dedup.params import NORMALIZATION
    from warctools.dedup.shingles import SHINGLE_HASH_VERSION

    scheme = read_sketch_scheme(prev)
    ours = {"hashfunc": SHINGLE_HASH_VERSION, "normalization": NORMALIZATION}
    for key, value in ours.items():
        if scheme[key] != value:
            from warctools.errors import UsageError

            raise UsageError(f"--against {prev}: its signatures were made with {key} "
                             f"{scheme[key] or '(unrecorded)'}, this version uses {value}; "
                             f"rerun `warctools dedup` on {prev} with this version first")
    theirs = read_params(prev)
    for name in _MUST_MATCH:
        if getattr(theirs, name) != getattr(params, name):
            from warctools.errors import UsageError

            flag = "--" + name.replace("_", "-")
            raise UsageError(f"--against {prev}: its {name} is {getattr(theirs, name)}, this "
                             f"run's is {getattr(params, name)}; rerun with {flag} "
                             f"{getattr(theirs, name)}")
    return theirs.anchor_mod == params.anchor_mod and theirs.anchor_gap == params.anchor_gap


def add_prior_release(index: DocIndex, prev: Path, params: DedupParams) -> int:
    """Append PREV's documents to ``index``; returns how many."""
    use_anchors = _check_compatible(prev, params)
    b, r = params.band_rows
    ids, bands, nsh, thash, anc, anc_counts, hosts = [], [], [], [], [], [], []
    cols = ["id", "hashvalues", "n_shingles", "text_hash", "anchors"]
    for batch in iter_signatures(prev, columns=cols, optional=["host"]):
        hv = batch.column("hashvalues")
        sigs = hv.flatten().to_numpy(zero_copy_only=False).reshape(len(batch), params.num_perm)
        bands.append(band_keys(sigs, b, r))
        ids.append(batch.column("id"))
        hosts.append(batch.column("host").cast(pa.string()) if "host" in batch.schema.names
                     else pa.nulls(len(batch), pa.string()))
        nsh.append(batch.column("n_shingles").to_numpy(zero_copy_only=False))
        thash.append(batch.column("text_hash").to_numpy(zero_copy_only=False))
        a = batch.column("anchors")
        if use_anchors:
            anc.append(a.flatten().to_numpy(zero_copy_only=False))
            anc_counts.append(np.diff(a.offsets.to_numpy()))
        else:
            anc_counts.append(np.zeros(len(batch), np.int64))
    if not ids:
        return 0
    id_arr = pa.concat_arrays([i.cast(pa.string()) for i in ids])
    cl_ds = pads.dataset(str(prev / "clusters"), format="parquet")
    cl_cols = ["id", "cluster_id"] + (["host"] if "host" in cl_ds.schema.names else [])
    clusters = pl.from_arrow(cl_ds.to_table(columns=cl_cols))
    assert isinstance(clusters, pl.DataFrame)
    if "host" not in clusters.columns:
        clusters = clusters.with_columns(pl.lit(None, pl.String).alias("host"))
    sizes = clusters.group_by("cluster_id").len("size")
    joined = (pl.DataFrame({"id": pl.Series(id_arr.to_pylist(), dtype=pl.String),
                            "sig_host": pl.Series(pa.concat_arrays(hosts).to_pylist(),
                                                  dtype=pl.String)})
              .join(clusters, on="id", how="left", maintain_order="left")
              .with_columns(pl.coalesce("cluster_id", "id").alias("cluster_id"),
                            pl.coalesce("sig_host", "host").alias("host"))
              .join(sizes, on="cluster_id", how="left", maintain_order="left")
              .with_columns(pl.col("size").fill_null(1)))
    index.add_prior(id_arr, np.concatenate(bands), np.concatenate(nsh), np.concatenate(thash),
                    np.concatenate(anc) if anc else np.zeros(0, np.uint32),
                    np.concatenate(anc_counts).astype(np.int64),
                    joined["cluster_id"].to_arrow(), joined["size"].to_numpy(),
                    joined["host"].to_arrow())
    return len(id_arr)


def prior_shingles(index: DocIndex, prevs: list[Path], needed: np.ndarray,
                   params: DedupParams) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Shingle sets of the prior documents ``needed`` (global indices), from PREV texts."""
    needed = np.unique(needed)
    want = {index.prior_ids[int(i) - index.n_new].as_py(): int(i) for i in needed}
    found: dict[int, np.ndarray] = {}
    cols = ["id", "text", "dateline_start", "dateline_end", "authors"]
    for prev in prevs:
        for table_name in ("articles", "copies"):
            folder = prev / table_name
            if not folder.is_dir() or not want:
                continue
            ds = pads.dataset(str(folder), format="parquet")
            names = [c for c in cols if c in ds.schema.names]
            flt = pc.field("id").isin(pa.array(list(want), pa.string()))
            for batch in ds.to_batches(columns=names, filter=flt):
                table = pa.Table.from_batches([batch])
                sk = sketch_table(table, params)
                for row, doc_id in enumerate(table.column("id").to_pylist()):
                    if doc_id in want:
                        found[want.pop(doc_id)] = sk.shingle_set(row).copy()
    docs = np.array(sorted(found), dtype=np.int64)
    sets = [found[int(d)] for d in docs]
    off = np.concatenate(([0], np.cumsum([s.size for s in sets]))).astype(np.int64)
    flat = np.concatenate(sets) if sets else np.zeros(0, np.uint32)
    if want:
        from warctools.errors import InputError

        raise InputError(f"--against: {len(want)} earlier articles have signatures but no "
                         f"text in articles/ or copies/ (e.g. {next(iter(want))})")
    return docs, flat.astype(np.uint32), off
