"""The headline as the article shows it, without the site name, kicker or section label.

Candidates come from two kinds of places:

* declared titles: JSON-LD ``headline``, ``dc:title``, ``og:title``, ``twitter:title``,
  other title meta and ``<title>``; publishers often append or prepend the site's name
  (" | Site", "Site - ") or a section ("Politics: ...") to these;
* shown headlines: elements marked as the headline (``itemprop=headline``, RDFa
  ``dc:title``), then the ``<h1>`` elements outside navigation, asides, footers and the
  site's logo, each also without a leading kicker element; ruby readings are not their
  text.

A shown headline wins when a declared title confirms it (equal to it or to a run of its
separator-delimited parts, contained in it, or sharing most of its words: a rewritten
SEO title), since the page's own headline is what readers see; marked headlines rank
above bare ``<h1>``s, a one-word ``<h1>`` matching a title part (a section) below.
A page's only shown headline is kept unconfirmed too when it reads as one (four words or
more, holding no declared title): the declared ones are then SEO titles written apart.
Otherwise the first declared title is used, less its leading and trailing parts that
name the site or an author: ``og:site_name``, the JSON-LD publisher, the application
name, the text of a logo ``<h1>``, the host's own words ("harborgazette.com", "Acme Blog"
on blog.acme.example), an author's name, or a section, a folder of the URL's path
("Outdoornews" on /outdoornews/detail/7); a trailing "[Site]" goes too. No host-specific
rules.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from warctools.domains import is_domain_name

from .. import _regex
from ._blocks import TABLE_LEVELS, custom_tag
from .address import page_key
from .marks import Marks

__all__ = ["ANCHOR_SIGNS", "SiteNames", "find_title", "fold", "fold_spaces", "home_link",
           "reading_words", "site_words", "names_sections", "story_h1", "worded_as_headline"]

_SPACES = _regex.compile(r"[^\S\u3000]+")  # runs of white space, but the ideographic space
# separators between a headline and the site / section: spaced bars and dashes, guillemets
# (WordPress's "Post « Blog"), bullets, double colons and slashes, a Korean CMS's
# breadcrumb "<"; ":" alone is part of many headlines and is not one (nor is the
# full-width "：", but before a name of the site: "見出し：朝日新聞デジタル"); the Chinese
# bar "丨"; between two ideographs or syllables a lone or doubled dash needs no spaces
# ("标题-新华网", "标题—新华网", "标题--新华网"), nor does a middle dot before a name of
# the site ("标题·新华网"; inside a foreign name, "唐纳德·特朗普", it splits nothing away)
_BETWEEN_IDEOGRAPHS = r"(?<=[\u2e80-\uffff]){}(?=[\u2e80-\uffff])"
_CJK_DASH = _BETWEEN_IDEOGRAPHS.format(r"(?:--|[\-–—－―])")
_SEPARATOR = _regex.compile(
    rf"\s+(?:--|//|[|\-–—·•»«›</~]|::|\\\\)\s+|\s*[|│｜丨：]\s*|\s+:\s+|{_CJK_DASH}"
    rf"|{_BETWEEN_IDEOGRAPHS.format('·')}")
_DECLARED_META = ("dc:title", "dc.title", "dcterms.title", "og:title", "twitter:title",
                  "parsely-title", "sailthru.title")  # fmt: skip
_OUTSIDE = frozenset(("nav", "aside", "footer", "header", "form", "a"))
_OUTSIDE_LEVELS = 10  # elements looked at above a headline (_outside_story)
_OUTSIDE_CLASS = _regex.compile(
    r"(?<![a-z])(logo|brand|masthead|site-?(title|name)|nav|menu|footer|sidebar)"
)
_MODIFIER = _regex.compile(r"--[\w-]*")
_WORD = _regex.compile(r"\w+")
_NOT_WORD = _regex.compile(r"\W+")  # what fold() drops
# not the headline's text: style sheets, scripts, ruby readings ("漢字" over "かんじ")
_NOT_SHOWN = frozenset(("style", "script", "noscript", "template", "br", "rt", "rp"))
# text for screen readers only: a link's "(opens in a new window)", an icon's name
_READER_ONLY = ("[class*=sr-only], [class*=visually-hidden], [class*=visuallyhidden],"
                " [class*=screen-reader], [hidden]")  # fmt: skip
_NOT_SHOWN_INSIDE = f"style, script, noscript, rt, {_READER_ONLY}"
# a link to the home page: "/", "/index.html", or an archived copy's "…/http://host/"
_HOME_PATH = _regex.compile(r"^/?(?:index\.\w+)?$|https?:/+[^/]+/?$")
_HOME_HREF = _regex.compile(r"^(?:\.{0,2}/)?(?:index\.\w+)?$")  # "./", "index.html", "../"
_MAX_TITLE = 300
_BRACKETED = _regex.compile(r"\s*[\[(]([^\[\]()]+)[\])]$")  # "Headline [Site]"
_SLUG_WORD = _regex.compile(r"[^\W_]+")
_SECOND_LEVEL = frozenset("co com org net ac gov edu or ne go gv".split())  # example.co.uk
# the sign of a heading's link to its own anchor (Sphinx's and MkDocs' "¶", a static
# site's "#", "§", "🔗"): no word of the heading
ANCHOR_SIGNS = frozenset(("¶", "#", "§", "🔗", "⚓"))
_PERMALINK = _regex.compile(rf"\s*[{''.join(sorted(ANCHOR_SIGNS))}]\s*$")
# a title part that names a site by what it is: "My website", "Acme Blog", "Blog Archive",
# "Forum", a project's manual as Sphinx and MkDocs name it ("Acme 2.3 documentation") (at
# most two words after a possessive or an article, and a version)
_SITE_KIND = _regex.compile(
    r"^(?:(?:my|our|the|mein|meine|unser|unsere|der|die|das|mon|ma|notre|le|la|mi|il|el)\s+)?"
    r"(?:[\w.'’&-]+\s+)?(?:v?\d+(?:\.\w+)+\s+)?(?:web\s?site|webseite|internetseite|homepage"
    r"|home page|site web|sitio web|blog|weblog|forums?|archives?|archiv|wiki|docs"
    r"|documentation|dokumentation)$",
    re.IGNORECASE,
)


def fold_spaces(value: str) -> str:
    """``value`` with each run of white space (but the ideographic space) one space; the
    search made only where there may be a run (white space but a single space is
    unprintable)."""
    if not value.isprintable() or "  " in value:
        value = _SPACES.sub(" ", value)
    return value


def _clean(value: object) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if not isinstance(value, str):
        return None
    if "&" in value:
        value = html.unescape(value)  # "&#8222;Quote&#8220;" written into JSON-LD or meta
    text = fold_spaces(value).strip()
    return text[:_MAX_TITLE] if text else None


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-cased word characters only, umlauts spelled out and accents dropped."""
    if text.isascii():  # (no umlaut, no accent: NFKD leaves ASCII as it is)
        return _NOT_WORD.sub("", text.lower())
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("ß", "ss")
    # \W+ drops exactly the characters that are not alphanumeric or "_", combining marks
    # included (checked on every code point)
    return _NOT_WORD.sub("", unicodedata.normalize("NFKD", text))


# the page's address split once: its host, folders and path are read by several rules
_split_url = lru_cache(maxsize=64)(urlsplit)


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 1 or w.isdigit()}


def site_words(url: str) -> list[str]:
    """The host's own words: its labels without ``www`` and the top-level domain, folded."""
    host = (_split_url(url).hostname or "") if url else ""
    labels = host.split(".")
    if len(labels) > 1:
        labels = labels[:-1]
    return [f for label in labels if label not in ("www", "m", "amp") and (f := fold(label))]


class SiteNames:
    """Names of the site the page is on (declared names, the host's words), and of its
    authors: title parts that are not the headline ("Headline | Ana Lima | Site")."""

    def __init__(self, names: Iterable[str | None], url: str) -> None:
        names = [n for n in names if n]
        self.names = [f for n in names if len(f := fold(n)) >= 2]
        # the declared names as an outlet signs ("Le Monde.fr" -> "Le Monde")
        self.declared = {f for n in names if len(f := fold(n.rsplit(".", 1)[0] if "." in n
                                                            else n)) >= 2} | set(self.names)
        self.host = site_words(url)
        self.host_joined = "".join(self.host)
        host = (_split_url(url).hostname or "") if url else ""
        self.host_full = fold(host.removeprefix("www."))  # "interscenar.io": Interscenario
        self.authors: set[str] = set()
        self.sections = _sections(url)

    def add_authors(self, authors: Iterable[str]) -> None:
        self.authors.update(f for a in authors if len(f := fold(a)) >= 5)

    def add(self, name: str) -> None:
        if len(folded := fold(name)) >= 2:
            self.names.append(folded)

    def is_site(self, name: str) -> bool:
        """Is an author name the site's own ("example.com", "Example" on example.com)? A
        name of several words is a person's, even on their own domain."""
        if " " in name.strip():
            return False  # "Ana Lima" on analima.com is the person
        folded = fold(name.rsplit(".", 1)[0] if "." in name else name)
        if folded in (self.host_joined, self.host_full):
            return True
        # the registered name, not a blog host's sub-domain ("ana" on ana.blogspot.com)
        main = [label for label in self.host if label not in _SECOND_LEVEL]
        return bool(main) and folded == main[-1]

    def is_outlet(self, name: str) -> bool:
        """Is a name the site's declared name ("Le Monde" on a site declaring "Le Monde.fr")?
        Asked of a newsroom's credit ("Le Monde with AFP") only: a personal blog declares
        its author's name as its own."""
        return fold(name) in self.declared

    def exactly(self, part: str) -> bool:
        """Is ``part`` the site's name itself: a declared name, or the host's words run
        together ("Harbor Gazette" on harborgazette.com), nothing more?"""
        folded = fold(part)
        return len(folded) >= 2 and (folded in self.names or folded == self.host_joined
                                     or folded == self.host_full)  # fmt: skip

    def named(self, part: str) -> bool:
        """Does ``part`` (one piece of a title) name the site rather than the story?"""
        folded = fold(part)
        if len(folded) < 2:
            return False
        if folded in self.authors:
            return True
        for name in self.names:
            if folded == name or (len(folded) >= 4 and folded in name):
                return True
            if name in folded and _width(folded.replace(name, "", 1)) <= 12:
                return True  # "Acme Blog" for site "Acme"
        if len(folded) >= 3 and folded in self.host_joined:
            return True  # "harborgazette.com", "HARBOR-GAZETTE", "Harborgazette"
        if folded in self.host:
            return True  # a label of the host, whatever its length ("G1")
        for label in self.host:
            if len(label) >= 4 and label in folded and len(folded) <= len(label) + 14:
                return True  # "The Village Voice" on villagevoice.com
        return False


def _sections(url: str) -> frozenset[str]:
    """The folders of the URL's path, folded: the site's sections ("/kultur/buecher-autoren/
    story.html": "kultur", "buecherautoren"), not the page's own slug (the last segment)."""
    folders = _split_url(url).path.rstrip("/").split("/")[1:-1] if url else []
    return frozenset(
        f for seg in folders
        if len(_SLUG_WORD.findall(seg)) <= 3 and len(f := fold(seg)) >= 3 and not f.isdigit()
    )


def _width(text: str) -> int:
    """Letters, an ideograph or syllable counting as three (a word's worth in CJK)."""
    return sum(3 if ord(c) >= 0x2E80 else 1 for c in text)


@lru_cache(maxsize=1024)
def _parts(title: str) -> tuple[str, ...]:
    """The parts of a title between its separators (the same titles are split by several
    rules of a page: split once)."""
    return tuple(p for p in (s.strip() for s in _SEPARATOR.split(title)) if p)


def _strip_site(title: str, site: SiteNames) -> str:
    """``title`` without leading or trailing parts that name the site, nor a trailing
    bracketed one ("Headline [Site]")."""
    bracketed = _BRACKETED.search(title)
    if bracketed and bracketed.start() > 0 and _names_a_site(bracketed.group(1), site):
        title = title[: bracketed.start()]
    head, colon, rest = title.partition(": ")
    if colon and rest.strip() and site.exactly(head):
        title = rest.strip()  # "Harbor Gazette: Headline" ("Fact Check: ..." is a kicker)
    by = next((m for m in _BY_AUTHOR.finditer(title) if fold(m.group(1)) in site.authors),
              None) if site.authors else None  # (no author known: no byline's name to find)
    if by is not None:
        title = title[: by.start()]  # "Headline by Ana Lima | Site": the byline's name
    parts = _parts(title)
    if len(parts) < 2:
        return title
    start, end = 0, len(parts)
    while end - start > 1 and (_names_a_site(parts[end - 1], site)
                               or _PAGER.fullmatch(parts[end - 1])):  # fmt: skip
        end -= 1
    if end == len(parts):  # "Headline - Site - Local News, Weather and Sports": its tagline
        end = next((i for i in range(max(1, len(parts) - _TAGLINE_PARTS), len(parts) - 1)
                    if site.exactly(parts[i])), end)  # fmt: skip
    while end - start > 1 and _names_a_site(parts[start], site):
        start += 1
    if (start, end) == (0, len(parts)):
        return title
    return _join_between(title, parts[start], parts[end - 1])


def _names_a_site(part: str, site: SiteNames) -> bool:
    """Does a leading or trailing title part name this site, or a site by its kind or
    its domain name ("EXAMPLE.NET"), or the section the URL files the page under?"""
    return (
        site.named(part) or _SITE_KIND.match(part) is not None or is_domain_name(part)
        or fold(part) in site.sections
    )


def _join_between(title: str, first: str, last: str) -> str:
    """The stretch of ``title`` from the part ``first`` to the part ``last`` (separators kept)."""
    begin = title.find(first)
    stop = title.rfind(last)
    if begin < 0 or stop < begin:
        return first
    return title[begin : stop + len(last)]


def _outside_story(node: LexborNode) -> bool:
    """Is the node inside navigation, an aside, a footer, a link or the site's logo (ten
    levels up to the page's main content, a table's body and row not counted: a page laid
    out in tables is no deeper than its twin of ``<div>``s)? (A ``<form>`` right under the
    body wraps the whole page, as ASP.NET's pages do.)"""
    parent = node.parent
    levels = 0
    while levels < _OUTSIDE_LEVELS:
        tag = parent.tag if parent is not None else None
        if parent is not None and tag in TABLE_LEVELS:
            parent = parent.parent
            continue
        levels += 1
        if parent is None or tag in ("body", "html", "article", "main"):
            return False
        attrs = parent.attributes
        if attrs.get("role") == "main" or attrs.get("itemprop") == "articleBody":
            return False  # marked as the page's main content: the layout's wrappers above
            # it hold the content beside the menus, whatever their names ("wy-nav-content")
        if tag == "form" and (parent.parent is None or parent.parent.tag == "body"):
            parent = parent.parent
            continue
        if tag in _OUTSIDE:
            return tag != "header" or _OUTSIDE_CLASS.search(_klass(parent, attrs)) is not None
        if _OUTSIDE_CLASS.search(_klass(parent, attrs)):
            return True
        parent = parent.parent
    return False


def _klass(node: LexborNode, attrs: dict[str, str | None] | None = None) -> str:
    """Class and id, lower-cased, less BEM modifiers ("hed--simple-navigation" is a
    headline in a style, not navigation), and a custom element's tag (``<pp-navigation>``);
    ``attrs``: the node's attributes, when the caller has read them."""
    attrs = node.attributes if attrs is None else attrs
    name = f"{attrs.get('class') or ''} {attrs.get('id') or ''} {custom_tag(node)}".lower()
    return _MODIFIER.sub("", name)


def _logo(node: LexborNode, url: str) -> bool:
    """Is the headline element the site's logo: its text a link to the home page?"""
    if _OUTSIDE_CLASS.search(_klass(node)):
        return True
    link = node.css_first("a[href]")
    if link is None:
        return False
    href = link.attributes.get("href") or ""
    if not home_link(href, url) and not _front_above(href, url):
        return False
    return len(fold(link.text())) >= 0.8 * len(fold(node.text()))


def _front_above(href: str, url: str) -> bool:
    """Does ``href`` lead to the front page of a part of the site the page at ``url`` sits
    in (a blog's "/blog/" above "/blog/my-post", a user's "/ana/" on a blog host): a folder
    of the page's own address, one or two levels below the host?"""
    if not url:
        return False
    target, page = urlsplit(urljoin(url, href.strip())), _split_url(url)
    if target.netloc != page.netloc or target.query or not target.path.endswith("/"):
        return False
    levels = [part for part in target.path.split("/") if part]
    return 1 <= len(levels) <= 2 and page.path.startswith(target.path) and (
        len(page.path.rstrip("/")) > len(target.path.rstrip("/")))


def story_h1(h1s: list[LexborNode], url: str) -> LexborNode | None:
    """The first of a page's ``<h1>`` elements that is not the site's logo (a site title set
    as the first heading of every page of a template, a link to the home page), else the
    first: the headline the story's date and byline sit by."""
    return next((h1 for h1 in h1s if not _logo(h1, url)), h1s[0] if h1s else None)


def home_link(href: str, url: str = "") -> bool:
    """Does ``href`` (a link on the page at ``url``) lead to the site's home page ("/",
    "./", "index.html", "https://example.net/")?"""
    raw = href.strip()
    full = urljoin(url, raw) if url else raw
    return bool(_HOME_PATH.search(urlsplit(full).path) or _HOME_HREF.match(raw))


def _shown(marks: Marks, url: str, site: SiteNames
           ) -> list[tuple[str, str | None, bool, str | None, bool]]:  # fmt: skip
    """Headlines the page shows: (text, text less a kicker element or None, marked as the
    headline, text less a badge element closing it or None, whether the kicker is a line
    of the text's own): marked elements first, then ``<h1>``s. Logos are names of the
    site."""
    found: list[tuple[str, str | None, bool, str | None, bool]] = []
    marked = marks.headline[:5]
    for node in marked + marks.h1[:8]:
        if node.tag == "meta" or _outside_story(node):
            continue
        text = _clean(_PERMALINK.sub("", _visible_text(node)))
        if not text or len(text) > _MAX_TITLE:
            continue
        if _logo(node, url):
            site.add(text)
        elif all(text != seen[0] for seen in found):
            part, line = _headline_part(node)
            found.append((text, part, node in marked, _less_badge(node, text), line))
    return found


def _visible_text(node: LexborNode) -> str:
    """The node's text without the style sheets and scripts inside it (CSS-in-JS), without
    text shown to screen readers only ("<span class='sr-only'> - opens in a new window
    </span>") and without ruby readings, the ruby's base glued to the text around it."""
    if node.css_first(_NOT_SHOWN_INSIDE) is None:
        return node.text(separator=" ")
    unseen = {n.mem_id for n in node.css(_READER_ONLY)}
    text, glue = "", False
    for t in node.traverse(include_text=True):
        if t.tag != "-text" or t.parent is None or t.parent.tag in _NOT_SHOWN:
            continue
        if unseen and _inside(t, unseen, node):
            continue
        in_ruby = t.parent.tag == "ruby"
        text += ("" if in_ruby or glue else " ") + (t.text_content or "")
        glue = in_ruby
    return text


def _inside(text: LexborNode, elements: set[int], top: LexborNode) -> bool:
    """Is ``text`` below one of ``elements`` (by mem_id), looking up to ``top``?"""
    parent = text.parent
    while parent is not None and parent.mem_id != top.mem_id:
        if parent.mem_id in elements:
            return True
        parent = parent.parent
    return False


def _lone_child(node: LexborNode) -> LexborNode:
    """``node``, or the element it wraps alone (``<h1><a>...</a></h1>``)."""
    for _ in range(3):
        children = [c for c in node.iter(include_text=True)
                    if c.tag != "-text" or (c.text_content or "").strip()]  # fmt: skip
        if len(children) != 1 or children[0].tag in ("-text", "br"):
            break
        node = children[0]
    return node


def _headline_part(node: LexborNode) -> tuple[str | None, bool]:
    """The headline less a kicker element leading it
    (``<h1><span>Politics</span> Headline</h1>``, also inside a link) or a kicker's line
    (``<h1>Politics<br>Headline</h1>``: kept where a declared title confirms the rest
    only, as it may be a name, "Artist<br>Album"), else None; and whether it is a line."""
    parts: list[tuple[str, bool]] = []
    by_line = False
    child = _lone_child(node).child
    while child is not None:
        if child.tag in ("-text", "ruby"):  # a ruby is a word of the text, not a kicker
            raw = _visible_text(child) if child.tag == "ruby" else child.text_content
            if text := _clean(raw or ""):  # a first line of a word or two: a kicker's
                line = (not parts and child.next is not None and child.next.tag == "br"
                        and reading_words(text) <= _LABEL_WORDS)  # ("Unfall<br>Headline")
                by_line = by_line or line
                parts.append((text, line))
        elif child.tag not in _NOT_SHOWN and (text := _clean(_visible_text(child))):
            parts.append((text, True))
        child = child.next
    if len(parts) < 2 or not parts[0][1]:
        return None, False
    rest = " ".join(text for text, _ in parts[1:]).lstrip(":|-–— ")
    if reading_words(rest) < 2:  # ("<span>速報</span>見出し")
        return None, False
    return rest, by_line


def _less_badge(node: LexborNode, text: str) -> str | None:
    """The headline ``text`` the element ``node`` shows, less a one-word element closing
    it (``<h1>Headline <span class="label">Abonnés</span></h1>``: a subscribers' or a
    video's badge) or a ``<small>`` standfirst, else None."""
    last = _lone_child(node).last_child
    while last is not None and last.tag == "-text" and not (last.text_content or "").strip():
        last = last.prev
    if last is None or last.tag in ("-text", "ruby") or last.tag in _NOT_SHOWN:
        return None
    badge = _clean(_visible_text(last))
    # (a <small> closing it: a standfirst, of any length; an element classed as a badge:
    # "Article réservé aux abonnés", "Plus-Artikel")
    one_word = last.tag != "small" and _BADGE_CLASS.search(_klass(last)) is None
    if not badge or (one_word and not _one_word(badge)) or not text.endswith(badge):
        return None
    rest = text[: -len(badge)].rstrip(" :|-–—")
    return rest if len(rest.split()) >= 2 else None


# the words of a sentence going on after a declared title, no separator, date or number
# between ("Storm cuts power| to 40,000 homes"), two of them at least
_CONTINUED = _regex.compile(r"\s+[^\W\d_][\w'’-]*\s+\S")


_KICKER_END = _regex.compile(r"\s*[:.|–—-]\s")  # after a kicker the title opens with

# the class of a badge or label closing a headline (a paywall's, a video's, an icon's)
_BADGE_CLASS = _regex.compile(
    r"(?<![a-z])(?:badge|label|premium|paywall|subscri\w*|abonn\w*|icon|flag|pill)(?![a-z])")


def _one_word(badge: str) -> bool:
    """Is a badge one word, a time or date after it no other ("Updated 10:42",
    "Aktualisiert 07.12.2026")?"""
    rest = badge.split()[1:]
    return not any(c.isalpha() for token in rest for c in token)


class _Declared:
    """A declared title, folded once: whole, every run of its parts, its words less the
    site's name (``core``: the title less the site's name)."""

    __slots__ = ("whole", "runs", "words", "core")

    def __init__(self, title: str, core: str) -> None:
        self.whole = fold(title)
        parts = _parts(title)[:8]
        ends = range(1, len(parts) + 1)
        self.runs = {fold(" ".join(parts[i:j])) for j in ends for i in range(j)}
        self.core = core.casefold()
        self.words = _words(self.core)

    def confirms(self, folded: str, words: set[str], shown: str) -> int:
        """How strongly this title confirms a shown headline: 3 equal (or equal to a run
        of its parts), 2 contained, 1 most words shared or continued by the headline's
        words (an SEO title cut short: "Storm cuts power" for "Storm cuts power to 40,000
        homes"), 0 not at all."""
        if folded == self.whole or folded in self.runs:
            return 3
        if len(folded) >= 12 and folded in self.whole:
            return 2  # a kicker the declared title runs in ("Politics: Headline")
        if len(words) >= 3 and len(words & self.words) >= 0.6 * len(words):
            return 1
        return int(len(self.words) >= 3 and shown.startswith(self.core)
                   and self.core[-1] not in ".!?…"  # (a sentence after it: a standfirst)
                   and _CONTINUED.match(shown, len(self.core)) is not None)


def _confirmed(shown: str, declared: list[_Declared], site: SiteNames) -> int:
    folded = fold(shown)
    if not folded or not declared or site.named(shown):
        return 0
    words = _words(shown)
    lower = shown.casefold()
    return max(d.confirms(folded, words, lower) for d in declared)


def _kicker_declared(full: str, part: str, declared: list[str]) -> bool:
    """Does a declared title open with the kicker line of a shown ``full`` headline, then
    a colon or a separator ("Unfall: Headline" for ``<h1>Unfall<br>Headline</h1>``)?"""
    kicker = full[: len(full) - len(part)].strip()
    return any(t.startswith(kicker) and _KICKER_END.match(t, len(kicker)) for t in declared)


def _drops_kicker(full: str, part: str, part_score: int) -> bool:
    """Is the headline ``part`` of a shown ``full`` one less a kicker element: confirmed
    by a declared title, and longer than the kicker unless a declared title is exactly it
    (a long kicker: "Press release of the health office: Headline")?"""
    if not part_score:
        return False
    return part_score == 3 or len(part) > len(full) - len(part)


def find_title(
    tree: LexborHTMLParser, meta: dict[str, str], headline: object, site: SiteNames, url: str,
    marks: Marks | None = None,
) -> str | None:
    """The page's headline (see the module docstring), or None. ``site`` names the site
    (and the authors, whose names in a title are not the headline)."""
    title = _headline(tree, meta, headline, site, url, marks)
    return _strip_kicker(title) if title else title


def _headline(tree: LexborHTMLParser, meta: dict[str, str], headline: object,
              site: SiteNames, url: str, marks: Marks | None) -> str | None:  # fmt: skip
    """The headline, a kicker typed into it still there."""
    node = tree.css_first("title")
    candidates = [_clean(headline), *(_clean(meta.get(k)) for k in _DECLARED_META)]
    candidates.append(_clean(node.text()) if node is not None else None)
    declared = [t for t in candidates if t]
    shown = _shown(marks or Marks(tree), url, site)
    # each declared title less the site's name (the site's names known from here on)
    core_of = {title: _strip_site(title, site) for title in declared}
    folded = [_Declared(title, core) for title, core in core_of.items()] if shown else []
    best, best_score = None, 0.0
    for full, part, is_marked, less_badge, by_line in shown:
        score: float = _confirmed(full, folded, site)
        if part is not None:
            part_score = _confirmed(part, folded, site)
            if by_line and part_score < 3 and not _kicker_declared(full, part, declared):
                part_score = 0  # a headline's or a name's line ("Storm Ciarán<br>batters")
            if _drops_kicker(full, part, part_score):
                full, score = part, max(score, part_score)
        if score < 3 and less_badge is not None and _confirmed(less_badge, folded, site) == 3:
            full, score = less_badge, 3  # a declared title is exactly the rest: no word of it
        if score == 3 and len(_words(full)) < 2:
            score = 2  # one word matching a part of <title>: likelier a section ("Blogs")
        if is_marked and not site.named(full):
            score = max(score + 0.5, 2.5)  # marked up as the headline
        if score > best_score:
            best, best_score = full, score
    if best is not None:
        return _strip_site(best, site)  # "Headline | example.net" shown as the <h1>
    cores = [core_of[title] for title in declared]
    if len(shown) == 1 and _reads_as_headline(shown[0][0], cores):
        return _strip_site(shown[0][0], site)
    if (part := _shown_part(tree, cores)) is not None:
        return part  # "Blog Name: Headline", the post's heading showing "Headline"
    for core in cores:
        if not site.named(core):
            return _strip_tail(_strip_label(core))
    if shown:
        # nothing declared: the first shown headline (less a kicker element, not a line)
        return (not shown[0][4] and shown[0][1]) or shown[0][0]
    if cores and (second := _second_level_headline(tree, cores, url)) is not None:
        return second  # every declared title is the site's name, no <h1>: an <h2> shows it
    return cores[0] if cores else None


def _shown_part(tree: LexborHTMLParser, cores: list[str]) -> str | None:
    """The part of a declared title before or after a name that an ``<h2>`` or ``<h3>`` of
    the story shows as it is, on a page whose ``<h1>`` shows no headline: the post's title
    without its blog's or site's name (unknown where the page declares none), after a colon
    ("Security Blog: Enhanced Safe Browsing ...", a blog engine's "Blog Name: Post Title")
    or on either side of a separator ("Headline – Ministry of Foreign Affairs", an en dash
    that, in a headline's words, would be no site's)."""
    parts = set()
    for core in cores:
        _name, colon, rest = core.partition(": ")
        found = [rest] if colon else []
        for sep in _SEPARATOR.finditer(core):
            found += (core[: sep.start()], core[sep.end() :])
        parts.update(fold(part) for part in found if worded_as_headline(part))
        first = _SEPARATOR.search(core)  # a headline of three words before a shorter name
        if first is not None and reading_words(head := core[: first.start()]) == (
                _SHORT_HEADLINE) and reading_words(core[first.end() :]) < _SHORT_HEADLINE:
            parts.add(fold(head))  # ("Bundestag beschließt Reform – Rheinische Rundschau")
    if not parts:
        return None
    # the story's first headings (a sidebar's come first on some pages), then an element
    # named for the headline or a bold line, as a page without headings sets it
    for selector, most in (("h2, h3", _SECOND_LEVEL_MAX), (_HEADLINE_NAMED, _NAMED_MAX)):
        asked = 0
        for node in tree.css(selector):
            if _outside_story(node):
                continue
            text = _clean(_visible_text(node))
            if text and fold(text) in parts:
                return text
            asked += 1
            if asked == most:
                break
    return None


_SHORT_HEADLINE = 3  # reading words of a short headline (one fewer than HEADLINE_WORDS)
_HEADLINE_NAMED = "[class*=headline], [class*=Headline], [class*=title], [class*=Title], strong, b"
_NAMED_MAX = 12  # such elements looked at


def _second_level_headline(tree: LexborHTMLParser, cores: list[str], url: str) -> str | None:
    """The first ``<h2>`` outside navigation, asides and footers that reads as a headline
    and is the URL's slug, on a page with no ``<h1>`` whose declared titles all name the
    site (a template that sets its story's headline as an ``<h2>`` under the site's name;
    a section's heading, "News and Upcoming Talks", or a blog's day, is no slug)."""
    slug = _url_slug(url)
    if len(slug) < _SLUG_WORDS:
        return None
    for node in tree.css("h2")[:_SECOND_LEVEL_MAX]:
        if _outside_story(node):
            continue
        text = _clean(_visible_text(node))
        if not text or len(text) > _MAX_TITLE or not _reads_as_headline(text, cores):
            continue
        words = {fold(w) for w in _words(text)}
        if len(words & slug) >= max(_SLUG_WORDS, len(words) // 2):
            return text
    return None


def _url_slug(url: str) -> set[str]:
    """The folded words of the last named folder or file of the URL's path ("der", "neue",
    "trend" of /der-neue-trend-muss-statt-wunschkoalition/)."""
    try:
        path = _split_url(url).path if url else ""
    except ValueError:
        return set()
    last = next((part for part in reversed(path.split("/")) if part), "")
    last = last.rsplit(".", 1)[0] if "." in last else last
    return {f for w in _SLUG_WORD.findall(last) if (f := fold(w)) and not f.isdigit()}


_MENU_PARTS = 2  # title parts a breadcrumb's title shares with the menu at least
_SECOND_LEVEL_MAX = 3  # <h2>s looked at for a headline when no <h1> and no title shows one
_SLUG_WORDS = 3  # ... sharing at least this many words (half of its own) with the URL's slug
_TAIL_WORDS = 4  # a trailing part of at most this many words may be the site's name
# a byline closing a title part ("Headline by Ana Lima | Site"), read against the authors
_BY_AUTHOR = _regex.compile(
    r"\s+(?:by|von|par|por|di|door)\s+(?=(\S[^|·•«»–—]{2,59}?)(?:\s*$|\s*[|·•«»–—]|\s-\s))")
_TAGLINE_PARTS = 2  # the site's name may come before its tagline (one part, or two)
# a multi-page story's page in its title ("Headline - Page 2", "Seite 2 von 3")
_PAGER = _regex.compile(
    r"(?:page|seite|página|pagina|page n°|strona|страница|sayfa|halaman|trang|sida|side|sivu)"
    r"\s*\d{1,3}(?:\s*(?:of|von|de|di|sur|z|из|/)\s*\d{1,3})?",
    re.IGNORECASE,
)
# "Opinion | ", a breadcrumb's section left before the headline ("News » ", "Sport › ")
_LEAD_LABEL = _regex.compile(r"[^\W\d][\w'’.-]*\s+[|│｜»›]\s+")
_HEAD_WORDS = 4  # ... when at least this many are left before it
_LABEL_WORDS = 2  # reading words of such a label at most (a CJK one of two or three signs)
# the separators before a site's name that headlines do not use (a dash in a headline is
# an en or em dash: "Bad Grades – Until Now"; "::" and "/" join a blog's names), and the
# underscore or a lone dash between ideographs ("标题_新浪新闻", "标题-新华网"), a Korean
# breadcrumb's "<" ("제목 < 정치 < 기사본문 - 한겨레"); a full-width colon ("見出し：朝日新聞
# デジタル") goes with the bare dash: it opens kickers too ("专访：..."), so only before a
# tail that ends as a site's name does
_CJK_UNDERSCORE = _BETWEEN_IDEOGRAPHS.format("_")
_NAME_SEPARATOR = _regex.compile(
    rf"\s+(?:--|[-<«])\s+|\s*[|│｜丨]\s*|{_CJK_UNDERSCORE}|(?P<bare_dash>{_CJK_DASH}|\s*：\s*)")
# what a Chinese or Japanese site's name ends in ("新华网", "自由時報", "澎湃新闻",
# "NHK電視台"): after a bare dash between ideographs only such a tail goes unnamed, as
# the dash also joins two places or parties inside a headline ("美国-中国商会代表")
_CJK_SITE_ENDS = ("网", "網", "报", "報", "新闻", "新聞", "台", "社", "刊", "誌", "站", "频道",
                  "頻道", "ニュース", "デジタル")  # fmt: skip


_UNSPACED = frozenset(map(chr, (*range(0x0E00, 0x0F00), *range(0x1000, 0x10A0),
                                *range(0x1780, 0x1800))))  # Thai, Lao, Myanmar, Khmer
_UNSPACED_FROM = min(_UNSPACED)  # (a text of lower characters only holds none)


def reading_words(text: str) -> int:
    """Words, two ideographs or syllables counting as one, and four letters of a script
    written without spaces between words (Thai, Lao, Myanmar, Khmer)."""
    words = len(text.split())
    if text.isascii():
        return words  # (most texts: no character counted below)
    top = max(text)
    if top >= "\u2e80":
        words += sum(ord(c) >= 0x2E80 for c in text) // 2
    if top >= _UNSPACED_FROM:
        words += sum(c in _UNSPACED for c in text) // 4
    return words


HEADLINE_WORDS = 4  # reading words of a headline: fewer name a page or a section


def worded_as_headline(text: str) -> bool:
    """Is ``text`` worded as a headline (four words or more, two ideographs or syllables
    counting as one), not a page's or a section's name ("Home", "Weather warnings",
    "新闻中心")?"""
    return reading_words(text) >= HEADLINE_WORDS


def names_sections(tree: LexborHTMLParser, meta: dict[str, str], headline: object,
                   site: SiteNames, url: str) -> bool:  # fmt: skip
    """Do the page's declared titles name only sections of the site, as a breadcrumb
    ("Aktuelles - Schwimmen | Verband e.V.")? Each has two parts or more, none but the
    site's name worded as a headline; two of them or more, and all but the first or the
    last (the site's name), are the texts of links to other pages (the site's menu); none
    is in the text of a link to this page. (A page's own name, "Research | Ana Lima", is
    its link in the menu, "Research (current)"; a short headline, "Solidarity first |
    Party", is no menu's link.)"""
    node = tree.css_first("title")
    # (the <title> first: most pages' answer is no, told by the first title asked)
    declared = (_clean(node.text()) if node is not None else None, _clean(headline),
                *(_clean(meta[k]) if k in meta else None for k in _DECLARED_META))
    titles: list[list[str]] = []
    written: set[str] = set()  # each part's longest word as written and in each case
    # (lexbor's "i" folds ASCII letters only: "AKTUELLES", "Новости" in a menu)
    for title in dict.fromkeys(declared):
        if title is None:
            continue
        pieces = _parts(title)
        if len(pieces) < 2 or any(worded_as_headline(piece) and not _names_a_site(piece, site)
                                  for piece in pieces):  # fmt: skip
            return False
        titles.append([fold(piece) for piece in pieces])
        for piece in pieces:  # (its longest word: a menu's white space may differ)
            word = max(_WORD.findall(piece) or [piece], key=len)
            written.update((word, word.lower(), word.upper(), word.capitalize()))
    if not titles:
        return False
    parts = {part for folded in titles for part in folded if part}
    here = page_key(url, url, query=True)
    elsewhere: set[str] = set()  # the texts of links to other pages that are title parts
    # (lexbor finds the links whose text holds one of those words: only their texts are
    # folded and their addresses resolved)
    selector = ", ".join(f'a[href]:lexbor-contains("{_css_string(piece)}" i)'
                         for piece in sorted(written))  # fmt: skip
    for link in tree.css(selector):
        text = link.text(deep=True, separator=" ", strip=True)
        if not text or len(text) > _MAX_TITLE:
            continue
        folded = fold(text)
        if not any(part in folded for part in parts):
            continue
        if page_key(link.attributes.get("href") or "", url, query=True) == here:
            return False  # the menu's link to this page: the title is its name
        if folded in parts:
            elsewhere.add(folded)
    return all(sum(part in elsewhere for part in folded) >= _MENU_PARTS
               and sum(part not in elsewhere for part in folded) <= 1
               and all(part in elsewhere for part in folded[1:-1]) for folded in titles)


# a kicker typed into the headline's own text: a label of the trade (exclusive, breaking,
# update, live, analysis, opinion: es pt fr de it nl tr ru uk pl id en) before a
# colon, a bar or a spaced dash ("EXCLUSIVE: ...", "SON DAKİKA: ...", "ÚLTIMA HORA | ..."),
# or in brackets opening it ("[단독]", "【速報】", "【独家】", "[Update]"); a topic before a
# colon ("Brexit: ...", "Fact check: ...") or a series' name in brackets is the headline's,
# and so is a format's label ("VIDEO: ...", "[포토]": the page shows a video)
_KICKER_WORDS = frozenset(fold(word) for word in (
    "exclusive", "breaking", "breaking news", "just in", "update", "updated", "live",
    "live updates", "developing", "analysis", "opinion", "exklusiv", "eilmeldung",
    "liveblog", "liveticker", "kommentar", "analyse", "meinung", "exclusif", "exclusivité",
    "en direct", "direct", "urgent", "alerte", "tribune", "exclusiva", "exclusivo",
    "última hora", "urgente", "en directo", "en vivo", "directo", "análisis", "opinión",
    "ao vivo", "análise", "opinião", "esclusiva", "esclusivo", "ultim'ora", "ultima ora",
    "in diretta", "diretta", "analisi", "exclusief", "opinie", "son dakika", "flaş", "özel",
    "canlı", "analiz", "эксклюзив", "срочно", "молния", "онлайн", "ексклюзив", "терміново",
    "pilne", "na żywo", "eksklusif", "terkini", "langsung",
    # ko, ja, zh, written in brackets: "[단독]", "【速報】", "【独家】"
    "단독", "속보", "긴급", "종합", "사설", "르포", "인터뷰", "速報", "独自", "独占", "詳報",
    "号外", "独家", "獨家", "快讯", "快訊", "突发", "突發", "直播", "专访", "專訪", "社论", "社論",
))  # fmt: skip
_LEAD_KICKER = _regex.compile(
    r"\s*(?:[\[【〔［]\s*(?P<bracketed>[^\[\]【】〔〕［］]{1,12}?)\s*[\]】〕］]\s*(?:[:|：]\s*)?"
    r"|(?P<label>[^\W\d][\w'’ ]{1,20}?)\s*(?:[:：]|\s[|│｜]|\s[-–—])\s+)"
)


def _strip_kicker(title: str) -> str:
    """``title`` less a kicker typed in ahead of it (``_KICKER_WORDS``), when a headline
    of four words or more follows (as a label before a bar goes: ``_strip_label``)."""
    match = _LEAD_KICKER.match(title)
    if match is None or fold(match.group("label") or match.group("bracketed")) not in (
            _KICKER_WORDS):  # fmt: skip
        return title
    rest = title[match.end() :]
    return rest if reading_words(rest) >= _HEAD_WORDS else title


def _css_string(text: str) -> str:
    """``text`` escaped for a double-quoted CSS string."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def _strip_label(title: str) -> str:
    """A declared title less leading words before a spaced bar, a section's label or a
    site's short name ("Opinion | Headline ...", "Live | ..."), or before a breadcrumb's
    "»" or "›" ("Home » News » Headline"), when a headline of four words or
    more follows."""
    while True:  # (each crumb of "Home » News » Headline")
        label = _LEAD_LABEL.match(title)
        if label is None or reading_words(title[label.end() :]) < _HEAD_WORDS or (
                reading_words(label.group().rstrip(" |│｜»›")) > _LABEL_WORDS):  # fmt: skip
            return title  # (an unspaced script's "word" before the bar may be its headline)
        title = title[label.end() :]


_CAMEL = _regex.compile(r"[a-z]{1,2}[A-Z]")  # a name in camel case: "iPhone", "eBay", "iOS"


def _strip_tail(title: str) -> str:
    """A declared title less trailing parts no site name matched, where they read as a
    name and not as the headline's end ("Headline - Wiadomości - WP", "Headline | Site"):
    after a bar or a spaced hyphen (``_NAME_SEPARATOR``), short, not opening in lower case
    ("... - a guide"; a name in camel case may: "Headline | iPhone"), holding no digit and
    no sentence's end, after a headline of some length."""
    while True:
        seps = list(_NAME_SEPARATOR.finditer(title))
        if not seps:
            return title
        head, tail = title[: seps[-1].start()].strip(), title[seps[-1].end() :].strip()
        bare_dash = seps[-1].lastgroup == "bare_dash"
        site_end = tail.endswith(_CJK_SITE_ENDS)  # (a CJK name of many signs: "朝日新聞デジタル")
        if (not tail or (tail[0].islower() and not _CAMEL.match(tail))
                or (reading_words(tail) > _TAIL_WORDS and not site_end)
                or (bare_dash and not site_end)
                or reading_words(head) < _HEAD_WORDS
                or any(c.isdigit() or c in "?!.…" for c in tail)):  # fmt: skip
            return title
        title = head


def _reads_as_headline(shown: str, cores: list[str]) -> bool:
    """Is a page's only shown headline, confirmed by no declared title, still its headline
    rather than the declared titles (an SEO title written apart from it)? When it reads as
    one (four words or more, two ideographs or syllables counting as one more), holds no
    declared title ("Headline 02.02.2022 • Site" holds the cleaner "Headline") and is
    held by none (a blog's name shown as "Post @ Blog name :: Host")."""
    if not worded_as_headline(shown):
        return False  # a page or section name
    folded = fold(shown)
    return not any(fold(core) in folded or folded in fold(core) for core in cores)
