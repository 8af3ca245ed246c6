"""A speaker agrees with its source (seventeenth session, invented sentences): a person noun with a possessor
speaks for itself ("Ana Pell's right-hand woman ..., saying" is not Ana Pell); a speaking "it" that takes the
speaker before it takes only an organisation, a country or a named group, never "the hacked servers"."""
from __future__ import annotations

import pytest
from statement_rows import analysed

from newsgraph.analyze.statements.nested import inherited_speaker
from newsgraph.model import Actor, Span


@pytest.mark.model
def test_a_person_noun_speaks_for_itself_not_its_possessor():
    text = "Ana Pell's right-hand woman rallied supporters on Monday, saying: \"We have to be ready to stop him.\""
    rows = analysed(text, "source", "speaker")
    assert rows and all(source != "Ana Pell" and speaker != "Ana Pell" for source, speaker in rows)


class _Index:
    def __init__(self, actor):
        self._actor = actor

    def actor(self, id):
        return self._actor if id == self._actor.id else None

    def to_list(self):
        return [self._actor]


@pytest.mark.model
def test_a_speaking_it_is_a_named_group_not_things(nlp):
    text = "Agents examined the hacked servers and the files of Harbour Watch for a month. It accused the agency."
    doc = nlp(text)
    it = next(t for t in doc if t.text == "It")

    def sent_of(t):
        return 0 if t.i < it.i else 1

    start = text.index("hacked servers")  # the speaker just before, no subject ("It" is no thing that spoke)
    servers = Actor("A1", "hacked servers", "group", mentions=[Span(start, start + 14, "hacked servers")])
    assert inherited_speaker(it, [(0, "A1")], sent_of, _Index(servers)) is None
    start = text.index("Harbour Watch")
    watch = Actor("A1", "Harbour Watch", "group", mentions=[Span(start, start + 13, "Harbour Watch")])
    assert inherited_speaker(it, [(0, "A1")], sent_of, _Index(watch)) == "A1"
