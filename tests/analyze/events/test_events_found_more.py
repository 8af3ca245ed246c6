"""Event recall on sentences of our own writing (invented officials, real spaCy parse): demands and threats
named by nouns with their own doer, joint promises, criticism and support said with an adjective, verbs of
appeal, refusal, embrace and complaint the CAMEO dictionary lists in synonym sets only, and the act a
decision names; with their look-alikes that make no event (a danger, an attraction, a lone resolve,
"critical to", a position embraced)."""
from __future__ import annotations

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model

PUBLISHED = "2016-05-08"


@pytest.mark.parametrize("text, rows", [
    # a demand or threat a noun names: its possessor or "from" source is the doer
    ("The Kenyan parliament passed the bill over veto threats from President Ali Khan.",
     [("THREATEN", "Ali Khan", None, "asserted")]),
    ("Senator Amy Cole said the cuts fell far short of Governor Paul Brandt's $2 billion request.",
     [("REQUEST", "Paul Brandt", None, "asserted")]),
    ("Uganda's threats against Kenya alarmed the region.", [("THREATEN", "Uganda", "Kenya", "asserted")]),
    # conjoined doers promising to act together: an agreement between them
    ("Senator Amy Cole and Governor Paul Brandt pledged to work together after the vote.",
     [("AGREE", "Amy Cole", "Paul Brandt", "asserted")]),
    # criticism and support said with an adjective and "of"
    ("Senator Amy Cole was critical of Governor Paul Brandt.", [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    ("Senator Amy Cole has been supportive of Governor Paul Brandt.",
     [("SUPPORT", "Amy Cole", "Paul Brandt", "asserted")]),
    # verbs of the CAMEO synonym sets of demand (push), appeal (lobby), refusal (resist), partnership
    # (embrace) and complaint (grouse)
    ("Police Chief Rita Vance lobbied to suspend the program.", [("REQUEST", "Rita Vance", None, "asserted")]),
    ("The Kenyan police union pushed for a ban on rallies.",
     [("REQUEST", "Kenyan police union", None, "asserted")]),
    ("Governor Paul Brandt resisted.", [("REJECT", "Paul Brandt", None, "asserted")]),
    ("Senator Amy Cole was quick to embrace Governor Paul Brandt after the vote.",
     [("SUPPORT", "Amy Cole", "Paul Brandt", "asserted")]),
    ("Senator Amy Cole groused that Governor Paul Brandt ignored her.",
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    # what a decision names is its owner's act
    ("Senator Amy Cole criticized Governor Paul Brandt's decision to take in more refugees.",
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted"), ("AID", "Paul Brandt", "more refugees", "asserted")]),
])
def test_more_clear_events_are_found(text, rows):
    assert event_rows(text, PUBLISHED) == rows


@pytest.mark.parametrize("text", [
    "Voters worry about the threat from the Islamic State.",  # a danger, no threat made
    "Senator Amy Cole never managed to broaden her appeal beyond her base.",  # an attraction, no request
    "Senator Amy Cole and Governor Paul Brandt vowed to win the election.",  # resolve, promised to no one
    "Education is critical to Governor Paul Brandt's plan.",  # crucial, no criticism
    "She stressed positions that younger voters embrace.",  # a position held, no one supported
])
def test_look_alikes_make_no_event(text):
    assert event_rows(text, PUBLISHED) == []


@pytest.mark.parametrize("text, rows", [
    # what a speaker says of someone with a word of strongly negative valence is the speaker's accusation
    ("Senator Amy Cole said Governor Paul Brandt has failed to do anything for the state.",
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    ('"Governor Paul Brandt is very, very weak on immigration," Senator Amy Cole said.',
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    # not negated, not a fortune ("lost"), not a feeling of the subject's, not asked, not the narrator's
    ("Senator Amy Cole said Governor Paul Brandt is not corrupt.", []),
    ("Senator Amy Cole said Governor Paul Brandt lost the vote.", []),
    ("Senator Amy Cole said Governor Paul Brandt had become frustrated.", []),
    ("Senator Amy Cole says that she is pessimistic about the chances of a deal.", []),  # an outlook of her own
    ("Senator Amy Cole said Governor Paul Brandt was unconvinced by the plan.", []),
    # a failure to do what the event tables name is that event, negated, not a charge as well
    ("Ruritania and Freedonia failed to reach agreement, the Ruritanian ministry said in a statement.", []),
    ('"Is Governor Paul Brandt reckless?" Senator Amy Cole asked.', []),
    ("Governor Paul Brandt failed to win the vote.", []),
])
def test_what_is_said_of_someone_in_negative_words_is_an_accusation(text, rows):
    assert event_rows(text, PUBLISHED) == rows
