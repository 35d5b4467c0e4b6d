"""The cleaning's first walk: the dropped tags, the landmarks and the paragraphs listed
in one walk, in document order (comments and template content left out), as a selector
lists them; a landmark still in the page told by its ancestors; whether the page still
writes a <p> asked of the paragraphs first found, as a walk of the page answers it."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from warctools.extract._clean import _DROP_TAGS, _LANDMARKS, _dropped, _inside_one, _PageText

PAGE = (
    "<html><head><script>var a = 1;</script><!-- head note --><style>p {}</style></head>"
    "<body><!-- a comment --><header><nav><a href='/'>Home</a></nav></header>"
    "<div><template><script>x()</script><footer>in a template</footer></template>"
    "<aside><form><input name='q'><button>Go</button></form></aside>"
    "<p>" + "A long paragraph of the story, told in plain words. " * 3 + "</p>"
    "<figure><svg><path d='M0 0'/></svg><figcaption>A caption<!-- x --></figcaption></figure>"
    "<div>" + "A run of text written straight in a div, with no paragraph. " * 2
    + "<a href='/x'>" + "a link's words, left out of the runs of text " * 3 + "</a><br>"
    + "Another line of the run, long enough to count as one of its lines too.</div>"
    "<noscript><img src='x.png'></noscript></div><footer>Site footer</footer></body></html>"
)  # fmt: skip


def _walked(root: LexborNode) -> list[tuple[int, str | None]]:
    """The listing as ``traverse()`` gives it (comments dropped by their tag)."""
    wanted = {*_DROP_TAGS, *_LANDMARKS, "p"}
    return [(node.mem_id, node.tag) for node in root.traverse() if node.tag in wanted]


def test_the_dropped_tags_and_landmarks_are_listed_as_traverse_lists_them() -> None:
    tree = LexborHTMLParser(PAGE)
    for root in (tree.body, tree.head):
        found, landmarks, paras = _dropped(root)
        walked = _walked(root)
        dropped = [item for item in walked if item[1] not in (*_LANDMARKS, "p")]
        assert [(node.mem_id, tag) for node, tag in found] == dropped
        assert [node.mem_id for node in landmarks] == [
            mem_id for mem_id, tag in walked if tag in _LANDMARKS
        ]
        assert [node.mem_id for node in paras] == [node.mem_id for node in root.css("p")]
    listed = tree.body.css("header, footer, form")
    assert [n.mem_id for n in _dropped(tree.body)[1]] == [n.mem_id for n in listed]


def test_a_landmark_taken_out_with_a_dropped_element_is_no_longer_in_the_page() -> None:
    tree = LexborHTMLParser(PAGE)
    body = tree.body
    found, landmarks, _ = _dropped(body)
    assert all(_inside_one(node, {body.mem_id}) for node in landmarks)
    for node, tag in found:
        if tag == "aside":
            node.decompose(recursive=False)  # (as clean_tree takes a dropped tag out)
    header = landmarks[0]
    header.remove()
    still = [node.tag for node in landmarks if _inside_one(node, {body.mem_id})]
    assert still == ["footer"]
    assert [n.tag for n in body.css("header, footer, form")] == still



def test_whether_the_page_writes_a_paragraph_is_answered_as_a_walk_answers_it() -> None:
    tree = LexborHTMLParser(PAGE)
    body = tree.body
    found, _, paras = _dropped(body)
    for node, tag in found:
        if tag == "aside":
            node.decompose(recursive=False)
    page = _PageText(body, paras)
    assert page._no_paragraph() is False  # (the story's <p> is still there)
    paras[0].remove()
    assert body.css_first("p") is None
    assert _PageText(body, paras)._no_paragraph() is True
    assert _PageText(body)._no_paragraph() is True  # (no list: the walk itself)
