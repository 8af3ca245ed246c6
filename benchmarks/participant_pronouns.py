"""Where the wrong actors and recipients of judged events come from: a pronoun or description the
actor index does not resolve, one it resolves to the wrong actor, or a right actor events do not pick
(issues 8/9).

    NEWSGRAPH_EVENT_LABELS=DIR python benchmarks/event_judged.py --json --save-records RECS > NOW.json
    NEWSGRAPH_EVENT_LABELS=DIR python benchmarks/participant_pronouns.py NOW.json RECS [--pages FILE ...]
        [--part recipient|actor] [--rows]

For each kept event labelled real whose actor (or recipient) is judged wrong now and whose labeller named
the right one, the right actor is looked up in the record's actor list and the trigger's sentence is
read (the record's evidence, parsed again):

- ``note names none`` / ``right not an actor``: the index has no actor the note's name fits;
- ``right actor named in the sentence``: a mention of it in the sentence starts with a capital (a name):
  events chose another participant;
- ``right actor in the sentence only as a pronoun`` (or ``... as a description``, a mention in lower case:
  "the party", "eight refugees"): the index resolved it there, events did not use it;
- ``right actor not in the sentence``, split by the sentence's pronouns of the part's kind (object
  pronouns for recipients, subject pronouns for actors): one the index resolved to another actor, one it
  did not resolve, or none (a description the index missed, or the actor is only implied).
The records hold article text: keep them outside the repository. ``--rows`` prints each row's trigger,
values and sentence to the terminal.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_labels import read_labels  # noqa: E402

PRONOUNS = {"recipient": frozenset({"him", "her", "them", "us", "me"}),
            "actor": frozenset({"he", "she", "they", "we", "i"})}
NOT_NAMES = frozenset({"he", "she", "they", "his", "her", "their", "him", "them", "it", "its"})


def classify(row: dict, item, analysis: dict, part: str, nlp) -> tuple[str, dict]:
    right = item.right.get(part)
    event = next(e for e in analysis["events"] if e["id"] == row["new"]["id"])
    start, end = event["evidence"]["start"], event["evidence"]["end"]
    detail = {"trigger": event["trigger"]["text"], "now": row["new"].get(part), "sentence": event["evidence"]["text"]}
    if right is None:
        return "note names none", detail
    fitting = [a for a in analysis["actors"] if right.judge(a["name"]) == "right"]
    if not fitting:
        return "right not an actor", detail
    inside = [m["text"] for a in fitting for m in a["mentions"] if start <= m["start"] < end]
    if any(t[:1].isupper() and t.lower() not in NOT_NAMES for t in inside):
        return "right actor named in the sentence", detail
    if any(t.lower() in NOT_NAMES for t in inside):
        return "right actor in the sentence only as a pronoun", detail
    if inside:
        return "right actor in the sentence only as a description", detail
    mention_of = {m["start"]: a["name"] for a in analysis["actors"] for m in a["mentions"]}
    doc = nlp(event["evidence"]["text"])
    pronouns = [t for t in doc if t.lower_ in PRONOUNS[part] and t.dep_ != "poss"]
    detail["pronouns"] = [(t.text, t.dep_, mention_of.get(start + t.idx)) for t in pronouns]
    if not pronouns:
        return "right actor not in the sentence: no pronoun there", detail
    if any(start + t.idx in mention_of for t in pronouns):
        return "right actor not in the sentence: a pronoun there resolved to another actor", detail
    return "right actor not in the sentence: a pronoun there unresolved", detail


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("result", type=Path, help="event_judged.py --json output")
    parser.add_argument("records", type=Path, help="the --save-records directory of that run")
    parser.add_argument("--labels", type=Path, default=os.environ.get("NEWSGRAPH_EVENT_LABELS"),
                        help="the blind event labels directory (default: $NEWSGRAPH_EVENT_LABELS)")
    parser.add_argument("--pages", type=Path, action="append", help="only the documents listed in FILE "
                        "(doc ids one a line; may be given more than once)")
    parser.add_argument("--part", choices=("recipient", "actor"), default="recipient")
    parser.add_argument("--rows", action="store_true", help="print each row (article text: terminal only)")
    args = parser.parse_args()
    if args.labels is None or not args.labels.is_dir():
        parser.error("give the labels directory: --labels DIR or NEWSGRAPH_EVENT_LABELS")
    from newsgraph.nlp import loader

    nlp = loader.load()
    labelled, _, _ = read_labels(args.labels)
    items = {(page, item.id): item for page, found in labelled.items() for item in found}
    keep = None
    if args.pages:
        keep = {line.strip() for f in args.pages for line in f.read_text(encoding="utf-8").splitlines() if line.strip()}
    counts: Counter = Counter()
    for row in json.loads(args.result.read_text(encoding="utf-8"))["rows"]:
        if row.get("status") != "kept" or row.get("real") != "Y" or row["verdict"][args.part] != "wrong":
            continue
        if keep is not None and row["page"] not in keep:
            continue
        analysis = json.loads((args.records / f"{row['page']}.json").read_text(encoding="utf-8"))
        kind, detail = classify(row, items[(row["page"], row["label"])], analysis, args.part, nlp)
        counts[kind] += 1
        if args.rows:
            print(f"{kind} | {detail}")
    print(f"{args.part} wrong: {sum(counts.values())}")
    for kind, n in counts.most_common():
        print(f"{n:4d}  {kind}")


if __name__ == "__main__":
    main()
