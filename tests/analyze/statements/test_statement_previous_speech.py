"""The statement a '"...," he said' goes on from: kept as the statements are found, it answers what a walk back
over all of them answers (the walk made a story of thousands of statements quadratic)."""
from __future__ import annotations

from typing import Optional

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.analyze.span_index import Coverage
from newsgraph.analyze.statements import _previous_speech
from newsgraph.model import Span, Statement


def scanned(out: list[Statement], statement: Statement) -> Optional[Statement]:
    """The walk back over every statement before ``statement`` (the former reading)."""
    contents = [(c.start, c.end) for s in out for c in s.content]
    if statement.source is not None and any(a <= statement.source.start < b for a, b in contents):
        return None
    for s in reversed(out):
        if s.speaker is not None and s.frame in ("speech", "writing") \
                and not any(a <= s.cue.start < b for a, b in contents):
            return s
    return None


def statement(k: int, cue: int, source: Optional[int], content: list[tuple[int, int]], speaker: bool,
              frame: str) -> Statement:
    return Statement(f"S{k}", "A1" if speaker else None, Span(source, source + 2, "he") if source is not None else None,
                     Span(cue, cue + 4, "said"), [Span(a, a + n, "x" * n) for a, n in content], "direct", frame=frame)


statements = st.lists(st.tuples(st.integers(0, 80), st.one_of(st.none(), st.integers(0, 80)),
                                st.lists(st.tuples(st.integers(0, 80), st.integers(0, 30)), max_size=2),
                                st.booleans(), st.sampled_from(["speech", "writing", "belief"])), max_size=14)


@given(statements)
def test_the_kept_reading_answers_what_the_walk_back_answers(rows):
    out: list[Statement] = []
    said, speaking = Coverage(), []
    for k, row in enumerate(rows):
        current = statement(k, *row)
        assert _previous_speech(speaking, said, current) is scanned(out, current)
        out.append(current)
        for c in current.content:
            said.add(c.start, c.end)
        if current.speaker is not None and current.frame in ("speech", "writing"):
            speaking.append(current)


def test_a_cue_inside_later_content_is_skipped_for_good():
    first = statement(1, 10, None, [(0, 8)], True, "speech")
    nested = statement(2, 30, None, [(36, 10)], True, "speech")  # later found inside the third's words
    third = statement(3, 60, None, [(25, 20)], True, "belief")
    said, speaking = Coverage(), []
    for s in (first, nested, third):
        for c in s.content:
            said.add(c.start, c.end)
        if s.frame == "speech":
            speaking.append(s)
    pronoun = statement(4, 70, 68, [(74, 6)], False, "speech")
    assert _previous_speech(speaking, said, pronoun) is first
    assert speaking == [first]
    assert _previous_speech(speaking, said, statement(5, 90, 28, [], False, "speech")) is None  # its source is inside
