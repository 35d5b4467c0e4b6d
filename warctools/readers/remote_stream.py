"""Remote inputs that survive a dropped connection: retry, then resume at the byte reached.

``s3://`` and ``http(s)://`` inputs are read through fsspec. A read that fails (the
connection drops, the server answers 500/503, a read stalls past the timeout) is retried
with a doubling pause, reopening the object at the byte already reached (a range request;
S3 always allows it, an HTTP server when it answers with ranges), so no byte is read twice
and none skipped. After ``retries`` failed attempts in a row, or ``give_up_s`` seconds
since the first of them, the read raises :class:`RemoteReadError` naming the byte offset
reached: the records before it are kept, the file gets an errors row, the run exits 1.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from typing import Any, BinaryIO

from warctools.errors import InputError

__all__ = ["READ_RETRIES", "GIVE_UP_S", "RemoteReadError", "open_remote"]

READ_RETRIES = 5
"""Failed attempts in a row before a remote input is given up (``--retries``)."""
GIVE_UP_S = 60.0
"""Seconds after the first failure of a streak when a remote input is given up."""
READ_TIMEOUT_S = 20.0
"""A read that delivers nothing for this long counts as a failure (a stalled server)."""
FIRST_PAUSE_S = 0.5
BLOCK_BYTES = 1 << 20
"""Bytes fetched per range request: a read that breaks loses at most this much work."""


class RemoteReadError(InputError):
    """A remote input failed for good part-way; ``offset`` is the byte reached."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


class _Resuming(io.RawIOBase):
    def __init__(self, name: str, opener: Callable[[int], Any], retries: int,
                 give_up_s: float) -> None:
        self._name, self._opener = name, opener
        self._retries, self._give_up_s = retries, give_up_s
        self._fh: Any = None
        self._pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        failures, since, pause = 0, 0.0, FIRST_PAUSE_S
        while True:
            try:
                if self._fh is None:
                    self._fh = self._opener(self._pos)
                data = self._fh.read(min(len(buffer), BLOCK_BYTES))
            except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
                raise RemoteReadError(f"cannot open {self._name!r}: {exc}", self._pos) from None
            except Exception as exc:  # noqa: BLE001 - aiohttp, botocore, fsspec all differ
                self._drop()
                failures += 1
                since = since or time.monotonic()
                if failures > self._retries or time.monotonic() - since > self._give_up_s:
                    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                    raise RemoteReadError(
                        f"reading {self._name!r} failed at byte {self._pos:,} after "
                        f"{failures} attempts ({type(exc).__name__}: {detail})", self._pos
                    ) from None
                time.sleep(pause)
                pause = min(pause * 2, 8.0)
                continue
            n = len(data)
            buffer[:n] = data
            self._pos += n
            return n

    def _drop(self) -> None:
        fh, self._fh = self._fh, None
        if fh is not None:
            try:
                fh.close()
            except Exception:  # noqa: BLE001 - a broken connection may fail to close too
                pass

    def close(self) -> None:
        self._drop()
        super().close()


def _storage_options(url: str) -> dict[str, Any]:
    if url.startswith(("http://", "https://")):
        import aiohttp

        timeout = aiohttp.ClientTimeout(total=None, sock_connect=READ_TIMEOUT_S,
                                        sock_read=READ_TIMEOUT_S)
        return {"client_kwargs": {"timeout": timeout}, "block_size": BLOCK_BYTES}
    if url.startswith(("s3://", "s3a://")):
        return {"config_kwargs": {"read_timeout": READ_TIMEOUT_S,
                                  "connect_timeout": READ_TIMEOUT_S},
                "default_block_size": BLOCK_BYTES}
    return {}


def open_remote(fsspec: Any, url: str, name: str, *, retries: int | None = None,
                give_up_s: float = GIVE_UP_S) -> BinaryIO:
    """``url`` opened for reading through fsspec, reads retried and resumed (see above).

    The object is opened at the first read, under the same retries (a 503 at the start is
    retried too); a missing object is reported at once.
    """
    options = _storage_options(url)

    def opener(pos: int) -> Any:
        fh = fsspec.open(url, "rb", **options).open()
        if pos:
            fh.seek(pos)  # a range request; raises where the server allows none
        return fh

    raw = _Resuming(name, opener, READ_RETRIES if retries is None else retries, give_up_s)
    return io.BufferedReader(raw, buffer_size=1 << 20)  # type: ignore[return-value]
