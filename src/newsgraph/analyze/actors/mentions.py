"""Mentions of actors as coreference reads them: one record per mention, in document order, and
the recent ones that a pronoun or a definite description looks back over.

Apart from ``coref`` because the pronoun rules there, the description resolvers
(``person_descriptions``, ``organization_descriptions``), the actor index that records mentions
and ``prominence`` that tallies them all read the same records and the same look-back window;
none of them needs the others' scoring for it.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newsgraph.model import Actor


@dataclass
class Mention:
    """One mention of an actor, as coreference needs it (in document order)."""

    actor: Actor
    head: int  # token index of the mention's head
    sent: int  # sentence index
    subject: bool  # the head is a clause subject, or the possessor of one
    speaker: bool  # ... of a speech verb ("Peskov said")


def recent(history: list[Mention], sent: int, back: int) -> Iterator[Mention]:
    """The mentions of ``history`` at most ``back`` sentences before sentence ``sent``, most recent
    first."""
    for m in reversed(history):
        if sent - m.sent > back:
            break
        yield m


@dataclass
class RecentActor:
    """What the recent mentions say about one actor."""

    last: Mention  # the most recent mention in the window
    subject_sents: set
    speaker_sents: set
    sents: set


def recent_actors(history: list[Mention], sent: int, before: int, back: int) -> dict[str, RecentActor]:
    """Per actor id, what the ``recent`` mentions with a head before token ``before`` say about it
    (one pass)."""
    out: dict[str, RecentActor] = {}
    for m in recent(history, sent, back):
        if m.head >= before:
            continue
        st = out.get(m.actor.id)
        if st is None:
            st = out[m.actor.id] = RecentActor(m, set(), set(), set())
        st.sents.add(m.sent)
        if m.subject:
            st.subject_sents.add(m.sent)
        if m.speaker:
            st.speaker_sents.add(m.sent)
    return out
