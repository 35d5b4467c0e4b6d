"""``OUT/signatures/``: the MinHash signatures of every input article, as Parquet.

Columns: ``id`` (string), ``hashvalues`` (list<uint32>, num_perm values),
``n_shingles`` (int32, distinct shingles), ``text_hash`` (uint64, hash of the normalised
token string: equal hashes = exact duplicates), ``anchors`` (list<uint32>, the containment
anchors), ``host`` (string, nullable: the article's host, for the same-site guard of a
later ``--against``). File metadata: ``dedup.num_perm``, ``dedup.seed``, ``dedup.scheme``
(``affine32``), ``dedup.hashfunc`` (``warctools.dedup.shingle_hash``),
``dedup.shingle_size``, ``dedup.normalization`` and ``dedup.params`` (JSON of every
parameter). Load one into datasketch with :func:`lean_minhash`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from warctools.dedup.minhash import SCHEME, Sketches
from warctools.dedup.params import NORMALIZATION, DedupParams
from warctools.dedup.shingles import SHINGLE_HASH_VERSION
from warctools.schema import arrow_schema
from warctools.storage import check_parquet

__all__ = ["SIGNATURE_SCHEMA", "signature_table", "write_signatures", "signature_files",
           "read_params", "iter_signatures", "lean_minhash"]

SIGNATURE_SCHEMA = arrow_schema("signature")


def signature_table(ids: pa.Array, sk: Sketches, hosts: pa.Array | None = None) -> pa.Table:
    n, p = sk.signatures.shape
    hv_offsets = pa.array(np.arange(0, (n + 1) * p, p, dtype=np.int32))
    hashvalues = pa.ListArray.from_arrays(hv_offsets, pa.array(sk.signatures.reshape(-1)))
    anchors = pa.ListArray.from_arrays(pa.array(sk.anchor_offsets.astype(np.int64)),
                                       pa.array(sk.anchors))
    anchors = anchors.cast(pa.list_(pa.uint32()))
    host = pa.nulls(n, pa.string()) if hosts is None else hosts.cast(pa.string())
    return pa.Table.from_arrays(
        [ids.cast(pa.string()), hashvalues, pa.array(sk.n_shingles, pa.int32()),
         pa.array(sk.text_hash, pa.uint64()), anchors, host],
        schema=SIGNATURE_SCHEMA,
    )


def _metadata(params: DedupParams) -> dict[str, str]:
    return {
        "dedup.num_perm": str(params.num_perm),
        "dedup.seed": str(params.seed),
        "dedup.scheme": SCHEME,
        "dedup.hashfunc": SHINGLE_HASH_VERSION,
        "dedup.shingle_size": str(params.shingle_size),
        "dedup.normalization": NORMALIZATION,
        "dedup.params": json.dumps(params.as_dict(), sort_keys=True),
    }


def write_signatures(path: Path, table: pa.Table, params: DedupParams) -> Path:
    from warctools.writers.parquet import write_table_atomic

    return write_table_atomic(path, table, metadata=_metadata(params), row_group_size=8192)


def signature_files(folder: Path) -> list[Path]:
    folder = Path(folder)
    sig = folder / "signatures" if (folder / "signatures").is_dir() else folder
    files = sorted(sig.glob("*.parquet"))
    check_parquet(files, "signatures", ("id", "hashvalues"))
    return files


def read_params(folder: Path) -> DedupParams:
    """The parameters a dedup output was made with (from its signatures' metadata)."""
    files = signature_files(folder)
    if not files:
        from warctools.errors import UsageError

        raise UsageError(f"{folder} has no signatures/*.parquet: is it a dedup output folder?")
    meta = pq.read_schema(files[0]).metadata or {}
    raw = meta.get(b"dedup.params")
    if raw is None:
        from warctools.errors import SchemaError

        raise SchemaError(f"{files[0]} lacks dedup.params metadata")
    data: dict[str, Any] = json.loads(raw)
    return DedupParams.from_dict(data)


def read_sketch_scheme(folder: Path) -> dict[str, str]:
    """How a dedup output's sketches were made: its signatures' ``dedup.hashfunc`` and
    ``dedup.normalization`` metadata (empty strings where absent)."""
    files = signature_files(folder)
    meta = (pq.read_schema(files[0]).metadata or {}) if files else {}
    return {key: meta.get(f"dedup.{key}".encode(), b"").decode()
            for key in ("hashfunc", "normalization")}


def iter_signatures(folder: Path, columns: list[str] | None = None,
                    batch_rows: int = 65536, optional: list[str] | None = None
                    ) -> Iterator[pa.RecordBatch]:
    """Batches of ``columns`` plus those of ``optional`` that a file has (signatures
    written before a nullable column was added lack it)."""
    for path in signature_files(folder):
        pf = pq.ParquetFile(path)
        cols = columns
        if columns is not None and optional:
            cols = columns + [c for c in optional if c in pf.schema_arrow.names]
        yield from pf.iter_batches(batch_size=batch_rows, columns=cols)


def lean_minhash(hashvalues: Any, seed: int = 1) -> Any:
    """A ``datasketch.LeanMinHash`` from one row's ``hashvalues``."""
    from datasketch import LeanMinHash

    return LeanMinHash(seed=seed, hashvalues=np.asarray(hashvalues, dtype=np.uint32),
                       scheme=SCHEME)
