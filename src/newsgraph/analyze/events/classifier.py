"""The sentence classifier: how likely a sentence's main event is of each CAMEO quad class.

A multinomial logistic regression over TF-IDF word uni- and bigrams, trained by
``scripts/train_events.py`` (CPU, seconds) on the tune part of ConfliBERT's sentences (never the
frozen third) and shipped as ``data/events_quad_model.json.gz``. It only re-weighs the confidence of
events the patterns found; it never makes an event by itself. The model carries the version of the
features it was trained for (``FEATURES``); a model for other features is refused with a clear error.
Prediction is plain Python over sparse features: no scikit-learn at run time.
"""
from __future__ import annotations

import math
import re
from typing import Optional

from newsgraph.analyze import resources as tables
from newsgraph.errors import ModelMismatch

TOKEN = re.compile(r"(?u)\b\w\w+\b")
MODEL_FILE = "events_quad_model.json.gz"
#: what ``features`` computes; bump it whenever ``features`` changes, and retrain
FEATURES = "tfidf-sublinear-word-1-2/v1"


def features(text: str) -> dict[str, int]:
    """Word unigram and bigram counts of lower-cased text (scikit-learn's default token pattern)."""
    words = TOKEN.findall(text.lower())
    counts: dict[str, int] = {}
    for i, word in enumerate(words):
        counts[word] = counts.get(word, 0) + 1
        if i:
            bigram = words[i - 1] + " " + word
            counts[bigram] = counts.get(bigram, 0) + 1
    return counts


class QuadClassifier:
    def __init__(self, data: dict, source: str = MODEL_FILE):
        ModelMismatch.check(data, FEATURES, source, "scripts/train_events.py")
        self.classes = [int(c) for c in data["classes"]]
        self.vocab = {term: (idf, weights) for term, idf, weights in data["terms"]}
        self.intercept = data["intercept"]
        self.info = data.get("info", {})

    def quad_probabilities(self, text: str) -> dict[int, float]:
        """{quad class: probability}, classes 0 (statement only) to 4 (material conflict)."""
        values = {}
        for term, count in features(text).items():
            entry = self.vocab.get(term)
            if entry is not None:
                values[term] = (1.0 + math.log(count)) * entry[0]
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        scores = list(self.intercept)
        for term, value in values.items():
            weights = self.vocab[term][1]
            for k in range(len(scores)):
                scores[k] += weights[k] * value / norm
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps)}


@tables.cached()
def load() -> Optional[QuadClassifier]:
    """The shipped model, read once; None when the package ships none (patterns alone then)."""
    if not tables.exists(MODEL_FILE):
        return None
    return tables.shipped_model(QuadClassifier, MODEL_FILE)
