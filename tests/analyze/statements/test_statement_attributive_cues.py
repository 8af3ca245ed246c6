"""Words that look like cues but say nothing: a participle after a possessive ("the mayor's reported
fortune") is an adjective, and "challenging" a rival for a seat is running against her, not words
(real spaCy parse; invented sentences)."""
from __future__ import annotations

import pytest
from statement_rows import extract, rows

pytestmark = pytest.mark.model


def test_a_participle_after_a_possessive_is_no_cue(nlp):
    from newsgraph.analyze.statements.constructions import after_possessive

    text = "The shares make up only a small part of Vargo's reported fortune, and a filing shows he sold some."
    doc = nlp(text)
    reported = next(t for t in doc if t.text == "reported")
    assert after_possessive(reported) == (reported.pos_ == "VERB")  # a verb there is the parser's mistake
    assert not [r for r in rows(extract(nlp, text)) if r[2] == "reported"]


def test_a_cue_after_a_name_with_has_contracted_is_still_a_cue(nlp):
    # "'s" as "has" is tagged a verb, not a possessive: only a possessive makes the participle an adjective
    from newsgraph.analyze.statements.constructions import after_possessive

    doc = nlp("The shares make up only a small part of Vargo's reported fortune.")
    assert after_possessive(doc[11])
    doc = nlp("Pell's said the plant will stay open.")
    assert not after_possessive(doc[2])
    assert [r[1:3] for r in rows(extract(nlp, "Pell's said the plant will stay open."))] == [("Pell's", "said")]


def test_challenging_a_rival_for_a_seat_is_no_speech(nlp):
    text = ("Law professor Ned Vargo, who is challenging party chair Rep. Ana Pell in Florida, received more than "
            "$250,000 from small donors after Tom Brell endorsed him.")
    assert rows(extract(nlp, text)) == [("belief", "who", "is challenging", ["party chair Rep. Ana Pell in Florida"])]
    assert rows(extract(nlp, "Ned Vargo is challenging Rep. Ana Pell in the August primary.")) == [
        ("belief", "Ned Vargo", "is challenging", ["Rep. Ana Pell"])]
