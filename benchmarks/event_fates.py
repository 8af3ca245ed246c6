"""Where each event the patterns read ends up, on development documents (issue 9: why the default view is small).

    python benchmarks/event_fates.py PAGES [PAGES ...] [--polnear ../shared/data/polnear/train.jsonl]
        [--out fates.jsonl] [--sample FATE ...] [--compare BEFORE.jsonl]

Every trigger ``patterns.find_in_sentence`` reads in the listed PolNeAR documents (a frozen document is refused
unless a released set holds it: ``blind_check/dev_sets.py`` RELEASED) is followed through ``events.find_events``
as shipped (``Settings.from_env()``: NEWSGRAPH_EVENT_REALNESS=0 shows what the realness filter drops) and counted,
with the number of documents, by its fate:

- ``shown``: in the default view (asserted, passed by the confidence gate);
- ``gated``: asserted, below the gate's threshold; ``modality negated|hypothetical|intended``: out of the view
  by its modality (gated or not);
- ``realness dropped``: dropped by the learned realness filter; ``merged``: a second reading of an event of the
  sentence (``events._same_event``);
- ``no political doer``: ``events._political_doer`` found no doer an event may have;
- ``dropped before doer check``: a rule before it (a thing as doer, an order outside a statement, a fault laid
  on no actor); ``dropped after doer check``: one after it (a company's act, health advice, a reflexive, an
  assault on nothing); ``one-sided dyadic``: among these, a type PLOVER says needs a recipient (``DYADIC``).

``--out`` keeps each document's events and trigger fates (article text included: keep the file outside the
repository); ``--sample FATE`` prints up to 25 of a fate's sentences; ``--compare`` an earlier ``--out`` file:
the events added, removed or changed (type, doer, recipient, view) per document. The script wraps two private
functions of ``events`` for the run (a measurement, not an interface): it changes no result.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "blind_check"))

from dev_sets import RELEASED  # noqa: E402
from sheet import polnear_articles  # noqa: E402


def page_ids(files: list[Path]) -> list[str]:
    """The documents of the page lists, frozen ones refused unless a released set holds them."""
    from newsgraph.eval.splits import is_frozen_polnear
    released = {line.split()[0] for dev in RELEASED.values() for line in dev.page_list.read_text("utf-8").splitlines()
                if line.strip() and not line.startswith("#")}
    pages: list[str] = []
    for path in files:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            page = line.split()[0]
            if is_frozen_polnear(page) and page not in released:
                raise SystemExit(f"{page}: a frozen PolNeAR document no released set holds; not read")
            if page not in pages:
                pages.append(page)
    return pages


class Tracer:
    """Wraps ``events._event``, ``events._political_doer`` and ``realness.kept`` to log each trigger's fate."""

    def __init__(self):
        import newsgraph.analyze.events as events
        from newsgraph.analyze.events import realness
        self.events, self.realness = events, realness
        self.log: list[dict] = []
        self._doer: dict = {}
        self.originals = (events._event, events._political_doer, realness.kept)

    def __enter__(self):
        event, doer, kept = self.originals

        def traced_doer(*args, **kwargs):
            result = doer(*args, **kwargs)
            self._doer["called"], self._doer["result"] = True, result
            return result

        def traced_event(doc, sent, found, *args, **kwargs):
            self._doer.clear()
            result = event(doc, sent, found, *args, **kwargs)
            row = {"sent": [sent.start_char, sent.end_char], "type": found.type,
                   "trigger": " ".join(t.text for t in found.trigger)}
            if result is not None:
                row["fate"], row["event"] = "event", [result.trigger.start, result.trigger.end]
            elif not self._doer.get("called"):
                row["fate"] = "dropped before doer check"
            elif self._doer["result"] is None:
                row["fate"] = "no political doer"
            else:
                row["fate"] = "one-sided dyadic" if found.type in self.events.DYADIC else "dropped after doer check"
            self.log.append(row)
            return result

        def traced_kept(found_events, probabilities, model):
            result = kept(found_events, probabilities, model)
            ids = {id(e) for e, _ in result}
            self.log.extend({"realness": [e.trigger.start, e.trigger.end], "kept": id(e) in ids} for e in found_events)
            return result

        self.events._event, self.events._political_doer, self.realness.kept = traced_event, traced_doer, traced_kept
        return self

    def __exit__(self, *exc):
        self.events._event, self.events._political_doer, self.realness.kept = self.originals


def view(event: dict) -> str:
    modality = next((f for f in ("negated", "hypothetical", "intended") if event.get(f)), None)
    return f"modality {modality}" if modality else "shown" if event.get("passes_gate", True) else "gated"


def fates(record: dict) -> list[tuple[str, dict]]:
    """(fate, log row) of each trigger read in one document."""
    events = {(e["trigger"]["start"], e["trigger"]["end"]): e for e in record["events"]}
    dropped = {tuple(row["realness"]) for row in record["log"] if "realness" in row and not row["kept"]}
    out = []
    for row in record["log"]:
        if "fate" not in row:
            continue
        fate = row["fate"]
        if fate == "event":
            key = tuple(row["event"])
            fate = view(events[key]) if key in events else "realness dropped" if key in dropped else "merged"
        out.append((fate, row))
    return out


def run(pages: list[str], polnear: Path) -> list[dict]:
    from newsgraph import Pipeline, Settings
    settings = Settings.from_env()
    records = []
    with Tracer() as tracer:
        for article in polnear_articles(polnear, pages):
            tracer.log = []
            for analysis in Pipeline(settings).run([article]):
                data = json.loads(analysis.dumps())
                records.append({"page": article.id, "text": data["text"], "log": tracer.log, "events": data["events"],
                                "actors": {a["id"]: a["name"] for a in data["actors"]}})
    return records


def compare(before: list[dict], after: list[dict]) -> None:
    def rows(record):
        return {(e["trigger"]["start"], e["trigger"]["end"]): (e["type"], record["actors"].get(e.get("actor")),
                                                               record["actors"].get(e.get("recipient")), view(e))
                for e in record["events"]}
    old = {r["page"]: r for r in before}
    changed = 0
    for record in after:
        if record["page"] not in old:
            continue
        was, now = rows(old[record["page"]]), rows(record)
        for key in sorted(set(was) | set(now)):
            if was.get(key) != now.get(key):
                changed += 1
                start, end = record["text"].rfind("\n", 0, key[0]) + 1, record["text"].find("\n", key[1])
                print(f"{record['page']} {key}\n   before: {was.get(key)}\n   after:  {now.get(key)}\n   "
                      f"{record['text'][start:end if end > 0 else None][:300]}")
    print(f"events changed: {changed}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=Path, nargs="+", help="page lists (blind_check/pages-*.txt)")
    parser.add_argument("--polnear", type=Path, default=HERE.parents[1] / "shared" / "data" / "polnear" / "train.jsonl")
    parser.add_argument("--out", type=Path, help="write each document's events and fates here (JSON lines)")
    parser.add_argument("--sample", nargs="*", default=[], metavar="FATE", help="print sentences of these fates")
    parser.add_argument("--compare", type=Path, metavar="BEFORE", help="an earlier --out file of the same pages")
    args = parser.parse_args()
    records = run(page_ids(args.pages), args.polnear)
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    counts: collections.Counter = collections.Counter()
    documents = collections.defaultdict(set)
    examples = collections.defaultdict(list)
    for record in records:
        for fate, row in fates(record):
            counts[fate] += 1
            documents[fate].add(record["page"])
            examples[fate].append((record["page"], row["type"], row["trigger"],
                                   record["text"][row["sent"][0]:row["sent"][1]][:200]))
    print(f"{len(records)} documents; triggers read by fate (count, documents):")
    for fate, count in counts.most_common():
        print(f"{count:6} {len(documents[fate]):5}  {fate}")
    rng = random.Random(1)
    for fate in args.sample:
        print(f"== {fate}")
        for example in rng.sample(examples[fate], min(25, len(examples[fate]))):
            print("  ", example)
    if args.compare:
        before = [json.loads(line) for line in args.compare.read_text("utf-8").splitlines() if line.strip()]
        compare(before, records)


if __name__ == "__main__":
    main()
