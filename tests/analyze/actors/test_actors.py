"""Actors: one per real entity, with every mention, coded from the text (real spaCy model)."""
from __future__ import annotations

import pytest

from newsgraph.analyze.actors import find_actors
from newsgraph.model import Span

pytestmark = pytest.mark.model

# Invented; the same constructions as a typical wire story about a diplomatic spat.
STORY = (
    "Britain will not accept Chilean conditions for new fishing talks, Downing Street spokeswoman "
    "Helen Marsh said on Tuesday.\n\n"
    "Commenting on President Alvarez's remark on Monday that he would meet British Prime Minister Tom "
    "Reyes only if London dropped its demands, the British official said that the conditions were "
    "unacceptable.\n\n"
    "Marsh explained that, for now, Downing Street remained open to talks.\n\n"
    "The Chilean President's proposal, noting that he would speak with his British counterpart soon, "
    "was made on Monday during a joint press conference with visiting German Chancellor Klaus Berger.\n\n"
    "The spokeswoman for British Prime Minister Tom Reyes also said that there was little room for "
    "London and Santiago to negotiate.\n\n"
    "The spokesperson for the Chilean Foreign Ministry, Ana Rojas, noted on Sunday that Santiago "
    "wanted a deal within weeks.\n\n"
    "Berger emphasized that NATO would not take sides."
)


@pytest.fixture(scope="module")
def story(nlp):
    doc = nlp(STORY)
    return doc, find_actors(doc)


def span_of(doc, phrase, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(phrase, start + 1)
    return doc.char_span(start, start + len(phrase))


@pytest.mark.parametrize("name, kind, country, sector, title", [
    ("Helen Marsh", "person", "GBR", "GOV", "Downing Street spokeswoman"),
    ("Alvarez", "person", "CHL", "GOV", "Chilean President"),
    ("Tom Reyes", "person", "GBR", "GOV", "British Prime Minister"),
    ("Klaus Berger", "person", "DEU", "GOV", "German Chancellor"),
    ("Ana Rojas", "person", "CHL", "GOV", "spokesperson for the Chilean Foreign Ministry"),
    ("Britain", "country", "GBR", None, None),
    ("London", "country", "GBR", "GOV", None),
    ("Santiago", "country", "CHL", "GOV", None),
    ("NATO", "organization", None, "IGO", None),
])
def test_actor_is_coded(story, name, kind, country, sector, title):
    _, index = story
    actor = next(a for a in index.to_list() if a.name == name)
    assert (actor.kind, actor.country, actor.sector, actor.title) == (kind, country, sector, title)


@pytest.mark.parametrize("phrase, nth, name", [
    ("Downing Street spokeswoman Helen Marsh", 0, "Helen Marsh"),
    ("Marsh", 1, "Helen Marsh"),
    ("the British official", 0, "Helen Marsh"),
    ("The spokeswoman for British Prime Minister Tom Reyes", 0, "Helen Marsh"),
    ("The Chilean President", 0, "Alvarez"),
    ("he", 0, "Alvarez"),
    ("his British counterpart", 0, "Tom Reyes"),
    ("The spokesperson for the Chilean Foreign Ministry, Ana Rojas", 0, "Ana Rojas"),
    ("Tom Reyes", 1, "Tom Reyes"),
    ("London", 1, "London"),
    ("Downing Street", 1, "London"),
    ("Berger", 1, "Klaus Berger"),
])
def test_mention_resolves(story, phrase, nth, name):
    doc, index = story
    actor = index.resolve(span_of(doc, phrase, nth))
    assert actor is not None and actor.name == name


def test_one_actor_per_entity_with_all_mentions(story):
    _, index = story
    marsh = next(a for a in index.to_list() if a.name == "Helen Marsh")
    assert [m.text for m in marsh.mentions] == [
        "Helen Marsh", "the British official", "Marsh", "The spokeswoman for British Prime Minister Tom Reyes"]
    assert marsh.aliases == ["Helen Marsh", "Marsh"]
    assert all(STORY[m.start:m.end] == m.text for a in index.to_list() for m in a.mentions)


def test_ids_follow_first_mention(story):
    _, index = story
    actors = index.to_list()
    assert [a.id for a in actors] == [f"A{k}" for k in range(1, len(actors) + 1)]
    firsts = [a.mentions[0].start for a in actors]
    assert firsts == sorted(firsts)


def test_locative_place_is_not_an_actor(nlp):
    doc = nlp("Officials met in Moscow on Monday. Moscow later said the meeting had gone well.")
    index = find_actors(doc)
    moscow = [a for a in index.to_list() if a.code == "RUSGOV" and a.kind == "country"]
    assert len(moscow) == 1 and [m.start for m in moscow[0].mentions] == [doc.text.rindex("Moscow")]
    # Russia is the only country the story names: its setting, and its officials are Russia's
    assert [a.code for a in index.to_list() if a.name == "Officials"] == ["RUSGOV"]


def test_seat_of_government_and_capital_are_one_government(nlp):
    doc = nlp("The White House said the talks were over. Washington also warned Tehran.")
    index = find_actors(doc)
    assert [(a.name, a.code, a.kind) for a in index.to_list()] == [
        ("White House", "USAGOV", "country"), ("Tehran", "IRNGOV", "country")]
    assert index.resolve(span_of(doc, "Washington")).name == "White House"


def test_resolve_accepts_offsets_and_model_spans(story):
    doc, index = story
    start = STORY.index("the British official")
    by_tuple = index.resolve((start, start + len("the British official")))
    by_span = index.resolve(Span(start, start + 20, "the British official"))
    assert by_tuple is by_span and by_tuple.name == "Helen Marsh"


def test_resolve_never_creates_an_actor(nlp):
    doc = nlp("Peruvian troops crossed the river, and Bolivia protested.")
    index = find_actors(doc)
    before = [(a.id, a.code, [m.text for m in a.mentions]) for a in index.to_list()]
    troops = span_of(doc, "Peruvian troops")
    found = index.resolve(troops)
    assert found is not None and found.code == "PERMIL"  # groups that act are actors already
    assert index.resolve(span_of(doc, "the river")) is None
    assert [(a.id, a.code, [m.text for m in a.mentions]) for a in index.to_list()] == before


def test_country_actor_only_looks_up(nlp):
    doc = nlp("Quito sent a note to Lima.")
    index = find_actors(doc)
    ids = [a.id for a in index.to_list()]
    assert index.country_actor("PER", "GOV").code == "PERGOV"
    assert index.country_actor("PER", "GOV") is index.resolve(span_of(doc, "Lima"))
    assert index.country_actor("BRA") is None and index.country_actor("BRA", "GOV") is None
    assert [a.id for a in index.to_list()] == ids


def test_phrases_later_stages_ask_about_are_registered(nlp):
    doc = nlp("Four Moldovan regions voted, and Latvian warplanes patrolled the coast.")
    index = find_actors(doc)
    assert index.country_actor("MDA").mentions[0].text == "Moldovan"
    assert index.resolve(span_of(doc, "Latvian warplanes")).code == "LVAMIL"


def test_president_learns_country_from_description(nlp):
    doc = nlp("President Okoye said on Monday that trade would grow. "
              "The Nigerian President also praised the new port.")
    index = find_actors(doc)
    okoye = index.resolve(span_of(doc, "Okoye"))
    assert (okoye.country, okoye.sector, okoye.title) == ("NGA", "GOV", "Nigerian President")
    assert index.resolve(span_of(doc, "The Nigerian President")) is okoye


def test_surname_before_full_name_joins_it(nlp):
    doc = nlp("Lindqvist spoke first. Later, Swedish minister Eva Lindqvist said she agreed.")
    index = find_actors(doc)
    persons = [a for a in index.to_list() if a.kind == "person"]
    assert [(a.name, a.country, a.aliases) for a in persons] == [("Eva Lindqvist", "SWE", ["Lindqvist", "Eva Lindqvist"])]


@pytest.mark.parametrize("text, name, country, sector, title", [
    # title after the name, in apposition
    ("Ivo Marek, the Czech defence minister, said the drills would go ahead.",
     "Ivo Marek", "CZE", "GOV", "Czech defence minister"),
    # the country of the person one works for
    ("Polish President Adam Zielinski arrived late. Zielinski's spokesman Jan Nowak said the flight was delayed.",
     "Jan Nowak", "POL", "GOV", "Zielinski's spokesman"),
    # a later full title teaches the country of an earlier bare title
    ("President Sato said on Monday that talks would resume. Japanese President Ken Sato later confirmed it.",
     "Ken Sato", "JPN", "GOV", "Japanese President"),
    # a title with "of" before the name
    ("Canadian Minister of Fisheries Paul Leblanc said the quota stood.",
     "Paul Leblanc", "CAN", "GOV", "Canadian Minister of Fisheries"),
    # an appositive that hangs off the organisation in the title
    ("The head of the World Health Organization, Amara Diallo, said the outbreak was over.",
     "Amara Diallo", None, "IGO", "head of the World Health Organization"),
    # an abbreviated rank, then a fuller title in apposition
    ("Gen. Tomas Varga, commander of the Hungarian army, said the drills were over.",
     "Tomas Varga", "HUN", "MIL", "commander of the Hungarian army"),
    # an honorific is not a title
    ("Mr. Dario Conti said the port would reopen.", "Dario Conti", None, None, None),
])
def test_person_coded_from_context(nlp, text, name, country, sector, title):
    index = find_actors(nlp(text))
    actor = next(a for a in index.to_list() if a.name == name)
    assert (actor.country, actor.sector, actor.title) == (country, sector, title)


def test_international_organisation_in_text(nlp):
    doc = nlp("The IAEA said inspectors had left. NATO and the European Union called for calm.")
    index = find_actors(doc)
    assert [(a.name, a.code, a.kind) for a in index.to_list()] == [
        ("IAEA", "IGO", "organization"), ("NATO", "IGO", "organization"),
        ("NATO and European Union", "IGO", "group"),  # the two that called for calm speak as a pair
        ("European Union", "IGO", "organization")]


def test_resolve_does_not_pick_a_name_inside_a_larger_phrase(nlp):
    doc = nlp("Helsinki said talks with Norway were over. Norway's fishing fleet stayed home.")
    index = find_actors(doc)
    assert index.resolve(span_of(doc, "talks with Norway")) is None
    assert index.resolve(span_of(doc, "Norway's fishing fleet")) is None
    assert index.resolve(span_of(doc, "Norway", 1)).code == "NOR"


def test_a_pipeline_without_parser_or_entities_gives_no_actors_and_no_error():
    import spacy

    doc = spacy.blank("en")("Peskov said on Friday that Moscow would not accept it.")
    assert find_actors(doc).to_list() == []


def test_acronym_joins_the_organisation_it_abbreviates(nlp):
    doc = nlp("The Maritime Safety Council met on Monday. The MSC said the strait was safe.")
    orgs = [a for a in find_actors(doc).to_list() if a.kind == "organization"]
    assert [(a.name, [m.text for m in a.mentions]) for a in orgs] == [
        ("Maritime Safety Council", ["The Maritime Safety Council", "MSC"])]
