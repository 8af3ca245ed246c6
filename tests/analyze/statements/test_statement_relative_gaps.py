"""A cue in a relative clause whose reported words lack the noun the clause modifies (``statements.relative_gaps``):
kept as a belief, not shown; a subject or adjunct gap and a predicate of the noun report whole words
(invented sentences; issue 10, twenty-first session)."""
from __future__ import annotations

import pytest
from statement_rows import extract, rows

pytestmark = pytest.mark.model


def _row(nlp, text, cue):
    return [(frame, content) for frame, source, found, content in rows(extract(nlp, text)) if found == cue]


@pytest.mark.parametrize("text, cue, content", [
    ("The court faces the case he has said he would make before the vote.", "has said",
     ["he would make before the vote"]),
    ("Voters want the competence and hard work she promised to bring to the ferry office.", "promised",
     ["to bring to the ferry office"]),
    ("The board rejected the fees the mayor reported receiving last year.", "reported", ["receiving last year"]),
])
def test_words_with_an_object_gap_are_kept_as_a_belief(nlp, text, cue, content):
    assert _row(nlp, text, cue) == [("belief", content)]


@pytest.mark.parametrize("text, cue, content", [
    # the gap is the reported clause's subject: read with the noun
    ("He defended the rule, which he said would help sailors.", "said", ["the rule", "would help sailors"]),
    ("He opposed the provisions he said would restrict fishing.", "said", ["the provisions", "would restrict fishing"]),
    # an adjunct gap
    ("The town has a new pier, where the mayor said she can win.", "said", ["she can win"]),
    ("The council met on the day she told reporters that the ferry was safe.", "told", ["that the ferry was safe"]),
    # the words are a predicate of the noun
    ('He attacked the plan, which he called "a disaster for the town."', "called", ['"a disaster for the town."']),
    ('Brell would have a path to the office, which he declared "a total disaster" for the town.', "declared",
     ['"a total disaster" for the town']),
    # a verb with an object of its own has no gap (a parenthesis the parser hung on a noun)
    ("The mayor named no source for her claim that the ferry carries 9,000 sailors (Brell has proposed carrying "
     "1,000 sailors).", "has proposed", ["carrying 1,000 sailors"]),
])
def test_other_relative_clauses_report_whole_words(nlp, text, cue, content):
    assert _row(nlp, text, cue) == [("speech", content)]
