"""The country an article is set in, and the actors a careful coder would give it.

A story filed from Fort Worth about a kidnapping names a police department, a sheriff's office, an FBI
agent, a witness and a local company without ever writing "American": a coder gives them all the
country of the story. ``article_setting`` weighs what the text says about where it happens:

- the dateline ("FORT WORTH, Texas (AP) —", "WASHINGTON —"): strong evidence;
- every place the text names (country names, capitals, regions and towns the gazetteer puts in one
  country: "Texas", "Sioux Falls", "Kabul"), a place in the opening paragraphs counting half again,
  and a place named as where something happens ("in Kabul") half again;
- nationality words ("Chinese"), weakly, and members of Congress written with party and state
  ("Rep. Ona Reeve, D-Minn.");
- people whose country the text or the knowledge base already gave (a head of state counts for
  their country; a company far less: a story about Texas names Twitter too).

The setting is the country with most of that weight when it clearly leads (``SETTING_SHARE`` of
the weight and twice the runner-up's); a story of several countries (a Davis Cup round, a trade war)
has none. ``settle_setting`` then gives it only to actors whose coding is local by nature and that
have no evidence of another country: the text and the base always win. A story of two countries
told from one about the other has no setting but a subject (``subject_country``), which its office
holders, parties and armed groups take (``settle_subject``); "the country's" points to the country the
story is about (``settle_the_country``).
"""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.analyze import syntax
from newsgraph.analyze.actors import dictionaries
from newsgraph.analyze.actors.acronym_entries import is_acronym, other_body
from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.analyze.actors.kb import KnowledgeBase
from newsgraph.analyze.actors.knowledge import WELL_KNOWN
from newsgraph.analyze.actors.namesakes import ORIGIN_HEADS
from newsgraph.analyze.actors.places import place_country
from newsgraph.analyze.actors.us_members import US_STATES
from newsgraph.model import Actor
from newsgraph.nlp.text import spans_of, text_of

#: the weight a country needs at least to be the setting (more than a dateline alone: a wire story
#: filed from Berlin about the European Space Agency is no German story)
SETTING_WEIGHT = 4.5
#: the share of all country weight the setting needs, and how far it must lead the runner-up
SETTING_SHARE = 0.6
SETTING_LEAD = 2.0
#: the weight the only country a story points to needs to be its setting (a place of it named twice,
#: once as where things happen, a place and two people of it, or two people of it and its adjective):
#: a passing mention is not enough
SOLE_WEIGHT = 2.5
#: a setting this far ahead of every other country is the story's own: people known by bare name take it
#: too (a story from Washington that names a general's wars abroad), not only in a story of one country
DOMINANT_SHARE = 0.7
DOMINANT_LEAD = 4.0
#: territories with a code of their own inside a state, and the state (see ``fold_territories``)
TERRITORY_OF = {"HKG": "CHN", "MAC": "CHN"}
TERRITORY_SHARE = 0.5
#: a story of several countries that one of them leads this clearly (see ``leading_country``)
LEAD_SHARE = 0.5
LEAD_MARGIN = 2.5
#: characters of the text that count as its opening, where the place of a story is said
OPENING = 600
DATELINE_WEIGHT = 4.0
#: a place named as where something happens ("in Logar province") says more about the setting than
#: a country named as a party ("the United States said")
LOCATIVE_WEIGHT = 1.5
#: "(D-Minn.)", ", R-Texas,": a member of the US Congress
_US_PARTY_STATE = re.compile(r"[(,]\s*[DRI]-[A-Z][a-z]{1,4}\.?(?:\s[A-Z][a-z]+)?[),]")

#: groups that are people of the place a story happens in ("residents", "protesters"), unlike
#: "investors" or "scientists", who are of anywhere
LOCAL_GROUPS = frozenset({"resident", "protester", "protestor", "demonstrator", "witness", "villager",
                          "neighbor", "neighbour", "local", "voter", "taxpayer", "citizen", "suspect", "gunman",
                          "victim", "inmate", "prisoner", "student", "parent", "farmer", "motorist",
                          "passenger", "shopper", "homeowner", "tenant", "worker", "employee", "teacher",
                          "activist", "nonprofit", "immigrant", "woman", "women", "man", "men", "leader",
                          "latino", "latina", "hispanic", "retiree", "staff", "staffer", "volunteer",
                          "charity", "charities"})


def article_setting(doc, index: ActorIndex, credits: set[int]) -> Optional[str]:
    """The alpha-3 code of the country ``doc`` is set in, or None (see the module docstring)."""
    return setting_and_sole(doc, index, credits)[0]


def country_weights(doc, index: ActorIndex, credits: set[int]) -> dict[str, float]:
    """The setting's evidence per country (``setting_weights``), territories folded in: what
    ``setting_and_sole`` and ``leading_country`` weigh (computed once, passed to both)."""
    return fold_territories(setting_weights(doc, index, credits))


def setting_and_sole(doc, index: ActorIndex, credits: set[int],
                     weights: Optional[dict[str, float]] = None) -> tuple[Optional[str], bool]:
    """The setting (``article_setting``) and whether it is the only country the text points to at
    all (no other place, nationality or coded person) or dominates it (``DOMINANT_SHARE``): only
    then do bare names take it. The only country a story names is its setting at ``SOLE_WEIGHT``.
    ``weights``: ``country_weights`` of the same arguments, when already computed."""
    weights = country_weights(doc, index, credits) if weights is None else weights
    if not weights:
        return None, False
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    top, weight = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    total = sum(weights.values())
    dateline = _dateline(text_of(doc))
    besides = weight - (DATELINE_WEIGHT if dateline is not None and dateline[2] == top else 0.0)
    if len(ranked) == 1 and weight >= SOLE_WEIGHT and besides >= SOLE_WEIGHT / 2:
        return top, True  # the only country the story points to, and not only by its dateline
    if weight >= SETTING_WEIGHT and weight >= SETTING_SHARE * total and weight >= SETTING_LEAD * second:
        return top, len(ranked) == 1 or weight >= DOMINANT_SHARE * total and weight >= DOMINANT_LEAD * second
    return None, False


def text_leads(weights: dict[str, float], country: str) -> bool:
    """Whether the setting's evidence (``country_weights``) puts ``country`` ``SETTING_LEAD`` times ahead
    of every other country. The country most often named as a party (``knowledge.home_country``) is a
    story's home only then: a Washington story about sanctions on Iran names "Iran" at every turn, but
    its lawmakers, committees and parties are American, as the places and people it names say."""
    second = max((w for c, w in weights.items() if c != country), default=0.0)
    return weights.get(country, 0.0) >= SETTING_LEAD * second and weights.get(country, 0.0) > 0.0


def fold_territories(weights: dict[str, float]) -> dict[str, float]:
    """A territory with a code of its own inside a sovereign state (``TERRITORY_OF``: Hong Kong in
    China) that the story names at least ``TERRITORY_SHARE`` as much as the state is where the
    story happens; the state is a party to it ("Beijing", "Chinese state media"): the state's
    weight goes to the territory, whose police, courts and protesters are the territory's."""
    folded = dict(weights)
    for territory, state in TERRITORY_OF.items():
        if territory in folded and folded[territory] >= TERRITORY_SHARE * folded.get(state, 0.0):
            folded[territory] += folded.pop(state, 0.0)
    return folded


def leading_country(doc, index: ActorIndex, credits: set[int],
                    weights: Optional[dict[str, float]] = None) -> Optional[str]:
    """The country a story of several countries mostly happens in (``LEAD_SHARE`` of the weight and
    ``LEAD_MARGIN`` times the runner-up's), when it is no setting (``setting_and_sole``): an Indian
    market report that names the US, China and Japan once each. Its actors local by nature take it
    as they take a setting (``settle_setting``), people known by bare name never. ``weights``: as
    for ``setting_and_sole``."""
    weights = country_weights(doc, index, credits) if weights is None else weights
    if not weights:
        return None
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    top, weight = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if weight >= SETTING_WEIGHT and weight >= LEAD_SHARE * sum(weights.values()) and weight >= LEAD_MARGIN * second:
        return top
    return None


def setting_weights(doc, index: ActorIndex, credits: set[int]) -> dict[str, float]:
    """Country -> the weight of the text's evidence that the story happens there."""
    from newsgraph.analyze import gazetteer

    places = gazetteer.load()
    weights: dict[str, float] = {}

    def add(country: Optional[str], weight: float) -> None:
        if country:
            weights[country] = weights.get(country, 0.0) + weight

    dateline = _dateline(text_of(doc))
    if dateline is not None:
        add(dateline[2], DATELINE_WEIGHT)
    for ent in doc.ents:
        if "\n" in ent.text or dateline is not None and dateline[0] <= ent.start_char < dateline[1]:
            continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        text = text.removesuffix("'s").removesuffix("’s")
        if ent.label_ in ("GPE", "LOC"):
            country = dictionaries.country_of(text) or dictionaries.capital_country(text) \
                or place_country(places.lookup(text))
            if all(i in credits for i in range(ent.start, ent.end)):
                add(country, DATELINE_WEIGHT)
            else:
                weight = LOCATIVE_WEIGHT if syntax.is_locative(ent.root) else 1.0
                add(country, weight * (1.5 if ent.start_char < OPENING else 1.0))
        elif ent.label_ == "NORP":
            add(dictionaries.country_of(text), 0.5)
        elif ent.label_ == "ORG":
            add(_local_body_country(ent, places), 1.0)
    for _ in _US_PARTY_STATE.finditer(text_of(doc)):
        add("USA", 1.0)
    for actor in index.actors:
        if actor.kind == "person" and actor.country and actor.sector != "IGO":
            add(actor.country, 1.0)
        elif actor.kind == "organization" and actor.country and actor.sector in ("GOV", "COP", "JUD", "LEG"):
            add(actor.country, 0.5)
    return weights


#: words of the bodies a town or county has of its own ("the Columbus Police Department")
LOCAL_BODY_WORDS = frozenset({"police", "sheriff", "sheriff's", "sheriff’s", "fire", "county", "city", "municipal",
                              "council", "school", "schools", "district", "township", "borough", "constabulary"})


def _local_body_country(ent, places) -> Optional[str]:
    """The country of the town or county a local body is named after ("Columbus Police Department",
    "Bartholomew County Sheriff's Office"): a story that names it happens there. A newspaper or a
    company named after a city ("the Washington Post") is no local body and says nothing."""
    words = [t for t in ent if t.lower_ != "the"]
    if not any(t.lower_ in LOCAL_BODY_WORDS for t in words[1:]):
        return None
    for size in (2, 1):
        country = place_country(places.lookup(" ".join(t.text for t in words[:size]))) if len(words) > size else None
        if country:
            return country
    return None


#: paragraphs at the top of a text where a dateline may stand (the title may come first)
DATELINE_PARAGRAPHS = 3


def _dateline(text: str) -> Optional[tuple[int, int, str]]:
    """(start, end, country) of a dateline opening one of the first paragraphs ("WASHINGTON —",
    "TULSA, Okla. (AP) —", "BERLIN --"): the country of its region, else of its place."""
    from newsgraph.analyze import gazetteer
    from newsgraph.extract.dateline import dateline_end

    starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text)][:DATELINE_PARAGRAPHS]
    for start in starts:
        end = dateline_end(text, start) if start < len(text) else None
        if end is None:
            continue
        words = re.split(r"\(|\s[—–-]|:", text[start:end])[0]
        parts = [p.strip() for p in words.split(",") if p.strip() and not any(c.isdigit() for c in p)]
        for part in reversed(parts[:2]):
            bare = part.rstrip(".")
            country = dictionaries.country_of(part) or dictionaries.capital_country(part.title()) \
                or ("USA" if bare in US_STATES or part in US_STATES else None) \
                or place_country(gazetteer.load().lookup(part))
            if country:
                return start, end, country
    return None


#: the words of ``STATESMEN`` that a story of one country's own office holders bear ("President Lincoln",
#: "Secretary Kline"); its other words (a crown, a minister, an envoy) may be of any state
HOME_OFFICES = frozenset({"president", "secretary"})
#: endings of English agent nouns ("backers", "moderators", "partisans", "confidants", "respondents")
AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "an")


def settle_setting(index: ActorIndex, setting: Optional[str], knowledge: KnowledgeBase,
                   sole: bool = False) -> None:
    """Give ``setting`` to the actors without a country whose coding is local by nature
    (``local_by_nature``) and that nothing ties to another country (``foreign_evidence``). A person
    known by bare name only (no title, no sector) takes it only when it is the ``sole`` country of
    the story: players of a league of two countries, a touring band, visitors are of anywhere. In such
    a story its people without a sector ("critics", "Sanders backers", "debate moderators": see
    ``_people_of_a_place``) and its named office holders ("President Lincoln", no crown, minister or
    envoy) take it too."""
    if setting not in SENATE_STATES and any(a.country == "USA" for a in index.actors):
        _settle_us_congress(index, knowledge)
    if setting is None:
        return
    for actor in index.actors:
        if actor.country is not None or actor.kind not in ("person", "group", "organization"):
            continue
        if actor.kind == "person" and actor.title is None and actor.sector is None and not sole:
            continue
        unnamed_office = sole and actor.kind == "person" and actor.sector in STATE_SECTORS \
            and not any(w[:1].isupper() for w in actor.name.split())  # "the next president" of a one-country story
        people_of_it = sole and actor.kind == "group" and local_by_nature(actor, True) \
            and (actor.sector in WORKING_SECTORS or actor.sector is None and _people_of_a_place(actor))
        named_office = sole and actor.kind == "person" and actor.sector in STATE_SECTORS and actor.title is not None \
            and any(w[:1].isupper() for w in actor.name.split()) \
            and not {w.lower().strip(".,") for w in actor.title.split()} & (STATESMEN - HOME_OFFICES)
        # "President Lincoln", "Mayor Emanuel" in a story of one country; never a crown, a minister or an
        # envoy, who may be of any state the story deals with
        if (local_by_nature(actor) or unnamed_office or people_of_it or named_office) \
                and not foreign_evidence(actor, index, setting, knowledge):
            actor.country = setting


def _people_of_a_place(actor: Actor) -> bool:
    """Whether a group without a sector is people of the story's place: its head a noun for people
    (``resources.people_nouns``: "critics", "attendees") or an agent noun ("backers", "moderators",
    "partisans"), not a thing ("countries", "remarks", "history books") and not people named by where
    they come from or go ("immigrants", "tourists", "fans"), who are of anywhere (``settle_setting``)."""
    from newsgraph.analyze import resources

    words = head_phrase(actor.name).lower().split()
    if not words or not words[-1].isalpha():
        return False
    head = dictionaries.singular(words[-1]) or words[-1]
    if words[-1] in ORIGIN_HEADS or head in ORIGIN_HEADS:
        return False
    return head in resources.people_nouns() or head.endswith(AGENT_ENDINGS)


def subject_country(doc, index: ActorIndex, weights: dict[str, float]) -> Optional[str]:
    """The country a story of two countries is about when the other is only where it is told from
    ("WASHINGTON -- The State Department urged Ethiopia ..."): no setting, the two countries have
    all but ``TWO_SHARE`` of the weight, and one of them leads the other once the dateline is set
    aside and already has ``SUBJECT_PEOPLE`` persons or state bodies of its own. None otherwise."""
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])[:2]
    total = sum(weights.values())
    if len(ranked) < 2 or ranked[0][1] + ranked[1][1] < TWO_SHARE * total:
        return None
    dateline = _dateline(text_of(doc))
    told_from = dateline[2] if dateline is not None else None
    besides = {c: w - (DATELINE_WEIGHT if c == told_from else 0.0) for c, w in ranked}
    (subject, weight), (_, other) = sorted(besides.items(), key=lambda kv: -kv[1])
    own = sum(1 for a in index.actors if a.country == subject
              and (a.kind == "person" or a.kind == "organization" and a.sector in STATE_SECTORS))
    if weight > other and weights[subject] >= SETTING_WEIGHT and own >= SUBJECT_PEOPLE:
        return subject
    return None


#: the share of a story's country weight its two countries must have to be a story of two
TWO_SHARE = 0.85
#: persons or state bodies of the subject country the text must have coded already
SUBJECT_PEOPLE = 2
#: sectors whose unmarked holders in a story of two countries are the subject's: its office holders,
#: parties, opposition and armed groups (the other side's are marked: "Sen.", "the State Department")
SUBJECT_SECTORS = frozenset({"COP", "GOV", "JUD", "LEG", "MIL", "OPP", "PTY", "REB"})
SUBJECT_BODY_SECTORS = frozenset({"OPP", "PTY", "REB"})


def settle_subject(index: ActorIndex, subject: Optional[str], knowledge: KnowledgeBase) -> None:
    """Give a story's ``subject_country`` to its office holders, parties, opposition and armed groups
    that nothing else coded: persons with a title of ``SUBJECT_SECTORS`` and named parties, opposition
    and armed groups, local by nature, that nothing ties to another country. A state body's name
    ("the Supreme Court", "the Office of Personnel Management") is as often the other country's, told
    unmarked to its own readers; groups ("officials", "lawmakers") and bare names are either country's:
    those stay open."""
    if subject is None:
        return
    for actor in index.actors:
        if actor.country is not None or actor.kind not in ("person", "organization") \
                or actor.sector not in SUBJECT_SECTORS:
            continue
        if actor.kind == "person" and actor.title is None or actor.kind == "organization" \
                and actor.sector not in SUBJECT_BODY_SECTORS:
            continue
        us_congress = index.heads.get(actor.id, set()) & US_CONGRESS_HEADS and not _another_congress(actor)
        if local_by_nature(actor) and not us_congress and not foreign_evidence(actor, index, subject, knowledge):
            actor.country = subject


#: "the country's attorney general", "the nation's ruling party": an office or body of the country the
#: story is about, said without naming it
_THE_COUNTRYS = re.compile(r"\b(?:country|nation)['’]s\b", re.IGNORECASE)


def main_country(weights: dict[str, float]) -> Optional[str]:
    """The country a story is mostly about: ``LEAD_SHARE`` of the weight and ``SETTING_LEAD`` times the
    runner-up's (a weaker lead than a setting's: only what the text points to with "the country's")."""
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    if not ranked:
        return None
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    top, weight = ranked[0]
    if weight >= SETTING_WEIGHT and weight >= LEAD_SHARE * sum(weights.values()) and weight >= SETTING_LEAD * second:
        return top
    return None


def settle_the_country(index: ActorIndex, country: Optional[str]) -> None:
    """Give ``country`` (the story's setting, subject or ``main_country``) to the persons and bodies
    without one whose title or name says "the country's" or "the nation's" ("Ada Obi, the country's
    attorney general"): the words point to the country the story is about, a minister's too."""
    if country is None:
        return
    for actor in index.actors:
        if actor.country is None and actor.kind in ("person", "group", "organization") \
                and _THE_COUNTRYS.search(f"{actor.title or ''} {actor.name}"):
            actor.country = country


#: sectors of the groups a story of one country gives its country however general their words ("coal
#: companies", "reporters", "holdout unions", "professors"): people at work there. Not a faith, refugees or
#: people at large ("Muslims", "refugees", "scientists", "customers"), who are of anywhere
WORKING_SECTORS = frozenset({"AGR", "BUS", "EDU", "JRN", "LAB", "MED", "NGO", "SPY"})


#: title heads of the US Congress and its money ("Sen.", "Senator", "Rep.", "Congresswoman", "a super PAC")
US_CONGRESS_HEADS = frozenset({"sen", "senator", "rep", "congressman", "congresswoman", "congress", "super pac", "pac"})
#: words a name of the US Congress may have besides "Congress" ("the 115th U.S. Congress"); any other
#: capitalised word names another congress ("the Oromo Federalist Congress", "the Indian National Congress")
US_CONGRESS_NAME_WORDS = frozenset({"the", "u.s.", "us", "united", "states", "american", "congress", "new"})
#: first words of a US chamber's bodies ("House Oversight Committee", "Senate Republicans")
US_CHAMBERS = frozenset({"House", "Senate"})
#: states whose legislators are senators and representatives too ("Sen." in a Philippine or Nigerian
#: story is theirs): a story set there gives its Congress words no American reading
SENATE_STATES = frozenset({"PHL", "NGA", "LBR", "AUS", "CAN", "MEX", "BRA", "ARG", "CHL", "COL", "PER", "PRY",
                           "URY", "BOL", "DOM", "HTI", "ITA", "FRA", "POL", "CZE", "ROU", "IRL", "JPN", "PLW",
                           "FSM", "MHL", "GUM", "PRI"})


def _settle_us_congress(index: ActorIndex, knowledge: KnowledgeBase) -> None:
    """Members, bodies and PACs of the US Congress are American in a story that names the US and is
    not set in a state with senators of its own (a story of Libya's war quoting a senator): "Sen.",
    "Rep.", "Congress", "super PAC", a House or Senate body; never what the text ties to another
    country. Called before the setting is given, which would make them the setting's."""
    for actor in index.actors:
        if actor.country is not None or actor.kind not in ("person", "group", "organization"):
            continue
        words = actor.name.split()
        chamber = actor.sector == "LEG" and actor.kind != "person" and bool(words) and words[0] in US_CHAMBERS
        if (index.heads.get(actor.id, set()) & US_CONGRESS_HEADS or chamber) \
                and not _another_congress(actor) and not foreign_evidence(actor, index, "USA", knowledge):
            actor.country = "USA"


def _another_congress(actor: Actor) -> bool:
    """Whether a body named "... Congress" is another country's or a party's ("the Oromo Federalist
    Congress", "the African National Congress"): a capitalised word no name of the US Congress has."""
    words = actor.name.split()
    return actor.kind != "person" and bool(words) and words[-1] == "Congress" \
        and any(w[:1].isupper() and w.lower() not in US_CONGRESS_NAME_WORDS and not w[:1].isdigit()
                for w in words[:-1])


#: sectors of organisations the base files under no state (CAMEO's IMG, IGO, NGO): of no story's setting
TRANSNATIONAL_SECTORS = frozenset({"REB", "IGO", "NGO"})
#: sectors of a state's own institutions and office holders
STATE_SECTORS = frozenset({"COP", "GOV", "JUD", "LEG", "MIL"})
#: words that name a body beyond one state ("the European Space Agency", "coalition forces")
#: ("united" alone is not: the United Steelworkers, United Airlines; "United Nations" has "nations")
INTERNATIONAL_WORDS = frozenset({"european", "international", "world", "global", "nations", "asian",
                                 "african", "arab", "atlantic", "pacific", "regional", "coalition", "allied",
                                 "foreign", "overseas", "un", "eu", "nato", "interpol", "multinational", "europe",
                                 "asia", "africa", "americas", "latin", "worldwide", "transnational", "middle",
                                 "mideast"})

#: title words of those who deal with other states: no local office holders
STATESMEN = frozenset({"minister", "ambassador", "envoy", "diplomat", "premier", "chancellor", "king", "queen",
                       "prince", "princess", "emperor", "president", "secretary", "consul", "foreign"})


#: what a speaker calls an armed group's members ("terrorists", "extremists"): a label for people of any
#: country, most often of none (the foreign network a Washington story means), unlike "rebels" or
#: "insurgents", who fight where the story happens
LABELLED_GROUPS = frozenset({"terrorist", "jihadist", "jihadi", "extremist"})


def local_by_nature(actor: Actor, any_group: bool = False) -> bool:
    """Whether an actor without a country is of the place its story happens in: a named company,
    agency, police force, court or newspaper no table knows; a person (a CEO, a sheriff's
    spokesman, a named witness -- bare names only in a story of one country, see ``settle_setting``); a body of a state sector; people of a place ("residents", "protesters") or of its parties and campaigns.
    Never a body named as international, an IGO or NGO, nor people of anywhere ("investors"), unless
    ``any_group``: in a story of one country (``settle_setting``'s ``sole``) the unions, companies,
    professors and reporters it names are that country's too."""
    if actor.sector == "IGO" or actor.sector == "NGO" and actor.kind == "organization" and not _endowed(actor.name):
        return False  # (a group of "nonprofits" or "rights groups" is of the place, like "activists";
        # a foundation or a charity's fund is of its founders' country, "the Rockefeller Brothers Fund";
        # a person who heads or speaks for an advocacy group is a person of the place like any other)
    words = {w.lower().strip(".,'’s\"") for w in f"{actor.name} {actor.title or ''}".split()}
    if words & INTERNATIONAL_WORDS:
        return False
    if actor.kind == "person":
        # a minister, envoy or head of state may be of any state the story deals with
        return not (actor.sector in STATE_SECTORS and words & STATESMEN)
    if actor.kind == "group":
        last = head_phrase(actor.name).split()[-1].lower() if actor.name.split() else ""
        heads = {last, last[:-1], last[:-2], dictionaries.singular(last) or last}  # "witnesses", "residents"
        if heads & LABELLED_GROUPS:
            return False
        return any_group or actor.sector in STATE_SECTORS or actor.sector in ("OPP", "REB", "CRM", "PTY") \
            or bool(heads & LOCAL_GROUPS)
    if actor.sector == "JRN" and dictionaries.organization(actor.name) is not None:
        return False  # a wire service the table knows (Reuters) is of no one country
    return actor.sector in STATE_SECTORS or any(w[:1].isupper() for w in actor.name.split())


#: words that end a group's head phrase and open what qualifies it ("voters at the convention", "victims of
#: discrimination", "officers who resigned"): prepositions and relative words, a closed class
_QUALIFIERS = frozenset({"of", "at", "in", "from", "on", "with", "for", "under", "over", "across", "who", "that",
                         "which", "whose", "to", "by", "among", "outside", "inside", "near", "behind"})


def head_phrase(name: str) -> str:
    """A group's name up to its first preposition or relative word, whose last word is the head noun:
    "voters at the convention" -> "voters", "traditional victims of discrimination" -> "traditional
    victims"; a name without one, or that opens with one, is returned whole."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i > 0 and w in _QUALIFIERS), len(words))
    return " ".join(words[:cut])


def _endowed(name: str) -> bool:
    """Whether a name is a foundation's or an endowed fund's ("the Halvorsen Family Foundation")."""
    words = name.split()
    return bool(words) and words[-1].lower() in ("foundation", "fund", "endowment", "trust")


def foreign_evidence(actor: Actor, index: ActorIndex, setting: str, knowledge: KnowledgeBase) -> bool:
    """Whether anything ties the actor to a country other than ``setting``: a country word, a place
    or an actor of another country in its own phrase or description ("Jean Roux, a French
    manufacturer", "a lawyer from Lyon", "Tmall, the site owned by Alibaba"), or a namesake of
    another country in the knowledge base."""
    from newsgraph.analyze import gazetteer

    doc = index.doc
    places = gazetteer.load()
    for span in spans_of(doc, actor.mentions):
        for t in _own_phrase(span):
            other = index.actor_at(t.i)
            if other is not None and other is not actor and (other.country not in (None, setting)
                                                             or other.sector in ("IGO", "NGO")):
                return True  # "Tmall, the site owned by Alibaba": Alibaba's; "Ada Roux of ESA": ESA's
            if t.ent_type_ in ("GPE", "NORP", "LOC") and t.ent_iob_ == "B" and not _topic(t):
                country = entity_country(t, places)
                if country and country != setting:
                    return True
                if country is None and t.ent_type_ in ("NORP", "LOC") and _regional(t):
                    return True  # "Middle Eastern dictators", "European diplomats": of a region, not the setting
    names = {actor.name, *(actor.aliases or [])}
    for name in names:
        if len(name.split()) < 2 and actor.kind == "person":
            continue  # a surname alone has namesakes everywhere
        for entry in knowledge.entries(name):
            if actor.kind != "person" and is_acronym(name) and other_body(name, names, entry.canonical):
                continue  # "CBC" for "the Congressional Black Caucus (CBC)": no namesake broadcaster abroad
            if entry.countries - {setting} and _well_known(entry):
                return True
            if actor.kind == "organization" and entry.kind == "organization" and not entry.countries \
                    and any(r.sector in TRANSNATIONAL_SECTORS for r in entry.roles):
                return True  # "the Islamic State": an armed group of no one state the base knows
    return False


def _topic(token) -> bool:
    """Whether a place is what a body or a title is about ("the Select Committee on Benghazi", "an expert
    on Russia": ``coding.TOPIC_PREPS``), not where it belongs."""
    from newsgraph.analyze.actors.coding import TOPIC_PREPS

    ent = _entity_of(token)
    root = ent.root if ent is not None else token
    return root.dep_ == "pobj" and root.head.lower_ in TOPIC_PREPS


def _well_known(entry) -> bool:
    """A namesake worth heeding: a user's or the corpus's coding, or a well-known office holder or
    body (the Phoenix dictionaries' thousands of ministers share names with many people)."""
    return entry.layer in ("user", "corpus") or any(r.source.startswith(WELL_KNOWN) for r in entry.roles)


def _regional(token) -> bool:
    """Whether the entity ``token`` starts names a region of several states ("Middle Eastern", "European")."""
    ent = _entity_of(token)
    return ent is not None and bool({w.lower() for w in ent.text.split()} & INTERNATIONAL_WORDS)


def entity_country(token, places) -> Optional[str]:
    """The country of the place entity ``token`` is part of ("Nairobi" -> KEN): a country's name,
    a capital or a gazetteer place of ``places``; else None."""
    ent = _entity_of(token)
    if ent is None:
        return None
    text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    return dictionaries.country_of(text) or dictionaries.capital_country(text) or place_country(places.lookup(text))


def _entity_of(token):
    """The entity ``token`` is part of, as ``doc.ents`` has it, or None. An entity's first token
    ("B") starts it and the "I" tokens after it continue it: read from the token, not from all the
    entities of the text, which spaCy builds anew at each ``doc.ents``."""
    if token.ent_iob_ != "B" or not token.ent_type:
        return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    from spacy.tokens import Span as DocSpan

    doc, end = token.doc, token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return DocSpan(doc, token.i, end, label=token.ent_type, kb_id=token.ent_kb_id)


def _own_phrase(span) -> list:
    """The tokens of a mention's noun phrase with its modifiers, appositions and prepositional
    phrases, within its sentence (not the clause it is the subject of)."""
    root = span.root
    sent = root.sent if root.doc.has_annotation("SENT_START") else root.doc[:]
    tokens = [t for t in root.subtree if sent.start <= t.i < sent.end]
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):
        tokens += [t for t in root.head.subtree if sent.start <= t.i < sent.end and t not in tokens]
    return tokens
