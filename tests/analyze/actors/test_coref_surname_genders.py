"""The genders a pronoun's candidates are read against when a surname alone names a person before the
full name does ("Brell" in a headline, "Tomas Brell" further on): ``WithSurnameGenders`` answers as the
recorded genders joined with each such surname's gender, asked actor by actor."""
from __future__ import annotations

from types import SimpleNamespace

from newsgraph.analyze.actors.coref_pass import WithSurnameGenders
from newsgraph.model import Actor


def _index(actors: list[Actor], genders: dict[str, str]):
    by_id = {a.id: a for a in actors}
    return SimpleNamespace(actors=actors, genders=genders, actor=by_id.get)


def test_a_surname_alone_has_its_full_names_gender_and_a_recorded_gender_comes_first():
    brell = Actor("A1", "Brell", "person")
    tomas = Actor("A2", "Tomas Brell", "person")
    vell = Actor("A3", "Vell", "person")  # no full name gives the surname a gender
    union = Actor("A4", "Brell", "organization")  # not a person
    said = Actor("A5", "Ruiz", "person")
    index = _index([brell, tomas, vell, union, said], {"A2": "m", "A5": "f"})
    genders = WithSurnameGenders(index, {"Brell": "m", "Ruiz": "m"})
    assert dict(genders) == {"A2": "m", "A5": "f", "A1": "m"}
    assert genders.get("A1") == "m" and genders.get("A5") == "f"  # what the text said, not the surname's
    assert "A3" not in genders and "A4" not in genders and genders.get("A3") is None
    assert "A9" not in genders and len(genders) == 3


def test_a_gender_recorded_later_and_a_merged_actor_are_read_at_the_time_of_asking():
    brell = Actor("A1", "Brell", "person")
    index = _index([brell], {})
    genders = WithSurnameGenders(index, {"Brell": "m"})
    index.genders["A1"] = "f"  # a pronoun resolved to the person gave one
    assert genders["A1"] == "f"
    index.genders.clear()
    index.actors.clear()
    index.actor = {}.get  # merged away: no actor of the index any more
    assert "A1" not in genders
