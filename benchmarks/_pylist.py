"""Signatures of Python lists of shingle strings, read in place by the compiled kernel.

``signatures_from_shingles`` takes what datasketch and rensa take (one list of shingle
strings per document). Copying the strings into one buffer in Python (``"\\n".join``) costs
more than the whole sketch, so the kernel reads each string's UTF-8 bytes where CPython
keeps them, through the public C API (``PyList_GetItem``, ``PyUnicode_AsUTF8AndSize``,
``PyBytes_AsStringAndSize``; the GIL is held throughout and the caller keeps the lists
alive), and hashes them 8 bytes at a time (:func:`~warctools.dedup.shingles.bytes_hash64`;
never reading past a string's end). An item that is neither ``str`` nor ``bytes`` (or a
``str`` with a lone surrogate) makes the kernel give up on that document, which Python then
hashes with :func:`~warctools.dedup.shingles.shingle_hash` (raising as datasketch would).
The string objects are scattered in memory, so the kernel prefetches the one
``PREFETCH_AHEAD`` items ahead.

Calling the C API per string costs as much as hashing it, so where this interpreter's object
layout is the one CPython's headers declare (``PyListObject.ob_item``; a compact ASCII
``str`` keeps its length at ``PyASCIIObject.length`` and its bytes right after the
``PyASCIIObject`` header), the kernel reads lists and ASCII strings directly. The layout is
checked once against the C API on real objects (:func:`layout`); any other interpreter
(free-threaded builds, PyPy) or object (non-ASCII ``str``, ``bytes``) goes through the API.
"""

from __future__ import annotations

import ctypes
import sys
import sysconfig
from functools import lru_cache

import llvmlite
import numpy as np
from llvmlite import ir
from numba import njit, types
from numba.core import cgutils
from numba.extending import intrinsic

from warctools.dedup._kernel import HASH_K0, M32, _fmix64, hash_step, minhash_into

__all__ = ["layout", "pylist_signatures"]

_I8P = ir.IntType(8).as_pointer()


def _addr(context, builder, value):  # type: ignore[no-untyped-def]
    return builder.inttoptr(value, _I8P)


@intrinsic
def _list_size(typingctx, lst):  # type: ignore[no-untyped-def]
    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        ssize = context.get_value_type(types.intp)
        fn = cgutils.get_or_insert_function(builder.module, ir.FunctionType(ssize, [_I8P]),
                                            "PyList_Size")
        return builder.call(fn, [_addr(context, builder, args[0])])
    return types.intp(types.intp), codegen


@intrinsic
def _list_item(typingctx, lst, i):  # type: ignore[no-untyped-def]
    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        ssize = context.get_value_type(types.intp)
        fn = cgutils.get_or_insert_function(
            builder.module, ir.FunctionType(_I8P, [_I8P, ssize]), "PyList_GetItem")
        res = builder.call(fn, [_addr(context, builder, args[0]), args[1]])
        return builder.ptrtoint(res, ssize)
    return types.intp(types.intp, types.intp), codegen


@intrinsic
def _utf8(typingctx, obj, size_out):  # type: ignore[no-untyped-def]
    """``PyUnicode_AsUTF8AndSize(obj, size_out)``, else ``PyBytes_AsStringAndSize``;
    0 (error indicator cleared) when ``obj`` is neither or cannot be encoded."""
    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        ssize = context.get_value_type(types.intp)
        mod = builder.module
        as_utf8 = cgutils.get_or_insert_function(
            mod, ir.FunctionType(_I8P, [_I8P, ssize.as_pointer()]),
            "PyUnicode_AsUTF8AndSize")
        as_bytes = cgutils.get_or_insert_function(
            mod, ir.FunctionType(ir.IntType(32), [_I8P, _I8P.as_pointer(),
                                                  ssize.as_pointer()]),
            "PyBytes_AsStringAndSize")
        clear = cgutils.get_or_insert_function(mod, ir.FunctionType(ir.VoidType(), []),
                                               "PyErr_Clear")
        obj_p = _addr(context, builder, args[0])
        size_p = builder.inttoptr(args[1], ssize.as_pointer())
        out = cgutils.alloca_once_value(builder, builder.call(as_utf8, [obj_p, size_p]))
        with builder.if_then(cgutils.is_null(builder, builder.load(out)), likely=False):
            builder.call(clear, [])
            rc = builder.call(as_bytes, [obj_p, out, size_p])
            with builder.if_then(builder.icmp_signed("!=", rc, rc.type(0)), likely=False):
                builder.call(clear, [])
                builder.store(_I8P(None), out)
        return builder.ptrtoint(builder.load(out), ssize)
    return types.intp(types.intp, types.intp), codegen


@intrinsic
def _byte(typingctx, addr):  # type: ignore[no-untyped-def]
    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        return builder.zext(builder.load(_addr(context, builder, args[0])), ir.IntType(64))
    return types.uint64(types.intp), codegen


@intrinsic
def _word(typingctx, addr):  # type: ignore[no-untyped-def]
    """8 bytes at ``addr`` (any alignment) as one integer."""
    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        i64 = ir.IntType(64)
        ptr = builder.inttoptr(args[0], i64.as_pointer())
        return builder.load(ptr, align=1)
    return types.uint64(types.intp), codegen


_PREFETCH = "llvm.prefetch.p0i8" if getattr(llvmlite, "ir_layer_typed_pointers_enabled",
                                             True) else "llvm.prefetch.p0"


@intrinsic
def _prefetch(typingctx, addr):  # type: ignore[no-untyped-def]
    """Hint the CPU to load the cache lines at ``addr`` and ``addr + 64``."""
    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        i32 = ir.IntType(32)
        fn = cgutils.get_or_insert_function(
            builder.module, ir.FunctionType(ir.VoidType(), [_I8P, i32, i32, i32]),
            _PREFETCH)
        for off in (0, 64):
            ptr = builder.inttoptr(builder.add(args[0], args[0].type(off)), _I8P)
            builder.call(fn, [ptr, i32(0), i32(3), i32(1)])
        return context.get_dummy_value()
    return types.none(types.intp), codegen


PREFETCH_AHEAD = 8


@njit(cache=True)
def _str_hash64(ptr, size):  # type: ignore[no-untyped-def]
    """``bytes_hash64`` of the ``size`` bytes at ``ptr``, reading none past them: the last
    partial chunk is the string's last 8 bytes shifted down (or, under 8 bytes, read one
    by one)."""
    h = np.uint64(size) * HASH_K0
    pos = 0
    while pos + 8 <= size:
        h = hash_step(h, _word(ptr + pos))
        pos += 8
    rest = size - pos
    if rest > 0:
        if size >= 8:
            c = _word(ptr + size - 8) >> np.uint64(8 * (8 - rest))
        else:
            c = np.uint64(0)
            for j in range(rest):
                c |= _byte(ptr + j) << np.uint64(8 * j)
        h = hash_step(h, c)
    return _fmix64(h)


LIST_SIZE, LIST_ITEMS = 16, 24  # PyVarObject.ob_size, PyListObject.ob_item
STR_TYPE, STR_LENGTH, STR_STATE = 8, 16, 32  # ob_type, PyASCIIObject.length, .state
COMPACT_ASCII = np.uint64(0x60)  # state bits: compact (5) and ascii (6)


@lru_cache(maxsize=1)
def layout() -> tuple[int, int]:
    """(address of ``str``, offset of a compact ASCII string's bytes) when this
    interpreter's objects have the layout the kernel reads directly, else (0, 0)."""
    if sys.implementation.name != "cpython" or sysconfig.get_config_var("Py_GIL_DISABLED"):
        return 0, 0
    data = 48 if sys.version_info < (3, 12) else 40  # PyASCIIObject lost wstr in 3.12
    ssize, addr, u32 = ctypes.c_ssize_t, ctypes.c_void_p, ctypes.c_uint32
    probes = ["", "a", "shingle text 8+ bytes", "".join(["x"] * 40)]
    others = ["é tête", "中 文", "😀"]
    try:
        items = addr.from_address(id(probes) + LIST_ITEMS).value or 0
        if ssize.from_address(id(probes) + LIST_SIZE).value != len(probes):
            return 0, 0
        for i, text in enumerate(probes + others):
            if i < len(probes) and addr.from_address(items + 8 * i).value != id(text):
                return 0, 0
            if addr.from_address(id(text) + STR_TYPE).value != id(str):
                return 0, 0
            state = u32.from_address(id(text) + STR_STATE).value
            compact_ascii = state & 0x60 == 0x60
            if compact_ascii != text.isascii() or (not text.isascii() and state & 0x40):
                return 0, 0
            if text.isascii() and (ssize.from_address(id(text) + STR_LENGTH).value != len(text)
                                   or ctypes.string_at(id(text) + data, len(text))
                                   != text.encode()):
                return 0, 0
    except (ValueError, OSError):  # pragma: no cover - ctypes refused an address
        return 0, 0
    return id(str), data


@njit(cache=True)
def _ascii_str(obj, str_type, data):  # type: ignore[no-untyped-def]
    """(address, size) of the bytes of ``obj`` when it is a compact ASCII ``str``, else
    (0, 0)."""
    if str_type != 0 and _word(obj + STR_TYPE) == np.uint64(str_type) and \
            (_word(obj + STR_STATE) & COMPACT_ASCII) == COMPACT_ASCII:
        return obj + data, np.int64(_word(obj + STR_LENGTH))
    return 0, 0


@njit(cache=True)
def _signatures(outer, a, b, sigs, failed, size_box, str_type, data):  # type: ignore[no-untyped-def]
    """Fill ``sigs[d]`` for every list ``outer[d]`` of str/bytes; ``failed[d] = 1`` when a
    document holds anything else (Python handles those). ``outer``: ``id`` of a list of
    lists; ``size_box``: a 1-element int64 array (the C API writes sizes there);
    ``str_type, data``: :func:`layout` (0, 0: every string through the C API)."""
    n = _list_size(outer)
    p = a.shape[0]
    xs = np.empty(1024, dtype=np.uint32)
    sig = np.empty(p, dtype=np.uint32)
    size_addr = size_box.ctypes.data
    for d in range(n):
        lst = _list_item(outer, d)
        m = _list_size(lst)
        items = np.int64(_word(lst + LIST_ITEMS)) if str_type != 0 else 0
        if m > xs.shape[0]:
            xs = np.empty(2 * m, dtype=np.uint32)
        for i in range(m):
            if str_type != 0:
                if i + PREFETCH_AHEAD < m:  # strings are scattered objects: fetch ahead
                    _prefetch(np.int64(_word(items + 8 * (i + PREFETCH_AHEAD))))
                obj = np.int64(_word(items + 8 * i))
            else:
                if i + PREFETCH_AHEAD < m:
                    _prefetch(_list_item(lst, i + PREFETCH_AHEAD))
                obj = _list_item(lst, i)
            ptr, size = _ascii_str(obj, str_type, data)
            if ptr == 0:
                ptr = _utf8(obj, size_addr)
                if ptr == 0:
                    failed[d] = 1
                    break
                size = size_box[0]
            h = _str_hash64(ptr, size)
            xs[i] = np.uint32((h ^ (h >> np.uint64(32))) & M32)
        if failed[d]:
            continue
        minhash_into(xs, m, a, b, sig)
        for j in range(p):
            sigs[d, j] = sig[j]


def pylist_signatures(docs: list, a: np.ndarray, b: np.ndarray, *, direct: bool = True
                      ) -> tuple[np.ndarray, np.ndarray]:
    """(signatures (n, P) uint32, failed (n,) bool) of ``docs``, a list of lists;
    ``direct=False`` reads every string through the C API (the fallback, for tests)."""
    sigs = np.empty((len(docs), a.shape[0]), dtype=np.uint32)
    failed = np.zeros(len(docs), dtype=np.uint8)
    size_box = np.zeros(1, dtype=np.int64)
    if docs:
        with np.errstate(over="ignore"):
            str_type, data = layout() if direct else (0, 0)
            _signatures(id(docs), a, b, sigs, failed, size_box, str_type, data)
    return sigs, failed.astype(bool)
