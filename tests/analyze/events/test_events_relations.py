"""Recipient phrases that name more than one party, on sentences of our own writing, real spaCy parse: a backing
"behind" someone names whom it backs; the possessor of an adversary ("her challenger", "the country's
neighbour") is the other side, not the one acted on; a name inside a prepositional phrase of another person word
("the wife of an Iranian-American pastor") is that person's, not the phrase's."""
from __future__ import annotations

import pytest
from event_rows import parsed_token, trigger_rows

from newsgraph.analyze.events.relations import (
    aimed_preps,
    on_other_side,
    opposite_number,
    other_side,
    under_someone_else,
)

PUBLISHED = "2016-06-08"


def test_behind_names_whom_a_backing_is_for():
    assert aimed_preps("SUPPORT") == frozenset({"behind"})
    assert aimed_preps("ACCUSE") == frozenset()


def test_adversaries_are_opposite_numbers():
    assert opposite_number(parsed_token("She endorsed her challenger.", "challenger"))
    assert not opposite_number(parsed_token("She endorsed her ally.", "ally"))


def test_the_possessor_of_an_adversary_is_the_other_side():
    assert other_side(parsed_token("He attacked the country's neighbour.", "country"))
    assert not other_side(parsed_token("He attacked the country's leader.", "country"))


@pytest.mark.model
def test_a_name_under_another_person_word_is_that_persons():
    from newsgraph import nlp
    doc = nlp.load(None)("The senator met the wife of an Iranian pastor.")
    wife = next(t for t in doc if t.text == "wife")
    iranian = next(t for t in doc if t.text == "Iranian")
    assert under_someone_else(iranian, wife)
    doc = nlp.load(None)("The senator praised the plan of the Iranian government.")
    plan = next(t for t in doc if t.text == "plan")
    government = next(t for t in doc if t.text == "government")
    assert not under_someone_else(government, plan)
    assert not on_other_side(government, plan)


@pytest.mark.model
def test_support_thrown_behind_a_candidate_is_for_the_candidate():
    rows = trigger_rows("Governor Dan Hale of Ohio spoke on Monday. Trump went after Hale hours after the Ohio governor "
                        "threw his support behind Sen. Tom Ruiz for the GOP presidential nomination.", PUBLISHED)
    assert [r[3] for r in rows if r[1] == "threw"] == ["Tom Ruiz"]


@pytest.mark.model
def test_a_challengers_possessor_is_not_backed():
    rows = trigger_rows("Senator Anne Fox faces a primary in August. Governor Bill Tate endorsed and has raised money for "
                        "her primary challenger in Florida, law professor Tim Barrow.", PUBLISHED)
    assert [r[3] for r in rows if r[1] == "endorsed"] == ["Tim Barrow"]


@pytest.mark.model
def test_a_countrys_neighbour_is_not_that_country():
    rows = trigger_rows("Governor Bill Tate has long attacked the United States' northern neighbor, calling Canadian "
                        "officials weak.", PUBLISHED)
    assert [r[3] for r in rows if r[1] == "attacked"] == [None]


@pytest.mark.model
def test_a_candidate_described_by_a_country_is_no_country():
    rows = trigger_rows("Senator Tom Hale blasted the French presidential candidate on Monday.", PUBLISHED)
    assert [(r[0], r[3]) for r in rows if r[1] == "blasted"] == [("ACCUSE", None)]


@pytest.mark.model
def test_a_name_counted_in_a_quantity_stays_its_phrases():
    from newsgraph import nlp
    doc = nlp.load(None)("They courted some of Washington's traditional Republican leadership.")
    some = next(t for t in doc if t.text == "some")
    washington = next(t for t in doc if t.text == "Washington")
    assert not under_someone_else(washington, some)
