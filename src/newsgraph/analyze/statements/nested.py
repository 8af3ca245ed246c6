"""Attributions inside a content, and speakers a statement takes from its neighbours.

A content never carries an attribution at its edges: in "the port stays open, according to
Reuters" or "the health commission said 40 were hurt" (the content of "..., Reuters reported")
the words "according to Reuters" and "the health commission said" are a cue and a source, not
what was said. ``split_edge_attribution`` finds such a nested cue clause at either end of a
content segment, by syntax: a speech verb (``cue_verbs.txt``) or "according to" whose own clause
covers the edge. It is cut off; when the outer cue only passes words on ("according to",
"report") and the nested clause names its own source, that source is the speaker ("the
commission said, Reuters reported": the commission said it, Reuters carried it).

``inherited_speaker`` gives a statement whose source the index cannot resolve -- "it" or "they"
for the organisation that just spoke, "the statement" for whoever issued it, "who" for the noun
the relative clause describes -- the speaker of the nearest statement before it, two sentences
back at most; "the suit" far from any statement takes the one named issuer of the suits the article
introduced before (``_named_issuer_earlier``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from newsgraph.analyze.statements.constructions import Candidate, token_range
from newsgraph.analyze.statements.documents import document_issuer, document_kind
from newsgraph.analyze.statements.speakers import named_before
from newsgraph.nlp.text import kept_on_doc, text_of

#: outer cues that only pass on what someone else said
PASSING_ON = frozenset({"according", "report", "cite", "quote"})
#: dependencies of a nested cue verb that belong to its cue clause (not to what it reports)
CUE_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod", "prep",
                             "punct", "prt", "cc"})
#: a pronoun that stands for an organisation or a group that has just spoken
NEUTER_PRONOUNS = frozenset({"it", "they"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
#: a source that names a document, not an actor ("the statement said")
#: documents a speaker issues to speak ("said in a statement ... The statement said"): the last speaker's
SPEAKERS_DOCUMENTS = frozenset({"statement", "release", "letter", "email", "post", "tweet", "memo", "filing", "message",
                                "note", "cable"})
#: documents often another's (a newspaper's report, a researchers' study): only their named issuer's
DOCUMENT_HEADS = SPEAKERS_DOCUMENTS | frozenset({"report", "study", "survey", "document", "analysis", "audit",
                                                 "review", "article", "story", "complaint", "indictment",
                                                 "affidavit", "paper"})
SENTENCES_BACK = 2
SPEAKING_SELF = frozenset({"i", "we", "you"})


@dataclass
class Nested:
    """A cue clause found at a content's edge: its character range, cue and source tokens."""

    start: int
    end: int
    cue_tokens: list
    source_tokens: list


def split_edge_attribution(doc, candidate: Candidate, speech_verbs: frozenset) -> Candidate:
    """``candidate`` with any attribution at a content edge cut off (see the module docstring)."""
    nested_found: Optional[Nested] = None
    content = []
    for start, end in candidate.content:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 3:
            content.append((start, end))
            continue
        citing = _citing_clause(span) if candidate.lemma in PASSING_ON else None
        if citing is not None:  # "A, according to Reuters, citing the commission": the commission's
            nested_found = nested_found or citing
            continue
        for nested in _edge_clauses(span, candidate, speech_verbs):
            if nested.start <= start:
                start = nested.end
            else:
                end = nested.start
            nested_found = nested_found or nested
        text = text_of(doc)
        while start < end and (text[start].isspace() or text[start] in ",;:-–—"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–—"):
            end -= 1
        if end > start:
            content.append((start, end))
    if nested_found is None or not content:
        return candidate
    candidate.content = content
    if candidate.lemma in PASSING_ON and nested_found.source_tokens:
        candidate.cue_tokens = nested_found.cue_tokens
        candidate.source_tokens = nested_found.source_tokens
        candidate.source = token_range(nested_found.source_tokens)
        candidate.head = nested_found.cue_tokens[0]
        candidate.lemma = candidate.head.lemma_.lower()
    return candidate


def _citing_clause(span) -> Optional[Nested]:
    """A content segment that is only "citing X" / "quoting X": the one passing words on names
    their source, which is no part of what was said."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words:
        return None
    verb = words[0]
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in ("cite", "quote"):
        return None
    if any(t.i not in {s.i for s in verb.subtree} for t in words):
        return None
    source = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    if not source:
        return None
    return Nested(span.start_char, span.end_char, [verb], source)


def _edge_clauses(span, candidate: Candidate, speech_verbs: frozenset):
    own = {t.i for t in candidate.cue_tokens} | {t.i for t in candidate.source_tokens}
    for token in span:
        if token.i in own:
            continue
        if token.lower_ != "according" and candidate.lemma not in PASSING_ON:
            continue  # "X said Y said Z": what X said holds Y's saying (PolNeAR reads it so too)
        clause = _cue_clause(token, speech_verbs)
        if clause is None:
            continue
        # the outer cue may hang on the nested verb ("A, the commission said, according to X"):
        # the nested clause is its part inside this content
        outside = {i for i in clause if not span.start <= i < span.end}
        if outside and not _hangs_on(outside, candidate, span.doc):
            continue
        clause -= outside
        low, high = min(clause), max(clause)
        inner = [t for t in span if not t.is_punct and not t.is_space]
        if not inner:
            continue
        at_end = low > inner[0].i and high >= inner[-1].i and all(t.i in clause for t in inner if t.i >= low)
        at_start = low <= inner[0].i < high < inner[-1].i and all(t.i in clause for t in inner if t.i <= high)
        rest = [t for t in inner if t.i not in clause]
        if not (at_end or at_start) or not any(t.pos_ in ("VERB", "AUX") for t in rest) and (
                2 * (len(inner) - len(rest)) > len(inner)):
            continue  # a nested clause that is most of a verbless content reports on its own
        doc = span.doc
        cue = [token]
        if token.lower_ == "according":
            to = next(c for c in token.children if c.lower_ == "to")
            cue = [token, to]
            source = [t for c in to.children if c.dep_ == "pobj" for t in c.subtree]
        else:
            source = [t for c in token.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
            if any(t.lower_ in SPEAKING_SELF for t in source):
                continue  # "we said we would": a quoted speaker telling their own words
        yield Nested(doc[low].idx, doc[high].idx + len(doc[high].text), cue, source)


def _hangs_on(outside: set, candidate: Candidate, doc) -> bool:
    """Whether the words of a nested cue clause outside the content are only the outer cue's
    own clause ("according to Reuters" parsed onto the nested "said") and punctuation."""
    own = {t.i for t in candidate.cue_tokens}
    for token in candidate.cue_tokens:
        own.update(t.i for t in token.subtree)
    return all(i in own or doc[i].is_punct for i in outside)


def _cue_clause(token, speech_verbs: frozenset) -> Optional[set]:
    """Token indices of ``token``'s cue clause when it is a nested cue: "according to X" or a
    speech verb with its subject, auxiliaries and adjuncts (not what it reports)."""
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return {t.i for t in token.subtree}
    if token.pos_ != "VERB" or token.lemma_.lower() not in speech_verbs:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    out = {token.i}
    for child in token.children:
        if child.dep_ in CUE_CLAUSE_DEPS:
            out.update(t.i for t in child.subtree)
    return out


def inherited_speaker(source_root, previous: list[tuple[int, str]], sent_of, actors) -> Optional[str]:
    """The speaker id a pronoun, relative or document source takes (see the module docstring).

    ``previous``: (sentence number, speaker id) of the statements before, in text order."""
    word = source_root.lower_
    if word in RELATIVE_PRONOUNS and source_root.head.dep_ == "relcl":
        noun = source_root.head.head
        named = noun.doc[noun.left_edge.i:noun.i + 1]
        actor = actors.resolve(named) or (named_before(named, actors) if noun.pos_ == "PROPN" else None)
        if actor is None and noun.dep_ == "appos":
            # "the Union of X, a group that has applauded ...": the group is the organisation named
            # just before it (the parser may hang the apposition on an earlier name)
            k = noun.left_edge.i - 1
            while k > 0 and noun.doc[k].is_punct:
                k -= 1
            entity = next((e for e in noun.doc.ents if e.start <= k < e.end and e.label_ in ("ORG", "NORP")), None)
            if entity is not None and entity.end == k + 1:
                actor = actors.resolve(entity)
        if actor is None:
            document = _document_of(noun)
            if document is not None:  # "the F.B.I. report on her email practices that suggested ..."
                actor = document_issuer(noun.doc[document.i:document.i + 1], actors)
        return actor.id if actor is not None else None
    document = source_root.pos_ == "NOUN" and (source_root.lemma_.lower() in DOCUMENT_HEADS
                                               or document_kind(source_root) == "issued")
    if word not in NEUTER_PRONOUNS and not document:
        return None
    if document:
        issuer = _issuer(source_root, actors) or _issuer_before(source_root, sent_of, actors) \
            or _named_issuer_earlier(source_root, actors)
        if issuer is not None:
            return issuer
        if source_root.lemma_.lower() not in SPEAKERS_DOCUMENTS:
            return None
    sent = sent_of(source_root)
    for number, speaker in reversed(previous):
        if sent - number > SENTENCES_BACK:
            break
        actor = actors.actor(speaker)
        if actor is None:
            continue
        if document or actor.kind in ("organization", "country") or actor.kind == "group" and (
                word != "it" or _proper_named(actor, source_root.doc)):
            return speaker  # "it" is a named group ("Hamas said it"), never "the hacked servers" that spoke
        break
    if document:
        return None
    return _last_subject(source_root, sent, sent_of, actors)


def _document_of(noun):
    """The issued document a relative clause's noun is, or whose on/of/about phrase it ends ("the
    report on her practices that suggested ..."), or None."""
    if document_kind(noun) == "issued":
        return noun
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "of", "about", "into") and noun.head.head is not noun.head:
        owner = noun.head.head
        if document_kind(owner) == "issued":
            return owner
    return None


def _issuer(document, actors) -> Optional[str]:
    """Who issued a document, named with it: "a report by X", "a story in X", "X's report"."""
    actor = document_issuer(document.doc[document.i:document.i + 1], actors)
    return actor.id if actor is not None else None


def _issuer_before(document, sent_of, actors) -> Optional[str]:
    """"X published a report ... The report says": the subject of the verb that took the same
    document word as its object, or its issuer named with it, a sentence or two before."""
    doc = document.doc
    sent = sent_of(document)
    lemma = _same_document(document.lemma_.lower())
    for token in reversed(doc[max(0, document.sent.start - 400):document.i]):
        if sent - sent_of(token) > SENTENCES_BACK:
            break
        if _same_document(token.lemma_.lower()) != lemma or token.pos_ != "NOUN":
            continue
        issuer = _issuer(token, actors)
        if issuer is not None:
            return issuer
        if token.dep_ != "dobj" and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            sent = sent_of(token)  # "the summary" again: the one it points back to may be further back
            continue
        if token.dep_ == "dobj":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                actor = actors.resolve(doc[subject.left_edge.i:subject.i + 1])
                if actor is not None and actor.kind != "country":
                    return actor.id
        return None
    return None


def _named_issuer_earlier(document, actors) -> Optional[str]:
    """"the lawsuit filed by Jane Roe ... [many sentences] ... the suit says": a definite document with no
    issuer near it is the one of its kind the article introduced with a named issuer, when every such
    earlier mention names the same one (an issuer known only by a description, "a former staffer", is
    no rival: the name says who that is). None when there is none or two."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in document.children):
        return None
    lemma = _same_document(document.lemma_.lower())
    found: set[str] = set()
    for i in _document_nouns(document.doc).get(lemma, ()):
        if i >= document.i:
            break
        issuer = _issuer(document.doc[i], actors)
        actor = actors.actor(issuer) if issuer is not None else None
        if actor is not None and _proper_named(actor, document.doc):
            found.add(issuer)
    return found.pop() if len(found) == 1 else None


def _proper_named(actor, doc) -> bool:
    """Whether the text names ``actor`` by a proper name somewhere (not only by a description)."""
    for mention in actor.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.pos_ == "PROPN":
            return True
    return False


#: words for the same document ("the lawsuit filed by X ... the suit says")
DOCUMENT_SYNONYMS = {"suit": "lawsuit", "memorandum": "memo", "e-mail": "email"}


def _same_document(lemma: str) -> str:
    return DOCUMENT_SYNONYMS.get(lemma, lemma)


_NOUNS_KEY = "newsgraph.document_nouns"


def _document_nouns(doc) -> dict[str, list[int]]:
    """Each noun's lemma (a document's synonyms as one, ``_same_document``) -> the indices of its tokens in
    order, read once and kept on the Doc: looking back for "the lawsuit" is then no pass over the text."""
    return kept_on_doc(doc, _NOUNS_KEY, _read_document_nouns)


def _read_document_nouns(doc) -> dict[str, list[int]]:
    nouns: dict[str, list[int]] = {}
    for token in doc:
        if token.pos_ == "NOUN":
            nouns.setdefault(_same_document(token.lemma_.lower()), []).append(token.i)
    return nouns


def _last_subject(pronoun, sent: int, sent_of, actors) -> Optional[str]:
    """The organisation, country or group last the subject of a sentence before ``pronoun``
    (this one or the one before): "The council approved the budget. It said ..."."""
    doc = pronoun.doc
    best: Optional[tuple[int, str]] = None
    for actor in actors.to_list():
        if actor.kind not in ("organization", "country", "group"):
            continue
        for mention in actor.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or span.root.i >= pronoun.i or span.root.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if sent - sent_of(span.root) <= 1 and (best is None or span.root.i > best[0]):
                best = (span.root.i, actor.id)
    return best[1] if best is not None else None
