"""Names in the parse, read one way by the actor stage and the statements: ``syntax.noun_called`` (the noun a
participle of naming gives a name) and ``syntax.proper_run`` (a proper noun with its compounded proper nouns)."""
import pytest

from newsgraph.analyze import syntax
from newsgraph.nlp import loader

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name, noun", [
    ("A former staffer named Corvin Maldaska filed the lawsuit.", "Corvin Maldaska", "staffer"),
    ("An aide called Tessa Brand wrote the memo.", "Tessa Brand", "aide"),
    ("Corvin Maldaska filed the lawsuit.", "Corvin Maldaska", None),  # no naming participle
])
def test_the_noun_a_name_is_given_by_named_or_called(text, name, noun):
    doc = loader.load()(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    called = syntax.noun_called(span)
    assert (called.text if called is not None else None) == noun


@pytest.mark.parametrize("text, head, name", [
    ("Senator Dana Pruitt said the vote would wait.", "Pruitt", "Senator Dana Pruitt"),
    ("Pruitt said the vote would wait.", "Pruitt", "Pruitt"),
])
def test_a_proper_noun_runs_back_over_the_proper_nouns_compounded_onto_it(text, head, name):
    doc = loader.load()(text)
    token = next(t for t in doc if t.text == head)
    assert syntax.proper_run(token).text == name
