"""Who takes the story's country, on stories of our own (fourteenth session): in a story of one country
its people without a sector ("critics", "backers", "moderators") and its named office holders take it,
never its things, its monarchs, its ministers or people of anywhere; a namesake's country needs weight
in the story; "African American" is a descent; a name cut from its percentage is no actor."""
from __future__ import annotations

import pytest
from actor_rows import countries

from newsgraph.analyze.actors import namesakes, setting
from newsgraph.model import Actor

ONE_COUNTRY = ("WASHINGTON — Senator Dana Whitcombe of Ohio spoke in Washington on Tuesday, and Governor Lyle "
               "Brandt of Texas spoke in Austin, Texas. Critics said the bill went too far, and Whitcombe "
               "backers cheered in Columbus, Ohio. Debate moderators asked about taxes. President Harlan "
               "Voss once signed a similar law, voters in Virginia recalled. Immigrants said they were "
               "worried. Foreign Minister Ilse Varn said she would visit.")


@pytest.mark.model
def test_people_and_named_office_holders_of_a_one_country_story_take_its_country(nlp):
    rows = countries(nlp, ONE_COUNTRY)
    assert rows["Critics"] == "USA"
    assert rows["Debate moderators"] == "USA"
    assert rows["Harlan Voss"] == "USA"
    assert rows["Ilse Varn"] is None  # a minister may be of any state


def _group(name, sector=None):
    return Actor(id=name, name=name, kind="group", sector=sector)


def test_people_of_a_place_are_people_nouns_or_agent_nouns_not_things_or_origins():
    assert setting._people_of_a_place(_group("critics"))
    assert setting._people_of_a_place(_group("Sanders backers"))
    assert setting._people_of_a_place(_group("debate moderators"))
    assert setting._people_of_a_place(_group("partisans"))
    assert setting._people_of_a_place(_group("attendees"))
    assert not setting._people_of_a_place(_group("countries"))
    assert not setting._people_of_a_place(_group("history books"))
    assert not setting._people_of_a_place(_group("immigrants"))
    assert not setting._people_of_a_place(_group("tourists"))


def test_a_namesakes_country_needs_weight_in_the_story():
    def actor(name, kind, country=None, sector=None):
        return Actor(id=name, name=name, kind=kind, country=country, sector=sector)

    class Index:
        actors = [actor("Yemeni security forces", "group", "YEM", "COP"), actor("security forces", "group", None, "COP"),
                  actor("police", "group", None, "COP")]

    namesakes.settle_namesakes(Index, {"ETH": 30.0, "USA": 20.0, "YEM": 1.5})
    assert [a.country for a in Index.actors] == ["YEM", None, None]
    namesakes.settle_namesakes(Index, {"YEM": 12.0, "ETH": 3.0})
    assert [a.country for a in Index.actors] == ["YEM", "YEM", "YEM"]


@pytest.mark.model
def test_african_american_names_a_descent_without_its_hyphen(nlp):
    from newsgraph.analyze.actors.scenery import _a_style_or_descent

    doc = nlp("There is only one African American candidate in the race.")
    american = next(t for t in doc if t.text == "American")
    assert _a_style_or_descent(american)
    doc = nlp("The American candidate won the race.")
    assert not _a_style_or_descent(next(t for t in doc if t.text == "American"))


@pytest.mark.model
def test_a_name_cut_from_its_percentage_is_no_actor(nlp):
    from newsgraph.analyze.actors.nonactors import _no_actor

    doc = nlp("The poll found 28% of independents were afraid.")
    span = doc[3:7]
    assert span.text == "28% of independents"
    assert _no_actor(span, Actor(id="A1", name="% of independents", kind="organization"))


def test_candidates_and_voters_take_the_one_country_of_the_storys_parties():
    def actor(name, kind, country=None, sector=None):
        return Actor(id=name, name=name, kind=kind, country=country, sector=sector)

    class Index:
        actors = [actor("Dana Whitcombe", "person", "USA", "PTY"), actor("Lyle Brandt", "person", "USA", "PTY"),
                  actor("Presidential candidates", "group", None, "PTY"), actor("voters", "group", None, "CVL"),
                  actor("workers", "group", None, "LAB")]

    namesakes.settle_electorate(Index, {"USA": 20.0, "LBY": 12.0})
    assert [a.country for a in Index.actors] == ["USA", "USA", "USA", "USA", None]


def test_parties_of_two_countries_give_their_voters_neither():
    def actor(name, kind, country=None, sector=None):
        return Actor(id=name, name=name, kind=kind, country=country, sector=sector)

    class Index:
        actors = [actor("Dana Whitcombe", "person", "USA", "PTY"), actor("Nigel Orrin", "person", "GBR", "PTY"),
                  actor("candidates", "group", None, "PTY"), actor("voters", "group", None, "CVL")]

    namesakes.settle_electorate(Index, {"USA": 20.0, "GBR": 15.0})
    assert [a.country for a in Index.actors] == ["USA", "GBR", None, None]


def test_every_generic_group_of_a_local_sector_takes_its_one_country_not_only_the_first():
    def actor(name, kind, country=None, sector=None):
        return Actor(id=name, name=name, kind=kind, country=country, sector=sector)

    class Index:
        actors = [actor("Dana Whitcombe", "person", "USA", "LEG"), actor("lawmakers", "group", None, "LEG"),
                  actor("legislators", "group", None, "LEG")]

    namesakes.settle_namesakes(Index, {"USA": 20.0, "IRN": 12.0})
    assert [a.country for a in Index.actors] == ["USA", "USA", "USA"]


def test_a_groups_head_is_the_last_word_before_what_qualifies_it():
    assert setting.head_phrase("voters at the convention") == "voters"
    assert setting.head_phrase("traditional victims of discrimination") == "traditional victims"
    assert setting.head_phrase("Sanders backers") == "Sanders backers"
    assert setting.head_phrase("of course") == "of course"
    assert setting.local_by_nature(_group("voters at the convention", "CVL"))
    assert not setting.local_by_nature(_group("history of the convention", "CVL"))
    assert setting._people_of_a_place(_group("critics of the plan"))
    assert not setting._people_of_a_place(_group("tourists from the north"))
