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
  (PLOVER PROTEST is a collective action against the recipient).
Pure functions over spaCy tokens, used by ``patterns``.
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
