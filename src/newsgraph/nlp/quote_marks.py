"""Where a document's quotation marks are, read once per Doc and kept on it: one index that every
"is this word inside a quotation?" test reads.

The tests that use it ask slightly different questions, and each keeps its own (the learned models
were trained on their answers):
- ``odd_marks_in_paragraph``: an odd number of quotation-mark characters (``" “ ” « »``) between the
  start of a paragraph and a position (the event realness filter);
- ``inside``: whether a position is inside quotation marks opened in its own paragraph, with curly
  marks counted as opening and closing and straight ones (a double quote, two apostrophes, two
  backticks) by parity (the he/she speaker rule of the statements stage);
- ``odd_mark_tokens``: an odd number of tokens that are quotation marks (one or more of the characters
  in the order ``MARKS`` lists them, or a tokenizer's two apostrophes or two backticks) among some
  tokens (the recipient chooser);
- ``odd_marked_tokens``: an odd number of tokens that hold a quotation-mark character among some
  tokens (the trigger proposer).
Every question is a bisection: a per-word scan back through a text without line breaks would be
quadratic.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from newsgraph.nlp.text import kept_on_doc, text_of, token_positions, token_starts

#: the quotation-mark characters
MARKS = "\"“”«»"
_FOUND = re.compile("''|``|[\"“”«»\n]")
_KEY = "newsgraph.quote_marks"


@dataclass(frozen=True)
class QuoteMarks:
    """A document's line breaks and quotation marks (character and token offsets, in order)."""

    breaks: list[int]
    #: the offset of every quotation-mark character
    marks: list[int]
    #: for each paired mark (curly, a double quote, two apostrophes, two backticks): where it ends, and the running counts since
    #: its paragraph began of curly marks opened less closed and of straight marks
    pair_ends: list[int]
    curly: list[int]
    straight: list[int]
    #: the indices of the tokens that are a quotation mark, and of those that hold one
    mark_tokens: list[int]
    marked_tokens: list[int]

    def paragraph_start(self, position: int) -> int:
        """The offset the paragraph holding ``position`` starts at (just after a line break)."""
        before = bisect_left(self.breaks, position)
        return self.breaks[before - 1] + 1 if before else 0

    def odd_marks_in_paragraph(self, paragraph_of: int, position: int) -> bool:
        """An odd number of quotation-mark characters from the start of the paragraph holding
        ``paragraph_of`` up to ``position``."""
        start = self.paragraph_start(paragraph_of)
        return (bisect_left(self.marks, position) - bisect_left(self.marks, start)) % 2 == 1

    def inside(self, position: int) -> bool:
        """Whether ``position`` is inside quotation marks opened in its own paragraph: curly ones
        opened and not closed, or an odd number of straight ones, among the marks that end by it."""
        last = bisect_right(self.pair_ends, position) - 1  # the last mark before the position
        line = bisect_left(self.breaks, position) - 1  # the line break its paragraph starts after
        if last < 0 or (line >= 0 and self.pair_ends[last] <= self.breaks[line]):
            return False  # no mark in the paragraph before it
        return self.curly[last] > 0 or self.straight[last] % 2 == 1

    def odd_mark_tokens(self, start: int, end: int) -> bool:
        """An odd number of tokens that are a quotation mark among tokens ``start``..``end - 1``."""
        return (bisect_left(self.mark_tokens, end) - bisect_left(self.mark_tokens, start)) % 2 == 1

    def odd_marked_tokens(self, start: int, end: int) -> bool:
        """An odd number of tokens that hold a quotation-mark character among tokens ``start``..``end - 1``."""
        return (bisect_left(self.marked_tokens, end) - bisect_left(self.marked_tokens, start)) % 2 == 1


def quote_marks(doc) -> QuoteMarks:
    """The quotation marks of ``doc``, read once and kept on it."""
    return kept_on_doc(doc, _KEY, _read)


def _read(doc) -> QuoteMarks:
    breaks, marks, pair_ends, curly, straight = [], [], [], [], []
    opened = plain = 0
    for match in _FOUND.finditer(text_of(doc)):
        mark = match.group()
        if mark == "\n":
            breaks.append(match.start())
            opened = plain = 0
            continue
        if len(mark) == 1:
            marks.append(match.start())
            if mark in "«»":
                continue  # not paired by the ``inside`` test
        opened += 1 if mark == "“" else -1 if mark == "”" else 0
        plain += mark not in ("“", "”")
        pair_ends.append(match.end())
        curly.append(opened)
        straight.append(plain)
    starts = token_starts(doc)
    marked_tokens = sorted({bisect_right(starts, m) - 1 for m in marks})
    positions = token_positions(doc)
    mark_tokens = sorted([i for i in marked_tokens if doc[i].text in MARKS]  # "”«" counts as one, as it always did
                         + [i for text in ("``", "''") for i in positions.get(text, ())])
    return QuoteMarks(breaks, marks, pair_ends, curly, straight, mark_tokens, marked_tokens)
