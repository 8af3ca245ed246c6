"""The story's actors listed once for the events stage: how many are named more often than one is what a count
over all of them gives (the count per recipient candidate made a story of thousands of actors quadratic)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.analyze.events.recipients import _salience
from newsgraph.analyze.events.salience import ListedActors, mentioned_more
from newsgraph.model import Actor, Span


def actors(counts: list[int]) -> list[Actor]:
    return [Actor(f"A{k}", f"Name {k}", "person", mentions=[Span(i, i + 4, "Name") for i in range(n)])
            for k, n in enumerate(counts)]


@given(st.lists(st.integers(0, 9), max_size=12), st.integers(-1, 11))
def test_mentioned_more_counts_what_a_pass_over_the_actors_counts(counts, count):
    listed = ListedActors(actors(counts))
    plain = {a.id: a for a in actors(counts)}
    assert listed == plain
    assert mentioned_more(listed, count) == mentioned_more(plain, count) == sum(1 for n in counts if n > count)


def test_salience_reads_the_same_from_a_listing_and_a_plain_dict():
    listed = ListedActors(actors([5, 1, 3, 3, 2]))
    plain = dict(listed)
    for actor in listed:
        assert _salience(actor, listed) == _salience(actor, plain)
    assert "most_mentioned" in _salience("A0", listed)
    assert "top3_mentioned" in _salience("A2", listed) and "less_mentioned" in _salience("A1", listed)
