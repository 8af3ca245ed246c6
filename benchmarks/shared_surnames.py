"""Two people who share a surname, over the PolNeAR TUNE documents (the frozen fifth is never read).

    python benchmarks/shared_surnames.py [--polnear FILE] [--limit N] [--examples 3]

For every document where two full names (PERSON entities of two words or more) end with the same
surname but differ ("Jeb Bush" / "George W. Bush", "Betsy Ebeling" / "Tom Ebeling"), it counts how the
actor index comes out: ``pair: two persons`` (right), ``pair: merged`` (both names one actor), ``pair:
not a person`` (a full name resolved to an organisation/group or to nothing). Each bare mention of the
surname ("Bush said", "the Ebelings") is counted by what it resolved to: ``bare: person`` (one of the
named people), ``bare: organisation/group`` or ``bare: unresolved``. No article text is printed.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "src"))

from newsgraph.analyze.actors import find_actors, kb  # noqa: E402
from newsgraph.eval.polnear import read_polnear  # noqa: E402
from newsgraph.eval.splits import is_frozen_polnear  # noqa: E402
from newsgraph.settings import Settings  # noqa: E402
from statement_errors import DEFAULT_DATA, parsed  # noqa: E402


def tally(article, doc, counts: Counter, examples: dict, knowledge) -> None:
    fulls = defaultdict(set)
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text.isalpha() and ent[-1].text[0].isupper():
            fulls[ent[-1].text].add(ent.text)
    shared = {s: names for s, names in fulls.items() if len({n.split()[0] for n in names}) > 1}
    if not shared:
        return
    actors = find_actors(doc, article.published, knowledge)
    counts["documents with a shared surname"] += 1
    for surname, names in shared.items():
        counts["surnames"] += 1
        found = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON" and ent.text in names and ent.text not in found:
                found[ent.text] = actors.resolve(ent)
        people = {a.id for a in found.values() if a is not None and a.kind == "person"}
        where = f"{article.doc_id}:{surname}"
        if any(a is None or a.kind != "person" for a in found.values()):
            key = "pair: not a person"
        elif len(people) < len(found):
            key = "pair: merged"
        else:
            key = "pair: two persons"
        counts[key] += 1
        examples[key].append(where)
        for t in doc:
            if t.text not in (surname, surname + "s") or (t.i > 0 and doc[t.i - 1].text[:1].isupper()
                                                         and doc[t.i - 1].text not in ("Mr.", "Mrs.", "Ms.")
                                                         and not doc[t.i - 1].is_sent_start):
                continue
            actor = actors.resolve(doc[t.i:t.i + 1])
            if actor is None:
                key = "bare: unresolved"
            elif actor.kind == "person" and actor.id in people:
                key = "bare: person"
            elif actor.kind == "person":
                key = "bare: another person"
            else:
                key = "bare: organisation/group"
            counts[key] += 1
            examples[key].append(f"{where}@{t.idx}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--examples", type=int, default=3)
    args = parser.parse_args(argv)
    articles = [a for a in read_polnear(args.polnear)
                if args.polnear.name != "train.jsonl" or not is_frozen_polnear(a.doc_id)]
    articles = articles[:args.limit] if args.limit else articles
    knowledge = kb.with_codings(Settings().actor_codings)
    counts: Counter = Counter()
    examples: dict = defaultdict(list)
    for article, doc in zip(articles, parsed(articles, args.polnear, None)):
        counts["documents"] += 1
        tally(article, doc, counts, examples, knowledge)
    for key in sorted(counts):
        print(f"{key:36s} {counts[key]:6d}  {' '.join(examples[key][:args.examples])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
