"""Whom an event is aimed at when the rules name no one: a learned chooser among the sentence's actors.

The rules (``actors.best_recipient`` and ``events._event``) read one recipient from the parse. This module
weighs that choice against every other actor phrase of the sentence the final actor index resolves
(``actors.participant``; not the doer's phrase, nor the doer's own state, ``doers.own_country``). A
logistic regression scores each candidate on the structure that links it to the trigger, never on its
words: the dependency path between the trigger's head and the candidate's head, its direction and
distance, the preposition that governs it, whether it is the subject of the trigger's clause, sits inside
quotation marks, is a speaker or the audience of a reporting verb ("Speaking to reporters, ..."), names
someone or a thing of someone's ("U.S. aid"), the kind of actor it is (person, organisation, country,
group; sector and country known or not), how much the article says of it (its mentions, whether it is the
most mentioned actor), whether it is in the trigger's own clause or stands beside the rules' phrase as
its apposition ("the front-runners, A and B"), the event's type family, how many candidates compete, and
whether the rules chose it. A candidate replaces the rules' choice only when its probability beats it by
the model's ``margin``.

The model's ``mode`` says where it may choose: "fill" (shipped) only where the rules found no recipient
actor ("no recipient", or a phrase that is no actor); "rerank" everywhere. Grouped folds chose "fill": on
the blind news labels re-ranking made more right recipients wrong (README "Events").
On by default (``Settings.event_recipients``).

Trained by ``scripts/train_participants.py`` on the tune part of ConfliBERT's CAMEO NER sentences (gold
source/target spans; the frozen third is only scored) and on blind event labels of PolNeAR tune documents
(the right recipient of events judged real; all three evlab8 batches since the ninth session), with 5
folds grouped by sentence / document; shipped as
``data/events_recipients_model.json.gz`` (weights of structural features, no text). The model carries the
version of the features it was trained for (``FEATURES``); a model for other features is refused with a
clear error. Prediction is plain Python: no scikit-learn at run time.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Protocol

from newsgraph.analyze import resources as tables
from newsgraph.analyze.actors.coding import KIN
from newsgraph.analyze.events.actors import CLAUSE_DEPS, participant
from newsgraph.analyze.events.doers import own_country
from newsgraph.analyze.events.learned import bucket, logistic
from newsgraph.analyze.events.lexicon import QUAD, RECIPROCAL, VERBAL
from newsgraph.analyze.events.participants import is_someone
from newsgraph.analyze.events.pronouns import party_candidate
from newsgraph.analyze.events.relations import candidate_description, other_side
from newsgraph.analyze.events.salience import mentioned_more
from newsgraph.analyze.events.spans import noun_phrase
from newsgraph.analyze.syntax import is_speaker
from newsgraph.errors import ModelMismatch
from newsgraph.model import Actor, Span, Statement
from newsgraph.nlp.quote_marks import quote_marks

MODEL_FILE = "events_recipients_model.json.gz"
#: what ``features`` computes; bump it whenever ``features`` changes, and retrain
FEATURES = "event-recipients/v4"
#: "fill": name a recipient only where the rules name no recipient actor; "rerank": weigh every choice
FILL, RERANK = "fill", "rerank"
MODES = (FILL, RERANK)
#: one-sided types the model fills only with a country: a withdrawal, release or lifting is aimed at a
#: state or the land it leaves ("lifted curbs on X", "began leaving X": 4 right fills on ConfliBERT tune
#: sentences), while the person or body named elsewhere in its sentence is mostly no target ("after a Pence
#: withdrawal": not the committee that would meet; "explained in its release", "cowering and
#: surrendering"): the model's 4 RETREAT fills of others on 36 unseen PolNeAR tune documents were all
#: wrong (README "Events")
COUNTRY_ONLY = {"RETREAT"}
#: a fronted "in" phrase of the trigger sets the scene, where or when the act happened, not at whom it is
#: aimed ("In the town of W. in northern X, a judge sentenced a man": not X); an "in" phrase after the
#: trigger is often the land the act concerns ("sought refuge in X": ConfliBERT's target). Armed attacks
#: and withdrawals keep a fronted place too ("In X, gunmen killed five": its people are hit). Of the model's
#: fills on 44 PolNeAR tune documents 8 were "in" phrases, 6 wrong; the fronted one is barred here (no
#: ConfliBERT tune fill is). Barring as well those that hang on another clause ("the overthrow that happened
#: in X, aided by Y": 4 more wrong fills, 2 of them then right) cost a right target on ConfliBERT.
LOCATIVE = "in"
#: dependency steps between the trigger and a filled recipient's head word: an argument of the trigger, of a
#: clause it depends on or of its complement ("urged X to ...", "vowed to stand with X", "said he would meet
#: X"); a possessor or modifier further off names whose another phrase's thing is (``beyond_arguments``)
ARGUMENT_REACH = 4
#: labels of a name that only qualifies a noun: whose it is, or which
MODIFIER_DEPS = {"poss", "compound", "nmod", "amod"}
PLACE_STANDS_FOR_TARGET = {"ASSAULT", "RETREAT"}
HEAD_POS = ("NOUN", "PROPN", "PRON")


@dataclass
class Candidate:
    """One possible recipient: an actor of the index (or none) with the span that names it."""

    actor: Optional[str]
    span: Optional[Span]
    token: Any = None  # the head word in the event's sentence (None: the rules' choice from elsewhere)
    rule: bool = False  # the rules chose it
    features: dict = field(default_factory=dict)


@dataclass
class Context:
    """What the chooser knows of the event: its sentence, trigger, type, actor and statement."""

    sent: Any
    head: Any
    etype: str
    actor: Optional[str]
    actor_span: Optional[Span]
    statement: Optional[Statement]
    doer: Any = None  # the word heading the doer's phrase, if the clause names one


class Chooser(Protocol):
    """Picks one of the candidates (the shipped model, or a recorder while training)."""

    def choose(self, context: Context, candidates: list[Candidate]) -> Candidate: ...


def sentence_candidates(sent, actors, cache: dict) -> list[tuple[Any, str, Span]]:
    """(head token, actor id, span) of each phrase of ``sent`` the actor index resolves, once per sentence."""
    key = (sent.start, sent.end)
    if key not in cache:
        found, seen = [], set()
        for token in sent:
            if token.pos_ not in HEAD_POS or (token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN"):
                continue
            actor, span = participant(token, actors)
            if actor is None or span is None or (actor, span.start) in seen:
                continue
            seen.add((actor, span.start))
            found.append((token, actor, span))
        cache[key] = found
    return cache[key]


def candidates(context: Context, rule: Candidate, in_sentence: list[tuple[Any, str, Span]],
               listed: dict[str, Actor]) -> list[Candidate]:
    """The rules' choice and every other actor phrase of the sentence but the doer's, those inside the rules'
    phrase, the doer's own state (``doers.own_country``) and the one whose relative the rules' phrase names
    ("arrested her sister": not "her", by whatever name), and the possessor of an adversary ("endorsed her
    challenger": ``relations.other_side``). Whether a recipient actor the rules found may
    be replaced at all is the model's ``mode`` (``RecipientModel.choose``)."""
    out = [rule]
    sent = context.sent
    if rule.span is not None and sent.start_char <= rule.span.start and rule.span.end <= sent.end_char:
        words = sent.doc.char_span(rule.span.start, rule.span.end, alignment_mode="expand")
        rule.token = words.root if words is not None and len(words) else None
    doers = {t.i for t in context.doer.subtree} if context.doer is not None else set()
    doer = listed.get(context.actor) if context.actor is not None else None
    kin = rule.token is not None and rule.token.lower_ in KIN
    relatives_of = {actor for token, actor, _ in in_sentence
                    if kin and token.dep_ == "poss" and token.head.i == rule.token.i}
    for token, actor, span in in_sentence:
        if actor in relatives_of:
            continue  # "arrested her sister": not the one whose sister she is, however else named
        if other_side(token):
            continue  # "endorsed her challenger": not the one challenged
        if actor == context.actor or actor not in listed or _overlap(span, context.actor_span) or token.i in doers:
            continue  # the doer, or a name inside the doer's phrase ("soldiers from the Peruvian army")
        if own_country(doer, listed[actor], context.etype):
            continue  # an ambassador's accusation is not aimed at his own state (as the rules have it)
        if _overlap(span, rule.span):
            continue  # a name inside the rules' phrase ("diplomats from Peru, Bolivia and Ecuador") is that phrase
        out.append(Candidate(actor, span, token))
    for candidate in out:
        candidate.features = features(context, candidate, out, listed)
    if rule.actor is None and rule.token is not None and candidate_description(rule.token, noun_phrase(rule.token)):
        # "condemned the GOP candidate's proposal": a person the index did not resolve; only a person may be it
        out = [c for c in out if c.rule or (c.actor is not None and listed[c.actor].kind == "person")]
    doer_words = {token.i for token, actor, _ in in_sentence if actor == context.actor}
    if context.doer is not None:
        doer_words.add(context.doer.i)
    return [c for c in out if c.rule or (in_reach(context.head, c.token)
                                         and not other_role(context, c.token, _name_root(sent, c.span), doer_words))]


def _name_root(sent, span: Optional[Span]):
    """The head word of the name ``span`` marks in ``sent`` (a candidate's phrase may be a thing whose
    phrase holds the name: "threats like X"), or None."""
    if span is None or not (sent.start_char <= span.start and span.end <= sent.end_char):
        return None
    words = sent.doc.char_span(span.start, span.end, alignment_mode="expand")
    return words.root if words is not None and len(words) else None


#: prepositions of comparison: "Like X, Y rejected ...", "threats like X" name an example or a party that did
#: the same, not the one acted on
COMPARISONS = {"like", "unlike"}


def other_role(context: Context, token, name, doer_words: set[int]) -> bool:
    """Whether the clause gives ``token`` a part other than the one acted on: compared with the doer ("Like X,
    Y rejected the notion"; "threats like X"), the doer's partner in a coordinated subject ("A and B have used
    harsh words, with A promising to bomb them": B is no target of A's threat; a joint act's partner,
    ``RECIPROCAL``, is), a name inside the act a request asks its addressee to do ("urged aides to repeat X's
    comments": the aides are asked, not X), or the doer of a clause the trigger's clause is an adjunct of
    ("Y was attacked by X for suggesting he would negotiate"; "X opposed it because it fell short of Y's
    request"), or the party a candidate runs for ("the GOP candidate's plan"): the event's sentence may name
    them, but not as its recipient."""
    if token is None:
        return False
    for named in (token, name):
        while named is not None and named.dep_ in ("conj", "appos") and named.head.i != named.i:
            named = named.head
        if named is not None and named.dep_ == "pobj" and named.head.lower_ in COMPARISONS:
            return True
    if context.etype not in RECIPROCAL and any(c.i in doer_words for c in token.conjuncts):
        return True
    if token.dep_ in ("compound", "amod", "nmod") and party_candidate(token.head, noun_phrase(token.head)):
        return True  # "condemned the GOP candidate's plan": the party the candidate runs for, not the candidate
    if context.etype == "REQUEST" and _inside_asked_act(context.head, token):
        return True
    return _adjunct_doer(context.head, token)


def _inside_asked_act(head, token) -> bool:
    """``token`` is inside the infinitive or clause that a verb of asking with an object of its own governs
    ("urged the aides to release the tapes of X's talk": the tapes are asked for, the aides asked; the object
    of "urge X to" is whom it asks, whatever word names them)."""
    if not any(c.dep_ in ("dobj", "dative") and c.pos_ in HEAD_POS for c in head.children):
        return False
    return any(t.head.i == head.i and t.dep_ in COMPLEMENT_EDGES for t in (token, *token.ancestors))


def _adjunct_doer(head, token) -> bool:
    """``token`` is the subject or passive agent of a verb whose adverbial clause or phrase holds the
    trigger's clause (not its complement: "X's supporters see it as crucial that Y make concessions" may be
    aimed at X's side)."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        verb = token.head
    elif token.dep_ == "pobj" and token.head.dep_ == "agent":
        verb = token.head.head
    else:
        return False
    if verb.i == head.i or verb.pos_ not in ("VERB", "AUX") or any(t.i == token.i for t in head.ancestors):
        return False  # (the antecedent of a relative clause the trigger is in is in reach: ``in_reach``)
    node, clause = head, False
    while node.head.i != node.i and node.head.i != verb.i:
        clause = clause or node.dep_ in GOVERNED_EDGES or node.dep_ == "pcomp"
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in node.children):
            return False  # "X must do more before he would lift sanctions": the act waits on X, aimed at X
        node = node.head
    if node.head.i != verb.i or any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in node.children):
        return False  # the trigger is not under that verb, or under it as a condition
    clause = clause or node.dep_ in GOVERNED_EDGES
    return clause and node.dep_ not in COMPLEMENT_EDGES


#: subordinators of a condition the governing clause's subject must meet: the act is then aimed at it
CONDITIONS = {"before", "until", "unless", "if", "once", "provided"}


#: labels by which a verb opens a clause of its own under another word (``actors.CLAUSE_DEPS``, and a
#: parenthetical one)
CLAUSE_EDGES = CLAUSE_DEPS | {"parataxis"}
#: labels by which the trigger's clause hangs on a governing one, whose things' names are not its recipients
GOVERNED_EDGES = {"ccomp", "advcl", "xcomp", "acl", "parataxis"}
#: a verb or adjective whose subject does what its infinitive says ("X agreed / is determined to block Y")
CONTROLLING_EDGES = {"xcomp", "acomp"}
#: what the trigger itself says is done, asked or known: its complement clauses
COMPLEMENT_EDGES = {"ccomp", "xcomp"}


def in_reach(head, token) -> bool:
    """Whether ``token`` can be the recipient of the act ``head`` names: an argument of the trigger's
    clause, of a clause it depends on ("Obama said he would have vetoed ...") or of its complement
    ("demanded to know whether X would ..."), not of a clause of its own that the trigger is not in: an
    adverbial clause ("opposed it because it fell short of X's request"), a relative or noun clause
    ("ridiculed the idea that X might flood America"), a coordinated clause with a subject of its own ("A will
    brand you a liar and B will accuse you"; a verb sharing the trigger's subject is in reach), nor the clause
    outside the relative clause the trigger is in ("the alt-right,
    which X denounced": not the subject of the clause the alt-right is in); nor the subject of a governing
    clause that reports the act or does it. Of a governing clause only its own arguments (not "Obama" of "so
    brazen in their Obama worship that they ridicule ..."), and nothing across a coordinated clause with a
    subject of its own ("..., and Obama said he would have vetoed"). Any word names the antecedent of the
    relative clause it heads."""
    if token is None:
        return True
    ancestors = {t.i for t in token.ancestors} | {token.i}
    node, below = head, head
    governed = False  # the trigger's clause hangs on another (a complement, adverbial or infinitive clause)
    while node.i not in ancestors:
        governed = governed or node.dep_ in GOVERNED_EDGES
        if node.dep_ == "relcl" and node.head.i != token.i:
            return False  # out of the relative clause, past its antecedent
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and _own_subject(node):
            return False  # out of a coordinated clause with a subject of its own ("..., and Obama said he
            # would have vetoed it": not the first clause's "Murphy and other Democrats")
        if node.head.i == node.i:
            return False
        node, below = node.head, node
    meet = node
    if governed and not _argument_of(token, meet):
        return False  # a governing clause's own arguments only, not a name inside one of its things
        # ("so brazen in their Obama worship that they ridicule the idea": not Obama)
    if meet.i != head.i and token.dep_ in ("nsubj", "nsubjpass") and token.head.i == meet.i and (
            is_speaker(token) or below.dep_ in CONTROLLING_EDGES):
        # the one who reports the act ("X says that Y's endorsement was a big deal"), or its doer ("X
        # appear determined to block Y"): not whom it is aimed at
        return False
    down = []
    for t in [token, *token.ancestors]:
        if t.i == meet.i:
            break
        down.append(t)
    complements = meet.i == head.i
    for t in reversed(down):
        if t.dep_ not in CLAUSE_EDGES or t.pos_ not in ("VERB", "AUX"):
            continue
        if t.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue  # "offer condolences and affirm friendship with X": one doer's acts, one X
        if not (complements and t.dep_ in COMPLEMENT_EDGES):
            return False
    return True


def _own_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _argument_of(token, verb) -> bool:
    """``token`` (or the conjoined name it is part of) is a dependent of ``verb``, the object of one of
    its prepositions, the owner of its subject or object, or ``verb`` itself when that names someone."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.i == verb.i:
        return is_someone(token)  # not a thing whose phrase holds a name ("so brazen in their X worship")
    if token.head.i == verb.i:
        return True
    if token.dep_ in ("poss", "compound") and token.head.dep_ in ("nsubj", "nsubjpass", "dobj") \
            and token.head.head.i == verb.i:
        return True  # "Donald Trump's candidacy is strengthened with an endorsement": whose it is
    return token.dep_ == "pobj" and token.head.head.i == verb.i


def _overlap(a: Optional[Span], b: Optional[Span]) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def features(context: Context, candidate: Candidate, competing: list[Candidate],
             listed: dict[str, Actor]) -> dict[str, float]:
    """{feature name: value} of ``candidate`` as the recipient of the event ``context`` describes."""
    etype = context.etype
    family = "verbal" if etype in VERBAL else f"quad{QUAD.get(etype, 0)}"
    others = sum(1 for c in competing if c.actor is not None)
    out: dict[str, float] = {f"n={min(others, 4)}": 1.0}
    if candidate.rule:
        out["rule"] = 1.0
        out[f"rule:{family}"] = 1.0
    if candidate.actor is None and candidate.span is None:
        out.update({"none": 1.0, f"none:{etype}": 1.0, f"none:{family}": 1.0})
        return out
    if candidate.actor is None:
        out.update({"span_only": 1.0, f"span_only:{family}": 1.0})
    else:
        out.update(_kind(listed.get(candidate.actor)))
        out.update(_salience(candidate.actor, listed))
    token = candidate.token
    if token is None:
        out["outside_sentence"] = 1.0
        if context.statement is not None and candidate.actor == context.statement.speaker:
            out["speaker"] = 1.0
        return out
    head = context.head
    path = dependency_path(head, token)
    out[f"path={path}"] = 1.0
    out[f"path:{family}={path}"] = 1.0
    out[f"dep={token.dep_}"] = 1.0
    out[f"dep:{family}={token.dep_}"] = 1.0
    direction = "after" if token.i > head.i else "before"
    out[f"side={direction}"] = 1.0
    out[f"side:{family}={direction}"] = 1.0
    out[f"distance={bucket(abs(token.i - head.i), (1, 2, 4, 8, 15))}"] = 1.0
    if token.dep_ == "pobj" and token.head.pos_ == "ADP":
        out[f"prep={token.head.lower_}"] = 1.0
        out[f"prep:{family}={token.head.lower_}"] = 1.0
    if token.pos_ == "PRON":
        out["pronoun"] = 1.0
    out["someone" if is_someone(token) else "thing_of_actor"] = 1.0  # "the American public" / "U.S. aid"
    verb = _clause_verb(token)
    if verb.i != head.i and verb.lemma_.lower() in tables.speech_verbs():
        out["reporting_clause"] = 1.0  # "Speaking to reporters, X accused Y": the audience of other words
    if is_speaker(token):
        out["speaker_subject"] = 1.0
    if token.ent_type_:
        out[f"ent={token.ent_type_}"] = 1.0
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.i == _clause_verb(head).i:
        out[f"clause_subject={token.dep_}"] = 1.0
    if _quoted(token) != _quoted(head):
        out["quote_boundary"] = 1.0
    elif _quoted(token):
        out["quoted"] = 1.0
    if context.statement is not None:
        source = context.statement.source
        if source is not None and source.start <= token.idx < source.end:
            out["statement_source"] = 1.0
        if candidate.actor == context.statement.speaker:
            out["speaker"] = 1.0
    if _nearest(candidate, competing, head):
        out[f"nearest_{direction}"] = 1.0
    if verb.i == _clause_verb(head).i:
        out["same_clause"] = 1.0
        out[f"same_clause:{family}"] = 1.0
    rule = next((c.token for c in competing if c.rule and c.token is not None), None)
    if rule is not None and not candidate.rule and _names_again(token, rule):
        out["names_rule_phrase"] = 1.0  # "the front-runners, Donald Trump and Ted Cruz": who the rules' phrase is
    return out


def _salience(actor: str, listed: dict[str, Actor]) -> dict[str, float]:
    """How much the article says of ``actor``: its mentions, and whether no other actor has more."""
    mentions = len(listed[actor].mentions) if actor in listed else 0
    above = mentioned_more(listed, mentions)
    out = {f"mentions={bucket(mentions, (1, 2, 4, 8))}": 1.0}
    out["most_mentioned" if above == 0 else "top3_mentioned" if above < 3 else "less_mentioned"] = 1.0
    return out


def _names_again(token, rule) -> bool:
    """``token`` stands beside the rules' word as its apposition (or one of its conjoined names)."""
    for word in (token, *token.conjuncts):
        if word.dep_ == "appos" and word.head.i == rule.i:
            return True
    return False


def _kind(actor: Optional[Actor]) -> dict[str, float]:
    if actor is None:
        return {"kind=?": 1.0}
    out = {f"kind={actor.kind}": 1.0, f"sector={'yes' if actor.sector else 'no'}": 1.0,
           f"country={'yes' if actor.country else 'no'}": 1.0}
    if actor.sector in ("GOV", "MIL", "LEG", "JUD"):
        out["state_sector"] = 1.0
    return out


def _nearest(candidate: Candidate, competing: list[Candidate], head) -> bool:
    """No other candidate of the sentence on the same side of the trigger is closer to it."""
    token = candidate.token
    side = token.i > head.i
    return all(abs(c.token.i - head.i) >= abs(token.i - head.i) for c in competing
               if c.token is not None and c is not candidate and (c.token.i > head.i) == side)


def dependency_path(head, token, longest: int = 4) -> str:
    """The labels from ``head`` up to the lowest common ancestor (^) and down to ``token`` (v); "far"
    beyond ``longest`` steps."""
    up, node = [], head
    ancestors_of_token = {t.i: k for k, t in enumerate([token, *token.ancestors])}
    chain_token = [token, *token.ancestors]
    while node.i not in ancestors_of_token:
        up.append(node.dep_)
        if node.head.i == node.i:
            return "none"
        node = node.head
    down = [t.dep_ for t in chain_token[:ancestors_of_token[node.i]]]
    if len(up) + len(down) > longest:
        return "far"
    return "/".join([f"^{d}" for d in up] + [f"v{d}" for d in reversed(down)]) or "self"


def _clause_verb(token):
    """The verb of the clause ``token`` is in (itself for a verb)."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token
        token = token.head
    return token


def _quoted(token) -> bool:
    """An odd number of quotation marks before ``token`` in its sentence."""
    return quote_marks(token.doc).odd_mark_tokens(token.sent.start, token.i)


class RecipientModel:
    """Weights per feature name; ``choose`` the likeliest candidate, keeping the rules' unless beaten by
    ``margin``."""

    def __init__(self, data: dict, source: str = MODEL_FILE):
        ModelMismatch.check(data, FEATURES, source, "scripts/train_participants.py")
        self.weights: dict[str, float] = data["weights"]
        self.intercept: float = data["intercept"]
        self.margin: float = data["margin"]
        self.mode: str = data.get("mode", FILL)
        if self.mode not in MODES:
            raise ModelMismatch(f"{source}: unknown mode {self.mode!r} (one of {', '.join(MODES)}); "
                                "retrain with scripts/train_participants.py")
        self.info = data.get("info", {})

    def probability(self, values: dict[str, float]) -> float:
        score = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in values.items())
        return logistic(score)

    def choose(self, context: Context, candidates: list[Candidate]) -> Candidate:
        rule = next(c for c in candidates if c.rule)
        if self.mode == FILL and rule.actor is not None:
            return rule  # "fill": a recipient actor the rules found is kept
        if self.mode == FILL and context is not None and context.etype in COUNTRY_ONLY:
            candidates = [c for c in candidates if c.rule or c.features.get("kind=country")]
        if self.mode == FILL and context is not None and context.etype not in PLACE_STANDS_FOR_TARGET:
            candidates = [c for c in candidates if c.rule or not (
                scene(c.token, context.head) or scene(_name_root(context.sent, c.span), context.head))]
        if self.mode == FILL and context is not None:
            candidates = [c for c in candidates if c.rule or not beyond_arguments(c.token, context.head)]
        return pick(candidates, [self.probability(c.features) for c in candidates], self.margin)


def beyond_arguments(token, head) -> bool:
    """Whether ``token`` only says whose or which thing a phrase of another part of the sentence is (a
    possessor or a modifier of a noun: "X's comments", "Mr. X's remarks", "the Y campaign") and lies
    further from the trigger ``head`` than its own arguments and theirs reach (``dependency_path`` "far":
    more than ``ARGUMENT_REACH`` dependency steps): "X's comments came after an endorsement by Y"; "X's
    remarks overshadowed footage of Y meeting farmers". Not whom the trigger acts on; the chooser fills no
    recipient from there. (A subject or object that far may still be: "X answered with its response to Y's
    demand".)"""
    if token is None:
        return False
    named = token
    while named.dep_ in ("conj", "appos") and named.head.i != named.i:
        named = named.head
    return named.dep_ in MODIFIER_DEPS and dependency_path(head, token, ARGUMENT_REACH) == "far"


def scene(token, head) -> bool:
    """Whether ``token`` heads the object of a locative "in" (``LOCATIVE``) that hangs on the trigger ahead
    of it: the scene the clause is set in, not its target. The chooser asks it of a candidate's phrase and of
    the name inside it ("After ten months in X, she flew home to attend meetings": the phrase is "months")."""
    if token is None or token.dep_ != "pobj" or token.head.lower_ != LOCATIVE:
        return False
    prep = token.head
    if prep.head.i == head.i and prep.i < head.i:
        return True
    return _opening_phrase(prep, head)


def _opening_phrase(prep, head) -> bool:
    """Whether the "in" phrase ``prep`` lies inside the prepositional phrase that opens the sentence and
    hangs on the trigger's clause or one governing it: "After a year in Nairobi, she flew home to
    attend meetings" (where she had been, not whom she met)."""
    top = prep
    while top.head.i != top.i and (top.dep_ == "prep" or top.dep_ == "pobj" or top.head.dep_ == "pobj"):
        if top.dep_ == "prep" and top.i == top.sent.start:
            break
        top = top.head
    if top.dep_ != "prep" or top.i != top.sent.start:
        return False
    governors = {head.i, *(t.i for t in head.ancestors)}
    return top.head.i in governors and top.i < head.i


def pick(candidates: list[Candidate], probability: list[float], margin: float) -> Candidate:
    """The rules' candidate unless another is likelier by more than ``margin``; the first of equals."""
    rule = next(k for k, c in enumerate(candidates) if c.rule)
    best = rule
    for k in range(len(candidates)):
        if probability[k] > probability[best] + (margin if best == rule else 0.0):
            best = k
    return candidates[best]


@tables.cached()
def load() -> RecipientModel:
    """The shipped model, read once; a clear error when the package lacks it (``Settings.event_recipients``
    False runs without it)."""
    return tables.shipped_model(RecipientModel, MODEL_FILE)
