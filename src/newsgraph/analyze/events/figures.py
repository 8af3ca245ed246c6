"""Uses of event verbs that name no PLOVER event, read from what the verb acts on (the CAMEO verb
dictionary's way: a verb's code depends on its object pattern), and stated preferences and pledges that
no one else is party to. Pure functions over spaCy tokens, used by ``senses.no_political_act``.

- "called the ruling a milestone", "called in experts", "called to ban X": naming or summoning, never
  CAMEO 040-series consultation (a phone call needs someone called);
- "fighting for seats", "fighting to be heard": striving, not force (CAMEO 190 needs an enemy);
- "captured the province by 2,000 votes", "drew level in the polls": an election's or a poll's count, no
  seizure or retreat;
- "cut him off": an interruption, no ties or aid cut (CAMEO 16x needs what is cut);
- "bought a hotel": a purchase, no political act; "held a news conference": a statement, no meeting;
- "seeking the nomination", "would not seek the presidency": running for an office, no request of anyone;
- "has the backing of 33 percent", "favor Clinton by a 6-point margin", "earned the support of 39 percent":
  a poll's count of backers, no act of support;
- "declined to comment", "declined to give a date": a no-comment, no refusal of anyone;
- "she favors higher pensions", "I will oppose tax rises", "he wants change": a preference or a
  pledge about a policy with no one it is for or against (PLOVER SUPPORT/REJECT back or refuse another
  actor or their proposal; a voter's or candidate's stance on an issue is no event).
"""
from __future__ import annotations

from newsgraph.analyze.events import owners, targets
from newsgraph.analyze.events import participants as P

#: words that count votes, shares or contests: "by 74,000 votes", "in the polls", "in the primary"
TALLIES = {"vote", "point", "percent", "percentage", "poll", "primary", "caucus", "election", "ballot", "margin",
           "delegate", "survey", "race", "lead", "%"}
#: verbs whose material sense needs an enemy or a thing taken; in a tally they count votes or ranks
MATERIAL = {"ASSAULT", "COERCE", "RETREAT", "SANCTION"}
#: verbs of fighting whose object or purpose may be a prize, not an enemy
FIGHTING = {"fight", "battle", "struggle", "scramble", "jostle", "compete", "vie", "wrestle"}
#: trading verbs: a purchase or sale is business, no political act
TRADING = {"buy", "purchase", "sell", "acquire", "lease", "rent"}
#: verbs of stating a preference or a policy position
PREFERRING = {"support", "favor", "favour", "oppose", "want", "prefer", "back", "champion", "advocate", "protect"}
#: verbs of pledging or proposing one's own act
PLEDGING = {"promise", "pledge", "vow", "propose", "commit"}
#: things pledged that are themselves a tie to another party: "pledged cooperation", "pledged his support"
TIES = {"cooperation", "support", "help", "aid", "assistance", "backing", "commitment", "assurance", "guarantee",
        "protection", "ceasefire", "truce", "concession", "compromise", "amnesty", "pardon", "partnership",
        "friendship", "solidarity", "loyalty", "vote", "endorsement", "talks", "negotiation", "dialogue"}
#: another party's proposal or act, whose backing or refusal is PLOVER SUPPORT or REJECT of that party
PROPOSALS = {"proposal", "plan", "bill", "effort", "measure", "legislation", "deal", "agreement", "resolution",
             "amendment", "nomination", "candidacy", "bid", "decision", "move", "order", "initiative", "treaty",
             "nominee", "pick", "choice", "request", "demand", "offer", "call", "idea", "compromise", "release"}
#: acts promised with or for another party: "pledged to work together", "promised to help X"
JOINT_ACTS = {"work", "cooperate", "collaborate", "meet", "talk", "negotiate", "help", "assist", "aid", "support",
              "back", "join", "partner", "unite", "endorse", "protect", "defend", "release", "withdraw", "return",
              "end", "stop", "halt", "resume", "sign", "accept", "agree", "give", "send", "provide", "deliver",
              "hold"}


def _someone(token) -> bool:
    return token is not None and P.is_someone(token)


def named_not_called(verb, etype: str) -> bool:
    """"called the ruling a milestone", "called the pact madness", "called in experts", "called to ban
    X": "call" naming a thing, summoning or demanding is no phone call (CONSULT). Naming someone or
    someone's act ("called the minister's claim absurd") is left alone: a judgement of that person, an
    event of another type."""
    if etype != "CONSULT" or verb.lemma_.lower() != "call" or verb.pos_ not in ("VERB", "AUX"):
        return False
    obj = P.first_child(verb, ("dobj", "nsubjpass"))
    small = P.first_child(verb, ("ccomp",))
    if obj is None and small is not None:
        obj = P.first_child(small, ("nsubj",))  # "called the minister unfit" parsed as a clause
    judged = obj is not None and (_someone(obj) or owners.owner(obj) is not None)
    if any(c.dep_ == "prt" for c in verb.children):
        return True  # "call in", "call off", "call out"
    if any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children):
        return True  # "called to ban X": a demand
    # what a thing is called ("called the pact madness", "called the ruling ..."); with no object found,
    # whom the name is for is unknown, and the candidate stays
    return obj is not None and not judged and obj.ent_type_ not in ("ORG", "FAC")


def striving(verb, etype: str) -> bool:
    """"fighting for seats", "the party was fighting to be heard": fighting for a prize or a purpose,
    with no enemy named (no "fought the rebels", "fighting against X", "fought with police", "fighting
    a war")."""
    if etype != "ASSAULT" or verb.lemma_.lower() not in FIGHTING or P.first_child(verb, ("dobj",)) is not None:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("against", "with", "alongside") for c in verb.children):
        return False
    prize = any(c.dep_ == "prep" and c.lower_ in ("for", "over") and (what := P.first_child(c, ("pobj",))) is not None
                and not _someone(what) and what.ent_type_ not in ("DATE", "TIME") for c in verb.children)
    purpose = any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                  and not _someone(P.first_child(c, ("dobj",))) and not any(  # "fight to drive out the rebels"
                      P.is_someone(g) for g in c.subtree if g.dep_ in ("dobj", "pobj") and g.head.i == c.i)
                  for c in verb.children)
    return prize or purpose


def tallied(verb, etype: str) -> bool:
    """"captured the province by about 2,000 votes", "has drawn level with her in the polls": a
    material verb whose measure is votes, points or polls counts an election, no seizure or retreat."""
    if etype not in MATERIAL:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [g for p in preps for o in p.children if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep"]
    for prep in (p for p in preps if p.lower_ in ("by", "in", "among")):  # "even with X in the polls" too
        what = P.first_child(prep, ("pobj",))
        if what is not None and (what.lemma_.lower() in TALLIES or what.lower_ in TALLIES):
            return True
    return False


def interrupted(verb, etype: str) -> bool:
    """"the host cut him off": someone cut off, from nothing named, is interrupted (no ties, aid or
    supplies cut: "cut off aid to X", "cut them off from supplies")."""
    if etype != "SANCTION" or verb.lemma_.lower() != "cut":
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return False
    obj = P.first_child(verb, ("dobj", "nsubjpass"))
    return (obj is not None and (obj.pos_ == "PRON" or obj.ent_type_ == "PERSON")
            and P.prep_object(verb, ("from",)) is None)


def purchase(verb) -> bool:
    """"had just bought a hotel": buying or selling a thing is business, no political act (a
    government's arms deal names a seller and a buyer, and is read through its nouns)."""
    return verb.lemma_.lower() in TRADING and not _someone(P.first_child(verb, ("dobj", "nsubjpass")))


def _stance(verb) -> bool:
    """Present, future or infinitive: a standing view or a pledge, not a reported past act."""
    if verb.tag_ in ("VBD", "VBN"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("did", "had", "has", "have", "was", "were")
                   for c in verb.children)


def _for_someone(thing) -> bool:
    """A thing tied to someone by a preposition: "aid for Malawi", "a levy on foreign traders"."""
    return any(c.dep_ == "prep" and c.lower_ in ("for", "on", "against", "to", "with", "from")
               and _someone(P.first_child(c, ("pobj",))) for c in thing.children)


def _issue(verb):
    """What a stance is about when it is no one: a gerund ("favors raising"), or a thing ("opposes
    tax rises", "wants change"); None when it is someone, someone's or missing."""
    gerund = next((c for c in verb.children if c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG"), None)
    if gerund is not None:
        return gerund
    obj = P.first_child(verb, ("dobj",))
    if obj is None or obj.pos_ != "NOUN" or _someone(obj) or owners.owner(obj) is not None or _for_someone(obj) \
            or obj.lemma_.lower() in PROPOSALS:
        return None  # "supports the minister's plan", "opposed the bill": backs or refuses another party's act
    return obj


def preference(verb, etype: str) -> bool:
    """"she favors raising pensions", "I will oppose tax rises", "he wanted change": a stance on an issue
    with no actor it backs or refuses."""
    if etype not in ("SUPPORT", "REJECT", "REQUEST") or verb.lemma_.lower() not in PREFERRING:
        return False
    wanting = verb.lemma_.lower() in ("want", "prefer")  # a wish is a stance in any tense ("said she wanted change")
    if not (wanting or _stance(verb)) or _someone(targets.recipient(verb)):
        return False
    return _issue(verb) is not None


def own_pledge(verb, etype: str) -> bool:
    """"promising to tour every province", "proposed a new office", "promising more staff": a pledge or
    proposal of one's own act or thing, with no party it is made
    to or with ("promised to help Kyiv", "pledged to work together" are AGREE)."""
    if etype != "AGREE" or verb.lemma_.lower() not in PLEDGING:
        return False
    if any(_someone(c) for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("to", "with") and _someone(P.first_child(c, ("pobj",)))
           for c in verb.children):
        return False
    act = P.first_child(verb, ("xcomp",))
    if act is not None:
        return act.lemma_.lower() not in JOINT_ACTS and not any(
            c.dep_ == "advmod" and c.lower_ == "together" for c in act.children) and not _someone(
            P.first_child(act, ("dobj",)))
    obj = P.first_child(verb, ("dobj",))
    return (obj is not None and obj.pos_ == "NOUN" and not _someone(obj) and obj.lemma_.lower() not in TIES
            and owners.owner(obj) is None and not _for_someone(obj))  # not "proposed a levy on traders"


#: talks with the press and what is handed to it ("a press release"): a public statement, no meeting with
#: another actor and no release of anyone
ADDRESSES = {"conference", "briefing", "availability", "scrum", "gaggle", "release"}


def public_address(noun) -> bool:
    """"held a news conference", "the press briefing", "sent out a press release": speaking or writing to
    reporters is a statement, no CONSULT (PLOVER CONSULT is a meeting or talks with another actor; a joint one
    with another leader is) and no RETREAT (a release of prisoners)."""
    if noun is None or noun.lemma_.lower() not in ADDRESSES:
        return False
    if any(c.lower_ == "joint" for c in noun.children) or _someone(P.prep_object(noun, ("with",))):
        return False  # "a joint news conference with X": the two met
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("news", "press", "media") for c in noun.children)


#: what a candidate seeks or runs for: an office, not a request of anyone
OFFICES = {"nomination", "presidency", "election", "reelection", "re-election", "office", "seat", "post",
           "candidacy", "governorship", "chairmanship", "mayoralty", "premiership"}


def running_for_office(verb, etype: str) -> bool:
    """"candidates seeking the nomination", "he would not seek the presidency", "seeking the White House":
    a run for an office, no REQUEST of anyone (PLOVER REQUEST asks another actor for something)."""
    if etype != "REQUEST" or verb.lemma_.lower() != "seek":
        return False
    obj = P.first_child(verb, ("dobj", "nsubjpass"))
    if obj is None:
        return False
    return obj.lemma_.lower() in OFFICES or obj.lemma_.lower() == "house" and any(
        c.lower_ == "white" for c in obj.children)


#: a poll's count: "33 percent", "a 6-point margin", "by 20 points"
COUNTS = {"percent", "%", "margin", "point", "points"}
#: verbs of having or getting backing, and backing itself
BACKED = {"back", "favor", "favour", "support", "prefer", "receive", "earn", "get", "win", "have", "draw", "enjoy"}


def _counted(token) -> bool:
    """A share or margin in a preposition phrase of ``token``: "from 33 percent", "by a 6-point margin"."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "by", "among", "with")):
        what = P.first_child(prep, ("pobj",))
        if what is not None and (what.lower_ in COUNTS or what.lemma_.lower() in COUNTS or what.ent_type_ == "PERCENT"):
            return True
    return False


def poll_backing(verb, etype: str) -> bool:
    """"favor Clinton by a 6-point margin", "received the backing of 33% of voters", "earned the support
    of 39 percent": a poll's count of backers, no act of support by anyone."""
    if etype != "SUPPORT" or verb.lemma_.lower() not in BACKED:
        return False
    obj = P.first_child(verb, ("dobj",))
    return _counted(verb) or obj is not None and obj.lemma_.lower() in ("support", "backing") and _counted(obj)


#: what declining to say is: saying, explaining or answering (a no-comment, no refusal of anyone)
TELLING = {"comment", "say", "state", "elaborate", "discuss", "define", "specify", "detail", "speculate", "disclose",
           "reveal", "explain", "confirm", "answer", "respond", "address", "describe", "clarify", "divulge"}
#: what is given or offered when someone declines to say: a figure, a date, a detail
INFORMATION = {"figure", "number", "date", "estimate", "detail", "name", "answer", "comment", "timeline",
               "timetable", "explanation", "specific", "specifics", "prediction", "forecast"}


def no_comment(verb, etype: str) -> bool:
    """"declined to comment", "declined to define what the deal would include", "declined to offer his own
    figure": a refusal to say or to give a figure or date is a no-comment, no PLOVER REJECT of anyone
    ("refused to give up the documents", "declined to support him" are refusals)."""
    if etype != "REJECT" or verb.lemma_.lower() not in ("decline", "refuse"):
        return False
    act = P.first_child(verb, ("xcomp",))
    if act is None or any(c.dep_ == "prt" for c in act.children):
        return False
    if act.lemma_.lower() in TELLING:
        return True
    what = P.first_child(act, ("dobj",))
    return act.lemma_.lower() in ("give", "offer", "provide", "put") and what is not None \
        and what.lemma_.lower() in INFORMATION


def figurative(verb, etype: str) -> bool:
    """Any of the uses above: the verb names no PLOVER event here."""
    return (named_not_called(verb, etype) or striving(verb, etype) or tallied(verb, etype)
            or interrupted(verb, etype) or purchase(verb) or preference(verb, etype) or own_pledge(verb, etype)
            or running_for_office(verb, etype) or poll_backing(verb, etype) or no_comment(verb, etype))
