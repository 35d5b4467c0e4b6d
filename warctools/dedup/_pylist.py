"""Signatures of Python lists of shingle strings, read in place by the compiled kernel.

``signatures_from_shingles`` takes what datasketch and rensa take (one list of shingle
strings per document). Copying the strings into one buffer in Python (``"\\n".join``) costs
more than the whole sketch, so the kernel reads each string's UTF-8 bytes where CPython
keeps them, through the public C API (``PyList_GetItem``, ``PyUnicode_AsUTF8AndSize``,
``PyBytes_AsStringAndSize``; the GIL is held throughout and the caller keeps the lists
alive). An item that is neither ``str`` nor ``bytes`` (or a ``str`` with a lone
surrogate) makes the kernel give up on that document, which Python then hashes with
:func:`~warctools.dedup.shingles.shingle_hash` (raising as datasketch would).

Consecutive shingles of a text overlap in all words but one: when a string equals the
previous one minus its first word plus one new word (checked byte for byte, 8 bytes at a
time), only the new word is hashed and the word hashes of the others are reused. Any other
string is split and hashed in full (words found 8 bytes at a time), so the result is
``shingle_hash`` of every string whatever the order. The string objects are scattered in
memory, so the kernel prefetches the one ``PREFETCH_AHEAD`` items ahead.
"""

from __future__ import annotations

import numpy as np

from warctools.dedup._kernel import (
    FNV_OFFSET,
    FNV_PRIME,
    HAVE_NUMBA,
    M32,
    SHINGLE_MULT,
    minhash_into,
    njit,
)

__all__ = ["AVAILABLE", "pylist_signatures"]

AVAILABLE = HAVE_NUMBA
SPACE = np.uint64(32)

if HAVE_NUMBA:
    from llvmlite import ir
    from numba import types
    from numba.core import cgutils
    from numba.extending import intrinsic

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

    import llvmlite

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

    @intrinsic
    def _ctz(typingctx, value):  # type: ignore[no-untyped-def]
        def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
            return builder.cttz(args[0], ir.IntType(1)(0))
        return types.uint64(types.uint64), codegen

else:  # pragma: no cover - without numba the wrapper hashes in Python
    def _list_size(lst):  # type: ignore[no-untyped-def]
        raise NotImplementedError

    _list_item = _utf8 = _byte = _word = _ctz = _prefetch = _list_size

PREFETCH_AHEAD = 8
ONES = np.uint64(0x0101010101010101)
HIGHS = np.uint64(0x8080808080808080)
SPACES = np.uint64(0x2020202020202020)
ALL = np.uint64(0xFFFFFFFFFFFFFFFF)


@njit(cache=True)
def _spaces(w):  # type: ignore[no-untyped-def]
    """High bit set in the lowest byte of ``w`` that is a space (and possibly in bytes
    above it, never below): zero when ``w`` holds no space byte."""
    x = w ^ SPACES
    return (x - ONES) & ~x & HIGHS


@njit(cache=True)
def _first_space(ptr, size):  # type: ignore[no-untyped-def]
    """Offset of the first space in the ``size`` bytes at ``ptr`` (``size`` if none)."""
    if size >= 8:
        t = _spaces(_word(ptr))
        if t != 0:
            return np.int64(_ctz(t) >> np.uint64(3))
        fs = 8
    else:
        fs = 0
    while fs < size and _byte(ptr + fs) != SPACE:
        fs += 1
    return fs


@njit(cache=True)
def _short_word_hash(w, n):  # type: ignore[no-untyped-def]
    """FNV-1a-64 of the low ``n`` (1..8) bytes of ``w``, without branches."""
    h = FNV_OFFSET
    for j in range(8):
        c = (w >> np.uint64(8 * j)) & np.uint64(0xFF)
        hn = (h ^ c) * FNV_PRIME
        h = hn if j < n else h
    return h


@njit(cache=True)
def _same_bytes(p, q, n):  # type: ignore[no-untyped-def]
    """The ``n`` bytes at addresses ``p`` and ``q`` are equal."""
    diff = np.uint64(0)
    i = 0
    while i + 8 <= n:
        diff |= _word(p + i) ^ _word(q + i)
        i += 8
    if n >= 8:  # the last 8 bytes, overlapping what was compared
        diff |= _word(p + n - 8) ^ _word(q + n - 8)
    else:
        while i < n:
            diff |= _byte(p + i) ^ _byte(q + i)
            i += 1
    return diff == 0


@njit(cache=True)
def _split_hash(ptr, size, wh):  # type: ignore[no-untyped-def]
    """FNV-1a-64 of every word (runs of non-space bytes) of ``ptr[:size]`` into ``wh``;
    returns how many. Words are found and hashed 8 bytes at a time where possible."""
    n = 0
    pos = 0
    while pos < size:
        if _byte(ptr + pos) == SPACE:
            pos += 1
            continue
        if pos + 8 <= size:
            w = _word(ptr + pos)
            t = _spaces(w)
            if t != 0:
                ln = np.int64(_ctz(t) >> np.uint64(3))
                wh[n] = _short_word_hash(w, ln)
                n += 1
                pos += ln
                continue
        elif size >= 8:  # the last word(s): the string's last 8 bytes, shifted
            rest = size - pos
            w = _word(ptr + size - 8) >> np.uint64(8 * (8 - rest))
            t = _spaces(w)
            ln = np.int64(_ctz(t) >> np.uint64(3)) if t != 0 else rest
            wh[n] = _short_word_hash(w, ln)
            n += 1
            pos += ln
            continue
        h = FNV_OFFSET
        while pos < size:
            c = _byte(ptr + pos)
            if c == SPACE:
                break
            h = (h ^ c) * FNV_PRIME
            pos += 1
        wh[n] = h
        n += 1
    return n


@njit(cache=True)
def _new_word(ptr, size, mid):  # type: ignore[no-untyped-def]
    """FNV of ``ptr[mid+1:size]`` when that is one non-empty word preceded by a space, and
    whether it is."""
    n = size - mid - 1
    if n < 1 or _byte(ptr + mid) != SPACE:
        return FNV_OFFSET, False
    if n <= 8 and size >= 8:
        w = _word(ptr + size - 8) >> np.uint64(8 * (8 - n))
        if _spaces(w) & (ALL >> np.uint64(8 * (8 - n))) != 0:
            return FNV_OFFSET, False
        return _short_word_hash(w, n), True
    h = FNV_OFFSET
    for t in range(mid + 1, size):
        c = _byte(ptr + t)
        if c == SPACE:
            return h, False
        h = (h ^ c) * FNV_PRIME
    return h, True


@njit(cache=True)
def _same_prefix(ptr, q, mid):  # type: ignore[no-untyped-def]
    """``ptr[:mid] == q[:mid]``; four overlapping 8-byte loads each when 8 <= mid <= 32."""
    if 8 <= mid <= 32:
        o1 = min(8, mid - 8)
        o2 = min(16, mid - 8)
        o3 = mid - 8
        diff = (_word(ptr) ^ _word(q)) | (_word(ptr + o1) ^ _word(q + o1)) | \
            (_word(ptr + o2) ^ _word(q + o2)) | (_word(ptr + o3) ^ _word(q + o3))
        return diff == 0
    return _same_bytes(ptr, q, mid)


@njit(cache=True)
def _signatures(outer, a, b, sigs, failed, size_box):  # type: ignore[no-untyped-def]
    """Fill ``sigs[d]`` for every list ``outer[d]`` of str/bytes; ``failed[d] = 1`` when a
    document holds anything else (Python handles those). ``outer``: ``id`` of a list of
    lists; ``size_box``: a 1-element int64 array (the C API writes sizes there).

    Per string: its words' FNV hashes ``f_1..f_n`` (kept in ``wh[ws:we]``) and
    ``H = sum f_t * M**(n-t)``; when the string is the previous one without its first
    word plus one new word, ``H' = (H - f_1 * M**(n-1)) * M + f_new``.
    """
    n = _list_size(outer)
    p = a.shape[0]
    xs = np.empty(1024, dtype=np.uint32)
    wh = np.empty(4096, dtype=np.uint64)
    sig = np.empty(p, dtype=np.uint32)
    size_addr = size_box.ctypes.data
    for d in range(n):
        lst = _list_item(outer, d)
        m = _list_size(lst)
        if m > xs.shape[0]:
            xs = np.empty(2 * m, dtype=np.uint32)
        prev = 0
        prev_size = 0
        prev_fs = 0  # offset of the previous string's first space; 0: no fast path
        ws = 0  # window of the previous string: wh[ws:we]
        we = 0
        hh = np.uint64(0)
        top = np.uint64(1)  # M ** (n - 1)
        for i in range(m):
            if i + PREFETCH_AHEAD < m:  # strings are scattered objects: fetch ahead
                _prefetch(_list_item(lst, i + PREFETCH_AHEAD))
            ptr = _utf8(_list_item(lst, i), size_addr)
            if ptr == 0:
                failed[d] = 1
                break
            size = size_box[0]
            fast = False
            if prev_fs > 0:
                mid = prev_size - prev_fs - 1  # bytes after the previous first word
                h, one_word = _new_word(ptr, size, mid)
                if one_word and _same_prefix(ptr, prev + prev_fs + 1, mid):
                    if we >= wh.shape[0]:
                        keep = we - ws
                        for t in range(keep):
                            wh[t] = wh[ws + t]
                        ws, we = 0, keep
                    hh = (hh - wh[ws] * top) * SHINGLE_MULT + h
                    ws += 1
                    wh[we] = h
                    we += 1
                    fast = True
            if not fast:
                if size // 2 + 2 > wh.shape[0]:
                    wh = np.empty(size + 2, dtype=np.uint64)
                ws = 0
                we = _split_hash(ptr, size, wh)
                hh = np.uint64(0)
                top = np.uint64(1)
                for t in range(ws, we):
                    hh = hh * SHINGLE_MULT + wh[t]
                    if t > ws:
                        top = top * SHINGLE_MULT
            xs[i] = np.uint32((hh ^ (hh >> np.uint64(32))) & M32)
            fs = _first_space(ptr, size)
            prev, prev_size = ptr, size
            prev_fs = fs if 0 < fs < size and we > ws else 0
        if failed[d]:
            continue
        minhash_into(xs, m, a, b, sig)
        for j in range(p):
            sigs[d, j] = sig[j]


def pylist_signatures(docs: list, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(signatures (n, P) uint32, failed (n,) bool) of ``docs``, a list of lists."""
    sigs = np.empty((len(docs), a.shape[0]), dtype=np.uint32)
    failed = np.zeros(len(docs), dtype=np.uint8)
    size_box = np.zeros(1, dtype=np.int64)
    if docs:
        with np.errstate(over="ignore"):
            _signatures(id(docs), a, b, sigs, failed, size_box)
    return sigs, failed.astype(bool)
