"""Rows that are no actor, on sentences of our own: places that only locate something, words inside a
longer name, things named like bodies (vehicles with model numbers, venues, a lander, a console),
names the tagger cut out of longer ones, page headings, and the kind of aid read as its giver. Real
actors beside them (companies, governments, people) stay."""
from __future__ import annotations

import pytest
from actor_rows import actors, listed

from newsgraph.analyze import analyze_doc
from newsgraph.model import Article
from newsgraph.settings import Settings

pytestmark = pytest.mark.model


def test_a_country_known_only_by_its_places_is_scenery_unless_an_event_names_it(nlp):
    text = ("Velmar Labs opened offices in Toronto on Monday. Its founder, Ines Kallio, was born in Lisbon. "
            "Sales were strong in Germany, the company said. Germany said it would respond.")
    assert listed(nlp, text) == ["Velmar Labs", "Ines Kallio", "Germany"]
    # the index keeps them (the events stage may name the country an act was done to)
    assert listed(nlp, text, used={"Canada"}) == ["Velmar Labs", "Canada", "Ines Kallio", "Germany"]


def test_an_analysis_lists_no_scenery(nlp):
    text = "Velmar Labs opened offices in Toronto on Monday, its chief executive Ines Kallio said."
    analysis = analyze_doc(nlp(text), Article(id="p", text=text, published="2024-03-04"), Settings())
    assert [a.name for a in analysis.actors] == ["Velmar Labs", "Ines Kallio"]


def test_a_capital_is_its_government_only_when_it_acts(nlp):
    assert listed(nlp, "\"We arrived late from London, but we were ready,\" Arno Vidal said.") == ["Arno Vidal"]
    assert listed(nlp, "Beijing said it would retaliate. Talks with Moscow stalled.") == ["Beijing", "Moscow"]


def test_words_inside_a_longer_name_and_based_places_are_no_actors(nlp):
    found = listed(nlp, "A study by the Marlow Institute, a London-based think tank, found that tariffs hurt "
                        "buyers. Anna Berg, a chemist at the University of Washington, agreed.")
    assert found == ["Marlow Institute", "Anna Berg"]


def test_vehicles_products_and_venues_are_no_actors(nlp):
    found = actors(nlp, "Aventra said its new Corvan X-220 jet would enter service next year. "
                        "Orders for the Aventra A320 rose, Aventra said.")
    assert [name for name, *_ in found] == ["Aventra"]
    found = actors(nlp, "Analysts said Brightway's Pixel Nova 5 phone sold well. The Selene lander touched down. "
                        "Tickets went on sale at the Oakdale Sun Arena.")
    assert [name for name, *_ in found] == ["Analysts", "Brightway"]
    found = actors(nlp, "The band will play the Harmon Arts Center, Ridgewood, NJ on July 2. Nathan Lane said "
                        "the show was great.")
    assert [name for name, *_ in found] == ["Nathan Lane"]


def test_a_thing_word_before_a_name_says_it_is_a_thing(nlp):
    found = actors(nlp, "Gamers can buy the handheld console Nova Ultra from Friday. "
                        "The news agency Reuters reported the deal.")
    assert "Nova Ultra" not in [name for name, *_ in found]
    assert "Reuters" in [name for name, *_ in found]


def test_a_name_cut_from_a_longer_one_is_no_person(nlp):
    found = actors(nlp, "The tour stops at Jiffy Lube Live in June. Coach P.J. Fleck said the team was ready.")
    assert [name for name, *_ in found] == ["P.J. Fleck"]


def test_a_heading_in_capitals_is_no_actor(nlp):
    assert actors(nlp, "COMPANIES") == []
    assert [name for name, *_ in actors(nlp, "NASA said the launch would go ahead.")] \
        == ["National Aeronautics and Space Administration"]


def test_the_kind_of_aid_is_not_its_giver(nlp):
    found = actors(nlp, "The senator criticised US military aid to the region.")
    assert ("US military", "organization", "USA", "MIL") not in found
    assert ("US", "country", "USA", None) in found


def test_a_sentence_opening_adjective_is_no_part_of_a_known_body(nlp):
    assert listed(nlp, "Key Security Council powers met in New York on Monday.") == ["Security Council"]


def test_things_and_living_matter_that_report_or_respond_are_no_speakers(nlp):
    found = actors(nlp, "The gut cells respond to sugar, and those facts suggest a new therapy, the researchers said. "
                        "Regional pricing has not been confirmed, the company said.")
    assert [name for name, *_ in found] == ["researchers", "company"]


def test_names_on_page_furniture_are_no_actors(nlp):
    text = ("Velmar Labs opened a plant in Ohio on Monday, the company said.\n\nShare on Facebook\n\nTwitter\n\n"
            "Ines Kallio, the chief executive, said the plant would hire 200 people.\n\n"
            "Related: Brightway recalls Pixel phones over battery fires")
    assert listed(nlp, text) == ["Velmar Labs", "Ines Kallio"]


def test_the_label_of_an_editors_note_names_nobody(nlp):
    text = ("Velmar Labs opened a plant in Ohio on Monday, the company said.\n\n"
            "Editor\u2019s note: Velmar Labs paid for the trip to the plant.")
    assert listed(nlp, text) == ["Velmar Labs"]


def test_song_titles_in_a_list_and_plural_nouns_opening_a_sentence_are_no_actors(nlp):
    found = actors(nlp, "The band played “Harbour Lights,” “Silver Coast,” “Long Night Driving” and others. "
                        "Challenges include designing the stage, said Ines Kallio, the band's manager.")
    assert [name for name, *_ in found] == ["Ines Kallio"]


def test_a_product_named_after_its_maker_is_no_actor_but_its_units_are(nlp):
    found = [name for name, *_ in actors(nlp, "Brightway said the Brightway Halo Ultra would ship in May. "
                                              "Brightway North America and Brightway Healthcare will sell it. "
                                              "Amazon Web Services said it would host the service.")]
    assert "Brightway Halo Ultra" not in found
    assert {"Brightway", "Brightway North America", "Brightway Healthcare", "Amazon Web Services"} <= set(found)


def test_a_region_a_kind_of_thing_and_a_things_short_name_are_no_actors(nlp):
    assert "North America" not in listed(nlp, "Velmar is weighing a production version for North America and "
                                              "Europe, the company said.")
    found = [name for name, *_ in actors(nlp, "You will need a Homepage first. The car comes in a new Plasma Blue. "
                                              "A Pentagon spokesman said the base would close.")]
    assert "Homepage" not in found and "Plasma Blue" not in found and "Pentagon spokesman" in found
    found = [name for name, *_ in actors(nlp, "NASA's Kepler Space Telescope found the plume. Kepler's data were "
                                              "clear, Dana Whitt said. The Davis Cup began, and Lindsay Davis won. "
                                              "Davis said she was happy.")]
    assert "Kepler" not in found and {"Dana Whitt", "Lindsay Davis"} <= set(found)


def test_a_thing_word_describing_a_name_makes_it_a_thing_but_a_public_figure_is_a_person(nlp):
    found = [name for name, *_ in actors(nlp, "The Jupiter moon Calypsa has plumes, Dana Whitt said. The party "
                                              "mocked an interview with Ivo Marek, a senior Labour Party figure.")]
    assert "Calypsa" not in found and {"Dana Whitt", "Ivo Marek"} <= set(found)


def test_a_name_after_an_unknown_rank_in_apposition_stays_a_person(nlp):
    found = actors(nlp, "A Velorian military spokesman, Brigadier Ivo Marek, said the troops had fired first.")
    assert any(name.endswith("Ivo Marek") and kind == "person" for name, kind, *_ in found)


def test_a_one_word_quoted_title_beside_a_work_noun_is_no_actor(nlp):
    found = actors(nlp, "‘Harbourline’ Star Ines Kallio Returns To The Stage\n\nKallio, who stars on the "
                        "streaming thriller, “Harbourline,” said the play would open in May.")
    names = [name for name, *_ in found]
    assert names and all("Kallio" in name for name in names)


def test_a_body_named_with_its_owner_is_the_body_not_a_person(nlp):
    found = actors(nlp, "Aides said the Obama White House was driving policy, Senator Ada Brill said. "
                        "Paul Ryan, now speaker of the House, spoke.")
    assert ("Obama White House", "organization", "USA", "GOV") in found
    assert [row[1] for row in found if row[0] == "House"] == ["organization"]


@pytest.mark.parametrize("name, sector", [("the Halvorsen Brothers Fund", "NGO"), ("the Halvorsen Family Foundation", "NGO"),
                                          ("the Halvorsen Growth Fund", "BUS")])
def test_a_charitys_fund_is_an_ngo_and_an_investment_fund_a_business(nlp, name, sector):
    found = actors(nlp, f"The Ohio school worked with {name} on two articles, Ines Kallio said in Columbus, Ohio.")
    assert [row[2:] for row in found if "Halvorsen" in row[0]] == [("USA", sector)]


def test_a_verb_opening_the_sentence_is_no_part_of_the_name_after_it(nlp):
    found = actors(nlp, "Ada Brill won Ohio on Tuesday. Combine Brill and Voss’ Ohio numbers from Tuesday night "
                        "and they still do not eclipse her showing.")
    assert [row[0] for row in found if row[1] == "person"] == ["Ada Brill"]
