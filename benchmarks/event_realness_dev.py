"""How many of the events the code keeps today are real, by our reviewers' verdicts on the dev sets (issue 9).

    python benchmarks/event_realness_dev.py [--data ../shared/data] [--docs FILE] [--realness 0|1]
        [--sets 1,2,3,4,8] [--asserted] [--rows FILE.json] [--diff OLD.json]

Renders the DEV documents that ``benchmarks/blind_check/event_judgments.tsv`` judges (sets 1-2
articles-dev pages; 3-4, 8, 11 (evlab11), 15-17 (evlab15-17), 110 to 114 (the released sets 10 to 14), 13 (cal13)
and 213 (the thirteenth session's hunting helpers' own verdicts) PolNeAR train documents; ``dev_sets.py``) with the code it imports, as the
product ships (realness filter on unless ``--realness 0``), and matches each kept event to the judged rows
of its page: same trigger span and type, else same trigger span (a row's verdict is the majority of its
reviews, a tie the latest review's, as ``scripts/train_realness.py`` reads them). It prints, by set and in
all, the kept events judged real / not real / unjudged, and the judged-real trigger spans no kept event
holds any more ("real lost"; a judged-real span with no kept event at all, whatever its type).
``--asserted`` counts only the events the default views show (neither negated, hypothetical nor
intended); a judged-real span held only by such events counts as lost.

Beware: the shipped realness model was trained on these same rows (``train_realness.py``), so its real
rate here is an in-sample number; a change that does not use the labels is judged fairly by its
before/after difference. ``--docs FILE`` caches the spaCy parses (a DocBin) between runs; ``--rows`` writes
every kept and lost row with its sentence (for reading; keep it out of the repository); ``--diff OLD.json``
(an earlier ``--rows``) lists the rows whose outcome changed.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sys.path.insert(0, str(ROOT / "scripts"))  # train_realness imports training, as running it does
TRAIN = _module(ROOT / "scripts" / "train_realness.py", "train_realness")


def verdicts(labels: list[dict]) -> dict:
    """{page: {(start, end): {type: "Y"/"N"}}}: each judged trigger span and type's majority verdict."""
    grouped = defaultdict(list)
    for row in labels:
        grouped[(row["page"], row["start"], row["end"], row["type"])].append(row)
    out: dict = defaultdict(lambda: defaultdict(dict))
    for (page, start, end, etype), rows in grouped.items():
        out[page][(start, end)][etype] = TRAIN._label(rows)
    return out


def match(event: dict, judged: dict) -> tuple[str, str]:
    """(verdict "Y"/"N"/"-", how: "type", "span" or "none") of a kept event against its page's rows."""
    span = (event["trigger"]["start"], event["trigger"]["end"])
    types = judged.get(span)
    if not types:
        return "-", "none"
    if event["type"] in types:
        return types[event["type"]], "type"
    votes = Counter(types.values())
    return ("Y" if votes["Y"] > votes["N"] else "N"), "span"


def parses(pages, docs_file: Path | None, model: str | None):
    from spacy.tokens import DocBin

    from newsgraph import nlp
    language = nlp.load(model)
    if docs_file and docs_file.is_file():
        docs = list(DocBin().from_disk(docs_file).get_docs(language.vocab))
        if [d.text for d in docs] == [a.text for _, a in pages]:
            return docs
    docs = list(language.pipe(a.text for _, a in pages))
    if docs_file:
        DocBin(store_user_data=True, docs=docs).to_disk(docs_file)
    return docs


def run(args) -> list[dict]:
    from newsgraph import Settings
    from newsgraph.analyze import analyze_doc
    judged = verdicts(TRAIN.read_labels())
    sets = {int(s) for s in args.sets.split(",")}
    pages = [(n, a) for n, a in TRAIN.articles(args.data, set(judged)) if n in sets]
    settings = Settings(event_realness=bool(args.realness))
    rows = []
    for (number, article), doc in zip(pages, parses(pages, args.docs, settings.model)):
        analysis = json.loads(analyze_doc(doc, article, settings).dumps())
        page = judged.get(article.id, {})
        held = set()
        names = {a["id"]: a["name"] for a in analysis["actors"]}
        for event in analysis["events"]:
            if args.asserted and any(event.get(f) for f in ("negated", "hypothetical", "intended")):
                continue  # not in the default view
            verdict, how = match(event, page)
            span = (event["trigger"]["start"], event["trigger"]["end"])
            held.add(span)
            rows.append({"set": number, "page": article.id, "start": span[0], "end": span[1], "type": event["type"],
                         "verdict": verdict, "how": how, "trigger": event["trigger"]["text"],
                         "actor": names.get(event.get("actor")), "recipient": names.get(event.get("recipient")),
                         "modality": [f for f in ("negated", "hypothetical", "intended") if event.get(f)],
                         "sentence": event["evidence"]["text"]})
        for span, types in page.items():
            if span not in held and "Y" in types.values():
                sent = next((s for s in doc.sents if s.start_char <= span[0] < s.end_char), None)
                rows.append({"set": number, "page": article.id, "start": span[0], "end": span[1],
                             "type": ",".join(t for t, v in types.items() if v == "Y"), "verdict": "lost",
                             "how": "lost", "trigger": article.text[span[0]:span[1]],
                             "sentence": sent.text if sent is not None else ""})
    return rows


def report(rows: list[dict]) -> None:
    print("set  kept  real  not-real  unjudged  real-rate(judged)  real-lost")
    for number in sorted({r["set"] for r in rows}) + ["all"]:
        part = [r for r in rows if number == "all" or r["set"] == number]
        count = Counter(r["verdict"] for r in part)
        kept = count["Y"] + count["N"] + count["-"]
        rate = count["Y"] / (count["Y"] + count["N"]) if count["Y"] + count["N"] else 0.0
        print(f"{number!s:>3}  {kept:4d}  {count['Y']:4d}  {count['N']:8d}  {count['-']:8d}  {rate:17.1%}  "
              f"{count['lost']:9d}")
    by_how = Counter(r["how"] for r in rows if r["verdict"] in ("Y", "N"))
    print(f"matched by span and type {by_how['type']}, by span only {by_how['span']}")


def diff(rows: list[dict], old: list[dict]) -> None:
    key = lambda r: (r["page"], r["start"], r["end"], r["type"], r["verdict"])  # noqa: E731
    now, before = {key(r): r for r in rows}, {key(r): r for r in old}
    for tag, a, b in (("-", before, now), ("+", now, before)):
        for k in sorted(set(a) - set(b)):
            r = a[k]
            print(f"{tag} set {r['set']} {r['verdict']:4s} {r['type']:9s} {r['trigger']!r}: {r['sentence'][:160]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared")) / "data")
    parser.add_argument("--docs", type=Path, help="cache of the spaCy parses (DocBin), read when it fits")
    parser.add_argument("--realness", type=int, default=1, help="1: the realness filter on, as shipped; 0: off")
    parser.add_argument("--sets", default=",".join(map(str, TRAIN.DEV_SETS)),
                        help="the sets to count (scripts/train_realness.py DEV_SETS: 1-4, 8, 11, 15-17, 110-114, 13, 213); "
                             "a page of two sets counts under its first")
    parser.add_argument("--asserted", action="store_true", help="count only asserted events (the default view)")
    parser.add_argument("--rows", type=Path, help="write every row (JSON) here")
    parser.add_argument("--diff", type=Path, help="an earlier --rows file: list the rows whose outcome changed")
    args = parser.parse_args()
    rows = run(args)
    report(rows)
    if args.rows:
        args.rows.write_text(json.dumps(rows, indent=0), "utf-8")
    if args.diff:
        diff(rows, json.loads(args.diff.read_text("utf-8")))


if __name__ == "__main__":
    sys.exit(main())
