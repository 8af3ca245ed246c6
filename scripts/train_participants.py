"""Train the event recipient chooser shipped as src/newsgraph/data/events_recipients_model.json.gz.

    python scripts/train_participants.py [--data ../shared/data] [--dev /work/blind]
        [--labels DIR --pages FILE ...] [--polnear FILE] [--modes fill,rerank] [--cv] [--cache FILE] [--out FILE]

The shipped model: ``--data ../shared/data --labels /work/blind/evlab8 --pages evlab8-pages.txt
--pages evlab8-pages-2.txt --pages evlab8-pages-3.txt`` (the eighth session's blind event labels, all
140 documents since the ninth session). That folder is lost for good (never archived, and no committed table
holds its recipients), so the shipped model cannot be rebuilt. What exists retrains one with ONE command:

    python scripts/train_participants.py --data /work/shared/data --dev /work/blind --out FILE

``--dev /work/blind`` reads every development event label set restored there
(``benchmarks/blind_check/dev_sets.py``: the released sets ``RELEASED``, their full reviews and later focus
reviews, the latest verdict of an event winning; evlab11, 24 of the evlab8 documents; cal13), and ``--labels
DIR --pages FILE`` adds a further set (evlab15). The restored archives keep no notes ("-"), so only recipients
judged right teach there; a "recipient should be X" note does not. In the fifteenth session
a model trained so did not beat the shipped one on the 96 events of those sets the shipped one never saw
(grouped folds: 94 right, the shipped model 95; the rules 87), so the shipped model stays (README "Events").

Data: (1) ConfliBERT's ``conflibert/cameo_ner_train.txt`` (CAMEO-coded sentences with gold S = source,
T = target, R = reciprocal token tags; Parolin et al. 2022, research use), ONLY its tune part
(``eval.splits.is_frozen_sentence`` False): the frozen third is never read here, it is only scored by
``newsgraph eval events``. (2) Blind event labels of PolNeAR documents (directories of ``<doc>.json``
records and ``review-*/judgments.tsv``, as ``benchmarks/event_judged.py`` reads them; kept outside the
repository), only the listed documents (a frozen one is refused unless a released set holds it), run from
PolNeAR's ``train.jsonl``. No text is shipped: the model holds weights of structural features.

Candidates: today's pipeline (``Settings()``) runs on each sentence / document with a recording chooser;
for every event the patterns find it lists the recipient candidates ``analyze.events.recipients`` offers
(the rules' choice, the sentence's other actor phrases the actor index resolves) with their features.
Labels: ConfliBERT: a candidate is right when its span overlaps a gold T (or R) span of the sentence; "no
recipient" is right when no other candidate is. Blind labels: an event of today's code is matched to a
labelled event judged real by its trigger (``event_judged.match_labelled``); the right recipient is the
labelled one when the labeller judged it right, else the one the note names ("recipient should be X",
parsed and compared as ``benchmarks/event_labels.py`` does); events whose right value is no candidate, or
unnamed, are left out.

Model: a logistic regression over the candidates (scikit-learn, a dev dependency; CPU, seconds); the
chooser keeps the rules' candidate unless another one's probability beats it by ``margin``; in mode
"fill" it only weighs events whose rules name no recipient actor, in "rerank" every event. The mode, C,
the margin and the weight of a labelled event are chosen by 5-fold cross-validation grouped by
ConfliBERT sentence and labelled document (round-robin in file / name order): no F1 loss on ConfliBERT
(target spans, overlap, as ``eval.events.span_scores``), then the most right less made-wrong recipients on
the labels, then the most right ones over both. The file is written with sorted keys and gzip mtime 0: the
same data and code give the same bytes.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsgraph import Settings, nlp
from newsgraph.analyze.actors import find_actors, kb
from newsgraph.analyze.dates import find_dates
from newsgraph.analyze.events import find_events
from newsgraph.analyze.events.recipients import FEATURES, FILL, MODEL_FILE, RERANK, Candidate, Context, pick
from newsgraph.analyze.events.recipients import load as load_recipients
from newsgraph.analyze.places import find_places
from newsgraph.analyze.statements import find_statements
from newsgraph.eval.events import read_cameo_ner, span_scores
from newsgraph.eval.splits import is_frozen_polnear, is_frozen_sentence
from training import fitted_weights, write_model

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsgraph" / "data" / MODEL_FILE
FOLDS = 5
#: labelled documents' groups start here (ConfliBERT sentences are numbered from 0)
LABELLED_GROUPS = 100_000
CS = (0.03, 0.1, 0.3, 1.0)
MARGINS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5)


class Recorder:
    """A chooser that records every event's candidates (and its trigger word) and keeps the rules' choice."""

    def __init__(self):
        self.events: list[list[Candidate]] = []
        self.heads: list = []

    def choose(self, context: Context, candidates: list[Candidate]) -> Candidate:
        self.events.append(candidates)
        self.heads.append(context)
        return next(c for c in candidates if c.rule)


def _record(doc, published, knowledge) -> tuple[Recorder, object]:
    """Run today's stages on ``doc`` with a recording chooser; the recorder and the actor index."""
    dates = find_dates(doc, published)
    actors = find_actors(doc, published, knowledge)
    statements = find_statements(doc, actors, dates, published, warnings=[])
    places = find_places(doc, actors)
    recorder = Recorder()
    find_events(doc, actors, statements, dates, places, published, recipients=recorder)
    return recorder, actors


def _candidate_row(group: int, candidates: list[Candidate], labels: list[bool], source: str,
                   gold: list | None = None) -> dict:
    return {"sentence": group, "source": source, "gold": gold or [], "candidates": [
        {"features": c.features, "rule": c.rule, "actor": c.actor,
         "span": [c.span.start, c.span.end] if c.span is not None else None, "label": label}
        for c, label in zip(candidates, labels)]}


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
        recorder, _ = _record(doc, None, knowledge)
        for candidates in recorder.events:
            hits = [_overlaps(c.span, sentence.targets) for c in candidates]
            labels = [hit or (c.actor is None and c.span is None and not any(hits)) for c, hit in zip(candidates, hits)]
            rows.append(_candidate_row(number, candidates, labels, "conflibert", sentence.targets))
    return rows


def _pages(files: list[Path]) -> list[str]:
    """Doc ids, the first word of each line that is no comment ("#")."""
    return list(dict.fromkeys(line.split()[0] for f in files for line in f.read_text("utf-8").splitlines()
                              if line.strip() and not line.lstrip().startswith("#")))


def _blind_check():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT / "benchmarks" / "blind_check"))
    import dev_sets
    return dev_sets


def released_pages() -> set[str]:
    """The documents of the released former held-out sets (``dev_sets.RELEASED``): frozen PolNeAR documents
    whose verdicts are development data since the fourteenth session."""
    return set(_pages([dev.page_list for dev in _blind_check().RELEASED.values()]))


def development_labels(blind: Path) -> list[tuple[Path, Path]]:
    """(review folder, page list) of every development event label set, oldest first within a set: the
    released sets (``dev_sets.RELEASED``: full reviews, then the focus reviews of later renders), evlab11 and cal13."""
    sets = _blind_check()
    out = [(blind / name, dev.page_list) for dev in sets.RELEASED.values() for name in dev.reviews]
    out += [(blind / name, dev.page_list) for dev in (sets.EVENT_LABELS[11], sets.CALIBRATION[13])
            for name in dev.reviews]
    return out


def _latest_items(sources: list[tuple[Path, list[str]]]) -> tuple[dict, dict]:
    """Per page the judged events of the listed review folders (oldest first), the latest verdict of an
    event (its trigger span in that folder's render) winning (``event_labels.latest_labelled``); with the
    text each folder's render had. Only the listed documents' rows are read: other batches stay unread."""
    _blind_check()  # puts benchmarks/ on the path
    from event_labels import latest_labelled, read_labels

    reads = [read_labels(folder, pages) for folder, pages in sources]
    texts = {(page, id(item)): records[page]["text"]
             for labelled, _, records in reads for page, items in labelled.items() for item in items}
    return latest_labelled(labelled for labelled, _, _ in reads), texts


def labelled_rows(sources: list[tuple[Path, list[str]]], polnear: Path) -> tuple[list[dict], dict]:
    """One row per event of today's code on the labelled PolNeAR documents (review folder, listed pages;
    oldest first, the latest verdict of an event winning) that matches (by trigger) an event the blind
    labellers judged real and whose right recipient is among its candidates; groups number the documents.
    Only those documents' labels are read; frozen documents are refused unless released."""
    _blind_check()  # puts benchmarks/ and benchmarks/blind_check/ on the path
    from sheet import polnear_articles

    from event_judged import match_labelled, same_participant

    released = released_pages()
    frozen = sorted({p for _, pages in sources for p in pages if is_frozen_polnear(p) and p not in released})
    if frozen:
        raise SystemExit(f"frozen PolNeAR documents in the pages, refused: {', '.join(frozen)}")
    labelled, texts = _latest_items(sources)
    articles = dict(zip(sorted(labelled), polnear_articles(polnear, sorted(labelled))))
    settings = Settings()
    language = nlp.load(settings.model)
    knowledge = kb.with_codings(settings.actor_codings)
    rows, counts = [], {"documents": 0, "labelled real": 0, "matched": 0, "no right candidate": 0,
                        "no right value": 0, "text changed": 0}
    for number, page in enumerate(sorted(labelled)):
        article = articles[page]
        real = [item for item in labelled[page] if item.real == "Y"]
        counts["labelled real"] += len(real)
        same = [item for item in real if texts[(page, id(item))] == article.text]
        counts["text changed"] += len(real) - len(same)
        if not same:
            continue
        counts["documents"] += 1
        recorder, actors = _record(language(article.text), article.published, knowledge)
        events = [{"trigger": {"start": c.head.idx, "end": c.head.idx + len(c.head)}, "type": c.etype}
                  for c in recorder.heads]
        for k, item in match_labelled(events, same).items():
            candidates = recorder.events[k]
            names = [actors.actor(c.actor).name if c.actor is not None else None for c in candidates]
            if item.fields["recipient"] == "Y":
                good = [same_participant(n, item.recipient) for n in names]
            elif "recipient" in item.right:
                good = [item.right["recipient"].judge(n) == "right" for n in names]
            else:
                counts["no right value"] += 1
                continue
            counts["matched"] += 1
            if not any(good):
                counts["no right candidate"] += 1
                continue
            rows.append(_candidate_row(LABELLED_GROUPS + number, candidates, good, "labels"))
    return rows, counts


def _applies(row: dict, mode: str) -> bool:
    """The chooser weighs this event's candidates in ``mode`` ("fill": only where the rules name no actor)."""
    return mode == RERANK or all(c["actor"] is None for c in row["candidates"] if c["rule"])


def _fit(rows: list[dict], c: float, weight: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    flat = [(cand, weight if row["source"] == "labels" else 1.0) for row in rows for cand in row["candidates"]]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([cand["features"] for cand, _ in flat])
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, [cand["label"] for cand, _ in flat],
                                                       sample_weight=[w for _, w in flat])
    return vectorizer, model


def _predict(fitted, rows: list[dict]) -> list[list[float]]:
    vectorizer, model = fitted
    out = []
    for row in rows:
        matrix = vectorizer.transform([cand["features"] for cand in row["candidates"]])
        out.append([float(p) for p in model.predict_proba(matrix)[:, 1]])
    return out


def out_of_fold(rows: list[dict], c: float, weight: float, mode: str) -> list[list[float]]:
    """Each event's candidate probabilities from a model trained on the other groups' folds only (groups:
    ConfliBERT sentences, labelled documents; round-robin)."""
    probability: list[list[float]] = [[] for _ in rows]
    for fold in range(FOLDS):
        train = [r for r in rows if r["sentence"] % FOLDS != fold and _applies(r, mode)]
        test = [k for k, r in enumerate(rows) if r["sentence"] % FOLDS == fold]
        for k, p in zip(test, _predict(_fit(train, c, weight), [rows[k] for k in test])):
            probability[k] = p
    return probability


def chosen(rows: list[dict], probability: list[list[float]] | None, margin: float, mode: str = FILL) -> list[int]:
    """The index of each event's chosen candidate (the rules' where ``probability`` is None)."""
    out = []
    for k, row in enumerate(rows):
        rule = next(i for i, c in enumerate(row["candidates"]) if c["rule"])
        if probability is None or not _applies(row, mode):
            out.append(rule)
            continue
        candidates = [Candidate(c["actor"], None, rule=c["rule"]) for c in row["candidates"]]
        out.append(candidates.index(pick(candidates, probability[k], margin)))
    return out


def score(rows: list[dict], choice: list[int]) -> dict:
    """Per source: how many events' chosen candidate is right, how many the rules had wrong and now right
    (made right) or right and now wrong (made wrong); for ConfliBERT also the target span scores per
    sentence as ``newsgraph eval events`` counts them (chosen spans, before widening)."""
    out: dict = {}
    by_sentence: dict[int, tuple[set, list]] = {}
    for row, k in zip(rows, choice):
        candidate = row["candidates"][k]
        rule = next(c for c in row["candidates"] if c["rule"])
        part = out.setdefault(row["source"], {"right": 0, "made right": 0, "made wrong": 0, "events": 0})
        part["events"] += 1
        part["right"] += candidate["label"]
        part["made right"] += candidate["label"] and not rule["label"]
        part["made wrong"] += rule["label"] and not candidate["label"]
        if row["source"] == "conflibert":
            spans, _ = by_sentence.setdefault(row["sentence"], (set(), [tuple(g) for g in row["gold"]]))
            if candidate["span"] is not None:
                spans.add(tuple(candidate["span"]))
    if by_sentence:
        overlap = span_scores([(sorted(spans), gold) for spans, gold in by_sentence.values()])["overlap"]
        out["conflibert"]["f1"] = round(overlap["f1"], 4)
    return out


def _merit(result: dict, rules: dict) -> tuple:
    """A target span F1 below the rules' on ConfliBERT ranks last; then the news labels (the domain the
    chooser serves): right recipients less those it made wrong (a wrong name misleads more than none);
    then right recipients over both sources."""
    f1 = result.get("conflibert", {}).get("f1", 0.0)
    labels = result.get("labels", {"right": 0, "made wrong": 0})
    right = sum(part["right"] for part in result.values())
    return (f1 >= rules.get("conflibert", {}).get("f1", 0.0), labels["right"] - labels["made wrong"], right, f1)


def train(rows: list[dict], config: dict, cv: dict, out: Path, sources: str) -> None:
    vectorizer, model = _fit([r for r in rows if _applies(r, config["mode"])], config["C"], config["weight"])
    payload = {"features": FEATURES, "intercept": round(float(model.intercept_[0]), 4),
               "weights": fitted_weights(vectorizer, model),
               "margin": config["margin"], "mode": config["mode"],
               "info": {"trained_on": sources, "events": len(rows),
                        "groups": len({r["sentence"] for r in rows}), **config, "cv": cv}}
    write_model(payload, out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--dev", type=Path, metavar="BLIND", help="also learn from every development event "
                        "label set under BLIND (e.g. /work/blind; kept outside the repository): the released sets "
                        "(dev_sets.RELEASED, latest verdicts), evlab11 and cal13 (benchmarks/blind_check/dev_sets.py)")
    parser.add_argument("--labels", type=Path, action="append", default=[], metavar="DIR",
                        help="a further blind event labels directory (e.g. evlab15); repeatable, each with --pages")
    parser.add_argument("--pages", type=Path, action="append", default=[], metavar="FILE",
                        help="with --labels: the documents to learn from (doc ids first on a line), one file per "
                        "--labels in the same order; only their labels are read")
    parser.add_argument("--polnear", type=Path, help="PolNeAR train.jsonl (default: DATA/polnear/train.jsonl)")
    parser.add_argument("--modes", default=f"{FILL},{RERANK}", help="modes to try (default: both)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cv", action="store_true", help="print the grouped CV table only; write no model")
    parser.add_argument("--cache", type=Path, help="read/write the recorded candidates here (JSON, per source: "
                        "ConfliBERT and each set of label folders)")
    args = parser.parse_args()
    if len(args.labels) != len(args.pages):
        parser.error("give one --pages FILE per --labels DIR (the documents to learn from)")
    sources = development_labels(args.dev) if args.dev is not None else []
    sources += list(zip(args.labels, args.pages))
    cache = json.loads(args.cache.read_text("utf-8")) if args.cache and args.cache.is_file() else {}
    if "conflibert" not in cache:
        cache["conflibert"] = candidate_rows(args.data)
    rows = list(cache["conflibert"])
    if sources:
        key = "labels:" + ";".join(f"{folder}={pages}" for folder, pages in sources)
        if key not in cache:
            extra, counts = labelled_rows([(folder, _pages([pages])) for folder, pages in sources],
                                          args.polnear or args.data / "polnear" / "train.jsonl")
            print(f"labels: {counts}; {len(extra)} events with their right recipient among the candidates")
            cache[key] = extra
        rows += cache[key]
    if args.cache:
        args.cache.write_text(json.dumps(cache), "utf-8")
    rules = score(rows, chosen(rows, None, 0.0))
    print(f"{len(rows)} events on {len({r['sentence'] for r in rows})} groups; the rules: {rules}")
    shipped = load_recipients()
    probability = [[shipped.probability(c["features"]) for c in r["candidates"]] for r in rows]
    print(f"the shipped model ({shipped.info.get('trained_on', '?')[:60]}...; in-sample where it was trained): "
          f"{score(rows, chosen(rows, probability, shipped.margin, shipped.mode))}")
    best = None
    weights = (1.0, 2.0, 4.0) if any(r["source"] == "labels" for r in rows) else (1.0,)
    for mode in args.modes.split(","):
        for weight in weights:
            for c in CS:
                probability = out_of_fold(rows, c, weight, mode)
                for margin in MARGINS:
                    result = score(rows, chosen(rows, probability, margin, mode))
                    config = {"mode": mode, "weight": weight, "C": c, "margin": margin}
                    print(f"{config} grouped {FOLDS}-fold: {result}")
                    if best is None or _merit(result, rules) > _merit(best[0], rules):
                        best = (result, config)
    result, config = best
    print(f"best: {config} {result} (the rules {rules})")
    if args.cv:
        return
    folders = ", ".join(folder.name for folder, _ in sources)
    trained_on = ("ConfliBERT cameo_ner_train.txt, tune part (eval.splits.is_frozen_sentence False): gold "
                  "target spans" + (f"; blind event labels of PolNeAR development documents ({folders}; recipient "
                                    "judged right, or the one the note names)"
                                    if any(r["source"] == "labels" for r in rows) else "") +
                  "; weights of structural features only, no text")
    train(rows, config, {"grouped_folds": result, "rules": rules}, args.out, trained_on)
    print(f"trained on {len(rows)} events -> {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    sys.exit(main())
