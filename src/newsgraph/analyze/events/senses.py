"""Word senses that name no event, read from what a verb acts on: a deadline met or a border visited
(no one consulted), a video released (no prisoner), an accident (no attack), a game won (no force), an
aircraft "shot down" in a headline (what was shot). Pure functions over spaCy tokens, used by ``patterns``.
The senses of campaign language (races, rallies, polls, a ballot cast) are in ``campaigning``.
"""
from __future__ import annotations

import re

from newsgraph.analyze.events import owners
from newsgraph.analyze.events import participants as P
from newsgraph.analyze.events.campaigning import own_campaign, rivals
from newsgraph.analyze.events.figures import figurative, public_address  # noqa: F401 (patterns reads S.public_address)

ACCIDENTS = {"crash", "accident", "collision", "derailment", "avalanche", "landslide", "flood", "flooding",
             "storm", "hurricane", "cyclone", "typhoon", "earthquake", "quake", "fire", "blaze", "stampede", "mishap"}

#: things a visit, meeting or release may name that are no one: places seen, targets met, media released
MET_THINGS = {"deadline", "expectation", "target", "goal", "requirement", "standard", "criterion", "criteria",
              "condition", "need", "quota", "demand", "museum", "memorial", "monument", "plant", "mine",
              "exhibition", "prison", "farm", "zoo", "park", "ruin", "grave", "tomb", "cemetery", "shrine",
              "temple", "site", "scene", "area", "region", "border", "frontier", "city", "town", "village",
              "factory", "facility", "hospital", "school", "base", "camp", "port", "island", "coast"}
RELEASED_THINGS = {"video", "propaganda", "footage", "image", "photo", "photograph", "picture", "statement", "report", "document",
                   "data", "figure", "album", "song", "single", "film", "movie", "record", "detail", "information",
                   "result", "list", "recording", "audio", "transcript", "letter", "book", "product", "version",
                   "update", "game", "trailer", "guideline", "plan", "budget", "forecast", "study", "survey",
                   "earnings", "feature", "model", "app", "software", "device", "phone", "car", "fund", "funding"}


def thing_object(verb, things=MET_THINGS) -> bool:
    """The verb's direct object (or passive subject) is one of ``things``: a place seen, a deadline met,
    a video released, not someone."""
    obj = P.first_child(verb, ("dobj", "nsubjpass"))
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("PERSON", "NORP", "GPE"):
        return False
    return obj.lemma_.lower() in things or obj.lower_ in things


def someone_object(verb) -> bool:
    obj = P.first_child(verb, ("dobj", "nsubjpass"))
    return obj is not None and P.is_someone(obj)


AIRCRAFT = {"helicopter", "jet", "plane", "aircraft", "drone", "warplane", "fighter", "bomber", "chopper"}


def shot_down(verb) -> bool:
    """"US helicopter shot down" (a headline's reduced passive): an aircraft as subject of "shoot down"
    or "bring down" with no object is what was shot down."""
    particle = P.first_child(verb, ("prt",))
    subject = P.first_child(verb, ("nsubj",))
    return (particle is not None and particle.lower_ == "down" and P.first_child(verb, ("dobj",)) is None
            and subject is not None and subject.lemma_.lower() in AIRCRAFT)


def accident(verb) -> bool:
    """Killed or injured "in a crash", "in a fire": an accident, not an attack."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "during", "after") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ACCIDENTS for g in c.children) for c in verb.children)


#: words of speech and thought a verb of force may act on: "struck populist notes", "hit upon a rationale"
STRUCK_IDEAS = {"note", "tone", "chord", "theme", "message", "rationale", "point", "balance", "nerve", "card"}
#: what "hit upon" / "hit on" / "strike on" finds when no one is struck: an idea (CAMEO codes no such use)
FINDING_PREPS = {"upon", "on"}


def idea_struck(verb, etype: str) -> bool:
    """A verb of force whose object is an idea or a quality, not someone, a place or a thing one can hit:
    "struck populist notes", "struggled to hit upon a rationale", "hit the right balance". CAMEO's
    own object patterns read force verbs on abstract objects as words, never as force ("ATTACK *
    POLICY", "HIT RELATIONSHIP": 11x); where no pattern names the use, it is no ASSAULT at all."""
    if etype != "ASSAULT" or verb.pos_ != "VERB":
        return False
    what = P.first_child(verb, ("dobj", "nsubjpass"))
    if what is None and P.first_child(verb, ("agent",)) is None:
        prep = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in FINDING_PREPS
                     and c.i == verb.i + 1), None)
        what = P.first_child(prep, ("pobj",)) if prep is not None else None
    if what is None or what.pos_ != "NOUN" or what.ent_type_ or P.is_someone(what):
        return False
    lemma = what.lemma_.lower()
    return lemma in STRUCK_IDEAS | IDEAS  # (not by an abstract ending: "the installation", "the residence")


CONTEST_VERBS = {"beat", "defend", "defeat", "crush", "thrash", "edge", "rout", "top", "trail", "lead"}
CONTEST_NOUNS = {"champion", "champions", "title", "crown", "match", "game", "cup", "league", "tournament", "final",
                 "viewer", "rating", "ratings", "audience",  # "beats rival networks in total viewers": a ratings race
                 "race", "championship", "medal", "trophy"}


SCORE = re.compile(r"\d{1,3}[-–:]\d{1,3}")


def contest(verb) -> bool:
    """A win, loss or title in a game: a contest verb whose object is a named team or a sports noun."""
    if rivals(verb):
        return True  # "Sanders can catch Clinton", "polls show X beating Y in New Hampshire": a race
    if verb.lemma_.lower() not in CONTEST_VERBS:
        return False
    if any(t.lemma_.lower() in CONTEST_NOUNS for t in verb.subtree if t.i != verb.i):
        return True
    if any(SCORE.fullmatch(t.text) for t in verb.subtree if t.i != verb.i):
        return True  # "beat X 6-3, 7-6", "defeated Y 2-1": a score
    if any(t.ent_type_ == "PERCENT" or t.like_num and t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ == "to"
           and t.doc[t.i + 2].like_num for t in verb.subtree if t.i != verb.i):
        return True  # "beating Clinton 45 to 40 percent": a poll
    # "Russia beat Croatia": a named team beaten (not "defeated Hamas", a war's outcome)
    return verb.lemma_.lower() in ("beat", "edge", "thrash", "rout") and any(
        c.dep_ == "dobj" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON" for c in verb.children)


#: what access is cut to when a blocked access is censorship: media, the internet, websites, platforms
MEDIA = {"internet", "website", "site", "media", "medium", "newspaper", "platform", "app", "network", "broadcast",
         "broadcaster", "channel", "station", "radio", "television", "tv", "press", "news", "messaging", "twitter",
         "facebook", "whatsapp", "youtube", "telegram", "x"}


def access_blocked(verb, complement):
    """"blocked access to social media": a restriction, not a refusal (PLOVER COERCE; censorship when
    the access cut is to media or the internet). (type, mode) or None."""
    if complement is None or complement.lemma_.lower() != "access" or complement.dep_ != "dobj":
        return None
    for prep in (c for c in complement.children if c.dep_ == "prep" and c.lower_ == "to"):
        target = P.first_child(prep, ("pobj",))
        if target is not None and target.lemma_.lower() in MEDIA:
            return "COERCE", "censor"
    return "COERCE", "restrict"


def assumed_role(verb) -> bool:
    """"took over as point man", "stepped in as chairman": a verb with no object whose "as" phrase
    names the role its subject assumes -- no one and nothing is seized or attacked."""
    if P.first_child(verb, ("dobj", "nsubjpass")) is not None:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children)
               for c in verb.children)


def undergoer(verb):
    """What the verb acts on: its object, its passive subject, or the noun a participle clause modifies
    ("a debate hosted by CNN", "the video released by X")."""
    obj = P.first_child(verb, ("dobj", "nsubjpass"))
    if obj is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return obj


#: what is hosted that is no meeting of the host with anyone: a broadcast, a contest, a show
HOSTED_THINGS = {"debate", "show", "program", "programme", "hall", "podcast", "fundraiser", "game", "match",
                 "tournament", "festival", "concert", "exhibition", "olympics", "cup", "championship", "party",
                 "gala", "telethon", "broadcast", "segment", "episode", "series", "site", "website", "server",
                 "event", "contest", "race", "competition", "award", "ceremony", "forum", "reception", "brunch",
                 "cocktail", "cocktails"}
#: what is released that is no prisoner: figures, media, documents, products
FIGURES = {"total", "tally", "number", "statistic", "email", "tape", "poll", "ad", "advertisement", "memo",
           "return", "schedule", "agenda", "platform", "manifesto", "text", "chart", "map", "clip", "podcast",
           "note", "findings", "finding", "estimate", "projection", "account", "record", "records", "file",
           "tax", "taxes"}  # "release his taxes": his tax returns (the parse's lemma of "taxes" may be "taxis")
#: verbs that name an event only when someone undergoes them: hosting a visitor (not a debate or a
#: show), releasing prisoners (not totals, a video or an album)
ON_SOMEONE = {"host": ("CONSULT", HOSTED_THINGS), "release": ("RETREAT", RELEASED_THINGS | FIGURES)}


#: what one takes over when one succeeds someone: an office, a role, a duty (not a place or people)
OFFICES = {"role", "job", "duty", "responsibility", "post", "seat", "helm", "leadership", "chairmanship",
           "presidency", "portfolio", "office"}


def seized_nothing(verb) -> bool:
    """"it was Morrison who took over", "is taking over Mr. Bush's role": "take over" by a named person
    with no object, or with an office as its object, is a succession; a seizure (CAMEO 1 "seize",
    PLOVER COERCE) takes a place, a building, a ship or a body of people ("rebels took over the city")."""
    if verb.lemma_.lower() != "take" or not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
        return False
    what = P.first_child(verb, ("dobj", "nsubjpass"))
    if what is not None:
        return what.lemma_.lower() in OFFICES
    if P.prep_object(verb, ("from",)) is not None and P.is_someone(P.prep_object(verb, ("from",))):
        return True  # "is taking over from him on an interim basis": a successor, no seizure
    doer = verb.head if verb.dep_ == "relcl" else P.first_child(verb, ("nsubj",))
    return doer is not None and doer.ent_type_ == "PERSON"


#: verbs whose particle or preposition turns them from the act into another sense (CAMEO codes none of these
#: uses): "seized on the controversy" (took it up), "vowed to fight on" (to go on campaigning), "backed out of
#: the debate" / "backs them up" (withdrew / bore out), "pulled out the race card" (produced), "the controversy
#: set off by X" (started; "set off for Beijing" is a trip)
PHRASAL = {("seize", "on"): "COERCE", ("seize", "upon"): "COERCE", ("pounce", "on"): "COERCE",
           ("fight", "on"): "ASSAULT", ("back", "out"): "SUPPORT", ("back", "up"): "SUPPORT",
           ("back", "away"): "SUPPORT", ("back", "off"): "SUPPORT", ("pull", "out"): "RETREAT",
           ("set", "off"): "CONSULT"}
SOMEONE_TYPES = {"PERSON", "ORG", "GPE", "NORP"}


def phrasal_sense(verb, etype: str) -> bool:
    """The verb with the particle or preposition right after it (or after its object) names no act of the
    type ``etype`` (``PHRASAL``). "fight on" keeps the fight when someone is fought ("fight on against the
    rebels"); "pull out" is a withdrawal with no object or with forces or people as object ("pulled out its
    troops"), not with a thing ("pulled out the race card")."""
    lemma = verb.lemma_.lower()
    # a particle may follow the object ("backs them up"); a preposition must follow the verb ("seized on the
    # controversy", not "seized the tanker on the orders of X")
    words = {c.lower_ for c in verb.children if (c.dep_ == "prt" and c.i > verb.i)
             or (c.dep_ in ("prep", "advmod") and c.i == verb.i + 1)}
    particle = next((w for w in words if PHRASAL.get((lemma, w)) == etype), None)
    if particle is None:
        return False
    if lemma == "fight":
        # "vowed to fight on" (a particle, no one fought); "fighting on the government side" is a fight
        return P.first_child(verb, ("dobj",)) is None and not any(
            c.dep_ == "prep" and (c.lower_ in ("against", "with") or P.first_child(c, ("pobj",)) is not None)
            for c in verb.children)
    if lemma == "pull":
        what = P.first_child(verb, ("dobj",))
        return what is not None and what.pos_ in ("NOUN", "PROPN") and what.ent_type_ not in SOMEONE_TYPES \
            and not P.is_someone(what) and what.lemma_.lower() not in FORCE_WORDS
    if lemma == "set":
        # "the controversy set off by X", "set off a bomb" (no one "set off for Beijing")
        return (P.is_passive(verb) or P.first_child(verb, ("dobj", "agent")) is not None
                or (verb.dep_ == "acl" and verb.tag_ == "VBN"))
    return True


#: who is pulled out in a withdrawal
FORCE_WORDS = {"troop", "troops", "force", "forces", "soldier", "personnel", "staff", "diplomat", "unit", "brigade",
               "battalion", "contingent", "army", "mission", "team", "embassy", "ambassador", "peacekeeper",
               "observer", "monitor", "ship", "warship", "fleet", "aircraft", "jet", "support", "funding", "fund",
               "investment", "money", "asset"}


def thing_undergone(verb, etype: str) -> bool:
    """"CNN hosted a debate", "released their fundraising totals", "the video released by X": the verb
    acts on a thing, so no one is visited or released (a dinner hosted for a visitor, homeguards
    released are events)."""
    if etype != ON_SOMEONE.get(verb.lemma_.lower(), ("",))[0]:
        return False
    what, things = undergoer(verb), ON_SOMEONE[verb.lemma_.lower()][1]
    return what is not None and what.pos_ == "NOUN" and (what.lemma_.lower() in things or what.lower_ in things)


def no_partner(verb) -> bool:
    """"was shown discussing his plan", "speaking on condition of anonymity to discuss", "talked about the economy": one person speaking of a topic with
    no one named to talk with ("with X"), and a subject that is not a group talking among itself
    ("the two leaders discussed trade", "they discussed")."""
    if verb.dep_ in ("advcl", "xcomp", "acl") and any(t.lemma_.lower() in ("anonymity", "anonymously")
                                                      for t in verb.head.subtree):
        return True  # "speaking on condition of anonymity to discuss X": a source's terms, no talks
    if P.prep_object(verb, ("with",) if verb.lemma_.lower() in ("discuss", "negotiate") else ("with", "to")) is not None:
        return False
    subject, clause = P.first_child(verb, ("nsubj", "nsubjpass")), verb
    for _ in range(3):  # "speaking on condition of anonymity to discuss ...": the speaker's subject
        if subject is not None or clause.dep_ not in ("xcomp", "acl", "advcl", "conj", "oprd", "ccomp"):
            break
        clause = clause.head
        subject = P.first_child(clause, ("nsubj", "nsubjpass"))
    if subject is None:
        return False
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we", "both", "leaders") or any(
        c.dep_ == "conj" for c in subject.children)
    return not plural and P.is_someone(subject)


def charged_with_task(verb) -> bool:
    """"agencies charged with facilitating the transition" (a duty given), "charged $35,000" (a price):
    no accusation; "charged with murder", "charged him with fraud" are."""
    if verb.lemma_.lower() != "charge":
        return False
    if any(c.dep_ in ("dobj", "npadvmod") and c.ent_type_ == "MONEY" for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
               for c in verb.children)


#: what a campaign wins or takes: votes, voters, delegates, a nomination, attention (no seizure)
ELECTORAL_GAINS = {"delegate", "vote", "voter", "moderate", "supporter", "nomination", "spotlight", "headline",
                   "attention", "momentum", "majority", "primary", "caucus", "endorsement", "donor", "electorate",
                   "limelight", "thunder", "heart", "mind", "independent", "allegiance", "loyalty", "imagination",
                   "enthusiasm"}


def electoral_gain(verb, etype: str) -> bool:
    """"stealing GOP moderates", "capture delegates", "grabbed the spotlight": a campaign's gain, not a
    seizure of people or territory."""
    if etype not in ("COERCE", "ASSAULT"):
        return False
    what = undergoer(verb)
    return what is not None and what.lemma_.lower() in ELECTORAL_GAINS


#: verbs of admitting a fact: with a clause they concede a point ("conceded the situation is
#: regrettable", "refusing to concede that his backers ..."), no demand or position
ADMITTING = {"concede", "accept", "admit", "acknowledge", "recognize", "recognise"}


def fact_admitted(verb) -> bool:
    """A verb of conceding whose complement is a clause of fact: no concession (PLOVER CONCEDE yields
    to a demand or position: "conceded defeat", "accepted the proposal")."""
    if verb.lemma_.lower() not in ADMITTING:
        return False
    return P.first_child(verb, ("dobj",)) is None and any(
        c.dep_ == "ccomp" and c.tag_ not in ("VBG", "VBN") for c in verb.children)  # not "accept refugees fleeing"


#: ideas defended or pursued that are no one's policy or act: "defend the notion that ..."
IDEAS = {"notion", "idea", "claim", "argument", "theory", "assertion", "belief", "remark", "comment", "result",
         "outcome", "thesis", "narrative"}  # not "defended Iran's position" (a state's policy)


def idea_object(verb) -> bool:
    """"defended the notion that ...", "the result that Sanders was seeking": an idea or result, not an
    actor or a policy, is what is backed or sought."""
    what = undergoer(verb)
    if what is None and verb.dep_ == "relcl":
        what = verb.head  # "the result that X was seeking"
    return (what is not None and what.pos_ == "NOUN" and what.lemma_.lower() in IDEAS
            and owners.owner(what) is None)  # "praised Clinton's remarks" backs Clinton


#: verbs whose intransitive subject undergoes the act ("Hong Kong is burning", "the car exploded"): no
#: attacker and no one attacked
ERGATIVE = {"burn", "explode", "blow", "collapse", "crumble", "shatter", "sink", "blaze"}


def nothing_done_to(verb, etype: str) -> bool:
    """An attack verb used intransitively of what undergoes it: no event ("X burned the flag" is one)."""
    return (etype == "ASSAULT" and verb.lemma_.lower() in ERGATIVE
            and not any(c.dep_ in ("dobj", "agent", "nsubjpass") for c in verb.children))


#: verbs of offering and promising whose object may be a mere thing: no promise to act (PLOVER AGREE)
OFFERING = {"offer", "propose", "pledge", "promise", "vow"}
#: what is itself a promise: "pledged her commitment to the causes", "offered assurances"
PROMISES = {"commitment", "assurance", "guarantee", "pledge", "promise", "cooperation", "help", "protection",
            "backing", "amnesty", "pardon", "concession", "compromise", "ceasefire", "truce"}


def thing_offered(verb, complement) -> bool:
    """"offered a response", "proposed a new tax": a thing named, no act
    promised (the lexicon's event nouns, meetings and aid are read before this: "offered talks",
    "pledged support", "offered $2 million")."""
    return (verb.lemma_.lower() in OFFERING and complement is not None and complement.pos_ == "NOUN"
            and not P.is_someone(complement) and complement.lemma_.lower() not in PROMISES)


#: who rules a law void or halts it: a judge or a court (PLOVER SANCTION convict: "find an entity or
#: behavior ... unconstitutional ... in a court of law")
COURTS = {"judge", "court", "justice", "tribunal", "panel", "magistrate", "judiciary"}
#: verbs of a court stopping a law ("strike" and "throw" only with their particle: "struck down", "threw out")
OVERTURNING = {"block": "", "halt": "", "overturn": "", "invalidate": "", "void": "", "overrule": "",
               "suspend": "", "enjoin": "", "stay": "", "freeze": "", "nullify": "", "annul": "", "quash": "",
               "reverse": "", "vacate": "", "strike": "down", "throw": "out"}
#: what a court stops: a law, an order, a policy (not a person or a meeting)
LAWS = {"law", "ban", "order", "rule", "regulation", "policy", "statute", "measure", "ordinance", "decree",
        "mandate", "legislation", "restriction", "requirement", "directive", "program", "programme", "map",
        "provision", "act", "ruling", "decision", "plan", "limit", "moratorium", "rollback", "tariff"}


def court_overturned(verb):
    """"A federal judge blocked Ohio's voting law", "the Supreme Court struck down the ban", "the order was
    halted by an appeals court": the law or order a court stops (PLOVER SANCTION convict, the court
    acting against the law's maker), else None."""
    lemma = verb.lemma_.lower()
    if lemma not in OVERTURNING:
        return None
    if OVERTURNING[lemma] and not any(c.dep_ == "prt" and c.lower_ == OVERTURNING[lemma] for c in verb.children):
        return None
    law = P.first_child(verb, ("dobj", "nsubjpass"))
    if law is None or law.lemma_.lower() not in LAWS:
        return None
    doer = P.first_child(verb, ("nsubj",))
    if doer is None:
        agent = P.first_child(verb, ("agent",))
        doer = P.first_child(agent, ("pobj",)) if agent is not None else None
    if doer is None or not (doer.lemma_.lower() in COURTS or doer.pos_ == "PRON" or doer.ent_type_ == "PERSON"):
        return None  # a judge named or "he" (``events`` keeps a court ruling only for a judicial actor)
    return law


#: auxiliaries of a clause that states a fact ("insisted that they are wrong", "... that he will win"), not
#: the subjunctive or duty of a demand ("insisted that she resign", "... that he should be fired")
FACT_AUX = {"is", "are", "was", "were", "am", "'s", "'re", "has", "have", "had", "will", "wo", "'ll", "would",
            "can", "ca", "could", "does", "do", "did", "may", "might"}


def claim_clause(complement) -> bool:
    """A "that" clause of fact under "insist": a claim ("insisted that the leaders are too concerned"),
    no demand; "insisted that she resign" (bare verb) and "... should go" are demands."""
    if complement is None or complement.dep_ != "ccomp":
        return False
    auxes = [c.lower_.replace("\u2019", "'") for c in complement.children if c.dep_ in ("aux", "auxpass")]
    if complement.lemma_ == "be" and (auxes or complement.tag_ != "VB") and any(
            c.dep_ in ("attr", "acomp") for c in complement.children):
        # "insists the party must be a party of ideas": what it is, no act asked of anyone (a bare
        # subjunctive, "insisted that Iran be part of the deal", still asks)
        return True
    if any(a in ("should", "must", "shall") for a in auxes):
        return False
    if any(a in FACT_AUX for a in auxes):  # (a typographic apostrophe read as a plain one: "they’re")
        return True
    return complement.tag_ in ("VBZ", "VBD", "VBP")


#: what is recognised that is a fact, not a state or government recognised: "recognize his problem"
RECOGNISED_FACTS = {"problem", "need", "importance", "challenge", "risk", "difficulty", "danger", "threat",
                    "mistake", "error", "fact", "reality", "limit", "limitation", "weakness", "concern", "issue",
                    "urgency", "gravity", "seriousness", "significance", "potential", "possibility", "value",
                    "failure", "shortcoming", "flaw", "truth", "complexity", "role", "power", "pattern", "trend"}


def fact_recognised(verb) -> bool:
    """"seems to recognize his credibility problem": a fact seen, no recognition of a state or support
    of anyone ("recognized the new government" is one)."""
    if verb.lemma_.lower() not in ("recognize", "recognise", "acknowledge", "realize", "realise"):
        return False
    what = P.first_child(verb, ("dobj", "nsubjpass"))
    return what is not None and what.pos_ == "NOUN" and what.lemma_.lower() in RECOGNISED_FACTS


# --- what a verb acts on decides whether it names a political act at all (noun classes) ---------------

#: what is charged that is a price, not a crime: "charged more than that", "charged a fee", "$70 a foot"
PRICES = {"more", "less", "fee", "rent", "price", "rate", "interest", "premium", "toll", "tuition", "fare",
          "dollar", "cent", "percent", "amount", "sum", "markup", "commission", "cost"}
#: what is accepted or received that is an office or honour, no demand yielded to: "accept the nomination"
HONOURS = {"nomination", "award", "prize", "honor", "honour", "medal", "title", "post", "job", "position", "seat",
           "office", "role", "endorsement", "degree", "trophy", "crown", "salary"}  # ("accepted an invitation" is AGREE)
#: what is met that is a bar to clear: "meet that threshold", "met the criteria"
STANDARDS = {"threshold", "bar", "benchmark", "minimum", "level", "mark", "test", "obligation", "bill", "burden",
             "limit", "cap", "mandate", "commitment", "promise", "pledge", "specification", "norm", "rule"}
#: papers published or handed over: a release of documents, no prisoner freed
PAPERS = {"page", "email", "e-mail", "cable", "message", "paper", "memo", "memorandum", "log", "filing", "return",
          "tape", "text", "file", "document", "record", "transcript", "letter", "note", "diary", "photo", "video"}
#: restrictions a "lift" or "ease" undoes (PLOVER RETREAT ease): not "lifting economic fortunes"
RESTRICTIONS = {"sanction", "embargo", "ban", "restriction", "curfew", "blockade", "siege", "lockdown", "limit",
                "cap", "moratorium", "suspension", "freeze", "quarantine", "tariff", "barrier", "control", "veto",
                "law", "measure", "order", "rule", "regulation", "emergency", "closure", "boycott", "hold", "immunity",
                "prohibition", "requirement", "martial", "curb", "clampdown", "crackdown"}
#: money gathered, not given: a campaign's fundraising is no AID ("raised funds from donors")
GATHERING_VERBS = {"raise", "collect", "solicit", "amass", "rake", "haul"}  # ("received aid from X" is X's AID)
#: who rules: a court's ruling legalises or strikes down; it concedes nothing to anyone
RULINGS = COURTS | {"ruling", "decision", "verdict", "judgment", "judgement", "opinion", "order"}


def _amount(token) -> bool:
    return token.like_num or token.ent_type_ in ("MONEY", "CARDINAL", "PERCENT", "QUANTITY") \
        or token.lemma_.lower() in PRICES or token.lower_ in PRICES


def price_charged(verb) -> bool:
    """"has charged more than that", "charges a $10 fee", "charged $35,000": a price asked, no accusation
    ("charged him with fraud", "prosecutors charged the senator" are accusations)."""
    if verb.lemma_.lower() != "charge":
        return False
    return any(c.dep_ in ("dobj", "npadvmod", "attr") and (_amount(c) or any(
        g.ent_type_ == "MONEY" for g in c.children)) for c in verb.children)


def someone_needed(verb, etype: str, mode) -> bool:
    """Acts that need someone as what they act on, given a thing instead: "meet that threshold" (no one
    met), "released 1,100 pages of emails" (no prisoner freed), "accept the nomination" (an office, no
    demand yielded to), "lifting the economic fortunes" (no restriction eased)."""
    lemma = verb.lemma_.lower()
    what = undergoer(verb)
    if what is None or what.pos_ != "NOUN" or P.is_someone(what) or what.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
        return False
    noun = what.lemma_.lower()
    if etype == "CONSULT" and lemma == "meet":
        return noun in MET_THINGS | STANDARDS or noun.endswith(P.ABSTRACT_ENDINGS)  # not "met regional rival X"
    if etype == "RETREAT" and mode == "release" and lemma in ("release", "free", "publish", "issue"):
        return noun in RELEASED_THINGS | FIGURES | PAPERS
    if etype in ("CONCEDE", "AGREE") and lemma in ("accept", "receive", "win", "take") and noun in HONOURS:
        return True
    return etype == "RETREAT" and mode == "ease" and lemma in ("lift", "ease", "loosen", "relax") \
        and noun not in RESTRICTIONS and not any(  # "lifted a state of emergency", "eased curfew hours"
            g.lemma_.lower() in RESTRICTIONS for g in what.subtree if g.dep_ in ("pobj", "compound", "amod"))


#: verbs of backing one's own case: "defended her decision", "justified his vote"
DEFENDING = {"defend", "justify", "explain", "tout", "champion", "vindicate"}


#: prepositions that tie one's own thing to someone ("friendship with X", "commitment to X", "support for X")
TIES = {"with", "to", "toward", "towards", "for"}


def own_thing_backed(verb, etype: str) -> bool:
    """"defend her decision", "defended his record": the doer backs their own act or thing, no one else
    (PLOVER SUPPORT is for another actor or their policy: "defended the president's decision")."""
    if etype != "SUPPORT" or verb.lemma_.lower() not in DEFENDING:
        return False  # ("supports its decision to expel diplomats": whose "its" is, only the reader knows)
    what = P.first_child(verb, ("dobj",))
    if what is None or what.pos_ != "NOUN" or P.is_someone(what):
        return False
    if any(c.dep_ == "prep" and c.lower_ in TIES and any(
            g.dep_ == "pobj" and (P.is_someone(g) or g.ent_type_ in ("GPE", "NORP")) for g in c.children)
           for c in what.children):
        return False  # "affirm their friendship with the American people": a tie to someone ("her record as
        # secretary of state", "his record against ISIS" name her office, his fight: no one backed)
    poss = P.first_child(what, ("poss",))
    return poss is not None and poss.pos_ == "PRON" and poss.lower_ in ("his", "her", "its", "their", "my", "our", "your")


#: verbs of backing a policy or a person (PLOVER SUPPORT)
BACKING = {"support", "back", "favor", "favour", "endorse", "champion", "advocate", "embrace", "prefer"}
#: kinds of policy one may favour in general: "backed a no-fly zone", "favors a carbon tax", "supported an
#: aggressive climate policy" (a bill, a measure, a deal or a proposal is someone's instrument: not here)
POLICY_KINDS = {"policy", "zone", "tax", "program", "programme", "approach", "strategy", "agenda", "reform",
                "system", "model", "path", "solution", "course", "stance", "line", "increase", "cut", "wage",
                "intervention", "option", "idea", "doctrine", "philosophy", "vision"}
KINDS = {"kind", "sort", "type"}
#: prepositions whose object is the one a policy is aimed at ("a ban on refugees", "sanctions against X")
AIMED_PREPS = {"on", "against", "for", "with", "to", "toward", "towards", "of"}


def policy_kind_backed(verb, etype: str) -> bool:
    """"backed a no-fly zone in Syria", "supported a non-interventionist foreign policy", "a carbon tax, which he
    favors", "the kinds of programs that Sanders supports": a stance on a kind of policy (indefinite, or a
    bare plural), aimed at no one. PLOVER SUPPORT is support of a target or the target's policy ("backed the
    deal", "back Corker's legislation", "supports the proposal" stay), and a place the policy is for is no
    one supported."""
    if etype != "SUPPORT" or verb.lemma_.lower() not in BACKING:
        return False
    what = P.first_child(verb, ("dobj", "nsubjpass"))
    if what is not None and what.lower_ in ("which", "that") and verb.dep_ == "relcl":
        what = verb.head  # "a carbon tax, which he favors"
    elif what is None and verb.dep_ == "relcl":
        what = verb.head  # "the kinds of programs that Sanders supports" (the relative pronoun left out)
    if what is None or what.pos_ != "NOUN":
        return False
    kind = what
    if what.lemma_.lower() in KINDS:
        what = P.prep_object(what, ("of",)) or kind  # "the kinds of programs that ...": the programs
    elif what.head.lower_ == "of" and what.head.head.lemma_.lower() in KINDS:
        kind = what.head.head  # "kinds of programs"
    if what.lemma_.lower() not in POLICY_KINDS or P.is_someone(what):
        return False
    if any(c.dep_ in ("poss", "compound") and (c.pos_ == "PROPN" or c.ent_type_) for c in what.children):
        return False  # "Obama's policy", "the Trump tax plan": someone's
    if any(c.dep_ == "prep" and c.lower_ in AIMED_PREPS and any(
            g.dep_ == "pobj" and (P.is_someone(g) or g.ent_type_ in ("GPE", "NORP")) for g in c.children)
           for c in what.children):
        return False  # "an indefinite ban on Syrian refugees": aimed at someone
    if kind is not what:
        return True  # "the kinds of programs": kinds of policy, whatever their article
    det = P.first_child(kind, ("det",))
    if det is not None:
        return det.lower_ in ("a", "an")
    return kind.tag_ == "NNS" and P.first_child(kind, ("poss",)) is None


def money_gathered(verb, etype: str) -> bool:
    """A campaign's money: "raised funds from donors", "self-funding his campaign", "funded her own
    campaign": gathered or spent on oneself, no aid given to anyone."""
    if etype != "AID":
        return False
    lemma = verb.lemma_.lower()
    if lemma in GATHERING_VERBS:
        return True
    if any(c.lower_ == "self" for c in verb.children) or verb.lower_.startswith("self"):
        return True  # "self-funding": paying for oneself
    what = P.first_child(verb, ("dobj",))
    return lemma in ("fund", "finance", "bankroll") and what is not None and (own_campaign(what) or any(
        c.dep_ == "amod" and c.lower_ == "own" for c in what.children))


def ruling_concedes(verb, etype: str) -> bool:
    """"the Court's decision legalized same-sex marriage": a ruling changes the law, no party concedes."""
    if etype != "CONCEDE":
        return False  # ("a court freed two ex-ministers on bail" is a release)
    doer = P.first_child(verb, ("nsubj",))
    return doer is not None and doer.lemma_.lower() in RULINGS and not someone_object(verb)


#: words that count or quantify the noun after them: "by 271 pledged delegates", "enough pledged delegates"
COUNTING = {"enough", "more", "most", "many", "few", "fewer", "several", "all", "some", "those", "these", "the"}


def participle_modifier(verb) -> bool:
    """"leads Sanders by 271 pledged delegates" parsed with "pledged" as a verb of its own (a conjunct, its
    noun a direct object): a participle between a count and its noun, with no subject, modifies the noun
    (the delegates' status), no one pledges anything. A date before it is no count ("in 2015 bombed ...")."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    if P.first_child(verb, ("nsubj", "nsubjpass", "agent")) is not None or before.head.i == verb.i:
        return False
    if after.head.i != verb.i or after.dep_ != "dobj" or after.tag_ not in ("NNS", "NNPS"):
        return False
    return (before.tag_ == "CD" and before.ent_type_ not in ("DATE", "TIME")) or before.lower_ in COUNTING


def as_opposed_to(verb) -> bool:
    """"as opposed to X" (a connective: "rather than X"): "opposed" right after "as" and right before "to",
    with no subject of its own; no one opposes anything ("as they opposed to ..." has one)."""
    doc = verb.doc
    return (verb.lower_ == "opposed" and verb.i > 0 and doc[verb.i - 1].lower_ == "as" and verb.i + 1 < len(doc)
            and doc[verb.i + 1].lower_ == "to" and P.first_child(verb, ("nsubj", "nsubjpass")) is None)


def naming_call(verb, etype: str) -> bool:
    """"called the decision a landmark", "calling him a failed candidate", "calling it something else",
    "calling the group by another name": "call" with a name for what it names (an object predicate, a second
    object, "by ... name") describes; it is no phone call or visit (CONSULT) and no concession. A name that is
    an insult ("called Trump unhinged") is read as an accusation elsewhere; this only drops the other types."""
    if verb.lemma_.lower() != "call" or etype not in ("CONSULT", "CONCEDE") or P.first_child(verb, ("dobj",)) is None:
        return False  # (a name with no object named is a misparse: "Trump called President Erdogan on Monday")
    return any(c.dep_ == "oprd" for c in verb.children) or name_given(verb)


def name_given(verb) -> bool:
    """"call" with two objects ("calling it something else") or "by ... name" ("calling the group by another
    name"): a name given to what is called."""
    if verb.lemma_.lower() != "call":
        return False
    if sum(c.dep_ == "dobj" for c in verb.children) >= 2:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(g.lemma_.lower() == "name" for g in c.children)
               for c in verb.children)


#: what "protect" acts on that is no one: rights, laws, funds, nature (CAMEO's AID "protect" shields people)
def thing_protected(verb, etype: str) -> bool:
    """"protecting the Second Amendment", "will protect funding", "protect a woman's right to choose", "protect
    7,000 species", "their safety is protected": protection (PLOVER AID, CAMEO 074 "provide protection") is
    given to someone; a thing kept safe is a stance or a policy, no act of aid to anyone."""
    if etype != "AID" or verb.lemma_.lower() not in ("protect", "safeguard", "shield"):
        return False
    what = P.first_child(verb, ("dobj", "nsubjpass"))
    return what is not None and what.pos_ in ("NOUN", "PROPN") and not P.is_someone(what)


def no_political_act(verb, etype: str, mode) -> bool:
    """A use of an event word that names no political act, read from what it acts on and who does it."""
    return (price_charged(verb) or someone_needed(verb, etype, mode) or own_thing_backed(verb, etype)
            or policy_kind_backed(verb, etype)
            or money_gathered(verb, etype) or ruling_concedes(verb, etype) or figurative(verb, etype))


def dismissed_as(verb) -> bool:
    """"dismissed the governor as an ineffective leader", "dismissed the claims as a fabrication": what is
    dismissed "as" something is characterised, a disapproval (CAMEO's "DISMISS AS fabrication / unfair"
    111 and "DISMISS" alone 110, both PLOVER ACCUSE), no proposal refused ("dismissed the idea that ...",
    "dismissed a report" stay REJECT, as our trigger table reads "dismiss")."""
    if verb.lemma_.lower() != "dismiss":
        return False
    what = P.first_child(verb, ("dobj", "nsubjpass"))
    called = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                   for g in c.children if g.dep_ in ("pobj", "amod", "acomp")), None)
    if what is None or called is None or any(c.dep_ == "poss" for c in called.children):
        return False  # "was dismissed as Trump's campaign manager": fired from a post, no charge
    # a characterisation ("as an ineffective leader", "as unfair", "as a fabrication"), not an office held
    return called.pos_ == "ADJ" or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in called.children)
