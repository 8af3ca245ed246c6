"""Train the event confidence gate shipped as src/newsgraph/data/events_confidence_model.json.gz.

    python scripts/train_confidence.py --judgments /work/blind --hunts /work/s13 --data ../shared/data   # rebuild all
    python scripts/train_confidence.py [--data ../shared/data] [--cv] [--cache FILE]

``--judgments BLIND`` (and ``--hunts S13``) first rebuild the label table
``benchmarks/blind_check/event_confidence_labels.tsv`` from the reviewers' folders: every judged event row
with real / type / actor / recipient verdicts of the released sets 10 and 11 (``dev_sets.RELEASED``, their
review folders oldest first), evlab11, cal13 and the thirteenth session's self-judged hunting rows
(``S13/<name>/before.tsv`` and ``after.tsv`` beside their renders ``before/`` and ``after/``). A later
verdict of the same row (page, trigger, type, doer's and recipient's names) wins. The table is text-free:
page, source folder, trigger offsets, type, a hash of the doer's and recipient's names, and the verdicts.

Training: today's code renders those documents with the realness filter off (every candidate listed, as
``sheet.py`` with NEWSGRAPH_EVENT_REALNESS=0), and a verdict is attached to today's event only where its
trigger offsets, type, doer's and recipient's names are unchanged (as ``focus.py carry`` matches rows). The
target is "fully right" (real, and type, actor and recipient right). A logistic regression (scikit-learn, a
dev dependency) with folds grouped by document; ``--cv`` prints the out-of-fold curve per threshold. The
shipped threshold follows a rule fixed before the curve was seen: the highest threshold at which the
grouped CV loses at most ``--max-loss`` (20%) of the fully right events among the events today's default
view shows (asserted, kept by the realness filter). C is the best grouped-CV log loss of ``--cv``.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import json
import math
import sys
from dataclasses import replace
from pathlib import Path

from newsgraph import Settings, nlp
from newsgraph.analyze import analyze_doc
from newsgraph.analyze.events import realness
from newsgraph.analyze.events.confidence import FEATURES, MODEL_FILE, features
from training import cached_candidates, drop_features, fit, fitted_weights, page_fold, predict, write_model

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsgraph" / "data" / MODEL_FILE
LABELS = ROOT / "benchmarks" / "blind_check" / "event_confidence_labels.tsv"
COLUMNS = ["page", "source", "start", "end", "type", "who", "real", "type_ok", "actor_ok", "recipient_ok"]
FOLDS = 8
THRESHOLDS = [round(0.05 * k, 2) for k in range(1, 19)]
HUNTS = ("evactor", "evrecip", "evreal")  # the self-judged rows with all four verdicts


def _blind_check(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "blind_check" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- labels from the reviewers' folders ----------------------------------------------------------------

def who(actor: str | None, recipient: str | None) -> str:
    """A text-free token of the doer's and recipient's names (the table holds no article words)."""
    return hashlib.sha1(f"{actor}\t{recipient}".encode()).hexdigest()[:10]


def _event_keys(record: dict) -> dict[str, tuple]:
    """event id -> (start, end, type, who) of one rendered page."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return {e["id"]: (e["trigger"]["start"], e["trigger"]["end"], e["type"],
                      who(names.get(e.get("actor")), names.get(e.get("recipient")))) for e in record["events"]}


def _verdicts(path: Path) -> list[tuple[str, str, list[str]]]:
    """(page, event id, [real, type, actor, recipient]) of a judgments file, in file order: the blind
    check's layout (page kind id f1..) or a hunting group's (a header naming page/doc, id/event, real, ...)."""
    lines = [line.split("\t") for line in path.read_text("utf-8").splitlines() if line.strip()]
    if not lines:
        return []
    header = [h.strip().lower() for h in lines[0]]
    out = []
    if header[:3] == ["page", "kind", "id"] and "real" not in header:
        for cells in lines[1:]:
            if len(cells) >= 7 and cells[1] == "event":
                out.append((cells[0], cells[2], [c.strip().upper() for c in cells[3:7]]))
        return out
    col = {name: header.index(name) for name in header}
    page_col, id_col = col.get("page", col.get("doc")), col.get("id", col.get("event"))
    if page_col is None or id_col is None or not all(k in col for k in ("real", "type", "actor", "recipient")):
        return []
    for cells in lines[1:]:
        if "kind" in col and cells[col["kind"]] != "event":
            continue
        if len(cells) > col["recipient"]:
            out.append((cells[page_col], cells[id_col],
                        [cells[col[k]].strip().upper() for k in ("real", "type", "actor", "recipient")]))
    return out


def label_sources(blind: Path, hunts: Path | None) -> list[tuple[str, Path, list[Path]]]:
    """(name, render folder, judgments files) oldest first: a later verdict of the same row wins."""
    sets = _blind_check("dev_sets")
    out = []
    for dev in sets.RELEASED.values():
        for name in dev.reviews:
            out.append((name, blind / name, sorted((blind / name).glob("review-*/judgments.tsv"))))
    for name in ("evlab11", "cal13"):
        out.append((name, blind / name, sorted((blind / name).glob("review-*/judgments.tsv"))))
    if hunts is not None:
        for name in HUNTS:
            for when in ("before", "after"):
                path = hunts / name / f"{when}.tsv"
                if path.is_file():
                    out.append((f"{name}-{when}", hunts / name / when, [path]))
    return out


def judged_rows(blind: Path, hunts: Path | None) -> list[dict]:
    """Every judged event row with four verdicts, the latest verdict of each row winning."""
    rows: dict[tuple, dict] = {}
    for name, folder, files in label_sources(blind, hunts):
        records: dict[str, dict | None] = {}
        for path in files:
            for page, event_id, verdict in _verdicts(path):
                if verdict[0] not in ("Y", "N") or verdict[0] == "Y" and any(v not in ("Y", "N") for v in verdict[1:]):
                    continue
                if page not in records:
                    render = folder / f"{page}.json"
                    records[page] = json.loads(render.read_text("utf-8")) if render.is_file() else None
                if records[page] is None:
                    continue
                key = _event_keys(records[page]).get(event_id)
                if key is None:
                    continue
                rows[(page, *key)] = dict(zip(COLUMNS, [page, name, *key, *verdict]))
    return list(rows.values())


def write_labels(rows: list[dict]) -> None:
    with LABELS.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Our reviewers' verdicts (RUBRIC.md: real, type, actor, recipient) of event rows of the released sets "
                 "10 and 11, evlab11, cal13 and the s13 hunting rows; trigger offsets; who = a hash of the doer's and "
                 "recipient's names; built by scripts/train_confidence.py --judgments\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for row in sorted(rows, key=lambda r: (r["page"], int(r["start"]), r["type"], r["who"])):
            fh.write("\t".join(str(row[c]) for c in COLUMNS) + "\n")


def read_labels(path: Path = LABELS) -> list[dict]:
    lines = [line for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    for row in rows:
        row["start"], row["end"] = int(row["start"]), int(row["end"])
        row["fully"] = "Y" if all(row[k] == "Y" for k in ("real", "type_ok", "actor_ok", "recipient_ok")) else "N"
    return rows


# --- today's events and their labels ---------------------------------------------------------------------

def candidates(data: Path, labels: list[dict]) -> list[dict]:
    """Today's events (realness filter off) of the labelled pages, each with features and its verdicts when
    its row is unchanged."""
    sheet = _blind_check("sheet")
    by_key = {(r["page"], r["start"], r["end"], r["type"], r["who"]): r for r in labels}
    pages = sorted({r["page"] for r in labels})
    settings = replace(Settings.from_env(), event_realness=False)
    language = nlp.load(settings.model)
    model = realness.load()
    articles = sheet.polnear_articles(data / "polnear" / "train.jsonl", pages)
    out = []
    for article, doc in zip(articles, language.pipe(a.text for a in articles)):
        analysis = analyze_doc(doc, article, settings)
        actors = {a.id: a for a in analysis.actors}
        statements = {s.id: s for s in analysis.statements}
        starts, cues = realness.starts_of_sentences(doc), realness.cue_index(statements)
        for event in analysis.events:
            real_p = model.probability(realness.features(doc, event, actors, statements, starts, cues))
            names = (actors[event.actor].name if event.actor in actors else None,
                     actors[event.recipient].name if event.recipient in actors else None)
            key = (article.id, event.trigger.start, event.trigger.end, event.type, who(*names))
            label = by_key.get(key)
            out.append({"page": article.id, "start": event.trigger.start, "end": event.trigger.end,
                        "type": event.type, "asserted": event.asserted, "kept": real_p >= model.threshold,
                        "label": None if label is None else {k: label[k] for k in ("real", "fully", "actor_ok",
                                                                                   "recipient_ok", "source")},
                        "features": features(doc, event, actors, statements, round(real_p, 4))})
        print(f"{article.id}: {len(analysis.events)} events", file=sys.stderr)
    return out


# --- the model ------------------------------------------------------------------------------------------

NUMERIC = ("realness",)


def _fit(rows: list[dict], c: float, target: str):
    return fit(rows, [r["label"][target] == "Y" for r in rows], c, NUMERIC)


def out_of_fold(rows: list[dict], c: float, target: str) -> list[float]:
    groups = page_fold(rows, FOLDS)
    probability = [0.0] * len(rows)
    for group in range(FOLDS):
        train = [r for r in rows if groups(r) != group]
        test = [k for k, r in enumerate(rows) if groups(r) == group]
        if not test:
            continue
        for k, p in zip(test, predict(_fit(train, c, target), [rows[k] for k in test])):
            probability[k] = p
    return probability


def auc(labels: list[bool], probability: list[float]) -> float:
    yes = [p for y, p in zip(labels, probability) if y]
    no = [p for y, p in zip(labels, probability) if not y]
    return sum((a > b) + 0.5 * (a == b) for a in yes for b in no) / (len(yes) * len(no))


def log_loss(labels: list[bool], probability: list[float]) -> float:
    return -sum(math.log(max(1e-9, p if y else 1 - p)) for y, p in zip(labels, probability)) / len(labels)


def curve(rows: list[dict], probability: list[float]) -> list[dict]:
    """Per threshold: shown, share fully right, share real, fully right and real events lost."""
    fully = sum(r["label"]["fully"] == "Y" for r in rows)
    real = sum(r["label"]["real"] == "Y" for r in rows)
    out = []
    for threshold in [0.0] + THRESHOLDS:
        shown = [r for r, p in zip(rows, probability) if p >= threshold]
        shown_fully = sum(r["label"]["fully"] == "Y" for r in shown)
        shown_real = sum(r["label"]["real"] == "Y" for r in shown)
        out.append({"threshold": threshold, "shown": len(shown), "fully": shown_fully, "real": shown_real,
                    "fully_lost": fully - shown_fully, "real_lost": real - shown_real,
                    "fully_all": fully, "real_all": real})
    return out


def print_curve(title: str, rows: list[dict], probability: list[float]) -> None:
    print(title)
    print("  threshold  shown  fully-right  real      fully-lost   real-lost")
    for c in curve(rows, probability):
        n = c["shown"] or 1
        print(f"  {c['threshold']:9.2f}  {c['shown']:5d}  {c['fully'] / n:11.3f}  {c['real'] / n:6.3f}  "
              f"{c['fully_lost']:4d} ({c['fully_lost'] / max(1, c['fully_all']):5.1%})  "
              f"{c['real_lost']:4d} ({c['real_lost'] / max(1, c['real_all']):5.1%})")


def choose_threshold(rows: list[dict], probability: list[float], max_loss: float) -> float:
    """The rule fixed in advance: the highest threshold losing at most ``max_loss`` of the fully right events."""
    return max(c["threshold"] for c in curve(rows, probability) if c["fully_lost"] <= max_loss * c["fully_all"])


def train(rows: list[dict], c: float, threshold: float, cv: dict, out: Path) -> None:
    vectorizer, model, scale = _fit(rows, c, "fully")
    payload = {"features": FEATURES, "intercept": round(float(model.intercept_[0]), 4),
               "weights": fitted_weights(vectorizer, model),
               "scale": scale, "threshold": threshold,
               "info": {"trained_on": "our reviewers' verdicts of event rows: released sets 10 and 11, evlab11, cal13, "
                                      "s13 hunting rows (benchmarks/blind_check/event_confidence_labels.tsv)",
                        "target": "fully right (real, type, actor and recipient right)",
                        "rows": len(rows), "fully_right": sum(r["label"]["fully"] == "Y" for r in rows), "C": c,
                        "cv": cv}}
    write_model(payload, out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--judgments", type=Path, metavar="BLIND", help="first rebuild the label table from BLIND")
    parser.add_argument("--hunts", type=Path, metavar="S13", help="with --judgments: also the s13 hunting rows")
    parser.add_argument("--C", type=float, default=0.1)  # the best grouped-CV log loss of --cv
    parser.add_argument("--max-loss", type=float, default=0.20,
                        help="the most fully right events the grouped CV may lose at the shipped threshold")
    parser.add_argument("--without", default="", metavar="PREFIXES", help="feature-name prefixes left out (ablation)")
    parser.add_argument("--cv", action="store_true", help="print the grouped CV only; write no model")
    parser.add_argument("--cache", type=Path, help="read/write today's labelled events here (JSON)")
    args = parser.parse_args()
    if args.judgments:
        judged = judged_rows(args.judgments, args.hunts)
        write_labels(judged)
        print(f"{len(judged)} judged event rows -> {LABELS}")
    labels = read_labels()
    found = cached_candidates(args.cache, lambda: candidates(args.data, labels))
    drop_features(found, args.without)
    rows = [r for r in found if r["label"] is not None]
    fully = [r["label"]["fully"] == "Y" for r in rows]
    print(f"labels: {len(labels)} judged rows on {len({r['page'] for r in labels})} documents; today's code: "
          f"{len(found)} events, {len(rows)} with an unchanged judged row on {len({r['page'] for r in rows})} "
          f"documents: {sum(r['label']['real'] == 'Y' for r in rows)} real, {sum(fully)} fully right")
    if args.cv:
        real_p = [r["features"].get("realness", 0.0) for r in rows]
        print(f"the realness probability alone: AUC for fully right {auc(fully, real_p):.3f}")
        for c in (0.03, 0.1, 0.3, 1.0):
            p = out_of_fold(rows, c, "fully")
            print(f"C={c:<5} grouped {FOLDS}-fold log loss {log_loss(fully, p):.4f} AUC {auc(fully, p):.3f}")
    probability = out_of_fold(rows, args.C, "fully")
    shown = [k for k, r in enumerate(rows) if r["asserted"] and r["kept"]]  # today's default view
    threshold = choose_threshold([rows[k] for k in shown], [probability[k] for k in shown], args.max_loss)
    print_curve(f"grouped {FOLDS}-fold CV by document, C={args.C}, AUC {auc(fully, probability):.3f} (threshold by "
                f"rule: {threshold})", rows, probability)
    for subset in ("asserted", "kept"):
        part = [k for k, r in enumerate(rows) if r["asserted"] and (subset == "asserted" or r["kept"])]
        print_curve(f"the same, among the {subset} events" + (" (realness on, asserted: today's default view)"
                                                            if subset == "kept" else ""),
                    [rows[k] for k in part], [probability[k] for k in part])
    if args.cv:
        return
    at = next(c for c in curve([rows[k] for k in shown], [probability[k] for k in shown]) if c["threshold"] == threshold)
    train(rows, args.C, threshold, at, args.out)
    print(f"trained on {len(rows)} rows, threshold {threshold} -> {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    sys.exit(main())
