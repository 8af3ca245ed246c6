"""Doers and recipients in conflict reporting, on sentences of our own writing (invented people), real spaCy
parse: a verb with no object shares the object of the verb conjoined after it, the possessor of an act done
to someone ("X's release") is its recipient, a doer's "they" keeps to its sentence's earlier subject rather
than that clause's object, a dateline is no subject, and the one punished "for doing" something did it."""
from __future__ import annotations

import pytest
from event_rows import trigger_rows

from newsgraph.analyze.events import noun_participants, targets

PUBLISHED = "2016-09-03"


def _rows(text: str):
    return trigger_rows(text, PUBLISHED)


@pytest.mark.model
def test_a_verb_of_a_list_shares_the_object_of_the_last(nlp):
    rows = _rows("Soldiers began arresting, torturing and executing dozens of opposition activists in Kenya.")
    assert rows == [("COERCE", "arresting", "Soldiers", "opposition activists"),
                    ("ASSAULT", "torturing", "Soldiers", "opposition activists")]
    assert targets.shared_object(nlp("Police arrested and beat the protesters.")[1]).text == "protesters"
    # no one shared: a thing, or a verb with a subject of its own
    assert targets.shared_object(nlp("The minister met and signed an accord.")[2]) is None
    assert targets.shared_object(nlp("Police arrived and they detained the activist.")[1]) is None


@pytest.mark.model
def test_the_possessor_of_a_release_or_arrest_is_the_one_it_is_done_to(nlp):
    rows = _rows("The Kenyan opposition leader Raila Odinga was jailed in 2005. International pressure helped "
                 "to secure Odinga's release after 21 months.")
    assert rows == [("COERCE", "jailed", None, "Raila Odinga"), ("RETREAT", "release", None, "Raila Odinga")]
    doc = nlp("Russia's release of the prisoners surprised Ukraine.")
    assert noun_participants.undergoer_possessor(doc[2]) is None  # "of" names the released: Russia's act
    assert noun_participants.noun_actor(doc[2]).text == "Russia"
    doc = nlp("Russia's invasion shocked Ukraine.")
    assert noun_participants.undergoer_possessor(doc[2]) is None  # not an act done to the possessor


@pytest.mark.model
def test_a_doers_they_keeps_to_the_earlier_subject_not_its_object():
    rows = _rows("Thousands of marchers filled the streets of Nakuru on Monday. When Odinga urged his students to "
                 "march for land rights, the police beat them and other marchers; later, as anger spread through "
                 "the town, they shot 12 protesters dead.")
    # "they" are the police, not the students they beat (an object of the earlier clause)
    assert rows == [("ASSAULT", "beat", "police", "students"), ("ASSAULT", "shot", "police", "protesters")]


@pytest.mark.model
def test_a_dateline_is_not_the_subject():
    rows = _rows("Quill lashes out at Ross.\n\nNairobi (AFP) – Senator Mara Quill has lashed out at "
                 "her rival Ian Ross on trade.")
    assert [r[2] for r in rows if r[1] == "lashed out"] == ["Mara Quill"]  # not "Nairobi", nor none


@pytest.mark.model
def test_the_one_sanctioned_for_doing_something_did_it():
    rows = _rows("The European Union imposed sanctions on Iran for supplying drones to Russia.")
    assert [r[2] for r in rows if r[1] == "supplying"] == ["Iran"]  # not the European Union
    assert rows[0] == ("SANCTION", "imposed sanctions", "European Union", "Iran")


@pytest.mark.model
def test_a_bodys_release_is_its_statement_not_someone_freed(nlp):
    doc = nlp("The campaign explained the payments in its release on Monday.")
    assert noun_participants.undergoer_possessor(doc[7]) is None
