"""PLOVER events: who did what to whom, when and where — only events an analyst can count on.

The package: ``lexicon`` (which words name which events: the CAMEO verb dictionary's patterns and our
own additions), ``patterns`` (trigger, frame and participant words read from the parse), ``frames``
(what a frame verb's complement makes of it: its type, a shared view, a fact conceded), ``objects``
(verbs whose object or phrase decides the event: "withdrew the bill", "called it a sham"), ``recall``
(words the tables miss: "questioned the determination", "portrayed X as reckless", "police shootings"),
``evaluations`` (what a speaker says of someone in strongly negative words: "X has failed", an accusation), ``senses``
(uses of a trigger word that name no event: a deadline met, a video released, an accident), ``modality``
(negated / hypothetical / intended), ``orders`` (imperatives, who an order is given to, whose act is
wished for), ``participants`` (which words can be participants: someone, a place aimed at),
``subjects`` and ``control`` (the doer's word), ``targets`` (the word acted on), ``owners`` (whose a
thing is, who made a claim), ``actors`` (those
words -> actors of the final actor index, read-only), ``salience`` (the article's own state, which a bare
"the government" or "the country" stands for) and ``classifier`` (re-weighs confidence only).

This module ties each event the patterns read to the article's other findings, and keeps only events
with a political actor as their doer:

- actor and recipient words -> actors (``ActorLookup.resolve``; a phrase that is no actor of the index
  is no actor). The doer must be a political actor: a person with a known role, country or affiliation,
  a country, government, organisation or coded group. "Oil production beat forecasts" has no doer;
  "he was later fired" has none in its clause. An agentless passive ("the senator was arrested", "X
  faced criticism") is kept with no actor when whom it happened to is a political actor or a named
  person; "we" in a quotation is the speaker. A company's act with no government side (a bid, a product,
  a purchase) is no event. The types PLOVER says require a recipient (``DYADIC``)
  need a recipient actor; an assault or coercion with none acts on someone or somewhere, not a thing;
- reported speech -> the statement (``Event.statement``); a wished-for act of someone else inside a
  statement ("the only way ... was for Putin to pull out his troops") is a REQUEST from the speaker; a
  verbal event (an accusation, a demand, a threat, a rejection) with no doer in its clause is the
  speaker's; the speaker is never the doer of a material act they report;
- an order outside a quotation ("Share it with a friend!") is page furniture, not a REQUEST;
- modality: ``negated``, ``hypothetical``, ``intended`` from ``modality``;
- date: the date that modifies the trigger's clause ("annexed in September" -> 2022-09); no date when
  the clause is marked as earlier history without one ("Previously, X demanded ..."); else the
  statement's date, else the publication date;
- place: a place the clause says the event happened in ("in Kherson", "the invasion of Donetsk");
- confidence: the pattern's, weighed with the sentence classifier's belief in the event's quad class.
  The classifier never makes an event of its own;
- when asked (``Settings.event_recipients``, off by default), ``recipients`` (a model learned from
  ConfliBERT's gold target spans) may name a recipient the rules left unnamed, from the sentence's other
  actors; the doer's phrase keeps the bounds the rules' recipient gave it;
- when given one (``triggers``; none by default: no model has passed its gate yet), a learned proposer
  (``proposals``) proposes triggers for words the tables miss; they pass every rule above like any other;
- last, unless switched off (``Settings.event_realness``, on by default), ``realness`` (a model learned from our
  reviewers' judgements) drops candidates unlikely to be real events; it never makes an event either;
- then ``confidence`` (a model learned from our reviewers' verdicts of type, doer and recipient) gives each
  event its ``certainty`` of being fully right; below the threshold it is left out of the default views
  (``Event.passes_gate``) unless ``Settings.event_gate`` is off. It changes no event;
- two readings of one event in a sentence (the same trigger, or the same doer, type and recipient) are one
  event, its first reading (``readings``); it passes the gate when a kept reading of the same act in other
  words does, so that a first reading the gate leaves out no longer takes the act out of the default view.
"""
from __future__ import annotations

from typing import NamedTuple, Optional, TypeGuard

from newsgraph.analyze.dates import date_of_sentence, dates_in
from newsgraph.analyze.events import classifier as event_classifier
from newsgraph.analyze.events import confidence as confidence_gate
from newsgraph.analyze.events import proposals as trigger_proposals
from newsgraph.analyze.events import realness as realness_model
from newsgraph.analyze.events import recipients as recipient_chooser
from newsgraph.analyze.events import said_of  # the module: a function bound over it hides it from dotted imports
from newsgraph.analyze.events.actors import (
    best_recipient,
    foreign_target,
    participant,
    place_target,
    with_conjuncts,
)
from newsgraph.analyze.events.attacks import FIGHTS_ON_THINGS, MUNITIONS, WEAPONS, fighting_words, verbal_attack
from newsgraph.analyze.events.doers import (
    HOSTILE,
    STATE_SECTORS,
    UNDERGONE,
    VIOLENT,
    business,
    government_side,
    is_political,
    own_country,
    undergoer,
)
from newsgraph.analyze.events.forces import moved_forces
from newsgraph.analyze.events.found import Found
from newsgraph.analyze.events.lexicon import QUAD, RECIPROCAL, VERBAL
from newsgraph.analyze.events.orders import disapproved
from newsgraph.analyze.events.owners import author, owner, someones_body
from newsgraph.analyze.events.participants import TARGET_PLACES, apposed_person, first_child, is_passive, is_someone
from newsgraph.analyze.events.patterns import SUFFERING_VERBS, find_in_sentence
from newsgraph.analyze.events.polarity import REQUEST_MODE
from newsgraph.analyze.events.pronouns import other_than_speaker, quoted_other, quoted_third_person
from newsgraph.analyze.events.readings import Readings
from newsgraph.analyze.events.recall import load as load_lexicon
from newsgraph.analyze.events.recall import with_proposer
from newsgraph.analyze.events.references import antecedent
from newsgraph.analyze.events.reported_doers import reported_doer, statement_speakers
from newsgraph.analyze.events.roles import named_id
from newsgraph.analyze.events.said_of import TAKEN_UP_BY, earlier_act_maker, taken_up
from newsgraph.analyze.events.salience import ListedActors, Salience
from newsgraph.analyze.events.senses import COURTS
from newsgraph.analyze.events.spans import argument_span, named_before, noun_phrase
from newsgraph.analyze.events.subjects import issuer
from newsgraph.analyze.events.targets import blamed_on, struck_thing
from newsgraph.analyze.span_index import SpanIndex
from newsgraph.model import Actor, Event, Span, Statement
from newsgraph.nlp.text import spans_of

EARLIER = {"previously", "earlier", "formerly", "once", "before", "already"}
PLACE_PREPS = {"in", "at", "near", "inside", "outside", "across", "around", "throughout"}
MATERIAL = {"COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
#: types whose section in the PLOVER manual says "Requires recipient: Yes", without a recipient actor no
#: event; but AID, which news often reports as money given for a purpose ("provided $2 million to help
#: refugees"), is kept with the recipient unnamed. The others may be one-sided ("X called for calm",
#: "militants attacked a convoy", "doctors went on strike")
DYADIC = {"COOPERATE", "SANCTION"}
#: material acts whose object must be someone or a place when no recipient actor is found: "beat
#: forecasts", "fired a shot of whisky" are no assaults
STRIKING = {"ASSAULT", "COERCE"}
STATEMENT_MARGIN = 1.2  # an event must be this much likelier than "only a statement" ...
STATEMENT_CAP = 0.35  # ... or its confidence stays at most this
#: verbal acts aimed at a political actor that are events whoever the doer is (a commentator, "some",
#: "Jewish groups"): the blind labels of 140 PolNeAR tune documents count them (README "Events")
AIMED_AT_POLITICS = {"ACCUSE"}
#: verbal acts that are events when a named person, organisation or group does them to a political actor,
#: though the index knows no role of the doer: an endorsement or backing of a candidate by a donor, a union
#: or "progressive organizations" ("X endorsed Sanders", "Y supports Trump 100 percent"); the blind labels
#: of the released sets list such doers' acts as missed events (README "Events")
BACKING_POLITICS = {"SUPPORT"}


def find_events(doc, actors, statements, dates, places, published: Optional[str], *,
                realness: bool = False, gate: Optional[bool] = None,
                recipients: Optional[recipient_chooser.Chooser] = None,
                triggers: Optional[trigger_proposals.Proposer] = None,
                gate_model: Optional[confidence_gate.ConfidenceModel] = None) -> list[Event]:
    """Every event the article states, in text order, numbered E1, E2, ...; ``actors`` is the final
    actor index (``stages.ActorLookup``); ``realness``: drop the candidates the learned filter
    (``realness``) judges unlikely to be real events; ``gate``: give each event the confidence gate's
    ``certainty`` and mark those below its threshold (True) or none (False); None: no certainty;
    ``gate_model``: the confidence model that rates them (None: the shipped one, ``confidence.load()``);
    ``recipients``: the chooser that re-ranks the rules' recipient against the sentence's other actors
    (``recipients.load()``; None: the rules');
    ``triggers``: the learned model that proposes triggers for words the tables miss
    (``proposals.Proposer``; None: the tables' words only)."""
    lexicon = load_lexicon()
    if triggers is not None:
        lexicon = with_proposer(lexicon, triggers)
    model = realness_model.load() if realness else None
    classifier = event_classifier.load()
    listed = ListedActors(actors.to_list())
    dates = sorted(dates or (), key=lambda d: d.start)  # in order of position (as find_dates gives them)
    place_of = _place_index(doc, places)
    salience = Salience(actors)
    parts = _statement_index(statements)  # the statements' parts, looked up by position for each event
    speakers = statement_speakers(statements)  # a he/she source's speaker, for an event it is the doer of
    readings = Readings()  # each event with the other readings of it its sentence gave, until the filters choose
    in_sentence: dict = {}  # each sentence's actor phrases, found once for the recipient chooser
    for sent in doc.sents:
        found = find_in_sentence(sent, lexicon)
        if not found:
            continue
        quads = classifier.quad_probabilities(sent.text) if classifier else None
        dated = dates_in(dates, sent)  # the sentence's own: all a date of it is chosen from
        here = [_event(doc, sent, item, actors, listed, parts, dated, place_of, published, quads,
                       salience, recipients, in_sentence, speakers) for item in found]
        readings.add_sentence([e for e in here if e is not None])
    events = readings.all()
    said = list(statements or ())
    real: Optional[list[float]] = None  # the realness model's probabilities, found once for the filter and the gate
    kept: Optional[set[int]] = None
    if model is not None:
        pairs = realness_model.kept(events, realness_model.probabilities(doc, events, listed, said, model), model)
        events, real = [e for e, _ in pairs], [p for _, p in pairs]
        kept = {id(e) for e in events}
    if gate is not None:
        rater = confidence_gate.load() if gate_model is None else gate_model
        confidence_gate.rate(doc, events, listed, said, rater, realness_model.load(), gate, real)
    events = readings.chosen(kept)
    for number, event in enumerate(events, start=1):
        event.id = f"E{number}"
    return events


def _overlap(a: Optional[Span], b: Optional[Span]) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


#: means of force that stand for whoever uses them ("Israeli jets struck ...": PLOVER codes Israel)
MEANS = {"jet", "warplane", "aircraft", "plane", "drone", "helicopter", "tank", "artillery", "ship", "warship",
         "vessel", "gunboat", "missile", "rocket", "bomber", "fighter", "submarine", "navy", "unit", "battalion"}

#: what a verbal act can be made in: its author is the doer ("the group's letter accused X of ...")
DOCUMENTS = {"letter", "statement", "report", "communique", "communiqué", "resolution", "declaration", "memo",
             "tweet", "post", "editorial", "complaint", "petition", "note", "message", "ruling", "verdict",
             "motion", "bill", "lawsuit", "suit", "filing", "indictment", "order", "decree", "proposal", "plan",
             "response", "reply", "announcement", "appeal", "email", "video", "speech", "interview",
             # campaign advertising: "a new ad by the Cruz campaign accuses X of ...", "X's spot criticizes Y"
             "ad", "advertisement", "commercial", "spot", "mailer"}


def _doer_word(token) -> bool:
    """Whether the word in the doer's place names someone (a person, group, organisation, country,
    pronoun) or the means they act with, not a thing ("tariffs", "the policy", "production")."""
    return is_someone(token) or token.lemma_.lower() in MEANS or token.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") \
        or someones_body(token)


#: nouns of a resolve whose infinitive is the act resolved on: its owner is the doer ("Obama's decision to
#: take in refugees", "the government's plan to impose a curfew")
RESOLUTIONS = {"decision", "plan", "move", "effort", "attempt", "bid", "push", "promise", "pledge", "vow",
               "commitment", "intention", "determination", "resolve", "readiness", "willingness", "choice"}


def _resolved_act(found: Found) -> bool:
    """The event is the infinitive of a noun of resolve that its doer word is ("X's decision to ...")."""
    return (found.actor is not None and found.actor.lemma_.lower() in RESOLUTIONS and found.head.dep_ == "acl"
            and found.head.head.i == found.actor.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in found.head.children))


#: aircraft and missiles: what is shot down, never the shooter when the clause names nothing downed
AIRBORNE = {"jet", "warplane", "aircraft", "plane", "drone", "helicopter", "bomber", "fighter", "missile", "rocket",
            "airliner", "chopper", "uav"}


def _downed(found: Found) -> bool:
    """"X helicopter shot down": an aircraft as the subject of "shot/brought down" with no object."""
    if found.actor is None or found.actor.lemma_.lower() not in AIRBORNE:
        return False
    head = found.actor.head  # the verb the aircraft is the subject of
    if found.head.i != head.i and not (found.head.dep_ == "advcl" and found.head.head.i == head.i
                                       and found.head.tag_ == "VBG"):
        return False  # only the downing itself and its result ("..., killing two"), not "trying to raid"
    return (found.actor.dep_ == "nsubj" and head.lemma_.lower() in ("shoot", "bring")
            and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in head.children)
            and not any(c.dep_ in ("dobj", "nsubjpass", "agent") for c in head.children)
            and not any(c.dep_ == "aux" for c in head.children))


def _each_other(token) -> bool:
    """The recipient phrase is "each other" / "one another" (or their possessive)."""
    if token is None:
        return False
    words = {t.lower_ for t in token.subtree}
    return ("each" in words and "other" in words) or ("one" in words and "another" in words)


GENERIC_OPPOSED = {"government", "regime", "state", "establishment"}  # "anti-government protests"
#: sectors of a state's own bodies: what they act on is another state, not their own
REFLEXIVE = {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"}
FIRST_PERSON = {"i", "we", "me", "us", "myself", "ourselves"}


def _first_person(token) -> bool:
    """A first-person pronoun: inside reported speech it is the speaker (or the side they speak for)."""
    return token is not None and token.pos_ == "PRON" and token.lower_ in FIRST_PERSON


def _named(token, span: Optional[Span]) -> bool:
    """Whether the doer word is itself part of the name the actor index resolved ("President Ruto",
    a name the tagger did not mark as a person), not a thing with a name inside ("Chinese tariffs")."""
    return span is not None and token.pos_ == "PROPN" and span.start <= token.idx < span.end


#: what is fired or thrown: the means of an attack, not what it is aimed at
SHOOTING = {"fire", "shoot", "throw", "hurl", "lob", "launch", "use", "spray"}

#: what people do that a ban or restriction may stop ("a ban on rallies", "restrictions on travel")
RESTRICTED_ACTIVITIES = {"rally", "protest", "demonstration", "gathering", "assembly", "march", "meeting", "strike",
                         "travel", "flight", "import", "export", "trade", "entry", "visa", "movement", "broadcast",
                         "internet", "website", "publication", "sale", "worship", "prayer", "vote", "election",
                         "campaign", "speech", "activity", "activities"}

#: places a restriction is imposed on ("a curfew on the capital", "a lockdown in the province")
AREAS = TARGET_PLACES | {"capital", "country"}


def _struck_someone_or_somewhere(found: Found) -> bool:
    """A material act with no recipient actor is one only when what it acts on is someone, a place or a
    building, or nothing is named ("rebels attacked"), not a thing ("beat forecasts")."""
    target = found.recipient
    shared = _shared_object(found.head) if target is None else None
    if shared is not None:  # "killed and ate a rabbit": someone or somewhere, as its own object would be
        return is_someone(shared) or shared.lemma_.lower() in AREAS or shared.ent_type_ in ("GPE", "LOC", "FAC")
    if target is not None and target.lemma_.lower() in MUNITIONS and found.head.lemma_.lower() in SHOOTING:
        return True  # "police fired teargas (to break up protests)": the means, the target unnamed
    if target is not None and found.type == "COERCE" and target.lemma_.lower() in RESTRICTED_ACTIVITIES:
        return True  # "imposed a ban on rallies": whoever would rally is restricted, unnamed
    return (target is None or is_someone(target) or struck_thing(found, target) or target.ent_type_ in ("GPE", "LOC", "FAC")
            or target.dep_ == "pobj" and target.lemma_.lower() in AREAS)  # "a curfew on the capital"


def _shared_object(verb):
    """The object a verb shares with the verb conjoined after it, when it has none of its own: "killed
    and ate a wild rabbit" (the parse hangs "a rabbit" on "ate")."""
    if first_child(verb, ("dobj", "nsubjpass")) is not None:
        return None
    return next((first_child(c, ("dobj",)) for c in verb.children
                 if c.dep_ == "conj" and c.pos_ == "VERB" and first_child(c, ("nsubj",)) is None), None)


def _run_in_partners(doer) -> list:
    """Names joined by "and" that the parse hung inside the doer's phrase ("Trump and Chinese leader Xi"
    read as one modified name): the other parties of a joint act."""
    return [t for t in doer.subtree if t.i < doer.i and (t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE")
                                                         or t.text[:1].isupper())
            and t.dep_ in ("amod", "compound", "nmod") and any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children)]


#: what a speaker does by saying it with no doer in its clause ("X is absolutely wrong", "Y has failed to
#: act", "his government is committed to ..."). Not support: a doerless "supporting X", "to support X",
#: "would love his support" in someone's words is as a rule someone else's (6 of 6 such SUPPORT rows on the
#: 36 hunting and 24 evlab11 PolNeAR documents named a wrong doer)
SPEAKERS_ACTS = VERBAL - {"SUPPORT"}


def _name_under_pronoun(found: Found) -> bool:
    """The doer is a subject pronoun and the recipient a name inside that pronoun's clause ("he would not
    back Trump"): the two cannot be one person (a pronoun is not coreferent with a name it c-commands)."""
    pronoun, named = found.actor, found.recipient
    if pronoun is None or named is None or pronoun.pos_ != "PRON" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if named.pos_ != "PROPN" and named.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    return named in pronoun.head.subtree and named.i > pronoun.i


def _event(doc, sent, found: Found, actors, listed: dict, statements, sentence_dates, place_of, published,
           quads, salience: Salience, chooser: Optional[recipient_chooser.Chooser] = None,
           in_sentence: Optional[dict] = None, speakers: Optional[dict] = None) -> Optional[Event]:
    statement = _statement_at(statements, found.head.idx)
    etype, mode = found.type, found.mode
    negated, hypothetical, intended = found.negated, found.hypothetical, found.intended
    actor, actor_span = _doer(found, actors, statement, speakers)
    territory = place_of if etype in MATERIAL else None
    recipient, recipient_span = best_recipient(found, actors, actor, territory)
    if recipient is None and etype == "ACCUSE" and blamed_on(found.head) is not None:
        return None  # "blamed the decline on the economy": the fault laid on no actor, not on the decline's owner
    if recipient is None and etype == "ACCUSE" and (said := said_of.said_of(found.head)) is not None:
        # "Lashing out, X said the justice's mind is shot": whom the doer's words are about
        about = participant(said, actors, avoid=actor, someone_only=True)
        if about[0] is not None:
            recipient, recipient_span = about
    if recipient is None and etype in ("ACCUSE", "REJECT") and (earlier := taken_up(found.recipient)) is not None:
        # "The agency concluded ... . Lawmakers questioned that determination": the agency
        maker = participant(earlier, actors, avoid=actor, someone_only=True)
        if maker[0] is not None:
            recipient, recipient_span = maker
    if recipient is None and etype in TAKEN_UP_BY and (made := earlier_act_maker(antecedent(found.recipient))) is not None:
        # "Trump proposed a ban ... . Y slammed the proposal": whose act the thing taken up is
        maker = participant(made, actors, avoid=actor, someone_only=True)
        if maker[0] is not None:
            recipient, recipient_span = maker
    if recipient_span is None and territory:
        # a material act with no one named as its target, done in a place: that place's country
        # ("imposed a curfew in Ahmedabad", "deployed rescue teams in Haiti"), as CAMEO coders do
        recipient, recipient_span = place_target(found.head, actors, territory, actor, found.trigger)
    actor, actor_span, recipient, recipient_span = _joint_act(doc, found, actors, listed, actor, actor_span,
                                                              recipient, recipient_span)
    downed = _downed(found)
    if downed:
        # "Russian helicopter shot down over X" (a headline's passive without "was"): the aircraft is
        # what was downed; its owner is the recipient, the shooter is not named
        recipient, recipient_span = participant(found.actor, actors)
        actor, actor_span = None, None
    if found.imperative or found.irrealis_for is not None:
        # an order ('"Withdraw your troops," he said') or a wish for someone else's act ("the only way
        # ... was for Putin to pull out"): the speaker's REQUEST; outside a statement it is no event
        if statement is None or statement.speaker is None:
            return None
        if found.irrealis_for is not None and disapproved(found.head):
            etype, mode = "ACCUSE", "disapprove"  # "it was inappropriate for X to criticize Y": X blamed
            recipient, recipient_span = participant(found.irrealis_for, actors, someone_only=True)
        elif found.irrealis_for is not None:
            etype, mode = "REQUEST", REQUEST_MODE.get(found.type, "change")
            recipient, recipient_span = participant(found.irrealis_for, actors, someone_only=True)
        actor, actor_span = statement.speaker, statement.source
        negated = hypothetical = intended = False  # the demand itself was made
    elif actor is None and found.actor is None and statement is not None and etype in SPEAKERS_ACTS \
            and found.head.lemma_.lower() not in SUFFERING_VERBS and found.head.pos_ not in ("NOUN", "PROPN") \
            and not (found.agentless and (etype in UNDERGONE or first_child(found.head, ("nsubjpass",)) is not None)):
        # (not for an act suffered: '"I received death threats," he said' - the speaker is its recipient;
        # nor for an agentless passive: '"I've been criticized for this," he said' - no doer named; nor for
        # an act a noun names: '"The criticism of our party is unfair," he said' - someone else's)
        # an accusation, demand, threat or rejection said with no doer in its clause: the speaker's
        actor, actor_span = statement.speaker, statement.source
    elif actor is None and _first_person(found.actor) and statement is not None and statement.speaker:
        # '"We will not accept ...," the minister said': the speaker (for their side) is the doer
        actor, actor_span = statement.speaker, statement.source
    if recipient is None and _first_person(found.recipient) and statement is not None and statement.speaker:
        recipient, recipient_span = statement.speaker, statement.source  # '"They attacked us," he said'
    elif statement is not None and recipient in (None, statement.speaker) and quoted_third_person(
            found.recipient, statement.speaker, participant(found.recipient, actors)[0]):
        # '"When I came down, I greeted him," the pope said': "him" is not the pope (read as the index reads
        # the pronoun: the chooser, told the doer is the speaker, may have put another name in its place)
        recipient, recipient_span = quoted_other(found.recipient, actors, statement.speaker)
    if found.actor is not None and not downed and not _doer_word(found.actor) and not _named(found.actor, actor_span):
        user = owner(found.actor) if etype in STRIKING and found.actor.lemma_.lower() in WEAPONS else None
        if etype in VERBAL and found.actor.lemma_.lower() in DOCUMENTS:
            # "the group's letter accused ...", "a statement from the ministry condemned ...": the author
            user = author(found.actor)
            signer = issuer(found.actor)
            if signer is not None and (user is None or participant(user, actors)[0] is None):
                user = signer  # "he signed an executive order that restores ...": the signer's act
        if user is None and _resolved_act(found):
            user = owner(found.actor)  # "Obama's decision to take in refugees": Obama takes them in
        if user is not None:
            # "U.S. airstrikes killed dozens", "Russia's missiles hit the port": whoever uses the weapon
            actor, actor_span = participant(user, actors)
        elif actor_span is not None:
            return None  # a thing as doer ("farmers hit by Chinese tariffs", "a policy favoring trade")
    if recipient is not None and recipient not in listed:
        recipient = None
    actor, actor_span, recipient, recipient_span = _stand_ins(found, actors, listed, salience, downed, actor, actor_span,
                                                              recipient, recipient_span)
    political_doer = _political_doer(found, etype, actor, actor_span, recipient, listed, downed)
    if political_doer is None:
        return None  # no political actor as doer: "production", "yield", "the deal", "a man"
    actor, actor_span = political_doer
    actor, recipient = named_id(actor, listed), named_id(recipient, listed)  # "Judge blocks ...": the judge named
    if actor == recipient or _overlap(actor_span, recipient_span):
        # the doer is never its own recipient, nor are words of the doer's phrase ("an effort supported by
        # Obama and House leaders": the effort's author is the supporter)
        recipient, recipient_span = None, None
    other = listed.get(recipient)
    if actor is not None and (business(listed[actor], etype) and not government_side(other)
                              or listed[actor].sector == "BUS" and other is not None and other.sector == "BUS"
                              and (listed[actor].kind != "person" or etype != "ACCUSE")):
        return None  # a company's bid, purchase, product or contract, an owner's order to his company: no
        # PLOVER event (a business person's criticism of a company is one: "Trump criticized Ford for ...")
    if etype == "REQUEST" and actor is not None and listed[actor].sector == "MED" and not government_side(other):
        return None  # "doctors urged patients to drink more water": health advice, no demand
    if etype in VERBAL and own_country(listed.get(actor), listed.get(recipient), etype):
        # an ambassador does not threaten his own state: whom his state's act is aimed at, if named
        recipient, recipient_span = foreign_target(found, actors, listed[actor])
    if etype in DYADIC and recipient is None:
        return None  # an act on no one the article names as an actor
    if mode == "investigate" and recipient is None and _health_matter(found.recipient):
        return None  # "an epidemiological investigation into the outbreak": no one is suspected
    if found.recipient is not None and found.recipient.lower_ in REFLEXIVE and (etype not in HOSTILE
                                                                             or not _blown_up(found.head)):
        return None  # "wearing masks to protect themselves": no one else is helped or supported; "enjoys shooting
        # himself in the foot", "threatened to kill himself": force on oneself is no interaction (a bomber who
        # "blew himself up" attacked those around him)
    if etype in STRIKING and recipient is None and recipient_span is None and not _struck_someone_or_somewhere(found):
        return None
    if mode == "convict" and actor in listed and listed[actor].sector != "JUD" and found.actor is not None \
            and found.actor.lemma_.lower() not in COURTS:
        etype, mode = "REJECT", None  # "he struck down the ban" by no judge: a law undone, no court ruling
    if etype == "ASSAULT" and verbal_attack(found, listed.get(actor), listed.get(recipient)):
        etype, mode = "ACCUSE", "disapprove"  # "the senator attacked the governor over her emails"
    elif etype == "ASSAULT" and (recipient is None and fighting_words(found, listed.get(actor)) or _thing_struck(found)
                                 and fighting_words(found, listed.get(actor), FIGHTS_ON_THINGS)):
        return None  # '"We will fight back," the senator said': a campaign's fight, no force used; "his broad
        # assault on the corrupting influence of money and corporate America": a thing fought in words, whoever
        # a word inside its phrase names
    confidence = _confidence(found, etype, quads)
    ruled = (recipient, recipient_span)
    if chooser is not None:
        # the learned chooser may prefer another actor of the sentence, or none, to the rules' recipient
        context = recipient_chooser.Context(sent, found.head, etype, actor, actor_span, statement,
                                            found.actor)
        offered = recipient_chooser.sentence_candidates(sent, actors, in_sentence if in_sentence is not None else {})
        chosen = chooser.choose(context, recipient_chooser.candidates(
            context, recipient_chooser.Candidate(recipient, recipient_span, rule=True), offered, listed))
        recipient, recipient_span = chosen.actor, chosen.span
    if recipient_span is not None and sent.start_char <= recipient_span.start and recipient_span.end <= sent.end_char \
            and moved_forces(etype, mode, found.head, doc.char_span(recipient_span.start, recipient_span.end,
                                                              alignment_mode="expand"),
                             listed[actor].country if actor in listed else None):
        recipient, recipient_span = None, None  # "called for 9,000 troops": what is asked for, not whom
    chosen_by = "chooser" if recipient is not None and (recipient, recipient_span) != ruled else None
    # the doer's phrase is widened as the rules' recipient bounds it: the chooser only moves the recipient
    widened = _phrases(doc, sent, found, actor_span, ruled[1], listed.get(actor), listed.get(ruled[0]))
    if (recipient, recipient_span) != ruled:
        widened = (widened[0], _phrases(doc, sent, found, actor_span, recipient_span, listed.get(actor),
                                        listed.get(recipient))[1])
    actor_span, recipient_span = widened
    return Event(
        id="", type=etype, mode=mode, actor=actor, recipient=recipient,
        actor_span=actor_span, recipient_span=recipient_span,
        date=_date(sent, found, sentence_dates, statement, published),
        place=_place(found, place_of, etype),
        trigger=_trigger_span(doc, found.trigger), evidence=_sentence_span(sent),
        statement=statement.id if statement is not None else None,
        confidence=round(min(confidence, 0.99), 3),
        negated=negated, hypothetical=hypothetical, intended=intended, recipient_by=chosen_by,
    )


def _doer(found: Found, actors, statement, speakers):
    """(actor id, span) of the doer the clause names, read as its statement reads it: the person apposed
    to a body, a quoted third person who is not the speaker, a reported "he" as its reporter, a first
    person as the speaker; never the person the doer pronoun's own clause names."""
    actor, actor_span = participant(found.actor, actors, doer=True)
    named = participant(apposed_person(found.actor), actors)
    if named[0] is not None and named[0] != actor:
        actor, actor_span = named  # "pressed by CNN's host, Maria Lenz": Lenz, not CNN
    if statement is not None and quoted_third_person(found.actor, statement.speaker, actor):
        actor, actor_span = other_than_speaker(found.actor, actors, statement.speaker)
    reporter = reported_doer(found.actor, statement, actors, speakers)
    if reporter is not None:
        actor, actor_span = reporter  # "X, alleging that Obama wanted ..., said he would deport": X
    if actor is None and _first_person(found.actor) and statement is not None and statement.speaker:
        # '"I fully support and endorse his re-election," X said': the speaker, known before the recipient
        # is read (whose "his" is then someone other than the speaker)
        actor, actor_span = statement.speaker, statement.source
    if actor is not None and _name_under_pronoun(found) and participant(found.recipient, actors)[0] == actor:
        # "their candidate announced he would not back Trump": a subject pronoun is never the person its
        # own clause names (binding principle C); whom else it takes up, or no doer
        actor, actor_span = participant(found.actor, actors, avoid=actor, doer=True)
    return actor, actor_span


def _joint_act(doc, found: Found, actors, listed: dict, actor, actor_span, recipient, recipient_span):
    """(actor, actor span, recipient, recipient span) of an act done together or to each other ("A and B
    agreed to ...", "A and B attacked each other's policies"): as a dyad, the first named is the actor and
    the next the recipient."""
    etype = found.type
    if found.actor is not None and _each_other(found.recipient):
        # "A and B attacked each other's policies": each is the other's recipient; as a dyad, B
        partners = [c for c in found.actor.conjuncts if c.i > found.actor.i and is_someone(c)]
        recipient, recipient_span = (participant(partners[0], actors, avoid=actor) if partners else (None, None))
    if recipient_span is None and etype in RECIPROCAL and found.actor is not None:
        # "A and B agreed to ...", "A and B held talks": a joint act of the conjoined doers; as a dyad
        # (one actor, one recipient) the first is the actor and the others the recipient
        partners = [c for c in found.actor.conjuncts if c.i > found.actor.i and is_someone(c)]
        if partners:
            recipient, recipient_span = with_conjuncts(participant(partners[0], actors, avoid=actor), partners[0])
        for partner in _run_in_partners(found.actor)[:1]:
            recipient, recipient_span = participant(partner, actors, avoid=actor)
            if recipient is None:  # a surname the index holds only inside the longer phrase
                recipient = next((a.id for a in listed.values() if a.kind == "person" and a.id != actor
                                  and a.name.split()[-1] == partner.text), None)
            if recipient is not None and _overlap(actor_span, recipient_span):
                # the doer's phrase ran the partner in: the doer is the words after the partner's own
                after = max(t.i for t in partner.subtree) + 1
                if after <= found.actor.i:
                    actor_span = Span.from_spacy(doc[after:found.actor.i + 1])
            if recipient is not None and recipient_span is not None:
                # as a dyad the first named is the actor ("Trump and House Speaker Ryan pledged ...": Trump)
                actor, actor_span, recipient, recipient_span = recipient, recipient_span, actor, actor_span
    return actor, actor_span, recipient, recipient_span


def _stand_ins(found: Found, actors, listed: dict, salience: Salience, downed, actor, actor_span, recipient,
               recipient_span):
    """(actor, actor span, recipient, recipient span) with the article's state standing in for a doer or
    target the actor stage left without a country ("the government imposed a curfew") and for the
    government an "anti-government" protest is against."""
    if _uncoded(listed.get(actor)) and found.actor is not None and not downed and not found.imperative \
            and found.irrealis_for is None:
        # "the government imposed a curfew": the article's own state when nothing else names it or the
        # actor stage left it without a country (not the state the act is aimed at: "the government
        # demanded that X withdraw")
        target = listed.get(recipient)
        stand_in = _stand_in(found.actor, salience, target.country if target is not None else None)
        if stand_in[0] is not None:
            actor, actor_span = stand_in
    if _uncoded(listed.get(recipient)) and found.recipient is not None and not found.imperative \
            and found.irrealis_for is None:
        # "Washington invaded the country": the article's state, other than the doer's own when the doer
        # is a state ("farmers protested against the government's decision": their own government);
        # a thing of the state's stands for it ("the government's decision")
        doer = listed.get(actor)
        target = found.recipient if is_someone(found.recipient) else author(found.recipient) or found.recipient
        home = doer.country if doer is not None and (doer.kind == "country" or doer.sector in STATE_SECTORS) else None
        stand_in = _stand_in(target, salience, home)
        if stand_in[0] is not None and stand_in[0] != actor:
            recipient, recipient_span = stand_in
    if recipient is None and found.recipient is not None and found.recipient.lower_ in GENERIC_OPPOSED \
            and found.recipient.dep_ in ("amod", "compound", "nmod") and found.recipient.head.i == found.head.i:
        # "anti-government protests": the article's state's government
        iso3 = salience.state(None)
        state = (actors.country_actor(iso3, "GOV") or actors.country_actor(iso3)) if iso3 else None
        if state is not None:
            recipient, recipient_span = state.id, Span.from_spacy(found.recipient.doc[found.recipient.i:found.recipient.i + 1])
    return actor, actor_span, recipient, recipient_span


def _political_doer(found: Found, etype: str, actor, actor_span, recipient, listed: dict, downed):
    """(actor id, span) of a doer an event may have, or None when the act has no political actor as doer.
    An unnamed doer stays unnamed for an act undergone; a private person threatening an official, a named
    person's violence against people, a named backer of a political person and anyone's criticism of a
    political actor are kept with the doer as the index knows it."""
    unnamed = found.agentless or downed or (actor is None and found.actor is not None and found.actor.pos_ == "NOUN"
                                  and is_someone(found.actor) and is_passive(found.head))  # "by critics"
    acted_on = listed.get(recipient)
    if unnamed and actor is None and etype in UNDERGONE and undergoer(acted_on):
        pass  # "the senator was arrested", "Kenya faced criticism": no doer named, the one acted on is
    elif etype in HOSTILE and actor in listed and listed[actor].kind in ("person", "group") \
            and acted_on is not None and government_side(acted_on) and acted_on.kind != "country":
        pass  # a private person's threat or attack on an official ("a man threatened to kill the senator")
    elif etype in VIOLENT and actor in listed and listed[actor].kind == "person" and found.recipient is not None \
            and found.recipient.pos_ == "NOUN" and is_someone(found.recipient):
        pass  # violence against people by a named person ("Webb kidnapped the girl"), not "killed a rabbit"
        # nor a player hitting another ("hitting Rudolph"): an opponent named is no victim the text describes
    elif etype in BACKING_POLITICS and actor in listed and listed[actor].kind in ("person", "organization", "group") \
            and acted_on is not None and acted_on.kind == "person" and recipient != actor and is_political(acted_on):
        pass  # a named backer of a political person ("the union endorsed Sanders"), not "fans back the team" nor
        # a body's grant to a firm ("approved subsidies for News Corp": aid, not an endorsement)
    elif etype in AIMED_AT_POLITICS and found.actor is not None and is_someone(found.actor) \
            and recipient != actor and is_political(listed.get(recipient)):
        # criticism of a political actor, by whoever makes it ("Jewish groups condemned Trump's proposal",
        # "some accused Trump of ...", "a columnist ridiculed the senator"): the doer as the index knows it
        actor = actor if actor in listed else None
        if actor is None:
            actor_span = None
    elif actor not in listed or not is_political(listed.get(actor)):
        return None  # no political actor as doer: "production", "yield", "the deal", "a man"
    return actor, actor_span


def _confidence(found: Found, etype: str, quads) -> float:
    """The pattern's certainty, weighed with how likely the sentence reports this kind of event (``quads``,
    when the sentence model ran)."""
    confidence = found.confidence
    if quads is not None:
        # the pattern's certainty, weighed with how likely the sentence reports this kind of event;
        # an event less likely than a plain statement reading of its sentence stays below STATEMENT_CAP
        confidence = 0.25 * confidence + 0.75 * quads[QUAD[etype]] + 0.15
        if confidence <= STATEMENT_MARGIN * quads.get(0, 0.0):
            confidence = min(confidence, STATEMENT_CAP)
    return confidence


def _phrases(doc, sent, found: Found, actor_span: Optional[Span], recipient_span: Optional[Span],
             actor: Optional[Actor], recipient: Optional[Actor]):
    """The doer's and target's spans widened to the whole phrase of the clause that names them
    (``spans.argument_span``), for spans inside the event's sentence; a pronoun is the name it takes up
    earlier in the sentence ("The British government said it will not lift ...")."""
    stop = {t.i for t in found.trigger} | {found.head.i}

    def inside(span: Optional[Span]) -> TypeGuard[Span]:
        return span is not None and sent.start_char <= span.start and span.end <= sent.end_char

    if inside(actor_span):
        actor_span = named_before(doc, actor_span, actor, sent.start_char, recipient_span)
    if inside(recipient_span):
        recipient_span = named_before(doc, recipient_span, recipient, sent.start_char, actor_span)
    lexicon = load_lexicon()

    def names_act(token) -> bool:
        return lexicon.noun(token) is not None

    if inside(actor_span):
        actor_span = argument_span(doc, actor_span, stop, recipient_span, conjuncts=True, names_act=names_act)
    if inside(recipient_span):
        recipient_span = argument_span(doc, recipient_span, stop, actor_span, conjuncts=False, names_act=names_act)
    return actor_span, recipient_span


#: what a health or safety inquiry looks into: no one accused of anything (CAMEO 09 investigates crime,
#: corruption, abuses, military action)
HEALTH_MATTERS = {"outbreak", "illness", "disease", "virus", "infection", "epidemic", "pandemic", "contamination",
                  "cluster", "spread", "symptom", "case", "epidemiological", "epidemiology"}


def _thing_struck(found: Found) -> bool:
    """The word an attack is aimed at is a thing, not someone nor a place ("assault on the influence of money"),
    though the recipient was read from a name inside its phrase."""
    target = found.recipient
    if target is None or target.tag_ in ("NNS", "NNPS"):
        return False  # "attacks on billionaire financiers": people, though no table lists them
    return not any(is_someone(t) or t.lemma_.lower() in AREAS or t.ent_type_ in ("GPE", "LOC", "FAC")
                   for t in [target, *(c for c in target.subtree if c.dep_ == "conj" and c.head.i == target.i)])


def _blown_up(verb) -> bool:
    """"blew himself up": a bombing, force on those around the bomber (the particle "up")."""
    return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _health_matter(token) -> bool:
    """An investigated thing that is a disease or its spread ("into the outbreak", "of the cases")."""
    if token is None:
        return False
    words = {token.lemma_.lower()} | {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound")}
    head = token.head  # "an epidemiological investigation into ...": the investigation's own modifiers
    if head.dep_ == "prep":
        words |= {c.lemma_.lower() for c in head.head.children if c.dep_ in ("amod", "compound")}
    return bool(words & HEALTH_MATTERS)


def _uncoded(actor: Optional[Actor]) -> bool:
    """No actor, or one with no country ("authorities" the actor stage could not place)."""
    return actor is None or (actor.kind != "country" and actor.country is None)


def _stand_in(token, salience: Salience, avoid: Optional[str]):
    """(actor id, span) of the salient state a generic "the government" / "the country" stands for."""
    actor = salience.stand_in(token, avoid)
    if actor is None:
        return None, None
    return actor.id, Span.from_spacy(noun_phrase(token))


# --- statement, date, place, spans --------------------------------------------------------------------

class _Part(NamedTuple):
    """A part of a statement's content, with the statement's place in the list."""

    start: int
    end: int
    order: int
    statement: Statement


def _statement_index(statements) -> SpanIndex[_Part]:
    return SpanIndex(_Part(part.start, part.end, k, statement)
                     for k, statement in enumerate(statements or ()) for part in statement.content)


def _statement_at(statements: SpanIndex[_Part], position: int) -> Optional[Statement]:
    """The first statement (in the list's order) whose content holds character ``position``."""
    first = min(statements.overlapping(position, position + 1), key=lambda part: part.order, default=None)
    return first.statement if first is not None else None


def _date(sent, found: Found, sentence_dates, statement, published) -> Optional[str]:
    head = found.head
    clause = [head] + [a for a in head.ancestors][:2]
    own = date_of_sentence(sent, sentence_dates, None, anchor=head)
    if own:
        return own
    for token in clause:
        if any(c.dep_ == "advmod" and c.lower_ in EARLIER for c in token.children):
            return None  # reported history with no date of its own
        if token.pos_ == "VERB":
            break
    if statement is not None and statement.date:
        return statement.date
    return published


def _place_index(doc, places) -> dict:
    """Token index -> the Place a mention there names."""
    index = {}
    for place in places or ():
        for span in spans_of(doc, place.mentions):
            for token in span:
                index[token.i] = place
    return index


def _place(found: Found, place_of: dict, etype: str) -> Optional[str]:
    """A place the clause names as where the event happened."""
    if not place_of:
        return None
    for child in found.head.children:
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
            for token in child.subtree:
                if token.i in place_of:
                    return place_of[token.i].id
    if etype in MATERIAL and found.recipient is not None:
        for token in found.recipient.subtree:
            if token.i in place_of:
                return place_of[token.i].id
    return None


def _trigger_span(doc, tokens) -> Span:
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    return Span.from_spacy(doc[first:last + 1])


def _sentence_span(sent) -> Span:
    doc = sent.doc
    start, end = sent.start, sent.end
    while end > start + 1 and doc[end - 1].is_space:
        end -= 1
    while start < end - 1 and doc[start].is_space:
        start += 1
    return Span.from_spacy(doc[start:end])
