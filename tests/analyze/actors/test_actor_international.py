"""Countries of actors in international news, on stories of our own: a territory with a code of its
own is the setting of a story set there even when its state is a party; the country a story of
several countries mostly happens in goes to the actors local by nature; "police"
after "Kenyan police" is Kenya's; a local body named after its town places a story with no dateline;
a bracketed country names an organisation's and the first of two joined names'; a described speaker
keeps the sector its head word names."""
from __future__ import annotations

import pytest
from actor_rows import actors, codes, countries

from newsgraph.analyze.actors import find_actors, namesakes, setting

pytestmark = pytest.mark.model

HARBOUR = ("Thousands of protesters marched through Kowloon and Mong Kok in Hong Kong on Sunday. Police fired "
           "tear gas near the Hong Kong Polytechnic University in Hong Kong. Beijing said the unrest must end, "
           "and Chinese state media blamed foreign forces. Students said they would return to Hong Kong "
           "streets on Monday. Lawmakers in Hong Kong called for talks.")


def test_a_territory_named_as_much_as_its_state_is_the_setting(nlp):
    assert setting.fold_territories({"HKG": 6.0, "CHN": 8.0, "GBR": 1.0}) == {"HKG": 14.0, "GBR": 1.0}
    assert setting.fold_territories({"HKG": 2.0, "CHN": 8.0}) == {"HKG": 2.0, "CHN": 8.0}
    rows = codes(nlp, HARBOUR)
    assert rows["Police"] == ("HKG", "COP")
    assert rows["protesters"][0] == "HKG"
    assert rows["Students"][0] == "HKG"


def test_the_leading_country_of_a_story_of_several_goes_to_its_local_actors(nlp):
    text = ("Indian shares fell in Mumbai on Tuesday after the Supreme Court ruled on telecom dues. Lawmakers in "
            "New Delhi said the ruling would hurt telecom firms, and traders in Mumbai sold bank stocks. Asian "
            "markets were mixed. Later in the day officials in Washington said trade talks with China would go "
            "on, Britain's pound rose and Japan's yen fell. Ravi Anand of Sutlej Capital said investors were "
            "nervous.")
    doc = nlp(text)
    index = find_actors(doc)
    assert setting.article_setting(doc, index, set()) is None
    assert setting.leading_country(doc, index, set()) == "IND"
    rows = countries(nlp, text)
    assert rows["Supreme Court"] == "IND"
    assert rows["Lawmakers"] == "IND"
    assert rows["officials"] is None  # "officials in Washington"
    assert rows["Ravi Anand"] == "IND"


def test_bare_police_take_the_country_the_fuller_words_gave(nlp):
    text = ("Kenyan police arrested four men in Nairobi after a raid, Ugandan and Tanzanian officials said. "
            "The men were held in Kampala before, Tanzania's government said. Later police said the men "
            "would appear in court.")
    rows = {(name, kind): country for name, kind, country, _ in actors(nlp, text)}
    assert rows[("Kenyan police", "group")] == "KEN"
    assert rows[("police", "group")] == "KEN"


def test_namesakes_need_one_country_and_the_same_word():
    from newsgraph.model import Actor

    def actor(name, kind, country=None):
        return Actor(id=name, name=name, kind=kind, country=country)

    class Index:
        actors = [actor("Kenyan police", "group", "KEN"), actor("police", "group"),
                  actor("Velo Air Airlines", "group", "PER"), actor("airlines", "group"),
                  actor("Ugandan lawmakers", "group", "UGA"), actor("Kenyan lawmakers", "group", "KEN"),
                  actor("lawmakers", "group"), actor("foreign police", "group")]

    namesakes.settle_namesakes(Index)
    assert [a.country for a in Index.actors] == ["KEN", "KEN", "PER", None, "UGA", "KEN", None, None]


def test_a_local_body_named_after_its_town_places_a_story_without_dateline(nlp):
    text = ("Officers of the Columbus Police Department arrested three people on Monday after a traffic stop "
            "near Fifth Street. Dana R. Whitlow, 41, was charged with possession, said Lt. Mara Kint, a Columbus "
            "Police Department spokeswoman. Police said a canine of the Franklin County Sheriff's Office found "
            "the drugs.")
    rows = countries(nlp, text)
    assert rows["Dana R. Whitlow"] == "USA"
    assert rows["Police"] == "USA"


def test_a_bracketed_country_names_an_organisation_and_the_first_of_two_joined_names(nlp):
    text = ("The festival shows eleven works this winter. Nimbus Lighting Company (Peru) built a bridge of light. "
            "Maria Ortega and Pablo Ruiz (Serbia) made a wall of lamps. Both teams said the canal inspired them.")
    rows = countries(nlp, text)
    assert rows["Nimbus Lighting Company"] == "PER"
    assert rows["Maria Ortega"] == "SRB"

def test_a_described_speaker_keeps_the_sector_its_head_names(nlp):
    text = ("LA PAZ (Reuters) - Bolivia's interim government said on Monday that fuel would reach the city. "
            "The army said it had sent troops to El Alto. The trade ministry said shipments had been halted.")
    rows = codes(nlp, text)
    assert rows["army"] == ("BOL", "MIL")
    assert rows["trade ministry"] == ("BOL", "GOV")
    rows = {name: (country, sector) for name, _, country, sector in actors(
        nlp, "A British man said the new duvet left him ill for months. Health bosses said the case was rare.")}
    assert rows["British man"] == ("GBR", None)
    assert rows["Health bosses"] == (None, None)


def test_a_dateline_in_a_territory_makes_it_the_setting_beside_its_state(nlp):
    text = ("HONG KONG - Protesters marched again on Sunday in Hong Kong. Police in Hong Kong fired tear gas. "
            "Beijing said the marches must stop, and students said they would march again.")
    rows = countries(nlp, text)
    assert rows["Police"] == "HKG"
    assert rows["students"] == "HKG"


def test_a_town_the_tagger_took_for_a_person_is_no_actor(nlp):
    from newsgraph.analyze.actors import nonactors
    from newsgraph.model import Actor

    text = "Buses from La Paz arrived late, said Maria Santos."
    doc = nlp(text)
    town = doc.char_span(text.index("La Paz"), text.index("La Paz") + 6)
    person = doc.char_span(text.index("Maria"), text.index("Maria") + 12)
    assert nonactors._place_as_person(town, Actor(id="A1", name="La Paz", kind="person"))
    assert not nonactors._place_as_person(person, Actor(id="A2", name="Maria Santos", kind="person"))
    assert not nonactors._place_as_person(town, Actor(id="A3", name="La Paz", kind="person", title="mayor"))


def test_a_nationality_before_joined_titles_names_the_person(nlp):
    text = ("The theme comes from a famous statement by the Canadian scientist and philosopher Ardo Kessel. "
            "The idea behind his statement was simple.")
    rows = countries(nlp, text)
    assert rows["Ardo Kessel"] == "CAN"


def test_a_person_known_under_a_fuller_name_is_found_when_only_one_ends_so():
    from newsgraph.analyze.actors.kb import Entry, KnowledgeBase, Role

    def person(entity, name, country):
        return Entry(entity=entity, canonical=name, kind="person", roles=(Role(country, "GOV", source="test"),))

    base = KnowledgeBase({"arman tavil rezai": [person("t:1", "Arman Tavil Rezai", "IRN")],
                          "lina maro osei": [person("t:2", "Lina Maro Osei", "GHA")],
                          "kofi maro osei": [person("t:3", "Kofi Maro Osei", "GHA")]})
    assert base.lookup("Tavil Rezai", "2019-11-19", fuller=True).country == "IRN"
    assert base.lookup("Tavil Rezai", "2019-11-19") is None  # a phrase alone: only names the base lists
    assert base.lookup("Maro Osei", "2019-11-19", fuller=True) is None  # two people end so
    assert base.lookup("Rezai", "2019-11-19", fuller=True) is None  # one word is no name to complete


def test_a_generic_local_body_takes_the_one_country_of_its_sector():
    from newsgraph.model import Actor

    def actor(name, kind, country=None, sector=None):
        return Actor(id=name, name=name, kind=kind, country=country, sector=sector)

    class Index:
        actors = [actor("Senate Judiciary Committee", "organization", "USA", "LEG"),
                  actor("lawmakers", "group", None, "LEG"), actor("Kenyan ministry", "organization", "KEN", "GOV"),
                  actor("officials", "group", None, "GOV")]

    namesakes.settle_namesakes(Index)  # a ministry of one state says nothing of the story's "officials"
    assert [a.country for a in Index.actors] == ["USA", "USA", "KEN", None]


def test_a_leader_known_under_a_name_of_one_more_word_is_found_when_only_one_starts_so():
    from newsgraph.analyze.actors.kb import Entry, KnowledgeBase, Role

    def person(entity, name, country, source):
        return Entry(entity=entity, canonical=name, kind="person", roles=(Role(country, "GOV", source=source),))

    base = KnowledgeBase({"tadele worku bekele": [person("t:1", "Tadele Worku Bekele", "ETH", "wikidata:PM")],
                          "sami haddad nour": [person("t:2", "Sami Haddad Nour", "LBN", "phoenix-countries")],
                          "kofi mensah owusu": [person("t:3", "Kofi Mensah Owusu", "GHA", "wikidata:P")],
                          "kofi mensah addo": [person("t:4", "Kofi Mensah Addo", "GHA", "wikidata:P")]})
    assert base.lookup("Tadele Worku", "2019-05-02", fuller=True).country == "ETH"
    assert base.lookup("Tadele Worku", "2019-05-02") is None  # a phrase alone: only names the base lists
    assert base.lookup("Sami Haddad", "2019-05-02", fuller=True) is None  # a dictionary's minister: too common
    assert base.lookup("Kofi Mensah", "2019-05-02", fuller=True) is None  # two leaders start so


def test_the_head_of_a_body_takes_its_country_and_the_countrys_officer_the_storys(nlp):
    text = ("WASHINGTON — Diplomats met on Tuesday to discuss the crisis in Ethiopia, and the White House said it "
            "was watching. Fighting spread across Ethiopia's north, and Ethiopian troops shelled towns near "
            "Mekele, Ethiopia. Ethiopian officials in Addis Ababa blamed rebels. Lensa Abdi, who heads the "
            "Ethiopian Red Cross, said aid was blocked. Mekonnen Tolosa, the country's attorney general, said "
            "charges would follow.")
    rows = countries(nlp, text, "2020-11-20")
    assert rows["Lensa Abdi"] == "ETH"
    assert rows["Mekonnen Tolosa"] == "ETH"


def test_a_country_named_in_passing_lends_its_police_to_no_one():
    from newsgraph.model import Actor

    class Index:
        actors = [Actor(id="a", name="Omani security forces", kind="group", country="OMN", sector="COP"),
                  Actor(id="b", name="security forces", kind="group", sector="COP"),
                  Actor(id="c", name="Kenyan lawmakers", kind="group", country="KEN", sector="LEG"),
                  Actor(id="d", name="lawmakers", kind="group", sector="LEG")]

    namesakes.settle_namesakes(Index, {"TZA": 37.0, "KEN": 20.0, "OMN": 1.5})
    assert [a.country for a in Index.actors] == ["OMN", None, "KEN", "KEN"]
    Index.actors[1].country = None
    namesakes.settle_namesakes(Index)  # no weights: any namesake's country, as before
    assert Index.actors[1].country == "OMN"


def test_police_of_a_story_of_several_countries_are_of_the_places_they_act_in(nlp):
    text = ("Kenya and Tanzania argued over the lake. Tanzanian officials met Kenyan officials in Geneva. "
            "On Monday, security forces killed 30 marchers in Nakuru.")
    rows = countries(nlp, text)
    assert rows["security forces"] == "KEN"
