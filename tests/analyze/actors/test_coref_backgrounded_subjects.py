"""A subject of a clause that only modifies a noun is backgrounded for a pronoun (real spaCy model;
invented sentences; issue 10, stlab11: "She" given the man named in "something President X indicated")."""
from __future__ import annotations

import pytest

from newsgraph.analyze.actors.coref import _modifier_clause_subject, _salience
from newsgraph.analyze.actors.mentions import Mention
from newsgraph.model import Actor

pytestmark = pytest.mark.model


def _velk(doc):
    return next(t for t in doc if t.text == "Velk")


def test_the_subject_of_a_clause_on_a_noun_counts_as_no_more_than_an_object(nlp):
    doc = nlp("That is the reason Jomo Velk is seeking approval of the pact. He said so.")
    velk = _velk(doc)
    assert _modifier_clause_subject(velk)
    mention = Mention(Actor("A1", "Jomo Velk", "person"), velk.i, 0, True, False)
    assert _salience([mention], 1, doc, speaker_pronoun=True) == 1.0


def test_the_subject_of_the_main_clause_keeps_its_weight(nlp):
    doc = nlp("Jomo Velk is seeking approval of the pact. He said so.")
    velk = _velk(doc)
    assert not _modifier_clause_subject(velk)
    mention = Mention(Actor("A1", "Jomo Velk", "person"), velk.i, 0, True, False)
    assert _salience([mention], 1, doc, speaker_pronoun=True) > 2.0
