"""Signatures bit-identical to datasketch; shingling; band/row choice."""

from __future__ import annotations

import random

import numpy as np
import pytest
from datasketch import LeanMinHash, MinHash
from datasketch.lsh import _optimal_param

from warctools.dedup import (
    lean_minhash,
    normalized_tokens,
    optimal_bands,
    prepare_text,
    shingle_hash,
    shingles,
    signatures,
)
from warctools.dedup.lsh import bucket_pairs
from warctools.dedup.minhash import sketch_prepared

WORDS = ["alpha", "beta", "gamma", "délta", "straße", "ÉTÉ", "naïve", "中", "文", "x1",
         "z", "omega", "kappa", "2024", "über", "ﬁnal"]


def _random_text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) + rng.choice(["", "s", "ing"]) for _ in range(n))


@pytest.mark.parametrize("num_perm,seed", [(16, 1), (128, 1), (64, 42), (256, 7), (128, 3)])
def test_signatures_bit_identical_to_datasketch(num_perm: int, seed: int) -> None:
    rng = random.Random(num_perm * 1000 + seed)
    texts = [_random_text(rng, rng.choice([0, 1, 3, 4, 5, 6, 40, 300])) for _ in range(30)]
    prepared = [prepare_text(t) for t in texts]
    ours = signatures(prepared, num_perm=num_perm, seed=seed)
    for i, p in enumerate(prepared):
        m = MinHash(num_perm=num_perm, seed=seed, scheme="affine32", hashfunc=shingle_hash)
        m.update_batch(shingles(p, prepared=True))
        assert ours.dtype == np.uint32
        np.testing.assert_array_equal(ours[i], m.hashvalues)
        lean = lean_minhash(ours[i], seed=seed)
        assert isinstance(lean, LeanMinHash) and lean.jaccard(LeanMinHash(m)) == 1.0


def test_shingle_hash_accepts_str_and_bytes_and_is_stable() -> None:
    assert shingle_hash("the quick brown fox jumps") == shingle_hash(b"the quick brown fox jumps")
    assert 0 <= shingle_hash("a") < 2**32
    # pinned: a change here breaks every stored signature (bump SHINGLE_HASH_VERSION too)
    assert shingle_hash("the quick brown fox jumps") == 1550895709
    assert shingle_hash("中 文") == 3224099572


def test_shingle_sizes_and_counts() -> None:
    sk = sketch_prepared(["a b c d e f", "a b", "", "a a a a a a a"], shingle_size=5)
    assert sk.n_shingles.tolist() == [2, 1, 0, 1]
    assert (sk.signatures[2] == 0xFFFFFFFF).all()
    assert sk.text_hash[0] != sk.text_hash[1]


def test_normalisation_folds_case_unicode_and_punctuation() -> None:
    assert normalized_tokens("STRASSE, Straße!") == ["strasse", "strasse"]
    assert normalized_tokens("The ﬁnal—word's end.") == ["the", "final", "word", "s", "end"]
    assert normalized_tokens("東京で") == ["東", "京", "で"]
    assert prepare_text("Hello,   WORLD") == prepare_text("hello world")


def test_dateline_and_byline_are_dropped() -> None:
    body = "The minister said on Monday that talks would resume next week in Geneva."
    plain = prepare_text(body)
    assert prepare_text("PARIS (AFP) - " + body) == plain
    assert prepare_text("WASHINGTON, Jan. 5 (Reuters) — " + body) == plain
    assert prepare_text("By Jane Roe, Associated Press\n\n" + body) == plain
    assert prepare_text("Jane Roe and John Doe\n\n" + body, authors=["Jane Roe", "John Doe"]) \
        == plain
    text = "Some intro. MANILA (AFP) - " + body
    start = text.index("MANILA")
    assert prepare_text(text, start, start + len("MANILA (AFP) - ")) == prepare_text(
        "Some intro. " + body)
    # an ordinary first sentence is not a byline
    assert prepare_text("By the end of the day, " + body) != plain


@pytest.mark.parametrize("threshold", [0.5, 0.7, 0.8, 0.9])
def test_optimal_bands_match_datasketch(threshold: float) -> None:
    assert optimal_bands(threshold, 128, 0.5, 0.5) == _optimal_param(threshold, 128, 0.5, 0.5)


def test_default_weights_favour_recall() -> None:
    b, r = optimal_bands(0.8, 128, 0.1, 0.9)
    assert b * r <= 128
    p = lambda s: 1 - (1 - s**r) ** b  # noqa: E731
    assert p(0.8) > 0.8 and p(0.9) > 0.99 and p(0.3) < 0.01


def test_bucket_pairs_windowed_and_capped() -> None:
    keys = np.array([5, 5, 5, 7, 9, 9], dtype=np.uint32)
    docs = np.array([0, 1, 2, 3, 4, 5], dtype=np.int64)
    pairs = set(bucket_pairs(keys, docs, window=10).tolist())
    assert pairs == {(0 << 32) | 1, (0 << 32) | 2, (1 << 32) | 2, (4 << 32) | 5}
    assert len(bucket_pairs(keys, docs, window=1)) == 3
    assert set(bucket_pairs(keys, docs, window=10, max_bucket=2).tolist()) == {(4 << 32) | 5}


def test_compiled_tokeniser_matches_the_reference_on_unicode_text() -> None:
    from warctools.dedup.shingles import fold_text

    rng = random.Random(5)
    alphabet = ("abcXYZ019 _-.,;:'\"“”‘’—–…\u00a0\t\n\u0301éßİﬁΣσςДжआर्यกข中文かなー한국"
                "😀٣١\u200b\u3000")
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400))) for _ in range(60)]
    texts += ["By Jane Roe\n\nPARIS (AFP) — Der Straßenverkehr in Köln, ﬁnanziell …"]
    ours = sketch_prepared([fold_text(t) for t in texts], num_perm=32, seed=9)
    for i, t in enumerate(texts):
        m = MinHash(num_perm=32, seed=9, scheme="affine32", hashfunc=shingle_hash)
        m.update_batch(shingles(t))
        np.testing.assert_array_equal(ours.signatures[i], m.hashvalues, err_msg=repr(t))
        assert ours.n_shingles[i] == len(set(shingles(t)))
        ref = sketch_prepared([prepare_text(t)], num_perm=32, seed=9)
        assert ref.text_hash[0] == ours.text_hash[i]


def _datasketch(items: list, num_perm: int, seed: int) -> np.ndarray:
    m = MinHash(num_perm=num_perm, seed=seed, scheme="affine32", hashfunc=shingle_hash)
    m.update_batch(items)
    return m.hashvalues


@pytest.mark.parametrize("num_perm,seed", [(128, 1), (64, 5), (13, 2)])
def test_signatures_from_shingle_lists_match_datasketch(num_perm: int, seed: int) -> None:
    """Lists of shingle strings, in text order (the kernel's overlap path), shuffled,
    with odd spacing, bytes, empty strings, long words and long documents."""
    from benchmarks.minhash_lists import signatures_from_shingles

    rng = random.Random(num_perm + seed)
    words = WORDS + ["incomprehensibilities", "x" * 9, "ab" * 8, "a"]
    docs: list[list] = []
    for _ in range(120):
        text = " ".join(rng.choice(words) for _ in range(rng.choice([0, 1, 4, 5, 9, 80, 400])))
        sh = shingles(text, prepared=True, k=rng.choice([1, 2, 5, 9]))
        r = rng.random()
        if r < 0.2:
            rng.shuffle(sh)
        elif r < 0.3:
            sh = [s.encode("utf-8") for s in sh]
        elif r < 0.4:
            odd = ["", " ", "a  b", " a b", "a b ", "b c  d e f", "中 文", "straße köln",
                   "é", "1234567", "12345678", "123456789", "😀 x"]
            sh = sh + [rng.choice(odd) for _ in range(9)]
        docs.append(sh)
    docs.append(["a b c d e", "b c d e f", "b c d e f", "c d e f g h", "d e f g h"])
    long_text = " ".join(rng.choice(words) for _ in range(12_000))
    docs.append(shingles(long_text, prepared=True))  # > 4096 consecutive overlapping shingles
    docs.append(tuple(shingles("one two three four five six", prepared=True)))  # type: ignore
    ours = signatures_from_shingles(docs, num_perm=num_perm, seed=seed)
    assert ours.shape == (len(docs), num_perm) and ours.dtype == np.uint32
    for i, items in enumerate(docs):
        np.testing.assert_array_equal(ours[i], _datasketch(list(items), num_perm, seed),
                                      err_msg=repr(items[:6]))


def test_direct_string_reads_match_the_c_api_path() -> None:
    """On CPython the kernel reads lists and ASCII strings in place (layout checked at run
    time); the C API path it falls back to gives the same signatures."""
    import sys

    from benchmarks._pylist import layout, pylist_signatures
    from warctools.dedup.minhash import permutations

    if sys.implementation.name == "cpython":
        assert layout() != (0, 0)
    rng = random.Random(3)
    words = WORDS + ["straße", "中", "😀", "x" * 20]
    docs = [shingles(" ".join(rng.choice(words) for _ in range(rng.randint(0, 60))),
                     prepared=True) for _ in range(50)]
    docs.append(["ascii", b"by tes", "ünï", type("S", (str,), {})("str subclass")])
    a, b = permutations(64, 1)
    direct, failed_d = pylist_signatures(docs, a, b)
    api, failed_a = pylist_signatures(docs, a, b, direct=False)
    np.testing.assert_array_equal(direct, api)
    assert not failed_d.any() and not failed_a.any()
    np.testing.assert_array_equal(direct[-1], _datasketch(docs[-1], 64, 1))


def test_signatures_from_shingles_rejects_what_shingle_hash_rejects() -> None:
    from benchmarks.minhash_lists import signatures_from_shingles

    with pytest.raises(TypeError):
        signatures_from_shingles([["a b c"], [None, "x"]])
    mixed = [["a b c"], [3, "x y", bytearray(b"z w")]]  # what shingle_hash accepts
    np.testing.assert_array_equal(signatures_from_shingles(mixed, num_perm=16)[1],
                                  _datasketch(mixed[1], 16, 1))
    with pytest.raises(UnicodeEncodeError):
        signatures_from_shingles([["a \ud800 b"]])
    assert signatures_from_shingles([]).shape == (0, 128)
    assert (signatures_from_shingles([[]]) == 0xFFFFFFFF).all()


def test_signatures_from_hashes_match_datasketch() -> None:
    from benchmarks.minhash_lists import signatures_from_hashes

    rng = random.Random(3)
    docs = [[rng.getrandbits(32) for _ in range(rng.choice([0, 1, 3, 4, 7, 300]))]
            for _ in range(40)]
    flat = np.array([h for d in docs for h in d], dtype=np.uint32)
    off = np.concatenate(([0], np.cumsum([len(d) for d in docs])))
    ours = signatures_from_hashes(flat, off, num_perm=64, seed=9)
    for i, d in enumerate(docs):
        m = MinHash(num_perm=64, seed=9, scheme="affine32", hashfunc=lambda x: x)
        m.update_batch(d)
        np.testing.assert_array_equal(ours[i], m.hashvalues)
    with pytest.raises(ValueError):
        signatures_from_hashes(flat, off[:-1], num_perm=64, seed=9)


def test_public_names_are_not_shadowed_by_submodules() -> None:
    """``warctools.dedup`` loads most of its names on first use; importing every submodule
    (as a run does) must leave each public name bound to the function, not a module."""
    import importlib
    import pkgutil
    import types

    import warctools.dedup as dedup

    for info in pkgutil.iter_modules(dedup.__path__):
        importlib.import_module(f"warctools.dedup.{info.name}")
    for name in dedup.__all__:
        assert not isinstance(getattr(dedup, name), types.ModuleType), name


def test_kernel_casefolds_every_code_point_as_python_does() -> None:
    import sys

    changed = [chr(c) for c in range(sys.maxunicode + 1)
               if not 0xD800 <= c < 0xE000 and chr(c).casefold() != chr(c)]
    texts = [" ".join(changed[i:i + 40]) + " Tail WORDS" for i in range(0, len(changed), 40)]
    texts += ["".join(changed), "ΐ ǰ ß ﬃ İ ABC xyz"]
    ours = sketch_prepared(texts, num_perm=16, seed=3)
    ref = sketch_prepared([t.casefold() for t in texts], num_perm=16, seed=3)
    np.testing.assert_array_equal(ours.text_hash, ref.text_hash)
    np.testing.assert_array_equal(ours.signatures, ref.signatures)
    from warctools.dedup.shingles import fold_text

    folded = sketch_prepared([fold_text(t) for t in texts], num_perm=16, seed=3)
    for i, t in enumerate(texts):
        m = MinHash(num_perm=16, seed=3, scheme="affine32", hashfunc=shingle_hash)
        m.update_batch(shingles(t))
        np.testing.assert_array_equal(folded.signatures[i], m.hashvalues, err_msg=repr(t))
