"""What the actor pass knows of the mentions so far, for "the company", "the group" and pronouns.

The actor pass asks, at each such description, which actors a proper name named before it and
how often each was a subject or a speaker (``OrganizationDescriptions._organization_prominence``),
and at each pronoun, where each actor was first mentioned. A count over all the mentions for each
of them made a long article cost more per name than a short one; ``Prominence`` and
``FirstMentions`` keep their tallies as the pass appends mentions (left to right; the pass never
moves a mention to another actor), and count afresh only what they have not seen.
"""
from __future__ import annotations

from newsgraph.analyze.actors.mentions import Mention
from newsgraph.model import Actor

Tallies = tuple[set, dict[str, int], dict[str, Actor]]


class Prominence:
    """Running tallies over a prefix of the index's mentions (all with a head before the last
    point asked): the ids of actors named by a proper name or an entity, how often each actor was
    a subject or speaker, and the actors by id in order of first mention."""

    def __init__(self, doc):
        self.doc = doc
        self._reset(None, -1)

    def _reset(self, mentions: list[Mention] | None, before: int) -> None:
        self._mentions = mentions
        self._before = before
        self._upto = 0  # mentions[:upto] are tallied, each with a head before ``_before``
        self._tallies: Tallies = (set(), {}, {})

    def before(self, mentions: list[Mention], before: int) -> Tallies:
        """The tallies over the mentions with a head before token ``before``, as one pass over
        ``mentions`` in order would count them."""
        if mentions is not self._mentions or before < self._before or len(mentions) < self._upto:
            self._reset(mentions, before)  # another list (an actor dropped) or a point further back
        self._before = before
        while self._upto < len(mentions) and mentions[self._upto].head < before:
            self._count(mentions[self._upto], self._tallies)
            self._upto += 1
        rest = [m for m in mentions[self._upto:] if m.head < before]  # after one that is not before
        if not rest:
            return self._tallies
        named, counts, actors = self._tallies
        tallies = (set(named), dict(counts), dict(actors))
        for m in rest:
            self._count(m, tallies)
        return tallies

    def _count(self, m: Mention, tallies: Tallies) -> None:
        named, counts, actors = tallies
        actors[m.actor.id] = m.actor
        head = self.doc[m.head]
        if head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "NORP", "GPE"):
            named.add(m.actor.id)
        if m.subject or m.speaker:
            counts[m.actor.id] = counts.get(m.actor.id, 0) + 1


class FirstMentions:
    """Each actor's first mention (by id) in a list of mentions the pass only appends to."""

    def __init__(self) -> None:
        self._mentions: list[Mention] | None = None
        self._first: dict[str, Mention] = {}
        self._upto = 0  # mentions[:upto] are counted

    def of(self, mentions: list[Mention]) -> dict[str, Mention]:
        """``{m.actor.id: m}`` for the first ``m`` of each actor in ``mentions``."""
        if mentions is not self._mentions or len(mentions) < self._upto:
            self._mentions, self._first, self._upto = mentions, {}, 0  # another list: count afresh
        for m in mentions[self._upto:]:
            self._first.setdefault(m.actor.id, m)
        self._upto = len(mentions)
        return self._first
