"""Quotation marks: where direct quotes begin and end in an article's text.

Straight (") and curly (“ ”) double quotes are paired paragraph by paragraph; a short curly quote
opened inside a curly or straight quote is nested in it ('“A “B” C.”', '"A “B” C."' are one quote) when the
outer one closes in the paragraph (an outer mark left open is a stray one, or a quoted excerpt's that
opens each paragraph: the marks inside are the quotes). News style
leaves a quote that runs over several paragraphs open at the end of each paragraph and
reopens it at the start of the next; such a quote is closed at its paragraph's end. Any
other mark that cannot be paired is reported as a warning and ignored: one odd quote mark
must never cost the quotes of the rest of the article. Curly single quotes (‘...’,
headline style) count where they stand outside double quotes; a ’ followed by a letter is an
apostrophe, never a closing mark. Two apostrophes ('') count as a straight double quote.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
QUOTE_MARKS = OPENING + CLOSING + STRAIGHT
#: the most words a phrase quoted inside a quote has ('“... even when “your team” is at fault.”'); a longer
#: quotation after an opening mark inside a quote reads as a new quote, the first mark a stray one
NESTED_WORDS = 6
# Tokens that are quote marks (the parser keeps two apostrophes or backticks as one token:
# some papers, and PolNeAR's New York Times texts, write quotes as ''...'').
QUOTE_TOKENS = frozenset(QUOTE_MARKS) | {"''", "``", "‘"}


@dataclass(frozen=True)
class Quote:
    """Characters ``start:end`` of a quote, both marks included."""

    start: int
    end: int

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def paragraph_spans(text: str):
    """(start, end) of each line of ``text``, blank ones too: the paragraphs quote marks pair within."""
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def find_quotes(text: str) -> tuple[list[Quote], list[str]]:
    """Every paired double quote in ``text`` (text order), and warnings for marks left unpaired."""
    quotes: list[Quote] = []
    warnings: list[str] = []
    paragraphs = list(paragraph_spans(text))
    for index, (p_start, p_end) in enumerate(paragraphs):
        open_at = None
        nested_at = None  # an inner quote written with curly double marks inside a curly quote
        inner: list[Quote] = []
        i = p_start
        while i < p_end:
            ch = text[i]
            width = 1
            if text.startswith("''", i) or text.startswith("``", i):
                ch, width = (STRAIGHT if ch == "'" else OPENING[0]), 2
            elif ch in "'`":
                i += 1
                continue
            if ch == STRAIGHT and open_at is None and i > p_start and text[i - 1].isdigit():
                i += 1  # an inch mark ('6" of rain'): a quote opens after a space or a bracket, never a digit
                continue
            if ch in CLOSING and open_at is None and i + 1 < p_end and text[i + 1].isalnum() \
                    and (i == p_start or _blank(text[i - 1])):
                ch = OPENING[0]  # a closing mark typed where a quote opens (”Word ...)
            if ch in OPENING and open_at is not None and nested_at is None and text[open_at] in OPENING + STRAIGHT \
                    and width == 1:
                nested_at = i  # '“A “B” C.”', '"A “B” C."': B is quoted inside A (a curly mark never closes a straight one)
            elif ch in OPENING or (ch == STRAIGHT and open_at is None):
                if open_at is not None:
                    warnings.append(f"unpaired quote mark at character {open_at}")
                open_at, nested_at, inner = i, None, []
            elif ch in CLOSING and nested_at is not None and len(text[nested_at:i].split()) <= NESTED_WORDS:
                inner.append(Quote(nested_at, i + width))
                nested_at = None
            elif ch in CLOSING and nested_at is not None:
                # a long quotation is no phrase quoted inside a quote: the outer mark was a stray one
                warnings.append(f"unpaired quote mark at character {open_at}")
                quotes.extend(inner)
                quotes.append(Quote(nested_at, i + width))
                open_at, nested_at, inner = None, None, []
            elif ch in CLOSING or ch == STRAIGHT:
                if open_at is None:
                    warnings.append(f"unpaired closing quote mark at character {i}")
                else:
                    quotes.append(Quote(open_at, i + width))
                    open_at, nested_at, inner = None, None, []
            i += width
        if open_at is not None and (inner or nested_at is not None):
            # the outer mark never closes: it was a stray mark, and what looked nested is the quote (as
            # when no nesting is read)
            warnings.append(f"unpaired quote mark at character {open_at}")
            quotes.extend(inner)
            open_at = nested_at
        if open_at is not None:
            if _next_paragraph_opens_quote(text, paragraphs, index):
                end = p_end
                while end > open_at + 1 and text[end - 1].isspace():
                    end -= 1
                quotes.append(Quote(open_at, end))
            else:
                warnings.append(f"unpaired quote mark at character {open_at}")
    quotes.extend(_single_quotes(text, quotes))
    quotes.sort(key=lambda q: q.start)
    return quotes, warnings


def blank_back(text: str, position: int) -> int:
    """Where the white space that ends at ``position`` begins (``position`` where none does). Questions
    asked before each quote read back only this far: copying the line or the text before each quote
    would make a long text with many quotes cost the square of its length."""
    k = position
    while k and text[k - 1].isspace():
        k -= 1
    return k


def opens_line(text: str, position: int) -> bool:
    """Whether nothing but white space stands before ``position`` on its line."""
    k = blank_back(text, position)
    return k == 0 or "\n" in text[k:position]


def _blank(ch: str) -> bool:
    """White space, or an invisible format character (a bidirectional mark, a zero-width space) that
    pasted comments carry before their opening mark."""
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def _single_quotes(text: str, doubles: list[Quote]) -> list[Quote]:
    """‘...’ outside double quotes (headline style). A ’ followed by a letter is an apostrophe."""
    found: list[Quote] = []
    inside = [(q.start, q.end) for q in doubles]
    i = 0
    while True:
        i = text.find("‘", i)
        if i < 0:
            return found
        if (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalnum() \
                and not any(s <= i < e for s, e in inside):
            j = i + 1
            while j < len(text) and text[j] != "\n":
                if text[j] == "’" and (j + 1 == len(text) or not text[j + 1].isalnum()):
                    break
                j += 1
            if j < len(text) and text[j] == "’" and not any(i < s < j + 1 for s, _ in inside):
                found.append(Quote(i, j + 1))
                i = j
        i += 1


def _next_paragraph_opens_quote(text: str, paragraphs, index: int) -> bool:
    for start, end in paragraphs[index + 1:]:
        stripped = text[start:end].lstrip()
        if stripped:
            return stripped[0] in OPENING or stripped[0] == STRAIGHT or stripped.startswith(("''", "``"))
    return False


def quote_at(quotes: list[Quote], position: int) -> Quote | None:
    """The quote that contains character ``position``, if any."""
    for quote in quotes:
        if quote.start <= position < quote.end:
            return quote
        if quote.start > position:
            break
    return None
