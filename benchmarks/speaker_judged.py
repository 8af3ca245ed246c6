"""Wrong speakers of the judged shown statements of the DEV sets 1-3, one by one, by mechanism.

    python benchmarks/speaker_judged.py [--blind /work/blind] [--out /tmp/speakers.txt]

For each shown statement a reviewer judged speech right and speaker wrong (the newest judgement of
each, as ``statement_judged.judged_rows`` keeps it) writes the source mention, the actor it resolved
to, the reviewer's note and the person/organisation actors mentioned before the source (nearest
first) to ``--out`` (outside the repository: it holds article text), and prints counts per category:

* pronoun: the gender of the actor it got is unknown / the other gender; a previous speaker (an
  actor that was the source of an earlier shown statement) was passed over; else "other";
* title noun ("the senator"): the actor it got holds no title with that head word;
* a bare surname shared by two persons of the article;
* an organisation word ("the campaign", "the committee", "officials");
* anything else.

A row is shown by the default view's rule (``newsgraph.model.is_shown``: speech or writing by a resolved
speaker), read from the render it was judged on (``statement_judged.judged_rows``), not the reviewer's f5.
Only the dev sets' folders (``blind_check/dev_sets.py``) are read; the held-out sets never are.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "src"))

from statement_judged import PRONOUNS, judged_rows  # noqa: E402

sys.path.insert(0, str(ROOT / "blind_check"))
from dev_sets import DEV_SETS  # noqa: E402


def dev_folders(blind: Path) -> list[Path]:
    """The dev sets' review folders (never a held-out set's)."""
    return [blind / name for dev in DEV_SETS.values() for name in dev.reviews]

MALE = frozenset("he him his".split())
FEMALE = frozenset("she her hers".split())
ORGANIZATION_WORDS = frozenset("campaign committee officials administration department office team group "
                               "company agency government party spokesman spokeswoman".split())


def _mentions_before(record: dict, start: int) -> list[tuple[int, dict]]:
    out = []
    for actor in record["actors"]:
        before = [m["start"] for m in actor["mentions"] if m["start"] < start]
        if before and actor["kind"] in ("person", "organization", "group"):
            out.append((max(before), actor))
    return sorted(out, key=lambda p: -p[0])


def category(record: dict, statement: dict) -> str:
    source = statement["source"]
    if source is None:
        return "no source"
    text = source["text"].strip()
    low = text.lower()
    actor = next((a for a in record["actors"] if a["id"] == statement["speaker"]), None)
    if low in PRONOUNS:
        if actor is None:
            return "pronoun: unresolved"
        previous = {s["speaker"] for s in record["statements"]
                    if s["cue"]["start"] < statement["cue"]["start"] and s["speaker"]}
        if previous and actor["id"] not in previous:
            return "pronoun: a previous speaker passed over"
        return "pronoun: other"
    words = low.split()
    if actor is None:
        return "other mention: unresolved"
    if words and words[-1] in ORGANIZATION_WORDS or low.endswith("officials"):
        return "organisation word"
    if words and words[0] in ("the", "a") and len(words) <= 4 and text[-1:].islower():
        return "title noun"
    persons = [a for a in record["actors"] if a["kind"] == "person" and a["name"].split()[-1:] == text.split()[-1:]]
    if len(persons) > 1 or len(text.split()) == 1 and text[:1].isupper() and len(persons) >= 1 and \
            actor["name"].split()[-1:] != text.split()[-1:]:
        return "shared surname"
    return "other mention: wrong actor"


def _speaker_name(record: dict, statement: dict) -> str | None:
    actor = next((a for a in record["actors"] if a["id"] == statement["speaker"]), None)
    return actor["name"] if actor else None


def compare(rows: dict, renders: list[Path], out: Path) -> int:
    """Counts, per judged speaker (right / wrong), whether the render's statement with the same cue
    start has the same speaker (by name), another one, or none; lists the changed ones in ``out``."""
    import json
    records = {}
    for folder in renders:
        for path in folder.glob("*.json"):
            records[path.stem] = json.loads(path.read_text(encoding="utf-8"))
    judged: dict = {}
    counts: Counter = Counter()
    lines = []
    for (page, cue, _), row in sorted(rows.items()):
        if row["shown"] != "shown" or row["speech"] != "Y" or row["speaker"] not in ("Y", "N") or page not in records:
            continue
        s = row["statement"]
        path = Path("/work/blind") / row["dir"] / f"{page}.json"
        if path not in judged:
            judged[path] = json.loads(path.read_text(encoding="utf-8"))
        old = _speaker_name(judged[path], s)
        new_s = next((x for x in records[page]["statements"] if x["cue"]["start"] == cue), None)
        if new_s is None:
            counts[f"speaker {row['speaker']}: statement gone"] += 1
            continue
        new = _speaker_name(records[page], new_s)
        state = "same" if new == old else "now none" if new is None else "other"
        counts[f"speaker {row['speaker']}: {state}"] += 1
        if state != "same" or row["speaker"] == "N":
            if row["speaker"] == "N" and state == "same":
                counts[f"  still wrong: {category(records[page], new_s)}"] += 1
            lines.append(f"{state}: speaker {row['speaker']} {page} {s['id']} source={s['source'] and s['source']['text']!r}"
                         f" judged-as={old!r} now={new!r} (new source "
                         f"{new_s['source'] and new_s['source']['text']!r})")
    out.write_text("\n".join(lines), encoding="utf-8")
    for key in sorted(counts):
        print(f"{key:40s} {counts[key]:4d}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--blind", type=Path, default=Path("/work/blind"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/speakers.txt"))
    parser.add_argument("--render", type=Path, nargs="*", default=[],
                        help="sheet.py output dirs of the dev pages with the code now: compare each judged row's "
                             "speaker with the speaker the statement with the same cue gets there")
    args = parser.parse_args(argv)
    if args.render:
        return compare(judged_rows(args.blind), args.render, args.out)
    import json
    rows = judged_rows(args.blind)
    notes: dict = {}
    for tsv in (t for folder in dev_folders(args.blind) for t in folder.glob("review-*/judgments.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            if len(f) >= 10 and f[1] == "statement":
                notes[(tsv.parent.parent.name, f[0], f[2])] = f[9]
    counts: Counter = Counter()
    lines = []
    cache: dict = {}
    for _key, row in sorted(rows.items()):
        if row["shown"] != "shown" or row["speech"] != "Y" or row["speaker"] != "N":
            continue
        s = row["statement"]
        page = row["page"]
        found = [p for p in (folder / f"{page}.json" for folder in dev_folders(args.blind)) if p.exists()]
        if page not in cache:
            cache[page] = json.loads(found[-1].read_text(encoding="utf-8"))
        record = cache[page]
        # the record the row was judged on carries the right actor ids
        for p in found:
            rec = json.loads(p.read_text(encoding="utf-8"))
            if any(x["cue"]["start"] == s["cue"]["start"] and x["speaker"] == s["speaker"] for x in rec["statements"]):
                record = rec
        cat = category(record, s)
        counts[cat] += 1
        actor = next((a for a in record["actors"] if a["id"] == s["speaker"]), None)
        note = next((v for (d, pg, sid), v in notes.items() if pg == page and sid == s["id"]), "")
        cands = ", ".join(a["name"] for _, a in _mentions_before(record, (s["source"] or s["cue"])["start"])[:6])
        lines.append(f"[{cat}] set {row['set']} {page} {s['id']}\n  source={s['source'] and s['source']['text']!r}"
                     f" -> {actor and actor['name']!r} ({actor and actor.get('title')!r})\n  cue={s['cue']['text']!r}"
                     f" content={(s['content'][0]['text'][:120] if s['content'] else '')!r}\n  note={note!r}\n"
                     f"  before: {cands}\n")
    args.out.write_text("\n".join(lines), encoding="utf-8")
    for cat, value in counts.most_common():
        print(f"{cat:48s} {value:4d}")
    print(f"{'total':48s} {sum(counts.values()):4d}  (details: {args.out})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
