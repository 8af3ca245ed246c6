"""Speaking descriptions no title table knows ("the former pollster", "the gambling tycoon") stand for
the person the story was just about, and "the company" may be a news outlet when no business is near
(real spaCy model; invented sentences and names)."""
from __future__ import annotations

import pytest
from actor_rows import actors, resolved

pytestmark = pytest.mark.model


def test_an_agent_noun_description_is_the_person_who_was_the_subject_just_before(nlp):
    text = ("Former campaign pollster Ned Vargo was a guest on a cable show. Vargo described the dire "
            "situation his old boss is facing. The former pollster said, \"She is behind in a number of polls.\"")
    assert resolved(nlp, text, "The former pollster") == "Ned Vargo"


def test_a_wealth_noun_names_a_person_not_a_body(nlp):
    text = ("Casino owner Ned Vargo said he met the candidate this week. \"It was very nice,\" the gambling "
            "tycoon told reporters.")
    assert resolved(nlp, text, "the gambling tycoon") == "Ned Vargo"


def test_with_no_subject_before_an_untitled_description_is_an_unnamed_person(nlp):
    text = "Rain fell on the city all week. \"The count is close,\" the pollster said."
    assert resolved(nlp, text, "the pollster") == "pollster"
    assert ("pollster", "person") in [row[:2] for row in actors(nlp, text)]


def test_a_body_noun_is_no_person(nlp):
    # "the center" ends like no agent noun of a person: a body the text describes
    text = "Rain fell on the city all week. \"The count is close,\" the center said."
    assert ("center", "person") not in [row[:2] for row in actors(nlp, text)]


def test_the_company_may_be_the_news_outlet_named_before_it(nlp):
    text = ("Business Insider ended its deal with the columnist on Friday. \"We wish him well,\" "
            "the company said.")
    assert resolved(nlp, text, "the company") == "Business Insider"


def test_the_company_is_the_business_rather_than_the_outlet_that_reported_on_it(nlp):
    text = "The New York Times reported that Apple would cut jobs. The cuts were small, the company said."
    assert resolved(nlp, text, "the company") == "Apple"


def test_a_plain_people_noun_brings_in_someone_new(nlp):
    # "the man" after a named subject is as often a new man (a witness, a passer-by) as the one named
    text = "Ned Vargo walked into the store on Monday. \"It was loud,\" the man said."
    assert resolved(nlp, text, "the man") != "Ned Vargo"


def test_an_agent_noun_that_usually_names_a_body_stays_an_organisation(nlp):
    text = ("Ned Vargo, who heads the group, spoke on Monday. At least 12 people died in the strikes, "
            "the Britain-based monitor said.")
    assert resolved(nlp, text, "the Britain-based monitor") != "Ned Vargo"
    assert ("monitor", "person") not in [(name.split()[-1], kind) for name, kind, *_ in actors(nlp, text)]
