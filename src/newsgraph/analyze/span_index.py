"""Spans of an article's text (quotes, parts of statements), indexed once for sorted look-ups.

Each statement asks which quotes its content overlaps, which quote follows its cue, which one
holds a character; each event asks which statement's content holds its trigger. Scanning every
quote or statement of the article for each of them made a long article cost more per statement
than a short one; ``SpanIndex`` answers each question with a binary search over the spans in
text order and a walk over the few it returns.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import Generic, Protocol, TypeVar


class Spanning(Protocol):
    """Anything that covers characters ``start:end`` of the text (``Quote``, ``Span``)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Spanning)


class SpanIndex(Generic[S]):
    """Spans in text order (by start; spans with the same start in the order given), with sorted
    look-ups. The spans may overlap: a running maximum of their ends bounds where an overlap with
    a position can begin."""

    def __init__(self, spans: Iterable[S]):
        self.spans: list[S] = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.spans]
        self._reach = list(accumulate((s.end for s in self.spans), max))  # the furthest end so far

    @classmethod
    def of(cls, spans: SpanIndex[S] | Iterable[S]) -> SpanIndex[S]:
        """``spans`` indexed (an index as it is: entry points take a plain list as well)."""
        return spans if isinstance(spans, SpanIndex) else cls(spans)

    def __iter__(self) -> Iterator[S]:
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def onward(self, position: int) -> Iterator[S]:
        """The spans in text order from the first that may end after ``position`` (every span
        before it ends at or before ``position``): a walk for the caller to stop."""
        spans = self.spans
        for k in range(bisect_right(self._reach, position), len(spans)):
            yield spans[k]

    def overlapping(self, start: int, end: int) -> Iterator[S]:
        """The spans that share a character with ``start:end`` (``s.start < end and start < s.end``),
        in text order."""
        spans = self.spans
        for k in range(bisect_right(self._reach, start), bisect_left(self.starts, end)):
            if spans[k].end > start:
                yield spans[k]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span shares a character with ``start:end``."""
        return next(self.overlapping(start, end), None) is not None

    def containing(self, position: int) -> S | None:
        """The first span (in text order) that holds character ``position``."""
        return next(self.overlapping(position, position + 1), None)

    def first_from(self, position: int) -> S | None:
        """The first span that starts at or after ``position``."""
        k = bisect_left(self.starts, position)
        return self.spans[k] if k < len(self.spans) else None

    def starting_in(self, start: int, end: int) -> list[S]:
        """The spans that start inside ``start:end``, in text order."""
        return self.spans[bisect_left(self.starts, start):bisect_left(self.starts, end)]


class Coverage:
    """The characters covered by a growing set of spans (the contents of the statements found so
    far), kept as disjoint runs in text order: adding a span and asking whether a character is
    covered each take a binary search, where asking every span so far made a story of many
    statements quadratic. ``covers(p)`` is ``any(start <= p < end for start, end in added)``."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        self._starts: list[int] = []
        self._ends: list[int] = []  # run k covers [self._starts[k], self._ends[k]); runs neither overlap nor touch
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        """Cover characters ``start:end`` too (an empty or reversed span covers nothing)."""
        if start >= end:
            return
        first = bisect_left(self._ends, start)  # the first run that ends at or after start: touches or overlaps
        stop = bisect_right(self._starts, end)  # runs from here on start after end
        if first < stop:
            start = min(start, self._starts[first])
            end = max(end, self._ends[stop - 1])
        self._starts[first:stop] = [start]
        self._ends[first:stop] = [end]

    def covers(self, position: int) -> bool:
        """Whether some span added holds character ``position``."""
        k = bisect_right(self._starts, position) - 1
        return k >= 0 and position < self._ends[k]
