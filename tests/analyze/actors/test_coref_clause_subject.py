"""A subject pronoun in a clause whose subject is a person named earlier in the same sentence refers to that
subject, also when the person is named again (by a possessive) in between and someone else is more salient
from the sentences before (invented sentences and people)."""
from __future__ import annotations

import pytest

from newsgraph.analyze.actors import find_actors


def resolved(nlp, text, before):
    """The name of the actor the "he" right before the words ``before`` resolves to, or None."""
    doc = nlp(text)
    start = text.index(" he " + before) + 1
    actor = find_actors(doc).resolve(doc.char_span(start, start + 2))
    return actor.name if actor else None

TEXT = ("Governor Tom Brell held a rally in Denver on Monday. Brell said the state needed new roads. "
        "He promised to cut taxes.\n\n"
        "Senator Omar Haddad of Colorado, whose campaign is struggling in his home state, passed up a chance "
        "to challenge Brell on taxes, and he stopped criticizing the governor.")


@pytest.mark.model
def test_the_clause_subject_named_again_in_between_is_the_pronoun(nlp):
    assert resolved(nlp, TEXT, "stopped") == "Omar Haddad"


@pytest.mark.model
def test_without_a_subject_of_its_own_sentence_the_salient_person_stays(nlp):
    text = TEXT.split("\n\n")[0] + "\n\nVoters cheered when he spoke."
    assert resolved(nlp, text, "spoke") == "Tom Brell"
