"""``nlp.text.kept_on_doc``: a reading of the whole Doc is made once and kept with that Doc."""
import spacy

from newsgraph.nlp.text import kept_on_doc, text_of, token_positions, token_starts


def test_a_reading_is_made_once_per_doc_and_not_shared_between_docs():
    nlp = spacy.blank("en")
    one, other = nlp("Ada Quill met Bo Renn."), nlp("Bo Renn left.")
    calls = []

    def count_words(doc):
        calls.append(doc)
        return len(doc)

    assert kept_on_doc(one, "test.words", count_words) == 6
    assert kept_on_doc(one, "test.words", count_words) == 6
    assert kept_on_doc(other, "test.words", count_words) == 4
    assert calls == [one, other]


def test_an_empty_reading_is_kept_too():
    doc = spacy.blank("en")("")
    assert text_of(doc) == "" and token_starts(doc) == [] and token_positions(doc) == {}
    assert kept_on_doc(doc, "test.empty", lambda d: {}) == {}
    assert kept_on_doc(doc, "test.empty", lambda d: {"never": [1]}) == {}


def test_the_doc_readings_read_its_tokens():
    doc = spacy.blank("en")("Ruiz met Ruiz.")
    assert text_of(doc) == "Ruiz met Ruiz."
    assert token_starts(doc) == [0, 5, 9, 13]
    assert token_positions(doc) == {"Ruiz": [0, 2], "met": [1], ".": [3]}
