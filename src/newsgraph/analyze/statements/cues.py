"""Cue lexicon: which words, in which syntactic frame, introduce an attribution.

Two tables ship in ``newsgraph/data``:

* ``cue_verbs.txt`` — speech and reporting verbs written by hand (one lemma a line), always
  accepted with a clausal complement ("X said that ...", "..., X said").
* ``cues.tsv`` — learned from PolNeAR's training split (less its frozen fifth) by ``scripts/train_cues.py``: for each
  (lemma, frame) the rules proposed on train, how often the proposal was the one matching a
  gold attribution. It covers beliefs and intentions ("thinks", "wants", "backs") and is
  readable: an analyst can see which cue words newsgraph trusts, and how much.

By default statements are selected by the cue model (``analyze.statements.cue_model``), which weighs
the lexicon's evidence together with the source, the content and the context;
``CueLexicon`` is the fallback when no model ships, and a selector of its own for anyone who
wants plain per-word precision (``find_statements(..., selector=default_lexicon())``).

A *frame* names how the content hangs off the cue: ``ccomp`` (clausal complement, before
or after), ``colon`` ("X said: ..."), ``obj`` (object, object + infinitive, predicative),
``prep:<word>`` (content is the object of a preposition: "called for", "pointed to"),
``acomp`` ("X is confident that ..."), ``raised`` ("X is expected to ..."), ``noun`` (a noun
with a that-clause: "the claim that ..."), ``according``, ``colon-line`` ("NAME: ...") and
``byline`` ('"..." ― Name'). ``-nosrc`` is appended when no source was found, ``-q`` when the
cue stands inside a quote.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field

from newsgraph.analyze import resources as shipped

DEFAULT_THRESHOLD = 0.4


@dataclass(frozen=True)
class CueEntry:
    lemma: str
    frame: str
    proposed: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.proposed if self.proposed else 0.0

    @property
    def smoothed_precision(self) -> float:
        """Precision pulled towards one half for rare pairs (2 of 2 is weaker evidence than 40 of 40)."""
        return (self.correct + 1) / (self.proposed + 2)


@dataclass
class CueLexicon:
    """Decides whether a (lemma, frame) pair is a cue."""

    speech_verbs: frozenset = frozenset()
    learned: dict = field(default_factory=dict)  # (lemma, frame) -> CueEntry
    threshold: float = DEFAULT_THRESHOLD
    min_count: int = 2
    open: bool = False  # accept everything (used only to learn the lexicon from train)

    def accepts(self, candidate) -> bool:
        """Whether a statement candidate (``constructions.Candidate``) is an attribution."""
        return self.accepts_key(*candidate.key)

    def score(self, candidate) -> float:
        """The learned precision of the candidate's (lemma, frame); speech verbs rate at least 0.5."""
        lemma, frame = candidate.key
        entry = self.learned.get((lemma.lower(), frame))
        value = entry.smoothed_precision if entry else 0.0
        if self.accepts_key(lemma, frame) and lemma.lower() in self.speech_verbs:
            value = max(value, 0.5)
        return value

    def certain(self, candidate) -> bool:
        """The lexicon holds no construction above competition."""
        return False

    def accepts_key(self, lemma: str, frame: str) -> bool:
        if self.open:
            return True
        lemma = lemma.lower()
        base = frame.removesuffix("-q").removesuffix("-nosrc")
        if lemma in self.speech_verbs and base in ("ccomp", "noun") and not frame.endswith("-q"):
            return True
        entry = self.learned.get((lemma, frame))
        if entry is None:
            return False
        return entry.proposed >= self.min_count and entry.smoothed_precision >= self.threshold

    def is_speech_verb(self, lemma: str) -> bool:
        return lemma.lower() in self.speech_verbs


def _read_learned() -> dict:
    if not shipped.exists("cues.tsv"):
        return {}
    rows = csv.DictReader(shipped.read("cues.tsv").splitlines(), delimiter="\t")
    entries = {}
    for row in rows:
        entry = CueEntry(row["lemma"], row["frame"], int(row["proposed"]), int(row["correct"]))
        entries[(entry.lemma, entry.frame)] = entry
    return entries


#: the shipped speech and reporting verbs (``cue_verbs.txt``): the resources' reader, itself read once per process
speech_verbs = shipped.speech_verbs


@shipped.cached()
def default_lexicon() -> CueLexicon:
    """The shipped lexicon (read once per process)."""
    return CueLexicon(speech_verbs=shipped.speech_verbs(), learned=_read_learned())


def default_selector():
    """What decides which candidates are statements: the shipped cue model, else the lexicon."""
    from newsgraph.analyze.statements.cue_model import default_model

    return default_model() or default_lexicon()


def open_lexicon() -> CueLexicon:
    """A lexicon that accepts every candidate: what ``scripts/train_cues.py`` learns from."""
    return CueLexicon(speech_verbs=shipped.speech_verbs(), open=True)
