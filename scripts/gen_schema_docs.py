#!/usr/bin/env python3
"""Render the column tables of schemas/ (article, cluster, error, filtered, signature).

    python scripts/gen_schema_docs.py            # (re)write docs/columns.md
    python scripts/gen_schema_docs.py --check    # exit 1 when docs/columns.md is stale
    python scripts/gen_schema_docs.py --print [--level 3]   # print the tables (for a README)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs" / "columns.md"
README = REPO / "README.md"
START, END = "<!-- columns:start -->", "<!-- columns:end -->"


def readme_with_tables(readme: str, tables: str) -> str:
    """The README with the text between its column markers replaced by ``tables``."""
    head, sep, rest = readme.partition(START)
    _, sep2, tail = rest.partition(END)
    if not sep or not sep2:
        raise SystemExit(f"README.md lacks the {START} ... {END} markers")
    return f"{head}{START}\n{tables}{END}{tail}"


def render(level: int = 2) -> str:
    sys.path.insert(0, str(REPO))
    from warctools.release.columns import columns_markdown

    return columns_markdown(level=level)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the file is stale")
    parser.add_argument("--print", dest="show", action="store_true", help="print to stdout")
    parser.add_argument("--level", type=int, default=2, help="heading level of each table")
    parser.add_argument("--output", type=Path, default=DOCS, help="file to write or check")
    args = parser.parse_args(argv)
    text = render(args.level)
    if args.show:
        sys.stdout.write(text)
        return 0
    readme = README.read_text(encoding="utf-8")
    new_readme = readme_with_tables(readme, render(3))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        stale = [str(p) for p, ok in ((args.output, current == text),
                                      (README, readme == new_readme)) if not ok]
        if stale:
            print(f"{', '.join(stale)} stale: run python scripts/gen_schema_docs.py",
                  file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    README.write_text(new_readme, encoding="utf-8")
    print(f"wrote {args.output} and the column tables in {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
