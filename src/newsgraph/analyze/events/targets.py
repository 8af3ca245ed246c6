"""The one acted on: the recipient (CAMEO's target) of an event trigger, read off the parse.

The object (the antecedent of a relative object), a prepositional object, an object shared with a
conjoined verb; the complement of a frame verb and who it asks, refuses or threatens ("urged X to ...");
whom a measure was imposed on, the author of a claim an act answers, whom a purpose clause helps, and the
places and buildings an attack is aimed at (``struck_thing``). Pure functions over spaCy tokens. The learned
chooser that weighs the rules' recipient against the sentence's other actors is ``recipients``.
"""
from __future__ import annotations

from newsgraph.analyze.events.owners import author
from newsgraph.analyze.events.participants import (
    NOT_PARTICIPANTS,
    SUBJECT_DEPS,
    TARGET_PLACES,
    first_child,
    infinitive_after,
    is_passive,
    is_someone,
    prep_object,
    someone_after,
)


def recipient(head, skip=None):
    """The one acted on: the object (the antecedent of a relative object), else a prepositional object."""
    for child in head.children:
        if skip is not None and child.i == skip.i:
            continue
        if child.dep_ in ("dobj", "dative", "iobj"):
            if child.lower_ in ("that", "which", "whom") and head.dep_ == "relcl":
                return head.head
            if child.pos_ == "ADP":  # "gave X to Y": the dative "to"
                child = first_child(child, ("pobj",))
                if child is None:
                    continue
            if child.ent_type_ in NOT_PARTICIPANTS:
                continue
            return child
        if child.dep_ == "nsubjpass":
            if child.lower_ in ("who", "that", "which") and head.dep_ == "relcl":
                return head.head  # "nationals who had been arrested": the nationals
            return child
    said = _free_relative_subject(head)
    if said is not None:
        return said  # "condemned what the governor said": the governor
    shared = _shared_passive_subject(head)
    if shared is not None:
        return shared  # "X has been detained ... and should be freed": X
    if head.dep_ == "relcl" and any(c.dep_ in ("dobj",) for c in head.children) is False:
        pronoun = [c for c in head.doc[head.head.i + 1:head.i] if c.dep_ == "dobj" and c.head.i == head.i]
        if pronoun:
            return head.head
    return prep_object(head) or shared_object(head)


def shared_object(verb):
    """The someone a verb shares as its object with a verb conjoined after it, when it has none of its
    own: "began detaining, beating and expelling dozens of reporters" (the parse hangs the object
    on the last verb of the list), "arrested and beat the protesters". Only a verb of the same subject (no
    subject of its own in between) and only someone: "met and signed an accord" shares no one."""
    if verb.pos_ != "VERB" or first_child(verb, ("dobj", "nsubjpass", "ccomp", "xcomp")) is not None:
        return None
    for other in sorted((c for c in verb.conjuncts if c.i > verb.i), key=lambda c: c.i):
        if other.pos_ != "VERB" or first_child(other, ("nsubj", "nsubjpass")) is not None:
            return None
        obj = first_child(other, ("dobj",))
        if obj is not None:
            return obj if is_someone(obj) and obj.ent_type_ not in NOT_PARTICIPANTS else None
    return None


def _free_relative_subject(head):
    """"condemned what the governor said", "praised what X did": the object is a clause opened by
    "what", and the one acted on is that clause's subject (when it names someone)."""
    for clause in (c for c in head.children if c.dep_ == "ccomp"):
        opener = clause.doc[clause.left_edge.i]
        if opener.lower_ != "what" or opener.dep_ != "dobj" or opener.head.i != clause.i:
            continue
        subject = first_child(clause, ("nsubj",))
        if subject is not None and is_someone(subject):
            return subject
    return None


def _shared_passive_subject(head):
    """The passive subject a conjoined passive participle shares with the verb it is joined to ("X has
    been detained and should be freed and compensated": X), when it has no subject or object of its own."""
    token = head
    for _ in range(3):
        if token.dep_ != "conj" or token.tag_ != "VBN" or any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in token.children):
            return None
        token = token.head
        undergoer = first_child(token, ("nsubjpass",))
        if undergoer is not None:
            return undergoer
    return None


#: verbs that tell or press someone to do something ("told X to ...", "pushed X to release ...",
#: "challenged X to debate"): with someone as object and an infinitive, a demand (``objects.is_order``; CAMEO
#: 10 demand, whose "push", "press", "pressure" and "challenge" CAMEO files under category heads too vague on
#: their own)
ORDER_VERBS = {"tell", "instruct", "direct", "command", "order", "ask", "push", "pressure", "challenge", "implore",
               "beg", "dare"}
#: verbs that press someone to act ("urged / lobbied / pushed X to ..."): the verbs of ordering and those
#: that urge without ordering; with another verb an infinitive after the object is a purpose ("created a
#: committee to investigate X": the committee's own act)
PRESSING = ORDER_VERBS | {"urge", "press", "lobby", "encourage", "persuade", "warn", "invite", "call"}


def _pressed_to(head, obj):
    """"pushed X to resign", "urged Russia to withdraw" parsed as a purpose clause: the infinitive that
    follows the one pressed (someone) at once is what they are asked to do."""
    if obj is None or not is_someone(obj) or head.lemma_.lower() not in PRESSING:
        return None
    act = infinitive_after(head, obj)
    return act if act is not None and act.pos_ in ("VERB", "AUX") else None


def complement(head):
    """What a frame word asks, refuses or promises: "to withdraw", "that X leaves", "for talks"."""
    for dep in ("xcomp", "ccomp"):
        child = first_child(head, (dep,))
        if child is not None:
            return child
    for child in head.children:  # "called for X to resign": a "for ... to" clause the parse hangs as advcl
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
            return child
    obj = first_child(head, ("dobj",))
    pressed = _pressed_to(head, obj)
    if pressed is not None:
        return pressed
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "against" and first_child(child, ("pcomp",)) is not None:
            return first_child(child, ("pcomp",))  # "warned Iran against attacking ships"
        if child.dep_ == "prep" and child.lower_ in ("for", "to", "on", "of", "at"):
            pobj = first_child(child, ("pobj", "pcomp"))
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):  # "rejected X on Thursday": when
                inner = first_child(pobj, ("xcomp",))
                return inner or pobj
    if obj is not None:
        inner = first_child(obj, ("xcomp", "acl"))
        return inner or obj
    return None


def frame_recipient(head, complement, inner_recipient=None):
    """Who is asked/refused/threatened: "urged X to", "called on X to", "demand that X", else the
    recipient of what is asked ("refused to recognize X")."""
    obj = first_child(head, ("dobj", "dative"))
    if obj is not None and (complement is None or obj.i != complement.i):
        return obj
    if complement is not None and complement.dep_ == "dobj" and is_someone(complement):
        return complement  # "threatened Britain with retaliation": Britain, not the retaliation
    asked = first_child(head, ("nsubjpass",))
    if asked is not None and is_someone(asked) and asked.lower_ not in ("who", "that", "which"):
        return asked  # "X was asked by Y to delay the vote", "X was urged to resign": X
    if asked is not None and author(asked) is not None:
        return author(asked)  # "Somalia's request was rejected by Kenya": Somalia
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "upon", "from", "to", "with", "against"):
            pobj = first_child(child, ("pobj",))
            if pobj is not None and pobj.ent_type_ not in NOT_PARTICIPANTS and (
                    complement is None or pobj.i != complement.i):
                return pobj
    if complement is not None:
        subject = first_child(complement, SUBJECT_DEPS)
        if subject is not None and (complement.dep_ == "ccomp" or first_child(complement, ("mark",)) is not None
                                    and first_child(complement, ("mark",)).lower_ == "for"):  # "called for X to"
            return subject
        if inner_recipient is not None:
            return inner_recipient
        if complement.pos_ in ("NOUN", "PROPN"):
            return complement
    return None


#: measures imposed on someone: lifting, easing or refusing to lift them is aimed at whom they bind
MEASURES = {"sanction", "ban", "embargo", "curfew", "restriction", "blockade", "tariff", "penalty", "freeze",
            "boycott", "siege", "lockdown", "curb", "limit", "suspension"}


def measure_target(thing):
    """"Eritrea" of "sanctions imposed on Eritrea", "a ban placed against X", "curfew hours imposed in X":
    whom or where a measure named by ``thing`` was imposed on; else None."""
    words = {thing.lemma_.lower()} | {c.lemma_.lower() for c in thing.children if c.dep_ == "compound"}
    if not words & MEASURES:
        return None
    for clause in (c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "upon", "against", "in", "over"):
                obj = first_child(prep, ("pobj",))
                if obj is not None and obj.ent_type_ not in NOT_PARTICIPANTS:
                    return obj
    return None


#: verbs that lay a fault on someone with "on": "blamed the decline on the media", "pinned the loss on X"
LAYING_BLAME = {"blame", "pin"}
#: entity kinds of an object that is itself the one blamed ("blamed Democrats on Twitter")
BLAMED_KINDS = {"PERSON", "ORG", "NORP", "GPE"}


def blamed_on(head):
    """Whom a fault is laid on: the object of "on" hung on a verb of blaming ("blamed Trump's decline in
    the polls on the news media": the media, not the decline's owner; "blamed the attacks on Iran"): an "on"
    of the verb's own, else the last "on" of its object's phrase set apart from the object noun by other
    words ("the decline in the polls on X"); not one right after the noun ("blamed the attack on the
    embassy": what was attacked, for all the parse can tell). None when no "on" is laid so."""
    if head.lemma_.lower() not in LAYING_BLAME:
        return None
    things = [c for c in head.children if c.dep_ == "dobj"]
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children) or any(
            thing.ent_type_ in BLAMED_KINDS for thing in things):
        return None  # "blamed Democrats on Twitter for the shutdown": the object is whom the fault is laid on
    laid = [prep for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("on", "upon")
            and all(prep.i > thing.i for thing in things)]  # after the fault: not "on Thursday blamed X"
    for thing in things:
        laid += [t for t in thing.subtree if t.dep_ == "prep" and t.lower_ in ("on", "upon") and t.i > thing.i + 1
                 and t.i == max(u.i for u in thing.subtree if u.lower_ in ("on", "upon"))]
    for prep in laid:
        someone = first_child(prep, ("pobj",))
        if someone is not None and someone.ent_type_ not in ("DATE", "TIME"):
            return someone  # not "blamed X for it on Monday"
    return None


STRUCK = {"ASSAULT", "COERCE"}  # material conflict whose object may be a place or building


def struck_thing(found, token) -> bool:
    """Whether ``token`` is the direct object (or passive subject) of a material-conflict verb and
    names a place or building, not a weapon, an act or a cause ("fired rockets", "fight the epidemic")."""
    if token.i in {t.i for t in found.trigger} or token.head.i != found.head.i:
        return False
    if token.dep_ not in ("dobj", "nsubjpass") or token.pos_ not in ("NOUN", "PROPN"):
        return False
    return token.lemma_.lower() in TARGET_PLACES or token.ent_type_ in ("GPE", "LOC", "FAC")


#: what someone says or asks that another answers, grants or rejects ("denied the charges by X",
#: "conceded to the demands of X", "rejected X's proposal"): its author is the one answered
CLAIMS = {"charge", "accusation", "allegation", "claim", "demand", "call", "request", "criticism", "complaint",
          "proposal", "offer", "ultimatum", "condition", "plea", "appeal", "warning", "threat", "assertion",
          "suggestion", "invitation", "overture", "bid", "insistence", "appeals", "demands", "charges", "pressure"}
#: prepositions by which an answer takes up a claim ("conceded to the demands", "agreed with the proposal",
#: "declined to resign despite pressure from X", "quit under pressure from X")
ANSWERED_PREPS = ("to", "with", "against", "over", "under", "despite")


def claimant(head):
    """The author of a claim or demand that ``head`` answers: the possessor or "by"/"from"/"of" someone
    of its object ("denied charges by X", "X's demands") or of its "to/with/against" phrase ("conceded to
    the demands of X"), or the "by" someone the parse hung on the active verb itself; else None."""
    claims = []
    for child in head.children:
        if child.dep_ == "dobj":
            claims.append((child, True))
        elif child.dep_ == "prep" and child.lower_ in ANSWERED_PREPS:
            claims.extend((c, False) for c in child.children if c.dep_ == "pobj")
    for claim, direct in claims:
        if claim.lemma_.lower() not in CLAIMS:
            continue
        for child in claim.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return child
        for preposition in ("by", "from", "of"):
            member = someone_after(claim, preposition)
            if member is not None:
                return member
        if direct and not is_passive(head):
            member = someone_after(head, "by")  # "denied charges by X that ...": "by" hung on the verb
            if member is not None:
                return member
    return None


#: verbs of a purpose clause whose object is whom the aid or support is for ("sent aid to help X")
HELPING = {"help", "assist", "aid", "support", "rescue", "protect", "feed", "rebuild", "relieve"}


def helped(head):
    """Whom a purpose clause "to help/assist X (do ...)" under ``head`` says an act is for: its object, or
    the subject of the clause it governs ("to help North Korea cope"); else None."""
    for clause in head.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.lemma_.lower() not in HELPING:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        obj = first_child(clause, ("dobj",))
        if obj is None:
            inner = first_child(clause, ("ccomp", "xcomp"))
            obj = first_child(inner, ("nsubj",)) if inner is not None else None
        if obj is not None and obj.ent_type_ not in NOT_PARTICIPANTS and obj.pos_ in ("NOUN", "PROPN", "PRON"):
            return obj
    return None
