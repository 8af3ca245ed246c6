"""Participants of an event noun: who did it and to whom, read off the noun's own modifiers.

"Russia's invasion of X", "attacks by rebels", "police raids" (the doer: ``noun_actor``); "talks with Y",
"the Clinton investigation", "X came under attack" (the one acted on: ``noun_recipient``); "anti-government
protests" (``opposed``), "talks between A and B" (``between``) and "a press conference with visiting
President X" (``visitor``). Pure functions over spaCy tokens; ``patterns`` decides which apply.
"""
from __future__ import annotations

from newsgraph.analyze.events.participants import first_child, is_someone, possessor

#: nouns of acts done to someone: their possessor is the one it is done to ("Odinga's release after a year",
#: "his arrest", "their detention", "the activist's execution"), unless an "of" names that one ("Russia's release
#: of the prisoners" is Russia's act), nor a named body's ("its release", "Acme's release": a statement). CAMEO
#: codes the released, arrested or killed as the target
UNDERGONE_NOUNS = frozenset({"release", "arrest", "detention", "capture", "imprisonment", "incarceration",
                             "jailing", "execution", "assassination", "kidnapping", "abduction", "deportation",
                             "extradition", "expulsion", "ouster", "internment", "killing", "murder", "torture",
                             "disappearance"})


def undergoer_possessor(noun):
    """The possessor of an act done to it ("Odinga's release", "his arrest"): the one acted on; else None."""
    if noun.lemma_.lower() not in UNDERGONE_NOUNS or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    owner = first_child(noun, ("poss",))
    if owner is not None and (owner.lower_ == "its" or noun.lemma_.lower() == "release" and owner.ent_type_ == "ORG"):
        return None  # "the campaign explained in its release": a body's release is its statement
    return owner


#: nouns of pressing for a measure: whose call it is, is whose measure it is ("his call for a ban on X")
PRESSING_NOUNS = frozenset({"call", "push", "campaign", "demand", "proposal", "plea", "appeal", "bid", "drive",
                            "calls", "demands", "proposals"})


def _asker(noun):
    """The possessor of a call or push for the measure ``noun`` names: "over his call for the ban on Muslims":
    his (the ban he proposes, as event coders record it); else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i == prep.i:
        return None
    holder = prep.head
    if holder.lemma_.lower() not in PRESSING_NOUNS or holder.pos_ != "NOUN":
        return None
    owner = possessor(holder)
    # a name only: "his call for a ban" leaves "his" to pronoun resolution, which reads it as the nearest
    # person before it ("Cameron criticised Trump over his call for the ban": not Cameron) too often
    return owner if owner is not None and owner.pos_ != "PRON" else None


def noun_actor(noun):
    """"Russia's invasion", "the Russian invasion", "attacks by rebels"; not the possessor of an act done
    to it ("Odinga's release": ``undergoer_possessor``)."""
    for child in noun.children:
        if child.dep_ == "poss" and undergoer_possessor(noun) is None:
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return first_child(child, ("pobj",))
    asker = _asker(noun)
    if asker is not None:
        return asker
    for child in noun.children:
        # "criticism from politicians like X", "a call from the minister": the source is the doer
        if child.dep_ == "prep" and child.lower_ == "from":
            source = first_child(child, ("pobj",))
            if source is not None and (is_someone(source) or source.ent_type_ in ("PERSON", "ORG", "NORP")):
                return source
    for child in noun.children:
        # "the Russian invasion", "Taliban attacks"; not "the Ankara attack" (a place)
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "ORG"):
            return child
    for child in noun.children:
        # "police shootings", "army raids": a body of people named by a common noun; not the one
        # investigated ("the Clinton inquiry") nor a thing ("border attacks")
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < noun.i and is_someone(child) \
                and not child.ent_type_:
            return child
    return None


def opposed(noun):
    """"government" in "anti-government protests", "anti-Maduro rallies": whom the act is against."""
    doc = noun.doc
    for child in noun.children:
        if child.dep_ not in ("amod", "compound", "nmod") or child.i >= noun.i or child.i < 2:
            continue
        if doc[child.i - 1].text == "-" and doc[child.i - 2].lower_ == "anti" \
                and not doc[child.i - 2].whitespace_ and not doc[child.i - 1].whitespace_:
            return child
        if child.lower_.startswith("anti-") and len(child.text) > 5:
            return child
    return None


#: inquiries whose name modifier is whom they look into ("the Clinton investigation", "a new Clinton inquiry")
INQUIRIES = {"investigation", "inquiry", "probe", "inquest"}


#: "was subject to criticism", "came under attack", "fell under scrutiny": the subject undergoes the act
UNDERGOING = {("to", "subject"), ("to", "exposed"), ("under", "come"), ("under", "fall"),
              ("to", "subjected")}


def undergoer(noun):
    """The subject of "X was subject to criticism (from Y)" / "X came under attack": X; else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.i == noun.i:
        return None
    word = prep.head
    if (prep.lower_, word.lemma_.lower()) not in UNDERGOING and (prep.lower_, word.lower_) not in UNDERGOING:
        return None
    verb = word.head if word.dep_ in ("acomp", "amod") else word
    found = first_child(verb, ("nsubj", "nsubjpass"))
    return found if found is not None and found.lower_ not in ("who", "which", "that") else None


def noun_recipient(noun):
    """Whom an event noun is aimed at: the possessor of an act done to it ("Odinga's release"), the
    person an inquiry is named after ("the Flynn inquiry"), the object of its "with", "against", "on",
    "of", "between", "to" or "into" ("talks with Iran"), else the one it was done to (``undergoer``)."""
    possessor = undergoer_possessor(noun)
    if possessor is not None:
        return possessor
    if noun.lemma_.lower() in INQUIRIES:
        for child in noun.children:
            if child.dep_ == "compound" and child.ent_type_ == "PERSON" and child.i < noun.i:
                return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "against", "on", "of", "between", "to", "into"):
            obj = first_child(child, ("pobj",))
            if obj is not None:
                return obj
            pcomp = first_child(child, ("pcomp",))
            if pcomp is not None:
                return first_child(pcomp, ("dobj",)) or pcomp
    return undergoer(noun)


def between(noun):
    """(A, B) of "talks between A and B", when both name someone; else None (also for a wished-for
    act: "pushing for a ceasefire between A and B")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            first = first_child(child, ("pobj",))
            if first is None or not is_someone(first):
                return None
            other = next((c for c in first.conjuncts if c.i > first.i and is_someone(c)), None)
            return (first, other) if other is not None else None
    return None


def visitor(noun):
    """"a press conference with visiting President X": X, the visitor (PLOVER CONSULT visit)."""
    for child in noun.children:
        if child.dep_ != "prep" or child.lower_ != "with":
            continue
        for grand in child.children:
            if grand.dep_ == "pcomp" and grand.lemma_ == "visit":
                return first_child(grand, ("dobj",))
            if grand.dep_ == "pobj" and any(g.lower_ == "visiting" for g in grand.children):
                return grand
    return None
