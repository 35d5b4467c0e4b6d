"""``warctools validate RELEASE``: checksums, manifest, schemas/, required columns, ids."""

from __future__ import annotations

import click


@click.command("validate")
@click.argument("release", type=click.Path(exists=True, file_okay=False))
@click.option("-q", "--quiet", is_flag=True, help="Print nothing when the release is valid.")
def command(release: str, quiet: bool) -> None:
    """Check a release made by `warctools publish`; exit 1 naming each file that fails.

    Verifies SHA256SUMS, that manifest.json matches the files (no extra or missing
    file, rows and row groups), that every data file's schema equals schemas/ (names,
    types, nullability), required columns hold no null, ids are unique, rows are sorted
    as declared, and croissant.json agrees with the manifest and schemas/.
    """
    from pathlib import Path

    from warctools.release.validate import validate_release

    result = validate_release(Path(release))
    if not quiet:
        click.echo(result.summary())
