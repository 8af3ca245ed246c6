"""Recipients named before the event's sentence or by the party a candidate runs for: a claim, proposal,
ruling or bill taken up with "the" is its maker's (``said_of.earlier_act_maker``), and "the GOP nominee" is a
person, not the party (``pronouns.party_candidate``). Sentences of our own writing (invented politicians)."""
from __future__ import annotations

import pytest
from event_rows import event_rows

from newsgraph.analyze.events.said_of import earlier_act_maker
from newsgraph.nlp.loader import load

PUBLISHED = "2024-05-08"


def _token(doc, word: str, nth: int = -1):
    return [t for t in doc if t.text == word][nth]


@pytest.mark.model
@pytest.mark.parametrize("text, word, maker", [
    # the verb that does the act, before a "the" mention that takes it up again and beyond
    ("Governor Dana Whitfield proposed a ban on imported cars. The proposal drew criticism from her rivals. "
     "Mayor Tom Briggs called it reckless. Senator Ray Castellano slammed the proposal on Tuesday.",
     "proposal", "Whitfield"),
    # the verb whose object the thing first was
    ("The House passed a bill on farm funding last month. Senate Democrats blocked the bill on Tuesday.",
     "bill", "House"),
    ("Governor Dana Whitfield made an offer to the unions. The unions accepted the offer on Friday.",
     "offer", "Whitfield"),
    # an earlier mention with an owner of its own
    ("Whitfield's proposal surprised the council. Senator Ray Castellano rejected the proposal.",
     "proposal", "Whitfield"),
    # no maker named: a new act brought in by "a", a passive with no agent, a maker that is no one
    ("A proposal to cut taxes surfaced on Monday. Senator Ray Castellano rejected the proposal.", "proposal", None),
    ("A bill was passed last month. Senate Democrats blocked the bill on Tuesday.", "bill", None),
    # taken up with "that"; the subject of the clause a subjectless telling hangs on
    ("On Friday it was a report by Reuters that he lied. Governor Tom Briggs dismissed that report as a lie.",
     "report", "Reuters"),
    ("The Whitfield campaign wants new rules after recently accusing Governor Tom Briggs of fraud. Its team said "
     "the committee skirts the limits. Briggs rejected the allegation.", "allegation", "campaign"),
    # named where it stands, or about something else: not taken up
    ("Whitfield proposed a ban. Senator Ray Castellano rejected the proposal by the mayor.", "proposal", None),
    ("Whitfield proposed a ban. Senator Ray Castellano rejected the proposal on taxes.", "proposal", None),
    # too far back: more than four sentences before the last mention
    ("Whitfield proposed a ban. It rained. It snowed. It was cold. The wind blew. Senator Ray Castellano "
     "rejected the proposal.", "proposal", None),
])
def test_earlier_act_maker(text, word, maker):
    found = earlier_act_maker(_token(load()(text), word))
    assert (found.text if found is not None else None) == maker


@pytest.mark.model
def test_earlier_act_maker_only_for_definite_act_nouns():
    doc = load()("Whitfield proposed a ban. Castellano rejected a proposal. Briggs painted the house.")
    assert earlier_act_maker(_token(doc, "proposal")) is None  # "a proposal": another one
    assert earlier_act_maker(_token(doc, "house")) is None  # no act of saying or deciding
    assert earlier_act_maker(None) is None


@pytest.mark.model
@pytest.mark.parametrize("text, row", [
    ("Governor Dana Whitfield proposed a ban on imported cars. The proposal has drawn criticism from her "
     "rivals. Senator Ray Castellano slammed the proposal as reckless.",
     ("ACCUSE", "Ray Castellano", "Dana Whitfield", "asserted")),
    ("The House passed a bill on farm funding last month. Senate Democrats blocked the bill on Tuesday.",
     ("REJECT", "Democratic Party", "House", "asserted")),
    ("On Friday it was a report by Reuters that he lied. Governor Tom Briggs dismissed that report as a lie.",
     ("REJECT", "Tom Briggs", "Reuters", "asserted")),
    # a maker the index does not list, a new proposal whose maker the story does not name: no recipient
    ("The storm ruled out a vote. Senator Ray Castellano criticized the ruling.",
     ("ACCUSE", "Ray Castellano", None, "asserted")),
    ("A proposal to cut taxes surfaced on Monday. Senator Ray Castellano rejected the proposal.",
     ("REJECT", "Ray Castellano", None, "asserted")),
])
def test_recipient_is_the_maker_of_the_act_taken_up(text, row):
    assert row in event_rows(text, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, recipient", [
    # the party's candidate whom the story titles no one as: no recipient, not the party
    ("The Republican Party held its convention in Ohio on Monday. Talk show host Tom Briggs lashed out at the "
     "GOP nominee on Tuesday.", None),
    ("The Republican Party held its convention in Ohio on Monday. Senator Ray Castellano condemned the GOP "
     "candidate's plan on Tuesday.", None),
    # titled so by the story: that person
    ("The Republican Party held its convention in Ohio on Monday. Republican nominee Dana Whitfield spoke there. "
     "Senator Ray Castellano condemned the GOP nominee's plan on Tuesday.", "Dana Whitfield"),
])
def test_party_candidate_is_no_party(text, recipient):
    rows = [r for r in event_rows(text, PUBLISHED) if r[0] == "ACCUSE"]
    assert [r[2] for r in rows] == [recipient]


@pytest.mark.model
def test_party_words_of_a_candidate():
    from newsgraph.analyze.events.pronouns import party_candidate
    from newsgraph.analyze.events.spans import noun_phrase

    doc = load()("Briggs met the GOP nominee, the party's nominee and the Republican candidates in Ohio.")
    heads = [t for t in doc if t.lower_ in ("nominee", "candidates")]
    assert [party_candidate(h, noun_phrase(h)) for h in heads] == [True, False, False]


@pytest.mark.model
@pytest.mark.parametrize("text, recipient", [
    # "VERB the hell out of X": X is the one the act is done to
    ('Governor Dana Whitfield vowed to "bomb the hell" out of Iran on Monday.', "Iran"),
    ("Governor Dana Whitfield vowed to bomb the hell out of Iran.", "Iran"),
    # a real object: no target read from "out of"
    ("Governor Dana Whitfield vowed to bomb the bridges out of spite.", None),
])
def test_beaten_out_of(text, recipient):
    rows = [r for r in event_rows(text, PUBLISHED) if r[0] in ("THREATEN", "ASSAULT")]
    assert rows and rows[0][2] == recipient, rows


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    ("Briggs lashed out at the GOP nominee on Sunday.", True),
    ("Briggs condemned the GOP candidate's plan.", True),
    # backing the role, or going to: whoever holds it, the party
    ("Briggs said he is going to support the Republican nominee.", False),
    ("The paper is expected to endorse the Democratic candidate in the election.", False),
    ("Briggs will back the GOP nominee.", False),
])
def test_party_candidate_backed_or_attacked(text, person):
    from newsgraph.analyze.events.pronouns import party_candidate
    from newsgraph.analyze.events.spans import noun_phrase

    head = next(t for t in load()(text) if t.lower_ in ("nominee", "candidate"))
    assert party_candidate(head, noun_phrase(head)) is person
