"""Event patterns over the dependency parse: the trigger, its actor and recipient words.

One pass over a sentence finds each word the lexicon knows (``lexicon``) and reads its clause:

- light verbs take their event from the object ("held talks" CONSULT, "launched an attack" ASSAULT);
- frame verbs (REQUEST, REJECT, THREATEN, AGREE: "urged X to withdraw") take their mode, and often
  their recipient, from the complement, which makes no event of its own;
- negation and modality (``polarity``): a refused cooperation is a REJECT ("will not concede"); any
  other negated event is kept, marked ``negated``; conditions, questions, hypotheticals and wished or
  weighed acts are kept, marked ``hypothetical``; announced or planned ones marked ``intended``.
Each reading is a ``Found`` (``found``); its words are mapped to actors, dates and places by ``events``.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.events import campaigning as CP
from newsgraph.analyze.events import cautions as C
from newsgraph.analyze.events import control, owners, subjects, targets
from newsgraph.analyze.events import frames as F
from newsgraph.analyze.events import nonacts as NA
from newsgraph.analyze.events import noun_participants as NP
from newsgraph.analyze.events import participants as P
from newsgraph.analyze.events import senses as S
from newsgraph.analyze.events.evaluations import evaluation
from newsgraph.analyze.events.found import Found
from newsgraph.analyze.events.frames import admitted, frame_type, opinion_shared, threatened_someone
from newsgraph.analyze.events.lexicon import Lexicon, Trigger
from newsgraph.analyze.events.modality import FUTURE_AUX, NEGATORS
from newsgraph.analyze.events.objects import (
    GIVING_VERBS,
    MEETING_NOUNS,
    NAMING,
    NO_EVENT,
    aid_goods,
    attack_of,
    by_object,
    called_names,
    granted,
    is_order,
    takes_part,
    under,
)
from newsgraph.analyze.events.orders import asked_question, for_to_subject, only_a_question
from newsgraph.analyze.events.polarity import TOPIC_OBJECT_VERBS, finish_event
from newsgraph.analyze.events.reduced_passives import reduced_passive
from newsgraph.analyze.events.unclaimed import kind_of_attacker, unclaimed_target

LIGHT_WITH_OWN_TYPE = {"approve", "authorize", "impose"}
LIGHT_OBJECT_DEPS = ("dobj", "attr", "nsubjpass")


#: conjunctions of a participle clause with no subject of its own ("if attacked", "when provoked")
CONDITION_MARKS = {"if", "when", "unless", "once", "until", "whenever"}


def _reduced_passive(token) -> bool:
    """A past participle clause with no subject or auxiliary, opened by "if/when/unless ..."."""
    return (token.dep_ == "advcl" and token.tag_ == "VBN" and token.head.i != token.i
            and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "dobj") for c in token.children))


def find_in_sentence(sent, lexicon: Lexicon) -> list[Found]:
    """The events a sentence states, in order; complements of frames are folded into the frame."""
    found: list[Found] = []
    absorbed: set = set()
    used_objects: set = set()
    for token in sent:
        if token.i in absorbed or token.i in used_objects:
            continue
        event = _read(token, lexicon, used_objects)
        if event is not None and event.type == "ACCUSE":
            event.absorbed |= _allegation(token)
        elif event is None:
            # "X has failed to honor ...": what is failed at stays an event of its own (no allegation)
            event = evaluation(token, lexicon)
        if event is None:
            continue
        absorbed |= event.absorbed
        found.append(event)
    found = [e for e in found if e.head.i not in absorbed and not e.dropped]
    # "Russian missiles hit the port": the weapon noun is the doer of the verb's event, not one of its own
    doers = {(e.actor.i, e.type) for e in found if e.actor is not None}
    return [e for e in found if e.head.pos_ not in ("NOUN", "PROPN") or (e.head.i, e.type) not in doers]


def _clause_of(token) -> set:
    """Token indices of ``token``'s subtree without the relative clauses in it ("talks with X, which
    has called for a ceasefire": X's call is an event of its own)."""
    out: set = set()
    stack = [token]
    while stack:
        node = stack.pop()
        out.add(node.i)
        stack.extend(c for c in node.children if c.dep_ != "relcl")
    return out


def _allegation(head) -> set:
    """What an accusation says was done ("accused X of shelling Y", "blamed X for the attack"): a claim
    inside the accusation, not an event of its own (and not the accuser's act)."""
    out: set = set()
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            out |= _clause_of(child)
        elif child.dep_ in ("ccomp", "xcomp"):
            out |= _clause_of(child)
    return out


# --- matching a trigger ------------------------------------------------------------------------------

def _read(token, lexicon: Lexicon, used_objects: set) -> Optional[Found]:
    if _in_name(token):
        return None  # "the Investigating Committee", "Operation Protective Edge": part of a name
    if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.tag_.startswith("VB")):
        override = by_object(token)
        if override == NAMING:
            # "called the inquiry a sham", "called him a liar": a name of contempt is an accusation
            # (PLOVER ACCUSE disapprove) of the one named or of whoever owns the thing named
            condemned = called_names(token)
            if condemned is not None:
                event = Found("ACCUSE", "disapprove", token, [token, condemned[1]], confidence=0.55)
                event.recipient = condemned[0] if P.is_someone(condemned[0]) else owners.author(condemned[0])
                event.absorbed = {t.i for t in condemned[1].subtree}
                return finish_event(event, keep_recipient=True)
            trigger = lexicon.verb(token)
            if trigger is None or trigger.type == "CONSULT":
                return None
            return _verb_event(token, trigger, lexicon, used_objects)
        if override == NO_EVENT:
            return None  # "suspended his campaign": a candidate's campaign, no ceasefire
        if override is not None:
            event = Found(override[0], override[1], token,
                          _trigger_words(token, Trigger((token.lemma_,), "VERB", override[0], override[1], "event")))
            asked = granted(token)
            if asked is not None:
                # "agreed to Somalia's request to send troops": the request granted is no REQUEST of the
                # one granting it, and what was asked is not done by them
                used_objects.add(asked.i)
                event.absorbed = {t.i for t in asked.subtree if t.i != asked.i}
            law = S.court_overturned(token)
            if law is not None:
                # whose law or order it is: its possessor or maker ("Ohio's law", "the president's order")
                event.recipient = owners.owner(law)
            if override == ("AGREE", None):
                event.recipient = P.prep_object(token, ("with",))  # "struck a deal with X": X
            if override == ("ACCUSE", "disapprove") and token.lemma_.lower() == "take":
                event.recipient = P.prep_object(token, ("at",))  # "took a swipe at X": X
                jab = P.first_child(token, ("dobj",))
                used_objects.add(jab.i)
                event.trigger = sorted(event.trigger + [jab], key=lambda t: t.i)
            if override == ("COERCE", "seize"):
                event.recipient = P.prep_object(token, ("at", "on", "of", "in"))  # "a search warrant at X's home"
            siege = under(token, "siege") if token.lemma_.lower() in ("be", "remain", "come", "stay") else None
            if siege is not None:
                # "X has been under siege by Y": Y besieges X
                event.actor = P.prep_object(siege, ("by",)) or P.prep_object(token, ("by",))
                event.recipient = P.first_child(token, ("nsubj", "nsubjpass"))
                event.agentless = event.actor is None
                event.trigger = sorted([token, siege.head, siege], key=lambda t: t.i)
                return finish_event(event, roles_set=True)
            return finish_event(event, keep_recipient=event.recipient is not None)
        if is_order(token):
            # "told Somalia to stop the attacks": a demand (PLOVER REQUEST), whatever the verb's own code
            trigger = Trigger((token.lemma_.lower(),), "VERB", "REQUEST", None, "frame")
            return _frame_event(token, trigger, _trigger_words(token, trigger), lexicon)
        if takes_part(token):
            return _participation(token, lexicon, used_objects, "in")
        if (token.lemma_.lower() in RESPONSE_VERBS or token.lemma_.lower() == "hit" and any(
                c.dep_ == "prt" and c.lower_ == "back" for c in token.children)) \
                and P.prep_object(token, ("with",)) is not None and P.first_child(token, ("dobj",)) is None:
            return _participation(token, lexicon, used_objects, "with")
        trigger = lexicon.verb(token) or lexicon.proposed(token)
        if trigger is None:
            return None
        return _verb_event(token, trigger, lexicon, used_objects)
    if token.pos_ in ("NOUN", "PROPN"):
        trigger = lexicon.noun(token)
        if trigger is None:
            trigger = lexicon.proposed(token)
        if trigger is None or trigger.role == "object":
            return None
        return _noun_event(token, trigger, lexicon)
    if token.pos_ == "ADJ" and token.dep_ in ("acomp", "amod", "ROOT", "conj"):
        trigger = lexicon.adjective(token)
        if trigger is not None and trigger.role == "event":
            return _adjective_event(token, trigger)
        if trigger is not None:
            return _frame_event(token, trigger, [token], lexicon)
    return None


def _adjective_event(adjective, trigger: Trigger) -> Optional[Found]:
    """"X was critical of Y", "has been supportive of Y": the act the adjective names with its
    preposition, done by the subject of the copula to the preposition's object (or its owner: "critical
    of the decision"); without that preposition no event ("critical to", "a critical moment")."""
    if adjective.dep_ != "acomp" or trigger.type is None:
        return None  # (only a light verb has no type of its own: ``_verb_event`` reads it with its object)
    prep = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ == trigger.words[-1]), None)
    target = P.first_child(prep, ("pobj",)) if prep is not None else None
    if prep is None or target is None:
        return None
    event = Found(trigger.type, trigger.mode, adjective, [adjective, prep], confidence=0.5)
    event.actor = subjects.subject(adjective)
    event.recipient = target if P.is_someone(target) else owners.author(target)
    return finish_event(event, roles_set=True)


#: a response whose "with" names the act: "retaliated with tariffs on X", "responded with airstrikes"
RESPONSE_VERBS = {"retaliate", "respond", "react", "reply"}  # and "hit back"


def _participation(verb, lexicon: Lexicon, used_objects: set, prep: str) -> Optional[Found]:
    """"took part in talks with X" CONSULT, "took part in the protests" PROTEST, "retaliated with tariffs
    on X" COERCE: the event the noun after ``prep`` names (CAMEO codes "take part" alone as intent to
    cooperate, which a participation is not); taking part in, or responding with, anything else is no event."""
    what = P.prep_object(verb, (prep,))
    noun = lexicon.noun(what) if what is not None else None
    if noun is None or not noun.type or noun.role == "frame":
        return None
    used_objects.add(what.i)
    event = Found(noun.type, noun.mode, verb, [verb, what], confidence=0.5)
    event.recipient = NP.noun_recipient(what) or P.prep_object(verb, ("against", "on"))
    return finish_event(event, keep_recipient=True)


NAME_ENTITIES = {"ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}


def _in_name(token) -> bool:
    """A capitalised word inside a multi-word name the tagger found ("the Investigating Committee")."""
    if token.ent_type_ not in NAME_ENTITIES or not token.text[:1].isupper():
        return False
    doc = token.doc
    inside = token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
    return inside and token.i != token.sent.start


def _trigger_words(token, trigger: Trigger) -> list:
    words = [token]
    for child in token.children:
        if child.dep_ in ("prt", "prep", "compound") and child.lower_ in trigger.words[1:] + trigger.words[:-1]:
            words.append(child)
    for child in token.children:
        if child.dep_ in ("neg", "aux") and (child.lower_ in NEGATORS or child.lower_ in FUTURE_AUX or child.lower_ == "would"):
            words.append(child)
    return sorted(words, key=lambda t: t.i)


#: light verbs whose subject undergoes the act their object names: "X faced criticism from Y" is Y's
#: accusation of X, "X received threats" a threat to X (PLOVER codes the one who acts)
SUFFERING_VERBS = {"face", "receive", "get", "draw", "attract", "suffer", "endure", "incur"}


def _suffered(verb, trigger: Trigger, lexicon: Lexicon, words, used_objects: set) -> Optional[Found]:
    """The act the object names, done by its "from"/"by" source to the verb's subject."""
    obj = P.first_child(verb, ("dobj",))
    if obj is None:
        return None
    noun = lexicon.noun(obj)
    if noun is not None and noun.type:
        etype, mode = noun.type, noun.mode
    elif obj.lemma_.lower() in ("call", "phonecall") and not any(
            c.dep_ in ("acl", "relcl", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("for", "to"))
            for c in obj.children):
        etype, mode = "CONSULT", "phone"  # "got a phone call from X" (not "calls for X to resign")
    elif trigger.cameo and trigger.type not in (None, "CONSULT"):
        etype, mode = trigger.type, trigger.mode  # a CAMEO pattern on the object ("face criticism")
    else:
        return None
    source = P.prep_object(obj, ("from", "by", "of")) or P.prep_object(verb, ("from", "by"))
    if any(CP.polled_share(t) for t in obj.subtree if t.dep_ == "pobj"):
        return None  # "receiving the support of 40 percent of voters": a poll's share, no aid
    if source is not None and source.head.lower_ == "of" and not P.is_someone(source):
        source = None
    if etype == "CONSULT" and (source is None or not P.is_someone(source)):
        # "received a visit" is the host's side of a visit: read by "receive"; "got a phone call from X"
        # is X's call
        return None
    used_objects.add(obj.i)
    event = Found(etype, mode, verb, sorted(words + [obj], key=lambda t: t.i), confidence=0.5)
    event.actor = source
    event.recipient = subjects.subject(verb)
    event.agentless = event.actor is None
    event.absorbed = {t.i for t in obj.subtree if t.i != obj.i}
    return finish_event(event, roles_set=True)


#: pronouns that stand for a thing, never a visitor received ("Americans receiving it": the wage)
THING_PRONOUNS = {"it", "this", "that", "which", "what"}

#: PETRARCH's mark of a CAMEO pattern with no act of its subject, only of its target ("COME (UNDER FIRE)
#: [:111]", "APPEAR (BEFORE COURT) [:173]", "OUTRAGE [:110]"): the one the clause is about undergoes the act
UNDERGONE_MARK = ":"


def _undergone(verb, trigger: Trigger, words) -> Optional[Found]:
    """A CAMEO pattern read with source and target reversed (``UNDERGONE_MARK``): "X came under fire
    (from Y)", "X will stand trial", "X died in an air strike (by Y)", "Y's remarks outraged X". The subject
    is the recipient; the doer is the "from"/"by" source of the verb or of the noun the pattern names, or,
    for a verb of feeling with someone as object ("outraged X") or as passive subject ("X was outraged by
    Y"), that someone; else no doer is named (an agentless event, kept only for the types that may be)."""
    if trigger.type is None:
        return None  # (only a light verb has no type of its own: ``_verb_event`` reads it with its object)
    passive = P.is_passive(verb)
    if passive:
        undergoer = P.first_child(P.first_child(verb, ("agent",)) or verb, ("pobj",))
        doer = P.first_child(verb, ("nsubjpass",))
        if doer is not None and not P.is_someone(doer):
            doer = None
    else:
        undergoer = subjects.subject(verb)
        doer = P.prep_object(verb, ("from", "by"))
        if doer is None:
            for child in verb.children:
                noun = child if child.dep_ == "dobj" else P.first_child(child, ("pobj",)) if child.dep_ == "prep" \
                    else None
                if noun is None or noun.ent_type_ in P.NOT_PARTICIPANTS:
                    continue
                if trigger.type == "SUPPORT" and any(CP.polled_share(t) or t.like_num or t.ent_type_ in ("PERCENT", "CARDINAL")
                       for t in noun.subtree if t.i != noun.i):
                    return None  # "won the support of four in 10 voters": a poll's share, no one's act
                if child.dep_ == "dobj" and P.is_someone(noun):
                    doer = noun  # "the remarks outraged X": X is the one who disapproves
                else:
                    # "came under fire from Y", "died in Y's air strike", "won the support of Y"
                    doer = owners.author(noun) or P.someone_after(noun, "of")
                if doer is not None:
                    break
    event = Found(trigger.type, trigger.mode, verb, words, confidence=0.5)
    event.actor, event.recipient = doer, undergoer
    event.agentless = doer is None
    return finish_event(event, roles_set=True)


def _verb_event(token, trigger: Trigger, lexicon: Lexicon, used_objects: set) -> Optional[Found]:
    if CP.poll_answer(token) or CP.bare_vote(token) or NA.polled_support(token):
        return None  # "25 percent of voters would not support him", "receiving 19 percent support": a poll's
        # finding; "bother to vote": a ballot
    words = _trigger_words(token, trigger)
    if token.lemma_.lower() in SUFFERING_VERBS:
        suffered = _suffered(token, trigger, lexicon, words, used_objects)
        if suffered is not None:
            return suffered
    if trigger.cameo and trigger.cameo.startswith(UNDERGONE_MARK) and trigger.type \
            and token.lemma_.lower() not in SUFFERING_VERBS:  # ("received threats": read by ``_suffered``)
        return _undergone(token, trigger, words)
    if trigger.role == "light":
        return _light_verb_event(token, trigger, lexicon, words, used_objects)
    if trigger.type is None:
        return None  # (a light verb's own row has no type; every other trigger has one)
    if _no_event_sense(token, trigger.type):
        return None
    if S.fact_admitted(token):
        # "conceded the situation is regrettable": a point conceded, and the fact no event of its own
        return Found(trigger.type, trigger.mode, token, words, dropped=True, absorbed=admitted(token))
    if S.fact_recognised(token):
        return None  # "seems to recognize his credibility problem": a fact seen, no one recognised or backed
    if S.electoral_gain(token, trigger.type) or S.nothing_done_to(token, trigger.type) or (
            trigger.type in ("SUPPORT", "REQUEST") and S.idea_object(token)):
        return None  # "stealing moderates", "defend the notion that ...", "the result X was seeking"
    if only_a_question(token):
        # "was asked about the attack", "asked whether he would deport ...": a question, no request, and
        # what it asks about is no event of its own
        asked = Found(trigger.type, trigger.mode, token, words, dropped=True)
        asked.absorbed = {t.i for c in token.children if c.dep_ == "ccomp" or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children) for t in c.subtree}
        for about in (c for c in token.children if c.dep_ == "prep" and not asked_question(token)):
            # "asked about the attack": no event with no doer named; "asked about his criticisms of X"
            # names one (its possessor's)
            asked.absorbed |= {t.i for t in about.subtree if NP.noun_actor(t) is None}
        return asked
    if trigger.role == "frame":
        return _frame_event(token, trigger, words, lexicon)
    if S.thing_undergone(token, trigger.type) or CP.supporters_rallied(token, trigger.type) \
            or S.charged_with_task(token):
        return None  # "hosted a debate", "released their totals", "rallied supporters"
    if trigger.type == "CONSULT" and token.lemma_.lower() in TOPIC_OBJECT_VERBS and S.no_partner(token):
        return None  # "was shown discussing his plan": a topic spoken of, no one consulted
    event = Found(trigger.type, trigger.mode, token, words)
    if trigger.type == "CONSULT" and token.lemma_ == "meet" and P.is_passive(token):
        return None  # "conditions have been met"
    if token.lemma_.lower() in ("talk", "speak") and P.prep_object(token, ("with", "to")) is None and any(
            c.dep_ == "prep" and c.lower_ == "about" for c in token.children):
        return None  # "we talk about it all the time": a topic, no one talked with
    if trigger.type == "ASSAULT" and S.shot_down(token):
        event.recipient, event.agentless = P.first_child(token, ("nsubj",)), True
        return finish_event(event, roles_set=True)  # '"US helicopter shot down," the spokesman said'
    if trigger.type == "ASSAULT" and token.dep_ == "conj" and S.shot_down(token.head) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in token.children):
        # '"US helicopter shot down and destroyed"': the conjoined participle shares the reduced passive
        event.recipient, event.agentless = P.first_child(token.head, ("nsubj",)), True
        return finish_event(event, roles_set=True)
    if _reduced_passive(token):
        # "Iran will strike back if attacked": the main clause's subject is the one attacked, no doer named
        event.recipient, event.agentless = subjects.subject(token.head), True
        return finish_event(event, roles_set=True)
    if trigger.type == "CONSULT" and S.thing_object(token):
        return None  # "visited the border", "met the deadline": CONSULT needs someone to consult
    if S.assumed_role(token):
        return None  # "took over as point man", "stepped in as chairman": a role assumed, no one seized
    if trigger.type == "RETREAT" and trigger.mode == "release" and S.thing_object(token, S.RELEASED_THINGS):
        return None  # "released videos": a release of things, not of prisoners
    if trigger.type == "COERCE" and S.seized_nothing(token):
        return None  # "it was Morrison who took over", "taking over his role": a succession, no seizure
    if trigger.type == "SUPPORT" and P.is_passive(token) and P.first_child(token, ("xcomp",)) is not None:
        return None  # "we're honoured to join", "pleased to announce": a feeling, not praise given
    if token.lemma_.lower() in ("help", "assist") and not S.someone_object(token) and not any(
            S.someone_object(c) for c in token.children if c.dep_ in ("xcomp", "ccomp")):
        return None  # "helped to show", "helping cut turbulence": no one is given help
    if token.lemma_.lower() in ("help", "assist") and not S.someone_object(token):
        # "helped establish a new government": the one helped into being is the recipient
        event.recipient = next((P.first_child(c, ("dobj",)) for c in token.children if c.dep_ in ("xcomp", "ccomp")
                                and S.someone_object(c)), None)
    if token.lemma_.lower() == "fire" and S.someone_object(token):
        return None  # "the minister was fired", "fired his aide": a dismissal (one fires at or on a target)
    if trigger.type == "ASSAULT" and S.accident(token):
        return None  # "killed in a helicopter crash": no one attacked
    if S.idea_struck(token, trigger.type):
        return None  # "struggled to hit upon a rationale": an idea found or voiced, no force
    if token.lemma_ == "demonstrate" and (P.is_passive(token) or P.first_child(token, ("dobj", "ccomp")) is not None):
        return None  # "demonstrated its resolve", "as demonstrated by": to show, not to protest
    if trigger.type == "CONSULT" and token.lemma_ == "receive":
        # "X received the visiting minister": the visitor is the actor, the host the recipient (PLOVER)
        event.actor, event.recipient = P.first_child(token, ("dobj",)), subjects.subject(token)
        if event.actor is None or not P.is_someone(event.actor) or event.actor.lower_ in THING_PRONOUNS:
            return None  # "received an inquiry", "received the award", "receiving it": a thing is no visitor
        return finish_event(event, roles_set=True)
    if trigger.type == "ASSAULT" and P.is_passive(token) and P.first_child(token, ("agent",)) is None:
        user = attack_of(token)
        if user is not None:
            # "who was killed in a 2011 U.S. drone strike": the strike's owner killed
            event.actor, event.recipient = user, targets.recipient(token)
            return finish_event(event, roles_set=True)
    reduced = reduced_passive(token)
    if reduced is not None:
        # "the Iranians released by the United States" parsed as a clause with "Iranians" its subject: the
        # "by" agent did it to them
        event.actor, event.recipient = reduced
        return finish_event(event, roles_set=True)
    undergoer = control.small_clause_undergoer(token)
    if undergoer is not None:
        # "X wants Y banned", "ordered Y arrested": Y undergoes the act the governing verb's subject wants done
        event.actor, event.recipient = subjects.subject(token.head), undergoer
        return finish_event(event, roles_set=True)
    if token.dep_ == "acl" and token.tag_ == "VBN" and P.first_child(token, ("dobj",)) is None:
        # "the four Americans killed in the attack", "prisoners freed by the rebels": the noun the
        # participle modifies underwent the act; its doer is the "by" agent, if any
        agent = P.first_child(token, ("agent",))
        event.actor = P.first_child(agent, ("pobj",)) if agent is not None else None
        event.recipient, event.agentless = token.head, agent is None
        return finish_event(event, roles_set=True)
    return finish_event(event)


def _light_verb_event(token, trigger: Trigger, lexicon: Lexicon, words: list, used_objects: set) -> Optional[Found]:
    """A light verb's event, named by its object noun ("launched attacks on X", "imposed sanctions", "held
    talks") or by the verb itself when its own row types it; None for "held a news conference", a campaign
    rally, "paid a visit to a prison" or "sent his sympathy"."""
    obj = P.first_child(token, LIGHT_OBJECT_DEPS)
    noun = (lexicon.noun(obj) or lexicon.state_of(obj)) if obj is not None else None
    if noun is not None and noun.type and S.public_address(obj):
        return None  # "held a news conference": a statement to reporters, no talks
    if noun is not None and noun.type == "PROTEST" and (CP.campaign_rally(obj) or CP.held_rally(obj)):
        return None  # "was holding his maiden rally", "holding multiple rallies a day": a campaign event
    if noun is not None and noun.type:
        used_objects.add(obj.i)
        etype, mode = noun.type, noun.mode
        if token.lemma_ in ("declare", "announce") and etype == "RETREAT":
            etype = "CONCEDE"  # a declared (not yet implemented) ceasefire or withdrawal
        if token.lemma_ in ("send", "deploy") and etype == "MOBILIZE":
            pass
        event = Found(etype, mode, token, sorted(words + [obj], key=lambda t: t.i))
        # "launched attacks on X", "imposed sanctions on X": the noun's or the verb's object
        event.recipient = P.prep_object(obj) or P.prep_object(token) or targets.recipient(token, skip=obj)
        if event.recipient is not None and event.recipient.i == obj.i:
            event.recipient = None
        if mode == "visit" and event.recipient is not None and event.recipient.lemma_.lower() in S.MET_THINGS:
            return None  # "paid a visit to a prison": a place seen, no one consulted
        return finish_event(event, roles_set=False, keep_recipient=True)
    given = _given_aid(token, obj)
    if given is not None:
        return given
    if not trigger.type or token.lemma_ not in LIGHT_WITH_OWN_TYPE:
        return None  # "sent his sympathy", "provided details": no event
    event = Found(trigger.type, trigger.mode, token, words, confidence=0.45)
    return finish_event(event)


def _no_event_sense(token, etype: str) -> bool:
    """Whether the verb is read in a sense that names no event: a modifier of a noun, a contest, a phrasal
    or naming sense, campaign language, or a non-act (``senses``, ``campaigning``, ``nonacts``)."""
    if token.dep_ in ("amod", "compound"):
        return True  # "a Russia-backed offensive": a modifier, not a clause
    if token.tag_ in ("VBG", "VBN") and token.head.pos_ in ("NOUN", "PROPN") and token.head.i > token.i:
        return True  # "the defending champion", "the attacked convoy": a modifier of the noun after it
    if S.participle_modifier(token):
        return True  # "leads by 271 pledged delegates" parsed as a verb: the delegates' status, no pledge
    if S.contest(token):
        return True  # "Russia beat Croatia 2-1", "the defending champion": sport, not force or support
    if S.as_opposed_to(token) or S.naming_call(token, etype) or S.thing_protected(token, etype):
        return True  # "as opposed to X", "called the decision a landmark", "protecting the Second Amendment"
    if S.phrasal_sense(token, etype):
        return True  # "seized on the controversy", "vowed to fight on", "backed out of the debate"
    if CP.campaign_targeting(token, etype) or CP.audience_appeal(token) \
            or CP.thing_obstructs(token, etype):
        return True  # "targeted Latino voters", "appeals to white voters", "hampered his ability"
    if NA.no_act(token, etype):
        return True  # "has always valued X", "helped convince voters", "speaking to reporters", "we need change"
    return False


def _given_aid(verb, obj) -> Optional[Found]:
    """A giving verb whose object is money or material help is AID to the one it goes to: "provided $2
    million in assistance to X", "sent a team of experts", "provided X with assistance"."""
    if verb.lemma_.lower() not in GIVING_VERBS or obj is None:
        return None
    to = P.prep_object(verb, ("to", "for"))
    goods = obj
    if not aid_goods(obj) and P.is_someone(obj):  # "provided Egypt with assistance"
        with_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        goods, to = (P.first_child(with_, ("pobj",)) if with_ is not None else None), obj
        if goods is None:
            return None
    if not aid_goods(goods):
        return None
    if to is None:  # "3 million euros in assistance to Malawi": the "to" of the goods
        to = next((P.first_child(t, ("pobj",)) for t in goods.subtree
                   if t.dep_ == "prep" and t.lower_ == "to" and P.first_child(t, ("pobj",)) is not None), None)
    event = Found("AID", None, verb, [verb], confidence=0.55)
    event.recipient = to or P.first_child(verb, ("dative",))
    return finish_event(event, keep_recipient=True)


NUMBERS = {"PERCENT", "MONEY", "CARDINAL", "QUANTITY", "DATE", "TIME"}
ALLEGATIONS = {"charge", "allegation", "accusation", "claim", "report", "rumour", "rumor", "involvement"}
AMOUNTS = {"PERCENT", "MONEY", "CARDINAL", "QUANTITY"}  # how much, not when
def _noun_event(token, trigger: Trigger, lexicon: Lexicon) -> Optional[Found]:
    """An event named by a noun ("the invasion of X", "talks with Y"): only with a participant."""
    if trigger.type is None:
        return None  # (only a light verb has no type of its own: ``_verb_event`` reads it with its object)
    if token.dep_ in LIGHT_OBJECT_DEPS and token.head.pos_ == "VERB" and lexicon.verb(token.head) is not None:
        return None  # read with its verb
    if CP.campaign_rally(token) or S.public_address(token):
        return None  # "at one of his rallies": a candidate's rally, no protest; "a news conference": no talks
    if NA.document_released(token, trigger.type):
        return None  # "the campaign's release announcing his role": a text made public, no one freed
    actor = NP.noun_actor(token)
    recipient = NP.noun_recipient(token) or (NP.opposed(token) if trigger.type == "PROTEST" else None)
    if actor is None:
        actor, recipient = NP.between(token) or (None, recipient)  # "talks between A and B": A with B
    visitor = NP.visitor(token)
    if visitor is not None:
        event = Found(trigger.type, "visit", token, _trigger_words(token, trigger), confidence=0.55)
        event.actor, event.recipient = visitor, actor
        event.absorbed = {t.i for t in visitor.head.subtree} if visitor.head.lemma_ == "visit" else set()
        return finish_event(event, roles_set=True)
    if (actor is None or kind_of_attacker(token, actor)) and trigger.type == "ASSAULT" \
            and (target := unclaimed_target(token)) is not None:
        # "the Paris terror attacks", "the shooting of police officers in Dallas": no doer named, the
        # attack recorded against what it was aimed at or where it happened (``unclaimed``)
        event = Found(trigger.type, trigger.mode, token, _trigger_words(token, trigger), confidence=0.5)
        event.recipient, event.agentless = target, True
        return finish_event(event, roles_set=True)
    if actor is None and recipient is None:
        return None
    if trigger.mode == "investigate" and recipient is None:
        return None  # "NASA's probe" (a spacecraft), "the investigation": whom it investigates is unnamed
    if trigger.role == "frame":
        return _noun_frame(token, trigger, lexicon, actor, recipient)
    event = Found(trigger.type, trigger.mode, token, _trigger_words(token, trigger), confidence=0.5)
    event.actor, event.recipient = actor, recipient
    # "the arrest of X", "anti-government protests", "X's release": the noun names whom it was done to, not the doer
    event.agentless = actor is None and (trigger.type in ("COERCE", "PROTEST")
                                         or recipient is not None and NP.undergoer_possessor(token) == recipient)
    return finish_event(event, roles_set=True)


#: frame nouns whose use with nothing asked for names no act: "broaden their appeal" (attraction)
BARE_SENSES = {"appeal"}


#: frame nouns that also name a danger ("the threat from X" is what X may do, not a threat X made)
DANGERS = {"threat", "warning"}


def _threatened_act(noun, lexicon: Lexicon) -> bool:
    """The threat names what is threatened: "veto threats", "threats of sanctions", "a threat to impose"."""
    for child in noun.children:
        if child.dep_ in ("compound", "nmod") and child.i < noun.i and child.lemma_.lower() in THREATENED_ACTS:
            return True
        if child.dep_ in ("acl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            what = P.first_child(child, ("pobj", "pcomp"))
            if what is not None and (lexicon.noun(what) is not None or what.pos_ == "VERB"):
                return True
    return False


#: what a threat names as its act in a modifier: "veto threats", "sanctions threats" (not "missile threats")
THREATENED_ACTS = {"veto", "impeachment", "shutdown", "lawsuit", "retaliation", "reprisal", "war", "sanction",
                   "tariff", "strike", "boycott", "embargo"}


def _asked_for(noun) -> bool:
    """The noun says what is asked: "an appeal for calm", "an appeal to X to leave", "appealed that ..."."""
    for child in noun.children:
        if child.dep_ in ("xcomp", "ccomp", "acl") or (child.dep_ == "prep" and child.lower_ == "for"):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(
                g.dep_ in ("xcomp", "acl") for p in child.children for g in p.children):
            return True
    return False


def _noun_frame(noun, trigger: Trigger, lexicon: Lexicon, actor, recipient) -> Optional[Found]:
    """A demand, request, threat or warning a noun names ("Russia's threats against Ukraine", "veto
    threats from the White House", "Obama's request for funding"): read as its verb's frame, but its doer
    is the noun's own (possessor, "by", "from"; ``noun_participants.noun_actor``), never a clause subject,
    and a "from" or "by" phrase names that doer, not whom it is aimed at. The doer must be named as such
    (possessor, "by", "from"): "Republican threats against X" may be dangers, not threats made; and an
    appeal with nothing appealed for is a candidate's attraction ("broaden their appeal"), no request."""
    if actor is not None and actor.dep_ != "poss" and actor.head.lower_ not in ("by", "from"):
        actor = None
    if noun.lemma_.lower() in BARE_SENSES and not _asked_for(noun):
        actor = None  # (its clause stays folded into it: "the appeal of change offered by X")
    if noun.lemma_.lower() in DANGERS and actor is not None and actor.head.lower_ == "from" \
            and not _threatened_act(noun, lexicon):
        actor = None  # "the threat from the Islamic State", "an existential threat to Israel from Iran": a danger
    event = _frame_event(noun, trigger, _trigger_words(noun, trigger), lexicon)
    if event is None or event.dropped:
        return event
    if event.recipient is not None and (event.recipient.i == getattr(actor, "i", None)
                                        or event.recipient.head.lower_ in ("from", "by")):
        event.recipient = recipient if recipient is None or recipient.i != getattr(actor, "i", None) else None
    event.actor = actor
    return event


def _frame_event(token, trigger: Trigger, words, lexicon: Lexicon) -> Optional[Found]:
    """REQUEST/REJECT/THREATEN/AGREE: the mode (and type, for promises) comes from the complement."""
    if trigger.type is None:
        return None  # (only a light verb has no type of its own: ``_verb_event`` reads it with its object)
    if token.lemma_.lower() == "commit" and not any(
            c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in token.children):
        return None  # "committing the assassination": to perpetrate, not to promise
    complement = targets.complement(token)
    inner = None
    if complement is not None:
        inner = _read(complement, lexicon, set()) if complement.pos_ in ("VERB", "NOUN", "PROPN", "AUX") else None
        if complement.dep_ == "pcomp" and complement.head.lower_ == "against":
            inner = None  # "warned X against attacking": the act warned against is the recipient's, not done
        if inner is not None and inner.dropped and not inner.irrealis_for:
            inner = Found(inner.type, inner.mode, inner.head, inner.trigger, inner.actor, inner.recipient)
    if trigger.pos == "ADJ" and complement is None:
        return None  # "open" without "to talks"
    if F.own_aim(token, complement):
        return None  # "seeking to amplify X's weaknesses": an aim, no request; its act is read on its own
    if complement is not None and S.fact_admitted(complement):
        # "refusing to concede that his backers ...": a point disputed, no refusal
        return Found(trigger.type, trigger.mode, token, words, dropped=True, absorbed=admitted(complement))
    if token.lemma_.lower() == "insist" and S.claim_clause(complement):
        return None  # "insisted that the leaders are too concerned": a claim (a statement), no demand
    denied = P.first_child(token, ("dobj",)) or complement
    if token.lemma_.lower() == "deny" and denied is not None and denied.lemma_.lower() in ALLEGATIONS:
        # "denied the allegations", "denied charges that it tortured ...": a denial of responsibility,
        # PLOVER REJECT (the manual's reading of CAMEO 016) aimed at whoever made the allegations, when
        # the text names them ("X's allegations", "charges by X"); what it denies is no event of its own
        event = Found("REJECT", None, token, words, confidence=0.5,
                      absorbed={t.i for t in token.subtree if t.i > token.i})
        event.recipient = owners.author(denied)
        return finish_event(event, frame=True)
    if (complement is not None and F.says_nothing(complement) and inner is None
            and complement.dep_ != "ccomp"):
        return None  # "declined to comment": a statement, not a rejection ("refused to provide aid" is one)
    if (complement is not None and (complement.like_num or complement.ent_type_ in NUMBERS)) or any(
            c.dep_ in ("dobj", "npadvmod") and c.ent_type_ in AMOUNTS for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ in ("to", "by") and any(g.ent_type_ in AMOUNTS for g in c.children)
            for c in token.children):
        return None  # "the index declined 0.3% on Monday": a quantity, not a refusal ("last week" is no amount)
    etype, mode = trigger.type, trigger.mode
    if trigger.type == "REJECT" and S.dismissed_as(token):
        # "dismissed Walker as an ineffective leader": a person characterised, CAMEO "DISMISS AS" 111
        # (PLOVER ACCUSE disapprove), no proposal refused
        event = Found("ACCUSE", "disapprove", token, words)
        event.actor, event.recipient = subjects.subject(token), P.first_child(token, ("dobj", "nsubjpass"))
        return finish_event(event, roles_set=True)  # the one dismissed is the one charged
    if trigger.type == "REJECT" and S.access_blocked(token, complement) is not None:
        etype, mode = S.access_blocked(token, complement)  # "blocked access to the internet"
        event = Found(etype, mode, token, words)
        return finish_event(event)
    named = lexicon.noun(complement) if complement is not None and complement.pos_ == "NOUN" else None
    if trigger.type == "AGREE" and F.view_held(token, complement):
        # "agreed on a moral responsibility to ...", "agreed that a president should ...": a view, and
        # what it is about no event of its own
        return Found(trigger.type, trigger.mode, token, words, dropped=True, absorbed=F.view_words(token))
    judgment = F.judgment_shared(token, complement) if trigger.type == "AGREE" else None
    if judgment is not None:
        # "he agrees Trump is a total opportunist": a judgment of Trump shared (an accusation when one of
        # contempt), no agreement between parties
        event = Found("ACCUSE", "disapprove", token, words, absorbed=_clause_of(complement), dropped=not judgment[0])
        event.recipient = judgment[1]
        return event if event.dropped else finish_event(event, frame=True)
    if trigger.type == "AGREE" and (opinion_shared(token, complement) or F.view_agreed(token, complement)):
        etype, mode = "SUPPORT", None  # "agreed with X that the tax was too high", "with X's remarks"
    elif trigger.type == "AGREE" and F.feeling_offered(token, complement):
        etype, mode = "SUPPORT", None  # "offered condolences to X": sympathy expressed, no promise
    elif inner is not None:
        etype, mode = frame_type(etype, inner.type, inner.mode)
        if token.lemma_.lower() == "offer" and etype == "THREATEN":
            etype, mode = "AGREE", None  # "offered to send troops": an offer is no threat
    elif named is not None and named.type and named.role != "frame":
        etype, mode = frame_type(etype, named.type, named.mode)  # "threatened sanctions against X"
    elif complement is not None and complement.lemma_ in MEETING_NOUNS:
        mode = "meet"  # "called for talks", "open to contacts for talks"
    elif trigger.pos == "ADJ":
        return None
    elif S.thing_offered(token, complement) and not aid_goods(complement):
        return None  # "offered a response", "proposed a new tax"
    caution = C.warning_reading(token, complement) if etype == "THREATEN" and inner is None else None
    if caution == C.NO_EVENT:
        return None  # "warned that nobody can win without them": a remark about the world, no threat
    if caution is not None:
        etype, mode = caution  # "warned the Fed not to act" (REQUEST), "warned about X" (ACCUSE)
    if etype is None:
        return None
    event = Found(etype, mode, token, words)
    if complement is not None:
        event.absorbed = _clause_of(complement)
        if complement.dep_ in ("xcomp", "acl") and complement.head.dep_ == "dobj" and complement.head.head.i == token.i:
            event.absorbed.add(complement.head.i)  # "declined an offer to send troops": the offer is refused
    event.recipient = targets.frame_recipient(token, complement, inner.recipient if inner is not None else None)
    if (event.recipient is None or event.recipient.ent_type_ in ("DATE", "TIME")) and complement is not None \
            and complement.dep_ == "advcl":
        event.recipient = for_to_subject(complement)  # "called Tuesday for X to resign": X
    if etype == "AGREE" and inner is None and F.empty_vow(token, complement, event.recipient):
        return None  # "vowed to win back the public's trust": resolve, no promise to anyone
    if etype == "THREATEN" and inner is None and not threatened_someone(token, complement, event.recipient, lexicon):
        return None  # "threaten the viability of farms", a health warning: no one is threatened with harm
    if trigger.pos == "ADJ":
        event.actor = subjects.subject(token.head if token.dep_ == "acomp" else token)
        return finish_event(event, roles_set=True)  # "stands ready to support X": the promise (PLOVER AGREE) was made
    return finish_event(event, frame=True)
