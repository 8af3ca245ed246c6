"""PLOVER events: who did what to whom, when and where."""
from __future__ import annotations

from typing import Optional

from newsgraph.model import Event


def find_events(doc, actors, statements, dates, places, published: Optional[str]) -> list[Event]:
    return []  # TODO(issue 3)
