"""Event recall on sentences of our own writing (invented officials, real spaCy parse): words of
disapproval the CAMEO dictionary lacks, a rebuttal of a claim, demands that someone resign, inquiries
and shootings named by nouns, and the recipients of these acts (whose decision, which pronoun, which
relative clause); with their look-alikes that make no event."""
from __future__ import annotations

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model

PUBLISHED = "2016-05-08"


@pytest.mark.parametrize("text, rows", [
    ("Senator Dana Whitcombe questioned the Justice Department's decision on Monday.",
     [("ACCUSE", "Dana Whitcombe", "Justice Department", "asserted")]),
    ("Representative Ana Ruiz has portrayed Governor Paul Brandt's budget as a danger to public schools.",
     [("ACCUSE", "Ana Ruiz", "Paul Brandt", "asserted")]),
    ("Senator Amy Cole has returned to critiquing Governor Paul Brandt over his tax plan.",
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    ("Governor Lena Marsh disputed Senator Tom Alder's account of the meeting.",
     [("REJECT", "Lena Marsh", "Tom Alder", "asserted")]),
    ("Mayor Jon Teller called on Tuesday for Police Chief Rita Vance to resign.",
     [("REQUEST", "Jon Teller", "Rita Vance", "asserted")]),
    ("The state police launched an inquiry into Mayor Tim Ross.",
     [("ACCUSE", "state police", "Tim Ross", "asserted")]),
    # rights given back (CAMEO 081): the signer of the order that gives them
    ("Governor Terry Malone said he had signed an executive order that restores the civil rights of former "
     "prisoners.", [("CONCEDE", "Terry Malone", None, "asserted")]),
])
def test_words_of_disapproval_demand_and_inquiry(text, rows):
    assert event_rows(text, PUBLISHED) == rows


@pytest.mark.parametrize("text, rows", [
    # whose finances: the possessor; "its" is the body named before it
    ("The FBI said its investigation into Senator Mark Olsen's finances was continuing.",
     [("ACCUSE", "Federal Bureau of Investigation", "Mark Olsen", "asserted")]),
    # an object pronoun is not the doer of its own clause
    ("Mayor Carl Dunn asked Governor Ruth Penn to resign after she criticized him in a radio interview.",
     [("REQUEST", "Carl Dunn", "Ruth Penn", "asserted"), ("ACCUSE", "Ruth Penn", "Carl Dunn", "asserted")]),
    # a relative pronoun stands for the plan, whose owner is criticized
    ("Mayor Tim Ross defended Governor Paul Brandt's budget plan, which Senator Amy Cole has criticized.",
     [("SUPPORT", "Tim Ross", "Paul Brandt", "asserted"), ("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    # "after having slammed": the one who introduces the bill slammed the plan, not the bill
    ("Senator Ivo Lind said he will introduce a bill after having slammed a plan backed by Governor Tess Moll.",
     [("ACCUSE", "Ivo Lind", "Tess Moll", "asserted")]),
    # the source of criticism is its doer, the one who came under it its recipient
    ("Governor Paul Brandt came under attack from Senator Amy Cole over the budget.",
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    # whose plan: the one who proposed it
    ("Senator Amy Cole criticized the plan Governor Paul Brandt proposed.",
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    # a candidate's campaign is an organisation of its own (PTY, PLOVER codes it apart from the candidate):
    # the campaign, not the candidate, strikes the deal
    ("Candidate Ross Vale's campaign and the Republican National Committee struck a joint fundraising deal.",
     [("AGREE", "Vale campaign", "Republican National Committee", "asserted")]),
])
def test_recipients_and_doers(text, rows):
    assert event_rows(text, PUBLISHED)[:len(rows)] == rows


@pytest.mark.parametrize("text", [
    "Police questioned the suspect for hours.",  # an interrogation, no criticism
    "The Orlando shooting shocked the nation.",  # no one named who shot
    "Governor Paul Brandt wore a dark suit.",  # clothes, no lawsuit
    "The Finnish ministry received an inquiry from a reader.",  # a question, no investigation
])
def test_look_alikes_make_no_event(text):
    assert event_rows(text, PUBLISHED) == []


def test_where_an_act_is_done_from_is_no_recipient():
    rows = event_rows("Governor Paul Brandt said that when Senator Amy Cole railed against Wall Street from her seat "
                      "in the Senate, she spoke for all.", PUBLISHED)
    assert rows == [("ACCUSE", "Amy Cole", None, "asserted")]


def test_a_deal_cut_is_no_cut_in_ties():
    rows = event_rows("This is the speech that drew attention over deals the Brandt team appeared to cut with two "
                      "reporters.", PUBLISHED)
    assert "SANCTION" not in [row[0] for row in rows]


@pytest.mark.parametrize("text, rows", [
    # acts aimed at someone the CAMEO tables lack, read only when the target names someone
    ("Senator Dana Whitcombe ripped Governor Paul Brandt on Tuesday.",
     [("ACCUSE", "Dana Whitcombe", "Paul Brandt", "asserted")]),
    ("Senator Amy Cole unloaded on Governor Paul Brandt at the rally.",
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    ("Mayor Tim Ross vouched for Governor Paul Brandt.",
     [("SUPPORT", "Tim Ross", "Paul Brandt", "asserted")]),
    ("Senator Dana Whitcombe shunned Mayor Tim Ross at the dinner.",
     [("REJECT", "Dana Whitcombe", "Tim Ross", "asserted")]),
    ("Senator Dana Whitcombe coordinated with Mayor Tim Ross on the flood response.",
     [("COOPERATE", "Dana Whitcombe", "Tim Ross", "asserted")]),
    # a talk with a person named (CAMEO's "speak" alone is a statement)
    ("Senator Dana Whitcombe spoke with Mayor Tim Ross on Monday.",
     [("CONSULT", "Dana Whitcombe", "Tim Ross", "asserted")]),
    # named with a word of insult: an accusation of the one named, or of whose decision it is
    ('Senator Dana Whitcombe later called Mayor Tim Ross "very weak on crime."',
     [("ACCUSE", "Dana Whitcombe", "Tim Ross", "asserted")]),
    ('Senator Dana Whitcombe called Mayor Tim Ross\'s decision "arbitrary."',
     [("ACCUSE", "Dana Whitcombe", "Tim Ross", "asserted")]),
])
def test_acts_aimed_at_someone(text, rows):
    assert event_rows(text, PUBLISHED) == rows


@pytest.mark.parametrize("text", [
    "Senator Dana Whitcombe ripped the page from her notebook.",  # a thing torn, no one criticized
    "Senator Amy Cole trashed the old campaign posters.",  # thrown away
    "Mayor Tim Ross embraced the new technology.",  # a thing taken up, no one supported
    "Senator Dana Whitcombe spoke to reporters on Monday.",  # words to an audience, no talks
])
def test_acts_aimed_at_things_make_no_event(text):
    assert event_rows(text, PUBLISHED) == []
