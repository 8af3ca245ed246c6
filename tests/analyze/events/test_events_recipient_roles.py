"""Names a sentence gives another part than the one acted on (sixteenth session, invented people, real spaCy
parse): a party compared with the doer ("Like X, ..."), the doer's partner in a coordinated subject, a name
inside the act a request asks its addressee to do, the doer of a clause the trigger's clause is an adjunct
of (not one it is a condition on), a name inside a gerund clause of its own, and troops asked for, opposed,
sent or withdrawn (``forces``)."""
from __future__ import annotations

import pytest
from event_rows import parsed_token, trigger_rows

from newsgraph.analyze.events import recipients
from newsgraph.analyze.events.forces import moved_forces

PUBLISHED = "2024-05-08"


def _rows(text: str):
    return trigger_rows(text, PUBLISHED)


@pytest.mark.model
def test_the_doers_partner_in_a_coordinated_subject_is_no_target():
    rows = _rows("Senator Tom Ortiz and Governor Dan Reyes have used harsh words, with Ortiz promising to bomb them.")
    assert [r for r in rows if r[1] == "promising"] == [("THREATEN", "promising", "Tom Ortiz", None)]


@pytest.mark.model
def test_a_name_inside_the_asked_act_is_not_whom_a_request_asks():
    rows = _rows("Senator Tom Ortiz was urging a rival government to watch Norwegians.")
    assert rows == [("REQUEST", "urging", "Tom Ortiz", None)]  # the government is asked, not Americans
    rows = _rows("Brell officials urged volunteers to echo Senator Tom Ortiz's remarks, but party chiefs "
                 "struggled to reply.")
    assert rows == [("REQUEST", "urged", "Brell officials", None)]


@pytest.mark.model
def test_the_agent_of_the_clause_an_adjunct_hangs_on_is_no_target():
    rows = _rows("Governor Dan Reyes was attacked by Senator Tom Ortiz for suggesting in interviews that he would "
                 "stay impartial in negotiating the dispute between Norway and the Danes.")
    negotiating = [r for r in rows if r[1] == "negotiating"]
    assert negotiating and negotiating[0][3] != "Tom Ortiz"


@pytest.mark.model
def test_the_subject_a_condition_waits_on_stays_the_target():
    rows = _rows("Senator Tom Ortiz said that Iran must do more before he would support lifting sanctions.")
    assert ("RETREAT", "lifting", "Tom Ortiz", "Iran") in rows


@pytest.mark.model
def test_troops_asked_for_or_opposed_are_no_recipient():
    assert _rows("Senator Tom Ortiz has called for 9,000 troops in Syria.") == [
        ("REQUEST", "called for", "Tom Ortiz", None)]
    assert _rows("Senator Tom Ortiz opposed ground troops.") == [("REJECT", "opposed", "Tom Ortiz", None)]
    # troops asked are the ones a demand is aimed at
    assert _rows("Senator Tom Ortiz urged the troops to stand down.") == [
        ("REQUEST", "urged", "Tom Ortiz", "troops")]


@pytest.mark.model
def test_moved_forces_reads_whose_forces_and_what_a_release_frees():
    def phrase(text, word):
        token = parsed_token(text, word)
        return token.doc[token.left_edge.i:token.i + 1]

    text = "The army freed 60 child soldiers."
    assert not moved_forces("RETREAT", "release", parsed_token(text, "freed"), phrase(text, "soldiers"), None)
    text = "The army withdrew 60 soldiers from Syria."
    assert moved_forces("RETREAT", "withdraw", parsed_token(text, "withdrew"), phrase(text, "soldiers"), None)
    text = "The senator called for Russia's troops to leave."
    assert not moved_forces("REQUEST", None, parsed_token(text, "called"), phrase(text, "troops"), "USA")


@pytest.mark.model
def test_a_name_compared_with_the_doer_is_no_target():
    text = "Like Senator Ortiz, the governor also rejected the notion."
    head, ortiz = parsed_token(text, "rejected"), parsed_token(text, "Ortiz")
    context = recipients.Context(head.sent, head, "REJECT", "A2", None, None)
    assert recipients.other_role(context, ortiz, ortiz, set())
    text = "The governor wants to confront threats like Iran."
    head, iran = parsed_token(text, "confront"), parsed_token(text, "Iran")
    context = recipients.Context(head.sent, head, "THREATEN", "A1", None, None)
    assert recipients.other_role(context, parsed_token(text, "threats"), iran, set())  # the phrase is "threats"
