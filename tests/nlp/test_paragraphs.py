import pytest

from newsgraph import nlp

pytestmark = pytest.mark.model


def test_a_headline_does_not_run_on_into_the_lead():
    doc = nlp.load()("Title Here\n\nRussia will not concede to US preconditions, a spokesman said on Friday.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["Title Here", "Russia will not concede to US preconditions, a spokesman said on Friday."]


def test_a_wrapped_line_is_not_a_paragraph_break():
    doc = nlp.load()("A line that wraps\nin the middle of a sentence. Second one.")
    assert [s.text.strip() for s in doc.sents] == ["A line that wraps\nin the middle of a sentence.", "Second one."]


def test_a_dateline_is_a_sentence_of_its_own():
    doc = nlp.load()("SANTIAGO, March 14, 2024 — Chile and Bolivia agreed to a joint study, officials said.")
    assert [s.text.strip() for s in doc.sents] == [
        "SANTIAGO, March 14, 2024 —", "Chile and Bolivia agreed to a joint study, officials said."]
