"""No comment: "X declined to comment", "X did not respond to a request for comment".

Journalists record who would not speak; such a sentence is a ``no_comment`` statement of X with
no content (what X did not say is not content). Found on the parse by word classes:

* a refusal verb with a speaking complement: "declined to comment", "refused to say",
  "declined to elaborate", "would not discuss";
* a negated answer: "did not respond", "has not replied", "did not return calls / messages",
  "messages left with X were not returned";
* "could not be reached (for comment)", "was not available for comment";
* "had no (immediate) comment";
* information withheld: "did not provide further information", "didn't give a date",
  "declined to give details" (a verb of giving with an object that names information).

A no-comment needs a speaker (its subject); without one it is left out.
"""
from __future__ import annotations

from dataclasses import dataclass

from newsgraph.analyze.statements.sources import source_of

REFUSALS = frozenset("decline refuse".split())
SPEAKING = frozenset("comment respond reply elaborate discuss say answer speak confirm address".split())
ANSWERS = frozenset("respond reply return answer comment".split())
REACH = frozenset("reach contact".split())
# what one does not answer when one does not comment
ASKING = frozenset("request question inquiry query call message email letter comment".split())
COMMENT_NOUNS = frozenset("comment comments".split())
#: what one keeps back when one will not tell it: "did not disclose the price", "would not say how many"
WITHHELD = frozenset("disclose reveal specify elaborate identify detail name say comment confirm discuss".split())
#: of those, the ones that still report a saying when merely negated ("did not say that X"): a
#: no-comment only with a modal of refusal ("would not say") or a question left open ("how many")
SAYING = frozenset("say confirm".split())
MODALS_OF_REFUSAL = frozenset("would will could can wo ca".split())
WH_WORDS = frozenset("how what who whom whose which when where why whether if".split())
#: verbs of giving, and the information one gives when one answers: "did not give a date"
GIVING = frozenset("give provide offer release share supply".split())
INFORMATION_NOUNS = frozenset("information detail details date timeline timetable figure figures number numbers "
                              "name names reason reasons explanation estimate breakdown specifics comment "
                              "comments update details answer answers indication clarification".split())
# what was left unanswered: "Messages left with X were not returned"
UNANSWERED = frozenset("call message email request inquiry query".split())


@dataclass
class NoComment:
    """A no-comment: the cue tokens (the refusal and its complement) and the speaker's tokens."""

    cue_tokens: list
    source_tokens: list

    @property
    def cue_ids(self) -> set[int]:
        return {t.i for t in self.cue_tokens}


def find_no_comments(doc) -> list[NoComment]:
    """Every no-comment construction with a subject in ``doc``, in text order."""
    out = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
            continue
        cue = _no_comment_cue(verb)
        if cue is None:
            continue
        source = _unanswered(verb) or source_of(verb) or _passive_subject(verb)
        if not source or all(t.pos_ == "PRON" and t.lower_ in ("it", "there") for t in source):
            continue
        out.append(NoComment(sorted(cue, key=lambda t: t.i), source))
    return out


def _no_comment_cue(verb):
    lemma = verb.lemma_.lower()
    negated = _negated(verb)
    parts = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and abs(c.i - verb.i) <= 3]
    if lemma in REFUSALS or (negated and lemma in ("will", "would")):
        complement = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")
                           and c.lemma_.lower() in SPEAKING and c.i > verb.i), None)
        if complement is not None:
            to = [c for c in complement.children if c.dep_ == "aux" and c.lower_ == "to"]
            return parts + [verb] + to + [complement]
        complement = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                           and c.lemma_.lower() in GIVING and _gives_information(c)), None)
        if complement is not None:  # "declined to give details"
            to = [c for c in complement.children if c.dep_ == "aux" and c.lower_ == "to"]
            return parts + [verb] + to + [complement]
        return None
    if lemma in GIVING and _gives_information(verb, negated) \
            and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return parts + [verb]  # "did not provide further information", "didn't give a date"
    if negated and lemma in WITHHELD and verb.tag_ != "VBG" and _withheld(verb, lemma):
        return parts + [verb]  # "did not disclose the price", "would not say how many"
    if lemma == "return" and negated and _unanswered(verb):
        return parts + [verb]  # "Messages left with X were not returned"
    if lemma in ANSWERS and negated:
        if lemma == "return":  # "did not return calls / messages / a request for comment"
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is None or obj.lemma_.lower() not in ("call", "message", "email", "request", "inquiry", "query"):
                return None
        preps = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if preps and not any(g.lemma_.lower() in ASKING for g in preps):
            return None  # "did not respond to the attack" is no refusal to speak
        return parts + [verb]
    if lemma in REACH and negated and any(c.dep_ == "auxpass" for c in verb.children):
        return parts + [verb]
    if lemma in ("be", "have") and (negated or lemma == "have"):
        # "was not available for comment", "had no (immediate) comment"
        for child in verb.children:
            if lemma == "be" and child.dep_ == "acomp" and child.lower_ in ("available", "reachable") and negated \
                    and _has_comment_prep(child):
                return parts + [verb, child]
            if lemma == "have" and child.dep_ == "dobj" and child.lower_ in COMMENT_NOUNS \
                    and any(g.lower_ == "no" for g in child.children):
                return parts + [verb] + [g for g in child.children if g.i < child.i] + [child]
    return None


def _withheld(verb, lemma: str) -> bool:
    """Whether a negated "disclose / say ..." keeps something back rather than reports a saying:
    "did not disclose the price" always; "did not say" with a modal of refusal ("would not say")
    or an open question as its complement ("did not say how many"), not "did not say that X"."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # "the price was not disclosed": what was kept back, not who kept it
    if lemma not in SAYING:
        return True
    if any(c.dep_ == "aux" and c.lower_ in MODALS_OF_REFUSAL for c in verb.children):
        return True
    complement = next((c for c in verb.children if c.dep_ in ("ccomp", "dobj")), None)
    if complement is None:
        return True  # "declined questions and did not say"
    return any(t.lower_ in WH_WORDS for t in complement.subtree if t.i < complement.i or t is complement)


def _gives_information(verb, negated: bool = True) -> bool:
    """Whether a verb of giving has an object that names information ("a date", "further details");
    not ``negated``: only an object denied by "no" ("gave no details")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in INFORMATION_NOUNS
               and (negated or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)) for c in verb.children)


def _unanswered(verb):
    """Who did not answer "Messages left with the company were not returned": the object of "with"
    or "to" inside the unanswered message's phrase."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lemma_.lower() not in UNANSWERED:
        return None
    for token in subject.subtree:
        if token.dep_ == "pobj" and token.head.lower_ in ("with", "to") and token.pos_ in ("NOUN", "PROPN"):
            return list(token.subtree)
    return None


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _has_comment_prep(token) -> bool:
    return any(c.dep_ == "prep" and any(g.lower_ in COMMENT_NOUNS for g in c.children) for c in token.children)


def _passive_subject(verb):
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return list(subject.subtree) if subject is not None else None
