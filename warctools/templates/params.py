"""Parameters of the template stage (docs/templates.md): a frozen dataclass, JSON in and out."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any

__all__ = ["TemplateParams", "DEFAULT_TEMPLATES", "PAGE_TYPE", "SKIP_REASON"]

PAGE_TYPE = "template"
"""``page_type`` of an article whose text was nothing but template (--keep-non-articles)."""
SKIP_REASON = "template_only"
"""The summary's skip reason for those articles (left out of articles/)."""


@dataclass(frozen=True)
class TemplateParams:
    """A block is one outlet's template when it is on at least
    ``max(min_pages, min(ceil(share x stories), max_pages))`` of the outlet's stories
    (``stories``: the outlet's pages, those with one title or one URL counted once)."""

    share: float = 0.25
    """Least share of an outlet's stories a block must appear on (--template-threshold)."""
    min_pages: int = 4
    """Least number of the outlet's stories, whatever the share (--template-min-pages)."""
    max_pages: int = 50
    """A block on this many stories of one outlet is template, however large the outlet."""
    mostly: float = 0.5
    """An article that lost more than this share of its text to the template never merges."""
    keep_non_articles: bool = False
    """Keep articles that were nothing but template, as page_type 'template'."""

    def __post_init__(self) -> None:
        from warctools.errors import UsageError

        if not 0.0 < self.share <= 1.0:
            raise UsageError(f"template share must be in (0, 1], got {self.share}")
        if self.min_pages < 2:
            raise UsageError(f"template min_pages must be at least 2, got {self.min_pages}")
        if self.max_pages < self.min_pages:
            raise UsageError("template max_pages must not be under min_pages")
        if not 0.0 < self.mostly <= 1.0:
            raise UsageError(f"template mostly must be in (0, 1], got {self.mostly}")

    def least_pages(self, stories: int) -> int:
        """Stories a block must be on, for an outlet of ``stories`` stories."""
        return max(self.min_pages, min(math.ceil(self.share * stories - 1e-9), self.max_pages))

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TemplateParams:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


DEFAULT_TEMPLATES = TemplateParams()
"""The stage as the verbs run it by default (the library's default too)."""
