"""How far can an event's doer and recipient be counted on? A learned precision gate on participants.

Reviewers found about a third of the real events we show with a wrong doer or a wrong recipient; the rules
that pick them have not moved that on held-out data. This model does not change any event: it gives each a
``certainty``, the probability that the event is fully right (real, and its type, doer and recipient right,
RUBRIC.md), read from how the event was built, and the default views show only events at or above the
shipped threshold (``Event.passes_gate``, ``Event.in_default_view``); the others stay in the JSON and on
request (``analyze --all-events``). ``Settings.event_gate`` False (NEWSGRAPH_EVENT_GATE=0) turns the gate off.

The features (``features``) are structural facts only, no article words (not even the trigger's lemma):
how the doer was found (a name in the clause, a resolved pronoun and how far back its antecedent's name
was, a common noun such as "the government", the statement's speaker, a subject of a governing verb, none),
where the recipient came from (a direct object, a prepositional object and its preposition, a possessor,
outside the clause, none), whether each participant's words are a mention of its actor or the actor stands in
for other words ("the government" read as the article's state), whether another actor of the sentence is
named nearer the trigger than the recipient (the recipient chosen over a closer competitor), whether the
rules or the learned recipient chooser named the recipient (``Event.recipient_by``), the kinds of
the actors (person, organisation, country; coded or not; both coded), how many actors the sentence names, whether the event sits in quotation marks or a statement, the
sentence's length, the event's type, modality and part of speech, and the realness model's probability.
The shipped model reads only a few robust families of them (``scripts/train_confidence.py`` ``FAMILIES``,
chosen by leave-one-source-out log loss, each weight's sign the same in every training part): the realness
probability, both participants coded actors, how the recipient was found and its kind, how far the doer's
words are from the trigger, quotation marks, and (from the seventeenth session's retraining) who named the
recipient and a rival actor nearer the trigger; the others weigh nothing. With 30 families a model fitted
on 255 rows ranked its own folds well (AUC 0.79) but not a new batch of documents (held-out set 12).

Trained by ``scripts/train_confidence.py`` on our reviewers' verdicts (real, type, actor, recipient) of
event rows of the released blind-check sets, evlab11, evlab15, cal13 and the thirteenth session's
self-judged hunting rows, matched to today's events only where trigger, type, doer and recipient are
unchanged (``benchmarks/blind_check/event_confidence_labels.tsv``: page, trigger offsets, verdicts; no
article text). The threshold is chosen by a rule stated before it was run, on the leave-one-source-out
curve (each batch of labels scored by a model of the others: what a new batch of documents will see).
Shipped as ``data/events_confidence_model.json.gz``; a model for other ``FEATURES`` is refused with a clear
error. Prediction is plain Python.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple, Optional

from newsgraph.analyze import resources as tables
from newsgraph.analyze.events import realness
from newsgraph.analyze.events.learned import ThresholdModel, bucket
from newsgraph.model import Actor, Event, Span, Statement
from newsgraph.nlp.quote_marks import quote_marks
from newsgraph.nlp.text import text_of

MODEL_FILE = "events_confidence_model.json.gz"
#: what ``features`` computes; bump it whenever ``features`` changes, and retrain
FEATURES = "event-confidence/v3"
THIRD_PERSON = {"he", "she", "him", "her", "his", "they", "them", "their", "it", "its", "hers", "himself",
                "herself", "themselves"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our", "myself", "ourselves"}
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
#: the prepositions whose objects are told apart (``prep_to``, ``prep_by`` ...); the others are ``prep_other``
PREPOSITIONS = {"to", "with", "against", "on", "at", "from", "for", "of", "by", "into", "toward", "towards"}


class DocFacts(NamedTuple):
    """What ``features`` reads of the whole article, found once per article (``doc_facts``), not per event."""
    sentence_starts: list[int]  # each sentence's first character
    named: list[set[str]]  # the ids of the actors each sentence names
    mentions: list[list[tuple[str, int, int]]]  # each sentence's mentions: (actor id, start, end) characters
    word_starts: list[int]  # the first character of each whitespace-separated word of the text
    word_ends: list[int]  # and the character after its last


def doc_facts(doc, actors: dict[str, Actor]) -> DocFacts:
    """The sentences' starts, the actors each sentence names and their mentions there (a mention belongs to the
    sentence it opens in): indexed once, so that an event reads its own sentence's, not every mention of an
    actor named there (a long story naming one person thousands of times stays linear)."""
    starts = [s.start_char for s in doc.sents]
    named: list[set[str]] = [set() for _ in starts]
    mentions: list[list[tuple[str, int, int]]] = [[] for _ in starts]
    for actor in actors.values():
        for mention in actor.mentions:
            k = bisect_right(starts, mention.start) - 1
            if k >= 0:
                named[k].add(actor.id)
                mentions[k].append((actor.id, mention.start, mention.end))
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text_of(doc))]
    return DocFacts(starts, named, mentions, [w[0] for w in words], [w[1] for w in words])


def words_between(facts: DocFacts, start: int, end: int) -> int:
    """``len(text[start:end].split())`` from the index (``start <= end``): the words the span touches."""
    if start >= end:
        return 0
    return bisect_left(facts.word_starts, end) - bisect_right(facts.word_ends, start)


def features(doc, event: Event, actors: dict[str, Actor], statements: dict[str, Statement],
             realness: Optional[float] = None, facts: Optional[DocFacts] = None) -> dict[str, float]:
    """{feature name: value} of ``event`` in ``doc`` (``actors`` and ``statements`` by id; ``realness``:
    the realness model's probability of the event, when known; ``facts``: ``doc_facts(doc, actors)``, found
    once per article by ``rate``, else here)."""
    facts = facts or doc_facts(doc, actors)
    trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    head = trigger.root
    sent = head.sent
    modality = ",".join(k for k in ("negated", "hypothetical", "intended") if getattr(event, k)) or "asserted"
    out: dict[str, float] = {"bias": 1.0, f"type={event.type}": 1.0, f"modality={modality}": 1.0,
                             f"pos={head.pos_}": 1.0, f"sentence_length={bucket(len(sent), (12, 25, 40))}": 1.0}
    if realness is not None:
        out["realness"] = realness
    doer, recipient = actors.get(event.actor or ""), actors.get(event.recipient or "")
    if doer is not None and recipient is not None and doer.code and recipient.code:
        out["both_coded"] = 1.0  # a dyad the actor index resolved on both sides: the gate's strongest fact
    statement = statements.get(event.statement) if event.statement else None
    speaker = statement.speaker if statement is not None else None
    if statement is not None:
        out[f"statement={statement.kind}"] = 1.0
    if quote_marks(doc).odd_marks_in_paragraph(sent.start_char, head.idx):
        out["in_quotes"] = 1.0
    sentence = bisect_right(facts.sentence_starts, sent.start_char) - 1
    named = facts.named[sentence]
    out[f"sentence_actors={bucket(len(named), (1, 2, 3))}"] = 1.0
    for role, actor_id, span in (("doer", event.actor, event.actor_span),
                                 ("recipient", event.recipient, event.recipient_span)):
        actor = actors.get(actor_id) if actor_id else None
        out.update(_actor(role, actor))
        out.update(_found(role, doc, head, span, actor, statement if actor_id == speaker else None,
                          facts.sentence_starts))
        out.update(_named_by(role, actor, span))
    if _nearer_rival(head, sent, event, facts.mentions[sentence], facts):
        out["recipient_nearer_rival"] = 1.0
    if recipient is not None:
        # the learned chooser's recipient, named where the rules found none: wrong more often than the rules'
        out[f"recipient_by={event.recipient_by or 'rules'}"] = 1.0
    return out


def _named_by(role: str, actor: Optional[Actor], span: Optional[Span]) -> dict[str, float]:
    """Whether the participant's words are a mention of its actor ("the senator" resolved to her) or the
    actor stands in for words that name someone else or no one the index knows (the article's state for "the
    government", a thing's owner)."""
    if actor is None or span is None:
        return {}
    named = any(m.start < span.end and span.start < m.end for m in actor.mentions)
    return {f"{role}_named={'mention' if named else 'stand_in'}": 1.0}


def _nearer_rival(head, sent, event: Event, mentions: list[tuple[str, int, int]], facts: DocFacts) -> bool:
    """Whether another actor of the sentence (neither the doer nor the recipient; ``mentions``: the sentence's
    mentions, ``DocFacts.mentions``) is named nearer the trigger than the recipient's words, or at all when the recipient's
    words are not in the sentence: the recipient chosen over a closer competitor, the gate's commonest error.
    Nearness is in words between the trigger and the phrase's first character; mentions inside the doer's
    words do not count ("diplomats from Peru")."""
    doer, target = event.actor_span, event.recipient_span
    rivals = [start for actor_id, start, end in mentions if actor_id not in (event.actor, event.recipient)
              and sent.start_char <= start < sent.end_char
              and not (doer is not None and start < doer.end and doer.start < end)]
    if not rivals:
        return False
    if target is None or not sent.start_char <= target.start < sent.end_char:
        return True

    def words_to(start: int) -> int:
        return words_between(facts, min(start, head.idx), max(start, head.idx))

    return min(words_to(start) for start in rivals) < words_to(target.start)


def _actor(role: str, actor: Optional[Actor]) -> dict[str, float]:
    """What the actor index knows of a participant: its kind, whether it is coded, how often it is named."""
    if actor is None:
        return {f"{role}_kind=none": 1.0}
    return {f"{role}_kind={actor.kind}": 1.0, f"{role}_coded={'yes' if actor.code else 'no'}": 1.0,
            f"{role}_mentions={bucket(len(actor.mentions), (1, 2, 4, 8))}": 1.0}


def _found(role: str, doc, head, span: Optional[Span], actor: Optional[Actor],
           statement: Optional[Statement], sentence_starts: list[int]) -> dict[str, float]:
    """How a participant was found: its words' place in the parse relative to the trigger and their kind."""
    if span is None:
        return {f"{role}_via={'none' if actor is None else 'no_words'}": 1.0}
    if statement is not None and statement.source is not None and statement.source.start == span.start:
        return {f"{role}_via=speaker": 1.0}
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or not len(words):
        return {f"{role}_via=no_words": 1.0}
    root = words.root
    out = {f"{role}_words={_word_kind(root)}": 1.0}
    if actor is None:
        out[f"{role}_via=words_only"] = 1.0
    if root.sent.start != head.sent.start:
        out[f"{role}_via=other_sentence"] = 1.0
    else:
        out[f"{role}_via={_relation(root, head)}"] = 1.0
        out[f"{role}_distance={bucket(abs(root.i - head.i), (1, 3, 6, 12))}"] = 1.0
        out[f"{role}_side={'before' if root.i < head.i else 'after'}"] = 1.0
    if _word_kind(root) == "pronoun" and actor is not None:
        out[f"{role}_antecedent={_antecedent_distance(root, actor, sentence_starts)}"] = 1.0
    return out


def _word_kind(token) -> str:
    """A third-person pronoun, a first-person one, a name, or a common noun ("the government", "officials")."""
    lower = token.lower_
    if lower in FIRST_PERSON:
        return "first_person"
    if lower in THIRD_PERSON or token.pos_ == "PRON":
        return "pronoun"
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return "name"
    return "noun"


def _relation(token, head) -> str:
    """The participant's tie to the trigger: its subject, object, a preposition's object (which one: a
    passive's "by" is ``prep_by``), the subject of a verb above it (object or subject control, a clause it
    heads), a possessor, or other."""
    if token.head.i == head.i:
        if token.dep_ in SUBJECTS or token.dep_ in ("dobj", "dative", "agent", "poss", "compound", "amod"):
            return token.dep_
        return "child"
    if token.dep_ == "pobj" and token.head.head.i == head.i:
        return f"prep_{token.head.lower_}" if token.head.lower_ in PREPOSITIONS else "prep_other"
    if token.dep_ in SUBJECTS and head.i in {t.i for t in token.head.subtree}:
        return "subject_above"
    if token.dep_ in ("dobj", "dative") and head.i in {t.i for t in token.head.subtree}:
        return "object_above"
    if head.i in {t.i for t in token.subtree}:
        return "above"
    return "other"


def _antecedent_distance(pronoun, actor: Actor, starts: list[int]) -> str:
    """How many sentences back (``starts``: each sentence's first character) the nearest earlier mention of
    ``actor`` that is not a pronoun is."""
    earlier = [m for m in actor.mentions if m.end <= pronoun.idx and m.text.lower() not in THIRD_PERSON | FIRST_PERSON]
    if not earlier:
        return "none"
    nearest = max(m.start for m in earlier)
    back = bisect_right(starts, pronoun.idx) - bisect_right(starts, nearest)
    return bucket(back, (0, 1, 3))


class ConfidenceModel(ThresholdModel):
    """Weights per feature name; ``probability`` that an event is fully right (``rate`` holds it to the
    threshold)."""

    def __init__(self, data: dict, source: str = MODEL_FILE):
        super().__init__(data, FEATURES, source, "scripts/train_confidence.py")


@tables.cached()
def load() -> ConfidenceModel:
    """The shipped model, read once."""
    return tables.shipped_model(ConfidenceModel, MODEL_FILE)


def rate(doc, events: list[Event], actors: dict[str, Actor], statements: list[Statement], model: ConfidenceModel,
         realness_model, gate: bool = True, real: Optional[list[float]] = None) -> None:
    """Give each of ``events`` its ``certainty`` (``model``'s probability that it is fully right, with
    ``realness_model``'s probability among its features; ``real``: those probabilities, when the realness
    filter has found them already) and, when ``gate``, mark those below the threshold as out of the default
    views (``passes_gate`` False). Changes nothing else."""
    by_id = {s.id: s for s in statements}
    if real is None:
        real = realness.probabilities(doc, events, actors, statements, realness_model)
    facts = doc_facts(doc, actors)
    for event, probability in zip(events, real):
        event.certainty = round(model.probability(features(doc, event, actors, by_id, round(probability, 4), facts)), 3)
        event.passes_gate = not gate or event.certainty >= model.threshold
