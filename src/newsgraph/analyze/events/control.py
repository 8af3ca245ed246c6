"""Whose act an infinitive or participle under another verb is: control and causative constructions.

The object of an object-control verb does what its infinitive says ("forced X to resign", "put pressure on
X to compromise": X), and the one named in a small clause under a verb of wanting or causing undergoes its
participle ("wants Y banned": Y). Pure functions over spaCy tokens; ``subjects`` climbs through them.
"""
from __future__ import annotations

from newsgraph.analyze.events.participants import first_child, is_someone
from newsgraph.analyze.syntax import OBJECT_CONTROL

#: verbs whose object-and-participle complement is an act their subject wants or makes done ("wants X
#: banned", "ordered X arrested", "had X removed"); not perception ("saw X arrested": no doer named)
CAUSING = {"want", "need", "order", "have", "get", "like", "prefer"}


def small_clause_undergoer(participle):
    """The one who undergoes a past participle in a small clause under a verb of wanting or causing:
    "Y" of "X wants Y banned from the country", which a parse reads as the participle's subject; the
    participle has no auxiliary of its own ("X said Y has banned ..." is Y's act); else None."""
    if participle.tag_ != "VBN" or participle.dep_ not in ("ccomp", "xcomp", "oprd") \
            or participle.head.lemma_.lower() not in CAUSING:
        return None
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in participle.children):
        return None
    return first_child(participle, ("nsubj", "nsubjpass"))


#: object-control verbs of command: their common-noun object ("troops", "officers") carries out the order
#: of the subject, whom event coders record as the doer
COMMANDING = {"order", "command", "direct", "instruct", "authorize", "authorise", "empower"}


#: nouns of pressure whose "on X" names who is to act: "put pressure on X to compromise"
PRESSURE_NOUNS = {"pressure", "onus"}


def _named(token) -> bool:
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def pressured_party(clause):
    """The one pressed to act in "put (more) pressure on X to compromise", "pressure on X to resign": X
    does what the infinitive says (the object-control reading of the noun "pressure"), not the one who
    puts the pressure on. Only a named X ("pressure on the budget to grow" is no doer); else None."""
    if clause.dep_ not in ("advcl", "acl", "xcomp") or clause.head.i == clause.i \
            or first_child(clause, ("aux",)) is None or first_child(clause, ("aux",)).lower_ != "to":
        return None
    head = clause.head
    if head.lemma_.lower() in PRESSURE_NOUNS and head.pos_ == "NOUN":
        holders = [head]
    else:
        noun = first_child(head, ("dobj",))
        if noun is None or noun.lemma_.lower() not in PRESSURE_NOUNS:
            return None
        holders = [noun, head]  # "on X" hung on the noun or on the verb "put"
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")):
            obj = first_child(prep, ("pobj",))
            if obj is not None and obj.i < clause.i and _named(obj):
                return obj
    return None


def object_controller(clause):
    """The object that does what an infinitive under an object-control verb says: "Ortiz forced Haddad to
    apologize", "encouraged Haddad to meet X": Haddad, not the subject of "forced". A name, a pronoun or a
    noun for people ("urged voters to back X"; under a command only a name: "ordered troops to attack X"
    is the commander's attack); else None."""
    pressed = pressured_party(clause)
    if pressed is not None:
        return pressed
    if clause.dep_ != "xcomp" or clause.head.i == clause.i or clause.head.lemma_.lower() not in OBJECT_CONTROL:
        return None
    obj = first_child(clause.head, ("dobj",))
    if obj is None or obj.i > clause.i or obj.lower_ in ("that", "which", "it", "this"):
        return None
    if _named(obj):
        return obj
    # "encouraged his students to press for ...", "drove thousands of Armenians to demand ...": a common noun
    # for people does the act as a name does; not under a command ("ordered troops to attack": the one who
    # gave the order is the doer event coders record)
    return obj if clause.head.lemma_.lower() not in COMMANDING and is_someone(obj) else None
