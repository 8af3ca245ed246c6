"""What the learned event models share (the realness filter, ``realness``, and the recipient chooser,
``recipients``): numbers as bucketed feature names, and the logistic link from a score to a probability."""
from __future__ import annotations

import math


def bucket(value: int, edges: tuple) -> str:
    """The feature name of a count: ``"<=E"`` for the first edge E it does not pass, else ``">LAST"``."""
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def logistic(score: float) -> float:
    """The probability a logistic model's score stands for."""
    return 1.0 / (1.0 + math.exp(-score))
