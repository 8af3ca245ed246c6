"""The country an article is set in, and who takes it, on stories of our own: the dateline and the
places a story names give its setting; its companies, agencies, police, witnesses and people with a
role take it, never a person or body the text ties to another country, a minister, or an actor of a
story of several countries. Names shaped like an organisation's are organisations."""
from __future__ import annotations

import pytest
from actor_rows import actors, codes, countries

from newsgraph.analyze.actors import coding, find_actors, setting

pytestmark = pytest.mark.model

TULSA = ("TULSA, Okla. (AP) — Deputies from the Osage County Sheriff's Department arrested two men on Monday "
         "after a chase through Tulsa, Oklahoma. Vera Lindgren, a public information officer for the state "
         "Department of Health, said the men were treated. Harlow Data said its CEO Mark Oyelaran had seen "
         "the chase. Witnesses said the car crashed near Broken Arrow.")


def test_local_bodies_people_and_witnesses_of_a_one_country_story_take_its_country(nlp):
    found = codes(nlp, TULSA)
    assert found["Osage County Sheriff's Department"] == ("USA", "COP")
    assert found["Vera Lindgren"] == ("USA", "GOV")
    assert found["Harlow Data"] == ("USA", None)
    assert found["Mark Oyelaran"][0] == "USA"
    assert found["Witnesses"] == ("USA", None)


def test_the_setting_is_the_country_the_dateline_and_places_give(nlp):
    doc = nlp(TULSA)
    index = find_actors(doc)
    assert setting.article_setting(doc, index, set()) == "USA"
    assert setting.setting_weights(doc, index, set())["USA"] >= setting.SETTING_WEIGHT


def test_a_person_tied_to_another_country_or_a_minister_keeps_no_setting_country(nlp):
    found = actors(nlp, "TULSA, Okla. (AP) — Deputies arrested two men on Monday after a chase through Tulsa, "
                        "Oklahoma. Lena Brandt, who flew in from Hamburg, said she saw the chase. Foreign Minister "
                        "Ilse Varn said she was worried. Residents said the car crashed near Broken Arrow, Oklahoma.")
    rows = {name: country for name, _, country, _ in found}
    assert rows["Lena Brandt"] is None
    assert rows["Ilse Varn"] is None
    assert rows["Residents"] == "USA"


def test_a_story_of_several_countries_has_no_setting(nlp):
    text = ("Talks in Geneva between France, Germany, Japan and Brazil ended on Monday. Mark Oyelaran, a "
            "negotiator, said the talks would go on. Harlow Data said it would wait.")
    doc = nlp(text)
    assert setting.article_setting(doc, find_actors(doc), set()) is None
    rows = countries(nlp, text)
    assert rows["Mark Oyelaran"] is None and rows["Harlow Data"] is None


def test_a_body_of_another_country_in_the_actors_own_phrase_keeps_the_setting_off(nlp):
    found = actors(nlp, "DENVER (AP) — Colorado lawmakers met in Denver on Monday. Ada Quill, the head of "
                        "Korvel, a unit of Samsung, said Denver would be its base.")
    assert ("Ada Quill", "person", None, None) in [(n, k, c, None) for n, k, c, _ in found]


def test_a_name_with_a_possessive_that_possesses_nothing_is_one_company(nlp):
    found = actors(nlp, "Shoppers crowded Pemberton's on Saturday, and Pemberton's said sales rose 4 percent. "
                        "A Pemberton's spokeswoman said the stores would reopen.")
    assert [(name, kind, sector) for name, kind, _, sector in found] == [
        ("Pemberton's", "organization", "BUS"), ("Pemberton spokeswoman", "person", "BUS")]


def test_a_possessive_of_a_person_stays_a_person(nlp):
    found = actors(nlp, "Mara Quill's lawyer said on Monday that Quill's appeal would go on.")
    assert ("Mara Quill", "person", None, None) in found


def test_a_name_ending_like_an_organisation_is_one(nlp):
    found = actors(nlp, "Hal Brightwater Productions made the film, Dana Kessel said.")
    assert ("Hal Brightwater Productions", "organization", None, "BUS") in found


def test_a_committee_is_a_legislature_whatever_its_subject():
    assert coding.code_phrase("the intelligence committee").sector == "LEG"
    assert coding.code_phrase("the Judiciary Committee").sector == "LEG"
    assert coding.code_phrase("the police oversight committee").sector == "COP"


def test_a_public_institute_is_government_and_an_information_officer_too(nlp):
    found = actors(nlp, "The National Institute on Ferry Safety said on Monday that the Bureau of Ferry Lines "
                        "would act.")
    assert [(name, sector) for name, _, _, sector in found] == [
        ("National Institute on Ferry Safety", "GOV"), ("Bureau of Ferry Lines", "GOV")]
    assert coding.code_phrase("the public information officer").sector == "GOV"
    assert coding.code_phrase("a narcotics task force").sector == "COP"


def test_a_country_word_modifying_a_name_gives_the_person_its_country(nlp):
    found = actors(nlp, "Britain's Andy Marlow will play on Wednesday. Brazil star Tiago Lemos was among the fans. "
                        "French duo Pierre Roux and Luc Vidal won, and Karla Brun of Croatia lost.")
    rows = {name: country for name, kind, country, _ in found if kind == "person"}
    assert rows == {"Andy Marlow": "GBR", "Tiago Lemos": "BRA", "Pierre Roux": "FRA", "Luc Vidal": "FRA",
                    "Karla Brun": "HRV"}


def test_a_person_of_an_international_body_keeps_no_setting_country(nlp):
    found = actors(nlp, "BERLIN (AP) — Germany and German scientists welcomed the study on Monday in Berlin. "
                        "Ada Roux, a team leader at the European Space Agency, said Germany would help.")
    assert ("Ada Roux", "person", None, "IGO") in found


@pytest.mark.parametrize("text, name", [
    ("South Dakota Gov. Ona Reeve is defending the campaign. The governor said on Monday that it worked.",
     "Ona Reeve"),
    ("Sen. Dale Orr spoke first. The senator said the bill would pass.", "Dale Orr"),
    ("Harlow Data CEO Mark Oyelaran said sales rose. The chief executive said more would come.", "Mark Oyelaran"),
])
def test_a_title_and_its_abbreviation_are_one_role_so_one_person(nlp, text, name):
    assert [row[0] for row in actors(nlp, text) if row[1] == "person"] == [name]


def test_police_protesters_and_officials_of_a_story_abroad_take_its_country(nlp):
    found = actors(nlp, "HONG KONG (Reuters) — Police fired tear gas at protesters in Mong Kok on Sunday, as "
                        "thousands marched through Kowloon. A police spokeswoman said officers made 40 arrests. "
                        "Protesters said they would return to Hong Kong's streets.")
    assert ("Police", "group", "HKG", "COP") in found and ("Protesters", "group", "HKG", "CVL") in found
    found = actors(nlp, "BEIJING — Health officials in Wuhan said on Monday that 17 new cases had been found in "
                        "Hubei province. The city's health commission said the patients were stable.")
    assert ("Health officials", "group", "CHN", "GOV") in found
    assert ("city health commission", "organization", "CHN", "GOV") in found


def test_a_name_described_as_a_company_is_one_and_its_spokeswoman_takes_its_code(nlp):
    found = actors(nlp, "The Swiss watchmaker Korvel said sales rose. Ada Roux, a Korvel spokeswoman, said more "
                        "would come.")
    assert found == [("Korvel", "organization", "CHE", "BUS"), ("Ada Roux", "person", "CHE", "BUS")]


BARE_NAMES = ("DENVER (AP) — The Denver Pioneers beat the Tulsa Drillers 4-2 on Monday night in Denver, "
              "Colorado. Ollie Marsk scored twice. {extra}Police spokeswoman Rita Panko said the crowd "
              "was calm.")


def test_a_bare_name_takes_the_setting_only_in_a_story_that_names_no_other_country(nlp):
    alone = countries(nlp, BARE_NAMES.format(extra=""))
    assert alone["Ollie Marsk"] == "USA"
    two = {name: country for name, _, country, _ in actors(
        nlp, BARE_NAMES.format(extra="The Pioneers fly to Winnipeg, Canada, on Friday. "))}
    assert two["Ollie Marsk"] is None
    assert two["Rita Panko"] == "USA"  # a person with a role still takes it


def test_the_only_country_a_story_names_twice_is_its_setting_and_bare_names_take_it(nlp):
    text = ("Voters in Ohio lined up early on Tuesday. Dana Whitcombe, who runs a diner in Ohio, said the line "
            "reached the parking lot. The Supreme Court will hear the case in the fall.")
    rows = countries(nlp, text)
    assert rows["Dana Whitcombe"] == "USA"
    assert rows["Supreme Court"] == "USA"


def test_a_dominant_setting_reaches_bare_names_but_a_close_second_country_keeps_it_from_them(nlp):
    dominant = ("WASHINGTON — The Senate voted on Tuesday in Washington. Lawmakers in Ohio, Texas and Virginia "
                "praised the vote, and officials in Maryland said it would help. A former general who served "
                "in Iraq backed it. Dana Whitcombe said the vote was overdue.")
    rows = countries(nlp, dominant)
    assert rows["Dana Whitcombe"] == "USA"
    close = ("Spain beat Canada in Madrid on Sunday. The Spanish side won in Madrid and Toronto fans cheered in "
             "Toronto. Dana Whitcombe said the match was long.")
    rows = countries(nlp, close)
    assert rows["Dana Whitcombe"] is None


def test_members_and_bodies_of_congress_are_american_in_a_story_set_abroad(nlp):
    text = ("Rebels in Libya seized the port of Sirte on Monday, and fighters in Benghazi celebrated. Libya's "
            "government said it would retake Sirte. In Tripoli, officials met the envoy. Sen. Dara Kellen said "
            "the United States should stay out. The House Armed Services Committee will hold a hearing, and a "
            "super PAC backing Kellen ran an advertisement. Congress has not voted on the matter.")
    found = codes(nlp, text, "2016-03-10")
    assert found["Dara Kellen"] == ("USA", "LEG")
    assert found["House Armed Services Committee"] == ("USA", "LEG")
    assert found["super PAC"] == ("USA", "PTY")
    assert found["Congress"] == ("USA", "LEG")
    assert found["officials"] == ("LBY", "GOV")  # the setting's


def test_a_story_of_one_country_gives_its_unions_companies_and_reporters_its_country(nlp):
    text = ("COLUMBUS, Ohio — Steelworkers in Ohio voted on Tuesday to strike. Holdout unions in Toledo and Dayton "
            "have not voted, and coal companies in Ohio said the strike would hurt them. Reporters waited outside "
            "the hall in Columbus. Professors at Ohio State said the vote was close. Wes Darrow, political director "
            "of the United Brickworkers, said the union was ready.")
    found = countries(nlp, text)
    assert found["Holdout unions"] == "USA"
    assert found["coal companies"] == "USA"
    assert found["Reporters"] == "USA"
    assert found["Wes Darrow"] == "USA"  # "United" alone names no international body


def test_a_senator_is_american_in_a_story_that_names_the_us_but_another_congress_is_not(nlp):
    text = ("The United States urged Ethiopia on Tuesday to free detained opposition leaders. Senator Jim Varlow "
            "called for sanctions. Lensa Abdi, chairman of the Oromo Federalist Congress, said the party would "
            "boycott the vote.")
    found = countries(nlp, text, "2019-05-02")
    assert found["Jim Varlow"] == "USA"
    assert found.get("Oromo Federalist Congress") != "USA"


ADDIS = ("WASHINGTON — The State Department on Tuesday urged Ethiopia to release opposition figures detained after "
         "clashes in the Oromia region of Ethiopia. Ethiopian Prime Minister Hailu Bekele has promised a free vote, and "
         "Ethiopian officials in Addis Ababa said the army would stay in its barracks. The ruling Unity Party "
         "denied the claims. Its spokesman, Taye Worku, said the opposition was divided. Daniel Tesfaye, head of "
         "the country's human rights commission, called for an inquiry. State Department spokesman Ned Varley "
         "said Washington was concerned. Senator Jim Varlow called for sanctions. Lemma Tolosa, a farmer in "
         "Ambo, Ethiopia, said he feared for his sons.")


def test_the_office_holders_and_parties_of_a_story_told_from_washington_take_the_country_it_is_about(nlp):
    found = codes(nlp, ADDIS, "2019-05-02")
    assert found["Taye Worku"][0] == "ETH"
    assert found["Daniel Tesfaye"][0] == "ETH"
    assert found["Unity Party"][0] == "ETH"
    assert found["Ned Varley"][0] == "USA"
    assert found["Jim Varlow"][0] == "USA"


def test_the_subject_of_a_story_of_two_countries_is_the_one_that_leads_once_the_dateline_is_set_aside(nlp):
    doc = nlp(ADDIS)
    index = find_actors(doc, "2019-05-02")
    weights = setting.country_weights(doc, index, set())
    assert setting.setting_and_sole(doc, index, set(), weights)[0] is None
    assert setting.subject_country(doc, index, weights) == "ETH"
    us_only = nlp("WASHINGTON — Sen. Mara Quill said on Monday that the bill would fail in Washington. Rep. Tom "
                  "Reddick of Ohio said his state would sue.")
    index = find_actors(us_only)
    assert setting.subject_country(us_only, index, setting.country_weights(us_only, index, set())) is None


def test_a_person_who_speaks_for_an_advocacy_group_takes_the_setting_but_the_group_does_not(nlp):
    text = ("DENVER (AP) — Colorado lawmakers passed the water bill on Monday. Jo Marlow, president of a "
            "conservative advocacy group, said the vote in Denver was a win. Amnesty International said it was "
            "worried.")
    found = countries(nlp, text)
    assert found["Jo Marlow"] == "USA"
    assert found["Amnesty International"] is None


def test_a_people_of_one_state_names_that_state():
    assert coding.code_phrase("Oromo activists").country == "ETH"
    assert coding.code_phrase("Tigrayan fighters").country == "ETH"
    assert coding.code_phrase("Uighur activists").country == "CHN"
    assert coding.code_phrase("Rohingya refugees").country == "MMR"


def test_an_organisation_the_base_knows_whole_is_not_of_a_place_among_its_words():
    assert coding.code_phrase("Time magazine").country is None  # Time, Norway: the base codes it (USA)
    assert coding.code_phrase("the Lagos police").country == "NGA"


def test_a_surname_of_a_person_of_the_story_is_no_place_of_their_staff(nlp):
    text = ("Sen. Mara Rubio said the bill would pass in Washington. Rubio spokesman Alex Conant said the senator "
            "was ready. Al Gore did not attend. Kiki Lane, spokeswoman for Gore's 2000 presidential campaign, said "
            "nothing. The Houston police chief said the city was calm.")
    found = countries(nlp, text, "2016-05-01")
    assert found["Alex Conant"] != "VEN"  # Rubio, Venezuela
    assert found["Kiki Lane"] != "TCD"  # Goré, Chad
    assert found["Houston police chief"] == "USA"


def test_a_plural_before_a_name_says_no_nationality_and_new_jersey_is_no_jersey(nlp):
    text = ("Critics doubt the number of Syrian refugees Obama will accept. Gov. Chris Christie of New Jersey "
            "said the plan was wrong.")
    found = countries(nlp, text, "2016-05-01")
    assert found["Obama"] == "USA"  # not Syrian: "refugees" describes no one person, unlike "Brazil star Neymar"
    assert found["Chris Christie"] == "USA"  # of New Jersey, not of Jersey (JEY)


def test_two_people_of_the_only_country_a_story_names_and_its_adjective_make_its_setting(nlp):
    # two people the knowledge base files under the US and "American" (2.5): a body of no country takes it
    text = ("Donald Trump filed the largest financial disclosure in American history. Bernie Sanders said he was "
            "not surprised. The Federal Elections Commission said the filing was complete.")
    found = countries(nlp, text, "2016-05-17")
    assert found["Federal Elections Commission"] == "USA"
