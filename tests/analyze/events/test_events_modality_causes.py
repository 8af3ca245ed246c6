"""Modality kept, not dropped (issue 9): counterfactual "would have", duties ("should", "has to"),
resolve ("bent on", "poised to"), "would like to see", acts seen only in a modal, questions that end
in a quotation mark and headline futures. Invented sentences; each row: the exact events, (type,
actor, recipient, modality)."""
from __future__ import annotations

import pytest
from event_rows import event_rows, parsed_token

PUBLISHED = "2024-05-08"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # counterfactual: no announced act, so hypothetical rather than intended
    ("Governor Dana Mills said she would have vetoed the Kenyan proposal.",
     [("REJECT", "Dana Mills", None, "hypothetical")]),
    # "would" in reported speech without "have" stays the future of the past
    ("Governor Dana Mills said she would veto the Kenyan proposal.",
     [("REJECT", "Dana Mills", None, "intended")]),
    # a duty carried over a coordination: advice, not an act
    ("Uganda should be grateful and even agree to help Kenya.",
     [("AGREE", "Uganda", "Kenya", "hypothetical")]),
    # resolve: the attack is not yet done
    ("Officials cite fears of militants bent on attacking Kenya.",
     [("ASSAULT", "Officials", "Kenya", "hypothetical")]),  # actor: a known weakness, not this test's
    # a present duty is not done; a past one was
    ('"Senator Ray Holt has to meet the Kenyan delegation," Governor Dana Mills said.',
     [("CONSULT", "Ray Holt", "Kenyan delegation", "hypothetical")]),
])
def test_unasserted_modality(text, expected):
    assert event_rows(text, PUBLISHED) == expected


@pytest.mark.model
def test_past_duty_and_plain_acts_stay_asserted():
    assert event_rows("Senator Ray Holt had to meet the Kenyan delegation.", PUBLISHED) == [
        ("CONSULT", "Ray Holt", "Kenyan delegation", "asserted")]
    assert event_rows("Kenya attacked militant camps in Somalia on Monday.", PUBLISHED)[0][3] == "asserted"


@pytest.mark.model
@pytest.mark.parametrize("text, word, hypothetical, intended", [
    ("If the talks fail, we might see rebels attacking the capital.", "attacking", True, False),
    ("We saw rebels attacking the capital.", "attacking", False, False),
    ("Ray Holt asked, who would you meet?''", "asked", True, False),
    ("Some senators would like to see him come around to supporting Kenya.", "supporting", True, False),
    ("Senators like to see him supporting Kenya.", "supporting", False, False),
    ("Kenya to meet Uganda on trade", "meet", False, True),
])
def test_modality_of(text, word, hypothetical, intended):
    from newsgraph.analyze.events.modality import modality_of
    mood = modality_of(parsed_token(text, word))
    assert (mood.hypothetical, mood.intended) == (hypothetical, intended)
