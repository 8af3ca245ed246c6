"""Actor coding from tables alone (no model): phrase -> country, PLOVER sector, kind, title, name."""
from __future__ import annotations

import pytest

from newsgraph.analyze.actors.coding import code_phrase
from newsgraph.analyze.actors.dictionaries import country_of, singular, tokenize


@pytest.mark.parametrize("phrase, country, sector, kind", [
    ("American warplanes", "USA", "MIL", "group"),
    ("Chile's Ministry of Mines", "CHL", "GOV", "organization"),
    ("Kremlin spokesman", "RUS", "GOV", "person"),
    ("NATO", None, "IGO", "organization"),
    ("the United Nations", None, "IGO", "organization"),
    ("Amnesty International", None, "NGO", "organization"),
    ("Moscow", "RUS", "GOV", "country"),
    ("the White House", "USA", "GOV", "country"),
    ("Downing Street", "GBR", "GOV", "country"),
    ("Russia", "RUS", None, "country"),
    ("the Netherlands", "NLD", None, "country"),
    ("Pentagon spokesman", "USA", "MIL", "person"),
    ("army spokesman", None, "MIL", "person"),
    ("company spokeswoman", None, "BUS", "person"),
    ("Police Minister", None, "GOV", "person"),
    ("Nigerian police", "NGA", "COP", "group"),
    ("Colombian rebels", "COL", "REB", "group"),
    ("Kenyan lawmakers", "KEN", "LEG", "group"),
    ("a Brazilian judge", "BRA", "JUD", "person"),
    ("the Supreme Court", None, "JUD", "organization"),
    ("Turkish journalists", "TUR", "JRN", "group"),
    ("Iranian protesters", "IRN", "CVL", "group"),
    ("former Peruvian president", "PER", "ELI", "person"),
    ("UN official", None, "IGO", "person"),
    ("the European Union's envoy", None, "IGO", "person"),
    ("Russia's UN ambassador", "RUS", "GOV", "person"),
    ("Ukrainians", "UKR", None, "group"),
    ("the Labour party", None, "PTY", "organization"),
    ("Acme Corp", None, "BUS", "organization"),
    ("U.S. officials", "USA", "GOV", "group"),
    ("Pakistani intelligence", "PAK", "SPY", "organization"),
])
def test_phrase_is_coded(phrase, country, sector, kind):
    code = code_phrase(phrase)
    assert (code.country, code.sector, code.kind) == (country, sector, kind)


@pytest.mark.parametrize("phrase, title, name", [
    ("Russian President Vladimir Putin", "Russian President", "Vladimir Putin"),
    ("French President Emmanuel Macron", "French President", "Emmanuel Macron"),
    ("Norwegian Foreign Minister Ingrid Halvorsen", "Norwegian Foreign Minister", "Ingrid Halvorsen"),
    ("UN Secretary-General Tomas Ferreira", "UN Secretary-General", "Tomas Ferreira"),
    ("Kremlin spokesman", "Kremlin spokesman", None),
    ("NATO", None, "NATO"),
    ("the spokesman for Russian President Vladimir Putin", "spokesman for Russian President Vladimir Putin", None),
])
def test_title_and_name_are_split(phrase, title, name):
    code = code_phrase(phrase)
    assert (code.title, code.name) == (title, name)


def test_code_joins_country_and_sector():
    assert code_phrase("Kremlin spokesman").code == "RUSGOV"
    assert code_phrase("NATO").code == "IGO"
    assert code_phrase("Russia").code == "RUS"
    assert code_phrase("the committee").code is None


def test_description_complement_gives_country_and_sector():
    code = code_phrase("The spokesperson for the US National Security Council")
    assert (code.country, code.sector, code.kind, code.head) == ("USA", "GOV", "person", "spokesperson")


def test_head_is_singular_for_plural_titles():
    code = code_phrase("Hungarian spokesmen")
    assert (code.head, code.plural, code.kind) == ("spokesman", True, "group")


def test_unknown_phrase_codes_to_nothing():
    code = code_phrase("the weather")
    assert (code.country, code.sector, code.kind, code.name) == (None, None, None, None)


def test_country_words_are_case_sensitive():
    assert country_of("US") == "USA"
    assert country_of("us") is None
    assert country_of("Chinese") == "CHN"


def test_tokenize_splits_possessive_and_keeps_abbreviations():
    assert [w for w, _, _ in tokenize("Chile's U.S.-backed Secretary-General")] == [
        "Chile", "'s", "U.S.", "-", "backed", "Secretary", "-", "General"]


@pytest.mark.parametrize("plural, single", [
    ("spokesmen", "spokesman"), ("authorities", "authority"), ("troops", "troop"), ("press", None)])
def test_singular(plural, single):
    assert singular(plural) == single


@pytest.mark.parametrize("phrase, sector", [("campaign manager for the senator", "PTY"),
                                            ("a campaign finance director for the governor", "PTY"),
                                            ("spokesman for the senator", "LEG"),
                                            ("a senator who ran a campaign for governor", "LEG")])
def test_a_campaign_role_for_an_office_holder_is_the_campaigns(phrase, sector):
    assert code_phrase(phrase).sector == sector


@pytest.mark.parametrize("phrase, sector", [("election lawyer Dana Spies", "JUD"), ("Mary Banks", None),
                                            ("Sen. Mary Banks", "LEG"), ("the Fort Worth Police", "COP"),
                                            ("Army Spies", "SPY"), ("Major General Smith", "MIL"),
                                            ("Virginia Gov. Ann Tolliver", "GOV"), ("Virginia Senate", "LEG")])
def test_a_surname_is_never_a_role_word(phrase, sector):
    assert code_phrase(phrase).sector == sector


@pytest.mark.parametrize("phrase, sector", [("a retired customer service representative", "CVL"),
                                            ("a sales representative", None), ("a union representative", "LAB"),
                                            ("a retired representative", "ELI"), ("a trade representative", "GOV")])
def test_a_representative_of_a_job_is_no_official(phrase, sector):
    assert code_phrase(phrase).sector == sector


def test_an_undersecretary_is_a_persons_title():
    code = code_phrase("Undersecretary Ada Brill")
    assert (code.kind, code.name, code.title, code.sector) == ("person", "Ada Brill", "Undersecretary", "GOV")


@pytest.mark.parametrize("phrase, sector", [("Undersecretary for Management", "GOV"),
                                            ("Assistant Secretary for Public Affairs", "GOV"),
                                            ("president of Lumen Creative", None)])
def test_a_portfolio_after_a_secretary_is_no_unknown_employer(phrase, sector):
    assert code_phrase(phrase).sector == sector


def test_a_typographic_apostrophe_finds_the_tables_name():
    # the tables write "People's Liberation Army"; news sites often print a curly apostrophe
    c = code_phrase("the People’s Liberation Army")
    assert (c.country, c.sector, c.kind) == ("CHN", "MIL", "organization")


@pytest.mark.parametrize("phrase,country", [
    ("State Senator Ada Voss", "USA"), ("state Sen. Ada Voss", "USA"), ("state Rep. Tom Reddick", "USA"),
    ("Nigerian state Sen. Ada Obi", "NGA"),  # a country word wins
    ("Senator Ada Voss", None),  # many states have senators
])
def test_a_state_legislator_is_american(phrase, country):
    assert code_phrase(phrase).country == country


@pytest.mark.parametrize("phrase, country", [
    ("Young voters", None),  # Young, Uruguay: a common word opening the sentence
    ("Human rights lawyers", None),  # Uman, Ukraine (the gazetteer's "Human")
    ("Drug companies", None),
    ("president of the abortion rights group NARAL", None),  # an acronym is no town (Naral, Bangladesh)
    ("Houston police", "USA"),
    ("Lagos lawmakers", "NGA"),
    ("Western New England University historian", None),  # New England is no England
    ("New England voters", None),
    ("New South Wales police", "AUS"),  # a state of Australia, not Wales
    ("New Zealand officials", "NZL"),
    ("Papua New Guinea officials", "PNG"),
    ("Soviet leader", "RUS"),
])
def test_places_inside_a_phrase_that_are_no_country_of_it(phrase, country):
    assert code_phrase(phrase).country == country


def test_a_friend_or_ally_of_an_office_holder_holds_no_office_and_no_country_of_theirs():
    assert (code_phrase("a close friend of Israeli Prime Minister").sector,
            code_phrase("a close friend of Israeli Prime Minister").country) == (None, None)
    assert code_phrase("an ally of the Russian president").country is None
    assert code_phrase("wife of the Israeli prime minister").country == "ISR"  # kin keep the country
    assert code_phrase("adviser to the Israeli prime minister").sector == "GOV"


@pytest.mark.parametrize("phrase, sector", [
    ("AFL-CIO President", "LAB"),  # a union the organisations table knows: its president is labour's
    ("Teamsters president", "LAB"),
    ("president of the United Auto Workers", "LAB"),
])
def test_the_head_of_a_known_union_is_labour(phrase, sector):
    assert code_phrase(phrase).sector == sector
