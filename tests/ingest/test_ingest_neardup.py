"""Near-duplicate grouping (MinHash/LSH over word shingles): fast unit tests, no model."""
from __future__ import annotations

import numpy as np

from ingest_stories import STORIES, story_text, wire_copy
from newsgraph.batch.neardup import NUM_PERM, NearDuplicates, shingles, signature, similarity


def test_shingles_are_distinct_lower_case_word_triples():
    assert shingles("The minister said, the minister SAID the minister said") == [
        b"the minister said", b"minister said the", b"said the minister"]
    assert shingles("Short text") == [b"short text"]


def test_signature_is_deterministic_and_sized():
    text = story_text("rail-strike")
    first, second = signature(text), signature(text)
    assert first.shape == (NUM_PERM,)
    assert np.array_equal(first, second)


def test_wire_copy_is_similar_and_other_stories_are_not():
    original = signature(story_text("harbour-dispute"))
    assert similarity(original, signature(wire_copy("harbour-dispute"))) >= 0.5
    for key in STORIES:
        if key != "harbour-dispute":
            assert similarity(original, signature(story_text(key))) < 0.2


def test_group_is_named_by_its_first_article():
    groups = NearDuplicates()
    assert groups.add(10, signature(story_text("harbour-dispute"))) == 10
    assert groups.add(11, signature(story_text("rail-strike"))) == 11
    assert groups.add(12, signature(wire_copy("harbour-dispute"))) == 10
    assert groups.add(10, signature(story_text("harbour-dispute"))) == 10  # adding again changes nothing


def test_known_groups_are_kept_and_unknown_ones_assigned():
    groups = NearDuplicates()
    assigned = groups.add_all([(1, signature(story_text("harbour-dispute")), 1),
                               (2, signature(story_text("rail-strike")), None),
                               (3, signature(wire_copy("harbour-dispute")), None)])
    assert assigned == [(2, 2), (3, 1)]


def test_window_forgets_the_oldest_articles():
    groups = NearDuplicates(window=2)
    groups.add(1, signature(story_text("harbour-dispute")))
    groups.add(2, signature(story_text("rail-strike")))
    groups.add(3, signature(story_text("flood-aid")))
    assert len(groups) == 2
    # the story of article 1 has left the window: its wire copy starts a group of its own
    assert groups.add(4, signature(wire_copy("harbour-dispute"))) == 4
