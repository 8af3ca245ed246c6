"""Recipients that unseen news got wrong, on sentences of our own writing (invented people), real spaCy
parse: a he/she is not a person of the other known gender; a quoted "him" is not the speaker whose words
hold it; an object the actor index lists as a group is the target, not a place named by "from"; a
withdrawal the rules find no target for is left one-sided unless a country is offered (the learned chooser
fills a RETREAT only with a country)."""
from __future__ import annotations

import pytest
from event_rows import trigger_rows

from newsgraph.analyze.events import recipients
from newsgraph.analyze.events.recipients import Candidate

PUBLISHED = "2024-05-08"


def _rows(text: str):
    return trigger_rows(text, PUBLISHED)


@pytest.mark.model
def test_him_is_not_a_woman_named_before_it():
    rows = _rows("While Senator Tom Ortiz, the independent senator from Ohio, has set records for his own "
                 "campaign, Mary Lind's campaign has criticized him for not doing more.")
    assert rows == [("ACCUSE", "criticized", "Lind campaign", "Tom Ortiz")]  # not Mary Lind


@pytest.mark.model
def test_a_quoted_him_is_not_the_speaker_whose_words_hold_it():
    rows = _rows("Mayor Tom Ruiz met Senator Dan Ortiz at the city hall, where the mayor works.\n\n"
                 "\u201cWhen I came down, I greeted him, I shook his hand and nothing more,\u201d the mayor "
                 "told reporters.")
    assert ("SUPPORT", "greeted", "Tom Ruiz", "Dan Ortiz") in rows


@pytest.mark.model
def test_an_object_the_index_lists_as_people_outranks_a_place_named_by_from():
    rows = _rows("Ivan Varga and Pal Varga, the Varga brothers, fund conservative groups.\n\n"
                 "Senator Harry Lund relentlessly attacked the Varga brothers from the Senate floor.")
    assert len(rows) == 1 and rows[0][:3] == ("ACCUSE", "attacked", "Harry Lund")
    assert rows[0][3] is not None and "Varga" in rows[0][3]  # not the Senate, where he spoke


@pytest.mark.model
def test_a_withdrawal_with_no_target_stays_one_sided():
    rows = _rows("Governor Jim Smith may quit the race.\n\n"
                 "The 30-member state Democratic executive committee would gather in private to choose a "
                 "candidate no sooner than a week after a Smith withdrawal.")
    assert ("RETREAT", "withdrawal", "Jim Smith", None) in rows  # not the committee that would meet


def test_the_chooser_fills_a_retreat_only_with_a_country():
    model = recipients.RecipientModel({"features": recipients.FEATURES, "intercept": 0.0,
                                       "weights": {"object": 3.0}, "margin": 0.1, "mode": recipients.FILL})
    offered = [Candidate(None, None, rule=True, features={}),
               Candidate("A3", None, features={"object": 1.0, "kind=group": 1.0})]

    def context(etype):
        return recipients.Context(None, None, etype, None, None, None)

    assert model.choose(context("RETREAT"), offered) is offered[0]  # a body named elsewhere: none
    assert model.choose(context("ACCUSE"), offered) is offered[1]
    country = [offered[0], Candidate("A4", None, features={"object": 1.0, "kind=country": 1.0})]
    assert model.choose(context("RETREAT"), country) is country[1]  # "began leaving X": the land left
