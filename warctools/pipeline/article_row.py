"""Capture + Extracted -> one ``articles/`` row (schemas/article.v1.json)."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from warctools.domains import public_suffix_list
from warctools.records import Capture, Extracted, word_count

__all__ = ["capture_id", "capture_key", "host_of", "registered_domain", "article_row", "word_count"]


def capture_key(url: str, warc_date: datetime | None, digest: str) -> str:
    """The id of a capture of ``url`` at ``warc_date`` with payload ``digest``."""
    date = warc_date.isoformat() if warc_date else ""
    key = "\x00".join((url, date, digest)).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(key, digest_size=16).hexdigest()


def capture_id(cap: Capture) -> str:
    """A stable id for the capture itself: target URI, WARC-Date and payload digest.

    The body hash stands in when the record carries no payload digest. Never the file
    path, Python's ``hash()`` or a record id invented by a reader.
    """
    digest = cap.payload_digest or "sha1:" + hashlib.sha1(cap.body).hexdigest()
    return capture_key(cap.url, cap.warc_date, digest)


def host_of(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.rstrip(".").lower() if host else None


def registered_domain(host: str | None) -> str | None:
    """The registered domain (eTLD+1) from the public-suffix list bundled with the package."""
    if not host:
        return None
    if host.replace(".", "").isdigit() or ":" in host:
        return host
    if "xn--" in host:  # match the Unicode rules, answer in the host's punycode form
        try:
            domain = public_suffix_list().privatesuffix(host.encode("ascii").decode("idna"))
            return domain.encode("idna").decode("ascii") if domain else host
        except UnicodeError:
            return host
    domain = public_suffix_list().privatesuffix(host)
    return domain or host


def article_row(cap: Capture, ext: Extracted, *, row_id: str | None = None,
                host: str | None = None) -> dict[str, Any]:
    """The row of ``cap`` and ``ext``; ``row_id`` and ``host``, when the caller already
    worked them out (:func:`capture_id`, :func:`host_of`), are not worked out again."""
    if host is None:
        host = host_of(cap.url)
    return {
        "id": row_id or capture_id(cap),
        "url": cap.url,
        "canonical_url": ext.canonical_url,
        "host": host,
        "domain": registered_domain(host),
        "title": ext.title,
        "text": ext.text,
        "published": ext.published,
        "modified": ext.modified,
        "authors": ext.authors,
        "language": ext.language,
        "site_name": ext.site_name,
        "description": ext.description,
        "section": ext.section,
        "tags": ext.tags,
        "word_count": word_count(ext.text),
        "wire_source": ext.wire_source,
        "dateline": ext.dateline,
        "dateline_start": ext.dateline_start,
        "dateline_end": ext.dateline_end,
        "page_type": ext.page_type,
        "extraction_method": ext.extraction_method,
        "truncated": cap.truncated,
        "charset": cap.charset,
        "charset_source": cap.charset_source,
        "http_status": cap.http_status,
        "content_type": cap.content_type,
        "payload_digest": cap.payload_digest,
        "warc_filename": cap.warc_filename,
        "warc_offset": cap.warc_offset,
        "warc_length": cap.warc_length,
        "warc_record_id": cap.warc_record_id,
        "warc_date": cap.warc_date,
        "revisit_of": cap.revisit_of,
        "published_source": ext.published_source,
        "published_utc_offset": ext.published_utc_offset,
        "page_type_reason": ext.page_type_reason,
        "cluster_id": None,
        "cluster_size": None,
        "syndicated_by": None,
    }
