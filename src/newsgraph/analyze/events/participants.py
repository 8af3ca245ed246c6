"""Which words of a clause can be an event's participants: the parse helpers the participant rules share.

Whether a word names someone (``is_someone``: a person, group, organisation or country, not a thing) or a
place or building an attack may be aimed at (``TARGET_PLACES``); the first child of a token by dependency,
the someone a preposition governs ("accusations by X"), the member of an "of" phrase, the object of a
preposition ("attacks on X"), whether a verb is passive. Pure functions over spaCy tokens.

Who does what to whom is read by the modules built on these: the doer (``subjects``), the doer of a
controlled infinitive or causative small clause (``control``), the one acted on (``targets``), whose a
thing is (``owners``); the participants of an event noun ("Russia's invasion of X", "talks with Y") are in
``noun_participants``; ``patterns`` and ``actors`` decide which apply.
"""
from __future__ import annotations

from newsgraph.analyze.actors import dictionaries

SUBJECT_DEPS = ("nsubj", "csubj")
OBJECT_PREPS = ("to", "with", "against", "on", "upon", "toward", "towards", "at", "from", "into")
NOT_PARTICIPANTS = {"DATE", "TIME", "PERCENT", "MONEY"}


def first_child(token, deps):
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None


def someone_after(head, preposition: str):
    """The first someone (``is_someone``) that a ``preposition`` of ``head`` governs: the "by" agent
    of "accusations by X", the "of" member of "the release of the hostages"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            member = first_child(child, ("pobj",))
            if member is not None and is_someone(member):
                return member
    return None


def infinitive_after(verb, obj):
    """The infinitive the parse hung on ``verb`` as a purpose clause right after its object ``obj`` ("pushed
    X to resign", "urged Russia to withdraw"): for a verb that presses someone to act, what they are pressed
    to do; None when no "to" clause follows the object at once."""
    return next((c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == obj.right_edge.i + 1
                 and c.left_edge.lower_ == "to"), None)


def apposed_person(token):
    """The person a role noun stands beside as its apposition ("CNN's host, Maria Lenz", "the group's
    leader, Omar Haddad"): that person is who the phrase names, not the owner the role is of; else None."""
    if token is None or token.pos_ != "NOUN":
        return None
    return next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"),
                None)


def possessor(noun):
    """The possessor of ``noun``: its "poss" child, or a name the parse hung on it as "nmod" with its own
    possessive ending ("Trump’s calls" with a curly apostrophe); else None."""
    owner = first_child(noun, ("poss",))
    if owner is not None:
        return owner
    return next((c for c in noun.children if c.dep_ == "nmod" and c.i < noun.i
                 and any(m.dep_ == "case" and m.lower_ in ("'s", "’s", "'", "’") for m in c.children)), None)


def of_member(head):
    """The object of ``head``'s first "of" phrase ("hundreds of prisoners", "a state of emergency"), or
    None."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return first_child(of, ("pobj",)) if of is not None else None


def is_passive(token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def prep_pobj(head, preps, types=None):
    """The object of the first "prep" child of ``head`` among ``preps`` that has one (of an entity type in
    ``types``, when given): "stand with X", "attacks on X". Unlike ``prep_object``, no dative and no date
    filter."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = first_child(child, ("pobj",))
            if obj is not None and (types is None or obj.ent_type_ in types):
                return obj
    return None


def prep_object(head, preps=OBJECT_PREPS):
    """The object of one of ``preps`` attached to ``head`` ("attacks on X"), not a date."""
    for child in head.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            obj = first_child(child, ("pobj",))
            if obj is not None and obj.ent_type_ not in NOT_PARTICIPANTS:
                return obj
    return None


PEOPLE = {"people", "person", "prisoner", "civilian", "protester", "demonstrator", "fisherman", "worker",
          "student", "refugee", "migrant", "hostage", "journalist", "activist", "victim", "family",
          "resident", "villager", "member", "leader", "official", "militant", "rebel", "fighter", "soldier",
          "troop", "police", "officer", "diplomat", "ambassador", "opponent", "critic", "supporter",
          "citizen", "national", "child", "woman", "man", "crew", "sailor", "pilot", "group", "government",
          "authority", "authorities", "country", "state", "party", "force", "army", "militia", "community",
          "organization", "organisation", "agency", "council", "committee", "ministry", "court", "company",
          "firm", "bank", "union", "alliance", "coalition", "movement", "cartel", "gang", "network",
          "administration", "regime", "cabinet", "parliament", "delegation", "commission", "nation", "ally",
          "service", "faction", "donor", "extremist", "politician", "guard",
          # the press: what a government censors, raids or shuts down is someone
          "newspaper", "media", "outlet", "broadcaster", "channel", "magazine", "publication", "website",
          "press", "radio", "station", "reporter", "blogger"}


#: endings of abstract nouns: things done or had, not the people doing them (the bodies among them,
#: "opposition", "federation", are in ``PEOPLE``)
ABSTRACT_ENDINGS = ("ment", "tion", "sion", "ity", "ness", "ance", "ence", "ism", "ing")
PEOPLE |= {"opposition", "resistance", "federation", "association", "foundation", "corporation", "institution",
           "confederation", "congregation", "government", "establishment", "parliament", "department", "presidency",
           "king", "population", "minority", "intelligence", "management", "leadership", "constituency"}

QUANTITY_HEADS = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions",
                  "scores", "number", "some", "many", "most", "all", "several", "few", "none", "each",
                  "majority", "handful", "one", "two", "three"}


def is_someone(token) -> bool:
    """A person, group, organisation or country, not a thing ("a proposal", "$5 million")."""
    if token.pos_ == "PRON" or token.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
        return True
    if any(c.dep_ == "appos" and c.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") for c in token.children):
        return True  # "the space agency Roscosmos"
    lemma = token.lemma_.lower()
    member = of_member(token)
    if lemma == "state" and member is not None and member.ent_type_ not in ("GPE", "ORG"):
        return False  # "a state of emergency", "a state of siege"
    if member is not None and (token.like_num or lemma in QUANTITY_HEADS):
        return is_someone(member)  # "hundreds of prisoners", "some of the protesters"
    if lemma in PEOPLE:
        return True
    if lemma.endswith(ABSTRACT_ENDINGS):
        return False  # "settlement activity", "the investigation": a thing, whatever a title table says
    return dictionaries.sector_word(token.text) is not None


#: places and buildings an attack or raid is aimed at (their holder is the one acted on)
TARGET_PLACES = {"city", "town", "village", "base", "camp", "position", "post", "checkpoint", "building", "embassy",
                 "consulate", "headquarters", "compound", "home", "house", "hospital", "school", "mosque",
                 "church", "convoy", "bus", "vehicle", "ship", "vessel", "tanker", "plane", "aircraft",
                 "enclave", "area", "region", "district", "neighbourhood", "neighborhood", "province",
                 "stronghold", "bastion", "hideout", "office", "station", "facility", "factory", "port",
                 "airport", "bridge", "site", "territory", "border", "market", "ambulance", "camps",
                 "helicopter", "jet", "warplane", "drone", "boat", "truck", "car", "train", "tank", "warship",
                 "submarine", "satellite", "fighter",
                 # buildings people are held or besieged in
                 "campus", "university", "college", "prison", "jail", "palace", "residence", "hotel", "stadium",
                 "square", "courthouse", "cathedral", "temple", "shrine", "refinery"}
