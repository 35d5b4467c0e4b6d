"""An archived or proxied copy is read by the address it stands for."""

from __future__ import annotations

import pytest

from warctools.extract import extract
from warctools.extract.address import page_address

ARCHIVED = "https://archive.example/web/20181206101316/http://harbor-gazette.example/2017/01/26/ferry"


@pytest.mark.parametrize(("url", "address"), [
    (ARCHIVED, "http://harbor-gazette.example/2017/01/26/ferry"),
    ("https://archive.example/web/2018/https:/harbor.example/a?b=1", "https://harbor.example/a?b=1"),
    ("https://proxy.example/fetch/HTTPS://harbor.example/a", "https://harbor.example/a"),
    # an address in the query is a parameter, not the page's own
    ("https://harbor.example/share?u=https://other.example/a", None),
    ("https://harbor.example/2017/01/26/ferry", None),
    ("https://harbor.example", None),
    ("harbor.example/a/http", None),
])  # fmt: skip
def test_the_address_an_archive_s_copy_stands_for(url: str, address: str | None) -> None:
    assert page_address(url) == (address or url)


def test_an_archived_copy_is_named_by_the_address_it_stands_for() -> None:
    # the site's name closing the title is the embedded host's ("jürgen heitmann"), which
    # the archive's host does not name
    body = "".join("<p>The harbour authority voted on Tuesday to close the old ferry terminal "
                   f"after sixty years of service to the island communities ({i}).</p>"
                   for i in range(4))  # fmt: skip
    html = ("<html><head><title>Aggression Fotografie - jürgen heitmann fotografie</title>"
            f"</head><body><article>{body}</article></body></html>")  # fmt: skip
    url = "https://archive.example/web/20171008220355/http://juergenheitmann.example/essays/a/"
    assert extract(html, url).title == "Aggression Fotografie"
