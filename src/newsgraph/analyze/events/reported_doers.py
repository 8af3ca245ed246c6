"""A doer "he"/"she"/"they" of a reported clause: the one who reports it; of a statement's source: its speaker.

"Trump, later alleging that Obama wanted to admit 250,000 Syrians, said he would deport refugees": the
subject pronoun of a clause reported by a verb of saying, promising or thinking takes up that verb's own
subject ("X said he would", "the party vowed they would"), the speaker telling of their own act, far more
often than a person named in between (here Obama, the subject nearest before the pronoun, whom the
sentence-level reading took). A reporting verb with no subject of its own has the doer its clause gives it
("After suggesting that he regretted ..., Rubio": Rubio; "men bring their daughters and tell me that they
...": the men). The statement stage has already resolved who says it, with its own pronoun resolution for
a "she said" source ("She said she asked the question ...": the person the sentences before name); the
event takes that speaker when the reporting verb's subject is the statement's source, else the actor the
index gives the reporting verb's named subject. A pronoun that is itself a statement's source
('"...," he vowed') is that statement's speaker.

Not for a pronoun inside quotation marks (a speaker's own "he" is someone else), nor after a reporting
verb told to someone of its own ("X told Y he would": either; "told me he would" is the reporter's), nor
for a reporting clause that follows its pronoun ("he will go, X said" may be about another), nor after a
condition or time clause with its own subject ("X said if Trump wins, he would": Trump, ``pronouns``), nor
when the reporter disagrees with the pronoun (a "he" for a woman, a "they" for one person). Only reads the
final actor index (no actor made).
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.actors.coref import PLURAL
from newsgraph.analyze.events import subjects
from newsgraph.analyze.events.participants import first_child
from newsgraph.analyze.events.pronouns import FIRST_PERSON, PREPOSED_MARKS, SAYING, agrees, named_actor
from newsgraph.analyze.events.spans import noun_phrase
from newsgraph.model import Span, Statement
from newsgraph.nlp.quote_marks import quote_marks

#: verbs that report what their subject says, hopes or intends of itself, besides those of ``SAYING``
REPORTING = SAYING | {"add", "note", "state", "hope", "predict", "indicate", "signal", "hint", "contend",
                      "maintain", "assert", "swear", "testify", "explain"}
#: the subject pronouns this reads
SUBJECT_PRONOUNS = {"he", "she", "they"}


def reported_doer(pronoun, statement: Optional[Statement], actors,
                  speakers: Optional[dict] = None) -> Optional[tuple[str, Span]]:
    """(actor id, span) of the one who reports the clause whose subject is ``pronoun`` (see the module
    docstring), or None when ``pronoun`` is no such subject or the reporter is not an actor that fits.
    ``speakers``: (start, end) of each statement's source -> its speaker's id (``statement_speakers``): a
    pronoun that is itself a statement's source ('"...," he vowed') is that statement's speaker."""
    if pronoun is None or pronoun.pos_ != "PRON" or pronoun.lower_ not in SUBJECT_PRONOUNS \
            or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    own = (speakers or {}).get((pronoun.idx, pronoun.idx + len(pronoun.text)))
    if own is not None:
        speaker = actors.actor(own)
        return (own, Span.from_spacy(pronoun.doc[pronoun.i:pronoun.i + 1])) \
            if speaker is not None and _fits(pronoun, speaker) else None
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    said = clause.head
    if said.lemma_.lower() not in REPORTING or said.dep_ == "relcl" or quote_marks(pronoun.doc).inside(pronoun.idx):
        return None  # (a relative clause of saying: ``pronouns.relative_reporter``)
    if _told_someone(said) or _preposed_clause(clause, pronoun):
        return None
    subject = first_child(said, ("nsubj",))
    if subject is None:
        # a reporting verb with no subject of its own: its doer by control, coordination or a time adjunct
        # ("After suggesting that he regretted ..., Rubio", "men bring X and tell me that they ..."), who
        # may come after the pronoun
        subject = subjects.subject(said)
    elif subject.i > pronoun.i:
        return None  # "he will go, X said": the "he" may be another
    if subject is None:
        name = _opening_name(said)
        actor = actors.resolve(name) if name is not None else None
        return (actor.id, Span.from_spacy(name)) if actor is not None and _fits(pronoun, actor) else None
    if subject.i == pronoun.i:
        return None
    span = noun_phrase(subject) if subject.pos_ != "PRON" else subject.doc[subject.i:subject.i + 1]
    actor = None
    if statement is not None and statement.speaker is not None and statement.source is not None \
            and statement.source.start < span.end_char and span.start_char < statement.source.end:
        actor = actors.actor(statement.speaker)  # the statement's speaker, as the statement stage resolved it
    elif subject.pos_ != "PRON":
        # the phrase, else the name alone ("Trump, later alleging that ..., said": the parse may hang the
        # aside on the name)
        actor, _ = named_actor(subject, actors)
    if actor is None or not _fits(pronoun, actor):
        return None
    return actor.id, Span.from_spacy(subject.doc[subject.left_edge.i:subject.i + 1])  # the name, not its aside


#: words that may open a sentence before its subject ("And Trump, ...", "But Ryan, ...")
OPENERS = ("CCONJ", "ADV", "INTJ")


def _opening_name(verb):
    """The name that opens the sentence of a root reporting verb the parser left with no subject, set off by
    a comma ("Trump, later alleging that Obama wanted ..., said he would"): an aside between a subject and
    its verb throws the parser, but the name before it is who speaks (as ``statements.subject_pronouns``
    reads such a sentence); None when the sentence opens otherwise."""
    sent = verb.sent
    if verb.i != sent.root.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    start = sent.start
    while start < verb.i and verb.doc[start].pos_ in OPENERS + ("PUNCT",) and verb.doc[start].text != ",":
        start += 1
    comma = next((t.i for t in verb.doc[start:verb.i] if t.text == ","), None)
    if comma is None or comma == start or comma - start > 4:
        return None
    name = verb.doc[start:comma]
    # capitalised words (the tagger may take a surname for an adjective: "Trump, ..."), "the" at most
    return name if all(t.pos_ == "DET" or t.text[:1].isupper() for t in name) \
        and any(t.pos_ != "DET" for t in name) else None


def _preposed_clause(clause, pronoun) -> bool:
    """Whether a condition or time clause stands before the pronoun in its own clause ("X said if Trump
    wins, he would ..."): the pronoun then takes up that clause's subject (``pronouns``), not the reporter."""
    return any(c.dep_ == "advcl" and c.i < pronoun.i and any(m.dep_ == "mark" and m.lower_ in PREPOSED_MARKS
                                                             for m in c.children) for c in clause.children)


def _told_someone(said) -> bool:
    """Whether the reporting verb is told to a named person or a pronoun ("told Ryan he", "assured her
    she"): its clause's "he"/"she" may then be the one told."""
    return any(c.dep_ in ("dobj", "dative") and (c.ent_type_ == "PERSON" or c.pos_ == "PRON"
                                                 and c.lower_ not in FIRST_PERSON) for c in said.children)


def _fits(pronoun, actor) -> bool:
    """A "they" for a group, body or country, a "he"/"she" for a person of an agreeing (or unknown) gender."""
    if pronoun.lower_ in PLURAL:
        return actor.kind != "person"
    return actor.kind == "person" and agrees(pronoun, actor)


def statement_speakers(statements) -> dict:
    """(start, end) of each statement's source that is a he/she/they -> the speaker the statement stage
    resolved it to (its own pronoun resolution: ``statements.subject_pronouns``), for ``reported_doer``."""
    return {(s.source.start, s.source.end): s.speaker for s in statements or ()
            if s.source is not None and s.speaker is not None and s.source.text.strip().lower() in SUBJECT_PRONOUNS}
