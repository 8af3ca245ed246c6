"""Learn the cue lexicon (src/newsgraph/data/cues.tsv) from PolNeAR's training split.

The statement extractor is run with a lexicon that accepts every verb, noun and frame; each
proposal is checked against train's gold attributions (its content half-overlaps a gold
content). For every (cue lemma, frame) the script writes how many proposals there were and
how many were right; the shipped lexicon accepts the pairs whose precision reaches its
threshold. Only train is read: dev stays for evaluation.

    .venv/bin/python scripts/train_cues.py ../shared/data/polnear/train.jsonl \
        [--cache /tmp/polnear-train.spacy] [--out src/newsgraph/data/cues.tsv]
"""
from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from newsgraph.analyze.cues import open_lexicon
from newsgraph.analyze.quotes import find_quotes
from newsgraph.analyze.statements import find_candidates
from newsgraph.eval.polnear import half_overlap, read_polnear, strip_segments
from newsgraph.nlp import loader

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


def count(articles, docs) -> tuple[Counter, Counter]:
    proposed: Counter = Counter()
    correct: Counter = Counter()
    lexicon = open_lexicon()
    for article, doc in zip(articles, docs):
        quotes, _ = find_quotes(doc.text)
        gold = [g.content for g in article.attributions]
        for candidate in find_candidates(doc, lexicon, quotes):
            key = (candidate.lemma, candidate.frame)
            content = strip_segments(doc.text, candidate.content)
            proposed[key] += 1
            if any(half_overlap(content, g) for g in gold):
                correct[key] += 1
    return proposed, correct


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("--cache", type=Path, default=None, help="DocBin of the parsed train texts")
    parser.add_argument("--out", type=Path, default=Path("src/newsgraph/data/cues.tsv"))
    args = parser.parse_args()
    articles = list(read_polnear(args.train))
    proposed, correct = count(articles, parsed_docs(articles, args.cache))
    rows = sorted(
        (key for key, n in proposed.items() if n >= MIN_PROPOSED and correct[key] > 0),
        key=lambda k: (-correct[k] / proposed[k], -proposed[k], k),
    )
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["lemma", "frame", "proposed", "correct", "precision"])
        for lemma, frame in rows:
            n, k = proposed[(lemma, frame)], correct[(lemma, frame)]
            writer.writerow([lemma, frame, n, k, f"{k / n:.3f}"])
    print(f"{len(rows)} (lemma, frame) rows from {len(articles)} articles -> {args.out}")


if __name__ == "__main__":
    main()
