"""A possessive pronoun that looks ahead to the name it stands for ("During his administration, Scott cut
taxes"; "In her first interview since the vote, Ana Pell said ...").

English lets a possessive in a phrase put before a clause refer to that clause's subject, named after it
(backward anaphora). The actor pass meets names in text order, so at "his" it only knows the people named
before, and gave the pronoun the previous sentence's subject. Here, from the parse alone: a he/she
possessive (his, her) inside an adjunct of a clause (a prepositional phrase, a bare noun phrase of time,
an adverbial clause) that comes before the clause's subject, the subject a name after it. The pass then
reads the pronoun once that name is known (``Builder.run`` orders it after the name) and gives it the named
person unless that person is known to be of the other gender. Not when the adjunct names a person of its own
before the pronoun ("As Obama defended his record, Trump ..."), nor in a point of view ("In his view, Trump
would ...": most often the view of whoever reports the clause), nor from inside a quotation to a speaker
named outside it.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.syntax import SUBJECT_DEPS

#: possessive forms of he/she (the words that can look ahead to a subject of their clause)
POSSESSIVES = frozenset({"his", "her"})
#: how an adjunct put before its clause hangs from the clause's verb
ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advcl"})
#: how the pronoun's phrase may hang inside the adjunct, on the way up to it
INNER_DEPS = frozenset({"pobj", "prep", "nsubj", "nsubjpass", "dobj", "conj", "compound", "amod", "appos", "pcomp"})
#: nouns of a point of view: "in his view", "to her mind", "by his account" say whose view the clause is,
#: most often the person who reports it (a speaker before), not the clause's subject
PERSPECTIVES = frozenset({"view", "opinion", "mind", "eye", "eyes", "estimation", "judgment", "judgement", "account",
                          "reckoning", "telling", "words", "estimate", "assessment"})
#: personal pronouns an adjunct may name its own person by before the possessive
PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their"})


def looked_ahead_subject(token):
    """The subject token a possessive pronoun ``token`` looks ahead to, or None: ``token`` (his/her, a
    possessor) lies in an adjunct (``ADJUNCT_DEPS``) of a verb that comes before the verb's subject, and
    that subject is a proper name after the pronoun. "In his speech, Trump said": "Trump"; "his speech
    moved Trump" (no adjunct) and "Trump said in his speech" (the subject first): None."""
    if token.lower_ not in POSSESSIVES or token.dep_ != "poss":
        return None
    if token.head.lemma_.lower() in PERSPECTIVES:
        return None  # "In his view, Tom Brell would ruin it": whose view is the reporter's to say, not the subject's
    node, steps = token.head, 0
    while not (node.dep_ in ADJUNCT_DEPS and node.head.pos_ in ("VERB", "AUX")):
        if node.dep_ not in INNER_DEPS or steps >= 6:  # up through the adjunct's own phrases only
            return None
        node, steps = node.head, steps + 1
    if any(_personal(t) for t in node.subtree if t.i < token.i):
        return None  # "after he lost his seat, Cruz ...", "As Obama defended his record, Trump ...": the
        # adjunct names its own person before the pronoun, whom "his" may go with
    verb = node.head
    subject = _subject(verb)
    if subject is None or subject.i <= token.i or node.right_edge.i >= subject.left_edge.i:
        return None  # the adjunct must come wholly before the subject's phrase
    if subject.pos_ != "PROPN" or subject.ent_type_ not in ("PERSON", ""):
        return None
    return subject


def _personal(t) -> bool:
    """Whether ``t`` names a person (a name the tagger calls one) or is a personal pronoun."""
    return t.ent_type_ == "PERSON" or t.pos_ == "PRON" and t.lower_ in PERSONAL


def _subject(verb) -> Optional[object]:
    """``verb``'s nominal subject, if any."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
