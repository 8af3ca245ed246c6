"""Pool the judged event rows of the DEV blind checks (sets 1-4) and count what reviewers found wrong.

    python benchmarks/blind_check/judged_events.py [--blind /work/blind] [--rows FILE]

Reads ``<dir>/review-*/judgments.tsv`` and the output records ``<dir>/<page>.json`` of the dev dirs only
(``dev_sets.py``; never the held-out sets 5 and 6), keeps one row per (page, trigger offset, type, actor, recipient) (the same article was
judged on several code versions), and counts among real events: type / actor / recipient wrong, a
recipient wrong because none was given, given only as words the actor index does not list, or another
actor; an actor wrong because none was given or because it is the reporting statement's speaker.
``--rows`` writes each real, not fully right row with its note (keep it out of the repository).
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from dev_sets import judged_lines


def judged_rows(blind: Path) -> dict:
    rows = {}
    for _set, _name, parts, doc in judged_lines(blind, "event", 9):
        event = next((e for e in doc["events"] if e["id"] == parts[2]), None)
        if event is None:
            continue
        key = (parts[0], event["trigger"]["start"], event["type"], event.get("actor"), event.get("recipient"))
        speakers = {s["id"]: s.get("speaker") for s in doc["statements"]}
        rows[key] = (parts[3:9], parts[9] if len(parts) > 9 else "", event, speakers)
    return rows


def categories(rows: dict) -> Counter:
    counts: Counter = Counter()
    for fields, _note, event, speakers in rows.values():
        real, type_ok, actor_ok, recipient_ok = fields[:4]
        counts["judged"] += 1
        if real != "Y":
            continue
        counts["real"] += 1
        counts["fully right" if "N" not in (type_ok, actor_ok, recipient_ok) else "not fully right"] += 1
        if type_ok == "N":
            counts["type wrong"] += 1
        if actor_ok == "N":
            counts["actor wrong"] += 1
            if event.get("actor") is None:
                counts["actor wrong: none given"] += 1
            elif speakers.get(event.get("statement")) == event.get("actor"):
                counts["actor wrong: the statement's speaker"] += 1
        if recipient_ok == "N":
            counts["recipient wrong"] += 1
            if event.get("recipient") is None:
                given = "words only" if event.get("recipient_span") else "none given"
                counts[f"recipient wrong: {given}"] += 1
            else:
                counts["recipient wrong: another actor"] += 1
            counts[f"recipient wrong, type {event['type']}"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", type=Path, default=Path("/work/blind"))
    parser.add_argument("--rows", type=Path, default=None)
    args = parser.parse_args()
    rows = judged_rows(args.blind)
    for name, n in sorted(categories(rows).items(), key=lambda item: (-item[1], item[0])):
        print(f"{n:5}  {name}")
    if args.rows is not None:
        with open(args.rows, "w", encoding="utf-8") as out:
            for fields, note, event, _ in rows.values():
                if fields[0] == "Y" and "N" in fields[1:4]:
                    out.write(f"{''.join(fields[1:4])}\t{event['type']}\t{event['trigger']['text']}\t{note}\t"
                              f"{event['evidence']['text'][:300]}\n")


if __name__ == "__main__":
    main()
