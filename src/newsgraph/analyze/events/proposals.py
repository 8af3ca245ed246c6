"""Trigger words the tables miss, proposed by a learned model (recall; issue 9).

Where neither the shipped tables (``lexicon``) nor ``recall`` name an event for a verb or noun, a
multinomial logistic regression over facts of the word and its clause proposes a PLOVER type
("slammed Trump", "bashed Clinton", "pushed for a ban"). A proposal is only a trigger: it is read by
the same patterns (``patterns``) and must pass the same participant and actor rules (``events``: a
political doer, a recipient where the type needs one) and the realness filter as any table trigger.
The model never makes an event of its own.

Features (``features``): the word's lemma, part of speech, tag and dependency, its head's part of
speech, whether its subject and object name someone (and which kind of name), its particle and
prepositions, whether it has a clausal complement, whether it is negated, whether it sits inside a
quotation, and the CAMEO dictionary's default code for the verb even where that code is a category
head too vague to use alone (CAMEO 110 "disapprove"). No article words beyond the lemma.

Trained and cross-validated by ``scripts/train_trigger_proposals.py`` on the 140 PolNeAR tune documents
of the eighth session's blind event labels (``benchmarks/blind_check/trigger_labels.tsv``: page,
character offsets of the trigger word, PLOVER type; no text), with folds grouped by document. No model
ships: under grouped CV it proposes few right triggers among many wrong ones (README "Events"), far
below the precision events need; ``find_events(triggers=...)`` takes one for experiments. A model
carries its feature version (``FEATURES``); another version is refused. Plain Python at run time.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from newsgraph.analyze.events.lexicon import FRAME_TYPES, Trigger
from newsgraph.analyze.events.participants import is_someone
from newsgraph.errors import ModelMismatch
from newsgraph.nlp.quote_marks import quote_marks

#: what ``features`` computes; bump it whenever ``features`` changes, and retrain
FEATURES = "event-trigger-proposals/v1"
NAME_KINDS = ("PERSON", "NORP", "ORG", "GPE")
PARTS = ("VERB", "NOUN")


def candidate(token) -> bool:
    """A word the model may propose: a verb, or a noun that heads a phrase (not part of a name)."""
    return token.pos_ in PARTS and token.is_alpha and len(token.text) > 2


def _kind(token) -> str:
    if token.ent_type_ in NAME_KINDS:
        return token.ent_type_
    if token.pos_ == "PRON":
        return "PRON"
    return "someone" if is_someone(token) else "thing"


def _in_quote(token) -> bool:
    """Whether an odd number of quotation marks open before the word in its sentence."""
    return quote_marks(token.doc).odd_marked_tokens(token.sent.start, token.i)


def features(token, defaults: Optional[dict] = None) -> dict[str, float]:
    """{feature: value} of a candidate word; ``defaults``: the lexicon's CAMEO default codes
    ((lemma, particle) -> Sense)."""
    lemma = token.lemma_.lower()
    out = {"bias": 1.0, f"lemma={lemma}": 1.0, f"pos={token.pos_}": 1.0, f"tag={token.tag_}": 1.0,
           f"dep={token.dep_}": 1.0, f"up={token.head.pos_}": 1.0}
    particle = ""
    for child in token.children:
        dep = child.dep_
        if dep in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "agent", "dative"):
            out[f"{dep}={_kind(child)}"] = 1.0
        elif dep == "prep":
            out[f"prep={child.lower_}"] = 1.0
            target = next((g for g in child.children if g.dep_ == "pobj"), None)
            if target is not None:
                out[f"prep_obj={_kind(target)}"] = 1.0
        elif dep == "prt":
            particle = child.lower_
            out[f"prt={particle}"] = 1.0
        elif dep in ("ccomp", "xcomp", "neg", "aux", "auxpass"):
            out[f"has={dep}"] = 1.0
    if token.dep_ in ("amod", "compound", "nsubj", "dobj", "pobj"):
        out[f"as={token.dep_}:{token.head.pos_}"] = 1.0
    if _in_quote(token):
        out["in_quote"] = 1.0
    default = (defaults or {}).get((lemma, particle)) if token.pos_ == "VERB" else None
    if default is not None:
        out[f"cameo={default.type or 'none'}"] = 1.0
        out[f"cameo_head={default.cameo.endswith('0')}"] = 1.0
    return out


@dataclass(frozen=True)
class Proposer:
    """The learned model: classes (``"-"`` for no event, else PLOVER types), per-class weights, and the
    threshold on the chance that a word names any event (then the likeliest type is proposed)."""

    classes: tuple
    weights: dict  # feature -> [weight per class]
    bias: tuple
    threshold: float

    def probabilities(self, feats: dict[str, float]) -> list[float]:
        scores = list(self.bias)
        for name, value in feats.items():
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    scores[k] += w * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def choose(self, probs: list[float]) -> Optional[str]:
        """The likeliest PLOVER type when the chance that the word names any event reaches the threshold."""
        events = [k for k, name in enumerate(self.classes) if name != "-"]
        if sum(probs[k] for k in events) < self.threshold:
            return None
        return self.classes[max(events, key=probs.__getitem__)]

    def propose(self, token, defaults: Optional[dict] = None) -> Optional[Trigger]:
        """The trigger the model proposes for ``token`` (a table-less word), or None."""
        if not candidate(token):
            return None
        etype = self.choose(self.probabilities(features(token, defaults)))
        if etype is None:
            return None
        role = "frame" if etype in FRAME_TYPES and token.pos_ == "VERB" else "event"
        return Trigger((token.lemma_.lower(),), token.pos_, etype, None, role, "learned")

    def to_json(self) -> dict:
        return {"features": FEATURES, "classes": list(self.classes), "weights": self.weights,
                "bias": list(self.bias), "threshold": self.threshold}


def from_json(data: dict, where: str = "the trigger model") -> Proposer:
    if data.get("features") != FEATURES:
        raise ModelMismatch(f"{where} was trained for features {data.get('features')!r}, this code computes "
                            f"{FEATURES!r}; retrain it with `python scripts/train_trigger_proposals.py --write FILE`")
    return Proposer(tuple(data["classes"]), data["weights"], tuple(data["bias"]), float(data["threshold"]))
