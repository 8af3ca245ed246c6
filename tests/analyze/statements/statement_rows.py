"""The statements a text makes, as rows to compare: shared by the statement tests. ``extract`` and
``rows``: what ``find_statements`` finds with no actor index; ``analysed``: what a whole
``newsgraph.analyze`` shows, speakers resolved."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

import newsgraph
from newsgraph.analyze.statements import find_statements
from newsgraph.eval.statements import NoResolution
from newsgraph.model import SHOWN_FRAMES


def extract(nlp, text, published="2019-11-20"):
    """The statements of ``text`` (parsed with ``nlp``), no speaker resolved, no dates but ``published``."""
    return find_statements(nlp(text), NoResolution(), [], published)


def rows(statements):
    """(frame, source text, cue text, content texts) of each statement."""
    return [(s.frame, s.source.text if s.source else None, s.cue.text, [c.text for c in s.content])
            for s in statements]


FIELDS = {
    "source": lambda analysis, s: s.source.text if s.source else None,
    "speaker": lambda analysis, s: analysis.actor(s.speaker).name if s.speaker else None,
    "cue": lambda analysis, s: s.cue.text,
    "content": lambda analysis, s: [c.text for c in s.content],
    "frame": lambda analysis, s: s.frame,
    "shown": lambda analysis, s: s.shown,
}


def analysed(text, *fields, shown_only=True):
    """A tuple of ``fields`` (names of ``FIELDS``: source text, speaker name, cue text, content texts, frame,
    shown) for each statement ``newsgraph.analyze`` finds in ``text``: those of the frames shown by default
    (speech and writing, with a speaker or not: what the analysis finds, not what the default view then
    leaves out), or every one when ``shown_only`` is False."""
    analysis = newsgraph.analyze(text)
    return [tuple(FIELDS[field](analysis, s) for field in fields)
            for s in analysis.statements if s.frame in SHOWN_FRAMES or not shown_only]


class Listed:
    """The little of an actor index the speaker helpers read (``to_list``, ``actor``), over hand-built actors."""

    def __init__(self, actors):
        self.actors = actors

    def to_list(self):
        return list(self.actors)

    def actor(self, actor_id):
        return next((a for a in self.actors if a.id == actor_id), None)


def hand_parsed(rows, lemmas=None):
    """A parsed Doc from (word, pos, tag, dep, head index) rows, as a parser's slip leaves a sentence, so that a
    test does not depend on what a model version misreads; ``lemmas`` maps a word to its lemma (else its lower
    case)."""
    words, pos, tags, deps, heads = (list(column) for column in zip(*rows))
    return Doc(Vocab(), words=words, pos=pos, tags=tags, deps=deps, heads=heads,
               lemmas=[(lemmas or {}).get(w, w.lower()) for w in words])
