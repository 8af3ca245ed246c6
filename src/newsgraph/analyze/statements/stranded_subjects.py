"""The subject of a reported clause that the parser read as the cue's object.

A reported clause is what was said whole, its subject included. When a comma aside parts the subject
from its verb ("she said their networks, almost all men a few years ago, were now mostly women") the
parser may hang the subject ("their networks") on the cue as its direct object and leave the reported
verb ("were") with no subject; the content then starts at the verb ("were now mostly women"), which no
reader takes for the words said. A cue that reports a finite clause takes no noun object beside it (the
one told is a person: "told him ... would"), so the object standing between the cue and a subjectless
finite clause is that clause's subject and the content starts there.

(A relative clause whose gap is the reported clause's subject, "an article that Roe said was written",
is ``statements._with_antecedent``'s: the noun goes first.)
"""
from __future__ import annotations

import re

from newsgraph.analyze.statements.segments import char_range, merge_segments

#: verbs whose object is the one spoken to ("told the board", "assured voters"), never what is said
ADDRESSING_VERBS = frozenset("tell inform brief remind assure warn notify advise ask urge email text write".split())
#: a conjunction joining two acts of the cue's subject
CONJUNCTION = re.compile(r"\b(?:and|or|but)\b", re.IGNORECASE)
#: dependencies of a clause's own subject
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: tags of a verb with a tense of its own
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def finite(verb) -> bool:
    """"was written", "would pass", "were": a verb with a tense or a modal (not "to pass", "passing")."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def subjectless(clause) -> bool:
    """A finite reported clause without a subject of its own."""
    return clause.pos_ in ("VERB", "AUX") and finite(clause) and not any(
        c.dep_ in CLAUSE_SUBJECTS for c in clause.children)


def stranded_object(verb, clause):
    """The cue's direct object that is the stranded subject of ``clause`` ("said their networks, ...,
    were now ..."), or None: a noun (no pronoun, no person: "told him ... would" names the one told)
    between the cue and the clause, outside the clause."""
    if clause.i < verb.i or not subjectless(clause) or verb.lemma_.lower() in ADDRESSING_VERBS:
        return None  # "told reporters (that) ...", "told Flint residents not to ...": the one told
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.left_edge.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("PERSON", "NORP", "ORG"):
        return None
    doc = verb.doc
    if CONJUNCTION.search(doc.text, obj.right_edge.idx, clause.left_edge.idx):  # (not "ISIS or ISIL" inside it)
        return None  # "touted her record—"A"—and promised to ...": two acts joined (the tokenizer may glue
        # the conjunction to a dash or a quote mark, so it is read off the text)
    between = doc[obj.right_edge.i + 1:clause.i]
    if obj.right_edge.i >= clause.left_edge.i or any(t.dep_ in ("mark", "cc") or t.pos_ == "VERB"
                                                    for t in between):
        return None  # "noted the plan that ...": a mark of its own; "touted X and promised Y": two acts
    return obj


def with_stranded_subjects(doc, verb, clauses, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``segments`` (a cue's reported content) with the cue's object that is the stranded subject of a
    reported clause, in front of that clause."""
    out = list(segments)
    for clause in clauses:
        obj = stranded_object(verb, clause)
        if obj is None:
            continue
        start = char_range(doc, obj.left_edge.i, obj.right_edge.i + 1)[0]
        # the subject with its aside up to the clause: one span ("their networks, ..., were now ...")
        k = next((k for k, seg in enumerate(out) if seg[0] >= start), None)
        if k is None:
            continue
        out[k] = (start, out[k][1])
    return merge_segments(doc, out) if out != segments else segments
