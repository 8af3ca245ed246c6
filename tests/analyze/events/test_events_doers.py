"""The doer of a gerund that gives why someone is praised or blamed ("ridiculed A, B and C for
criticizing X": they criticized X, not the one who ridiculed them), and a surname written with a
typographic apostrophe read as the person's; sentences of our own writing (invented politicians)."""
from __future__ import annotations

import pytest
from event_rows import event_rows

from newsgraph.analyze.events.subjects import subject
from newsgraph.nlp.loader import load

PUBLISHED = "2024-05-08"


def _doer(text: str, verb: str):
    doc = load()(text)
    found = subject(next(t for t in doc if t.text == verb))
    return None if found is None else found.text


@pytest.mark.model
@pytest.mark.parametrize("text, verb, doer", [
    # "for" hung on the verb: its object did it, not the verb's subject
    ("The senator thanked the union for endorsing her.", "endorsing", "union"),
    # a punishment's reason is alleged, not asserted: the one punished is not made its doer
    ("The senator was arrested for bribing the governor.", "bribing", None),
    # a list of people as the object: its first name (the parse hangs the others on it)
    ("The column goes on to mock Ann Pryce, Tom Ruto, and Mark Dolan for criticizing the governor's decision.",
     "criticizing", "Pryce"),
    # a time preposition or a thing hung with "for" is no reason: the clause's subject stays the doer
    ("The senator attacked the governor after meeting the mayor.", "meeting", "senator"),
    ("The senator raised money for attacking the governor.", "attacking", "senator"),
])
def test_reason_gerund_doer(text, verb, doer):
    assert _doer(text, verb) == doer


@pytest.mark.model
def test_reason_gerund_event_has_the_praised_as_actor():
    # the voters praise the senator; the senator, not the voters, criticized the governor
    assert event_rows("Voters praised Senator Ann Pryce for criticizing Governor Ed Lamb.", PUBLISHED) == [
        ("SUPPORT", "Voters", "Ann Pryce", "asserted"), ("ACCUSE", "Ann Pryce", "Ed Lamb", "asserted")]


@pytest.mark.model
def test_typographic_apostrophe_in_a_surname_reads_as_the_straight_one():
    nlp = load()
    curly = nlp("Senator Martin O’Leary attacked Governor Ann Pryce. O’Leary said she was wrong.")
    straight = nlp("Senator Martin O'Leary attacked Governor Ann Pryce. O'Leary said she was wrong.")
    assert [(e.text.replace("’", "'"), e.label_) for e in curly.ents] == [(e.text, e.label_) for e in straight.ents]
    assert curly.text.count("’") == 2  # the text and its offsets are as written
    assert [t.norm_ for t in curly] == [t.norm_ for t in straight]


def test_a_legislator_acts_on_their_state_and_its_executive_but_an_official_not_on_their_own_state():
    from newsgraph.analyze.events.doers import own_country
    from newsgraph.model import Actor

    senator = Actor("A1", "Tom Briggs", "person", "USA", "LEG")
    official = Actor("A2", "Ann Holt", "person", "USA", "GOV")
    white_house = Actor("A3", "White House", "country", "USA", "GOV")
    usa = Actor("A4", "United States", "country", "USA")
    assert not own_country(senator, white_house, "AGREE")
    assert not own_country(senator, usa, "REQUEST")
    assert own_country(official, usa, "AGREE")
    assert own_country(official, white_house, "AGREE")
