"""Train and cross-validate the learned event trigger proposer (``analyze.events.proposals``; issue 9).

    python scripts/train_trigger_proposals.py --labels DIR [--data ../shared/data] [--cv [--cs C ...]
        [--tokens-only]] [--mechanisms] [--write FILE]

``DIR``: the blind event labels (e.g. the eighth session's ``evlab8``: 140 PolNeAR TUNE documents whose
events blind labellers judged, each clear event the output lacked written down as a ``missed_event``
note with its trigger words, type, actor and recipient). The labels stay outside the repository; what
is learned from them is ``benchmarks/blind_check/trigger_labels.tsv`` (page, character offsets of each
missed event's trigger word, its PLOVER type; no text), rebuilt from ``DIR`` each run.

Lost for good: ``evlab8``'s folder (never archived), and with it the notes this study reads; an archive that
``archive.py restore`` brings back keeps its missed rows without notes ("-"), so no folder on a machine today
feeds it. The script refuses a missing ``DIR`` or one without a located note and then leaves the committed
``trigger_labels.tsv`` as it is. Nothing it trains ships, so no shipped model depends on it.

Tokens: each verb or noun no table names an event with (``recall.load()`` finds no trigger) is a
candidate; it is positive, with the note's first PLOVER type, when it is the syntactic head of a
missed-event note's quoted words located in the note's paragraph; every other candidate is negative
(the documents were labelled exhaustively for clear events). Features: ``proposals.features``. A
multinomial logistic regression (scikit-learn, a dev dependency).

``--cv``: folds grouped by document. For each fold the model trained on the other documents proposes
triggers in the fold's documents, which the whole pipeline (participant and actor rules, realness
filter) then reads; ``benchmarks/event_judged.py``'s scorer counts, per threshold, the missed events
found (with their type right), the new events no label names, and the labelled events kept real / not
real. ``--write FILE`` writes the model trained on all documents at ``--threshold`` as JSON
(``proposals.from_json``); none ships, as none has passed the CV gate (README "Events").
``--mechanisms``: for each missed note, why today's code lacks it (no located words, a table trigger
that the rules drop, no trigger at all; the word in a quotation; its part of speech).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from newsgraph import Settings, nlp
from newsgraph.analyze import analyze_doc
from newsgraph.analyze.events import proposals
from newsgraph.analyze.events.recall import load as load_lexicon

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "benchmarks" / "blind_check" / "trigger_labels.tsv"
FOLDS = 5
THRESHOLDS = (0.15, 0.25, 0.35, 0.45, 0.55)


def _module(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "benchmarks" / "blind_check"))
JUDGED = _module(ROOT / "benchmarks" / "event_judged.py")


def table_trigger(token, lexicon) -> bool:
    if token.pos_ == "VERB":
        return lexicon.verb(token) is not None
    return lexicon.noun(token) is not None


def note_heads(doc, item, starts: list[int]) -> list:
    """The head tokens of a missed note's quoted words, located in the note's paragraphs (any place
    when the note gives none)."""
    heads = []
    for fragment in item.fragments:
        for s, e in JUDGED.find_fragment(doc.text, fragment):
            paragraph = sum(1 for p in starts if p <= s)
            if item.paragraphs and paragraph not in item.paragraphs:
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            if head.pos_ not in proposals.PARTS:
                head = next((t for t in span if t.pos_ == "VERB"), head)
            heads.append(head)
            break  # the first place in its paragraph
    return heads


def parsed(labels: Path, data: Path):
    labelled, missed, records = JUDGED.read_labels(labels)
    pages = sorted(records)
    articles = JUDGED.polnear_articles(data / "polnear" / "train.jsonl", pages)
    model = nlp.load()
    docs = list(model.pipe(a.text for a in articles))
    return labelled, missed, records, articles, docs


def token_rows(missed: dict, articles, docs) -> tuple[list[dict], list[tuple]]:
    lexicon = load_lexicon()
    rows, labels = [], []
    for article, doc in zip(articles, docs):
        page = article.id
        starts = JUDGED.paragraph_starts(doc.text)
        positive = {}
        for item in missed.get(page, []):
            if not item.types:
                continue
            for head in note_heads(doc, item, starts):
                if head.pos_ in proposals.PARTS:
                    positive.setdefault(head.i, (item.types[0], item.id))
        for token in doc:
            if not proposals.candidate(token) or table_trigger(token, lexicon):
                continue
            label = positive.get(token.i, ("-", ""))
            rows.append({"page": page, "i": token.i, "label": label[0],
                         "features": proposals.features(token, lexicon.defaults)})
            if label[0] != "-":
                labels.append((page, token.idx, token.idx + len(token), label[0], label[1]))
    return rows, labels


def fit(rows: list[dict], c: float) -> proposals.Proposer:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([r["features"] for r in rows])
    y = [r["label"] for r in rows]
    model = LogisticRegression(C=c, max_iter=3000, class_weight=None).fit(matrix, y)
    classes = tuple(model.classes_)
    coef = model.coef_ if len(classes) > 2 else None
    weights = {}
    for j, name in enumerate(vectorizer.feature_names_):
        row = [round(float(coef[k][j]), 4) for k in range(len(classes))]
        if any(abs(w) >= 1e-4 for w in row):
            weights[name] = row
    bias = tuple(round(float(b), 4) for b in model.intercept_)
    return proposals.Proposer(classes, weights, bias, 0.5)


def folds_of(pages: list[str]) -> dict:
    shuffled = sorted(pages)
    random.Random(9).shuffle(shuffled)
    return {page: k % FOLDS for k, page in enumerate(shuffled)}


def run_pipeline(articles, docs, triggers=None) -> dict:
    settings = Settings.from_env()
    return {article.id: json.loads(analyze_doc(doc, article, settings, triggers=triggers).dumps())
            for article, doc in zip(articles, docs)}


def cross_validate(rows, missed, labelled, records, articles, docs, c: float, tokens_only: bool = False) -> None:
    fold = folds_of([a.id for a in articles])
    if not tokens_only:
        base = run_pipeline(articles, docs)
        base_totals = JUDGED.totals(JUDGED.score(labelled, missed, records, base), labelled, missed)
        print("base:", _line(base_totals))
    models = {k: fit([r for r in rows if fold[r["page"]] != k], c) for k in range(FOLDS)}
    # token-level precision at each threshold (grouped CV)
    for threshold in THRESHOLDS:
        tp = fp = fn = 0
        for k, model in models.items():
            for r in rows:
                if fold[r["page"]] != k:
                    continue
                said = replace(model, threshold=threshold).choose(model.probabilities(r["features"])) or "-"
                if said != "-" and said == r["label"]:
                    tp += 1
                elif said != "-":
                    fp += 1
                if r["label"] != "-" and said != r["label"]:
                    fn += 1
        print(f"tokens t={threshold}: proposed right {tp}, wrong {fp}, positives missed {fn}")
    if tokens_only:
        return
    for threshold in THRESHOLDS:
        now = {}
        for article, doc in zip(articles, docs):
            model = replace(models[fold[article.id]], threshold=threshold)
            now[article.id] = json.loads(analyze_doc(doc, article, Settings.from_env(), triggers=model).dumps())
        counts = JUDGED.totals(JUDGED.score(labelled, missed, records, now), labelled, missed)
        print(f"pipeline t={threshold}:", _line(counts), " delta:", _delta(base_totals, counts))


KEYS = ("shown", "kept real", "kept not real", "found", "found type right", "new", "fully right")


def _line(t: dict) -> str:
    return ", ".join(f"{k} {t.get(k, 0)}" for k in KEYS)


def _delta(a: dict, b: dict) -> str:
    return ", ".join(f"{k} {b.get(k, 0) - a.get(k, 0):+d}" for k in KEYS)


def mechanisms(missed, articles, docs, now: dict) -> None:
    lexicon = load_lexicon()
    counts: Counter = Counter()
    for article, doc in zip(articles, docs):
        starts = JUDGED.paragraph_starts(doc.text)
        shown = [(e["trigger"]["start"], e["trigger"]["end"]) for e in now[article.id]["events"]]
        for item in missed.get(article.id, []):
            heads = note_heads(doc, item, starts)
            if not heads:
                counts["no located words"] += 1
                continue
            head = heads[0]
            if any(s <= head.idx < e for s, e in shown):
                why = "shown now"
            elif head.pos_ not in proposals.PARTS:
                why = f"head is {head.pos_}"
            elif table_trigger(head, lexicon):
                why = "table trigger, dropped by the rules"
            else:
                why = "no trigger"
            quoted = "in quote" if proposals.features(head).get("in_quote") else "narration"
            counts[why] += 1
            counts[f"{why} / {head.pos_} / {quoted}"] += 1
            counts[f"{why} / type {item.types[0] if item.types else '?'}"] += 1
    for key, n in sorted(counts.items()):
        print(f"{n:4d}  {key}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, required=True, help="the blind event labels directory")
    parser.add_argument("--data", type=Path, default=ROOT.parent.parent / "shared" / "data")
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--mechanisms", action="store_true")
    parser.add_argument("--write", type=Path, metavar="FILE")
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--tokens-only", action="store_true", help="with --cv: token-level numbers only")
    parser.add_argument("--threshold", type=float, default=0.6)
    parser.add_argument("--cs", type=float, nargs="*", help="with --cv: several C values")
    args = parser.parse_args()
    if not args.labels.is_dir():
        raise SystemExit(f"{args.labels} is not a folder: the labels this study learnt from (evlab8) are lost for "
                         f"good; {LABELS.name} keeps what was learnt from them (no notes, no model ships)")
    labelled, missed, records, articles, docs = parsed(args.labels, args.data)
    rows, labels = token_rows(missed, articles, docs)
    if not labels:
        raise SystemExit(f"no missed-event note under {args.labels} names its trigger words (a restored archive keeps "
                         f"no notes): {LABELS.name} is kept as committed")
    LABELS.write_text("page\tstart\tend\ttype\tnote\n" + "".join("\t".join(map(str, r)) + "\n" for r in labels),
                      encoding="utf-8")
    print(f"{len(rows)} candidate tokens, {len(labels)} positive ({Counter(r[3] for r in labels).most_common()})")
    if args.mechanisms:
        mechanisms(missed, articles, docs, run_pipeline(articles, docs))
    if args.cv:
        for c in args.cs or [args.c]:
            print(f"C={c}")
            cross_validate(rows, missed, labelled, records, articles, docs, c, args.tokens_only)
    if args.write:
        model = replace(fit(rows, args.c), threshold=args.threshold)
        args.write.write_text(json.dumps(model.to_json(), sort_keys=True), encoding="utf-8")
        print(f"wrote {args.write} ({len(model.weights)} features, threshold {model.threshold})")


if __name__ == "__main__":
    main()
