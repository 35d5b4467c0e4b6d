"""``warctools publish DIR -o RELEASE``: a dataset folder -> a release (Hub layout, card...)."""

from __future__ import annotations

import click


@click.command("publish")
@click.argument("dataset", type=click.Path(exists=True, file_okay=False))
@click.option("-o", "--output", "output", required=True, type=click.Path(file_okay=False),
              help="Release folder to create (built beside it, then renamed into place).")
@click.option("--name", default=None, help="Dataset name [default: DATASET's folder name].")
@click.option("--version", "version", default=None, help="Release version [default: 1.0.0].")
@click.option("--license", "license_", default=None, metavar="ID",
              help="Hub license id, e.g. cc-by-4.0 [default: other, the texts remaining "
                   "the publishers' copyright].")
@click.option("--description", default=None, help="One paragraph for the dataset card.")
@click.option("--url", default=None,
              help="Where the release will live, for croissant.json [default: "
                   "https://huggingface.co/datasets/NAME].")
@click.option("--include-copies", is_flag=True,
              help="Also publish copies/ (every syndicated copy, whole) as a config.")
@click.option("--splits", default=None, metavar="NAME=F,...",
              help="Split every config by story, e.g. train=0.98,validation=0.01,test=0.01 "
                   "[default: one train split].")
@click.option("--split-by", type=click.Choice(["cluster", "time"]), default="cluster",
              show_default=True,
              help="cluster: a hash of the story's cluster id (stable across releases); "
                   "time: the latest stories form the last splits (test, then validation).")
@click.option("--against", type=click.Path(exists=True, file_okay=False), default=None,
              metavar="PREV", help="An earlier release: the stories it holds keep their "
                                   "split.")
@click.option("--overwrite", is_flag=True, help="Replace a non-empty release folder.")
@click.option("-q", "--quiet", is_flag=True, help="No summary, only errors.")
def command(dataset: str, output: str, name: str | None, version: str | None,
            license_: str | None, description: str | None, url: str | None,
            include_copies: bool, splits: str | None, split_by: str, against: str | None,
            overwrite: bool, quiet: bool) -> None:
    """Publish DATASET (a `run`, `dedup` or `extract` output folder) as a release.

    Writes data/<config>/<split>-0000i-of-0000N.parquet (configs articles, clusters, and
    copies with --include-copies; split train unless --splits) sorted by (published,
    host), all of a story's rows in one split, a README.md dataset card,
    manifest.json, croissant.json and SHA256SUMS. Check it with `warctools validate`.
    """
    from pathlib import Path

    from warctools.release.publish import publish
    from warctools.release.splits import DEFAULT_SPLITS, parse_splits

    spec = parse_splits(splits or DEFAULT_SPLITS, split_by)
    result = publish(Path(dataset), Path(output), name=name, version=version,
                     license=license_, description=description, url=url,
                     include_copies=include_copies, overwrite=overwrite, splits=spec,
                     against=Path(against) if against else None)
    if not quiet:
        m = result.manifest
        configs = ", ".join(
            f"{c} {v['rows']:,} rows (" + ", ".join(f"{s} {n['rows']:,}" for s, n in
                                                   v["splits"].items()) + ")"
            for c, v in m["configs"].items())
        click.echo(f"published {m['name']} {m['version']} to {output}: {configs} "
                   f"({len(m['files'])} data files)", err=True)
        how = m.get("splits") or {}
        if how.get("previous"):
            click.echo(f"against {how['previous']}: {how['kept_from_previous']:,} stories kept "
                       f"their split, {how['conflicts']:,} could not (rows in two splits "
                       "before, or a split not used now)", err=True)
