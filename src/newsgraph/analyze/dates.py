"""Temporal expressions resolved against the publication date (newspaper conventions)."""
from __future__ import annotations

from typing import Optional

from newsgraph.model import DateRef


def find_dates(doc, published: Optional[str]) -> list[DateRef]:
    """Every temporal expression in ``doc``, resolved against ``published`` (ISO date) where possible."""
    return []  # TODO(issue 2): implemented in a following commit


def date_of_sentence(sent, dates: list[DateRef], published: Optional[str]) -> Optional[str]:
    """The date a sentence gives (its first resolved date), else the publication date."""
    for ref in dates:
        if sent.start_char <= ref.start < sent.end_char and ref.value:
            return ref.value
    return published
