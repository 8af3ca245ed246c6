"""Is a candidate a real PLOVER event? A learned precision filter over the events the patterns found.

A logistic regression over facts of the candidate and its parse (``features``): its type and mode, the
trigger's lemma, part of speech and place in the sentence, its tense, auxiliaries and modality, whether
it sits in a statement (and is the statement's cue), what the actor index knows of its actor and
recipient, the pattern's confidence, what a verb acts on (someone, a thing, an act), its tense and the
kind of its subject. No article words beyond the lemma of the trigger's head.

Trained by ``scripts/train_realness.py`` on our own reviewers' judgements of events in the blind check's
dev sets (1-4, 140 PolNeAR tune documents, evlab11, the released sets 10 and 11, cal13 and the thirteenth
session's hunting helpers' verdicts) (``benchmarks/blind_check/event_judgments.tsv``: page, trigger offsets,
real or not; no article text), with folds grouped by article; shipped as ``data/events_realness_model.json.gz`` with the
threshold chosen from cross-validation. It only drops candidates the patterns found: it never makes an
event. The model carries the version of the features it was trained for (``FEATURES``); a model for
other features is refused with a clear error. Prediction is plain Python: no scikit-learn at run time.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from newsgraph.analyze import resources as tables
from newsgraph.analyze.events.learned import ThresholdModel, bucket
from newsgraph.analyze.events.participants import is_someone
from newsgraph.analyze.span_index import SpanIndex
from newsgraph.model import Actor, Event, Statement
from newsgraph.nlp.quote_marks import quote_marks

MODEL_FILE = "events_realness_model.json.gz"
#: what ``features`` computes; bump it whenever ``features`` changes, and retrain
FEATURES = "event-realness/v2"
MODALS = {"will", "would", "could", "can", "may", "might", "should", "must", "shall", "'ll", "wo", "'d"}


def features(doc, event: Event, actors: dict[str, Actor], statements: dict[str, Statement],
             sentence_starts: Optional[list[int]] = None, cues: Optional[SpanIndex] = None) -> dict[str, float]:
    """{feature name: value} of ``event`` in ``doc`` (``actors`` and ``statements`` by id;
    ``sentence_starts``: the token index of each sentence's start, ``sentence_starts(doc)``; ``cues``: the
    statements' cues, ``cue_index(statements)``; both built once per doc by ``real_events``)."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    head = span.root
    sent = head.sent
    out: dict[str, float] = {"bias": 1.0, f"type={event.type}": 1.0, f"mode={event.mode or '-'}": 1.0,
                             "confidence": event.confidence, f"lemma={head.lemma_.lower()}": 1.0,
                             f"pos={head.pos_}": 1.0, f"tag={head.tag_}": 1.0, f"dep={head.dep_}": 1.0,
                             f"up_pos={head.head.pos_}": 1.0, f"type_pos={event.type}:{head.pos_ == 'VERB'}": 1.0,
                             f"words={min(len(span), 3)}": 1.0}
    for flag in ("negated", "hypothetical", "intended"):
        if getattr(event, flag):
            out[flag] = 1.0
    children = list(head.children)
    for child in children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS:
            out[f"modal={child.lower_}"] = 1.0
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "dobj", "agent", "neg", "auxpass", "prep", "det", "poss"):
            out[f"child={child.dep_}"] = 1.0
    out.update(_participant("actor", actors.get(event.actor) if event.actor else None, event.actor_span is not None))
    out.update(_participant("recipient", actors.get(event.recipient) if event.recipient else None,
                            event.recipient_span is not None))
    statement = statements.get(event.statement) if event.statement else None
    if statement is not None:
        out[f"statement={statement.kind}"] = 1.0
        out[f"frame={statement.frame}"] = 1.0
        if event.actor is not None and event.actor == statement.speaker:
            out["actor_is_speaker"] = 1.0
    if (cues if cues is not None else cue_index(statements)).overlaps(event.trigger.start, event.trigger.end):
        out["trigger_is_cue"] = 1.0
    if quote_marks(doc).odd_marks_in_paragraph(sent.start_char, head.idx):
        out["in_quotes"] = 1.0
    if head.i == sent.root.i:
        out["sentence_root"] = 1.0
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is not None and last.text == "?":
        out["question"] = 1.0
    number = bisect_left(sentence_starts if sentence_starts is not None else starts_of_sentences(doc), sent.start)
    out[f"sentence_at={bucket(number, (0, 1, 3, 10))}"] = 1.0
    out[f"sentence_length={bucket(len(sent), (10, 20, 35, 60))}"] = 1.0
    out["date" if event.date else "no_date"] = 1.0
    if event.place:
        out["place"] = 1.0
    if head.pos_ in ("VERB", "AUX"):
        out[f"acts_on={_acted_on(head)}"] = 1.0
        out[f"tense={_tense(head)}"] = 1.0
        subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
        out[f"subject={_subject_kind(subject)}"] = 1.0
    return out


def _acted_on(verb) -> str:
    """What the verb acts on: someone, a thing, an act (a gerund or clause), or nothing named."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") or child.dep_ == "dobj" and child.tag_ == "VBG":
            return "act"
        if child.dep_ in ("dobj", "dative"):
            return "someone" if is_someone(child) else "thing"
    return "none"


def _tense(verb) -> str:
    """past, future (a modal or "going to"), infinitive, gerund or present."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in MODALS for a in auxes):
        return "modal"
    if verb.tag_ in ("VBD", "VBN") or any(a in ("did", "had", "has", "have", "was", "were") for a in auxes):
        return "past"
    if "to" in auxes:
        return "infinitive"
    return "gerund" if verb.tag_ == "VBG" else "present"


def _subject_kind(subject) -> str:
    """I or we (a speaker's own), a name, a bare plural (people in general), another noun, or none."""
    if subject is None:
        return "none"
    if subject.lower_ in ("i", "we"):
        return "first_person"
    if subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return "name"
    if subject.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in subject.children):
        return "bare_plural"
    return "pronoun" if subject.pos_ == "PRON" else "noun"


def _participant(role: str, actor: Optional[Actor], has_span: bool) -> dict[str, float]:
    if actor is None:
        return {f"{role}=none" if not has_span else f"{role}=span_only": 1.0}
    out = {f"{role}_kind={actor.kind}": 1.0, f"{role}_sector={actor.sector or '-'}": 1.0,
           f"{role}_country={'yes' if actor.country else 'no'}": 1.0}
    if actor.title:
        out[f"{role}_title"] = 1.0
    return out


def cue_index(statements: dict[str, Statement]) -> SpanIndex:
    """The statements' cue spans, for overlap look-ups."""
    return SpanIndex(s.cue for s in statements.values() if s.cue is not None)


def starts_of_sentences(doc) -> list[int]:
    """The token index each sentence of ``doc`` starts at, in order."""
    return [s.start for s in doc.sents]


class RealnessModel(ThresholdModel):
    """Weights per feature name; ``probability`` of a candidate being real, ``keep`` at the threshold."""

    def __init__(self, data: dict, source: str = MODEL_FILE):
        super().__init__(data, FEATURES, source, "scripts/train_realness.py")

    def keep(self, values: dict[str, float]) -> bool:
        return self.probability(values) >= self.threshold


@tables.cached()
def load() -> RealnessModel:
    """The shipped model, read once; a clear error when the package lacks it (``Settings.event_realness``
    False runs without it)."""
    return tables.shipped_model(RealnessModel, MODEL_FILE)


def probabilities(doc, events: list[Event], actors: dict[str, Actor], statements: list[Statement],
                  model: RealnessModel) -> list[float]:
    """``model``'s probability that each of ``events`` is a real event, in order."""
    by_id = {s.id: s for s in statements}
    starts, cues = starts_of_sentences(doc), cue_index(by_id)
    return [model.probability(features(doc, e, actors, by_id, starts, cues)) for e in events]


def real_events(doc, events: list[Event], actors: dict[str, Actor], statements: list[Statement],
                model: RealnessModel) -> list[Event]:
    """``events`` without the candidates ``model`` judges unlikely to be real."""
    return [e for e, _ in kept(events, probabilities(doc, events, actors, statements, model), model)]


def kept(events: list[Event], real: list[float], model: RealnessModel) -> list[tuple[Event, float]]:
    """The (event, probability) pairs whose probability reaches ``model``'s threshold (``RealnessModel.keep``)."""
    return [(e, p) for e, p in zip(events, real) if p >= model.threshold]
