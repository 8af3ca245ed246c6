"""Actors of the index that are no actor of the article, by what every one of their mentions is.

The actor stage registers every noun phrase a later stage may ask about, so the index holds phrases
that code as an actor by a modifier but name something else: an act or an event ("the recent police
shootings", "the fundraising deal", "Clinton's aggressive attack"), a stance or a relation ("his
opposition to the Iraq War"), a record or a result ("the FBI summary", "early returns", "news media
coverage"), a role nobody in particular holds ("any candidate", "which candidate", "no reasonable
prosecutor", "a vice-presidential candidate would ..."), a description said of someone else ("Reeves
is an African American", "members, not second-class citizens"), a venue ("Joey's Cafe"), a concept
("Islamophobia"), a product ("his Boeing 757 airliner") or a cut name ("III" of "Daniel Porter
Jordan III"), a party of a court case ("Obergefell v. Hodges"), a town taken for a person ("La Paz"), a manner ("a Jim Crow kind of
..."), the capitalised name of a thing whose last word says what kind of thing it is (a law, a document,
a programme, an event, a street or a natural feature: "the Equal Protection Clause", "the Sharon
Statement", "the American Dream", "U.S. Presidential Elections") or a headline's clause taken for a
name ("White Supremacists Are Capitalizing"). ``no_actors`` finds them once
the index is built; the index keeps them (a statement or an event may still point at one) and
``ActorIndex.listed`` leaves out those that no statement or event names.

The head-noun classes are ``data/act_heads.txt`` (acts, events, stances, records: its sources in its
header) and the venue words below.
"""
from __future__ import annotations

from newsgraph.analyze import resources
from newsgraph.analyze.actors import coding, dictionaries, names
from newsgraph.model import Actor
from newsgraph.nlp.text import spans_of, token_positions

#: determiners of a role that nobody in particular holds: "any candidate", "which candidate", "no prosecutor"
GENERIC_DETERMINERS = frozenset({"any", "which", "whichever", "whatever", "no"})
#: prepositions that give what an act, a stance or a report is about: "opposition to", "news of"
ABOUT_PREPS = frozenset({"of", "about", "to", "on", "over", "for", "against"})
#: modal verbs of a hypothetical subject: "a vice-presidential candidate would have no effect"
MODALS = frozenset({"would", "could", "might", "should", "may", "can", "'d"})
#: last words of a venue's name; a name owning one is the venue's ("Joey's Cafe", "Sardi's Restaurant")
VENUE_WORDS = frozenset("cafe café coffeehouse diner restaurant bistro bar pub tavern grill bakery deli pizzeria "
                        "hotel motel inn tower towers mall plaza building stadium arena".split())
#: endings of a concept's or a doctrine's name: "Islamophobia", "Zionism" said as an idea
CONCEPT_ENDINGS = ("ism", "phobia", "ology")
#: the "versus" of a court case's name ("Obergefell v. Hodges", "Roe vs. Wade")
VERSUS = frozenset({"v.", "v", "vs.", "vs", "versus"})
#: nouns of a manner: "a Jim Crow kind of marriage" names no one
MANNER_NOUNS = frozenset({"kind", "sort", "type", "style", "brand"})
#: the parts of a name after the surname: "III" of "Daniel Porter Jordan III" is no one's name
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "vi"})
#: a member of a party, said in the singular: "a Republican", "Democrat of Vermont" is one person described
#: (an appositive, a predicate), not the party ("the Republican Party", "Republicans", "the GOP")
PARTY_MEMBERS = frozenset({"republican", "democrat", "libertarian"})
#: last words of a capitalised name that say it names a thing, never a body: laws and documents ("the
#: Equal Protection Clause", "the Sharon Statement"), programmes and events ("U.S. Presidential Elections",
#: "the Iraq War", "the Rose Bowl"), ideals ("the American Dream"), streets and natural features ("Jolinda
#: Drive", "the Bottomless Pit") and monuments and parks ("the Korean War Veterans Memorial", "Central Park"). Words that also end the names of bodies
#: are left out ("Conference", "Convention", "Caucus", "Initiative", "Partnership", "Center", "Hall",
#: "Office", "House", "Council", "Action", "Committee").
THING_NAME_ENDINGS = frozenset("act bill law amendment treaty accord accords agreement constitution statement "
                               "declaration doctrine clause manifesto protocol resolves election elections war "
                               "dream bowl cup prize award awards trophy drive street avenue road boulevard lane "
                               "highway freeway pit river lake mountain mountains valley canyon memorial monument "
                               "park".split())


@resources.cached()
def act_heads() -> frozenset[str]:
    """Nouns for acts, events, stances, relations, records and results (``data/act_heads.txt``)."""
    return frozenset(w.lower() for line in resources.text("act_heads.txt").splitlines()
                     if not line.startswith("#") for w in line.split())


def no_actors(index) -> set[str]:
    """Ids of the actors whose every mention other than a pronoun is no actor's (see the module
    docstring); an actor known by pronouns alone is kept."""
    doc = index.doc
    found = set()
    for actor in index.actors:
        if not actor.mentions:
            continue
        spans = [s for s in spans_of(doc, actor.mentions) if len(s) and s.root.pos_ != "PRON"]
        if spans and all(_no_actor(span, actor) for span in spans):
            found.add(actor.id)
    return found


def _no_actor(span, actor: Actor) -> bool:
    root = span.root
    if actor.kind == "country":
        return False  # countries only locating something are ``scenery``'s
    if _names_an_act(root):
        return True
    if actor.kind in ("person", "group", "organization") and root.pos_ == "NOUN" and _generic_role(root):
        return True
    if root.pos_ in ("NOUN", "PROPN") and root.ent_type_ not in ("PERSON", "ORG", "GPE") and _description_of_another(root):
        return True
    if root.pos_ == "PROPN" and (_venue_owner(root) or len(span) > 1 and root.lower_ in VENUE_WORDS
                                 and dictionaries.organization(span.text) is None):
        return True  # "Joey's Cafe", "Trump Tower": a venue's name
    if len(span) == 1 and root.pos_ == "NOUN" and root.dep_ == "compound" and root.head.tag_ == "NNS" \
            and root.head.pos_ == "NOUN" and actor.kind != "person":
        return True  # "Court" of "Court clerks": the people are the actor, the word only says whose
    if actor.name[:1] == "%" and actor.kind != "person":
        return True  # "28% of independents" named "% of independents": a poll's share cut from its number
    if root.pos_ in ("ADP", "SCONJ", "CCONJ") and actor.kind != "person":
        return True  # "Cafe with young people": a cut that is no noun phrase
    if len(span) == 1 and root.pos_ == "PROPN" and root.lower_.endswith(CONCEPT_ENDINGS) and len(root) > 6 \
            and dictionaries.organization(root.text) is None:
        return True
    if actor.kind in ("organization", "group") and _name_of_a_thing(span):
        return True
    if _headline_clause(span) or _headline_common_noun(span) or actor.sector is None and _part_of_a_longer_name(span):
        return True
    if _case_party(span) or _manner_of(span) or _named_place(span) or _place_as_person(span, actor):
        return True
    if actor.kind == "person" and all(t.lower_ in NAME_SUFFIXES or t.is_punct for t in span):
        return True
    if actor.kind == "organization" and _party_member(span):
        return True
    return actor.kind == "organization" and _model_of(span)


def _name_of_a_thing(span) -> bool:
    """A capitalised name of two words or more headed by a word for a kind of thing (``THING_NAME_ENDINGS``)
    and that no table or the knowledge base knows as a body, no word of it tagged a person's name."""
    from newsgraph.analyze.actors import kb

    head = span.root  # the kind word heads the name ("the Federal Office for the Protection of the Constitution": an office)
    if len(span) < 2 or head.pos_ not in ("PROPN", "NOUN") or head.i == span.start or not head.text[:1].isupper() \
            or head.lower_ not in THING_NAME_ENDINGS or any(t.ent_type_ == "PERSON" for t in span):
        return False
    return dictionaries.organization(span.text) is None and not kb.shipped().entries(span.text)


def _part_of_a_longer_name(span) -> bool:
    """The first words of a longer capitalised name that the parse left apart: "Tel Aviv" of "Tel Aviv's
    Independence Hall", "Veteran" of "Veteran's Preference", "British" of "British Realm" modify a
    capitalised word that is no person's name; with no sector of its own the phrase is that name's
    part, not an actor ("CNN" of "CNN's State of the Union", a broadcaster, has one)."""
    root = span.root
    head = root.head
    return root.dep_ in ("compound", "poss", "nmod") and head.i >= span.end and head.pos_ == "PROPN" \
        and head.text[:1].isupper() and head.ent_type_ != "PERSON" and root.ent_type_ != "PERSON"


def _headline_clause(span) -> bool:
    """A capitalised clause of a headline taken for a name: its head is a verb in the third person or the
    past ("Bernie Sanders Promises Action On Immigration", "Policies Created Conditions for ...") or has a
    capitalised auxiliary ("White Supremacists Are Capitalizing", "Clinton Email Story Has Moved"). A
    name of a body in the form of a clause ("Black Lives Matter", "Moms Demand Action") is in the present
    plural, and one the tables or the knowledge base know is kept."""
    from newsgraph.analyze.actors import kb

    root = span.root
    if span[0].pos_ == "DET":
        span = span[1:]
    if len(span) < 3 or not span[0].text[:1].isupper() or root.i == span.start or not root.text[:1].isupper():
        return False
    finite = root.pos_ in ("VERB", "AUX") and root.tag_ in ("VBZ", "VBD", "VBN")
    auxiliary = any(c.dep_ in ("aux", "auxpass") and c.text[:1].isupper() and span.start < c.i < span.end
                    for c in root.children)
    return (finite or auxiliary) and dictionaries.organization(span.text) is None and not kb.shipped().entries(span.text)


def _headline_common_noun(span) -> bool:
    """A title-case headline's common noun phrase taken for a name: the article's own text writes the
    same two words with the head in lower case ("Trump Should Win GOP Nomination" and "the GOP
    nomination"), so the capital is the headline's style, not a name's."""
    root = span.root
    if root.i == span.start or not root.text[:1].isupper() or not names.headline_cased(span.sent):
        return False
    doc, before = span.doc, span.doc[root.i - 1].lower_
    # the tokens written as the head's lower case form (token_positions: no pass over the whole Doc)
    return any(i > 0 and doc[i - 1].lower_ == before and not span.sent.start <= i < span.sent.end
               for i in token_positions(doc).get(root.lower_, ()))


def _party_member(span) -> bool:
    """"a Republican", "Republican of Iowa" (an appositive after "Senator Charles E. Grassley"): a party's
    member named by the party's singular noun, with at most the state the member is of."""
    words = [t for t in span if t.lower_ not in ("a", "an", "the", "one", "another", "fellow")]
    if not words or words[0].lower_ not in PARTY_MEMBERS or words[0].tag_ == "NNPS" or span.root.dep_ == "compound":
        return False  # "a Democrat presidency": the party's, said as a modifier
    rest = words[1:]
    return not rest or rest[0].lower_ == "of" and len(rest) > 1 and all(t.pos_ == "PROPN" for t in rest[1:])


#: kinds of settlement or area: "the village of Chakothi" names a place, whatever the tagger thought of it
SETTLEMENT_NOUNS = frozenset({"village", "town", "city", "hamlet", "district", "province", "county",
                              "municipality", "neighborhood", "neighbourhood", "suburb", "island", "port",
                              "region", "valley", "settlement", "camp", "township", "governorate"})


def _named_place(span) -> bool:
    """A proper name given as the name of a settlement or area: the object of "of" after a settlement
    noun ("in the village of Chakothi", "the town of Kherson")."""
    root = span.root
    if root.pos_ != "PROPN" or root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    return root.head.head.lower_ in SETTLEMENT_NOUNS and root.head.head.pos_ == "NOUN"


#: people a place of a name must hold at least to be that place rather than someone so named
PLACE_POPULATION = 100_000
#: people a town must hold at least for a sector-less organisation of the same name to be the town
TOWN_POPULATION = 10_000


def _place_as_person(span, actor: Actor) -> bool:
    """A name of two words or more the tagger took for a person's that is a town or region of the
    gazetteer ("La Paz", "Santa Cruz"), or for a sector-less organisation's that is a town of 10,000 people
    or more ("Fort Pierce"), of no title or sector: the place, not someone."""
    from newsgraph.analyze import gazetteer
    from newsgraph.analyze.actors import kb

    if actor.kind not in ("person", "organization") or actor.title is not None or actor.sector is not None \
            or len(span) < 2:
        return False
    if not all(t.pos_ in ("PROPN", "DET") and t.text[:1].isupper() for t in span):
        return False
    entries = gazetteer.load().lookup(span.text)
    if actor.kind == "organization":  # "the mayor of Fort Pierce": a town, named whole, that no table knows as a body
        return any(e.feature.startswith("PPL") and e.population >= TOWN_POPULATION for e in entries) \
            and dictionaries.organization(span.text) is None and not kb.shipped().entries(span.text)
    return max((e.population for e in entries), default=0) >= PLACE_POPULATION


def _case_party(span) -> bool:
    """A party's name inside a court case's name ("Obergefell" of "Obergefell v. Hodges"): the case,
    a decision, is what the text speaks of."""
    doc = span.doc
    if any(t.lower_ in VERSUS and span.start < t.i < span.end - 1 and doc[t.i + 1].text[:1].isupper() for t in span):
        return True  # the whole name of the case
    after = doc[span.end:span.end + 2]
    before = doc[max(0, span.start - 1):span.start]
    return len(after) == 2 and after[0].lower_ in VERSUS and after[1].text[:1].isupper() \
        or len(before) == 1 and before[0].lower_ in VERSUS and span.start >= 2 and doc[span.start - 2].text[:1].isupper()


def _manner_of(span) -> bool:
    """A name before "kind of", "sort of": a manner ("a Jim Crow kind of gay marriage"), nobody acting."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].lower_ in MANNER_NOUNS and doc[span.end + 1].lower_ == "of" \
        and span.root.pos_ == "PROPN"


def _model_of(span) -> bool:
    """A maker's name with a model number after it that modifies a noun: the product ("his personal
    Boeing 757 airliner"), not the company."""
    doc = span.doc
    if span.end >= len(doc) or span.root.dep_ not in ("compound", "nmod"):
        return False
    nxt = doc[span.end]
    return any(ch.isdigit() for ch in nxt.text) and nxt.ent_type_ not in ("DATE", "MONEY", "PERCENT", "TIME") \
        and nxt.head.i in (span.root.i, span.root.head.i) and span.root.head.pos_ == "NOUN"


def _names_an_act(root) -> bool:
    """A common noun of the act, event, stance or record classes heads the phrase ("shootings",
    "deal", "summary"); a word that also names a body ("opposition", "news") only when someone
    owns it or it takes what it is about ("his opposition to the war", "news of the shooting")."""
    if root.pos_ != "NOUN":
        return False
    lemma = root.lemma_.lower()
    if lemma not in act_heads() and root.lower_ not in act_heads():
        return False
    if dictionaries.sector_word(root.text) is not None or dictionaries.sector_word(lemma) is not None:
        return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ABOUT_PREPS for c in root.children)
    return True


def _generic_role(root) -> bool:
    """A role that nobody in particular holds: "any candidate", "which candidate", "no reasonable
    prosecutor", "the next president", or one that is only supposed ("a vice-presidential candidate would have no effect")."""
    dets = [c for c in root.children if c.dep_ == "det"]
    if any(d.lower_ in GENERIC_DETERMINERS for d in dets):
        return True
    if any(c.dep_ == "amod" and c.lower_ in coding.PROSPECTIVE for c in root.children):
        return True  # "the next president", "future leaders": an office whoever takes it later holds
    if any(d.lower_ in ("a", "an") for d in dets) and root.dep_ == "nsubj" and root.tag_ == "NN":
        return any(c.dep_ == "aux" and c.lower_ in MODALS for c in root.head.children)
    return False


def _description_of_another(root) -> bool:
    """A noun said of someone else: the complement of "be" ("Reeves ... is an African American"),
    an apposition the text denies ("full members of our society, not second-class citizens"), or one
    of such a complement ("they are outsiders, not full members")."""
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        return not any(c.dep_ == "expl" for c in root.head.children)  # "there are voters": they exist
    if root.dep_ == "appos":
        return any(c.dep_ == "neg" for c in root.children) or root.i > 0 and root.doc[root.i - 1].lower_ == "not" \
            or any(t.lower_ == "not" and t.i < root.i for t in root.subtree) or _description_of_another(root.head)
    return False


def _venue_owner(root) -> bool:
    """A name that owns a capitalised venue word: the venue's name ("Joey's Cafe"), not an owner."""
    head = root.head
    return root.dep_ == "poss" and head.pos_ in ("NOUN", "PROPN") and head.text[:1].isupper() \
        and head.lower_ in VENUE_WORDS and dictionaries.organization(root.text) is None
