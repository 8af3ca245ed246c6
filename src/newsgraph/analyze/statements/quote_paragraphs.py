"""A bare quote: quoted words with no attribution of their own, their speaker the subject of the sentence before.

News writing gives a speaker's words their own paragraph, or the end of one, with no attribution when the
sentence just before has made clear who goes on speaking: "Trump was quick to add that the wall stays."
then '"Building it? Not negotiable."'; "Ash argued in his email that ..." then a quoted paragraph from the
email; "Howard continued his scathing remarks." then the remarks; 'Holm, a pollster, agreed. "Voters are
tired."' ``quote_completion`` already joins a quote paragraph to the statement whose cue sentence ends the
paragraph before; this module reads the bare quotes that rule leaves alone -- the sentence before has no
statement with a speaker (the parse missed its cue, or the cue has no subject), or it is a sentence of the
writer's after the statement ("He then had a question for the crowd.").

A bare quote is a run of quotes that ends its line (paragraph) with nothing but punctuation between and
after them and opens the line or a sentence, at least two words, its last quote closed by a stop, ! or ?
(not a heading in quotation marks, nor one in capitals), no statement's content covering it and no cue in
it. It is the words of the person who is the subject of the sentence right before it (on its line, or the
last of the line before when it opens its line), when

* the main clauses of that sentence (its root, the verbs conjoined to it, the clauses beside it, a speaking
  verb the parser hung before the root as a complement: "If anything, Ash argued, the incident is ...")
  have, outside quotation marks, one person as their active subject (``nsubj`` and the words conjoined to
  it; "Reagan was criticized by Kemp" has none), known by a proper name, and no speaking thing as a
  subject ("the report said");
* that sentence names no other person outside quotation marks ("Manafort and Jason Miller drafted the
  statement." names two: either may speak on);
* a he/she subject stands for the person named as the subject of the nearest sentence before it (on its
  line or the one before) that names one: coreference often hands the pronoun to the story's prominent
  person ("Lu Kang repeated ... he told reporters" is not the expert quoted before).

A statement of that subject cued in that sentence takes the quote as more content; otherwise the quote is
a statement of its own, its source the subject mention and its cue the subject's verb ("add" of "was quick
to add"), writing when the verb is one of writing. Measured on the development renders: see the README's
statements section. Only reads the final actor index (``ActorLookup``).
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.span_index import SpanIndex
from newsgraph.analyze.stages import ActorLookup
from newsgraph.analyze.statements.conversation import in_content
from newsgraph.analyze.statements.cues import speech_verbs
from newsgraph.analyze.statements.quotes import Quote, blank_back
from newsgraph.model import Span, Statement
from newsgraph.nlp.text import line_spans, text_of

#: verbs whose subject writes the words that follow
WRITING_VERBS = frozenset({"write", "post", "tweet", "email", "e-mail", "blog", "pen"})
#: pronouns that stand for a person named elsewhere
PRONOUNS = frozenset({"he", "she", "his", "her", "him", "i", "we", "they", "me", "us", "them"})
#: subject relations that make the subject the doer of the sentence (not "nsubjpass": "was criticized")
SUBJECT_DEPS = frozenset({"nsubj"})


def _bare_tail(text: str, start: int, end: int, quotes: SpanIndex[Quote]) -> Optional[list[Quote]]:
    """The quotes that end the line ``start:end`` with nothing but punctuation and white space between and
    after them, from the first that opens the line or a sentence ('... Musser says. "Several surveys ..."'),
    or None; at least two words."""
    inside = sorted(quotes.overlapping(start, end), key=lambda q: q.start)
    if not inside or any(q.start < start or q.end > end for q in inside) or text[inside[-1].end:end].strip(" \t.,;:"):
        return None
    first = len(inside) - 1
    while first and not text[inside[first - 1].end:inside[first].start].strip(" \t.,;:–—-"):
        first -= 1  # '"A." "B."': quotes side by side go together
    tail = inside[first:]
    before = text[start:tail[0].start].rstrip()
    if before and before.rstrip("\"”’'")[-1:] not in (".", "!", "?"):
        return None  # the quote goes on a sentence of the writer's ('... the motto "Never again."')
    words = sum(len(text[q.start:q.end].split()) for q in tail)
    last = text[tail[-1].start:tail[-1].end].rstrip("\"”’' ")
    if words < 2 or last[-1:] not in (".", "!", "?", "…") or last.isupper():
        return None  # a heading in quotation marks ('"EVENTUALLY VOTERS DECIDE"'), a title, a slogan
    return tail


def _quoted(position: int, quotes: SpanIndex[Quote]) -> bool:
    return any(q.start <= position < q.end for q in quotes.overlapping(position, position + 1))


def _main_clauses(sent) -> list:
    """The heads of a sentence's main clauses: its root, the verbs conjoined to it, the clauses set
    beside it, and a speaking verb the parser hung as a complement before the root."""
    root = sent.root
    heads = [root]
    for token in heads:
        heads.extend(c for c in token.children if c.dep_ in ("conj", "parataxis") and c not in heads)
    # "If anything, Ash argued in his email, the incident is ...": an attribution set before the clause it
    # reports, which the parser hangs below it as a complement
    heads.extend(c for c in root.children if c.dep_ == "ccomp" and c.i < root.i
                 and c.lemma_.lower() in speech_verbs())
    return heads


def _subjects(sent, quotes: SpanIndex[Quote]) -> list:
    """The active subjects of a sentence's main clauses outside quotes, with the words conjoined to them."""
    out = []
    for head in _main_clauses(sent):
        for token in head.children:
            if token.dep_ in SUBJECT_DEPS and not _quoted(token.idx, quotes):
                out.append(token)
                out.extend(c for c in token.children if c.dep_ == "conj")
    return out


def _actor_at(token, actors: ActorLookup, statements: list[Statement]):
    """The speaker of a statement whose source holds ``token`` (what the statement stage made of it: "Amadou
    estimated", a lone first name), else the actor of the index's mention that holds it (a pronoun
    coreference bound), else what the index resolves the token to."""
    for statement in statements:
        if statement.speaker is not None and statement.source is not None \
                and statement.source.start <= token.idx < statement.source.end:
            return actors.actor(statement.speaker)
    for actor in actors.to_list():
        if any(m.start <= token.idx < m.end for m in actor.mentions):
            return actor
    return actors.resolve(token)


def _named_subject_before(doc, sent, floor: int, quotes: SpanIndex[Quote], actors: ActorLookup,
                          statements: list[Statement]):
    """The person named (no pronoun) as a main subject of the nearest sentence before ``sent`` that has one,
    back to the character ``floor``; None when none has."""
    k = sent.start - 1
    while k >= 0 and doc[k].sent.start_char >= floor:
        earlier = doc[k].sent
        for token in _subjects(earlier, quotes):
            actor = _actor_at(token, actors, statements)
            if actor is not None and actor.kind == "person" and token.lower_ not in PRONOUNS:
                return actor
        k = earlier.start - 1
    return None


def _subject(doc, start: int, end: int, quotes: SpanIndex[Quote], actors: ActorLookup,
             statements: list[Statement]):
    """The person who is the one active subject of the last sentence of the line ``start:end`` (outside
    quotes) and the sentence's only person named outside quotes, with the subject's tokens; else None.
    A he/she subject counts only for the person named as the subject of the nearest sentence before it
    (this line or the one before) that names one: coreference often hands a pronoun to the story's
    prominent person ("Lu Kang repeated ... he told reporters": not the expert quoted before)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = doc[span.end - 1].sent
    if sent.start_char < start:
        sent = doc[max(span.start, sent.start):sent.end]
    found = None
    for token in _subjects(sent, quotes):
        actor = _actor_at(token, actors, statements)
        if actor is None or actor.kind != "person":
            if token.head.lemma_.lower() in speech_verbs():
                return None  # "the report said", "the crowd chanted": someone else speaks
            continue  # "the incident is an illustration" beside "Ash argued": a thing is no speaker
        if found is not None and actor.id != found[0].id:
            return None  # two people are the subjects: either may speak on
        if found is None or found[1].lower_ in PRONOUNS:
            found = (actor, token)
    if found is None:
        return None
    actor, token = found
    if not all(w[:1].isupper() for w in actor.name.split()):
        return None  # a person known only by a description ("a reporter")
    if token.lower_ in PRONOUNS:
        text = text_of(doc)
        floor = text.rfind("\n", 0, blank_back(text, text.rfind("\n", 0, sent.start_char) + 1)) + 1
        named = _named_subject_before(doc, sent, floor, quotes, actors, statements)
        if named is None or named.id != actor.id:
            return None
    for other in actors.to_list():
        if other.id != actor.id and other.kind == "person" and any(
                sent.start_char <= m.start < sent.end_char and m.text[:1].isupper() and m.text.lower() not in PRONOUNS
                and not _quoted(m.start, quotes) for m in other.mentions):
            return None  # "Schoen wrote that delegates pledged to Clinton may change": two people named
    return actor, token


def _verb(head):
    """The verb a subject's head stands for: "add" of "was quick to add", else the head itself."""
    if head.lemma_ != "be":
        return head
    for child in head.children:
        if child.dep_ in ("acomp", "xcomp"):
            return next((c for c in child.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), head) \
                if child.dep_ == "acomp" else child
    return head


def quote_paragraph_statements(doc, statements: list[Statement], quotes: SpanIndex[Quote],
                               actors: Optional[ActorLookup]) -> list[Statement]:
    """Statements for the bare quotes of ``doc`` (see the module docstring), ids left empty. A bare quote
    after a sentence whose cue made a statement of the subject's already goes on with that statement
    (its content grows; '"A," Ruiz said. "B."' the parse left apart) and makes none of its own.

    ``statements``: those found so far (only the content of one that goes on changes)."""
    if actors is None or not quotes:
        return []
    text = text_of(doc)
    lines = line_spans(text)
    out: list[Statement] = []
    for k, (start, end) in enumerate(lines):
        tail = _bare_tail(text, start, end, quotes)
        if tail is None:
            continue
        if any(tail[0].start <= s.cue.start < end for s in statements if s.cue is not None) \
                or any(in_content(q.start + 1, s) or in_content(q.end - 2, s) for q in tail for s in statements):
            continue  # a cue of its own, or some statement's words already
        if tail[0].start > start:
            before = (start, blank_back(text, tail[0].start))  # the sentences before it on its line
        elif k:
            before = lines[k - 1]  # a quote paragraph: the paragraph before
        else:
            continue
        found = _subject(doc, *before, quotes, actors, statements)
        if found is None:
            continue
        actor, token = found
        content = [Span.of(text, q.start, q.end) for q in tail]
        sent = token.sent
        cued = [s for s in statements if s.cue is not None and s.frame in ("speech", "writing")
                and sent.start_char <= s.cue.start < sent.end_char]
        if any(s.source is not None and s.source.start <= token.idx < s.source.end and s.speaker != actor.id
               for s in cued):
            continue  # the statement of that subject has a speaker of its own reading: it stands
        going_on = [s for s in cued if s.speaker == actor.id]
        if going_on:
            going_on[-1].content.extend(content)
            if going_on[-1].kind == "indirect":
                going_on[-1].kind = "mixed"
            continue
        mention = next((m for m in actor.mentions if m.start <= token.idx < m.end), None)
        source = mention if mention is not None else Span.of(text, token.idx, token.idx + len(token.text))
        verb = _verb(token.head)
        out.append(Statement(
            id="", speaker=actor.id, source=source, cue=Span.of(text, verb.idx, verb.idx + len(verb.text)),
            content=content, kind="direct",
            frame="writing" if verb.lemma_.lower() in WRITING_VERBS else "speech"))
    return out
