"""Doers read through reported speech and misparsed reduced passives, on sentences of our own writing
(invented people), real spaCy parse: the "he" of a clause someone is said to have said is that someone, not a
person named in an aside between them; a past participle with a "by" agent that the parse made a clause of
its own is done by the agent to the noun before it."""
from __future__ import annotations

import pytest
from event_rows import parsed_token, trigger_rows

from newsgraph.analyze.events.reduced_passives import reduced_passive

PUBLISHED = "2024-05-08"


@pytest.mark.model
def test_a_reported_clauses_he_is_the_one_who_says_it():
    text = ("Governor Omar Haddad spoke in Ohio on Monday.\n\nHaddad, later alleging - again falsely - that "
            "President Lena Ortiz wanted to admit 250,000 migrants, said he would deport refugees.")
    rows = trigger_rows(text, PUBLISHED)
    deport = [r for r in rows if r[1].endswith("deport")]
    assert deport and all(r[2] == "Omar Haddad" for r in deport)  # not Ortiz, named between


@pytest.mark.model
def test_a_quoted_or_told_pronoun_is_not_read_as_the_reporter():
    # told to someone: the "he" may be the one told; the rule leaves it to the other readings
    from newsgraph.analyze.events.reported_doers import _told_someone
    said = parsed_token("Haddad told Peter Vell he would deport the refugees.", "told")
    assert _told_someone(said)
    said = parsed_token("Haddad told reporters he would deport the refugees.", "told")
    assert not _told_someone(said)


@pytest.mark.model
def test_a_reduced_passive_parsed_as_a_clause_is_the_agents_act():
    token = parsed_token("Minister Lena Ortiz said the Freedonians released by the United States were in some "
                         "cases close to finishing their terms.", "released")
    found = reduced_passive(token)
    assert found is not None and (found[0].text, found[1].text) == ("States", "Freedonians")
    rows = trigger_rows("Minister Lena Ortiz said the Freedonians released by the United States were in some "
                        "cases close to finishing their terms.", PUBLISHED)
    assert [r[2] for r in rows if r[1] == "released"] == ["United States"]  # not the released
    token = parsed_token("The prisoners were released by Freedonia on Monday.", "released")
    assert reduced_passive(token) is None  # a passive with its auxiliary: the ordinary reading


@pytest.mark.model
def test_a_reporting_verb_with_no_subject_takes_the_doer_its_clause_gives_it():
    text = ("Senator Omar Haddad and Governor Peter Vell spoke on Monday.\n\nAfter suggesting on Wednesday that he "
            "regretted insulting Mr. Vell last month, Mr. Haddad only rarely disagreed with him.")
    rows = trigger_rows(text, PUBLISHED)
    assert any(r[1] == "regretted" and r[2] == "Omar Haddad" for r in rows), rows


@pytest.mark.model
def test_a_preposed_condition_keeps_its_own_subject():
    text = ("Tom Beck spoke about Omar Haddad on Monday.\n\nBeck said if Haddad wins, he would deport all "
            "refugees.")
    rows = trigger_rows(text, PUBLISHED)
    deport = [r for r in rows if r[1].endswith("deport")]
    assert deport and all(r[2] == "Omar Haddad" for r in deport)  # not Beck, who says it
