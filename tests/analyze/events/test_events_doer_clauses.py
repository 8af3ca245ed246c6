"""Doers read across clauses, on sentences of our own writing (invented people), real spaCy parse: a time
adjunct of a passive is its subject's act, a parenthetical reporting clause controls nothing, a "with X
doing" clause's subject does the bare participle after it, the named possessor of a noun of intent does
the infinitive the parse hung on the verb, the one given a verdict "for" a gerund did it, a relative
clause of saying's pronoun is the noun it modifies, and supporters are not the one they support."""
from __future__ import annotations

import pytest
from event_rows import parsed_token, trigger_rows

from newsgraph.analyze.events import subjects

PUBLISHED = "2024-05-08"


def _doer(text: str, word: str):
    token = parsed_token(text, word)
    doer = subjects.subject(token)
    return doer.text if doer is not None else None


@pytest.mark.model
def test_a_time_adjunct_of_a_passive_is_its_subjects_act():
    text = "Six students were detained by the police in Mombasa after refusing to leave the ministry."
    assert _doer(text, "refusing") == "students"  # not the police, the passive's agent
    text = "The activist was arrested by the police while protesting outside the embassy."
    assert _doer(text, "protesting") == "activist"


@pytest.mark.model
def test_a_parenthetical_reporting_clause_is_no_controller():
    text = "Nor does Governor Ortiz have any plans, aides say, to start denouncing the border policy."
    assert _doer(text, "denouncing") == "Ortiz"  # not the aides who report her plans


@pytest.mark.model
def test_a_with_clauses_subject_does_the_participle_after_it():
    text = "The networks all stayed with Omar Haddad talking at length about his wealth, taking shots at Ortiz."
    assert _doer(text, "taking") == "Haddad"  # not the networks


@pytest.mark.model
def test_the_named_possessor_of_a_noun_of_intent_does_its_infinitive():
    text = "Halim also decried Haddad's repeated calls to ban all refugees from entering the country."
    assert _doer(text, "ban") == "Haddad"
    text = "Halim also decried his repeated calls to ban all refugees from entering the country."
    assert _doer(text, "ban") == "Halim"  # a pronoun possessor: the clause's subject, as before


@pytest.mark.model
def test_the_one_given_a_verdict_for_a_gerund_did_it():
    text = "The Daily Ledger gave Haddad two stars, out of a possible four, for dismissing the idea that he knew."
    assert _doer(text, "dismissing") == "Haddad"  # not the paper that gave the rating


@pytest.mark.model
def test_a_relative_clause_of_sayings_pronoun_is_the_noun_it_modifies():
    rows = trigger_rows("Governor Lena Ortiz and Senator Omar Haddad met on Monday.\n\nSenator Omar Haddad - "
                        "who previously said he would bomb the rebel camps - met Governor Lena Ortiz on Monday. "
                        "Ortiz spoke later.", PUBLISHED)
    bombs = [r for r in rows if r[1].endswith("bomb")]
    assert bombs and all(r[2] == "Omar Haddad" for r in bombs)
    rows = trigger_rows("Senator Omar Haddad and Governor Lena Ortiz spoke on Monday.\n\nHaddad and Ortiz are nearing "
                        "an agreement that would see him endorse her in Ohio on Tuesday.", PUBLISHED)
    assert ("SUPPORT", "endorse", "Omar Haddad", "Lena Ortiz") in rows  # no one speaks: not the agreement


@pytest.mark.model
def test_supporters_are_not_the_one_they_support():
    rows = trigger_rows("Senator Omar Haddad spoke in Ohio on Monday.\n\nHaddad supporters attacked the "
                        "protesters outside the hall.", PUBLISHED)
    assert not any(r[1] == "attacked" and r[2] == "Omar Haddad" for r in rows)
