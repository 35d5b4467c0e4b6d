"""LiteralLed's alternatives led by a literal run after characters of any kind ("n.t have"):
the search answers as the plain pattern's does."""

from __future__ import annotations

from tests.support.spliced import found_alike, spliced
from warctools.extract._alternation import LiteralLed, Source, _literal_lead, factored


def test_a_run_after_any_character_leads_at_its_place() -> None:
    assert _literal_lead("n.t have") == ("t have", 2)
    assert _literal_lead("vous n.avez pas") == ("avez pas", 7)
    assert _literal_lead("ab.c") == ("ab", 0)  # (the longest run: the opening)
    assert _literal_lead("a.b.cde") == ("cde", 4)
    assert _literal_lead("a.*bcd") == ("a", 0)  # (a run of any length: no fixed place)
    assert _literal_lead("a.bcc?d") == ("bc", 2)  # (an optional character ends the run)
    assert _literal_lead("a.b+cdef") == ("a", 0)  # (a repeated one: the place after it moves)
    assert _literal_lead(r"a.\w+") == ("a", 0)
    assert _literal_lead("^x") == ("", 0) and _literal_lead(".x") is None


def test_literal_led_search_with_runs_after_any_character_finds_what_the_pattern_finds() -> None:
    source = Source(r"n.t have it|vous n.avez pas|a.b.cde|x.y|zz.q+r|(?:not|n.t) at all|^k.m")
    led = LiteralLed(source, factored(source))
    plain = source.compiled()
    pieces = ["n", "t", "'", "’", " have it", "vous ", "avez pas", "a", "b", "cde", "x", "y",
              "zz", "q", "r", " at all", "k", "m", "\n", " ", "no", "n't have it", "n\nt",
              "a-b-cde", "x-y", "zz-qqr", "n’t at all", "k-m"]
    texts = ["don't have it", "don\nt have it", "t have it", "vous n'avez pas", "avez pas",
             "a-b-cde", "ab-cde", "xzy", "zz-qqqr", "can't at all", "k-m", " k-m", ""]
    texts += spliced(pieces, 6000, seed=21, most=9)
    assert found_alike(texts, plain, led.search) > 300
