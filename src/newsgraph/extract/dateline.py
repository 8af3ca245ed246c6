"""Datelines: where a story was filed, and sometimes when.

News agencies open a story with a dateline: ``MOSCOW, Dec 2 (Reuters) -``,
``SANTIAGO, March 14, 2024 —``, ``LAGOS, Nigeria (AP) —``, ``NEW DELHI:``. A dateline is
neither a speaker nor part of what anybody said: ``dateline_end`` finds one opening a paragraph
so that the parser makes it a sentence of its own (``nlp.loader``) and layout rules can skip it.
The colon form (``NEW DELHI:``) looks like a transcript's speaker label (``PENCE: Well, ...``), so
it counts only in the first paragraphs of a text that has no other such labels.

When the dateline names a full date (with the year) within the first characters of the body,
that is the publication date (``dateline_date``); a dateline without a year gives none, because
guessing the year is how wrong dates get into event data.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
# "CITY[, REGION], Month D, YYYY" or "CITY, D Month YYYY", then an optional "(Agency)" and a dash
_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?,\s*"
    rf"(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}}))"
    rf"\s*(?:\([^)]{{1,40}}\))?\s*[—–-]",
)


# Any dateline: a place in capitals ("NEW DELHI", "ST. LOUIS"), an optional region in any case
# (", Nigeria", ", D.C."), an optional date with or without the year, an optional "(Agency)",
# then a dash, or a colon (checked further by ``dateline_end``).
_PLACE = r"[A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*){0,3}"
_REGION = r"(?:,\s*[A-Z][A-Za-z.'’-]*(?:\s[A-Z][A-Za-z.'’-]*){0,2})?"
_WHEN = (rf"(?:,?\s*(?:{_MONTH})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
         rf"|,?\s*\d{{1,2}}\s+(?:{_MONTH})\.?(?:,?\s+\d{{4}})?)?")
_AGENCY = r"(?:\s*\([A-Za-z][^()\n]{0,40}\))?"
_ANY_DATELINE = re.compile(
    rf"(?P<place>{_PLACE}){_REGION}{_WHEN}{_AGENCY}"
    r"(?:\s*[—–][ \t]*|\s+--?[ \t]+|\s*--[ \t]*|(?P<colon>:)[ \t]+)")
# "PENCE:" opening a line: a transcript's speaker label (and the colon form of a dateline)
_CAPS_LABEL = re.compile(r"^[\"“'‘]*[A-Z][A-Z.'’ -]{1,40}:[ \t]", re.MULTILINE)
# a colon dateline is looked for only among the first paragraphs (the title may be the first)
_COLON_PARAGRAPHS = 2
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_LEADING_SPACE = re.compile(r"\s*")


def _within_first_paragraphs(text: str, start: int, count: int) -> bool:
    """True when ``start`` lies in one of the first ``count`` paragraphs of ``text`` (paragraphs
    are separated by blank lines; leading blank lines do not count). Reads only those paragraphs."""
    seen = 0
    for separator in _BLANK_LINE.finditer(text, _LEADING_SPACE.match(text).end()):
        if separator.start() >= start:
            return True
        seen += 1
        if seen >= count:
            return False
    return True


def dateline_end(text: str, start: int = 0) -> Optional[int]:
    """Where the lead starts after a dateline that opens the paragraph of ``text`` at ``start``
    (past the dash or colon and the spaces), or None when there is no dateline there.

    The place must be in capitals; a colon dateline ("NEW DELHI:") counts only in the first two
    paragraphs, and not in a text where another line also opens with a capitals label and a colon
    (that is a transcript: "PENCE: Well, ...")."""
    match = _ANY_DATELINE.match(text, start, min(len(text), start + 160))
    if not match or not any(c.isalpha() for c in match["place"]) or len(match["place"]) < 2:
        return None
    if match["colon"]:
        if not _within_first_paragraphs(text, start, _COLON_PARAGRAPHS):
            return None
        labels = _CAPS_LABEL.finditer(text)
        if any(label.start() != start for label in labels):
            return None
    end = match.end()
    return end if end < len(text) else None


def dateline_date(text: str) -> Optional[str]:
    """ISO date of the dateline that opens ``text``, or None when there is none with a full date."""
    match = _DATELINE.match(text[:120])
    if not match:
        return None
    month = MONTHS[(match["m1"] or match["m2"]).lower()]
    day = int(match["d1"] or match["d2"])
    year = int(match["y1"] or match["y2"])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
