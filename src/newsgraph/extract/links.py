"""Link lists inside the main text: related-article lists, "Read more" teasers, tag clouds.

trafilatura keeps the text of the blocks it judges to be the article, and news pages put lists of
links to other stories between and after the paragraphs ("Related: ...", a list of headlines).
Such a block is almost all link text, while a paragraph of the article links a few words at most.
``link_blocks`` collects, from the page's own tree, the text of every paragraph, heading and list
item whose characters are mostly inside links; a line of the extracted text that is one of them is
dropped (``extract.html``). This is the link-density signal of boilerplate detection (Kohlschütter
et al., 2010), applied to single blocks after trafilatura has chosen the article.

Pure, and linear in the page: only block elements are measured, and they seldom nest.
"""
from __future__ import annotations

import re

# a block with at least this share of its characters in links is a link-list entry
LINK_BLOCK_SHARE = 0.8
# blocks longer than this are never link-list entries (a headline with a teaser fits in it)
MAX_LINK_BLOCK_CHARS = 400
# nor are blocks of fewer words: a linked product or place name in a list is part of the article,
# a linked headline has more words
MIN_LINK_BLOCK_WORDS = 4
_WORD = re.compile(r"\w+")
_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd")
# an extracted list item starts with trafilatura's marker
_ITEM_MARKER = "- "


def block_key(text: str) -> str:
    """``text`` with spacing and case normalised, as blocks are compared."""
    return " ".join(text.split()).casefold()


def _length(text: str) -> int:
    return len("".join(text.split()))


def link_share(element) -> float:
    """The share of ``element``'s characters (spaces ignored) inside ``<a>`` links (1 when a link
    holds the whole element)."""
    total = _length(element.text_content())
    if not total:
        return 0.0
    if any(ancestor.tag == "a" for ancestor in element.iterancestors()):
        return 1.0  # a headline wrapped in its link: <a><h3>...</h3></a>
    linked = sum(_length(a.text_content()) for a in element.iter("a"))
    return min(1.0, linked / total)


def link_blocks(tree, share: float = LINK_BLOCK_SHARE) -> frozenset[str]:
    """The ``block_key`` of every paragraph, heading and list item of the page ``tree`` that has
    at most ``MAX_LINK_BLOCK_CHARS`` characters, at least ``MIN_LINK_BLOCK_WORDS`` words and at
    least ``share`` of its characters in links."""
    found = set()
    for element in tree.iter(*_BLOCKS):
        text = element.text_content()
        if len(text) <= MAX_LINK_BLOCK_CHARS * 2 and 0 < _length(text) <= MAX_LINK_BLOCK_CHARS \
                and len(_WORD.findall(text)) >= MIN_LINK_BLOCK_WORDS and link_share(element) >= share:
            found.add(block_key(text))
    return frozenset(found)


def is_link_line(line: str, blocks: frozenset[str]) -> bool:
    """True when the extracted ``line`` (a list item may carry trafilatura's "- ") is one of ``blocks``."""
    key = block_key(line)
    if key in blocks:
        return True
    return key.startswith(_ITEM_MARKER) and key[len(_ITEM_MARKER):] in blocks
