"""The judged speakers of dev sets 1-4 re-scored on a render of the code now.

    python benchmarks/speaker_rescore.py --render DIR [DIR ...] [--blind /work/blind] [--out /tmp/rescore.txt]

``statement_judged.py`` counts what the reviewers marked on the records they saw (each rendered by
the code of its day). This tool asks what the code NOW gives the same rows: ``--render`` takes
``sheet.py`` output folders of the dev pages (pages.txt, pages-2.txt with ``--data``; pages-3.txt,
pages-4.txt with ``--polnear``), and for every shown statement the newest judgement of which has speech
right and a speaker verdict (Y/N), finds the statement with the same cue start and compares its
speaker with the judged one, by name:

* same speaker: the reviewer's verdict stands (``right`` / ``wrong``);
* another speaker where the judged one was right: ``wrong (was right)``;
* another where the judged one was wrong: ``right (per note)`` when the reviewer's note names the new
  speaker's last name, else ``changed, unclear``;
* no statement with that cue: ``statement gone``.

Held-out sets are never read (``blind_check/dev_sets.py``). Counts go to stdout; the rows that are
wrong or unclear, with a little text around the source, go to ``--out`` (outside the repository).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "blind_check"))

from dev_sets import judged_lines  # noqa: E402

from speaker_judged import category  # noqa: E402


def judged(blind: Path) -> dict:
    """(page, cue start, content start) -> the newest judgement of a statement, with its speaker's name."""
    rows: dict = {}
    for _number, _name, f, record in judged_lines(blind, "statement", 9):
        s = next((x for x in record["statements"] if x["id"] == f[2]), None)
        if s is None:
            continue
        actor = next((a for a in record["actors"] if a["id"] == s["speaker"]), None)
        key = (f[0], s["cue"]["start"], s["content"][0]["start"] if s["content"] else -1)
        rows[key] = {"id": f[2], "speech": f[3], "speaker": f[4], "shown": f[7],
                     "note": f[9] if len(f) > 9 else "", "name": actor["name"] if actor else None}
    return rows


def verdict(row: dict, now: str | None) -> str:
    if now == row["name"]:
        return "right" if row["speaker"] == "Y" else "wrong"
    if row["speaker"] == "Y":
        return "wrong (was right)"
    last = now.split()[-1].lower() if now else None
    wrong_last = (row["name"] or "").split()[-1:]
    if last and re.search(r"\b" + re.escape(last) + r"\b", row["note"].lower()) \
            and [last] != [w.lower() for w in wrong_last]:
        return "right (per note)"
    return "changed, unclear"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--render", type=Path, nargs="+", required=True)
    parser.add_argument("--blind", type=Path, default=Path("/work/blind"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/rescore.txt"))
    args = parser.parse_args(argv)
    records = {p.stem: json.loads(p.read_text(encoding="utf-8"))
               for folder in args.render for p in folder.glob("*.json")}
    counts: Counter = Counter()
    lines = []
    for (page, cue, _), row in sorted(judged(args.blind).items()):
        if row["shown"] != "shown" or row["speech"] != "Y" or row["speaker"] not in ("Y", "N") or page not in records:
            continue
        record = records[page]
        s = next((x for x in record["statements"] if x["cue"]["start"] == cue), None)
        if s is None:
            counts["statement gone"] += 1
            continue
        actor = next((a for a in record["actors"] if a["id"] == s["speaker"]), None)
        now = actor["name"] if actor else None
        v = verdict(row, now)
        counts[v] += 1
        if v.startswith(("wrong", "changed")):
            kind = category(record, s)
            counts[f"  {v.split()[0].rstrip(',')}: {kind}"] += 1
            at = (s["source"] or s["cue"])["start"]
            lines.append(f"[{v}] [{kind}] {page} {row['id']} source={s['source'] and s['source']['text']!r} "
                         f"judged={row['name']!r} now={now!r}\n  note={row['note']!r}\n"
                         f"  ...{record['text'][max(0, at - 250):at + 60]!r}\n")
    args.out.write_text("\n".join(lines), encoding="utf-8")
    for key in sorted(counts):
        print(f"{key:60s} {counts[key]:5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
