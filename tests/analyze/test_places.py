"""Offline geocoding: the shipped gazetteer and find_places on texts of our own writing."""
from __future__ import annotations

import pytest

from newsgraph.analyze import gazetteer


@pytest.mark.parametrize("spelling, name, feature, country", [
    ("Kiev", "Kyiv", "PPLC", "UKR"),
    ("Kyiv", "Kyiv", "PPLC", "UKR"),
    ("Lugansk", "Luhansk", "PPL", "UKR"),
    ("Zaporozhye", "Zaporizhzhya", "PPL", "UKR"),
    ("Zaporizhzhia", "Zaporizhzhya", "PPL", "UKR"),
    ("the United States", "United States", "PCLI", "USA"),
    ("U.S.", "United States", "PCLI", "USA"),
    ("Britain", "United Kingdom", "PCLI", "GBR"),
    ("Bavaria", "Bayern", "ADM1", "DEU"),
])
def test_gazetteer_spellings(spelling, name, feature, country):
    entries = gazetteer.load().lookup(spelling)
    assert (name, feature, country) in {(e.name, e.feature, e.country) for e in entries}


def test_gazetteer_regions_carry_geonames_ids_and_points():
    g = gazetteer.load()
    luhansk_region = [e for e in g.lookup("Luhansk Oblast") if e.feature == "ADM1"]
    assert [e.geonameid for e in luhansk_region] == [702657]
    assert 48 < luhansk_region[0].lat < 50 and 38 < luhansk_region[0].lon < 40.5
    assert g.country("UKR").geonameid == 690791


def test_fold_ignores_accents_case_and_apostrophes():
    assert gazetteer.fold("Zaporižžia") == gazetteer.fold("zaporizzia")
    assert gazetteer.fold("Luhans\u2019k") == gazetteer.fold("Luhans'k")


def places_of(nlp, text):
    from newsgraph.analyze.actors import find_actors
    from newsgraph.analyze.places import find_places

    doc = nlp(text)
    return {p.mentions[0].text: (p.name, p.feature, p.country, len(p.mentions))
            for p in find_places(doc, find_actors(doc))}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "the X region" is the region (named as the text names it); a bare big-city name is the city
    ("Officials in the Donetsk region said shelling hit Kharkiv overnight.",
     {"Donetsk": ("Donetsk", "ADM1", "UKR", 1), "Kharkiv": ("Kharkiv", "PPL", "UKR", 1)}),
    # alternate spellings; a name spaCy may call a person is still a place the gazetteer knows
    ("Shelling hit Kiev and Zaporozhye on Sunday.",
     {"Kiev": ("Kyiv", "PPLC", "UKR", 1), "Zaporozhye": ("Zaporizhzhya", "PPL", "UKR", 1)}),
    # a capital acting is an actor, not a place; the same name after "in" is a place
    ("Washington refused the offer, and hundreds of people marched in Washington on Saturday.",
     {"Washington": ("Washington", "PPLC", "USA", 1)}),
    # the story's country decides between places of the same name
    ("Kenyan police said the fire in Nairobi spread from a market. Kenya's president visited Eldoret.",
     {"Nairobi": ("Nairobi", "PPLC", "KEN", 1), "Kenya": ("Kenya", "PCLI", "KEN", 1),
      "Eldoret": ("Eldoret", "PPL", "KEN", 1)}),
    # a country mentioned twice is one place with two mentions; "the West" is no place
    ("Ukraine asked the West for help. Ukraine's allies answered.",
     {"Ukraine": ("Ukraine", "PCLI", "UKR", 2)}),
])
def test_find_places(nlp, text, expected):
    assert places_of(nlp, text) == expected


@pytest.mark.model
def test_places_are_numbered_in_text_order_with_offsets(nlp):
    from newsgraph.analyze.places import find_places

    text = "Talks in Geneva ended. Delegates flew from Geneva to Vienna."
    doc = nlp(text)
    places = find_places(doc, None)
    second = text.index("Geneva", 10)
    assert [(p.id, p.name, [m.start for m in p.mentions]) for p in places] == [
        ("P1", "Geneva", [9, second]), ("P2", "Vienna", [text.index("Vienna")])]
    for place in places:
        for mention in place.mentions:
            assert text[mention.start:mention.end] == mention.text


@pytest.mark.model
def test_a_first_name_that_is_also_a_city_is_no_place(nlp):
    assert places_of(nlp, "Russian President Vladimir Putin met Viktor Orban in Moscow.") == {
        "Moscow": ("Moscow", "PPLC", "RUS", 1)}


@pytest.mark.model
def test_a_surname_after_a_preposition_is_no_place(nlp):
    # "Wen" is also a town's alternate name; here it is the spokeswoman
    text = "Spokeswoman Wen Lihua spoke in Tokyo. According to Wen, the talks failed."
    assert places_of(nlp, text) == {"Tokyo": ("Tokyo", "PPLC", "JPN", 1)}


@pytest.mark.model
def test_a_dateline_names_the_city(nlp):
    text = "GENEVA (Reuters) - Aid groups met in Geneva on Monday to discuss the regions hit by floods."
    assert places_of(nlp, text) == {"GENEVA": ("Geneva", "PPL", "CHE", 2)}
