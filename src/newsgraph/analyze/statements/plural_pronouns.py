"""A "they" speaker: the group that is the subject of the pronoun's own sentence, or the group that spoke just before.

General coreference gives "they said" to the plural noun nearest before it, and in news writing that is
often a group only talked about ("the drawdown of troops ..., they say"; "a surrogate for voters ...,
they say"). Reporting conventions are plainer:

* a group named as the subject of the pronoun's own sentence, before the pronoun and outside what is
  reported, is who goes on ("Cruz's allies bristle at the suggestion ... -- it is a two-way street, they
  insist");
* else a "they" goes on from the statement right before it (same or previous paragraph) when a group
  spoke it ("the senator's allies say ... The senator wants ..., they say") and no other group or body is
  named, nor any plural noun is a clause's subject, between them outside the pronoun's own content and
  outside quotes (another may be the one meant: "Fishermen disagreed. '...,' they said").

When neither applies, ``subject_not_chosen`` reads the subject of the main verb of the pronoun's own sentence:
a plural noun phrase or a "they" that is no mention of the actor coreference gave the pronoun is who goes on
("They are also focused on the drawdown of troops in Iraq, which they say left a vacuum": not the troops), its
actor if the index has one, else no one (the statement is then not shown rather than given to the wrong group).

Only groups (``Actor.kind == "group"``) known by a noun, not by a pronoun, count. Only reads the final
actor index (``ActorLookup``).
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.stages import ActorLookup
from newsgraph.analyze.statements.conversation import end_within_reach, in_content
from newsgraph.analyze.syntax import SUBJECT_DEPS
from newsgraph.model import Actor, Statement
from newsgraph.nlp.quote_marks import quote_marks

PLURAL_SPEAKERS = frozenset({"they"})
#: words that never name a group by themselves (pronouns coreference bound to a group)
PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves", "we", "us", "our", "it", "its"})
PLURAL_NOUNS = frozenset({"NNS", "NNPS"})


def _named_mentions(actor: Actor):
    return [m for m in actor.mentions if m.text.strip().lower() not in PRONOUNS]


def plural_speaker(doc, text: str, statement: Statement, previous: Optional[Statement],
                   actors: ActorLookup) -> Optional[Actor]:
    """The group a "they" source stands for (see the module docstring), or None to keep the index's answer."""
    source = statement.source
    if source is None or source.text.strip().lower() not in PLURAL_SPEAKERS:
        return None
    groups = [a for a in actors.to_list() if a.kind == "group"]
    subject = _sentence_subject(doc, statement, groups)
    if subject is not None:
        return subject
    return _going_on(doc, text, statement, previous, actors)


def _sentence_subject(doc, statement: Statement, groups: list[Actor]) -> Optional[Actor]:
    """The one group named as a clause's subject in the pronoun's sentence before it, outside quotes and
    outside what the statement reports."""
    assert statement.source is not None
    words = doc.char_span(statement.source.start, statement.source.end, alignment_mode="expand")
    if words is None:
        return None
    sent = words[0].sent
    marks = quote_marks(doc)
    found = {}
    for actor in groups:
        for m in _named_mentions(actor):
            if not sent.start_char <= m.start < statement.source.start or marks.inside(m.start) \
                    or in_content(m.start, statement):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in SUBJECT_DEPS and span.root.head.dep_ == "ROOT":
                found[actor.id] = actor
    return next(iter(found.values())) if len(found) == 1 else None


def _going_on(doc, text: str, statement: Statement, previous: Optional[Statement],
              actors: ActorLookup) -> Optional[Actor]:
    """The group that spoke ``previous`` when none other is named between it and the pronoun."""
    assert statement.source is not None
    if previous is None or previous.speaker is None:
        return None
    candidate = actors.actor(previous.speaker)
    if candidate is None or candidate.kind != "group" or candidate.id == statement.speaker:
        return None
    start = statement.source.start
    end = end_within_reach(text, statement, previous)
    if end is None:
        return None
    for actor in actors.to_list():
        if actor.id == candidate.id or actor.kind not in ("group", "organization", "country"):
            continue
        if any(end <= m.start < start and not in_content(m.start, statement) for m in _named_mentions(actor)):
            return None  # another group or body named since: the pronoun may be theirs
    if _plural_subject_between(doc, end, start, statement, candidate):
        return None  # "Fishermen disagreed.": a plural subject the index knows as no group may be meant
    return candidate


def _plural_subject_between(doc, start: int, end: int, statement: Statement, candidate: Actor) -> bool:
    """Whether a plural noun outside quotes is a clause's subject in [start, end), other than a mention of
    ``candidate``: outside the statement's content, or inside it as the subject of the sentence's main verb
    (the content then runs over the narration: "Dock unions bristle at the idea ... -- it is a two-way
    street, they insist")."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return False
    marks = quote_marks(doc)
    return any(t.dep_ in SUBJECT_DEPS and t.tag_ in PLURAL_NOUNS and not marks.inside(t.idx)
               and (not in_content(t.idx, statement) or t.head.dep_ == "ROOT")
               and not any(m.start <= t.idx < m.end for m in candidate.mentions)
               for t in words)


def subject_not_chosen(doc, statement: Statement, actors: ActorLookup) -> tuple[bool, Optional[Actor]]:
    """(True, the actor or None) when the subject of the main verb of a "they" source's own sentence, before
    the pronoun and outside quotes and what the statement reports, is a plural noun phrase or a "they" that is
    no mention of the actor the index gave the pronoun: "They are focused on the drawdown of troops, which they
    say left a vacuum" (the index gave "troops"; the sentence's subject goes on), "Dock unions bristle at the
    idea -- it is a two-way street, they insist" (no group the index knows). The actor is the one that subject
    is a mention of, if any; (False, None) keeps the index's answer."""
    source = statement.source
    if source is None or source.text.strip().lower() not in PLURAL_SPEAKERS:
        return False, None
    words = doc.char_span(source.start, source.end, alignment_mode="expand")
    if words is None:
        return False, None
    root = words[0].sent.root
    marks = quote_marks(doc)
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < words[0].i
                and not marks.inside(c.idx) and not in_content(c.idx, statement)]
    if len(subjects) != 1:
        return False, None
    subject = subjects[0]
    if not (subject.tag_ in PLURAL_NOUNS or subject.lower_ == "they"):
        return False, None
    chosen = actors.actor(statement.speaker) if statement.speaker is not None else None
    if chosen is not None and any(m.start <= subject.idx < m.end for m in chosen.mentions):
        return False, None
    owner = next((a for a in actors.to_list() if a.kind in ("group", "organization", "country")
                  and any(m.start <= subject.idx < m.end for m in a.mentions)), None)
    return True, owner
