"""Courts that stop a law or an order, and polls that report what a share of those asked think: on
sentences of our own writing (invented officials). Each row: the exact events the sentence makes."""
from __future__ import annotations

import pytest
from event_rows import event_rows  # (type, actor, recipient, modality) of each event

PUBLISHED = "2024-05-08"


COURT_STOPPING_A_LAW = [
    # a court striking down, halting or blocking a law or order: PLOVER SANCTION convict ("find ...
    # unconstitutional"), against whoever made it (not an attack, not a mere rejection)
    ("The Supreme Court of Kansas on Monday struck down Governor Lara Pike's ban on billboards.",
     [("SANCTION", "Supreme Court", "Lara Pike", "asserted")]),
    ("A federal judge in Texas halted President Dana Mills's executive order on asylum.",
     [("SANCTION", "federal judge", "Dana Mills", "asserted")]),
    ("Governor Lara Pike's order was blocked by a federal judge on Friday.",
     [("SANCTION", "federal judge", "Lara Pike", "asserted")]),
    # a politician blocking a bill is no court ruling
    ("Senator Ray Holt blocked the bill in the Senate.", [("REJECT", "Ray Holt", None, "asserted")]),
]


POLL_FINDINGS_ARE_NO_EVENTS = [
    # what a share of those polled would do or back is a poll's finding, not an act of theirs
    ("Twenty-five percent of likely voters say they would not support Senator Ray Holt, the poll found.", []),
    ("A 62% majority of Democrats support sending troops to the region.", []),
    ("Women back Senator Ray Holt by almost 15 points, the survey shows.", []),
    ("A poll released Monday found that 41 percent of Republicans back Senator Ray Holt.", []),
    # a share of a thing is no one polled; a winner's thanks stay an event
    ("Senator Ray Holt won 60 percent of the vote and thanked Governor Lara Pike for her support.",
     [("SUPPORT", "Ray Holt", "Lara Pike", "asserted")]),
]


WORD_SENSES_THAT_NAME_NO_EVENT = [
    # "insist" on a clause of fact is a claim (a statement), on a bare verb a demand
    ("Senator Ray Holt insisted that Governor Lara Pike and his rivals are too concerned about trade.", []),
    ("Senator Ray Holt insisted that Governor Lara Pike resign.", [("REQUEST", "Ray Holt", "Lara Pike", "asserted")]),
    # a fact recognised is no recognition of a state and no support of anyone
    ("Senator Ray Holt seems to recognize his credibility problem on trade.", []),
    # an allegiance captured is a campaign's gain, no seizure
    ("Senator Ray Holt has captured the allegiance of younger voters.", []),
]


RECIPIENT_NAMED_BY_WHAT_THEY_SAID_OR_DID = [
    # the object is a clause opened by "what": its subject is the one criticised or praised
    ("Senator Ray Holt condemned what Governor Lara Pike said about immigrants.",
     [("ACCUSE", "Ray Holt", "Lara Pike", "asserted")]),
    ("Senator Ray Holt slammed Governor Lara Pike's decision to close the schools.",
     [("ACCUSE", "Ray Holt", "Lara Pike", "asserted"),
      ("COERCE", "Lara Pike", "schools", "asserted")]),  # what her decision decides is her act
]


THINGS_RELEASED_AND_BALLOTS_CAST = [
    # a propaganda video released is no prisoner released
    ("The Islamic State has released a propaganda, recruitment video featuring Senator Ray Holt.", []),
    # a ballot cast with nothing voted on is no agreement; a vote in favor of a treaty is one, with the
    # treaty's other party as its recipient (as the blind labellers name it: "rejecting a treaty ... that
    # would tie Ukraine closer to the union" -> the union)
    ("What is less certain is whether young Kenyans will bother to vote in 2020.", []),
    ("The parliament of Kenya voted in favor of the treaty with Uganda.",
     [("AGREE", "parliament of Kenya", "Uganda", "asserted")]),
]


def _cases(group, cases):
    return [pytest.param(text, expected, id=f"{group}-{i}") for i, (text, expected) in enumerate(cases)]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    *_cases("court_stopping_a_law", COURT_STOPPING_A_LAW),
    *_cases("poll_findings_are_no_events", POLL_FINDINGS_ARE_NO_EVENTS),
    *_cases("word_senses_that_name_no_event", WORD_SENSES_THAT_NAME_NO_EVENT),
    *_cases("recipient_named_by_what_they_said_or_did", RECIPIENT_NAMED_BY_WHAT_THEY_SAID_OR_DID),
    *_cases("things_released_and_ballots_cast", THINGS_RELEASED_AND_BALLOTS_CAST),
])
def test_event_rows(text, expected):
    assert event_rows(text, PUBLISHED) == expected
