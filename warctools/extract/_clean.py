"""Remove what is never article text from a lexbor tree, in place.

Three passes, all cheap: tags that hold no prose (scripts, navigation, forms' widgets),
hidden elements, and elements whose class/id/role names a page furniture role (comments,
sharing, related links, newsletters, cookie banners, ...). An element that holds most of
the page's text is never removed on its class alone (wrappers like ``has-sidebar``).
"""

from __future__ import annotations

from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .. import _regex
from ._alternation import Source, any_of, cores, factored
from ._blocks import (
    _HEADINGS,
    DENSE_FACTOR,
    PROSE_MIN,
    custom_tag,
    lone_inside,
    reading_size,
    wrapped_alone,
)
from ._cover import covered, merged_extra
from .title import ANCHOR_SIGNS, fold, reading_words, worded_as_headline

__all__ = ["LINKED_HEADLINE", "clean_tree", "names_furniture", "names_story"]

# set on an <article> whose <header>, removed as a landmark, held a headline linking to a
# page (the headline its value): a post of a stream of them (a blog's front page), told by
# article._first_post
LINKED_HEADLINE = "data-warctools-linked-headline"

_DROP_TAGS = [
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
    "canvas", "button", "select", "input", "textarea", "option", "nav", "aside",
    "menu", "dialog", "label", "audio", "video", "picture", "map", "figcaption", "figure",
    "marquee",
    "rt", "rp",  # ruby readings (furigana) over the text they annotate
]  # fmt: skip
# ... found in one walk of the tree: ``strip_tags`` walks it once for each tag (27 walks,
# 1.3% of an extract run), and a node's subtree goes with it either way. The walk is
# ``traverse()`` comparing each element's tag id: lexbor's selector engine tries each of
# the 28 alternatives of ``css(", ".join(_DROP_TAGS))`` on every element, 3x the cost
# (the same elements, in the same order: a type selector matches by tag id).
_DROP_IDS = {LexborHTMLParser(f"<{tag}></{tag}>").css_first(tag).tag_id: tag
             for tag in _DROP_TAGS}  # (each one's name: reading ``.tag`` costs twice as much)
# Dropped tags that a few templates wrap the whole story in: kept when they hold it all
# (a <dialog> only when open)
_MISUSED = frozenset(("aside", "nav", "menu", "figure", "label"))
# what a <figure> holds that is the story's, not a picture: a data table (two cells a
# row, or headers; not a one-cell layout table around an image), a listing of code
_FIGURED = "td + td, th, pre"
# Dropped like furniture-named elements (unless they hold most of the page's text: some
# templates wrap the whole story in a <header>, ASP.NET pages the whole page in a <form>);
# found by the dropped tags' walk (one walk of the body fewer), those still in it asked
_LANDMARKS = ("header", "footer", "form")
# ... and the paragraphs: whether the page still writes a <p> is asked of them (one
# element's ancestors, not a walk of the page to its first <p>)
_WALKED = {**_DROP_IDS, **{LexborHTMLParser(f"<{tag}></{tag}>").css_first(tag).tag_id: tag
                           for tag in (*_LANDMARKS, "p")}}  # fmt: skip
_NOT_DROPPED = frozenset((*_LANDMARKS, "p"))
# Rows of a data table are content whatever their class ("player-2020-580"); cells of a
# layout table are still judged by their names
_TABLE_PARTS = frozenset(("tr", "tbody", "thead", "tfoot"))

# Hidden elements and landmark roles that hold no story: _HIDDEN, walked as the cheaper
# _HIDDEN_COVER (``_cover.py``): the style words by the word they share, any itemprop or
# role, their values read in Python on the few elements that have one (each alternative
# costs lexbor a look-up of its attribute on every element; lexbor compares style and
# itemprop values exactly)
_HIDDEN_STYLES = ("display:none", "display: none", "visibility:hidden", "visibility: hidden")
_HIDDEN_ROLES = ("navigation", "complementary", "contentinfo", "banner", "dialog", "menu",
                 "alert", "search")  # fmt: skip
_HIDDEN_PROPS = ("comment", "author")  # itemprop values
_HIDDEN = ", ".join(("[hidden], [aria-hidden=true]", *(f"[itemprop={p}]" for p in _HIDDEN_PROPS),
                     "[rel=author]", *(f"[style*='{s}']" for s in _HIDDEN_STYLES),
                     *(f"[role={r}]" for r in _HIDDEN_ROLES)))  # fmt: skip
_HIDDEN_COVER = ("[hidden], [aria-hidden=true], [itemprop], [rel=author], [style*=none],"
                 " [style*=hidden], [role]")

# Matched against the lower-cased class and id of an element.
_NEGATIVE = Source(
    r"comment(?!ary)|disqus|related|recommend|\bshare(?!d)|sharing|social|newsletter|subscri|signup"
    r"|sign-up|promo|sponsor|advert|\bads?\b|\bad[-_]|[-_]ads?\b|adslot|dfp|banner|cookie"
    r"|consent|gdpr|crumb(?!le)|\bnav|menu|sidebar|side-bar|widget|popup|modal|outbrain"
    r"|taboola|trending|popular|read-?more|more-?stories|\btags?\b|tag-?list|author|byline"
    r"|caption|credit|(?<![a-z])cred\b|footer|masthead|\bskip|toolbar|pagination|pager|donat"
    r"|post-?meta|article-?meta|entry-?meta|\bmeta\b|timestamp|\bdate\b|publish|dateline"
    r"|\bhide\b(?!-)|(?<!overflow-)\bhidden\b(?!-)|print-?only|sr-only|visually-?hidden"
    r"|screen-?reader|follow|rating"
    r"|signin|login|register|teaser|latest|headline-?list|more-from|also-?read"
    r"|inline-?link|see-?also|jump(?!-?targets?)|affiliate|shop|embed|video|player|gallery|slideshow"
    r"|carousel|lightbox|(?<!for-)\bprint(?:-?(?:button|btn|link|icon|tools?))?\b(?!-)|\btoc\b|table-?of-?contents|bio\b|about-?the-?author"
    r"|tooltip|popover|hover-?card|rollover|alert|notification|overlay|\brail|\bmore\b|offer|partner|feedback|survey|\bcta\b"
    r"|marquee"  # a scrolling bar (stock prices, the latest headlines), as <marquee> was
    r"|\bpolls?\b|umfrage|sondage|encuesta|sondaggio|enquete"
    r"|button|\bbtn\b"
    r"|\bsupport(?:-?us)?\b|contribution|\bwriter\b|job-?board|\bjobs\b|stellenmarkt"
    # the same roles in class names of other languages (de, fr, es, it, pt, nl, da/sv/no)
    r"|reaction|komment|comentari|reacties|teilen|partag|compartir|condivid|compartilh|\bdelen\b"
    r"|werbung|anzeige|publicit|publicidad|pubblicit|reclame|advertentie|\bpub\b|verwandt"
    r"|similaire|relacionad|correlat|gerelateerd|fil-?ariane|brotkrume|auteur|\bautor(?:e|es|in|en)?\b|abonn"
    r"|suscri|iscriviti|lire-?aussi|leia-?tambem|leggi-?anche|lees-?ook|mehr-?zum"
    # ... and in the class names (words or their transliteration) of pl, cs, ru, tr, id,
    # ro, zh (pinyin), ja (romaji)
    r"|koment|reklam|\biklan|guanggao|powiazane|polecane|polecamy|podobne|udostepnij"
    r"|czytaj-?(?:tez|takze)|zobacz-?(?:tez|takze)|souvisejici|ilgili|yorum|paylas"
    r"|baca-?juga|terkait|citeste-?si|xiangguan|tuijian|pinglun|fenxiang|kanren|osusume"
)
_POSITIVE = _regex.compile(
    r"article|body|content|entry|main|post|story|text|blog|hentry"
    r"|artikel|articulo|artigo|articolo|contenu|contenid|conteudo|contenut|inhalt|beitrag"
    r"|noticia|notizia"
    r"|widget-heading"  # a page builder's heading box (Elementor's), a heading of the story
)
# Roles that stay furniture even next to a positive word ("related-articles",
# "article-share", "post-newsletter"); a wrapper of the whole page is still kept.
_STRONG = _regex.compile(
    r"related|recommend|\bshare(?!d)|sharing|newsletter|cookie|consent|outbrain|taboola|sponsor"
    r"|advert|similaire|relacionad|correlat|gerelateerd|verwandt|partag|teilen|compartir"
    r"|condivid|compartilh|bio\b|post-?author|table-?of-?contents"
    # a writer box, one alternative for each word (each a core: see _STRONG_CORES)
    + "".join(f"|{writer}-?(?:bio|box|info|card|profile|details|description)"
              for writer in ("author", "autor", "auteur"))
    + r"|reklam|\biklan|guanggao|powiazane|polecane|terkait|xiangguan|tuijian|kanren|ilgili"
    r"|souvisejici|udostepnij|paylas|fenxiang"
)
_NEGATIVE_ANY = factored(_NEGATIVE)  # the same yes/no answers, 5x faster


# ... ruling out most class names on one Aho-Corasick pass (a factored search costs
# ~600 instructions a character: nearly every letter opens a branch of it)
_NEGATIVE_CORES = cores(_NEGATIVE) or (lambda name: True)
_STRONG_ANY = factored(_STRONG)  # (3x faster)
# (most furniture names hold none of its cores: no search)
_STRONG_CORES = cores(Source(_STRONG.pattern)) or (lambda name: True)
# its alternatives are plain words: one Aho-Corasick pass answers (a factored search
# costs ~250 instructions a character)
_POSITIVE_IN = any_of(_POSITIVE.pattern.split("|"))
_COMMENTS = _regex.compile(
    r"comment(?!ary)|disqus|respond\b|replies|reaction|komment|koment|comentari|reacties"
    r"|yorum|pinglun"
)
_COMMENTS_ANY = factored(_COMMENTS)  # (asked only whether it matches)
# WordPress taxonomy classes name the post's categories and tags, not a role of the element
_TAXONOMY = _regex.compile(r"(?<!\S)(?:category|tag|post_tag|topic|format)-\S+")
_TAXONOMY_PREFIXES = ("category-", "tag-", "topic-", "format-")  # one is in every match
# "callout--content-type--asset-embed": the kind of thing embedded, not the story's body
_CONTENT_TYPE = _regex.compile(r"content[-_]?type")
# a class that says what the element lacks ("no-caption", "no_sidebar") names no role of
# its own; "no-print" (hidden when printed: share bars, menus) still does
_NEGATED = _regex.compile(r"(?<!\S)no[-_](?!print)\S+")
_COMMENT_PART = _regex.compile(r"comments?[-_]+(?:text|body|content|entry|post|main|article)\b")
_MEDIA = _regex.compile(r"gallery|galerie|galeria|slideshow|diashow|carousel|karussell|slider")
# more headings over galleries than this: a slideshow told as a list, each picture's
# heading one of its items
_MEDIA_TITLES = 2
_INLINE = frozenset("a img i b em strong small abbr time source path g use br sup sub".split())
_EMBEDDED_POSTS = "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed"
_KEEP = frozenset(("html", "body", "main", "article"))
# the story's body as the page marks it: furniture-like names inside are builder wrappers
_MARKED_PROPS = ("articleBody", "text")
# ... found in one walk with what shows code or may quote a post (below): an element of
# both is listed once for each, the two in a row. Any itemprop, its value read in Python
# (as lexbor compares it: exactly) on the few elements that have one: an alternative for
# each value costs lexbor a look-up of the attribute on every element.
_MARKED_OR_SHOWN = "[itemprop], pre, code, blockquote[class]"
_WORDS_SHARE = 0.8  # an element holding this share of the page's words is its wrapper
_STANDFIRST = 100  # a <header> with a paragraph this long introduces the story
_POST_PARAGRAPHS = 2  # paragraphs of prose in an <article> that make it a post, not a card
_STREAM_ARTICLES = 3  # <article>s on a page that make a stream of them (a live blog's entries)
_ENTRY_WORDS = 3  # ... the words of an entry's title (fewer: a kicker's label)
_WRAPPER_PROSE = 400  # prose characters that make a furniture-named wrapper the story's
# a style utility's token ("text-center", "text-sm", "text-muted": Bootstrap, Tailwind)
# names how its text looks, not that it holds the story: no positive word
_TEXT_UTILITY = _regex.compile(r"(?<![\w-])text-[\w:/.\[\]#-]*")
_ANCHOR = _regex.compile(r"^[^\W_]+(?:-[^\W_]+){3,}$")  # an id made from a heading's words
_SLUG_TEXT = 300  # characters of an element's text read for the words of its id
_WORDS = _regex.compile(r"[^\W_]+")
_HEADING_SELECTOR = ", ".join(sorted(_HEADINGS))
_SKIP = _INLINE | _TABLE_PARTS | _KEEP | {"pre", "code"}
# named elements inside code shown to readers: a syntax highlighter's tokens, whatever
# their names ("hljs-comment", "token comment")
_IN_CODE = "pre [class], pre [id], code [class], code [id]"
# elements with a class or an id, each listed once ("[class], [id]" lists one with both twice)
# names a component framework gives its elements beside or instead of class names (React's
# test ids, BBC's and the Guardian's components, QA hooks): read as class names are
_DATA_NAMES = ("data-testid", "data-component", "data-qa", "data-module")
_NAMED = f":is([class], [id], {', '.join(f'[{name}]' for name in _DATA_NAMES)})"
_DATA_SET = frozenset(_DATA_NAMES)


def clean_tree(tree: LexborHTMLParser, headline: str | None = None) -> LexborNode | None:
    """Strip boilerplate from ``tree``; return the body (None when there is none).
    ``headline``: the page's title as its metadata reads it (an element named for furniture
    that shows it over the story's prose is the story's wrapper)."""
    body = tree.body
    if body is None:
        return None
    # One walk finds the noscripts and landmarks to read and what goes after them (two
    # walks of the body fewer: 6% of the cleaning); an unwrapped one leaves the tree, its
    # children stay in the list.
    found, landmarks, paras = _dropped(body)  # (each with its tag)
    kept: set[int] = set()
    for node, tag in found:
        if tag == "noscript" and (
                _prose_chars(node) >= _WRAPPER_PROSE or _run_chars(node) >= _WRAPPER_PROSE):
            node.unwrap()  # the story itself, shown when scripts are off (JS-rendered pages)
            kept.add(node.mem_id)
    page = _PageText(body, paras)
    for node, tag in found:
        if (tag in _MISUSED or (tag == "dialog" and "open" in node.attributes)) and (
                node.mem_id not in kept and page.holds_the_prose(node, nearly_all=True)):
            node.unwrap()  # the story itself in an <aside>, a <nav>, a <figure>, ...
            kept.add(node.mem_id)
        elif tag == "figure" and node.css_first(_FIGURED) is not None:
            node.unwrap()  # a table or a listing set as a figure (a block editor's table,
            kept.add(node.mem_id)  # a static site's highlighted code): its caption goes
    figures, gallery = _gallery(found, kept)  # (judged once the rest has gone: below)
    deferred = {node.mem_id for node in gallery}
    head = tree.head
    titles = [title for node, tag in found if tag == "video" and node.mem_id not in kept
              for title in _video_title(node)]  # (asked before the players go)
    for node, _ in (*found, *(_dropped(head)[0] if head is not None else ())):
        if node.mem_id not in kept and node.mem_id not in deferred:
            node.decompose(recursive=False)  # (as ``strip_tags``: taken out, not destroyed)
    for title in titles:
        title.decompose()
    told = bool(gallery) and _told_in_captions(body, figures)
    if gallery:
        for node in gallery:
            if told:
                node.unwrap()  # a story told in its photos' captions: each one a paragraph
            else:
                node.decompose(recursive=False)
    page = _PageText(body, paras)  # as it stands before anything hidden goes
    for node in covered(body, _HIDDEN_COVER, _hidden_extra):  # = body.css(_HIDDEN)
        if node.parent is not None and _hidden(node) and (
                page.holds_the_prose(node, True) or _slide(node)):  # fmt: skip
            continue  # the story itself, nearly all the page's prose, hidden for a script to
            # show (an anti-flicker or reveal-on-load wrapper); a gallery's slide
        node.remove()  # not decompose: a later node of the list may lie inside this one
    in_page = {body.mem_id}  # (below it: not taken out with a dropped or hidden element)
    landmarks = [node for node in landmarks if _inside_one(node, in_page)]  # = body.css(_LANDMARKS)
    if _drop_by_name(body, landmarks, paras, headline, told):
        _drop_line_numbers(body)  # (a gutter's <pre>: none where no code was left)
    return body


def _dropped(root: LexborNode
             ) -> tuple[list[tuple[LexborNode, str]], list[LexborNode], list[LexborNode]]:
    """(the elements of ``_DROP_TAGS`` in ``root`` (itself included), each with its tag;
    the ``_LANDMARKS``; the ``<p>``s), in document order."""
    found: list[tuple[LexborNode, str]] = []
    landmarks: list[LexborNode] = []
    paras: list[LexborNode] = []
    for item in [(node, _WALKED[tag]) for node in root.traverse()
                 if (tag := node.tag_id) in _WALKED]:  # fmt: skip
        if item[1] in _NOT_DROPPED:
            (paras if item[1] == "p" else landmarks).append(item[0])
        else:
            found.append(item)
    return found, landmarks, paras


_VIDEO_TITLE_MAX = 120  # characters of a player's title beside it
_TITLE_TAGS = frozenset(("span", "div", "strong", "b", "h2", "h3", "h4", "h5", "h6"))


def _video_title(video: LexborNode) -> list[LexborNode]:
    """The title shown beside a video player, in the box that holds only the two (a
    portal's clip between the story's paragraphs: "<div><video/><span>Heat wave: how to
    cope</span></div>"): short, no sentence closing it; it goes with the player."""
    box = video.parent
    if box is None or box.tag not in ("div", "figure"):
        return []
    others = [child for child in box.iter() if child.mem_id != video.mem_id]
    if len(others) != 1 or others[0].tag not in _TITLE_TAGS:
        return []
    text = " ".join((others[0].text(deep=True) or "").split())
    if not text or len(text) > _VIDEO_TITLE_MAX or text[-1] in ".!。":
        return []
    return others


def _drop_line_numbers(body: LexborNode) -> None:
    """The line-number gutter of a code listing laid out as a table (a highlighter's
    "linenos" or "lntable"): a cell whose ``<pre>`` holds only numbers, beside a cell of
    code; the code stays."""
    for pre in body.css("td > pre, td > div > pre"):
        cell = pre.parent
        if cell is not None and cell.tag != "td":
            cell = cell.parent  # (the <div> a highlighter wraps its <pre> in)
        if cell is None or cell.parent is None:
            continue
        text = pre.text(deep=True) or ""
        if not text.strip() or not _NUMBERS_ONLY.match(text):
            continue
        if any(other.mem_id != cell.mem_id and other.css_first("pre") is not None
               for other in cell.parent.iter() if other.tag == "td"):  # fmt: skip
            cell.decompose()


_NUMBERS_ONLY = _regex.compile(r"^[\d\s]+$")

_GALLERY_CAPTIONS = 3  # captions of prose that make a page's figures a story told in them
GALLERY_SHARE = 0.5  # the page's prose outside them, at most this share of theirs


def _gallery(found: list[tuple[LexborNode, str]], kept: set[int]
             ) -> tuple[list[LexborNode], list[LexborNode]]:  # fmt: skip
    """(the outermost figures, every figure and caption within them) among ``found``
    (the dropped tags, each with its tag; ``kept``: those kept) that may tell the page's
    story (a gallery, "In pictures: ..."): ``_GALLERY_CAPTIONS`` or more captions of prose,
    ``_WRAPPER_PROSE`` characters of it, none of them in an element dropped anyway (a
    gallery embedded in an ``<aside>``). Else none."""
    figures = [node for node, tag in found if tag == "figure" and node.mem_id not in kept]
    if len(figures) < _GALLERY_CAPTIONS:
        return [], []
    dropped = {node.mem_id for node, tag in found
               if tag not in ("figure", "figcaption") and node.mem_id not in kept}
    ids = {node.mem_id for node in figures}
    outer = [node for node in figures
             if not _inside_one(node, ids | dropped) and not _card_figure(node)]
    captions = [caption for figure in outer for caption in figure.css("figcaption")]
    sizes = [len(" ".join(caption.text(deep=True, separator=" ").split()))
             for caption in captions]  # (characters, as a paragraph's are counted)
    told = [size for size in sizes if size >= PROSE_MIN]
    if len(told) < _GALLERY_CAPTIONS or sum(told) < _WRAPPER_PROSE:
        return [], []
    within = {node.mem_id for figure in outer for node in figure.css("figure, figcaption")}
    within.update(node.mem_id for node in outer)
    return outer, [node for node, _ in found if node.mem_id in within]


def _card_figure(figure: LexborNode) -> bool:
    """Is the figure another story's card: its caption opens with a link (a linked title
    over an excerpt)? A linked heading over a caption says nothing: a gallery's items
    carry them too."""
    for node in figure.traverse(include_text=True):
        if node.tag == "-text" and (node.text_content or "").strip():
            if (caption := _up_to(node, "figcaption")) is not None:
                return _up_to(node, "a", caption) is not None
    return False


def _up_to(node: LexborNode, tag: str, stop: LexborNode | None = None) -> LexborNode | None:
    """The nearest ancestor of ``node`` with ``tag``, below ``stop`` when given."""
    parent = node.parent
    while parent is not None and (stop is None or parent.mem_id != stop.mem_id):
        if parent.tag == tag:
            return parent
        parent = parent.parent
    return None


def _told_in_captions(body: LexborNode, figures: list[LexborNode]) -> bool:
    """Does the page, its scripts and furniture tags gone, tell its story in the captions
    of ``figures`` (the outermost of a gallery, see :func:`_gallery`): the long runs of
    text outside them at most ``GALLERY_SHARE`` of those in them? A story's photos keep
    their captions out of its text, and so does a page telling a story beside a box of
    other photos."""
    held = sum(_run_chars(figure) for figure in figures)
    return _run_chars(body) - held <= GALLERY_SHARE * held


def _inside_one(node: LexborNode, ids: set[int]) -> bool:
    """Is one of ``node``'s ancestors among ``ids``?"""
    parent = node.parent
    while parent is not None:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def _hidden(node: LexborNode) -> bool:
    """Is ``node`` hidden by its style or a hiding attribute (not by a landmark role)?"""
    attrs = node.attributes
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style") or ""
    return any(s in style for s in _HIDDEN_STYLES)


# a slide's state among its class names ("active", "swiper-slide-next", "slide-3"): what
# tells the shown slide from the hidden ones, not what they are
_SLIDE_STATES = frozenset(("active", "current", "selected", "visible", "show", "shown",
                           "hidden", "inactive", "first", "last", "prev", "next", "in", "out",
                           "d-none", "fade", "hide"))  # fmt: skip
# an element named as the story's continuation, shown when a reader asks ("read-more",
# "more-content", "expandable", "collapsed"): furniture by its name, the story by its text
_CONTINUATION = _regex.compile(r"read-?more|more-?(?:content|text)|expand|collaps|truncat")
_SLIDES_MIN = 3  # slides of a gallery (two may be a page's two tabs)
_DIGIT = _regex.compile(r"\d")
_CARD_LINKS = 0.2  # share of a slide's or a continuation's text in links: more, a card
_LINKED_HEADING = "a h2, a h3, a h4, a h5, h2 a, h3 a, h4 a, h5 a"  # ... or a linked title


def _slide_kind(node: LexborNode) -> frozenset[str]:
    """The class names a slide shares with the others: without its state or number."""
    return _kind_of(node.attributes.get("class") or "")


@lru_cache(maxsize=4096)
def _kind_of(klass: str) -> frozenset[str]:
    return frozenset(name for name in klass.lower().split()
                     if _DIGIT.search(name) is None
                     and name.rsplit("-", 1)[-1] not in _SLIDE_STATES)  # fmt: skip


def _alike(node: LexborNode) -> list[LexborNode]:
    """The element and its siblings of its tag and class names, less their state or
    number (a gallery's slides); none where fewer than ``_SLIDES_MIN`` share its tag.
    Where each sits alone in wrappers of its own (a one-cell layout table, a component's
    ``<div>``s), the wrappers' siblings holding such an element alone count as its."""
    parent = node.parent
    if parent is None:
        return []
    tag, siblings = node.tag, []
    child = parent.child
    while child is not None:
        if child.tag == tag:
            siblings.append(child)
        child = child.next
    if len(siblings) < _SLIDES_MIN:
        top, levels = wrapped_alone(node)
        if levels and (above := top.parent) is not None:
            siblings = []
            child = above.child
            while child is not None:
                if child.tag == top.tag and (inner := lone_inside(child, levels)) is not None and (
                        inner.tag == tag):  # fmt: skip
                    siblings.append(inner)
                child = child.next
    kind = _slide_kind(node) if len(siblings) >= _SLIDES_MIN else frozenset()
    return [child for child in siblings if _slide_kind(child) == kind] if kind else []


def _slide(node: LexborNode) -> bool:
    """Is the hidden ``node`` a gallery's slide waiting its turn: an element with text,
    little of it in links (no card of another story), among three or more siblings of its
    tag and class names (less their state or number: "slide active", "slide"), one of them
    shown? A slideshow's story ("10 things ...", "... in pictures") sits in its slides;
    every one but the first is hidden for a script to show."""
    alike = _alike(node) if "class" in node.attributes else []
    if len(alike) < _SLIDES_MIN or all(_hidden(child) for child in alike):
        return False
    # (no text, or a card of another story: its linked headline, in a carousel of them)
    return bool((node.text(deep=True) or "").strip()) and not _card_like(node)


def _card_like(node: LexborNode) -> bool:
    """Does the element read as other stories' cards: a linked heading, or more than
    ``_CARD_LINKS`` of its text (white space folded) in links?"""
    if node.css_first(_LINKED_HEADING) is not None:
        return True
    text = len(" ".join((node.text(deep=True) or "").split()))
    links = sum(len(" ".join((link.text(deep=True) or "").split())) for link in node.css("a"))
    return links > _CARD_LINKS * text


def _hidden_extra(node: LexborNode) -> int:
    """How many more times :data:`_HIDDEN` lists ``node`` than :data:`_HIDDEN_COVER`."""
    attrs = node.attributes
    style = attrs.get("style") or ""
    extra = merged_extra(style, _HIDDEN_STYLES, "none", "hidden")
    if "itemprop" in attrs:
        extra += (attrs["itemprop"] in _HIDDEN_PROPS) - 1
    if "role" in attrs:
        extra += (attrs["role"] in _HIDDEN_ROLES) - 1
    return extra


class _PageText:
    """The body's text and prose lengths, measured once and only when needed."""

    __slots__ = ("body", "paras", "total", "prose", "runs", "last_size", "words")

    def __init__(self, body: LexborNode, paras: list[LexborNode] | None = None) -> None:
        self.body = body
        self.paras = paras  # the body's <p>s as the first walk found them (some gone since)
        self.total = -1
        self.prose = -1
        self.runs: bool | None = None  # a page that writes no <p>: prose is runs of text
        self.last_size = 0  # the text's length of the element last asked about (below)
        self.words = -1  # the body's text, each text node stripped (_holds_the_words)

    def measure(self, node: LexborNode) -> int:
        """The prose below ``node``: its paragraphs, or on a page without ``<p>`` (text
        between ``<br>``s, straight in ``<div>``s and cells) its long runs of text."""
        if self.runs is None:
            self.runs = self._no_paragraph()
        return _run_chars(node) if self.runs else _prose_chars(node)

    def _no_paragraph(self) -> bool:
        """Does the page write no ``<p>`` (``body.css_first("p") is None``)? Asked of the
        paragraphs the first walk found (no element is added since), the first still in
        the page answering."""
        if self.paras is None:
            return self.body.css_first("p") is None
        in_page = {self.body.mem_id}
        return not any(_inside_one(para, in_page) for para in self.paras)

    def held_mostly_by(self, node: LexborNode, comments: bool = False, strong: bool = False
                       ) -> bool:  # fmt: skip
        """Does ``node`` hold most of the page (a wrapper named after one of its parts)?
        Most of its text, or (not for comment sections, which need nearly all of it and no
        story outside them) most of its prose paragraphs:
        a ``sharing-container`` or ``gallery`` class on the story's own wrapper. On a page
        without ``<p>`` its prose is its long runs of text, and a ``strong`` role (a related
        box, a share bar) is never the story's there: teasers are runs as long as a story's."""
        text = node.text(deep=True, separator=" ")
        size = self.last_size = len(text)  # (no more prose than this below the node)
        if size <= 500 and (size <= 500 / DENSE_FACTOR or reading_size(text) <= 500):
            return False  # (in reading size: a dense script says as much in a third of it)
        if self.total < 0:
            self.total = len(self.body.text(deep=True, separator=" "))
        if comments:  # a long comment thread easily outweighs the story: the story's
            # wrapper only where no story stands outside it (a thread of twenty readers'
            # comments under a short story holds 85% of the page)
            return size > 0.8 * self.total and (
                self.page_prose() - self.measure(node) < _WRAPPER_PROSE)
        if size > 0.4 * self.total:
            return not (_footer(node) and self._footer_only(node))
        if size <= 0.5 * self.page_prose():
            return False
        if strong and self.runs:
            return False
        return self.holds_the_prose(node) or self._holds_the_words(node)

    def _holds_the_words(self, node: LexborNode) -> bool:
        """Does ``node`` hold nearly all the page's words, counted without the white space
        a template indents them with (a story told without ``<p>`` on a page that has some
        elsewhere: its prose measured as none, its raw text as a third of the page's)?"""
        if self.words < 0:
            self.words = len(self.body.text(deep=True, separator=" ", strip=True))
        return len(node.text(deep=True, separator=" ", strip=True)) > _WORDS_SHARE * self.words

    def _footer_only(self, footer: LexborNode) -> bool:
        """Is a footer the site's footer only, however much of the page's text it holds
        (columns of links, an about-us blurb, a legal disclaimer): (almost) none of the
        page's prose in it, 400 characters or more of it outside?"""
        held = self.measure(footer)
        prose = self.page_prose()
        return held < 0.1 * prose and prose - held >= _WRAPPER_PROSE

    def page_prose(self) -> int:
        """The page's prose (see :meth:`measure`), measured once."""
        if self.prose < 0:
            self.prose = self.measure(self.body)
        return self.prose

    def holds_the_prose(self, node: LexborNode, nearly_all: bool = False) -> bool:
        """Does ``node`` hold most of the page's prose (400+ characters of it), or with
        ``nearly_all`` all of it but a tenth of its own?"""
        if self.runs is None:
            self.runs = self._no_paragraph()
        if not self.runs and len(node.text(deep=True, separator=" ")) < PROSE_MIN:
            return False  # no paragraph of prose in so little text (a hidden icon, a label):
            # the text, read in a tenth of a selector's walk, spares the walk
        held = self.measure(node)  # first: most elements asked hold none
        if held < _WRAPPER_PROSE and (held < _WRAPPER_PROSE / DENSE_FACTOR
                                      or held * _density(node) < _WRAPPER_PROSE):  # fmt: skip
            return False
        prose = self.page_prose()
        return prose - held <= 0.1 * held if nearly_all else held > 0.5 * prose


def _footer(node: LexborNode) -> bool:
    """A ``<footer>``, or an element named for one ("site-footer", "bg-footer")?"""
    if node.tag == "footer":
        return True
    attrs = node.attributes
    return "footer" in f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()


def _density(node: LexborNode) -> float:
    """What a character of ``node``'s text says, in characters of a Latin script: 1, up to
    3 in a dense script (Han, kana, hangul: a line of 30 says what one of 90 does)."""
    shown = "".join(node.text(deep=True, separator=" ").split())
    return reading_size(shown) / len(shown) if shown else 1.0


def _story_header(node: LexborNode) -> bool:
    """A ``<header>`` of the story (inside ``<article>`` / ``<main>`` or named for the
    post) that holds a standfirst paragraph."""
    attrs = node.attributes
    named = _POSITIVE_IN(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower())
    if not named:
        parent = node.parent
        while parent is not None and parent.tag not in ("article", "main", "body"):
            parent = parent.parent
        if parent is None or parent.tag == "body":
            return False
    return _prose_chars(node, "p, h2, h3, h4, div, span, strong") >= _STANDFIRST


def _prose_chars(node: LexborNode, selector: str = "p") -> int:
    """Characters in the paragraphs (``<p>`` of ``PROSE_MIN`` characters or more) below
    ``node``."""
    return sum(_prose_sizes(node, selector))


def _prose_sizes(node: LexborNode, selector: str = "p") -> list[int]:
    """The sizes of the paragraphs (``<p>`` of ``PROSE_MIN`` characters or more) below
    ``node``."""
    sizes = (len(para.text(deep=True, separator=" ").strip()) for para in node.css(selector))
    return [size for size in sizes if size >= PROSE_MIN]


def _run_chars(node: LexborNode) -> int:
    """Characters in the long runs of text below ``node``: each element's own text (not
    its children's) when it has ``PROSE_MIN`` or more, links' text left out. The prose of a
    page that writes its paragraphs without ``<p>``: lines between ``<br>`` tags, text
    straight in a ``<div>`` or a cell, a hard-wrapped post of short lines."""
    total = 0
    for item in node.traverse():
        tag = item.tag
        if tag and tag != "a" and tag[0] != "-":  # (nor a comment's text)
            size = len(" ".join((item.text(deep=False) or "").split()))
            if size >= PROSE_MIN:
                total += size
    return total


def _entry_heading(header: LexborNode) -> LexborNode | None:
    """The title of an entry of a stream (a live blog's), when ``header`` sits in an
    ``<article>`` and holds an ``<h2>``-``<h4>`` linking to no other page: on a page of
    several ``<article>``s that heading stays, the rest of the header (a time stamp, a
    share button, a byline) goes."""
    heading = header.css_first("h2, h3, h4")
    if heading is None or heading.css_first("a[href]:not([href^='#'])") is not None:
        return None
    if reading_words(heading.text(deep=True)) < _ENTRY_WORDS:
        return None  # a kicker's label ("Urteil", "Analysis"), no entry's title
    return heading if _article_of(header) is not None else None


def _article_of(node: LexborNode) -> LexborNode | None:
    """The ``<article>`` ``node`` sits in, below any ``<main>`` (None: none)."""
    parent = node.parent
    while parent is not None and parent.tag not in ("article", "main", "body"):
        parent = parent.parent
    return parent if parent is not None and parent.tag == "article" else None


def _keep_only(header: LexborNode, heading: LexborNode) -> None:
    """``header`` less everything but ``heading`` and what holds it (which take its
    place)."""
    holding = set()
    node: LexborNode | None = heading
    while node is not None and node.mem_id != header.mem_id:
        holding.add(node.mem_id)
        node = node.parent
    for child in list(header.iter(include_text=True)):
        if child.mem_id not in holding:
            child.remove()
    header.unwrap()


def _mark_linked_headline(header: LexborNode) -> tuple[LexborNode, LexborNode | None] | None:
    """Mark the ``<article>`` a header sits in when it holds a headline linking to a page
    (``<h2><a href>``, worded as a headline, not a poster's name), and return that article
    and heading: the rest of the header goes, what it said of the post stays known."""
    link = header.css_first("h1 a[href], h2 a[href], h3 a[href]")
    if link is None or "#" in (link.attributes.get("href") or "#"):
        return None  # (an anchor on this page: a live blog's entry, not another page's post)
    headline = " ".join(link.text(deep=True).split())
    if not worded_as_headline(headline) or (post := _article_of(header)) is None:
        return None
    post.attrs[LINKED_HEADLINE] = headline
    heading = link.parent
    while heading is not None and heading.tag not in ("h1", "h2", "h3"):
        heading = heading.parent
    return post, heading


def _drop_by_name(body: LexborNode, landmarks: list[LexborNode], paras: list[LexborNode],
                  headline: str | None = None, gallery: bool = False) -> bool:  # fmt: skip
    """Take out the ``landmarks`` (``_LANDMARKS`` in the page, in document order) and the
    elements named for furniture (``gallery``: the page tells its story in its photos'
    captions, and a paragraph named for the gallery introduces it; ``paras``: the page's
    ``<p>``s as first found). Whether the page showed code (``<pre>``, ``<code>``) once
    its landmarks had gone."""
    page = _PageText(body, paras)
    wrappers: tuple[frozenset[int], frozenset[int]] | None = None  # (see _story_wrappers)
    stream: bool | None = None  # the page holds a stream of <article>s (entries, posts)
    for node in landmarks:
        if node.tag == "header" and _story_header(node):
            continue  # an article's header with its standfirst, not the site's banner
        if not page.held_mostly_by(node):
            if node.tag == "form":
                node = _form_box(node, page)
            elif node.tag == "header":
                post, linked = _mark_linked_headline(node) or (None, None)
                heading = _entry_heading(node)
                if heading is not None:
                    if stream is None:
                        stream = len(body.css("article")) >= _STREAM_ARTICLES
                    if stream:
                        _keep_only(node, heading)
                        continue
                if post is not None and linked is not None and (
                        len(_prose_sizes(post)) < _POST_PARAGRAPHS):  # fmt: skip
                    # a card's linked title stays (one excerpt, no post's paragraphs): the
                    # card reads as one whether its header stayed whole or went
                    _keep_only(node, linked)
                    continue
            node.remove()
    # one walk for the marked bodies, the code and the quotes: code's named elements (a
    # highlighter's tokens: "hljs-comment") are looked for where the page shows code, its
    # descendant combinators costing five walks of type selectors; embedded posts (none in
    # the page: none below) by the cheaper one-alternative cover "blockquote[class]",
    # css_matches() answering for each match's subtree
    bodies: list[LexborNode] = []
    shown: list[LexborNode] = []
    last = -1
    for node in body.css(_MARKED_OR_SHOWN):
        if node.mem_id == last:
            continue  # (listed again for the other kind)
        last = node.mem_id
        tag, attrs = node.tag, node.attributes
        if attrs.get("itemprop") in _MARKED_PROPS:
            bodies.append(node)
        if tag in ("pre", "code") or (tag == "blockquote" and "class" in attrs):
            shown.append(node)
    marked = {n.mem_id for m in bodies for n in m.css(_NAMED)}
    quotes = [node for node in shown if node.tag == "blockquote"]
    code = {n.mem_id for n in body.css(_IN_CODE)} if len(quotes) < len(shown) else set()
    embeds = any(q.css_matches(_EMBEDDED_POSTS) for q in quotes)
    titles: list[LexborNode] = []  # headings right over a removed gallery
    series: dict[tuple[int, str, frozenset[str]], bool] = {}  # slideshows' answers
    named = body.css(_NAMED)
    boxes = _Boxes(named, page)  # class names whose elements together hold the story
    # (an element taken out below takes its subtree apart: the named ones inside it are
    # the ones right after it, in document order; until one is still in the page, each is
    # asked whether it is, and no other is)
    removed = False
    for node in named:
        if removed:
            if node.parent is None:
                continue  # in the element removed above
            removed = False
        tag = node.tag or ""
        if tag in _SKIP or node.mem_id in code:
            if tag == "a" and _to_this_page(node) and (
                    _backlink(node) or _heading_anchor(node)):  # fmt: skip
                removed = True
                node.decompose()  # a footnote's link back to its mark ("↩"), a heading's
                # link to itself ("¶"): no word of the story, and a short note closing the
                # post read as a link with it
            continue  # (code shown to readers keeps its comments and tokens)
        attrs = node.attributes
        klass = attrs.get("class") or ""
        if "-" in tag:  # (a web component's name names it too: <ps-newsletter-module
            klass = f"{klass} {custom_tag(node)}".rstrip()  # class="module">)
        else:
            klass = klass.rstrip()  # (as the custom tag's "" joined with a space would)
        if not _DATA_SET.isdisjoint(attrs):  # (most named elements: none of them)
            data = " ".join(value for name in _DATA_NAMES if (value := attrs.get(name)))
            klass = f"{klass} {data}".rstrip() if data else klass
        ident = attrs.get("id") or ""
        if ident.count("-") >= 3 and _ANCHOR.match(ident) and _slug_of(node, ident):
            ident = ""  # a heading's or its section's anchor ("sharing-with-a-single-
            # developer"), no role
        roles = _furniture_roles(klass, ident)
        if roles is None:
            continue
        strong, comments = roles
        if node.mem_id in marked and not strong:
            continue  # inside the story's marked body: builder wrappers ("elementor-widget")
        if embeds and node.css_first(_EMBEDDED_POSTS) is not None:
            continue  # an embedded post quoted by the story ("social-media-embed")
        if not page.held_mostly_by(node, comments, strong):
            if not strong and _in_slideshow(node, attrs.get("class") or "", page, series):
                continue  # a slide of a slideshow told as the story ("30. ...", "29. ...")
            if not strong and boxes.hold(node):
                continue  # the story told in a page builder's boxes ("elementor-widget")
            if (gallery and not strong and tag == "p" and _MEDIA.search(klass.lower())
                    and page.measure(node)):  # fmt: skip
                continue  # a gallery's introduction ("gallery__lead") over its captions
            if not strong and _CONTINUATION.search(f"{attrs.get('class') or ''} "
                                                   f"{attrs.get('id') or ''}".lower()) and (
                    _continues_the_story(node, page)):  # fmt: skip
                continue  # the story's second half behind a "read more" button
            if (not strong and page.last_size >= _WRAPPER_PROSE  # (node's: asked above)
                    and page.measure(node) >= _WRAPPER_PROSE):  # fmt: skip
                if wrappers is None:  # (asked once, of the first such wrapper)
                    wrappers = _story_wrappers(body, headline)
                if node.mem_id in wrappers[0] or node.mem_id in wrappers[1]:
                    continue  # a blog engine's day of posts holding the post, among other
                    # boxes; the story's wrapper, named for a part of it ("socialicons-
                    # sticky"), outweighed by a portal's boxes: its first paragraph is the
                    # first under the headline
            heading = _heading_over_media(node, attrs.get("class") or "")
            if heading is not None:
                titles.append(heading)
            removed = True
            node.remove()
    if len(titles) <= _MEDIA_TITLES:
        for heading in titles:
            heading.remove()
    return len(quotes) < len(shown)


def _to_this_page(link: LexborNode) -> bool:
    """Does the link lead to a place in the page itself ("#fnref:1", "#usage")?"""
    return (link.attributes.get("href") or "").startswith("#")


def _backlink(node: LexborNode) -> bool:
    """A footnote's link back to its mark, as Markdown engines name it (kramdown's
    "reversefootnote", Python-Markdown's, markdown-it's and goldmark's "footnote-backref",
    pandoc's "footnote-back"), an arrow or a caret with no word ("↩", "^")? (A section
    title linking back to the contents, docutils' "toc-backref", is a heading's words; an
    arrow in brackets, "[↩]", would leave its brackets.)"""
    klass = node.attributes.get("class") or ""
    if "backref" not in klass and "reversefootnote" not in klass and (
            "footnote-back" not in klass):  # fmt: skip
        return False
    if any(char.isalnum() for char in node.text(deep=True)):
        return False
    before = node.prev
    return before is None or not (before.text_content or "").endswith("[")


def _heading_anchor(node: LexborNode) -> bool:
    """A heading's link to its own anchor, shown as a sign with no word (Sphinx's and
    MkDocs' "headerlink" "¶", a static site's "#", "§" or "🔗": ``<a class="headerlink"
    href="#usage">¶</a>``)? Its sign would close the heading's text ("Usage¶")."""
    return node.text(deep=True).strip() in ANCHOR_SIGNS  # (its link asked first: "#...")


class _Boxes:
    """Elements of one class name (a page builder's "elementor-widget-container", a
    theme's "widget") that together hold the story, a paragraph or two in each: they hold
    most of the page's prose, and no more of it stands outside them than in the largest
    (a sidebar's modules beside a story do not). Asked once a page for each class name.

    The elements of a name are the page's named ones (``named``, as listed before any was
    taken out) with that class. Those taken out since (``remove()`` takes a subtree apart:
    childless, they measure no prose) count only towards the number of boxes: the ones
    still in the page are found by the name's own selector, a walk of the page for a
    tenth of what reading every named element's class costs, and the whole list is read
    only where their number alone decides (one box left holding the story)."""

    __slots__ = ("named", "page", "groups", "answers")

    def __init__(self, named: list[LexborNode], page: _PageText) -> None:
        self.named = named
        self.page = page
        self.groups: dict[str, list[LexborNode]] | None = None
        self.answers: dict[str, bool] = {}

    def hold(self, node: LexborNode) -> bool:
        """Is ``node`` one of such elements? (Asked after ``page.held_mostly_by(node)``.)"""
        klass = node.attributes.get("class") or ""
        if not klass:
            return False
        if self.page.last_size < PROSE_MIN:  # (its text, as just measured: no paragraph)
            return self.answers.get(klass, False) and _heading_only(node)  # a heading of
            # the story in a box of the same name between the boxes holding it
        found = self.answers.get(klass)
        if found is None:
            shown = self._shown(klass)
            sizes = [self.page.measure(n) for n in shown] or [0]
            held, prose = sum(sizes), self.page.page_prose()
            found = (held >= _WRAPPER_PROSE and held > 0.5 * prose
                     and prose - held <= max(sizes))  # fmt: skip
            if found and len(shown) < _BOXES:  # (the boxes taken out count: none of their
                found = len(self._named_as(klass)) >= _BOXES  # prose, one box each)
            self.answers[klass] = found
        return found

    def _shown(self, klass: str) -> list[LexborNode]:
        """The elements of the class ``klass`` still in the page."""
        if klass.isprintable() and '"' not in klass and "\\" not in klass:
            # (written as a CSS string as it is; lexbor compares the value exactly)
            return self.page.body.css(f'[class="{klass}"]')
        return [node for node in self._named_as(klass) if node.parent is not None]

    def _named_as(self, klass: str) -> list[LexborNode]:
        """The named elements of the class ``klass``, in the page or taken out."""
        if self.groups is None:
            self.groups = {}
            for other in self.named:
                if name := other.attributes.get("class"):
                    self.groups.setdefault(name, []).append(other)
        return self.groups.get(klass, [])


def _heading_only(node: LexborNode) -> bool:
    """Does ``node`` show only a heading (``<h2>``-``<h6>``)?"""
    heading = node.css_first("h2, h3, h4, h5, h6")
    return heading is not None and (heading.text(deep=True) or "").strip() == (
        node.text(deep=True) or "").strip()


_BOXES = 2  # elements of one class name holding the story between them, at least
_FORM_BOX_TEXT = 160  # characters beside a form in its element: the form's box
_NO_FORM_BOX = frozenset(("body", "html", "article", "main", "td", "th", "tr", "tbody", "table"))


def _form_box(form: LexborNode, page: _PageText) -> LexborNode:
    """The element a form sits in with only its heading and a line of text ("Get the
    morning briefing / The day's top stories in your inbox" over the sign-up form), when
    that is all the element holds: the widget, gone with its form. Else the form."""
    box = form.parent
    if box is None or box.tag in _NO_FORM_BOX or page.held_mostly_by(box):
        return form  # (a layout table's cell is the page's grid, not a widget)
    beside = reading_size(" ".join(box.text(deep=True, separator=" ").split()))
    beside -= reading_size(" ".join(form.text(deep=True, separator=" ").split()))
    return box if beside <= _FORM_BOX_TEXT else form  # (a dense script's line: three a sign)


def _story_wrappers(body: LexborNode, headline: str | None
                    ) -> tuple[frozenset[int], frozenset[int]]:  # fmt: skip
    """Elements that, named for furniture and holding a story's prose, are the story's
    wrapper even where the page's other boxes outweigh it (a portal's grids of other
    stories, a blog's sidebar): (those holding a heading, ``<h1>``-``<h3>``, that shows the
    page's ``headline`` when it is worded as one, as a blog engine's day of posts
    "date-outer" does; those holding the first paragraph under the first such heading, an
    ``<h1>`` for a shorter headline: where the story opens)."""
    if not headline:
        return frozenset(), frozenset()
    worded = worded_as_headline(headline)
    wanted, size = fold(headline), len(headline)
    headings: list[LexborNode] = []
    for heading in body.css("h1, h2, h3" if worded else "h1"):
        text = heading.text(deep=True) or ""
        if 0.5 * size <= len(text) <= 2 * size + 40 and fold(text) == wanted:
            headings.append(heading)  # (the length first: folding costs)
    holders: set[int] = set()
    for heading in headings if worded else ():
        parent = heading.parent
        while parent is not None and parent.mem_id not in holders:
            holders.add(parent.mem_id)
            parent = parent.parent
    opening = _opening_under(body, headings[0]) if headings else frozenset()
    return frozenset(holders), opening


_OPENING_SIBLINGS = 12  # elements after the headline's heading looked at for a paragraph


def _opening_under(body: LexborNode, heading: LexborNode) -> frozenset[int]:
    """The elements holding the first paragraph of prose (a ``<p>`` of ``PROSE_MIN``
    characters or more) among the ``_OPENING_SIBLINGS`` elements that follow ``heading``
    or an element holding it."""
    node: LexborNode | None = heading
    seen = 0
    while node is not None and node.mem_id != body.mem_id and seen < _OPENING_SIBLINGS:
        sibling = node.next
        while sibling is not None and seen < _OPENING_SIBLINGS:
            if sibling.tag not in ("-text", "-comment"):
                seen += 1
                found = sibling if sibling.tag == "p" else None
                for para in ([found] if found is not None else sibling.css("p")):
                    if len(" ".join((para.text(deep=True) or "").split())) >= PROSE_MIN:
                        held: set[int] = set()
                        up = para.parent
                        while up is not None and up.mem_id != body.mem_id:
                            held.add(up.mem_id)
                            up = up.parent
                        return frozenset(held)
            sibling = sibling.next
        node = node.parent
    return frozenset()


def _continues_the_story(node: LexborNode, page: _PageText) -> bool:
    """Does the element go on with the story told before it: prose of a story's length
    (``_WRAPPER_PROSE``) in plain paragraphs (no linked heading, few links: no list of
    other stories' cards), after a paragraph of prose beside it in its parent?"""
    if page.measure(node) < _WRAPPER_PROSE or _card_like(node):
        return False
    prev = node.prev
    while prev is not None:
        if prev.tag == "p":
            if len(" ".join((prev.text(deep=True) or "").split())) >= PROSE_MIN:
                return True
        elif prev.tag not in ("-text", "-comment") and _prose_chars(prev) >= PROSE_MIN:
            return True
        prev = prev.prev
    return False


def _in_slideshow(node: LexborNode, klass: str, page: _PageText,
                  seen: dict[tuple[int, str, frozenset[str]], bool]) -> bool:  # fmt: skip
    """Is ``node``, named for a gallery, one of three or more siblings of its tag and class
    names (less their state or number) that together hold most of the page's prose: the
    slides of a slideshow that tells the story ("30 things ..."), each slide on its own
    too small to be kept as the story's wrapper? ``seen``: answers by siblings' kind."""
    parent = node.parent
    if parent is None or _MEDIA.search(klass.lower()) is None:
        return False
    key = (parent.mem_id, node.tag or "", _slide_kind(node))
    if key not in seen:
        slides = _alike(node)
        seen[key] = (len(slides) >= _SLIDES_MIN
                     and sum(page.measure(s) for s in slides) > 0.5 * page.page_prose())
    return seen[key]


def _heading_over_media(node: LexborNode, klass: str) -> LexborNode | None:
    """The heading (not the page's ``<h1>``) right before a photo gallery or carousel: it
    titles the pictures, and left alone it would read as a line of the story."""
    if _MEDIA.search(klass.lower()) is None:
        return None
    prev = node.prev
    while prev is not None and prev.tag == "-text" and not (prev.text_content or "").strip():
        prev = prev.prev
    return prev if prev is not None and prev.tag in _HEADINGS and prev.tag != "h1" else None


def _slug_of(node: LexborNode, ident: str) -> bool:
    """May the id be made from the words the element shows first: it is or holds a heading,
    or shows all the id's words but one ("sharing-with-a-single-developer" on "Sharing with
    a single developer")? Not a bar's name ("cookie-law-info-bar",
    "hs-eu-cookie-confirmation" on "This website stores cookies ...")."""
    if node.tag in _HEADINGS or node.css_first(_HEADING_SELECTOR) is not None:
        return True  # (a section's id may name it otherwise than its heading does)
    shown = set(_WORDS.findall((node.text(deep=True) or "")[:_SLUG_TEXT].lower()))
    words = ident.lower().split("-")
    found = sum(word in shown for word in words)  # (all but one: a CMS's suffix "-dbsXtjSM",
    return found >= max(len(words) - 1, 3)  # "i.e." written "ie")


@lru_cache(maxsize=32768)
def _furniture_roles(klass: str, ident: str) -> tuple[bool, bool] | None:
    """(strong, comments) when an element's class and id name page furniture, else None
    (memoised: names repeat a lot)."""
    if "/" in ident:
        ident = ""  # an address (a live blog's id that is the story's URL:
        # "https://.../ind-vs-sl-latest-updates"), not a role
    if "no" in klass:
        klass = _NEGATED.sub("", klass)
    for prefix in _TAXONOMY_PREFIXES:  # (a loop: a generator costs more than the tests)
        if prefix in klass:
            klass = _TAXONOMY.sub("", klass)
            break
    if "type" in klass:
        klass = _CONTENT_TYPE.sub("", klass)
    name = f"{klass} {ident}".lower()
    if "__" in name:  # a BEM name's block and element ("c-box__cta", "article__share") as
        name = name.replace("__", "-")  # words: "\bcta\b" sees no edge in "__cta"
    if not _NEGATIVE_CORES(name) or not _NEGATIVE_ANY.search(name):
        return None
    comments = _is_comments(name)
    strong = comments or (_STRONG_CORES(name) and _STRONG_ANY.search(name) is not None)
    if not strong and _POSITIVE_IN(
            _TEXT_UTILITY.sub("", name) if "text-" in name else name):
        return None  # a positive word lets the scoring decide: "article-sidebar"
    return strong, comments


def names_furniture(name: str) -> bool:
    """Does a lower-cased class/id string hold a furniture word (even beside a positive one)?"""
    return name.strip() != "" and _NEGATIVE_ANY.search(name) is not None


def names_story(name: str) -> bool:
    """Does a lower-cased class/id string hold a word naming the story (article, body, ...)?"""
    return name.strip() != "" and _POSITIVE_IN(name)


def _is_comments(name: str) -> bool:
    """A comment section or a part of one ("comment-body", "comment-text"): a token naming
    comments without a positive word, or starting with the comment word."""
    if _COMMENTS_ANY.search(name) is None:
        return False  # (no pattern matches white space: no token would match either)
    for tok in name.split():
        if _COMMENTS_ANY.search(tok) and (
                not _POSITIVE_IN(tok) or _COMMENT_PART.match(tok)):  # fmt: skip
            return True
    return False
