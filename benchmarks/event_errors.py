"""Error breakdown of event participants and quad classes on ConfliBERT's TUNE sentences (never the frozen third).

    PYTHONPATH=$PWD/src python benchmarks/event_errors.py [--data ../shared/data] [--examples FILE]

For every gold source/target span of ``conflibert/cameo_ner_train.txt`` (tune part only:
``eval.splits.is_frozen_sentence`` False) one category:

- ``exact``: a predicted span has the same characters;
- ``short-left`` / ``short-right`` / ``long-left`` / ``long-right`` / ``shifted``: a predicted span overlaps
  it but starts later / ends earlier / starts earlier / ends later (the first difference found, with the
  first word of the difference, e.g. ``short-right:'s``, ``short-left:the``, ``long-right:,``);
- ``missed:no-event``: no event in the sentence at all; ``missed:no-span``: events, none with that role's
  span; ``missed:other-phrase``: events whose role span names another phrase;
and for every predicted span that overlaps no gold span: ``spurious`` (``spurious:no-gold`` when the
sentence has no gold span of that role).

For ``conflibert/cameo_class_train.tsv`` (tune part): the (gold quad, predicted quad) confusion and, for
each wrong pair, the trigger lemmas of the predicted main events (or "-" when none). ``--examples``
writes each error with its sentence to a file for reading (keep it out of the repository).
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from newsgraph.eval.events import main_event, predicted_quad, read_cameo_classes, read_cameo_ner, span_scores
from newsgraph.eval.splits import is_frozen_sentence
from newsgraph.model import Article
from newsgraph.pipeline import Pipeline
from newsgraph.settings import Settings


def _first_word(text: str, reverse: bool = False) -> str:
    words = text.split()
    if not words:
        return ""
    return words[-1] if reverse else words[0]


def span_category(gold: tuple[int, int], predicted: list[tuple[int, int]], text: str, has_events: bool,
                  has_role: bool) -> str:
    """The category of one gold span against the predicted spans of its role (see the module text)."""
    if gold in predicted:
        return "exact"
    overlapping = [p for p in predicted if p[0] < gold[1] and gold[0] < p[1]]
    if not overlapping:
        if not has_events:
            return "missed:no-event"
        return "missed:other-phrase" if has_role else "missed:no-span"
    p = min(overlapping, key=lambda s: abs(s[0] - gold[0]) + abs(s[1] - gold[1]))
    if p[0] > gold[0] and p[1] >= gold[1] and p[1] == gold[1]:
        return "short-left:" + _first_word(text[gold[0]:p[0]]).lower()
    if p[0] == gold[0] and p[1] < gold[1]:
        return "short-right:" + _first_word(text[p[1]:gold[1]])
    if p[0] < gold[0] and p[1] == gold[1]:
        return "long-left:" + _first_word(text[p[0]:gold[0]]).lower()
    if p[0] == gold[0] and p[1] > gold[1]:
        return "long-right:" + _first_word(text[gold[1]:p[1]])
    if p[0] > gold[0] and p[1] < gold[1]:
        return "short-both:" + _first_word(text[gold[0]:p[0]]).lower()
    return "shifted"


def spans_breakdown(pipeline, path: Path, examples: list[str]) -> dict:
    sentences = [s for s in read_cameo_ner(path) if not is_frozen_sentence(s.text)]
    analyses = list(pipeline.run([Article(text=s.text, published=None) for s in sentences]))
    counts = {"source": Counter(), "target": Counter()}
    pairs = {"source": [], "target": []}
    for sentence, analysis in zip(sentences, analyses):
        events = analysis.events
        for role, gold_spans, attr in (("source", sentence.sources, "actor_span"),
                                       ("target", sentence.targets, "recipient_span")):
            predicted = sorted({(getattr(e, attr).start, getattr(e, attr).end) for e in events if getattr(e, attr)})
            pairs[role].append((predicted, gold_spans))
            for gold in gold_spans:
                category = span_category(gold, predicted, sentence.text, bool(events), bool(predicted))
                counts[role][category] += 1
                if category != "exact":
                    shown = " | ".join(sentence.text[a:b] for a, b in predicted) or "-"
                    types = ",".join(f"{e.type}:{e.trigger.text}" for e in events) or "-"
                    examples.append(f"{role}\t{category}\tgold={sentence.text[gold[0]:gold[1]]}\tpred={shown}\t"
                                    f"events={types}\t{sentence.text}")
            for p in predicted:
                if not any(p[0] < g[1] and g[0] < p[1] for g in gold_spans):
                    category = "spurious" if gold_spans else "spurious:no-gold"
                    counts[role][category] += 1
                    examples.append(f"{role}\t{category}\tpred={sentence.text[p[0]:p[1]]}\t{sentence.text}")
    return {"n": len(sentences), "counts": counts,
            "scores": {role: span_scores(pairs[role]) for role in pairs}}


def _why_none(analysis) -> str:
    """Why a sentence has no main event: none found, none asserted, or all below the confidence bar."""
    if not analysis.events:
        return "-no-event"
    if not any(e.asserted for e in analysis.events):
        return "-not-asserted"
    return "-unsure"


def quad_breakdown(pipeline, path: Path, examples: list[str]) -> dict:
    rows = [(s, q) for s, q in read_cameo_classes(path) if not is_frozen_sentence(s)]
    analyses = list(pipeline.run([Article(text=s, published=None) for s, _ in rows]))
    confusion: Counter = Counter()
    lemmas: dict = defaultdict(Counter)
    for (text, gold), analysis in zip(rows, analyses):
        predicted = predicted_quad(analysis)
        confusion[(gold, predicted)] += 1
        if gold != predicted:
            event = main_event(analysis)
            trigger = f"{event.type}:{event.trigger.text.lower()}" if event is not None else _why_none(analysis)
            lemmas[(gold, predicted)][trigger] += 1
            examples.append(f"quad\t{gold}->{predicted}\t{trigger}\t{text}")
    correct = sum(n for (g, p), n in confusion.items() if g == p)
    return {"n": len(rows), "accuracy": correct / len(rows) if rows else 0.0, "confusion": confusion,
            "lemmas": lemmas}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data", type=Path)
    parser.add_argument("--examples", type=Path, default=None)
    parser.add_argument("--only", choices=("spans", "quad"), default=None)
    args = parser.parse_args()
    pipeline = Pipeline(Settings.from_env())
    examples: list[str] = []
    if args.only in (None, "spans"):
        spans = spans_breakdown(pipeline, args.data / "conflibert" / "cameo_ner_train.txt", examples)
        print(f"participant spans, conflibert tune part: n={spans['n']} sentences")
        for role in ("source", "target"):
            s = spans["scores"][role]
            print(f"  {role}: overlap F1 {s['overlap']['f1']:.3f}  exact F1 {s['exact']['f1']:.3f} "
                  f"(predicted {s['exact']['predicted']}, gold {s['exact']['gold']})")
            coarse = Counter()
            for category, n in spans["counts"][role].items():
                coarse[category.split(":")[0] if category.startswith(("short", "long")) else category] += n
            print("    " + ", ".join(f"{c} {n}" for c, n in coarse.most_common()))
            print("    detail: " + ", ".join(f"{c} {n}" for c, n in spans["counts"][role].most_common(25)))
    if args.only in (None, "quad"):
        quad = quad_breakdown(pipeline, args.data / "conflibert" / "cameo_class_train.tsv", examples)
        print(f"quad class, conflibert tune part: n={quad['n']} accuracy {quad['accuracy']:.3f}")
        for (gold, predicted), n in quad["confusion"].most_common():
            if gold != predicted:
                top = ", ".join(f"{t} {k}" for t, k in quad["lemmas"][(gold, predicted)].most_common(6))
                print(f"  gold {gold} -> predicted {predicted}: {n}  ({top})")
    if args.examples is not None:
        args.examples.write_text("\n".join(examples) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
