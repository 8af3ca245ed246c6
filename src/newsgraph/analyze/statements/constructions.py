"""Cue frames: the syntactic constructions that introduce an attribution, read off the parse.

Each function here turns a cue (a verb, "according to", a noun with a that-clause) into a
``Candidate``: its cue tokens, the source mention and the content's character ranges. Whether
a candidate is an attribution is decided elsewhere (``analyze.statements.cue_model``); how quotes
complete it is ``analyze.statements``' business; which words of a verb cue's clauses or objects
are the content is ``reported_content``'s.

* a cue verb with a clausal complement, after or before it ("X said that ...",
  "..., X said", "..., said X", "X told reporters ..."), a colon ("X said: ..."), an
  object / object plus infinitive / predicative ("X backs the plan"), or a prepositional
  object ("X called for a ban");
* a participle or conjoined verb without a subject of its own (", noting that ...",
  "and added that ...") takes the subject of the clause it hangs off (``sources``);
* "said in a statement that ...", "said at the time that ...": the that-clause the parser hangs
  on the channel or time noun is what is reported; a time phrase at the head of the reported
  clause ("told the BBC at the time the plan ...") is the saying's;
* "X called for Y to do Z" read as an adverbial clause marked by "for": "Y to do Z" is what X called for;
* a cue clause closing the sentence after a comma ("A, Ana Ruiz told a panel on Monday.") with no clause
  of its own in the parse: the clause before the comma (``closing_cues``);
* ``according to X``;
* a cue noun with a that-clause ("X's comment that ...", "the claim by X that ...").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from newsgraph.analyze import resources
from newsgraph.analyze.statements.closing_cues import trailing_tag
from newsgraph.analyze.statements.communication_classes import (
    made_clear,
    make_clear_cue,
    named_as,
    said_of_pronoun,
    speaking_source,
)
from newsgraph.analyze.statements.content_choice import (
    across_semicolon,
    before_writers_clause,
    channel_clause,
    nominal_complement,
    without_clause_before,
    without_framing_clause,
    without_unreported_clauses,
    words_of_text,
)
from newsgraph.analyze.statements.cue_clauses import (
    ADDRESSING_VERBS,
    CLAUSE_DEPS,
    DELIVERING_VERBS,
    INFINITIVE_CUE_NOUNS,
    OBJECT_DEPS,
    PRONOUN_LIKE,
    QUESTIONING_VERBS,
    SUBJECTS,
    addressee,
    asked_question,
    delivered_request,
    makes_the_case,
    matter_after_addressee,
    opens_clause,
    passive,
    puts_it,
    quote_before,
    quote_beside,
    reported_clause,
    reports_speech,
    request_infinitive,
    short_of_another_cue,
)
from newsgraph.analyze.statements.reported_content import CUE_PARTS, clause_content, cue_tokens, objects_content
from newsgraph.analyze.statements.segments import char_range as _char_range
from newsgraph.analyze.statements.segments import token_segments as _token_segments
from newsgraph.analyze.statements.sources import inverted_sibling_subject, source_of


@dataclass
class Candidate:
    """An attribution before ids, speakers and dates are assigned (token-level spans)."""

    cue_tokens: list
    source: Optional[tuple[int, int]]  # token range [start, end)
    content: list[tuple[int, int]]  # character ranges
    frame: str
    lemma: str
    source_tokens: list = field(default_factory=list)
    head: Any = None  # the cue's head token (a spaCy Token)
    quoted: bool = False  # the cue stands inside a quote
    parent: Optional[Candidate] = None  # the candidate whose content holds this one's cue

    @property
    def key(self) -> tuple[str, str]:
        """(lemma, frame) as the lexicon knows it; "-q" marks a cue inside a quote."""
        return self.lemma, self.frame + ("-q" if self.quoted else "")


# ---------------------------------------------------------------- candidates from cues

def cue_candidates(doc):
    """Every cue construction in ``doc`` as a Candidate (content not yet cut or completed)."""
    for token in doc:
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            candidate = _according_to(doc, token)
            if candidate:
                yield candidate
        elif token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            if not after_possessive(token):
                yield from _verb_candidates(doc, token)
        elif mistagged_participle(token):
            yield from _verb_candidates(doc, token, mistagged_participle(token))
        elif token.pos_ in ("NOUN", "PROPN"):
            candidate = _noun_candidate(doc, token)
            if candidate:
                yield candidate


def after_possessive(token) -> bool:
    """Whether a participle follows a possessive 's directly ("Trump's reported net worth", "the
    firm's stated aim"): an adjective of a noun phrase, whatever the parser made of it, and no verb
    of saying -- unless the one before the 's is the verb's own subject ("Pell's said the plant will
    stay open": "Pell has said", its 's no possessive)."""
    if token.i == 0 or token.tag_ not in ("VBN", "VBD"):
        return False
    marker = token.doc[token.i - 1]
    if marker.tag_ != "POS":
        return False
    owner = marker.head
    return not (owner.head.i == token.i and owner.dep_ in ("nsubj", "nsubjpass"))


def mistagged_participle(token) -> str:
    """The speech verb of a participle the tagger took for a noun: in "issued a statement,
    warning of dire consequences" "warning" is a noun hanging off "issued" as a clause; the lemma
    ("warn") when the word is such a participle of a speech verb, else ""."""
    word = token.lower_
    if token.tag_ != "NN" or token.dep_ not in ("advcl", "xcomp") or not word.endswith("ing") or token.i == 0 \
            or token.doc[token.i - 1].text != ",":
        return ""
    verbs = resources.speech_verbs()
    stem = word[:-3]
    for lemma in (stem, stem + "e", stem[:-1]):
        if lemma in verbs:
            return lemma
    return ""


def _verb_candidates(doc, verb, lemma: str = ""):
    source = source_of(verb)
    suffix = "" if source else "-nosrc"
    lemma = lemma or verb.lemma_.lower()

    def candidate(content, frame, cue=None):
        return Candidate(cue or cue_tokens(verb), token_range(source), content, frame + suffix, lemma,
                         source or [], verb)

    def topic_candidate(topic):
        """The matter told or asked about ("told reporters about the plan"): its prepositional object."""
        pobj = next(g for g in topic.children if g.dep_ in ("pobj", "pcomp"))
        return candidate([_char_range(doc, pobj.left_edge.i, topic.right_edge.i + 1)], f"prep:{topic.lower_}",
                         cue_tokens(verb) + list(doc[verb.i + 1:topic.i + 1]))

    colon = _colon_after(verb)
    if colon is not None:
        after = colon.i + 1
        while after < colon.sent.end and doc[after].is_space:
            after += 1  # the line break after "X said:" ending its paragraph
        if after < colon.sent.end:
            yield candidate([before_writers_clause(doc, _char_range(doc, after, colon.sent.end))], "colon")
        elif after < len(doc):
            # the parser may end the sentence at the colon: what is said is the next sentence
            following = doc[after].sent
            yield candidate([_char_range(doc, following.start, following.end)], "colon")
        # "A, she said: B": the clause set off before the cue is said too, a statement of its own
        # (PolNeAR gives the colon's quote its own attribution)
        before = [c for c in verb.children if c.dep_ in CLAUSE_DEPS and c.i < verb.i
                  and c.right_edge.i + 1 < verb.i and doc[c.right_edge.i + 1].text == ","]
        if before and source:
            yield candidate(clause_content(doc, verb, before, source), "ccomp")
        return
    if lemma in QUESTIONING_VERBS and verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("advcl", "acl") \
            and verb.left_edge.i == verb.i \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return  # "Asked if A, 46 percent said yes": the question put to them is not their words
    requested = requested_clause(verb)
    if requested is not None:
        # "X called for the council to resign": what X called for is the council resigning; the parser
        # reads "for" as the mark of an adverbial clause, not as the preposition of "call for"
        mark = next(c for c in requested.children if c.dep_ == "mark")
        yield candidate([_char_range(doc, mark.i + 1, requested.right_edge.i + 1)], "prep:for",
                        cue_tokens(verb) + list(doc[verb.i + 1:mark.i + 1]))
        return
    argued = argued_clause(verb)
    if argued is not None:
        # "X made the case (to Y) that A": A is what X argued; "made the case" is the cue
        noun = next(c for c in verb.children if c.dep_ == "dobj")
        yield candidate(clause_content(doc, verb, [argued], source), "obj",
                        cue_tokens(verb) + list(doc[verb.i + 1:noun.i + 1]))
        return
    declared = made_clear(verb)
    if declared is not None:
        # "X made (it) clear that A": A is what X declared; "made (it) clear" is the cue
        cue = list(doc[verb.i:make_clear_cue(verb).i + 1])
        yield candidate(clause_content(doc, verb, [declared], source), "ccomp", cue_tokens(verb) + cue[1:])
        return
    clauses = [nominal_complement(c) for c in verb.children if c.dep_ in CLAUSE_DEPS
               and not across_semicolon(c, verb)] or channel_clause(verb) or asked_question(verb)
    answer = next((c for c in verb.children if c.dep_ == "intj" and c.lower_ in ("yes", "no") and c.i > verb.i
                   and lemma in resources.speech_verbs()), None)
    if not clauses and answer is not None:
        yield candidate([_char_range(doc, answer.i, answer.i + 1)], "ccomp")  # "46 percent said yes"
        return
    adjective = next((c for c in verb.children if c.dep_ == "acomp" and c.i > verb.i), None)
    if adjective is not None:
        # "X is confident that ...", "X was critical of Y": the adjective is the cue word
        clauses = clauses or [c for c in adjective.children if c.dep_ in CLAUSE_DEPS]
        objects = [g for p in adjective.children if p.dep_ == "prep" and p.i > adjective.i
                   for g in p.children if g.dep_ in ("pobj", "pcomp") and g.i > p.i]
        cue = list(doc[cue_tokens(verb)[0].i:adjective.i + 1])
        if clauses:
            content = clause_content(doc, verb, clauses, source)
        elif objects:
            content = [_char_range(doc, objects[0].left_edge.i, objects[0].right_edge.i + 1)]
            cue = list(doc[cue[0].i:objects[0].i])
        if clauses or objects:
            yield Candidate(cue, token_range(source), content, "acomp" + suffix, adjective.lemma_.lower(),
                            source or [], verb)
        if clauses or objects or quote_beside(verb) is None:
            return  # 'Anna replied "So far so good."': the parser's adjective is the quote's
    clauses = without_unreported_clauses(verb, clauses)
    if clauses:
        clauses = without_clause_before(verb, without_framing_clause(verb, short_of_another_cue(verb, clauses)))
        yield candidate(clause_content(doc, verb, clauses, source), "ccomp")
        return
    framed = _as_clause(verb) if source else None
    if framed is not None:
        # "As X noted, A", "A, as X told reporters": A is what X said
        yield candidate(_token_segments(doc, framed), "ccomp")
        return
    inverted = _inverted_clause(verb)
    if inverted is not None:
        yield candidate(clause_content(doc, verb, [inverted], source, exclude_subtree=verb), "ccomp")
        return
    tagged = trailing_tag(verb)
    if tagged is not None:
        # "A, Ruiz told a Senate panel Wednesday.", "A, she said." with "said" hung on A or A on "said":
        # a cue clause that closes the sentence after a comma reports the clause before it, its subject speaks
        speaker, reported = tagged
        yield Candidate(cue_tokens(verb), token_range(speaker), _token_segments(doc, reported), "ccomp", lemma,
                        speaker, verb)
        return
    raised = _raised_subject(verb)
    if raised is not None:
        # "X is expected to win", "X seems to be an issue": what is expected is X winning
        subject, xcomp = raised
        content = [_char_range(doc, subject.left_edge.i, subject.right_edge.i + 1),
                   _char_range(doc, xcomp.left_edge.i, xcomp.right_edge.i + 1)]
        yield Candidate(cue_tokens(verb), None, content, "raised", lemma, [], verb)
        return
    beside = quote_beside(verb)
    if beside is not None:
        # '"A," she replied.', '"A," Brell told the council.', 'he said, "A."': the quote the
        # parser left unattached is what was said (the quote marks complete it)
        yield candidate([_char_range(doc, *beside)], "ccomp")
        return
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i]
    if lemma in QUESTIONING_VERBS and passive(verb):
        return  # "X, asked about the fight, said ...": X was asked; what X said is another cue's
    if lemma in ADDRESSING_VERBS and objects and all(addressee(c) for c in objects):
        # "told reporters about the plan": the matter told about is what was said; without one
        # (or with a that-clause, a quote) other constructions have their say
        topic = _topic(verb, objects[-1].i)
        if topic is not None:
            yield topic_candidate(topic)
            return
    if lemma in QUESTIONING_VERBS and objects and all(addressee(c) for c in objects):
        # "asked Anna about the budget": who was asked is not what was asked; the matter asked
        # about is, and without one there is no content
        topic = next((p for p in verb.children if p.dep_ == "prep" and p.i > objects[-1].i
                      and p.lower_ in ("about", "on", "over", "for")
                      and any(g.dep_ in ("pobj", "pcomp") for g in p.children)), None)
        if topic is not None:
            yield topic_candidate(topic)
        return
    pronoun = bool(objects) and _is_bare_pronoun(objects[0])
    if objects:
        if pronoun:
            objects = objects[1:]  # "called it a disgrace": what is said of it is the predicate
        if objects and any(delivered_request(o) for o in objects):
            return  # "renewed his call to close X": the call's own candidate reports it
        if objects:
            words = words_of_text(objects)
            content = _token_segments(doc, words) if words else objects_content(doc, verb, objects)
            yield candidate(content, "obj")
            return
        if len([c for c in verb.children if c.dep_ in OBJECT_DEPS]) > 1:
            return
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
             and any(g.dep_ in ("pobj", "pcomp") for g in c.children)]
    if pronoun:
        # "described him as reckless": what is said is the one described and the as-phrase (or the charge:
        # "accuses it of stealing jobs"; what it is likened to: "likened it to a circus");
        # '"...," he assured himself': the quote before (``quote_before``); nothing else
        as_phrase = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" and p.i > verb.i
                          and p.n_rights), None) or said_of_pronoun(verb)
        if as_phrase is not None:
            first = next(c for c in verb.children if c.dep_ in OBJECT_DEPS)
            yield candidate([_char_range(doc, first.i, as_phrase.right_edge.i + 1)], "obj")
            return
        preps = []
    before = quote_before(verb) if source else None
    if before is not None:
        yield candidate([_char_range(doc, before.start, before.end)], "ccomp")
        return
    if preps:
        # "spoke to reporters about the flooding": the matter, not the audience
        # "argued with the host on how ...": the matter after the one addressed
        prep = next((p for p in preps if p.lower_ in ("about", "regarding")), None) or next(
            (p for p in preps[1:] if p.lower_ in ("on", "over") and preps[0].lower_ in ("with", "to")), preps[0])
        pobj = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
        matter = matter_after_addressee(prep, pobj[0])
        if matter is not None:
            prep, pobj = matter, [g for g in matter.children if g.dep_ in ("pobj", "pcomp")]
        # "referred to the protesters as 'my friends'": and what they were called, when someone calls them
        named = named_as(verb, prep) if speaking_source(source or []) else None
        content = [_char_range(doc, pobj[0].left_edge.i, (named or prep).right_edge.i + 1)]
        cue = cue_tokens(verb) + ([prep] if prep is preps[0] else list(doc[preps[0].i:prep.i + 1]))
        yield candidate(content, f"prep:{prep.lower_}", cue)


#: verbs of asking out loud whose "for" takes a subject and an infinitive ("called for the council to resign")
REQUESTING_VERBS = frozenset({"call", "appeal", "plead", "ask"})


def requested_clause(verb):
    """The clause of "X called (again) for Y to do Z" that the parser hung on the verb as an adverbial
    clause marked by "for" (with its own subject and "to"), or None."""
    if verb.lemma_.lower() not in REQUESTING_VERBS:
        return None
    doc = verb.doc
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i:
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)
        if mark is None or mark.i != clause.left_edge.i \
                or any(doc[k].pos_ != "ADV" for k in range(verb.i + 1, mark.i) if doc[k].dep_ != "prt"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return clause
    return None


def argued_clause(verb):
    """The that-clause of "X made the case (to Y) that A" (``makes_the_case``): A, or None."""
    if not makes_the_case(verb):
        return None
    return next((t for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "prep", "ccomp") for t in c.subtree
                 if t.dep_ in ("ccomp", "acl", "relcl") and any(g.dep_ == "mark" and g.lower_ == "that" for g in t.children)
                 and any(g.dep_ == "nsubj" for g in t.children)), None)


def _topic(verb, after: int):
    """The about/on/over phrase after token ``after`` that names the matter a cue is about, or None."""
    return next((p for p in verb.children if p.dep_ == "prep" and p.i > after
                 and p.lower_ in ("about", "on", "over", "regarding")
                 and any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME") for g in p.children)),
                None)


def _raised_subject(verb):
    """(subject, infinitive) of a passive or raising verb: "X is expected to ...", "X seems to ..."."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj") and c.i < verb.i), None)
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                  and any(g.lower_ == "to" for g in c.children)), None)
    if subject is None or xcomp is None or subject.pos_ == "PRON":
        return None
    passive = subject.dep_ == "nsubjpass"
    if not passive and verb.lemma_.lower() not in ("seem", "appear"):
        return None
    return subject, xcomp


def _colon_after(verb):
    """The colon right after a cue and its objects ('X said:', 'X told reporters:'), if any."""
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and not any(c.dep_ in SUBJECTS + ("aux",) for c in verb.children):
        return None  # "Ask yourself: ...", "Read the updates below:": the writer bids the reader; no one speaks
    i = verb.i + 1
    doc = verb.doc
    while i < len(doc):
        child = next((c for c in verb.rights if c.left_edge.i == i), None)  # "told the reporters"
        if doc[i].dep_ in CUE_PARTS:
            i += 1
        elif child is not None and child.i < verb.i + 8 and (
                child.dep_ in ("npadvmod", "advmod", "prep") or addressee(child)
                or child.dep_ == "dobj" and _is_bare_pronoun(child)):  # "put it:", not "added a point:"
            i = child.right_edge.i + 1
        elif _comma_before_adjunct(doc, i, verb):
            i += 1
        else:
            break
    if i < len(doc) and doc[i].text == ":":
        return doc[i]
    return None


def _comma_before_adjunct(doc, i: int, verb) -> bool:
    """A comma that sets off an adjunct of the cue before its colon ("told his audience, to loud
    applause:")."""
    return doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].dep_ in ("prep", "advmod", "npadvmod") \
        and doc[i + 1].head.i == verb.i and i + 1 < verb.i + 8


def _inverted_clause(verb):
    """The clause a cue verb interrupts or follows ('"A," he said', 'A, said X'), if any.

    The parser often makes the quoted clause the root and the cue a parataxis/ccomp
    of it; the content is then the root's clause without the cue's own subtree.
    """
    if verb.dep_ not in ("parataxis", "ccomp") or verb.head is verb:
        return None
    if verb.i < verb.head.i and not _interrupts(verb):
        return None
    if not any(c.dep_ in SUBJECTS for c in verb.children) and inverted_sibling_subject(verb) is None \
            or any(c.dep_ == "mark" for c in verb.children):
        return None
    # The cue clause must be set off by punctuation from the clause it reports.
    left = verb.left_edge
    before = verb.doc[left.i - 1] if left.i > 0 else None
    if left.text in (",", "--", "—") or before is not None and before.is_punct:
        head = verb.head
        # "A, but B, the source added": the report is the whole coordination, not just B
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        return head
    return None


#: punctuation that sets a cue clause off from the clause it frames: a comma or a dash
SETTING_OFF = frozenset({",", "--", "—", "–"})


def _as_clause(verb):
    """The tokens of the clause a speech verb's "as"-clause frames: "As Velt notes, A", "A, as Velt told
    reporters": the cue clause runs from "as" to the comma after the verb and its objects, and the
    clause it hangs on is what was said (without the cue clause). None when the verb is no such cue."""
    if verb.dep_ != "advcl" or verb.head is verb or (
            verb.lemma_.lower() not in resources.speech_verbs() and not puts_it(verb)):
        return None  # a speech verb, or the idiom "as X puts it"
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ != "as" or mark.i != verb.left_edge.i:
        return None
    if any(c.dep_ in CLAUSE_DEPS for c in verb.children) or any(c.dep_ in CLAUSE_DEPS for c in verb.head.children):
        return None  # "as X said that ...": X's own clause; "As X noted, a study concluded that ...": the study's
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
        return None  # "As we've noted, ...": the writer's own reminder
    if verb.lemma_.lower() not in ADDRESSING_VERBS \
            and any(c.dep_ == "dobj" and c.pos_ != "PRON" and not addressee(c) for c in verb.children):
        return None  # "As X lamented illegal immigration, Y took ...": X's words were of that matter, not of Y
    doc = verb.doc
    end = verb.i + 1
    while end < len(doc) and doc[end].text not in SETTING_OFF:
        # the cue's objects and adjuncts, each a child of the verb whose phrase starts here:
        # "told reporters on Monday", "told the New York Daily News", "noted this week"
        child = next((c for c in verb.rights if c.left_edge.i == end and c.dep_ != "advcl"), None)
        if child is None:
            break
        end = child.right_edge.i + 1
        if doc[end - 1].text in SETTING_OFF:
            end -= 1  # the parser hung the comma on the object ("told the Daily Courier,")
            break
    if mark.i > 0 and doc[mark.i - 1].text in SETTING_OFF:
        start = mark.i - 1  # "A, as X said.", "X -- as Y noted -- did A"
    elif end < len(doc) and doc[end].text in SETTING_OFF:
        start, end = mark.i, end + 1  # "As X said, A"
    else:
        return None
    clause = [t for t in verb.head.subtree if not start <= t.i < end]
    return clause if any(t.pos_ in ("VERB", "AUX") for t in clause) else None


def _interrupts(verb) -> bool:
    """A cue clause set off by commas inside the clause it reports ("A, X said, B"): the
    parser hangs it on B's verb, and both A and B are the content."""
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    sibling = inverted_sibling_subject(verb)
    if sibling is not None:
        right = max(right, sibling.right_edge.i)  # ", says Mara Velt, a chemist,"
    marks = (",", "--", "—")
    left_set_off = doc[left].text in marks or (left > 0 and doc[left - 1].text in marks)
    right_set_off = doc[right].text in marks or (right + 1 < len(doc) and doc[right + 1].text in marks)
    return verb.dep_ == "parataxis" and left_set_off and right_set_off and verb.head.left_edge.i < left


def according_clause(according):
    """The head of the clause an "according to Y" vouches for, or None when it hangs on nothing."""
    head = according.head
    if head is according:
        return None
    # "X is one of A and the fourth B, according to Y": Y vouches for the whole clause
    while head.pos_ not in ("VERB", "AUX") and head.dep_ in ("conj", "attr", "dobj", "appos", "pobj", "prep") \
            and head.head is not head:
        head = head.head
    return head


def _according_to(doc, according) -> Optional[Candidate]:
    to = next(c for c in according.children if c.lower_ == "to")
    pobj = [c for c in to.children if c.dep_ == "pobj"]
    if not pobj:
        return None
    head = according_clause(according)
    if head is None:
        return None
    if reports_speech(head, according) or head.dep_ == "ccomp" and opens_clause(according, head) \
            and reports_speech(head.head, head.head) or according.i > head.i and reported_clause(head):
        return None  # "X, according to Reuters, said ...": X said it; Reuters only passes it on
    if according.i > head.i and head.pos_ == "VERB" and head.lemma_.lower() in resources.speech_verbs() \
            and _inverted_clause(head) is not None:
        # "A, X said, according to Reuters" with "said" hung on A: X said A (the "according to" of a
        # "said" the parser makes A's head is PolNeAR's outer attribution of "A, X said", kept)
        return None
    source = list(pobj[0].subtree)
    clause_tokens = [t for t in head.subtree if not (according.left_edge.i <= t.i <= according.right_edge.i)]
    subject = _subject_in_source(according, head)
    if subject is not None:
        source = [t for t in source if t.i < subject.left_edge.i - 1]
        clause_tokens = sorted(list(subject.subtree) + clause_tokens, key=lambda t: t.i)
    content = _token_segments(doc, clause_tokens)
    cue = [according, to]
    return Candidate(cue, (source[0].i, source[-1].i + 1), content, "according", "according", source, according)


def _subject_in_source(according, head):
    """"According to a study by A and B, the recession is to blame": the parser may hang the clause's
    subject on the source as an apposition; a clause after "according to Y" with no subject of its own
    has it in the noun phrase set off by the last comma of the phrase, right before the clause."""
    doc = according.doc
    end = according.right_edge.i
    if according.i > head.i or end + 1 >= len(doc) or doc[end + 1].text == "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children):
        return None
    return next((t for t in according.subtree if t.dep_ == "appos" and t.right_edge.i == end
                 and doc[t.left_edge.i - 1].text == "," and t.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _noun_candidate(doc, noun) -> Optional[Candidate]:
    """'X's claim that ...', 'the claim by X that ...', 'the assertion from X that ...'."""
    if noun.dep_ == "dobj" and argued_clause(noun.head) is not None:
        return None  # "X made the case that A": the verb's candidate ("made the case") reports A
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")
               and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    infinitive = not clauses and noun.lemma_.lower() in INFINITIVE_CUE_NOUNS
    if infinitive:
        # "renewed his call to close X", "her pledge to cut taxes": what was called for or pledged
        clauses = [c for c in [request_infinitive(noun)] if c is not None]
    if not clauses:
        return None
    source = None
    for child in noun.children:
        if child.dep_ == "poss":
            source = [t for t in child.subtree if t.dep_ != "case"]
        elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of") and child.i < clauses[0].i:
            pobj = [g for g in child.children if g.dep_ == "pobj"]
            if pobj:
                source = list(pobj[0].subtree)
    if source and all(t.lower_ in PRONOUN_LIKE for t in source):
        source = None
    if (source is None or _possessive_pronoun(source)) and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() in DELIVERING_VERBS:
        # "X made the claim that ...", "X renewed her warning that ...": the one who delivers it
        source = source_of(noun.head) or source
    if infinitive and (not source or noun.dep_ == "ROOT" or _possessive_pronoun(source) and not delivered_request(noun)):
        return None  # "a call to prayer", "its pledge to ...": no one delivering it
    frame = "noun" + ("" if source else "-nosrc")
    clause = clauses[0]
    content = [_char_range(doc, clause.left_edge.i, clause.right_edge.i + 1)]
    return Candidate([noun], token_range(source), content, frame, noun.lemma_.lower(), source or [], noun)


def _possessive_pronoun(tokens) -> bool:
    return len(tokens) == 1 and tokens[0].tag_ == "PRP$"


def _is_bare_pronoun(token) -> bool:
    return token.pos_ == "PRON" and token.n_lefts == 0 and token.n_rights == 0


def token_range(tokens) -> Optional[tuple[int, int]]:
    if not tokens:
        return None
    return tokens[0].i, tokens[-1].i + 1
