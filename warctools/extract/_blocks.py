"""Linearise a cleaned body into text blocks (paragraph-like runs of inline content).

One iterative depth-first walk (no recursion: 100k-deep nesting is fine). A block ends
wherever a block-level element opens or closes, or at ``<br>``. Each block records its
text, how much of it is link text, the tag that owns it and the ids of its block-level
ancestors, which is all the container scoring needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

__all__ = ["Block", "BLOCK_TAGS", "linearise"]

BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table"
    " tbody thead tfoot tr figure figcaption address hr center details summary"
    " body form fieldset legend caption".split()
)

_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_CODE_TAGS = frozenset(("code", "kbd", "samp", "tt"))
_INVISIBLE = str.maketrans("", "", "\xad\u200b\ufeff")
_ELLIPSES = ("...", "…", "[…]", "[...]")
_CARD_TAGS = frozenset(("li", "div", "dd", "article", "section"))
# the link that ends a teaser excerpt ("... read more", "lire la suite", "Weiterlesen »")
_READ_MORE = re.compile(
    r"^\W*(?:read (?:more|on|the full|the rest)|continue reading|more|full story|lire la suite"
    r"|lire plus|suite|weiterlesen|mehr|leer más|seguir leyendo|leia mais|continue lendo"
    r"|leggi (?:tutto|di più|anche)|continua(?: a leggere)?|lees (?:meer|verder)|verder lezen"
    r"|læs (?:mere|videre)|läs (?:mer|vidare)|les mer|читать (?:далее|дальше|полностью)"
    r"|devamını oku)\b[\W]*$|^\W*(?:続きを読む|もっと見る|阅读全文|阅读更多|查看全文|더보기)\W*$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Block:
    text: str
    link_chars: int
    tag: str  # the nearest block-level element
    ancestors: tuple[int, ...]  # mem_ids of the open block elements, outermost first
    in_quote: bool = False
    teaser: bool = False  # ends with a "read more" link: the excerpt of another page
    code: bool = False  # holds <code>/<kbd>/<samp> or sits in <pre>: code shown to readers

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.stack: list[int] = []
        self.tags: list[str] = []
        self.nodes: dict[int, LexborNode] = {}
        self.buf: list[str] = []
        self.link_chars = 0
        self.lead_link = 0  # link text before any other text of the block
        self.plain_seen = False
        self.in_link = 0
        self.link_text: list[str] = []  # text of the link being read, or of the last one
        self.after_link = False  # no text since the last link closed
        self.quotes = 0
        self.code = 0  # open <pre> elements
        self.code_seen = False  # inline code in the block being read
        # elements holding a linked heading -> index of that heading's block (None: marked
        # by an excerpt's "read more" or trailing ellipsis, whatever comes before it)
        self.teasers: dict[int, int | None] = {}

    def flush(self) -> None:
        if not self.buf:
            return
        raw = "".join(self.buf)
        if raw.isspace():
            raw = ""  # white space between blocks (most flushes): no block, nothing to scan
        if "\xad" in raw or "\u200b" in raw or "\ufeff" in raw:
            raw = raw.translate(_INVISIBLE)  # soft hyphens, zero-width spaces: never read
        if self.code and "\n" in raw.strip():  # <pre>: the code's lines and indentation
            lines = (line.rstrip() for line in raw.replace("\x00", "\n").split("\n"))
            text = "\n".join(line for line in lines if line.strip())
        elif "\x00" in raw:  # <br> inside the block: keep its lines
            lines = (" ".join(line.split()) for line in raw.split("\x00"))
            text = "\n".join(line for line in lines if line)
        else:
            text = " ".join(raw.split())
        self.buf.clear()
        link = min(self.link_chars, len(text))
        lead = self.lead_link
        self.link_chars = self.lead_link = 0
        self.plain_seen = False
        read_more = bool(text) and self.after_link and bool(
            _READ_MORE.match("".join(self.link_text)[:40]))
        self.after_link = False
        self.link_text.clear()
        code_seen, self.code_seen = self.code_seen, False
        if text:
            tag = self.tags[-1] if self.tags else "body"
            size = len(text)
            if read_more:
                for mid in self.stack[-2:]:  # the excerpt and the card holding it
                    self.teasers[mid] = None
            elif lead >= 20 and tag in _CARD_TAGS and text.endswith(_ELLIPSES):
                self.teasers[self.stack[-1]] = None  # "<li><a>Title</a> excerpt ...</li>"
            elif (lead >= 20 and link > 0.9 * size) or (tag in _HEADINGS and link > 0.6 * size):
                if len(self.stack) > 1:  # the card holding a linked title
                    self.teasers.setdefault(self.stack[-2], len(self.blocks))
            code = self.code > 0 or code_seen
            block = Block(text, link, tag, tuple(self.stack), self.quotes > 0, read_more, code)
            self.blocks.append(block)

    def enter(self, node: LexborNode, tag: str) -> None:
        if tag == "-text":
            text = node.text_content or ""
            self.buf.append(text)
            if self.in_link:
                size = len(text.strip())
                self.link_chars += size
                self.link_text.append(text)
                if not self.plain_seen:
                    self.lead_link += size
            elif not text.isspace():
                self.plain_seen = True
                self.after_link = False
        elif tag in BLOCK_TAGS:
            self.flush()
            mid = node.mem_id
            self.stack.append(mid)
            self.tags.append(tag)
            self.nodes[mid] = node
            if tag == "blockquote":
                self.quotes += 1
            elif tag == "pre":
                self.code += 1
        elif tag == "a":
            if not self.in_link:
                self.link_text.clear()
            self.in_link += 1
        elif tag in _CODE_TAGS:
            self.code_seen = True
        elif tag == "br":
            self.buf.append("\x00")
        elif tag == "td" or tag == "th":
            self.buf.append(" ")
        elif tag == "img":
            self.buf.append(" ")

    def leave(self, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self.flush()
            self.stack.pop()
            self.tags.pop()
            if tag == "blockquote":
                self.quotes -= 1
            elif tag == "pre":
                self.code -= 1
        elif tag == "a":
            self.in_link -= 1
            self.after_link = self.in_link == 0


def linearise(
    root: LexborNode,
) -> tuple[list[Block], dict[int, LexborNode], dict[int, int | None]]:
    """Blocks under ``root`` in document order, the block elements by mem_id, and the
    ids of elements that hold a linked heading (teaser cards, when they hold little), each
    with the index of its first linked-heading block (None: an excerpt's "read more")."""
    walker = _Walker()
    enter, leave = walker.enter, walker.leave
    enter(root, "body")
    node = root.child
    root_id = root.mem_id
    while node is not None:  # (each node property read makes a new object: read it once)
        tag = node.tag or ""
        enter(node, tag)
        if tag != "-text":
            child = node.child
            if child is not None:
                node = child
                continue
            leave(tag)
        after = node.next
        while after is None:
            node = node.parent
            if node is None or node.mem_id == root_id:
                break
            leave(node.tag or "")
            after = node.next
        node = after
    leave("body")
    return walker.blocks, walker.nodes, walker.teasers
