"""The blind check's sets: which are DEV sets (their judged rows may be read) and which are held out.

One definition for every tool that reads the reviewers' folders under ``/work/blind``
(``statement_judged.py``, ``event_recall.py``, ``blind_check/judged_events.py``,
``scripts/train_realness.py``). A dev set names its page list (in this folder), where its pages come
from (``articles-dev`` pages or ``polnear`` documents) and its review folders, OLDEST FIRST: a later
judgement of the same row wins. The held-out sets are named so that nothing reads them: their pages
are never rendered or tuned on and their folders (``s5*``, ``s6*``) are never opened.
"""
from __future__ import annotations

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
}

#: the held-out sets' page lists: never opened, rendered or tuned on (nor their folders under /work/blind)
HELD_OUT = {5: "pages-5.txt", 6: "pages-6.txt"}


def review_dirs() -> tuple[str, ...]:
    """Every dev set's review folders, set by set, each set's oldest first."""
    return tuple(name for dev in DEV_SETS.values() for name in dev.reviews)
