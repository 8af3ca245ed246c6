"""Speakers a description or a pronoun stands for, agreeing with what is known of them (seventeenth session,
invented sentences and actors): "the real estate tycoon" may be a candidate the knowledge base knows as a
businessman on the article's date; "the committee" is never a country's government named before it; a
person's gender guessed from the narrator's pronouns is not undone by one inside a quote."""
from __future__ import annotations

import pytest

from newsgraph.analyze.actors import find_actors
from newsgraph.analyze.actors.kb import Entry, KnowledgeBase, Role
from newsgraph.analyze.actors.knowledge import known_sectors
from newsgraph.analyze.actors.mentions import Mention
from newsgraph.analyze.actors.organization_descriptions import _of_its_kind
from newsgraph.analyze.actors.person_descriptions import Description, resolve_description
from newsgraph.model import Actor


def _candidate_base() -> KnowledgeBase:
    entry = Entry(entity="t:1", canonical="Mara Quill", kind="person",
                  roles=(Role("USA", "BUS", "1990-01-01", "2030-01-01", source="additions"),
                         Role("USA", "PTY", "2023-06-01", "2024-11-06", source="additions")))
    return KnowledgeBase({"mara quill": [entry], "quill": [entry]})


def test_the_base_gives_the_occupations_held_on_the_day():
    sectors = known_sectors(_candidate_base(), "2024-03-04")
    quill = Actor("A1", "Mara Quill", "person", "USA", "PTY", "candidate")
    assert sectors(quill) == frozenset({"BUS"})  # a party role is an office, no occupation
    assert known_sectors(_candidate_base(), "1980-01-01")(quill) == frozenset()  # not yet a businesswoman
    assert known_sectors(_candidate_base(), None)(quill) == frozenset()  # no date: nothing known
    stranger = Actor("A2", "Ian Ross", "person", "USA", None, None)
    assert sectors(stranger) == frozenset()


def test_an_occupation_description_is_a_person_the_base_knows_in_it():
    quill = Actor("A1", "Mara Quill", "person", "USA", "PTY", "candidate")
    history = [Mention(quill, head=2, sent=0, subject=True, speaker=True)]
    heads = {"A1": {"candidate"}}
    tycoon = Description("tycoon", None, "BUS", subject=True)
    assert resolve_description(tycoon, history, 1, heads, 20) is None  # the text never calls her one
    assert resolve_description(tycoon, history, 1, heads, 20, known_sectors=lambda a: frozenset({"BUS"})) is quill
    # an office is never read off an occupation: "the senator" is not the businesswoman
    senator = Description("senator", None, "LEG", subject=True)
    assert resolve_description(senator, history, 1, heads, 20, known_sectors=lambda a: frozenset({"BUS"})) is None


def test_a_title_the_text_gave_wins_over_an_occupation_the_base_knows():
    quill = Actor("A1", "Mara Quill", "person", "USA", "PTY", "candidate")
    ross = Actor("A2", "Ian Ross", "person", "USA", "BUS", "developer")
    history = [Mention(ross, head=2, sent=0, subject=True, speaker=False),
               Mention(quill, head=12, sent=0, subject=True, speaker=False)]
    heads = {"A1": {"candidate"}, "A2": {"developer"}}
    desc = Description("developer", None, "BUS", subject=True)
    assert resolve_description(desc, history, 1, heads, 30, known_sectors=lambda a: frozenset({"BUS"})) is ross


@pytest.mark.model
def test_a_tycoon_after_a_candidate_the_base_knows_as_a_businesswoman(nlp):
    text = ("Mara Quill spoke to supporters in Denver on Monday. "
            "The real estate tycoon vowed to cut taxes for small firms.")
    doc = nlp(text)
    index = find_actors(doc, "2024-03-04", _candidate_base())
    start = text.index("The real estate tycoon")
    actor = index.resolve(doc.char_span(start, start + len("The real estate tycoon"), alignment_mode="expand"))
    assert actor is not None and actor.name == "Mara Quill"


def test_a_body_noun_is_no_government():
    government = Actor("A1", "Ruritanian government", "organization", "RUR", "GOV")
    assert not _of_its_kind("committee", government)
    assert not _of_its_kind("agency", government)
    assert _of_its_kind("government", government)
    assert _of_its_kind("group", government)  # a broad noun: left to the other checks
    committee = Actor("A2", "Science Committee", "organization", "USA", "LEG")
    assert _of_its_kind("committee", committee)


@pytest.mark.model
def test_the_committee_is_not_the_government_named_before_it(nlp):
    text = ("The Ruritanian government has denied any role in the hacking. "
            "The committee said in its report that the breaches began in 2019.")
    doc = nlp(text)
    index = find_actors(doc, "2024-03-04", KnowledgeBase({}))
    start = text.index("The committee")
    actor = index.resolve(doc.char_span(start, start + len("The committee"), alignment_mode="expand"))
    assert actor is None or "government" not in actor.name.lower()


@pytest.mark.model
def test_a_pronoun_inside_a_quote_gives_no_gender_over_the_narrators(nlp):
    # the "she" inside Ortiz's quote may be taken for him; it must not make him a woman for the last "he"
    text = ('Ana Pell spoke for an hour. Ortiz stood at the back of the hall. "This is like a contest," he said. '
            '"Does she know what I make?" Did that mean Ortiz would vote for Tom Brell? "No, no," he said, laughing.')
    doc = nlp(text)
    start = text.rindex("he said")
    actor = find_actors(doc, "2024-03-04", KnowledgeBase({})).resolve(doc.char_span(start, start + 2))
    assert actor is not None and actor.name == "Ortiz"
