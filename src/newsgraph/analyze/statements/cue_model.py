"""A small logistic model that decides which statement candidates are attributions.

Rules over the parse propose candidates (``analyze.statements.propose_candidates``); whether
"X thinks ...", "X backs Y" or "X is Y" reports a speaker's words, belief or intention depends
on the cue word, the frame, the source and the content together. The model weighs such
features; its weights are learned from PolNeAR's training split by
``scripts/train_cues.py`` and shipped as ``newsgraph/data/cue_model.tsv`` (feature, weight),
so scoring needs nothing but a dictionary look-up per feature: no scikit-learn at run time.

The model learns no names: a named source (a proper noun, an entity, a capitalised word inside
the sentence) is seen only by its entity type and shape, so what it learned from 2015-16 US
politics carries over to other news. The shipped table carries the feature version it was
trained for (``FEATURE_VERSION``); a table built for other features is refused with a clear
message rather than scored wrongly.

Speech verbs from ``data/cue_verbs.txt`` with a clausal complement and a source, and
``according to X``, are always kept, so the core constructions never depend on what the
model learned.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from newsgraph.analyze import resources
from newsgraph.analyze.statements.communication_classes import argues_plainly, says_in_class
from newsgraph.analyze.statements.cue_clauses import (
    commits_to,
    delivered_request,
    says_by_putting_it,
    speech_act_object,
    voices_stance,
)
from newsgraph.analyze.statements.quotes import QUOTE_MARKS
from newsgraph.nlp.text import text_of

DEFAULT_THRESHOLD = 0.4
THRESHOLD_ROW = "__threshold__"  # the row of cue_model.tsv that holds the acceptance threshold
# Bump when candidate_features changes: a model trained for other features is refused.
FEATURE_VERSION = 2
FEATURE_VERSION_ROW = "__feature_version__"
NAME_TYPES = frozenset(("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT"))
PERSON_WORDS = frozenset(
    "he she they i we you who spokesman spokeswoman spokesperson official officials president minister "
    "senator source sources aide aides adviser advisers analyst analysts expert experts critic critics "
    "candidate campaign governor mayor lawmaker lawmakers leader leaders chairman secretary".split()
)


def candidate_features(candidate) -> list[str]:
    """The features of one candidate (strings; each present feature has value 1)."""
    lemma, frame = candidate.lemma, candidate.frame
    base = frame.removesuffix("-nosrc")
    q = "q" if candidate.quoted else "nq"
    head = candidate.head
    doc = head.doc
    feats = [
        "bias", f"l={lemma}", f"f={frame}", f"lf={lemma}|{frame}", f"lfq={lemma}|{frame}|{q}",
        f"fq={frame}|{q}", f"dep={head.dep_}|{base}", f"tag={head.tag_}|{base}",
        f"ldep={lemma}|{head.dep_}",
    ]
    cue_words = [t.lower_ for t in candidate.cue_tokens]
    if any(t.dep_ == "neg" for t in candidate.cue_tokens):
        feats.append("neg")
    modals = [t.lower_ for t in candidate.cue_tokens if t.tag_ == "MD"]
    if modals:
        feats.append(f"modal={modals[0]}")
    if len(cue_words) > 1:
        feats.append(f"cuelen={min(len(cue_words), 3)}")
    feats.extend(_source_features(candidate, base))
    feats.extend(_content_features(candidate, doc, base, lemma))
    if head.sent.start == 0:
        feats.append(f"first_sentence|{base}")
    feats.extend(_nesting_features(candidate, base))
    return feats


def _nesting_features(candidate, base: str) -> list[str]:
    """Whether the cue stands inside another candidate's content, and how much of it it spans."""
    parent = candidate.parent
    if parent is None:
        return [f"top|{base}"]
    mine = sum(e - s for s, e in candidate.content)
    theirs = sum(e - s for s, e in parent.content) or 1
    share = "most" if 2 * mine > theirs else "part"
    return [f"parent={parent.lemma}|{parent.frame}", f"nested|{base}|{share}",
            f"nested_lemma={candidate.lemma}|{share}"]


def _source_features(candidate, base: str) -> list[str]:
    tokens = candidate.source_tokens
    if not tokens:
        return ["src=none"]
    inside = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in inside or t.head is t), tokens[0])
    kind = root.ent_type_ or root.pos_
    feats = [f"src={kind}", f"srcf={kind}|{base}", _source_word(root)]
    if any(c.dep_ == "appos" for c in root.children):
        feats.append(f"src_appos|{base}")
    if any(t.lower_ in PERSON_WORDS for t in tokens):
        feats.append(f"src_title|{base}")
    if root.lower_ in PERSON_WORDS or root.lemma_.lower() in PERSON_WORDS or root.ent_type_ == "PERSON":
        feats.append(f"src_person|{base}")
        feats.append(f"src_person|{candidate.lemma}")
    return feats


def _source_word(root) -> str:
    """The source's head word when it is a pronoun or a common noun ("he", "officials",
    "spokesman"); for a name only its entity type and shape: the model learns no names."""
    if root.pos_ == "PRON":
        return f"srcl={root.lower_}"
    if root.pos_ == "PROPN" or root.ent_type_ in NAME_TYPES or _capitalised_name(root):
        return f"srcname={root.ent_type_ or 'none'}|{_shape(root.text)}"
    return f"srcn={root.lemma_.lower()}"


def _capitalised_name(token) -> bool:
    """A capitalised word the tagger took for a common noun: a name, unless it only opens the
    sentence ("Officials said ...")."""
    if not token.text[:1].isupper():
        return False
    return token.i != token.sent.start or token.lemma_.lower() not in PERSON_WORDS


def _shape(word: str) -> str:
    """Xx (capitalised), X (all capitals), x (lower case), d (digits), other."""
    if word.isupper():
        return "X"
    if word[:1].isupper():
        return "Xx"
    if word.islower():
        return "x"
    return "d" if any(ch.isdigit() for ch in word) else "other"


def _content_features(candidate, doc, base: str, lemma: str) -> list[str]:
    text = text_of(doc)
    chars = sum(e - s for s, e in candidate.content)
    first = text[candidate.content[0][0]:candidate.content[0][1]]
    feats = [f"clen={min(int(math.log2(chars + 1)), 9)}|{base}"]
    if any(ch in QUOTE_MARKS for s, e in candidate.content for ch in text[s:e]) or "''" in first:
        feats.append(f"cquote|{base}")
        feats.append(f"cquote_l={lemma}")
    first_word = first.split(" ", 1)[0].lower()
    if first_word in ("that", "to", "if", "whether", "how", "why", "what"):
        feats.append(f"cfirst={first_word}|{base}")
    if candidate.content[0][0] < candidate.cue_tokens[0].idx:
        feats.append(f"content_before|{base}")
    if base == "obj":
        obj = next((c for c in candidate.head.children if c.dep_ in ("dobj", "xcomp", "oprd", "attr")), None)
        if obj is not None:
            feats.append(f"obj={obj.dep_}|{obj.ent_type_ or obj.pos_}")
            feats.append(f"lobj={lemma}|{obj.dep_}")
    return feats


@dataclass
class CueModel:
    """Logistic weights over candidate features, and the speech verbs always kept."""

    weights: dict
    speech_verbs: frozenset
    threshold: float = DEFAULT_THRESHOLD

    def probability(self, candidate) -> float:
        z = sum(self.weights.get(f, 0.0) for f in candidate_features(candidate))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def certain(self, candidate) -> bool:
        """A core construction, kept whatever the model says."""
        if candidate.quoted:
            return False
        return (candidate.lemma in self.speech_verbs and candidate.frame in ("ccomp", "noun")) \
            or candidate.frame in ("according", "post") or voices_stance(candidate) \
            or candidate.frame == "ccomp" and says_by_putting_it(candidate) or argues_plainly(candidate) \
            or speech_act_object(candidate) or commits_to(candidate) or says_in_class(candidate) \
            or candidate.frame == "noun" and candidate.head is not None and delivered_request(candidate.head)

    def score(self, candidate) -> float:
        """The model's probability, raised to the threshold for a core construction."""
        probability = self.probability(candidate)
        return max(probability, self.threshold) if self.certain(candidate) else probability

    def accepts(self, candidate) -> bool:
        return self.score(candidate) >= self.threshold


class CueModelError(ValueError):
    """A shipped cue model that does not fit this code (wrong feature version, bad rows)."""


def read_weights(text: str) -> dict:
    """feature -> weight from the shipped TSV (its threshold and feature-version rows included)."""
    weights = {}
    for number, line in enumerate(text.splitlines()[1:], 2):
        if line.strip():
            feature, _, weight = line.rpartition("\t")
            try:
                weights[feature] = float(weight)
            except ValueError:
                raise CueModelError(f"cue_model.tsv line {number}: {line!r} is no feature<TAB>weight row") from None
    return weights


def load_model(text: str, speech_verbs: frozenset) -> CueModel:
    """A model from the text of a cue_model.tsv; refused clearly when it was trained for other features."""
    weights = read_weights(text)
    version = weights.pop(FEATURE_VERSION_ROW, None)
    if version is None or int(version) != FEATURE_VERSION:
        found = "no feature version" if version is None else f"feature version {int(version)}"
        raise CueModelError(
            f"cue_model.tsv has {found}, but this newsgraph computes cue features version {FEATURE_VERSION}: "
            "retrain it with scripts/train_cues.py (see its --help)")
    threshold = weights.pop(THRESHOLD_ROW, DEFAULT_THRESHOLD)
    return CueModel(weights, speech_verbs, threshold)


@resources.cached()
def default_model() -> Optional[CueModel]:
    """The shipped model (read once per process), or None when the package has none."""
    from newsgraph.analyze.statements.cues import speech_verbs

    if not resources.exists("cue_model.tsv"):
        return None
    return load_model(resources.read("cue_model.tsv"), speech_verbs())
