"""Train the sentence quad classifier shipped as src/newsgraph/data/events_quad_model.json.gz.

    python scripts/train_events.py [--data ../shared/data]

Data: ConfliBERT's CAMEO-coded sentences (``conflibert/cameo_class_train.tsv``), only the rows NOT in
the held-out fifth that ``newsgraph eval events`` reports on (``newsgraph.eval.events.is_held_out``, a
fixed hash of the sentence). No sentence text is stored: only the TF-IDF vocabulary, idf weights and the
logistic regression's coefficients. CPU, a few seconds; needs scikit-learn (a dev dependency).
"""
from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from newsgraph.analyze.event_classifier import MODEL_FILE, TOKEN
from newsgraph.eval.events import is_held_out, read_cameo_classes

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / MODEL_FILE


def train(data: Path, out: Path, c: float) -> dict:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [(s, q) for s, q in read_cameo_classes(data / "conflibert" / "cameo_class_train.tsv") if not is_held_out(s)]
    texts = [s for s, _ in rows]
    labels = [q for _, q in rows]
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=TOKEN.pattern, min_df=1)
    matrix = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=c, max_iter=3000).fit(matrix, labels)
    terms = []
    for term, column in sorted(vectorizer.vocabulary_.items()):
        weights = [round(float(w), 4) for w in model.coef_[:, column]]
        if any(abs(w) >= 0.002 for w in weights):
            terms.append([term, round(float(vectorizer.idf_[column]), 4), weights])
    payload = {
        "classes": [int(x) for x in model.classes_],
        "intercept": [round(float(x), 4) for x in model.intercept_],
        "terms": terms,
        "info": {"trained_on": "conflibert/cameo_class_train.tsv minus the held-out fifth",
                 "rows": len(rows), "C": c},
    }
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(payload, fh, separators=(",", ":"))
    return payload["info"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--C", type=float, default=5.0)
    args = parser.parse_args()
    info = train(args.data, args.out, args.C)
    print(f"trained on {info['rows']} rows -> {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
