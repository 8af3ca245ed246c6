"""Public stances named by phrasal verbs the tables lack: "stand with X", "push back on X", "take issue with X".

Political reporting names siding with someone and rejecting someone's claim by idioms that neither the
CAMEO verb dictionary nor our table holds; the blind labellers of the dev sets list them as missed events
(evlab16/17: "SUPPORT letter writer -> Romney, 'stand with'", "REJECT Priebus -> Trump, 'pushed back'",
"REJECT Sanders -> critics, 'took issue with'"). Each is read only in the form that names a stance:

- "stand with X" (CAMEO 051 praise or endorse, whose "stand by" it matches; PLOVER SUPPORT), with
  someone named after "with", in the present or with a modal ("we stand with Israel", "should stand
  with the party", "is standing with Trump"), not the past or a participle ("stood with other leaders",
  "Standing with activists, she ..."), which as often tell where someone stood;
- "push back on / against X" (CAMEO 12 reject; PLOVER REJECT): a claim, charge or plan opposed;
- "take issue with X" (CAMEO 12 reject; PLOVER REJECT, as "disputed the account"): a claim disputed.

On 24,000 PolNeAR tune sentences these forms were right (an event of that type) in 9 of 10 "stand with",
8 of 9 "push back on/against" and 3 of 3 "take issue with" uses (the seventeenth session's count, helper
evmiss3).
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.events import participants as P
from newsgraph.analyze.events.lexicon import Trigger

#: the tags of a verb in the past or a bare participle ("stood with", "standing with activists, she ...")
PAST = {"VBD", "VBN"}


def stance_trigger(token) -> Optional[Trigger]:
    """The trigger of a stance idiom headed by the verb ``token``, or None."""
    lemma = token.lemma_.lower()
    if lemma == "stand" and _stands_with_someone(token):
        return Trigger(("stand", "with"), "VERB", "SUPPORT", None, "event", cameo="051")
    if lemma == "push" and _pushed_back(token):
        return Trigger(("push", "back"), "VERB", "REJECT", None, "event", cameo="12")
    if lemma == "take" and _took_issue(token):
        return Trigger(("take", "issue"), "VERB", "REJECT", None, "event", cameo="12")
    return None


def _stands_with_someone(verb) -> bool:
    if verb.tag_ in PAST or (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "ROOT") and not any(
            c.dep_ == "aux" for c in verb.children)):
        return False
    obj = P.prep_pobj(verb, ("with",))
    return obj is not None and P.is_someone(obj)


def _pushed_back(verb) -> bool:
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    return back and P.prep_pobj(verb, ("on", "against")) is not None


def _took_issue(verb) -> bool:
    issue = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "issue"), None)
    if issue is None or any(c.dep_ == "det" for c in issue.children):
        return False  # "took the issue to court": a matter, no disagreement
    return P.prep_pobj(verb, ("with",)) is not None or P.prep_pobj(issue, ("with",)) is not None
