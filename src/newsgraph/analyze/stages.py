"""How the analysis stages talk to each other: small typed interfaces, not ``getattr``.

The actor stage runs first and settles every actor, mention and code of the article. The stages after
it (statements, places, events) only *read* it through ``ActorLookup``: they never add actors or
mentions. A phrase that the actor stage did not make an actor is no actor.
"""
from __future__ import annotations

from typing import Optional, Protocol

from newsgraph.model import Actor


class ActorLookup(Protocol):
    """The final actor index of one article, read-only."""

    def resolve(self, span) -> Optional[Actor]:
        """The actor a mention refers to (a spaCy Span or Token, a model ``Span`` or (start, end)
        character offsets), or None when the phrase is no known actor."""
        ...

    def actor(self, actor_id: Optional[str]) -> Optional[Actor]:
        """The actor with id ``actor_id`` (None for None or an unknown id)."""
        ...

    def country_actor(self, iso3: str, sector: Optional[str] = None) -> Optional[Actor]:
        """The actor of country ``iso3`` (sector "GOV": its government) when the article has one."""
        ...

    def to_list(self) -> list[Actor]:
        """Every actor of the article, in id order."""
        ...
