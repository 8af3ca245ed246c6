"""Sectors and countries of US political actors as of the article's date: campaigns and their staff,
party committees, advocacy groups, office holders whose courtesy titles outlive the office, credited
staff of the story. Every sentence here is our own invention (the people named are invented unless a
test is about the shipped knowledge base's facts)."""
from __future__ import annotations

import pytest
from actor_rows import actors, codes, countries

from newsgraph.analyze.actors import coding, find_actors, kb, knowledge
from newsgraph.analyze.actors.credits import credited_names


@pytest.mark.parametrize("phrase, country, sector", [
    ("legal director for the American Civil Liberties Union", "USA", "NGO"),  # the base's name, not "Union"
    ("the American Civil Liberties Union", "USA", "NGO"),
    ("only a few campaign workers", None, "PTY"),  # a campaign's workers are its party's, not labour
    ("her campaign staff", None, "PTY"),
    ("the paid employees", None, None),  # an employee is of whoever employs them
    ("nonprofits", None, "NGO"),
    ("civil rights groups", None, "NGO"),
    ("Federal courts", None, "JUD"),  # no town called Federal
    ("One party", None, "PTY"),
    ("a larger general election staff", None, None),  # no general of an army
    ("a general in the wars", None, "MIL"),
    ("the former Democratic candidate", "USA", None),  # the race is over: the title says nothing now
    ("American Jews", "USA", "REL"),
    ("Latino voters", None, "CVL"),
    ("a retiree", None, "CVL"),
    ("a liberal columnist", None, "JRN"),
])
def test_words_code_campaigns_advocacy_groups_and_people(phrase, country, sector):
    code = coding.code_phrase(phrase)
    assert (code.country, code.sector) == (country, sector)


@pytest.mark.parametrize("name, date, code", [
    ("Paul Ryan", "2016-02-19", "USALEG"),  # the Speaker, not the 2012 running mate
    ("Paul Ryan", "2012-09-01", "USALEG"),  # a sitting representative as running mate stays LEG
    ("Bernie Sanders", "2016-07-13", "USALEG"),
    ("Antonin Scalia", "2015-06-01", "USAJUD"),
    ("Antonin Scalia", "2016-07-13", "USAELI"),
    ("Republican National Committee", "2016-08-23", "USAPTY"),
    ("AIPAC", "2016-03-22", "USANGO"),
    ("the General Services Administration", "2016-05-12", "USAGOV"),  # no general's
    ("Cheryl Mills", "2016-09-07", "USAELI"),
    ("Sheldon Adelson", "2016-03-22", "USABUS"),
])
def test_the_base_knows_the_roles_of_2016(name, date, code):
    assert knowledge.code_phrase(name, kb.shipped(), date).code == code


def test_a_legislators_seat_comes_before_a_candidacy_held_at_the_same_time():
    from newsgraph.analyze.actors.kb import Entry, Role

    entry = Entry("t:1", "Ada Vane", "person", (Role("USA", "LEG", "2011-01-03", None, "additions"),
                                                Role("USA", "PTY", "2015-05-01", "2016-03-01", "additions"),
                                                Role("USA", "BUS", "1990-01-01", None, "additions")))
    assert entry.role_at("2015-09-01").sector == "LEG"
    assert entry.role_at("2010-09-01").sector == "BUS"


def test_build_gives_a_dictionary_ngo_its_home_country():
    from test_actor_kb import build_script

    build = build_script()
    sectors = build.cameo_sectors()
    assert build.parse_role("NGOUSAHRI", sectors, {"USA", "GBR"})[:2] == ("USA", "NGO")
    assert build.parse_role("NGOHRI", sectors, {"USA", "GBR"}) is None or \
        build.parse_role("NGOHRI", sectors, {"USA", "GBR"})[0] is None


def test_a_courtesy_title_of_an_ended_office_gives_way_to_the_role_on_the_day(nlp):
    text = ("Hillary Clinton spoke to supporters in Ohio on Tuesday. Secretary Clinton said the economy "
            "needed new roads and bridges.")
    rows = codes(nlp, text, "2016-07-12")
    assert rows["Hillary Clinton"] == ("USA", "PTY")


def test_a_candidates_spokesman_and_advisers_are_the_campaigns(nlp):
    text = ("Bernie Sanders spoke in Fresno on Sunday. Sanders's top advisers met on Monday, and "
            "Tomas Quill, a spokesman for Sanders, said the senator would stay in the race.")
    index = find_actors(nlp(text), "2016-06-06")
    rows = {a.name: (a.country, a.sector) for a in index.to_list()}
    assert rows["Bernie Sanders"] == ("USA", "LEG")  # a senator who runs stays a senator
    assert rows["Tomas Quill"] == ("USA", "PTY")
    assert any(sector == "PTY" and "advisers" in name for name, (_, sector) in rows.items())


def test_an_advocacy_group_and_its_director_are_ngo(nlp):
    text = ("Ada Wren, legal director for the American Civil Liberties Union in Ohio, said the state law "
            "was unfair. The Human Rights Campaign also criticised the law.")
    rows = codes(nlp, text, "2016-07-02")
    assert rows["Ada Wren"] == ("USA", "NGO")
    assert rows["American Civil Liberties Union"] == ("USA", "NGO")
    assert rows["Human Rights Campaign"] == ("USA", "NGO")


@pytest.mark.parametrize("text, name", [
    ("Follow Ada Roe on Twitter @adaroe.", "Ada Roe"),
    ("Wren reported from Fresno, Calif.; Quill, from Washington.", "Wren"),
    ("The fund gave money.Contributing: Bo Lindqvist, The Morning Record.", "Bo Lindqvist"),
    ("Tamsin Hale via Getty Images.", "Tamsin Hale"),
    ("Ada Roe is a senior reporter for the Daily Planet.", "Ada Roe"),
])
def test_credit_lines_name_the_storys_own_staff(text, name):
    assert [text[s:e] for s, e in credited_names(text)] == [name]


def test_a_source_who_reported_something_is_no_credit():
    assert credited_names("Ada Roe reported that the deal was done.") == []


def test_a_credited_reporter_is_a_journalist(nlp):
    text = ("WASHINGTON - The Senate passed the highway bill on Tuesday, senators said. Ada Roe reported "
            "from Washington; Tom Quill contributed reporting.")
    rows = codes(nlp, text, "2016-07-12")
    assert rows["Ada Roe"] == ("USA", "JRN")
    assert rows["Tom Quill"] == ("USA", "JRN")


def test_a_surname_with_its_one_word_title_is_the_office_holder_the_base_knows(nlp):
    text = "Gov. Ada Quill said on Sunday that Secretary Clinton was wrong about the new rules."
    rows = codes(nlp, text, "2016-07-10")
    assert rows["Clinton"] == ("USA", "PTY")  # the nominee on the day, not the secretary of state


def test_a_patron_is_named_in_full_before_a_shared_surname(nlp):
    text = "Staffers of Bill Clinton met Hillary Clinton in Ohio on Monday."
    rows = {name: sector for name, _, _, sector in actors(nlp, text, "2016-09-07")}
    assert rows["Bill Clinton"] == "ELI"
    assert rows["Hillary Clinton"] == "PTY"


def test_a_regional_word_and_a_stateless_armed_group_keep_the_setting_off(nlp):
    text = ("WASHINGTON - Ada Quill said in Ohio on Monday that the United States should not prop up "
            "Middle Eastern dictators. Local police in Ohio said the Islamic State had no members there.")
    rows = countries(nlp, text, "2016-03-22")
    assert rows["Middle Eastern dictators"] is None
    assert rows["Islamic State"] is None
    assert rows["Local police"] == "USA"


def test_an_unnamed_president_of_a_political_story_is_its_states(nlp):
    text = ("Ada Quill said on Monday in Ohio that the next president should appoint new judges. "
            "She said a sitting vice president had never lost an election in Ohio. Voters in Iowa agreed.")
    rows = codes(nlp, text, "2016-05-12")
    # the story's country; no sector: "the next president" holds no office yet (a role whoever wins takes)
    assert rows["next president"] == ("USA", None)


def test_a_companys_president_stays_uncoded(nlp):
    text = "Lumen Robotics Inc. said its president, Mike Siever, would step down. The company said the chairman agreed."
    rows = {name: sector for name, _, _, sector in actors(nlp, text, "2016-05-12")}
    assert rows["Mike Siever"] is None


def test_a_past_president_named_by_title_and_surname_is_of_the_country_the_story_is_about(nlp):
    # the Phoenix dictionaries list "President Truman" and "General Eisenhower" as aliases: the article
    # being about the United States, the office holder of the past is American
    text = ("The American senator said the plan was no Marshall Plan. President Truman signed that plan in "
            "1948, and General Eisenhower led the army in the United States.")
    found = codes(nlp, text, "2016-05-01")
    assert found["Truman"] == ("USA", "GOV")
    assert found["Eisenhower"][0] == "USA"


def test_a_titled_surname_in_a_story_of_no_country_takes_none(nlp):
    found = countries(nlp, "The senator said President Truman signed it.", "2016-05-01")
    assert found["Truman"] is None  # nothing in the article is of the country the base files him under
