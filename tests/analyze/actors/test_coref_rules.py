"""Description resolution on hand-made mention records: the scoring rules alone, no model."""
from __future__ import annotations

from newsgraph.analyze.actors.mentions import Mention
from newsgraph.analyze.actors.person_descriptions import Description, resolve_description
from newsgraph.model import Actor

SPOKESMAN = Actor("A1", "Ana Lind", "person", "SWE", "GOV", "Swedish government spokeswoman")
PRESIDENT = Actor("A2", "Oskar Berg", "person", None, "GOV", "President")
MINISTER = Actor("A3", "Eero Laine", "person", "FIN", "GOV", "Finnish Defence Minister")
HEADS = {"A1": {"spokeswoman"}, "A2": {"president"}, "A3": {"minister"}}

# sentence 0: Lind (subject, speaker); sentence 1: Berg (object); sentence 2: Laine (subject)
HISTORY = [
    Mention(SPOKESMAN, head=2, sent=0, subject=True, speaker=True),
    Mention(PRESIDENT, head=20, sent=1, subject=False, speaker=False),
    Mention(MINISTER, head=40, sent=2, subject=True, speaker=False),
]


def resolve(head, country=None, sector="GOV", exclude=(), sent=3, explicit=True):
    desc = Description(head, country, sector, frozenset(exclude), explicit_sector=explicit)
    return resolve_description(desc, HISTORY, sent, HEADS, before=10_000)


def test_country_adjective_picks_the_person_of_that_country():
    assert resolve("official", "SWE") is SPOKESMAN
    assert resolve("official", "FIN") is MINISTER


def test_specific_head_needs_the_same_role_synonyms_included():
    assert resolve("spokesperson") is SPOKESMAN
    assert resolve("president", "DNK") is PRESIDENT  # no country yet: compatible


def test_named_person_inside_the_description_is_excluded():
    assert resolve("spokesperson", exclude={"A1"}) is None


def test_no_compatible_candidate_gives_none():
    assert resolve("official", "NOR") is None
    assert resolve("judge") is None


def test_explicit_sector_must_agree():
    assert resolve("official", "FIN", sector="MIL") is None
    assert resolve("official", "FIN", sector="MIL", explicit=False) is MINISTER


def test_too_far_back_is_forgotten():
    assert resolve("spokesperson", sent=9) is None


def test_a_given_name_marks_a_gender_a_lone_surname_does_not():
    from newsgraph.analyze.actors.gender import gender_of_name
    assert gender_of_name(Actor("A9", "Anna Veld", "person")) == "f"
    assert gender_of_name(Actor("A9", "Peter Kolm", "person")) == "m"
    assert gender_of_name(Actor("A9", "Kolm", "person")) is None
    assert gender_of_name(Actor("A9", "Anna Group", "organization")) is None
