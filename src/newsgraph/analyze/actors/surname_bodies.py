"""A bare surname the tagger took for an organisation: the person of the article who bears it.

A small tagger reads a lone surname as a common noun or an organisation now and then, most of all when
the full name itself was tagged as one ("Sean Roe" as an ORG that the knowledge base makes a person):
"Roe asked", '"...," Roe said' then find no person word to join and the actor stage makes a body
named "Roe" of the speaker, a second actor beside the person it plainly is. ``merge_surname_bodies``
makes every such body a name of that person when

- its name is one capitalised word, the last word of the full name (two words or more) of exactly one
  person of the article, and no name an organisation table, the country table or the capitals know
  ("Ford" beside Tom Ford stays the company);
- each of its mentions is that word alone, with no determiner or possessor: "Fox News Channel's Roe"
  and "the Roe" name a show, and stay one.

Development labels (released sets 10-13, cal13, evlab15, evlab17, stlab11): 4 one-word bodies bear the
surname of a person of their article; 3 are that person's bare surname (merged: 2 speakers of shown
statements become right) and 1 is a show named with its network's possessive, which the second
condition keeps.
"""
from __future__ import annotations

from newsgraph.analyze.actors import dictionaries
from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.analyze.actors.names import known_organization, name_words
from newsgraph.nlp.text import spans_of


def merge_surname_bodies(index: ActorIndex) -> None:
    """Merge each organisation that is a person's bare surname into that person (module docstring)."""
    bearers: dict[str, set[str]] = {}
    persons = {}
    for actor in index.actors:
        words = name_words(actor.name)
        if actor.kind == "person" and len(words) >= 2 and actor.mentions:
            bearers.setdefault(words[-1], set()).add(actor.name)
            persons.setdefault(words[-1], actor)
    for body in list(index.actors):
        word = body.name
        if body.kind != "organization" or not word.isalpha() or not word[:1].isupper() \
                or len(bearers.get(word, ())) != 1 or _known_name(word):
            continue
        spans = spans_of(index.doc, body.mentions)
        if spans and all(_bare_word(span, word) for span in spans):
            body.country = body.sector = body.title = None  # the body's guessed coding is no coding of the person's
            index.merge(persons[word], body)


def _known_name(word: str) -> bool:
    return known_organization(word) or dictionaries.country_of(word) is not None \
        or dictionaries.capital_country(word) is not None


def _bare_word(span, word: str) -> bool:
    """The word alone, with no determiner or possessor of its own ("Roe said", not "the network's Roe")."""
    if len(span) != 1 or span[0].text != word:
        return False
    return not any(c.dep_ in ("det", "poss") for c in span[0].children)
