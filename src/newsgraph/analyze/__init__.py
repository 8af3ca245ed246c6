"""The pure core: a parsed article in, an Analysis out. No I/O, no global state.

Each concern lives in its own module; ``analyze_doc`` only wires them together in the order
their inputs need: dates and actors first, then statements (speakers resolve to actors and
take their sentence's date), then places and events (which read all of the above).
"""
from __future__ import annotations

from newsgraph.analyze.actors import KnowledgeBase, find_actors, kb
from newsgraph.analyze.dates import find_dates
from newsgraph.analyze.events import confidence as event_confidence
from newsgraph.analyze.events import find_events
from newsgraph.analyze.events import proposals as event_proposals
from newsgraph.analyze.events import recipients as event_recipients
from newsgraph.analyze.places import find_places
from newsgraph.analyze.statements import find_statements
from newsgraph.model import Analysis, Article
from newsgraph.settings import Settings


def analyze_doc(doc, article: Article, settings: Settings | None = None,
                knowledge: KnowledgeBase | None = None, triggers: event_proposals.Proposer | None = None,
                gate_model: event_confidence.ConfidenceModel | None = None) -> Analysis:
    """Analyse ``article`` whose text ``doc`` is the spaCy parse of (``doc.text == article.text``).

    ``knowledge``: the actor knowledge base to code names with (None: the shipped one with
    ``settings.actor_codings`` on top), read only; ``triggers``: a learned event trigger proposer
    (``events.proposals``; None: the tables' triggers only, the default: no proposer passed its gate);
    ``gate_model``: the confidence model that rates the events (None: the shipped one; its trainer passes
    a neutral one, so that a shipped model of older features does not stop its own retraining)."""
    settings = settings or Settings()
    if knowledge is None:
        knowledge = kb.with_codings(settings.actor_codings)
    dates = find_dates(doc, article.published)
    actors = find_actors(doc, article.published, knowledge)
    warnings: list[str] = []  # odd spots (an unpaired quote mark) that did not stop the analysis
    statements = find_statements(doc, actors, dates, article.published, warnings=warnings)
    places = find_places(doc, actors)
    events = find_events(doc, actors, statements, dates, places, article.published,
                         realness=settings.event_realness, gate=settings.event_gate,
                         recipients=event_recipients.load() if settings.event_recipients else None,
                         triggers=triggers, gate_model=gate_model)
    return Analysis(
        article=article,
        actors=actors.listed(_named_ids(statements, events)),
        statements=statements,
        events=events,
        places=places,
        dates=dates,
        warnings=warnings,
    )


def _named_ids(statements, events) -> set[str]:
    """The actor ids that a statement or an event of the analysis names."""
    ids = {s.speaker for s in statements if s.speaker}
    ids |= {e.actor for e in events if e.actor} | {e.recipient for e in events if e.recipient}
    return ids
