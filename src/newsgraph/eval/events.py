"""Scoring events against the development data in ``../shared/data`` (``newsgraph eval events``).

- CAMEO quad class of each ConfliBERT sentence: the quad of the sentence's main event (the most
  confident one, if its confidence is at least 0.4), 0 when it states none. The headline numbers are
  on the frozen third (``eval.splits.is_frozen_sentence``), which no rule or model was developed or
  trained on; the tune part (the classifier's training data) is shown apart and marked as such.
- Source/target spans of ConfliBERT's CAMEO NER sentences against every event's ``actor_span`` /
  ``recipient_span``, on the frozen third of that file (by the same hash of the sentence): a predicted
  span matches a gold one when they share a token ("overlap"), or have the same characters ("exact").
  R (reciprocal) spans count as both source and target.
- PLOVER type of the synthetic NGEC stories: the type of the story's main event, the most confident
  one of its first paragraph, over the whole file (or a fixed-hash sample of ``limit`` stories), with
  per-type scores. Nothing is trained on this file.
Only asserted events count as a sentence's or story's main event: a negated, hypothetical or merely
intended act is not what happened.
The readers never keep the text beyond scoring; nothing here writes the data anywhere.
"""
from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from newsgraph.analyze.events.lexicon import QUAD
from newsgraph.eval.splits import is_frozen_sentence
from newsgraph.model import Article


def read_cameo_classes(path: Path) -> list[tuple[str, int]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").rsplit("\t", 1)
            if len(parts) == 2 and parts[1].strip().isdigit():
                rows.append((parts[0], int(parts[1])))
    return rows


@dataclass
class NerSentence:
    text: str
    sources: list[tuple[int, int]] = field(default_factory=list)
    targets: list[tuple[int, int]] = field(default_factory=list)


def read_cameo_ner(path: Path) -> list[NerSentence]:
    """Token/BIO lines -> sentences (tokens joined by single spaces) with gold character spans."""
    sentences = []
    tokens: list[tuple[str, str]] = []

    def flush():
        if not tokens:
            return
        text, spans, position = "", [], 0
        current = None
        for word, tag in tokens:
            start = position + (1 if text else 0)
            text = f"{text} {word}" if text else word
            position = len(text)
            kind = tag[2:] if len(tag) > 2 else None
            if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[0] != kind)):
                current = [kind, start, position]
                spans.append(current)
            elif tag.startswith("I-") and current is not None:
                current[2] = position
            else:
                current = None
        sentence = NerSentence(text)
        for kind, start, end in spans:
            if kind in ("S", "R"):
                sentence.sources.append((start, end))
            if kind in ("T", "R"):
                sentence.targets.append((start, end))
        sentences.append(sentence)
        tokens.clear()

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            parts = line.rsplit(" ", 1) if "\t" not in line else line.rsplit("\t", 1)
            if len(parts) == 2:
                tokens.append((parts[0], parts[1]))
    flush()
    return sentences


def read_ngec(path: Path, limit: Optional[int]) -> list[tuple[str, str]]:
    """(story text, PLOVER label); with ``limit``, a fixed-hash sample of that many stories."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [(r["text"], r["label"]) for r in csv.DictReader(fh) if r.get("text") and r.get("label")]
    if limit is not None and limit < len(rows):
        rows.sort(key=lambda r: hashlib.sha1(r[0].encode("utf-8")).hexdigest())
        rows = rows[:limit]
    return rows


# --- scoring ------------------------------------------------------------------------------------------

MAIN_EVENT_CONFIDENCE = 0.4  # below this an event is too unsure to be a sentence's main event


def main_event(analysis, threshold: float = MAIN_EVENT_CONFIDENCE):
    """The most confident event with confidence >= threshold (ties: the first), or None."""
    best = None
    for event in analysis.events:
        if event.asserted and event.confidence >= threshold and (best is None or event.confidence > best.confidence):
            best = event
    return best


def story_event(analysis):
    """A story's main event: the most confident one of its first paragraph (the lede), else of the
    whole story."""
    text = analysis.article.text
    lede_end = text.find("\n\n", 1)
    if lede_end > 0:
        lede = [e for e in analysis.events if e.evidence.start < lede_end and e.asserted]
        if lede:
            return max(lede, key=lambda e: e.confidence)
    return main_event(analysis, threshold=0.0)


def predicted_quad(analysis) -> int:
    event = main_event(analysis)
    return QUAD[event.type] if event is not None else 0


def class_report(gold: list, predicted: list) -> dict:
    """Accuracy, macro-F1 and per-class precision/recall/F1/support."""
    labels = sorted(set(gold) | set(predicted))
    per = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per[label] = {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}
    gold_labels = [label for label in labels if per[label]["support"]]
    accuracy = sum(1 for g, p in zip(gold, predicted) if g == p) / len(gold) if gold else 0.0
    macro = sum(per[label]["f1"] for label in gold_labels) / len(gold_labels) if gold_labels else 0.0
    return {"n": len(gold), "accuracy": accuracy, "macro_f1": macro, "per_class": per}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def span_scores(pairs: Iterable[tuple[list, list]]) -> dict:
    """P/R/F1 of predicted vs gold spans, with overlap and exact matching."""
    out = {}
    for name, match in (("overlap", _overlaps), ("exact", lambda a, b: a == b)):
        n_pred = n_gold = hit_pred = hit_gold = 0
        for predicted, gold in pairs:
            n_pred += len(predicted)
            n_gold += len(gold)
            hit_pred += sum(1 for p in predicted if any(match(p, g) for g in gold))
            hit_gold += sum(1 for g in gold if any(match(p, g) for p in predicted))
        precision = hit_pred / n_pred if n_pred else 0.0
        recall = hit_gold / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[name] = {"precision": precision, "recall": recall, "f1": f1, "predicted": n_pred, "gold": n_gold}
        if isinstance(pairs, list):
            continue
    return out


def _analyses(pipeline, texts: list[str]):
    articles = [Article(text=t, published=None) for t in texts]
    return list(pipeline.run(articles))


def evaluate_quads(pipeline, path: Path) -> dict:
    rows = read_cameo_classes(path)
    analyses = _analyses(pipeline, [s for s, _ in rows])
    frozen = [i for i, (s, _) in enumerate(rows) if is_frozen_sentence(s)]
    tune = [i for i, (s, _) in enumerate(rows) if not is_frozen_sentence(s)]
    gold = [q for _, q in rows]
    predicted = [predicted_quad(a) for a in analyses]
    return {
        "frozen": class_report([gold[i] for i in frozen], [predicted[i] for i in frozen]),
        "tune": class_report([gold[i] for i in tune], [predicted[i] for i in tune]),
    }


def evaluate_spans(pipeline, path: Path) -> dict:
    sentences = [s for s in read_cameo_ner(path) if is_frozen_sentence(s.text)]
    analyses = _analyses(pipeline, [s.text for s in sentences])
    sources, targets = [], []
    for sentence, analysis in zip(sentences, analyses):
        actor_spans = sorted({(e.actor_span.start, e.actor_span.end) for e in analysis.events if e.actor_span})
        recipient_spans = sorted({(e.recipient_span.start, e.recipient_span.end)
                                  for e in analysis.events if e.recipient_span})
        sources.append((actor_spans, sentence.sources))
        targets.append((recipient_spans, sentence.targets))
    return {"n": len(sentences), "source": span_scores(sources), "target": span_scores(targets)}


def evaluate_types(pipeline, path: Path, limit: Optional[int]) -> dict:
    rows = read_ngec(path, limit)
    analyses = _analyses(pipeline, [t for t, _ in rows])
    gold = [label for _, label in rows]
    predicted = []
    for analysis in analyses:
        event = story_event(analysis)
        predicted.append(event.type if event is not None else "NONE")
    report = class_report(gold, predicted)
    report["with_event"] = sum(1 for p in predicted if p != "NONE") / len(predicted) if predicted else 0.0
    return report


def evaluate(pipeline, data: Path, parts: Iterable[str] = ("quad", "spans", "types"),
             ngec_limit: Optional[int] = 600) -> dict:
    results = {}
    if "quad" in parts:
        results["quad"] = evaluate_quads(pipeline, data / "conflibert" / "cameo_class_train.tsv")
    if "spans" in parts:
        results["spans"] = evaluate_spans(pipeline, data / "conflibert" / "cameo_ner_train.txt")
    if "types" in parts:
        results["types"] = evaluate_types(pipeline, data / "ngec-synthetic" / "synthetic_events.csv", ngec_limit)
    return results


def format_report(results: dict) -> str:
    lines = []
    quad = results.get("quad")
    if quad:
        for key, title in (("frozen", "frozen third (never tuned or trained on)"),
                           ("tune", "tune part (the classifier's training data: not a fair number)")):
            r = quad[key]
            lines.append(f"CAMEO quad class, conflibert/cameo_class_train.tsv, {title}: n={r['n']} "
                         f"accuracy {r['accuracy']:.3f} macro-F1 {r['macro_f1']:.3f}")
            if key == "frozen":
                for label, s in sorted(r["per_class"].items()):
                    lines.append(f"  class {label}: P {s['precision']:.3f} R {s['recall']:.3f} "
                                 f"F1 {s['f1']:.3f} (n={s['support']})")
    spans = results.get("spans")
    if spans:
        lines.append(f"Actor spans, conflibert/cameo_ner_train.txt, frozen third (never tuned on): n={spans['n']}")
        for role in ("source", "target"):
            for match in ("overlap", "exact"):
                s = spans[role][match]
                lines.append(f"  {role:6} {match:7}: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
                             f"(predicted {s['predicted']}, gold {s['gold']})")
    types = results.get("types")
    if types:
        lines.append(f"PLOVER type of the main event, ngec-synthetic (never tuned on): n={types['n']} "
                     f"accuracy {types['accuracy']:.3f} macro-F1 {types['macro_f1']:.3f} "
                     f"(stories with an event: {types['with_event']:.3f})")
        for label, s in sorted(types["per_class"].items()):
            lines.append(f"  {label:9}: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} (n={s['support']})")
    return "\n".join(lines)
