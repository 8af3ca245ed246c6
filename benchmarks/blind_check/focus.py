"""Judge only what the code changed: a blind check's "after" estimate from the rows that changed since a judged "before".

    python benchmarks/blind_check/focus.py list BEFORE_DIR AFTER_DIR
    python benchmarks/blind_check/focus.py estimate BEFORE_DIR AFTER_DIR [--kept-by DIR]
    python benchmarks/blind_check/focus.py carry EARLIER_AFTER_DIR AFTER_DIR   (after ``list``)

Two reviewer groups disagree on a few per cent of identical statements and on up to a sixth of identical events,
so judging a whole "after" render again measures the reviewers as much as the code. This tool keeps the "before"
verdicts for every row whose output did not change and asks new reviewers only about the rest.

``list`` compares the two renders (``<page>.json`` records, e.g. made by ``sheet.py``) and writes
``AFTER_DIR/focus.tsv`` (page, kind, id of every after row that is new or whose output changed: a statement's
speaker, content spans or frame; an event's type, actor, recipient or modality; an actor's kind, country or sector)
and ``AFTER_DIR/missed-before.tsv`` (the before reviewers' missed statements and events on the pages whose output
changed at all, to be checked again against the after render; on a page whose output is identical nothing missed
can have been found). It prints counts only: the rows and notes of a held-out set stay unread.

``estimate`` builds the after review from the before verdicts on unchanged rows and the focus reviewers'
``AFTER_DIR/review-*/judgments.tsv`` on the rest (on a changed page their missed rows replace the before ones;
an unchanged page keeps its before missed rows) and prints the rates ``tally.py`` prints. Whether a statement row
is shown is read from the after render (``tally.shown_by_render``), changed or not, so a change of the default
view alone is estimated without judging again. A before row that is gone, was judged speech and was shown in the
before render counts as missed unless an after row's content overlaps its content (a moved cue, judged again as
a new row, or a dropped duplicate of a row that stays).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import tally

KINDS = ("statement", "event", "actor")


def statement_output(statement: dict, names: dict) -> tuple:
    """What a reviewer judges of a statement: its speaker's name, its content spans and its frame."""
    spans = tuple((c["start"], c["end"]) for c in statement["content"])
    return names.get(statement.get("speaker")), spans, statement.get("frame")


def event_output(event: dict, names: dict) -> tuple:
    """What a reviewer judges of an event: its type, its actor's and recipient's names and its modality."""
    modality = tuple(bool(event.get(flag)) for flag in ("negated", "hypothetical", "intended"))
    return event["type"], names.get(event.get("actor")), names.get(event.get("recipient")), modality


def actor_output(actor: dict) -> tuple:
    """What a reviewer judges of an actor: its kind, country and sector."""
    return actor.get("kind"), actor.get("country"), actor.get("sector")


def outputs(record: dict) -> dict[str, dict[tuple, tuple[str, tuple]]]:
    """kind -> key -> (row id, output) for one rendered page; a key names the same thing across renders."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    out: dict[str, dict[tuple, tuple[str, tuple]]] = {kind: {} for kind in KINDS}
    seen: Counter = Counter()

    def add(kind: str, anchor, row_id: str, output: tuple) -> None:
        seen[kind, anchor] += 1
        out[kind][(anchor, seen[kind, anchor])] = (row_id, output)

    for s in sorted(record["statements"], key=lambda s: (s["cue"]["start"], [c["start"] for c in s["content"]])):
        add("statement", s["cue"]["start"], s["id"], statement_output(s, names))
    for e in sorted(record["events"], key=lambda e: (e["trigger"]["start"], e["type"])):
        add("event", e["trigger"]["start"], e["id"], event_output(e, names))
    for a in sorted(record["actors"], key=lambda a: a["name"]):
        add("actor", a["name"], a["id"], actor_output(a))
    return out


def pages(folder: Path) -> list[str]:
    return sorted(p.stem for p in folder.glob("*.json"))


def _load(folder: Path, page: str) -> dict:
    return json.loads((folder / f"{page}.json").read_text("utf-8"))


def review_lines(folder: Path) -> list[list[str]]:
    """Every judged line of a folder's reviews, later review files winning for the same (page, kind, id)."""
    lines: dict[tuple, list[str]] = {}
    missed: list[list[str]] = []
    for tsv in sorted(folder.glob("review-*/judgments.tsv")):
        for line in tally.read_text(tsv).splitlines():
            cells = line.split("\t")
            if len(cells) < 3 or cells[0] == "page" or cells[0].startswith("#"):
                continue
            if cells[1].startswith("missed_"):
                missed.append(cells)
            else:
                lines[cells[0], cells[1], cells[2]] = cells
    return list(lines.values()) + missed


def changed_rows(before: Path, after: Path) -> list[tuple[str, str, str]]:
    """(page, kind, after id) of every after row that is new or whose output changed."""
    rows = []
    for page in pages(after):
        old, new = outputs(_load(before, page)), outputs(_load(after, page))
        for kind in KINDS:
            for key, (row_id, output) in new[kind].items():
                if old[kind].get(key, (None, None))[1] != output:
                    rows.append((page, kind, row_id))
    return rows


def changed_pages(before: Path, after: Path) -> set[str]:
    """The pages where any row is new, changed or gone."""
    return {page for page in pages(after) if outputs(_load(before, page)) != outputs(_load(after, page))}


def list_focus(before: Path, after: Path) -> str:
    rows = changed_rows(before, after)
    changed = changed_pages(before, after)
    with open(after / "focus.tsv", "w", encoding="utf-8") as out:
        out.write("page\tkind\tid\n")
        out.writelines(f"{page}\t{kind}\t{row_id}\n" for page, kind, row_id in rows)
    missed = [cells for cells in review_lines(before) if cells[1].startswith("missed_") and cells[0] in changed]
    with open(after / "missed-before.tsv", "w", encoding="utf-8") as out:
        out.writelines("\t".join(cells) + "\n" for cells in missed)
    kinds = Counter(kind for _, kind, _ in rows)
    per_page = Counter(page for page, _, _ in rows)
    return (f"{len(rows)} rows to judge ({', '.join(f'{kinds[k]} {k}s' for k in KINDS)}) on {len(per_page)} of "
            f"{len(pages(after))} pages ({len(changed)} pages changed at all); {len(missed)} missed rows to check again -> {after}/focus.tsv, missed-before.tsv")


def carry(earlier: Path, after: Path) -> str:
    """Carry an earlier focus review of the same before render over to a newer after render.

    ``list BEFORE AFTER`` has written ``AFTER/focus.tsv`` and ``AFTER/missed-before.tsv``; ``EARLIER`` is an after
    render of an earlier code whose own focus reviews (``EARLIER/review-*/judgments.tsv``) judged rows against the
    same before. A focus row whose output is the same in ``EARLIER`` and was judged there, and the missed lines of
    a page whose whole output is the same in both, are written to ``AFTER/review-carried/judgments.tsv``; the
    rest stay in ``focus.tsv`` / ``missed-before.tsv`` for new reviewers (the full lists are kept as
    ``focus-all.tsv`` and ``missed-before-all.tsv``)."""
    earlier_lines = review_lines(earlier)
    judged = {(c[0], c[1], c[2]): c for c in earlier_lines if not c[1].startswith("missed_")}
    earlier_missed = [c for c in earlier_lines if c[1].startswith("missed_")]
    focus_all, missed_all = after / "focus-all.tsv", after / "missed-before-all.tsv"
    if not focus_all.exists():
        (after / "focus.tsv").rename(focus_all)
        (after / "missed-before.tsv").rename(missed_all)
    rows = [line.split("\t") for line in focus_all.read_text("utf-8").splitlines()[1:] if line]
    both = {page: (outputs(_load(after, page)),
                   outputs(_load(earlier, page)) if (earlier / f"{page}.json").exists() else None)
            for page in pages(after)}  # each render read once
    same_pages = {page for page, (new, old) in both.items() if new == old}
    carried, left = [], []
    for page, kind, row_id in rows:
        new, old = both[page]
        old = old or {k: {} for k in KINDS}
        key = next(k for k, (rid, _) in new[kind].items() if rid == row_id)
        old_id, old_output = old[kind].get(key, (None, None))
        if old_output == new[kind][key][1] and (page, kind, old_id) in judged:
            carried.append([page, kind, row_id, *judged[page, kind, old_id][3:]])
        else:
            left.append((page, kind, row_id))
    missed = [line.split("\t") for line in missed_all.read_text("utf-8").splitlines() if line]
    carried += [c for c in earlier_missed if c[0] in same_pages]
    missed_left = [c for c in missed if c[0] not in same_pages]
    review = after / "review-carried"
    review.mkdir(exist_ok=True)
    (review / "judgments.tsv").write_text(
        "page\tkind\tid\tf1\tf2\tf3\tf4\tf5\tf6\tnote\n" + "".join("\t".join(c) + "\n" for c in carried), "utf-8")
    with open(after / "focus.tsv", "w", encoding="utf-8") as out:
        out.write("page\tkind\tid\n")
        out.writelines(f"{page}\t{kind}\t{row_id}\n" for page, kind, row_id in left)
    with open(after / "missed-before.tsv", "w", encoding="utf-8") as out:
        out.writelines("\t".join(c) + "\n" for c in missed_left)
    left_pages = {page for page, _, _ in left} | {c[0] for c in missed_left}
    return (f"carried {len(carried)} verdicts from {earlier} ({len(same_pages)} pages with the same output); "
            f"{len(left)} rows and {len(missed_left)} missed rows left to judge on {len(left_pages)} pages -> "
            f"{after}/focus.tsv, missed-before.tsv")


def _replaced(gone: tuple, added: list[tuple]) -> bool:
    """Whether a statement of the after render holds a gone one's words (a moved cue or a dropped duplicate)."""
    return any(a < d and c < b for (a, b) in gone[1] for new in added for (c, d) in new[1])


def estimate(before: Path, after: Path, renders: tally.Renders | None = None) -> tuple[list[list[str]], Counter]:
    """The after review's rows (tally.py's layout) and how each was obtained; ``renders`` holds the pages
    read, for the tallies that follow to read them again without parsing."""
    renders = renders or tally.Renders()
    before_lines, after_lines = review_lines(before), review_lines(after)
    judged = {(c[0], c[1], c[2]): c for c in before_lines if not c[1].startswith("missed_")}
    focus = {(c[0], c[1], c[2]): c for c in after_lines if not c[1].startswith("missed_")}
    rows, how, changed = [], Counter(), set()
    for page in pages(after):
        before_record = renders.record(before, page)
        old, new = outputs(before_record), outputs(renders.record(after, page))
        shown_before = tally.shown_statements(before_record)
        if old != new:
            changed.add(page)  # as ``changed_pages``, from the renders already read
        for kind in KINDS:
            for key, (row_id, output) in new[kind].items():
                old_id, old_output = old[kind].get(key, (None, None))
                if old_output == output and (page, kind, old_id) in judged:
                    cells, source = judged[page, kind, old_id], "carried"
                elif (page, kind, row_id) in focus:
                    cells, source = focus[page, kind, row_id], "judged again"
                else:
                    how[f"{kind} unjudged"] += 1
                    continue
                how[f"{kind} {source}"] += 1
                rows.append([page, kind, row_id, *cells[3:]] + [""] * 10 + [str(after)])
            for key, (old_id, old_output) in old[kind].items():
                cells = judged.get((page, kind, old_id))
                if key in new[kind] or cells is None:
                    continue
                how[f"{kind} gone"] += 1
                if kind == "statement" and cells[3] in ("Y", "NC") and shown_before.get(old_id):
                    if _replaced(old_output, [out for _, out in new[kind].values()]):
                        how["statement gone, its words in another row"] += 1
                    else:
                        how["statement gone, counted missed"] += 1
                        rows.append([page, "missed_statement", old_id] + [""] * 16 + [str(after)])
    again = [c for c in after_lines if c[1].startswith("missed_") and c[0] in changed]
    kept = [c for c in before_lines if c[1].startswith("missed_") and c[0] not in changed]
    rows += [c + [""] * 10 + [str(after)] for c in again + kept]
    how["missed rows (checked again)"] = len(again)
    how["missed rows (carried, page unchanged)"] = len(kept)
    return tally.shown_by_render(rows, renders), how


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("list", "estimate", "carry"))
    parser.add_argument("before", type=Path, help="the judged before render (its review-*/judgments.tsv beside it)")
    parser.add_argument("after", type=Path, help="the after render of the same pages")
    parser.add_argument("--kept-by", type=Path, metavar="DIR",
                        help="estimate: count only the events the render in DIR keeps (as tally.py --kept-by)")
    parser.add_argument("--asserted", action="store_true",
                        help="estimate: count only the events the after render marks asserted (as tally.py --asserted)")
    parser.add_argument("--default-view", action="store_true",
                        help="estimate: count only the events the after render shows by default: asserted and passed "
                             "by the confidence gate; in a render from before the gate, the asserted ones "
                             "(as tally.py --default-view)")
    args = parser.parse_args(argv)
    missing = sorted(set(pages(args.after)) - set(pages(args.before)))
    if missing:
        parser.error(f"{len(missing)} pages of {args.after} have no render in {args.before}")
    if args.command == "list":
        print(list_focus(args.before, args.after))
        return 0
    if args.command == "carry":  # here "before" is the earlier after render, with its focus reviews
        print(carry(args.before, args.after))
        return 0
    renders = tally.Renders()
    rows, how = estimate(args.before, args.after, renders)
    print("; ".join(f"{k} {n}" for k, n in sorted(how.items()) if n))
    if args.kept_by:
        rows, dropped_real = tally.kept_by(rows, args.kept_by, renders)
        print(f"events kept by {args.kept_by}; real events it dropped: {dropped_real}")
    if args.asserted:
        rows, dropped_real = tally.asserted_only(rows, renders)
        print(f"asserted events only; real events not asserted: {dropped_real}")
    if args.default_view:
        rows, dropped_real = tally.default_view(rows, renders)
        print(f"default view only; real events not in it: {dropped_real}")
    print("\n".join(tally.report(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
