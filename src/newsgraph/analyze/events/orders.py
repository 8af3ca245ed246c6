"""Orders and wished acts: a bare imperative clause ("Release the prisoners now"), who an order is
given to, and whose act an obligation or a for-to clause wishes for ("for Putin to pull out his
troops", "Russia must withdraw"). Pure functions over the dependency parse, used by ``patterns``."""
from __future__ import annotations

from newsgraph.analyze.events import participants as P
from newsgraph.analyze.events.modality import negated
from newsgraph.analyze.syntax import DASHES

#: modals of duty: "Russia must withdraw" wishes the act of its subject
OBLIGATION = {"must", "should", "ought"}


def imperative(head) -> bool:
    """A bare verb opening its sentence (or quote), with no subject: "Release the prisoners now"."""
    if head.tag_ != "VB" or head.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark") for c in head.children):
        return False
    first = head.sent[0]
    while first.is_punct or first.is_space or first.lower_ in ("please", "and", "so"):
        if first.i + 1 >= head.sent.end:
            break
        first = first.doc[first.i + 1]
    return first.i == head.i or first.i == head.left_edge.i and first.i == head.i


def addressee(head):
    """Who an order is given to: the object of the governing "told"/"urged", or "said to X"."""
    verb = head.head
    if verb.i == head.i:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.pos_ != "ADP":
            return child
        if child.dep_ in ("prep", "dative") and child.lower_ == "to":
            return P.first_child(child, ("pobj",))
    return None


def for_to_subject(head):
    """"for Putin to pull out his troops": Putin (the doer an infinitive clause wishes for)."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in head.children) and not negated(head):
        subject = P.first_child(head, ("nsubj",))  # "Russia must withdraw"
        if subject is not None and subject.lower_ in ("we", "i"):
            return None  # "we should be supporting X": the speaker's opinion of their own side's duty
        return subject
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    has_for = any(c.dep_ == "mark" and c.lower_ == "for" for c in head.children)
    if has_to and has_for:
        return P.first_child(head, P.SUBJECT_DEPS)
    return None


#: verbs that either ask for something (a REQUEST) or ask a question (no event)
ASKING = {"ask", "inquire", "enquire"}
#: what a request asks for as its object ("asked a favour"); "asked a question" asks for nothing
ASKED_THINGS = {"favor", "favour", "help", "permission", "support", "assistance", "aid", "forgiveness", "pardon",
                "clemency", "asylum", "money", "fund", "funding", "meeting", "vote", "resignation",
                "release", "protection", "access", "leave", "mercy", "advice", "intervention"}
#: what asking a question names as its object: no request ("asked the question", "asked questions")
QUESTION_NOUNS = {"question", "query"}
QUESTION_WORDS = {"whether", "if", "what", "why", "how", "who", "whom", "which", "when", "where"}


def only_a_question(verb) -> bool:
    """"was asked, 'What ...?'", "asked whether the plan would work", "was asked about the attack",
    '"Who are they?" he asked': asking a question is no REQUEST (PLOVER REQUEST asks someone to do or
    give something: "asked X to ...", "asked for talks", "asked that the vote be delayed")."""
    if verb.lemma_.lower() not in ASKING:
        return False
    if asked_question(verb):
        return True  # "asked the question to build on X's comments": a purpose clause asks no one for anything
    for child in verb.children:
        if child.dep_ == "xcomp" or (child.dep_ == "prep" and child.lower_ == "for"):
            return False
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
            return False
        if child.dep_ == "ccomp" and not set_off(verb, child):
            asks = not any(t.lower_ in QUESTION_WORDS for t in child.subtree if t.i < child.i) and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in child.children) and not stated_as_fact(child)
            if asks or any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) or imperative(child):
                return False  # "asked that the vote be delayed", '"Release them," she asked'

        if child.dep_ == "dobj" and child.lemma_.lower() in ASKED_THINGS:
            return False
    return True


def asked_question(verb) -> bool:
    """Whether the verb's object is a question ("asked the question", "asked tough questions"): what was
    asked is named, and the phrases hung on the verb ("in regards to a question posed by X, who criticized Y")
    are no part of it."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in QUESTION_NOUNS for c in verb.children)


def set_off(verb, clause) -> bool:
    """Whether another clause or a dash stands between ``verb`` and a clause after it ('"Why?" Mr. Lee asked,
    repeating a charge - that the general was to blame'): the clause hangs on other words the parse ran
    onto the verb, no complement of it ("asked, in a letter, that the vote be delayed" has none)."""
    start = min(t.i for t in clause.subtree)
    return start > verb.i and any(t.dep_ in ("advcl", "conj", "parataxis") or t.text in DASHES
                                  for t in verb.doc[verb.i + 1:start])


#: verb tags only the indicative has: a fact told ("that the president was responsible", "that he has lied"),
#: not an act asked for (a plural present, VBP, may be a subjunctive: "asked that Mills resign")
INDICATIVE = {"VBD", "VBZ"}
MODAL_TAG = "MD"


def stated_as_fact(clause) -> bool:
    """A "that"-clause in the indicative with no modal ("that the president was responsible for X", "that he
    has lied"): what it says is a claim, not something asked for, which takes the subjunctive or a modal
    ("asked that the vote be delayed", "asked that he should resign"). The parse hangs such a clause on
    "asked" when a dash or comma sets it after another word ('he asked, repeating a charge - that X was ...')."""
    verbs = [clause] + [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(v.tag_ == MODAL_TAG or v.tag_ == "VB" for v in verbs):
        return False
    return any(v.tag_ in INDICATIVE for v in verbs)


#: judgments of someone's act as wrong: "it was inappropriate for X to criticize Y" blames X, asks nothing
DISAPPROVING = {"inappropriate", "wrong", "unacceptable", "outrageous", "shameful", "disgraceful", "improper",
                "irresponsible", "unfair", "reckless", "dangerous", "absurd", "ridiculous", "offensive", "unethical",
                "insulting", "appalling", "despicable", "disgusting", "unconscionable", "unprecedented", "troubling"}


def disapproved(head) -> bool:
    """The wished-for act of a "for X to ..." clause is judged wrong ("it was totally inappropriate for
    Ginsburg to criticize him"): an accusation (PLOVER ACCUSE disapprove) of X, no request."""
    governor = head.head
    judged = [governor] + [c for c in governor.children if c.dep_ in ("acomp", "attr")]
    return head.dep_ in ("advcl", "ccomp", "xcomp", "csubj", "acl") and any(
        t.pos_ == "ADJ" and t.lemma_.lower() in DISAPPROVING for t in judged)
