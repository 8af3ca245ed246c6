"""The dev sets' judged shown statements against a FRESH render: which judged-wrong rows the current
code still shows exactly as judged.

    python benchmarks/statement_judged_now.py --now DIR [--blind /work/blind] [--list OUT]

``statement_judged.py`` counts the judgements of the records the reviewers saw (older code). This
script asks what is left of them now. Render the dev sets' pages with the code to measure first
(``DIR/s1`` ... ``DIR/s4``; sets 1-2 from articles-dev, 3-4 from PolNeAR train)::

    python benchmarks/blind_check/sheet.py --data /work/shared/data/articles-dev \\
        --pages benchmarks/blind_check/pages.txt --out DIR/s1          # and pages-2.txt -> DIR/s2
    python benchmarks/blind_check/sheet.py --polnear /work/shared/data/polnear/train.jsonl \\
        --pages benchmarks/blind_check/pages-3.txt --out DIR/s3        # and pages-4.txt -> DIR/s4

Each judged shown statement (the newest judgement of each, as ``statement_judged.judged_rows`` keeps
it) is looked up in the fresh record by its cue span: ``same`` (shown, same content spans: the
judgement still holds), ``changed`` (shown with other content: not judged), ``not shown`` (no shown
statement with that cue now). Counted for all rows and for the rows judged content wrong, speech
wrong and fully right. ``--list`` writes the judged-wrong rows still shown as judged (page, cue, the
reviewer's note: article words, so outside the repository). Held-out sets are never read.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "blind_check"))

from dev_sets import judged_lines  # noqa: E402


def newest_judgements(blind: Path) -> dict:
    """(page, cue start, content start) -> the newest judgement of that shown statement."""
    rows: dict = {}
    for number, _, f, record in judged_lines(blind, "statement", 9):  # oldest first: a later one wins
        statement = next((s for s in record["statements"] if s["id"] == f[2]), None)
        if statement is None:
            continue
        key = (f[0], statement["cue"]["start"], statement["content"][0]["start"] if statement["content"] else -1)
        rows[key] = {"set": number, "page": f[0], "statement": statement, "speech": f[3], "content": f[5],
                     "fully": f[6], "shown": f[7], "note": f[9] if len(f) > 9 else ""}
    return rows


def state_now(statement: dict, record: dict) -> str:
    """"same", "changed" or "not shown": what the fresh record shows for a judged statement's cue."""
    cue = (statement["cue"]["start"], statement["cue"]["end"])
    shown = [s for s in record["statements"] if (s["cue"]["start"], s["cue"]["end"]) == cue
             and s["frame"] in ("speech", "writing")]
    judged = [(c["start"], c["end"]) for c in statement["content"]]
    if any([(c["start"], c["end"]) for c in s["content"]] == judged for s in shown):
        return "same"
    return "changed" if shown else "not shown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--now", type=Path, required=True, help="fresh records: DIR/s<set>/<page>.json")
    parser.add_argument("--blind", type=Path, default=Path("/work/blind"))
    parser.add_argument("--list", type=Path, default=None, help="write the judged-wrong rows still shown as judged")
    args = parser.parse_args(argv)
    n: Counter = Counter()
    kept = []
    records: dict = {}
    for row in newest_judgements(args.blind).values():
        if row["shown"] != "shown":
            continue
        path = args.now / f"s{row['set']}" / f"{row['page']}.json"
        if path not in records:
            records[path] = json.loads(path.read_text()) if path.exists() else None
        if records[path] is None:
            n["page not rendered"] += 1
            continue
        state = state_now(row["statement"], records[path])
        n[f"judged shown: {state}"] += 1
        labels = {"content wrong": row["content"] == "N", "speech wrong": row["speech"] != "Y",
                  "fully right": row["fully"] == "Y"}
        for label, holds in labels.items():
            n[f"{label}: {state}"] += holds
        if state == "same" and (labels["content wrong"] or labels["speech wrong"]):
            kept.append(f"{row['set']}\t{row['page']}\tspeech={row['speech']}\tcontent={row['content']}\t"
                        f"cue={row['statement']['cue']['text']!r}\t{row['note']}")
    for key in sorted(n):
        print(f"{key:36s} {n[key]:5d}")
    if args.list:
        args.list.write_text("\n".join(kept) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
