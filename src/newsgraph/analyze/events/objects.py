"""How a verb's object or phrase decides which event it names, before the lexicon is asked.

"suspended its offensive" is a retreat, "lifted the curfew" an easing, "withdrew the bill" a concession,
"scuttled the talks" a rejection, "executed a search warrant" a seizure, "placed X under arrest" an
arrest, "laid siege to X" a restriction, "called X a sham" an accusation (and "called it TNG50" a naming,
no phone call), "told X to ..." a demand, "took part in talks" the talks. Pure functions over spaCy tokens.
"""
from __future__ import annotations

from newsgraph.analyze import resources
from newsgraph.analyze.actors import dictionaries
from newsgraph.analyze.events import campaigning as CP
from newsgraph.analyze.events import owners
from newsgraph.analyze.events import participants as P
from newsgraph.analyze.events import senses as S
from newsgraph.analyze.events.targets import ORDER_VERBS

MEETING_NOUNS = {"talk", "talks", "contact", "dialogue", "negotiation", "meeting", "summit", "consultation"}
HALT_VERBS = {"suspend", "halt", "stop", "cease", "end", "call", "abandon"}
EASE_VERBS = {"lift", "ease", "end", "remove", "scrap", "relax", "suspend", "drop", "revoke"}
CONFLICT_NOUNS = {"attack", "strike", "protest", "fighting", "fight", "hostility", "hostilities", "offensive",
                  "operation", "campaign", "boycott", "violence", "war", "demonstration", "raid", "bombing",
                  "shelling", "assault", "insurgency", "rebellion", "blockade"}
RESTRICTION_NOUNS = {"sanction", "embargo", "ban", "restriction", "curfew", "blockade", "law", "measure",
                     "tariff", "emergency", "lockdown", "siege"}
#: an actor's own bill, plan or demand withdrawn: PLOVER CONCEDE ("withdrawing a demand should be coded as
#: CONCEDE"); restrictions lifted stay with ``EASE_VERBS``
RETRACT_VERBS = {"withdraw", "scrap", "shelve", "drop", "abandon", "retract", "rescind", "pull", "table"}
RETRACTED = {"bill", "legislation", "proposal", "plan", "amendment", "reform", "decree", "policy", "demand",
             "nomination", "candidacy", "ordinance", "resolution", "motion", "charge", "lawsuit", "suit",
             "complaint", "threat", "ultimatum", "objection", "condition", "precondition", "veto", "claim"}
#: talks or a deal made to fail: PLOVER REJECT (CAMEO 12 reject)
WRECK_VERBS = {"scuttle", "torpedo", "derail", "sabotage", "wreck", "sink", "jeopardize", "jeopardise"}
WRECKED = MEETING_NOUNS | {"deal", "agreement", "accord", "treaty", "process", "plan", "bill", "ceasefire",
                           "truce", "negotiations", "bid", "effort", "initiative", "proposal", "reform"}
#: a search carried out by an authority: PLOVER COERCE seize ("execute search, confiscate property, raid")
SEARCH_VERBS = {"execute", "serve", "conduct", "carry"}
SEARCHES = {"warrant", "search"}


def is_order(verb) -> bool:
    """"told X to ...", "ordered X to ...": someone told to do something (an infinitive complement)."""
    if verb.lemma_.lower() not in ORDER_VERBS:
        return False
    told = P.first_child(verb, ("dobj",))
    act = P.first_child(verb, ("xcomp", "ccomp"))
    if act is None and told is not None:
        act = P.infinitive_after(verb, told)  # "pushed X to resign" parsed as a purpose clause
    return (told is not None and P.is_someone(told) and act is not None and act.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children))


def takes_part(verb) -> bool:
    """"took part in", "participated in": whose event is what is taken part in."""
    lemma = verb.lemma_.lower()
    return lemma == "participate" or (lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children))


PLACING_VERBS = {"place", "put", "keep", "hold"}
#: what someone is placed under: the authority's act on them
PLACED_UNDER = {"arrest": ("COERCE", "arrest"), "quarantine": ("COERCE", "restrict"),
                "lockdown": ("COERCE", "restrict"), "curfew": ("COERCE", "restrict"), "siege": ("COERCE", "restrict"),
                "surveillance": ("COERCE", "restrict"), "sanction": ("SANCTION", "discontinue"),
                "embargo": ("SANCTION", "discontinue"), "investigation": ("ACCUSE", "investigate"),
                "probe": ("ACCUSE", "investigate"), "pressure": ("REQUEST", None)}
NAMING = ("", None)  # by_object: "call X Y" names X, whatever CAMEO's default for "call"
NO_EVENT = ("none", None)  # by_object: the verb names no event with this object ("suspended his campaign")
#: words aimed at someone: "took a swipe at X", "took aim at X", "took a shot at X"
JABS = {"swipe", "aim", "shot", "jab", "potshot", "dig", "crack", "swing"}
#: what is dismissed when a claim is rejected (not "dismissed the minister", "dismissed the case")
DISMISSED = {"comment", "claim", "allegation", "accusation", "criticism", "charge", "concern", "suggestion", "idea",
             "notion", "remark", "statement", "call", "demand", "request", "speculation", "rumor", "rumour",
             "proposal", "report", "warning", "threat", "attack", "assertion", "argument", "complaint", "offer"}
#: qualities questioned: "questioned X's fitness, judgment, motives" (PLOVER ACCUSE disapprove)
DOUBTED = {"fitness", "judgment", "judgement", "competence", "integrity", "honesty", "motive", "loyalty", "credibility",
           "legality", "qualification", "patriotism", "sincerity", "character", "temperament", "leadership",
           "legitimacy", "commitment", "ability", "truthfulness"}
#: a deal made: "struck a deal with X", "clinched an agreement" (PLOVER AGREE), not a blow
DEAL_VERBS = {"strike", "clinch", "seal", "hammer", "broker", "cut", "forge"}
DEALS = {"deal", "agreement", "accord", "bargain", "compromise", "pact", "truce", "treaty", "arrangement"}


#: names of contempt: calling someone or their act one of these is an accusation (CAMEO 111 criticize)
CONTEMPT = {"sham", "farce", "hoax", "charade", "travesty", "disgrace", "scandal", "witch", "lie", "liar",
            "fraud", "joke", "mockery", "insult", "outrage", "betrayal", "provocation", "crime", "criminal",
            "terrorist", "terrorism", "coup", "aggression", "propaganda", "fake", "failure", "disaster",
            "catastrophe", "shame", "abomination", "atrocity", "genocide", "massacre", "racist", "traitor",
            "thug", "dictator", "puppet", "stunt", "smear", "blackmail", "extortion", "harassment", "persecution",
            # adjectives of contempt: "called her unqualified", "called the plan unconstitutional"
            "unqualified", "unfit", "incompetent", "corrupt", "dishonest", "dangerous", "reckless", "irresponsible",
            "illegal", "unconstitutional", "sexist", "bigoted", "hypocritical", "disgraceful", "shameful",
            "outrageous", "unacceptable", "divisive", "ridiculous", "absurd", "baseless", "unfounded", "despicable",
            "deplorable", "irrational", "unhinged", "unstable", "crooked", "lying", "treasonous", "undemocratic",
            # names for a politician's character: "a total opportunist", "a faker"
            "opportunist", "hypocrite", "demagogue", "bully", "phony", "faker", "con", "charlatan", "coward", "jerk",
            # further words of insult that political reporting quotes ("called Haley very weak", "called the
            # suspension arbitrary", "called him a horrible, despicable human being")
            "weak", "arbitrary", "stupid", "crazy", "horrible", "egregious", "offensive", "bigot", "clown", "loser",
            "careless", "disqualifying", "idiotic", "pathetic", "nasty", "misguided", "foolish", "insane", "dumb",
            "shameless", "disgusting", "disastrous", "terrible", "awful", "appalling", "reprehensible", "xenophobic",
            "vile", "hateful", "ignorant", "fascist", "fool", "idiot", "moron", "bribe", "unethical", "inappropriate"}


#: verbs that give someone or something a name: "called / labeled / branded / dubbed X a Y"
NAMING_VERBS = {"call", "label", "brand", "dub"}
#: the longest quoted name whose every word is weighed ("called the plan 'a gift to the rich'")
QUOTED_NAME_WORDS = 6
#: words that turn a negative word's edge ("the least bad option", "hardly terrible")
SOFTENERS = {"not", "never", "least", "less", "hardly", "barely", "no"}
QUOTES = {'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"}


def negative_words() -> frozenset[str]:
    """Words of strongly negative valence (the VADER lexicon's, ``negative_words.tsv``)."""
    return _negative_words()


@resources.cached()
def _negative_words() -> frozenset[str]:
    return frozenset(row[0] for row in resources.read_tsv("negative_words.tsv") if len(row) == 2)


def _small_clause(verb):
    """The adjective of "called X unfit" when the parse makes "X unfit" a clause of its own."""
    clause = P.first_child(verb, ("ccomp",))
    if verb.lemma_.lower() not in NAMING_VERBS or clause is None or clause.pos_ != "ADJ":
        return None
    return clause if P.first_child(clause, ("nsubj",)) is not None else None


def called_names(verb):
    """(the one named, the name) for "called X a sham" when the name is one of contempt: a word of the
    contempt list, or a word of strongly negative valence (``negative_words``) for a name given to
    someone or to someone's act ("called him a crook", "branded the governor's plan 'cruel'")."""
    name = P.first_child(verb, ("oprd", "attr"))
    # the one named is the object, or a pronoun the parse reads as an indirect object before the name
    # ("calling him a jerk": "him" dative, "jerk" oprd)
    named = P.first_child(verb, ("dobj",)) or (P.first_child(verb, ("dative",)) if name is not None else None)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if name is None and len(objects) == 2 and verb.lemma_.lower() != "call":
        named, name = objects  # "labeled the proposal a disaster" parsed with two objects
    predicates = [c for c in verb.children if c.dep_ in ("oprd", "attr")]
    if named is None and len(predicates) == 2:
        named, name = predicates  # "has called Trump an obvious phony" parsed with two object predicates
    if name is None and named is not None:
        name = _unmarked_name(named)  # "called Cruz a liar" parsed as an apposition without its comma
    if name is None and named is not None:  # "called the plan cruel" parsed as a plan that is cruel: an
        # adjective after its noun is the name given (English puts the adjective before its noun)
        name = next((c for c in named.children if c.dep_ == "amod" and c.i > named.i and c.pos_ == "ADJ"), None)
    small = _small_clause(verb)
    if small is not None:  # "calls Clinton unqualified" parsed as a clause: Clinton is named unqualified
        name, named = small, P.first_child(small, ("nsubj",))
    if name is not None and named is None:  # "calling Trump's charge 'pathetic'" with the object hung on the name
        named = next((c for c in name.children if c.dep_ in ("nsubj", "npadvmod") and c.i < name.i
                      and c.pos_ in ("NOUN", "PROPN")), None)
    if verb.dep_ == "acl" or verb.dep_ == "relcl" and not _relative_doer(verb) or name is None or named is None:
        return None  # "a mission called X", "a simulation they call TNG50": a name, no one's act of naming
    words = {name.lemma_.lower()} | {c.lemma_.lower() for c in name.children if c.dep_ in ("compound", "amod")}
    if words & CONTEMPT:
        return named, name
    if not (P.is_someone(named) or owners.author(named) is not None):
        return None  # "called the shooting a tragedy": grief, no one blamed
    return (named, name) if _negative_name(name) else None


#: relative pronouns that stand for the doer of a relative clause's verb ("Cruz, who called X a phony")
RELATIVE_SUBJECTS = {"who", "that"}
#: articles of a name given ("a liar", "an obvious phony"), not of an apposition naming a role ("the senator")
NAME_ARTICLES = {"a", "an"}


def _relative_doer(verb) -> bool:
    """A relative clause whose subject is the relative pronoun: its antecedent does the naming ("Cruz, who
    has called X a phony"), unlike "a plan they call a sham" or "a mission called X"."""
    subject = P.first_child(verb, ("nsubj",))
    return subject is not None and subject.lower_ in RELATIVE_SUBJECTS


def _unmarked_name(named):
    """The name given when the parse hangs it on the one named as an apposition although no comma sets it off
    ("called Cruz a liar": "liar" appos of "Cruz"): an indefinite noun right after the one named. With a comma it
    is a real apposition ("called Smith, a senator, ..."), with "the" a role ("called Smith the nominee")."""
    if named is None:
        return None
    for child in named.children:
        if child.dep_ != "appos" or child.i <= named.i or child.left_edge.i != named.i + 1:
            continue
        if child.left_edge.lower_ in NAME_ARTICLES:
            return child
    return None


def _negative_name(name) -> bool:
    """The name's head or a word modifying it, or any word of the short quoted phrase it stands in, is
    of strongly negative valence ("a liar", "a pathological fraud", "'weak and pathetic'")."""
    negative = negative_words()
    words = [name] + [c for c in name.children if c.dep_ in ("compound", "amod", "conj")]
    quoted = _quoted_words(name)
    return any((w.lower_ in negative or w.lemma_.lower() in negative) and not _softened(w) for w in words + quoted)


def _softened(word) -> bool:
    """The word is negated or softened ("not bad", "the least bad option"), as VADER itself reads it."""
    return any(c.dep_ == "neg" or c.lower_ in SOFTENERS for c in word.children)


def _quoted_words(name) -> list:
    """The words of the quotation the name stands in, when it is short ("'a gift to the rich'"), else []."""
    doc, sent = name.doc, name.sent
    start = next((t.i for t in reversed(doc[sent.start:name.i]) if t.text in QUOTES), None)
    end = next((t.i for t in doc[name.i + 1:sent.end] if t.text in QUOTES), None)
    if start is None or end is None or end - start - 1 > QUOTED_NAME_WORDS:
        return []
    return [t for t in doc[start + 1:end] if t.is_alpha]


def under(verb, state: str):
    """The "siege" of "X was under siege (by Y)", or None."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "under":
            pobj = P.first_child(child, ("pobj",))
            if pobj is not None and pobj.lemma_.lower() == state:
                return pobj
    return None


#: granting what someone asked for: PLOVER CONCEDE ("accede to demands"), the asker its recipient; not a
#: REQUEST of the one who grants it ("granted Somalia's request", "agreed to their demands")
GRANT_VERBS = {"grant", "accept", "approve", "heed", "honor", "honour", "meet", "fulfil", "fulfill", "satisfy"}
GRANT_TO_VERBS = {"agree", "accede", "yield", "bow", "give", "comply", "submit", "consent"}
ASKED = {"request", "demand", "plea", "appeal", "petition", "ultimatum", "call"}


def granted(verb):
    """What is granted: the request or demand object of "granted / met / agreed to / bowed to", or None."""
    lemma = verb.lemma_.lower()
    if lemma in GRANT_VERBS:
        obj = P.first_child(verb, ("dobj", "nsubjpass"))
        return obj if obj is not None and obj.lemma_.lower() in ASKED else None
    if lemma in GRANT_TO_VERBS:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "with", "in"):
                obj = P.first_child(child, ("pobj",))
                if obj is not None and obj.lemma_.lower() in ASKED:
                    return obj
    return None


#: the most words between a called one and the quoted name given ("calling him, among other things, 'a ...'")
NAME_GAP = 6


def _quoted_name(verb) -> bool:
    """"call" with its object followed by a quoted phrase (no verb between): the quotation is the name
    given, the object the one named ("called Merkel 'the Chancellor'"); a phone call names no one."""
    obj = P.first_child(verb, ("dobj",))
    if obj is None:
        return False
    doc, end = verb.doc, min(obj.right_edge.i + NAME_GAP + 1, verb.sent.end - 1)
    for i in range(obj.left_edge.i + 1, end):
        token = doc[i]
        if i > obj.i and token.pos_ in ("VERB", "AUX"):
            return False
        if token.text in QUOTES and not token.whitespace_ and doc[i + 1].is_alpha:
            return True
    return False


def by_object(verb):
    """Verbs whose event depends on what they act on: stopping one's own attacks is a retreat
    ("suspended its offensive"), ending restrictions an easing ("lifted the curfew"); "call" with an
    object and a complement names something ("called it a sham"), it is no phone call."""
    lemma = verb.lemma_.lower()
    if S.court_overturned(verb) is not None:
        return ("SANCTION", "convict")  # "a judge blocked the state's law": the court acts against its maker
    if lemma in PLACING_VERBS:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "under":
                state = P.first_child(child, ("pobj",))
                if state is not None and state.lemma_.lower() in PLACED_UNDER:
                    return PLACED_UNDER[state.lemma_.lower()]  # "placed the city under quarantine"
        return None
    if lemma == "lay" and any(c.dep_ == "dobj" and c.lemma_.lower() == "siege" for c in verb.children):
        return ("COERCE", "restrict")  # "laid siege to X": CAMEO 191 (the dictionary's "besiege")
    if lemma in ("be", "remain", "come", "stay") and under(verb, "siege"):
        return ("COERCE", "restrict")  # "X has been under siege by Y": Y besieges X
    if lemma in ("go", "be", "stay", "remain") and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.lemma_.lower() == "strike"
                                                          for g in c.children) for c in verb.children):
        return ("PROTEST", "strike")  # "went on strike": a labour strike, not an air strike
    if lemma in NAMING_VERBS and called_names(verb) is not None:
        return NAMING  # "branded the council members 'cowards'", "labeled the proposal a disaster"
    if lemma == "call" and _small_clause(verb) is not None:
        return NAMING  # "Sanders calls Clinton unqualified"
    if lemma == "call" and (P.first_child(verb, ("oprd", "attr")) is not None or _unmarked_name(
            P.first_child(verb, ("dobj",))) is not None):
        # "called it a sham", "a simulation they call TNG50", "a mission called X", "called Clinton, his
        # rival, a co-founder" (the parse's object predicate alone: a name is given, no one is phoned)
        return NAMING
    if S.name_given(verb):
        return NAMING  # "practised containment while calling it something else", "by another name"
    if lemma == "call" and _quoted_name(verb):
        return NAMING  # "called Merkel 'the Chancellor of the Free World'", "calling him, among others, 'a fraud'"
    if lemma == "call" and not any(c.dep_ in ("prt", "oprd", "ccomp", "xcomp") and c.pos_ != "VERB"
                                   for c in verb.children):
        person = P.first_child(verb, ("dobj",))
        if person is not None and (person.ent_type_ in ("PERSON", "ORG", "GPE") or person.pos_ == "PRON"
                                   or person.lower_ == "counterpart" or dictionaries.sector_word(person.text)
                                   or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in person.children)):
            return ("CONSULT", "phone")  # "called Russian Foreign Minister Sergey Lavrov"
        return None
    if granted(verb) is not None:
        return ("CONCEDE", None)  # "granted Somalia's request", "bowed to their demands"
    if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in JABS for c in verb.children) \
            and P.prep_object(verb, ("at",)) is not None:
        return ("ACCUSE", "disapprove")  # "took a swipe at X", "took aim at X": words aimed at X
    obj = P.first_child(verb, ("dobj", "nsubjpass"))
    if lemma in ("dismiss", "brush", "reject") and obj is not None and obj.lemma_.lower() in DISMISSED:
        return ("REJECT", None)  # "dismissed X's comments", "brushed off the allegations": aimed at X
    if lemma == "question" and obj is not None and obj.lemma_.lower() in DOUBTED:
        return ("ACCUSE", "disapprove")  # "questioned X's fitness for office"
    if lemma in DEAL_VERBS and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in DEALS
                                   for c in verb.children):
        return ("AGREE", None)  # "struck an agreement with X", "sealed a deal"
    if lemma in DEAL_VERBS and verb.dep_ == "relcl" and verb.head.lemma_.lower() in DEALS:
        return ("AGREE", None)  # "an agreement she had struck with X"
    if lemma not in HALT_VERBS | EASE_VERBS | RETRACT_VERBS | WRECK_VERBS | SEARCH_VERBS:
        return None
    if obj is None:
        return None
    noun = obj.lemma_.lower()
    if lemma in SEARCH_VERBS and noun in SEARCHES:
        return ("COERCE", "seize")  # "executed a search warrant": PLOVER COERCE seize ("execute search")
    if lemma in WRECK_VERBS and noun in WRECKED:
        return ("REJECT", "meet" if noun in MEETING_NOUNS else None)  # "scuttled the talks"
    if lemma in RETRACT_VERBS and noun in RETRACTED and noun not in RESTRICTION_NOUNS:
        return ("CONCEDE", None)  # "withdrew the bill", "dropped its demand" (PLOVER: withdrawing a demand)
    if lemma in HALT_VERBS and CP.own_campaign(obj):
        return NO_EVENT  # "suspended his campaign": a candidate's campaign, not a military one
    if lemma in HALT_VERBS and noun in CONFLICT_NOUNS:
        return ("RETREAT", "ceasefire")
    if lemma in EASE_VERBS and noun in RESTRICTION_NOUNS:
        return ("RETREAT", "ease")
    return None


#: attacks whose owner did what was suffered in them ("killed in a U.S. drone strike")
ATTACK_NOUNS = {"strike", "airstrike", "raid", "attack", "bombing", "shelling", "offensive", "operation", "ambush",
                "assault", "bombardment", "crackdown"}


def attack_of(verb):
    """The owner of the attack a passive act happened in ("killed in a U.S. drone strike": U.S.)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "by"):
            attack = P.first_child(child, ("pobj",))
            if attack is not None and attack.lemma_.lower() in ATTACK_NOUNS:
                return owners.owner(attack)
    return None


#: giving verbs and the goods that make them AID (PLOVER AID: material help; "provided details" is none)
GIVING_VERBS = {"provide", "give", "send", "donate", "deliver", "supply", "grant", "allocate", "contribute", "disburse"}
AID_GOODS = {"aid", "assistance", "relief", "supply", "supplies", "equipment", "food", "medicine", "drug", "team",
             "expert", "training", "funding", "fund", "loan", "grant", "money", "donation", "help", "vaccine",
             "tent", "water", "shelter", "personnel", "doctor", "weapon", "arm", "ammunition", "support",
             "package", "dollar", "euro", "pound", "yen", "yuan", "rupee", "ration", "blanket", "fuel", "grain",
             # military equipment given to another state ("provide Vietnam with a coast guard cutter")
             "ship", "vessel", "cutter", "boat", "patrol", "aircraft", "helicopter", "jet", "vehicle", "tank",
             "firearm", "rifle", "gun", "missile", "rocket"}


def aid_goods(token) -> bool:
    """Money or material help: "$2 million", "a team of medical experts", "500 tonnes of food"."""
    if token.ent_type_ == "MONEY" or token.lemma_.lower() in AID_GOODS:
        return True
    if any(c.dep_ == "compound" and c.lemma_.lower() in AID_GOODS for c in token.children):
        return True  # "a loan guarantee", "aid packages"
    return any(c.dep_ == "prep" and c.lower_ in ("in", "of", "for") and any(
        g.dep_ == "pobj" and (g.ent_type_ == "MONEY" or g.lemma_.lower() in AID_GOODS) for g in c.children)
        for c in token.children)
