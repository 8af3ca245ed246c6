"""Object and possessive pronouns (real spaCy model, invented people): "him" takes up the person its own
sentence has just named, and a person named in the sentence before outranks an earlier subject; the
object of a verb that is no object-control verb does not do its infinitive ("called X to congratulate
him": the caller congratulates, so "him" may be X). Subject pronouns are read as before."""
from __future__ import annotations

import actor_rows
import pytest

pytestmark = pytest.mark.model

STORY = ("Senator Jim Ward easily won the Republican primary on Tuesday. Governor Ann Holt said Wednesday that "
         "she called Senator Tom Briggs after the vote to congratulate him on an extraordinary campaign. ")


def resolved(nlp, text, phrase):
    return actor_rows.resolved(nlp, text, phrase, last=True)  # the last phrase of the text


@pytest.mark.parametrize("text, phrase, expected", [
    # the object pronoun of a purpose infinitive: the one just called, not the subject a sentence back
    (STORY, "him", "Tom Briggs"),
    # a possessive a sentence later: the person the sentence before named, not the earlier subject
    (STORY + "She said she admires his determination.", "his", "Tom Briggs"),
    # an object-control verb's object still does its infinitive: "him" is someone else
    ("Senator Jim Ward won the primary. Governor Ann Holt urged Senator Tom Briggs to endorse him.", "him",
     "Jim Ward"),
])
def test_object_pronoun_antecedent(nlp, text, phrase, expected):
    assert resolved(nlp, text, phrase) == expected
