"""Cues that report no words: a topic talked about, a picture posted, a pro-form, a speaking never done.

The blind reviewers judge a shown statement's content by whether it holds what was said (RUBRIC.md). Some
speech cues carry a content that cannot: what a talk was about ("spoke about the proposed border wall",
"talked more about policy"), a picture ("tweeted a photo of the square"), a word standing for words given
elsewhere or nowhere ("said little", "acknowledged as much"); and some name a speaking that did not happen
("his inability to answer a question", "was pressed to explain", "expects Ruiz to announce a plan",
"plans to say"). Over the released blind sets 10-14 and the statement labels (stlab11, evlab15, evlab17,
cal13) the shown rows of these kinds were judged wrong 14 times in 16 (twentieth session, issue 10), so
such a statement is kept as a belief or an intention (in the JSON, not shown by default) rather than shown
as words. A topic with a clause of its own ("talked about how the flood changed the town", "spoke about the
need for voters to trust the council", "has talked about building a pier") reports what was said and stays.
"""
from __future__ import annotations

from newsgraph.analyze.resources import cue_classes

# Verbs of talking whose prepositional or direct object is the matter talked about, not the words.
TOPIC_VERBS = frozenset("talk speak discuss chat converse".split())
# Nouns of pictures: posting one posts no words.
PICTURE_NOUNS = frozenset("photo photograph picture image video clip meme gif selfie cartoon graphic".split())
# Words that stand for words given elsewhere or nowhere ("said little", "acknowledged as much", "said so").
PRO_FORMS = frozenset({"little", "much", "so", "nothing", "same"})
# Nouns of a speaking not done: lacked, refused or only asked for ("his inability to answer").
UNDONE_NOUNS = frozenset("inability failure refusal reluctance unwillingness pressure call calls demand demands "
                         "request requests expectation expectations".split())
# Verbs of addressing someone: in the passive ("was pressed to explain") the speaking is asked for, not done.
ASKING_VERBS = frozenset("press ask urge push encourage invite call challenge dare force tell pressure".split())
# Verbs of trying: "tried to defend his remarks" did defend them.
CONATIVE_VERBS = frozenset("try attempt seek strive manage endeavor endeavour move".split())


def wordless_content(doc, content: list[tuple[int, int]], lemma: str, head) -> bool:
    """Whether a speech or writing cue's content (character ranges) names no words: a topic of a
    talking verb, a picture a verb posts, or a pro-form -- a noun phrase with no verb of its own (a
    participle only modifying a noun, "the proposed wall", still a noun phrase) and no quotation mark."""
    tokens = _content_tokens(doc, content)
    if not tokens or any(t.is_quote for t in tokens) or any(_clause_verb(t) for t in tokens):
        return False
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if words and words[0].lower_ == "as":
        words = words[1:]  # "as much"
    if words and words[0].lower_ in PRO_FORMS and (len(words) == 1 or words[1].pos_ == "ADP"):
        return True  # "said little", "acknowledged as much in an interview"; not "so many voters"
    if lemma in TOPIC_VERBS:
        return True
    objects = [c for c in head.children if c.dep_ == "dobj"] if head is not None else []
    return len(objects) == 1 and objects[0].lemma_.lower() in PICTURE_NOUNS


def unperformed(head) -> bool:
    """Whether a cue infinitive names a speaking that did not happen: one a noun of lacking, refusing or
    asking governs ("his inability to answer", "the pressure to explain"), one a passive verb of asking
    governs ("was pressed to explain"), or one under a verb of belief or intention ("expects Ruiz to
    announce a plan", "plans to say"; not a verb of trying: "tried to defend" did defend)."""
    if head is None or head.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    governor = head.head
    if governor is head:
        return False
    if head.dep_ == "acl" and governor.pos_ == "NOUN":
        return governor.lower_ in UNDONE_NOUNS
    if head.dep_ not in ("xcomp", "ccomp") or governor.pos_ not in ("VERB", "AUX"):
        return False
    lemma = governor.lemma_.lower()
    if lemma in ASKING_VERBS and any(c.dep_ in ("auxpass", "nsubjpass") for c in governor.children):
        return True
    return cue_classes().get(lemma) in ("belief", "intention") and lemma not in CONATIVE_VERBS


def _content_tokens(doc, content: list[tuple[int, int]]) -> list:
    tokens = []
    for start, end in content:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return []
        tokens.extend(span)
    return tokens


def _clause_verb(token) -> bool:
    """A verb that makes a clause of the content (a finite verb, an infinitive, a gerund, a relative clause),
    not a participle that only modifies a noun ("the proposed wall", "issues related to X")."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return not (token.tag_ == "VBN" and token.dep_ in ("amod", "acl", "compound"))
