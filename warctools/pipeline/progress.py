"""A progress bar on stderr, only when stderr is a terminal (records/s, MB/s)."""

from __future__ import annotations

import sys
import time
from typing import Any

__all__ = ["Progress"]


class Progress:
    def __init__(self, files: int, total_bytes: int, *, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.files, self.total_bytes = files, total_bytes
        self.done = 0
        self.records = 0
        self.articles = 0
        self.start = time.monotonic()
        self._bar: Any = None
        if self.enabled:
            from tqdm import tqdm

            self._bar = tqdm(total=files, unit="file", file=sys.stderr, dynamic_ncols=True)

    def advance_done(self, n: int) -> None:
        self.done += n
        if self._bar is not None and n:
            self._bar.update(n)

    def update(self, summary: dict[str, Any]) -> None:
        self.done += 1
        self.records += summary["records"]
        self.articles += summary["articles"]
        if self._bar is None:
            return
        elapsed = max(time.monotonic() - self.start, 1e-6)
        share = self.done / max(self.files, 1)
        self._bar.set_postfix_str(
            f"{self.records / elapsed:,.0f} rec/s, "
            f"{share * self.total_bytes / elapsed / 1e6:,.1f} MB/s, {self.articles:,} articles"
        )
        self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
