"""Two readings of one event in a sentence, and what the confidence gate says of the event they make.

The patterns may read one event twice in a sentence: the same trigger words under two rules, or the same
doer doing the same kind of act to the same recipient in two words ("visited Mexico, where he met the
president"; "asked for a probe ... requested an investigation"). Only one is kept: the first (the patterns'
order), and before this module only its own rating counted, so that a first reading the confidence gate left
out of the default view took the event out of it although the other reading of the same act passed. The gate
rates what such readings share, the type, the doer and the recipient (``confidence``); here the readings of
one act in different words stay together (``Readings``) until the filters have rated them, and the first
reading the realness filter keeps stands for the act with the best certainty of its kept readings. Readings of
the same trigger words differ in type or participants, which is what the gate judges: there the first
reading's own rating stands. The events kept, their words and spans are the same as before; only whether the
default view shows them can change.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.model import Event, Span


def _same_span(a: Span, b: Span) -> bool:
    return (a.start, a.end) == (b.start, b.end)


def same_event(event: Event, other: Event) -> bool:
    """Two readings of one event in a sentence: the same trigger words, or the same doer doing the same
    kind of act to the same recipient ("asked for a probe ... requested an investigation")."""
    if _same_span(event.trigger, other.trigger):
        return True
    return event.actor is not None and (event.type, event.actor, event.recipient, event.negated) == (
        other.type, other.actor, other.recipient, other.negated)


class Readings:
    """The events of an article as the patterns read them, each with the other readings of it that its
    sentence gave (in the patterns' order: the first reading leads)."""

    def __init__(self) -> None:
        self.groups: list[list[Event]] = []

    def add_sentence(self, events: list[Event]) -> None:
        """One sentence's events, in order: an event that is another reading of an earlier one of the
        sentence joins that one's group."""
        here: list[list[Event]] = []
        for event in events:
            group = next((g for g in here if same_event(event, g[0])), None)
            if group is None:
                here.append([event])
            else:
                group.append(event)
        self.groups.extend(here)

    def all(self) -> list[Event]:
        """Every reading, group by group (what the filters rate)."""
        return [e for g in self.groups for e in g]

    def chosen(self, kept: Optional[set[int]] = None) -> list[Event]:
        """One event per group: its first reading, when ``kept`` holds it (the ids, ``id()``, of the readings
        the realness filter keeps; None: all), else none (as before). Its ``certainty`` and ``passes_gate``
        are the best of its own and those of the group's kept readings in other words (same doer, type and
        recipient: what the gate rated is the same act)."""
        out = []
        for group in self.groups:
            lead = group[0]
            if kept is not None and id(lead) not in kept:
                continue
            others = [e for e in group[1:] if (kept is None or id(e) in kept) and not _same_span(e.trigger, lead.trigger)]
            if others and not lead.passes_gate and any(e.passes_gate for e in others):
                lead.passes_gate = True
                lead.certainty = max((e.certainty for e in others if e.passes_gate and e.certainty is not None),
                                     default=lead.certainty)
            out.append(lead)
        return out
