"""The publication date a plain-text story gives in its dateline.

News agencies open a story with a dateline: ``MOSCOW, Dec 2 (Reuters) -`` or
``SANTIAGO, March 14, 2024 —``. When it names a full date (with the year) within the first
characters of the body, that is the publication date; a dateline without a year gives none,
because guessing the year is how wrong dates get into event data.
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


def dateline_end(text: str, start: int = 0) -> Optional[int]:
    """Where the lead starts after a dateline that opens ``text`` at ``start`` (past the dash and
    spaces), or None when there is no dateline with a full date there."""
    match = _DATELINE.match(text[start:start + 120])
    if not match:
        return None
    end = start + match.end()
    while end < len(text) and text[end] == " ":
        end += 1
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
