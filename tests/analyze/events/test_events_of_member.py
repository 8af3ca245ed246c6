"""``of_member``: the object of a noun's "of" phrase, which both the someone test ("hundreds of
farmers") and the counted members of a quantity read (sentences of our own writing)."""
from __future__ import annotations

import pytest

from newsgraph.analyze.events.participants import of_member
from newsgraph.nlp.loader import load


@pytest.mark.model
@pytest.mark.parametrize("text, head, member", [
    ("Hundreds of farmers marched to the capital.", "Hundreds", "farmers"),
    ("The governor declared a state of emergency on Monday.", "state", "emergency"),
    ("The farmers marched to the capital.", "farmers", None),
])
def test_of_member(text, head, member):
    doc = load()(text)
    found = of_member(next(t for t in doc if t.text == head))
    assert (None if found is None else found.text) == member
