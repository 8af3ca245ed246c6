"""Errors of the default event view on unseen news (issue 9, twentieth session), on sentences of our own
writing (invented officials): a question asked is no request, a politician's "assault" in words is an
accusation, and a fault laid "on" someone is aimed at them, not at the owner of the fault. Each row: the
exact events the sentence makes as (type, actor name, recipient name, modality)."""
from __future__ import annotations

import pytest
from event_rows import event_rows  # (type, actor, recipient, modality) of each event candidate

PUBLISHED = "2024-05-08"
pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # a question is asked: the "that" clause after a dash belongs to the charge, no request of the verb
    ('"Why did he do it?" Senator Ann Holt asked, repeating a charge - that Governor Tom Briggs was to blame '
     "for the attacks.", [("ACCUSE", "Ann Holt", None, "hypothetical")]),
    # "asked the question": the infinitive says why it was asked, not what anyone was asked to do
    ("Senator Ann Holt said she asked the question to build on Governor Tom Briggs's comments.", []),
    # a request whose complement is only set off by an adjunct stays one
    ("Senator Ann Holt asked, in a letter, that Governor Tom Briggs resign.",
     [("REQUEST", "Ann Holt", "Tom Briggs", "asserted")]),
    ("Senator Ann Holt asked Governor Tom Briggs to resign.", [("REQUEST", "Ann Holt", "Tom Briggs", "asserted")]),
])
def test_a_question_asked_is_no_request(text, expected):
    assert event_rows(text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", [
    # the noun "assault" between politicians names words (PLOVER ACCUSE), as "attack" does
    ("Senator Ann Holt continued her assault on Governor Tom Briggs.",
     [("ACCUSE", "Ann Holt", "Tom Briggs", "asserted")]),
    # a party's members as a group attack in words too, by verb or noun
    ("Republicans attacked President Tom Briggs over his budget.",
     [("ACCUSE", "Republican Party", "Tom Briggs", "asserted")]),
    ("Republicans continued their assault on President Tom Briggs.",
     [("ACCUSE", "Republican Party", "Tom Briggs", "asserted")]),
    # the verb keeps its blow, and police and protesters keep their force
    ("Protesters attacked President Tom Briggs's motorcade.", [("ASSAULT", "Protesters", "Tom Briggs", "asserted")]),
    ("Senator Ann Holt assaulted a reporter.", [("ASSAULT", "Ann Holt", None, "asserted")]),
    ("Police assaulted protesters in Nairobi.", [("ASSAULT", "Police", "protesters", "asserted")]),
])
def test_a_politicians_assault_in_words(text, expected):
    assert event_rows(text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", [
    # the fault is laid on the media, not on the one whose decline it is
    ("Senator Ann Holt blamed Governor Tom Briggs's decline in the polls on the news media.",
     [("ACCUSE", "Ann Holt", "news media", "asserted")]),
    # laid on no actor: no one is accused (the decline's owner is not)
    ("Senator Ann Holt blamed Governor Tom Briggs's decline in the polls on the economy.", []),
    # an "on" of the verb's own, and the plain "blamed X for"
    ("Senator Ann Holt blamed the attack on the embassy on Governor Tom Briggs.",
     [("ACCUSE", "Ann Holt", "Tom Briggs", "asserted")]),
    ("Senator Ann Holt blamed Governor Tom Briggs for the attacks.", [("ACCUSE", "Ann Holt", "Tom Briggs", "asserted")]),
    # an "on" of time before the fault is no one blamed
    ("Governor Ann Holt on Thursday blamed the media for making an issue out of Senator Tom Briggs's remark.",
     [("ACCUSE", "Ann Holt", "media", "asserted")]),
])
def test_a_fault_laid_on_someone(text, expected):
    assert event_rows(text, PUBLISHED) == expected
