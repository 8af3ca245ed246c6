"""Sectors of actors that had none, on phrases and sentences of our own: a government portfolio before
the holder's name ("Undersecretary for Management Jane Roe") is no unknown employer, the US parties'
committees are known by name and acronym, and a possessive's owner passes their sector to their staff."""
from __future__ import annotations

import actor_rows
import pytest

from newsgraph.analyze.actors import find_actors
from newsgraph.analyze.actors.coding import code_phrase


@pytest.mark.parametrize("phrase, code", [
    ("Undersecretary for Political Affairs Mara Quill", "GOV"),  # a portfolio, then the holder's name
    ("Under Secretary of State for Management Tobin Wade", "GOV"),
    ("Undersecretary for Political Affairs", "GOV"),
    ("secretary of Ceres Robotics Inc. Jane Roe", "BUS"),  # a company's name is still an employer
    ("spokesman for Acme Security", None),  # a spokesman has no portfolio: an unknown employer, no guess
    ("the RNC member", "USAPTY"),  # the parties' committees, by acronym and by name
    ("DNC chairwoman Lena Ortiz", "USAPTY"),
    ("a National Republican Senatorial Committee official", "USAPTY"),
])
def test_phrase_sector(phrase, code):
    c = code_phrase(phrase)
    assert (c.country or "") + (c.sector or "") == (code or "") or (c.sector == code and c.country is None)


def test_the_dnc_is_named_in_full():
    assert code_phrase("the DNC").name == "Democratic National Committee"


def test_staffers_of_a_possessive_owner_take_the_owner_sector(nlp):
    text = "Sen. Carla Brenning, D-Ohio, spoke on Tuesday. She said her staffers were careless with the files."
    rows = actor_rows.actors(nlp, text)
    assert ("Carla Brenning", "person", "USA", "LEG") in rows
    assert [row[3] for row in rows if row[0] == "staffers"] == ["LEG"]


@pytest.mark.parametrize("phrase, code", [
    ("member of the Assembly Budget Committee", "LEG"),  # a legislature's committee: its members are LEG
    ("a spokesman for the Senate Intelligence Committee", "USALEG"),  # not the intelligence services'
    ("chairman of the House Oversight Committee", "LEG"),
    ("a member of the Labour Party", "PTY"),
    ("a family member", None),
    ("a retired customer service representative", "CVL"),  # a retiree, of no institution
    ("a customer service representative", None),  # a job, of some business
    ("a retired teacher", "EDU"),  # retired keeps a title's own sector ...
    ("a retired Army general", "ELI"),  # ... or makes it a former official's
])
def test_members_and_committees(phrase, code):
    c = code_phrase(phrase)
    assert (c.country or "") + (c.sector or "") == (code or "")


@pytest.mark.parametrize("text", [
    "The judge wrote that the rule tells farmers that they are strangers, not full members of the community.",
])
def test_members_said_of_someone_else_are_no_actors(nlp, text):
    index = find_actors(nlp(text), "2016-07-01")
    members = [a for a in index.actors if "members" in a.name]
    assert members and all(a.id in index.no_actors for a in members)


def test_a_member_of_a_court_speaks_for_its_judges(nlp):
    text = "Senator Ann Wirt said members of the Supreme Court should stay out of elections."
    assert [row[3] for row in actor_rows.actors(nlp, text) if row[0] == "members of the Supreme Court"] == ["JUD"]


def test_staff_of_different_owners_are_different_groups(nlp):
    text = ("Dana Pell and Carl Brook met on Monday. Pell said her staffers were tired. "
            "Brook said his staffers were fine.")
    staff = [row for row in actor_rows.actors(nlp, text) if row[0] == "staffers"]
    assert len(staff) == 2


def test_a_business_owner_passes_her_sector_to_her_employees(nlp):
    text = "Acme Robotics chief executive Dana Pell said her employees would get a raise."
    assert ("employees", "group", None, "BUS") in actor_rows.actors(nlp, text)


def test_one_of_a_titled_group_takes_its_title(nlp):
    text = "The letter also accuses one of the reporters, Lisa Marrow, of ignoring the figures."
    assert [row[3] for row in actor_rows.actors(nlp, text) if row[0] == "Lisa Marrow"] == ["JRN"]


@pytest.mark.parametrize("text, row", [
    ("The senator told ABC on Sunday that Washington would act.", ("ABC", "USA", "JRN")),
    # Australia's ABC bears the acronym too: no wrong state, still a broadcaster
    ("The ABC reported that the Australian minister resigned.", ("ABC", None, "JRN")),
])
def test_abc_is_a_broadcaster(nlp, text, row):
    assert row in [(name, country, sector) for name, _, country, sector in actor_rows.actors(nlp, text, "2016-08-01")]


@pytest.mark.parametrize("phrase, kind", [("the company website", "organization"), ("a news website", "organization"),
                                          ("a correspondent", "person")])
def test_a_website_is_no_person(phrase, kind):
    assert code_phrase(phrase).kind == kind  # "-ite" ends a person noun ("Shiite"), not "website"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # an officer is a person of the country its adjective names, of no sector of its own ...
    ('"We will hold the line," the Ruritanian officer said.', ("Ruritanian officer", "person", None, None)),
    ('"We will respond," a Pakistani officer said.', ("Pakistani officer", "person", "PAK", None)),
    # ... and of whatever institution modifies it
    ("An army officer said the road was closed.", ("army officer", "person", None, "MIL")),
    ("A police officer said the road was closed.", ("police officer", "person", None, "COP")),
])
def test_an_officer_is_a_person_of_the_modifiers_country_and_institution(text, expected):
    import newsgraph

    rows = [(a.name, a.kind, a.country, a.sector) for a in newsgraph.analyze(text).actors if "officer" in a.name]
    assert rows == [expected]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the tagger reads "Energy Tomás Quiroga" as one organisation: the portfolio, then the person
    ("Bolivian Deputy Minister of Energy Tomás Quiroga said the team would travel in April.",
     [("Tomás Quiroga", "person", "BOL", "GOV")]),
    ("The Ministry of Energy said the plant would close.", [("Ministry of Energy", "organization", None, "GOV")]),
])
def test_a_portfolio_before_a_name_is_not_part_of_it(text, expected):
    import newsgraph

    rows = [(a.name, a.kind, a.country, a.sector) for a in newsgraph.analyze(text).actors if a.kind != "country"]
    assert rows == expected


def test_a_described_speaker_named_by_a_term_of_several_words_takes_its_sector(nlp):
    # "ruling coalition" (GOV) is a term of the CAMEO agents dictionary as a whole; "leaders" alone is a
    # weak word whose GOV default says nothing of whose leaders they are
    found = {name: (kind, sector) for name, kind, _, sector in actor_rows.actors(
        nlp, "The ruling coalition said it would hold talks. Their leaders said nothing.")}
    assert found["ruling coalition"] == ("organization", "GOV")
