"""Verbs of disparagement and disowning the CAMEO 2.0 verb dictionary lacks (vilify, excoriate, bash: as
its DENOUNCE set, 111 -> ACCUSE; repudiate: as its REJECT set) and the appeal verb "petition" (020, which
PLOVER REQUEST covers), on sentences of our own writing (invented officials, real
spaCy parse); with look-alikes that make no event."""
from __future__ import annotations

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model

PUBLISHED = "2016-05-08"


@pytest.mark.parametrize("text, rows", [
    ("Senator Amy Cole vilified Governor Paul Brandt in a speech.",
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    ("Senator Amy Cole excoriated Governor Paul Brandt on Tuesday.",
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    ("Senator Amy Cole bashed Governor Paul Brandt on Tuesday.",
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    ("Senator Amy Cole repudiated Governor Paul Brandt on Tuesday.",
     [("REJECT", "Amy Cole", "Paul Brandt", "asserted")]),
    ("Senator Amy Cole petitioned for a change in the rules.", [("REQUEST", "Amy Cole", None, "asserted")]),
])
def test_disparaging_and_appeal_verbs_make_events(text, rows):
    assert event_rows(text, PUBLISHED) == rows


@pytest.mark.parametrize("text", [
    "Fans bashed the ball around the park.",  # no political doer, no one bashed
    "The storm vilified nobody.",  # a thing as doer
])
def test_no_event_without_a_political_doer(text):
    assert event_rows(text, PUBLISHED) == []
