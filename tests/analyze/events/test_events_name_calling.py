"""Name-calling as an accusation (PLOVER ACCUSE disapprove): "called X a crook", "called X's plan 'cruel'",
judged by the shipped table of strongly negative words (the VADER lexicon's); a kind or neutral name,
a softened one ("the least bad option") and grief with no one blamed stay what they were. Sentences of
our own writing (invented officials), real spaCy parse."""
from __future__ import annotations

import pytest
from event_rows import event_rows

from newsgraph.analyze.events.objects import negative_words

pytestmark = pytest.mark.model

PUBLISHED = "2016-05-08"


def test_table_holds_negative_words_only():
    words = negative_words()
    assert {"liar", "thief", "cruel", "hater"} <= words
    assert not {"friend", "leader", "option", "plan", "great"} & words


@pytest.mark.parametrize("text, rows", [
    # a word of negative valence the contempt list lacks
    ("Senator Mara Quill called Governor Ben Ostrow a thief on Tuesday.",
     [("ACCUSE", "Mara Quill", "Ben Ostrow", "asserted")]),
    # the name quoted, and given to someone's act: whose act it is
    ("Senator Mara Quill called Governor Ben Ostrow's budget plan \"cruel.\"",
     [("ACCUSE", "Mara Quill", "Ben Ostrow", "asserted")]),
    # a quoted phrase whose head is no insult but a word of it is
    ("Senator Mara Quill called Governor Ben Ostrow \"a hater of working families.\"",
     [("ACCUSE", "Mara Quill", "Ben Ostrow", "asserted")]),
])
def test_negative_name_is_an_accusation(text, rows):
    assert event_rows(text, PUBLISHED) == rows


@pytest.mark.parametrize("text", [
    "Senator Mara Quill called Governor Ben Ostrow a friend and a great leader.",  # kind words
    "Senator Mara Quill called the storm a tragedy.",  # grief, no one named or blamed
])
def test_kind_or_unaimed_name_is_no_accusation(text):
    assert not [row for row in event_rows(text, PUBLISHED) if row[0] == "ACCUSE"]


def test_softened_word_is_no_accusation():
    rows = event_rows("Senator Mara Quill called Governor Ben Ostrow's plan \"the least bad option.\"", PUBLISHED)
    assert not [row for row in rows if row[0] == "ACCUSE"]


def test_phone_call_stays_a_consultation():
    assert event_rows("Senator Mara Quill called Governor Ben Ostrow on Tuesday to discuss the budget.",
                      PUBLISHED) == [("CONSULT", "Mara Quill", "Ben Ostrow", "asserted")]
