"""A he/she subject does not reach past a named organisation that is the subject just before it (real spaCy
model, invented sentences; issue 10, set 15: "he" given to a person named in passing two sentences back when
the subject between was a person the tagger took for an organisation)."""
from __future__ import annotations

import actor_rows
import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # the subject of the sentence before is a named organisation: the person named before it is not "he"
    ("The band was led by Tom Brell. Northwind Logistics said on Thursday that the city welcomes a review. "
     "He said the review was overdue.", None),
    # ... nor in the clause the organisation's own subject governs
    ("The band was led by Tom Brell. Later, Northwind Logistics said he quit.", None),
    # the person named again after the organisation is still "he"
    ("The band was led by Tom Brell. Northwind Logistics hired him on Thursday. He said the job was a good one.",
     "Tom Brell"),
    # an organisation that is only an object leaves the person the sentence before is about
    ("Tom Brell sued Northwind Logistics on Thursday. He said the firm had cheated him.", "Tom Brell"),
])
def test_a_named_organisation_as_the_subject_before_blocks_a_person_named_earlier(nlp, text, expected):
    phrase = "He" if "He " in text else "he"
    assert actor_rows.resolved(nlp, text, phrase, last=True) == expected
