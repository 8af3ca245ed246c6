"""List the events whose actor or recipient differs between two renders of the blind check's dev pages,
with the reviewers' judgements of the same rows in earlier reviews (how train_participants.py's chooser
was checked on real news before it was shipped off by default). PAGES-4: benchmarks/blind_check/pages-4.txt.

    NEWSGRAPH_EVENT_RECIPIENTS=0 python benchmarks/blind_check/sheet.py ... --pages PAGES-4 --out OFF4
    NEWSGRAPH_EVENT_RECIPIENTS=1 python benchmarks/blind_check/sheet.py ... --pages PAGES-4 --out ON4
    python scripts/participant_changes.py --set 4 OFF4 ON4 [--blind /work/blind]

Rows are matched by trigger offsets and type; a judged row of an earlier review is the same event when its
trigger text and the start of its evidence sentence agree. The reviewers' verdict applies to the recipient
(or actor) that review showed: compare it with both renders, and read the article where it does not settle
the question. Only the DEV sets 1-4 have review folders listed here; never point this at held-out sets.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

#: the review folders of each dev set, oldest first
REVIEWS = {1: ("baseline", "after", "final", "round3", "round4", "round5"), 2: ("r5base", "r5mid", "r5final", "s2now"),
           3: ("s3base", "s3final", "s3now"), 4: ("s4base", "s4final", "s4final2", "s4final7")}


def _name(analysis: dict, actor_id):
    return next((a["name"] for a in analysis["actors"] if a["id"] == actor_id), actor_id) if actor_id else None


def _judged(blind: Path, set_number: int, page: str, event: dict) -> list[str]:
    """The reviewers' verdicts on the same event in each earlier review of the page."""
    out = []
    for review in REVIEWS[set_number]:
        path = blind / review / f"{page}.json"
        if not path.is_file():
            continue
        old = json.loads(path.read_text("utf-8"))
        for row in old["events"]:
            if row["trigger"]["text"] != event["trigger"]["text"] or \
                    row["evidence"]["text"].strip()[:80] != event["evidence"]["text"].strip()[:80]:
                continue
            for table in sorted((blind / review).glob("review-*/judgments.tsv")):
                with open(table, encoding="utf-8", newline="") as fh:
                    for cells in csv.reader(fh, delimiter="\t"):
                        if len(cells) >= 9 and cells[:3] == [page, "event", row["id"]]:
                            note = cells[9] if len(cells) > 9 else ""
                            out.append(f"{review}/{table.parent.name}: showed actor={_name(old, row.get('actor'))} "
                                       f"recipient={_name(old, row.get('recipient'))}; real={cells[3]} "
                                       f"actor={cells[5]} recipient={cells[6]} {note}")
    return out


def changes(before: Path, after: Path, set_number: int, blind: Path) -> list[str]:
    lines = []
    for path in sorted(before.glob("*.json")):
        old, new = json.loads(path.read_text("utf-8")), json.loads((after / path.name).read_text("utf-8"))
        key = lambda e: (e["trigger"]["start"], e["trigger"]["end"], e["type"])  # noqa: E731
        was, now = {key(e): e for e in old["events"]}, {key(e): e for e in new["events"]}
        for k in sorted(set(was) | set(now)):
            if k not in was or k not in now:
                lines.append(f"## {path.stem} {k} only {'after' if k not in was else 'before'}")
                continue
            a, b = was[k], now[k]
            shown = [(_name(old, a.get(r)), _name(new, b.get(r)), (a.get(f"{r}_span") or {}).get("text"),
                      (b.get(f"{r}_span") or {}).get("text")) for r in ("actor", "recipient")]
            if all(x == y and s == t for x, y, s, t in shown):
                continue
            lines.append(f"## {path.stem} {a['id']} {a['type']} trigger {a['trigger']['text']!r}")
            for role, (x, y, s, t) in zip(("actor", "recipient"), shown):
                if (x, s) != (y, t):
                    lines.append(f"   {role}: {x} ({s!r}) -> {y} ({t!r})")
            lines.append(f"   evidence: {a['evidence']['text'][:300]}")
            lines += [f"   judged {j}" for j in _judged(blind, set_number, path.stem, a)]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--set", dest="set_number", type=int, choices=sorted(REVIEWS), required=True)
    parser.add_argument("--blind", type=Path, default=Path("/work/blind"))
    args = parser.parse_args()
    print("\n".join(changes(args.before, args.after, args.set_number, args.blind)))


if __name__ == "__main__":
    sys.exit(main())
