"""Coordinated titles before a name: "Clinton's chief pollster and strategist Joel Benenson".

The parser reads a chain of title nouns joined by "and" in front of a person's name as two
people: the first title heads the subject and the name, with the last title as its compound,
is its conjunct. Resolved as a description, the first title became an anonymous actor
("Clinton chief pollster") that took the speech the named person gave. The chain is one person's
titles when the conjunct is a person's name whose own left modifiers hold a title noun and
nothing that opens a second noun phrase (no article or possessive, no comma before "and"):
"the president and Mrs. Clinton", "the speaker of the House, and Mitch McConnell" stay two.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Optional

from newsgraph.analyze.actors import dictionaries

#: left dependents of the conjunct that open a noun phrase of its own
OWN_PHRASE_DEPS = frozenset({"det", "poss", "nummod", "predet"})


def _title_noun(w) -> bool:
    return w.pos_ == "NOUN" and w.dep_ == "compound" and dictionaries.sector_word(w.text) is not None


def named_conjunct(t, ent_of: Mapping) -> Optional[object]:
    """The person's name that the title noun ``t`` is one of the coordinated titles of, or None.

    ``t`` is the first title ("pollster"); the name is its "conj" child tagged PERSON, with a
    title noun among its compounds ("strategist Joel Benenson") and no article, possessive or
    number of its own. A comma right before the conjunction marks a list of people."""
    if t.tag_ in ("NNS", "NNPS"):
        return None  # "the senators and Gov. Ada Obi": a group and a person
    for c in t.children:
        if c.dep_ != "conj" or c.i <= t.i or c.i not in ent_of or ent_of[c.i].label_ != "PERSON":
            continue
        cc = next((w for w in t.children if w.dep_ == "cc" and t.i < w.i < c.i), None)
        if cc is None or t.doc[cc.i - 1].text == ",":
            continue
        lefts = [w for w in c.subtree if w.i < ent_of[c.i].start]
        if any(w.dep_ in OWN_PHRASE_DEPS for w in lefts) or not any(_title_noun(w) for w in lefts):
            continue
        return ent_of[c.i]
    return None
