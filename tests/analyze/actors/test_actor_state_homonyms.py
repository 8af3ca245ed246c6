"""Georgia the US state, not the country (``state_homonyms``): in a story set in the US, or for an
institution named after the state, and never when the story names the country's own marks. Sentences of
our own."""
from __future__ import annotations

import actor_rows

from newsgraph.analyze.actors import find_actors


def test_a_senator_of_georgia_in_a_us_story_is_american(nlp):
    text = ("Senate Republicans met in Washington on Tuesday to weigh the Texas plan. Sens. Tom Brell of Georgia "
            "and Ana Ruiz of Arkansas said the bill would fail in Ohio and Florida.")
    rows = actor_rows.actors(nlp, text, "2016-05-31")
    assert [row[2] for row in rows if row[0] == "Tom Brell"] == ["USA"]
    assert not [row for row in rows if row[0] == "Georgia"]  # the state is a place, as Arkansas is


def test_an_institute_named_after_georgia_is_american(nlp):
    text = ("Chinese students debated the election online. Li Wenhao, a doctoral candidate at the Georgia "
            "Institute of Technology, urged them to vote.")
    rows = actor_rows.actors(nlp, text, "2016-03-04")
    assert [row[2] for row in rows if row[0] == "Li Wenhao"] == ["USA"]


def test_the_country_stays_in_a_us_story_that_names_its_government(nlp):
    text = ("Senate Republicans met in Washington on Tuesday to weigh the Texas plan. Sens. Tom Brell of Ohio and "
            "Ana Ruiz of Arkansas said the bill would fail in Ohio and Florida. Georgia's prime minister, Levan "
            "Orbeli, visiting the White House, said the plan worried his government.")
    rows = actor_rows.actors(nlp, text, "2016-05-31")
    assert [row[2] for row in rows if row[0] == "Levan Orbeli"] == ["GEO"]


def test_the_country_stays_when_the_story_names_its_marks(nlp):
    text = ("Georgia's prime minister met European envoys in Tbilisi on Monday. The Georgian government said "
            "talks on Abkhazia would resume.")
    index = find_actors(nlp(text), "2016-05-31")
    assert "GEO" in {a.country for a in index.to_list()}
