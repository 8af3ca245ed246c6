"""Countries that are only scenery: places that locate something, not actors that do something.

The actor stage keeps a country actor for every place the gazetteer puts in one country ("a curfew
in Ahmedabad": India), so that the events stage can name the country an act was done to. When
nothing is done to it and nobody speaks for it, the place only says where something is ("offices in
Toronto", "born in Lisbon", "sold well in Germany") and the country is no actor of the article.
``scenery`` finds those countries once the index is built; ``listed`` leaves out the ones that no
statement or event of the article names.
"""
from __future__ import annotations

from collections.abc import Iterable

from newsgraph.analyze import syntax
from newsgraph.analyze.actors import dictionaries
from newsgraph.model import Actor
from newsgraph.nlp.text import spans_of


def scenery(index) -> set[str]:
    """Ids of the country actors (no sector) whose every mention is a place of the country that is
    not its own name ("Toronto" for Canada) or its name where something happens ("in Germany"), and
    of the governments known by a capital that only ever stands as the city ("from London")."""
    doc = index.doc
    found = set()
    for actor in index.actors:
        if actor.kind != "country" or not actor.mentions:
            continue
        spans = spans_of(doc, actor.mentions)
        if not actor.sector and all(_only_a_place(span, actor) for span in spans):
            found.add(actor.id)
        elif actor.sector == "GOV" and dictionaries.capital_country(actor.name) == actor.country \
                and all(_capital_as_place(span) for span in spans):
            found.add(actor.id)  # "we arrived late from London": the city, not its government
        elif actor.sector == "GOV" and _a_seat(actor) and all(_seat_as_office(span) for span in spans):
            found.add(actor.id)  # "the race for the White House": the office or the building, not the government
    return found


def _a_seat(actor: Actor) -> bool:
    """Whether the actor is a government known by its seat ("the White House", "the Kremlin")."""
    row = dictionaries.organization(actor.name)
    return row is not None and row.kind == "country" and row.country == actor.country


#: nouns of a contest whose prize a seat of government names: "the race for the White House", "his bid for"
CONTEST_NOUNS = frozenset({"race", "bid", "run", "campaign", "candidacy", "quest", "path", "road", "way", "fight",
                           "battle", "ambition", "ambitions", "contest", "pursuit", "march", "return", "drive"})
#: verbs whose object a seat of government is as the office or the building: "win the White House", "leaving
#: the White House", "hold the White House"
OFFICE_VERBS = frozenset({"win", "hold", "keep", "take", "retake", "reclaim", "recapture", "capture", "occupy",
                          "leave", "enter", "lose", "inherit", "reach", "seek"})
#: verbs of bringing or welcoming someone to a place: "welcomed world leaders to the White House"
HOSTING_VERBS = frozenset({"welcome", "invite", "bring", "host", "summon", "escort"})


def _seat_as_office(span) -> bool:
    """A seat of government's mention that names the office or the building, not the government: the prize
    of a contest ("the race for the White House"), the object of winning, holding or leaving it, or where
    someone goes or is brought ("get to the White House", "welcomed leaders to the White House", "returned
    the bust from the Oval Office")."""
    if span is None or len(span) == 0 or span.root.pos_ == "PRON":
        return False
    root = span.root
    if root.dep_ == "dobj" and root.head.lemma_.lower() in OFFICE_VERBS:
        return True
    if root.dep_ != "pobj":
        return False
    prep, head = root.head.lower_, root.head.head
    if prep in ("for", "to") and head.pos_ == "NOUN" and head.lemma_.lower() in CONTEST_NOUNS:
        return True
    if head.pos_ == "ADV" and head.head is not head:
        head = head.head  # "arrived late from London"
    if prep in ("to", "from", "into", "out") and head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in MOTION_VERBS | HOSTING_VERBS | {"return"}
    return False


#: verbs of going somewhere: "from X" and "to X" after them name a place, not a party
MOTION_VERBS = frozenset({"arrive", "come", "return", "fly", "travel", "move", "go", "head", "relocate", "flee",
                          "drive", "sail", "commute", "emigrate", "immigrate", "journey", "get", "lift", "depart",
                          "leave", "land", "take", "evacuate", "airlift", "report", "file"})
#: nouns that close a list of places: "Paris, Brussels, Beirut and other cities"
PLACE_NOUNS = frozenset({"city", "cities", "town", "towns", "capital", "capitals", "place", "places", "village",
                         "villages", "state", "states", "country", "countries", "region", "regions"})


def _capital_as_place(span) -> bool:
    """A capital's mention that does nothing a government does: no subject, object, possessor or
    party ("talks with Beijing"), or only the start or end of a journey ("arrived from London")."""
    from newsgraph.analyze.actors.tidy import acts

    if span is None or len(span) == 0 or span.root.pos_ == "PRON":
        return False
    root = span.root
    if root.i > 0 and root.doc[root.i - 1].lower_ == "the" and dictionaries.capital_country("The " + root.text) is None:
        return True  # "feel the Bern": a city's name takes no article (unlike "The Hague"), so it is no capital here
    if _in_a_list_of_places(root):
        return True  # "a place with Paris, Brussels, Beirut, Bamako, San Bernardino and other cities"
    if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.ent_type_ == "PERSON" \
            or root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.pos_ == "PROPN" \
            and root.head.head.dep_ in ("dobj", "nsubj", "appos", "conj") and root.head.head.ent_type_ != "ORG":
        return True  # "Gearan, from Washington": where a person comes or reports from
    if root.dep_ == "pobj" and root.head.lower_ in ("from", "to"):
        verb = root.head.head
        if verb.pos_ == "ADV" and verb.head is not verb:
            verb = verb.head  # "arrived late from London"
        if verb.lemma_.lower() in MOTION_VERBS:
            return True
    return not acts(root)


def _in_a_list_of_places(root) -> bool:
    """Whether a name stands in a coordination of places closed by a place noun ("Paris, Brussels,
    Beirut and other cities") or holding a place that is neither a country nor a capital ("Bamako,
    San Bernardino"): a list of where something happened."""
    first = root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    members = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.i != first.i]
    if len(members) < 2:
        return False
    if any(t.pos_ == "NOUN" and t.lower_ in PLACE_NOUNS for t in members):
        return True
    return any(t.ent_type_ == "GPE" and t.pos_ == "PROPN" and not _a_country_or_capital(t) for t in members)


def _a_country_or_capital(token) -> bool:
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    text = ent.text if ent is not None else token.text
    return dictionaries.country_of(text) is not None or dictionaries.capital_country(text) is not None \
        or dictionaries.organization(text) is not None


def _only_a_place(span, actor: Actor) -> bool:
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.pos_ == "PRON":
        return False  # "its troops": the country does something
    named = dictionaries.country_of(span.text) == actor.country
    if named and _a_style_or_descent(root):
        return True  # "French toast", "Greek goddesses", "African-American": a style or a descent
    if named and root.pos_ == "ADJ" or named and root.dep_ in ("amod", "compound", "nmod", "poss"):
        return False  # "Ukrainian regions", "the Canadian government's": the country's own word
    return not named or syntax.is_locative(root)


#: nouns that a nationality adjective before them gives a style, a cuisine, a language or a descent,
#: not a country that acts: "French toast", "Greek goddesses", "Italian restaurant", "Irish descent"
STYLE_NOUNS = frozenset("toast fries dressing cuisine food dish dishes wine cheese bread pastry restaurant cafe "
                        "style fashion accent language dialect literature poetry music song songs art architecture "
                        "god gods goddess goddesses mythology myth myths legend legends hero heroes tragedy tragedies "
                        "descent ancestry heritage origin roots blood".split())


#: first halves of a hyphenated descent ("African-American"); not nationalities, whose hyphenated
#: pairs are often two countries ("Russian-American relations")
DESCENT_WORDS = frozenset({"african", "asian", "arab", "native", "latin", "hispanic", "pacific", "caribbean"})


def _a_style_or_descent(root) -> bool:
    """A nationality adjective that names a style or a descent: before a noun of cuisine, language,
    art, myth or descent ("French toast", "Greek goddesses"), or the second half of a hyphenated
    descent ("African-American", "African American")."""
    if root.pos_ != "ADJ" and root.dep_ != "amod":
        return False
    if root.dep_ == "amod" and root.head.lemma_.lower() in STYLE_NOUNS | {n.rstrip("s") for n in STYLE_NOUNS}:
        return True
    doc = root.doc
    if root.i >= 1 and doc[root.i - 1].lower_ in DESCENT_WORDS and doc[root.i - 1].text[:1].isupper() \
            and doc[root.i - 1].whitespace_:
        return True  # "an African American candidate": the descent written without its hyphen
    return root.i >= 2 and doc[root.i - 1].text in ("-", "–") and doc[root.i - 1].whitespace_ == "" \
        and doc[root.i - 2].whitespace_ == "" and doc[root.i - 2].lower_ in DESCENT_WORDS


def listed(actors: list[Actor], hidden: set[str], used: Iterable[str]) -> list[Actor]:
    """``actors`` less the ``hidden`` ones (scenery) that no id of ``used`` names."""
    keep = set(used)
    return [a for a in actors if a.id not in hidden or a.id in keep]
