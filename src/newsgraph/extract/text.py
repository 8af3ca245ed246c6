"""Plain text to an article body and title. Pure: no I/O.

The rules, in order:
1. Normalise minimally: ``\\r\\n`` and ``\\r`` become ``\\n``, a leading BOM goes, trailing
   whitespace is stripped from every line, blank lines at the start and end go.
2. Title: the first line is the title when a blank line follows it, more text follows that, and it
   reads like a headline: at most ``TITLE_MAX_CHARS`` characters and not a sentence ending in a
   full stop after a lower-case word ("... said on Friday." is a lead paragraph, not a title).
   A dateline ("MOSCOW, Dec 2 (Reuters) -") starts the body; it stays there (``extract`` reads
   a publication date from it when it names a full date, see ``extract.dateline``).
3. Trailing web boilerplate lines (comment forms, share and newsletter prompts; see
   ``boilerplate``) are removed from the end only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from newsgraph.extract.boilerplate import strip_trailing_boilerplate

TITLE_MAX_CHARS = 250
_SENTENCE_END = re.compile(r"[a-z0-9\u00DF-\u00FF][\"'\u2019\u201D)]?\.$")


@dataclass(frozen=True)
class TextParts:
    """What the text rules found: the body and, when the first line is one, the title."""

    text: str
    title: Optional[str]


def normalise(text: str) -> str:
    """Line ends unified, BOM dropped, trailing whitespace and outer blank lines removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = [line.rstrip() for line in text.split("\n")]
    first = next((i for i, line in enumerate(lines) if line), len(lines))
    last = next((i for i in range(len(lines) - 1, first - 1, -1) if lines[i]), first - 1)
    return "\n".join(lines[first:last + 1])


def looks_like_title(line: str) -> bool:
    """True when ``line`` can be a headline: short, and not a sentence closed by a full stop."""
    line = line.strip()
    return bool(line) and len(line) <= TITLE_MAX_CHARS and not _SENTENCE_END.search(line)


def split_title(lines: list[str]) -> tuple[Optional[str], list[str]]:
    """(title, remaining lines) when the first line is a title by rule 2, else (None, lines)."""
    if len(lines) >= 3 and not lines[1].strip() and looks_like_title(lines[0]):
        start = next((i for i in range(2, len(lines)) if lines[i].strip()), None)
        if start is not None:  # (an index, not repeated slicing: 1 MB of blank lines is one pass)
            return lines[0].strip(), lines[start:]
    return None, lines


# Characters that make a text unusable as an article: NUL (no database stores it), lone
# surrogates (not Unicode: a JSON "\\ud800" escape; they cannot be encoded to store or hash).
_UNUSABLE = re.compile("[\x00\ud800-\udfff]")
_VISIBLE = re.compile(r"[^\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]")


def unusable(text: str) -> Optional[str]:
    """Why ``text`` cannot be an article (said for a person), or None when it can.

    Refused: text with a NUL or a lone surrogate (its position is named), and text with no
    visible character at all (empty, or only spaces and control characters).
    """
    bad = _UNUSABLE.search(text)
    if bad is not None:
        what = "a NUL character" if bad.group() == "\x00" else f"a lone surrogate (U+{ord(bad.group()):04X}, not Unicode)"
        return f"the text contains {what} at character {bad.start():,}"
    if _VISIBLE.search(text) is None:
        return "the text is empty (only spaces or control characters)" if text else "the text is empty"
    return None


def same_title(a: str, b: str) -> bool:
    """Titles compared without case and spacing differences."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def text_parts(text: str, given_title: Optional[str] = None, strip_boilerplate: bool = True,
               detect_title: bool = True) -> TextParts:
    """Body and title of a plain-text article by the module's rules.

    With ``given_title`` (a title the source knew), that is the title, and the first line is
    removed only when it repeats it. ``detect_title=False`` leaves the first line in the body.
    """
    lines = normalise(text).split("\n")
    title, rest = split_title(lines) if detect_title else (None, lines)
    if given_title is not None:
        if title is None or not same_title(title, given_title):
            rest = lines
        title = given_title
    if strip_boilerplate:
        rest = strip_trailing_boilerplate(rest)
    return TextParts("\n".join(rest).strip("\n"), title)
