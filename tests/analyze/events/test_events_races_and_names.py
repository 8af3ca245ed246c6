"""Two word senses that name no event (issue 9): a race verb ("beat", "catch") with one named person doing it
to another is a contest of candidates, not force or an arrest; "call" with a quoted name or an object
predicate gives a name, it phones no one. Sentences of our own writing (invented people), real spaCy parse."""
from __future__ import annotations

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model

PUBLISHED = "2016-05-08"


@pytest.mark.parametrize("text", [
    "Polls show Senator Mara Quill beating Governor Ben Ostrow in Ohio.",
    "Quill can disrupt Governor Ben Ostrow on his way to the nomination, but she can't beat him.",
    "It seems unlikely that Senator Mara Quill can catch Governor Ben Ostrow.",
])
def test_one_candidate_beating_another_is_no_force(text):
    assert not [row for row in event_rows(text, PUBLISHED) if row[0] in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize("text, etype", [
    ("Police caught the smugglers at the border.", "COERCE"),  # described doers: an arrest
    ("Rebels beat Governor Ben Ostrow outside his home.", "ASSAULT"),  # a group's beating of a person
])
def test_force_by_a_described_doer_stays(text, etype):
    assert [row for row in event_rows(text, PUBLISHED) if row[0] == etype]


@pytest.mark.parametrize("text", [
    "Senator Mara Quill called Governor Ben Ostrow \u201cthe conscience of the party.\u201d",
    "Senator Mara Quill praised the governor, calling him, among other things, \u201ca real builder.\u201d",
])
def test_quoted_name_is_no_phone_call(text):
    assert not [row for row in event_rows(text, PUBLISHED) if row[0] == "CONSULT"]


def test_phone_call_with_a_quote_later_stays():
    rows = event_rows("Senator Mara Quill called Governor Ben Ostrow on Tuesday, and then told reporters "
                      "\u201cwe talked for an hour.\u201d", PUBLISHED)
    assert ("CONSULT", "Mara Quill", "Ben Ostrow", "asserted") in rows
