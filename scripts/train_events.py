"""Train the sentence quad classifier shipped as src/newsgraph/data/events_quad_model.json.gz.

    python scripts/train_events.py [--data ../shared/data] [--C 20] [--cv]

Data: ConfliBERT's CAMEO-coded sentences (``conflibert/cameo_class_train.tsv``), only the tune part:
never a sentence of the frozen third (``newsgraph.eval.splits.is_frozen_sentence``) that
``newsgraph eval events`` reports on. ``--cv`` prints the 5-fold cross-validated accuracy of a few
values of C over the tune part (``splits.fold_of``), to choose C without looking at the frozen third.
No sentence text is stored: only the TF-IDF vocabulary, idf weights and the logistic regression's
coefficients, and the feature version they were computed with (``classifier.FEATURES``). The file is
written with sorted terms and gzip mtime 0: the same data and C give the same bytes. CPU, seconds;
needs scikit-learn (a dev dependency).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from newsgraph.analyze.events.classifier import FEATURES, MODEL_FILE, TOKEN
from newsgraph.eval.events import read_cameo_classes
from newsgraph.eval.splits import fold_of, is_frozen_sentence
from training import write_model

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / MODEL_FILE
FOLDS = 5


def _fit(texts, labels, c: float):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=TOKEN.pattern, min_df=1)
    matrix = vectorizer.fit_transform(texts)
    return vectorizer, LogisticRegression(C=c, max_iter=3000).fit(matrix, labels)


def tune_rows(data: Path) -> list[tuple[str, int]]:
    rows = read_cameo_classes(data / "conflibert" / "cameo_class_train.tsv")
    return [(s, q) for s, q in rows if not is_frozen_sentence(s)]


def cross_validate(rows, c: float) -> float:
    """Mean accuracy over the tune part's folds (``fold_of``)."""
    scores = []
    for fold in range(FOLDS):
        train = [(s, q) for s, q in rows if fold_of(s, FOLDS) != fold]
        test = [(s, q) for s, q in rows if fold_of(s, FOLDS) == fold]
        vectorizer, model = _fit([s for s, _ in train], [q for _, q in train], c)
        predicted = model.predict(vectorizer.transform([s for s, _ in test]))
        scores.append(sum(int(p == q) for p, (_, q) in zip(predicted, test)) / len(test))
    return sum(scores) / len(scores)


def train(data: Path, out: Path, c: float) -> dict:
    rows = tune_rows(data)
    vectorizer, model = _fit([s for s, _ in rows], [q for _, q in rows], c)
    terms = []
    for term, column in sorted(vectorizer.vocabulary_.items()):
        weights = [round(float(w), 4) for w in model.coef_[:, column]]
        if any(abs(w) >= 0.002 for w in weights):
            terms.append([term, round(float(vectorizer.idf_[column]), 4), weights])
    payload = {
        "features": FEATURES,
        "classes": [int(x) for x in model.classes_],
        "intercept": [round(float(x), 4) for x in model.intercept_],
        "terms": terms,
        "info": {"trained_on": "conflibert/cameo_class_train.tsv, tune part (not the frozen third of "
                               "newsgraph.eval.splits.is_frozen_sentence)",
                 "rows": len(rows), "C": c},
    }
    write_model(payload, out)
    return payload["info"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--C", type=float, default=20.0)  # the best of --cv on the tune part
    parser.add_argument("--cv", action="store_true", help="print 5-fold CV accuracy for a few C over the tune part")
    args = parser.parse_args()
    if args.cv:
        rows = tune_rows(args.data)
        for c in (1.0, 2.0, 5.0, 10.0, 20.0):
            print(f"C={c:<5} 5-fold CV accuracy on the tune part: {cross_validate(rows, c):.3f}")
        return
    info = train(args.data, args.out, args.C)
    print(f"trained on {info['rows']} rows -> {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
