"""Phrases that code as an actor but name no actor (an act, an event, a stance, a record, a venue,
a role nobody holds, a list of stricken cities), on sentences of our own: the index keeps them, the
list an analysis shows leaves them out unless a statement or an event names them."""
from __future__ import annotations

import actor_rows
import pytest

from newsgraph.analyze.actors import find_actors

pytestmark = pytest.mark.model

PUBLISHED = "2016-05-04"


def listed(nlp, text, used=()):
    """The names an analysis of a story published on ``PUBLISHED`` would list (see ``actor_rows.listed``)."""
    return actor_rows.listed(nlp, text, used, published=PUBLISHED)


def test_acts_events_and_records_are_no_actors(nlp):
    text = ("Mayor Tilda Voss spoke about the recent police shootings in Carvale. "
            "The fundraising deal was announced on Monday. "
            "Much of the news media coverage focused on the storm.")
    names = listed(nlp, text)
    assert "Tilda Voss" in names
    assert not [n for n in names if "shootings" in n or "deal" in n or "coverage" in n]


def test_the_index_keeps_them_for_a_statement_that_names_one(nlp):
    text = "The fundraising deal was announced on Monday."
    index = find_actors(nlp(text), "2016-05-04")
    deal = [a.name for a in index.to_list()]
    assert deal == ["fundraising deal"]
    assert listed(nlp, text) == []
    assert listed(nlp, text, used={"fundraising deal"}) == ["fundraising deal"]


def test_a_stance_someone_owns_is_no_actor_but_the_opposition_is(nlp):
    names = listed(nlp, "Senator Ada Brill defended her opposition to the war. The opposition said it would "
                        "boycott the vote.")
    assert "opposition" in names
    assert "opposition to the war" not in names


def test_roles_nobody_holds_are_no_actors(nlp):
    names = listed(nlp, "Voters are divided on which candidate would do better. Any candidate running for "
                        "office should listen. No reasonable prosecutor would bring charges. Three in ten said "
                        "a vice-presidential candidate would have no effect on their vote.")
    assert names == ["Voters"]


def test_a_description_said_of_someone_else_is_no_actor(nlp):
    names = listed(nlp, "Judge Omar Feld, who heard the case, is an African American who grew up in Tarrow.")
    assert names == ["Omar Feld"]


def test_a_venue_and_a_name_suffix_are_no_actors(nlp):
    names = listed(nlp, "Dell Marsh ducked into Ruby's Cafe for coffee. U.S. District Judge Carl Ivo Benning "
                        "III ruled against the state.")
    assert "Ruby" not in names
    assert "III" not in names
    assert "Dell Marsh" in names


def test_capitals_in_a_list_of_stricken_cities_are_places(nlp):
    names = listed(nlp, "Carvale now takes a place with Paris, Brussels, Beirut, Bamako, San Bernardino and "
                        "other cities struck by terror. Officials said a plane had lifted off from Tunis.")
    assert not {"Paris", "Beirut", "Bamako", "Tunis"} & set(names)


def test_a_capital_that_acts_is_still_its_government(nlp):
    names = listed(nlp, "Paris said it would send aid. Talks with Beirut stalled.")
    assert names == ["Paris", "Beirut"]


def mentions_of(nlp, text, name):
    index = find_actors(nlp(text), "2016-05-04")
    return [[m.text for m in a.mentions] for a in index.to_list() if a.name == name]


def test_a_court_is_never_the_advocacy_group_named_before_it(nlp):
    text = ("Nine states passed such bills, according to the Harlow Rights Campaign, an advocacy group. "
            "\"The federal court's decision protects everyone,\" said Mina Tran, a lawyer.")
    assert mentions_of(nlp, text, "Harlow Rights Campaign") == [["the Harlow Rights Campaign"]]


def test_the_campaign_is_no_group_of_voters_or_business_named_before_it(nlp):
    text = ("Support is growing among younger voters in Carvale. \"Jobs are at the center of this "
            "campaign,\" Senator Ada Brill said. Brill Diners LLC was paid $3,000. The campaign did not comment.")
    assert mentions_of(nlp, text, "younger voters") == [["younger voters"]]
    assert mentions_of(nlp, text, "Brill Diners LLC") == [["Brill Diners LLC"]]


def test_a_description_still_says_what_an_unknown_organisation_is(nlp):
    text = "Tarrow University rebutted the claim. The university said its reporters were fair."
    assert "The university" in mentions_of(nlp, text, "Tarrow University")[0]


def test_a_description_the_text_says_is_a_named_person_is_that_person(nlp):
    text = ("The order lets the administrator decide who gets office space. The administrator is Nora Pell "
            "Ashby, head of the Tarrow Services Agency. She has not decided.")
    assert mentions_of(nlp, text, "Nora Pell Ashby") == [["the administrator", "The administrator", "Nora Pell Ashby",
                                                          "She"]]


def test_a_title_in_parentheses_after_a_name_is_that_person(nlp):
    text = ("In an email, Chief of Staff Omar Lindqvist (then deputy national security adviser) praises "
            "Kennedy for his work.")
    names = [a.name for a in find_actors(nlp(text), "2016-05-04").to_list()]
    assert "deputy national security adviser" not in names
    assert "Omar Lindqvist" in names


def test_the_president_is_the_one_person_titled_president(nlp):
    text = ("Her team wanted President Arlo Benning to share the credit. Aides met on Monday. The talks went "
            "well. Nothing was signed. Reporters waited outside. \"The president has given her the opening,\" "
            "Mina Tran wrote.")
    index = find_actors(nlp(text), "2016-05-04")
    assert "The president" in [m.text for a in index.to_list() if a.name == "Arlo Benning" for m in a.mentions]
    assert "president" not in [a.name for a in index.to_list()]


def test_a_nationality_adjective_for_a_style_or_a_descent_is_no_country(nlp):
    names = listed(nlp, "Mayor Tilda Voss ate French toast while reading about Greek goddesses. Most of the "
                        "new voters are African-American.")
    assert names == ["Tilda Voss", "new voters"]
    assert listed(nlp, "Russian-American talks resumed in Geneva.")[:1] == ["Russia"]


def test_a_maker_before_a_model_number_is_the_product(nlp):
    assert "Boeing" not in listed(nlp, "Senator Ada Brill flies to rallies on her Boeing 757 airliner.")
    assert "Boeing" in listed(nlp, "Boeing said it would cut jobs.")


def test_a_headline_description_is_the_person_the_lead_names(nlp):
    text = ("Carvale governor restores voting rights.\n\nCarvale Gov. Ona Reeve on Friday restored the voting "
            "rights of former prisoners, she said.")
    index = find_actors(nlp(text), "2016-05-04")
    names = [a.name for a in index.to_list() if a.kind == "person"]
    assert names == ["Ona Reeve"]


def test_a_building_named_like_a_person_is_no_actor(nlp):
    names = listed(nlp, "The campaign of Senator Ada Brill paid rent for office space in Harmon Tower. "
                        "Staff at Harmon Tower grew to 40.")
    assert "Harmon Tower" not in names
    assert "Ada Brill" in names


def test_a_body_named_with_and_without_its_country_word_is_one_actor(nlp):
    text = ("The Supreme Court's ruling stands, Judge Ona Reeve wrote. After the U.S. Supreme Court's decision, "
            "the state passed a new law.")
    courts = [a for a in find_actors(nlp(text), "2016-05-04").to_list() if "Supreme Court" in a.name]
    assert [(a.name, len(a.mentions)) for a in courts] == [("U.S. Supreme Court", 2)]


def test_a_group_that_there_is_stays_an_actor(nlp):
    assert "Republican voters" in listed(nlp, "There may be only a few thousand Republican voters in those districts.")


def test_a_body_word_only_before_the_people_it_employs_is_no_actor_of_its_own(nlp):
    names = listed(nlp, "The law took effect on Friday. Court clerks would be allowed to refuse licenses.")
    assert "Court" not in names


def test_a_court_cases_parties_and_a_manner_are_no_actors(nlp):
    names = listed(nlp, "Judge Ada Brill cited Tolliver v. Marsh in her ruling on Monday. \"There can't be a "
                        "Harlan Voss kind of marriage in this state,\" said Ines Kallio, a lawyer.")
    assert "Ada Brill" in names and "Ines Kallio" in names
    assert not [n for n in names if "Tolliver" in n or "Marsh" in n or "Voss" in n]


@pytest.mark.parametrize("text, place", [
    ("Shells hit the village of Kafr Nasra, Governor Ilse Varga said.", "Kafr Nasra"),
    ("Governor Ilse Varga said the district of Bani Hamed was flooded.", "Bani Hamed"),
    ("Troops entered the town of Dunmore Abbey, Governor Ilse Varga said.", "Dunmore Abbey"),
])
def test_the_name_of_a_settlement_is_a_place_not_an_actor(nlp, text, place):
    names = listed(nlp, text)
    assert "Ilse Varga" in names and place not in names


def test_names_of_laws_documents_and_ideals_are_no_actors(nlp):
    names = listed(nlp, "Senator Ada Brill said the Harbor Access Clause was never meant for this. The pledge "
                        "echoed the Tarrow Statement, which the founders of the Kellan Society signed. Few "
                        "families can still reach the Carvale Dream.")
    assert names == ["Ada Brill", "Kellan Society"]


def test_a_headline_clause_is_no_actor(nlp):
    names = listed(nlp, "Harbor Landlords Are Raising Rents\n\nMayor Tilda Voss said the Carvale Rent Story "
                        "Has Moved on. Black Lives Matter organized a march.")
    assert names == ["Tilda Voss", "Black Lives Matter"]


def test_a_counted_share_of_a_group_is_that_group(nlp):
    rows = actor_rows.actors(nlp, "About half of Democratic primary voters said they backed Ines Oyelaran. A "
                                  "third of the nurses said they were leaving.", published=PUBLISHED)
    assert ("half of Democratic primary voters", "group", "USA", "CVL") in rows
    assert ("third of the nurses", "group", None, "MED") in rows


def test_the_first_words_of_a_longer_name_are_no_actor(nlp):
    names = listed(nlp, "Mayor Tilda Voss toured Carvale's Independence Hall on Monday. Voss spoke on "
                        "CNN's State of the Union on Sunday.")
    assert "Carvale" not in names
    assert "CNN" in names


def test_a_ban_a_lawsuit_a_death_and_spending_are_no_actors(nlp):
    text = ("Mayor Tilda Voss said Brindle's ban of Ms. Okafor was wrong. The Ocrest lawsuit alleges fraud. "
            "Her death was confirmed by the Dorn Society. The union is dedicating some media spending to the race. "
            "He accepted the nomination for the presidency of the United States. Emphasis added, the data show.")
    names = listed(nlp, text)
    assert "Tilda Voss" in names
    assert not [n for n in names if any(w in n.lower() for w in ("ban", "lawsuit", "death", "spending",
                                                                    "presidency", "emphasis", "data"))]


def test_a_headline_noun_the_text_writes_in_lower_case_is_no_name(nlp):
    text = ("Carvale Poll Says Voss Should Win Senate Nomination.\n\n"
            "Tilda Voss will likely win the Senate nomination, the poll in Carvale found.")
    names = listed(nlp, text)
    assert "Tilda Voss" in names
    assert not [n for n in names if "Nomination" in n or "Should" in n]


def test_a_monument_a_park_and_a_town_are_no_actors(nlp):
    text = ("Mayor Tilda Voss visited the National Firefighters Memorial on Monday. "
            "\"This has moved us,\" said Ben Okafor, the mayor of Fort Pierce. Crowds filled Harlan Park.")
    names = listed(nlp, text)
    assert "Tilda Voss" in names and "Ben Okafor" in names
    assert not [n for n in names if "Memorial" in n or "Fort Pierce" in n or "Park" in n]


def test_a_city_with_an_article_and_a_wire_dateline_are_no_governments(nlp):
    text = ("Washington (AFP) – Senator Tilda Voss is bent on winning the race.\n\n"
            "Her fans say you can feel the Bern, but she wants to spread the word.")
    names = listed(nlp, text)
    assert "Tilda Voss" in names
    assert "Washington" not in names and "Bern" not in names
