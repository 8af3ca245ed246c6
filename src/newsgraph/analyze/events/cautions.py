"""What a warning is when it names no act of force: a threat, an urging, a charge, or a remark.

"warn" is a frame verb of PLOVER THREATEN (CAMEO 130), and a warning that names a forceful act ("warned of
military action", "warned it would impose sanctions") keeps that reading elsewhere. CAMEO's own WARN patterns
show that most other warnings are no threat: "WARN (OF RISK)", "WARN CATASTROPHE" are pessimistic comments
(012, no PLOVER event), "WARN TERRORIST" is an accusation (112), and only "WARN CONSEQUENCES", "(OF RESPONSE)",
"{SEVERE REPRISALS}" threaten (130). PLOVER THREATEN is a "coercive or forceful warning with serious potential
repercussions". Read from the construction:

- "warned the Fed not to act": a negated infinitive urges the one warned (PLOVER REQUEST, CAMEO 10 demand);
- "warned us about those smugglers": a warning about someone charges them (ACCUSE disapprove, CAMEO 112);
- "warned that the rival would imperil the constitution", '"It is undermining our values," he warned': a
  clause that says someone other than the warner does harm charges them (ACCUSE disapprove);
- "warned that nobody can win without them": a claim about everyone or no one is a remark, no event;
- the rest ("warned they could sell off assets", "warned that X would face consequences") stays a threat.
Pure functions over spaCy tokens, used by ``patterns``.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.events import participants as P
from newsgraph.analyze.events import subjects
from newsgraph.analyze.events.objects import CONTEMPT, negative_words

#: a warning's reading when it is no threat: (type, mode), or NO_EVENT for a mere remark
NO_EVENT = ("", None)
#: pronouns that may stand for the warner ("warned they could sell off assets": the warner's own act)
WARNER_PRONOUNS = {"i", "we", "he", "she", "they"}
#: universal and negative quantifiers: a warning of what "nobody" or "everyone" can do is about the world
QUANTIFIED = {"nobody", "everybody", "everyone", "anybody", "anyone", "nothing", "everything", "somebody",
              "someone", "one"}
#: what a threatening warning announces (CAMEO: "WARN CONSEQUENCES", "(OF RESPONSE)", "{SEVERE REPRISALS}")
REPERCUSSIONS = {"consequence", "repercussion", "reprisal", "retaliation", "retaliate", "response", "respond",
                 "retribution", "punishment", "punish", "price", "pay", "action", "measure", "countermeasure"}


def _negative(token) -> bool:
    """A word of strongly negative valence or contempt that no "not" softens."""
    word = token.lemma_.lower()
    if word not in negative_words() and token.lower_ not in negative_words() and word not in CONTEMPT:
        return False
    return not any(c.dep_ == "neg" for t in (token, token.head) for c in t.children)


def warning_reading(token, complement) -> Optional[tuple[str, Optional[str]]]:
    """How the warning verb ``token`` with ``complement`` (its frame complement, or None) reads when its
    complement names no event: ("REQUEST", "change"), ("ACCUSE", "disapprove"), ``NO_EVENT``, or None (a
    threat, as the tables say)."""
    if token.lemma_.lower() != "warn" or token.pos_ != "VERB":
        return None
    if complement is not None and complement.dep_ == "xcomp" and any(
            c.dep_ == "neg" for c in complement.children) and P.first_child(token, ("dobj",)) is not None:
        return "REQUEST", "change"  # "warned the Fed not to act this year": urged not to
    clause = complement if complement is not None and complement.dep_ == "ccomp" else P.first_child(token, ("ccomp",))
    if clause is None:
        about = P.prep_object(token, ("about", "of"))
        if about is not None and P.is_someone(about) and about.pos_ != "PRON":
            return "ACCUSE", "disapprove"  # "warned us about those smugglers": charged, not threatened
        return None
    said_of = P.first_child(clause, ("nsubj", "nsubjpass"))
    if said_of is None or said_of.lower_ in WARNER_PRONOUNS:
        return None  # "warned they could sell off assets": possibly the warner's own act, a threat
    warner = subjects.subject(token)
    if warner is not None and said_of.lemma_.lower() == warner.lemma_.lower():
        return None
    conditions = {t.i for c in clause.children if c.dep_ == "advcl" for t in c.subtree}
    words = [t for t in clause.subtree if t.i not in conditions]  # ("... will not sit on our hands if the
    # situation worsens": the condition of a threat is no charge)
    if any(t.lemma_.lower() in REPERCUSSIONS for t in words):
        return None  # "warned that Iran would face consequences"
    if said_of.lower_ in QUANTIFIED or (said_of.lower_ == "no" and said_of.head.lower_ == "one"):
        return NO_EVENT  # "warned that nobody can win the White House without them": a remark
    if said_of.pos_ == "PRON":
        # '"It is undermining our values," he warned': "it" charged only by the clause's own verb ("warned
        # that it could be a disaster" is a remark about what may happen)
        charged = said_of.lower_ == "it" and _negative(clause)
    else:
        charged = P.is_someone(said_of) and any(_negative(t) for t in words if t.i != said_of.i)
    return ("ACCUSE", "disapprove") if charged else None  # "warned that the rival would imperil ..."
