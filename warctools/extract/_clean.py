"""Remove what is never article text from a lexbor tree, in place.

Three passes, all cheap: tags that hold no prose (scripts, navigation, forms' widgets),
hidden elements, and elements whose class/id/role names a page furniture role (comments,
sharing, related links, newsletters, cookie banners, ...). An element that holds most of
the page's text is never removed on its class alone (wrappers like ``has-sidebar``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["clean_tree"]

_DROP_TAGS = [
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
    "canvas", "button", "select", "input", "textarea", "option", "nav", "aside",
    "footer", "header", "menu", "dialog", "label", "audio", "video", "picture", "map",
    "figcaption", "figure",
]  # fmt: skip

_HIDDEN = (
    "[hidden], [aria-hidden=true], [style*='display:none'], [style*='display: none'],"
    " [style*='visibility:hidden'], [style*='visibility: hidden'], [role=navigation],"
    " [role=complementary], [role=contentinfo], [role=banner], [role=dialog], [role=menu],"
    " [role=alert], [role=search], [itemprop=comment], [itemprop=author], [rel=author]"
)

# Matched against the lower-cased class and id of an element.
_NEGATIVE = re.compile(
    r"comment|disqus|related|recommend|\bshare|sharing|social|newsletter|subscri|signup"
    r"|sign-up|promo|sponsor|advert|\bads?\b|\bad[-_]|[-_]ads?\b|adslot|dfp|banner|cookie"
    r"|consent|gdpr|breadcrumb|\bnav|menu|sidebar|side-bar|widget|popup|modal|outbrain"
    r"|taboola|trending|popular|read-?more|more-?stories|\btags?\b|tag-?list|author|byline"
    r"|caption|credit|footer|masthead|\bskip|toolbar|pagination|pager|donat"
    r"|post-?meta|article-?meta|entry-?meta|\bmeta\b|timestamp|\bdate\b|publish|dateline"
    r"|\bhide|hidden|print-?only|sr-only|visually-?hidden|screen-?reader|follow|rating"
    r"|newsletter|signin|login|register|teaser|latest|headline-?list|more-from|also-?read"
    r"|inline-?link|see-?also|jump|affiliate|shop|embed|video|player|gallery|slideshow"
    r"|carousel|lightbox|\bprint|\btoc\b|table-?of-?contents|bio\b|about-?the-?author"
    r"|tooltip|alert|notification|overlay|\brail|\bmore\b|offer|partner|feedback|survey|\bcta\b"
)
_POSITIVE = re.compile(r"article|body|content|entry|main|post|story|text|blog|hentry")
_COMMENTS = re.compile(r"comment|disqus|respond\b|replies")
_INLINE = frozenset("a img i b em strong small abbr time source path g use br sup sub".split())
_EMBEDDED_POSTS = "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed"
_KEEP = re.compile(r"^(html|body|main|article)$")


def clean_tree(tree: LexborHTMLParser) -> LexborNode | None:
    """Strip boilerplate from ``tree``; return the body (None when there is none)."""
    body = tree.body
    if body is None:
        return None
    tree.strip_tags(_DROP_TAGS)
    for node in body.css(_HIDDEN):
        node.remove()  # not decompose: a later node of the list may lie inside this one
    _drop_by_name(body)
    return body


def _drop_by_name(body: LexborNode) -> None:
    total = 0
    for node in body.css("[class], [id]"):
        if node.tag in _INLINE:
            continue
        attrs = node.attributes
        if not _is_furniture(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
            continue
        if _KEEP.match(node.tag or ""):
            continue
        if node.css_first(_EMBEDDED_POSTS) is not None:
            continue  # an embedded post quoted by the story ("social-media-embed")
        if not total:
            total = len(body.text(deep=True, separator=" "))
        size = len(node.text(deep=True, separator=" "))
        if size > 0.4 * total and size > 500:
            continue  # a wrapper of the whole page, named after one of its parts
        node.remove()


@lru_cache(maxsize=8192)
def _is_furniture(name: str) -> bool:
    """Does a class/id string name page furniture? (memoised: names repeat a lot)"""
    name = name.lower()
    if not _NEGATIVE.search(name):
        return False
    # a positive word lets the scoring decide: "article-sidebar", "post type-post ..."
    return not _POSITIVE.search(name) or _is_comments(name)


def _is_comments(name: str) -> bool:
    return any(_COMMENTS.search(tok) and not _POSITIVE.search(tok) for tok in name.split())
