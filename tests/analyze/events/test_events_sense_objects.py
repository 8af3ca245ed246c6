"""Word senses decided by what the verb acts on (issue 9: events an analyst can count on), on sentences of
our own writing: a succession ("took over"), a remembrance ("recalled"), a ratings
race, and an object shared with the verb conjoined after ("killed and ate a rabbit"). Each of these names
no event; the same verbs acting on people, places or envoys still do."""
from __future__ import annotations

import pytest
from event_rows import event_rows, event_types  # (type, actor, recipient, modality) of each event

PUBLISHED = "2024-05-08"


def _types(text):
    return event_types(text, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "In March, it was Deputy Minister Ivan Petrenko who took over.",  # a succession
    "Senator Mark Dolan has taken over the role of campaign chairman.",
    "Senator Mark Dolan recalled his breakfasts with the president.",  # remembered (CAMEO: RECALL uncoded)
    "Governor Ann Pike recalled the mayor as a kind man.",
    "Kenyan President Ali Khan killed and ate a wild goat on the hunting trip.",  # no one attacked
])
def test_thing_senses_make_no_event(text):
    assert not [t for t in _types(text) if t in ("RETREAT", "COERCE", "SANCTION", "ASSAULT")]


@pytest.mark.model
@pytest.mark.parametrize("text, etype", [
    ("The Kenyan government released three prisoners on Monday.", "RETREAT"),  # people set free
    ("Rebels took over the city of Goma on Monday.", "COERCE"),  # a place seized
    ("The Kenyan government released the captives on Monday.", "RETREAT"),
    ("Kenya recalled its ambassador from Uganda.", "SANCTION"),  # CAMEO 161: an envoy recalled
    ("Ugandan troops attacked and burned the village of Kasese.", "ASSAULT"),  # a place, shared object
])
def test_people_places_and_envoys_still_make_events(text, etype):
    assert etype in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text, etype, modality", [
    # a subject with "no" says the act was done by or to no one
    ("No Kenyan official has been asked to resign.", "REQUEST", "negated"),
])
def test_no_one_does_it(text, etype, modality):
    assert [(row[0], row[3]) for row in event_rows(text, PUBLISHED) if row[0] == etype] == [(etype, modality)]
