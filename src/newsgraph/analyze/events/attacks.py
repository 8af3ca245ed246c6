"""Attacks in words and in force: between politicians "attacked", "clashed" and "slammed" name words
(PLOVER ACCUSE disapprove, as CAMEO 111 criticize), unless a blow, an arm or a wound is in the clause;
the weapons and munitions that stand for, or are used by, whoever attacks."""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.events.found import Found
from newsgraph.analyze.events.participants import is_someone
from newsgraph.model import Actor

#: attacks and weapons that stand for whoever launched them when they are the subject of a material act
WEAPONS = {"airstrike", "strike", "bomb", "bombing", "shell", "shelling", "missile", "rocket", "attack", "raid",
           "artillery", "mortar", "fire", "gunfire", "offensive", "drone", "barrage", "bombardment", "air"}

#: what is fired or thrown as the means of an attack
MUNITIONS = {"teargas", "gas", "bullet", "round", "shot", "shell", "rocket", "missile", "mortar", "cannon",
             "grenade", "volley", "salvo", "canister", "pellet", "flare", "stone", "rock", "baton", "munition"}


#: verbs of attack that, between politicians, name words, not blows ("attacked Clinton over her emails",
#: "clashed with Johnson during the hearing"): PLOVER ACCUSE disapprove, as CAMEO 111 criticize
VERBAL_ATTACKS = {"attack", "clash", "assail", "lash", "blast", "spar", "bash", "hit", "savage", "skewer", "target",
                  "fire", "pummel", "slam"}
#: verbs of force that with "back" name a reply in words between politicians ("shot back at X", "struck back at
#: his critics"), as the verbal attacks do without it
RETORT_VERBS = VERBAL_ATTACKS | {"shoot", "strike", "punch", "swing"}


def retort(found: Found) -> bool:
    """A verb of force with "back" ("shot back at X", "fired back"): a reply, in words unless arms are in the
    clause (``no_harm``)."""
    head = found.head
    return head.pos_ == "VERB" and head.lemma_.lower() in RETORT_VERBS and any(
        c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in head.children)


#: nouns of force that between politicians, as nouns, name words ("the Republican assault on the president")
ASSAULT_NOUNS = {"assault", "onslaught"}
#: words of bodily harm or arms that keep an attack physical
HARM = {"kill", "wound", "injure", "stab", "shoot", "beat", "punch", "kick", "knife", "gun", "weapon", "bomb",
        "hospital", "hospitalize", "death", "dead", "bloody", "assault", "police", "arrest", "fist", "bullet",
        "rifle", "pistol", "firearm"}
ARMED_SECTORS = {"MIL", "COP", "REB", "SPY", "CRM", "INS", "SEP"}
#: what only words can strike: a policy, a plan, a record, a remark
POSITIONS = {"policy", "plan", "record", "proposal", "remark", "comment", "position", "stance", "agenda", "bill",
             "idea", "view", "platform", "statement", "speech", "rhetoric", "approach", "strategy", "deal", "pact"}


#: verbs of naming and speaking whose participle says what an attack was made of: "attacked X, calling him
#: the most ignorant president", "targeted Mexico, calling its migrants criminals"
NAMING = {"call", "label", "brand", "dub", "describe", "say", "accuse", "deride", "mock", "insult", "denounce",
          "claim", "charge", "tell", "ridicule"}


def attack_words(found: Found) -> set[str]:
    """The lemmas of the attack: its head and its trigger words ("launched a pre-emptive attack")."""
    return {found.head.lemma_.lower()} | {t.lemma_.lower() for t in found.trigger}


def said_in_attack(found: Found) -> bool:
    """The attack's clause goes on with a participle of naming or speech ("..., calling him 'the most ignorant
    president'", "..., saying X"): the attack is what was said."""
    heads = [found.head] + [t for t in found.trigger if t.i != found.head.i]
    return any(c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in NAMING
               for h in heads for c in h.children)


def verbal_attack(found: Found, doer: Optional[Actor], target: Optional[Actor]) -> bool:
    """An attack or clash between political persons or parties with no blow, arm or wound in its
    sentence: words, not force ("Trump attacked Cruz on immigration"); armies, police, rebels and
    countries keep their attacks. A politician's attack said in words ("launched an attack against X,
    calling him ...", "targeted Mexico, calling its migrants rapists") is words whoever is its target."""
    if doer is None:
        return False
    own = frozenset(t.i for t in found.trigger)
    if retort(found) and unarmed_politician(doer) and target is not None and no_harm(found.head.sent, found.head, own):
        return True  # "Clinton shot back at Sanders": a reply in words, whoever is answered
    if not attack_words(found) & (VERBAL_ATTACKS | verbal_nouns(found)):
        return False
    if unarmed_politician(doer) and said_in_attack(found) and no_harm(found.head.sent, found.head, own):
        return True
    if unarmed_politician(doer) and found.recipient is not None and found.recipient.lemma_.lower() in POSITIONS \
            and no_harm(found.head.sent, found.head, own):
        return True  # "her attacks on Kenya policy", "attacked the governor's plan": words against a position
    if target is None:
        return False
    # a party's members as a group count too ("Republicans attacked the president", "Republican assault")
    if any(a.kind not in ("person", "organization", "group") or a.sector in ARMED_SECTORS for a in (doer, target)):
        return False
    if not all(a.kind == "person" or a.sector in ("PTY", "LEG", "GOV", "JRN") for a in (doer, target)):
        return False
    if not attack_words(found) & VERBAL_ATTACKS and not all(a.sector in POLITICAL_SECTORS for a in (doer, target)):
        return False  # the noun "assault" is words only between politicians ("the senator's assault on the
        # governor"), a blow between anyone else ("the singer's assault on his girlfriend")
    return no_harm(found.head.sent, found.head, own)


#: sectors of those whose "assault" on each other is made of words
POLITICAL_SECTORS = frozenset({"PTY", "LEG", "GOV"})


def verbal_nouns(found: Found) -> set[str]:
    """The attack nouns that between politicians name words too: "an assault" ("defending the legacy from
    Republican assault", "his assault on the senator"), not the verb ("assaulted a reporter": a blow)."""
    return ASSAULT_NOUNS if found.head.pos_ == "NOUN" else set()


def unarmed_politician(actor: Optional[Actor]) -> bool:
    return actor is not None and actor.kind == "person" and actor.sector not in ARMED_SECTORS


def no_harm(sent, head, skip: frozenset[int] = frozenset()) -> bool:
    """No blow, arm or wound in the clause of ``head`` (its own words, not those of clauses hung on it:
    "clashed with X, chiding him ... about the attacks, which resulted in deaths"), the attack's own
    trigger words (``skip``: "launched an attack") aside."""
    clause, stack = [], [head]
    while stack:
        token = stack.pop()
        clause.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("relcl", "advcl", "ccomp", "conj", "parataxis"))
    return not any(t.lemma_.lower() in HARM or t.lemma_.lower() in MUNITIONS or t.lemma_.lower() in WEAPONS
                   for t in clause if t.i != head.i and t.i not in skip)


#: words of a fight that campaigns wage in words too ("vowed to fight on"); an "assault" only on a thing ("his broad
#: assault on the influence of money"): "his assault on Mr. Bush" is an attack in words on someone
CAMPAIGN_FIGHTS = {"fight", "battle"}
FIGHTS_ON_THINGS = CAMPAIGN_FIGHTS | {"assault"}


def fighting_words(found: Found, doer: Optional[Actor], words: frozenset[str] | set[str] = CAMPAIGN_FIGHTS) -> bool:
    """A politician who fights, attacks or battles (``words``, besides the verbal attacks) no one named, with
    no blow, arm or wound in the sentence: "we will fight back", "sharpens attacks" (a campaign's words)."""
    return (found.head.lemma_.lower() in VERBAL_ATTACKS | words and unarmed_politician(doer)
            and (found.recipient is None or not is_someone(found.recipient)) and no_harm(found.head.sent, found.head))
