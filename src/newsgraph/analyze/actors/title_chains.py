"""Coordinated titles before a name: "Clinton's chief pollster and strategist Joel Benenson".

A chain of title nouns joined by "and" in front of a person's name is one person's titles, but
the parser reads it as two people (the name the conjunct of the first title, or the object of
the second title read as a verb: "strategist" VB, "Benenson" its object). Resolved as a
description, the first title became an anonymous actor ("Clinton chief pollster") that took
the speech the named person gave. The chain is read off the words, not the parse: after the
first title one "and", then modifiers (adjectives, adverbs, nouns, names of places and bodies) and
at least one lower-case title noun of the tables, then a person's name at once. Anything that
opens a second noun phrase (an article, a possessive, a comma, a plural) ends it: "the president and Mrs. Clinton",
"the speaker, and Mitch McConnell" and "the senator and Tom Reyes" stay two people.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Optional

from newsgraph.analyze.actors import dictionaries

#: the words that join two titles of one person
JOINERS = frozenset({"and", "&"})
#: the words that may modify the second title ("now presidential candidate", "current ABC News
#: anchor"): adjectives, adverbs, proper nouns and common nouns; an entity that is no person's name too
MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "NNP", "NN", "VBN", "HYPH"})
#: how many words a chain may run from its first title to the name
MAX_CHAIN = 6


def _title_word(w) -> bool:
    return w.is_alpha and w.is_lower and dictionaries.sector_word(w.text) is not None


def named_conjunct(t, ent_of: Mapping) -> Optional[object]:
    """The person's name that ends a chain of titles beginning at the title noun ``t`` ("pollster"
    of "chief pollster and strategist Joel Benenson"), or None: see the module's docstring."""
    if t.tag_ in ("NNS", "NNPS") or dictionaries.sector_word(t.text) is None or t.i in ent_of:
        return None  # "the senators and Gov. Ada Obi": a group and a person
    doc = t.doc
    joined = titled = False
    for j in range(t.i + 1, min(len(doc), t.i + 1 + MAX_CHAIN)):
        w = doc[j]
        ent = ent_of.get(j)
        if ent is not None and ent.label_ == "PERSON":
            return ent if ent.start == j and joined and titled else None
        if w.lower_ in JOINERS and not joined:
            joined = True
        elif _title_word(w):
            titled = titled or joined
        elif not joined or not (ent is not None or w.tag_ in MODIFIER_TAGS):
            return None
    return None
