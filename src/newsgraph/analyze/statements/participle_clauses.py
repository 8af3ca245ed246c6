"""Which clause a participial cue goes on from, where the parser attached it (or its clause) wrongly.

A participle set off by a comma (", acknowledging that ...", ", saying ...") takes the subject of the
clause before it (``sources.source_of``). Two parser slips make that subject the wrong one:

* ``stranded_subject``: in "Auditors faulted the agency with fraud and Varga dismissed her director,
  acknowledging that ..." the parser may join "Varga" to "fraud" as a second object and leave
  "dismissed" without a subject, conjoined to "faulted"; every cue on "dismissed" then borrowed the
  auditors. A finite verb right after "and/but NOUN", with no subject of its own, has that noun phrase
  for its subject -- English puts the subject right before its verb.
* ``clause_verb_of_noun_participle``: in "Varga called for a recount on Monday, declaring that ..." the
  parser may hang the participle on a noun of the clause ("Monday", "recount") rather than on its verb;
  a reporting participle after the verb of a clause goes on with that verb's subject, as it would had
  it hung on the verb.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze import resources
from newsgraph.analyze.statements.cue_clauses import set_off_by_comma
from newsgraph.analyze.syntax import FINITE_TAGS, SUBJECT_DEPS

#: how far from a noun to climb to the verb of its clause
LONGEST_CLIMB = 6


def stranded_subject(verb) -> Optional[list]:
    """The noun phrase right before a conjoined finite ``verb`` without a subject of its own, when the
    parser joined that phrase to a noun of the clause before ("charged A with B and Varga fired C":
    "Varga" as a second object beside "B"): its tokens, or None."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or verb.i < 2 or verb.head.i > verb.i \
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children):
        return None
    doc = verb.doc
    noun = doc[verb.i - 1]
    if noun.pos_ not in ("PROPN", "NOUN") or noun.dep_ != "conj" or noun.head.i >= noun.i \
            or noun.head.dep_ in SUBJECT_DEPS or any(c.dep_ in ("conj", "cc") for c in noun.children):
        return None
    words = [t for t in doc[noun.left_edge.i:noun.i + 1]]
    cc = doc[words[0].i - 1]
    if cc.lower_ not in ("and", "but") or cc.dep_ != "cc" or cc.head.i != noun.head.i \
            or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return words


def clause_verb_of_noun_participle(participle):
    """The verb of the clause a reporting participle was hung off a noun of ("X called for a vote,
    declaring that ...": on "vote"), when that noun stands after the verb and names no one (a person
    noun may itself be the one saying it); else None."""
    from newsgraph.analyze.statements.sources import is_person_noun

    if participle.dep_ != "acl" or participle.tag_ != "VBG" or not set_off_by_comma(participle) \
            or participle.lemma_.lower() not in resources.speech_verbs() \
            or not any(c.dep_ == "ccomp" for c in participle.children):
        return None
    noun = participle.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ not in ("DATE", "TIME") and is_person_noun(noun):
        return None
    node = noun
    for _ in range(LONGEST_CLIMB):
        if node.head is node:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node if node.i < noun.i else None
    return None
