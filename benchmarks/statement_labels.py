"""Score the statements the current code finds against blind statement labels, without a new review (issue 10).

    NEWSGRAPH_STATEMENT_LABELS=DIR python benchmarks/statement_labels.py [--labels DIR]
        [--polnear ../shared/data/polnear/train.jsonl] [--records DIR | --save-records DIR] [--pages FILE]
        [--json] [--diff OTHER.json]
    python benchmarks/statement_labels.py --dev-render DIR [--blind /work/blind] [--json] [--diff OTHER.json]
    add --by-source to either: the speaker verdicts of the shown labelled statements by the kind of source
    mention (pronoun, description, titled name, name, no source; ``speaker_scale.source_kind``)

The labels (``DIR``: ``<doc>.json`` records and ``review-*/judgments.tsv``, e.g. the ninth session's
``stlab9``: every statement and actor main showed at 54e2e41 on 60 PolNeAR TUNE documents, judged by blind
labellers with ``RUBRIC.md``) stay outside the repository. The script runs the code it imports
(``PYTHONPATH`` decides which checkout) on those documents of PolNeAR's ``train.jsonl`` (a frozen document is
refused), or reads analyses from ``--records DIR``, and:

- matches each statement found now to a labelled one, one to one: the same cue start and content start
  first, then the same cue, then content that overlaps by at least half of the shorter;
- judges a matched statement NOW: speech keeps its label (the frame may have changed whether it is shown);
  the speaker keeps its label when the speaker's name is the same ("Clinton" = "Hillary Clinton"), else it
  is compared with the name the note gives ("speaker should be X", "none"), else "unknown"; the content
  keeps its label when its spans are the same (give or take 2 characters at each edge), else "unknown";
- matches the other shown statements to ``missed_statement`` rows (a quoted fragment of the note's first
  words found in the statement's content): recall gained, the speaker judged by the note's first field;
  the rest are new and unlabelled;
- counts shown statements fully right now, with bounds (unknowns counted wrong / right), and recall:
  statements judged speech (or no-comment) or found from the notes, over every labelled speech row plus
  every missed statement, once over the shown statements (what a user sees by default) and once over
  every frame (``tally.py``'s "recall", shown or kept only).
On the code that was labelled (``--records DIR`` on the labels' own records) it gives the labellers' counts.

``--dev-render DIR`` scores the dev sets' judged rows instead (``blind_check/dev_sets.py``; held-out sets are
never read): the newest judgement of each statement (page, cue and content start), the missed statements of
each set's newest review folder, against a render of the code now in ``DIR/s1`` ... ``DIR/s4`` (``sheet.py``
output of ``pages.txt`` and ``pages-2.txt`` with ``--data``, ``pages-3.txt`` and ``pages-4.txt`` with
``--polnear``).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "blind_check"))

from dev_sets import DEV_SETS  # noqa: E402
from tally import is_shown  # noqa: E402  (newsgraph.model's rule for what is shown by default)

from event_judged import analyses, code_version, rate  # noqa: E402
from event_labels import field_value, name_tokens, parse_names, same_name  # noqa: E402
from speaker_scale import source_kind  # noqa: E402
from statement_judged import judged_rows  # noqa: E402

EDGE = 2  # characters a content edge may move and stay "the same content"


def read_labels(directory: Path) -> tuple[dict, dict, dict]:
    """(labelled, missed, records): page -> {statement id: row}, page -> [missed notes], page -> record.
    A later review file's judgement of the same statement wins."""
    labelled: dict = {}
    missed: dict = {}
    records: dict = {}
    for tsv in sorted(directory.glob("review-*/judgments.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines()[1:]:
            f = line.split("\t")
            if len(f) < 3 or f[1] not in ("statement", "missed_statement"):
                continue
            page = f[0]
            if page not in records:
                path = directory / f"{page}.json"
                if not path.exists():
                    continue
                records[page] = json.loads(path.read_text(encoding="utf-8"))
            if f[1] == "missed_statement":
                missed.setdefault(page, []).append(f[-1])
                continue
            statement = next((s for s in records[page]["statements"] if s["id"] == f[2]), None)
            if statement is None or len(f) < 8:
                continue
            labelled.setdefault(page, {})[f[2]] = {
                "speech": f[3], "speaker": f[4], "content": f[5], "fully": f[6], "note": f[-1] if len(f) > 9 else "",
                "statement": statement, "speaker_name": speaker_name(records[page], statement)}
    return labelled, missed, records


def read_dev_sets(blind: Path) -> tuple[dict, dict, dict]:
    """(labelled, missed, set of each page) from the dev sets' judged rows, as ``read_labels`` gives them;
    labelled ids are ``folder/id`` (one page was judged in several folders, at several code versions)."""
    labelled: dict = {}
    set_of: dict = {}
    for (page, _, _), row in judged_rows(blind).items():  # the newest judgement of each statement
        statement = row["statement"]
        set_of[page] = row["set"]
        labelled.setdefault(page, {})[f"{row['dir']}/{statement['id']}"] = {
            "speech": row["speech"], "speaker": row["speaker"], "content": row["content"], "fully": row["fully"],
            "note": row["note"], "statement": statement, "speaker_name": speaker_name(row["record"], statement)}
    missed: dict = {}
    for dev in DEV_SETS.values():
        for tsv in sorted((blind / dev.reviews[-1]).glob("review-*/judgments.tsv")):
            for line in tsv.read_text(encoding="utf-8").splitlines()[1:]:
                f = line.split("\t")
                if len(f) >= 3 and f[1] == "missed_statement" and f[0] in set_of:
                    missed.setdefault(f[0], []).append(f[-1])
    return labelled, missed, set_of


def speaker_name(record: dict, statement: dict) -> str | None:
    actor = next((a for a in record["actors"] if a["id"] == statement.get("speaker")), None)
    return actor["name"] if actor else None


def spans(statement: dict) -> list[tuple[int, int]]:
    return [(c["start"], c["end"]) for c in statement["content"]]


def same_content(a: dict, b: dict) -> bool:
    one, two = spans(a), spans(b)
    return len(one) == len(two) and all(abs(x[0] - y[0]) <= EDGE and abs(x[1] - y[1]) <= EDGE
                                        for x, y in zip(one, two))


def overlap(a: dict, b: dict) -> bool:
    one, two = spans(a), spans(b)
    if not one or not two:
        return False
    shared = sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in one for y in two)
    shorter = min(sum(e - s for s, e in one), sum(e - s for s, e in two))
    return shorter > 0 and shared * 2 >= shorter


def match(new: list[dict], old: dict) -> dict:
    """new statement id -> labelled statement id, one to one, the closest kind of match first."""
    pairs: dict = {}
    taken: set = set()
    tests = (lambda n, o: n["cue"]["start"] == o["cue"]["start"] and spans(n)[:1] == spans(o)[:1],
             lambda n, o: n["cue"]["start"] == o["cue"]["start"],
             overlap)
    for test in tests:
        for statement in new:
            if statement["id"] in pairs:
                continue
            for old_id, row in old.items():
                if old_id not in taken and test(statement, row["statement"]):
                    pairs[statement["id"]] = old_id
                    taken.add(old_id)
                    break
    return pairs


def judge_speaker(row: dict, name: str | None) -> str:
    old = row["speaker_name"]
    unchanged = old == name or (
        old is not None and name is not None and same_name(name_tokens(old), name_tokens(name)))
    if unchanged:
        return "right" if row["speaker"] == "Y" else "wrong"
    value = field_value(row["note"], "speaker")
    names = parse_names(value) if value else None
    return names.judge(name) if names else "unknown"


def fully(verdict: dict) -> str:
    values = [verdict[k] for k in ("speech", "speaker", "content")]
    return "wrong" if "wrong" in values else "unknown" if "unknown" in values else "right"


def quoted_fragments(note: str) -> list[str]:
    """The quoted first words of a missed statement's note, each cut at an ellipsis."""
    fragments = []
    for quoted in re.findall(r"'([^']{8,})'|\"([^\"]{8,})\"|‘([^’]{8,})’", note):
        text = next(q for q in quoted if q)
        fragments += [part.strip() for part in re.split(r"\.\.\.|…", text) if len(part.strip()) >= 8]
    return fragments


def match_missed(statement: dict, text: str, notes: list[str], used: set) -> int | None:
    content = " ".join(text[s:e] for s, e in spans(statement)).lower()
    for k, note in enumerate(notes):
        if k not in used and any(fragment.lower()[:40] in content for fragment in quoted_fragments(note)):
            return k
    return None


def score(labelled: dict, missed: dict, now: dict) -> list[dict]:
    rows = []
    for page, analysis in sorted(now.items()):
        old = labelled.get(page, {})
        pairs = match(analysis["statements"], old)
        used: set = set()
        notes = missed.get(page, [])
        for statement in analysis["statements"]:
            shown = is_shown(statement["frame"], statement.get("speaker"))
            name = speaker_name(analysis, statement)
            row = {"page": page, "id": statement["id"], "shown": shown, "frame": statement["frame"],
                   "speaker": name, "cue": statement["cue"]["text"]}
            if statement["id"] in pairs:
                label = old[pairs[statement["id"]]]
                verdict = {"speech": "right" if label["speech"] in ("Y", "NC") else "wrong",
                           "speaker": judge_speaker(label, name),
                           "content": ("right" if label["content"] == "Y" else "wrong")
                           if same_content(statement, label["statement"]) else "unknown"}
                row.update(labelled_id=pairs[statement["id"]], **{f"{k} now": v for k, v in verdict.items()},
                           fully=fully(verdict), was_fully=label["fully"] == "Y",
                           was_shown=is_shown(label["statement"]["frame"], label["statement"].get("speaker")))
            elif shown and (k := match_missed(statement, analysis["text"], notes, used)) is not None:
                used.add(k)
                names = parse_names(split_first(notes[k]))
                row.update(found=notes[k], fully="unknown" if names is None or names.judge(name) == "right" else "wrong")
            else:
                row.update(new=True, fully="unknown")
            rows.append(row)
    return rows


def split_first(note: str) -> str:
    return re.split(r";", note, maxsplit=1)[0]


def totals(rows: list[dict], labelled: dict, missed: dict) -> dict:
    n: Counter = Counter()
    matched = {(r["page"], r["labelled_id"]) for r in rows if "labelled_id" in r}
    for page, old in labelled.items():
        for old_id, label in old.items():
            n["labelled"] += 1
            n["labelled speech"] += label["speech"] in ("Y", "NC")
            gone = (page, old_id) not in matched
            n["labelled speech gone"] += gone and label["speech"] in ("Y", "NC")
            n["labelled not speech gone"] += gone and label["speech"] == "N"
    n["missed rows"] = sum(len(notes) for notes in missed.values())
    for row in rows:
        n["found any frame"] += row.get("speech now") == "right" or "found" in row
        if not row["shown"]:
            n["kept only"] += 1
            continue
        n["shown"] += 1
        n[f"fully {row['fully']}"] += 1
        if "labelled_id" in row:
            n["shown labelled"] += 1
            n["shown speech"] += row["speech now"] == "right"
            for k in ("speaker", "content"):
                n[f"{k} {row[k + ' now']}"] += 1
            n["shown now, kept only before"] += not row["was_shown"]
        elif "found" in row:
            n["found"] += 1
        else:
            n["new"] += 1
    n["recall of shown rows"] = n["shown speech"] + n["found"]  # what a user sees by default
    n["recall whole"] = n["labelled speech"] + n["missed rows"]
    return dict(n)


def table(result: dict) -> str:
    t = result["totals"]
    lines = [f"code: {result['code']}   labels: {result['labels']}",
             f"shown now {t.get('shown', 0)} (labelled {t.get('shown labelled', 0)}, found from missed notes "
             f"{t.get('found', 0)}, new unlabelled {t.get('new', 0)}); kept only {t.get('kept only', 0)}",
             f"fully right {t.get('fully right', 0)}, wrong {t.get('fully wrong', 0)}, unknown {t.get('fully unknown', 0)}: "
             f"{rate(t.get('fully right', 0), t.get('shown', 0))} to "
             f"{rate(t.get('fully right', 0) + t.get('fully unknown', 0), t.get('shown', 0))}",
             f"speaker right/wrong/unknown {t.get('speaker right', 0)}/{t.get('speaker wrong', 0)}/"
             f"{t.get('speaker unknown', 0)}; content right/wrong/unknown {t.get('content right', 0)}/"
             f"{t.get('content wrong', 0)}/{t.get('content unknown', 0)}",
             f"recall of shown rows {rate(t.get('recall of shown rows', 0), t.get('recall whole', 0))} "
             f"(any frame, shown or kept only: {rate(t.get('found any frame', 0), t.get('recall whole', 0))}; "
             f"{t.get('missed rows', 0)} missed rows; labelled speech rows no longer found: "
             f"{t.get('labelled speech gone', 0)}, not-speech rows gone: {t.get('labelled not speech gone', 0)})"]
    return "\n".join(lines)


def by_source(rows: list[dict], now: dict) -> str:
    """Speaker right/wrong/unknown of the shown labelled statements, by the kind of their source mention."""
    statements = {(page, s["id"]): s for page, analysis in now.items() for s in analysis["statements"]}
    n: Counter = Counter()
    for row in rows:
        if row["shown"] and "labelled_id" in row:
            n[source_kind(statements[(row["page"], row["id"])]), row["speaker now"]] += 1
    kinds = sorted({kind for kind, _ in n})
    return "speaker right/wrong/unknown by source: " + "; ".join(
        f"{kind} {n[kind, 'right']}/{n[kind, 'wrong']}/{n[kind, 'unknown']}" for kind in kinds)


def diff(old: dict, new: dict) -> str:
    before = {(r["page"], r.get("labelled_id") or r["id"]): r for r in old["rows"]}
    out = []
    for row in new["rows"]:
        key = (row["page"], row.get("labelled_id") or row["id"])
        was = before.get(key)
        if was is None or (was["shown"], was["fully"], was["speaker"]) != (row["shown"], row["fully"], row["speaker"]):
            then = f"{was['fully']} shown={was['shown']} speaker={was['speaker']}" if was else "absent"
            out.append(f"{row['page']} {key[1]} ({row['cue']}): {then} -> {row['fully']} shown={row['shown']} "
                       f"speaker={row['speaker']}")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=os.environ.get("NEWSGRAPH_STATEMENT_LABELS"),
                        help="the blind statement labels directory (default: $NEWSGRAPH_STATEMENT_LABELS)")
    parser.add_argument("--dev-render", type=Path, metavar="DIR",
                        help="score the dev sets' judged rows against the render DIR/s1 ... DIR/s4 instead")
    parser.add_argument("--blind", type=Path, default=Path("/work/blind"),
                        help="where the dev sets' review folders are (with --dev-render)")
    shared = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    parser.add_argument("--polnear", type=Path, default=shared / "data" / "polnear" / "train.jsonl")
    parser.add_argument("--records", type=Path, help="score the analyses <doc>.json in this directory instead")
    parser.add_argument("--save-records", type=Path, metavar="DIR",
                        help="also write the analyses run here as DIR/<doc>.json (article text: keep out of the repo)")
    parser.add_argument("--pages", type=Path, help="score only the documents listed in FILE (doc ids one a line)")
    parser.add_argument("--json", action="store_true", help="print every row and the totals as JSON")
    parser.add_argument("--diff", type=Path, metavar="OTHER.json", help="list the rows changed since OTHER.json")
    parser.add_argument("--by-source", action="store_true",
                        help="also split the speaker verdicts by the kind of source mention (pronoun, description, ...)")
    args = parser.parse_args()
    if args.dev_render:
        labelled, missed, set_of = read_dev_sets(args.blind)
        rendered = {page: args.dev_render / f"s{number}" / f"{page}.json" for page, number in set_of.items()}
        missing = sorted(str(path) for path in rendered.values() if not path.exists())
        if missing:
            raise SystemExit(f"not rendered: {', '.join(missing[:3])}{' ...' if len(missing) > 3 else ''}")
        now = {page: json.loads(path.read_text(encoding="utf-8")) for page, path in sorted(rendered.items())}
        rows = score(labelled, missed, now)
        result = {"code": str(args.dev_render), "labels": f"dev sets {sorted(DEV_SETS)}",
                  "totals": totals(rows, labelled, missed), "rows": rows}
        _print(result, args, now)
        return
    if args.labels is None:
        parser.error("give --labels DIR (or set NEWSGRAPH_STATEMENT_LABELS), or --dev-render DIR")
    labelled, missed, records = read_labels(args.labels)
    pages = sorted(records)
    if args.pages:
        wanted = {line.split()[0] for line in args.pages.read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("#")}
        pages = [p for p in pages if p in wanted]
        labelled = {p: v for p, v in labelled.items() if p in wanted}
        missed = {p: v for p, v in missed.items() if p in wanted}
    if args.records:
        now = {p: json.loads((args.records / f"{p}.json").read_text(encoding="utf-8")) for p in pages}
        code = str(args.records)
    else:
        now = analyses(pages, args.polnear)
        code = code_version()
    if args.save_records:
        args.save_records.mkdir(parents=True, exist_ok=True)
        for page, analysis in now.items():
            (args.save_records / f"{page}.json").write_text(json.dumps(analysis), encoding="utf-8")
    rows = score(labelled, missed, now)
    result = {"code": code, "labels": str(args.labels), "totals": totals(rows, labelled, missed), "rows": rows}
    _print(result, args, now)


def _print(result: dict, args: argparse.Namespace, now: dict) -> None:
    if args.diff:
        print(diff(json.loads(args.diff.read_text(encoding="utf-8")), result))
    print(json.dumps(result, indent=1) if args.json else table(result))
    if args.by_source:
        print(by_source(result["rows"], now))


if __name__ == "__main__":
    main()
