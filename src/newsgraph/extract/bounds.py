"""Pages the main-text passes cannot take as they are: too deep for the HTML parser, or too big.

- **Depth.** libxml2 (under lxml, and so under trafilatura) stops building the tree at 256 nested
  elements and silently drops everything after that point, so a page whose article sits deeper
  loses it. ``flatten`` rewrites such a page with the standard library's streaming tokenizer
  (no depth limit): container tags nested deeper than ``FLAT_DEPTH`` are left out while their
  text, and the paragraph, heading and list-item tags around it, are kept.
- **Size.** trafilatura's passes grow faster than linearly with the number of elements (one page
  of 200,000 sibling ``<p>`` took a minute and half a gigabyte). A page with more elements than
  ``ExtractOptions.max_elements`` skips them: ``plain_blocks`` takes the text of its paragraphs,
  headings and list items in one linear walk, leaving out scripts, navigation, headers, footers,
  forms and link lists.

Pure: no I/O. Every function here is linear in the size of the page.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser
from typing import Optional

# libxml2 refuses to nest deeper than this (XML_PARSE_HUGE only raises it to 2048)
PARSER_DEPTH_LIMIT = 256
# a flattened page keeps at most this many nested elements (real news pages stay under ~60)
FLAT_DEPTH = 100
# how far back an end tag looks for the element it closes; further away it is ignored
_CLOSE_SEARCH = 64
# void elements never have an end tag
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# tags kept at any depth: they carry the paragraph structure, and the parser closes them itself
# (a new <p> ends an open one), so keeping them cannot make the tree deep again
_BLOCK = frozenset("p h1 h2 h3 h4 h5 h6 li dt dd pre tr td th".split())
_RAW_TEXT = frozenset(("script", "style"))
# not article text, in the plain fallback
_FURNITURE = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
              "iframe", "svg", "button", "select", "figcaption")
_TEXT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
# in the plain fallback, a block whose text is mostly link text is a menu or a related-article list
PLAIN_MAX_LINK_SHARE = 0.5


@dataclass(frozen=True)
class PageShape:
    """What one linear walk over the parsed page found."""

    elements: int
    depth: int

    @property
    def too_deep(self) -> bool:
        """The parser reached its nesting limit: content below it is missing from the tree."""
        return self.depth >= PARSER_DEPTH_LIMIT - 1


def parse(html: str):
    """``html`` parsed by lxml's HTML parser (the one trafilatura uses), or None when it gives no tree."""
    import lxml.html
    from lxml import etree

    try:
        return lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8",
                                                                         remove_comments=True))
    except (etree.ParserError, ValueError):
        return None


def shape(tree) -> PageShape:
    """The number of elements of ``tree`` and its deepest nesting, in one walk without recursion."""
    from lxml import etree

    elements = depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            elements += 1
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return PageShape(elements, deepest)


class _Flattener(HTMLParser):
    def __init__(self, max_depth: int) -> None:
        super().__init__(convert_charrefs=True)
        self.max_depth = max_depth
        self.out: list[str] = []
        self.open: list[tuple[str, bool]] = []  # (tag, written)
        self.depth = 0  # open elements written
        self.raw = False  # inside <script>/<style>: text is written as it is

    @staticmethod
    def _tag(tag: str, attrs: list[tuple[str, Optional[str]]], close: str = "") -> str:
        parts = [tag] + [name if value is None else f'{name}="{escape(value)}"' for name, value in attrs]
        return "<" + " ".join(parts) + close + ">"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        if tag in _VOID:
            self.out.append(self._tag(tag, attrs))
            return
        written = self.depth < self.max_depth or tag in _BLOCK
        self.open.append((tag, written))
        if written:
            self.out.append(self._tag(tag, attrs))
            self.depth += 1
        self.raw = tag in _RAW_TEXT

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        self.out.append(self._tag(tag, attrs, " /"))

    def handle_endtag(self, tag: str) -> None:
        self.raw = False
        bottom = max(0, len(self.open) - _CLOSE_SEARCH)
        for index in range(len(self.open) - 1, bottom - 1, -1):
            if self.open[index][0] == tag:
                break
        else:
            return  # an end tag without its start (near enough): ignored, as browsers do
        while len(self.open) > index:
            name, written = self.open.pop()
            if written:
                self.out.append(f"</{name}>")
                self.depth -= 1

    def handle_data(self, data: str) -> None:
        self.out.append(data if self.raw else escape(data, quote=False))

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")


def flatten(html: str, max_depth: int = FLAT_DEPTH) -> str:
    """``html`` rewritten so that no more than ``max_depth`` container elements nest (paragraph,
    heading, list-item and table-cell tags are kept at any depth); all text is kept, in order."""
    flattener = _Flattener(max_depth)
    flattener.feed(html)
    flattener.close()
    while flattener.open:
        name, written = flattener.open.pop()
        if written:
            flattener.out.append(f"</{name}>")
    return "".join(flattener.out)


def _words(text: str) -> str:
    return " ".join(text.split())


def _link_share(element, text: str) -> float:
    linked = sum(len(_words(a.text_content())) for a in element.iter("a"))
    return linked / len(text) if text else 0.0


def plain_blocks(tree) -> list[str]:
    """The text of the paragraphs, headings, list items and quotes of ``tree`` outside page
    furniture, in document order; blocks that are mostly link text, and blocks inside another
    kept block, are left out. ``tree`` is changed (furniture removed)."""
    from lxml import etree

    etree.strip_elements(tree, *_FURNITURE, with_tail=False)
    blocks: list[str] = []
    inside = None  # the kept block being walked through
    for event, element in etree.iterwalk(tree, events=("start", "end"), tag=_TEXT_BLOCKS):
        if event == "end":
            if element is inside:
                inside = None
            continue
        if inside is not None:
            continue
        inside = element
        text = _words(element.text_content())
        if text and _link_share(element, text) <= PLAIN_MAX_LINK_SHARE:
            blocks.append(text)
    return blocks


def page_title(tree) -> Optional[str]:
    """The text of the page's ``<title>``, if it has one."""
    for element in tree.iter("title"):
        return _words(element.text_content()) or None
    return None
