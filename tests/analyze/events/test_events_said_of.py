"""Whom an accusation is aimed at when its clause names no one (the one the doer's words are about, or
whose doing a thing taken up with "that" is), no doer for a passive adjunct clause, and the doer of a
gerund the parse hung a loose noun on; sentences of our own writing (invented officials, real countries)."""
from __future__ import annotations

import pytest
from event_rows import event_rows  # (type, actor, recipient, modality) of each event

from newsgraph.analyze.events.subjects import subject
from newsgraph.nlp.loader import load

PUBLISHED = "2024-05-08"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the attack is made in what is said: the said clause's subject's owner ("the governor's plan")
    ("Senator Mark Dolan criticized Governor Ann Pryce on Monday. Lashing out, Dolan said the governor's plan "
     "is a disaster.",
     [("ACCUSE", "Mark Dolan", "Ann Pryce", "asserted"), ("ACCUSE", "Mark Dolan", "Ann Pryce", "asserted")]),
    # the accusation's own "that" clause: its subject, or the subject's owner, is the one accused
    ("The opposition party is alleging that Governor Ann Pryce abused her office.",
     [("ACCUSE", "opposition party", "Ann Pryce", "asserted")]),
    ("Senator Mark Dolan charged that Governor Ann Pryce's plan would ruin the farmers.",
     [("ACCUSE", "Mark Dolan", "Ann Pryce", "asserted")]),
    # a speech verb beside the act ("escalated her criticism, telling reporters that X is ...")
    ("Governor Ann Pryce criticized Senator Mark Dolan. She escalated her criticism on Tuesday, telling "
     "reporters that Dolan is a coward.",
     [("ACCUSE", "Ann Pryce", "Mark Dolan", "asserted"), ("ACCUSE", "Ann Pryce", "Mark Dolan", "asserted")]),
    # a passive adjunct clause of its own: the governing clause's subject is not its doer
    ("Kenyan President Ali Khan left the meeting after the Ugandan minister was widely criticized.",
     [("ACCUSE", None, "Ugandan minister", "asserted")]),
    # with its doer named by "by", that doer
    ("Kenyan President Ali Khan left the party after Senator Mark Dolan was accused of fraud by the opposition "
     "leader Tom Ruto.",
     [("ACCUSE", "Tom Ruto", "Mark Dolan", "asserted")]),
    # a thing taken up with a demonstrative is the previous sentence's subject's doing
    ("The Kenyan Interior Ministry concluded on Monday that the election was fair. Ugandan officials have "
     "questioned that determination.",
     [("ACCUSE", "Ugandan officials", "Kenyan Interior Ministry", "asserted")]),
    ("Kenyan President Ali Khan said the deal was good. Ugandan officials have rejected that claim.",
     [("REJECT", "Ugandan officials", "Ali Khan", "asserted")]),
    # not a thing named with its maker, nor one taken up with "the"
    ("The Kenyan Interior Ministry concluded on Monday that the election was fair. Ugandan officials rejected "
     "that finding by the court.",
     [("REJECT", "Ugandan officials", None, "asserted")]),
    ("Kenyan President Ali Khan said the deal was good. Ugandan officials rejected the deal.",
     [("REJECT", "Ugandan officials", None, "asserted")]),
])
def test_whom_and_by_whom(text, expected):
    assert event_rows(text, PUBLISHED) == expected


@pytest.mark.model
def test_said_clause_about_a_thing_names_no_recipient():
    # what is said is about a thing: no one to be the recipient
    rows = event_rows("Senator Mark Dolan lashed out on Monday, saying the budget is a disaster.", PUBLISHED)
    assert rows == [("ACCUSE", "Mark Dolan", None, "asserted")]


@pytest.mark.model
def test_gerund_with_a_loose_noun_before_it_has_that_noun_as_doer():
    # the parse hangs "a sniper" on "targeting" as a loose noun modifier; the sniper targets and kills,
    # not the phrase the gerund modifies ("the fear") nor the sentence's speaker
    doc = load()("On Monday, while speaking about the fear caused by the recent army raids in Mombasa and Kisumu "
                 "and a sniper targeting and killing three Nairobi police officers, Kenyan President Ali Khan "
                 "said the nation must heal.")
    targeting = next(t for t in doc if t.text == "targeting")
    assert doc[targeting.i - 1].dep_ == "npadvmod"  # the parse this case is about
    assert subject(targeting).text == "sniper"
    killing = next(t for t in doc if t.text == "killing")
    assert subject(killing).text == "sniper"
