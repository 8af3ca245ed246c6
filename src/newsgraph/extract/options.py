"""How extraction behaves: one options object instead of many keyword arguments."""
from __future__ import annotations

from dataclasses import dataclass

# trafilatura's three modes, as names newsgraph uses in ExtractOptions.passes
PASS_MODES = ("precision", "balanced", "recall")
# a paragraph of at least this many words is prose; shorter ones may be menu entries or labels
PROSE_PARAGRAPH_WORDS = 5


@dataclass(frozen=True)
class ExtractOptions:
    """What ``newsgraph.extract.extract`` may be configured with; the defaults are what the
    extraction benchmark was measured with.

    ``passes``: trafilatura modes tried in order on HTML. The first pass whose body has at least
    ``min_chars`` characters wins; when none has, the longest non-empty body does. Precision first
    because news pages carry much near-article clutter (teasers, newsletter boxes); recall after it
    so that short or unusual pages still give their text.
    ``tables``: keep text in HTML tables (sports results, election figures are articles too).
    ``comments``: keep readers' comments. Off: newsgraph records what the article says.
    ``paragraph_separator``: between paragraphs of HTML articles; a blank line, as in text files.
    ``strip_boilerplate``: remove trailing comment/share/newsletter lines (text and HTML).
    ``text_title``: in plain text, a first line followed by a blank line is the title.
    ``min_prose_words``: an HTML page is an article only when its body has at least this many
    words in prose paragraphs (paragraphs of ``PROSE_PARAGRAPH_WORDS`` words or more); a page of
    menu entries or link lists is not one.
    ``link_block_share``: a paragraph, heading or list item of the extracted text with at least
    this share of its characters in links is a related-article or link-list entry and is dropped
    (``extract.links``); above 1 keeps them all.
    ``prune_furniture``: remove elements whose class, id or ARIA role names page furniture
    (newsletter boxes, hover cards, promos, related lists, share bars) before the passes
    (``extract.prune``).
    ``max_elements``: a page with more HTML elements than this skips trafilatura's passes (their
    time grows faster than the page) for a linear plain-text pass (``extract.bounds``); news
    pages have a few thousand.
    """

    passes: tuple[str, ...] = ("precision", "balanced", "recall")
    min_chars: int = 200
    tables: bool = True
    comments: bool = False
    paragraph_separator: str = "\n\n"
    strip_boilerplate: bool = True
    text_title: bool = True
    min_prose_words: int = 12
    link_block_share: float = 0.8
    prune_furniture: bool = True
    max_elements: int = 20_000

    def __post_init__(self) -> None:
        unknown = [p for p in self.passes if p not in PASS_MODES]
        if unknown or not self.passes:
            raise ValueError(f"ExtractOptions.passes must be a non-empty sequence of {PASS_MODES}, "
                             f"got {self.passes!r}")
        if self.max_elements < 1:
            raise ValueError(f"ExtractOptions.max_elements must be positive, got {self.max_elements!r}")


DEFAULT_OPTIONS = ExtractOptions()
