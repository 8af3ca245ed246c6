"""A definite organisation description ("the company", "the department") stands for the named body of its
kind the text has just named (real spaCy model): a company the tagger took for a person but the knowledge
base knows as a company, and a department or ministry only when the body's name says "department" or
"ministry" (never Congress or a trade group named nearby)."""
from __future__ import annotations

import actor_rows
import pytest

pytestmark = pytest.mark.model


def resolved(nlp, text, phrase):
    return actor_rows.resolved(nlp, text, phrase, last=True)  # the last phrase of the text


@pytest.mark.parametrize("text, phrase, expected", [
    # a company the base knows, tagged as a person: "the company" is still that company
    ("Twitter said in a statement that it condemns terrorism. The company said its moves had produced "
     "results.", "The company", "Twitter"),
    # "the department": the department named two sentences before
    ("The State Department released the emails on Thursday. Congress asked for more. The department said it "
     "will add the missing data in January.", "The department", "US State Department"),
])
def test_description_resolves_to_the_named_body_of_its_kind(nlp, text, phrase, expected):
    assert resolved(nlp, text, phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    # "the department" is no legislature: it stays a description of its own
    ("Congress held a hearing on Thursday. The department said it will add the missing data in January.",
     "The department"),
])
def test_department_is_no_body_of_another_name(nlp, text, phrase):
    assert resolved(nlp, text, phrase) == "department"
