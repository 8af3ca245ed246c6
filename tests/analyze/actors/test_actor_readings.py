"""What reads as an actor and how it is coded, on sentences of our own: a dateline's agency, a bare
generic head, a rating, a thing the tagger took for a person and a place are no actors; a place's
country wins over a country it is named like; committees, health agencies, police and members of
Congress get their sector and country from the words and the article's conventions."""
from __future__ import annotations

import pytest
from actor_rows import actors  # (name, kind, country, sector) of each actor found

from newsgraph.analyze.actors import coding, find_actors
from newsgraph.analyze.actors.token_runs import trim_name

pytestmark = pytest.mark.model


def test_the_agency_of_a_dateline_is_no_actor_and_its_place_gives_local_actors_their_country(nlp):
    found = actors(nlp, "FORT WORTH, Texas (AP) — The police said a fire destroyed the depot. "
                        "Mayor Ona Reeve said the road would reopen.")
    assert found == [("police", "group", "USA", "COP"), ("Ona Reeve", "person", "USA", "GOV")]


def test_an_agency_credit_after_a_place_is_no_actor(nlp):
    found = actors(nlp, "Port Elmer (Tidewater News)A water dispute deepened on Monday, Mayor Ona Reeve said.")
    assert [name for name, *_ in found] == ["Ona Reeve"]


def test_a_bare_generic_head_refers_back_or_is_no_actor(nlp):
    found = find_actors(nlp("The Electoral Commission said it would look at the case. The Commission "
                            "did not say more. Officials spoke for the Department on Monday."), None).to_list()
    assert [(a.name, len(a.mentions)) for a in found] == [("Electoral Commission", 3), ("Officials", 1)]


def test_a_rating_is_no_actor(nlp):
    assert actors(nlp, "The claim was rated Mostly True by the site.") == []


def test_things_the_tagger_took_for_persons_are_no_actors(nlp):
    assert actors(nlp, "Meth is a problem here, the governor said.") == [("governor", "person", None, "GOV")]
    found = actors(nlp, "Plague cases rose on Monday. Health workers said the plague had spread to two villages.")
    assert [name for name, *_ in found] == ["Health workers"]
    # a bare surname that is not at a sentence start stays a person
    assert ("Okafor", "person", None, None) in actors(nlp, "Zhou He later met Okafor.")


def test_a_place_is_no_person(nlp):
    found = actors(nlp, "The mayor of Sioux Falls, Dana Whitt, said the road would reopen.")
    assert found == [("Dana Whitt", "person", "USA", "GOV")]


def test_a_possessive_left_at_the_start_of_a_name_is_dropped(nlp):
    doc = nlp("The network's Okonjo spoke.")
    start = next(t.i for t in doc if t.text == "'s")
    assert trim_name(doc[start:start + 2]).text == "Okonjo"


def test_a_place_named_like_a_country_is_in_its_own_country():
    assert coding.code_phrase("Inner Mongolian officials").country == "CHN"
    assert coding.code_phrase("New Mexico officials").country == "USA"
    assert coding.code_phrase("South Sudan").country == "SSD"
    assert coding.code_phrase("Mongolian officials").country == "MNG"


def test_a_place_in_a_title_or_group_phrase_gives_its_country():
    assert coding.code_phrase("South Dakota Gov.").code == "USAGOV"
    assert coding.code_phrase("the Fort Worth police").code == "USACOP"
    assert coding.code_phrase("Virginia Woolf").country is None  # a name, not a place


def test_committees_of_a_legislature_are_legislative():
    assert coding.code_phrase("the House Intelligence Committee").sector == "LEG"
    assert coding.code_phrase("the Senate Judiciary Committee").sector == "LEG"


def test_health_agencies_are_their_countrys_government(nlp):
    assert coding.code_phrase("the CDC").code == "USAGOV"
    assert coding.code_phrase("NASA").code == "USAGOV"
    found = actors(nlp, "Chinese officials said the Chinese CDC had found no new cases. The CDC said tests continued.")
    assert found == [("Chinese officials", "group", "CHN", "GOV"), ("CDC", "organization", "CHN", "GOV")]


def test_a_country_written_in_a_place_name_is_no_country_mention(nlp):
    assert actors(nlp, "Remember New Jersey’s epic quest to find a state slogan?") == [
        ("United States", "country", "USA", None)]


def test_members_of_congress_by_party_and_state_are_american(nlp):
    found = actors(nlp, "A man threatened Rep. Dale Orr (D-Minn.) on Monday. Sen. Lisa Fenn, R-Texas, said he was wrong.")
    assert found == [("Dale Orr", "person", "USA", "LEG"), ("Lisa Fenn", "person", "USA", "LEG")]


def test_a_person_takes_the_country_and_sector_of_the_body_they_serve(nlp):
    found = actors(nlp, "Sgt. Dale Porter of the Fort Worth police said the suspect fled.")
    assert found == [("Dale Porter", "person", "USA", "COP"), ("Fort Worth police", "group", "USA", "COP")]


def test_a_british_party_is_british():
    assert coding.code_phrase("former Liberal Democrat leader").code == "GBRPTY"


def test_a_name_after_a_title_is_no_place():
    assert coding.code_phrase("President Obama").country is None  # Obama, Japan is a town, not his country


def test_a_medium_and_a_dateline_place_are_no_actors_but_an_unintroduced_subject_is(nlp):
    found = actors(nlp, "LONDON (AP) — Britain's Conservative Party was accused on Wednesday. "
                        "Ivan Kolar posted on Twitter that he agreed. Dunn met Varga on Monday.")
    names = [name for name, *_ in found]
    assert "Twitter" not in names and "London" not in names
    assert "Dunn" in names and "Varga" in names


def test_an_agency_administrator_is_a_title():
    code = coding.code_phrase("NASA Administrator Jim Bridenstine")
    assert (code.kind, code.name, code.code) == ("person", "Jim Bridenstine", "USAGOV")


def test_a_place_where_something_is_based_is_no_actor(nlp):
    found = actors(nlp, "Ravi Dorn, chief executive of the London-based website, said it was wrong.")
    assert [name for name, *_ in found] == ["Ravi Dorn"]


def test_a_company_by_its_legal_form_is_a_business_whatever_describes_it(nlp):
    found = actors(nlp, "The report says the Minneapolis ad agency Tolvane Co. came up with the campaign.")
    assert ("Tolvane Co.", "organization", "USA", "BUS") in found


def test_the_home_country_of_a_one_country_article_fills_its_state_bodies_people_and_named_bodies(nlp):
    found = actors(nlp, "DENVER (AP) — Colorado lawmakers passed the bill on Tuesday. Police in Denver said "
                        "Mara Quill, 34, was arrested. The Electoral Board of Colorado met on Wednesday. "
                        "The state of Colorado, in the United States, will appeal, U.S. officials said.")
    assert ("Mara Quill", "person", "USA", "CVL") in found  # named with an age alone: a private citizen
    assert ("Electoral Board of Colorado", "organization", "USA", None) in found


def test_a_body_named_as_international_keeps_no_home_country(nlp):
    found = actors(nlp, "Texas officials and the Texas governor met in Austin, Texas, on Monday with "
                        "the International Rowing Federation, which said it would return to Texas.")
    assert ("International Rowing Federation", "organization", None, None) in found


def test_a_medium_or_a_device_is_no_actor_but_a_network_is(nlp):
    found = actors(nlp, "Ivan Kolar posted the video on social media and showed it on a new TV. "
                        "CBS TV reported that Kolar had left.")
    assert [name for name, *_ in found] == ["Ivan Kolar", "CBS TV"]


def test_an_acronym_other_states_bodies_share_takes_the_home_country_or_none(nlp):
    found = actors(nlp, "China said on Monday that China had contained the outbreak. The CDC said tests "
                        "continued, and China was ready.")
    assert found == [("China", "country", "CHN", None), ("CDC", "organization", "CHN", "GOV")]
    found = actors(nlp, "Chinese health officials said on Monday that China had contained the outbreak. "
                        "The CDC said tests continued.")
    assert ("CDC", "organization", None, "GOV") in found
    found = actors(nlp, "The CDC said on Monday that flu cases rose, and the United States would buy vaccines.")
    assert found[0] == ("Centers for Disease Control and Prevention", "organization", "USA", "GOV")


def test_a_us_agency_official_is_us_government():
    assert coding.code_phrase("NLRB General Counsel").code == "USAGOV"


def test_a_company_named_only_for_its_product_or_as_a_medium_is_no_actor(nlp):
    found = actors(nlp, "Kolar drove a Ford sedan to the depot on Monday, and Ivan Kolar posted on Twitter. "
                        "A Google spokesman declined to comment. The Huawei ban hurt, Kolar said.")
    assert found == [("Ivan Kolar", "person", None, None), ("Google spokesman", "person", "USA", "BUS"),
                     ("Huawei", "organization", "CHN", "BUS")]


def test_an_official_takes_the_state_of_the_body_named_in_the_title(nlp):
    found = actors(nlp, "Gen. Dana Holt, chairman of the Joint Chiefs of Staff, said the plan would stand.")
    assert found[:2] == [("Dana Holt", "person", "USA", "MIL"), ("Joint Chiefs of Staff", "organization", "USA", "MIL")]


def test_a_lower_case_president_of_no_state_has_no_sector_guess(nlp):
    found = actors(nlp, "Legere will hand over the reins to COO and president Mike Siever on Monday.")
    assert ("Mike Siever", "person", None, None) in found
    found = actors(nlp, "President Ilsa Varn of Moldova said on Monday the talks would go on.")
    assert found[0] == ("Ilsa Varn", "person", "MDA", "GOV")


def test_the_european_space_agency_is_international():
    assert coding.code_phrase("the European Space Agency").code == "IGO"
    assert coding.code_phrase("ESA").name == "European Space Agency"


def test_televisions_are_sets_not_outlets(nlp):
    found = actors(nlp, "Prices of Chinese televisions rose, Mara Quill said on Monday.")
    assert [name for name, *_ in found] == ["Mara Quill"]


def test_a_named_holder_of_a_local_office_takes_the_country_of_the_unnamed_holder(nlp):
    found = actors(nlp, "The New York state attorney general is looking into the deal. "
                        "Attorney General Ona Reeve said on Monday she would act.")
    assert found[1] == ("Ona Reeve", "person", "USA", "GOV")
    found = actors(nlp, "The Russian foreign minister met Ireland's foreign minister. "
                        "Foreign Minister Ona Reeve said on Monday she would act.")
    assert ("Ona Reeve", "person", None, "GOV") in found


def test_a_news_organisation_keeps_no_home_country(nlp):
    # an outlet reports on the country of the story; it is not of it (Reuters is in the table, of no country)
    found = actors(nlp, "Texas officials and the Texas governor met in Austin, Texas, on Monday, and the "
                        "Texas police said the talks would go on, Reuters reported.")
    assert ("Reuters", "organization", None, "JRN") in found


def test_a_carrier_is_no_military_agent(nlp):
    # "the carrier" in news is an airline or a telecom company far more often than a warship
    found = actors(nlp, "Nordwind Air cancelled 40 flights on Monday. The Ruritanian carrier said the strike "
                        "would end soon.")
    assert not [row for row in found if row[3] == "MIL"]


@pytest.mark.parametrize("phrase, country", [
    ("former special envoy to Ukraine Ada Quill", None),  # sent to Ukraine: of no country the title tells
    ("ambassador to Germany Ada Quill", None),
    ("the French ambassador to Germany", "FRA"),
    ("the US envoy to Ukraine", "USA"),
    ("Ukrainian envoy Ada Quill", "UKR"),
])
def test_a_diplomat_is_not_of_the_state_they_are_sent_to(phrase, country):
    assert coding.code_phrase(phrase).country == country


def test_an_attorney_is_a_person_title(nlp):
    found = {name: (country, sector) for name, _, country, sector in actors(
        nlp, "U.S. Attorney Ada Quill said the man was arrested.")}
    assert found["Ada Quill"] == ("USA", "JUD")  # a US attorney is a federal prosecutor
