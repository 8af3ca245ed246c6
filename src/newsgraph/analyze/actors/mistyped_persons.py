"""Persons' names the tagger took for places, nationalities or buildings.

A small tagger often labels a rare name as a place or a people ("Rosette Pambakian" as NORP,
"Bradley Podliska" as FAC, "Podliska" as GPE); the actor stage then makes it no person, or an
organisation when it speaks. The sentence itself often says it is a person:

- a person title in apposition after the name: "Ana Ruiz, a Northwind spokeswoman, said";
- the name a person noun is given: "a former staffer named Ana Ruiz", "an aide called Ruiz";
- the bare surname of a person the article names in full ("Ana Ruiz ... Ruiz alleges"), unless
  it is a country's or a capital's name ("Jordan"); also when the tagger took the lone surname for
  an organisation when it acts as one would ("Tom Vellard ... Vellard asked": a clause's subject or a
  speaker, owned by no one -- "the network's Vellard" is a show), unless an organisation table knows the
  word ("Ford").

``with_person_names`` returns the entities with each such name made a PERSON; a longer name the tagger
took for an organisation is left alone (an organisation may well have a spokesman in apposition).
"""
from __future__ import annotations

from newsgraph.analyze import syntax
from newsgraph.analyze.actors import dictionaries
from newsgraph.analyze.actors.names import known_organization

#: labels a person's name is mistaken for
MISTYPED = frozenset({"GPE", "NORP", "FAC", "LOC"})


def person_noun(token) -> bool:
    """Whether a common noun names a person by role ("spokeswoman", "staffer", "aide")."""
    row = dictionaries.sector_word(token.text) or dictionaries.sector_word(token.lemma_)
    return token.pos_ == "NOUN" and row is not None and row.kind == "person"


def _titled_in_apposition(ent) -> bool:
    """"Ana Ruiz, a Northwind spokeswoman": a person noun in apposition right after the name."""
    root = ent.root
    return any(c.dep_ == "appos" and c.i > root.i and person_noun(c) for c in root.children)


def _named_person(ent) -> bool:
    """"a former staffer named Ana Ruiz": the name a person noun is given by "named"/"called"."""
    noun = syntax.noun_called(ent)
    return noun is not None and person_noun(noun)


def _given_names_before(ent, before: list) -> int:
    """Where the name starts with the capitalised proper nouns compounded onto it that the tagger
    left out ("Rosette" of "Rosette Pambakian" tagged "Pambakian")."""
    doc = ent.doc
    start = ent.start
    taken = {i for e in before for i in range(e.start, e.end)}
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i in range(start, ent.end) and doc[start - 1].text[:1].isupper() \
            and start - 1 not in taken:
        start -= 1
    return start


def _proper(ent) -> bool:
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent)


def with_person_names(doc, ents: list) -> list:
    """``ents`` (spaCy spans in text order) with the persons' names of the module docstring made PERSON."""
    from spacy.tokens import Span

    out = []
    for ent in ents:
        if ent.label_ in MISTYPED and _proper(ent) and (_titled_in_apposition(ent) or _named_person(ent)):
            ent = Span(doc, _given_names_before(ent, out), ent.end, label="PERSON")
        out.append(ent)
    surnames = {ent[-1].text for ent in out if ent.label_ == "PERSON" and len(ent) >= 2 and _proper(ent)}
    for k, ent in enumerate(out):
        if len(ent) == 1 and ent.text in surnames and _proper(ent) \
                and (ent.label_ in MISTYPED or ent.label_ == "ORG" and _acting_surname(ent)) \
                and dictionaries.country_of(ent.text) is None and dictionaries.capital_country(ent.text) is None:
            out[k] = Span(doc, ent.start, ent.end, label="PERSON")  # "Ana Ruiz ... Ruiz alleges"
    return out


def _acting_surname(ent) -> bool:
    """Whether a one-word ORG entity acts as a person does: the subject of a clause or a speaker, with no
    possessor ("the network's Vellard" is the show), and no organisation the tables know."""
    root = ent.root
    return (root.dep_ in ("nsubj", "nsubjpass") or syntax.is_speaker(root)) \
        and not any(c.dep_ == "poss" for c in root.children) and not known_organization(ent.text)
