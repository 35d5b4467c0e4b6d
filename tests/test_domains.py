"""The public-suffix list read by warctools' own pass over the bundled file."""

from __future__ import annotations

from publicsuffixlist import PublicSuffixList

from warctools.domains import _rules, public_suffix_list


def test_same_rules_as_the_library_reads() -> None:
    ours, theirs = public_suffix_list(), PublicSuffixList(accept_encoded_idn=False)
    assert ours._publicsuffix == theirs._publicsuffix
    assert ours._maxlabel == theirs._maxlabel
    for host in ("www.example.co.uk", "a.b.example.com", "x.city.kawasaki.jp", "localhost"):
        assert ours.privatesuffix(host) == theirs.privatesuffix(host)


def test_rules_read_like_the_library() -> None:
    text = "// comment\n\ncom\nCO.UK  trailing words\n!City.Kawasaki.jp\r\n  // indented\n*.ck\n"
    assert _rules(text.encode()) == ["com", "co.uk", "!city.kawasaki.jp", "*.ck"]
    theirs = PublicSuffixList(text, accept_encoded_idn=False)
    assert set(_rules(text.encode())) == theirs._publicsuffix
