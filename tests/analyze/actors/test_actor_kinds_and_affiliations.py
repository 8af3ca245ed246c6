"""Issue 9/10 (twentieth session), on sentences of our own: a person's full name the tagger took for an
organisation is a person's; a seat of government named as the office or the building is no actor; a
wire story's credit lists name its journalists; a person named as an organisation's own takes its sector; a
subject pronoun is not the name its own verb takes as object (the kind fix had exposed "he told Hannity")."""
from __future__ import annotations

import actor_rows
import pytest
from spacy.tokens import Span

from newsgraph.analyze.actors.credits import credited_names
from newsgraph.analyze.actors.mistyped_persons import persons_full_name

PUBLISHED = "2016-05-04"


def _rows(nlp, text):
    return actor_rows.actors(nlp, text, published=PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("name, person", [
    ("Marla Quentley", True),  # a given name and a surname
    ("Dwight R. Hollister", True),  # with a middle initial
    ("Morgan Stanley", False),  # an organisation table knows it
    ("Wells Fargo Center", False),  # a venue's last word
    ("Walter Research", False),  # an institution's word
    ("Victoria Mining Partners", False),
    ("Marla Quentley Poll", False),  # a pollster's product, named after a person
    ("Morgan Field Survey", False),
])
def test_the_shape_of_a_persons_full_name(nlp, name, person):
    doc = nlp(f"Yesterday {name} said the plan would work.")
    start = doc.text.index(name)
    span = doc.char_span(start, start + len(name))
    assert persons_full_name(Span(doc, span.start, span.end, label="ORG")) is person


@pytest.mark.model
def test_a_name_said_as_a_thing_or_opened_by_al_stays_an_organisation(nlp):
    from newsgraph.analyze.actors.mistyped_persons import with_person_names

    text = "Officials carve out exceptions for Special Operations forces and fight Al Qaeda in Yemen."
    doc = nlp(text)
    ents = []
    for name in ("Special Operations", "Al Qaeda"):
        span = doc.char_span(text.index(name), text.index(name) + len(name))
        ents.append(Span(doc, span.start, span.end, label="ORG"))
    assert [e.label_ for e in with_person_names(doc, ents)] == ["ORG", "ORG"]


@pytest.mark.model
def test_a_seat_of_government_as_the_office_or_the_building_is_no_actor(nlp):
    assert "White House" not in actor_rows.listed(
        nlp, "As the race for the White House heats up, Mayor Tilda Voss said she would stay neutral.",
        published=PUBLISHED)
    assert "White House" not in actor_rows.listed(
        nlp, "Laura Penrose has kept out of politics since leaving the White House, Tilda Voss said.",
        published=PUBLISHED)
    assert "White House" not in actor_rows.listed(
        nlp, "Obama welcomed the visiting leaders to the White House on Friday.", published=PUBLISHED)


@pytest.mark.model
def test_a_seat_of_government_that_speaks_stays_an_actor(nlp):
    names = actor_rows.listed(nlp, "As the race for the White House heats up, the White House said on Monday "
                                   "that it would veto the bill.", published=PUBLISHED)
    assert "White House" in names


def test_the_names_of_a_wire_storys_credit_lists():
    text = ("(Reporting by Ana Lindqvist and Tomas Brandt; Additional reporting by Jo Ferrante in Boston; "
            "Editing by Pia Holm.)\nContributing: Ed Marsh, Lu Chen and Ray Obi.\nKim Sato / Reuters.")
    names = {text[a:b].rstrip(".") for a, b in credited_names(text)}
    assert names == {"Ana Lindqvist", "Tomas Brandt", "Jo Ferrante", "Pia Holm", "Ed Marsh", "Lu Chen",
                     "Ray Obi", "Kim Sato"}


def test_a_credit_list_needs_its_opening_words():
    assert credited_names("Tomas Brandt was reported by Fox News to be angry.") == []


@pytest.mark.parametrize("text", [
    "According to reporting by The Wall Street Journal, Tom Brell met Ana Ruiz in March.",
    "The novel drew on writing by Toni Morrison and James Baldwin.",
    "Contributing to the slump, Ana Ruiz said, prices rose.",
])
def test_prose_that_mentions_reporting_or_writing_credits_no_one(text):
    # a credit list stands at a line's start or after the "(" or ";" of a credit block, not inside a sentence
    assert credited_names(text) == []


@pytest.mark.model
def test_a_person_named_as_an_organisations_own_takes_its_sector(nlp):
    rows = _rows(nlp, "Senator Lopez later walked back his comments while speaking to NBC's Hallie Brandt.")
    assert ("Hallie Brandt", "person", "USA", "JRN") in rows
    rows = _rows(nlp, "He told Chris Obermann of CNN after the debate that he hoped so.")
    assert ("Chris Obermann", "person", "USA", "JRN") in rows


@pytest.mark.model
def test_a_persons_or_a_countrys_possessive_gives_no_sector(nlp):
    rows = _rows(nlp, "Putin met Russia's Ivan Petrovsky on Tuesday.")
    assert ("Ivan Petrovsky", "person", "RUS", None) in rows


@pytest.mark.model
def test_a_subject_pronoun_does_not_mean_the_name_its_own_verb_takes_as_object(nlp):
    text = ('Sean Quill asked Tom Brell how high the wall would be. "I think the height could be 35 feet," '
            "he told Quill.")
    assert actor_rows.resolved(nlp, text, "he", last=True) == "Tom Brell"
    assert actor_rows.resolved(nlp, "Sean Quill met Tom Brell on Monday. He said the plan would work.",
                               "He") == "Sean Quill"
    # a given name shared with the object excludes no one: only the object's surname does
    assert actor_rows.resolved(nlp, "Ana Ruiz, a senator, met Tom Kasich in Ohio. He told Tom Dickerson that the "
                               "race was close.", "He") == "Tom Kasich"
