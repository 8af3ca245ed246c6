"""Which clause or phrase of a cue construction is what was said: the that-clause hung on a channel
noun ("said in a statement that ..."), not the writer's framing clause ("While ..., X says ..."),
not a clause a semicolon parts from the cue, and the words of a text a speech participle tells
("wrote a letter saying ..."). Pure functions over spaCy tokens, used by ``constructions``.
"""
from __future__ import annotations

from newsgraph.analyze import resources
from newsgraph.analyze.statements.quotes import QUOTE_TOKENS

# Nouns naming a channel of words: "said in a statement that ...", "wrote in a letter that ...".
CHANNEL_NOUNS = frozenset("statement letter email e-mail memo post tweet filing interview release message note "
                          "blog op-ed editorial speech video podcast broadcast newsletter".split())
# Nouns of a time phrase ("at the time", "on the day", "that week").
TIME_NOUNS = frozenset("time moment day week month year weekend morning afternoon evening night".split())
# Subordinators that open the writer's framing clause ("While ..., X says ...").
FRAMING_SUBORDINATORS = frozenset("while although though whereas as because since when after before if "
                                  "until once".split())
WRITING_VERBS = frozenset({"write", "post", "tweet", "publish"})


def channel_clause(verb) -> list:
    """'X said in a statement that A', 'wrote in a letter that A', 'said at the time that A': the
    parser hangs the that-clause on the channel or time noun; it is what the cue verb reports
    (the channel is how, the time when)."""
    if verb.lemma_.lower() not in resources.speech_verbs() and verb.lemma_.lower() not in WRITING_VERBS:
        return []
    doc = verb.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "at", "via", "through") or prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in CHANNEL_NOUNS | TIME_NOUNS:
                continue
            # a that-clause, not a relative one ("a statement that was posted online")
            return [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i
                    and any(g.dep_ in ("mark", "advmod") and g.lower_ == "that" and g.i == c.left_edge.i
                            and g.i + 1 < len(doc) and doc[g.i + 1].pos_ not in ("VERB", "AUX")
                            for g in c.children)][:1]
    return []


def without_framing_clause(verb, clauses) -> list:
    """"While the lineup is thin, X says there is a chance ...": a clause before the cue that opens
    with a subordinator ("while", "although", "as") is the writer's frame, not what X said, when
    the cue has a clause of its own after it (the parser may still take it for a complement)."""
    if not any(c.i > verb.i for c in clauses):
        return clauses
    return [c for c in clauses if c.i > verb.i or not (
        c.left_edge.dep_ == "mark" and c.left_edge.lower_ in FRAMING_SUBORDINATORS)]


def across_semicolon(clause, verb) -> bool:
    """"A; editorials railed against it": a clause before the cue that a semicolon (outside quotes)
    parts from the cue clause is the writer's clause beside it, not what the cue reports."""
    if clause.i > verb.i:
        return False
    doc = verb.doc
    between = doc[clause.right_edge.i + 1:verb.i]
    return any(t.text == ";" for t in between) and not any(t.text in QUOTE_TOKENS for t in between)


def words_of_text(objects) -> list:
    """"wrote a letter saying A", "posted a column mocking B as C": the words of the text an object
    names, told by a speech participle hanging on it, are the content (the text is the channel);
    their tokens, or [] when the object is no such text."""
    if len(objects) != 1 or objects[0].lemma_.lower() not in CHANNEL_NOUNS | {"column", "commentary", "article"}:
        return []
    from newsgraph.analyze.statements.cue_frames import cue_classes

    verbs = resources.speech_verbs()
    participle = next((c for c in objects[0].children if c.dep_ == "acl" and c.tag_ == "VBG" and (
        c.lemma_.lower() in verbs or cue_classes().get(c.lemma_.lower()) in ("speech", "writing"))), None)
    if participle is None:
        return []
    return [t for t in participle.subtree if t.i > participle.i]
