"""Pronouns that stand for an event's doer or target, read through the final actor index only.

"... pinning 800 students inside. Police threatened to fire on them": a recipient's "them" takes up the
group named last before it; "The US President's attempts ... during his press conference": a possessive or
subject pronoun takes up the person who is its clause's subject, else a person named earlier in the
sentence, preferring one of another country than the other side, over the index's antecedent from an
earlier sentence. A "he"/"she" inside a speaker's own quoted words is not that speaker
(``quoted_third_person``); "the GOP nominee" is the one person the story titles so (``party_person``).
Nothing here creates an actor.
"""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.analyze.actors.allegiance import parties_named
from newsgraph.analyze.actors.coref import PLURAL
from newsgraph.analyze.actors.gender import FEMALE, MALE, gender_of_name, gender_of_titled
from newsgraph.analyze.events.participants import first_child, is_someone
from newsgraph.analyze.events.references import OBJECT_PRONOUNS, nearest_mention
from newsgraph.analyze.events.spans import noun_phrase
from newsgraph.model import Span
from newsgraph.nlp.quote_marks import quote_marks

#: first-person pronouns: they stand for whoever speaks, not for anyone named before them
FIRST_PERSON = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}

#: object pronouns and the kinds of actor they take up ("him"/"her" are left out: the index does not know
#: a person's gender, and the nearest person is as often the wrong one)
PRONOUN_KINDS = {"them": ("group", "organization", "country")}


def object_pronoun_antecedent(pronoun, actors, avoid: Optional[str]):
    """The actor a recipient's object pronoun "them" takes up when its own sentence names
    none: the actor of the pronoun's kind named last before it, in its sentence or the one before, other
    than the doer ("... pinning 800 students inside. Police threatened to fire on them": the students);
    not the "by" agent of a passive."""
    kinds = PRONOUN_KINDS.get(pronoun.lower_)
    if kinds is None or pronoun.dep_ not in ("dobj", "pobj", "dative") or pronoun.head.lower_ == "by":
        return None
    if pronoun.lower_ == "them" and _things_before(pronoun):
        return None  # "lifted the sanctions ... and will not reimpose them": things, not people
    return nearest_mention(pronoun, actors, avoid, kinds=kinds, sentences=2)


def _things_before(pronoun) -> bool:
    """Whether the plural noun named last before ``pronoun`` (in its sentence or the one before) is a
    thing ("sanctions"), which "them" then most likely takes up."""
    doc = pronoun.doc
    start = pronoun.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for token in reversed(doc[start:pronoun.i]):
        if token.tag_ in ("NNS", "NNPS") and token.dep_ not in ("compound", "amod"):
            return not is_someone(token)
    return False


def pronoun_antecedent(pronoun, actors, other):
    """A person named earlier in the sentence as subject or possessor, preferring one of another
    country than ``other``; else what the actor index resolved the pronoun to. A plural pronoun takes up
    the index's group, body or country, else a plural noun or a pair named before it in its sentence,
    rather than one person (kept only when the sentence offers no such antecedent)."""
    resolved = actors.resolve(pronoun.doc[pronoun.i:pronoun.i + 1])
    if pronoun.lower_ in FIRST_PERSON:
        # '"If Trump wins, I can't go there," the mayor said': "I" is the one speaking (the index's reading,
        # else the statement's speaker), never a third person the sentence names before it
        return (resolved, pronoun.doc[pronoun.i:pronoun.i + 1]) if resolved is not None else (None, None)
    reporter = relative_reporter(pronoun, actors)
    if reporter is not None and reporter[0] is not None and (other is None or reporter[0].id != other.id) \
            and agrees(pronoun, reporter[0]):
        return reporter
    if not agrees(pronoun, resolved):
        resolved = None  # "Clinton's campaign criticized him": "him" is not Hillary Clinton
    if pronoun.lower_ in PLURAL:  # never one person ("the paper's fact-checkers ... they ridicule")
        plural = _plural_antecedent(pronoun, actors, other, resolved)
        if plural[0] is not None:
            return plural
    preposed = _preposed_clause_person(pronoun, actors)
    if preposed is not None and (other is None or preposed[0].id != other.id) and agrees(pronoun, preposed[0]):
        return preposed
    clause_subject = _clause_subject_person(pronoun, actors)
    if clause_subject is not None and (other is None or clause_subject[0].id != other.id) \
            and agrees(pronoun, clause_subject[0]):
        return clause_subject
    candidates = []
    for token in pronoun.sent:
        if token.i >= pronoun.i:
            break
        # a recipient's pronoun may also stand for someone named as an object ("called X and urged him")
        deps = ("nsubj", "nsubjpass", "poss") if other is None else ("nsubj", "nsubjpass", "poss", "dobj", "pobj")
        if token.dep_ in deps and token.pos_ in ("PROPN", "NOUN"):
            span = noun_phrase(token)
            actor = actors.resolve(span)
            if actor is None and other is not None and token.ent_type_ == "PERSON":
                span = _entity_span(token)  # "Prime Minister X of Norway": the name alone
                actor = actors.resolve(span)
            if actor is not None and actor.kind == "person" and agrees(pronoun, actor):
                candidates.append((actor, span))
    candidates.reverse()  # the nearest first
    if resolved is not None:
        candidates.append((resolved, pronoun.doc[pronoun.i:pronoun.i + 1]))
    if other is not None:
        # a recipient's pronoun is not the actor ("X called Y and urged him"): Y
        others = [c for c in candidates if c[0].id != other.id]
        if others and resolved is not None and resolved.id == other.id:
            return others[0]
        if others:
            candidates = others
    if other is not None and all(c[0].id == other.id for c in candidates) and pronoun.lower_ in OBJECT_PRONOUNS \
            and pronoun.dep_ in ("dobj", "pobj"):
        # "Ginsburg ... criticizing him": an object pronoun is not its own clause's doer (that would be
        # "himself"); the person named last before it, other than the doer
        nearest = nearest_person(pronoun, actors, other.id, sentences=1)
        return (nearest, pronoun.doc[pronoun.i:pronoun.i + 1]) if nearest is not None else (None, None)
    if not candidates:
        return None, None
    if other is not None and other.country:
        for actor, span in candidates:
            if actor.country and actor.country != other.country and actor.id != other.id:
                return actor, span
    if resolved is not None and len(candidates) > 1 and not _named_before_in_sentence(resolved, pronoun):
        # the index took the pronoun up from an earlier sentence, but its own sentence names a person as
        # subject or possessor before it ("where Ryan has managed to remain popular, some made clear they
        # would like to see him come around"): the nearer one
        return candidates[0]
    return candidates[-1] if resolved is not None else candidates[0]


def person_gender(actor) -> Optional[str]:
    """"f"/"m" for a person whose given name or title marks a gender ("Hillary Clinton", "spokeswoman
    Ada Obi"), else whose gendered pronouns the actor index linked to them all agree; None when unknown."""
    if actor is None or actor.kind != "person":
        return None
    gender = gender_of_name(actor) or gender_of_titled(actor, actor.title)
    if gender is not None:
        return gender
    said = {m.text.lower() for m in actor.mentions}
    male, female = bool(said & MALE), bool(said & FEMALE)
    return "m" if male and not female else "f" if female and not male else None


def agrees(pronoun, actor) -> bool:
    """Whether a he/she pronoun may stand for ``actor``: not for a person of the other known gender
    ("Hillary Clinton's campaign criticized him": not Clinton); any other pronoun or actor agrees."""
    said = "m" if pronoun.lower_ in MALE else "f" if pronoun.lower_ in FEMALE else None
    known = person_gender(actor)
    return said is None or known is None or said == known


def nearest_person(pronoun, actors, avoid: Optional[str], sentences: int = 1, by_name: bool = False,
                   agreeing: bool = True):
    """The person whose mention ends last before ``pronoun`` in its sentence (or, by ``sentences``, the
    ones before), other than ``avoid`` and, when ``agreeing``, of a gender the pronoun agrees with
    (``agrees``); by name only (no pronoun mention) when ``by_name``; None when there is none."""
    sent = pronoun.sent
    start = sent.start
    for _ in range(sentences - 1):
        if start > 0:
            start = pronoun.doc[start - 1].sent.start
    begin = pronoun.doc[start].idx
    best, best_end = None, -1
    for actor in actors.to_list():
        if actor.id == avoid or actor.kind != "person" or agreeing and not agrees(pronoun, actor):
            continue
        for mention in actor.mentions:
            if begin <= mention.start and mention.end <= pronoun.idx and mention.end > best_end \
                    and not (by_name and mention.text.lower() in PRONOUNS):
                best, best_end = actor, mention.end
    return best


def _named_before_in_sentence(actor, pronoun) -> bool:
    """Whether ``actor`` has a mention in the pronoun's sentence before it."""
    start = pronoun.sent.start_char
    return any(start <= m.start and m.end <= pronoun.idx for m in actor.mentions)


def _plural_antecedent(pronoun, actors, other, resolved):
    """The index's reading of ``pronoun`` unless it is one person; else the actor of the plural noun named
    last before it in its sentence as a subject, possessor or (for a recipient) an object, other than
    ``other``; else nothing."""
    if resolved is not None and resolved.kind != "person":
        parallel = _parallel_subject(pronoun, actors, resolved) if other is None else None
        return parallel or (resolved, pronoun.doc[pronoun.i:pronoun.i + 1])
    deps = ("nsubj", "nsubjpass", "poss") if other is None else ("nsubj", "nsubjpass", "poss", "dobj", "pobj")
    for token in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if token.dep_ in deps and token.pos_ in ("PROPN", "NOUN") and any(
                c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for c in token.children):
            # "Trump and Ryan issued a statement describing their meeting": the pair, the first as the doer
            actor, span = named_actor(token, actors)
            if actor is not None and (other is None or actor.id != other.id):
                return actor, span
        if token.dep_ in deps and token.tag_ in ("NNS", "NNPS"):
            span = noun_phrase(token)
            actor = actors.resolve(span)
            body = next((c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            if actor is None and body is not None:
                # "the Post's fact-checkers": the body they work for (not a person's: "Trump's supporters")
                actor = actors.resolve(noun_phrase(body))
                actor = actor if actor is not None and actor.kind != "person" else None
            if actor is not None and (other is None or actor.id != other.id):
                return actor, span
    return None, None


#: where an object stands: an object of its verb or preposition, or a name joined to one
_OBJECT_DEPS = ("dobj", "pobj", "dative", "iobj")


def _parallel_subject(pronoun, actors, resolved):
    """A doer's "they" keeps to the subject of its sentence's earlier clause when the index took it up from
    that clause's object: "the soldiers beat them and other marchers; then, as crowds grew, they fired
    on the square" (the soldiers, not the marchers). Only a group, body or country as subject, and only
    when every mention of the index's antecedent before the pronoun in the sentence is an object."""
    if pronoun.dep_ != "nsubj":
        return None
    mentions = []
    subject = None
    for token in pronoun.doc[pronoun.sent.start:pronoun.i]:
        if token.pos_ not in ("PROPN", "NOUN", "PRON") or token.dep_ in ("compound", "amod", "poss"):
            continue
        actor = actors.resolve(noun_phrase(token)) if token.pos_ != "PRON" else actors.resolve(
            token.doc[token.i:token.i + 1])
        if actor is None:
            continue
        if actor.id == resolved.id:
            mentions.append(token)
        elif token.dep_ == "nsubj" and actor.kind != "person" and token.pos_ != "PRON":
            subject = (actor, noun_phrase(token))
    if subject is None or not mentions:
        return None
    for token in mentions:
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if token.dep_ not in _OBJECT_DEPS:
            return None
    return subject


def _entity_span(token):
    """The named entity ``token`` is part of."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


#: conjunctions of a condition or time clause put before the clause it qualifies ("if X wins, he ...")
PREPOSED_MARKS = {"if", "when", "once", "unless", "after", "before", "whenever"}


def _preposed_clause_person(pronoun, actors):
    """The person a subject pronoun takes up from a condition or time clause put before its own clause:
    "Beck said if Trump wins, he would impose ...": Trump (the nearest subject), not the one who said it.
    The clause's subject, or the one person it names when the parse gives it none ("if Trump wins" read
    as a noun phrase); else None."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("he", "she"):
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i or not any(
                c.dep_ == "mark" and c.lower_ in PREPOSED_MARKS for c in clause.children):
            continue
        subject = first_child(clause, ("nsubj", "nsubjpass"))
        named = [subject] if subject is not None else [t for t in clause.subtree if t.ent_type_ == "PERSON"
                                                       and t.dep_ in ("compound", "nsubj") and t.head.i == clause.i]
        for token in named:
            if token.pos_ == "PRON":
                return None  # "if he wins, he ...": the same person, whoever the index says
            span = noun_phrase(token)
            actor = actors.resolve(span)
            if actor is not None and actor.kind == "person":
                return actor, span
    return None


def _clause_subject_person(pronoun, actors):
    """The person who is the subject (or the subject's possessor) of the pronoun's clause:
    "The US President's attempts ... were made during his press conference" -> the US President."""
    verb = pronoun.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or pronoun in subject.subtree:
        return None
    for token in [c for c in subject.children if c.dep_ == "poss"] + [subject]:
        if token.pos_ == "PRON":
            continue
        span = noun_phrase(token)
        actor = actors.resolve(span)
        if actor is not None and actor.kind == "person":
            return actor, span
    return None



#: relative pronouns that stand for the noun their clause modifies
RELATIVE_PRONOUNS = {"who", "that"}
#: verbs of saying, thinking and promising whose subject's own "he"/"they" follows in what they say
SAYING = {"say", "tell", "claim", "insist", "argue", "suggest", "warn", "vow", "promise", "pledge", "declare",
          "announce", "believe", "think", "write", "tweet", "boast", "brag", "threaten", "admit", "acknowledge"}


def relative_reporter(pronoun, actors):
    """The one a relative clause of saying is about, for a subject pronoun in what it says: "Donald Trump -
    who previously said he would bomb X": Trump; "the superdelegates who've said they support Clinton": the
    superdelegates. "who" stands for the noun it modifies, and the speaker's "he"/"they" for the speaker:
    (its actor, or None when the index has none, and its span); None when the pronoun is in no such clause."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ccomp":
        return None
    said = pronoun.head.head
    if said.dep_ != "relcl" or said.head.i == said.i or said.lemma_.lower() not in SAYING:
        return None  # (not "an agreement that would see him endorse her": no one speaks)
    relative = first_child(said, ("nsubj",))
    if relative is None or relative.lower_ not in RELATIVE_PRONOUNS:
        return None
    noun = said.head
    if noun.pos_ not in ("NOUN", "PROPN") or not is_someone(noun):
        return None  # "those who believe he should not have": "those" is not who "he" is
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        noun = noun.head  # "Donald Trump, the front-runner who said he ...": Trump
    if (pronoun.lower_ in PLURAL) != (noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)):
        return None  # "they" for one person, "he" for a group: the parse or the pronoun points elsewhere
    return named_actor(noun, actors)


def named_actor(noun, actors):
    """The actor a noun names and the span that names it: its whole phrase, else the name alone (from the
    phrase's first word to the noun; the parse may hang an aside or a clause on the name): (the actor, or
    None when the index has none, and the span last tried)."""
    span = noun_phrase(noun)
    actor = actors.resolve(span)
    if actor is None:
        span = noun.doc[noun.left_edge.i:noun.i + 1]
        actor = actors.resolve(span)
    return actor, span


#: third-person pronouns for one person: inside a speaker's own quoted words they are someone else
#: (a speaker says "I"), whoever the index resolved them to
THIRD_PERSON = {"he", "she", "him", "her", "his"}
PRONOUNS = THIRD_PERSON | {"hers", "himself", "herself", "i", "me", "my", "we", "us", "our", "they", "them", "their"}


def quoted_third_person(token, speaker: Optional[str], resolved: Optional[str]) -> bool:
    """Whether ``token`` is "he"/"she"/"him"/"her"/"his" inside quotation marks opened in its paragraph
    and read as ``speaker``, the one whose quoted words hold it: '"She worked for X as he marched," Y
    said' - "he" is not Y."""
    return token is not None and token.pos_ == "PRON" and token.lower_ in THIRD_PERSON \
        and speaker is not None and resolved == speaker and quote_marks(token.doc).inside(token.idx)


def quoted_other(token, actors, speaker: Optional[str]):
    """Whom a quoted third-person pronoun stands for when the index read it as the speaker whose words
    hold it ('"When I came in, I greeted him," the minister said': not the minister): the person of an
    agreeing gender named by name last before it, in its sentence or the two before; (None, None) when
    there is none."""
    other = nearest_person(token, actors, speaker, sentences=3, by_name=True)
    if other is None:
        return None, None
    return other.id, Span.from_spacy(token.doc[token.i:token.i + 1])


def other_than_speaker(token, actors, speaker: Optional[str]):
    """The person named by name last before a quoted third-person pronoun in its sentence, other than the
    speaker whose words hold it (``quoted_third_person``; not another pronoun: "She worked for X as he
    marched" - "he" is not "she"); (None, None) when the index lists no such person."""
    best = nearest_person(token, actors, speaker, by_name=True, agreeing=False)
    if best is None:
        return None, None
    return best.id, Span.from_spacy(token.doc[token.i:token.i + 1])


#: the one person a party has in a race at a time, by the words a story titles them with ("the GOP
#: front-runner", "Republican presidential nominee X"); each set is one role (as ``actors.coref.SYNONYMS``
#: has it). Not "candidate": a primary has many ("the GOP candidate" in July 2016 is not Jeb Bush, the one
#: the story titled so)
CANDIDACY_HEADS = ({"nominee", "standard-bearer"}, {"front-runner", "frontrunner"})
TITLE_REACH = 4  # words before a name that may title it ("GOP presidential nominee Donald Trump")


def party_person(head, phrase, actors):
    """The one person the story titles with the party and candidacy a phrase names ("the GOP nominee" ->
    the person introduced as "Republican presidential nominee X" or "X, the Republican nominee"), for a
    singular candidacy head; None when the story titles no one, or more than one person, so."""
    if head.tag_ != "NN":
        return None
    words = " ".join(t.lower_ for t in phrase[:head.i - phrase.start + 1]).replace(" - ", "-")
    role = next((r for r in CANDIDACY_HEADS if any(words.endswith(w) for w in r)), None)
    if role is None:
        return None
    parties = parties_named(t.text for t in phrase if t.i != head.i)
    if not parties:
        return None
    doc = head.doc
    found = set()
    for actor in actors.to_list():
        if actor.kind != "person":
            continue
        for mention in actor.mentions:
            words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if words is None or words.start <= head.i < words.end:
                continue
            near = [t for t in doc[max(words.start - 2 * TITLE_REACH, 0):words.start] if not t.is_space]
            near = near[-TITLE_REACH:]
            after = [t for t in doc[words.end:words.end + 2 + TITLE_REACH] if t.sent.start == words.sent.start]
            if after and after[0].text == ",":
                near += after
            title = " ".join(t.lower_ for t in near).replace(" - ", "-")  # "front - runner"
            if any(re.search(rf"\b{re.escape(word)}\b", title) for word in role) \
                    and parties_named(t.text for t in near) & parties:
                found.add(actor.id)
    return next(a for a in actors.to_list() if a.id in found) if len(found) == 1 else None


#: the heads of a description of one party's candidate in a race: the nominee and front-runner above, and
#: one of its several candidates ("the GOP candidate", "the Democratic hopeful")
CANDIDATE_HEADS = frozenset({"nominee", "standard-bearer", "front-runner", "frontrunner", "candidate", "contender",
                             "hopeful"})


def party_candidate(head, phrase) -> bool:
    """Whether a singular phrase describes a person by the party they run for ("the GOP nominee", "the
    Republican presidential candidate"): a person, not the party its adjective names (reviewers judged the
    party wrong for 3 such recipients of 3 over the development labels, all attacks); "the party's nominee",
    whose party is no word of it, is not one, nor the role a clause backs or will back ("going to support the
    Republican nominee": whoever it will be, the party)."""
    if head.tag_ != "NN":
        return False
    words = " ".join(t.lower_ for t in phrase[:head.i - phrase.start + 1]).replace(" - ", "-")
    if not any(words.endswith(w) for w in CANDIDATE_HEADS):
        return False
    if not parties_named(t.text for t in phrase if t.i < head.i and t.dep_ in ("amod", "compound", "nmod")):
        return False
    return not _backs_the_role(head)


#: verbs by which one backs whoever will hold a party's candidacy ("I'm going to support the Republican
#: nominee", "expected to endorse the Democratic candidate"): the party, as CAMEO codes it
BACKING = frozenset({"support", "endorse", "back", "vote", "rally", "unite", "elect", "nominate", "choose", "pick"})
FUTURE_FRAMES = frozenset({"go", "expect", "plan", "intend", "pledge", "promise", "vow", "want", "hope"})


def _backs_the_role(head) -> bool:
    """Whether the clause a candidacy description is (the owner of) an argument of backs or will back the
    role rather than attack the person: a backing verb, or one in a future or intended frame."""
    verb = head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() in BACKING:
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "wo", "shall") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FUTURE_FRAMES

