"""Score the events the current code finds against blind labels, without a new blind review (issue 9).

    NEWSGRAPH_EVENT_LABELS=DIR[:DIR...] python benchmarks/event_judged.py [--labels DIR[:DIR...]]
        [--polnear ../shared/data/polnear/train.jsonl] [--records DIR | --save-records DIR] [--name TEXT]
        [--pages FILE] [--json] [--diff OTHER.json]

The labels (``DIR``: ``<doc>.json`` records and ``review-*/judgments.tsv``, e.g. the eighth session's
``evlab8``: 539 events on 140 PolNeAR TUNE documents judged at main 52897dd) stay outside the repository.
Several folders joined by ":" (oldest first, e.g. a released set's ``s10base11:s10a11:s10b11:s10c11``) are
read as one: the latest verdict of an event (its trigger span) wins, missed rows are pooled.
The script runs the code it imports (``PYTHONPATH`` decides which checkout) on those documents of
PolNeAR's ``train.jsonl`` (a frozen document is refused unless a released set holds it:
``blind_check/dev_sets.py`` RELEASED, e.g. ``s10c11`` or ``s11c13``, whose carried verdicts cover
every row), or reads analyses from ``--records DIR``, and:

- matches each new event to a labelled one by trigger offsets (exact, then overlapping), one to one;
  a labelled event nobody matches is dropped;
- judges, for kept events labelled real, type / actor / recipient NOW: a value judged right stays right
  if equal (actor names compared by words: "Trump" = "Donald Trump"); a value judged wrong that did not
  change stays wrong; a changed one is compared with the value the note names ("recipient should be X",
  "none"), else "unknown" (parsing rules: ``event_labels.py``);
- matches the other new events to ``missed_event`` rows (trigger word in a quoted fragment of the note
  found in the same sentence, or in the paragraph the note gives when its quote is not in the text):
  recall gained, judged by the note's type / actor / recipient; the rest are new and unlabelled, listed
  with their sentence for a person to judge;
- estimates real and fully right among all events shown now, with bounds (unknowns counted wrong / right).
On the code that was labelled it reproduces the labellers' counts. ``--json`` prints every row and the
totals; ``--diff OTHER.json`` (an earlier ``--json``) lists the rows whose outcome changed.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "blind_check"))

from dev_sets import RELEASED  # noqa: E402
from sheet import polnear_articles  # noqa: E402

from event_labels import WORD_STOPWORDS, latest_labelled, name_tokens, read_labels, same_name  # noqa: E402

FIELDS = ("type", "actor", "recipient")


def read_folders(spec: str) -> tuple[dict, dict, dict]:
    """``read_labels`` of each folder of ``spec`` (joined by ":", oldest first), the latest verdict of an event
    (page and trigger span) winning (``latest_labelled``); missed rows pooled (one per note); the latest
    record of a page."""
    reads = [read_labels(Path(folder)) for folder in spec.split(os.pathsep)]
    missed: dict = {}
    records: dict = {}
    for _, lost, seen in reads:
        for page, items in lost.items():
            pooled = missed.setdefault(page, [])
            for item in items:
                if item.note not in {m.note for m in pooled}:
                    item.id = f"M{len(pooled) + 1}"
                    pooled.append(item)
        records.update(seen)
    return latest_labelled(found for found, _, _ in reads), missed, records


def analyses(labels_pages: list[str], polnear: Path) -> dict:
    """Run the imported newsgraph on the labelled PolNeAR documents; page -> analysis JSON."""
    from newsgraph import Pipeline, Settings
    from newsgraph.eval.splits import is_frozen_polnear
    released = {line.split()[0] for dev in RELEASED.values() for line in dev.page_list.read_text("utf-8").splitlines()
                if line.strip() and not line.startswith("#")}
    frozen = [page for page in labels_pages if is_frozen_polnear(page) and page not in released]
    if frozen:
        raise SystemExit(f"frozen PolNeAR documents in the labels, not scored: {', '.join(frozen)}")
    articles = polnear_articles(polnear, labels_pages)
    return {a.article.id: json.loads(a.dumps()) for a in Pipeline(Settings.from_env()).run(articles)}


def code_version() -> str:
    """The commit of the checkout newsgraph is imported from (and "+changes" when its tree differs)."""
    import newsgraph
    where = Path(newsgraph.__file__).resolve().parent
    try:
        head = subprocess.run(["git", "-C", str(where), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(where), "status", "--porcelain", "--", "."], capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return f"unknown ({where})"
    return f"{head}{'+changes' if dirty else ''} ({where})"


def stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if w not in WORD_STOPWORDS and len(w) > 2}


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of the sheet's paragraphs [P1], [P2] ... (blocks split at blank lines)."""
    starts, at = [], 0
    for block in text.split("\n\n"):
        if block.strip():
            starts.append(at)
        at += len(block) + 2
    return starts


def find_fragment(text: str, fragment: str) -> list[tuple[int, int]]:
    """Where a quoted fragment of a note occurs in the text (quotes, case and spacing ignored)."""
    words = re.findall(r"[\w$%-]+", fragment)
    if not words:
        return []
    pattern = r"[\W_]*".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags=re.IGNORECASE)]


def match_labelled(new_events: list[dict], labelled: list) -> dict:
    """New event index -> labelled item (exact trigger offsets first, then overlapping triggers)."""
    pairs: dict = {}
    taken: set = set()

    def key(e):
        return e["trigger"]["start"], e["trigger"]["end"]

    for exact in (True, False):
        options = []
        for k, event in enumerate(new_events):
            if k in pairs:
                continue
            s, e = key(event)
            for j, item in enumerate(labelled):
                if j in taken:
                    continue
                os_, oe = key(item.event)
                same = (s, e) == (os_, oe)
                overlap = min(e, oe) - max(s, os_)
                if (exact and same) or (not exact and overlap > 0):
                    options.append((-(event["type"] == item.event["type"]), -overlap, k, j))
        for _, _, k, j in sorted(options):
            if k not in pairs and j not in taken:
                pairs[k] = labelled[j]
                taken.add(j)
    return pairs


def match_missed(event: dict, text: str, missed: list, starts: list[int]) -> tuple:
    """The missed row a new event finds: its trigger word in a quoted fragment located in the event's
    sentence ("quote"), or, when no fragment is in the text, in the note's quote within a given paragraph."""
    trigger = stems(event["trigger"]["text"])
    sentence = event["evidence"]["start"], event["evidence"]["end"]
    paragraph = sum(1 for s in starts if s <= event["trigger"]["start"])
    found = []
    for order, item in enumerate(missed):
        located = how = None
        for fragment in item.fragments:
            for s, e in find_fragment(text, fragment):
                located = True
                if s < sentence[1] and e > sentence[0] and trigger & stems(fragment):
                    how = "quote"
        if how is None and not located and paragraph in item.paragraphs and \
                trigger & stems(" ".join(item.fragments)):
            how = "paragraph"
        if how is not None:  # the note's own type first, then a quote before a paragraph, then note order
            found.append((event["type"] not in item.types, how != "quote", order, item, how))
    return min(found, key=lambda f: f[:3])[3:] if found else (None, None)


def judge_labelled(item, now: dict) -> dict:
    """right / wrong / unknown for type, actor, recipient of a kept event labelled real."""
    verdict = {}
    old = {"type": item.event["type"], "actor": item.actor, "recipient": item.recipient}
    for part in FIELDS:
        same = now[part] == old[part] if part == "type" else same_participant(now[part], old[part])
        if item.fields[part] == "Y":
            verdict[part] = "right" if same else "wrong"
        elif same:
            verdict[part] = "wrong"
        elif part not in item.right:
            verdict[part] = "unknown"
        elif part == "type":
            verdict[part] = "right" if now["type"] in item.right["type"] else "wrong"
        else:
            verdict[part] = item.right[part].judge(now[part])
    return verdict


def same_participant(a: str | None, b: str | None) -> bool:
    """Whether two participant names (or two Nones) are one: equal, or one name spelled two ways."""
    if a is None or b is None:
        return a is b
    return a.strip().lower() == b.strip().lower() or same_name(name_tokens(a), name_tokens(b))


def judge_missed(item, now: dict) -> dict:
    verdict = {"type": ("right" if now["type"] in item.types else "wrong") if item.types else "unknown"}
    sides = {"actor": item.actor, "recipient": item.recipient}
    for part in ("actor", "recipient"):
        names = [sides[part]] if not item.symmetric else [sides["actor"], sides["recipient"]]
        if any(n is None for n in names):
            verdict[part] = "unknown"
        else:
            verdict[part] = "right" if any(n.judge(now[part]) == "right" for n in names) else "wrong"
    return verdict


def fully(verdict: dict) -> str:
    values = [verdict[p] for p in FIELDS]
    return "wrong" if "wrong" in values else "unknown" if "unknown" in values else "right"


def score(labelled: dict, missed: dict, records: dict, now: dict) -> list[dict]:
    """One row per labelled event, per missed row found, per new event with no label."""
    rows = []
    for page in sorted(records):
        analysis = now[page]
        names = {a["id"]: a["name"] for a in analysis["actors"]}
        same_text = analysis["text"] == records[page]["text"]
        events = analysis["events"] if same_text else []
        pairs = match_labelled(events, labelled.get(page, []))
        kept = {id(item): k for k, item in pairs.items()}
        for item in labelled.get(page, []):
            row = {"key": f"L:{page}:{item.id}", "page": page, "label": item.id, "real": item.real,
                   "old": {"type": item.event["type"], "actor": item.actor, "recipient": item.recipient},
                   "judged": item.fields, "status": "kept" if id(item) in kept else "dropped"}
            if not same_text:
                row["status"] = "text changed"
            if id(item) in kept:
                row["new"] = _now(events[kept[id(item)]], names)
                if item.real == "Y":
                    row["verdict"] = judge_labelled(item, row["new"])
                    row["fully"] = fully(row["verdict"])
                    row["verdict"]["modality"] = judge_modality(item, row["new"]["modality"])
                else:
                    row["fully"] = "wrong"
            rows.append(row)
        starts = paragraph_starts(analysis["text"])
        found: Counter = Counter()
        for k, event in enumerate(events):
            if k in pairs:
                continue
            new = _now(event, names)
            item, how = match_missed(event, analysis["text"], missed.get(page, []), starts)
            if item is not None:
                found[item.id] += 1
                verdict = judge_missed(item, new)
                rows.append({"key": f"M:{page}:{item.id}" + (f":{found[item.id]}" if found[item.id] > 1 else ""),
                             "page": page, "label": item.id, "status": "found" if found[item.id] == 1 else
                             "found again", "match": how, "note": item.note, "new": new, "verdict": verdict,
                             "fully": fully(verdict)})
            else:
                rows.append({"key": f"U:{page}:{event['trigger']['start']}:{event['trigger']['end']}:{event['type']}",
                             "page": page, "status": "new", "new": new, "fully": "unknown",
                             "evidence": event["evidence"]["text"]})
    return rows


def status(event: dict) -> str:
    """The event's modality as one word: negated, hypothetical, intended or asserted (the default view)."""
    return next((f for f in ("negated", "hypothetical", "intended") if event.get(f)), "asserted")


#: words of a modality note, by the status they name ("counterfactual = hypothetical", "nobody arrested")
STATUS_WORDS = {"negated": ("negat", "nobody", "never", "not done"),
                "hypothetical": ("hypothetical", "counterfactual", "conditional", "desired", "question", "generic"),
                "intended": ("intended", "future", "announced", "planned")}


def judge_modality(item, now: str) -> str:
    """right / wrong / unknown for the modality of a kept event labelled real (judgments column 5)."""
    old = status(item.event)
    if item.fields["modality"] == "Y":
        return "right" if now == old else "wrong"
    if now == old:
        return "wrong"
    named = {s for s, words in STATUS_WORDS.items() if any(w in item.note.lower() for w in words)}
    if named:
        return "right" if now in named else "wrong"
    if old == "asserted" or now == "asserted":  # the asserted bit flipped: the default view is now right
        return "right"
    return "unknown"


def _now(event: dict, names: dict) -> dict:
    return {"id": event["id"], "type": event["type"], "actor": names.get(event.get("actor")),
            "recipient": names.get(event.get("recipient")), "modality": status(event),
            "gate": bool(event.get("passes_gate", True)),
            "trigger": [event["trigger"]["start"], event["trigger"]["end"], event["trigger"]["text"]]}


def totals(rows: list[dict], labelled: dict, missed: dict) -> dict:
    t: Counter = Counter()
    for row in rows:
        status = row["status"]
        if row["key"].startswith("L:"):
            t[f"{status} {'real' if row['real'] == 'Y' else 'not real'}"] += 1
            if status == "kept" and row["real"] == "Y":
                for part, value in row["verdict"].items():
                    t[f"{part} {value}"] += 1
        else:
            t[status] += 1
            if status.startswith("found"):  # a found event of another type may be a misread word: real unknown
                t[f"found type {row['verdict']['type']}"] += 1
        if "new" in row:
            t["shown"] += 1
            t[f"fully {row['fully']}"] += 1
            if row["new"].get("modality", "asserted") == "asserted":  # what the default view shows
                t["asserted shown"] += 1
                t[f"asserted fully {row['fully']}"] += 1
                if row["key"].startswith("L:"):
                    t[f"asserted kept {'real' if row['real'] == 'Y' else 'not real'}"] += 1
                if row["new"].get("gate", True):  # and passed by the confidence gate: today's default view
                    t["gated shown"] += 1
                    t[f"gated fully {row['fully']}"] += 1
                    if row["key"].startswith("L:"):
                        t[f"gated kept {'real' if row['real'] == 'Y' else 'not real'}"] += 1
    items = [i for page in labelled.values() for i in page]
    real = [i for i in items if i.real == "Y"]
    t["labelled"], t["labelled real"] = len(items), len(real)
    t["missed rows"] = sum(len(page) for page in missed.values())
    for part in FIELDS:
        t[f"notes naming no {part}"] = sum(1 for i in real if i.fields[part] == "N" and part not in i.right)
    t["missed notes incomplete"] = sum(1 for page in missed.values() for m in page
                                       if not (m.fragments and m.types and m.actor and m.recipient))
    return dict(sorted(t.items()))


def estimates(totals: dict) -> dict:
    """Real and fully right among the events shown now, unknowns counted against and for."""
    t = Counter(totals)
    real = t["kept real"] + t["found type right"]
    maybe = t["found"] + t["found again"] - t["found type right"] + t["new"]
    shown = t["shown"] or 1
    return {"real low": round(real / shown, 4), "real high": round((real + maybe) / shown, 4),
            "fully right low": round(t["fully right"] / shown, 4),
            "fully right high": round((t["fully right"] + t["fully unknown"]) / shown, 4)}


def rate(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f}%" if whole else f"{part}/0"


def table(result: dict) -> str:
    t = Counter(result["totals"])
    kept = t["kept real"] + t["kept not real"]
    real_now = t["kept real"] + t["found type right"]
    maybe = t["found"] + t["found again"] - t["found type right"] + t["new"]
    lines = [f"code: {result['code']}", f"labels: {result['labels']}",
             f"labelled events {t['labelled']} (real {t['labelled real']}); missed rows {t['missed rows']}; "
             f"events shown now {t['shown']}",
             "",
             f"kept real {t['kept real']}, kept not real {t['kept not real']}, dropped real {t['dropped real']}, "
             f"dropped not real {t['dropped not real']}" + (f", text changed {t['text changed real'] + t['text changed not real']}"
                                                           if t["text changed real"] + t["text changed not real"] else ""),
             f"precision of kept labelled events: {rate(t['kept real'], kept)}; real events lost: "
             f"{rate(t['dropped real'], t['labelled real'])}",
             "",
             f"{'kept real events':<18}{'right':>7}{'wrong':>7}{'unknown':>9}"]
    for part in (*FIELDS, "modality"):
        lines.append(f"{part:<18}{t[part + ' right']:>7}{t[part + ' wrong']:>7}{t[part + ' unknown']:>9}")
    lines += ["",
              f"missed events found {t['found']} of {t['missed rows']} (+{t['found again']} more events on a found one; "
              f"type as the note says {t['found type right']}); "
              f"new unlabelled events {t['new']}",
              f"real now: {rate(real_now, t['shown'])} .. {rate(real_now + maybe, t['shown'])} "
              "(unlabelled events and found ones of another type counted not real .. real)",
              f"fully right now: {rate(t['fully right'], t['shown'])} .. "
              f"{rate(t['fully right'] + t['fully unknown'], t['shown'])} (unknowns counted wrong .. right)",
              f"asserted events (the default view before the confidence gate): shown {t['asserted shown']}, "
              f"labelled kept real {t['asserted kept real']}, kept not real {t['asserted kept not real']}; fully right "
              f"{rate(t['asserted fully right'], t['asserted shown'])} .. "
              f"{rate(t['asserted fully right'] + t['asserted fully unknown'], t['asserted shown'])}",
              f"default view (asserted, passed by the confidence gate): shown {t['gated shown']}, labelled kept real "
              f"{t['gated kept real']}, kept not real {t['gated kept not real']}; fully right "
              f"{rate(t['gated fully right'], t['gated shown'])} .. "
              f"{rate(t['gated fully right'] + t['gated fully unknown'], t['gated shown'])}",
              f"notes that name no right value where one was needed: type {t['notes naming no type']}, "
              f"actor {t['notes naming no actor']}, recipient {t['notes naming no recipient']}; "
              f"missed notes lacking trigger/type/actor/recipient: {t['missed notes incomplete']}"]
    return "\n".join(lines)


def diff(old: dict, new: dict) -> str:
    """Rows whose outcome changed between two results (status, values, verdicts)."""
    before = {r["key"]: r for r in old["rows"]}
    after = {r["key"]: r for r in new["rows"]}
    out = [f"diff: {old['code']}  ->  {new['code']}"]
    for key in sorted(before.keys() | after.keys()):
        a, b = before.get(key), after.get(key)
        if a is None or b is None:
            row = b or a
            what = "appears" if a is None else "disappears"
            shown = row.get("new", {})
            out.append(f"  {key} {what}: {row['status']} {shown.get('type')} {shown.get('actor')} -> "
                       f"{shown.get('recipient')} [{row.get('fully')}]")
            continue
        changes = []
        if a["status"] != b["status"]:
            changes.append(f"{a['status']} -> {b['status']}")
        for part in (*FIELDS, "modality"):
            va, vb = a.get("new", {}).get(part), b.get("new", {}).get(part)
            ja, jb = a.get("verdict", {}).get(part, "-"), b.get("verdict", {}).get(part, "-")
            if "new" in a and "new" in b and (va != vb or ja != jb):
                changes.append(f"{part} {va} ({ja}) -> {vb} ({jb})")
        if a.get("fully") != b.get("fully"):
            changes.append(f"fully {a.get('fully') or '-'} -> {b.get('fully') or '-'}")
        if changes:
            label = f" (labelled {'real' if b['real'] == 'Y' else 'not real'})" if "real" in b else ""
            out.append(f"  {key}{label}: " + "; ".join(changes))
    ta, tb = Counter(old["totals"]), Counter(new["totals"])
    moved = [f"{k} {ta[k]} -> {tb[k]}" for k in sorted(ta.keys() | tb.keys()) if ta[k] != tb[k]]
    out.append("totals changed: " + ("; ".join(moved) if moved else "none"))
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", default=os.environ.get("NEWSGRAPH_EVENT_LABELS"),
                        help="the blind event labels directory, or several joined by ':' (oldest first; the "
                        "latest verdict wins) (default: $NEWSGRAPH_EVENT_LABELS)")
    parser.add_argument("--polnear", type=Path, default=Path(os.environ.get("NEWSGRAPH_SHARED", "../shared")) /
                        "data" / "polnear" / "train.jsonl",
                        help="PolNeAR train.jsonl (default: $NEWSGRAPH_SHARED or ../shared, then data/polnear/)")
    parser.add_argument("--records", type=Path, help="score the analyses <doc>.json in this directory "
                        "instead of running the code")
    parser.add_argument("--save-records", type=Path, metavar="DIR", help="also write the analyses run here "
                        "as DIR/<doc>.json, for --records later (they hold article text: keep them out of the "
                        "repository)")
    parser.add_argument("--name", help="how to name the code in the output (default: the commit of the checkout "
                        "newsgraph is imported from)")
    parser.add_argument("--pages", type=Path, metavar="FILE", help="score only the documents listed in FILE "
                        "(doc ids one a line), e.g. to keep a held-out part of the labels")
    parser.add_argument("--json", action="store_true", help="print every row and the totals as JSON")
    parser.add_argument("--diff", type=Path, metavar="OTHER.json", help="list the rows changed since OTHER.json")
    args = parser.parse_args()
    if args.labels is None or not all(Path(f).is_dir() for f in args.labels.split(os.pathsep)):
        parser.error("give the labels directory: --labels DIR or NEWSGRAPH_EVENT_LABELS (not in the repository)")
    if args.records is None and not args.polnear.is_file():
        parser.error(f"no PolNeAR file at {args.polnear}: give --polnear FILE or set NEWSGRAPH_SHARED")
    labelled, missed, records = read_folders(args.labels)
    if args.pages:
        keep = {line.strip() for line in args.pages.read_text(encoding="utf-8").splitlines() if line.strip()}
        labelled, missed, records = ({p: v for p, v in part.items() if p in keep}
                                     for part in (labelled, missed, records))
    if args.records:
        now = {page: json.loads((args.records / f"{page}.json").read_text(encoding="utf-8")) for page in records}
        code = f"records in {args.records}"
    else:
        now = analyses(sorted(records), args.polnear)
        code = code_version()
        if args.save_records:
            args.save_records.mkdir(parents=True, exist_ok=True)
            for page, analysis in now.items():
                (args.save_records / f"{page}.json").write_text(json.dumps(analysis), encoding="utf-8")
    code = args.name or code
    rows = score(labelled, missed, records, now)
    counts = totals(rows, labelled, missed)
    result = {"code": code, "labels": str(args.labels), "totals": counts, "estimates": estimates(counts),
              "rows": rows}
    if args.json:
        print(json.dumps(result, indent=1, sort_keys=True))
    else:
        print(table(result))
    if args.diff:
        print(diff(json.loads(args.diff.read_text(encoding="utf-8")), result),
              file=sys.stderr if args.json else sys.stdout)


if __name__ == "__main__":
    main()
