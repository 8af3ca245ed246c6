"""Two blind reviews of the same pages, row by row: what the code changed and what the reviewers did.

    python benchmarks/blind_check/paired.py BEFORE_DIR AFTER_DIR

Each folder is a blind check's render (``<page>.json`` records) with its reviewers' ``review-*/judgments.tsv``.
A row of one review is paired with the row of the other that stands for the same thing (a statement: page, cue
start and content start; an event: page and trigger start; an actor: page and name). A pair whose output is the
same in both renders (what ``focus.py`` compares: a statement's speaker, content spans and frame; an event's
type, actor, recipient and modality; an actor's kind, country and sector) shows the two reviewer groups disagreeing; a pair whose output changed shows the
code. Prints, per kind, how the "fully right" verdict (actors: the is-an-actor, country and sector fields)
moved in each group: before -> after counts. Counts only; no text, no notes.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import focus

#: the TSV field that carries a kind's overall verdict (0-based: page kind id f1 ... f6 note)
VERDICT = {"statement": 6, "event": 8, "actor": None}


def rows(folder: Path, kind: str) -> dict:
    """(page, key) -> (the output that was judged, its verdict), the later review file winning."""
    out: dict = {}
    records: dict = {}
    for tsv in sorted(folder.glob("review-*/judgments.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines()[1:]:
            f = line.split("\t")
            if len(f) < 9 or f[1] != kind:
                continue
            if f[0] not in records:
                path = folder / f"{f[0]}.json"
                records[f[0]] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
            record = records[f[0]]
            if record is None:
                continue
            paired = _paired(record, kind, f)
            if paired is not None:
                key, output = paired
                verdict = f[VERDICT[kind]] if VERDICT[kind] is not None else "/".join(f[3:6])
                out[(f[0], key)] = (output, verdict)
    return out


def _paired(record: dict, kind: str, f: list[str]):
    names = {a["id"]: a["name"] for a in record["actors"]}
    if kind == "actor":
        actor = next((a for a in record["actors"] if a["id"] == f[2]), None)
        return None if actor is None else (actor["name"], focus.actor_output(actor))
    items = record["statements" if kind == "statement" else "events"]
    item = next((x for x in items if x["id"] == f[2]), None)
    if item is None:
        return None
    if kind == "statement":
        spans = [c["start"] for c in item["content"]]
        return (item["cue"]["start"], spans[0] if spans else -1), focus.statement_output(item, names)
    return item["trigger"]["start"], focus.event_output(item, names)


def compare(before: dict, after: dict) -> Counter:
    """(same|changed output, verdict before, verdict after) -> pairs; plus unpaired rows on either side."""
    counts: Counter = Counter()
    for key in before.keys() & after.keys():
        output = "same output" if before[key][0] == after[key][0] else "changed output"
        counts[(output, before[key][1], after[key][1])] += 1
    counts[("only before", "", "")] = len(before.keys() - after.keys())
    counts[("only after", "", "")] = len(after.keys() - before.keys())
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    for kind in ("statement", "event", "actor"):
        counts = compare(rows(args.before, kind), rows(args.after, kind))
        print(f"{kind}s")
        for (output, was, now), n in sorted(counts.items()):
            if n:
                print(f"  {output:15s} {was or '':>4s} -> {now or '':4s} {n:5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
