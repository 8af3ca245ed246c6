"""A country's official name written with a possessive is one actor of that country, not cut at the
possessive into a party ("Democratic People") and another country ("Republic of Korea" is the South's).
Sentences of our own writing."""
from __future__ import annotations

import pytest
from actor_rows import actors

from newsgraph.analyze.actors import coding


@pytest.mark.parametrize("phrase, country, sector", [
    ("the Democratic People's Republic of Korea", "PRK", None),
    ("Democratic People’s Republic of Korea foreign minister", "PRK", "GOV"),  # a curly apostrophe
    ("the People's Democratic Republic of Algeria", "DZA", None),
    ("the Republic of Korea", "KOR", None),  # the South's own name is still the South's
    ("the Ministry of People's Armed Forces", None, "GOV"),  # no country's name: read as before
])
def test_an_official_name_with_a_possessive_codes_as_its_country(phrase, country, sector):
    code = coding.code_phrase(phrase)
    assert (code.country, code.sector) == (country, sector)


@pytest.mark.model
@pytest.mark.parametrize("text, name, country", [
    ("The Democratic People's Republic of Korea fired two missiles toward Japan on Tuesday, officials said.",
     "Democratic People's Republic of Korea", "PRK"),
    ("Officials of the Democratic People's Republic of Korea met Chinese diplomats in Beijing on Monday.",
     "Democratic People's Republic of Korea", "PRK"),
    ("The Lao People's Democratic Republic signed a trade deal with Vietnam on Friday.",
     "Lao People's Democratic Republic", "LAO"),
])
def test_an_official_name_is_not_cut_at_its_possessive(nlp, text, name, country):
    rows = actors(nlp, text)
    assert (name, "country", country, None) in rows
    assert not any(n in ("Democratic People", "Republic of Korea", "Democratic Republic") for n, *_ in rows)


@pytest.mark.model
def test_an_owner_before_an_organisation_is_still_cut_off(nlp):
    rows = actors(nlp, "Jeff Brell's Harbor Freight Lines hired 200 drivers in Ohio on Monday.")
    assert not any("'s" in n for n, *_ in rows)
