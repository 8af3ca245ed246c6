"""Constructions whose words were missed: a quote after a participle or conjoined cue that borrows
its subject ('..., telling reporters, "A."', '... and joked, "A."'), a quote after a cue whose object
has a determiner ('told the crowd, "A."'), a colon after an adjunct set off by a comma ('told his
audience, to loud applause: "A."') and what a naming verb called something when the parser hung the
quoted name on the object ('called the protesters "vandals"'). Sentences of our own writing (invented
people), real spaCy parse and the shipped cue model."""
from __future__ import annotations

import pytest
from statement_rows import extract, rows  # statements with no actor index, as rows

from newsgraph.model import SHOWN_FRAMES  # the analysis's frames (no speakers are resolved here)

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, cue, content", [
    ('Weaver seemed unimpressed by the remarks, telling reporters, "A lot of people said the mayor should go."',
     "telling", '"A lot of people said the mayor should go."'),
    ('Grint seemed ready to joke about it, telling the crowd, "Some people get a little carried away, '
     'have you noticed that?"',
     "telling", '"Some people get a little carried away, have you noticed that?"'),
    ('She then put on a funny hat and joked, "But I am just going to make it easier for them."',
     "joked", '"But I am just going to make it easier for them."'),
])
def test_a_quote_after_a_cue_that_borrows_its_subject_is_what_was_said(nlp, text, cue, content):
    shown = [(s.cue.text, [c.text for c in s.content]) for s in extract(nlp, text) if s.frame in SHOWN_FRAMES]
    assert shown == [(cue, [content])]


def test_a_colon_after_an_adjunct_set_off_by_a_comma_opens_what_was_said(nlp):
    text = ("Title line\n\nAbell told his party audience, to loud applause:\n\n"
            '"I can say with confidence there has never been a mayor like her."\n')
    assert rows(extract(nlp, text)) == [
        ("speech", "Abell", "told",
         ['"I can say with confidence there has never been a mayor like her."'])]


@pytest.mark.parametrize("text, cue, content", [
    ('He called the protesters "vandals" and "thugs" without proof.',
     "called", 'the protesters "vandals" and "thugs" without proof'),
    ('Grint has called the ensuing mess "a lesson I had to learn" about budgets.',
     "has called", 'the ensuing mess "a lesson I had to learn" about budgets'),
])
def test_a_quoted_name_after_the_object_of_a_naming_verb_is_what_it_was_called(nlp, text, cue, content):
    shown = [(s.cue.text, [c.text for c in s.content]) for s in extract(nlp, text) if s.frame in SHOWN_FRAMES]
    assert shown == [(cue, [content])]


@pytest.mark.parametrize("text", [
    "The mayor called the police on Monday.",
    "Abell named a new chief of staff.",
])
def test_a_naming_verb_without_a_name_stays_an_act(nlp, text):
    assert [s for s in extract(nlp, text) if s.frame in SHOWN_FRAMES] == []


def test_a_colon_after_a_bare_pronoun_object_opens_what_was_said(nlp):
    text = 'Title line\n\nAs Abell put it: "This plan will not pass. So there is no reason to rush."\n'
    assert [(s.cue.text, [c.text for c in s.content]) for s in extract(nlp, text) if s.frame in SHOWN_FRAMES] == [
        ("put", ['"This plan will not pass. So there is no reason to rush."'])]


@pytest.mark.parametrize("text", [
    "Title line\n\nBefore you vote, ask yourself: Can we really trust this mayor with our money?\n",
    "Title line\n\nRead the latest updates from the council below:\n\nThe vote was delayed.\n",
])
def test_an_imperative_before_a_colon_bids_the_reader_and_reports_no_words(nlp, text):
    assert [s for s in extract(nlp, text) if s.frame in SHOWN_FRAMES] == []


@pytest.mark.parametrize("text, cue, content", [
    ("Senator Ana Ruiz is calling for the United States to step up its efforts.",
     "is calling for", "the United States to step up its efforts"),
    ("Mayor Tom Brell has called for the harbour board to resign.",
     "has called for", "the harbour board to resign"),
])
def test_what_a_speaker_calls_for_someone_to_do_is_what_was_said(nlp, text, cue, content):
    # the parser reads "for" as the mark of an adverbial clause with its own subject and "to"
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "call")
    assert any(c.dep_ == "advcl" for c in verb.children)
    shown = [(s.cue.text, [c.text for c in s.content]) for s in extract(nlp, text) if s.frame in SHOWN_FRAMES]
    assert shown == [(cue, [content])]
