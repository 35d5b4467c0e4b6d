"""The one-lookup test of an ASCII text's first characters answers as the two tests it
stands for (the first letter, then the credit pattern's openings)."""

from __future__ import annotations

from warctools.extract import authors


def test_credit_heads_answer_as_the_first_letter_and_the_openings() -> None:
    assert authors._CREDIT_HEADS is not None
    heads = [chr(a) for a in range(128)] + [chr(a) + chr(b) for a in range(128)
                                            for b in range(128)]  # fmt: skip
    for head in heads:
        for text in (head, f"{head}x y"):
            slow = text[0] not in authors._NO_CREDIT_FIRST and authors._CREDIT_OPENINGS(text)
            assert (text[:2] in authors._CREDIT_HEADS) == slow, text
