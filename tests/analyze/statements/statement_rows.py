"""The statements ``find_statements`` finds in a text with no actor index, as rows to compare: shared
by the statement tests."""
from __future__ import annotations

from newsgraph.analyze.statements import find_statements
from newsgraph.eval.statements import NoResolution


def extract(nlp, text, published="2019-11-20"):
    """The statements of ``text`` (parsed with ``nlp``), no speaker resolved, no dates but ``published``."""
    return find_statements(nlp(text), NoResolution(), [], published)


def rows(statements):
    """(frame, source text, cue text, content texts) of each statement."""
    return [(s.frame, s.source.text if s.source else None, s.cue.text, [c.text for c in s.content])
            for s in statements]
