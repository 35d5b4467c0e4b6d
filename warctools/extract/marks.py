"""The elements the metadata rules look up in the whole raw tree, found in one walk.

Meta tags with a content, JSON-LD scripts, ``<h1>`` elements and the elements marked as
the headline were four selector walks over every node of the page (and the first
``<h1>`` four more lookups); one walk with the union of the selectors finds them all
for about the cost of one. The split below follows each selector's matching rules as
lexbor applies them (``[type]`` of a script compared without ASCII case, ``~=`` tokens
split at CSS white space, other values exact) and keeps what a walk of the selector
alone returns: lexbor lists a node once per alternative of a selector list it matches.

Read before the tree is cleaned: cleaning destroys nodes these lists hold.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .. import _regex

__all__ = ["Marks"]

_LD_TYPE = "application/ld+json"
_JSONLD_SCRIPTS = f'script[type="{_LD_TYPE}"]'
_HEADLINE_MARKS = "[itemprop=headline], [property~='dc:title']"
_CANONICAL = "link[rel=canonical][href]"
_WALK = f"meta[content], {_JSONLD_SCRIPTS}, h1, {_HEADLINE_MARKS}, {_CANONICAL}"
_CSS_SPACE = _regex.compile(r"[ \t\n\f\r]+")  # what separates the words of a ~= match


class Marks:
    """``meta``: ``meta[content]`` (``meta_attrs``: their attributes); ``jsonld``: the
    JSON-LD scripts; ``h1``: the ``<h1>`` elements; ``headline``: ``[itemprop=headline],
    [property~='dc:title']`` (a node twice when it carries both marks); each in document
    order. ``canonical``: the first ``link[rel=canonical][href]`` (``rel`` compared
    without ASCII case)."""

    __slots__ = ("meta", "meta_attrs", "jsonld", "h1", "headline", "canonical")

    def __init__(self, tree: LexborHTMLParser) -> None:
        self.meta: list[LexborNode] = []
        self.meta_attrs: list[dict[str, str | None]] = []
        self.jsonld: list[LexborNode] = []
        self.h1: list[LexborNode] = []
        self.headline: list[LexborNode] = []
        self.canonical: LexborNode | None = None
        last = -1
        for node in tree.css(_WALK):
            if node.mem_id == last:
                continue  # the same node again, for another alternative it matches
            last = node.mem_id
            tag = node.tag
            attrs = node.attributes
            if tag == "meta":
                if "content" in attrs:
                    self.meta.append(node)
                    self.meta_attrs.append(attrs)
            elif tag == "script":
                kind = attrs.get("type")
                if kind is not None and kind.isascii() and kind.lower() == _LD_TYPE:
                    self.jsonld.append(node)
            elif tag == "h1":
                self.h1.append(node)
            elif tag == "link" and self.canonical is None and "href" in attrs:
                rel = attrs.get("rel")
                if rel is not None and rel.isascii() and rel.lower() == "canonical":
                    self.canonical = node
            if attrs.get("itemprop") == "headline":
                self.headline.append(node)
            prop = attrs.get("property")
            if prop and "dc:title" in prop and "dc:title" in _CSS_SPACE.split(prop):
                self.headline.append(node)

    @property
    def first_h1(self) -> LexborNode | None:
        return self.h1[0] if self.h1 else None
