"""Where a reported clause begins and ends (issue 10, twenty-second session; invented sentences): the subject
the parser stranded outside the clause goes in (``statements.stranded_subjects``, a relative "that" read as a
conjunction, ``statements._with_antecedent``); a setting clause before the cue stays out
(``content_choice.without_clause_before``); an unquoted first half goes on in the lower-case quote after the
cue clause (``quote_completion._unquoted_half``)."""
from __future__ import annotations

import pytest
from statement_rows import extract, rows

pytestmark = pytest.mark.model


def _contents(nlp, text, cue):
    return [content for frame, source, found, content in rows(extract(nlp, text)) if found == cue]


@pytest.mark.parametrize("text, cue, content", [
    # the subject, parted from its verb by an aside, read as the cue's object
    ("Ms. Brell and other ferry captains said their crews of deckhands, almost all locals until a few years ago, "
     "were now hired mostly from abroad.", "said",
     ["their crews of deckhands, almost all locals until a few years ago, were now hired mostly from abroad"]),
    # a relative "that" the tagger read as a conjunction: the noun it stands for goes first
    ("The harbor board found no trace of a ferry report that the mayor said was written about the storm.", "said",
     ["a ferry report", "was written about the storm"]),
    # a subject of its own: nothing added
    ("The mayor told him the ferry would sail on Monday.", "told", ["the ferry would sail on Monday"]),
    # the object of a verb of telling is the one told; two acts joined by "and" share no subject
    ('Mr. Vell told the Harbor Gazette the town\'s own ferries are not perfect but "getting better."', "told",
     ['the town\'s own ferries are not perfect but "getting better."']),
    ("The mayor has touted her town's ferry record and promised to keep the fares low.", "has touted",
     ["her town's ferry record"]),
    # a conjunction inside the subject is no second act
    ("Officials said supporters of the harbor guild, also known as HG or the Guild, were sharing the news.", "said",
     ["supporters of the harbor guild, also known as HG or the Guild, were sharing the news"]),
])
def test_a_stranded_subject_goes_in(nlp, text, cue, content):
    assert _contents(nlp, text, cue) == [content]


@pytest.mark.parametrize("text, cue, content", [
    ('Speaking on the town\'s "Harbor Hour" radio show, during which she also took calls, Mayor Roe said that the '
     'ferry would sail on Monday.', "said", ["that the ferry would sail on Monday"]),
    ('Sitting down with the Gazette\'s "Dock Talk" podcast on Friday, during which he also spoke of the budget, '
     'Mr. Vell remarked that he was "a little surprised" by the vote.', "remarked",
     ['that he was "a little surprised" by the vote']),
    # the closing mark of the sentence before is no quote of the clause
    ('Critics said the plan "cannot work." Ms. Roe, later alleging - again falsely - that the council wanted to '
     'sell the pier, said she would fight the sale.', "said", ["she would fight the sale"]),
])
def test_a_setting_clause_before_the_cue_is_no_content(nlp, text, cue, content):
    assert _contents(nlp, text, cue)[-1:] == [content]


@pytest.mark.parametrize("text, cue, content", [
    ("Unlike last year, this time he spoke briefly. It is time for the town to be led, he said, ''not only by a "
     "strong mayor, but by a kind and decent one.''", "said",
     ["It is time for the town to be led", "''not only by a strong mayor, but by a kind and decent one.''"]),
    # a quote that opens a sentence of its own is not the rest of the clause
    ('The ferry will sail on Monday, the mayor said. "Nobody will stop it."', "said",
     ["The ferry will sail on Monday", '"Nobody will stop it."']),
])
def test_an_unquoted_half_goes_on_in_the_quote_after_the_cue(nlp, text, cue, content):
    assert _contents(nlp, text, cue) == [content]
