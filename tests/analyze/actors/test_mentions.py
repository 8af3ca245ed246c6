"""The look-back window over mentions that coreference and the description resolvers share (no model)."""
from __future__ import annotations

from newsgraph.analyze.actors.mentions import Mention, recent, recent_actors
from newsgraph.model import Actor

ANA = Actor(id="A1", name="Ana Pell", kind="person")
TOM = Actor(id="A2", name="Tom Brell", kind="person")
HISTORY = [Mention(ANA, 0, 0, True, True), Mention(TOM, 12, 2, True, False),
           Mention(ANA, 20, 3, False, False), Mention(TOM, 25, 3, False, True)]


def test_recent_is_most_recent_first_and_stops_back_sentences_before():
    assert [(m.actor.id, m.sent) for m in recent(HISTORY, 4, 2)] == [("A2", 3), ("A1", 3), ("A2", 2)]
    assert list(recent(HISTORY, 3, 0)) == HISTORY[:1:-1]


def test_recent_actors_tally_each_actor_before_a_token():
    window = recent_actors(HISTORY, 4, 24, 4)
    assert set(window) == {"A1", "A2"}
    assert window["A1"].last.head == 20 and window["A1"].sents == {0, 3} and window["A1"].subject_sents == {0}
    assert window["A1"].speaker_sents == {0}
    assert window["A2"].last.head == 12 and window["A2"].speaker_sents == set()  # head 25 is after token 24
