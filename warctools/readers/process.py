"""One framed record -> one :class:`~warctools.records.RecordOutcome`.

Response and resource records go through HTTP parsing, de-chunking, content decoding
(capped), the HTML decision and charset decoding; revisits are resolved through a
:class:`~warctools.readers.revisit.PayloadIndex`; every other type is skipped with its
type as the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from ..records import Capture, ErrorRecord, RecordOutcome
from .charset import decode_html
from .decode import Decoded, dechunk, decode_content
from .framing import RawRecord
from .headers import clean_uri, date_key, parse_date
from .http import HttpHead, classify_payload, declared_non_html, mime_of, parse_http_head
from .revisit import Original, PayloadIndex, Reread, RevisitLookup, RevisitRef

__all__ = ["LazyCapture", "RecordInfo", "RecordProcessor"]

_HTTP_SCHEMES = frozenset({"http", "https", ""})
# the storage of the three fields LazyCapture works out on first read
_HTML, _CHARSET, _SOURCE = (Capture.__dict__[f] for f in ("html", "charset", "charset_source"))


def _blank(data: bytes) -> bool:
    """``not data.strip()`` without copying ``data``."""
    return not data or data.isspace()


def _resolved(slot: Any) -> property:
    """A property over ``slot`` that decodes the capture first (``LazyCapture._resolve``)."""
    def get(self: LazyCapture) -> Any:
        self._resolve()
        return slot.__get__(self)

    def put(self: LazyCapture, value: Any) -> None:
        self._resolve()
        slot.__set__(self, value)

    return property(get, put)


class LazyCapture(Capture):
    """A :class:`~warctools.records.Capture` whose ``html``, ``charset`` and
    ``charset_source`` are worked out by :func:`~.charset.decode_html` (from ``body``, the
    declared Content-Type and ``truncated``) when one of them is first read or set, so
    that reading the records costs what reading the payload bytes costs. Otherwise it is
    a Capture (fields, equality with another LazyCapture, ``dataclasses.replace``,
    pickling)."""

    __slots__ = ("_declared",)

    @classmethod
    def of(cls, url: str, warc_filename: str, warc_offset: int, warc_length: int,
           warc_record_id: str | None, warc_date: object, warc_type: str,
           payload_digest: str | None, http_status: int | None, content_type: str | None,
           body: bytes, declared: str | None, truncated: bool) -> LazyCapture:
        cap = cls.__new__(cls)
        cap.url, cap.warc_filename, cap.warc_offset, cap.warc_length = (
            url, warc_filename, warc_offset, warc_length)
        cap.warc_record_id, cap.warc_date, cap.warc_type = warc_record_id, warc_date, warc_type
        cap.payload_digest, cap.http_status, cap.content_type = (
            payload_digest, http_status, content_type)
        cap.body, cap.truncated, cap.revisit_of = body, truncated, None
        cap._declared = (declared,)
        return cap

    def _resolve(self) -> None:
        declared = getattr(self, "_declared", None)
        if declared is not None:
            self._declared = None
            html, charset, source = decode_html(self.body, declared[0], truncated=self.truncated)
            _HTML.__set__(self, html)
            _CHARSET.__set__(self, charset)
            _SOURCE.__set__(self, source)

    html = _resolved(_HTML)  # type: ignore[assignment]
    charset = _resolved(_CHARSET)  # type: ignore[assignment]
    charset_source = _resolved(_SOURCE)  # type: ignore[assignment]


@dataclass(slots=True)
class RecordInfo:
    """Facts about a record that the outcome does not carry (for ``inspect``)."""

    mime: str | None = None
    http_status: int | None = None


@dataclass(slots=True)
class _Rec:
    """The provenance of the record being processed."""

    raw: RawRecord
    out: RecordOutcome
    info: RecordInfo
    url: str | None
    record_id: str | None
    date_text: str | None
    digest: str | None
    offset: int
    length: int

    def error(self, stage: str, reason: str, message: str | None, *, fatal: bool) -> None:
        self.out.errors.append(ErrorRecord(self.out.warc_filename, self.offset, stage, reason,
                                           message, self.record_id, self.url, fatal))

    def skip(self, reason: str) -> None:
        self.out.status, self.out.skip_reason = "skipped", reason


class RecordProcessor:
    def __init__(self, filename: str, max_payload_bytes: int, index: PayloadIndex,
                 external: RevisitLookup | None) -> None:
        self.filename = filename
        self.cap = max_payload_bytes
        self.index = index
        self.external = external
        # (offset, length) -> the capture read again: set while the records can be read
        # again for as long as the index lives; the index then keeps that, not the body
        self.reread: Callable[[int, int], Capture | None] | None = None

    def process(self, raw: RawRecord, offset: int, length: int) -> tuple[RecordOutcome,
                                                                         RecordInfo]:
        h = raw.headers
        wtype = h.get("warc-type", "").strip().lower() or "unknown"
        rid = (h.get("warc-record-id", "").strip() or None) if raw.fmt == "warc" else None
        url, date_text, digest = (clean_uri(h.get("warc-target-uri")), h.get("warc-date"),
                                  h.get("warc-payload-digest"))
        out = RecordOutcome(self.filename, offset, wtype, "skipped", skip_reason=wtype,
                            warc_length=length, url=url, warc_record_id=rid,
                            warc_date=parse_date(date_text), payload_digest=digest)
        rec = _Rec(raw, out, RecordInfo(), url, rid, date_text, digest, offset, length)
        for reason, message in raw.problems:
            rec.error("read", reason, message, fatal=False)
        if wtype in ("response", "resource"):
            self._payload(rec, wtype)
        elif wtype == "revisit":
            self._revisit(rec)
        return out, rec.info

    # -- originals ----------------------------------------------------------------------
    def _payload(self, rec: _Rec, wtype: str) -> None:
        raw = rec.raw
        if wtype == "resource":
            body, head = raw.block + raw.rest, None
            mime = mime_of(raw.headers.get("content-type"))
            ctype = raw.headers.get("content-type")
        else:
            scheme = (rec.url or "").split(":", 1)[0].lower() if rec.url and ":" in rec.url else ""
            if scheme not in _HTTP_SCHEMES and not raw.block.startswith(b"HTTP/"):
                rec.info.mime = mime_of(raw.headers.get("content-type"))
                return self._remember(rec, "non_html")
            if _blank(raw.block) and _blank(raw.rest):
                return self._remember(rec, "empty")
            head = parse_http_head(raw.block)
            if head is None:
                rec.out.status = "error"
                rec.out.skip_reason = None
                return rec.error("http", "bad_http_header", "no HTTP status line in "
                                 f"{(raw.block[:60] + raw.rest[:60])[:60]!r}", fatal=True)
            ctype = head.headers.get("content-type")
            # the head ends where the fast path split the block: the body is not copied
            mime, body = mime_of(ctype), raw.block[head.body_offset :] + raw.rest
            for problem in head.problems:
                rec.error("http", "bad_http_header", problem, fatal=False)
        rec.info.mime, rec.info.http_status = mime, head.status if head else None
        reason = self._precheck(head, mime, body)
        if reason:
            return self._remember(rec, reason)
        decoded = self._decode(rec, head, body)
        if not classify_payload(mime, decoded.data, rec.url):
            return self._remember(rec, "non_html")
        if _blank(decoded.data):
            return self._remember(rec, "empty")
        truncated = raw.truncated or decoded.truncated or decoded.capped or raw.capped
        capture = LazyCapture.of(rec.url or "", self.filename, rec.offset, rec.length,
                                 rec.record_id, rec.out.warc_date, wtype, rec.digest,
                                 rec.info.http_status, mime or None, decoded.data, ctype,
                                 truncated)
        rec.out.status, rec.out.skip_reason, rec.out.capture = "capture", None, capture
        reread = self.reread
        self._remember(rec, capture if reread is None else Reread(
            partial(reread, rec.offset, rec.length), len(capture.body)))

    @staticmethod
    def _precheck(head: HttpHead | None, mime: str, body: bytes) -> str | None:
        if head is not None and not 200 <= head.status < 300:
            return "http_status"
        if declared_non_html(mime):
            return "non_html"
        if not body:
            return "empty"
        return None

    def _decode(self, rec: _Rec, head: HttpHead | None, body: bytes) -> Decoded:
        hdrs = head.headers if head else {}
        decoded = Decoded(body[: self.cap], capped=len(body) > self.cap)
        te = hdrs.get("transfer-encoding")
        if te and "chunked" in te.lower() and "x-crawler-transfer-encoding" not in hdrs:
            decoded = dechunk(body, self.cap)
        ce_text = hdrs.get("content-encoding")
        ce = [c for c in (c.strip() for c in ce_text.lower().split(",")) if c] if ce_text else []
        if ce and "x-crawler-content-encoding" not in hdrs:
            inner = decode_content(decoded.data, ce, self.cap)
            inner.problems[:0] = decoded.problems
            inner.capped = inner.capped or decoded.capped
            inner.truncated = inner.truncated or decoded.truncated
            decoded = inner
        for reason, message in decoded.problems:
            rec.error("decode", reason, message, fatal=False)
        if decoded.capped or rec.raw.capped:
            rec.error("decode", "payload_too_large", f"payload cut at {self.cap} bytes "
                      "(max_payload_bytes)", fatal=False)
        return decoded

    def _remember(self, rec: _Rec, original: Original | Reread) -> None:
        if isinstance(original, str):
            rec.skip(original)
        self.index.add(original, record_id=rec.record_id, url=rec.url,
                       date=date_key(rec.date_text), digest=rec.digest)

    # -- revisits -----------------------------------------------------------------------
    def _revisit(self, rec: _Rec) -> None:
        h, block = rec.raw.headers, rec.raw.block + rec.raw.rest
        head = parse_http_head(block) if block.lstrip()[:5].upper() == b"HTTP/" else None
        if head is not None:
            rec.info.http_status = head.status
            rec.info.mime = mime_of(head.headers.get("content-type"))
        profile = h.get("warc-profile", "").lower()
        rec.skip("revisit_unresolved")
        if "server-not-modified" in profile or (head is not None and head.status == 304):
            return
        ref = RevisitRef(rec.url, rec.digest, h.get("warc-refers-to"),
                         clean_uri(h.get("warc-refers-to-target-uri")),
                         date_key(h.get("warc-refers-to-date")))
        original = self.index(ref)
        if original is None and self.external is not None:
            original = self.external(ref)
        if original is None:
            return
        if isinstance(original, str):
            return rec.skip(original)
        if head is not None and not 200 <= head.status < 300:
            return rec.skip("http_status")
        rec.out.status, rec.out.skip_reason = "capture", None
        rec.out.capture = Capture(
            rec.url or original.url, self.filename, rec.offset, rec.length, rec.record_id,
            parse_date(rec.date_text), "revisit", rec.digest or original.payload_digest,
            head.status if head else original.http_status, original.content_type,
            original.body, original.html, original.charset, original.charset_source,
            original.truncated,
            original.warc_record_id or f"{original.warc_filename}:{original.warc_offset}")
