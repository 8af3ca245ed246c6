"""Codes that a speaker took from the wrong evidence (twenty-second session, set 15's wrong speaker codes): an
acronym the base knows as another body, a country word that names a language or a stance, an office
held by the one a relation ties the speaker to, a description that outweighed a well-known person's dated role.
Every sentence is our own invention; the people and bodies are invented unless a test is about the shipped
knowledge base's facts (then only their names and dated roles appear)."""
from __future__ import annotations

import pytest
from actor_rows import actors, codes

from newsgraph.analyze.actors import coding
from newsgraph.analyze.actors.acronym_entries import abbreviated_name, initials, is_acronym, other_body


def test_an_acronym_abbreviates_the_full_name_the_article_gives():
    assert initials("Harbor Valley Caucus") == "HVC"
    assert initials("Bureau of Land Management") == "BLM"
    assert is_acronym("HVC") and is_acronym("N.R.A.") and not is_acronym("Caucus") and not is_acronym("H")
    assert abbreviated_name("HVC", ["HVC", "Harbor Valley Caucus"]) == "Harbor Valley Caucus"
    assert abbreviated_name("HVC", ["Harbor Caucus"]) is None


@pytest.mark.parametrize("canonical, other", [
    ("Hill Vale Corporation", True),  # another body with the same initials
    ("Harbor Valley Caucus of Legislators", False),  # the same body, named more fully
    ("HVC", False),  # an entry named by the acronym alone says nothing either way
    (None, False),
])
def test_an_entry_found_by_an_acronym_is_another_body_when_its_name_shares_no_word(canonical, other):
    assert other_body("HVC", ["Harbor Valley Caucus", "HVC"], canonical) is other


def test_a_caucus_abbreviated_as_a_foreign_broadcaster_keeps_no_foreign_country(nlp):
    text = ("WASHINGTON -- The Congressional Black Caucus met on Tuesday in the Capitol. The CBC said it opposed "
            "the rule change. Rep. Orlan Teague, a Democrat of Ohio, said the vote was unfair.")
    rows = codes(nlp, text, "2016-06-21")
    assert rows["Congressional Black Caucus"] == ("USA", "LEG")  # not CAN, the base's Canadian broadcaster CBC


@pytest.mark.parametrize("phrase, country", [
    ("Spanish-language media outlets", None),  # a language, spoken in many countries
    ("English-speaking reporters", None),
    ("pro-Israel activists", None),  # what they stand for
    ("anti-American protesters", None),
    ("Spanish diplomats", "ESP"),  # a country word alone still gives its country
    ("Russian-backed separatists", "RUS"),
])
def test_a_country_word_of_a_language_or_a_stance_gives_no_country(phrase, country):
    assert coding.code_phrase(phrase).country == country


@pytest.mark.parametrize("phrase, sector", [
    ("conservative leader in Dayton and close friend of Gov. Ray Alden", None),  # the governor's office is Alden's
    ("a community organizer and ally of Senator Mara Quill", "CVL"),
    ("spokesman for Gov. Ray Alden", "GOV"),  # no relation: the governor's spokesman is of the government
    ("chief of staff to Senator Mara Quill", "LEG"),
])
def test_an_office_of_the_one_a_relation_ties_the_bearer_to_is_not_theirs(phrase, sector):
    assert coding.code_phrase(phrase).sector == sector


def test_a_description_gives_way_to_a_well_known_persons_role_on_the_day(nlp):
    text = ("Hillary Clinton, an accomplished attorney and political activist, told voters in Iowa that she would "
            "win the state.")
    assert codes(nlp, text, "2016-08-19")["Hillary Clinton"] == ("USA", "PTY")  # the nominee, not CVL


@pytest.mark.parametrize("phrase, sector", [
    ("the Marine Corps", "MIL"),  # a corps is no company ("Corp."), whatever its plural looks like
    ("Harland Revolutionary Guard Corps", "MIL"),
    ("the Army Corps of Engineers", "MIL"),
    ("the White House press corps", "JRN"),
    ("the diplomatic corps", "GOV"),
    ("Vantor Corp.", "BUS"),
])
def test_a_corps_is_a_military_body_not_a_corporation(phrase, sector):
    assert coding.code_phrase(phrase).sector == sector


def test_a_possessive_before_a_list_owns_the_aides_in_it(nlp):
    text = ("Senator Mara Quill met donors in Ohio on Monday. According to Quill's friends, aides and allies, she "
            "wants to campaign for her colleagues this fall.")
    assert codes(nlp, text)["aides"][1] == "LEG"  # the senator's aides, not a government's (GOV by default)
    text = "Governor Ray Alden spoke on Monday. His lawyers and advisers said he would appeal."
    assert "Alden advisers" in codes(nlp, text)


@pytest.mark.parametrize("phrase, sector", [
    ("Washington managing editor", "JRN"),  # a journalist's bureau is a place, not the government there
    ("the Moscow bureau chief", "JRN"),
    ("the Ledger's White House bureau chief", "JRN"),
    ("the FBI bureau chief", "COP"),  # a body the title names is still whom they work for
    ("Kremlin spokesman", "GOV"),  # no journalist: the seat is the employer
])
def test_a_journalists_bureau_is_no_government(phrase, sector):
    assert coding.code_phrase(phrase).sector == sector


def test_a_language_compound_names_no_country_actor(nlp):
    text = ("Mr. Lund said that Mr. Ortiz had at last described his views on taxes \\u201cnot only on "
            "Spanish-language television but on English-language television,\\u201d echoing some critics.")
    names = {name for name, _, _, _ in actors(nlp, text, "2016-01-04")}
    assert "Spain" not in names and "United Kingdom" not in names
