"""Whom an accusation is aimed at when its own clause names no one: the one its words are about.

"X alleged that the governor abused her office": the subject of the accusation's own "that" clause.
"Lashing out, Trump said the justice's mind is shot", "She escalated her criticism, telling a network
that X is a faker": the attack is made in what the doer says, and the subject of that said clause (or
the subject's owner: "the justice's mind") is the one attacked. And "X concluded ... . Y questioned that
determination": a thing taken up with a demonstrative is the doing of the previous sentence's subject,
who is the one questioned. Pure functions over spaCy tokens; the
caller resolves the word against the final actor index.
"""
from __future__ import annotations

from newsgraph.analyze.events.participants import first_child, is_someone

#: verbs whose "that" clause is what was said
SPEECH_VERBS = {"say", "tell", "add", "write", "argue", "claim", "insist", "declare", "tweet", "note", "warn",
                "suggest", "charge", "contend", "allege", "complain", "assert", "state"}


def _said_clauses(head):
    """The clauses of what is said around an act: the "that" clause of the speech verb the act hangs on
    ("Lashing out, X said ..."), and of a speech verb beside it ("criticized ..., telling Y that ...")."""
    if head.pos_ == "VERB":
        # "is alleging that the governor abused her office", "charged that X": the accusation's own clause
        yield from (c for c in head.children if c.dep_ == "ccomp" and _opened_by_that(c))
    verb = head
    if head.pos_ in ("NOUN", "PROPN"):  # "escalated her criticism": the verb the act is the object of
        verb = head.head.head if head.dep_ == "pobj" else head.head
    speakers = []
    if head.dep_ == "advcl" and head.head.lemma_.lower() in SPEECH_VERBS:
        speakers.append(head.head)
    speakers += [c for c in verb.children if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in SPEECH_VERBS]
    for speaker in speakers:
        yield from (c for c in speaker.children if c.dep_ == "ccomp")


def _opened_by_that(clause) -> bool:
    """A declarative "that" clause or one with no opener ("alleged the army shelled ..."), not a question
    ("complained why ...") nor a quotation set off by punctuation."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ == "that" or (first.dep_ != "punct" and first.lower_ not in ("why", "how", "whether", "if"))


def said_of(head):
    """The word naming whom an accusation headed by ``head`` is about, read from what its doer says:
    the said clause's subject when it names someone, else that subject's owner; None when nothing is
    said beside the act or what is said is about a thing."""
    for clause in _said_clauses(head):
        subject = first_child(clause, ("nsubj", "nsubjpass"))
        if subject is None or subject.lower_ in ("it", "this", "that", "there", "what"):
            continue
        if is_someone(subject) or subject.pos_ == "PROPN":  # a name the tagger left untyped: the index decides
            return subject
        owner = first_child(subject, ("poss",))
        if owner is not None and (is_someone(owner) or owner.pos_ == "PROPN"):
            return owner
    return None


DEMONSTRATIVES = {"that", "this", "those", "these"}


def taken_up(thing):
    """The subject of the sentence before, for a thing taken up with a demonstrative and no owner of its
    own ("The agency concluded ... . Lawmakers questioned that determination": the agency); else None."""
    if thing is None or thing.pos_ != "NOUN" or is_someone(thing) or thing.sent.start == 0:
        return None
    if not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in thing.children):
        return None
    if any(c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ in ("by", "of", "from")
           for c in thing.children):
        return None  # "that decision by X", "this plan of X's": named where it stands
    before = thing.doc[thing.sent.start - 1].sent
    subject = first_child(before.root, ("nsubj",))
    return subject if subject is not None and is_someone(subject) else None
