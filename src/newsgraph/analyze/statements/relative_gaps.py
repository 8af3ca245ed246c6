"""A cue in a relative clause whose reported words have a hole where the noun it modifies belongs.

In "the case he has said he would make" or "the competence she promised to bring to the presidency" what was
said or promised is the noun the relative clause hangs on ("he would make the case"); the words after the cue
("he would make", "to bring to the presidency") lack their object, and no span of the text gives the words
whole. Shown as content such a fragment is wrong (the blind reviewers of sets 10-14 marked both), so the
statement is kept as a belief, not shown, as ``no_words`` does for other contents that name no words.

A relative clause whose gap is the reported clause's subject ("a rule that he said would help": the noun is
said to help, and the content is read with the noun), whose gap is an adjunct ("where he said he can win",
"the day she told reporters that ..."), or whose cue gives its words as a predicate of the noun ("which he
called 'a cartel'", "whom he describes as reckless") reports whole words and is left alone. Read off the
parse: the relative word's dependency, the subjects of the reported clause, the cue's predicate complements.
"""
from __future__ import annotations

from newsgraph.analyze.statements.content_choice import TIME_NOUNS

#: dependencies of the relative clause's gap when it is a subject, an adjunct or a possessor
NOT_OBJECT_GAPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "advmod", "npadvmod", "poss"})
#: nouns a relative clause with no relative word modifies as an adjunct ("the place officials say X happened")
ADJUNCT_NOUNS = TIME_NOUNS | frozenset({"place", "way", "reason", "extent", "point", "time", "hour", "period"})
#: relative words
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "what"})
#: the cue's complements that give the words as a predicate of the gap ("called it X", "described it as X")
PREDICATE_DEPS = frozenset({"oprd", "attr", "acomp"})
#: what fills a verb's object slot, or stands for it
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "ccomp", "xcomp", "acomp", "dative"})


def _relative_word(cue):
    """The relative pronoun of the relative clause the cue heads, or None (a zero relative)."""
    for token in sorted(cue.subtree, key=lambda t: t.i):  # (a pronoun hung on the reported verb comes first)
        if token.i >= cue.i:
            break
        if token.tag_ in ("WDT", "WP", "WP$", "WRB") or token.lower_ in RELATIVE_WORDS and token.i == cue.left_edge.i:
            return token
    return None


def _finite(verb) -> bool:
    """"would help", "runs", "was": a verb with a tense or a modal of its own (not "to help", "helping")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in verb.children)


def _subject_gap(cue) -> bool:
    """Whether a finite clause the cue reports has no subject: the noun is its subject ("a rule he said
    would help")."""
    return any(c.dep_ == "ccomp" and _finite(c) and not any(
        g.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for g in c.children) for c in cue.children)


def _deepest_complement(cue):
    """The verb at the end of the cue's chain of verb complements ("promised to bring" -> "bring", "said he
    would make" -> "make"), or the cue itself."""
    verb = cue
    while True:
        nxt = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
        if nxt is None:
            return verb
        verb = nxt


def _lacks_object(verb) -> bool:
    """Whether a verb has no object or complement ("receiving", "to help pay for", "said about X"): the
    relative clause's noun is what it takes."""
    return not any(c.dep_ in OBJECT_DEPS for c in verb.children)


def gapped_relative(head) -> bool:
    """Whether a cue verb heads a relative clause whose reported words lack the object the modified noun is."""
    if head is None or head.dep_ != "relcl" or head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    if any(c.dep_ in PREDICATE_DEPS or c.dep_ == "prep" and c.lower_ == "as" for c in head.children):
        return False  # "which he called 'a cartel'", "whom he describes as reckless": the words are given
    relative = _relative_word(head)
    if relative is not None:
        if relative.dep_ in NOT_OBJECT_GAPS or relative.head.dep_ == "prep" or relative.dep_ in ("pobj", "mark"):
            return False  # "who said", "which he said runs", "where he said", "in which he said"; a "that" the
            # parser read as a conjunction tells no gap (it may have misread the clause)
        if relative.head.i == head.i and any(c.dep_ in OBJECT_DEPS and c.i != relative.i for c in head.children):
            return False  # "which he declared 'a disaster'": the words are the cue's second object
        if any(t.i == relative.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree):
            return False
        return not _subject_gap(head)
    if head.head.lemma_.lower() in ADJUNCT_NOUNS or _subject_gap(head):
        return False  # "the day she told reporters that ...", "the rule he said would help"
    return _lacks_object(_deepest_complement(head))  # "the fees he reported receiving"; not "(X has proposed
    # accepting 10,000 refugees)", a parenthesis the parser hung on a noun
