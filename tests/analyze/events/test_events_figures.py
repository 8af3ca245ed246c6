"""Event precision, eighth round: figures of speech read from what a verb acts on (``events.figures``):
naming or summoning is no phone call, fighting for a prize is no attack, a tally's capture is no seizure,
someone cut off is interrupted, a purchase is business, a news conference is no meeting, a stance on an issue or a pledge of one's own act
has no one it is for or against. Each non-event stands next to the event the same verb names. On
sentences of our own writing (invented officials). Each row: (type, actor, recipient, modality)."""
from __future__ import annotations

import pytest
from event_rows import event_rows  # (type, actor, recipient, modality) of each event

PUBLISHED = "2024-05-08"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "call X a Y" names, it does not phone: an accusation at most, never CONSULT
    ("Speaking at a rally on Tuesday, Senator Ray Holt called Governor Dana Mills a liar.",
     [("ACCUSE", "Ray Holt", "Dana Mills", "asserted")]),  # the recipient from the learned chooser
    ("The Kenyan Foreign Ministry called the ruling a landmark decision.", []),
    ("Kenya called Uganda on Monday.", [("CONSULT", "Kenya", "Uganda", "asserted")]),
    # fighting for a prize or a purpose is no attack; fighting an enemy is
    ("Both parties were fighting for seats in the northern provinces.", []),
    ("Senator Ray Holt fought for pension reform.", []),
    ("Kenyan troops fought the rebels near the border.", [("ASSAULT", "Kenyan troops", "rebels", "asserted")]),
    # a province captured by votes, a rival caught up with in the polls: an election's count
    ("Governor Dana Mills captured the north by about 2,000 votes.", []),
    ("Senator Ray Holt has pulled nearly even with Governor Dana Mills in the polls.", []),
    ("Kenyan troops captured the northern province after a week of shelling.",
     [("COERCE", "Kenyan troops", None, "asserted")]),
    ("Kenya withdrew its troops from Somalia in March.", [("RETREAT", "Kenya", "Somalia", "asserted")]),
    # someone cut off is interrupted; aid cut off is a sanction
    ("Senator Ray Holt began to answer, but the host cut him off.", []),
    ("Kenya cut off aid to Somalia.", [("SANCTION", "Kenya", "Somalia", "asserted")]),
    # a purchase is business
    ("Governor Dana Mills bought an old hotel in the capital last year.", []),
    # a news conference is a statement to reporters; a joint one with another leader is a meeting
    ("The Kenyan President held a news conference in Nairobi on Monday.", []),
    ("The Kenyan President held a joint news conference with the Ugandan President in Nairobi.",
     [("CONSULT", "Kenyan President", None, "asserted")]),
])
def test_the_object_decides_the_sense(text, expected):
    assert event_rows(text, PUBLISHED) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a stance on an issue backs or refuses no one; another party's proposal or treaty is backed or refused
    ("Senator Ray Holt said he favors raising the minimum wage.", []),
    ('"I will oppose higher taxes on pensions," Governor Dana Mills said.', []),
    ("Governor Dana Mills wants change in the capital.", []),
    ("Senator Ray Holt opposed the treaty with Uganda in 2019.", [("REJECT", "Ray Holt", "Uganda", "asserted")]),
    ("Kenya supports Uganda's bid for a seat on the Security Council.",
     [("SUPPORT", "Kenya", "Uganda", "asserted")]),
    ("Kenya supports the proposal from Uganda.", [("SUPPORT", "Kenya", "Uganda", "asserted")]),
    # a pledge of one's own act is no agreement; a promise to or with another party is
    ("Governor Dana Mills pledged to campaign in every province.", []),
    ("Kenya promised to help Uganda rebuild its schools.", [("AGREE", "Kenya", "Uganda", "asserted")]),
    ("Kenya pledged cooperation with Uganda on border security.", [("AGREE", "Kenya", "Uganda", "asserted")]),
])
def test_stances_and_own_pledges_are_no_plover_events(text, expected):
    assert event_rows(text, PUBLISHED) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a run for an office asks no one for anything; seeking something from a court or a rival does
    ("Senator Ray Holt, who is seeking the Democratic nomination, spoke in Denver on Monday.", []),
    ("Governor Dana Mills said in March that she would not seek the presidency.", []),
    ("Governor Dana Mills sought an injunction against the federal agency.",
     [("REQUEST", "Dana Mills", None, "asserted")]),
    # a poll's count of backers is no act of support; backing another party's plan is
    ("Independent voters favor Ray Holt by a 6-point margin, the survey found.", []),
    ("Senator Ray Holt backed Governor Dana Mills's plan on Monday.",
     [("SUPPORT", "Ray Holt", "Dana Mills", "asserted")]),
    # a press release is a statement to reporters; prisoners released are a release
    ("The Kenyan Foreign Ministry sent out a press release on Monday.", []),
    ("Governor Dana Mills's press release did not mention the budget.", []),
    ("Kenya released two Ugandan prisoners on Monday.", [("RETREAT", "Kenya", None, "asserted")]),
    # a candidate's rally, or two politicians' joint one, is campaigning, no protest
    ("Hundreds of people waited outside the candidate's rally in Denver.", []),
    ("Senator Ray Holt spoke at his first rally with Governor Dana Mills on Monday.", []),
    # declining to say or to give a figure is a no-comment; declining to back someone is a refusal
    ("Governor Dana Mills, however, declined to define what the new tax would cover or how she would pay for it.", []),
    ("Senator Ray Holt declined to support Governor Dana Mills.", [("REJECT", "Ray Holt", "Dana Mills", "asserted")]),
    # an apology is a concession (PLOVER manual: expressions of regret or remorse are CONCEDE)
    ("Senator Ray Holt apologized to Governor Dana Mills on Monday.",
     [("CONCEDE", "Ray Holt", "Dana Mills", "asserted")]),
])
def test_office_runs_poll_counts_press_releases_and_campaign_rallies_are_no_events_an_apology_concedes(text, expected):
    assert event_rows(text, PUBLISHED) == expected
