"""A he/she speaker named just before: the person of the pronoun's own sentence, or the subject of the one before.

Coreference weighs every person of the last sentences by salience, and in a story about a prominent
person it often hands "he said" to that person although the sentence that leads to the pronoun names
someone else: "When the prime minister, Ana Ruiz, announced the deal, she said ...", "Tom Brell was the
third witness to testify. He said ...". ``subject_speaker`` gives a he/she source of a statement

* the one person of fitting gender named in the pronoun's own sentence before it (of several, the
  one that is a clause's subject, if only one is);
* else the person of fitting gender who is the subject of the main clause of the sentence right
  before (in the same paragraph; "Ruiz met Brell and ..." -- the subject, as centering has it), when
  only one such person is. A name that opens that sentence before a root verb the parser left with no
  subject counts as its subject ("And Ruiz, for all the progress she made, seems to agree": an aside
  between subject and verb throws the parser); when that sentence opens the paragraph and names no one of
  either known gender, its one subject of unknown gender (no title, given name or bound pronoun tells:
  "Meanwhile Rihanna ... spoke about self-love. '...,' she said") is the one.

A name inside the words the statement reports is only talked about, except in one's own story: words that
open the pronoun's sentence, with the attribution trailing, that name one person of fitting gender followed
by a "her"/"his"/"herself"/"himself" ("A shy student then, Ms. Vell found rowing a cure for her fears,
she said"); a pronoun that goes on from the speaker just before (``conversation``) never gets here.

Only persons known by a proper name count, by their named mentions (no pronouns, which coreference
bound, nor a description capitalised at a sentence's start: "The former governor spoke after Mr. Brell held a
news conference in which he ..." names Brell alone), and none inside quotation marks or inside what a statement reports ("Mr. Vell, who takes no
donations, fits that bill, he added": Vell is talked about); a pronoun after an earlier he/she of its
sentence is left to coreference ("she said ... Clinton ... she added"). A person fits when the title
or given name says the pronoun's gender, or, when they say nothing, the he/she the index bound to
the person does; a person of unknown gender leaves the pronoun to coreference, which weighs the
genders the text gives everyone. Measured on the judged rows of dev sets 1-4 and PolNeAR tune
documents: see the README's statements section. Only reads the final actor index (``ActorLookup``).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Optional

from newsgraph.analyze.actors.gender import gender_of_name, gender_of_title
from newsgraph.analyze.span_index import Coverage
from newsgraph.analyze.stages import ActorLookup
from newsgraph.analyze.statements.conversation import gender_of
from newsgraph.analyze.syntax import SUBJECT_DEPS
from newsgraph.model import Actor, Span, Statement
from newsgraph.nlp.quote_marks import quote_marks
from newsgraph.nlp.text import text_of

#: a possessive or reflexive that makes reported words someone's own story ("her depression", "himself")
OWN_FEMALE = frozenset({"her", "hers", "herself"})
OWN_MALE = frozenset({"his", "himself"})
OTHER = {"m": "f", "f": "m"}
#: words that open a description, not a name, though capitalised at a sentence's start ("The former president")
ARTICLES = frozenset({"the", "a", "an"})


def _gender(actor: Actor) -> Optional[str]:
    """The title's or given name's gender, else the one of the he/she the index bound to the person."""
    return gender_of_title(actor.title) or gender_of_name(actor) or gender_of(actor)


class PeopleByGender:
    """The story's persons known by a proper name, by the gender ``_gender`` gives them (in the index's
    order), and their named mentions in text order: found once per story (the actor index is final), where
    a pass over every actor and every mention for each he/she statement made a story of many people quadratic."""

    def __init__(self, actors: ActorLookup):
        self._actors = actors
        self._found: dict[Optional[str], tuple[list[Actor], list[int], list[tuple[int, int, int, Span]]]] = {}

    def _of(self, want: Optional[str]) -> tuple[list[Actor], list[int], list[tuple[int, int, int, Span]]]:
        """(persons of gender ``want`` (None: unknown), the starts of their named mentions, (start, person's place,
        mention's place, mention) in text order)."""
        if want not in self._found:
            people = [a for a in self._actors.to_list() if a.kind == "person" and _gender(a) == want
                      and all(w[:1].isupper() for w in a.name.split())]
            named = sorted(((m.start, order, k, m) for order, a in enumerate(people) for k, m in enumerate(a.mentions)
                            if m.text[:1].isupper() and m.text.lower() not in ("he", "she", "i", "we")
                            and m.text.split()[0].lower() not in ARTICLES),
                           key=lambda entry: entry[:3])
            self._found[want] = (people, [entry[0] for entry in named], named)
        return self._found[want]

    def named(self, want: Optional[str], start: int, end: int, doc, said: Callable[[int], bool]) -> dict:
        """id -> (person, mentions) of the persons of gender ``want`` named (capitalised, not inside quotes
        nor inside what a statement reports nor inside the question put to the speaker) in [start, end):
        persons in the index's order, each one's mentions in their order, persons with none left out."""
        people, starts, named = self._of(want)
        found: dict[str, tuple[Actor, list[Span]]] = {}
        for _, order, _, m in sorted(named[bisect_left(starts, start):bisect_left(starts, end)],
                                     key=lambda entry: entry[1:3]):
            if not quote_marks(doc).inside(m.start) and not said(m.start) and not _in_question_put(doc, m):
                found.setdefault(people[order].id, (people[order], []))[1].append(m)
        return found


#: verbs of putting a question to someone ("Asked about Ruiz, she said")
ASKED_VERBS = frozenset({"ask", "question", "press", "quiz", "query"})


def _in_question_put(doc, mention) -> bool:
    """Whether a mention is inside a subjectless passive "Asked about X, ..." clause: the question put to
    the one who answers names whom it is about, not who answers ("Asked about her vote if Clinton runs,
    she replied")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.tag_ == "VBN" and t.dep_ in ("advcl", "ccomp", "acl") and t.lemma_.lower() in ASKED_VERBS
               and not any(c.dep_ in SUBJECT_DEPS for c in t.children) for t in span.root.ancestors)


def _clause_word(doc, mention):
    """The token that stands for a mention in its clause (its root, above appositions, compounds and the
    words of a flat name), or None when the mention covers no token."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    while root.dep_ in ("appos", "compound", "flat") and root.head.i != root.i:
        root = root.head
    return root


def _is_subject(doc, mention) -> bool:
    root = _clause_word(doc, mention)
    return root is not None and root.dep_ in SUBJECT_DEPS


#: words that may come before a sentence's opening subject: "And Obama ...", "Meanwhile, Ruiz ..."
OPENERS = frozenset({"CCONJ", "ADV", "INTJ", "PUNCT"})


def _main_subject(doc, mention) -> bool:
    """Whether the mention is the subject of its sentence's root verb, or opens a sentence whose root
    verb the parser left with no subject (``_opening_subject``)."""
    root = _clause_word(doc, mention)
    if root is None:
        return False
    return (root.dep_ in SUBJECT_DEPS and root.head.dep_ == "ROOT") or _opening_subject(doc, mention)


def _opening_subject(doc, mention) -> bool:
    """Whether the mention opens its sentence (after at most a conjunction or adverb: "And", "Meanwhile")
    before a root verb that has no subject of its own: the parser, thrown by an aside between a subject and
    its verb ("And Ruiz, for all the progress she made, seems to agree", "Brell, later alleging that ...,
    said"), hangs the name elsewhere, but the name before the verb is who the sentence is about."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.sent.root
    if verb.pos_ not in ("VERB", "AUX") or span.end > verb.i or \
            any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("csubj", "expl") for c in verb.children):
        return False
    before = [t for t in doc[span.sent.start:span.start] if not t.is_space]
    words = [t for t in before if t.pos_ != "PUNCT"]
    return len(words) <= 1 and all(t.pos_ in OPENERS for t in before) \
        and span.end < len(doc) and doc[span.end].text == ","


def subject_speaker(doc, statement: Statement, actors: ActorLookup,
                    said: Optional[Coverage] = None, people: Optional[PeopleByGender] = None) -> Optional[Actor]:
    """The person a he/she source refers to by the sentences that lead to it (see the module
    docstring), or None to keep the index's answer. ``said``: the content of the statements
    before it (the statement's own content is added here); ``people``: the story's persons (found
    here when not given)."""
    source = statement.source
    if source is None:
        return None
    word = source.text.strip().lower()
    if word not in ("he", "she"):
        return None
    want = "m" if word == "he" else "f"
    token = doc.char_span(source.start, source.end, alignment_mode="expand")
    if token is None:
        return None
    text = text_of(doc)
    others = said if said is not None else Coverage()
    own = Coverage((c.start, c.end) for c in statement.content)

    def inside_said(position: int) -> bool:
        return others.covers(position) or own.covers(position)
    sent = token[0].sent
    if any(t.lower_ == word and not quote_marks(doc).inside(t.idx) for t in doc[sent.start:token.start]):
        return None  # "she said ... with Clinton -- and she admitted": the first he/she leads the rest
    people = people if people is not None else PeopleByGender(actors)
    here = people.named(want, sent.start_char, source.start, doc, inside_said)
    if not here:
        here = _reported_about(doc, statement, people, want, sent, others.covers)
    if len(here) == 1:
        return next(iter(here.values()))[0]
    if len(here) > 1:
        subjects = [a for a, ms in here.values() if any(_is_subject(doc, m) for m in ms)]
        return subjects[0] if len(subjects) == 1 else None
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    if "\n" in text[previous.end_char:sent.start_char].strip(" ") or quote_marks(doc).inside(sent.start_char):
        return None  # another paragraph, or the pronoun's sentence goes on inside a quote
    there = people.named(want, previous.start_char, previous.end_char, doc, inside_said)
    subjects = [a for a, ms in there.values() if any(_main_subject(doc, m) for m in ms)]
    if not there and _opens_paragraph(text, previous.start_char) \
            and not people.named(OTHER[want], previous.start_char, previous.end_char, doc, inside_said):
        # no one of either gender named in a sentence that opens the paragraph: its subject, whose gender no
        # title, given name or pronoun tells, is the one the paragraph turns to ("Meanwhile Rihanna, who was
        # honored, spoke about self-love. '...,' she said"); inside a paragraph, a woman named before may
        # still be the one meant, which coreference weighs
        unknown = people.named(None, previous.start_char, previous.end_char, doc, inside_said)
        subjects = [a for a, ms in unknown.values() if any(_main_subject(doc, m) for m in ms)]
    return subjects[0] if len(subjects) == 1 else None


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens a paragraph (or the text)."""
    line = text.rfind("\n", 0, start)  # the start of its line: no copy of the text before it
    return not text[line + 1:start].strip(" \t\u00a0")


def _reported_about(doc, statement: Statement, people: PeopleByGender, want: str, sent,
                    said: Callable[[int], bool]) -> dict:
    """The persons (id -> (actor, mentions)) named in the statement's own reported words when those words
    open the pronoun's sentence, the attribution trails them and a possessive or reflexive of the pronoun's
    gender follows the name in them, outside quotation marks ("A shy student then, Ms. Vell found rowing a
    cure for her fears, she said"): someone telling their own story. Words that only judge someone
    ("Peter Vell fits that bill, he added") name who is talked about."""
    source = statement.source
    assert source is not None
    spans = [(c.start, c.end) for c in statement.content]
    if not spans or not all(sent.start_char <= a and b <= source.start for a, b in spans):
        return {}
    own = OWN_FEMALE if source.text.strip().lower() == "she" else OWN_MALE
    marks = quote_marks(doc)
    owning = [t.idx for t in doc[sent.start:sent.end] if t.lower_ in own and t.idx < source.start
              and any(a <= t.idx < b for a, b in spans) and not marks.inside(t.idx)]
    found = {}
    for actor, named in people.named(want, sent.start_char, source.start, doc, said).values():
        mentions = [m for m in named if any(a <= m.start < b for a, b in spans) and any(i > m.start for i in owning)]
        if mentions:
            found[actor.id] = (actor, mentions)
    return found
