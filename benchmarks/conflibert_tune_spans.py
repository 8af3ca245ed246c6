"""Source and target spans on the ConfliBERT TUNE sentences (the part ``eval events`` does not score).

    python benchmarks/conflibert_tune_spans.py [--data ../shared/data] [--json OUT] [--diff OLD.json]

``eval events --only spans`` scores only the frozen third of ``conflibert/cameo_ner_train.txt``; rules are
developed and counted on the other two thirds, so this prints the same overlap / exact scores for those
sentences, and with ``--json`` writes each sentence's predicted and gold spans, so that ``--diff`` can list the
sentences whose predicted doer or target spans changed between two versions of the code (each a right
or wrong change by the gold spans).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsgraph import Article, Pipeline, Settings
from newsgraph.eval.events import read_cameo_ner, span_scores
from newsgraph.eval.splits import is_frozen_sentence


def _rows(data: Path) -> list[dict]:
    sentences = [s for s in read_cameo_ner(data / "conflibert" / "cameo_ner_train.txt")
                 if not is_frozen_sentence(s.text)]
    pipeline = Pipeline(Settings.from_env())
    analyses = pipeline.run([Article(text=s.text, published=None) for s in sentences])
    rows = []
    for sentence, analysis in zip(sentences, analyses):
        rows.append({
            "text": sentence.text,
            "sources": sorted({(e.actor_span.start, e.actor_span.end) for e in analysis.events if e.actor_span}),
            "targets": sorted({(e.recipient_span.start, e.recipient_span.end)
                               for e in analysis.events if e.recipient_span}),
            "gold_sources": [tuple(s) for s in sentence.sources],
            "gold_targets": [tuple(t) for t in sentence.targets],
        })
    return rows


def _hits(spans, gold) -> int:
    return sum(1 for p in spans if any(p[0] < g[1] and g[0] < p[1] for g in gold))


def _diff(old: list[dict], new: list[dict]) -> None:
    """Sentences whose spans changed: + for a change that adds right spans or drops wrong ones."""
    before = {r["text"]: r for r in old}
    for row in new:
        prior = before.get(row["text"])
        if prior is None:
            continue
        for side, gold in (("sources", "gold_sources"), ("targets", "gold_targets")):
            was = [tuple(s) for s in prior[side]]
            now = [tuple(s) for s in row[side]]
            if was == now:
                continue
            right = _hits(now, row[gold]) - _hits(was, row[gold])
            wrong = (len(now) - _hits(now, row[gold])) - (len(was) - _hits(was, row[gold]))
            text = row["text"]
            print(f"{side}: right {right:+d} wrong {wrong:+d}: "
                  f"{[text[a:b] for a, b in was]} -> {[text[a:b] for a, b in now]} "
                  f"(gold {[text[a:b] for a, b in row[gold]]})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--json", type=Path, help="write each sentence's predicted and gold spans")
    parser.add_argument("--diff", type=Path, help="list the sentences whose spans changed since this --json")
    args = parser.parse_args()
    rows = _rows(args.data)
    for side, gold in (("sources", "gold_sources"), ("targets", "gold_targets")):
        scores = span_scores([(r[side], [tuple(g) for g in r[gold]]) for r in rows])
        print(f"{side}: n={len(rows)} overlap F1 {scores['overlap']['f1']:.3f} "
              f"(P {scores['overlap']['precision']:.3f} R {scores['overlap']['recall']:.3f}), "
              f"exact F1 {scores['exact']['f1']:.3f}")
    if args.json:
        args.json.write_text(json.dumps(rows), "utf-8")
    if args.diff:
        _diff(json.loads(args.diff.read_text("utf-8")), rows)


if __name__ == "__main__":
    main()
