"""Speech acts whose complement is a noun phrase, a gerund, a predicative or an "of"-phrase, and
information withheld as a no-comment, on sentences of our own writing (invented people and
companies), real spaCy parse and the shipped cue model."""
from __future__ import annotations

import pytest

from newsgraph.analyze.statements import find_statements
from newsgraph.eval.statements import NoResolution

pytestmark = pytest.mark.model


def extract(nlp, text, published="2019-11-20"):
    return find_statements(nlp(text), NoResolution(), [], published)


def rows(statements):
    return [(s.frame, s.source.text if s.source else None, s.cue.text, [c.text for c in s.content])
            for s in statements]


@pytest.mark.parametrize("text, expected", [
    ("Mayor Lena Ortiz criticised the developer's company on Tuesday.",
     [("speech", "Mayor Lena Ortiz", "criticised", ["the developer's company"])]),
    ("The union sharply criticised the shift to weekend work.",
     [("speech", "The union", "criticised", ["the shift to weekend work"])]),
    ("The health authority reported a third case on Friday.",
     [("speech", "The health authority", "reported", ["a third case"])]),
    ('Councillor Tom Brask blasted the bonus as "morally wrong".',
     [("speech", "Councillor Tom Brask", "blasted", ['the bonus as "morally wrong"'])]),
    ("Ortiz branded the payout as theft.",
     [("speech", "Ortiz", "branded", ["the payout as theft"])]),
])
def test_a_speech_act_verb_with_an_object_reports_what_was_said(nlp, text, expected):
    assert rows(extract(nlp, text)) == expected


def test_a_participle_the_tagger_took_for_a_noun_is_still_a_cue(nlp):
    # "warning" is tagged a noun hanging off "issued"; the ministry warns
    assert rows(extract(nlp, "The ministry issued a statement on Monday, warning of dangerous consequences.")) \
        == [("speech", "The ministry", "warning of", ["dangerous consequences"])]


@pytest.mark.parametrize("text", [
    "The mayor called the police.",            # a call, not words
    "Tarnwell Mining plans to announce the deal.",    # not yet said
])
def test_acts_and_unsaid_words_are_no_shown_speech(nlp, text):
    assert [s for s in extract(nlp, text) if s.shown and s.frame != "no_comment"] == []


@pytest.mark.parametrize("text, source, cue", [
    ("A spokeswoman for Orvane did not provide further information.", "A spokeswoman for Orvane",
     "did not provide"),
    ("The company didn't give a date for the launch.", "The company", "didn't give"),
    ("Pim Oduya declined to give details.", "Pim Oduya", "declined to give"),
    ("Officials gave no details.", "Officials", "gave"),
])
def test_information_withheld_is_a_no_comment(nlp, text, source, cue):
    assert rows(extract(nlp, text)) == [("no_comment", source, cue, [])]


def test_giving_a_thing_is_no_no_comment(nlp):
    assert extract(nlp, "The firm did not give money to the party.") == []


def test_what_is_said_of_a_pronoun_object_is_its_as_phrase(nlp):
    assert rows(extract(nlp, "Pim Oduya described him as reckless.")) \
        == [("speech", "Pim Oduya", "described", ["reckless"])]


def test_a_stance_tweeted_is_words_written(nlp):
    assert rows(extract(nlp, "Ana Pell tweeted her support for the strikers.")) \
        == [("writing", "Ana Pell", "tweeted", ["her support for the strikers"])]


@pytest.mark.parametrize("text, cue, content", [
    ("As Velt told reporters, the plant will close in May.", "told", ["the plant will close in May"]),
    ("The plant will close in May, as Velt told reporters on Monday.", "told", ["The plant will close in May"]),
])
def test_an_as_clause_of_a_speech_verb_frames_what_was_said(nlp, text, cue, content):
    assert rows(extract(nlp, text)) == [("speech", "Velt", cue, content)]


def test_an_as_clause_without_a_speaker_is_no_statement(nlp):
    assert extract(nlp, "As expected, the plant closed.") == []
