"""Main text: choose the container that holds the article, then keep its prose blocks.

The container is the element maximising ``good - penalty * bad`` over the blocks below
it, where good is the text of prose paragraphs (long enough, few links) and bad is link
text and short non-prose text. This is a max-subtree choice: it climbs as long as the
article continues in a sibling and stops before the page furniture around it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from os.path import commonprefix

from selectolax.lexbor import LexborNode

from .. import _regex
from ._blocks import (
    _ELLIPSES,
    _HEADINGS,
    CARD_TITLE_MIN,
    FULL_STOPS,
    LINKED_TITLE,
    PROSE_MIN,
    Block,
    holder,
    linearise,
    links_within,
    one_cell,
    paragraph_tag,
    reading_size,
    same_kind,
)
from ._clean import GALLERY_SHARE, LINKED_HEADLINE
from ._phrases import (
    BOILER_MAX,
    ends_in_credit,
    is_boiler_line,
    is_byline,
    is_comment_mark,
    is_comments_heading,
    is_contact_line,
    is_date_line,
    is_meta_line,
    is_notice,
    is_notice_topic,
    is_rights_notice,
    is_tail_heading,
    speaks_as_site,
)
from .block_model import judge_blocks
from .title import fold, worded_as_headline

__all__ = ["MainText", "StoryBlocks", "main_text", "story_blocks"]

_TABLE_BODIES = frozenset(("tbody", "thead", "tfoot"))  # (a table's parts holding rows)
_PENALTY = 1.0
_PLAIN = 0.25  # weight of short plain text relative to link text
_TEASER_MAX = 500
_ENTRY_PARAGRAPHS = 2  # paragraphs under a linked title that make an entry, not a card's excerpt
_UNDER_HEADLINE = 3  # blocks under a shown headline that make its element the story's
_INLINE_CARDS = 2  # cards of other stories set between the story's paragraphs (see _inline_cards)
_INLINE_SHARE = 0.25  # ... holding at most this share of the text between its first and last
_INLINE_ONE_SHARE = 0.34  # ... or, one card of a title and a paragraph, this share
_EXCERPT_MAX = 300  # characters of a card's excerpt under its linked title
_STORY_CARD = 2.0  # a card with this many times the next one's prose is the story's
_NEXT_LINKS = 100  # link characters between a story and the next one's <h1> (see _next_story)
_AROUND_SHARE = 0.9  # text of a marked body that is no block, of the block around it
_POSTS_SHARE = 0.8  # full posts side by side holding this share of the prose (see _first_post)
_POST_HEADINGS = frozenset(("h1", "h2", "h3"))  # ... opened by a linked headline (a poster's
# name in an <h4> opens a forum's post: a thread's replies are its text, as references keep)
_OPENING_HEADINGS = _POST_HEADINGS  # a headline set over the story's first paragraph
_FOOTER_SHARE = 0.5  # a copyright notice ends the story once this share of its prose is seen
_SENTENCE_MIN = 25  # a short sentence line (see _sentence_line)
_SHORT_RUN = 4  # one-sentence lines in a row that tell a story (see _told_in_short_lines)
_SHORT_WORDS = 3  # ... each of this many words at least
_SHORT_RUN_CHARS = 250  # ... and this many characters in all
_SENTENCE_END = ".!?…\"”»“’«" + FULL_STOPS  # closing quotes of en, de ("„…“"), fr
_LEDE_MIN = 100
_SCRIPT_CALL = _regex.compile(
    r"document\.write(?:ln)?\s*\(|\bfunction\s*\(|\bvar \w+\s*=|\bwindow\.\w+\s*[=(]"
    r"|\}\s*\)\s*;|googletag\.|\$\(\s*['\"]|\.push\(\s*\{"
)
_SIDE_JUNK = 0.5  # a side box with this much furniture per prose weight is a feed
_SIDE_MIN = 250.0  # ... and at least this much (about 1,000 chars of short lines)
_HEADLINE_MIN = 8  # letters of a headline the story's container is looked for under
_UNDER_SPAN = 12  # blocks after the headline looked at ...
_UNDER_PARAGRAPHS = 3  # ... for this many paragraphs
_UNDER_SHARE = 0.5  # the element holding them wins at this share of the best one's score
_UNDER_COMMENTS_SHARE = 0.1  # ... of a best one opening with a heading of readers' comments
_BIO_AFTER = 0.5  # a paragraph about the author counts once this share of the prose is seen
_BIO_MAX = 600  # ... and is at most this long
_BIO_BEFORE = 0.2  # a byline with a bio ("By Ana Lima, a ...") sits before this share
_BY_WORDS = "by|von|par|por|di|door"  # what opens a byline (en, de, fr, es/pt, it, nl)
_BY_WORD = _regex.compile(rf"(?:{_BY_WORDS})\s+", re.IGNORECASE)
_OWN_WORD = _regex.compile(r"[^\W\d_]{2,}")  # a word of letters (see _linked_prose)
_BYLINE_MAX = 160  # a byline block above the story: its names and date, no more
_MARK_MAX = 80  # characters of a line that may be a comment's mark (a reply button, its name)
_TAIL_SHARE = 0.8  # a furniture heading ends the story once this share of its prose is seen
_COMMENTS_SHARE = 0.3  # ... a comment section's heading once this share (readers' comments
# can outweigh the story they follow), or, set as a heading element, once a story of
# this many characters is told (a thread three or ten times as long: "27 commentaires";
# a short post's, on a page without class names to name the thread)
_COMMENTS_AFTER = 500
_BOXED_TAIL_SHARE = 0.5  # ... a furniture heading boxed apart with what follows it
# (its one paragraph weighs much beside a short story: a newsletter's box)
_ITEM_PARAGRAPHS = 3  # a linked heading among this many of the story's paragraphs is an item's
# link-dense blocks kept between the story's paragraphs (see _keep)
_TOLD_ITEMS = 2  # items of prose in a list that tell the story there (see _among) ...
_ITEM_OWN = 20  # ... and the characters outside links that make another item the story's
_INSIDE_TAGS = frozenset(("li", "tr", "h2", "h3", "h4", "h5", "h6", "p", "div"))
# the path of a story's page: a numeric id or a slug of four or more words
_STORY_PATH = _regex.compile(r"\d{4,}|[^\W_]+(?:-[^\W_]+){3,}")
# a slide's counter opening its caption ("3/50 Star Wars boosts economy", "3 of 12"): the
# captions of a gallery's photos (see _counted_slides)
_COUNTER = _regex.compile(r"(\d{1,3}) ?(?:/|of) ?(\d{1,3})\b(?![/.-]\d)")  # (not a date's)
_COUNTED_MIN = 3  # captions of one count that make a gallery
_SET_IN_PROSE = 400  # prose characters before a gallery and after it that set it in a story
_HEADLINE_WORDS = 4  # words of another story's headline in a list between the paragraphs
_RELATED_LABEL_MAX = 60  # characters of a furniture heading over such a list ...
_RELATED_ITEMS = 5  # ... and the most linked headlines under it
_NOTICE_PROSE = 300  # characters of a paragraph naming a notice's words among the story's
# own paragraphs that make it the story's (a story about terms of service), not a notice
_LINKED_MAX = 0.75  # link share of a linked sentence of the story (see _linked_sentence)
_PLACED = _regex.compile(r"\s*top:\s*-?[\d.]+%")  # text laid over a picture (see _chart_label)
_LABEL_MAX = 80
_CREDIT_MAX = 250  # a credit with its caption (see _address_or_credit)
_CREDIT_OPENERS = "([（【©"  # a credit's first character where it stands alone ("[사진=MBC]")
_BUTTON_MAX = 20  # characters of a button's line in a box of furniture ("Donate", "Log in")
# the steps of a breadcrumb trail: guillemets and angle brackets, spaced or not
# ("Home>News>"), a slash or bar between spaces ("Home / Baby / ")
_CRUMB_ARROWS, _CRUMB_BARS = "»›>", "/|"
_CRUMB_SEPARATOR = _regex.compile(rf"\s*[{_CRUMB_ARROWS}]\s*|\s+[{_CRUMB_BARS}]\s+")
_CRUMB_STEPS = 6  # steps of a trail before the headline at most ...
_CRUMB_WORDS = 5  # ... each of this many words at most (a section's name)
_MARKUP = _regex.compile(  # markup shown as text: a tag, an unrendered [shortcode attr=...];
    # a picture's caption by its label ("Abbildung: ...", "Fig. 2: ..."); the reporters'
    # credit closing a wire story ("Reporting by ...; Editing by ...")
    r"\s*(?:<[a-zA-Z!/][^>]*>|\[[a-z_]+ [a-z_]+=)"
    r"|(?=[abfipw(r])(?:(?:abbildung|abb\.|figure|fig\.|image|photo|foto|bild|imagen|immagine)"
    r"(?: \d+)?\s?:|\(?(?:additional )?(?:reporting|writing) by (?-i:[A-Z])(?!he ))",
    re.IGNORECASE,
)


@dataclass(slots=True)
class MainText:
    text: str
    paragraphs: list[str]
    container_tag: str | None
    prose_chars: int  # characters of prose paragraphs in the container (reading size: a
    # Han, kana or hangul character counts three, as in the container's weights)
    link_blocks: int  # link-dense blocks in the whole page (teaser lists)
    card_texts: frozenset[str] = frozenset()  # the page's cards of other stories, their blocks
    headline_shown: bool = False  # the page's headline shown above the story's paragraphs
    closing: str = ""  # the lines the story's element holds after its text, left out of it
    post_headline: str | None = None  # the text is the first of several posts: its headline
    opening_headline: str | None = None  # the heading over the story's first paragraph,
    # where the page's title names only the site and its sections and shows nowhere


def _markup_shown(block: Block) -> bool:
    """Markup left as text (a tag, a shortcode; see ``_MARKUP``), unless the page shows it
    as code (an HTML file's listing in ``<pre>``, a tag in ``<code>``)."""
    return not block.code and _MARKUP.match(block.text) is not None


def _script_text(block: Block) -> bool:
    """Script source shown as text (a ``document.write('...')`` cut short by a ``</script>``
    inside its string, an inline ad loader), unless the page shows it as code."""
    text = block.text
    if block.code or "(" not in text or (";" not in text and "document." not in text):
        return False
    if _SCRIPT_CALL.search(text) is None:
        return False
    return sum(text.count(c) for c in "{}();=") > 0.03 * len(text)


def _address_or_credit(text: str) -> bool:
    """A line that is one web address (a print header's or a share box's copy of the
    page's URL, a source cited by its address), or a picture's credit with its caption
    ("© Ana Lima Detainees at ...", "The quay at night. | © Ana Lima", "The quay at
    night. (Photo: Ana Lima)"; a longer block is a paragraph behind a picture's credit):
    never a paragraph of the story."""
    if "©" in text and len(text) < _CREDIT_MAX and (text[0] == "©" or " | © " in text):
        return True
    if ends_in_credit(text):
        return True  # "Roots that bring air into the soil. (Photo: Ana Lima)"
    return text.startswith(("http://", "https://")) and " " not in text


def _lines_kept(block: Block) -> str:
    """A block's text less its lines of notices, where ``<br>``s broke it into lines (a
    story told between ``<br><br>``s, as portals and older templates write one, is one
    block): an appeal to follow or subscribe, a disclaimer; a rights notice closing it, and
    what follows. (A credit, a link or a row of dates there is the story's.)"""
    text = block.text
    if "\n" not in text or block.code:
        return text
    lines = text.split("\n")
    kept: list[str] = []
    for line in lines:
        if len(line) < BOILER_MAX:
            if kept and is_rights_notice(line):
                break  # the site's footer line ends the story
            if is_notice(line) or is_contact_line(line) or (
                    line[0] not in _CREDIT_OPENERS and ends_in_credit(line)):  # fmt: skip
                continue  # (a caption closed by its credit; a credit alone stays)
        kept.append(line)
    return "\n".join(kept) if len(kept) < len(lines) else text


def _furniture_lines(text: str) -> bool:
    """A block of lines broken by ``<br>`` that are all furniture: notices, appeals and
    boilerplate lines, with at most their buttons beside them ("We need your help /
    Help us continue to spread the magic of words / Donate"). Each line is furniture that
    would have gone on its own; together they read as a paragraph."""
    if "\n" not in text or len(text) >= BOILER_MAX:
        return False
    told = False
    for line in text.split("\n"):
        if is_boiler_line(line) or is_notice(line):
            told = True
        elif len(line) > _BUTTON_MAX:
            return False
    return told


def _linked_sentence_of_its_own(block: Block) -> bool:
    """A paragraph whose links sit inside its own sentences ("The authority <a>opened the
    barrier</a> on Thursday, ..."): it opens and ends with plain text and ends a sentence,
    as a blog's link roundup or a story citing its sources writes them. A card's linked
    title opens with its link, a teaser ("... in our guide <a>Saving the quay</a>") ends in
    it, a footer credits its design ("Design by <a>...</a> ©") or states its licence."""
    text = block.text
    if block.lead_link or block.tail_link or text[-1] not in _SENTENCE_END or "©" in text:
        return False
    line = " ".join(text.split())  # a licence notice broken over lines is one
    return not (is_boiler_line(line) or is_notice(line))


_LINKED_PROSE_LINKS = 3  # links among a paragraph's words that make it linked prose ...
_LINKED_PROSE_RUN = 30  # ... each this many characters on average at most (a term, a name)
_LINKED_PROSE_WORDS = 5  # ... with this many words of its own between them at least
_ITEM_MARKS = ("•", "|", "·", "»", "›")  # ... and none of these marks between links


def _linked_prose(block: Block, nodes: dict[int, LexborNode]) -> bool:
    """A paragraph of the story that links a term or a name every few words (a blog post
    or a wiki-like story linking its sources and topics: "The <a>council</a> voted on <a>
    Tuesday</a> to ..."): a ``<p>`` ending a sentence, its links short, its own words
    (outside them) many and at least one between two links, no menu's marks between them.
    Not a list of tags or links ("Filed under: <a>Politics</a>, <a>Budget</a>."), whose
    words are the links', nor a line of other stories' titles, whose links are long, nor a
    footer's credits between bullets."""
    text = block.text
    if block.tag != "p" or text[-1] not in _SENTENCE_END or "©" in text:
        return False
    node = nodes.get(block.ancestors[-1])
    if node is None or node.tag != "p":
        return False
    links = [" ".join(link.text().split()) for link in node.css("a")]
    runs = [run for run in links if run]
    if len(runs) < _LINKED_PROSE_LINKS or sum(map(len, runs)) > _LINKED_PROSE_RUN * len(runs):
        return False
    own = text
    for run in runs:
        own = own.replace(run, " ", 1)
    if any(mark in own for mark in _ITEM_MARKS):
        return False  # links between a menu's or a footer's marks ("RSS • Impressum")
    words = len(_OWN_WORD.findall(own))
    if words < max(_LINKED_PROSE_WORDS, len(runs) - 1):
        return False
    return not (is_boiler_line(text) or is_notice(text))


_CONTROLS = 3  # buttons of a toolbar's row at least ...
_CONTROL_MAX = 20  # ... each a label of this many characters at most
_CONTROL_ROW_MAX = 120  # characters of the row at most


def _control_row(block: Block, nodes: dict[int, LexborNode]) -> bool:
    """A toolbar's row of buttons that reads as prose only by its Han or Hangul's reading
    size (a Korean portal's "본문 요약봇 / 텍스트 음성 변환 서비스 사용하기 / 글자 크기 변경하기 /
    SNS 보내기 / 인쇄하기" over the story): its element holds no words of its own, only three
    or more elements of a short label each, and it ends no sentence."""
    text = block.text
    if len(text) > _CONTROL_ROW_MAX or text[-1] in _SENTENCE_END:
        return False
    node = nodes.get(block.ancestors[-1])
    if node is None:
        return False
    labels = 0
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            if (child.text_content or "").strip():
                return False  # words of its own between the elements: a sentence
        elif len((child.text(deep=True) or "").strip()) > _CONTROL_MAX:
            return False
        else:
            labels += 1
    return labels >= _CONTROLS


def _crumb_trail(block: Block, folded: str) -> bool:
    """Is the block a breadcrumb trail ending in the page's headline (``folded``: its fold),
    "Home » News » <headline>", its steps linked? It reads as a sentence as long as the
    headline, and over the story's element it would pull the container up to the page."""
    if not block.link_chars or not folded:
        return False
    text = block.text
    if not any(mark in text for mark in _CRUMB_ARROWS + _CRUMB_BARS):
        return False  # (no separator: the pattern's search is dear on a long text)
    for step in _CRUMB_SEPARATOR.finditer(text):
        if fold(text[step.end():]) == folded:
            steps = _CRUMB_SEPARATOR.split(text[: step.start()])
            return len(steps) <= _CRUMB_STEPS and all(
                0 < len(part.split()) <= _CRUMB_WORDS and "://" not in part for part in steps)
    return False


def _is_prose(block: Block, topic: bool = False,
              nodes: dict[int, LexborNode] | None = None) -> bool:  # fmt: skip
    """Is the block a paragraph of prose? ``topic``: the story is about the notices a site
    prints (its paragraphs name privacy policies and newsletters); ``nodes``: the block
    elements by mem_id (a paragraph whose many short links sit among its words is read
    from its element)."""
    link = block.link_chars
    size = reading_size(block.text) if link == 0 else len(block.text)
    if size < PROSE_MIN or block.tag == "h1":
        return False
    text = block.text
    if (text[0] == "h" or len(text) < _CREDIT_MAX) and _address_or_credit(text):
        return False
    if size > len(text) and nodes is not None and _control_row(block, nodes):
        return False
    if block.tag in _HEADINGS and (size < _LEDE_MIN or link):
        return False  # a long unlinked h2-h6 is a standfirst
    if link > 0.35 * size and (size - link < 100 or link > 0.6 * size) and not (
            link <= 0.6 * size and _linked_sentence_of_its_own(block)) and not (
            nodes is not None and _linked_prose(block, nodes)):  # fmt: skip
        return False
    if size < BOILER_MAX and ((is_notice(text) and (not topic or speaks_as_site(text)))
                              or _furniture_lines(text)):  # fmt: skip
        return False
    return not _markup_shown(block) and not _script_text(block)


def _teaser_cards(blocks: list[Block], prose: list[bool], teasers: dict[int, int | None],
                  headline: str | None = None, showing: Sequence[int] = ()
                  ) -> set[int]:  # fmt: skip
    """Linked-heading holders with little prose: cards of a list of other stories. A card's
    linked title comes first: a link after the element's prose ("Try it now", "Learn
    more") is a call to action closing a section of the story. A holder whose linked
    title first shows the page's headline is the post itself (a blog theme links it to
    its own page), however short. ``showing``: the blocks showing ``headline``."""
    if len(teasers) < 2:
        return set()  # one linked title: the post's own permalink heading, not a list
    own = showing[0] if showing else None  # the headline's first showing (a card of this
    if own is not None:  # story in a list of the site's latest, further down, is a card)
        around = blocks[own].ancestors  # (nor is what holds it under the site's linked
        # name in an <h1>: a blog's page, its body no card)
        teasers = {mid: title for mid, title in teasers.items()
                   if title is None or (title != own and not (
                       title < own and mid in around and blocks[title].tag == "h1"))}
    held = dict.fromkeys(teasers, 0)
    paragraphs = dict.fromkeys(teasers, 0)
    late: set[int] = set()
    told = len(blocks)  # the first paragraph outside every holder: the story's own
    for index, (block, is_prose) in enumerate(zip(blocks, prose, strict=True)):
        if is_prose:
            inside = False
            for mid in block.holding[-4:]:
                if mid in held:
                    inside = True
                    held[mid] += len(block.text)
                    paragraphs[mid] += 1
                    title = teasers[mid]
                    if title is not None and index < title:
                        late.add(mid)
            if not inside and told == len(blocks):
                told = index
    # right under one story's headline (shown above them, four words or more; no
    # paragraph of the story before them), a linked title over two paragraphs or more
    # opens an entry of it (a live blog's), not another story's card
    top = own if headline is not None and worded_as_headline(headline) else None
    cards = {mid for mid, size in held.items()
             if size < _TEASER_MAX and mid not in late
             and not (top is not None and paragraphs[mid] >= _ENTRY_PARAGRAPHS
                      and (title := teasers[mid]) is not None and top < title < told
                      and mid not in blocks[top].ancestors)}  # fmt: skip
    if told == len(blocks) and len(cards) > 1:
        # every paragraph in a card: a short story under its own linked title among a
        # portal's cards is the card holding far the most prose (twice the next one's)
        sizes = sorted(((held[mid], mid) for mid in cards), reverse=True)
        if sizes[0][0] >= _STORY_CARD * sizes[1][0] and sizes[0][0] >= PROSE_MIN:
            cards.discard(sizes[0][1])
    return cards


def _sentence_line(block: Block, size: int, para: str = "p") -> bool:
    """A short unlinked paragraph that ends a sentence ("A rocket chip!", a line of
    dialogue): the story told in short lines (jokes, questions and answers) weighs nothing
    either way instead of counting as furniture against the prose beside it. Notices and
    boilerplate lines ("All rights reserved.") still count as furniture."""
    if block.link_chars or block.tag != para or size < _SENTENCE_MIN:
        return False
    if block.text[-1] not in _SENTENCE_END:
        return False
    return not (is_notice(block.text) or is_boiler_line(block.text))


def _told_in_short_lines(blocks: list[Block]) -> list[bool]:
    """On a page without a paragraph of prose, the lines of a story told in one-sentence
    paragraphs (a local brief, each sentence its own ``<div>``): runs of ``_SHORT_RUN`` or
    more unlinked ``<p>`` or ``<div>`` lines side by side in one element, each of
    ``_SHORT_WORDS`` words or more closing a sentence, ``_SHORT_RUN_CHARS`` in all. A
    menu's, a list's or a table's lines are no such run."""
    prose = [False] * len(blocks)
    run: list[int] = []
    parent: int | None = None

    def close() -> None:
        if len(run) >= _SHORT_RUN and sum(len(blocks[i].text) for i in run) >= _SHORT_RUN_CHARS:
            for i in run:
                prose[i] = True
        run.clear()

    for index, block in enumerate(blocks):
        text = block.text
        if (block.tag in ("p", "div") and not block.link_chars and text[-1] in _SENTENCE_END
                and len(text.split()) >= _SHORT_WORDS and len(text) < PROSE_MIN
                and not (is_notice(text) or is_boiler_line(text))):  # fmt: skip
            if run and holder(block) != parent:
                close()
            parent = holder(block)
            run.append(index)
        else:
            close()
    close()
    return prose


def _weights(blocks: list[Block], teasers: dict[int, int | None], headline: str | None = None,
             showing: Sequence[int] = (), nodes: dict[int, LexborNode] | None = None
             ) -> tuple[list[float], set[int]]:  # fmt: skip
    """Each block's weight for the container's choice (its prose, or its furniture as a
    penalty), and the teaser cards of other stories (whose prose weighs nothing)."""
    topic = is_notice_topic(headline)
    folded = fold(headline) if headline else ""
    prose = [_is_prose(b, topic, nodes) and not _crumb_trail(b, folded) for b in blocks]
    if not any(prose):
        prose = _told_in_short_lines(blocks)
    cards = weighed = _teaser_cards(blocks, prose, teasers, headline, showing)
    # a list of links to places in the page itself (a table of contents, a live blog's key
    # events) is no other stories' cards: for the container, its lines weigh as short
    # plain text and open no card holding a paragraph apart
    entries = _contents_entries(blocks, nodes) if teasers and nodes is not None else set()
    if entries:
        weighed = _teaser_cards(blocks, prose, {mid: title for mid, title in teasers.items()
                                                if title not in entries}, headline, showing)
    para = paragraph_tag(b for b, is_prose in zip(blocks, prose, strict=True) if is_prose)
    weights = []
    for index, (block, is_prose) in enumerate(zip(blocks, prose, strict=True)):
        size = len(block.text)
        if is_prose and weighed and _in_card(block, weighed):
            is_prose = False
        if is_prose:
            weights.append(reading_size(block.text) + 10.0 * block.text.count(", "))
        elif _sentence_line(block, size, para):
            weights.append(0.0)  # a short sentence of the story: neither prose nor furniture
        else:
            links = 0 if index in entries else block.link_chars
            weights.append(-_PENALTY * (links + _PLAIN * (size - links)))
    return weights, cards


def _contents_entries(blocks: list[Block], nodes: dict[int, LexborNode]) -> set[int]:
    """The blocks that are entries of a list of links to places in the page itself (a
    table of contents, a live blog's key events): list items of a link opening them, to
    a place in the page, and a heading the page shows after a number or a time at most
    ("2 History", "15.40 BST Chancellor wins vote by 41"). A skip link, a footnote's
    link back, a list of other stories are none."""
    entries: set[int] = set()
    headings = {b.text for b in blocks if b.tag in _HEADINGS}
    if not headings:
        return entries
    for index, block in enumerate(blocks):
        if block.tag != "li" or block.lead_link < CARD_TITLE_MIN:
            continue
        text = block.text
        if (text in headings or text.split(" ", 1)[-1] in headings
                or text.split(" ", 2)[-1] in headings) and links_within(
                nodes.get(block.ancestors[-1])):  # fmt: skip
            entries.add(index)
    return entries



def _under_headline(blocks: list[Block], weights: list[float], headline: str | None,
                    scores: dict[int, float], chosen: int, showing: Sequence[int] = (),
                    nodes: dict[int, LexborNode] | None = None) -> int:
    """The container under the page's headline instead of ``chosen``, when ``chosen``
    holds none of the first paragraphs under the block that shows the headline and the
    best element holding them scores at least ``_UNDER_SHARE`` of it. The story starts
    under its headline; a box beside it (a blog's disclaimer, a widget of readers'
    comments) does not, and without class names to tell them apart it can hold as much
    prose as a short story. A ``chosen`` holding them may be lifted above the page's main
    element by prose before it (see _main_below)."""
    if not headline or len(fold(headline)) < _HEADLINE_MIN:
        return chosen
    size = len(headline)
    at = next((i for i in showing if abs(len(blocks[i].text) - size) <= size // 2
               and blocks[i].link_density < 0.5), None)  # fmt: skip
    if at is None:
        return chosen
    span = list(zip(blocks[at + 1 : at + 1 + _UNDER_SPAN],
                    weights[at + 1 : at + 1 + _UNDER_SPAN], strict=True))  # fmt: skip
    # (the paragraphs of a story, not of the readers' comments under its heading)
    end = next((i for i, (b, _w) in enumerate(span)
                if b.tag in _HEADINGS and is_comments_heading(b.text, True)), len(span))
    weighed = [(b, w) for b, w in span[:end] if w > 0][:_UNDER_PARAGRAPHS]
    under = [b for b, _w in weighed]
    if not under:
        return chosen
    if any(chosen in b.ancestors for b in under):
        return _main_below(blocks, weights, nodes, chosen, at, under) if nodes else chosen
    # (no element holding the comments' heading too)
    beside = set(span[end][0].ancestors) if end < len(span) else set()
    held = [mid for b in under for mid in b.ancestors if mid not in beside]
    if not held:
        return chosen
    best = max(held, key=scores.__getitem__)
    opening = next((b for b in blocks if chosen in b.ancestors), None)
    share = _UNDER_SHARE
    if opening is not None and is_comments_heading(opening.text, opening.tag in _HEADINGS):
        share = _UNDER_COMMENTS_SHARE  # the chosen element opens with its comments' heading
    if scores[best] >= share * scores[chosen]:
        return best
    # a story written straight into its element (paragraphs between <br>s) beside a box
    # of other stories in the same element: the text alone weighs as the story
    block, weight = max(weighed, key=lambda bw: bw[1])
    return block.ancestors[-1] if weight >= _UNDER_SHARE * scores[chosen] else chosen


def _main_element(node: LexborNode | None) -> bool:
    """Is ``node`` marked as the page's main content (``<main>``, ``role=main``, an
    ``<article>``)?"""
    return node is not None and (node.tag in ("main", "article")
                                 or node.attributes.get("role") == "main")  # fmt: skip


def _main_below(blocks: list[Block], weights: list[float], nodes: dict[int, LexborNode],
                chosen: int, at: int, under: list[Block]) -> int:
    """The page's main element (``<main>``, ``role=main``, an ``<article>``) below
    ``chosen`` holding the headline's block (``at``) and the first paragraphs under it
    (``under``), when the only prose ``chosen`` holds outside it comes before the headline:
    a bar above the site's header (an announcement, a promotion, a notice of a sentence)
    that the story's container does not reach up for. Else ``chosen``."""
    path = blocks[at].ancestors
    if chosen not in path:
        return chosen
    main = next((mid for mid in path[path.index(chosen) + 1 :]
                 if _main_element(nodes.get(mid))
                 and all(mid in b.ancestors for b in under)), None)  # fmt: skip
    if main is None:
        return chosen
    above = False
    for index, (block, weight) in enumerate(zip(blocks, weights, strict=True)):
        if weight > 0 and chosen in block.ancestors and main not in block.ancestors:
            if index > at:
                return chosen  # prose beside the main element after the headline
            above = True
    return main if above else chosen


def _choose_container(blocks: list[Block], weights: list[float], headline: str | None = None,
                      showing: Sequence[int] = (),
                      nodes: dict[int, LexborNode] | None = None) -> int | None:
    scores: dict[int, float] = {}
    prose: dict[int, float] = {}
    own: dict[int, float] = {}  # the prose of an element's own text (see below)
    score, prose_of = scores.get, prose.get  # (bound once: a page's blocks)
    # Each element scores the weights of the blocks below it. Blocks side by side in one
    # parent (a story's paragraphs, a list's items) share the elements above their own:
    # those get the run's sum once (a weight is a multiple of 1/4, so the sums are exact in
    # any order), their keys set where the run starts (a tie goes to the element seen
    # first, as ever).
    path: tuple[int, ...] = ()  # the run's elements above its blocks' own
    parent: int | None = -1  # (no element's id)
    run = run_prose = 0.0
    for block, weight in zip(blocks, weights, strict=True):
        ancestors = block.ancestors
        above = ancestors[-2] if len(ancestors) > 1 else None
        if above != parent:
            _add_run(scores, prose, path, run, run_prose)
            path, parent, run, run_prose = ancestors[:-1], above, 0.0, 0.0
            for mid in path:
                if mid not in scores:
                    scores[mid] = 0.0
        element = ancestors[-1]  # (the block's own element)
        scores[element] = score(element, 0.0) + weight
        run += weight
        if weight > 0:
            prose[element] = prose_of(element, 0.0) + weight
            own[element] = own.get(element, 0.0) + weight
            run_prose += weight
    _add_run(scores, prose, path, run, run_prose)
    if not scores:
        return None
    _discount_side_boxes(blocks, scores, prose)
    # a story told in an element's own text (an older page's layout cell, its paragraphs
    # between <br>s) scores its prose at least, whatever furniture the cell also holds
    # (the tables of links laid out under it): no element of its own holds it alone
    for element, weight in own.items():
        scores[element] = max(scores[element], weight)
    chosen = max(scores, key=scores.__getitem__)
    return _under_headline(blocks, weights, headline, scores, chosen, showing, nodes)


def _add_run(scores: dict[int, float], prose: dict[int, float], path: tuple[int, ...],
             weight: float, prose_weight: float) -> None:
    """Add a run of blocks' weights (``prose_weight``: of its positive ones) to the
    elements of ``path`` above them (see _choose_container)."""
    for mid in path:
        scores[mid] += weight
    if prose_weight:
        for mid in path:
            prose[mid] = prose.get(mid, 0.0) + prose_weight


def _discount_side_boxes(blocks: list[Block], scores: dict[int, float],
                         prose: dict[int, float]) -> None:
    """A box beside the story whose prose comes with about as much furniture (a live feed
    of other stories with their labels and teaser lists) does not pull the container up
    to a wrapper holding both: its prose does not count for the elements above it."""
    boxes = {mid for mid, score in scores.items()
             if score > 0 and prose[mid] - score > max(_SIDE_JUNK * prose[mid], _SIDE_MIN)}
    if not boxes:
        return
    done: set[int] = set()
    for block in blocks:
        ancestors = block.ancestors
        for index, mid in enumerate(ancestors):
            if mid in boxes:  # a box inside another is counted with it
                if mid not in done:
                    done.add(mid)
                    if index and prose[mid] < 0.5 * prose[ancestors[index - 1]]:
                        for above in ancestors[:index]:
                            scores[above] -= prose[mid]
                break


def _first_post(blocks: list[Block], weights: list[float], nodes: dict[int, LexborNode],
                chosen: int, headline: str | None = None, showing: Sequence[int] = ()
                ) -> tuple[int, str | None]:  # fmt: skip
    """The first of several full posts the container holds side by side (a blog's front
    page, a stream of stories), as Readability and trafilatura take it, and its headline:
    ``<article>``s of two paragraphs of prose or more, together holding ``_POSTS_SHARE``
    of the container's prose, two or more opened by a headline linking to its own page.
    A story's sections, cards' excerpts, a thread's posts under their posters' names, a
    live blog's entries (under the page's headline, shown outside them: ``showing``) do
    not count: ``(chosen, None)``."""
    node = nodes.get(chosen)
    if node is None:
        return chosen, None
    articles = {n.mem_id for n in node.css("article")} - {chosen}
    if len(articles) < 2:
        return chosen, None
    if headline and worded_as_headline(headline) and any(
            articles.isdisjoint(blocks[i].ancestors) for i in showing):  # fmt: skip
        return chosen, None  # one story's headline over them: a live blog's entries
    heads: dict[int, str | None] = {}  # <article> -> its linked headline (None: none seen)
    paragraphs: dict[int, int] = {}
    prose = in_posts = 0.0
    for block, weight in zip(blocks, weights, strict=True):
        ancestors = block.ancestors
        if chosen not in ancestors:
            continue
        prose += max(weight, 0.0)
        post = next((mid for mid in ancestors if mid in articles), None)
        if post is None:
            continue
        if post not in heads:
            heads[post] = nodes[post].attributes.get(LINKED_HEADLINE)
            paragraphs[post] = 0
        if weight > 0:
            paragraphs[post] += 1
            in_posts += weight
        elif (not paragraphs[post] and heads[post] is None and block.tag in _POST_HEADINGS
              and block.link_density > 0.9 and worded_as_headline(block.text)):  # fmt: skip
            heads[post] = block.text
    full = [post for post in heads if paragraphs[post] >= 2]
    if sum(heads[post] is not None for post in full) < 2 or in_posts < _POSTS_SHARE * prose:
        return chosen, None
    return full[0], heads[full[0]]


def _under_shown_headline(blocks: list[Block], shown: int, cards: set[int]) -> int | None:
    """The element around the page's shown headline (block ``shown``) that holds the lines
    under it: the innermost of its elements holding ``_UNDER_HEADLINE`` blocks or more after
    it that are in no card of another story, on a page without prose."""
    ancestors = blocks[shown].ancestors
    after = [b for b in blocks[shown + 1 :] if not _in_card(b, cards)]
    for mid in reversed(ancestors[:-1]):
        if sum(1 for b in after if mid in b.ancestors) >= _UNDER_HEADLINE:
            return mid
    return None


def _semantic_container(body: LexborNode, nodes: dict[int, LexborNode],
                        shown: Block | None = None, cards: Collection[int] = ()
                        ) -> int | None:  # fmt: skip
    """No prose anywhere (lists, tables, line-broken text): trust the markup. Of several
    matches (a portal's cards are ``<article>``s too) the innermost holding the block that
    shows the page's headline (``shown``), else the first that is no card (none: the next
    kind of element)."""
    for selector in ("[itemprop=articleBody]", "article", "main", "[role=main]"):
        found = [node.mem_id for node in body.css(selector)
                 if node.mem_id in nodes and node.mem_id not in cards]  # fmt: skip
        if shown is not None and (holding := [m for m in found if m in shown.ancestors]):
            return holding[-1]
        if found:
            return found[0]
    return None


def _marked_body(body: LexborNode, nodes: dict[int, LexborNode], blocks: list[Block],
                 chosen: int) -> int:
    """The page's ``itemprop=articleBody`` instead of a container beside it that holds
    less text (a lone notice paragraph beating a story told in a table or short lines)."""
    node = body.css_first("[itemprop=articleBody]")
    if node is not None and node.mem_id not in nodes:
        node = _block_around(node, nodes)  # (a layout table's cell: the row holding it)
    if node is None or node.mem_id == chosen:
        return chosen
    marked = node.mem_id
    inside = beside = 0
    nested = False
    for block in blocks:
        if marked in block.ancestors:
            inside += len(block.text)
            if chosen in block.ancestors[: block.ancestors.index(marked)]:
                return chosen  # the container holds the marked body
            if chosen in block.ancestors:
                nested = True
                beside += len(block.text)
        elif chosen in block.ancestors:
            beside += len(block.text)
    if nested:  # a small part of the marked body: take all of it
        return marked if beside < 0.3 * inside else chosen
    return marked if inside > beside else chosen


def _block_around(node: LexborNode, nodes: dict[int, LexborNode]) -> LexborNode | None:
    """The nearest block element holding ``node`` (no block itself: a table's cell), when
    it holds little beside it (``_AROUND_SHARE`` of its text or more is the node's)."""
    size = len(" ".join((node.text(deep=True) or "").split()))
    above = node.parent
    while above is not None and above.mem_id not in nodes:
        above = above.parent
    if above is None or not size:
        return None
    around = len(" ".join((above.text(deep=True) or "").split()))
    return above if size >= _AROUND_SHARE * around else None


def _item_title(held: list[tuple[Block, bool]], index: int, parents: dict[int, int]) -> bool:
    """A linked heading among the story's own paragraphs, right above one: the title of an
    item of a list told in sections ("20) <a>Faces Places</a>" over its review), not the
    card of another story (its heading and excerpt sit in an element of their own)."""
    block = held[index][0]
    if block.tag not in _HEADINGS or block.tag == "h1" or len(block.ancestors) < 2:
        return False
    return held[index + 1][1] and _among_paragraphs(block, parents)


# the language names a code block's header shows over it (a blog theme's or a docs
# engine's bar with a copy button: "sql", "bash", "Python")
_CODE_LANGUAGES = frozenset((
    "bash", "sh", "shell", "zsh", "console", "terminal", "powershell", "cmd", "python", "py",
    "javascript", "js", "typescript", "ts", "jsx", "tsx", "json", "yaml", "yml", "toml", "ini",
    "xml", "html", "css", "scss", "sql", "go", "golang", "rust", "java", "kotlin", "swift",
    "c", "c++", "cpp", "c#", "csharp", "ruby", "php", "perl", "r", "scala", "haskell",
    "elixir", "lua", "dart", "dockerfile", "docker", "makefile", "graphql", "diff", "text",
    "plaintext", "markdown", "nginx", "hcl", "terraform", "vue", "svelte",
))
_CODE_LABEL_MAX = 12


def _code_label(block: Block) -> bool:
    """A code block's header line over it: the listing's language alone ("sql", "bash")."""
    text = block.text
    return not block.code and len(text) <= _CODE_LABEL_MAX and (
        text.strip().lower() in _CODE_LANGUAGES)


_READING_ITEMS = 2  # items of a reading list closing the story, at least


def _reading_list(picked: list[tuple[Block, bool, bool]], last: int) -> list[int]:
    """Indices of the items of a list right after the story's last paragraph, each a
    linked title and its author ("<a>The Rider</a> by Tim Krabbé"): a post's reading list
    or bibliography, the story's, whichever of its titles outweigh their authors. (Other
    stories' headlines closing it link alone, or over a date.)"""
    items: list[int] = []
    shared: int | None = None
    for index in range(last + 1, len(picked)):
        block = picked[index][0]
        if block.tag != "li" or not block.lead_link or block.tail_link or len(
                block.holding) < 2:  # fmt: skip
            break
        if shared is not None and block.holding[-2] != shared:
            break
        shared = block.holding[-2]  # the list
        if not is_byline(block.text[block.lead_link:].strip()):
            return []
        items.append(index)
    return items if len(items) >= _READING_ITEMS else []


def _among_paragraphs(block: Block, parents: dict[int, int]) -> bool:
    """Does the element holding ``block`` hold ``_ITEM_PARAGRAPHS`` of the story's
    paragraphs or more (``parents``: how many each parent holds)?"""
    return parents.get(holder(block), 0) >= _ITEM_PARAGRAPHS


def _linked_sentence(block: Block, parents: dict[int, int]) -> bool:
    """A paragraph of the story whose words mostly link (a news site linking its earlier
    reports): a sentence in a ``<p>`` beside the story's own paragraphs."""
    if not block.link_chars or block.tag != "p" or len(block.text) < PROSE_MIN:
        return False
    if block.text[-1] not in _SENTENCE_END:
        return False
    if block.link_density > _LINKED_MAX:
        return False  # a hover card's list of links inside the paragraph
    return _among_paragraphs(block, parents)


def _lone_paragraph(blocks: list[Block], held: list[tuple[Block, bool]], chosen: int) -> bool:
    """The container is one paragraph whose element holds only unlinked lines beside it
    (a short post's address, phone number, signature): the story is that element."""
    above = held[0][0].ancestors
    index = above.index(chosen)
    if index == 0:
        return False
    parent = above[index - 1]
    return not any(b.link_chars for b in blocks if parent in b.ancestors)


def _among(block: Block, parents: dict[int, int]) -> bool:
    """A list item whose list sits beside the story's paragraphs (not in a box of its own)
    or holds them (a story told in a list's items: a report's bullets, each with words of
    its own beside its links)."""
    return len(block.holding) > 2 and (block.holding[-3] in parents or (
        parents.get(holder(block), 0) >= _TOLD_ITEMS
        and len(block.text) - block.link_chars >= _ITEM_OWN))


def _data_cell(block: Block, nodes: dict[int, LexborNode]) -> bool:
    """A block in a cell of a data table's row of two cells or more (a document editor's
    export writes each cell's text in a ``<div>`` or ``<p>`` of its own): read as a row
    of it is, its linked name a cell's, not a link list's."""
    if block.tag not in ("div", "p") or len(block.ancestors) < 2:
        return False
    row = nodes.get(block.ancestors[-2])  # (a cell is no block: the row holds it)
    return row is not None and row.tag == "tr" and one_cell(row) is None


def _headline_item(block: Block, nodes: dict[int, LexborNode]) -> bool:
    """A list item that is one link to another story of the same site ("/news/x-52216777"):
    a headline set between the story's paragraphs, not one of its sources or terms."""
    if block.tag != "li" or block.link_density < 0.95 or block.text[-1] in _SENTENCE_END:
        return False
    if block.text.count(" ") < _HEADLINE_WORDS - 1:
        return False  # a term linked to its page ("Durchfall"), not a headline
    node = nodes.get(block.ancestors[-1])
    links = node.css("a[href]") if node is not None else []
    href = (links[0].attributes.get("href") or "") if len(links) == 1 else ""
    return href.startswith("/") and _STORY_PATH.search(href) is not None


def _keep(block: Block, prose: bool, inside: Callable[[], bool] = lambda: False,
          among: Callable[[], bool] = lambda: False) -> bool:
    """Keep a block of the container? ``inside()``: it sits between the story's prose
    blocks, where a list of links is part of the story (sources, resources), and so is a
    row of a data table whose cells link (a list of films with their pages) and an item's
    linked title (asked only of an ``<h1>`` and a link-dense block: most need no answer).
    ``among()``: it sits between them in an element holding several of them, where a long
    paragraph naming a notice's words is the story's own (asked only of such a one)."""
    if prose:
        return True
    if block.teaser or (block.tag == "h1" and not inside()):
        return False
    # (each test below drops the block alone: a link-dense one, a menu's or a list's, is
    # told before the wording's tests, which cost more)
    if block.link_density > 0.5 and not (block.tag in _INSIDE_TAGS and inside()):
        return False
    text = block.text
    if is_boiler_line(text) or is_meta_line(text):
        return False
    if len(text) < BOILER_MAX and (is_notice(text) or _furniture_lines(text)) and not (
            len(text) >= _NOTICE_PROSE and block.tag == "p" and among()):
        return False
    if _script_text(block):
        return False
    if _markup_shown(block):
        return False
    return _WORD_CHAR.search(text) is not None


def _anchored_heading(block: Block, nodes: dict[int, LexborNode]) -> bool:
    """A heading between the story's paragraphs whose text is a link to a place on the
    page itself (a documentation engine's section heading linking back to its table of
    contents, ``<h2><a href="#toc-3">Setting up</a></h2>``): the section's heading, not a
    card's linked title. (An ``<h1>`` is judged by :func:`_section_h1`, which knows the
    headline.)"""
    if block.tag not in _HEADINGS or block.tag == "h1" or block.link_density <= 0.5:
        return False
    node = nodes.get(block.ancestors[-1])
    links = node.css("a[href]") if node is not None else []
    return bool(links) and all(
        (link.attributes.get("href") or "").startswith("#") for link in links)


def _section_h1(held: list[tuple[Block, bool]], index: int, headline: str | None) -> bool:
    """An ``<h1>`` between the story's paragraphs, right over one, that does not show the
    page's headline: a section's heading (a book's chapter, a page that opens every
    ``<section>`` with its own ``<h1>``), kept as an ``<h2>`` is; not a box's heading over
    its links ("Quicklinks", "Our partners": an older template's widgets)."""
    block = held[index][0]
    if block.tag != "h1" or index + 1 >= len(held) or not held[index + 1][1]:
        return False
    return not (headline and _shows(block.text, headline, fold(headline)))


def _opening_h1(blocks: list[Block], held: list[tuple[Block, bool]], index: int,
                headline: str | None, showing: Sequence[int]) -> bool:  # fmt: skip
    """An ``<h1>`` right over the story's first paragraph, under the page's headline shown
    above it in an ``<h1>``, and no part of it: the story's first section heading (a page
    editor's "Our history" under the page's own "About us"), not the headline."""
    if not showing or not headline or not _section_h1(held, index, headline):
        return False
    block = held[index][0]
    if fold(block.text) in fold(headline):
        return False  # the headline shortened ("Bhindi masala" under "Bhindi masala (okra
        # stir fry)"): no section's
    at = next(i for i, b in enumerate(blocks) if b is block)
    return any(i < at and blocks[i].tag == "h1" for i in showing)  # (the page's own <h1>)


def _chart_label(block: Block, nodes: dict[int, LexborNode]) -> bool:
    """A label placed over a chart drawn as an image, at a share of its height
    ("top:4.9%;left:96.6%"): an axis tick, a value, a legend; never a sentence of the story."""
    if len(block.text) >= _LABEL_MAX:
        return False
    above = holder(block)  # its element, its wrappers and what holds them
    for mid in block.ancestors[block.ancestors.index(above) if above is not None else 0 :]:
        node = nodes.get(mid)
        if node is not None and node.tag == "tr" and (cell := one_cell(node)) is not None:
            node = cell  # (a one-cell layout table's row: its cell is the placed box)
        style = node.attributes.get("style") if node is not None else None
        if style and _PLACED.match(style):
            return True
    return False


def _orphan_headings(picked: list[tuple[Block, bool, bool]]) -> set[int]:
    """Kept headings over a section that keeps nothing else ("Upcoming events" above a
    dropped link list): the heading's parent holds other blocks and all are dropped."""
    parents: dict[int, list[int]] = {}
    for index, (block, _prose, keep) in enumerate(picked):
        if keep and block.tag in _HEADINGS and (mid := holder(block)) is not None:
            parents.setdefault(mid, []).append(index)
    if not parents:
        return set()
    others = dict.fromkeys(parents, 0)
    kept = dict.fromkeys(parents, 0)
    for block, _prose, keep in picked:
        if block.tag in _HEADINGS:
            continue
        for mid in block.ancestors:
            if mid in others:
                others[mid] += 1
                kept[mid] += keep
    return {i for mid, items in parents.items() if others[mid] and not kept[mid] for i in items}


def _comment_thread(picked: list[tuple[Block, bool, bool]], first: int) -> set[int]:
    """Indices of the blocks of a thread of readers' comments: the element that holds
    every comment's mark (its reply button, "Reply", "Antworten", "回覆", alone or closing
    the comment's name and date line, or its author's line, "Ana says:"), when there are
    at least two and it does not hold the story's first paragraph. A live blog's posts
    carry time stamps too, never a reply button; a thread whose class names say nothing is
    told by its marks."""
    marks = [b.ancestors for b, _prose, _keep in picked
             if len(b.text) <= _MARK_MAX and is_comment_mark(b.text)]  # fmt: skip
    shared = commonprefix(marks) if len(marks) >= 2 else ()  # the ancestors they all share
    if not shared:
        return set()
    thread = shared[-1]
    if first < len(picked) and thread in picked[first][0].ancestors:
        return set()  # the thread's element holds the story too
    return {i for i, (b, _prose, _keep) in enumerate(picked) if thread in b.ancestors}


def _author_bio(picked: list[tuple[Block, bool, bool]], shares: list[float],
                authors: Sequence[str]) -> set[int]:  # fmt: skip
    """Indices of paragraphs about the story's author after most of its prose: short ones
    opening with an author's full name and a lower-case word ("Ana Lima covers the river
    towns ...", "Ana Lima ist Redakteurin ..."; not "Ana Lima, Jo Smith. Paper title",
    an entry of a list of papers). A writer does not name themself in their own story; the
    box about them does, whatever its class names. Also the byline over the story told
    with the writer's bio ("By Ana Lima, a deputy editor who ...")."""
    names = tuple(name for name in authors if " " in name.strip())
    opened = tuple(f"{name} " for name in names)  # (one test rules out most paragraphs)
    found: set[int] = set()
    for index, ((block, _prose, _keep), share) in enumerate(zip(picked, shares, strict=True)):
        text = block.text
        if len(text) > _BIO_MAX:
            continue
        if share >= _BIO_AFTER and index + 1 < len(picked) and (
                block.tag not in _HEADINGS) and _name_over_bio(
                text, picked[index + 1][0].text):  # fmt: skip
            found.update((index, index + 1))
            continue
        if not names:
            continue
        if share >= _BIO_AFTER and text.startswith(opened) and any(
                text.startswith(f"{n} ") and text[len(n) + 1 : len(n) + 2].islower()
                for n in names):  # fmt: skip
            found.add(index)  # the name, then a verb: not a list of co-authors ("Ana, Jo")
        elif share < _BIO_BEFORE and (by := _BY_WORD.match(text)) is not None and any(
                text.startswith(f"{n}, ", by.end()) for n in names):  # fmt: skip
            found.add(index)  # "By Ana Lima, a deputy editor who covers ...": the byline
            # with the writer's bio, over the story
    return found


_NAME_WORDS = (2, 4)  # words of a person's name over their bio ...
_NAME_MAX = 60  # ... and its characters at most


def _name_over_bio(line: str, below: str) -> bool:
    """A person's name alone on its line (two to four capitalised words) over a short
    paragraph about them that opens with their first name or full name and a lower-case
    word ("Jana Horváth" over "Jana is a staff engineer on ..."): an author's box closing
    the post, whatever its class names (a utility-class or hashed-class theme names none).
    """
    if len(line) > _NAME_MAX or not line[:1].isupper():
        return False  # (most lines: two compares)
    words = line.split()
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] or len(below) > _BIO_MAX:
        return False
    if not all(word[:1].isupper() and word[1:].islower() for word in words):
        return False
    if below.startswith(f"{words[0]} {words[1].lower()}"):
        return False  # a heading its paragraph restates ("The Value" / "The value of ...")
    for name in (line, words[0]):
        if below.startswith(f"{name} ") and below[len(name) + 1 : len(name) + 2].islower():
            return True
    return False


# what joins a byline's name and date ("Ana Lima | May 3", "May 3, 2024 by Ana Lima")
_BYLINE_JOINTS = _regex.compile(
    rf"[\s|·•,&–—-]+(?:(?:{_BY_WORDS}|and|und|et|y|e|en)(?:\s+|$))?")


def _byline_above(picked: list[tuple[Block, bool, bool]], first: int,
                  authors: Sequence[str]) -> set[int]:  # fmt: skip
    """Indices of the blocks above the story's first paragraph that are its byline: each
    line an author's name, the date, or both ("Ana Lima" over "March 3, 2024", "Ana Lima |
    03.03.2024"), one line naming an author."""
    names = tuple(name for name in authors if " " in name.strip())
    if not names:
        return set()
    found: set[int] = set()
    for index in range(min(first, len(picked))):
        block, prose, keep = picked[index]
        if prose or not keep or len(block.text) > _BYLINE_MAX:
            continue
        named = False
        for line in block.text.split("\n"):
            rest = line
            for name in names:
                rest = rest.replace(name, " ")
            named = named or rest != line
            rest = _BYLINE_JOINTS.sub(" ", rest).strip()
            if rest and not is_date_line(rest):
                break
        else:
            if named:
                found.add(index)
    return found


_SIGNED_LINES = 2  # blocks right after the story's last paragraph that may sign it
_DESK_WORDS = 4  # words of a desk's line beside the signature ("REDACCIÓN BOGOTÁ")


def _byline_below(picked: list[tuple[Block, bool, bool]], last: int,
                  authors: Sequence[str]) -> set[int]:  # fmt: skip
    """Indices of the blocks right after the story's last paragraph (``last``: of those
    not cut) that sign it: each
    line an author's full name, in any case, or beside one the desk's name in capitals
    ("Анна Смирнова" closing a Russian story; "LAURA CAMILA RAMÍREZ / REDACCIÓN BOGOTÁ"
    closing a Colombian one): the byline set below the story, as much of the press
    does."""
    names = {name.casefold() for name in authors if " " in name.strip()}
    if not names:
        return set()
    found: set[int] = set()
    for index in range(last + 1, min(last + 1 + _SIGNED_LINES, len(picked))):
        block, prose, keep = picked[index]
        if prose or len(block.text) > _BYLINE_MAX:
            break
        if not keep:
            continue
        lines = [line.strip() for line in block.text.split("\n")]
        signed = [line.casefold() in names for line in lines]
        if not any(signed) or not all(
                sign or (line.isupper() and len(line.split()) <= _DESK_WORDS)
                for line, sign in zip(lines, signed, strict=True)):  # fmt: skip
            break
        found.add(index)
    return found


def _shares_seen(picked: list[tuple[Block, bool, bool]]) -> list[float]:
    """Per block, the share of the story's prose before it (0.0 where there is none)."""
    total = sum(len(block.text) for block, prose, _keep in picked if prose)
    shares: list[float] = []
    seen = 0
    for block, prose, _keep in picked:
        shares.append(seen / total if total else 0.0)
        if prose:
            seen += len(block.text)
    return shares


def _tail_start(picked: list[tuple[Block, bool, bool]], shares: list[float]) -> int:
    """Index of a furniture heading ("Related articles", "About the author") after most
    of the story's prose, or of a comment section's heading after a story: it and
    everything after it go."""
    told = 0  # characters of prose before the block
    cards = _cards_after(picked)
    for index, ((block, prose, _keep), share) in enumerate(zip(picked, shares, strict=True)):
        if prose:
            told += len(block.text)
        if prose or not share or not (block.tag in _HEADINGS or len(block.text) <= 40):
            continue
        late = share >= _TAIL_SHARE or share >= _COMMENTS_SHARE and cards[index] >= 2
        if (late or share >= _BOXED_TAIL_SHARE) and is_tail_heading(block.text) and (
                late or _boxes_the_rest(picked, index, 1)):  # fmt: skip
            return index  # (or a box of its own under the story: a newsletter's, whose
            # one paragraph weighs much beside a short story)
        heading = block.tag in _HEADINGS
        if is_comments_heading(block.text, heading) and (
                share >= _COMMENTS_SHARE or (heading and told >= _COMMENTS_AFTER)
                or (heading and told and _boxes_the_rest(picked, index))):  # fmt: skip
            return index
    return len(picked)


def _offer_start(picked: list[tuple[Block, bool, bool]], shares: list[float]) -> int:
    """Index of a notice opening a box of its own that closes the page's blocks once half
    the story is told (a paywall's "This article is for subscribers only", then its pitch,
    its offers and a button): it and the rest go. The box holds no prose before the notice
    and at most one paragraph after it (a story shown in full to subscribers goes on)."""
    for index, ((block, prose, _keep), share) in enumerate(zip(picked, shares, strict=True)):
        if (prose or share < _BOXED_TAIL_SHARE or len(block.ancestors) < 2
                or not is_notice(block.text)):  # fmt: skip
            continue  # (most blocks; a kept one was asked already: the answer is memoised)
        box = block.ancestors[-2]
        rest = picked[index + 1 :]
        if (rest and all(box in b.ancestors for b, _p, _k in rest)
                and sum(p for _b, p, _k in rest) <= 1
                and not any(p and box in b.ancestors for b, p, _k in picked[:index])):  # fmt: skip
            return index
    return len(picked)


def _boxes_the_rest(picked: list[tuple[Block, bool, bool]], index: int, least: int = 2) -> bool:
    """Does the element holding the heading at ``index`` hold all the prose after it,
    ``least`` paragraphs or more, and none before it: a box of its own under the story (a
    thread of readers' comments under a brief), not the story's next section?"""
    ancestors = picked[index][0].ancestors
    if len(ancestors) < 2:
        return False
    box = ancestors[-2]
    after = [b for b, prose, _keep in picked[index + 1 :] if prose]
    return (len(after) >= least and all(box in b.ancestors for b in after)
            and not any(prose and box in b.ancestors for b, prose, _keep in picked[:index]))


def _footer_start(picked: list[tuple[Block, bool, bool]], shares: list[float]) -> int:
    """Index of the site's copyright notice reserving all rights ("© 2025 Harbor Gazette.
    All rights reserved.") after most of the story's prose, or ``len(picked)``: the page's
    own text ends there (a dialog or a hidden form printed after the footer repeats a
    teaser, a share box's copy of the story's opening)."""
    told: tuple[int, ...] = ()  # the ancestors of the last paragraph seen
    for index, ((block, prose, _keep), share) in enumerate(zip(picked, shares, strict=True)):
        if prose:
            told = block.ancestors
        elif (share >= _FOOTER_SHARE and len(block.text) < BOILER_MAX
              and is_rights_notice(block.text)):  # fmt: skip
            after = next((b for b, p, _k in picked[index + 1 :] if p), None)
            if after is None or after.ancestors[:-1] != told[:-1]:
                return index  # (not a notice between two paragraphs of one element)
    return len(picked)


def _headline_shown(picked: list[tuple[Block, bool, bool]], first: int,
                    shown: Collection[str]) -> set[int]:  # fmt: skip
    """Indices of the blocks up to the story's first paragraph that show the page's
    headline (its ``<h1>``, or an ``<h2>`` a blog's theme sets it in; one of Hangul or Han
    reads as long as a paragraph): the row's ``title`` holds it, and the text starts with
    the story, as the references write it. ``shown``: the texts of the page's blocks that
    show it (see _showings)."""
    if not shown:
        return set()
    return {i for i, (b, _p, _k) in enumerate(picked[: first + 1])  # a long one is prose
            if b.text in shown}


_WORD_CHAR = _regex.compile(r"\w")


def _shows(text: str, headline: str, folded: str) -> bool:
    """Does a block of ``text`` show the headline (``folded``: its fold)? Only a block of
    about its length is folded: a paragraph's fold would cost its Unicode normalisation.
    A text that is ASCII up to its first word character is folded only when that character,
    lower-cased (its fold's first), is ``folded``'s first; an ASCII text shorter than
    ``folded`` is not folded at all (its fold keeps at most its characters)."""
    if len(text) > _shown_max(headline) or (len(text) < len(folded) and text.isascii()):
        return False
    word = _WORD_CHAR.search(text)
    if text[: word.end() if word is not None else len(text)].isascii() and (
            (word.group().lower() if word is not None else "") != folded[:1]):  # fmt: skip
        return False
    return fold(text) == folded


def _shown_max(headline: str) -> int:
    """Characters of the longest text that may show ``headline`` (with a kicker, a label)."""
    return 2 * len(headline) + 16


def _showings(blocks: list[Block], headline: str | None) -> list[int]:
    """Indices of the blocks that show the page's headline, in page order: where the
    container is looked for under it, the post's own linked title, a live blog's entries
    under it. (A longer block, and a shorter one in ASCII, is ruled out before the call, as
    :func:`_shows` would: most of a page's are.)"""
    if not headline:
        return []
    folded, longest = fold(headline), _shown_max(headline)
    least = len(folded)
    return [i for i, block in enumerate(blocks)
            if (size := len(block.text)) <= longest and (size >= least or not block.text.isascii())
            and _shows(block.text, headline, folded)]  # fmt: skip


def _headline_above(blocks: list[Block], first: Block | None, headline: str | None,
                    showing: Sequence[int]) -> bool:  # fmt: skip
    """Is the page's headline shown in one of the ``_UNDER_SPAN`` blocks above the story's
    first paragraph, outside the story's element (a blog theme's linked ``<h2>`` over the
    post's entry, its date line between)?"""
    if first is None or not headline or len(headline) < _HEADLINE_MIN or not showing:
        return False
    at = next((i for i, block in enumerate(blocks) if block is first), 0)
    return any(at - _UNDER_SPAN <= i < at for i in showing)


def _next_story(picked: list[tuple[Block, bool, bool]], first: int, headline: str | None,
                shown_texts: Collection[str]) -> int:  # fmt: skip
    """Index where another story shown after this one begins (a portal that prints its next
    story, a stream of stories), or ``len(picked)``: under the page's headline, after the
    story's last paragraph, furniture only (a share bar, lists of links), then another
    ``<h1>`` than the page's headline, set in one element with the paragraphs under it
    that holds none of the story's. The furniture holds ``_NEXT_LINKS`` characters of
    links or more: a story's own sections under ``<h1>``s follow its paragraphs (a page
    builder sets each in an element of its own), at most past a notice or a link or two.
    ``shown_texts``: the texts of the page's blocks that show the headline (see _showings)."""
    if not headline or not shown_texts:
        return len(picked)
    folded = fold(headline)
    shown = next((i for i, (b, _p, _k) in enumerate(picked) if b.text in shown_texts), None)
    if shown is None:
        return len(picked)  # the page's own headline is not shown above: nothing to tell by
    last = None  # the last paragraph seen
    paragraphs = 0
    for index in range(max(first, shown), len(picked)):
        block, prose, _keep = picked[index]
        if prose:
            last = index
            paragraphs += 1
            continue
        if block.tag != "h1" or last is None or paragraphs < 2 or fold(block.text) == folded:
            continue
        between = [b for b, _p, _k in picked[last + 1 : index]]
        if sum(map(_link_size, between)) < _NEXT_LINKS or not all(map(_furniture, between)):
            continue
        under = next((i for i in range(index + 1, min(index + 1 + _UNDER_SPAN, len(picked)))
                      if picked[i][1]), None)  # fmt: skip
        if under is None:
            continue
        told = picked[last][0].ancestors
        grouped = commonprefix([block.ancestors, picked[under][0].ancestors])
        if len(grouped) > len(commonprefix([block.ancestors, told])):
            return last + 1
    return len(picked)


def _link_size(block: Block) -> float:
    """The block's link characters in reading size (a Han headline says in 15 characters
    what an English one does in 45)."""
    if not block.link_chars or block.text.isascii():
        return block.link_chars
    return block.link_chars * reading_size(block.text) / len(block.text)


def _furniture(block: Block) -> bool:
    """A block that is furniture by its look or wording: mostly links, a boilerplate line,
    a notice, a heading announcing what follows ("Latest", "Read more")."""
    text = block.text
    return (block.link_density > 0.5 or is_boiler_line(text) or _announces(block, False)
            or (len(text) < BOILER_MAX and is_notice(text)))  # fmt: skip


def _cards_after(picked: list[tuple[Block, bool, bool]]) -> list[int]:
    """Per block, how many paragraphs after it are other stories' cards when all of them
    are (-1 when one is not): each opened by its linked title ("<li><a>Title</a> Excerpt
    ...</li>") or right under a linked title of its own. A tail heading over two or more
    ("You may also like") ends the story however much prose the cards hold."""
    counts = [0] * len(picked)
    cards, only_cards = 0, True
    for at in range(len(picked) - 1, -1, -1):
        counts[at] = cards if only_cards else -1
        block, prose, _keep = picked[at]
        if not prose or not only_cards:
            continue
        before = picked[at - 1][0] if at else None
        titled = (before is not None and before.link_density > LINKED_TITLE
                  and len(before.text) >= CARD_TITLE_MIN)  # fmt: skip
        if block.lead_link >= CARD_TITLE_MIN or titled:
            cards += 1
        else:
            only_cards = False
    return counts


def _nfc(text: str) -> str:
    """Unicode NFC, so one word has one spelling whichever form the page wrote it in
    (a Bengali ``য়`` as one code point or as ``য`` + nukta)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


@dataclass(slots=True)
class StoryBlocks:
    """The container's blocks with the rules' verdicts, before the block model's."""

    picked: list[tuple[Block, bool, bool]]  # (block, prose, kept by the rules)
    first: int  # index of the first prose block
    last: int  # index of the last prose block
    depth: int  # number of block ancestors above the container
    cut: set[int]  # indices dropped by the section rules (orphan headings, the tail)
    tag: str | None
    link_blocks: int
    nodes: dict[int, LexborNode]
    card_texts: frozenset[str] = frozenset()  # blocks of other stories' cards, anywhere
    headline_shown: bool = False  # a block above the first paragraph shows the headline
    post_headline: str | None = None  # the first post's headline, of several side by side
    headline_seen: bool = False  # a block anywhere on the page shows the headline
    after: str = ""  # the block right after the container, beside it: a credit set apart


def _in_card(block: Block, cards: set[int]) -> bool:
    """Does ``block`` sit in one of ``cards`` (within four levels of it, wrappers around it
    alone not counted)?"""
    return not cards.isdisjoint(block.holding[-4:])


def _path_to(blocks: list[Block], chosen: int) -> tuple[int, ...]:
    """The block ancestors down to ``chosen`` (of its first block; empty: it holds none)."""
    return next((b.ancestors for b in blocks if chosen in b.ancestors), ())


def _whole_table(blocks: list[Block], nodes: dict[int, LexborNode], chosen: int) -> int:
    """A table's body chosen (a story told in a data table's rows): the whole table, so
    its caption and header row come with it and the prose beside it can join."""
    node = nodes.get(chosen)
    if node is None or node.tag not in _TABLE_BODIES:
        return chosen
    above = _path_to(blocks, chosen)
    at = above.index(chosen) if above else 0
    return above[at - 1] if at else chosen


def _prose_siblings(blocks: list[Block], weights: list[float], chosen: int,
                    nodes: dict[int, LexborNode], showing: Sequence[int] = ()) -> set[int]:
    """Elements beside the container, under its parent, that hold nothing but prose (an
    introduction above the table the story is told in, a paragraph the template set
    apart): they join it, as Readability joins a top candidate's prose siblings. A
    sibling holding anything else (links, labels, short lines) stays out, and so does one
    above the headline shown in the page's main element (see _main_below)."""
    start = 0
    if _main_element(nodes.get(chosen)):
        start = next((i + 1 for i in showing if chosen in blocks[i].ancestors), 0)
    above = _path_to(blocks, chosen)
    at = above.index(chosen) if above else 0
    if at == 0:
        return set()  # the root, or a container without text (the markup's, on a bare page)
    parent = above[at - 1]
    prose_only: dict[int, bool] = {}
    for block, weight in zip(blocks[start:], weights[start:], strict=True):
        ancestors = block.ancestors
        if len(ancestors) <= at or ancestors[at - 1] != parent or ancestors[at] == chosen:
            continue  # outside the parent, the parent's own text, or inside the container
        sibling = ancestors[at]
        prose_only[sibling] = prose_only.get(sibling, True) and weight > 0
    return {sibling for sibling, only in prose_only.items() if only}


def _join_parts(parents: dict[int, int], nodes: dict[int, LexborNode]) -> None:
    """A story set in parts (``<div class="body-part">`` after ``<div class="body-part">``,
    ad slots between them): each part, and the element holding them, counts the
    paragraphs of all the parts, as a plain story's one parent does (a list or a linked
    sentence between two parts sits among the story's paragraphs). A part is an element
    of ``parents`` with a sibling of its tag and class."""
    kinds: dict[tuple[int, str, str | None], list[int]] = {}
    for mid in parents:
        node = nodes.get(mid)
        if node is None or (parent := node.parent) is None:
            continue
        klass = node.attributes.get("class")
        if klass is None and node.tag != "div":
            continue  # (a list, a quote: its own kind of element, not a part)
        if len(same_kind(node)) > 1:
            kinds.setdefault((parent.mem_id, node.tag, klass), []).append(mid)
    for (above, _tag, _class), parts in kinds.items():
        total = sum(parents[mid] for mid in parts)
        for mid in parts:
            parents[mid] = total
        parents[above] = parents.get(above, 0) + total


def story_blocks(body: LexborNode, headline: str | None = None,
                 authors: Sequence[str] = ()) -> StoryBlocks:  # fmt: skip
    """Choose the container and judge its blocks by the rules. ``headline`` and
    ``authors``: the page's title and authors as metadata read them (the story's container
    is looked for under the headline; a paragraph about an author after the story goes)."""
    blocks, nodes, teasers = linearise(body)
    showing = _showings(blocks, headline)
    # (a block shows the headline by its text alone: a later rule asking it of one of the
    # container's blocks looks its text up)
    shown_texts = frozenset(blocks[i].text for i in showing)
    weights, cards = _weights(blocks, teasers, headline, showing, nodes)
    card_texts = frozenset(b.text for b in blocks if _in_card(b, cards)) if cards else frozenset()
    link_blocks = sum(1 for b in blocks if b.link_density > 0.7 and len(b.text) > 15)
    chosen = _choose_container(blocks, weights, headline, showing, nodes)
    listing = False  # no prose but the excerpts of other stories' cards: a listing's page
    if chosen is not None and not any(w > 0 for w in weights):
        semantic = _semantic_container(body, nodes, blocks[showing[0]] if showing else None,
                                       cards)
        listing = bool(cards)
        if semantic is None and listing and showing:
            semantic = _under_shown_headline(blocks, showing[0], cards)  # (a table's page
            # among a portal's grids: the grids' cards outnumber its lines)
        chosen = semantic or chosen
    if chosen is None:
        return StoryBlocks([], 0, 0, 0, set(), None, link_blocks, nodes, card_texts)
    chosen = _marked_body(body, nodes, blocks, chosen)
    post, post_headline = _first_post(blocks, weights, nodes, chosen, headline, showing)
    stream = post != chosen  # the first of several posts: the others join in no way
    chosen = post
    if chosen in nodes and nodes[chosen].tag in _HEADINGS:  # a lone standfirst: its section
        held = next(b.ancestors for b in blocks if chosen in b.ancestors)
        chosen = held[max(held.index(chosen) - 1, 0)]
    held = [(b, w > 0) for b, w in zip(blocks, weights, strict=True) if chosen in b.ancestors]
    if len(held) == 1 and nodes[chosen].tag == "p" and _lone_paragraph(blocks, held, chosen):
        chosen = held[0][0].ancestors[held[0][0].ancestors.index(chosen) - 1]
    chosen = _whole_table(blocks, nodes, chosen)
    joined = set() if stream else _prose_siblings(blocks, weights, chosen, nodes, showing)
    held = [(b, w > 0) for b, w in zip(blocks, weights, strict=True)
            if chosen in b.ancestors or (joined and not joined.isdisjoint(b.ancestors))]
    first = next((i for i, (_b, prose) in enumerate(held) if prose), 0)
    last = max((i for i, (_b, prose) in enumerate(held) if prose), default=0)
    parents: dict[int, int] = {}  # parents of the story's paragraphs: how many each holds
    for b, prose in held:
        if prose and (mid := holder(b)) is not None:
            parents[mid] = parents.get(mid, 0) + 1
    _join_parts(parents, nodes)

    def inside(i: int, b: Block) -> bool:
        """Does ``b`` (at ``i``) sit between the story's prose blocks, among them (see
        _keep)? Asked only where the answer decides."""
        return first < i < last and (
            b.tag == "tr" or _data_cell(b, nodes)
            or (b.tag == "li" and _among(b, parents) and not _headline_item(b, nodes))
            or _item_title(held, i, parents) or _linked_sentence(b, parents)
            or _section_h1(held, i, headline) or _anchored_heading(b, nodes))  # fmt: skip

    picked = [
        (b, True, True) if prose else (b, False, (
            _keep(b, False, lambda: inside(i, b),  # noqa: B023 - called at once
                  lambda: first < i < last and _among_paragraphs(b, parents))  # noqa: B023
            or (i == first - 1 and _opening_h1(blocks, held, i, headline, showing)))
            and not _chart_label(b, nodes))
        for i, (b, prose) in enumerate(held)
    ]  # fmt: skip
    for i in _reading_list(picked, last):
        picked[i] = (picked[i][0], False, True)
    for i in range(len(picked) - 1):
        if picked[i][2] and picked[i + 1][0].code and _code_label(picked[i][0]):
            picked[i] = (picked[i][0], False, False)
    shares = _shares_seen(picked)
    cut = _orphan_headings(picked)
    cut.update(range(min(_tail_start(picked, shares),
                         _next_story(picked, first, headline, shown_texts),
                         _footer_start(picked, shares), _offer_start(picked, shares)),
                     len(picked)))  # fmt: skip
    cut.update(_comment_thread(picked, first))
    shown = _headline_shown(picked, first, shown_texts)
    cut.update(shown)
    cut.update(_inline_cards(picked, teasers, first, last))
    cut.update(_related_links(picked, first, last))
    cut.update(_counted_slides(picked))
    if listing:  # its cards are no story's paragraphs
        cut.update(i for i, (b, _prose, _keep) in enumerate(picked) if _in_card(b, cards))
    elif cards:  # a grid of other stories' cards before the story's first paragraph or
        cut.update(_grids_around(picked, cards, first, last))  # after its last
    cut.update(_author_bio(picked, shares, authors))
    cut.update(_byline_above(picked, first, authors))
    cut.update(_byline_below(picked, max((i for i, (_b, prose, _k) in enumerate(picked)
                                          if prose and i not in cut), default=last), authors))
    depth = next((b.ancestors.index(chosen) for b, _prose in held if chosen in b.ancestors), 0)
    tag = nodes[chosen].tag if chosen in nodes else None
    above = bool(shown) or _headline_above(blocks, picked[first][0] if picked else None,
                                           headline, showing)  # fmt: skip
    return StoryBlocks(picked, first, last, depth, cut, tag, link_blocks, nodes, card_texts,
                       above, post_headline, bool(showing), _block_after(blocks, held, chosen))


def _block_after(blocks: list[Block], held: list[tuple[Block, bool]], chosen: int) -> str:
    """The text of the block right after the story's container ``chosen`` and in the same
    element as it ("(dpa)", "ANP", "Source: Reuters" set apart from the story's text), or
    "": where the story's agency credit is read when its own lines leave none."""
    if not held or chosen not in (path := held[-1][0].ancestors) or path.index(chosen) == 0:
        return ""
    parent = path[path.index(chosen) - 1]
    at = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i] is held[-1][0]), None)
    if at is None or at + 1 >= len(blocks):
        return ""
    block = blocks[at + 1]
    if parent not in block.ancestors or chosen in block.ancestors:
        return ""
    return block.text if len(block.text) <= _CLOSING_CHARS else ""


_GRID_CARDS = 4  # cards of other stories on one side of the story that make a grid


def _grids_around(picked: list[tuple[Block, bool, bool]], cards: set[int], first: int,
                  last: int) -> set[int]:  # fmt: skip
    """Indices of the blocks of a grid of other stories' cards (``_GRID_CARDS`` or more)
    before the story's first paragraph or after its last, where the story's container is
    a portal's page holding them (one card there is a reference the story gives)."""
    found: set[int] = set()
    for side in (range(first), range(last + 1, len(picked))):
        held = {i: mid for i in side for mid in picked[i][0].holding[-4:] if mid in cards}
        if len(set(held.values())) >= _GRID_CARDS:
            found.update(held)
    return found


def _counted_slides(picked: list[tuple[Block, bool, bool]]) -> set[int]:
    """Indices of the blocks of a gallery's captions, each told by its slide's counter
    ("1/50 United goin down", "2/50 ..."; ``_COUNTED_MIN`` or more of one count, in one
    element they open), where the story tells its prose outside them: more of it than
    ``GALLERY_SHARE`` of theirs, or ``_SET_IN_PROSE`` characters before them and after
    them (a gallery set between the story's paragraphs). A story's photos keep their
    captions out of its text (as ``_clean._gallery``'s figures do); a slideshow's page
    tells its story in them."""
    counted: dict[int, list[tuple[int, int]]] = {}  # the count: (block, slide) opening with it
    for i, (block, _prose, _keep) in enumerate(picked):
        if block.text[:1].isdigit() and (found := _COUNTER.match(block.text)) is not None:
            shown, count = int(found[1]), int(found[2])
            if 1 <= shown <= count:
                counted.setdefault(count, []).append((i, shown))
    cut: set[int] = set()
    for count, slides in counted.items():
        shown_ones = {shown for _i, shown in slides}
        if len(shown_ones) < _COUNTED_MIN or len(slides) > count or (
                max(shown_ones) - min(shown_ones) + 1 != len(shown_ones)):  # fmt: skip
            continue  # (slides are counted one by one: not a recipe's "1/4 cup", "3/4 cup")
        opening = [i for i, _shown in slides]
        held = commonprefix([picked[i][0].ancestors for i in opening])
        if not held:
            continue
        gallery = held[-1]  # (the element holding every counted caption, its first block one)
        inside = [i for i, (block, _p, _k) in enumerate(picked) if gallery in block.ancestors]
        if inside[0] != opening[0]:
            continue
        told = sum(len(picked[i][0].text) for i in inside)
        before = sum(len(block.text) for block, prose, _k in picked[:inside[0]] if prose)
        after = sum(len(block.text) for block, prose, _k in picked[inside[-1] + 1:] if prose)
        if before + after > GALLERY_SHARE * told or min(before, after) >= _SET_IN_PROSE:
            cut.update(inside)
    return cut


def _linked_title(block: Block) -> bool:
    """A block opening with a link of a title's length that it nearly all is."""
    return block.lead_link >= CARD_TITLE_MIN and block.link_chars > LINKED_TITLE * len(block.text)


def _headline_words(text: str) -> bool:
    """A linked title worded as a headline: four words or more, no colon closing it (not
    "Ana Lima said:", a quoted post's author)."""
    return text.count(" ") >= _HEADLINE_WORDS - 1 and text.rstrip()[-1] not in ":："


def _inline_cards(picked: list[tuple[Block, bool, bool]], teasers: dict[int, int | None],
                  first: int, last: int) -> set[int]:  # fmt: skip
    """Indices of the blocks of another story's card set between the story's paragraphs
    ("Read also": its linked headline over its excerpt, in an element of their own), where
    the story goes on after it: the excerpt reads as a paragraph of the story. Only where
    at most ``_INLINE_CARDS`` elements there open with a linked title, holding at most
    ``_INLINE_SHARE`` of the text around them: a list told in items, each a linked name or
    title over its text, is the story itself."""
    if last - first < 2:
        return set()
    titled = {mid for mid, title in teasers.items() if title is not None}
    cards: dict[int, list[int]] = {}
    for index in range(first + 1, last) if titled else ():
        ancestors = picked[index][0].ancestors
        if titled.isdisjoint(ancestors):
            continue
        for mid in reversed(ancestors):  # the innermost card holding it
            if mid in titled:
                cards.setdefault(mid, []).append(index)
                break
    opened = [indices for mid, indices in cards.items()
              if _linked_title(picked[indices[0]][0])
              and mid not in picked[first][0].ancestors and mid not in picked[last][0].ancestors]
    labelled = _labelled_cards(picked, first, last)
    between = len(opened) + len(labelled) // 2
    if between > _INLINE_CARDS:
        return set()
    found = labelled
    for indices in opened:
        below = [picked[i][0] for i in indices[1:]]
        excerpt = sum(len(b.text) for b in below)
        if len(indices) > 3 or not 0 < excerpt <= _EXCERPT_MAX:
            continue
        if _headline_words(picked[indices[0]][0].text) and all(
                b.link_density < 0.5 for b in below):  # fmt: skip
            found.update(indices)  # a headline over its text (not a list of links: sources)
    if not found:
        return found
    around = sum(len(picked[i][0].text) for i in range(first, last + 1))
    alone = between == 1 and len(found) <= 2  # one card: its title over one paragraph
    share = _INLINE_ONE_SHARE if alone else _INLINE_SHARE  # (a live entry tells more)
    return found if sum(len(picked[i][0].text) for i in found) <= share * around else set()


def _labelled_cards(picked: list[tuple[Block, bool, bool]], first: int, last: int) -> set[int]:
    """Indices of "Read also" cards between the story's paragraphs: a read-also line whose
    headline links ("READ ALSO <a>Council approves the budget</a>"), then that story's
    excerpt, the two alone in their element (the line goes as boilerplate, the excerpt
    read as a paragraph of the story)."""
    found: set[int] = set()
    for index in range(first + 1, last - 1):
        line, excerpt = picked[index][0], picked[index + 1][0]
        if (line.link_chars < CARD_TITLE_MIN or 2 * line.link_chars < len(line.text)
                or excerpt.link_density >= 0.5 or len(excerpt.text) > _EXCERPT_MAX):  # fmt: skip
            continue
        holder = line.ancestors
        if excerpt.ancestors[:-1] != holder or not is_boiler_line(line.text):
            continue
        others = [i for i in (index - 1, index + 2) if holder[-1] in picked[i][0].ancestors]
        if not others:  # nothing else in the element: a card of its own
            found.update((index, index + 1))
    return found


def _related_links(picked: list[tuple[Block, bool, bool]], first: int, last: int) -> set[int]:
    """Indices of a list of other stories' linked headlines under a furniture heading
    between the story's paragraphs ("More on this story", "Sur le même sujet": each item a
    link worded as a headline), the heading with them, where the story goes on below."""
    found: set[int] = set()
    for index in range(first + 1, last):
        label, prose, _keep = picked[index]
        if (prose or len(label.text) > _RELATED_LABEL_MAX or not _linked_headline(picked[index + 1])
                or not is_tail_heading(label.text)):  # fmt: skip
            continue  # (a linked headline under it asked first: most lines have none)
        end = index + 1
        while end < last and _linked_headline(picked[end]):
            end += 1
        if 0 < end - index - 1 <= _RELATED_ITEMS and picked[end][1]:
            found.update(range(index, end))
    return found


def _linked_headline(item: tuple[Block, bool, bool]) -> bool:
    """Is the block another story's linked headline alone (no words of its own)?"""
    block, prose, _keep = item
    return (not prose and block.link_chars >= len(block.text) - 1
            and _headline_words(block.text))  # fmt: skip


def _shown_twice(before: Block, block: Block) -> bool:
    """A paragraph right after the same text in another element: a template's second copy
    of the standfirst (one for the header, one for the body, or for two screen sizes)."""
    return block.text == before.text and before.holding[-2:-1] != block.holding[-2:-1]


_CLOSING_LINES = 4  # lines after the story's text read for its agency's credit ...
_CLOSING_CHARS = 300  # ... each at most this long ("Source: Reuters", "© 2025 The AP")


def _closing_lines(picked: list[tuple[Block, bool, bool]], last: Block | None) -> str:
    """The short lines right after the story's last shown block that its text leaves out
    (a source line, an agency's copyright notice, "(dpa)"): where its credit is read."""
    if last is None:
        return ""
    at = next((i for i, (b, _p, _k) in enumerate(picked) if b is last), len(picked))
    lines = [b.text for b, _p, _k in picked[at + 1 : at + 1 + _CLOSING_LINES]]
    return "\n".join(line for line in lines if len(line) <= _CLOSING_CHARS)


_COPY_RUN = 2  # paragraphs of prose in a row shown again, in another element: a copy


def _second_copy_cut(shown: list[tuple[Block, bool]]) -> list[tuple[Block, bool]]:
    """``shown`` without the story's second copy: a run of ``_COPY_RUN`` paragraphs of prose
    or more repeating, in the same order and in another element, paragraphs shown before
    (a template's markup for each screen size, a print copy). A question put to each of
    several people, a refrain, a step told twice repeat one paragraph at a time."""
    first: dict[str, int] = {}
    for at, (block, prose) in enumerate(shown):
        if prose:
            first.setdefault(block.text, at)
    if len(first) == sum(prose for _b, prose in shown):
        return shown  # (most pages: no paragraph shown twice)
    drop: set[int] = set()
    at = 0
    while at < len(shown):
        block, prose = shown[at]
        start = first.get(block.text, at) if prose else at
        run = 0
        while (start + run < at and at + run < len(shown)
               and shown[start + run][0].text == shown[at + run][0].text):  # fmt: skip
            run += 1
        copied = sum(prose for _b, prose in shown[at : at + run])
        if copied >= _COPY_RUN and block.holding[-2:-1] != shown[start][0].holding[-2:-1]:
            drop.update(range(at, at + run))
            at += run
        else:
            at += 1
    return [item for at, item in enumerate(shown) if at not in drop]


def _announces(block: Block, prose: bool) -> bool:
    """Is ``block`` a heading that announces what follows it ("Related stories", "Download
    the app:", "You might also like …": an ellipsis leads on), not a sentence of the story
    written as a heading ("So for now, I walk!")?"""
    text = block.text.rstrip()
    return block.tag in _HEADINGS and not prose and bool(text) and (
        text[-1] not in _SENTENCE_END or text.endswith(_ELLIPSES))


def main_text(body: LexborNode, headline: str | None = None, authors: Sequence[str] = (),
              title_names_sections: bool = False) -> MainText:
    story = story_blocks(body, headline, authors)
    if not story.picked:
        return MainText("", [], story.tag, 0, story.link_blocks, story.card_texts)
    doubtful = judge_blocks(story)
    shown: list[tuple[Block, bool]] = []
    last: Block | None = None
    for index, (block, prose, keep) in enumerate(story.picked):
        if keep and index not in story.cut and index not in doubtful:
            if prose and last is not None and last.text == block.text and _shown_twice(last, block):
                continue
            last = block
            shown.append((block, prose))
    shown = _second_copy_cut(shown)
    shown = [(block, prose) for at, (block, prose) in enumerate(shown)
             if block.tag != "h1" or (at + 1 < len(shown) and shown[at + 1][1])]  # fmt: skip
    # (a section's <h1> stays over its kept prose: a box's heading whose text went goes)
    closing = _closing_lines(story.picked, shown[-1][0] if shown else None) or story.after
    # a heading left over nothing once the model's drops are known (_orphan_headings, in
    # story_blocks, sees only the rules'): what it announced went (related links, a form)
    while len(shown) > 1 and _announces(*shown[-1]):
        shown.pop()
    opening = None
    if title_names_sections and not story.headline_seen:
        at = next((i for i, (_block, prose) in enumerate(shown) if prose), 0)
        if at and shown[at - 1][0].tag in _OPENING_HEADINGS and worded_as_headline(
                shown[at - 1][0].text):  # fmt: skip
            opening = _nfc(shown[at - 1][0].text)
            del shown[at - 1]  # the row's title holds it, as a shown headline's
    notices = not is_notice_topic(headline)  # (a privacy policy's lines are its own)
    paragraphs = [_nfc(_lines_kept(block) if notices else block.text) for block, _prose in shown]
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    # (CJK fairly; a story told in one-sentence lines, _told_in_short_lines, counts none:
    # its page is typed by its other signals, as a product's feature lines would be)
    sizes = (reading_size(block.text) for block, prose in shown if prose)
    prose_chars = sum(size for size in sizes if size >= PROSE_MIN)
    return MainText("\n\n".join(paragraphs), paragraphs, story.tag, prose_chars,
                    story.link_blocks, story.card_texts, story.headline_shown, closing,
                    story.post_headline, opening)
