"""Generational suffixes: "X Jr." and X are one person unless the article tells two generations apart
(invented texts)."""
from __future__ import annotations

import pytest

from newsgraph.analyze.actors import find_actors
from newsgraph.analyze.actors.generations import (
    kin_given_names,
    set_apart,
    suffix,
    suffixed_full_name,
    suffixed_namesakes,
)
from newsgraph.analyze.actors.names import same_person


def people(nlp, text):
    return [(a.name, [m.text for m in a.mentions]) for a in find_actors(nlp(text), "2024-03-04").to_list()
            if a.kind == "person"]


def test_suffixes_are_read_from_the_end_of_a_name():
    assert suffix("Dan Pell Jr.") == "jr"
    assert suffix("Dan Pell, Sr.") == "sr"
    assert suffix("Dan Pell III") == "iii"
    assert suffix("Dan Pell") is None
    assert suffix("Jr.") is None


def test_a_senior_or_two_different_suffixes_are_two_people():
    assert set_apart("Dan Pell Sr.", "Dan Pell")
    assert set_apart("Dan Pell Jr.", "Dan Pell Sr.")
    assert set_apart("Dan Pell II", "Dan Pell III")
    assert not set_apart("Dan Pell Jr.", "Dan Pell")  # a short form drops the suffix
    assert set_apart("Dan Pell Jr.", "Dan Pell", kin={"dan"})
    assert not same_person("Dan Pell Sr.", "Dan Pell")
    assert same_person("Daniel R. Pell Jr.", "Dan Pell")
    assert not same_person("Dan R. Pell", "Dan Pell Jr.", kin={"dan"})


def test_a_given_name_and_suffix_is_the_one_full_name_with_both():
    assert suffixed_full_name("Dan Jr.", ["Dan R. Pell", "Dan Pell Jr."]) == "Dan Pell Jr."
    assert suffixed_full_name("Dan Jr.", ["Dan Pell Jr.", "Dan Oster Jr."]) is None
    assert suffixed_full_name("Dan Pell", ["Dan Pell Jr."]) is None


def test_a_suffixed_name_beside_its_bare_namesake_is_not_looked_up_as_the_bare_name():
    assert suffixed_namesakes(["Dan R. Pell", "Dan Pell Jr.", "Ana Ruiz Jr."]) == frozenset({"Dan Pell Jr."})
    assert suffixed_namesakes(["Dan Pell Jr.", "Tom Pell"]) == frozenset()


@pytest.mark.model
def test_a_son_named_for_his_father_is_another_person(nlp):
    text = ("Dan R. Pell opened his campaign office on Monday. His son Dan Jr. greeted the volunteers. "
            "Later, Dan Pell Jr. said the campaign had become a movement.")
    assert people(nlp, text) == [("Dan R. Pell", ["Dan R. Pell", "his", "His"]),
                                 ("Dan Pell Jr.", ["Dan Jr.", "Dan Pell Jr."])]


@pytest.mark.model
def test_a_suffix_dropped_in_a_short_form_is_still_one_person(nlp):
    text = "Mayor Pete Voss spoke on Monday. Pete Voss Jr. said the campaign was a movement."
    assert people(nlp, text) == [("Pete Voss Jr.", ["Pete Voss", "Pete Voss Jr."])]


@pytest.mark.model
def test_a_kin_noun_before_a_suffixed_name_marks_its_given_name_unless_a_comma_sets_the_suffix_off(nlp):
    doc = nlp("His son Dan Jr. spoke first. Her father, Tom Brell, Jr., wrote the speech. Ana Ruiz III came too.")
    assert kin_given_names(doc) == frozenset({"dan"})
