"""Persons' names the tagger took for a place, a people or a building (real spaCy model; invented
sentences; issue 10, stlab11: "NAME, a COMPANY spokeswoman" said with no speaker)."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsgraph.analyze.actors.mistyped_persons import with_person_names

pytestmark = pytest.mark.model


def _labelled(nlp, text, name, label):
    """The parse of ``text`` and its one entity ``name`` with the tagger's mistaken ``label``."""
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    return doc, [Span(doc, span.start, span.end, label=label)]


def _labels(ents):
    return [(e.text, e.label_) for e in ents]


def test_a_person_title_in_apposition_makes_a_name_a_person_with_the_given_name_before_it(nlp):
    doc, ents = _labelled(nlp, "Odile Varmenian, a Northwind spokeswoman, said in an email that the rules stand.",
                          "Varmenian", "NORP")
    assert _labels(with_person_names(doc, ents)) == [("Odile Varmenian", "PERSON")]


def test_the_name_a_person_noun_is_given_is_a_person(nlp):
    doc, ents = _labelled(nlp, "The lawsuit filed by a former staffer named Corvin Maldaska alleges that he was fired.",
                          "Corvin Maldaska", "FAC")
    assert _labels(with_person_names(doc, ents)) == [("Corvin Maldaska", "PERSON")]


def test_the_bare_surname_of_a_person_named_in_full_is_that_person_but_not_a_country(nlp):
    text = "Corvin Maldaska sued the firm. Maldaska alleges that he was fired. Jordan said it would help."
    doc = nlp(text)
    one, two, three = (doc.char_span(text.index(w), text.index(w) + len(w))
                       for w in ("Corvin Maldaska", "Maldaska alleges", "Jordan"))
    ents = [Span(doc, one.start, one.end, label="PERSON"), Span(doc, two.start, two.start + 1, label="GPE"),
            Span(doc, three.start, three.end, label="GPE")]
    assert _labels(with_person_names(doc, ents)) == [("Corvin Maldaska", "PERSON"), ("Maldaska", "PERSON"),
                                                      ("Jordan", "GPE")]


def test_a_place_with_no_person_word_beside_it_stays_a_place(nlp):
    doc, ents = _labelled(nlp, "Varmenia, a small country, said in a statement that the border stays open.",
                          "Varmenia", "GPE")
    assert _labels(with_person_names(doc, ents)) == [("Varmenia", "GPE")]


def test_a_lone_surname_taken_for_an_organisation_is_the_person_named_in_full_unless_a_table_knows_it(nlp):
    text = "Corvin Maldaska hosted the town hall. Maldaska asked the senator about the wall. Henry Ford spoke. Ford said no."
    doc = nlp(text)
    spans = [doc.char_span(text.index(w), text.index(w) + len(w))
             for w in ("Corvin Maldaska", "Maldaska asked", "Henry Ford", "Ford said")]
    ents = [Span(doc, spans[0].start, spans[0].end, label="PERSON"), Span(doc, spans[1].start, spans[1].start + 1, label="ORG"),
            Span(doc, spans[2].start, spans[2].end, label="PERSON"), Span(doc, spans[3].start, spans[3].start + 1, label="ORG")]
    assert _labels(with_person_names(doc, ents)) == [("Corvin Maldaska", "PERSON"), ("Maldaska", "PERSON"),
                                                      ("Henry Ford", "PERSON"), ("Ford", "ORG")]


def test_an_organisation_cut_from_its_given_name_with_a_person_title_in_apposition_is_a_person(nlp):
    doc, ents = _labelled(nlp, "Dorin Kalvus, the party chairman, this week announced a new website.",
                          "Kalvus", "ORG")
    assert _labels(with_person_names(doc, ents)) == [("Dorin Kalvus", "PERSON")]


def test_an_organisation_with_a_person_title_in_apposition_but_no_name_cut_stays_one(nlp):
    doc, ents = _labelled(nlp, "Kalvus, the party chairman, this week announced a new website.", "Kalvus", "ORG")
    assert _labels(with_person_names(doc, ents)) == [("Kalvus", "ORG")]
