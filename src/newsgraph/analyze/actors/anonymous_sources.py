""""The person said", "that source added": an anonymous source spoken of again.

Reporters bring in an unnamed source with an indefinite description ("a person familiar with the talks
said", "a source close to him said", "another source familiar with his thinking said") and go on with a
definite one whose head says nothing but that it is someone: "the person added", "That person said",
"the source said". Such a speaker is the anonymous source who spoke just before (within
``SENTENCES_BACK`` sentences), not a new person called "person"; a named speaker just before leaves
it open ("Ana Ruiz, a person close to the talks, said ... the person added" is for coreference).
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.model import Actor

#: heads of a definite description that only says "someone who told us": "the person", "that source"
SOURCE_HEADS = frozenset({"person", "source", "individual"})
#: determiners of a description that points back ("the person", "that person", "this source")
DEFINITE = frozenset({"the", "that", "this"})
#: how far back the anonymous source may have spoken
SENTENCES_BACK = 3


def earlier_source(index: ActorIndex, head, words, unnamed: set[str]) -> Optional[Actor]:
    """The anonymous source a definite "the person"/"that source" speaker ``head`` points back to (see
    the module docstring), or None."""
    if head.lemma_.lower() not in SOURCE_HEADS or head.tag_ != "NN":
        return None
    before = [w for w in words if w.i < head.i]
    if len(before) != 1 or before[0].lower_ not in DEFINITE:
        return None  # "the person familiar with ...": a description of its own words, or "one person"
    if any(w.i > head.i and w.dep_ in ("prep", "relcl", "acl") for w in words):
        return None
    sent = index.sent_of[head.i]
    earlier = sorted((m for m in index.mentions if m.head < head.i and sent - m.sent <= SENTENCES_BACK),
                     key=lambda m: m.head)
    for m in reversed(earlier):
        if m.actor.kind != "person":
            continue
        if m.speaker and m.actor.id in unnamed:
            return m.actor
        if m.speaker:
            return None  # a named speaker just before: not an anonymous source's words
    return None
