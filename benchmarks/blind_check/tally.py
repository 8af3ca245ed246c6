"""Tally a blind review: the rates RUBRIC.md asks for, from reviewers' ``judgments.tsv`` files.

    python benchmarks/blind_check/tally.py review-A/judgments.tsv review-B/judgments.tsv

Columns: page, kind, id, f1..f6, note; kind is statement, event, actor, missed_statement or
missed_event. Statements: f1 speech (Y/N/NC), f2 speaker, f3 content, f4 fully right, f5
shown/kept (as the reviewer copied it; the tally reads whether a row is shown from the render beside
the judgments file, by the code's own rule, ``shown_by_render``). Events: f1 real, f2 type, f3 actor, f4 recipient, f5 modality, f6 fully right.
Actors: f1 is an actor, f2 country and f3 sector (right/wrong/missing/none-ok).

``--kept-by DIR`` tallies the events another render of the same pages keeps (e.g. rendered with
``NEWSGRAPH_EVENT_REALNESS=1``): a judged event row counts only when ``DIR/<page>.json`` has an event
with the same trigger span and type as the judged one in ``<review dir>/../<page>.json``. A filter that
only removes rows is thus judged without judging again; the real events it drops are reported.

``--asserted`` counts only the judged events the render marks asserted (neither negated, hypothetical nor
intended). ``--default-view`` counts only the events the render shows by default: asserted and passed by the
confidence gate (``passes_gate``; in a render from before the gate, the asserted ones).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

try:
    from newsgraph.model import is_shown
except ImportError:  # a checkout from before the rule had a name: speech and writing were shown
    def is_shown(frame: str, speaker: str | None) -> bool:
        return frame in ("speech", "writing")


def read_text(path: Path) -> str:
    """A judgments file's text; a file that is not UTF-8 stops the tally with a message naming it."""
    try:
        return path.read_text("utf-8")
    except UnicodeDecodeError as err:
        raise SystemExit(f"{path}: not UTF-8 text ({err.reason} at byte {err.start}); save it as UTF-8") from None


def read_rows(paths: list[Path]) -> list[list[str]]:
    rows = []
    for path in paths:
        for line in read_text(path).splitlines():
            cells = line.split("\t")
            if len(cells) < 3 or cells[0] == "page" or cells[0].startswith("#"):
                continue
            rows.append(cells + [""] * 10 + [str(path.parent.parent)])
    return rows


class Renders:
    """The rendered pages a tally reads (``<folder>/<page>.json``), each read and parsed once: the shown
    statements, the events another render keeps and the asserted events all come from the same parse."""

    def __init__(self) -> None:
        self._records: dict[tuple[Path, str], dict | None] = {}

    def get(self, folder: Path | str, page: str) -> dict | None:
        """The page's record, or None where the folder has no render of it."""
        key = (Path(folder), page)
        if key not in self._records:
            path = key[0] / f"{page}.json"
            self._records[key] = json.loads(path.read_text("utf-8")) if path.exists() else None
        return self._records[key]

    def record(self, folder: Path | str, page: str) -> dict:
        """The page's record; a missing render stops the tally (FileNotFoundError naming it)."""
        record = self.get(folder, page)
        if record is None:
            raise FileNotFoundError(Path(folder) / f"{page}.json")
        return record


def shown_statements(record: dict) -> dict[str, bool]:
    """statement id -> whether the rendered page shows it by default (``newsgraph.model.is_shown``)."""
    return {s["id"]: is_shown(s.get("frame", "speech"), s.get("speaker")) for s in record["statements"]}


def shown_by_render(rows: list[list[str]], renders: Renders | None = None) -> list[list[str]]:
    """The rows with each statement's f5 (shown/kept) read from the render it belongs to (``row[-1]``, its
    ``<page>.json``) by the code's rule, not copied from the reviewer: a change of what is shown by default
    is then scored without judging again. A row with no such render or statement keeps the reviewer's f5."""
    renders = renders or Renders()
    out = []
    for row in rows:
        if row[1] == "statement":
            record = renders.get(row[-1], row[0])
            shown = shown_statements(record).get(row[2]) if record else None
            if shown is not None:
                row = [*row[:7], "shown" if shown else "kept", *row[8:]]
        out.append(row)
    return out


def _triggers(record: dict) -> dict[str, tuple]:
    """event id -> (trigger start, trigger end, type) of one rendered page."""
    return {e["id"]: (e["trigger"]["start"], e["trigger"]["end"], e["type"]) for e in record["events"]}


def kept_by(rows: list[list[str]], other: Path, renders: Renders | None = None) -> tuple[list[list[str]], int]:
    """The rows left when events are those ``other``'s render keeps, and how many real events went."""
    renders = renders or Renders()
    kept, dropped_real = [], 0
    for row in rows:
        if row[1] != "event":
            kept.append(row)
            continue
        page, rendered = row[0], row[-1]  # the render its judgments file sits beside
        judged = _triggers(renders.record(rendered, page)).get(row[2])
        if judged in _triggers(renders.record(other, page)).values():
            kept.append(row)
        else:
            dropped_real += row[3] == "Y"
    return kept, dropped_real


def asserted_only(rows: list[list[str]], renders: Renders | None = None) -> tuple[list[list[str]], int]:
    """The rows left when events are only those their render marks asserted, and how many real events went."""
    return _events_kept(rows, renders or Renders(), lambda e: not any(e.get(k) for k in MODALITY))


def in_default_view(event: dict) -> bool:
    """Whether a rendered event record is in the default view: asserted and passed by the confidence gate
    (``passes_gate``; a render from before the gate has no such key: its default view is the asserted events)."""
    return not any(event.get(k) for k in MODALITY) and bool(event.get("passes_gate", True))


def default_view(rows: list[list[str]], renders: Renders | None = None) -> tuple[list[list[str]], int]:
    """The rows left when events are only those their render shows by default (``in_default_view``), and
    how many real events went."""
    return _events_kept(rows, renders or Renders(), in_default_view)


def _events_kept(rows: list[list[str]], renders: Renders, keep: Callable[[dict], bool]) -> tuple[list[list[str]], int]:
    """The rows left when events are only those whose record in their own render ``keep`` holds to, and how
    many real events went."""
    kept, dropped_real = [], 0
    for row in rows:
        if row[1] != "event":
            kept.append(row)
            continue
        events = renders.record(row[-1], row[0])["events"]
        if row[2] in {e["id"] for e in events if keep(e)}:
            kept.append(row)
        else:
            dropped_real += row[3] == "Y"
    return kept, dropped_real


#: the modality flags of an event record; an event with none of them is asserted
MODALITY = ("negated", "hypothetical", "intended")


def rate(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f}%" if whole else f"{part}/0"


def report(rows: list[list[str]]) -> list[str]:
    statements = [r for r in rows if r[1] == "statement"]
    events = [r for r in rows if r[1] == "event"]
    actors = [r for r in rows if r[1] == "actor"]
    missed_statements = sum(r[1] == "missed_statement" for r in rows)
    missed_events = sum(r[1] == "missed_event" for r in rows)
    out = []
    for label, chosen in (("shown", [r for r in statements if r[7] == "shown"]),
                          ("kept only", [r for r in statements if r[7] == "kept"]), ("all", statements)):
        out.append(f"statements {label}: fully right {rate(sum(r[6] == 'Y' for r in chosen), len(chosen))}; "
                   f"speech or no-comment {rate(sum(r[3] in ('Y', 'NC') for r in chosen), len(chosen))}")
    speech = sum(r[3] in ("Y", "NC") for r in statements)
    shown_speech = sum(r[3] in ("Y", "NC") and r[7] == "shown" for r in statements)
    out.append(f"missed clear statements {missed_statements}; recall {rate(speech, speech + missed_statements)}; "
               f"recall of shown rows {rate(shown_speech, shown_speech + missed_statements)}")
    real = sum(r[3] == "Y" for r in events)
    out.append(f"events: real {rate(real, len(events))}; fully right {rate(sum(r[8] == 'Y' for r in events), len(events))}; "
               f"missed clear events {missed_events}")
    real_actors = [r for r in actors if r[3] == "Y"]
    country, sector = Counter(r[4] for r in real_actors), Counter(r[5] for r in real_actors)
    should_country = country["right"] + country["wrong"] + country["missing"]
    should_sector = sector["right"] + sector["wrong"] + sector["missing"]
    out.append(f"actors: {len(actors)} rows; not an actor {rate(len(actors) - len(real_actors), len(actors))}")
    out.append(f"  wrong country {rate(country['wrong'], len(real_actors))}; missing country "
               f"{rate(country['missing'], should_country)} of those that should have one; wrong sector "
               f"{rate(sector['wrong'], len(real_actors))}; missing sector {rate(sector['missing'], should_sector)}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("judgments", type=Path, nargs="+")
    parser.add_argument("--kept-by", type=Path, metavar="DIR",
                        help="count only the judged events that the render in DIR keeps (see above)")
    parser.add_argument("--asserted", action="store_true",
                        help="count only the judged events their render marks asserted")
    parser.add_argument("--default-view", action="store_true",
                        help="count only the judged events their render shows by default (asserted, passed by the "
                             "confidence gate)")
    args = parser.parse_args()
    renders = Renders()
    rows = shown_by_render(read_rows(args.judgments), renders)
    if args.kept_by:
        rows, dropped_real = kept_by(rows, args.kept_by, renders)
        print(f"events kept by {args.kept_by}; real events it dropped: {dropped_real}")
    if args.asserted:
        rows, dropped_real = asserted_only(rows, renders)
        print(f"asserted events only; real events not asserted: {dropped_real}")
    if args.default_view:
        rows, dropped_real = default_view(rows, renders)
        print(f"default view only; real events not in it: {dropped_real}")
    print("\n".join(report(rows)))


if __name__ == "__main__":
    main()
