"""A place stands for its country as the one acted on only where the phrase names the place (issue 9, twenty-second
session; ``events/territory.py``), on sentences of our own writing: a street whose name holds a place, or a thing
named after a country, is no country acted on; a place, its land or a part of it still is. Each row: the exact
events the sentence makes as (type, actor name, recipient name, modality)."""
from __future__ import annotations

import pytest
from event_rows import event_rows  # (type, actor, recipient, modality) of each event candidate

from newsgraph.analyze.events.territory import names_the_place

PUBLISHED = "2024-05-08"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a street named after a province is where they marched, not the country they protested against
    ("Thousands of protesters marched down Ontario Avenue in Toronto on Friday.",
     [("PROTEST", "protesters", None, "asserted")]),
    # a country's history is when the shooting happened, not whom it hit
    ("Canada mourned on Monday. A gunman carried out the deadliest shooting in modern Canada history.",
     [("ASSAULT", "gunman", None, "asserted")]),
    # the place where the shooting happened still stands for its country
    ("Canada mourned on Monday after a gunman carried out the deadliest shooting in modern Canadian history "
     "in Toronto.", [("ASSAULT", "gunman", "Canada", "asserted")]),
    # a place, its land or a part of it is what is occupied or attacked
    ("Russian forces occupied most of Luhansk in September.", [("COERCE", "Russian forces", "Ukraine", "asserted")]),
    ("Ukraine said Russian forces occupied parts of Kherson.", [("COERCE", "Russian forces", "Ukraine", "asserted")]),
    ("Gunmen attacked the city of Kherson.", [("ASSAULT", "Gunmen", "Ukraine", "asserted")]),
])
def test_a_place_stands_for_its_country_only_when_named(text, expected):
    assert event_rows(text, PUBLISHED) == expected


class _Token:
    def __init__(self, i: int, text: str, lemma: str, like_num: bool = False):
        self.i, self.lower_, self.lemma_, self.like_num = i, text.lower(), lemma, like_num


class _Phrase:
    def __init__(self, root: _Token):
        self.root = root


@pytest.mark.parametrize("root, places, expected", [
    (_Token(3, "Luhansk", "Luhansk"), {3: "a place"}, True),  # the place itself
    (_Token(1, "most", "most"), {3: "a place"}, True),  # "most of Luhansk"
    (_Token(1, "regions", "region"), {}, True),  # "four regions of X"
    (_Token(2, "market", "market"), {}, True),  # a site an attack is aimed at
    (_Token(1, "four", "four", like_num=True), {}, True),
    (_Token(1, "mayor", "mayor"), {3: "a place"}, False),  # "the mayor of X": a person of the place
    (_Token(3, "history", "history"), {2: "a place"}, False),  # "modern U.S. history"
    (_Token(2, "Avenue", "Avenue"), {1: "a place"}, False),  # "Michigan Avenue"
])
def test_names_the_place(root, places, expected):
    assert names_the_place(_Phrase(root), places) is expected
