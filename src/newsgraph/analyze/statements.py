"""Statements: who said what, direct and reported speech, with cue, source and content spans."""
from __future__ import annotations

from typing import Optional

from newsgraph.model import DateRef, Statement


def find_statements(doc, actors, dates: list[DateRef], published: Optional[str]) -> list[Statement]:
    return []  # TODO(issue 2)
