"""Polarity and modality of an event read from the parse, and the roles a clause gives it by default.

``finish_event`` drops what is no political act or not asserted ("raised funds", "demands X resign"),
takes the doer and the one acted on from the clause when the pattern set none, turns an order into the
speaker's REQUEST, a refused cooperation into a REJECT ("will not concede") and promised cooperation into
AGREE (PLOVER), and marks the rest ``negated``, ``hypothetical`` or ``intended`` (``modality``).
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.events import participants as P
from newsgraph.analyze.events import senses as S
from newsgraph.analyze.events import subjects, targets
from newsgraph.analyze.events.found import Found
from newsgraph.analyze.events.modality import foretold, modality_of, past, unasserted
from newsgraph.analyze.events.orders import OBLIGATION, addressee, for_to_subject, imperative

#: the mode of a REQUEST (or REJECT) by what is asked: PLOVER's assist / change / yield / meet
REQUEST_MODE = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AGREE": "meet",
                "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist"}
TOPIC_OBJECT_VERBS = {"discuss", "talk", "negotiate", "confer", "consult"}  # their object is a topic
#: cooperative words whose negation is no refusal ("does not regret the friendship")
FEELINGS = {"regret", "apologize", "apologise", "praise", "welcome", "thank", "honor", "honour", "hail", "applaud"}
PROMISED = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE"}
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE", "CONCEDE", "RETREAT"}


def finish_event(event: Found, roles_set: bool = False, frame: bool = False,
                 keep_recipient: bool = False) -> Optional[Found]:
    head = event.head
    if head.pos_ in ("VERB", "AUX") and S.no_political_act(head, event.type, event.mode):
        return None  # "raised funds", "met that threshold", "released 900 pages", "charged more than that"
    if unasserted(head, subjects.subject(head), event.type):
        return None  # "demands X resign", "prevents X from denying", "if he went and killed", "we need to"
    patient = subjects.raised_patient(head) if not roles_set and event.actor is None else None
    if patient is not None:
        # "the senators are likely to be pressed": the subject the passive infinitive was raised to is the
        # one pressed; no doer named
        event.actor, event.agentless = None, True
        if event.recipient is None and not frame and not keep_recipient:
            event.recipient = patient
        roles_set = True
    if not roles_set:
        event.actor = event.actor or subjects.subject(head)
        event.agentless = (event.actor is None and P.is_passive(head)
                           and P.first_child(head, ("agent",)) is None)
        if event.recipient is None and not frame and not keep_recipient:
            event.recipient = targets.recipient(head)
            if event.type == "CONSULT" and head.lemma_ in TOPIC_OBJECT_VERBS:
                event.recipient = P.prep_object(head, ("with",))  # "discussed trade with X": X
    event.irrealis_for = for_to_subject(head)
    if imperative(head) and event.type not in ("REQUEST", "REJECT", "THREATEN", "ACCUSE"):
        # '"Withdraw your troops," he told them': an order, a REQUEST from the speaker to the addressee
        event.type, event.mode = "REQUEST", REQUEST_MODE.get(event.type, "change")
        event.recipient = addressee(head)
        event.imperative = True
        return event
    # a threat is conditional by nature ("warned of action if X does not withdraw"): the condition
    # belongs to the threat's content, the threat itself was made
    mood = modality_of(head, conditions=event.type != "THREATEN")
    event.hypothetical, event.intended = mood.hypothetical, mood.intended
    if event.irrealis_for is None and any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in head.children):
        event.hypothetical, event.intended = True, False  # "we should be supporting X": a view of a duty
    if (mood.negated and event.type in COOPERATIVE and not past(head) and not mood.hypothetical
            and head.lemma_.lower() not in FEELINGS):
        # "will not concede", "does not accept": a refusal is a REJECT of what is refused (PLOVER)
        mode = {"CONSULT": "meet", "AGREE": "meet", "RETREAT": "yield", "CONCEDE": "yield"}.get(event.type, "assist")
        event.type, event.mode, event.intended = "REJECT", mode, False
        event.confidence -= 0.05
    elif mood.negated:
        event.negated = True
    elif mood.intended and event.type in PROMISED and not foretold(head):
        # PLOVER: future cooperation is coded as the promise, AGREE; an announced retreat as CONCEDE.
        # The promise itself was made: asserted. Future conflict keeps its type, marked intended, and so
        # does a future act someone else foretells ("X will back Y, a rival says": no one promised).
        event.type, event.mode = PROMISED[event.type], ("meet" if event.type == "CONSULT" else None)
        event.intended = False
    if event.actor is not None:
        event.confidence += 0.1
    if event.recipient is not None:
        event.confidence += 0.05
    return event
