"""Shops and companies named with a possessive 's ("Lowe's said", "shoppers at Lowe's, Kohl's and
Target") that the tagger took for persons, told from a person's name written with an 's that stands
for the thing the person has ("the votes were Brell's", "like Brell's in 2008") or for "has" ("Tom
Brell's got to go!").

A shop's name carries its 's every time the article writes it; a person's name also stands without
it. Reading the shape of one occurrence alone turned a mayor whose name a chant contracted ("... Brell's
got to go!") into a company for the whole article: every mention, speaker and event of his went to an
organisation coded as a business. So a name is a shop's only where the article never writes it as a
person's without the 's, no title or honorific stands before it, and the word after the 's is no past
participle (the "has" of a contraction).

Pure functions over a spaCy parse; the actor builder (``build``) asks ``possessive_names`` once.
"""
from __future__ import annotations

from newsgraph.analyze.actors import coding, dictionaries, names

POSSESSIVE_S = frozenset({"'s", "’s"})
#: what follows a shop's possessive-looking name: a verb ("Lowe's said"), a preposition ("Lowe's in
#: Ohio"), a conjunction or punctuation ("at Lowe's, Kohl's and Target")
NOTHING_POSSESSED = frozenset({"VERB", "AUX", "ADP", "CCONJ", "PUNCT"})
#: punctuation that opens something the 's may still possess ("Brell's - and his party's - plan")
OPENING_MARKS = frozenset({"-", "–", "“", '"', "‘"})
#: honorifics that open the names of places and bodies too ("St. Mary's said")
PLACE_HONORIFICS = frozenset({"St", "Saint"})


def possessive_names(doc) -> set[str]:
    """Names the tagger took for persons that are written with a possessive 's but possess nothing
    (the 's is followed by a verb, a preposition, a conjunction or punctuation), or that an
    indefinite article opens ("a Lowe's spokeswoman"): a shop or a company named after its founder,
    not a person ("Trump's tariffs", "the Smiths' house" possess). A name the article writes as a
    person's elsewhere (``person_words``), one a title stands before (``titled``), and an 's before a
    past participle (a contracted "has", or a participle on the noun the name possesses) are no
    shop's."""
    found = set()
    bare, surnames = person_words(doc)
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.end >= len(doc) or doc[ent.end].text not in POSSESSIVE_S \
                or doc[ent.end].tag_ != "POS" or ent[-1].text in bare or len(ent) == 1 and ent.text in surnames \
                or titled(ent):
            continue
        after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        opened = ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an", "every", "each")
        if after is not None and (after.tag_ == "VBN" or after.tag_ == "VBG" and after.head.i > after.i
                                  and after.head.pos_ in ("NOUN", "PROPN")):
            continue  # "X's updated comments", "X's growing debts": the noun X possesses; "X's got to go"
        if opened or after is None or after.pos_ in NOTHING_POSSESSED and after.text not in OPENING_MARKS:
            found.add(ent.text)
    return found


def person_words(doc) -> tuple[set[str], set[str]]:
    """The last words of the person names the article writes with no possessive after them ("Rahm
    Brell", "Brell said"), and those of its full names ("Ben Carson's" before "Carson's updated
    comments"): a surname written so is a person's wherever an 's follows it."""
    bare, surnames = set(), set()
    for ent in doc.ents:
        words = [t for t in ent if t.text not in coding.POSSESSIVE_MARKERS]
        if ent.label_ != "PERSON" or not words:
            continue
        if len(words) == len(ent) and (ent.end == len(doc) or doc[ent.end].text not in coding.POSSESSIVE_MARKERS):
            bare.add(words[-1].text)
        if len(words) > 1:
            surnames.add(words[-1].text)
    return bare, surnames


def titled(ent) -> bool:
    """Whether an honorific or a person's title stands right before a name ("Mr. Brell's",
    "Prime Minister Tom Brell's against the plan"): a person, whatever the 's."""
    if ent.start == 0:
        return False
    word = ent.doc[ent.start - 1].text.rstrip(".")
    if word in names.HONORIFICS and word not in PLACE_HONORIFICS:
        return True
    row = dictionaries.sector_word(word) if word[:1].isupper() else None
    return row is not None and row.kind == "person"
