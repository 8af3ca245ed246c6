"""A possessive that looks ahead to its clause's named subject (real spaCy model, invented people): "In his
speech, Tom Briggs said" is Tom Briggs's speech even when another man was the subject a sentence back;
a possessive after the subject, or in no adjunct, is read as before, and a name of the other gender is not
taken."""
from __future__ import annotations

import actor_rows
import pytest

pytestmark = pytest.mark.model

LEAD = "Senator Jim Ward won the primary on Tuesday. "


@pytest.mark.parametrize("text, phrase, expected", [
    # a prepositional phrase before the subject: the name after it
    (LEAD + "In his speech on Wednesday, Governor Tom Briggs criticized the result.", "his", "Tom Briggs"),
    (LEAD + "During his administration, Tom Briggs cut taxes for farmers.", "his", "Tom Briggs"),
    # inside an adverbial clause put before the subject
    (LEAD + "While his campaign struggled for money, Tom Briggs kept touring the state.", "his", "Tom Briggs"),
    # the possessive after the subject: read as before (the man its own sentence just named)
    (LEAD + "Governor Tom Briggs criticized his speech.", "his", "Tom Briggs"),
    # the clause's own "he" is whom "his" goes with: left to the rules as before
    (LEAD + "After he lost his seat, Tom Briggs said nothing.", "his", "Jim Ward"),
    # the adjunct names its own man before "his": whom it goes with
    (LEAD + "As Governor Tom Briggs defended his record on Sunday, Senator Al Dunn attacked the plan.", "his",
     "Tom Briggs"),
    # inside a quotation, the speaker named after it is no antecedent of its own pronoun
    (LEAD + '"In his speech he was honest," said Al Dunn, a pollster.', "his", "Jim Ward"),
    # a point of view is whose the clause is (most often whoever reports it), not its subject's
    (LEAD + "Ward often says it: in his view, Governor Tom Briggs would ruin the state.", "his", "Jim Ward"),
    # a woman named after "his": not her
    (LEAD + "In his speech, Governor Ann Holt was praised.", "his", "Jim Ward"),
])
def test_possessive_looks_ahead(nlp, text, phrase, expected):
    assert actor_rows.resolved(nlp, text, phrase, last=True) == expected
