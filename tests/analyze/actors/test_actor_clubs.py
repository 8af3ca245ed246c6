"""Names that hold a place or a country's name but name no state body: sports clubs named after
their town, and people whose surname is a country's name (invented stories and players)."""
from __future__ import annotations

import pytest
from actor_rows import actors, codes, countries

from newsgraph.analyze.actors import coding


@pytest.mark.parametrize("phrase, country, sector, kind", [
    ("the Ottawa Senators", "CAN", None, "organization"),  # a town's senators are a club
    ("New York Jets", "USA", None, "organization"),  # no air force
    ("Real Madrid", "ESP", None, "organization"),  # a capital in a name is no government
    ("Ohio Senators", "USA", "LEG", "group"),  # a state has senators
    ("Hong Kong Police", "HKG", "COP", "group"),  # a place's own police
    ("Texas Republicans", "USA", "PTY", "organization"),
    ("Rep. Ada Jordan", None, "LEG", "person"),  # a surname: no Jordanian
    ("King Abdullah of Jordan", "JOR", "GOV", "person"),
])
def test_clubs_and_surnames_are_coded(phrase, country, sector, kind):
    code = coding.code_phrase(phrase)
    assert (code.country, code.sector, code.kind) == (country, sector, kind)


@pytest.mark.model
def test_a_clubs_nickname_and_players_are_the_clubs(nlp):
    text = ("The Ottawa Senators beat the Winnipeg Jets 3-2 in overtime on Tuesday. Senators forward Dario "
            "Mellecki scored the winner. The Jets have lost three straight games, and their coach Ruben "
            "Aston said his players were tired.")
    found = {name: (kind, country, sector) for name, kind, country, sector in actors(nlp, text)}
    assert found["Ottawa Senators"] == ("organization", "CAN", None)
    assert found["Winnipeg Jets"] == ("organization", "CAN", None)
    assert found["Dario Mellecki"][1] == "CAN"
    assert "Senators" not in found and "Jets" not in found


@pytest.mark.parametrize("phrase, country, sector", [
    ("Christian Democratic Union", None, "PTY"),  # no American party, no labour union
    ("Social Democratic Party", None, "PTY"),
    ("House Democrats", "USA", "PTY"),
    ("Ohio Democratic Party", "USA", "PTY"),
    ("Senior Democratic aides", "USA", "PTY"),
    ("F.B.I. director", "USA", "COP"),  # a newspaper's dotted acronym
    ("former C.I.A. director and a general in the wars in Iraq", "USA", "ELI"),  # the head's own body first
])
def test_party_words_inside_names_and_dotted_acronyms(phrase, country, sector):
    code = coding.code_phrase(phrase)
    assert (code.country, code.sector) == (country, sector)


@pytest.mark.model
def test_royals_are_known_by_their_style_and_name(nlp):
    text = ("Prince Andrew said on Monday that he would step back from public duties. Buckingham Palace said "
            "the decision was his own. Prince Charles, who was travelling, said nothing.")
    found = {name: (kind, country, sector) for name, kind, country, sector in actors(nlp, text, "2019-11-20")}
    assert found["Andrew"] == ("person", "GBR", "ELI")
    assert found["Charles"] == ("person", "GBR", "ELI")
    assert found["Buckingham Palace"] == ("organization", "GBR", "ELI")


@pytest.mark.model
def test_short_names_join_their_club_and_company(nlp):
    text = ("HONG KONG — The People's Liberation Army said it was watching the protests. The Tampa Bay "
            "Lightning cancelled their practice in the city. The Lightning said their players were safe. "
            "Norrell Capital made an offer for a rival on Monday. Norrell said the offer was fair.")
    found = {name: (kind, country, sector) for name, kind, country, sector in actors(nlp, text, "2019-11-20")}
    assert found["People's Liberation Army"] == ("organization", "CHN", "MIL")  # one name, no "the People"
    assert found["Tampa Bay Lightning"] == ("organization", "USA", None)  # no armed group called Lightning
    assert found["Norrell Capital"][2] == "BUS"
    assert not {"People", "Liberation Army", "Lightning", "Norrell"} & found.keys()


@pytest.mark.model
def test_a_country_in_brackets_after_a_name_is_the_persons(nlp):
    text = ("The jury gave the prize to Ana Roux (Serbia) for a sculpture of glass. Second place went to Lea "
            "Vidal (Australia), and Tom Brack (USA) came third.")
    found = countries(nlp, text)
    assert (found["Ana Roux"], found["Lea Vidal"], found["Tom Brack"]) == ("SRB", "AUS", "USA")


@pytest.mark.parametrize("phrase, country, sector, name", [
    ("Representative Peter T. King", None, "LEG", "Peter T. King"),  # a surname that is a title
    ("expert on Russia at the Wilson Center", None, None, None),  # a subject, not a state
    ("former adviser on Syria in the administration", None, "ELI", None),
    ("campaign officials", None, "PTY", None),  # a campaign's staff are the party's
    ("spokesman for the Feingold campaign", None, "PTY", None),
    ("Trade Representative Ada Kell", None, "GOV", "Ada Kell"),
])
def test_surnames_topics_and_campaigns(phrase, country, sector, name):
    code = coding.code_phrase(phrase)
    assert (code.country, code.sector, code.name) == (country, sector, name)


@pytest.mark.parametrize("phrase, sector", [
    ("the captain", None),  # a team's, a ship's or an army's: the word alone does not say
    ("Army captain Ada Roux", "MIL"),
    ("police captain", "COP"),
    ("expensive smart speakers", None),  # a legislature has one speaker
])
def test_words_of_many_trades_take_their_sector_from_their_modifier(phrase, sector):
    assert coding.code_phrase(phrase).sector == sector


@pytest.mark.model
def test_stock_market_indices_are_no_actors(nlp):
    text = ("Stocks in Asia fell on Monday. South Korea's Kospi Index lost 1.2%, the Shanghai Composite slipped "
            "0.5% and Hong Kong's Hang Seng Index dropped 1%. In Mumbai the Sensex closed lower, and the "
            "brokerage Varden Securities said investors were nervous.")
    found = {name: sector for name, _, _, sector in actors(nlp, text, "2019-11-20")}
    assert not {"Kospi Index", "Shanghai Composite", "Hang Seng Index", "Sensex"} & found.keys()
    assert found["Varden Securities"] == "BUS"


@pytest.mark.model
def test_a_description_is_the_one_named_person_the_base_gives_its_country_and_sector(nlp):
    text = ("Bernie Sanders drew a large crowd in Concord on Saturday. The Vermont senator told supporters that "
            "the race was close. Hillary Clinton campaigned in Nevada.")
    found = codes(nlp, text, "2016-02-05")
    assert found["Bernie Sanders"] == ("USA", "LEG")
    assert "Vermont senator" not in found
