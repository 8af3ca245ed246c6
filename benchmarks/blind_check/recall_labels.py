"""Statement recall against blind labels of PolNeAR TUNE documents (such as ``/work/blind/stlab9``), rescored
on the current code: the reviewers' missed statements and the kept rows they judged speech.

    python benchmarks/blind_check/recall_labels.py --labels /work/blind/stlab9 [--reviews C D] [--polnear FILE]

Each judged statement row is found again in the current output by its cue and content start; a missed
statement (a ``missed_statement`` row) counts as found when a shown statement's content holds the first
words the reviewer quoted in the note (the longest quoted fragment; rows without one are left unscored).
Prints, per review folder and in all: the judged speech rows still or now shown, the missed statements
now found, the recall estimate (shown speech rows and missed ones found, over judged speech rows and
missed ones) and the shown rows no reviewer judged. No text is printed.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks" / "blind_check"))

from sheet import polnear_articles  # noqa: E402

from newsgraph.pipeline import Pipeline  # noqa: E402
from newsgraph.settings import Settings  # noqa: E402

QUOTED = re.compile(r"[\"'‘“]([^\"'’”]{6,})[\"'’”]")


def first_words(note: str) -> list[str]:
    """The first words of the longest quoted fragment of a missed statement's note."""
    fragments = sorted(QUOTED.findall(note), key=len, reverse=True)
    return words(fragments[0])[:4] if fragments else []


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def found(wanted: list[str], contents: list[list[str]]) -> bool:
    n = len(wanted)
    return any(content[i:i + n] == wanted for content in contents for i in range(len(content) - n + 1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, required=True, help="folder with review-*/judgments.tsv and records")
    parser.add_argument("--reviews", nargs="*", default=None, help="review folder suffixes to score (default all)")
    parser.add_argument("--polnear", type=Path, default=Path("/work/shared/data/polnear/train.jsonl"))
    args = parser.parse_args()

    folders = sorted(p for p in args.labels.glob("review-*") if args.reviews is None
                     or p.name.removeprefix("review-") in args.reviews)
    rows = []
    for folder in folders:
        for line in (folder / "judgments.tsv").read_text("utf-8").splitlines()[1:]:
            f = line.split("\t")
            if len(f) >= 10 and f[1] in ("statement", "missed_statement"):
                rows.append((folder.name, f))
    pages = sorted({f[0] for _, f in rows})
    old = {p: {s["id"]: s for s in json.loads((args.labels / f"{p}.json").read_text("utf-8"))["statements"]}
           for p in pages}
    new = {}
    for analysis in Pipeline(Settings.from_env()).run(polnear_articles(args.polnear, pages)):
        new[analysis.article.id] = analysis
    counts: Counter = Counter()
    for folder, f in rows:
        analysis = new[f[0]]
        shown = [s for s in analysis.statements if s.shown]
        for scope in (folder, "all"):
            if f[1] == "missed_statement":
                wanted = first_words(f[9])
                if not wanted:
                    counts[scope, "missed_unscored"] += 1
                    continue
                counts[scope, "missed"] += 1
                counts[scope, "missed_found"] += found(wanted, [words(" ".join(c.text for c in s.content))
                                                                for s in shown])
                continue
            before = old[f[0]].get(f[2])
            if before is None:
                continue
            key = (before["cue"]["start"], before["content"][0]["start"] if before["content"] else -1)
            now = next((s for s in analysis.statements
                        if (s.cue.start, s.content[0].start if s.content else -1) == key), None)
            state = "gone" if now is None else ("shown" if now.shown else "kept")
            counts[scope, f"judged:{f[3]}:{f[7]}->{state}"] += 1
            if f[3] == "Y":
                counts[scope, "speech_rows"] += 1
                counts[scope, "speech_rows_shown"] += state == "shown"
    judged_keys = {(f[0], old[f[0]][f[2]]["cue"]["start"]) for _, f in rows
                   if f[1] == "statement" and f[2] in old[f[0]]}
    folder_of = {f[0]: folder for folder, f in rows}
    for page, analysis in new.items():
        for s in analysis.statements:
            if s.shown and (page, s.cue.start) not in judged_keys:
                counts[folder_of[page], "shown_unjudged"] += 1
                counts["all", "shown_unjudged"] += 1
    for scope in sorted({s for s, _ in counts}):
        c = {k: v for (s, k), v in counts.items() if s == scope}
        total = c.get("speech_rows", 0) + c.get("missed", 0)
        got = c.get("speech_rows_shown", 0) + c.get("missed_found", 0)
        print(f"{scope}: recall estimate {got}/{total} = {got / max(total, 1):.3f}  "
              f"(speech rows shown {c.get('speech_rows_shown', 0)}/{c.get('speech_rows', 0)}, "
              f"missed found {c.get('missed_found', 0)}/{c.get('missed', 0)}, unscored {c.get('missed_unscored', 0)}; "
              f"shown rows no reviewer judged {c.get('shown_unjudged', 0)})")
        for k in sorted(k for k in c if k.startswith("judged:")):
            print(f"    {k:32s} {c[k]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
