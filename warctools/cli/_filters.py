"""``--language``, ``--since``/``--until``, ``--undated``, ``--hosts``/``--exclude-hosts``,
``--min-words`` of extract and run: gathered into one ``filters`` argument."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

_NAMES = ("language", "since", "until", "undated", "hosts_file", "exclude_hosts_file",
          "min_words")


def record_filters(language: str | None = None, since: str | None = None,
                   until: str | None = None, undated: str = "keep",
                   hosts_file: str | None = None, exclude_hosts_file: str | None = None,
                   min_words: int = 0) -> Any:
    """The options' :class:`~warctools.pipeline.filters.RecordFilters`."""
    from warctools.pipeline.filters import (
        RecordFilters,
        parse_languages,
        parse_when,
        read_host_list,
    )

    return RecordFilters(
        languages=parse_languages(language),
        since=parse_when(since) if since else None,
        until=parse_when(until, end=True) if until else None,
        undated=undated,
        hosts=read_host_list(hosts_file) if hosts_file else (),
        exclude_hosts=read_host_list(exclude_hosts_file) if exclude_hosts_file else (),
        min_words=min_words,
    )


def filter_options(func: F) -> F:
    """Add the filter options; the command receives them as one ``filters`` argument."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        values = {name: kwargs.pop(name) for name in _NAMES}
        return func(*args, filters=record_filters(**values), **kwargs)

    options = [
        click.option("--min-words", type=click.IntRange(min=0), default=0, metavar="N",
                     help="Set aside articles of fewer than N words (reason min_words)."),
        click.option("--exclude-hosts", "exclude_hosts_file", type=click.Path(dir_okay=False),
                     default=None, metavar="FILE",
                     help="Set aside pages of these hosts (reason host): one per line, # "
                          "comments; example.com = it and its subdomains, *.example.com = "
                          "subdomains only."),
        click.option("--hosts", "hosts_file", type=click.Path(dir_okay=False), default=None,
                     metavar="FILE", help="Keep only pages of these hosts (same format)."),
        click.option("--undated", type=click.Choice(["keep", "drop"]), default="keep",
                     show_default=True,
                     help="Articles with no publication date: keep, or set aside (undated)."),
        click.option("--until", default=None, metavar="DATE",
                     help="Keep articles published up to DATE (YYYY-MM-DD: that whole day; "
                          "reason date). CC-NEWS files crawled over 2 days later are skipped "
                          "whole."),
        click.option("--since", default=None, metavar="DATE",
                     help="Keep articles published on or after DATE (reason date). CC-NEWS "
                          "files crawled before it are skipped whole."),
        click.option("--language", default=None, metavar="CODES",
                     help="Keep articles in these languages, e.g. en,de (reason language; "
                          "an undetected language is set aside)."),
    ]
    for option in options:
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]
