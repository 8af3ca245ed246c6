"""Campaign language that a verb of force, obstruction or appeal reads as no event, read from the kind of
thing or person the verb acts on (CAMEO's verb patterns key a verb's code on its object in the same way).

- "targeted Latino voters", "ads targeted at young women": a campaign aims its message at an electorate,
  no one is attacked (PLOVER ASSAULT needs force; CAMEO's "TARGET" patterns name military targets);
- "appeals to white voters": the candidate attracts them; CAMEO's bare "APPEAL" is 020 (no PLOVER event)
  and a request needs something asked for ("appealed to the UN for aid", "appealed to X to stop");
- "prevented him from coalescing ...", "hampered his ability", "prevent these kinds of events": CAMEO codes
  the obstruction verbs' default (PREVENT, HAMPER, IMPEDE, ...) as 112 (PLOVER ACCUSE), a disapproval acted
  out by someone against someone; a thing obstructed ("his ability", "events") or a thing obstructing
  ("bad blood", "an outer shell tough enough to prevent ...", "measures to prevent ...") is no such act;
- "holding multiple rallies", "a Trump rally": a rally a candidate holds is a campaign event, no protest
  (PLOVER PROTEST is a collective action against the recipient); "rallied supporters" gathers backers;
- "Sanders can catch Clinton", "X can't beat her": one named person beating another is a race, no force
  (``rivals``); "suspended his campaign" ends a run for office, no ceasefire (``own_campaign``);
- "25 percent of likely voters say they would not support him": a poll's finding, no act of theirs
  (``poll_answer``); "whether they'll bother to vote": a ballot cast on nothing (``bare_vote``).
Pure functions over spaCy tokens, used by ``patterns``, ``objects`` and ``senses`` (moved here from
``senses`` in the twentieth session, unchanged).
"""
from __future__ import annotations

from newsgraph.analyze.events import participants as P
from newsgraph.analyze.events import subjects

#: the people a campaign's message is aimed at: an electorate, not a party that can be attacked or asked
VOTERS = {"voter", "electorate", "electorates", "demographic", "constituency", "swing", "donor", "caucusgoer",
          "caucus-goer", "undecided", "bloc", "millennial", "suburbanite"}
#: nouns that name an electorate only when a campaign or its message does the targeting ("the campaign
#: targeted suburban women"; "gunmen targeted women" is an attack)
AUDIENCES = {"base", "audience", "viewer", "listener", "reader", "supporter", "independent", "moderate", "suburb",
             "women", "woman", "man", "men", "youth", "evangelical", "conservative", "liberal", "progressive",
             "worker", "group", "segment", "market", "household", "consumer", "district", "county", "state"}
#: what carries a campaign's message: "ads targeted at ...", "a mailer targeting seniors"
MESSAGES = {"ad", "advertisement", "ads", "commercial", "spot", "mailer", "mailing", "message", "appeal", "pitch",
            "campaign", "outreach", "effort", "email", "letter", "video", "billboard", "flyer", "post", "tweet"}


def _electorate(token, audiences: bool) -> bool:
    """A noun naming voters as a kind ("Latino voters", "suburban women"), not a named party, state or
    person; with ``audiences`` also the wider nouns of ``AUDIENCES`` ("the first group")."""
    if token is None:
        return False
    if any(c.dep_ == "conj" and _electorate(c, audiences) for c in token.children):
        return True  # "targeting Latino and black voters" (parsed "Latino" and "black voters")
    if token.pos_ != "NOUN" or token.ent_type_ in ("PERSON", "ORG", "GPE"):
        return False
    words = VOTERS | AUDIENCES if audiences else VOTERS
    return token.lemma_.lower() in words or token.lower_ in words


def _campaigner(token) -> bool:
    """A campaign or its message as the doer: "the campaign", "her ads", "a mailer"."""
    return token is not None and token.lemma_.lower() in MESSAGES


def campaign_targeting(verb, etype: str) -> bool:
    """"the campaign has targeted Latino voters", "ads targeted in part at the first group", "targeting
    black voters as she campaigns": a message aimed at an electorate, no attack. Voters by name are an
    electorate whoever targets them; wider nouns ("women", "workers", "the group") only when a campaign
    or its message does ("gunmen targeted women and children" stays an attack)."""
    if verb.lemma_.lower() != "target" or etype not in ("ASSAULT", "ACCUSE"):
        return False
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in MESSAGES:
        return True  # "English-language ads targeted at the first group"
    aimed = P.first_child(verb, ("dobj", "nsubjpass")) or P.prep_object(verb, ("at", "to", "toward", "towards"))
    return _electorate(aimed, _campaigner(P.first_child(verb, ("nsubj",))))


def audience_appeal(verb) -> bool:
    """"a candidate who appeals to white voters": appeal to an electorate with nothing asked (no "for" and
    no infinitive: "appealed to voters for calm", "appealed to voters to turn out" are requests)."""
    if verb.lemma_.lower() != "appeal" or verb.pos_ != "VERB":
        return False
    if P.prep_object(verb, ("for",)) is not None or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    return _electorate(P.prep_object(verb, ("to",)), True)


#: obstruction verbs CAMEO files under 112 (ACCUSE) by default: an obstruction by someone of someone
#: pronouns that stand for a thing obstructed ("prevented what would have been a civil war"; not "it", which
#: often stands for a country or a body)
THING_PRONOUNS = {"what", "this", "these", "those", "which", "something", "anything", "everything", "nothing"}
OBSTRUCTING = {"prevent", "hamper", "hinder", "impede", "inhibit", "obstruct", "stymie", "forestall", "retard"}


def _controller(verb):
    """What does the obstructing in an infinitive that hangs on a noun or an adjective: "measures to
    prevent ...", "a shell tough enough to prevent ..."; None when the verb has its own subject or hangs
    on a verb."""
    head = verb.head
    if verb.dep_ == "conj":
        return _controller(head) if head.i != verb.i else None
    if verb.dep_ in ("xcomp", "advcl") and head.pos_ == "ADJ" and head.dep_ == "amod":
        return head.head  # "an outer shell tough enough to prevent him": the shell
    if verb.dep_ == "acl" and head.pos_ == "NOUN":
        return head  # "measures to prevent people from buying guns"
    return None


def thing_obstructs(verb, etype: str) -> bool:
    """An obstruction verb read as ACCUSE (CAMEO 112) whose object or doer is a thing, not someone:
    "hampered his ability", "prevent these kinds of events from occurring", "prevented what would have
    been a civil war", "the hostility ... hampered", "a shell tough enough to prevent him"; "obstructing an
    officer", "work to prevent a Republican from becoming president" stay."""
    if etype != "ACCUSE" or verb.lemma_.lower() not in OBSTRUCTING:
        return False
    obj = P.first_child(verb, ("dobj", "nsubjpass"))
    if obj is None:  # "prevented what would have been a civil war" (parsed as a clause)
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        obj = P.first_child(clause, ("nsubj",)) if clause is not None else None
    if obj is not None and (obj.lower_ in THING_PRONOUNS or (obj.pos_ != "PRON" and not P.is_someone(obj))):
        return True  # "hampered his ability", "prevent these kinds of events", "prevented what ..."
    doer = P.first_child(verb, ("nsubj",))
    if doer is None:
        doer = _controller(verb)
    if doer is None:
        doer = subjects.subject(verb)
    return doer is not None and doer.pos_ == "NOUN" and not P.is_someone(doer)


#: verbs by which a rally is held: the holder's own rally
HOLDING = {"hold", "stage", "host", "headline", "throw", "schedule", "plan", "attend", "address", "keynote"}


def person_name(token) -> bool:
    """A proper name the document gives elsewhere as a person's ("Trump" of "a Trump rally", which a
    parser may read as an organisation): the last word of a PERSON entity of the same document."""
    if token.pos_ != "PROPN":
        return False
    if token.ent_type_ == "PERSON":
        return True
    return any(ent.label_ == "PERSON" and ent[-1].lower_ == token.lower_ for ent in token.doc.ents)


def held_rally(noun) -> bool:
    """"Trump was holding his maiden rally", "he is holding multiple rallies a day": a rally one person
    holds (a candidate's), with nothing protested ("held a rally against the war" stays a protest)."""
    if noun.lemma_.lower() != "rally" or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("against", "over", "outside") for c in noun.children):
        return False
    verb = noun.head
    if verb.lemma_.lower() not in HOLDING:
        return False
    holder = subjects.subject(verb)
    if holder is None or holder.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in holder.children):
        return False  # "protesters held rallies", "X and Y held a rally": a group's gathering
    return holder.lower_ in ("he", "she") or holder.ent_type_ == "PERSON" or person_name(holder)


#: verbs of winning over or drawing level with a rival; one named person doing it to another is a race
#: (an election, a poll), not force or an arrest: "X can't beat her", "Sanders can catch Clinton"
RACE_VERBS = {"beat", "defeat", "catch", "edge", "overtake"}
PERSONAL = {"he", "she", "him", "her"}


def _person(token) -> bool:
    """A person by name (PERSON) or a personal pronoun."""
    return token is not None and (token.ent_type_ == "PERSON" or token.pos_ == "PRON" and token.lower_ in PERSONAL)


def _name(token) -> bool:
    """A capitalised name that is no place or people (the parse may tag a surname ORG or NOUN: "Sanders")."""
    if token is None or not token.text[:1].isupper() or token.ent_type_ in ("GPE", "NORP", "LOC", "FAC"):
        return False
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.ent_type_ in ("PERSON", "ORG")
                                     and token.i != token.sent.start)  # not "Rebels beat ..."


def rivals(verb) -> bool:
    """A race verb whose doer and object are each one named person (one of them surely a person, the other
    at least a name): a contest of candidates. A soldier ("the general who beat Hitler") or the police
    ("police caught him") are described, not named; two organisations ("Hamas defeated Fatah") may fight."""
    if verb.lemma_.lower() not in RACE_VERBS or P.is_passive(verb):
        return False
    doer, beaten = subjects.subject(verb), P.first_child(verb, ("dobj",))
    relative = P.first_child(verb, ("nsubj",))
    if relative is not None and relative.lower_ in ("who", "that") and verb.dep_ == "relcl":
        doer = verb.head  # "the general who beat Hitler": the one described, not the name beside it
    return (_person(doer) or _person(beaten)) and all(_person(t) or _name(t) for t in (doer, beaten))


#: verbs whose object, when it is the people gathered, makes a campaign's rally, not a protest
GATHERING = {"rally", "galvanize", "galvanise", "mobilize", "mobilise"}


def supporters_rallied(verb, etype: str) -> bool:
    """"rallied young people with his calls", "rallied supporters": the subject gathers backers (a
    campaign), no one protests; "protesters rallied outside parliament" has no object and is a protest."""
    return etype == "PROTEST" and verb.lemma_.lower() in GATHERING and P.first_child(verb, ("dobj",)) is not None


#: a candidate's or a person's own campaign: an election campaign, not a military one
def own_campaign(obj) -> bool:
    """"suspended his campaign", "Clinton's campaign": a campaign a person runs (for office), which
    ending is no ceasefire; "suspended its military campaign" is one."""
    if obj.lemma_.lower() != "campaign" or any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in (
            "military", "air", "bombing", "ground", "armed", "terror", "insurgent") for c in obj.children):
        return False
    owner = P.first_child(obj, ("poss",))
    return owner is not None and (owner.lower_ in ("his", "her", "my", "your") or owner.ent_type_ == "PERSON")


#: gatherings a candidate or a party holds: a campaign rally is no protest
def campaign_rally(noun) -> bool:
    """"at one of his rallies", "a Trump rally", "Clinton's rally in Ohio", "the candidate's rallies", "his first
    rally with Clinton": a rally someone holds for themselves; "a rally against the government", "protesters'
    rallies" stay protests."""
    if noun.lemma_.lower() != "rally":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("against", "for", "in support of", "over") for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" and P.first_child(c, ("pobj",)) is not None
           and P.first_child(c, ("pobj",)).ent_type_ == "PERSON" for c in noun.children):
        return True  # "his first rally with Clinton": two politicians campaign together
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound")]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NUM", "PRON"):
        owners += [c for c in noun.head.head.children if c.dep_ == "poss"]  # "one of his rallies"
    return any(o.ent_type_ == "PERSON" or o.lower_ in ("his", "her", "my") or (
        o.pos_ == "PROPN" and o.dep_ == "compound" and o.ent_type_ not in ("GPE", "NORP", "ORG", "LOC", "FAC")) or (
        o.dep_ == "compound" and person_name(o)) or o.lemma_.lower() in (
        "campaign", "election", "campaign-style", "candidate", "nominee", "contender", "your") for o in owners)


#: words that count the share of those polled: "25 percent of voters", "a 69% majority of Republicans"
SHARES = {"percent", "%", "majority", "plurality", "minority", "share", "third", "half", "quarter", "fifth"}
POLLED = {"survey", "poll", "question", "interview", "ask", "sample"}


def _share_of_polled(noun) -> bool:
    """A subject counting the share of a polled group ("25 percent of likely voters", "a 62% majority
    of Democrats") or naming the polled ("those surveyed", "respondents")."""
    if noun.lemma_.lower() in ("respondent", "responder"):
        return True
    if noun.lower_ in ("those", "people", "voters", "adults") and any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in POLLED for c in noun.children):
        return True  # "those surveyed"
    whole = P.prep_object(noun, ("of",))
    if whole is not None and not P.is_someone(whole):
        return False  # "40 percent of the budget": a share of a thing, no one polled
    words = [noun] + [c for c in noun.children if c.dep_ in ("nummod", "amod", "compound", "quantmod")]
    if noun.lower_ in ("percent", "%") or noun.ent_type_ == "PERCENT" and noun.like_num:
        return True
    return noun.lemma_.lower() in SHARES and any(
        w.like_num or w.ent_type_ == "PERCENT" or any(g.like_num for g in w.children) for w in words[1:])


def polled_share(noun) -> bool:
    """Whether ``noun`` counts a share of those polled ("40 percent of voters", "respondents")."""
    return noun is not None and _share_of_polled(noun)


def poll_answer(verb) -> bool:
    """"25 percent of likely voters say they would not support him", "a 69% majority of Republicans
    support deploying", "women back him by almost 20 points": a poll's finding about what a share of
    those asked think, not an act of theirs (no PLOVER event)."""
    clause = verb
    for _ in range(4):
        if any(c.dep_ == "prep" and c.lower_ == "by" and any(
                g.dep_ == "pobj" and g.lemma_.lower() == "point" for g in c.children) for c in clause.children):
            return True  # "back him by almost 20 points": a poll's margin
        subject = P.first_child(clause, ("nsubj", "nsubjpass"))
        if subject is not None and _share_of_polled(subject):
            return True
        if clause.dep_ == "acl" and _share_of_polled(clause.head):
            return True  # "22 percent saying they would not support him"
        if clause.dep_ in ("ROOT",) or clause.head.i == clause.i:
            break
        clause = clause.head
    return False


def bare_vote(verb) -> bool:
    """"whether they'll bother to vote in 2016": casting a ballot, with nothing voted for, against or on
    (no PLOVER event; "voted to confirm X", "voted for the bill", "voted in favor" are)."""
    if verb.lemma_.lower() != "vote":
        return False
    for child in verb.children:
        if child.dep_ in ("dobj", "xcomp", "ccomp", "dative"):
            return False
        if child.dep_ == "prep" and (child.lower_ != "in" or any(g.lower_ == "favor" or g.lower_ == "favour"
                                                                  for g in child.children)):
            return False
    return True
