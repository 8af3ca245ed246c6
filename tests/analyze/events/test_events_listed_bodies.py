"""Recipients that are US party committees and advocacy groups the organisations table lists, on sentences of
our own writing, real spaCy parse: a listed acronym the tagger reads as a place is the body ("against the
NRA"); a listed body after "into" is what is entered ("hacked into the DNC"), while a seat of government
after "into" stays a place."""
from __future__ import annotations

import pytest
from event_rows import trigger_rows

from newsgraph.analyze.actors.coding import code_phrase

PUBLISHED = "2016-06-08"


@pytest.mark.parametrize("phrase, sector", [
    ("the NRA", "NGO"),
    ("CAIR", "NGO"),
    ("Planned Parenthood", "NGO"),
    ("the Freedom Caucus", "LEG"),
    ("MoveOn", "PTY"),
])
def test_listed_advocacy_groups_are_coded(phrase, sector):
    code = code_phrase(phrase)
    assert (code.country, code.sector, code.kind) == ("USA", sector, "organization")


@pytest.mark.model
def test_an_acronym_read_as_a_place_is_the_listed_body():
    rows = trigger_rows("The Daily Ledger made the same allegations against the NRA in March.", PUBLISHED)
    assert [r[3] for r in rows if r[0] == "ACCUSE"] == ["National Rifle Association"]


@pytest.mark.model
def test_a_listed_body_after_into_is_entered():
    rows = trigger_rows("Foreign intelligence officers hacked into the DNC last year, Senator Tom Ortiz said.",
                        PUBLISHED)
    assert [r[3] for r in rows if r[1] == "hacked"] == ["Democratic National Committee"]
