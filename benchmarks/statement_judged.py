"""What the blind check's reviewers flag on shown statements, pooled over the DEV sets 1-4.

    python benchmarks/statement_judged.py [--blind /work/blind]

Reads the judged rows (``<dir>/review-*/judgments.tsv``) and output records (``<dir>/<page>.json``) of
the dev-set directories only (``blind_check/dev_sets.py``; the held-out sets 5 and 6 are never read), keeps the newest
judgement of each statement (same page, cue and content start), and counts the shown rows whose speech,
speaker or content a reviewer marked wrong. A wrong speaker is split by what the record shows: no
source, a source mention not resolved to an actor, a pronoun resolved to the wrong actor, another
mention resolved to the wrong actor. On the PolNeAR sets (3 and 4) a wrong speaker whose source span is
a gold PolNeAR source is a resolution error the gold spans cannot show (``statement_errors.py`` counts
source spans only). Prints counts; no text.

Whether a row is shown is the default view's rule (``newsgraph.model.is_shown``: speech or writing by a
resolved speaker, read by ``tally.shown_statements`` from the render the row was judged on), not the
reviewer's f5 copy, so the counts are those of what the default view shows.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks" / "blind_check"))

from dev_sets import DEV_SETS, judged_lines  # noqa: E402
from tally import shown_statements  # noqa: E402

from newsgraph.eval.polnear import half_overlap, read_polnear  # noqa: E402
from newsgraph.eval.statements import read_doc_ids  # noqa: E402

PRONOUNS = frozenset("he she they i we it him her them his their its".split())


def judged_rows(blind: Path) -> dict:
    """The newest judgement of each statement; ``shown`` is the default view's rule on the judged
    render (``tally.shown_statements``), not the reviewer's f5."""
    rows: dict = {}
    for number, name, f, record in judged_lines(blind, "statement", 9):  # oldest first: a later judgement wins
        statement = next((s for s in record["statements"] if s["id"] == f[2]), None)
        if statement is None:
            continue
        shown = shown_statements(record)[statement["id"]]
        key = (f[0], statement["cue"]["start"], statement["content"][0]["start"] if statement["content"] else -1)
        rows[key] = {"set": number, "dir": name, "page": f[0], "statement": statement, "speech": f[3],
                     "speaker": f[4], "content": f[5], "fully": f[6],
                     "shown": "shown" if shown else "kept",
                     "note": f[9] if len(f) > 9 else "", "record": record}
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--blind", type=Path, default=Path("/work/blind"))
    parser.add_argument("--polnear", type=Path, default=Path("/work/shared/data/polnear/train.jsonl"))
    args = parser.parse_args(argv)
    rows = judged_rows(args.blind)
    polnear = {number for number, dev in DEV_SETS.items() if dev.source == "polnear"}
    pages = {doc for number in polnear for doc in read_doc_ids(DEV_SETS[number].page_list)}
    gold = {a.doc_id: a for a in read_polnear(args.polnear) if a.doc_id in pages}
    n: Counter = Counter()
    for row in rows.values():
        if row["shown"] != "shown":
            continue
        s = row["statement"]
        n["shown"] += 1
        n["fully right"] += row["fully"] == "Y"
        n["speech wrong"] += row["speech"] != "Y"
        n["speaker wrong"] += row["speaker"] == "N"
        n["content wrong"] += row["content"] == "N"
        if row["speech"] != "Y" or row["speaker"] != "N":
            continue
        source = s["source"]["text"].strip().lower() if s["source"] else None
        if source is None:
            kind = "no source"
        elif s["speaker"] is None:
            kind = "source not resolved"
        elif source in PRONOUNS:
            kind = "pronoun resolved to the wrong actor"
        else:
            kind = "mention resolved to the wrong actor (or a wrong mention)"
        n[f"speaker wrong: {kind}"] += 1
        if row["set"] in polnear and s["source"] is not None and row["page"] in gold:
            span = ((s["source"]["start"], s["source"]["end"]),)
            right = any(a.source and half_overlap(a.source, span) for a in gold[row["page"]].attributions)
            n["PolNeAR sets: speaker wrong with a source"] += 1
            n["PolNeAR sets: speaker wrong, source span is a gold source (resolution error)"] += right
    shown = n["shown"] or 1
    print(f"judged statements (deduplicated) {len(rows)}")
    for key, value in n.items():
        print(f"{key:72s} {value:5d}  {value / shown:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
