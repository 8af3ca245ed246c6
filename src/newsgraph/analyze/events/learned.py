"""What the learned event models share (the realness filter, ``realness``, the confidence gate,
``confidence``, and the recipient chooser, ``recipients``): numbers as bucketed feature names, the logistic
link from a score to a probability, and the thresholded logistic model of the filter and the gate."""
from __future__ import annotations

import math

from newsgraph.errors import ModelMismatch


def bucket(value: int, edges: tuple) -> str:
    """The feature name of a count: ``"<=E"`` for the first edge E it does not pass, else ``">LAST"``."""
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def logistic(score: float) -> float:
    """The probability a logistic model's score stands for."""
    return 1.0 / (1.0 + math.exp(-score))


class ThresholdModel:
    """A logistic model read from its shipped JSON: weights per feature name, numeric features
    standardised by ``scale``, and the ``threshold`` its ``probability`` is held to. A model trained for
    other features than ``features`` is refused, naming ``trainer`` to rebuild it."""

    def __init__(self, data: dict, features: str, source: str, trainer: str):
        ModelMismatch.check(data, features, source, trainer)
        self.weights: dict[str, float] = data["weights"]
        self.intercept: float = data["intercept"]
        self.scale: dict[str, list[float]] = data.get("scale", {})  # numeric feature -> (mean, std)
        self.threshold: float = data["threshold"]
        self.info = data.get("info", {})

    def probability(self, values: dict[str, float]) -> float:
        score = self.intercept
        for name, value in values.items():
            weight = self.weights.get(name)
            if weight is None:
                continue
            if name in self.scale:
                mean, std = self.scale[name]
                value = (value - mean) / std
            score += weight * value
        return logistic(score)
