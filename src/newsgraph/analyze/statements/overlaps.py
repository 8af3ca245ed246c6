"""Statements inside another statement's content: which cue governs which clause.

A statement whose cue lies inside what another speaker is reported to have said is either a quoted
person quoting someone ("Pence blamed the media for Trump's claim that ..."; both right, both kept) or
a clause of the writer's that the parser hung inside the reported clause. Two such clauses are told by
syntax alone:

* a coordinated cue (``coordinated_cues``): "Farage said the President did not know what he was talking
  about, and accused Number 10 of ...", "He announced that he was undergoing therapy and vowed to ...".
  The parser joins the second verb to the last verb of the reported clause, so the outer content runs on
  over it and the inner row takes that clause's subject ("the President") for its speaker. A finite verb
  with no subject of its own, joined to a finite verb of the reported clause, goes with the outer cue in
  news prose (the reporter's sentence goes on): the outer content ends before the conjunction, and the
  inner row takes the outer speaker and source. On the 692 PolNeAR tune documents this fires on 17 pairs
  in 17 documents, and the gold splits 16 of them the same way. A bare verb that shares the joined
  verb's auxiliary ("would offer ... and call"), a verb inside a quotation and a direct quote's clauses
  stay as parsed.
* a participle set off after the reported clause (``merged_participles``): "Clinton says Sanders
  accepted the money -- asserting that it did not change his views". A participle set off by a comma or a
  dash after a reported clause goes on the reporting clause, and the outer content already holds its
  words with the right speaker: the inner row is the same act of speech a second time under a misread
  speaker, and is dropped. Not when the speakers already agree, nor under a cue that only passes words on
  ("..., saying ..., according to Reuters": the inner is the speech) or a cue after its content.

PolNeAR's gold splits such sentences the same way (the outer content stops before the coordinated cue,
which is an attribution of its own). On the 692 PolNeAR tune documents, 212 shown statements share content
with another one and were matched right by gold 38% of the time (78% for the others); 125 shown statements
sit inside another's content (22% right by gold; PolNeAR leaves most nested reports unmarked: 102 nested
pairs in 16,466 gold attributions).
"""
from __future__ import annotations

from newsgraph.analyze.syntax import DASHES
from newsgraph.model import SHOWN_FRAMES, Span, Statement

#: outer cues that only pass on someone else's words: the nested statement is the speech itself
PASSING_ON = frozenset({"according", "accord", "report", "cite", "quote"})
#: punctuation that sets a participle off from the clause before it
SETTING_OFF = DASHES | {",", ";"}
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: auxiliaries that fix a verb group's tense
PAST_AUX = frozenset({"did", "was", "were", "had"})
PRESENT_AUX = frozenset({"do", "does", "is", "are", "am", "has", "have"})


def coordinated_cues(doc, statements: list[Statement]) -> None:
    """Cut each outer content before a coordinated cue of the outer speaker's that the parser read inside it,
    and give that cue's statement the outer speaker and source (in place; see the module docstring)."""
    text = doc.text
    for inner in statements:
        if inner.cue is None:
            continue
        head = _cue_head(doc, inner)
        if head is None or head.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in SUBJECTS for c in head.children):
            continue
        joined = head.head
        if not _apart(head, joined):
            continue
        outer = next((o for o in statements if o is not inner and o.cue is not None and o.content
                      and o.kind != "direct"  # a quote's words are the quoted speaker's, however parsed
                      and _inside(inner.cue.start, o) and _inside(joined.idx, o)
                      and _governs(_cue_head(doc, o), joined)), None)
        if outer is None:
            continue
        conjunction = next((c for c in joined.children if c.dep_ == "cc" and joined.i < c.i < head.i), None)
        if any(t.is_quote for t in doc[(conjunction or head).i:head.i]):
            continue  # 'and "has no comment ...': the quoted words are the reported clause's, quoted
        cut = (conjunction or head).idx
        while cut > 0 and text[cut - 1] in " ,;\n":
            cut -= 1
        resume = head.right_edge.idx + len(head.right_edge.text)
        outer.content = [Span.of(text, s, e) for c in outer.content
                         for s, e in ((c.start, min(c.end, cut)), (max(c.start, resume), c.end))
                         if any(ch.isalnum() for ch in text[s:e])]
        if outer.kind == "mixed" and not any(t.is_quote for c in outer.content
                                             for t in doc.char_span(c.start, c.end, alignment_mode="expand") or ()):
            outer.kind = "indirect"  # the quoted words were the inner statement's
        inner.speaker, inner.source = outer.speaker, outer.source


def merged_participles(doc, statements: list[Statement]) -> list[Statement]:
    """``statements`` without the inner rows that repeat part of an outer statement's content under a
    misread speaker (see the module docstring). The others keep their order."""
    framed = [s for s in statements if s.frame in SHOWN_FRAMES and s.cue is not None and s.content]
    dropped: set[int] = set()
    for inner in framed:
        participle = _set_off_participle(doc, inner)
        if participle is None:
            continue
        governor = participle.head
        for outer in framed:
            if outer is inner or outer.speaker is None or outer.speaker == inner.speaker:
                continue
            if not (_inside(inner.cue.start, outer) and _inside(governor.idx, outer)):
                continue
            cue = _cue_head(doc, outer)
            if cue is None or cue.pos_ not in ("VERB", "AUX") or cue.lemma_.lower() in PASSING_ON \
                    or cue.lower_ in PASSING_ON or not _governs(cue, governor):
                continue
            dropped.add(id(inner))
            break
    return [s for s in statements if id(s) not in dropped]


def _set_off_participle(doc, statement: Statement):
    """The cue verb of ``statement`` when it is a participle adjunct with no subject of its own, set off by
    a comma or a dash from the clause it hangs on ("..., asserting", "-- having suggested"); else None."""
    head = _cue_head(doc, statement)
    if head is None or head.dep_ != "advcl" or head.head is head:
        return None
    perfect = head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in head.children)
    if head.tag_ != "VBG" and not perfect:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in head.children):
        return None  # "..., Smith saying", "while saying": not a bare participle
    first = min([head, *(c for c in head.children if c.dep_ in ("aux", "advmod", "neg") and c.i < head.i)],
                key=lambda t: t.i)
    if first.i == 0 or first.i < head.head.i:
        return None  # a participle before its verb opens the sentence: its subject is that verb's
    return head if doc[first.i - 1].text in SETTING_OFF else None


def _governs(cue, verb) -> bool:
    """Whether ``verb`` is in the clause the cue verb ``cue`` reports, after the cue (cue first: "X said
    that ... verb"), in the same sentence."""
    if cue is None or cue.pos_ not in ("VERB", "AUX") or verb.i <= cue.i:
        return False
    return any(a.i == cue.i for a in verb.ancestors)


def _apart(verb, joined) -> bool:
    """Whether the coordinated ``verb`` is finite on its own (a tense or an auxiliary of its own) beside a
    finite ``joined``: "did not know ... and accused", "was undergoing ... and vowed", "carried out ... and
    accused". A bare verb shares the joined verb's auxiliary ("would offer ... and call"): not apart."""
    return _tense(verb) is not None and _tense(joined) is not None


def _auxiliary(verb):
    return next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)


def _tense(verb) -> str | None:
    """"past", "present" or the modal of a finite verb group (its first auxiliary, else its own tag); None
    for a bare infinitive or participle (no tense of its own to compare)."""
    first = _auxiliary(verb)
    if first is not None:
        word = first.lower_
        if word in PAST_AUX:
            return "past"
        if word in PRESENT_AUX:
            return "present"
        return word if first.tag_ == "MD" else None
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return None


def _cue_head(doc, statement: Statement):
    span = doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _inside(offset: int, statement: Statement) -> bool:
    return any(c.start <= offset < c.end for c in statement.content)
