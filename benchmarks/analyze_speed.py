"""How much newsgraph's analysis costs on top of spaCy parsing, measured in one process.

    .venv/bin/python benchmarks/analyze_speed.py [--corpus samples|polnear|pages] [--repeat N] [--no-freeze]
        (data: ../shared/data, or NEWSGRAPH_DATA)

Baseline: plain ``nlp.pipe`` over the texts. Then the same parsed Docs go through newsgraph's
analysis (statements, actors, dates, events, places), timed stage by stage. Prints articles/s for
parsing alone and for parse + analysis, and the analysis time as a share of the parse time
(issue 2's target: statements+actors+dates at most 25%; issue 3's: events+places another 15%).
Last, the actor knowledge base's cost (issue 8's target: at most 3% of the analysis time): the actor
stage once more with the shipped base and once with an empty one, the difference over the analysis;
and the article setting's cost (``analyze.actors.setting``), timed around its two steps; and what the
trigger-proposer hook (``find_events(triggers=)``) costs while no proposer is given, as it runs by
default: the calls it gets in one events pass, times the cost of one call (timed alone over a million).
"""
from __future__ import annotations

import argparse
import gc
import gzip
import json
import os
import time
import timeit
from pathlib import Path

from newsgraph import nlp
from newsgraph.analyze import actors, dates, events, gazetteer, places, resources, statements
from newsgraph.analyze.actors import dictionaries, kb, names
from newsgraph.analyze.events import classifier as event_classifier
from newsgraph.analyze.events import lexicon as event_lexicon
from newsgraph.analyze.events import recall as event_recall
from newsgraph.batch.work import settle_loaded
from newsgraph.errors import NoArticle
from newsgraph.eval.splits import is_frozen_page
from newsgraph.extract import extract
from newsgraph.inputs import read_articles
from newsgraph.model import RawDocument
from newsgraph.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
# NEWSGRAPH_DATA: where ../shared/data is when the checkout is not beside it (as scale.py reads it)
DATA = Path(os.environ.get("NEWSGRAPH_DATA") or ROOT.parent / "shared" / "data")
POLNEAR_DEV = DATA / "polnear" / "dev.jsonl"
ARTICLES_DEV = DATA / "articles-dev"


def load_texts(corpus: str) -> list[tuple[str, str | None]]:
    if corpus == "polnear":
        rows = [json.loads(line) for line in POLNEAR_DEV.open(encoding="utf-8")]
        return [(r["text"], (r.get("date") or "")[:10] or None) for r in rows]
    if corpus == "pages":  # real news pages: the tune half of articles-dev (never the frozen half)
        truth = json.loads((ARTICLES_DEV / "ground-truth.json").read_text("utf-8"))
        pages = []
        for key in sorted(truth):
            if is_frozen_page(key):
                continue
            html = gzip.decompress((ARTICLES_DEV / "html" / f"{key}.html.gz").read_bytes())
            try:
                article = extract(RawDocument(content=html, source=key, kind="html", id=key))
            except NoArticle:
                continue
            pages.append((article.text, article.published))
        return pages
    errors = []
    articles = list(read_articles([str(ROOT / "src/newsgraph/samples")], Settings(), errors.append))
    return [(a.text, a.published) for a in articles]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=["samples", "polnear", "pages"], default="samples")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus (default 5)")
    parser.add_argument("--no-freeze", action="store_true",
                        help="keep the model and the per-process tables in the garbage collector's walks; by default "
                             "they are frozen once loaded (batch.work.settle_loaded), as every worker process does "
                             "after its warm-up: a full collection walks them all, and falls on whichever stage "
                             "crosses its threshold (on the 44 pages: one, ~0.3 s, in the actor stage)")
    args = parser.parse_args()

    texts = load_texts(args.corpus) * args.repeat
    model = nlp.load()
    list(model.pipe(t for t, _ in texts[:4]))  # warm up
    gazetteer.load(), event_lexicon.load(), event_classifier.load()  # per-process tables, like the model
    kb.shipped(), kb.shipped_organizations(), dictionaries.tables(), names.given_names(), resources.first_name_genders()
    if not args.no_freeze:
        settle_loaded()

    t0 = time.perf_counter()
    docs = list(model.pipe((t for t, _ in texts), batch_size=32))
    parse_s = time.perf_counter() - t0

    stages = {"dates": 0.0, "actors": 0.0, "statements": 0.0, "places": 0.0, "events": 0.0}
    for doc, (_, published) in zip(docs, texts):
        t = time.perf_counter(); found_dates = dates.find_dates(doc, published); stages["dates"] += time.perf_counter() - t
        t = time.perf_counter(); index = actors.find_actors(doc, published); stages["actors"] += time.perf_counter() - t
        t = time.perf_counter(); found = statements.find_statements(doc, index, found_dates, published)
        stages["statements"] += time.perf_counter() - t
        t = time.perf_counter(); found_places = places.find_places(doc, index); stages["places"] += time.perf_counter() - t
        t = time.perf_counter(); events.find_events(doc, index, found, found_dates, found_places, published)
        stages["events"] += time.perf_counter() - t

    n = len(texts)
    chars = sum(len(t) for t, _ in texts)
    core = stages["dates"] + stages["actors"] + stages["statements"]
    extra = stages["places"] + stages["events"]
    print(f"corpus: {args.corpus} x{args.repeat} = {n} articles, {chars:,} characters, model {model.meta['name']}")
    print(f"spaCy parse only      : {parse_s:7.2f} s  {n / parse_s:8.1f} articles/s")
    print(f"parse + analysis      : {parse_s + core + extra:7.2f} s  {n / (parse_s + core + extra):8.1f} articles/s")
    for name, seconds in stages.items():
        print(f"  {name:<11}: {seconds:7.3f} s  {100 * seconds / parse_s:6.1f}% of parse")
    print(f"statements+actors+dates: {100 * core / parse_s:5.1f}% of parse time (target <= 25%)")
    print(f"events+places          : {100 * extra / parse_s:5.1f}% of parse time (target <= 15%)")
    with_kb, without_kb = 0.0, 0.0
    empty = kb.KnowledgeBase({})
    # what the stages above left for the garbage collector would otherwise be collected in whichever run
    # happens to cross the threshold (it read 10% "lookups" once the statements stage left more behind)
    gc.collect()
    gc.freeze()
    for _ in range(2):
        for doc, (_, published) in zip(docs, texts):
            t = time.perf_counter(); actors.find_actors(doc, published, empty); without_kb += time.perf_counter() - t
            t = time.perf_counter(); actors.find_actors(doc, published); with_kb += time.perf_counter() - t
    if args.no_freeze:
        gc.unfreeze()
    extra_kb = max(0.0, with_kb - without_kb) / 2
    print(f"knowledge-base lookups : {extra_kb:7.3f} s  {100 * extra_kb / (core + extra):5.1f}% of analysis time "
          f"(target <= 3%)")
    setting_s = _setting_seconds(docs, texts)
    print(f"article setting        : {setting_s:7.3f} s  {100 * setting_s / (core + extra):5.1f}% of analysis time")
    calls, hook_s = _proposer_hook_seconds(docs, texts)
    print(f"trigger-proposer hook  : {hook_s:7.4f} s  {100 * hook_s / stages['events']:5.2f}% of the events stage, "
          f"{100 * hook_s / (core + extra):5.2f}% of analysis time (unset; {calls:,} calls)")


def _setting_seconds(docs, texts) -> float:
    """The time the actor stage spends on the article's setting (weighing it, then settling actors),
    timed around those two steps in one more pass."""
    spent = [0.0]
    steps = {name: getattr(actors, name) for name in ("country_weights", "setting_and_sole", "settle_setting")}

    def timed(step):
        def run(*args, **kwargs):
            t = time.perf_counter()
            try:
                return step(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - t
        return run

    try:
        for name, step in steps.items():
            setattr(actors, name, timed(step))
        for doc, (_, published) in zip(docs, texts):
            actors.find_actors(doc, published)
    finally:
        for name, step in steps.items():
            setattr(actors, name, step)
    return spent[0]


def _proposer_hook_seconds(docs, texts) -> tuple[int, float]:
    """(calls, seconds) of the trigger-proposer hook without a proposer: ``RecallLexicon.proposed`` is
    counted over one events pass, then one unset call on a word of the corpus is timed a million times
    (a timer around each call would cost more than the call; the lambda around the timed call makes it
    an upper bound)."""
    proposed = event_recall.RecallLexicon.proposed
    calls = [0]

    def counted(self, token):
        calls[0] += 1
        return proposed(self, token)

    event_recall.RecallLexicon.proposed = counted
    try:
        for doc, (_, published) in zip(docs, texts):
            found_dates = dates.find_dates(doc, published)
            index = actors.find_actors(doc, published)
            found = statements.find_statements(doc, index, found_dates, published)
            events.find_events(doc, index, found, found_dates, places.find_places(doc, index), published)
    finally:
        event_recall.RecallLexicon.proposed = proposed
    lexicon, token = event_recall.load(), docs[0][0]
    assert lexicon.proposer is None
    once = timeit.timeit(lambda: lexicon.proposed(token), number=1_000_000) / 1_000_000
    return calls[0], calls[0] * once


if __name__ == "__main__":
    main()
