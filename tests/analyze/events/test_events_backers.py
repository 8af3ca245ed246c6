"""A named backer of a political actor (issue 9, missed events): "the developer X supports Governor Y", "the
union endorsed Senator Z" are SUPPORT events though the index knows no political role of the doer
(``events.BACKING_POLITICS``); look-alikes: backing someone or something that is not political, and a doer the
index does not name. Sentences of our own writing (invented people), real spaCy parse."""
from __future__ import annotations

import pytest
from event_rows import trigger_rows

pytestmark = pytest.mark.model

PUBLISHED = "2016-05-08"


@pytest.mark.parametrize("text, backer, backed", [
    ("Florida developer Carl Bernardi supports Governor Paul Brandt 100 percent.", "Carl Bernardi", "Paul Brandt"),
    ("Actor Dane Holloway endorsed Senator Amy Cole in November.", "Dane Holloway", "Amy Cole"),
])
def test_named_backer_of_a_politician_is_a_support_event(text, backer, backed):
    rows = [r for r in trigger_rows(text, PUBLISHED) if r[0] == "SUPPORT"]
    assert [(r[2], r[3]) for r in rows] == [(backer, backed)]


@pytest.mark.parametrize("text", [
    "Fans supported the Cleveland Cavaliers on Sunday.",  # no political recipient
    "Carl Bernardi supports his neighbor Tom Reed in the chess final.",  # a private person backed
    "Many people support Governor Paul Brandt.",  # no named doer
])
def test_backing_of_no_political_actor_or_by_no_named_doer_is_no_event(text):
    assert not [r for r in trigger_rows(text, PUBLISHED) if r[0] == "SUPPORT" and r[2] is not None]
