"""Event precision, sixth round: word senses read from the class of what a verb acts on, acts the text
does not assert (demanded, prevented, imagined, advised), shared views and judgments, a bare role that
stands for the one person of that role. On sentences of our own writing (invented officials). Each
row: the exact events the sentence makes, (type, actor, recipient, modality)."""
from __future__ import annotations

import pytest
from event_rows import event_rows  # (type, actor, recipient, modality) of each event

PUBLISHED = "2024-05-08"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a bar cleared is no one met; a delegation met is a meeting
    ("Senators who meet that threshold are eligible for extra staff.", []),
    ("Senator Ray Holt met the Kenyan delegation in Nairobi.", [("CONSULT", "Ray Holt", "Kenyan delegation", "asserted")]),
    # a price charged is no accusation; a crime charged is one
    ("Office space rents for about $40 per square foot, although Senator Ray Holt has charged more than that.", []),
    ("Prosecutors charged Senator Ray Holt with fraud.", [("ACCUSE", "Prosecutors", "Ray Holt", "asserted")]),
    # papers published are no prisoners freed
    ("The Kenyan Foreign Ministry released more than 900 pages of Governor Dana Mills's emails on Friday.", []),
    ("Kenya released 40 prisoners on Monday.", [("RETREAT", "Kenya", None, "asserted")]),
    # an office accepted yields to no demand; a fortune lifted eases no restriction
    ("Governor Dana Mills prepares to accept the party's nomination this month.", []),
    ("Governor Dana Mills has based her campaign on lifting the economic fortunes of the middle class.", []),
    ("The United States lifted sanctions on Iran.", [("RETREAT", "United States", "Iran", "asserted")]),
    # an invitation accepted is an agreement; a court freeing people releases them; an emergency lifted eases
    ("The Kenyan President has accepted an invitation to meet with Uganda's leader to negotiate a truce.",
     [("AGREE", "Kenyan President", "Uganda", "asserted")]),
    pytest.param("A Kenyan court has freed on bail two ex-ministers.",  # the recipient from the learned chooser
                 [("RETREAT", "Kenyan court", "ministers", "asserted")],
                 marks=pytest.mark.xfail(strict=True, reason="the learned recipient chooser (v4 features) leaves "
                                         "this recipient empty: 'none' 0.49 against the freed 0.46")),
    ("Kenya has lifted a three-month-old state of emergency.", [("RETREAT", "Kenya", None, "asserted")]),
    ("The Kenyan government eased curfew hours in the north.", [("RETREAT", "Kenyan government", None, "asserted")]),
    # a court's ruling concedes nothing; one's own decision defended backs no one
    ("After the Supreme Court's decision legalized gambling, Governor Dana Mills said the ruling was wrong.", []),
    ("Governor Dana Mills sought to defend her decision to use a private server.", []),
    ("Kenya's leaders were quick to offer condolences on Monday and affirm their friendship with the Ugandan people.",
     # the condolences, too, are offered to the Ugandan people (the learned chooser fills it)
     [("SUPPORT", "Kenya leaders", "Uganda", "asserted")]),
])
def test_what_is_acted_on_decides_the_sense(text, expected):
    assert event_rows(text, PUBLISHED) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a campaign's money gathered or spent on itself is no aid; money given to a state is
    ("Senator Ray Holt raised funds from donors in July, when he was self-funding his campaign.", []),
    ("Kenya provided $2 million in assistance to Malawi.", [("AID", "Kenya", "Malawi", "asserted")]),
    # a poll's share of support is no aid given
    ("The two candidates are tied, with each receiving the support of 40 percent of voters.", []),
    # an aim is no request; asking for help from someone is
    ("Governor Dana Mills is seeking to amplify Senator Ray Holt's weaknesses on trade.", []),
    ("Kenya sought help from Uganda.", [("REQUEST", "Kenya", "Uganda", "asserted")]),
    # a vow of resolve promises nothing to anyone; an offer to another state is a promise
    ("Senator Ray Holt vowed to win back the public's trust.", []),
    ("Kenya offered to send troops to Somalia.", [("AGREE", "Kenya", "Somalia", "asserted")]),
])
def test_campaign_acts_are_no_plover_events(text, expected):
    assert event_rows(text, PUBLISHED) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "called (on a day) for X to resign" is a demand of X, no phone call
    ("Governor Dana Mills called Tuesday for Senator Ray Holt to resign over the scandal.",
     [("REQUEST", "Dana Mills", "Ray Holt", "asserted")]),
    # the act demanded in a headline's bare verb did not happen
    ("Holt demands Mills resign for criticizing him as unfit.", []),
    # an act kept from happening, an imagined condition, advice to everyone: no events
    ("The ruling prevents county clerks from denying licenses to couples.", []),
    ('"If he went into a church and killed innocent people, we\'d call it terrorism," Senator Ray Holt said.',
     [("ACCUSE", "Ray Holt", None, "hypothetical")]),
    ('"We need to respect our police officers," Governor Dana Mills said.', []),
    # a passive with no doer inside a quotation is no act of the speaker's ("they are welcomed back")
    ('"Kenya is a place where people make mistakes, they serve their time, and they are welcomed back," '
     "Governor Dana Mills said.", []),
    # a state of commitment ("his government is committed to ...") stays the speaker's promise
    ("The Kenyan Prime Minister said his government is committed to opening up the economy to international "
     "investors.", [("AGREE", "Kenyan Prime Minister", "international investors", "asserted")]),
    # declining to address a report says nothing; declining to meet someone refuses a meeting
    ("A spokesman for the Kenyan ministry declined to address the report.", []),
    ("Ukraine declined to meet the Russian envoy.", [("REJECT", "Ukraine", "Russia", "asserted")]),
])
def test_acts_the_text_does_not_assert(text, expected):
    assert event_rows(text, PUBLISHED) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # agreeing with someone's remarks backs them (SUPPORT); agreeing that someone is an opportunist
    # accuses them; neither is an agreement between parties
    ("Senator Ray Holt said he agrees with Governor Dana Mills's remarks.",
     [("SUPPORT", "Ray Holt", "Dana Mills", "asserted")]),
    ("Senator Ray Holt said he agrees Governor Dana Mills is a total opportunist.",
     [("ACCUSE", "Ray Holt", "Dana Mills", "asserted")]),
    # an act judged wrong for someone to do blames them, it asks nothing of them
    ("Senator Ray Holt said it was totally inappropriate for Governor Dana Mills to criticize the president.",
     [("ACCUSE", "Ray Holt", "Dana Mills", "asserted")]),
    # a politician's attacks on a plan are words; troops' attack on a camp is force
    ("Senator Ray Holt sharpened his attacks on Governor Dana Mills's tax plan.",
     [("ACCUSE", "Ray Holt", "Dana Mills", "asserted")]),
    ("Kenyan troops attacked the rebels' camp near the border.", [("ASSAULT", "Kenyan troops", "rebels", "asserted")]),
])
def test_shared_views_and_judgments(text, expected):
    assert event_rows(text, PUBLISHED) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a judge named elsewhere, "she", strikes down a law: a court ruling, no assault
    ("A federal judge, Lena Marsh, ruled on Monday. Two years ago she struck down Governor Lara Pike's ban on "
     "billboards.", [("SANCTION", "Lena Marsh", "Lara Pike", "asserted")]),
    # a governor undoing a ban is no court ruling
    ("Governor Dana Mills struck down the ban on billboards.", []),
    # a headline's bare "Judge" is the one judge the story names; with two, it stays as it is
    ("Judge blocks Governor Lara Pike's billboard law. U.S. District Judge Lena Marsh said the law was "
     "unconstitutional.", [("SANCTION", "Lena Marsh", "Lara Pike", "asserted")]),
    ("Judge blocks Governor Lara Pike's billboard law. U.S. District Judge Lena Marsh and U.S. District Judge "
     "Omar Quist disagreed.", [("SANCTION", "Judge", "Lara Pike", "asserted")]),
])
def test_courts_and_their_judges(text, expected):
    assert event_rows(text, PUBLISHED) == expected
