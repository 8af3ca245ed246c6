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

An organisation's name the tagger cut from the given names before it, with a person title in apposition
("Dorin Kalvus, the party chairman" tagged "Kalvus" ORG), is the person's full name.

A person's full name the tagger took for an organisation ("Carly Fiorina", "Bret Baier" as ORG) is made a
PERSON when its shape says so: two to four capitalised proper nouns, the first a given name
(``first_names.tsv``), none a title, group or institution word, no organisation table knowing the
name ("Morgan Stanley", "Wells Fargo" stay organisations), and never said as no person's name is (after
an article, or compounded onto a thing: "Special Operations forces"); "Al" opens a person's name only
where the knowledge base knows the person ("Al Gore", not "Al Qaeda").

``with_person_names`` returns the entities with each such name made a PERSON; a longer name the tagger
took for an organisation is otherwise left alone (an organisation may well have a spokesman in apposition).
"""
from __future__ import annotations

from newsgraph.analyze import resources, syntax
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
    things = {ent.text for ent in ents if ent.label_ == "ORG" and _said_as_a_thing(ent)}
    by_shape = set()  # full names made persons by their shape alone: they vouch for no lone surname below
    for ent in ents:
        if ent.label_ in MISTYPED and _proper(ent) and (_titled_in_apposition(ent) or _named_person(ent)):
            ent = Span(doc, _given_names_before(ent, out), ent.end, label="PERSON")
        elif ent.label_ == "ORG" and _proper(ent) and _titled_in_apposition(ent) \
                and (start := _given_names_before(ent, out)) < ent.start and not known_organization(ent.text):
            ent = Span(doc, start, ent.end, label="PERSON")  # "Reince Priebus, the party chairman" tagged "Priebus" ORG
        elif ent.label_ == "ORG" and ent.text not in things and persons_full_name(ent):
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "Carly Fiorina" tagged ORG
            by_shape.add(ent.start)
        out.append(ent)
    surnames = {ent[-1].text for ent in out if ent.label_ == "PERSON" and len(ent) >= 2 and _proper(ent)
                and ent.start not in by_shape}
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


def persons_full_name(ent) -> bool:
    """Whether an entity has the shape of a person's full name: two to four capitalised proper nouns (a
    middle initial allowed), the first a given name, none a title, group or institution word ("Fox News",
    "Special Forces", "Edison Research"), and no organisation table knowing the whole ("Morgan Stanley")."""
    words = [t.text for t in ent]
    if not 2 <= len(words) <= 4 or not _proper(ent) or words[0].lower() not in resources.first_name_genders():
        return False
    if any(not w[:1].isalpha() or w.lower().rstrip(".") in _institution_words() or dictionaries.sector_word(w)
           or dictionaries.country_of(w) or dictionaries.capital_country(w) for w in words):
        return False
    if words[0] in ARABIC_ARTICLES and not _known_person(ent.text):
        return False  # "Al Qaeda", "Al Shabaab": an article, not the given name of "Al Gore"
    return not known_organization(ent.text)


#: the Arabic article that opens organisations' names and is also a given name ("Al Qaeda", "Al Gore")
ARABIC_ARTICLES = frozenset({"Al", "El"})


def _known_person(name: str) -> bool:
    from newsgraph.analyze.actors import kb

    return any(e.kind == "person" for e in kb.shipped().entries(name))


def _said_as_a_thing(ent) -> bool:
    """Whether a name is said the way no person's is: after an article ("the Special Operations") or
    compounded onto a common noun that names no person ("Special Operations forces")."""
    doc, root = ent.doc, ent.root
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("the", "a", "an"):
        return True
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and not person_noun(root.head)


@resources.cached()
def _institution_words() -> frozenset:
    """The last words of an institution's, a place's or an event's name ("Inc", "University", "Center",
    "Park", "Convention"): a name holding one is no person's."""
    from newsgraph.analyze.actors.knowledge import NAME_ENDINGS, PUBLIC_HEADS
    from newsgraph.analyze.actors.nonactors import THING_NAME_ENDINGS, VENUE_WORDS

    return frozenset(w.rstrip(".") for w in NAME_ENDINGS) | PUBLIC_HEADS | THING_NAME_ENDINGS | VENUE_WORDS \
        | EVENT_AND_BODY_WORDS


#: last words of the names of events, venues, bodies and market indices that the tables above lack
EVENT_AND_BODY_WORDS = frozenset("convention conference summit games square hall house forces research network "
                                 "committee club team league association society union alliance coalition "
                                 "project campaign movement index composite average exchange market "
                                 # a pollster's product or a publication named after a person or a place
                                 # ("the Field Poll", "the Marla Survey"): what it found is no person's words
                                 "poll polls survey surveys study report".split())
