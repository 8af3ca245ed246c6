"""Speakers of shown statements at scale, on the PolNeAR tune documents.

    python benchmarks/speaker_scale.py [--polnear FILE] [--limit N] [--examples 3]

It reads the TUNE part of PolNeAR ``train.jsonl`` (``eval.splits.is_frozen_polnear`` False; the
frozen fifth is never read; parses cached as ``statement_errors.py`` caches them). Every speech or
writing statement with content is matched to gold by content (``eval.polnear.match_contents``). ``shown``
counts those the default view shows (``newsgraph.model.is_shown``: speech or writing by a resolved
speaker; ``Statement.shown``), ``kept, no speaker`` the others: a speaker not found keeps a statement
out of the default view, and this counts why. Of the matched ones whose gold attribution has a source it
counts, by the kind of gold source (``name``, ``pronoun``, ``description``):

* ``span``: our source mention overlaps the gold source by half (``half_overlap``), ``none (not shown)``
  (no source: "(none)"), or ``other``;
* of an overlapping source, ``resolved`` (an actor, shown) or ``unresolved (not shown)``; for a resolved he/she,
  ``kind_ok`` (a person) and ``gender_conflict`` (the person's given name, ``first_names.tsv``, is of the
  other gender); for a description, whether the actor's kind fits its head (a person noun -> a person,
  an organisation noun -> an organisation or group);
* ``chain``: for a pronoun, the actor of the nearest earlier gold attribution (within two paragraphs)
  whose gold source is a proper name resolved by our index and fits the pronoun (a person of no
  conflicting gender): the previous speaker of the conversation. A proxy label (PolNeAR has no
  coreference), counted as ``agree`` / ``differ`` with our speaker;
* ``title_country``: a source that opens with a title (Rep., Sen., Gov. ...) resolved to a country.

The judged rows of dev sets 1-4 are re-scored on a render of the code now by ``statement_labels.py
--dev-render DIR``; its ``--by-source`` splits their speaker verdicts by ``source_kind`` (below).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "src"))

from newsgraph.analyze.actors import find_actors, kb  # noqa: E402
from newsgraph.analyze.actors.gender import FEMALE, MALE, gender_of_name  # noqa: E402
from newsgraph.analyze.dates import find_dates  # noqa: E402
from newsgraph.analyze.statements import find_statements  # noqa: E402
from newsgraph.eval.polnear import (  # noqa: E402
    Attribution,
    half_overlap,
    match_contents,
    read_polnear,
    strip_segments,
)
from newsgraph.eval.splits import is_frozen_polnear  # noqa: E402
from newsgraph.model import SHOWN_FRAMES  # noqa: E402
from newsgraph.settings import Settings  # noqa: E402
from statement_errors import DEFAULT_DATA, Counts, parsed  # noqa: E402

PRONOUNS = frozenset("he she they it him her them his their its".split())
PERSON_HEADS = frozenset("""senator governor president candidate secretary spokesman spokeswoman official
representative congressman congresswoman lawmaker leader chairman chairwoman mayor nominee businessman
billionaire director attorney lawyer judge man woman aide adviser advisor strategist""".split())
ORGANIZATION_HEADS = frozenset("""campaign committee group union company organization department agency
administration party government office network newspaper paper""".split())
TITLES = frozenset("rep rep. sen sen. gov gov. gen gen. mr. mr ms. ms mrs. mrs dr dr. president".split())


def segments(text: str, spans) -> tuple:
    return strip_segments(text, ((s.start, s.end) for s in spans if s is not None))


def gold_kind(text: str) -> str:
    low = text.strip().lower()
    if low in PRONOUNS:
        return "pronoun"
    words = text.split()
    if words and any(w[:1].isupper() for w in words) and words[0].lower() not in ("the", "a", "an"):
        return "name"
    return "description"


def _actor_at(actors, doc, segs):
    if not segs:
        return None
    span = doc.char_span(segs[0][0], segs[-1][1], alignment_mode="expand")
    return actors.resolve(span) if span is not None else None


def _fits(actor, pronoun: str) -> bool:
    if actor is None or actor.kind != "person":
        return False
    want = "m" if pronoun in MALE else "f" if pronoun in FEMALE else None
    got = gender_of_name(actor)
    return want is None or got in (None, want)


def tally_doc(article, doc, counts: Counts, knowledge) -> None:
    text = doc.text
    actors = find_actors(doc, article.published, knowledge)
    dates = find_dates(doc, article.published)
    statements = [s for s in find_statements(doc, actors, dates, article.published)
                  if s.content and s.frame in SHOWN_FRAMES]  # shown when a speaker is resolved (is_shown)
    preds = [Attribution(segments(text, [s.source]), segments(text, [s.cue]), segments(text, s.content))
             for s in statements]
    gold = article.attributions
    pairs = {pi: gi for gi, pi in match_contents(gold, preds)}
    ordered = sorted(range(len(gold)), key=lambda k: (gold[k].cue or gold[k].content)[0][0])
    for pi, statement in enumerate(statements):
        where = f"{article.doc_id}@{statement.cue.start}"
        counts.add("shown" if statement.shown else "kept, no speaker (not shown)", where)
        if pi not in pairs:
            continue
        g = gold[pairs[pi]]
        if not g.source:
            counts.add("matched: gold has no source", where)
            continue
        gtext = " ".join(text[s:e] for s, e in g.source)
        kind = gold_kind(gtext)
        counts.add(f"{kind}: matched", where)
        pred = preds[pi]
        if not pred.source:
            counts.add(f"{kind}: span none (not shown)", where)
            continue
        if not half_overlap(g.source, pred.source):
            counts.add(f"{kind}: span other", where)
            continue
        actor = actors.actor(statement.speaker)
        if actor is None:
            counts.add(f"{kind}: span ok, unresolved (not shown)", where)
            continue
        counts.add(f"{kind}: span ok, resolved", where)
        words = statement.source.text.split()
        if words and words[0].lower() in TITLES - {"president"} and actor.kind == "country":
            counts.add("title_country", where)
        if kind == "description":
            head = words[-1].lower() if words else ""
            if head in PERSON_HEADS:
                counts.add("description: person head", where)
                counts.add("description: person head -> " + ("person" if actor.kind == "person" else "other"), where)
            elif head in ORGANIZATION_HEADS:
                counts.add("description: organisation head", where)
                counts.add("description: organisation head -> " + (
                    "organisation" if actor.kind in ("organization", "group") else actor.kind), where)
        if kind != "pronoun":
            continue
        pronoun = gtext.strip().lower()
        if pronoun in MALE | FEMALE:
            counts.add("he/she resolved", where)
            if actor.kind != "person":
                counts.add("he/she -> not a person", where)
            elif not _fits(actor, pronoun):
                counts.add("he/she -> gender conflict", where)
        # the chain proxy: the named speaker of the nearest earlier gold attribution nearby
        start = g.source[0][0]
        previous = [gold[k] for k in ordered if (gold[k].cue or gold[k].content)[0][0] < start
                    and gold[k].source and gold_kind(" ".join(text[s:e] for s, e in gold[k].source)) == "name"
                    and text.count("\n\n", gold[k].source[0][0], start) <= 2]
        if not previous:
            continue
        chain = _actor_at(actors, doc, previous[-1].source)
        if chain is None or pronoun in MALE | FEMALE and not _fits(chain, pronoun) \
                or pronoun in ("they", "it") and chain.kind == "person":
            continue
        counts.add(f"chain {pronoun in MALE | FEMALE and 'he/she' or 'they/it'}: "
                   + ("agree" if chain.id == actor.id else "differ"), where)


def polnear(args) -> int:
    articles = [a for a in read_polnear(args.polnear)
                if args.polnear.name != "train.jsonl" or not is_frozen_polnear(a.doc_id)]
    articles = articles[:args.limit] if args.limit else articles
    counts = Counts(args.examples)
    knowledge = kb.with_codings(Settings().actor_codings)
    for article, doc in zip(articles, parsed(articles, args.polnear, None)):
        counts.n["documents"] += 1
        tally_doc(article, doc, counts, knowledge)
    for key in sorted(counts.n):
        print(f"{key:48s} {counts.n[key]:6d}  {' '.join(counts.ex[key])}")
    return 0


def source_kind(statement: dict) -> str:
    """The kind of mention a statement's speaker was resolved from (a record's statement): no source,
    pronoun, description, titled name or name."""
    source = statement["source"]
    if source is None:
        return "no source"
    low = source["text"].strip().lower()
    words = low.split()
    if low in PRONOUNS:
        return "pronoun"
    if words and words[0] in ("the", "a", "an", "his", "her", "their") and source["text"][-1:].islower():
        return "description"
    if words and words[0].rstrip(".") in {t.rstrip(".") for t in TITLES}:
        return "titled name"
    return "name"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--examples", type=int, default=3)
    return polnear(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
