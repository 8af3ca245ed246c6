"""SpanIndex answers what a scan over every span answers, for any spans (overlapping or not)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.analyze.span_index import Coverage, SpanIndex
from newsgraph.analyze.statements.quotes import Quote, find_quotes

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)).map(lambda p: Quote(p[0], p[0] + p[1])),
                 max_size=12)
positions = st.integers(-2, 90)


@given(spans, positions, st.integers(0, 25))
def test_lookups_match_a_scan(quotes, start, length):
    index = SpanIndex(quotes)
    in_order = sorted(quotes, key=lambda q: q.start)
    end = start + length
    overlapping = [q for q in in_order if q.start < end and start < q.end]
    assert list(index.overlapping(start, end)) == overlapping
    assert index.overlaps(start, end) == bool(overlapping)
    assert index.containing(start) == next((q for q in in_order if q.start <= start < q.end), None)
    assert index.first_from(start) == next((q for q in in_order if q.start >= start), None)
    assert index.starting_in(start, end) == [q for q in in_order if start <= q.start < end]
    walked = list(index.onward(start))
    skipped = len(in_order) - len(walked)
    assert walked == in_order[skipped:] and all(q.end <= start for q in in_order[:skipped])


def test_an_index_of_an_index_is_itself():
    quotes, _ = find_quotes('"A," she said. "B." He said \u201cC\u201d.')
    index = SpanIndex(quotes)
    assert SpanIndex.of(index) is index
    assert list(SpanIndex.of(quotes)) == quotes == [Quote(0, 4), Quote(15, 19), Quote(28, 31)]
    assert len(index) == 3 and not SpanIndex([])


@given(st.lists(st.tuples(st.integers(-3, 60), st.integers(-3, 60)), max_size=15), st.lists(positions, max_size=10))
def test_coverage_answers_what_a_scan_over_the_spans_added_answers(added, asked):
    coverage = Coverage()
    for k, (start, end) in enumerate(added):
        coverage.add(start, end)
        so_far = added[:k + 1]
        for position in [*asked, start, end, start - 1, end - 1]:
            assert coverage.covers(position) == any(a <= position < b for a, b in so_far)
    assert [Coverage(added).covers(p) for p in range(-4, 62)] == [coverage.covers(p) for p in range(-4, 62)]


def test_coverage_joins_touching_and_overlapping_spans():
    coverage = Coverage([(10, 20), (30, 40), (20, 25), (5, 12), (45, 45), (50, 48)])
    assert [p for p in range(0, 60) if coverage.covers(p)] == [*range(5, 25), *range(30, 40)]
