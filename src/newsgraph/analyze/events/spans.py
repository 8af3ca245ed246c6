"""The words of an event's doer and target: the whole noun phrase of the clause, as event coders mark them.

``participant`` finds *which* actor a phrase names, often from a word inside it ("Afghan" of "an Afghan
army base", "Trump" of "Trump's decision", "Merkel" of "Angela Merkel, the German chancellor"). The span an
event shows is the clause's phrase that names its doer or target, the way the annotators of ConfliBERT's
CAMEO source/target spans mark it: the noun phrase the name sits in, from its determiner on, with its
modifiers and compounds, the thing a possessor owns ("the Croatian government's request"), an "of"
phrase ("the government of Iraq"), an apposition ("Angela Merkel, the German chancellor"), a bracketed
acronym ("the National Security Council (NSC)"), a place or origin phrase ("protesters in southern
Nepal", "soldiers from the army") and a participle clause ("warplanes supported by Russia").
Coordinated names of a doer stay one phrase ("the US and China"); the span never takes in the event's own
trigger words or the other side's words.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.events.participants import TARGET_PLACES, is_someone
from newsgraph.model import Span

#: links inside one noun phrase: a word with one of these hangs on the phrase's head
INSIDE_PHRASE = {"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "case", "appos", "predet"}
#: prepositions whose object belongs to the phrase it hangs on ("the government of Iraq", "police in X")
PHRASE_PREPS = {"of", "in", "from", "at", "like"}
NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")
#: dependents never part of the phrase: relative, adverbial and complement clauses, a following prepositional
#: phrase of another kind ("for revocation of ..."), punctuation
CUT = {"relcl", "advcl", "ccomp", "xcomp", "csubj", "mark", "cc", "conj", "punct", "prep", "advmod", "neg"}


def _climb(token, stop: set, names_act):
    """The head of the noun phrase ``token`` is part of: up through compounds, modifiers, possessors,
    appositions and "of/in/from" objects, never onto an event word (``stop``) nor through a preposition
    onto a noun that names an act (``names_act``: "imports of British beef", "attacks in Tehran")."""
    for _ in range(8):
        head = token.head
        if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in PHRASE_PREPS \
                and head.head.pos_ in NOMINAL and head.head.i not in stop and head.head.i != head.i \
                and not names_act(head.head):
            token = head.head  # "Iraq" of "the government of Iraq"
        elif head.i != token.i and head.i not in stop and head.pos_ in NOMINAL and token.dep_ in INSIDE_PHRASE:
            token = head
        else:
            return token
    return token


def _phrase_tokens(head, stop: set, conjuncts: bool, named: set) -> list:
    """``head`` and the dependents that belong to its phrase (see the module text); ``named``: the
    indices of the words naming the actor, which a participle clause is kept for."""
    keep = [head]
    stack = [c for c in head.children]
    while stack:
        child = stack.pop()
        if child.i in stop:
            continue
        if child.head.i == head.i and not _belongs(child, conjuncts) \
                and not (child.dep_ == "acl" and named & {t.i for t in child.subtree}):
            continue
        if child.head.i != head.i and child.dep_ in ("relcl", "advcl", "ccomp"):
            continue
        keep.append(child)
        stack.extend(child.children)
    return keep


def _belongs(child, conjuncts: bool) -> bool:
    if child.dep_ in ("cc", "conj"):
        return conjuncts
    if child.dep_ == "prep":
        return _identifying(child)
    if child.dep_ == "acl":
        return _defining(child)
    if child.dep_ == "punct":
        return child.text in ("(", ")")
    return child.dep_ not in CUT


#: what a place phrase may name: a place, not a time or a circumstance ("in May", "in reaction")
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}


def _identifying(prep) -> bool:
    """A prepositional phrase that tells which people or thing the phrase means: "the government of
    Iraq", "soldiers from the army", "police in X", "workers at the mine"; not where or when a named
    one was ("Hariri in Washington", "in May") nor a circumstance ("in reaction", "in an act of ...")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ not in PHRASE_PREPS or obj is None or obj.ent_type_ in ("DATE", "TIME"):
        return False
    if prep.lower_ in ("of", "from", "like"):
        return True
    if prep.head.pos_ == "PROPN" and prep.head.ent_type_ not in ("NORP", ""):
        return False
    return (obj.ent_type_ in PLACE_ENTITIES | {"ORG", "NORP"} or obj.lemma_.lower() in PLACES
            or is_someone(obj))


#: common nouns of places people are in or work at ("workers in logistic centres", "at the mine")
PLACES = TARGET_PLACES | {"center", "centre", "mine", "plant", "zone", "state", "capital", "country", "county",
                          "municipality", "island", "valley", "coast"}


#: a participle clause that says which group is meant: "warplanes supported by Russia", "a group known as X"
DEFINING = {"by", "as"}


def _defining(acl) -> bool:
    return acl.tag_ == "VBN" and any(c.dep_ in ("agent", "prep") and c.lower_ in DEFINING for c in acl.children)


def argument_span(doc, span: Optional[Span], stop: set, avoid: Optional[Span], conjuncts: bool,
                  names_act=lambda token: False) -> Optional[Span]:
    """The whole phrase of the clause that ``span`` (words naming an actor) is part of; ``span`` itself when
    that phrase would take in an event word (``stop``: token indices), reach into ``avoid`` (the other
    side's span) or leave the sentence. ``names_act(token)``: whether a noun names an act (the event
    lexicon's nouns)."""
    if span is None:
        return None
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or len(words) == 0:
        return span
    root = words.root
    if root.pos_ == "PRON":
        return span
    head = _climb(root, stop, names_act)
    tokens = _phrase_tokens(head, stop, conjuncts, {t.i for t in words}) + list(words)
    start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
    sent = root.sent
    start, end = max(start, sent.start), min(end, sent.end)
    while start < end - 1 and (doc[start].is_space or doc[start].is_punct and doc[start].text != "("):
        start += 1
    while end - 1 > start and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text != ")"
                               or doc[end - 1].dep_ in ("cc", "case") and doc[end - 1].i != root.i):
        end -= 1
    if doc[end - 1].text == ")" and not any(t.text == "(" for t in doc[start:end]):
        end -= 1
    opened = sum(1 for t in doc[start:end] if t.text == "(") - sum(1 for t in doc[start:end] if t.text == ")")
    if opened > 0 and end < sent.end and doc[end].text == ")":
        end += 1  # "the Front (AF)": the closing bracket the parse hung elsewhere
    if any(i in stop for i in range(start, end)) or any("\n" in t.text for t in doc[start:end] if t.is_space):
        return span
    wide = doc[start:end]
    if wide.start_char > span.start or wide.end_char < span.end:
        return span
    if avoid is not None and wide.start_char < avoid.end and avoid.start < wide.end_char:
        return span
    return Span.from_spacy(wide)


def named_before(doc, span: Span, actor, sentence_start: int, avoid: Optional[Span]) -> Span:
    """For a span that is a pronoun standing for ``actor``, the last mention of that actor earlier in the
    same sentence ("The British government has announced that it ...": "The British government"), as
    event coders mark a doer; else ``span``."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if actor is None or words is None or len(words) != 1 or words[0].pos_ != "PRON":
        return span
    earlier = [m for m in actor.mentions if sentence_start <= m.start and m.end <= span.start
               and (avoid is None or m.end <= avoid.start or m.start >= avoid.end)]
    if not earlier:
        return span
    mention = max(earlier, key=lambda m: m.start)
    named = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if named is None or any(t.pos_ == "PRON" for t in named):
        return span
    return Span.from_spacy(named)


NP_CUT_DEPS = {"relcl", "acl", "advcl", "appos", "punct", "cc", "conj", "prep"}
def noun_phrase(token):
    """The phrase a token heads, without relative clauses, appositions or trailing prepositions
    ("four Ukrainian regions" of "four Ukrainian regions that Moscow annexed in September")."""
    doc = token.doc
    if token.pos_ == "PRON":
        return doc[token.i:token.i + 1]
    keep = [token]
    stack = [c for c in token.children if c.dep_ not in NP_CUT_DEPS or (c.dep_ == "prep" and c.lower_ == "of")]
    while stack:
        child = stack.pop()
        keep.append(child)
        stack.extend(c for c in child.children if c.dep_ not in ("relcl", "acl", "punct", "appos"))
    start = min(t.i for t in keep)
    end = max(t.i for t in keep) + 1
    for t in doc[start:token.i]:  # never across a paragraph break (a headline run into the text)
        if t.is_space and "\n" in t.text:
            start = t.i + 1
    for t in doc[token.i:end]:
        if t.is_space and "\n" in t.text:
            end = t.i
            break
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "case"):
        end -= 1
    return doc[start:end]
