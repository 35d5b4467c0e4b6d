"""``croissant.json``: the release in the MLCommons Croissant 1.0 vocabulary (JSON-LD).

Generated from ``schemas/`` (one RecordSet per config, one Field per column) and from the
manifest (one FileObject per data file with its sha256, one FileSet per config).
"""

from __future__ import annotations

from typing import Any

from warctools.release.layout import TABLE_SCHEMAS
from warctools.schema import load_schema_doc

__all__ = ["CONTEXT", "CROISSANT", "build_croissant", "croissant_fields", "record_set_fields",
           "DATA_TYPES", "SPLITS"]

CROISSANT = "croissant.json"
SPLITS = "splits"
"""The RecordSet (``dataType: cr:Split``) naming the release's splits."""
PARQUET_MIME = "application/x-parquet"
DATA_TYPES: dict[str, str] = {
    "string": "sc:Text",
    "int32": "sc:Integer",
    "int64": "sc:Integer",
    "uint64": "sc:Integer",
    "float32": "sc:Float",
    "float64": "sc:Float",
    "bool": "sc:Boolean",
    "timestamp": "sc:DateTime",
    "binary": "sc:Text",
}

# The standard Croissant 1.0 @context (as in mlcommons/croissant's datasets/1.0 examples
# and mlcroissant's own), so that checkers read the file without a warning.
CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}


def _field(record_set: str, file_set: str, column: dict[str, Any],
           path: list[str] | None = None) -> dict[str, Any]:
    spec = column["type"]
    repeated = False
    if isinstance(spec, str) and spec.startswith("list<"):
        spec, repeated = spec[len("list<"):-1], True
    elif isinstance(spec, dict) and "list" in spec:
        spec, repeated = spec["list"], True
    names = [*(path or []), column["name"]]
    source: dict[str, Any] = {"fileSet": {"@id": file_set}, "extract": {"column": names[0]}}
    if len(names) > 1:
        source["transform"] = {"jsonPath": ".".join(names[1:])}
    field: dict[str, Any] = {
        "@type": "cr:Field",
        "@id": f"{record_set}/{'/'.join(names)}",
        "name": column["name"],
        "description": column.get("doc", ""),
        "source": source,
    }
    if isinstance(spec, dict) and "struct" in spec:
        field["subField"] = [_field(record_set, file_set, sub, names) for sub in spec["struct"]]
    else:
        field["dataType"] = DATA_TYPES[spec]
    if repeated:
        field["repeated"] = True
    return field


def _split_field(config: str) -> dict[str, Any]:
    """The row's split, read from its file's name (``data/<config>/<split>-*.parquet``).

    Not declared as a reference to the ``splits`` RecordSet: mlcroissant 1.0 then joins the
    two, and a second ``records()`` of the config comes back empty. The regex also matches
    a bare split name (what a join would leave after its own pass of the transform)."""
    return {
        "@type": "cr:Field", "@id": f"{config}/split", "name": "split",
        "description": "The split the row belongs to (all of a story's rows share one).",
        "dataType": "sc:Text",
        "source": {"fileSet": {"@id": f"{config}-files"}, "extract": {"fileProperty": "fullpath"},
                   "transform": {"regex": rf"^(?:.*/{config}/)?([a-z][a-z0-9_]*)"
                                          r"(?:-[^/]*\.parquet)?$"}},
    }


def croissant_fields(config: str) -> list[dict[str, Any]]:
    """The Fields of one config's columns, straight from ``schemas/``."""
    doc = load_schema_doc(TABLE_SCHEMAS[config])
    return [_field(config, f"{config}-files", c) for c in doc["columns"]]


def record_set_fields(config: str) -> list[dict[str, Any]]:
    """The Fields of one config's RecordSet: its columns, then the row's split."""
    return [*croissant_fields(config), _split_field(config)]


def _splits_record_set(manifest: dict[str, Any]) -> dict[str, Any]:
    names = list((manifest.get("splits") or {}).get("fractions") or {"train": 1.0})
    return {
        "@type": "cr:RecordSet", "dataType": "cr:Split", "@id": SPLITS, "name": SPLITS,
        "description": "The release's splits; every row of a story is in one of them.",
        "key": {"@id": f"{SPLITS}/name"},
        "field": [{"@type": "cr:Field", "@id": f"{SPLITS}/name", "name": "name",
                   "dataType": "sc:Text"}],
        "data": [{f"{SPLITS}/name": name} for name in names],
    }


def _distribution(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for f in manifest["files"]:
        out.append({"@type": "cr:FileObject", "@id": f["path"], "name": f["path"],
                    "contentUrl": f["path"], "contentSize": f"{f['bytes']} B",
                    "encodingFormat": PARQUET_MIME, "sha256": f["sha256"]})
    for config in manifest["configs"]:
        out.append({"@type": "cr:FileSet", "@id": f"{config}-files", "name": f"{config}-files",
                    "description": f"The {config} config: data/{config}/*.parquet",
                    "encodingFormat": PARQUET_MIME, "includes": f"data/{config}/*.parquet"})
    return out


def build_croissant(manifest: dict[str, Any], *, description: str,
                    url: str | None = None) -> dict[str, Any]:
    record_sets = []
    for config in manifest["configs"]:
        schema_doc = load_schema_doc(TABLE_SCHEMAS[config])
        record_sets.append({
            "@type": "cr:RecordSet", "@id": config, "name": config,
            "description": schema_doc.get("doc", ""),
            "key": {"@id": f"{config}/id"},
            "field": record_set_fields(config),
        })
    record_sets.append(_splits_record_set(manifest))
    return {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "name": manifest["name"],
        "description": description,
        "version": manifest["version"],
        "license": manifest["license"],
        "url": url or f"https://huggingface.co/datasets/{manifest['name']}",
        "datePublished": manifest["created"],
        "keywords": ["news", "web archive", "WARC", "deduplication"],
        "citeAs": f"{manifest['name']} (version {manifest['version']}), built with warctools "
                  f"{manifest['warctools_version']}.",
        "distribution": _distribution(manifest),
        "recordSet": record_sets,
    }
