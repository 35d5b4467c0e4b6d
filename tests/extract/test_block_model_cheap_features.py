"""The block model's cheap paths for two features (a paragraph's digits, its contact
details) answer as the plain computations do."""

from __future__ import annotations

from tests.support.spliced import found_alike, spliced
from warctools.extract import block_model


def test_digits_count_what_isdigit_counts() -> None:
    pieces = ["12", "a", " ", "2024", "x9", "²", "①", "٣", "é", "Ⅻ", "0", "\u0966", "abc"]
    texts = ["", "no digits", "0123456789", "12³", "١٢٣"]
    texts += spliced(pieces, 3000, seed=3, most=12)
    for text in texts:
        assert block_model._digits(text) == sum(map(str.isdigit, text)), text


def test_contact_answers_as_the_pattern_does() -> None:
    plain = block_model._CONTACT_SOURCE.compiled()
    pieces = ["Tel", "TEL", "tel", "hotel", "FAX", "fax", "Fax:", "http", "HTTPS:", "https:",
              "www.", "WWW.", "@", "©", "(c)", "(C)", "+4", "+", "4", " ", "x", "ſ", "İ", "K",
              "ana", "call", "(", ")", "c", ".", ":", "é", "τ"]
    texts = ["", "Call us: +49 30 1234", "Tel. 030", "hotel", "© 2025", "(C) Ana", "x@y.z",
             "see www.example.com", "HTTPS://x", "telephone", "FAX 12"]
    texts += spliced(pieces, 8000, seed=4, most=10)
    assert found_alike(texts, plain, block_model._contact) > 1000
