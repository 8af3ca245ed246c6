"""Whose country an office holder and a story's groups take, on stories of our own (fifteenth session): a
speaking description of one country is no person the knowledge base puts in another; the country a story
names most often as a party is its home only when the text's places and people agree; a label for armed
men ("terrorists") takes no story's country."""
from __future__ import annotations

import pytest

from newsgraph.analyze.actors import find_actors, setting
from newsgraph.analyze.actors.kb import Entry, KnowledgeBase, Role
from newsgraph.model import Actor


def _base(name: str, country: str) -> KnowledgeBase:
    entry = Entry(entity="t:1", canonical=name, kind="person", roles=(Role(country, "GOV", source="wikidata:P"),))
    return KnowledgeBase({name.lower(): [entry]})


@pytest.mark.model
def test_a_description_of_one_country_is_no_person_the_base_puts_in_another(nlp):
    from newsgraph.analyze.actors.mentions import Mention
    from newsgraph.analyze.actors.person_descriptions import Description, described_subject

    doc = nlp("Hale warned Portugal. The deputy head of Portugal's delegation said the patrols should stop.")
    hale = Actor(id="A1", name="Orrin Hale", kind="person", title="Navy Secretary", sector="GOV")
    history = [Mention(hale, 0, 0, True, False)]
    head = next(t for t in doc if t.text == "head")
    desc = Description("head", "PRT", None, subject=True)

    def known(actor):
        return "USA" if actor is hale else None

    assert described_subject(desc, history, 1, {}, head.i, doc) is hale  # nothing known: the subject before
    assert described_subject(desc, history, 1, {}, head.i, doc, known_country=known) is None


def test_a_label_for_armed_men_is_of_no_setting():
    terrorists = Actor(id="A1", name="terrorists", kind="group", sector="REB")
    rebels = Actor(id="A2", name="rebels", kind="group", sector="REB")
    assert not setting.local_by_nature(terrorists)
    assert not setting.local_by_nature(Actor(id="A3", name="violent extremists", kind="group", sector="REB"))
    assert setting.local_by_nature(rebels)


def test_the_country_named_most_as_a_party_is_home_only_where_the_text_leads_with_it():
    assert setting.text_leads({"IRN": 22.5, "USA": 13.5}, "IRN") is False  # a Washington story about Iran
    assert setting.text_leads({"USA": 5.5, "LBY": 5.0}, "LBY") is False
    assert setting.text_leads({"KEN": 12.0, "USA": 2.0}, "KEN") is True
    assert setting.text_leads({"KEN": 12.0}, "KEN") is True
    assert setting.text_leads({}, "KEN") is False


@pytest.mark.model
def test_lawmakers_of_a_story_about_another_country_do_not_take_its_country(nlp):
    text = ("Lawmakers voted on Tuesday to extend sanctions on Iran. Iran said the sanctions were illegal, and "
            "Iran warned it would respond. Iran has long rejected such measures. The vote came in Washington, "
            "where Sen. Mara Quill (D-Ohio) said the bill would pass and Rep. Ian Ross (R-Texas) said the House "
            "was united.")
    rows = {a.name: a.country for a in find_actors(nlp(text), "2024-03-04", KnowledgeBase({})).to_list()}
    assert rows["Lawmakers"] == "USA"  # not Iran's, which the story names most as a party: its coded legislators' one country
    assert rows["Mara Quill"] == "USA"


def test_a_town_before_a_victim_noun_is_where_it_happened_not_whose_people_they_are():
    from newsgraph.analyze.actors import coding

    assert coding.code_phrase("the Tulsa victims").country is None
    assert coding.code_phrase("the Tulsa police").country == "USA"
    assert coding.code_phrase("the mother of one of the Benghazi victims").country is None
    assert coding.code_phrase("Paris survivors").country is None
    assert coding.code_phrase("Paris survivors").sector != "GOV"  # no capital for its government either
    assert coding.code_phrase("Syrian victims").country == "SYR"  # a nationality says whose
    assert coding.code_phrase("Kabul residents").country == "AFG"
    assert coding.code_phrase("the Lagos police").country == "NGA"


@pytest.mark.model
def test_a_place_a_body_is_about_is_no_evidence_of_another_country(nlp):
    text = ("The House Select Committee on Benghazi said on Tuesday that it would call more witnesses. Libya has "
            "rejected the inquiry, and Libya's government said Libya would not take part. Rep. Mara Quill "
            "(R-Ohio) said the panel would press on.")
    rows = {a.name: a.country for a in find_actors(nlp(text), "2024-03-04", KnowledgeBase({})).to_list()}
    assert rows["House Select Committee"] == "USA"
    assert rows["Libya government"] == "LBY"
