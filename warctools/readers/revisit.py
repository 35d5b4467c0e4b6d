"""Revisit resolution: find the payload a ``revisit`` record stands for.

A revisit is looked up by, in order, ``WARC-Refers-To`` (the original's record id),
``WARC-Refers-To-Target-URI`` + ``WARC-Refers-To-Date`` and ``WARC-Payload-Digest``
(the identical-payload-digest profile). :class:`PayloadIndex` remembers the originals
seen so far (their :class:`~warctools.records.Capture`, or only the reason they were
skipped, e.g. ``non_html``), with a byte budget on the bodies it keeps.

Resolving across the files of one run: give :func:`~warctools.readers.iter_records` the
same :class:`PayloadIndex` for every file, in crawl order (it both looks up and records
originals in it). Any other callable ``(RevisitRef) -> Capture | str | None`` is only
asked for what the file itself cannot resolve (e.g. a lookup in a CDX/Parquet index
built by an earlier pass).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from ..records import Capture

__all__ = ["RevisitRef", "PayloadIndex", "RevisitLookup", "Reread"]


@dataclass(frozen=True, slots=True)
class RevisitRef:
    """What a revisit record says about its original."""

    url: str | None
    payload_digest: str | None
    refers_to: str | None
    refers_to_uri: str | None
    refers_to_date: str | None


Original = Capture | str  # a Capture, or the skip reason of the original
RevisitLookup = Callable[[RevisitRef], Original | None]


class Reread:
    """An original capture kept as the way to read it again, not as its bytes.

    ``load()`` gives the capture (or None when it can no longer be read); the byte budget
    counts it as the capture it stands for, so the index keeps and drops the same
    originals either way. Holding no body keeps the memory of a file's reading flat and
    the bodies' memory warm for the next records (see :mod:`.warc`)."""

    __slots__ = ("load", "body_size", "_capture")

    def __init__(self, load: Callable[[], Capture | None], body_size: int) -> None:
        self.load, self.body_size = load, body_size
        self._capture: Capture | None = None

    def get(self) -> Capture | None:
        if self._capture is None:
            self._capture = self.load()  # kept: a revisit's original is often asked again
        return self._capture


def normalize_digest(digest: str | None) -> str | None:
    """``sha1:ABC`` with the algorithm lowercased (the value is case-sensitive base64/32)."""
    if not digest:
        return None
    algo, sep, value = digest.strip().partition(":")
    return f"{algo.lower()}:{value.strip()}" if sep else digest.strip()


class PayloadIndex:
    """Originals by record id, by (URI, date) and by payload digest, LRU-bounded.

    At most ``max_bytes`` of capture bodies and ``max_entries`` originals are kept; the
    oldest go first (a revisit usually follows its original closely).
    """

    def __init__(self, max_bytes: int = 64 * 2**20, max_entries: int = 200_000) -> None:
        self.max_bytes = max_bytes
        self.max_entries = max_entries
        # entry -> (original, its keys, its size in the byte budget)
        self._entries: OrderedDict[int, tuple[Original | Reread, list[tuple[str, str]], int]] = (
            OrderedDict())
        self._keys: dict[tuple[str, str], int] = {}
        self._bytes = 0
        self._next = 0

    def add(self, original: Original | Reread, *, record_id: str | None, url: str | None,
            date: str | None, digest: str | None) -> None:
        keys = []
        if record_id:
            keys.append(("id", record_id.strip()))
        if url and date:
            keys.append(("uri", f"{url} {date.strip()}"))
        norm = normalize_digest(digest)
        if norm:
            keys.append(("digest", norm))
        if not keys:
            return
        entry = self._next
        self._next += 1
        size = _size(original)
        self._entries[entry] = (original, keys, size)
        self._bytes += size
        for key in keys:
            self._keys[key] = entry
        while len(self._entries) > 1 and (self._bytes > self.max_bytes
                                          or len(self._entries) > self.max_entries):
            old, (_, old_keys, old_size) = self._entries.popitem(last=False)
            self._bytes -= old_size
            for key in old_keys:
                if self._keys.get(key) == old:
                    del self._keys[key]

    def __call__(self, ref: RevisitRef) -> Original | None:
        keys = []
        if ref.refers_to:
            keys.append(("id", ref.refers_to.strip()))
        if ref.refers_to_uri and ref.refers_to_date:
            keys.append(("uri", f"{ref.refers_to_uri} {ref.refers_to_date.strip()}"))
        norm = normalize_digest(ref.payload_digest)
        if norm:
            keys.append(("digest", norm))
        for key in keys:
            entry = self._keys.get(key)
            if entry is not None and entry in self._entries:
                original = self._entries[entry][0]
                return original.get() if isinstance(original, Reread) else original
        return None

    def __len__(self) -> int:
        return len(self._entries)


def _size(original: Original | Reread) -> int:
    if isinstance(original, Capture):
        # html is worked out on first read (LazyCapture): count it as two bytes per body byte
        return 3 * len(original.body) + 200
    if isinstance(original, Reread):
        return 3 * original.body_size + 200
    return 100
