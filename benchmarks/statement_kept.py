"""Which statements the default view keeps, and what the reviewers say of them (issue 10: recall of the view).

    python benchmarks/statement_kept.py [--blind /work/blind] [--cv]

Reads every judged statement row of the development labels (``blind_check/dev_sets.py``: the released sets
``RELEASED``, ``STATEMENT_LABELS`` 11, 15 and 17, ``CALIBRATION``; the held-out sets are never read), the
latest verdict of a row (page, cue start, content spans, speaker's name) winning, on each set's newest render
(its last review folder). It prints, text-free:

- the rows by why they are kept (frame, no resolved speaker) and the reviewers' verdicts (speech or
  no-comment; fully right), against the shown rows;
- per label source, shown fully right and recall under the shipped rule (speech or writing by a resolved
  speaker) and under ``newsgraph.model.is_shown`` of the code ``PYTHONPATH`` imports (to try another rule): recall of shown rows as ``tally.py``
  counts it (shown speech / shown speech + missed clear statements of the set's first, full review), and
  recall of all clear statements (kept speech rows counted as missed);
- with ``--cv`` (scikit-learn, a dev dependency): a logistic regression of "fully right" on the statement's
  frame, speaker resolution, cue words, source shape, quotes and content shape, scored by leaving one label
  source out; the rows it would show or hide at each threshold, by frame.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "blind_check"))

from dev_sets import CALIBRATION, RELEASED, STATEMENT_LABELS  # noqa: E402

from newsgraph.model import is_shown  # noqa: E402

PRONOUNS = frozenset("he she they it i we you".split())
QUOTES = '"\u201c\u201d'


def shown_before(statement: dict) -> bool:
    """The shipped default view's rule (issue 10): speech or writing by a resolved speaker."""
    return statement["frame"] in ("speech", "writing") and statement.get("speaker") is not None


def sources() -> list[tuple[str, tuple[str, ...]]]:
    out = [(f"set{n}", dev.reviews) for n, dev in RELEASED.items()]
    out += [(f"stlab{n}" if n == 11 else f"evlab{n}", STATEMENT_LABELS[n].reviews) for n in (11, 15, 17)]
    return out + [(f"cal{n}", dev.reviews) for n, dev in CALIBRATION.items()]


def row_key(page: str, statement: dict, names: dict) -> tuple:
    cue = statement.get("cue")
    return (page, cue["start"] if cue else -1, ",".join(f"{c['start']}-{c['end']}" for c in statement["content"]),
            names.get(statement.get("speaker")))


def judged(blind: Path) -> tuple[list[dict], Counter]:
    """(rows of each set's newest render with their latest verdicts, missed clear statements per source)."""
    verdicts: dict[tuple, list[str]] = {}
    missed: Counter = Counter()
    out = []
    for source, folders in sources():
        for folder in folders:
            records: dict[str, dict | None] = {}
            for tsv in sorted((blind / folder).glob("review-*/judgments.tsv")):
                for line in tsv.read_text("utf-8").splitlines():
                    f = line.split("\t")
                    if len(f) < 7 or f[0] == "page":
                        continue
                    if f[1] == "missed_statement" and folder == folders[0]:
                        missed[source] += 1
                    if f[1] != "statement" or f[6].strip().upper() not in ("Y", "N"):
                        continue
                    if f[0] not in records:
                        path = blind / folder / f"{f[0]}.json"
                        records[f[0]] = json.loads(path.read_text("utf-8")) if path.exists() else None
                    record = records[f[0]]
                    statement = None if record is None else {s["id"]: s for s in record["statements"]}.get(f[2])
                    if statement is not None:
                        names = {a["id"]: a["name"] for a in record["actors"]}
                        verdicts[row_key(f[0], statement, names)] = [v.strip().upper() for v in f[3:7]]
        for path in sorted((blind / folders[-1]).glob("*.json")):
            record = json.loads(path.read_text("utf-8"))
            names = {a["id"]: a["name"] for a in record["actors"]}
            actors = {a["id"]: a for a in record["actors"]}
            for statement in record["statements"]:
                verdict = verdicts.get(row_key(path.stem, statement, names))
                if verdict is not None:
                    out.append({"source": source, "statement": statement, "actors": actors, "text": record["text"],
                                "speech": verdict[0] in ("Y", "NC"), "fully": verdict[3] == "Y"})
    return out, missed


def why_kept(statement: dict) -> str:
    if shown_before(statement):
        return "shown"
    frame = statement["frame"] if statement["frame"] not in ("speech", "writing") else ""
    nobody = "no speaker" if statement.get("speaker") is None else ""
    return " + ".join(w for w in (frame, nobody) if w)


def tally(rows: list[dict]) -> None:
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        group = groups[why_kept(row["statement"])]
        group[0] += 1
        group[1] += row["speech"]
        group[2] += row["fully"]
    print("rows by why kept (shipped rule): rows, speech or no-comment, fully right")
    for name, (n, speech, fully) in sorted(groups.items(), key=lambda g: -g[1][0]):
        print(f"  {name:25s} {n:5d} {speech:5d} {fully:5d} ({fully / n:.1%})")


def compare(rows: list[dict], missed: Counter) -> None:
    print("shown fully right / recall of shown rows / recall of all clear statements: shipped rule -> is_shown of PYTHONPATH")
    for source in sorted({r["source"] for r in rows}) + ["all"]:
        chosen = [r for r in rows if source in ("all", r["source"])]
        m = sum(missed.values()) if source == "all" else missed[source]
        speech = sum(r["speech"] for r in chosen)
        cells = []
        for rule in (shown_before, lambda s: is_shown(s["frame"], s.get("speaker"))):
            shown = [r for r in chosen if rule(r["statement"])]
            fully, spoken = sum(r["fully"] for r in shown), sum(r["speech"] for r in shown)
            cells.append((f"{fully}/{len(shown)} = {fully / len(shown):.1%}", f"{spoken / (spoken + m):.1%}",
                          f"{spoken / (speech + m):.1%}"))
        print(f"  {source:8s} " + " | ".join(f"{a} -> {b}" for a, b in zip(*cells)))


def features(row: dict) -> dict[str, float]:
    """What the learned rule sees: frame and speaker resolution, cue words, source shape, quotes, content."""
    statement, text = row["statement"], row["text"]
    speaker, frame = statement.get("speaker"), statement["frame"]
    cue = (statement.get("cue") or {}).get("text", "").lower()
    source = (statement.get("source") or {}).get("text", "")
    words = source.lower().split()
    shape = ("none" if not words else "pronoun" if len(words) == 1 and words[0] in PRONOUNS
             else "proper" if source[:1].isupper() and words[0] not in ("the", "a", "an") else "common")
    content = " ".join(c["text"] for c in statement["content"])
    newline = text.find("\n")
    start = statement["cue"]["start"] if statement.get("cue") else 0
    out = {f"frame={frame}": 1.0, f"frame={frame}|speaker={speaker is not None}": 1.0, f"cue={cue}": 1.0,
           f"cue1={cue.split()[0] if cue else ''}": 1.0, f"kind={statement.get('kind')}": 1.0, f"source={shape}": 1.0,
           "log_words": math.log1p(len(content.split())), "quoted": float(any(q in content for q in QUOTES)),
           "spans": float(len(statement["content"])), "headline": float(0 <= start < max(newline, 0))}
    if speaker is not None:
        out[f"actor={row['actors'].get(speaker, {}).get('kind')}"] = 1.0
    return out


def cross_validate(rows: list[dict]) -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    x = [features(r) for r in rows]
    probability = [0.0] * len(rows)
    for source in sorted({r["source"] for r in rows}):
        train = [k for k, r in enumerate(rows) if r["source"] != source]
        test = [k for k, r in enumerate(rows) if r["source"] == source]
        vectorizer = DictVectorizer()
        model = LogisticRegression(C=0.3, max_iter=2000)
        model.fit(vectorizer.fit_transform([x[k] for k in train]), [rows[k]["fully"] for k in train])
        for k, p in zip(test, model.predict_proba(vectorizer.transform([x[k] for k in test]))[:, 1]):
            probability[k] = float(p)
    print("learned rule, leaving one label source out: threshold, shown, fully right; rows added (right), hidden (right)")
    for threshold in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
        shown = [r for r, p in zip(rows, probability) if p >= threshold]
        fully = sum(r["fully"] for r in shown)
        added = [(r, p) for r, p in zip(rows, probability) if p >= threshold and not shown_before(r["statement"])]
        hidden = [r for r, p in zip(rows, probability) if p < threshold and shown_before(r["statement"])]
        frames = Counter(r["statement"]["frame"] for r, _ in added)
        print(f"  {threshold:.2f} {len(shown):5d} {fully / len(shown):.1%}; added {len(added)} "
              f"({sum(r['fully'] for r, _ in added)}) {dict(frames)}; hidden {len(hidden)} ({sum(r['fully'] for r in hidden)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", type=Path, default=Path("/work/blind"))
    parser.add_argument("--cv", action="store_true", help="also the learned rule's grouped CV (scikit-learn)")
    args = parser.parse_args()
    rows, missed = judged(args.blind)
    print(f"{len(rows)} judged statement rows of {len({r['source'] for r in rows})} label sources; "
          f"{sum(missed.values())} missed clear statements")
    tally(rows)
    compare(rows, missed)
    if args.cv:
        cross_validate(rows)


if __name__ == "__main__":
    main()
