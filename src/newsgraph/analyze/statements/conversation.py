"""A he/she speaker in a conversation, or a speaking description ("the Senate leader said"): the person
who spoke just before, when no one else came between.

Reporting runs in chains: a named speaker says something, and the next lines go on with "he said",
"she added", "He answered". General coreference weighs every person of the last sentences by
salience, and in a story about a prominent person it often hands the pronoun to that person -- who
was only talked about, inside the quote or in the narration around it. ``conversation_speaker``
gives the pronoun the speaker of the statement right before it when

* that statement is in the same or the previous paragraph and its speaker is a person whose gender
  (title, given name, or the he/she the index already bound to the person) is known and the
  pronoun's (a person of unknown gender leaves the pronoun to coreference, which weighs the genders
  the text gives everyone);
* between the end of that statement and the pronoun no other person of a fitting gender is mentioned
  (by name or description) outside the pronoun's own statement (the names inside what is being said
  are only talked about);
* that speaker is named (not "a reporter") and did not ask (the one asked answers next).

The caller passes as ``previous`` the last statement not inside another's content ("Y said that X
acknowledged ...": Y goes on speaking, not X), and none for a pronoun inside another's content.

``described_speaker`` does the same for a definite description that the actor index left to a person of
its own ("Reid said ... the Senate Democratic leader said", "Cross said ... The GOP speechwriter said"): news
writing names a speaker once and goes on with what they are (elegant variation). Not for a description
that brings in someone new (the spokesman, an official), one that belongs to someone ("his lawyer"), or
one whose head the text introduced before as someone unnamed ("a cashier ... the cashier said"). A
description the index made an organisation counts when its head names a person (``person_word``: "the
GOP speechwriter", "the actress").

Measured on PolNeAR tune documents (benchmarks/speaker_scale.py): see the README's statements section.
Only reads the final actor index (``ActorLookup``).
"""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.analyze.actors.gender import FEMALE, MALE, gender_of_name, gender_of_title
from newsgraph.analyze.actors.person_descriptions import GENERIC_HEADS, NEWCOMER_HEADS, WEAK_ROLE_HEADS
from newsgraph.analyze.stages import ActorLookup
from newsgraph.model import Actor, Statement

SPEAKER_PRONOUNS = frozenset({"he", "she"})
#: an active cue of asking: the next speaker is the one asked ("was asked" is no asking)
ASKING = re.compile(r"^(ask|asks|asked|asking|question|questions|questioned)\b")
PRONOUNS = MALE | FEMALE | frozenset({"i", "we", "you", "they", "them", "me", "us"})
#: paragraphs the previous statement may be back (0: the same paragraph)
PARAGRAPHS_BACK = 1


def gender_of(actor: Actor) -> Optional[str]:
    """"m"/"f" from the person's title, the he/she the index bound to the person (the text outranks the
    given-names table), or the given name."""
    title = gender_of_title(actor.title)
    if title:
        return title
    words = [m.text.lower() for m in actor.mentions]
    male = sum(w in MALE for w in words)
    female = sum(w in FEMALE for w in words)
    return "m" if male > female else "f" if female > male else gender_of_name(actor)


def _end(statement: Statement) -> int:
    spans = [statement.cue] + ([statement.source] if statement.source else []) + list(statement.content)
    return max(s.end for s in spans)


def in_content(position: int, statement: Statement) -> bool:
    """Whether the character at ``position`` is inside ``statement``'s content."""
    return any(c.start <= position < c.end for c in statement.content)


def end_within_reach(text: str, statement: Statement, previous: Statement) -> Optional[int]:
    """Where ``previous`` ends when it ends before ``statement``'s source, at most ``PARAGRAPHS_BACK``
    paragraphs back (the stretch a pronoun source may look back over); None otherwise."""
    assert statement.source is not None
    end = _end(previous)
    start = statement.source.start
    if end > start or text.count("\n\n", previous.cue.start, start) > PARAGRAPHS_BACK:
        return None
    return end


def conversation_speaker(text: str, statement: Statement, previous: Optional[Statement],
                         actors: ActorLookup) -> Optional[Actor]:
    """The speaker of ``previous`` for a he/she ``statement`` (see the module docstring), or None."""
    if previous is None or statement.source is None or previous.speaker is None:
        return None
    word = statement.source.text.strip().lower()
    if word not in SPEAKER_PRONOUNS or previous.speaker == statement.speaker:
        return None
    want = "m" if word == "he" else "f"
    candidate = actors.actor(previous.speaker)
    if candidate is None or candidate.kind != "person" or gender_of(candidate) != want \
            or not all(w[:1].isupper() for w in candidate.name.split()):
        return None  # a person known only by a description ("a reporter") is seldom the one who goes on
    if ASKING.match(previous.cue.text.lower()):
        return None  # "A reporter asked Y ... He replied": the one asked answers
    return candidate if _nobody_between(text, statement, previous, candidate, actors, want) else None


def _named(actor: Actor) -> bool:
    """Whether every word of the actor's name is capitalised: a name ("Harry Reid"), not a description."""
    return all(w[:1].isupper() for w in actor.name.split())


def _nobody_between(text: str, statement: Statement, previous: Statement, candidate: Actor, actors: ActorLookup,
                    want: Optional[str]) -> bool:
    """Whether ``previous`` ends before ``statement``'s source, at most ``PARAGRAPHS_BACK`` paragraphs back,
    and no person but ``candidate`` (of gender ``want``, or any when None) is named in between outside
    ``statement``'s content."""
    assert statement.source is not None
    start = statement.source.start
    end = end_within_reach(text, statement, previous)
    if end is None:
        return False
    for actor in actors.to_list():
        if actor.id == candidate.id or actor.kind != "person" or want and gender_of(actor) not in (None, want):
            continue
        for m in actor.mentions:
            if end <= m.start < start and m.text.lower() not in PRONOUNS and not in_content(m.start, statement):
                return False  # someone else is named since: the pronoun may be theirs
    return True


#: a possessive ending, which makes a description someone's own ("Obama's adviser", "the senators' aide")
_POSSESSIVE = re.compile(r"(?:'s|’s|s'|s’)\b")
#: description heads that bring in someone new, or fit anyone
_NOT_VARIATION = NEWCOMER_HEADS | (GENERIC_HEADS - WEAK_ROLE_HEADS) | frozenset(
    {"man", "woman", "person", "boy", "girl", "men", "women", "people"})


def _holds(actor: Actor, head: str) -> bool:
    """Whether a person's title has the description's head word ("Senate Minority Leader": leader)."""
    return head in {w.strip(".,").lower() for w in (actor.title or "").split()}


#: endings of nouns for people, safer than an agent noun's bare "-er"/"-or"
PERSON_ENDINGS = ("ster", "ist", "ian", "writer", "man", "woman")


def person_word(word: str) -> bool:
    """Whether a description's head word names a person, though the actor index made the description an
    organisation ("the GOP speechwriter", "the actress": a name before the noun or an ending no table
    knows): a people noun (``people_nouns.txt``), a person title of the sector table, a title that marks a
    gender, or a longer word with an ending of people (``PERSON_ENDINGS``: "pollster", "columnist",
    "historian", "speechwriter", "radioman"; not the bare "-er"/"-or" of "order", "letter", "border") that is
    no body's, document's or thing's noun."""
    from newsgraph.analyze import resources
    from newsgraph.analyze.actors import dictionaries, names
    from newsgraph.analyze.actors.coref import GENERIC_ORGANIZATION_HEADS
    from newsgraph.analyze.actors.organization_descriptions import INSTITUTION_ENDINGS
    from newsgraph.analyze.actors.phrases import BODY_AGENT_NOUNS, DOCUMENT_HEADS

    if not word.isalpha() or not word.islower():
        return False
    if word in resources.people_nouns() or gender_of_title(word):
        return True
    row = dictionaries.sector_word(word)
    if row is not None:
        return row.kind == "person"
    if word in GENERIC_ORGANIZATION_HEADS or word in INSTITUTION_ENDINGS or word in BODY_AGENT_NOUNS \
            or word in names.inanimate_heads() or word in DOCUMENT_HEADS:
        return False
    return len(word) > 5 and word.endswith(PERSON_ENDINGS)


def described_speaker(text: str, statement: Statement, previous: Optional[Statement],
                      actors: ActorLookup) -> Optional[Actor]:
    """The speaker of ``previous`` for a speaking definite description the actor index gave no named person
    (see the module docstring), or None."""
    if previous is None or statement.source is None or previous.speaker is None:
        return None
    source = statement.source.text.strip()
    words = source.split(",")[0].split()
    if len(words) < 2 or words[0].lower() != "the" or _POSSESSIVE.search(source.split(",")[0]):
        return None
    own = actors.actor(statement.speaker) if statement.speaker is not None else None
    head = words[-1].lower()
    if own is None or own.kind not in ("person", "organization") or _named(own) or own.id == previous.speaker \
            or own.kind == "organization" and not person_word(head):
        return None  # a thing ("the findings underscore") or someone the index knows by name
    shared = previous.source is not None and (previous.source.start, previous.source.end) == (
        statement.source.start, statement.source.end)
    if head in _NOT_VARIATION or " ".join(words[-2:]).lower() in _NOT_VARIATION or not head.isalpha():
        return None
    candidate = actors.actor(previous.speaker)
    if candidate is None or candidate.kind != "person" or not _named(candidate) or len(candidate.name.split()) < 2:
        return None  # a full name: one word may be a people or a party ("Muslim", "Democrat")
    if ASKING.match(previous.cue.text.lower()):
        return None
    marked = gender_of_title(" ".join(words))
    if marked and gender_of(candidate) not in (None, marked):
        return None  # "the actress" is no man
    if re.search(rf"\b(?:a|an|one)\s+{re.escape(' '.join(words[1:]))}\b", text[:statement.source.start], re.I):
        return None  # "a cashier ... the cashier said": the one introduced before
    if not _holds(candidate, head) and any(_holds(a, head) for a in actors.to_list()
                                           if a.kind == "person" and a.id not in (candidate.id, own.id) and _named(a)):
        return None  # "Judge Berman ... Brafman said ... The judge said": the one titled so
    if shared:
        return candidate  # '"A," the candidate told X, saying B': the same subject, already resolved
    return candidate if _nobody_between(text, statement, previous, candidate, actors, None) else None
