"""Plural common nouns for people that the tagger took for a person's name.

A sentence that opens with a bare plural people noun ("Aides said ...", "Organizers estimated ...") is
often tagged as a PERSON: a capitalised word where a name would stand. The actor stage then tries
to make a person of it, finds no name and drops it, and the speaker is left with no actor although
the text describes one. ``without_common_plurals`` drops such an entity -- one word, a plural common
noun (tag NNS, not a proper noun), whose lower-case form is a people noun (``people_nouns.txt``) or a
person or group word of the sector table -- so that the actor stage reads it as the description it is
(a group, ``PhraseRegistration._described_speaker``).
"""
from __future__ import annotations

from newsgraph.analyze import resources
from newsgraph.analyze.actors import dictionaries


def without_common_plurals(ents: list) -> list:
    """``ents`` less the one-word PERSON entities that are plural people nouns (module docstring)."""
    return [ent for ent in ents if not _common_plural(ent)]


def _common_plural(ent) -> bool:
    if ent.label_ != "PERSON" or len(ent) != 1:
        return False
    token = ent[0]
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return False
    word, lemma = token.lower_, token.lemma_.lower()
    if word in resources.people_nouns() or lemma in resources.people_nouns():
        return True
    row = dictionaries.sector_word(word) or dictionaries.sector_word(lemma)
    return row is not None and row.kind in ("person", "group")
