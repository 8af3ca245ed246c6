"""``syntax.noun_called``: the noun a participle of naming gives a name, read the same by the actor
stage (a mistyped person's name) and by the statements' documents (a described issuer's name)."""
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
