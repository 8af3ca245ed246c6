"""The blind check's sets: which are DEV sets (their judged rows may be read) and which are held out.

One definition for every tool that reads the reviewers' folders under ``/work/blind``
(``statement_judged.py``, ``event_recall.py``, ``blind_check/judged_events.py``,
``scripts/train_realness.py``). A dev set names its page list (in this folder), where its pages come
from (``articles-dev`` pages or ``polnear`` documents) and its review folders, OLDEST FIRST: a later
judgement of the same row wins. The held-out sets are named so that nothing reads them: their pages
are never rendered or tuned on and their folders (``s5*`` to ``s9*``, ``s16*``) are never opened.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent


class DevSet(NamedTuple):
    pages: str  # the page list, a file in this folder
    source: str  # "articles-dev" or "polnear" (PolNeAR train documents)
    reviews: tuple[str, ...]  # the review folders under /work/blind, oldest first

    @property
    def page_list(self) -> Path:
        return HERE / self.pages


DEV_SETS: dict[int, DevSet] = {
    1: DevSet("pages.txt", "articles-dev", ("baseline", "after", "final", "round3", "round4", "round5")),
    2: DevSet("pages-2.txt", "articles-dev", ("r5base", "r5mid", "r5final", "s2now")),
    3: DevSet("pages-3.txt", "polnear", ("s3base", "s3final", "s3now")),
    # s4final, s4final2 and s4final7: the same output judged by three reviewer groups
    4: DevSet("pages-4.txt", "polnear", ("s4base", "s4final", "s4final2", "s4final7")),
}

#: event-only labels: PolNeAR TUNE documents whose events (not statements or actors) blind labellers judged
#: in the eighth session (main 52897dd); read by ``scripts/train_realness.py`` and ``benchmarks/event_judged.py``
EVENT_LABELS: dict[int, DevSet] = {
    8: DevSet("pages-evlab8.txt", "polnear", ("evlab8",)),
    # the eleventh session's full event labels (type, actor, recipient, modality, missed) of 24 of those
    # documents (main 119c580), evlab8's folder being lost
    11: DevSet("pages-evlab11.txt", "polnear", ("evlab11",)),
    # the fifteenth session's full event labels of 20 fresh tune documents (main 281ada5, labellers P, Q, R)
    15: DevSet("pages-evlab15.txt", "polnear", ("evlab15",)),
    # the sixteenth session's event labels of 20 more fresh tune documents (main 5d1def0, labellers G, H, I)
    16: DevSet("pages-evlab16.txt", "polnear", ("evlab16",)),
    # the seventeenth session's full labels (statements, events, actors) of 20 more fresh tune documents
    # (main 256eba4, labellers J, L, M, O)
    17: DevSet("pages-evlab17.txt", "polnear", ("evlab17",)),
}

#: statement and actor labels: PolNeAR TUNE documents (the evlab8 batch-3 documents) whose statements and actors
#: blind labellers judged in the ninth session (main 54e2e41); read by ``benchmarks/statement_labels.py``
STATEMENT_LABELS: dict[int, DevSet] = {
    9: DevSet("pages-stlab9.txt", "polnear", ("stlab9",)),
    # the eleventh session's labels of 24 of those documents (main 422a7ad), stlab9's folder being lost
    11: DevSet("pages-stlab11.txt", "polnear", ("stlab11",)),
    # the fifteenth session's statement and actor labels of the evlab15 documents (labellers S, T, U), same folder
    15: DevSet("pages-evlab15.txt", "polnear", ("evlab15",)),
    # the seventeenth session's statement and actor labels of the evlab17 documents (labellers J, L, M, O)
    17: DevSet("pages-evlab17.txt", "polnear", ("evlab17",)),
}

#: former held-out sets released to development in the fourteenth session, when set 12 replaced them: their
#: verdicts (full reviews, then the focus reviews of later renders, oldest first) may now be read and tuned on,
#: so any number on them is a development number from then on
RELEASED: dict[int, DevSet] = {
    # the folders are named as their archives in labels/ (``archive.py restore NAME --out /work/blind/FOLDER``, a focus
    # review's NAME ending in "-focus"); set 10's later focus reviews (s10b11, s10c11) were lost before archiving
    10: DevSet("pages-10.txt", "polnear", ("s10base11", "s10a11")),
    11: DevSet("pages-11.txt", "polnear", ("s11base12", "s11a12", "s11b12", "s11c13")),
    # released in the sixteenth session, when set 13 replaced it (it had been the held-out set of two sessions)
    12: DevSet("pages-12.txt", "polnear", ("s12base14", "s12d14", "s12d15")),
    # released in the eighteenth session, when set 14 replaced it (held out for the sixteenth and seventeenth)
    13: DevSet("pages-13.txt", "polnear", ("s13base16", "s13d16", "s13e17")),
    # released in the twentieth session, when set 15 replaced it (held out for the eighteenth and nineteenth)
    14: DevSet("pages-14.txt", "polnear", ("s14base18", "s14f18", "s14f19")),
    # released in the twenty-second session, when set 16 replaced it (held out for the twentieth and twenty-first):
    # the first full review (A-D), its focus review E, the twenty-first session's focus review F, the second opinion
    # (a fresh full review G-I of F's render) and its focus review J; then the twenty-second session's focus review
    # (L, M) of the render of 5601845, made after set 15 was released (a development number)
    15: DevSet("pages-15.txt", "polnear", ("s15base20", "s15f20", "s15f21", "s15full21", "s15g21", "s15h22")),
}

#: review folders of the released sets lost before they were archived (set 10's focus reviews of the twelfth
#: session, later than ``RELEASED[10].reviews``, oldest first): no archive restores them, so the committed training
#: tables (``event_judgments.tsv``, ``event_confidence_labels.tsv``) keep their rows when a trainer rebuilds them
LOST_REVIEWS: dict[int, tuple[str, ...]] = {10: ("s10b11", "s10c11")}

#: the thirteenth session's calibration set (main 3a6a7ce, rendered as shipped): hunting groups 1 and 4 of
#: ``pages-hunt13.txt``, every row judged by one of three fresh blind reviewers; read by ``scripts/train_realness.py``
CALIBRATION: dict[int, DevSet] = {
    13: DevSet("pages-cal13.txt", "polnear", ("cal13",)),
}

#: the held-out sets' page lists: never opened, rendered or tuned on (nor their folders under /work/blind).
#: Sets 5 to 9 were judged by blind reviewers only; their folders were lost with a machine, and no developer
#: ever read their documents, so they stay held out; sets 13 (sixteenth session, released in the eighteenth),
#: 14 (eighteenth session, released in the twentieth) and 15 (twentieth session, released in the twenty-second) and 16 (twenty-second session) are 16 of their documents
#: each; set 16 takes the last of their documents no developer ever read.
HELD_OUT = {5: "pages-5.txt", 6: "pages-6.txt", 7: "pages-7.txt", 8: "pages-8.txt", 9: "pages-9.txt",
            16: "pages-16.txt"}


def review_dirs() -> tuple[str, ...]:
    """Every dev set's review folders, set by set, each set's oldest first."""
    return tuple(name for dev in DEV_SETS.values() for name in dev.reviews)


def judged_lines(blind: Path, kind: str, fields: int,
                 sets: dict[int, DevSet] | None = None) -> Iterator[tuple[int, str, list[str], dict]]:
    """(set, review folder, TSV fields, output record) of every judged row of ``kind`` with at least
    ``fields`` fields in the dev sets' review folders (or those of ``sets``, e.g. ``STATEMENT_LABELS``),
    set by set, each set's oldest folder first (so a later judgement of the same row comes later). Each
    page's record is parsed once per folder; a row whose page has no record in its folder is skipped."""
    for number, dev in (DEV_SETS if sets is None else sets).items():
        for name in dev.reviews:
            records: dict = {}
            for tsv in sorted((blind / name).glob("review-*/judgments.tsv")):
                for line in tsv.read_text(encoding="utf-8").splitlines():
                    f = line.split("\t")
                    if len(f) < fields or f[1] != kind:
                        continue
                    if f[0] not in records:
                        path = blind / name / f"{f[0]}.json"
                        records[f[0]] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
                    if records[f[0]] is not None:
                        yield number, name, f, records[f[0]]
