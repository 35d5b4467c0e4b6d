"""The compiled inner loop: token bytes -> shingle hashes -> MinHash, band keys, anchors.

Written in the subset of Python that numba (a runtime dependency) compiles. All arithmetic
is on unsigned 64-bit integers with explicit masks.
"""

from __future__ import annotations

import numpy as np
from numba import njit

__all__ = ["intersect_count", "intersect_pairs", "minhash_into", "sketch_kernel", "union_find"]

M32 = np.uint64(0xFFFFFFFF)
FNV_OFFSET = np.uint64(0xCBF29CE484222325)  # band keys
FNV_PRIME = np.uint64(0x100000001B3)
HASH_K0 = np.uint64(0x9E3779B97F4A7C15)  # bytes_hash64 (shingles.bytes_hash64)
HASH_K1 = np.uint64(0xBF58476D1CE4E5B9)
ALL64 = np.uint64(0xFFFFFFFFFFFFFFFF)
U1, U2, U3, U4, U5, U6, U7 = (np.uint64(i) for i in range(1, 8))
ANCHOR_MULT = np.uint64(0xD6E8FEB86659FD93)


@njit(cache=True)
def _fmix32(h):  # type: ignore[no-untyped-def]
    h = h ^ (h >> np.uint64(16))
    h = (h * np.uint64(0x85EBCA6B)) & M32
    h = h ^ (h >> np.uint64(13))
    h = (h * np.uint64(0xC2B2AE35)) & M32
    return h ^ (h >> np.uint64(16))


@njit(cache=True)
def _fmix64(h):  # type: ignore[no-untyped-def]
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


@njit(cache=True)
def _load8(buf, p):  # type: ignore[no-untyped-def]
    """The 8 bytes ``buf[p:p+8]`` as one little-endian integer. Unsigned indices spare
    numba's negative-index handling, so LLVM merges the eight byte loads into one."""
    q = np.uint64(p)
    return (np.uint64(buf[q]) | (np.uint64(buf[q + U1]) << np.uint64(8))
            | (np.uint64(buf[q + U2]) << np.uint64(16))
            | (np.uint64(buf[q + U3]) << np.uint64(24))
            | (np.uint64(buf[q + U4]) << np.uint64(32))
            | (np.uint64(buf[q + U5]) << np.uint64(40))
            | (np.uint64(buf[q + U6]) << np.uint64(48))
            | (np.uint64(buf[q + U7]) << np.uint64(56)))


@njit(cache=True)
def hash_step(h, c):  # type: ignore[no-untyped-def]
    """One 8-byte chunk ``c`` into the state ``h`` of ``bytes_hash64``."""
    h = (h ^ c) * HASH_K1
    return h ^ (h >> np.uint64(29))


@njit(cache=True)
def bytes_hash64_at(buf, s, e):  # type: ignore[no-untyped-def]
    """:func:`warctools.dedup.shingles.bytes_hash64` of ``buf[s:e]``; ``buf`` must hold 8
    readable bytes from any ``p < e`` (the callers pad it)."""
    h = np.uint64(e - s) * HASH_K0
    p = s
    while p + 8 <= e:
        h = hash_step(h, _load8(buf, p))
        p += 8
    if p < e:
        h = hash_step(h, _load8(buf, p) & (ALL64 >> np.uint64(8 * (8 - (e - p)))))
    return _fmix64(h)


@njit(cache=True)
def _put_utf8(cb, w, cp):  # type: ignore[no-untyped-def]
    """Write code point ``cp`` (surrogates too, as ``surrogatepass`` does) at ``cb[w]``;
    returns the new write position."""
    if cp < 0x80:
        cb[w] = cp
        return w + 1
    if cp < 0x800:
        cb[w] = 0xC0 | (cp >> 6)
        cb[w + 1] = 0x80 | (cp & 0x3F)
        return w + 2
    if cp < 0x10000:
        cb[w] = 0xE0 | (cp >> 12)
        cb[w + 1] = 0x80 | ((cp >> 6) & 0x3F)
        cb[w + 2] = 0x80 | (cp & 0x3F)
        return w + 3
    cb[w] = 0xF0 | (cp >> 18)
    cb[w + 1] = 0x80 | ((cp >> 12) & 0x3F)
    cb[w + 2] = 0x80 | ((cp >> 6) & 0x3F)
    cb[w + 3] = 0x80 | (cp & 0x3F)
    return w + 4


@njit(cache=True)
def _tokens(buf, start, end, table, fold, expand, cb, ts):  # type: ignore[no-untyped-def]
    """Casefold and tokenise UTF-8 ``buf[start:end]`` into ``cb``: each token's bytes then
    one space; ``ts[t]`` is where token ``t`` starts, ``ts[count]`` the end of what was
    written. Returns the token count. ``table[code point]``: 0 separator, 1 word character,
    2 a token on its own (scripts written without spaces). ``fold[cp]`` (for ``cp`` below
    its length) is ``str.casefold`` of ``cp``: the folded code point, or, with bit 31 set,
    the row of ``expand`` holding a longer folding (its length in column 0)."""
    n = 0
    w = 0
    inword = False
    i = start
    nfold = fold.shape[0]
    while i < end:
        c0 = buf[i]
        if c0 < 0x80:  # ASCII fast path
            if table[c0] != 0:
                if not inword:
                    ts[n] = w
                    inword = True
                cb[w] = c0 + 32 if 65 <= c0 <= 90 else c0
                w += 1
            elif inword:
                cb[w] = 32
                w += 1
                n += 1
                inword = False
            i += 1
            continue
        c = np.uint32(c0)
        if c < 0xE0:
            width, cp = 2, ((c & 0x1F) << 6) | (np.uint32(buf[i + 1]) & 0x3F)
        elif c < 0xF0:
            width = 3
            cp = ((c & 0x0F) << 12) | ((np.uint32(buf[i + 1]) & 0x3F) << 6) \
                | (np.uint32(buf[i + 2]) & 0x3F)
        else:
            width = 4
            cp = ((c & 0x07) << 18) | ((np.uint32(buf[i + 1]) & 0x3F) << 12) \
                | ((np.uint32(buf[i + 2]) & 0x3F) << 6) | (np.uint32(buf[i + 3]) & 0x3F)
        i += width
        f = fold[cp] if cp < nfold else cp
        count = 1
        row = 0
        if f >= np.uint32(0x80000000):
            row = f & np.uint32(0x7FFFFFFF)
            count = expand[row, 0]
        for t in range(count):
            if t > 0 or count > 1:
                f = expand[row, t + 1]
            kind = table[f] if f < table.shape[0] else 0
            if (kind == 0 or kind == 2) and inword:
                cb[w] = 32
                w += 1
                n += 1
                inword = False
            if kind != 0:
                if not inword:
                    ts[n] = w
                    inword = True
                w = _put_utf8(cb, w, f)
                if kind == 2:
                    cb[w] = 32
                    w += 1
                    n += 1
                    inword = False
    if inword:
        cb[w] = 32
        w += 1
        n += 1
    ts[n] = w
    return n


@njit(cache=True)
def _sort_unique(x):  # type: ignore[no-untyped-def]
    """Sort ``x`` in place and return the sorted distinct values (a view of ``x``)."""
    x.sort()
    m = 0
    for i in range(x.shape[0]):
        if i == 0 or x[i] != x[m - 1]:
            x[m] = x[i]
            m += 1
    return x[:m]


@njit(cache=True)
def _doc_shingles(cb, ts, nt, k, sh64):  # type: ignore[no-untyped-def]
    """64-bit hashes of the shingles (``k`` tokens joined by one space) in text order;
    returns how many (a text of fewer than ``k`` tokens is one shingle of all of them)."""
    if nt == 0:
        return 0
    kk = min(k, nt)
    ns = nt - kk + 1
    for i in range(ns):
        sh64[i] = bytes_hash64_at(cb, ts[i], ts[i + kk] - 1)
    return ns


@njit(cache=True)
def minhash_into(h, n, a, b, sig):  # type: ignore[no-untyped-def]
    """``sig[j] = min over i < n of (a[j] * fmix32(h[i]) + b[j]) mod 2**32`` (datasketch
    ``affine32``), 0xFFFFFFFF when ``n == 0``; ``h``: 32-bit shingle hashes.

    Four shingles per pass over the permutations: the signature row is loaded and stored
    once per four shingles, so the loop is bound by the vector multiplies (about four
    times fewer memory operations than one shingle per pass).
    """
    p = a.shape[0]
    for j in range(p):
        sig[j] = np.uint32(0xFFFFFFFF)
    i = 0
    while i + 4 <= n:
        x0 = np.uint32(_fmix32(np.uint64(h[i])))
        x1 = np.uint32(_fmix32(np.uint64(h[i + 1])))
        x2 = np.uint32(_fmix32(np.uint64(h[i + 2])))
        x3 = np.uint32(_fmix32(np.uint64(h[i + 3])))
        for j in range(p):
            aj = a[j]
            bj = b[j]
            v0 = np.uint32(aj * x0 + bj)
            v1 = np.uint32(aj * x1 + bj)
            v2 = np.uint32(aj * x2 + bj)
            v3 = np.uint32(aj * x3 + bj)
            sig[j] = min(min(sig[j], min(v0, v1)), min(v2, v3))
        i += 4
    while i < n:
        x = np.uint32(_fmix32(np.uint64(h[i])))
        for j in range(p):
            sig[j] = min(sig[j], np.uint32(a[j] * x + b[j]))
        i += 1


@njit(cache=True)
def sketch_kernel(buf, offsets, table, fold, expand, k, a, b, rows, nbands, anchor_mod,
                  anchor_gap, with_sets=True):  # type: ignore[no-untyped-def]
    """Sketch every document ``buf[offsets[i]:offsets[i+1]]`` (NFKC UTF-8; casefolded here).

    Returns signatures (n, P) uint32, text hashes (n,) uint64, shingle counts (n,) int32,
    sorted unique shingle hashes (flat uint32 + offsets), band keys (n, nbands) uint32,
    sorted unique anchors (flat uint32 + offsets). ``with_sets=False`` computes the
    signatures and text hashes only (no sort, no shingle sets, no anchors).
    """
    n = offsets.shape[0] - 1
    p = a.shape[0]
    sigs = np.empty((n, p), dtype=np.uint32)
    thash = np.empty(n, dtype=np.uint64)
    nsh = np.zeros(n, dtype=np.int32)
    cap = offsets[n] // 2 + n + 1
    sh_flat = np.empty(cap, dtype=np.uint32)
    sh_off = np.zeros(n + 1, dtype=np.int64)
    an_flat = np.empty(cap, dtype=np.uint32)
    an_off = np.zeros(n + 1, dtype=np.int64)
    bands = np.empty((n, nbands), dtype=np.uint32)
    maxlen = 1
    for d in range(n):
        maxlen = max(maxlen, offsets[d + 1] - offsets[d] + 1)
    # casefolding can lengthen a character (U+0390: 2 bytes -> 3 code points, 6 bytes)
    cb = np.zeros(5 * maxlen + 16, dtype=np.uint8)  # folded tokens + spaces, padded
    ts = np.empty(2 * maxlen + 1, dtype=np.int64)
    sh64 = np.empty(2 * maxlen, dtype=np.uint64)
    sh32 = np.empty(2 * maxlen, dtype=np.uint32)
    anc = np.empty(2 * maxlen, dtype=np.uint32)
    sig = np.empty(p, dtype=np.uint32)
    pos = 0
    apos = 0
    for d in range(n):
        nt = _tokens(buf, offsets[d], offsets[d + 1], table, fold, expand, cb, ts)
        thash[d] = bytes_hash64_at(cb, 0, max(ts[nt] - 1, 0))  # the normalised token string
        ns = _doc_shingles(cb, ts, nt, k, sh64)
        for i in range(ns):
            h = sh64[i]
            sh32[i] = np.uint32((h ^ (h >> np.uint64(32))) & M32)
        uniq = _sort_unique(sh32[:ns]) if with_sets else sh32[:ns]
        nu = uniq.shape[0]
        nsh[d] = nu
        sh_flat[pos:pos + nu] = uniq
        pos += nu
        sh_off[d + 1] = pos
        minhash_into(uniq, nu, a, b, sig)
        for j in range(p):
            sigs[d, j] = sig[j]
        for band in range(nbands):
            h = FNV_OFFSET
            for j in range(band * rows, band * rows + rows):
                h = (h ^ np.uint64(sig[j])) * FNV_PRIME
            bands[d, band] = np.uint32((h ^ (h >> np.uint64(32))) & M32)
        na = 0
        for i in range(ns - anchor_gap if with_sets else 0):
            key = _fmix64(sh64[i] * ANCHOR_MULT + sh64[i + anchor_gap])
            if key % np.uint64(anchor_mod) == np.uint64(0):
                anc[na] = np.uint32(key >> np.uint64(32))
                na += 1
        uanc = _sort_unique(anc[:na])
        an_flat[apos:apos + uanc.shape[0]] = uanc
        apos += uanc.shape[0]
        an_off[d + 1] = apos
    return sigs, thash, nsh, sh_flat[:pos].copy(), sh_off, bands, an_flat[:apos].copy(), an_off


@njit(cache=True)
def intersect_count(x, y):  # type: ignore[no-untyped-def]
    """Size of the intersection of two sorted unique uint32 arrays."""
    i = 0
    j = 0
    c = 0
    while i < x.shape[0] and j < y.shape[0]:
        if x[i] < y[j]:
            i += 1
        elif x[i] > y[j]:
            j += 1
        else:
            c += 1
            i += 1
            j += 1
    return c


@njit(cache=True)
def intersect_pairs(flat_a, off_a, ia, flat_b, off_b, ib):  # type: ignore[no-untyped-def]
    """Intersection sizes for pairs (ia[t] in store a, ib[t] in store b)."""
    out = np.empty(ia.shape[0], dtype=np.int64)
    for t in range(ia.shape[0]):
        x = flat_a[off_a[ia[t]]:off_a[ia[t] + 1]]
        y = flat_b[off_b[ib[t]]:off_b[ib[t] + 1]]
        out[t] = intersect_count(x, y)
    return out


@njit(cache=True)
def _find(parent, x):  # type: ignore[no-untyped-def]
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        nxt = parent[x]
        parent[x] = root
        x = nxt
    return root


@njit(cache=True)
def union_find(n, lo, hi):  # type: ignore[no-untyped-def]
    """Component label of each of ``n`` nodes: the smallest node index in its component."""
    parent = np.arange(n)
    for t in range(lo.shape[0]):
        ra = _find(parent, lo[t])
        rb = _find(parent, hi[t])
        if ra < rb:
            parent[rb] = ra
        elif rb < ra:
            parent[ra] = rb
    for x in range(n):
        parent[x] = _find(parent, x)
    return parent
