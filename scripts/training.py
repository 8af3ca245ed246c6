"""What the model training scripts share: for the thresholded logistic models (``train_realness.py``,
``train_confidence.py``) fitting scikit-learn's logistic regression on feature dicts with the numeric
features standardised the way ``newsgraph.analyze.events.learned.ThresholdModel`` reads them back; for
those, ``train_participants.py`` and ``train_events.py``, the rounded weights and writing a model as gzip
JSON (sorted keys, gzip mtime 0) so that the same data give the same bytes.

It lives in scripts/ because it needs scikit-learn, which the runtime never imports; the scripts import it
as they are run (``python scripts/train_*.py`` puts scripts/ first on ``sys.path``)."""
from __future__ import annotations

import json
from pathlib import Path

from shipped import write_gzip


def scaled(values: dict, scale: dict) -> dict:
    """``values`` with each feature of ``scale`` standardised by its (mean, std)."""
    return {k: (v - scale[k][0]) / scale[k][1] if k in scale else v for k, v in values.items()}


def fit(rows: list[dict], labels: list[bool], c: float, numeric: tuple[str, ...]):
    """A logistic regression (inverse regularisation ``c``) of ``labels`` on the rows' ``features``, the
    ``numeric`` ones standardised first: (vectorizer, model, scale), ``scale`` rounded as it is shipped."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    scale = {}
    for name in numeric:
        values = [r["features"].get(name, 0.0) for r in rows]
        mean = sum(values) / len(values)
        std = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5 or 1.0
        scale[name] = [round(mean, 4), round(std, 4)]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([scaled(r["features"], scale) for r in rows])
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, labels)
    return vectorizer, model, scale


def predict(fitted, rows: list[dict]) -> list[float]:
    """The probability of each row under a model from ``fit``."""
    vectorizer, model, scale = fitted
    matrix = vectorizer.transform([scaled(r["features"], scale) for r in rows])
    return [float(p) for p in model.predict_proba(matrix)[:, 1]]


def page_fold(rows: list[dict], folds: int):
    """Pages dealt round-robin into ``folds`` folds in sorted order: no article in train and test."""
    pages = sorted({r["page"] for r in rows})
    fold = {page: k % folds for k, page in enumerate(pages)}
    return lambda row: fold[row["page"]]


def fitted_weights(vectorizer, model) -> dict[str, float]:
    """The fitted weights by feature name, rounded to 4 places, near-zero ones left out."""
    return {name: round(float(w), 4) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0])
            if abs(w) >= 1e-4}


def write_model(payload: dict, out: Path) -> None:
    """``payload`` as compact JSON with sorted keys, gzipped with mtime 0 and no file name: reproducible bytes."""
    write_gzip(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8"), out)


def cached_candidates(cache: Path | None, compute) -> list[dict]:
    """Today's labelled candidates: read from ``cache`` when it is a file, else ``compute()``d (and written to
    ``cache`` when one is named), so a second run skips the rendering."""
    if cache and cache.is_file():
        return json.loads(cache.read_text("utf-8"))
    found = compute()
    if cache:
        cache.write_text(json.dumps(found), "utf-8")
    return found


def drop_features(rows: list[dict], prefixes: str) -> None:
    """Leave out of every row the features whose names start with one of the comma-separated ``prefixes``
    (an ablation; empty: none)."""
    if not prefixes:
        return
    drop = tuple(prefixes.split(","))
    for row in rows:
        row["features"] = {k: v for k, v in row["features"].items() if not k.startswith(drop)}
