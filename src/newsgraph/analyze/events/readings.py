"""Two readings of one event in a sentence, and which of them the article keeps.

The patterns may read one event twice in a sentence: the same trigger words under two rules, or the same
doer doing the same kind of act to the same recipient in two words ("asked for a probe ... requested an
investigation"). Only one is kept. Which one used to be decided before the learned filters had their say:
the first reading, even when the realness filter dropped it (and with it the event) or the confidence gate
left it out of the default view while the other reading passed. Here each sentence's readings are kept
together (``Readings``) until the filters have rated them all, and then the one they rate best stands for
the event: kept by the realness filter over dropped, passed by the gate over left out, else the first (the
patterns' own order). The filters rate each event on its own features, so rating a reading that is then
left out changes no other event's rating.
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
        """One event per group: of its readings, the first that ``kept`` holds (the ids, ``id()``, of the
        readings the realness filter keeps; None: all) and that passes the gate, else the first that
        ``kept`` holds; a group none of whose readings is kept is no event."""
        out = []
        for group in self.groups:
            alive = [e for e in group if kept is None or id(e) in kept]
            if alive:
                out.append(next((e for e in alive if e.passes_gate), alive[0]))
        return out
