"""Two people who share a surname stay two people (invented texts)."""
from __future__ import annotations

import pytest

from newsgraph.analyze.actors import find_actors
from newsgraph.analyze.actors.names import same_person

pytestmark = pytest.mark.model


def persons(nlp, text):
    return [(a.name, [m.text for m in a.mentions]) for a in find_actors(nlp(text), "2024-03-04").to_list()
            if a.kind == "person"]


def test_given_names_of_opposite_genders_or_other_initials_are_two_people():
    assert not same_person("Eric Talvane", "Erica Talvane")  # "Eric" opens "Erica", but he is no she
    assert not same_person("George W. Marrick", "George H.W. Marrick")  # father and son
    assert same_person("George W. Marrick", "George Marrick")  # one of them without his initial
    assert same_person("Chris Talvane", "Christopher Talvane")


def test_a_surname_ending_in_ing_is_the_person_and_not_a_verb(nlp):
    # "Dowling" opening a sentence reads like a gerund ("Dealing with ..."), but the article named
    # Greta Dowling in full: it is her surname
    text = ("Greta Dowling, 61, runs the bakery on Vale Street.\n\n"
            "Dowling and her husband, Paul, walked to the market.")
    assert persons(nlp, text) == [("Greta Dowling", ["Greta Dowling", "Dowling", "her"])]


def test_a_bare_shared_surname_is_the_one_of_the_two_named_last(nlp):
    text = ("Greta Dowling, 61, has run the bakery on Vale Street for thirty years.\n\n"
            "Her husband, Paul Dowling, bakes the bread. Dowling said the shop would stay open all winter.")
    assert persons(nlp, text) == [
        ("Greta Dowling", ["Greta Dowling", "Her"]),
        ("Paul Dowling", ["Paul Dowling", "Dowling"]),
    ]


def test_a_father_and_son_named_alike_are_two_actors(nlp):
    text = ("Former governor George W. Marrick spoke first. Later his father, George H.W. Marrick, "
            "said the state had changed.")
    names = [name for name, _ in persons(nlp, text) if name.endswith("Marrick")]
    assert names == ["George W. Marrick", "George H.W. Marrick"]
