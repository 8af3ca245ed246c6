"""The story every change is held against (read from ../shared/seed, never copied here)."""
from __future__ import annotations

import pytest

from seed_story import SEED

pytestmark = [pytest.mark.model, pytest.mark.data,
              pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside this checkout")]


def actor_named(analysis, surname):
    found = [a for a in analysis.actors if a.kind == "person" and a.name.split()[-1] == surname]
    assert len(found) == 1, [a.name for a in analysis.actors]
    return found[0]


def test_nothing_from_the_comment_form(seed):
    assert "Leave a Reply" not in seed.article.text
    assert "Be the first to comment" not in seed.article.text


@pytest.mark.parametrize("surname, country, sector", [
    ("Peskov", "RUS", "GOV"), ("Putin", "RUS", "GOV"), ("Biden", "USA", "GOV"),
    ("Kirby", "USA", "GOV"), ("Macron", "FRA", "GOV"),
])
def test_people_are_coded(seed, surname, country, sector):
    actor = actor_named(seed, surname)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("source, surname", [
    ("Kremlin spokesman Dmitry Peskov", "Peskov"),
    ("the Russian official", "Peskov"),
    ("Peskov", "Peskov"),
    ("The spokesman for Russian President Vladimir Putin", "Peskov"),
    ("The US President", "Biden"),
    ("The spokesperson for the US National Security Council, John Kirby", "Kirby"),
    ("Macron", "Macron"),
])
def test_every_statement_goes_to_the_right_speaker(seed, source, surname):
    speaker = actor_named(seed, surname)
    sources = [s for s in seed.statements if s.source and s.source.text.rstrip("’'s ") == source.rstrip("’'s ")]
    assert sources, f"no statement whose source is {source!r}: " + repr([s.source and s.source.text for s in seed.statements])
    assert all(s.speaker == speaker.id for s in sources)


def test_biden_comment_is_his_statement_dated_thursday(seed):
    biden = actor_named(seed, "Biden")
    dated = {s.date for s in seed.statements if s.speaker == biden.id}
    assert dated == {"2022-12-01"}


def test_kirby_statement_is_dated_wednesday(seed):
    kirby = actor_named(seed, "Kirby")
    assert [s.date for s in seed.statements if s.speaker == kirby.id] == ["2022-11-30"]


def test_dates(seed):
    values = {d.text: d.value for d in seed.dates}
    assert values["on Friday"] == "2022-12-02"
    assert values["on Thursday"] == "2022-12-01"
    assert values["on Wednesday"] == "2022-11-30"
    assert values["in September"] == "2022-09"
