"""Train the event recipient chooser shipped as src/newsgraph/data/events_recipients_model.json.gz.

    python scripts/train_participants.py [--data ../shared/data] [--cv] [--cache FILE]

Data: ConfliBERT's ``conflibert/cameo_ner_train.txt`` (CAMEO-coded sentences with gold S = source,
T = target, R = reciprocal token tags; Parolin et al. 2022, research use), ONLY its tune part
(``eval.splits.is_frozen_sentence`` False): the frozen third is never read here, it is only scored by
``newsgraph eval events``. No text is shipped: the model holds weights of structural features.

Candidates: today's pipeline (``Settings()``) runs on each tune sentence with a recording chooser; for
every event the patterns find it lists the recipient candidates ``analyze.events.recipients`` offers (the
rules' choice; where that is no actor, also the sentence's other actor phrases the actor index resolves)
with their features. Labels: a candidate is right when its span overlaps a gold T (or R) span of the
sentence; "no recipient" is right when no other candidate is.

Model: a logistic regression over the candidates (scikit-learn, a dev dependency; CPU, seconds); the
chooser keeps the rules' candidate unless another one's probability beats it by ``margin``. C and the
margin are chosen by 5-fold cross-validation grouped by sentence (round-robin over the sentences in file
order), on the target span F1 of the chosen recipients (overlap, as ``eval.events.span_scores``). The
file is written with sorted keys and gzip mtime 0: the same data and code give the same bytes.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

from newsgraph import Settings, nlp
from newsgraph.analyze.actors import find_actors, kb
from newsgraph.analyze.dates import find_dates
from newsgraph.analyze.events import find_events
from newsgraph.analyze.events.recipients import FEATURES, MODEL_FILE, Candidate, Context, pick
from newsgraph.analyze.places import find_places
from newsgraph.analyze.statements import find_statements
from newsgraph.eval.events import read_cameo_ner, span_scores
from newsgraph.eval.splits import is_frozen_sentence

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsgraph" / "data" / MODEL_FILE
FOLDS = 5
CS = (0.03, 0.1, 0.3, 1.0)
MARGINS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5)


class Recorder:
    """A chooser that records every event's candidates and keeps the rules' choice."""

    def __init__(self):
        self.events: list[list[Candidate]] = []

    def choose(self, context: Context, candidates: list[Candidate]) -> Candidate:
        self.events.append(candidates)
        return next(c for c in candidates if c.rule)


def _overlaps(span, gold: list[tuple[int, int]]) -> bool:
    return span is not None and any(span.start < end and start < span.end for start, end in gold)


def candidate_rows(data: Path) -> list[dict]:
    """One row per event of the tune sentences: its sentence number, gold target spans, and candidates
    (features, span, label)."""
    sentences = [s for s in read_cameo_ner(data / "conflibert" / "cameo_ner_train.txt")
                 if not is_frozen_sentence(s.text)]
    settings = Settings()
    language = nlp.load(settings.model)
    knowledge = kb.with_codings(settings.actor_codings)
    rows = []
    for number, (sentence, doc) in enumerate(zip(sentences, language.pipe(s.text for s in sentences))):
        dates = find_dates(doc, None)
        actors = find_actors(doc, None, knowledge)
        statements = find_statements(doc, actors, dates, None, warnings=[])
        places = find_places(doc, actors)
        recorder = Recorder()
        find_events(doc, actors, statements, dates, places, None, recipients=recorder)
        for candidates in recorder.events:
            hits = [_overlaps(c.span, sentence.targets) for c in candidates]
            rows.append({"sentence": number, "gold": sentence.targets, "candidates": [
                {"features": c.features, "rule": c.rule, "actor": c.actor,
                 "span": [c.span.start, c.span.end] if c.span is not None else None,
                 "label": hit or (c.actor is None and c.span is None and not any(hits))}
                for c, hit in zip(candidates, hits)]})
    return rows


def _fit(rows: list[dict], c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    flat = [cand for row in rows for cand in row["candidates"]]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([cand["features"] for cand in flat])
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, [cand["label"] for cand in flat])
    return vectorizer, model


def _predict(fitted, rows: list[dict]) -> list[list[float]]:
    vectorizer, model = fitted
    out = []
    for row in rows:
        matrix = vectorizer.transform([cand["features"] for cand in row["candidates"]])
        out.append([float(p) for p in model.predict_proba(matrix)[:, 1]])
    return out


def out_of_fold(rows: list[dict], c: float) -> list[list[float]]:
    """Each event's candidate probabilities from a model trained on the other sentences' folds only."""
    probability: list[list[float]] = [[] for _ in rows]
    for fold in range(FOLDS):
        train = [r for r in rows if r["sentence"] % FOLDS != fold]
        test = [k for k, r in enumerate(rows) if r["sentence"] % FOLDS == fold]
        for k, p in zip(test, _predict(_fit(train, c), [rows[k] for k in test])):
            probability[k] = p
    return probability


def _as_candidates(row: dict) -> list[Candidate]:
    return [Candidate(c["actor"], None, rule=c["rule"]) for c in row["candidates"]]


def chosen(rows: list[dict], probability: list[list[float]] | None, margin: float) -> list[int]:
    """The index of each event's chosen candidate (the rules' where ``probability`` is None)."""
    out = []
    for k, row in enumerate(rows):
        rule = next(i for i, c in enumerate(row["candidates"]) if c["rule"])
        if probability is None:
            out.append(rule)
            continue
        candidates = _as_candidates(row)
        out.append(candidates.index(pick(candidates, probability[k], margin)))
    return out


def score(rows: list[dict], choice: list[int]) -> dict:
    """Target span scores per sentence as ``newsgraph eval events`` counts them (chosen spans, before
    widening), and how many events' chosen candidate is right."""
    by_sentence: dict[int, tuple[set, list]] = {}
    right = 0
    for row, k in zip(rows, choice):
        candidate = row["candidates"][k]
        right += candidate["label"]
        spans, _ = by_sentence.setdefault(row["sentence"], (set(), [tuple(g) for g in row["gold"]]))
        if candidate["span"] is not None:
            spans.add(tuple(candidate["span"]))
    pairs = [(sorted(spans), gold) for spans, gold in by_sentence.values()]
    overlap = span_scores(pairs)["overlap"]
    return {"f1": round(overlap["f1"], 4), "precision": round(overlap["precision"], 4),
            "recall": round(overlap["recall"], 4), "right": right, "events": len(rows)}


def train(rows: list[dict], c: float, margin: float, cv: dict, out: Path) -> None:
    vectorizer, model = _fit(rows, c)
    weights = {name: round(float(w), 4) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0])
               if abs(w) >= 1e-4}
    payload = {"features": FEATURES, "intercept": round(float(model.intercept_[0]), 4), "weights": weights,
               "margin": margin,
               "info": {"trained_on": "ConfliBERT cameo_ner_train.txt, tune part (eval.splits.is_frozen_sentence "
                                      "False): gold target spans; weights of structural features only, no text",
                        "events": len(rows), "sentences": len({r["sentence"] for r in rows}), "C": c, "cv": cv}}
    body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as fh:
        fh.write(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cv", action="store_true", help="print the grouped CV table only; write no model")
    parser.add_argument("--cache", type=Path, help="read/write the recorded candidates here (JSON)")
    args = parser.parse_args()
    if args.cache and args.cache.is_file():
        rows = json.loads(args.cache.read_text("utf-8"))
    else:
        rows = candidate_rows(args.data)
        if args.cache:
            args.cache.write_text(json.dumps(rows), "utf-8")
    baseline = score(rows, chosen(rows, None, 0.0))
    chosen_among = sum(len(r["candidates"]) > 1 for r in rows)
    print(f"{len(rows)} events ({chosen_among} with a choice) on {len({r['sentence'] for r in rows})} tune sentences; "
          f"the rules: {baseline}")
    best = None
    for c in CS:
        probability = out_of_fold(rows, c)
        for margin in MARGINS:
            result = score(rows, chosen(rows, probability, margin))
            print(f"C={c:<5} margin={margin:<4} grouped {FOLDS}-fold: {result}")
            if best is None or result["f1"] > best[0]["f1"]:
                best = (result, c, margin)
    result, c, margin = best
    print(f"best: C={c} margin={margin} {result} (the rules {baseline})")
    if args.cv:
        return
    train(rows, c, margin, {"grouped_folds": result, "rules": baseline}, args.out)
    print(f"trained on {len(rows)} events -> {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    sys.exit(main())
