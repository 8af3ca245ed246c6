"""Name-calling the parse reads as an apposition without its comma ("called X an obvious fraud") or as two
object predicates, or makes in a relative clause ("X, who has called Y a liar"), is an accusation (PLOVER
ACCUSE disapprove), not a phone call; a verb of force with "back" between politicians ("shot back at X") is a
reply in words (ACCUSE), as "fired back" and "hit back" already were; a campaign advertisement's verbal act is
its author's, as a letter's or a statement's is. Sentences of our own writing (invented officials), real spaCy
parse (twenty-first session, issue 9)."""
from __future__ import annotations

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model

PUBLISHED = "2016-05-08"


@pytest.mark.parametrize("text, rows", [
    # the name given hung on the one named as an apposition, no comma between
    ("Senator Mara Quill called Governor Ben Ostrow an obvious fraud.",
     [("ACCUSE", "Mara Quill", "Ben Ostrow", "asserted")]),
    # in a relative clause whose subject is "who": its antecedent names
    ("Senator Mara Quill, who called Governor Ben Ostrow a liar, spoke in Ohio.",
     [("ACCUSE", "Mara Quill", "Ben Ostrow", "asserted")]),
])
def test_unmarked_name_of_contempt_is_an_accusation(text, rows):
    assert event_rows(text, PUBLISHED) == rows


def test_unmarked_kind_name_is_no_phone_call():
    # a name given, kind: no accusation, and no one was phoned
    assert event_rows("Senator Mara Quill called Governor Ben Ostrow a friend.", PUBLISHED) == []


def test_apposition_with_comma_stays_a_phone_call():
    # a real apposition (set off by commas) says who the one phoned is
    assert event_rows("Senator Mara Quill called Governor Ben Ostrow, a rival, on Monday.", PUBLISHED) == [
        ("CONSULT", "Mara Quill", "Ben Ostrow", "asserted")]


@pytest.mark.parametrize("text, rows", [
    ("Senator Mara Quill shot back at Governor Ben Ostrow on Friday.",
     [("ACCUSE", "Mara Quill", "Ben Ostrow", "asserted")]),
    ("Senator Mara Quill struck back at Governor Ben Ostrow on Friday.",
     [("ACCUSE", "Mara Quill", "Ben Ostrow", "asserted")]),
])
def test_retort_between_politicians_is_words(text, rows):
    assert event_rows(text, PUBLISHED) == rows


def test_retort_with_arms_stays_force():
    rows = event_rows("Senator Mara Quill shot back at Governor Ben Ostrow with a rifle.", PUBLISHED)
    assert not [row for row in rows if row[0] == "ACCUSE"]


@pytest.mark.parametrize("text, rows", [
    # a campaign's advertisement: its author (the "by" source, the possessor, the agent of "released by")
    ("A new ad by Senator Mara Quill accuses Governor Ben Ostrow of lying about his record.",
     [("ACCUSE", "Mara Quill", "Ben Ostrow", "asserted")]),
    ("Senator Mara Quill's new television ad criticizes Governor Ben Ostrow.",
     [("ACCUSE", "Mara Quill", "Ben Ostrow", "asserted")]),
])
def test_advertisement_speaks_for_its_author(text, rows):
    assert event_rows(text, PUBLISHED) == rows


def test_advertisement_of_no_one_named_is_no_event():
    # the text does not say whose ad it is
    assert event_rows("A campaign TV ad released Thursday accuses Governor Ben Ostrow of buying influence.",
                      PUBLISHED) == []
