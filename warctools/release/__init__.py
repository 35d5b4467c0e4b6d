"""Releases: publish a dataset folder (Hub layout, card, manifest, Croissant), validate one.

See :mod:`warctools.release.publish` for the layout of a release.
"""

from __future__ import annotations

from warctools.release.publish import PublishResult, publish
from warctools.release.validate import ValidationResult, validate_release

__all__ = ["publish", "PublishResult", "validate_release", "ValidationResult"]
