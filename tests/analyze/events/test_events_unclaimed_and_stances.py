"""New events for what the blind labellers of evlab15/16/17 listed as missed (issue 9), on sentences of our own
writing (invented towns and officials, real spaCy parse): a specific act of violence named by a noun with no
doer ("the Dunmore terror attacks", ``unclaimed``) recorded against its target or place, actor unknown;
stance idioms ("stand with", "pushed back on", "took issue with", ``stances``); with look-alikes that make
no event: attacks in words, attacks feared or generic, a country's own strikes, standing somewhere."""
from __future__ import annotations

import pytest
from event_rows import trigger_rows

pytestmark = pytest.mark.model

PUBLISHED = "2016-05-08"


def _types(text):
    return [(t, trigger) for t, trigger, _, _ in trigger_rows(text, PUBLISHED)]


@pytest.mark.parametrize("text, trigger", [
    ("After the Paris terror attacks, Governor Amy Cole canceled her trip.", "attacks"),
    ("The shootings in San Bernardino shook the campaign of Governor Amy Cole.", "shootings"),
    ("Senator Amy Cole spoke about the terrorist attack on the consulate in Benghazi.", "attack"),
    ("Mayor Jon Teller spoke after the 1983 attack on the U.S. embassy in Beirut.", "attack"),
])
def test_unclaimed_attacks_are_events_with_no_doer(text, trigger):
    rows = [r for r in trigger_rows(text, PUBLISHED) if r[0] == "ASSAULT"]
    assert [(r[1], r[2]) for r in rows] == [(trigger, None)]
    assert rows[0][3] is not None  # recorded against its target or place


@pytest.mark.parametrize("text", [
    "Senator Amy Cole stepped up her attacks on Governor Paul Brandt in Ohio.",  # words, with a doer
    "The attacks on Governor Paul Brandt grew sharper in Ohio.",  # words: no mark of force
    "Governor Amy Cole vowed to protect the state against terrorist attacks.",  # feared, nowhere
    "The U.S. military strikes in Syria continued on Monday.",  # the country is the doer, not the place
])
def test_look_alike_attacks_make_no_unclaimed_event(text):
    assert not [r for r in trigger_rows(text, PUBLISHED) if r[0] == "ASSAULT" and r[2] is None]


@pytest.mark.parametrize("text, etype, actor, recipient", [
    # "should stand with": the speaker's demand that the country take that stance
    ("Senator Marco Rubio said the United States should stand with Israel.", "REQUEST", "Marco Rubio", "United States"),
    ("Governor Amy Cole is standing with Senator Paul Brandt in this race.", "SUPPORT", "Amy Cole", "Paul Brandt"),
    ("Governor Amy Cole pushed back on the charges of Senator Paul Brandt.", "REJECT", "Amy Cole", None),
    ("Governor Amy Cole took issue with Senator Paul Brandt.", "REJECT", "Amy Cole", "Paul Brandt"),
])
def test_stance_idioms_make_events(text, etype, actor, recipient):
    rows = trigger_rows(text, PUBLISHED)
    assert any(r[0] == etype and r[2] == actor and (recipient is None or r[3] == recipient) for r in rows), rows


@pytest.mark.parametrize("text", [
    "Governor Amy Cole stood with Senator Paul Brandt on the stage.",  # where she stood (the past)
    "Standing with Senator Paul Brandt, Governor Amy Cole waved to the crowd.",  # a participle: a place
    "Governor Amy Cole took the issue to the state court.",  # a matter taken, no disagreement
])
def test_stance_look_alikes_make_no_stance_event(text):
    assert not [r for r in trigger_rows(text, PUBLISHED) if r[0] in ("SUPPORT", "REJECT")], trigger_rows(text, PUBLISHED)
