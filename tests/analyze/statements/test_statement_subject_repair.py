"""A he/she speaker after a sentence whose subject the parser lost, or whose subject's gender nothing tells
(``subject_pronouns``; invented stories, hand-built persons; issue 10)."""
from __future__ import annotations

import pytest
from statement_rows import Listed

from newsgraph.analyze.statements.subject_pronouns import _opening_subject, subject_speaker
from newsgraph.model import Actor, Span, Statement


def _person(text, actor_id, name, words, title=None):
    mentions = []
    start = 0
    while (start := text.find(words, start)) >= 0:
        mentions.append(Span.of(text, start, start + len(words)))
        start += len(words)
    return Actor(actor_id, name, "person", title=title, mentions=mentions)


def _statement(text, pronoun, quote):
    at = text.rindex(f" {pronoun} said") + 1
    start = text.index(quote)
    return Statement("S1", None, Span.of(text, at, at + len(pronoun)), Span.of(text, at + len(pronoun) + 1,
                     at + len(pronoun) + 5), [Span.of(text, start, start + len(quote))], "direct")


# the parser hangs "Marsh" on the verb as an adverbial clause and leaves "seems" without a subject (checked below)
LOST = ("Union leader Tom Holm opened the meeting on Monday.\n\n"
        "And Marsh, for all the progress he helped wrangle from the port's owners, seems to agree. "
        "\"We do not know yet what will work,\" he said.")


@pytest.mark.model
def test_the_name_that_opens_a_sentence_with_a_subjectless_verb_is_its_subject(nlp):
    doc = nlp(LOST)
    marsh = _person(LOST, "A2", "Peter Marsh", "Marsh", title="harbour master")
    holm = _person(LOST, "A1", "Tom Holm", "Tom Holm", title="union leader")
    sentence = next(s for s in doc.sents if "Marsh" in s.text)
    assert not any(c.dep_ in ("nsubj", "nsubjpass") for c in sentence.root.children)
    assert _opening_subject(doc, marsh.mentions[0])
    statement = _statement(LOST, "he", "We do not know yet what will work,")
    assert subject_speaker(doc, statement, Listed([holm, marsh])).id == "A2"


@pytest.mark.model
def test_a_name_after_the_verb_opens_nothing(nlp):
    text = "On Monday the council praised Brell, the harbour master."
    doc = nlp(text)
    assert not _opening_subject(doc, _person(text, "A1", "Peter Brell", "Brell").mentions[0])


UNKNOWN = ("Singer Greta Holm opened the evening at the harbour.\n\n"
           "Meanwhile Oyelaran, who was honored with the harbour prize, spoke about courage. "
           "\"The moment you stop being afraid, you start to live,\" she said.")


@pytest.mark.model
def test_she_is_the_subject_before_whose_gender_nothing_tells(nlp):
    doc = nlp(UNKNOWN)
    holm = _person(UNKNOWN, "A1", "Greta Holm", "Greta Holm", title="singer")
    oyelaran = _person(UNKNOWN, "A2", "Oyelaran", "Oyelaran")
    statement = _statement(UNKNOWN, "she", "The moment you stop being afraid, you start to live,")
    assert subject_speaker(doc, statement, Listed([holm, oyelaran])).id == "A2"


@pytest.mark.model
def test_a_subject_of_unknown_gender_beside_a_named_man_is_left_to_coreference(nlp):
    # a person of known gender named in the sentence before: the rule does not guess between them
    text = UNKNOWN.replace("spoke about courage", "spoke about courage with Tom Brell")
    doc = nlp(text)
    people = [_person(text, "A1", "Greta Holm", "Greta Holm", title="singer"),
              _person(text, "A2", "Oyelaran", "Oyelaran"), _person(text, "A3", "Tom Brell", "Tom Brell")]
    statement = _statement(text, "she", "The moment you stop being afraid, you start to live,")
    assert subject_speaker(doc, statement, Listed(people)) is None


@pytest.mark.model
def test_a_subject_of_unknown_gender_inside_a_paragraph_is_left_to_coreference(nlp):
    # the sentence does not open the paragraph: the woman named before it may still be the one meant
    text = UNKNOWN.replace("\n\n", " ")
    doc = nlp(text)
    people = [_person(text, "A1", "Greta Holm", "Greta Holm", title="singer"), _person(text, "A2", "Oyelaran", "Oyelaran")]
    statement = _statement(text, "she", "The moment you stop being afraid, you start to live,")
    assert subject_speaker(doc, statement, Listed(people)) is None
