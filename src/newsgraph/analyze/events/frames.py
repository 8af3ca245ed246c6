"""Frame verbs (REQUEST, REJECT, THREATEN, AGREE: "urged X to withdraw", "threatened sanctions") and
what their complement makes of them: the type and mode the complement gives, a shared view (SUPPORT,
not AGREE), a threat with no one threatened, a fact conceded. Pure functions over spaCy tokens, used by
``patterns``.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.events import participants as P
from newsgraph.analyze.events import subjects
from newsgraph.analyze.events.lexicon import Lexicon
from newsgraph.analyze.events.objects import CONTEMPT
from newsgraph.analyze.resources import speech_verbs

MATERIAL_CONFLICT_THREAT = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations",
                            "MOBILIZE": "violence", "PROTEST": "restrict"}


def opinion_shared(token, complement) -> bool:
    """"agreed with Jones that ...", "I agree with him": agreeing with someone's view (PLOVER SUPPORT), not
    agreeing to something (AGREE: "agreed with Canada to cut tariffs", "agreed with X on a deal")."""
    partner = P.prep_object(token, ("with",))
    if token.lemma_.lower() != "agree" or partner is None or not P.is_someone(partner):
        return False
    return complement is None or complement.dep_ == "ccomp"


def admitted(verb) -> set:
    """The verb and the clause of fact it concedes: no events of their own."""
    return {verb.i} | {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}


def threatened_someone(token, complement, target, lexicon: Lexicon) -> bool:
    """A threat or warning with no act of force named in it needs someone threatened or warned: not a
    thing ("threaten the viability of"), not an advisory to no one ("warned that the heat could ...")."""
    if (token.lemma_.lower() == "threaten" and complement is not None and complement.dep_ == "dobj"
            and complement.pos_ in ("NOUN", "PROPN") and lexicon.noun(complement) is None):
        return P.is_someone(complement) or complement.ent_type_ == "GPE"  # not "threatened sanctions"
    if token.lemma_.lower() in ("warn", "warning"):
        said = P.first_child(token, ("ccomp",))
        cause = P.first_child(said, P.SUBJECT_DEPS) if said is not None else None
        if cause is not None and not P.is_someone(cause) and cause.ent_type_ != "GPE":
            return False  # "warned residents that the heat could cause dehydration": an advisory
        return target is not None and (P.is_someone(target) or target.ent_type_ == "GPE")
    return True


def frame_type(frame: str, inner: Optional[str], inner_mode: Optional[str]):
    if frame in ("REQUEST", "REJECT"):
        if inner in ("RETREAT", "CONCEDE"):
            return frame, "yield"
        if inner in ("CONSULT",):
            return frame, "meet"
        if inner in ("AID", "COOPERATE", "SUPPORT"):
            return frame, "assist"
        return frame, "change"
    if frame == "THREATEN":
        if inner == "COERCE" and inner_mode == "seize":
            return "THREATEN", "territory"
        if inner == "COERCE" and inner_mode == "arrest":
            return "THREATEN", "arrest"
        return "THREATEN", MATERIAL_CONFLICT_THREAT.get(inner or "")
    if frame == "AGREE":
        if inner in ("RETREAT", "CONCEDE"):
            return "CONCEDE", None  # announced future retreats are CONCEDE (PLOVER)
        if inner in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE"):
            return "THREATEN", MATERIAL_CONFLICT_THREAT.get(inner)
        if inner in ("REJECT", "REQUEST", "ACCUSE", "THREATEN"):
            return inner, inner_mode
        return "AGREE", None
    return frame, inner_mode


#: verbs of aiming: "seeking to amplify his weaknesses" is the subject's own aim, no request of anyone
#: (CAMEO's "seek" asks for a thing: "sought help", "seeks an inquiry")
AIMING = {"seek", "strive", "aim", "endeavor", "endeavour"}


def own_aim(token, complement) -> bool:
    """"is seeking to amplify X's weaknesses", "sought to defend her decision": an infinitive of the
    subject's own act; the act (if an event) is read on its own, as intended."""
    return (token.lemma_.lower() in AIMING and complement is not None and complement.dep_ == "xcomp"
            and complement.pos_ in ("VERB", "AUX"))


#: what is said or written that one may agree with: a view shared (PLOVER SUPPORT of its author)
VIEWS = {"remark", "comment", "view", "assessment", "statement", "position", "criticism", "word", "sentiment",
         "analysis", "argument", "point", "characterization", "conclusion", "stance", "opinion", "call",
         "decision", "ruling", "verdict", "finding", "message", "speech", "observation"}


def view_agreed(token, complement) -> bool:
    """"agrees with X's remarks": the view of X backed (SUPPORT), no agreement between parties."""
    partner = P.prep_object(token, ("with",))
    return (token.lemma_.lower() == "agree" and partner is not None and partner.pos_ == "NOUN"
            and partner.lemma_.lower() in VIEWS and (complement is None or complement.i == partner.i
                                                     or complement.dep_ == "ccomp"))


#: what one agrees on that is a view, not a deal: CAMEO codes "AGREE ON importance / need" 019 (no PLOVER
#: event) and keeps AGREE for "AGREE ON solution / answer / result" and for agreeing to a deal or plan
VIEW_TOPICS = {"something", "anything", "much", "little", "everything", "this", "responsibility", "need", "importance",
               "principle", "point", "value", "goal", "priority", "threat", "danger", "necessity", "obligation", "duty",
               "problem", "fact", "idea", "notion", "premise", "diagnosis", "urgency", "lot"}
#: determiners of a generic noun: "that a president should ..." is what any president should do
GENERIC_DETERMINERS = {"a", "an", "any", "every", "no"}


def view_held(token, complement) -> bool:
    """"broadly agreed on a moral responsibility to confront X", "do agree on something", "agreed that a
    president should make clear ...": a view held in common or a maxim agreed with, no agreement between
    parties ("agreed on a solution", "agreed to pay", "agreed that talks would resume" stay AGREE)."""
    if token.lemma_.lower() != "agree":
        return False
    topic = P.prep_object(token, ("on", "about"))
    if topic is not None and topic.lemma_.lower() in VIEW_TOPICS:
        return True
    if complement is None or complement.dep_ != "ccomp":
        return False
    said_of = P.first_child(complement, ("nsubj", "nsubjpass"))
    return said_of is not None and said_of.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in said_of.children)


def view_words(token) -> set:
    """The words of the view ``view_held`` reads: its clause, or what it agrees on with that noun's own
    infinitive ("a responsibility to confront X"), not a relative clause hung on it ("the offshoot, which
    Hollande blamed for the attacks" reports an act of its own)."""
    told = {w.i for t in token.subtree if t.dep_ in ("relcl", "appos", "advcl") and t.i != token.i
            for w in t.subtree}
    return {t.i for c in token.children if c.dep_ in ("ccomp", "prep") for t in c.subtree} - told


def judgment_shared(token, complement):
    """"he agrees Trump is a total opportunist": agreeing with a judgment of someone, no agreement
    between parties. -> (is the judgment one of contempt, the one judged), or None when ``complement``
    is no copular clause of judgment ("agreed that talks would resume" is an agreement)."""
    if token.lemma_.lower() != "agree" or complement is None or complement.dep_ != "ccomp" \
            or P.prep_object(token, ("with", "to", "on")) is not None:
        return None
    if complement.lemma_ != "be":
        return None
    judged = P.first_child(complement, ("nsubj",))
    name = P.first_child(complement, ("attr", "acomp"))
    if judged is None or name is None:
        return None
    words = {name.lemma_.lower()} | {c.lemma_.lower() for c in name.children if c.dep_ in ("amod", "compound")}
    return bool(words & CONTEMPT) and P.is_someone(judged), judged


#: feelings expressed by offering them: "offered condolences", "offer our sympathy" (SUPPORT, no promise)
EXPRESSED = {"condolence", "condolences", "sympathy", "sympathies", "congratulation", "congratulations",
             "thanks", "gratitude", "praise", "prayer", "prayers", "solidarity", "support"}


def feeling_offered(token, complement) -> bool:
    return (token.lemma_.lower() in ("offer", "extend", "express", "convey") and complement is not None
            and complement.pos_ == "NOUN" and complement.lemma_.lower() in EXPRESSED)


#: verbs of a vow: a promise of nothing any actor undergoes ("vowed to win back the public's trust")
VOWING = {"vow", "pledge", "promise", "swear"}


def empty_vow(token, complement, recipient) -> bool:
    """A vow whose infinitive names no event and no one it is made to: a campaign's resolve, no
    PLOVER AGREE ("pledged to send troops to X" names one; "promised X to ..." has X)."""
    if not (token.lemma_.lower() in VOWING and complement is not None and complement.dep_ == "xcomp"
            and complement.pos_ in ("VERB", "AUX") and recipient is None):
        return False
    if joint_act(token, complement):
        return False
    return not any(t.dep_ in ("dobj", "pobj", "dative") and P.is_someone(t) for t in complement.subtree)


#: words that make an act one the doers do with each other ("work together", "jointly develop")
JOINTLY = {"together", "jointly"}


def joint_act(token, complement) -> bool:
    """"A and B pledged to work together", "... to cooperate with each other": a promise the conjoined
    doers make to each other (PLOVER AGREE; ``events`` makes the second the recipient), not a lone vow."""
    doer = subjects.subject(token)
    if doer is None or not (any(P.is_someone(c) for c in doer.conjuncts) or any(
            t.i < doer.i and t.dep_ in ("amod", "compound", "nmod") and any(
                c.dep_ == "cc" and c.lower_ == "and" for c in t.children) for t in doer.subtree)):
        return False  # (also "Trump and House Speaker Ryan" parsed as one modified name)
    words = {t.lower_ for t in complement.subtree}
    return bool(words & JOINTLY) or ("each" in words and "other" in words) or ("one" in words and "another" in words)


NO_EVENT_COMPLEMENTS = {"comment", "elaborate", "say", "speak", "answer", "respond", "confirm", "disclose",
                        "reveal", "discuss", "give", "provide", "identify", "name", "address", "detail", "specify",
                        "clarify", "divulge", "weigh", "speculate", "opine"}  # and the speech verbs: "declined to address the report"


def says_nothing(complement) -> bool:
    """"declined to comment", "refused to address the report": what is withheld is a statement, no act."""
    return complement.lemma_ in NO_EVENT_COMPLEMENTS or complement.lemma_ in speech_verbs()
