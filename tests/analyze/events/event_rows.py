"""The events ``newsgraph.analyze`` finds in a text, as rows to compare: shared by the event tests."""
from __future__ import annotations

import newsgraph


def actor_name(analysis, actor_id):
    """The name of actor ``actor_id`` of ``analysis`` (None for no actor)."""
    return analysis.actor(actor_id).name if actor_id else None


def actor_side(analysis, actor_id):
    """The country of actor ``actor_id`` of ``analysis``, or its name when it has none (None for no actor)."""
    actor = analysis.actor(actor_id)
    return None if actor is None else (actor.country or actor.name)


def span_text(span):
    """The text of ``span`` (None for no span)."""
    return None if span is None else span.text


def modality(event) -> str:
    """"negated", "hypothetical", "intended" (joined by commas where several hold), else "asserted"."""
    return ",".join(k for k in ("negated", "hypothetical", "intended") if getattr(event, k)) or "asserted"


def first_event(text, etype, published="2024-05-08"):
    """(analysis of ``text``, its first event of type ``etype``); fails listing the events found when
    there is none of that type."""
    analysis = newsgraph.analyze(text, published=published)
    events = [e for e in analysis.events if e.type == etype]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    return analysis, events[0]


#: the events the patterns find, before the learned realness filter (on by default; retrained as judged
#: rows grow, and tested on its own in test_events_realness.py)
CANDIDATES = newsgraph.Settings(event_realness=False)


def event_rows(text, published):
    """(type, actor name, recipient name, modality) of every event candidate of ``text``, in text order."""
    analysis = newsgraph.analyze(text, published=published, settings=CANDIDATES)
    return [(e.type, actor_name(analysis, e.actor), actor_name(analysis, e.recipient), modality(e))
            for e in analysis.events]


def trigger_rows(text, published):
    """(type, trigger text, actor name, recipient name) of every event candidate of ``text``, in text order."""
    analysis = newsgraph.analyze(text, published=published, settings=CANDIDATES)
    return [(e.type, e.trigger.text, actor_name(analysis, e.actor), actor_name(analysis, e.recipient))
            for e in analysis.events]


def event_types(text, published="2024-05-08"):
    """The type of every event candidate of ``text``, in text order."""
    return [row[0] for row in event_rows(text, published)]


def parsed_token(text, word):
    """The first token of the default pipeline's parse of ``text`` that reads ``word``."""
    from newsgraph import nlp
    return next(t for t in nlp.load(None)(text) if t.text == word)
