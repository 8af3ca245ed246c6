"""Where events are missed, at scale: misses grouped by the word that names the event.

    python benchmarks/event_recall.py [--data ../shared/data] [--cache DIR] [--out run.json]
        [--compare before.json] [--ngec-limit N] [--top 40]

Three sources, none of them a frozen part:
- ConfliBERT TUNE sentences (``is_frozen_sentence`` False) of classes 1-4 (each carries an event): a
  miss is a sentence with no main event or one of another quad class (``eval.events.predicted_quad``),
  grouped by the sentence's main word (``main_word``: the root, past a speech verb to what is said, past
  a light verb to its object) with what the tables make of it: CAMEO's default code and PLOVER type
  for the lemma, whether our lexicon fires on the token, and the reason (no trigger / trigger dropped /
  wrong class);
- ngec-synthetic stories: per PLOVER type, the main words of the lede's first sentence of the misses;
- the blind check's judged ``missed_event`` rows of the dev sets (``blind_check/dev_sets.py``, ``/work/blind``),
  deduplicated by (page, note), grouped by the event word of the reviewer's note.
``--out`` keeps each tune sentence's prediction; ``--compare`` a former run's file: sentences whose
main event changed, counted per trigger word as now right or now wrong (a mechanism's precision).
Parses are cached (``--cache``) so that reruns only analyse.
"""
from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import json
import re
import sys
from pathlib import Path

from spacy.tokens import DocBin

from newsgraph import nlp
from newsgraph.analyze import analyze_doc
from newsgraph.analyze.events.lexicon import QUAD
from newsgraph.analyze.events.patterns import find_in_sentence
from newsgraph.analyze.events.recall import load as load_lexicon
from newsgraph.eval.events import main_event, read_cameo_classes, read_ngec, story_event
from newsgraph.eval.splits import is_frozen_sentence
from newsgraph.model import Article
from newsgraph.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks" / "blind_check"))
from dev_sets import review_dirs  # noqa: E402

SPEECH = {"say", "tell", "add", "state", "report", "announce", "claim", "note", "stress", "explain", "write",
          "quote", "accord", "insist", "confirm"}
LIGHT = {"hold", "launch", "carry", "conduct", "stage", "make", "impose", "sign", "issue", "give", "take", "have",
         "begin", "start", "continue", "mount", "reach", "open", "lodge", "file", "announce", "order", "deploy"}


def parsed(texts: list[str], cache: Path | None, name: str, model) -> list:
    """spaCy Docs for ``texts``, from ``cache/name.spacy`` when it holds this very list."""
    key = hashlib.sha1("\x00".join(texts).encode("utf-8")).hexdigest()[:12]
    path = cache / f"{name}-{key}.spacy" if cache else None
    if path is not None and path.is_file():
        return list(DocBin().from_disk(path).get_docs(model.vocab))
    docs = list(model.pipe(texts, batch_size=64))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


def main_word(sent):
    """The word that names a sentence's event: its root; past a speech verb to what is said; past a
    light verb ("held talks", "launched an attack") to its object; the attribute of "be"."""
    root = sent.root
    for _ in range(3):
        lemma = root.lemma_.lower()
        child = None
        if lemma in SPEECH:
            child = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp")), None)
        elif lemma == "be":
            child = next((c for c in root.children if c.dep_ in ("attr", "acomp", "ccomp")), None)
        if child is None:
            break
        root = child
    return root


def light_object(token):
    if token.lemma_.lower() in LIGHT:
        return next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return None


def table_entry(token, lexicon) -> str:
    """What the tables make of the token in place: our trigger's type, or "-"; and CAMEO's default."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        trigger = lexicon.verb(token)
    elif token.pos_ in ("NOUN", "PROPN"):
        trigger = lexicon.noun(token)
    else:
        trigger = lexicon.adjective(token)
    default = lexicon.defaults.get((lemma, ""))
    cameo = f"{default.cameo}:{default.type or '-'}" if default is not None else (
        "CAMEO-patterns-only" if (lemma, "") in lexicon.senses else "not-in-CAMEO")
    ours = f"{trigger.type}/{trigger.role}" if trigger is not None else "-"
    return f"ours={ours} cameo={cameo}"


def conflibert(data: Path, cache, model, settings, lexicon) -> tuple[list, dict]:
    rows = [(s, q) for s, q in read_cameo_classes(data / "conflibert" / "cameo_class_train.tsv")
            if not is_frozen_sentence(s)]
    docs = parsed([s for s, _ in rows], cache, "conflibert-tune", model)
    misses, predictions = [], {}
    for (text, gold), doc in zip(rows, docs):
        analysis = analyze_doc(doc, Article(text=text, published=None), settings)
        event = main_event(analysis)
        quad = QUAD[event.type] if event is not None else 0
        sid = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
        predictions[sid] = {"gold": gold, "quad": quad, "type": event.type if event else None,
                            "trigger": event.trigger.text.lower() if event else None,
                            "events": [(e.type, e.trigger.text.lower()) for e in analysis.events]}
        if gold == 0 or quad == gold:
            continue
        sent = next(iter(doc.sents))
        word = main_word(sent)
        obj = light_object(word)
        lemma = word.lemma_.lower() + (f" {obj.lemma_.lower()}" if obj is not None else "")
        if event is None and analysis.events:
            unsure = [e for e in analysis.events if e.asserted]
            reason = ("only unasserted events" if not unsure else
                      "unsure, right class" if any(QUAD[e.type] == gold for e in unsure) else "unsure, other class")
        elif event is None:
            read = [f for s in doc.sents for f in find_in_sentence(s, lexicon)]
            reason = ("no trigger" if not read else
                      "read, dropped (doer/recipient)" if any(QUAD[f.type] == gold for f in read) else
                      "read as other class, dropped")
        else:
            reason = f"class {quad} ({event.type} '{event.trigger.text}')"
        misses.append({"gold": gold, "lemma": lemma, "pos": word.pos_, "reason": reason,
                       "entry": table_entry(obj if obj is not None else word, lexicon), "sid": sid})
    return misses, predictions


def ngec(data: Path, cache, model, settings, limit) -> list:
    rows = read_ngec(data / "ngec-synthetic" / "synthetic_events.csv", limit)
    ledes = [t.split("\n\n", 1)[0] for t, _ in rows]
    docs = parsed(ledes, cache, f"ngec-{limit or 'all'}", model)
    misses, predictions = [], {}
    for (_, label), lede, doc in zip(rows, ledes, docs):
        analysis = analyze_doc(doc, Article(text=lede, published=None), settings)
        event = story_event(analysis)
        predictions[hashlib.sha1(lede.encode("utf-8")).hexdigest()[:10]] = {
            "gold": label, "type": event.type if event else None, "trigger": event.trigger.text if event else None}
        if event is not None and event.type == label:
            continue
        word = main_word(next(iter(doc.sents)))
        obj = light_object(word)
        misses.append({"gold": label, "lemma": word.lemma_.lower() + (f" {obj.lemma_.lower()}" if obj is not None else ""),
                       "got": event.type if event else "NONE"})
    return misses, len(rows), predictions


def judged_misses(blind: Path, model) -> list[str]:
    """The event word of each distinct missed_event note of the dev sets."""
    notes = set()
    for name in review_dirs():
        for path in sorted((blind / name).glob("review-*/judgments.tsv")):
            with open(path, encoding="utf-8") as fh:
                for row in csv.reader(fh, delimiter="\t"):
                    if len(row) > 2 and row[1] == "missed_event" and row[-1].strip():
                        note = re.sub(r"\([^)]*\)", "", row[-1]).strip()
                        notes.add((row[0], note))
    words = []
    for doc in model.pipe(sorted(n for _, n in notes)):
        verb = next((t for t in doc if t.dep_ == "ROOT"), None)
        if verb is not None and verb.pos_ not in ("VERB", "NOUN"):
            verb = next((t for t in doc if t.pos_ == "VERB"), verb)
        words.append(verb.lemma_.lower() if verb is not None else "?")
    return words


def compare(before: dict, after: dict) -> dict:
    """Sentences whose main event changed: per (trigger now, before's class), right and wrong."""
    out: dict = collections.defaultdict(lambda: collections.Counter())
    for sid, now in after.items():
        old = before.get(sid)
        if old is None or (old["quad"], old["type"], old["trigger"]) == (now["quad"], now["type"], now["trigger"]):
            continue
        was_right, is_right = old["quad"] == now["gold"], now["quad"] == now["gold"]
        key = f"{now['type'] or 'none'} '{now['trigger'] or ''}'"
        verdict = ("gained" if is_right and not was_right else "lost" if was_right and not is_right
                   else "still right" if is_right else "still wrong")
        out[key][verdict] += 1
    for sid, now in after.items():  # every event added, however unsure: its class against the gold
        old = before.get(sid)
        if old is None:
            continue
        for etype, trigger in {tuple(e) for e in now["events"]} - {tuple(e) for e in old["events"]}:
            verdict = ("on a no-event sentence" if now["gold"] == 0 else
                       "right class" if QUAD[etype] == now["gold"] else "wrong class")
            out[f"+ {etype} '{trigger}'"][verdict] += 1
        for etype, trigger in {tuple(e) for e in old["events"]} - {tuple(e) for e in now["events"]}:
            verdict = ("on a no-event sentence" if now["gold"] == 0 else
                       "right class" if QUAD[etype] == now["gold"] else "wrong class")
            out[f"- {etype} '{trigger}'"][verdict] += 1
    return out


def report(args) -> None:
    settings = Settings()
    model = nlp.load(settings.model)
    lexicon = load_lexicon()
    cache = args.cache
    misses, predictions = conflibert(args.data, cache, model, settings, lexicon)
    tune = [p for p in predictions.values() if p["gold"] > 0]
    print(f"== ConfliBERT tune sentences of classes 1-4: {len(tune)}; right class "
          f"{sum(p['quad'] == p['gold'] for p in tune)}; no event {sum(p['quad'] == 0 for p in tune)}; "
          f"other class {sum(p['quad'] not in (0, p['gold']) for p in tune)}")
    by_reason = collections.Counter(m["reason"].split(" (")[0] for m in misses)
    print("   misses by category:", dict(by_reason.most_common()))
    groups = collections.defaultdict(list)
    for m in misses:
        groups[m["lemma"]].append(m)
    for lemma, items in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:args.top]:
        gold = collections.Counter(m["gold"] for m in items)
        reasons = collections.Counter(m["reason"] for m in items)
        print(f"{len(items):4} {lemma:24} gold {dict(gold)}  {items[0]['entry']}  {dict(reasons.most_common(3))}")
    if args.out:
        args.out.write_text(json.dumps(predictions, sort_keys=True), encoding="utf-8")
    if args.compare:
        changed = compare(json.loads(args.compare.read_text(encoding="utf-8")), predictions)
        print(f"== changed tune sentences vs {args.compare}: "
              f"{sum(sum(c.values()) for c in changed.values())}")
        totals: dict = collections.defaultdict(collections.Counter)
        for key, counts in sorted(changed.items(), key=lambda kv: -sum(kv[1].values())):
            totals[key[0] if key[0] in "+-" else "main"].update(counts)
            print(f"   {key:50} {dict(counts)}")
        for kind, title in (("main", "main event changed"), ("+", "events added"), ("-", "events removed")):
            print(f"   total, {title}:", dict(totals[kind]))
    if args.ngec_limit >= 0:
        nmisses, n, npredictions = ngec(args.data, cache, model, settings, args.ngec_limit or None)
        if args.out:
            args.out.with_suffix(".ngec.json").write_text(json.dumps(npredictions, sort_keys=True), encoding="utf-8")
        if args.compare and args.compare.with_suffix(".ngec.json").is_file():
            old = json.loads(args.compare.with_suffix(".ngec.json").read_text(encoding="utf-8"))
            moves = collections.Counter()
            for key, now in npredictions.items():
                was = old.get(key)
                if was is not None and was["type"] != now["type"]:
                    verdict = ("gained" if now["type"] == now["gold"] else "lost" if was["type"] == now["gold"]
                               else "other")
                    moves[(verdict, f"{was['type']}->{now['type']} '{now['trigger'] or was['trigger']}'")] += 1
            print(f"== ngec stories whose type changed: {sum(moves.values())}; "
                  f"{dict(collections.Counter(v for v, _ in moves.elements()))}")
            for (verdict, what), count in moves.most_common(args.top):
                print(f"   {count:3} {verdict:6} {what}")
        print(f"== ngec-synthetic ledes: {n} stories, {len(nmisses)} misses, accuracy {1 - len(nmisses) / n:.3f}")
        per_type = collections.defaultdict(collections.Counter)
        got = collections.defaultdict(collections.Counter)
        for m in nmisses:
            per_type[m["gold"]][m["lemma"]] += 1
            got[m["gold"]][m["got"]] += 1
        for label, counts in sorted(per_type.items(), key=lambda kv: -sum(kv[1].values())):
            print(f"{sum(counts.values()):4} {label:9} got {dict(got[label].most_common(4))}\n       "
                  + ", ".join(f"{w} {c}" for w, c in counts.most_common(12)))
    if args.blind.is_dir():
        words = judged_misses(args.blind, model)
        print(f"== judged missed_event rows of the dev sets (distinct notes): {len(words)}")
        print("   " + ", ".join(f"{w} {c}" for w, c in collections.Counter(words).most_common(args.top)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parents[1] / "shared" / "data")
    parser.add_argument("--blind", type=Path, default=Path("/work/blind"))
    parser.add_argument("--cache", type=Path, default=None, help="folder for cached parses")
    parser.add_argument("--out", type=Path, default=None, help="write tune predictions (JSON) here")
    parser.add_argument("--compare", type=Path, default=None, help="a former --out file")
    parser.add_argument("--ngec-limit", type=int, default=-1, help="-1: skip ngec; 0: the whole file")
    parser.add_argument("--top", type=int, default=40)
    report(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
