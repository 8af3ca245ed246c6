"""Event words the lexicon tables miss, read only where the tables name no event (recall).

Political news reports much of its conflict as words of disapproval and as acts named by nouns; the
CAMEO verb dictionary leaves several of them out or codes them under a category head too vague to count
(CAMEO 110 "disapprove"). This module adds, each read from its clause:

- verbs of disapproval (CAMEO 111 criticize or denounce: PLOVER ACCUSE disapprove): "questioned the
  determination", "critiqued Sanders", "railed against the law", "lambasted the plan";
- "disputed the critiques / the account": a claim rejected (PLOVER REJECT, as a denial of an allegation),
  else disapproval ("disputed the ruling");
- "portrayed X as reckless": X named with a word of contempt (as "called X reckless");
- "called (Wednesday) for X to resign": a demand (PLOVER REQUEST) however far the parse hangs "for";
- "restored the voting rights of felons": rights given back (PLOVER CONCEDE, CAMEO 081);
- nouns: shootings and killings (ASSAULT: "police shootings of ..."), inquiries (ACCUSE investigate),
  a suit filed or brought (ACCUSE allege).

The events these words make still need a political actor as doer (``events``), except a specific act
of violence with no doer named ("the Orlando shooting", ``unclaimed``): ASSAULT against where it happened.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from newsgraph.analyze import resources
from newsgraph.analyze.events import participants as P
from newsgraph.analyze.events.lexicon import Lexicon, Trigger
from newsgraph.analyze.events.lexicon import load as load_lexicon
from newsgraph.analyze.events.objects import CONTEMPT
from newsgraph.analyze.events.stances import stance_trigger

if TYPE_CHECKING:
    from newsgraph.analyze.events.proposals import Proposer

#: verbs of criticism CAMEO lacks or files under its vague head 110 (PLOVER ACCUSE disapprove)
DISAPPROVING = {"question", "critique", "criticise", "lambaste", "excoriate", "berate", "castigate", "deride",
                "scold", "chastise", "upbraid", "pillory", "vilify", "disparage", "admonish", "ridicule",
                "belittle", "lampoon", "deplore", "chide", "rebuke", "fault",
                "dispute",
                # CAMEO 111's "lambaste" as spaCy lemmatizes "lambasted"; "assail" (CAMEO's default 190, a
                # category head: no event) and "insult" (not in CAMEO 2.0), read with an object as words
                # aimed at it, as the blind labellers of evlab15/16 read "assailed Mrs. Clinton",
                # "insulted the victims"
                "lambast", "assail", "insult"}
#: verbs of criticism with the preposition naming whom or what they are aimed at
AIMED = {"rail": ("against", "at"), "inveigh": ("against",), "fulminate": ("against",), "lash": ("out",)}
#: acts aimed at a person, group or country that the tables lack, read only when the word they are aimed
#: at names someone ("ripped Comey", "went after Trump", "vouched for Garland", not "ripped the page",
#: "went after dinner"): lemma -> (the particle or preposition naming the target, or "" for the direct
#: object; PLOVER type; mode). Verbs of criticism are CAMEO 111 criticize (ACCUSE disapprove); X
#: "vouch for", "rally behind", "side with" CAMEO 051/054 praise, endorse (SUPPORT); "shun", "snub",
#: "rebuff" CAMEO 12 reject; "coordinate with", "team up with" CAMEO 06 cooperate; "stumped for X", "lined
#: up behind X" (campaigning for, rallying behind a candidate) CAMEO 051 praise or endorse. Several ways
#: to aim one verb are joined by "|" ("ripped Comey", "ripped into Comey")
AIMED_AT_SOMEONE = {
    "rip": ("|into", "ACCUSE", "disapprove"), "trash": ("", "ACCUSE", "disapprove"),
    "needle": ("", "ACCUSE", "disapprove"), "skewer": ("", "ACCUSE", "disapprove"),
    "demonize": ("", "ACCUSE", "disapprove"), "demonise": ("", "ACCUSE", "disapprove"),
    "denigrate": ("", "ACCUSE", "disapprove"), "smear": ("", "ACCUSE", "disapprove"),
    "unload": ("on", "ACCUSE", "disapprove"),
    "tear": ("into", "ACCUSE", "disapprove"), "lay": ("into", "ACCUSE", "disapprove"),
    "light": ("into", "ACCUSE", "disapprove"), "pile": ("on", "ACCUSE", "disapprove"),
    "embrace": ("", "SUPPORT", None), "vouch": ("for", "SUPPORT", None),
    "side": ("with", "SUPPORT", None), "stump": ("for", "SUPPORT", None), "line": ("behind", "SUPPORT", None),
    "shun": ("", "REJECT", None), "snub": ("", "REJECT", None), "rebuff": ("", "REJECT", None),
    "coordinate": ("with", "COOPERATE", None), "team": ("with", "COOPERATE", None),
}
#: pronouns that stand for a thing, not someone ("ripped it")
THING_PRONOUNS = {"it", "this", "that", "these", "those", "what", "which"}

#: what is disputed when a claim is rejected (PLOVER REJECT), not a decision disapproved of
CLAIMS = {"critique", "criticism", "claim", "allegation", "accusation", "charge", "account", "characterization",
          "characterisation", "assertion", "report", "finding", "conclusion", "suggestion", "notion", "idea",
          "statement", "version", "story", "premise", "contention", "argument", "portrayal", "depiction", "figure",
          "number", "estimate", "interpretation", "view"}
#: what is questioned when a judgement is doubted in public ("questioned the determination"), not a
#: person questioned by the police
QUESTIONED = CLAIMS | {"decision", "determination", "judgment", "judgement", "wisdom", "motive", "legitimacy",
                       "integrity", "competence", "credibility", "fairness", "legality", "constitutionality", "need",
                       "handling", "policy", "plan", "ruling", "approach", "commitment", "loyalty", "honesty",
                       "record", "timing", "validity", "independence", "impartiality", "qualification", "fitness",
                       "conduct", "response", "strategy", "choice", "move", "deal", "agreement", "proposal",
                       "priority", "temperament", "patriotism", "leadership", "readiness", "result"}
#: verbs that present someone or something as what the "as" phrase says ("portrayed her use as reckless")
PRESENTING = {"portray", "paint", "depict", "characterize", "characterise", "cast", "describe", "brand", "label",
              "dismiss", "denounce"}
#: words of contempt besides those for "call X ..." ("a reckless danger", "a threat to national security")
CONTEMPT_AS = CONTEMPT | {"danger", "threat", "menace", "liability", "extremist", "radical", "careless",
                          "negligent", "naive", "weak", "unethical", "inappropriate", "improper", "wrong"}

#: giving back rights taken away: CAMEO 081/0811 "ease administrative sanctions / restrictions on political
#: freedoms", PLOVER CONCEDE ("restored the voting rights of 206,000 felons")
RESTORING = {"restore", "reinstate"}
RIGHTS = {"right", "freedom", "liberty", "citizenship", "suffrage", "franchise", "privilege"}

#: verbs of giving back what was taken ("returned the artefacts to Peru", "repatriated the remains to X")
RETURNING = {"return", "repatriate", "restitute"}

#: verbs that make an agreement named as their object ("the deal they struck", "deals the team cut")
DEAL_VERBS = {"cut", "strike", "reach", "make", "sign", "broker", "seal", "ink", "negotiate"}

#: nouns of acts the tables lack: (type, mode)
NOUNS = {"shooting": ("ASSAULT", "firearms"), "killing": ("ASSAULT", "killing"), "slaying": ("ASSAULT", "killing"),
         "inquiry": ("ACCUSE", "investigate"), "inquest": ("ACCUSE", "investigate")}
#: a suit is a lawsuit when it is filed or brought ("filed suit against the law")
SUIT_VERBS = {"file", "bring", "launch", "lodge", "join"}
LEGAL_SUIT = ("ACCUSE", "allege")


def verb_trigger(token) -> Optional[Trigger]:
    """The trigger a verb is by this module's words, or None."""
    lemma = token.lemma_.lower()
    if lemma == "call" and _called_for(token):
        return Trigger(("call", "for"), "VERB", "REQUEST", None, "frame")
    if lemma in RETURNING and token.dep_ not in ("amod", "compound") and _returned_to_someone(token):
        # CAMEO 0841/0842 "return, release person(s) / property" (PLOVER RETREAT release / return): the
        # CAMEO patterns list a few kinds of thing (prisoners, equipment, aircraft); any thing or person
        # handed back to someone is one ("returned a stolen painting to the Italian government")
        obj = P.first_child(token, ("dobj", "nsubjpass"))
        return Trigger((lemma,), "VERB", "RETREAT", "release" if P.is_someone(obj) else "return", "event")
    if P.is_passive(token) or token.dep_ in ("amod", "compound"):
        return None  # "was questioned by police": an interrogation; "the disputed territory": a modifier
    if lemma in AIMED:
        if any(c.dep_ in ("prep", "prt") and c.lower_ in AIMED[lemma] for c in token.children):
            return Trigger((lemma,), "VERB", "ACCUSE", "disapprove", "event")
        return None
    if lemma in AIMED_AT_SOMEONE:
        prep, etype, mode = AIMED_AT_SOMEONE[lemma]
        return Trigger((lemma,), "VERB", etype, mode, "event") if _aimed_target(token, prep) is not None else None
    if lemma in PRESENTING and _presented_with_contempt(token):
        return Trigger((lemma,), "VERB", "ACCUSE", "disapprove", "event")
    if lemma in RESTORING and _rights(token):
        return Trigger((lemma,), "VERB", "CONCEDE", None, "event")  # CAMEO 081 ease administrative sanctions
    if lemma not in DISAPPROVING:
        return None
    obj = P.first_child(token, ("dobj",))
    if obj is None or P.first_child(token, ("ccomp",)) is not None:
        return None  # "questioned whether ...", "disputes that ...": a doubt voiced, a statement
    if lemma == "question" and obj.lemma_.lower() not in QUESTIONED:
        return None  # "police questioned the suspect", "questioned voters": an interrogation, a poll
    if lemma == "dispute" and obj.lemma_.lower() in CLAIMS:
        return Trigger((lemma,), "VERB", "REJECT", None, "event")  # "disputed both critiques"
    return Trigger((lemma,), "VERB", "ACCUSE", "disapprove", "event")


def noun_trigger(token) -> Optional[Trigger]:
    """The trigger a noun is by this module's words, or None."""
    lemma = token.lemma_.lower()
    if lemma in NOUNS and (NOUNS[lemma][1] != "investigate" or _official_inquiry(token)):
        return Trigger((lemma,), "NOUN", *NOUNS[lemma], "event")
    if lemma == "suit" and token.dep_ == "dobj" and token.head.lemma_.lower() in SUIT_VERBS:
        return Trigger((lemma,), "NOUN", *LEGAL_SUIT, "event")
    return None


#: noun endings of acts named after their verb, with the verb endings to try: "suspension" -> "suspend",
#: "deportation" -> "deport", "occupation" -> "occupy", "seizure" -> "seize" ("expulsion" finds none). Not "-ing": a gerund noun is
#: as often the activity as one act ("gave up fighting", "the firing of the director")
NOMINAL_ENDINGS = (("ation", ("", "e", "ate", "y")), ("ition", ("e", "")), ("ution", ("ute",)), ("ction", ("ct", "ce")),
                   ("ption", ("pt", "ve")), ("ntion", ("nd", "n", "ne")), ("sion", ("d", "de", "t", "")),
                   ("ment", ("",)), ("al", ("", "e")), ("ure", ("e",)), ("ance", ("",)), ("ence", ("e", "")))


@lru_cache(maxsize=8192)
def nominal_verbs(noun: str) -> tuple[str, ...]:
    """The verbs a noun may be named after, by its ending ("restriction" -> "restrict", "restrice");
    cached: every noun of every article asks."""
    out: list[str] = []
    for ending, verb_endings in NOMINAL_ENDINGS:
        if noun.endswith(ending) and len(noun) > len(ending) + 2:
            stem = noun[:-len(ending)]
            out += [stem + v for v in verb_endings]
            if ending == "al" and stem.endswith("i"):
                out.append(stem[:-1] + "y")  # "denial" -> "deny"
            if ending == "ation" and stem.endswith("ll"):
                out.append(stem[:-1])  # "cancellation" -> "cancel"
    return tuple(out)


_NO_ROW = Trigger((), "VERB", None, None, "none")


def nominal_trigger(token, verbs: dict) -> Optional[Trigger]:
    """An act named by the noun of a verb our own table reads as an event (role "event": "the suspension
    of aid" as "suspended aid", "the deportation of X", "a kidnapping"): the verb's type and mode. Only our
    table's curated verbs lend (CAMEO's defaults name too many senses: "investment", "celebration")."""
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART", "LAW"):
        return None
    if token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX") and \
            (verbs.get(token.head.lemma_.lower()) or {}).get("", _NO_ROW).role != "light":
        return None  # "ended its cooperation with X": what the verb does to the act, not the act
    lemma = token.lemma_.lower()
    for verb in nominal_verbs(lemma):
        own = (verbs.get(verb) or {}).get("")
        if own is None:
            continue
        if own.role != "event" or not own.type:
            return None
        return Trigger((lemma,), "NOUN", own.type, own.mode, "event")
    return None


#: kinds of inquiry that look into someone's conduct
INQUIRY_KINDS = {"criminal", "federal", "congressional", "independent", "public", "parliamentary", "official",
                 "formal", "judicial", "ethics", "senate", "house", "police", "grand", "new"}


def _official_inquiry(noun) -> bool:
    """An inquiry into someone's conduct ("an inquiry into X", "a congressional inquiry", "the Clinton
    inquiry"), not a question put to someone ("received an inquiry from Sweden")."""
    return any((c.dep_ == "prep" and c.lower_ == "into") or (c.dep_ == "compound" and c.ent_type_ == "PERSON")
               or (c.dep_ in ("amod", "compound") and c.lower_ in INQUIRY_KINDS) for c in noun.children)


def _returned_to_someone(verb) -> bool:
    """"returned X to Y" (or "X was returned to Y"): something handed back to someone (a person, body,
    country, "its owner"), not a return to a place or a state ("returned to power", "returned home")."""
    obj = P.first_child(verb, ("dobj", "nsubjpass"))
    to = P.prep_object(verb, ("to",))
    if obj is None or to is None or obj.pos_ == "PRON" and obj.lower_ not in ("it", "them"):
        return False
    return P.is_someone(to) or to.lemma_.lower() in OWNERS


#: who a thing taken is given back to besides a named body ("returned the painting to its owner")
OWNERS = {"owner", "family", "heir", "descendant", "relative", "government", "authority", "country", "people"}


def _rights(verb) -> bool:
    """The verb's object is rights or freedoms ("restores the civil rights, including the right to vote")."""
    objects = [P.first_child(verb, ("dobj", "nsubjpass"))]
    objects += [P.first_child(c, ("dobj",)) for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    return any(o is not None and o.lemma_.lower() in RIGHTS for o in objects)  # "restores voting rights"


def _called_for(verb) -> bool:
    """"called Wednesday for X to resign": a "for ... to" clause of the verb with only adverbials between."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "ccomp", "xcomp") or clause.i < verb.i:
            continue
        mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "for"), None)
        if mark is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        between = verb.doc[verb.i + 1:mark.i]
        if all(t.dep_ in ("npadvmod", "advmod", "punct", "prep", "pobj", "det", "compound", "amod", "nummod")
               and t.head.i != clause.i for t in between):
            return True
    return False


def _aimed_target(verb, prep: str):
    """Whom the verb is aimed at when that word names someone: its object ("ripped Comey") or the object
    of ``prep`` hung on it or on its particle ("went after Trump", "teamed up with X"); else None.
    ``prep`` may join several ways by "|" ("" is the direct object: "|into")."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "prt"]  # "teamed up with X"
    targets = []
    for way in prep.split("|"):
        if not way:
            targets.append(P.first_child(verb, ("dobj",)))
        else:
            targets += [P.first_child(c, ("pobj",)) for h in heads for c in h.children
                        if c.dep_ in ("prep", "prt") and c.lower_ == way]
    return next((t for t in targets if t is not None and P.is_someone(t) and t.lower_ not in THING_PRONOUNS), None)


def _spoke_with_person(verb) -> bool:
    """"spoke with Comey", "had spoken to Secretary Jeh Johnson": a talk with a person the text names
    (CAMEO 040 consult), not words to an audience ("spoke to reporters", "spoke to CNN")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "to"):
            obj = P.first_child(child, ("pobj",))
            if obj is not None and obj.ent_type_ == "PERSON":
                return True
    return False


def _presented_with_contempt(verb) -> bool:
    """"portrayed her use as a reckless danger": the "as" phrase names the object with contempt."""
    obj = P.first_child(verb, ("dobj",))
    if obj is None:
        return False
    for child in list(verb.children) + list(obj.children):  # "as" hung on the verb or on its object
        if child.dep_ == "prep" and child.lower_ == "as":
            name = P.first_child(child, ("pobj", "pcomp", "amod", "acomp"))
            if name is None:
                continue
            words = {name.lemma_.lower()} | {c.lemma_.lower() for c in name.children if c.dep_ in ("amod", "compound")}
            if words & CONTEMPT_AS:
                return True
    return False


@dataclass(frozen=True)
class RecallLexicon(Lexicon):
    """The shipped lexicon, with this module's words where it names no event (and "called ... for X to");
    with a ``proposer`` (``proposals.Proposer``), the learned model's trigger where no table names one."""

    proposer: Optional[Proposer] = None

    def proposed(self, token) -> Optional[Trigger]:
        """The learned model's trigger for a word no table names an event with (None without a model,
        or where a table says this use names no event)."""
        if self.proposer is None or (token.pos_ == "VERB" and self._no_event(token)):
            return None
        return self.proposer.propose(token, self.defaults)

    def verb(self, token) -> Optional[Trigger]:
        if token.lemma_.lower() == "call" and _called_for(token):
            return verb_trigger(token)
        if token.lemma_.lower() == "speak" and _spoke_with_person(token):
            return Trigger(("speak",), "VERB", "CONSULT", "discuss", "event")
        stance = stance_trigger(token)
        if stance is not None:
            return stance  # "stand with X", "pushed back on X", "took issue with X" (``stances``)
        if token.lemma_.lower() in DEAL_VERBS and self._deal_antecedent(token):
            return Trigger((token.lemma_.lower(),), "VERB", "AGREE", None, "event")
        found = super().verb(token)
        if found is not None and token.lemma_.lower() in DEAL_VERBS and found.type == "SANCTION" and not any(
                c.dep_ in ("dobj", "nsubjpass", "prt") for c in token.children):
            return None  # "(deals) the team appeared to cut with reporters": nothing cut, no ties broken
        if found is not None or self._no_event(token):
            return found
        return verb_trigger(token)

    def _deal_antecedent(self, verb) -> bool:
        """"the deals the team appeared to cut with X": the verb's object is the agreement its relative
        clause hangs on (CAMEO reads "cut" alone as a cut in ties)."""
        clause = verb
        for _ in range(3):
            if clause.dep_ == "relcl":
                break
            if clause.dep_ != "xcomp":
                return False
            clause = clause.head
        if clause.dep_ != "relcl" or any(c.dep_ == "dobj" for c in verb.children):
            return False
        named = super().noun(clause.head)
        return named is not None and named.type == "AGREE"

    def _no_event(self, token) -> bool:
        """The tables say this use names no event (a "none" row, a CAMEO pattern with no code)."""
        lemma = token.lemma_.lower()
        own = (self.verbs.get(lemma) or {}).get("")
        if own is not None and own.role == "none":
            return True
        particle = next((c.lower_ for c in token.children if c.dep_ == "prt" and c.i > token.i), "")
        sense = self.sense(token, lemma, particle)
        return sense is not None and sense.type is None

    def noun(self, token) -> Optional[Trigger]:
        found = super().noun(token)
        if found is None:
            found = noun_trigger(token)
        if found is None and token.pos_ == "NOUN":
            found = nominal_trigger(token, self.verbs)
        return found


@resources.cached()
def load() -> RecallLexicon:
    """The shipped lexicon (``lexicon.load``) with this module's words."""
    base = load_lexicon()
    return RecallLexicon(base.verbs, base.nouns, base.adjectives, base.senses, base.defaults, base.borrowed)


def with_proposer(lexicon: RecallLexicon, proposer: Proposer) -> RecallLexicon:
    """``lexicon`` that asks ``proposer`` (``proposals.Proposer``) where no table names an event."""
    return dataclasses.replace(lexicon, proposer=proposer)
