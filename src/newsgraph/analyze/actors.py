"""Actors: the people, countries and organisations an article mentions, one per real entity."""
from __future__ import annotations

from typing import Optional

from newsgraph.model import Actor


class ActorIndex:
    """The actors of one article, and the resolution of any mention to one of them."""

    def __init__(self, doc):
        self.doc = doc
        self.actors: list[Actor] = []

    def resolve(self, span) -> Optional[Actor]:
        """The actor a spaCy span (a name, title phrase, pronoun, description) refers to."""
        return None  # TODO(issue 2)

    def to_list(self) -> list[Actor]:
        return [a for a in self.actors if a.mentions]


def find_actors(doc) -> ActorIndex:
    return ActorIndex(doc)
