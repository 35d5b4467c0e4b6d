"""Record filters of ``extract``/``run``: language, publication date, hosts, minimum words.

A filtered page is never dropped silently: its reason is counted per input (``filtered``
in summary.json, beside ``skipped``) and it gets a row in ``filtered/`` (schemas/
filtered.v1.json). The filters are fixed in the run's plan, so ``--resume`` keeps them.

Reasons: ``host`` (not in ``--hosts`` or in ``--exclude-hosts``; checked before the page
is extracted), ``language`` (not one of ``--language``, or no language detected),
``undated`` (no publication date with ``--undated drop``), ``date`` (published outside
``--since``/``--until``), ``min_words``. A revisit record in another input file of a page
set aside has no original to resolve against: it stays ``revisit_unresolved`` (skipped).

CC-NEWS file names carry the crawl time (``CC-NEWS-20240102123456-00001.warc.gz``): an
input so named is skipped whole (reason ``outside_date_range``) when all its captures lie
before ``--since`` (a file is assumed to span at most ``FILE_SPAN``, and a page is never
published after its capture), or when it was crawled more than ``CAPTURE_LAG`` after
``--until`` (later captures of pages published in the range are given up).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from warctools.errors import UsageError

from .. import _regex

__all__ = ["RecordFilters", "read_host_list", "parse_when", "parse_languages",
           "ccnews_time", "FILE_SPAN", "CAPTURE_LAG", "OUTSIDE_DATE_RANGE", "FILTER_OPTIONS"]

FILE_SPAN = timedelta(days=1)
"""The longest a CC-NEWS file is taken to span from the time in its name."""
CAPTURE_LAG = timedelta(days=2)
"""Files crawled more than this after ``--until`` are skipped whole."""
OUTSIDE_DATE_RANGE = "outside_date_range"
FILTER_OPTIONS = {"languages": "--language", "since": "--since", "until": "--until",
                  "undated": "--undated", "hosts": "--hosts", "exclude_hosts": "--exclude-hosts",
                  "min_words": "--min-words"}
"""Each field of :class:`RecordFilters` and the command-line option that sets it."""
_CCNEWS = _regex.compile(r"CC-NEWS-(\d{14})-\d+\.warc(?:\.gz)?$")
_UNDATED = ("keep", "drop")


def parse_when(text: str, *, end: bool = False) -> datetime:
    """``2024-01-31`` or an ISO datetime, as an aware UTC datetime. A bare date given as the
    end of a range stands for the whole day (the next midnight, exclusive)."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
            day = datetime.combine(date.fromisoformat(text.strip()), datetime.min.time(),
                                   timezone.utc)
            return day + timedelta(days=1) if end else day
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"not a date: {text!r} (expected YYYY-MM-DD or an ISO datetime)"
                         ) from None
    return when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when.astimezone(
        timezone.utc)


def parse_languages(text: str | None) -> tuple[str, ...]:
    """``"en,de"`` -> ``("de", "en")`` (ISO 639-1 codes, lower case)."""
    if not text:
        return ()
    codes = sorted({c.strip().lower() for c in text.split(",") if c.strip()})
    bad = [c for c in codes if not re.fullmatch(r"[a-z]{2,3}", c)]
    if bad:
        raise UsageError(f"--language: {', '.join(bad)} is not a language code (e.g. en,de)")
    return tuple(codes)


def _host_entry(line: str) -> str | None:
    entry = line.split("#", 1)[0].strip().lower()
    if not entry:
        return None
    if "://" in entry:
        entry = entry.split("://", 1)[1]
    entry = entry.split("/", 1)[0].split(":", 1)[0].rstrip(".")
    return entry or None


def read_host_list(path: str | Path) -> tuple[str, ...]:
    """The entries of a hosts file: one per line, ``#`` comments and blank lines ignored;
    ``example.com`` (that host and its subdomains) or ``*.example.com`` (subdomains only)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read the hosts file {path}: {exc}") from exc
    return tuple(sorted({e for line in text.splitlines() if (e := _host_entry(line))}))


class _HostSet:
    """Membership of a host in a list of ``example.com`` / ``*.example.com`` entries."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.domains = {e for e in entries if not e.startswith("*.")}
        self.subdomains_of = {e[2:] for e in entries if e.startswith("*.")}

    def __contains__(self, host: str) -> bool:
        labels = host.split(".")
        if host in self.domains:
            return True
        for i in range(1, len(labels)):
            parent = ".".join(labels[i:])
            if parent in self.domains or parent in self.subdomains_of:
                return True
        return False


def ccnews_time(name: str) -> datetime | None:
    """The crawl time in a CC-NEWS file name, or None for another name."""
    found = _CCNEWS.search(name)
    if not found:
        return None
    try:
        return datetime.strptime(found.group(1), "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
    except ValueError:
        return None


@dataclass(frozen=True)
class RecordFilters:
    """Which extracted pages to keep; the default keeps every page."""

    languages: tuple[str, ...] = ()
    since: datetime | None = None
    """Keep pages published at or after this moment (UTC)."""
    until: datetime | None = None
    """Keep pages published before this moment (exclusive; a bare date ends its day)."""
    undated: str = "keep"
    hosts: tuple[str, ...] = ()
    exclude_hosts: tuple[str, ...] = ()
    min_words: int = 0
    _include: _HostSet = field(init=False, repr=False, compare=False)
    _exclude: _HostSet = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.undated not in _UNDATED:
            raise UsageError(f"--undated must be keep or drop, got {self.undated!r}")
        if self.since and self.until and self.since >= self.until:
            raise UsageError("--since must come before --until")
        if self.min_words < 0:
            raise UsageError("--min-words must not be negative")
        object.__setattr__(self, "_include", _HostSet(self.hosts))
        object.__setattr__(self, "_exclude", _HostSet(self.exclude_hosts))

    @property
    def active(self) -> bool:
        return self != RecordFilters()

    def host_reason(self, host: str | None) -> str | None:
        """``"host"`` when a page of ``host`` is filtered out by the host lists."""
        if not self.hosts and not self.exclude_hosts:
            return None
        if self.hosts and (host is None or host not in self._include):
            return "host"
        if self.exclude_hosts and host is not None and host in self._exclude:
            return "host"
        return None

    def row_reason(self, row: Mapping[str, Any]) -> str | None:
        """Why an article row is filtered out (None: kept). Hosts are checked earlier."""
        if self.languages and row.get("language") not in self.languages:
            return "language"
        published = row.get("published")
        if isinstance(published, datetime) and published.tzinfo is None:
            published = published.replace(tzinfo=timezone.utc)
        if published is None:
            if self.undated == "drop":
                return "undated"
        elif (self.since and published < self.since) or (self.until and
                                                           published >= self.until):
            return "date"
        if self.min_words and int(row.get("word_count") or 0) < self.min_words:
            return "min_words"
        return None

    def input_outside(self, name: str) -> bool:
        """A CC-NEWS file whose crawl time puts every page it can hold out of the range."""
        if self.since is None and self.until is None:
            return False
        crawled = ccnews_time(name)
        if crawled is None:
            return False
        if self.since is not None and crawled + FILE_SPAN <= self.since:
            return True
        return self.until is not None and crawled > self.until + CAPTURE_LAG

    def as_dict(self) -> dict[str, Any]:
        return {
            "languages": list(self.languages),
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "undated": self.undated,
            "hosts": list(self.hosts),
            "exclude_hosts": list(self.exclude_hosts),
            "min_words": self.min_words,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> RecordFilters:
        if not data:
            return cls()
        since, until = data.get("since"), data.get("until")
        return cls(languages=tuple(data.get("languages") or ()),
                   since=datetime.fromisoformat(since) if since else None,
                   until=datetime.fromisoformat(until) if until else None,
                   undated=data.get("undated") or "keep",
                   hosts=tuple(data.get("hosts") or ()),
                   exclude_hosts=tuple(data.get("exclude_hosts") or ()),
                   min_words=int(data.get("min_words") or 0))

    def describe(self) -> dict[str, Any]:
        """The set filters only, host lists by their length (for summaries and cards)."""
        out: dict[str, Any] = {}
        for key, value in self.as_dict().items():
            if key in ("hosts", "exclude_hosts") and value:
                out[key] = f"{len(value)} entries"
            elif value and value != "keep":
                out[key] = value
        return out
