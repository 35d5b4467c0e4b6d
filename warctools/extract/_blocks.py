"""Linearise a cleaned body into text blocks (paragraph-like runs of inline content).

One iterative depth-first walk (no recursion: 100k-deep nesting is fine). A block ends
wherever a block-level element opens or closes; a ``<br>`` breaks a line inside it. A table
cell reads as a space (a data table's row is one line) until a ``<br>`` ends a paragraph in
it (a blank line, or a line of ``PROSE_MIN`` characters): a cell of paragraphs is a
column of the page's layout, a block-level element from there on (its text before that,
and the cells before it, end a block). Each block records its text, how much of it is link
text, the tag that owns it and the ids of its block-level ancestors, which is all the
container scoring needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .. import _regex
from ._alternation import factor

__all__ = ["Block", "BLOCK_TAGS", "CARD_TITLE_MIN", "DENSE_FACTOR", "FULL_STOPS", "LINKED_TITLE",
           "PROSE_MIN", "TABLE_LEVELS", "custom_tag", "holder", "linearise", "links_within",
           "lone_inside",
           "lone_row", "one_cell", "paragraph_tag", "reading_size", "same_kind", "wrapped_alone"]

BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table"
    " tbody thead tfoot tr figure figcaption address hr center details summary"
    " body form fieldset legend caption".split()
)

_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_CODE_TAGS = frozenset(("code", "kbd", "samp", "tt"))
_INVISIBLE = str.maketrans("", "", "\xad\u200b\ufeff")
_ELLIPSES = ("...", "…", "[…]", "[...]")
_WORD = re.compile(r"\w")  # a word character: text after a link that is more than its full stop
_CARD_TAGS = frozenset(("li", "div", "dd", "article", "section"))
CARD_TITLE_MIN = 20  # characters of link text opening a block: a card's linked title ...
LINKED_TITLE = 0.9  # ... set as a block of its own: this share of the block links
# the link that ends a teaser excerpt ("... read more", "lire la suite", "Weiterlesen »")
_READ_MORE_WORDS = (
    r"read (?:more|on|the full|the rest)|continue reading|more|full story|lire la suite"
    r"|lire plus|suite|weiterlesen|mehr|leer más|seguir leyendo|leia mais|continue lendo"
    r"|leggi (?:tutto|di più|anche)|continua(?: a leggere)?|lees (?:meer|verder)|verder lezen"
    r"|læs (?:mere|videre)|läs (?:mer|vidare)|les mer|читать (?:далее|дальше|полностью)"
    r"|devamını oku"
    # pl, cs/sk, hu, ro, fi, el, hr/bs/sr/sl, bg, uk, id/ms, vi, et, lt, lv, sq, az, is
    r"|czytaj (?:dalej|więcej)|čti(?:te)? (?:dál|více)|číst (?:dál|více)"
    r"|čítaj(?:te)? (?:ďalej|viac)"
    r"|tovább(?: olvasom)?|citește (?:mai mult|tot|continuarea)|lue (?:lisää|koko juttu)"
    r"|διαβάστε (?:περισσότερα|τη συνέχεια)|pročitaj(?:te)? (?:više|opširnije|još)|opširnije"
    r"|preberi(?:te)? (?:več|dalje)|прочети(?:те)? (?:още|повече)|читати (?:далі|більше)"
    r"|baca (?:selengkapnya|lebih lanjut|lanjut)|xem thêm|đọc tiếp|loe (?:edasi|lisaks)"
    r"|skaityti (?:daugiau|toliau)|lasīt (?:vairāk|tālāk)|lexo (?:më shumë|të plotë)"
    r"|davamını oxu|lesa meira"
)
_READ_MORE_UNSPACED = (  # (scripts without spaces or word boundaries)
    r"続きを読む|もっと見る|阅读全文|阅读更多|查看全文|더보기"
    r"|اقرأ المزيد|ادامه مطلب|और पढ़ें|आगे पढ़ें|อ่านต่อ|อ่านเพิ่มเติม|המשך לקרוא|להמשך קריאה"
)
_READ_MORE = _regex.compile(  # (the words factored by first letters: one compare rejects most)
    rf"^\W*(?:{factor(_READ_MORE_WORDS, ignore_case=True)})\b[\W]*$"
    rf"|^\W*(?:{factor(_READ_MORE_UNSPACED, ignore_case=True)})\W*$",
    re.IGNORECASE,
)
_CJK = _regex.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


# the marks that end a sentence in scripts other than the Latin, Greek and Cyrillic: CJK
# full stops (also full-width), exclamation and question marks and closing corner brackets,
# the Devanagari / Bengali danda and double danda, the Arabic-script full stop (Urdu) and
# question mark, the Armenian, Ethiopic, Myanmar, Khmer and Tibetan full stops
FULL_STOPS = "。．！？」』।॥۔؟։።။។།"
DENSE_FACTOR = 3  # a Han / kana / hangul character says what three Latin ones do


def paragraph_tag(prose: Iterable[Block]) -> str:
    """The tag a page writes its paragraphs in (given its prose blocks): ``p``, or on a page
    built of ``<div>``s (or ``<span>``s, text between ``<br>``s) the tag holding most of its
    prose. A rule or model that learnt "a paragraph" from ``<p>`` reads such a tag as one."""
    sizes: dict[str, int] = {}
    for block in prose:
        sizes[block.tag] = sizes.get(block.tag, 0) + len(block.text)
    tag = max(sizes, key=sizes.__getitem__) if sizes else "p"
    return "p" if tag in _HEADINGS or tag in ("li", "td", "th", "tr") else tag


def reading_size(text: str) -> int:
    """Characters, counting each Han / kana / hangul character as ``DENSE_FACTOR`` (a CJK
    line of 30 characters says what an English line of 90 does)."""
    if text.isascii():
        return len(text)
    return _dense_size(text)


@lru_cache(maxsize=4096)
def _dense_size(text: str) -> int:
    """:func:`reading_size` of a text beyond ASCII (memoised: a block's text is asked about
    by several rules, and a page's ones are many)."""
    dense = len(text) - len(_CJK.sub("", text))  # (2.5x cheaper than counting findall's list)
    return len(text) + (DENSE_FACTOR - 1) * dense


def _tag_ids() -> dict[str, int]:
    """lexbor's numeric ids of the tags the walk tells apart (fixed for HTML's own tags), read
    off a small parsed page: the walk compares a node's id, cheaper than reading its name."""
    tags = sorted(BLOCK_TAGS | _CODE_TAGS | {"a", "br", "img"})
    table = ("<table><caption></caption><thead></thead><tfoot></tfoot>"  # (table parts exist
             "<tbody><tr><th>x</th><td></td></tr></tbody></table>")  # only in a table)  # fmt: skip
    tree = LexborHTMLParser("".join(f"<{tag}></{tag}>" for tag in tags) + table)
    return {node.tag: node.tag_id for node in tree.root.traverse(include_text=True) if node.tag}


_IDS = _tag_ids()
_TEXT = _IDS["-text"]
_LINK = _IDS["a"]
_BREAK = _IDS["br"]
_ROOT = -1  # the root, whatever its tag, closes as "body"
_BLOCK_NAMES = {_IDS[tag]: tag for tag in BLOCK_TAGS} | {_ROOT: "body"}
_CODE_IDS = frozenset(_IDS[tag] for tag in _CODE_TAGS)
_SPACE_IDS = frozenset((_IDS["td"], _IDS["th"], _IDS["img"]))  # cells and pictures: a space
_CELL_IDS = frozenset((_IDS["td"], _IDS["th"]))
TABLE_LEVELS = frozenset(("tbody", "thead", "tfoot", "tr"))  # a table's own levels (a page
# laid out in tables is no deeper than its twin of <div>s)
_KNOWN_IDS = max(_IDS.values()) + 4096  # lexbor numbers a tag it does not know above its own
# the tags the walk acts on: every other known tag (an inline element, a comment) is only
# passed through, its children read in place
_ACTED_IDS = frozenset(_BLOCK_NAMES) | _CODE_IDS | _SPACE_IDS | {_LINK, _BREAK}
_PASSED = -2  # the tag id the walk keeps for an element it passed through (none to act on)
_PASSED_IDS = frozenset(range(_KNOWN_IDS + 1)) - _ACTED_IDS  # (one lookup, not two tests)
_BLOCK_SELECTOR = ", ".join(sorted(BLOCK_TAGS - {"body"}))
# elements whose content reads as a line (or as a list item's, a cell's): a component
# inside one is inline
_IN_A_LINE = frozenset(("p", "a", "span", "b", "strong", "em", "i", "u", "s", "small", "label",
                        "button", "q", "cite", "abbr", "time", "sub", "sup", "mark", "font",
                        "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th"))
_LEAF_WORDS = 3  # words of a custom element's own that set apart make it a line of its own
_LEAF_NODES = 64  # nodes looked at for them inside it
_LINE = "line"  # (such a line: a box, its components inline)
_LAYOUT_CELL = "div"  # the tag a cell of paragraphs is read as (a layout's column)
PROSE_MIN = 70  # characters of the shortest paragraph of prose (a line that long is one)


@dataclass(slots=True)
class _Cell:
    """An open table cell, and the walk's state where its text starts."""

    node: LexborNode
    depth: int  # the block stack's depth inside it (a block opened in it is deeper)
    start: int  # index of its text in the buffer
    links: int  # link characters read before it (of the block it shares)
    lead: int  # leading link characters read before it
    plain: bool  # plain text read before it
    block: bool = False  # a column of the layout, a block element since a paragraph ended

    def restart(self) -> None:
        """The text read so far ended a block: the cell's starts with the buffer."""
        self.start = self.links = self.lead = 0
        self.plain = False


@dataclass(slots=True)
class Block:
    text: str
    link_chars: int
    tag: str  # the nearest block-level element
    ancestors: tuple[int, ...]  # mem_ids of the open block elements, outermost first
    in_quote: bool = False
    teaser: bool = False  # ends with a "read more" link: the excerpt of another page
    code: bool = False  # holds <code>/<kbd>/<samp> or sits in <pre>: code shown to readers
    lead_link: int = 0  # characters of link text before any plain text (a card's title)
    tail_link: bool = False  # ends in a link ("... in our guide <a>Saving the quay</a>.")
    # its ancestors less the wrappers around it alone (see _holding): what holds it among
    # other blocks, as a plain page's parent holds its paragraphs
    holding: tuple[int, ...] = ()

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


def _block_text(raw: str, code: int) -> str:
    """A block's text from what the walk read since the last boundary (``\x00``: a
    ``<br>``): its lines where it broke them or sits in ``<pre>`` (``code``), else one
    line with its white space folded; "" for white space between blocks."""
    if raw.isspace():
        return ""
    if not raw.isascii() and ("\xad" in raw or "\u200b" in raw or "\ufeff" in raw):
        raw = raw.translate(_INVISIBLE)  # soft hyphens, zero-width spaces
    if code and "\n" in raw.strip():  # <pre>: the code's lines and indents
        lines = (line.rstrip() for line in raw.replace("\x00", "\n").split("\n"))
        return "\n".join(line for line in lines if line.strip())
    if "\x00" in raw:  # <br> inside the block: keep its lines
        lines = (" ".join(line.split()) for line in raw.split("\x00"))
        return "\n".join(line for line in lines if line)
    text = raw.strip()
    if "  " not in text and text.isprintable():
        return text  # (white space but single spaces is unprintable: no run to fold)
    return " ".join(text.split())


def _paragraph_break(buf: list[str], start: int) -> bool:
    """Does a ``<br>`` read now end a paragraph of the text read from ``buf[start]``: a
    line of ``PROSE_MIN`` characters or more (in reading size: a Han line of 24 is one),
    or a blank line (the text ends with a ``<br>`` and white space)? A data table's cell
    breaks short lines."""
    index = len(buf) - 1
    size = 0
    while index >= start and buf[index] != "\x00":
        size += reading_size(buf[index].strip())
        index -= 1
    return size >= PROSE_MIN or (size == 0 and index >= start)


# a PHP runtime message the server printed into the page ("Warning: Use of undefined
# constant X in /home/site/wp-content/themes/t/functions.php on line 45"): never the story's
_RUNTIME_MESSAGE = _regex.compile(
    r"^(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards|(?:Catchable |Recoverable )?"
    r"Fatal error|Parse error)\s*:\s[^\n]*? in (?:\S+\.(?:php\d?|inc|phtml|module)|Unknown)"
    r" on line \d+\s*", re.MULTILINE | re.IGNORECASE)  # (a file's path, not a train line)


def _without_runtime_messages(text: str) -> str:
    """``text`` less the server's PHP messages at the start of its lines (what follows one
    on its line, when the page broke no line after it, stays)."""
    kept = (line.strip() for line in _RUNTIME_MESSAGE.sub("", text).split("\n"))
    return "\n".join(line for line in kept if line)


def _add_block(blocks: list[Block], teasers: dict[int, int | None], text: str, link_chars: int,
               lead_link: int, read_more: bool, stack: list[int], block_tag: str,
               in_quote: bool, code: bool, nodes: dict[int, LexborNode],
               tail_link: bool = False) -> None:  # fmt: skip
    """Append the block of ``text`` (owned by the innermost element of ``stack``), marking
    the card it opens or closes in ``teasers`` (a heading linked to a place in this page,
    a forum post's "#p2", opens none)."""
    if " on line " in text and not code:
        text = _without_runtime_messages(text)
        if not text:
            return
    size = len(text)
    link = link_chars if link_chars < size else size
    if read_more:
        for mid in stack[-2:]:  # the excerpt and the card holding it
            teasers[mid] = None
    elif (lead_link >= CARD_TITLE_MIN and block_tag in _CARD_TAGS
          and text.endswith(_ELLIPSES)):  # fmt: skip
        teasers[stack[-1]] = None  # "<li><a>Title</a> excerpt ...</li>"
    elif (lead_link >= CARD_TITLE_MIN and link > LINKED_TITLE * size) or (
            block_tag in _HEADINGS and link > 0.6 * size):  # fmt: skip
        if len(stack) > 1 and not (block_tag in _HEADINGS and links_within(nodes.get(stack[-1]))):
            teasers.setdefault(stack[-2], len(blocks))  # the card holding a linked title
    blocks.append(Block(text, link, block_tag, tuple(stack), in_quote, read_more, code,
                        lead_link if lead_link < size else size, tail_link and link > 0))


def links_within(node: LexborNode | None) -> bool:
    """Does the block element's first link lead to a place in the page itself ("#p2")?"""
    link = node.css_first("a[href]") if node is not None else None
    return link is not None and (link.attributes.get("href") or "").startswith("#")


def _custom_box(node: LexborNode, custom: dict[int, str], holders: set[int],
                in_line: bool = False) -> str:  # fmt: skip
    """"div" when ``node``, an element whose tag the parser does not know (a web
    component's: ``<story-body>``, ``<x-card>``), is a box: it holds block elements
    (``holders``: which break the line it would sit in anyway), or it is a custom element
    (a hyphen in its name) set apart (no text beside it, not inside a paragraph, a
    heading, a link, an inline component or another such line: ``in_line``) that holds
    components (a box of them) or ``_LEAF_WORDS`` words (a line). Else "" (inline, as a
    browser draws an unknown element: a link component, a formula's ``<mjx-math>``, a
    citation's ``<x-cite>`` beside the words it follows). Each element's text is read
    once at most (a line's components are never asked: 100k nested components cost what
    their page's size does)."""
    kind = ""
    if node.mem_id in holders:
        kind = "div"
    elif not in_line and "-" in (node.tag or ""):
        parent = node.parent
        if (parent is not None and parent.tag not in _IN_A_LINE
                and custom.get(parent.mem_id) != ""
                and not _words(node.prev) and not _words(node.next)):  # fmt: skip
            words, components = _own_words(node)
            if words < _LEAF_WORDS and components:
                kind = "div"  # (a box of components: each is asked in turn)
            elif words >= _LEAF_WORDS or _words_within(node) >= _LEAF_WORDS:
                kind = _LINE
    custom[node.mem_id] = kind
    return "div" if kind == _LINE else kind


def _words_within(node: LexborNode) -> int:
    """Words of the text under ``node``, counted up to ``_LEAF_WORDS`` in its first
    ``_LEAF_NODES`` nodes (a component's line is short: a bounded look)."""
    words = 0
    for seen, inner in enumerate(node.traverse(include_text=True)):
        if seen >= _LEAF_NODES:
            break
        if inner.tag == "-text":
            words += len((inner.text_content or "").split())
            if words >= _LEAF_WORDS:
                break
    return words


def _own_words(node: LexborNode) -> tuple[int, bool]:
    """Words of ``node``'s own text (its text children's), and whether a custom element is
    among its children."""
    words, components = 0, False
    child = node.first_child
    while child is not None:
        if child.tag == "-text":
            words += len((child.text_content or "").split())
        elif custom_tag(child):
            components = True
        child = child.next
    return words, components


def _block_holders(root: LexborNode) -> set[int]:
    """The mem_ids of the elements under ``root`` that hold a block element: one lookup
    and a walk up from each block that stops where an earlier one passed (each element
    once: a page of 100k nested components costs what its size does)."""
    holders: set[int] = set()
    for block in root.css(_BLOCK_SELECTOR):
        node = block.parent
        while node is not None and node.mem_id not in holders:
            holders.add(node.mem_id)
            node = node.parent
    return holders


def _words(node: LexborNode | None) -> bool:
    """Is ``node`` (a sibling) a text of more than white space?"""
    return node is not None and node.tag == "-text" and not (node.text_content or "").isspace()


def linearise(
    root: LexborNode,
) -> tuple[list[Block], dict[int, LexborNode], dict[int, int | None]]:
    """Blocks under ``root`` in document order, the block elements by mem_id, and the
    ids of elements that hold a linked heading (teaser cards, when they hold little), each
    with the index of its first linked-heading block (None: an excerpt's "read more").

    One loop, its state in local variables (no call per node: this walk visits every node
    of the page). Each iteration is one event: a text node, an element opening (``node``
    set) or the innermost open element closing (``node`` None); ``open_nodes`` holds the
    elements entered and not yet left, so no node property is read twice.
    """
    blocks: list[Block] = []
    stack: list[int] = [root.mem_id]  # mem_ids of the open block elements
    tags: list[str] = ["body"]  # their tags
    nodes: dict[int, LexborNode] = {stack[0]: root}
    # elements holding a linked heading -> index of that heading's block (None: marked
    # by an excerpt's "read more" or trailing ellipsis, whatever comes before it)
    teasers: dict[int, int | None] = {}
    buf: list[str] = []
    link_chars = 0
    lead_link = 0  # link text before any other text of the block
    plain_seen = False
    in_link = 0
    link_text: list[str] = []  # text of the link being read, or of the last one
    after_link = False  # no text since the last link closed
    tail_link = False  # no word since the last link closed (a full stop may follow it)
    quotes = 0
    code = 0  # open <pre> elements
    code_seen = False  # inline code in the block being read
    open_nodes: list[LexborNode] = []
    open_tags: list[int] = []  # their tag ids
    cells: list[_Cell] = []  # the open table cells, innermost last
    custom: dict[int, str] = {}  # custom elements met: "div" for a box, "" inline
    holders: set[int] | None = None  # elements holding a block (asked once there is one)
    lines = 0  # open custom elements read as a line of words (see _custom_box)
    worded = False  # words in the buffer (else the block it holds is empty: no need to read)
    node: LexborNode | None = root.first_child
    while True:
        if node is not None:
            tag_id = node.tag_id
            if tag_id == _TEXT:
                text = node.text_content or ""
                buf.append(text)
                if in_link:  # (its words as the block's text shows them: the runs of
                    # white space of an indented link, "where\n      you were", as one)
                    size = len(" ".join(text.split()))
                    if size:
                        worded = True
                        link_chars += size
                        if not plain_seen:
                            lead_link += size
                    link_text.append(text)
                elif not text.isspace():
                    worded = plain_seen = True
                    after_link = False
                    if tail_link and _WORD.search(text):
                        tail_link = False
                node = node.next
                continue
            if tag_id in _PASSED_IDS:  # passed through
                child = node.first_child
                if child is None:
                    node = node.next
                else:
                    open_nodes.append(node)
                    open_tags.append(_PASSED)
                    node = child
                continue
            entering = True
            open_nodes.append(node)
            open_tags.append(tag_id)
        elif open_nodes:
            node = open_nodes.pop()
            tag_id = open_tags.pop()
            if tag_id == _PASSED:
                node = node.next
                continue
            entering = False
        else:  # back at the root
            entering = False
            tag_id = _ROOT
        tag = _BLOCK_NAMES.get(tag_id)
        if tag is None and tag_id in _CELL_IDS and not entering and cells.pop().block:
            tag = _LAYOUT_CELL  # a cell of lines closes as the block it became
        elif tag is None and tag_id > _KNOWN_IDS and node is not None:
            if entering:
                if holders is None:  # (the first unknown element of the page)
                    holders = _block_holders(root)
                tag = _custom_box(node, custom, holders, lines > 0)
                lines += custom[node.mem_id] == _LINE
            else:
                kind = custom.get(node.mem_id, "")
                lines -= kind == _LINE
                tag = "div" if kind == _LINE else kind
            tag = tag or None
        if tag is not None:
            if buf:  # a block ends: the text read since the last boundary is one
                text = _block_text("".join(buf), code) if worded else ""
                buf.clear()
                worded = False
                if text:
                    read_more = after_link and bool(_READ_MORE.match("".join(link_text)[:40]))
                    _add_block(blocks, teasers, text, link_chars, lead_link, read_more, stack,
                               tags[-1] if tags else "body", quotes > 0, code > 0 or code_seen,
                               nodes, tail_link)
                link_chars = lead_link = 0
                plain_seen = after_link = tail_link = code_seen = False
                link_text.clear()
                for cell in cells:  # the cells' text so far is in that block
                    cell.restart()
            if entering:
                mid = node.mem_id
                stack.append(mid)
                tags.append(tag)
                nodes[mid] = node
                if tag == "blockquote":
                    quotes += 1
                elif tag == "pre":
                    code += 1
            else:
                stack.pop()
                tags.pop()
                if tag == "blockquote":
                    quotes -= 1
                elif tag == "pre":
                    code -= 1
        elif tag_id == _LINK:
            if entering:
                if not in_link:
                    link_text.clear()
                in_link += 1
            else:
                in_link -= 1
                after_link = tail_link = in_link == 0
        elif entering:
            if tag_id in _CODE_IDS:
                code_seen = True
            elif tag_id == _BREAK:
                if (cells and not cells[-1].block and cells[-1].depth == len(stack)
                        and _paragraph_break(buf, cells[-1].start)):  # fmt: skip
                    # a cell of paragraphs lays the page out (a story told between <br>s
                    # beside a cell of links): from here on it is a block of its own
                    cell = cells[-1]
                    if cell.start:  # the cells before it, in the row's block
                        text = _block_text("".join(buf[: cell.start]), code)
                        if text:
                            _add_block(blocks, teasers, text, cell.links, cell.lead, False, stack,
                                       tags[-1], quotes > 0, code > 0 or code_seen, nodes)
                        del buf[: cell.start]
                        link_chars -= cell.links
                        lead_link = 0 if cell.plain else lead_link - cell.lead
                    for other in cells:
                        other.restart()
                    cell.block = True
                    stack.append(cell.node.mem_id)
                    tags.append(_LAYOUT_CELL)
                    nodes[cell.node.mem_id] = cell.node
                buf.append("\x00")
            elif tag_id in _SPACE_IDS:
                buf.append(" ")
                if tag_id in _CELL_IDS:
                    cells.append(_Cell(node, len(stack), len(buf), link_chars, lead_link,
                                       plain_seen))
        if node is None:
            break
        node = node.first_child if entering else node.next  # None: leave the innermost element
    _holding(blocks, teasers)
    return blocks, nodes, teasers


_WRAPPED_SHARE = 0.5  # long blocks each alone in its parent that make a page of wrappers
_WRAPPED_MIN = 2  # ... of at least this many long blocks


def _holding(blocks: list[Block], teasers: dict[int, int | None]) -> None:
    """Set each block's ``holding``: on a page that wraps its paragraphs one by one (a
    component site's ``<div class="paragraph"><p>``: most of its long blocks alone in
    their parent), its ancestors less the elements that hold it and no other block (its
    own element, the root and the teaser cards kept); elsewhere its ancestors. A window of
    levels above a block ("its card, within four levels") and "the element holding the
    story's paragraphs" then read a page of wrapped paragraphs as its plain twin, while on
    a plain page a paragraph in a box of its own (an author's bio after the story) stays
    apart from the story's."""
    long = alone = 0
    last = len(blocks) - 1
    for index, block in enumerate(blocks):
        if len(block.text) >= PROSE_MIN and len(block.ancestors) > 1:
            long += 1  # alone in its parent: no block beside it in it (a parent's blocks
            parent = block.ancestors[-2]  # follow one another in document order)
            alone += ((not index or parent not in blocks[index - 1].ancestors)
                      and (index == last or parent not in blocks[index + 1].ancestors))
    if long < _WRAPPED_MIN or alone <= _WRAPPED_SHARE * long:
        for block in blocks:
            block.holding = block.ancestors
        return
    counts: dict[int, int] = {}
    for block in blocks:
        for mid in block.ancestors:
            counts[mid] = counts.get(mid, 0) + 1
    for block in blocks:
        ancestors = block.ancestors
        if len(ancestors) < 3 or all(counts[mid] > 1 for mid in ancestors[1:-1]):
            block.holding = ancestors
        else:
            block.holding = (ancestors[0], *(mid for mid in ancestors[1:-1]
                                             if counts[mid] > 1 or mid in teasers),
                             ancestors[-1])  # fmt: skip


def holder(block: Block) -> int | None:
    """The element holding ``block`` among other blocks (None: its text is the root's)."""
    return block.holding[-2] if len(block.holding) > 1 else None


_LONE_LEVELS = 4  # wrapper levels around an element alone (a one-cell table: table, tbody,
# tr, td)


def _only_child(node: LexborNode) -> LexborNode | None:
    """The one element ``node`` holds, with no text of its own beside it; else None."""
    found = None
    child = node.first_child
    while child is not None:
        if child.tag == "-text":
            if (child.text_content or "").strip():
                return None
        elif child.tag != "-comment":
            if found is not None:
                return None
            found = child
        child = child.next
    return found


def one_cell(row: LexborNode) -> LexborNode | None:
    """The cell of a table row that holds one and no other element (a one-cell layout
    table's, standing for the ``<div>`` it wraps: its attributes are the box's); else
    None."""
    cell = _only_child(row) if row.tag == "tr" else None
    return cell if cell is not None and cell.tag in ("td", "th") else None


def custom_tag(node: LexborNode) -> str:
    """``node``'s tag when it is a custom element's (a hyphen in it: ``<pp-navigation>``,
    ``<newsletter-block>``), which names the element as a class name does; else ""."""
    tag = node.tag or ""
    return tag if "-" in tag else ""


def lone_row(row: LexborNode) -> bool:
    """Is ``row`` a one-cell table's only row, its one cell (the layout table standing for
    a ``<div>``, not a data table)?"""
    if one_cell(row) is None:
        return False
    parent = row.parent
    return parent is not None and parent.tag in ("tbody", "table") and (
        (only := _only_child(parent)) is not None and only.mem_id == row.mem_id)


def wrapped_alone(node: LexborNode) -> tuple[LexborNode, int]:
    """The outermost of the elements (up to ``_LONE_LEVELS``) that hold ``node`` alone (a
    one-cell layout table around a cell, a component's wrappers around its element), and
    how many levels up it is."""
    top, levels = node, 0
    while levels < _LONE_LEVELS:
        parent = top.parent
        if parent is None or parent.tag in ("body", "html") or _only_child(parent) is None:
            break
        top, levels = parent, levels + 1
    return top, levels


def lone_inside(node: LexborNode, levels: int) -> LexborNode | None:
    """The element ``levels`` levels down that ``node`` holds alone, through elements
    each holding one alone; else None."""
    for _ in range(levels):
        child = _only_child(node)
        if child is None:
            return None
        node = child
    return node


def same_kind(node: LexborNode) -> list[LexborNode]:
    """``node`` and its siblings of its tag and class (the parts of a story set in parts:
    ``<div class="body-part">`` after ``<div class="body-part">``), in document order."""
    parent = node.parent
    if parent is None:
        return [node]
    tag, klass = node.tag, node.attributes.get("class")
    found: list[LexborNode] = []
    sibling = parent.first_child
    while sibling is not None:
        if sibling.tag == tag and sibling.attributes.get("class") == klass:
            found.append(sibling)
        sibling = sibling.next
    return found
