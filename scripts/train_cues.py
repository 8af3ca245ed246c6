"""Learn the cue lexicon and the cue model from PolNeAR's training split.

The statement rules propose every candidate they can (``propose_candidates``); each is
checked against train's gold attributions: right when its content half-overlaps a gold
content (or, for a gold quote split in two, covers most of one of its segments). Then:

* ``src/newsgraph/data/cues.tsv``: for every (cue lemma, frame), proposals and right ones;
* ``src/newsgraph/data/cue_model.tsv``: weights of a logistic regression (scikit-learn,
  here only) over ``analyze.statements.cue_model.candidate_features``, pruned of rare features, and
  the acceptance threshold with the best end-to-end F1 in 3-fold cross-validation on train.

Only train's tune part is read: the frozen fifth of train (``eval.splits.is_frozen_polnear``)
is scored only (``newsgraph eval statements --polnear train.jsonl --frozen-only``) and dev stays
for evaluation. The output is reproducible (a fixed solver seed, rows in sorted order) and the
model carries the feature version it was trained for (``cue_model.FEATURE_VERSION``).

    .venv/bin/python scripts/train_cues.py ../shared/data/polnear/train.jsonl \
        [--cache /tmp/polnear-train.spacy] [--out-dir src/newsgraph/data]
"""
from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from newsgraph.analyze.statements import propose_candidates
from newsgraph.analyze.statements.cue_model import (
    DEFAULT_THRESHOLD,
    FEATURE_VERSION,
    FEATURE_VERSION_ROW,
    THRESHOLD_ROW,
    CueModel,
    candidate_features,
)
from newsgraph.analyze.statements.cues import speech_verbs
from newsgraph.analyze.statements.quotes import find_quotes
from newsgraph.eval.polnear import Tally, half_overlap, read_polnear, strip_segments
from newsgraph.eval.splits import fold_of, is_frozen_polnear
from newsgraph.nlp import loader

THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55)
MIN_PROPOSED = 2  # rows proposed fewer times are noise; leave them out of the table


def parsed_docs(articles, cache: Path | None):
    from spacy.tokens import DocBin

    nlp = loader.load()
    if cache and cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    if cache:
        bin_ = DocBin(store_user_data=False)
        for doc in docs:
            bin_.add(doc)
        bin_.to_disk(cache)
    return docs


def is_right(content, gold_contents) -> bool:
    """The candidate content matches a gold content, or most of one segment of a split quote."""
    chars = {i for s, e in content for i in range(s, e)}
    for gold in gold_contents:
        if half_overlap(content, gold):
            return True
        if len(gold) > 1:
            for s, e in gold:
                shared = len(chars & set(range(s, e)))
                if 2 * shared >= len(chars) and 2 * shared >= e - s:
                    return True
    return False


def labelled_candidates(articles, docs):
    """(candidate, right?) for every candidate the rules propose on train.

    A gold attribution makes one candidate right: of those whose content matches it, the
    one sharing most characters with it. Its near-duplicates (the same clause reached from a
    nested cue) are wrong, so the model learns which of them to prefer.
    """
    for article, doc in zip(articles, docs):
        quotes, _ = find_quotes(doc.text)
        candidates = propose_candidates(doc, quotes)
        contents = [strip_segments(doc.text, c.content) for c in candidates]
        chars = [{i for s, e in content for i in range(s, e)} for content in contents]
        right = [False] * len(candidates)
        for gold in article.attributions:
            gold_chars = {i for s, e in gold.content for i in range(s, e)}
            best = max(
                ((len(chars[k] & gold_chars), -k) for k in range(len(candidates))
                 if is_right(contents[k], [gold.content])), default=None
            )
            if best is not None and best[0] > 0:
                right[-best[1]] = True
        yield from zip(candidates, right)


def write_lexicon(samples, path: Path) -> int:
    proposed: Counter = Counter()
    correct: Counter = Counter()
    for candidate, right in samples:
        proposed[candidate.key] += 1
        correct[candidate.key] += right
    rows = sorted(
        (key for key, n in proposed.items() if n >= MIN_PROPOSED and correct[key] > 0),
        key=lambda k: (-correct[k] / proposed[k], -proposed[k], k),
    )
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["lemma", "frame", "proposed", "correct", "precision"])
        for lemma, frame in rows:
            n, k = proposed[(lemma, frame)], correct[(lemma, frame)]
            writer.writerow([lemma, frame, n, k, f"{k / n:.3f}"])
    return len(rows)


def fit_weights(samples, min_count: int = 3, c: float = 0.5) -> dict:
    """Logistic-regression weights (feature -> weight) for labelled candidates."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [candidate_features(candidate) for candidate, _ in samples]
    labels = [int(right) for _, right in samples]
    counts = Counter(f for feats in rows for f in set(feats))
    rows = [{f: 1 for f in feats if counts[f] >= min_count} for feats in rows]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows).tocsr()
    x.indices = x.indices.astype("int32")  # liblinear wants 32-bit sparse indices
    x.indptr = x.indptr.astype("int32")
    model = LogisticRegression(C=c, max_iter=2000, solver="liblinear", fit_intercept=False,
                               random_state=0)
    model.fit(x, labels)
    return {name: w for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0]) if abs(w) >= 1e-3}


def pick_threshold(articles, docs, samples_of, c: float, folds: int = 3) -> float:
    """The acceptance threshold that scores best over ``folds``-fold cross-validation on the
    training documents (never dev, never the frozen fifth): the best end-to-end F1 (a statement with
    its content and its speaker right), content F1 breaking ties."""
    from newsgraph.analyze.statements import find_statements
    from newsgraph.eval.statements import NoResolution, as_attribution

    tallies = {threshold: Tally() for threshold in THRESHOLDS}
    fold = [fold_of(a.doc_id, folds) for a in articles]
    for held_fold in range(folds):
        fit = [s for k, group in enumerate(samples_of) if fold[k] != held_fold for s in group]
        model = CueModel(fit_weights(fit, c=c), speech_verbs())
        held = [k for k in range(len(articles)) if fold[k] == held_fold]
        for threshold in THRESHOLDS:
            model.threshold = threshold
            for k in held:
                statements = find_statements(docs[k], NoResolution(), [], None, selector=model)
                tallies[threshold].add(articles[k].attributions,
                                       [as_attribution(docs[k].text, s) for s in statements if s.content])
    best = ((-1.0, -1.0), DEFAULT_THRESHOLD)
    for threshold, tally in tallies.items():
        metrics = tally.metrics()
        # end-to-end first (content and speaker right: who said what), content F1 breaks ties
        score = (round(metrics["end_to_end"]["f1"], 3), metrics["content"]["f1"])
        print(f"{folds}-fold cross-validation on train, threshold {threshold}: content F1 "
              f"{metrics['content']['f1']:.3f}, end-to-end F1 {metrics['end_to_end']['f1']:.3f}")
        best = max(best, (score, threshold))
    return best[1]


def write_model(weights: dict, threshold: float, path: Path) -> int:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("feature\tweight\n")
        handle.write(f"{FEATURE_VERSION_ROW}\t{FEATURE_VERSION}\n")
        handle.write(f"{THRESHOLD_ROW}\t{threshold:.4f}\n")
        for name in sorted(weights):
            handle.write(f"{name}\t{weights[name]:.4f}\n")
    return len(weights)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("--cache", type=Path, default=None, help="DocBin of the parsed train texts (all of them)")
    parser.add_argument("--out-dir", type=Path, default=Path("src/newsgraph/data"))
    parser.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    args = parser.parse_args()
    articles = list(read_polnear(args.train))
    docs = parsed_docs(articles, args.cache)
    tune = [k for k, a in enumerate(articles) if not is_frozen_polnear(a.doc_id)]
    print(f"training on {len(tune)} of {len(articles)} documents (the frozen fifth left out)")
    articles, docs = [articles[k] for k in tune], [docs[k] for k in tune]
    samples_of = [list(labelled_candidates([a], [d])) for a, d in zip(articles, docs)]
    samples = [s for group in samples_of for s in group]
    n_rows = write_lexicon(samples, args.out_dir / "cues.tsv")
    threshold = pick_threshold(articles, docs, samples_of, args.c)
    n_weights = write_model(fit_weights(samples, c=args.c), threshold, args.out_dir / "cue_model.tsv")
    right = sum(r for _, r in samples)
    print(f"{len(samples)} candidates ({right} right) from {len(articles)} articles: "
          f"{n_rows} lexicon rows, {n_weights} model weights, threshold {threshold} -> {args.out_dir}")


if __name__ == "__main__":
    main()
