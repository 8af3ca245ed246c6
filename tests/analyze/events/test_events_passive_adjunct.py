"""A passive participle adjunct with an agent of its own ("Pressed by reporters, X said ...") is done to the
subject of the clause it hangs on: that subject is its recipient. An agentless one ("Asked about it, X said")
records no act. Sentences of our own writing (invented people), real spaCy parse."""
from __future__ import annotations

import pytest
from event_rows import parsed_token, trigger_rows

from newsgraph.analyze.events.actors import passive_adjunct_patient

PUBLISHED = "2024-05-08"
OPENING = "Senator Tom Ortiz spoke on Monday.\n\n"


@pytest.mark.model
def test_the_one_pressed_is_the_subject_of_the_clause_the_participle_hangs_on():
    rows = trigger_rows(OPENING + "Pressed by reporter Dan Lee of the Daily Star, Ortiz said he would not resign.",
                        PUBLISHED)
    assert ("REQUEST", "Pressed", "Dan Lee", "Tom Ortiz") in rows


@pytest.mark.model
def test_the_one_criticized_is_the_subject_that_apologized():
    rows = trigger_rows("Criticized by President Ann Mills for his remarks, Senator Tom Ortiz apologized.", PUBLISHED)
    assert ("ACCUSE", "Criticized", "Ann Mills", "Tom Ortiz") in rows


@pytest.mark.model
def test_an_agentless_or_active_participle_names_no_patient():
    assert passive_adjunct_patient(parsed_token("Asked about the budget, Ortiz said he would stay.", "Asked")) is None
    assert passive_adjunct_patient(parsed_token("Ortiz said he was criticized by Mills.", "criticized")) is None
    patient = passive_adjunct_patient(parsed_token("Backed by Russia, Syrian forces attacked the town.", "Backed"))
    assert patient is not None and patient.text == "forces"
