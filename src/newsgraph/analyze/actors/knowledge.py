"""What the knowledge base adds to an article's actors, after the text has said what it says.

The text always wins: the base only fills a country or sector the article left open, on the article's
date. Then an actor who speaks *for* an organisation takes that organisation's sector and country
("a Salesforce spokesperson", "a lawyer for Huawei"): a spokesperson's own title is a weak default.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Optional, TypeVar

from newsgraph.analyze.actors import coding, dictionaries, generations
from newsgraph.analyze.actors.acronym_entries import is_acronym, other_body
from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.analyze.actors.kb import KnowledgeBase, Match, normal_name
from newsgraph.analyze.actors.us_members import US_STATES
from newsgraph.model import Actor

#: last words of an organisation's name that say its sector when nothing else does
NAME_ENDINGS = {
    "inc": "BUS", "inc.": "BUS", "corp": "BUS", "corp.": "BUS", "corporation": "BUS", "co.": "BUS",
    "ltd": "BUS", "ltd.": "BUS", "llc": "BUS", "plc": "BUS", "ag": "BUS", "sa": "BUS", "group": "BUS",
    "holdings": "BUS", "motors": "BUS", "airlines": "BUS", "technologies": "BUS", "pharmaceuticals": "BUS",
    "university": "EDU", "college": "EDU", "school": "EDU", "institute": "EDU",
    "party": "PTY", "court": "JUD", "tribunal": "JUD",
    "ministry": "GOV", "department": "GOV", "agency": "GOV", "office": "GOV", "commission": "GOV",
    "bureau": "GOV", "reserve": "GOV", "council": "GOV", "police": "COP",
    "times": "JRN", "post": "JRN", "journal": "JRN", "herald": "JRN", "tribune": "JRN", "news": "JRN",
    "press": "JRN", "television": "JRN", "radio": "JRN", "gazette": "JRN", "telegraph": "JRN",
    "administration": "GOV", "productions": "BUS", "studios": "BUS", "records": "BUS", "bank": "BUS",
    "realty": "BUS", "properties": "BUS", "restaurants": "BUS", "stores": "BUS", "campaign": "PTY",
    "foundation": "NGO", "networks": "BUS",
    # the trade endings of firms, brokerages and funds ("Alden Capital", "Kotak Securities")
    **dict.fromkeys(("capital", "partners", "ventures", "securities", "investments", "advisors", "advisers",
                     "associates", "consulting", "insurance", "financial", "labs", "software", "brands",
                     "enterprises", "industries", "entertainment", "robotics", "management", "brokers", "broking",
                     "gmbh", "llp", "lp", "limited", "fund", "funds"), "BUS"),
}

#: words of an investment fund's name; a "Fund" without one is a charity's ("the Rockefeller Brothers Fund")
FINANCE_WORDS = frozenset({"capital", "index", "growth", "income", "equity", "hedge", "investment", "investments",
                           "pension", "pensions", "bond", "bonds", "mutual", "wealth", "sovereign", "venture",
                           "ventures", "opportunity", "opportunities", "value", "asset", "assets", "money",
                           "market", "markets", "global", "partners", "fixed", "yield", "credit", "etf", "trust",
                           "monetary", "retirement", "securities", "stock", "stocks", "financial"})

T = TypeVar("T")


def apply_knowledge(index: ActorIndex, knowledge: KnowledgeBase, published: Optional[str],
                    only: Optional[set] = None) -> None:
    """Fill open countries and sectors of ``index``'s actors from ``knowledge`` on ``published``
    (``only``: just the actors of these ids, those a later step registered)."""
    countries = {a.country for a in index.actors if a.country}
    namesakes = generations.suffixed_namesakes([a.name for a in index.actors if a.kind == "person"])
    for actor in index.actors:
        if only is not None and actor.id not in only:
            continue
        if actor.kind == "person" and actor.name in namesakes:
            continue  # "Donald Trump Jr." beside "Donald J. Trump": the base's "Donald Trump" is the other one
        match = None
        if actor.kind in ("person", "organization", "group") and (actor.country is None or actor.sector is None):
            match = best_match(knowledge, actor, published)
            if match is not None and (actor.kind != "person" or _attested(match, countries)):
                _fill(actor, match)
        if actor.kind == "person" and published and actor.sector is not None:
            _role_on_the_date(actor, match or best_match(knowledge, actor, published), published)
        if actor.kind == "organization" and actor.sector is None:
            actor.sector = _sector_from_name(actor.name)
    if only is None:
        _affiliations(index)
        _patrons(index, knowledge, published)
        _staff(index, knowledge, published)
        _pairs(index)
    else:
        _patrons(index, knowledge, published, only)  # "Gowdy's office", first found as a noun phrase


def _per_name(knowledge: KnowledgeBase, published: Optional[str], answer: Callable[[Optional[Match]], T],
              default: T, dated: bool = False) -> Callable[[Actor], T]:
    """For coreference while the text is read: ``answer`` of the base's match (``best_match``) of a named
    person on ``published``, once per name and aliases; ``default`` for anyone else (a lower-case phrase, a
    group, an organisation) and, when ``dated``, without a date."""
    found: dict[tuple, T] = {}

    def look(actor: Actor) -> T:
        if actor.kind != "person" or not actor.name[:1].isupper() or dated and not published:
            return default
        key = (actor.name, *actor.aliases)
        if key not in found:
            found[key] = answer(best_match(knowledge, actor, published))
        return found[key]

    return look


def known_country(knowledge: KnowledgeBase, published: Optional[str]) -> Callable[[Actor], Optional[str]]:
    """For coreference while the text is read: the country the base knows a named person by on
    ``published`` (None for anyone else, or a name it does not know or knows more than one of)."""
    return _per_name(knowledge, published,
                     lambda match: match.country if match is not None and match.kind == "person" else None, None)


#: the sectors of occupations a description's noun names on its own ("the tycoon", "the businessman", "the
#: columnist"): a person the base knows in one of them, on the article's date, answers to it. Offices are left
#: out: "the senator" must be learnt from the text, a government sector holds too many titles to tell them apart
OCCUPATION_SECTORS = frozenset({"BUS", "JRN"})


def known_sectors(knowledge: KnowledgeBase, published: Optional[str]) -> Callable[[Actor], frozenset]:
    """For coreference while the text is read: the occupation sectors (``OCCUPATION_SECTORS``) the base knows
    a named person in on ``published`` ("the real estate tycoon" may be a candidate who is a businessman too);
    empty without a date, for anyone else, or for a name it does not know or knows more than one of."""
    def sectors(match: Optional[Match]) -> frozenset:
        if match is None or match.kind != "person":
            return frozenset()
        return frozenset(r.sector for r in match.roles if r.sector in OCCUPATION_SECTORS and r.active(published))

    return _per_name(knowledge, published, sectors, frozenset(), dated=True)


def known_runner(knowledge: KnowledgeBase, published: Optional[str]) -> Callable[[Actor], bool]:
    """For coreference while the text is read: whether the base knows a named person as running for a party
    (an active party-sector role, a campaign's dates) on ``published``: "the candidate" of a story about them
    may be them (``person_descriptions.story_candidate``). False without a date or for a name it does not know."""
    return _per_name(knowledge, published, lambda match: match is not None and match.kind == "person"
                     and not match.ambiguous and any(r.sector == "PTY" and r.active(published) for r in match.roles),
                     False, dated=True)


def known_body(knowledge: KnowledgeBase, published: Optional[str]) -> Callable[[Actor], Optional[str]]:
    """For coreference while the text is read: for a named "person" the base knows as an organisation under
    that very name (the tagger took "Twitter" for a person; ``apply_knowledge`` re-kinds it only after the
    pass), the organisation's sector ("" when it has none); None for anyone else (a titled person too). "The
    company said" after "Twitter said" is Twitter, which is still a person when the description is read."""
    def body(match: Optional[Match]) -> Optional[str]:
        if match is None or match.kind != "organization" \
                or not normal_name(match.canonical or "").startswith(normal_name(match.name)):
            return None
        return match.sector or ""

    look = _per_name(knowledge, published, body, None)
    return lambda actor: None if actor.title else look(actor)


def _pairs(index: ActorIndex) -> None:
    """A pair ("Jason Quill and Mara Brell", ``pairs``) is made before the base codes its members: it takes
    the country and the sector its members share once they are coded (two senators are LEG), none where
    they differ."""
    for key, actor in index.keyed_actors().items():
        if key[0] != "pair":
            continue
        members = [index.actor(i) for i in key[1]]
        if any(m is None for m in members):
            continue
        countries, sectors = {m.country for m in members}, {m.sector for m in members}
        if actor.country is None and len(countries) == 1:
            actor.country = countries.pop()
        if actor.sector is None and len(sectors) == 1:
            actor.sector = sectors.pop()


def best_match(knowledge: KnowledgeBase, actor: Actor, published: Optional[str]) -> Optional[Match]:
    """The base's entry for the actor's name (the fullest name first), or None. A person matches an
    organisation only by the fullest name: "Ford" alone may be the carmaker, "Harrison Ford" is not."""
    for name in _styled_names(actor) + _titled_names(actor):  # "Prince" + "Andrew": a well-known royal,
        # not any Andrew; "Secretary" + "Clinton": the one the dictionaries know by that title
        match = knowledge.lookup(name, published, actor.country, actor.sector)
        if match is not None and not match.ambiguous and (any(r.source.startswith(WELL_KNOWN) for r in match.roles)
                                                          or _titled_alias(match)):
            return match
    names = sorted({actor.name, *actor.aliases}, key=lambda n: -len(n.split()))
    for k, name in enumerate(names):
        if actor.kind == "person" and len(name.split()) == 1 and name.lower() == name:
            continue  # a lower-case word is no name
        match = knowledge.lookup(name, published, actor.country, actor.sector, fuller=actor.kind == "person") \
            or _without_country_word(knowledge, name, published, actor)
        if match is not None and actor.kind != "person" and is_acronym(name) \
                and other_body(name, names, match.canonical):
            continue  # "the Congressional Black Caucus (CBC)": not the broadcaster the base knows as CBC
        if match is not None:
            if match.ambiguous or (actor.kind == "person" and match.kind == "organization" and k > 0):
                return None
            return match
    return None


#: titles that are part of the name a royal or a pope is known by ("Prince Andrew", "Queen Elizabeth")
STYLES = frozenset({"prince", "princess", "queen", "king", "duke", "duchess", "pope", "sheikh", "emir"})


def _styled_names(actor: Actor) -> list[str]:
    """The actor's name with its style when its title ends in one ("the real Prince" + "Andrew")."""
    style = actor.title.split()[-1] if actor.kind == "person" and actor.title else ""
    return [f"{style} {actor.name}"] if style.lower() in STYLES else []


def _titled_names(actor: Actor) -> list[str]:
    """A surname with its one-word title ("Secretary Clinton", "Senator Sanders"), as the dictionaries
    list the best-known office holders: only for a bare surname, which alone has many bearers."""
    if actor.kind != "person" or not actor.title or len(actor.title.split()) != 1 or len(actor.name.split()) != 1:
        return []
    return [f"{actor.title} {actor.name}"]


def _titled_alias(match: Match) -> bool:
    """Whether a titled surname is a person the dictionaries list under that very alias ("President
    Truman", "General Eisenhower": the Phoenix country dictionaries name the best-known office holders,
    past ones too, by title and surname; ``lookup`` without ``fuller`` finds aliases only).
    ``apply_knowledge`` still asks the article to be about the person's country (``_attested``): a
    namesake minister abroad codes no one."""
    return match.kind == "person"


def _without_country_word(knowledge: KnowledgeBase, name: str, published: Optional[str],
                          actor: Actor) -> Optional[Match]:
    """The entry for a name that a country word leads ("U.S. Customs and Border Protection", "the
    American Red Cross"), when the entry is of that same country: a country word naming another
    country ("the Chinese CDC") makes it another body."""
    words = [w for w, _, _ in dictionaries.tokenize(name)]
    if words and words[0].lower() == "the":
        words = words[1:]
    for n in (2, 1):
        if len(words) <= n:
            continue
        country = dictionaries.country_of(" ".join(words[:n]))
        if country is None:
            continue
        match = knowledge.lookup(" ".join(words[n:]), published, actor.country or country, actor.sector)
        if match is not None and not match.ambiguous and match.country == country \
                and (actor.country in (None, country)):
            return match
        return None
    return None


#: sources of roles that name well-known office holders (not the dictionaries' many namesakes)
WELL_KNOWN = ("wikidata:", "additions", "organizations:")


def _attested(match: Match, countries: set) -> bool:
    """Whether a person's entry may code an article's person: a user's or the corpus's coding, a head
    of state or government (Wikidata, our additions), or a dictionary entry of a country the article
    is about. The Phoenix dictionaries list thousands of ministers; a journalist who shares a name
    with one of them in another country is no minister ("Patrick Simmons")."""
    if match.layer in ("user", "corpus"):
        return True
    if any(r.source.startswith(WELL_KNOWN) for r in match.roles):
        return True
    return match.country is not None and match.country in countries


def _fill(actor: Actor, match: Match) -> None:
    if actor.kind == "person" and match.kind == "organization" and not actor.title \
            and normal_name(match.canonical or "").startswith(normal_name(match.name)):
        actor.kind = "organization"  # a company or body the tagger took for a person ("Salesforce"),
        # not a person the dictionaries file under a body ("John Kirby" under the US military)
    if actor.kind != "person" and match.kind == "person":
        return  # a group or organisation that shares a name with a person: not that person
    if actor.country is None and match.country:
        actor.country = match.country
    if actor.sector is None and match.sector:
        actor.sector = match.sector


def _role_on_the_date(actor: Actor, match: Optional[Match], published: str) -> None:
    """A well-known person's sector on the article's date where the text's title names an office the
    base says had ended by then: "Secretary Clinton" in July 2016 is the Democratic nominee (PTY), "the
    GOP's 2012 VP nominee Paul Ryan" the House Speaker (LEG), "President Trump" in a story of February 2016
    the candidate (PTY; his GOV role starts later). A courtesy title outlives the office; the
    base's dated roles say what the person was on the day. Only a role from a dated, well-known source
    overrides the words, and only a sector the person held before (or ELI, "former", where the base
    knows a role held on the day)."""
    if match is None or match.ambiguous or not match.sector or match.sector == actor.sector \
            or (actor.country or match.country) != match.country:
        return
    known = [r for r in match.roles if r.source.startswith(WELL_KNOWN) and (r.start or r.end)]
    ended = {r.sector for r in known if r.end and r.end <= published}
    held = any(r.active(published) for r in known)
    # "President Trump" in February 2016: an office the person takes only later is not theirs on the day
    later = {r.sector for r in known if r.start and r.start > published} - {r.sector for r in known
                                                                             if r.active(published)}
    if actor.sector in ended or actor.sector in later or (actor.sector == "ELI" and held):
        actor.sector = match.sector
    elif actor.sector in DESCRIBED_SECTORS and held and match.sector in OFFICE_ROLES:
        actor.sector = match.sector  # "an accomplished attorney and political activist by the time she ...":
        # a description of what the nominee was, or is besides; on the day she holds a role the base dates


#: sectors a description gives a person ("activist", "attorney", "resident"): no institution of their own, so a
#: well-known person's dated role on the article's day (a nominee's PTY, a senator's LEG) says more
DESCRIBED_SECTORS = frozenset({"CVL"})
#: the dated roles that outweigh such a description: offices and a party's candidacy
OFFICE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "PTY", "COP", "SPY"})


def code_phrase(text: str, knowledge: KnowledgeBase, date: Optional[str] = None) -> coding.Coding:
    """Code a free-standing phrase as ``coding.code_phrase`` does, then let the knowledge base fill
    what the words leave open ("Trump" on 2019-05-01: USA GOV) — the words win, as in articles.
    A place the words name gives its country ("Police in Barcelona", "the Governor of Arizona")."""
    code = coding.code_phrase(text)
    if code.international:
        return code  # "European Council president Donald Tusk": the body's, not his country's
    name = code.name or (text.strip() if code.kind in (None, "organization") else None)
    if name and not (code.country and code.sector):
        match = _lookup_name(knowledge, name, date, code)
        if match is not None:
            code = coding.Coding(**{**code.__dict__, "country": code.country or match.country,
                                    "sector": code.sector or match.sector, "kind": code.kind or match.kind,
                                    "name": code.name or match.canonical})
    if code.country is None and code.kind in ("person", "group", "organization"):
        country = _place_country(text)
        if country:
            code = coding.Coding(**{**code.__dict__, "country": country})
    return code


def _lookup_name(knowledge: KnowledgeBase, name: str, date, code: coding.Coding) -> Optional[Match]:
    """The base's entry for a name, or for the name before "of COUNTRY" ("Omar al-Bashir of Sudan")."""
    names = [name]
    words = name.split()
    if " of " in name and code.country:
        names.append(name.split(" of ")[0])
    if words and words[0].lower() == "the":
        names.append(" ".join(words[1:]))
    for candidate in names:
        match = knowledge.lookup(candidate, date, code.country, code.sector)
        if match is not None:
            return None if match.ambiguous else match
    return None


def _place_country(text: str) -> Optional[str]:
    """The country of a capitalised place the phrase names after "in", "of" or "from"."""
    from newsgraph.analyze import gazetteer
    from newsgraph.analyze.actors.places import place_country

    words = [w for w, _, _ in dictionaries.tokenize(text)]
    for k, w in enumerate(words[:-1]):
        if w.lower() not in ("in", "of", "from"):
            continue
        run = []
        for nxt in words[k + 1:]:
            if not nxt[:1].isupper() or nxt.lower() in coding.FUNCTION_WORDS:
                break
            run.append(nxt)
        for n in range(len(run), 0, -1):
            country = place_country(gazetteer.load().lookup(" ".join(run[:n])))
            if country:
                return country
    return None


#: "the Mississippi House", "the State House", "the House": a legislature's chamber (the White House is in
#: the tables; an opera house or a publishing house is named with more than a state)
CHAMBER_NAMES = frozenset({"House", "Senate", "Assembly"})


def _sector_from_name(name: str) -> Optional[str]:
    """The sector the head of a name says: its last word, or the last before "of" or "for" ("the
    Bureau of Prisons", "the University of Lagos", "Center for Auto Safety" says nothing)."""
    shape = name.split()
    if shape and shape[-1] in CHAMBER_NAMES and (len(shape) == 1 or len(shape) == 2 and (
            shape[0] in ("State", "state") or shape[0].rstrip(".") in US_STATES)):
        return "LEG"
    words = name.lower().split()
    for k, w in enumerate(words):
        if w in ("of", "for", "on") and k > 0:
            words = words[:k]
            break
    if len(words) > 1 and words[0] in PUBLIC_WORDS and words[-1] in PUBLIC_HEADS:
        return "GOV"  # "the National Institute on Drug Abuse", "the State Board of Elections"
    if words and words[-1] in ("fund", "funds") and not FINANCE_WORDS.intersection(words):
        return "NGO"  # "the Rockefeller Brothers Fund", "the Children's Defense Fund": a charity's fund
    return NAME_ENDINGS.get(words[-1]) if words else None


#: first words that make an institute, service or board a public one
PUBLIC_WORDS = frozenset({"national", "federal", "state", "county", "city", "municipal", "provincial"})
PUBLIC_HEADS = frozenset({"institute", "institutes", "center", "centre", "service", "board", "bureau", "agency",
                          "office", "administration", "commission", "council", "department", "authority"})


def _affiliations(index: ActorIndex) -> None:
    """A person titled as speaking or working for an organisation named in the title takes its code."""
    orgs = [a for a in index.actors if a.kind == "organization" and a.sector and a.mentions]
    if not orgs:
        return
    for actor in index.actors:
        if actor.kind != "person" or not actor.title:
            continue
        code = coding.code_phrase(actor.title)
        row = dictionaries.sector_word(code.head) if code.head else None
        own = row is None or row.strong or code.explicit_sector and code.sector != row.sector
        # (own: the title names its own institution, "Kremlin spokesman", "army spokesman": its
        # sector stays; the state of a body the title names is still theirs, "chairman of the Joint
        # Chiefs of Staff")
        title = f" {actor.title.lower()} "
        for org in orgs:
            if any(f" {alias.lower()} " in title or f" {alias.lower()}'s " in title
                   for alias in {org.name, *org.aliases} if alias):
                if not own:
                    actor.sector = org.sector
                if actor.country is None and org.country and (not own or org.sector == actor.sector):
                    actor.country = org.country
                break


#: titles of those who work for one person ("Sanders's top advisers", "spokesman for Sanders"): theirs is the
#: sector of whom they serve on the day (a candidate's aides are the campaign's, PTY), not the title's default
AIDE_HEADS = frozenset({"adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "staff",
                        "staffer", "strategist", "surrogate", "pollster", "press secretary", "confidant"})
#: an office a person's name owns ("Gowdy's office"): the person's, like their aides
OFFICE_HEADS = frozenset({"office"})
#: sectors a patron passes on to those who work for them
PATRON_SECTORS = frozenset({"PTY", "GOV", "LEG"})


def _patrons(index: ActorIndex, knowledge: KnowledgeBase, published: Optional[str],
             only: Optional[set] = None) -> None:
    """A person or group titled as working for a person of the article takes that person's sector
    (PTY, GOV, LEG) when the title's own is only its head's default; a candidate's, PTY, while the
    base says the candidate runs (a senator running for president: "spokesman for Sanders")."""
    patrons = [a for a in index.actors if a.kind == "person" and a.sector in PATRON_SECTORS and a.mentions]
    if not patrons:
        return
    running = {a.id for a in patrons if published and _candidate_on(knowledge, a, published)}
    people = [a for a in index.actors if a.kind == "person" and a.mentions]
    for actor in index.actors:
        if only is not None and actor.id not in only:
            continue
        text = actor.title if actor.kind == "person" else actor.name if actor.kind in ("group", "organization") \
            else None
        if not text or actor.sector not in (None, "GOV"):
            continue  # an aide whose GOV is only the title's default is no patron of their own ("Gowdy spokesman")
        if actor.kind == "organization":
            if text.split()[-1].lower() not in OFFICE_HEADS:
                continue  # "Gowdy's office": its GOV is only what the word "office" says of a name
        else:
            code = coding.code_phrase(text)
            if code.head not in AIDE_HEADS or (code.explicit_sector and code.sector is not None):
                continue
        words = {w for w, _, _ in dictionaries.tokenize(text) if w[:1].isupper()}
        patron = _patron_named(words, people, actor)
        if patron is not None and any(patron is p for p in patrons):
            actor.sector = "PTY" if patron.id in running else patron.sector
            actor.country = actor.country or patron.country


def _staff(index: ActorIndex, knowledge: KnowledgeBase, published: Optional[str]) -> None:
    """Staff named by their owner's possessive ("her staffers", "his employees") take the owner's country
    and sector; on the day, a candidate's are the campaign's (PTY), unless the candidate held an office
    before (the base says so): whose staff is then clear, of which years is not (the State Department's
    or the campaign's), and they keep no sector."""
    alive = {id(a) for a in index.actors}
    for actor, owner in index.staff_of:
        if id(actor) not in alive or id(owner) not in alive or actor.sector is not None:
            continue
        actor.country = actor.country or owner.country
        actor.sector = owner.sector
        match = best_match(knowledge, owner, published) if published else None
        if match is None or match.ambiguous or not _candidate_on(knowledge, owner, published):
            continue
        held = any(r.sector in PATRON_SECTORS and r.sector != "PTY" and r.end and r.end <= published
                   for r in match.roles)
        actor.sector = None if held else "PTY"


def _patron_named(words: set, people: list, actor: Actor) -> Optional[Actor]:
    """The person of the article ``words`` name: by full name ("staffers of Bill Clinton"), else by a
    surname only one of them bears ("Sanders's top advisers")."""
    others = [p for p in people if p is not actor and p.name.split()]
    full = [p for p in others if len(p.name.split()) > 1 and set(p.name.split()) <= words]
    if full:
        return full[0]
    by_surname = [p for p in others if p.name.split()[-1] in words]
    return by_surname[0] if len({p.name for p in by_surname}) == 1 else None


def _candidate_on(knowledge: KnowledgeBase, actor: Actor, published: str) -> bool:
    """Whether the base has the person running for an office (a PTY role of a well-known source) on the day."""
    match = best_match(knowledge, actor, published)
    return match is not None and not match.ambiguous and any(
        r.sector == "PTY" and r.source.startswith(WELL_KNOWN) and r.active(published) for r in match.roles)


#: ranks that police forces share with armies: MIL only where no police context says otherwise
POLICE_RANKS = frozenset({"lt", "lieutenant", "sgt", "sergeant", "capt", "captain", "cmdr", "commander",
                          "officer", "chief", "cpl", "corporal", "inspector"})


def _police_ranks(index: ActorIndex) -> None:
    """A person coded MIL only by a rank that police forces share ("Lt.", "Sgt.", "the department's
    commander") is police (COP) when the title names the police ("a spokeswoman for the Dayton police"),
    or when the article's institutions are police and none is military."""
    ranked = [a for a in index.actors if a.kind == "person" and a.sector == "MIL"]
    if not ranked:
        return
    bodies = [a for a in index.actors if a.kind in ("organization", "group")]
    police_only = any(a.sector == "COP" for a in bodies) and not any(a.sector == "MIL" for a in bodies)
    for actor in ranked:
        code = coding.code_phrase(actor.title) if actor.title else None
        if code is not None and code.explicit_sector and code.sector == "COP":
            actor.sector = "COP"
        elif police_only and (code is None or code.head in POLICE_RANKS and code.sector != "MIL"
                              or code.head in POLICE_RANKS and not code.explicit_sector):
            actor.sector = "COP"


#: words that make an uncoded body or office a local one ("the state Department of Public Safety",
#: "the county prosecutor", "the governor")
LOCAL_WORDS = frozenset({"state", "county", "city", "municipal", "township", "borough", "district", "mayor",
                         "governor", "sheriff", "council", "councilman", "councilwoman", "police", "prosecutor",
                         "prosecutors", "attorney", "coroner", "department", "deputies", "deputy", "officers",
                         "officer", "detective", "detectives", "troopers", "trooper", "court", "judge"})
#: share of the article's country mentions one country needs to be its home
HOME_SHARE = 0.8


def home_country(index: ActorIndex) -> Optional[str]:
    """The country an article is about: the one that has at least HOME_SHARE of its country and place
    mentions, and three of them at least ("Fort Worth", "Texas", "U.S."); None for an article of
    several countries."""
    counts: dict[str, int] = {}
    for actor in index.actors:
        if actor.kind == "country" and actor.country:
            counts[actor.country] = counts.get(actor.country, 0) + len(actor.mentions)
    if not counts:
        return None
    top = max(counts, key=lambda c: counts[c])
    total = sum(counts.values())
    return top if counts[top] >= 3 and counts[top] >= HOME_SHARE * total else None


def settle_context(index: ActorIndex) -> None:
    """What the whole article says about actors the text left open: police ranks in a police story,
    acronyms of the home country, local office holders. Run once every actor is registered and the
    dateline has spoken (``Builder.settle_local``); the article's setting comes last (``setting``)."""
    for actor in index.actors:  # bodies registered after the base spoke ("the city's health commission")
        if actor.kind == "organization" and actor.sector is None:
            actor.sector = _sector_from_name(actor.name)
    _police_ranks(index)
    _shared_acronyms(index)
    _leaders_of_no_state(index)
    _same_office(index)


def _same_office(index: ActorIndex) -> None:
    """A named holder of a local office of no country ("Attorney General Ona Reeve", "Sheriff ...")
    takes the country of an unnamed holder of the same office in the article ("the New York state
    attorney general"), when every holder of that office with a country agrees on it."""
    heads: dict[str, set] = {}
    unnamed: set[str] = set()
    for actor in index.actors:
        if actor.kind == "person" and actor.title and actor.country:
            head = coding.code_phrase(actor.title).head
            if head:
                heads.setdefault(head, set()).add(actor.country)
                if actor.name == actor.title:
                    unnamed.add(head)
    for actor in index.actors:
        if actor.kind != "person" or actor.country or not actor.title or actor.name == actor.title:
            continue
        head = coding.code_phrase(actor.title).head
        if not head or head in coding.LEADERSHIP_HEADS or not set(head.split()) & LOCAL_WORDS:
            continue  # a minister of one state may meet another's: local offices only
        same = [h for h in heads if h == head or h.endswith(" " + head)]  # "state attorney general"
        countries = {c for h in same for c in heads[h]}
        if len(countries) == 1 and any(h in unnamed for h in same):
            actor.country = countries.pop()


def _leaders_of_no_state(index: ActorIndex) -> None:
    """A person titled only by a lower-case leadership word ("COO and president Mike Siever", "the
    chairman") of no country the article or the base gives heads a company as often as a state: the
    title's GOV is only its default, and no guess worth making. In a story of no company, whose actors
    are states, governments, legislatures or parties, "the next president" is a state's (GOV stays)."""
    political = not any(a.sector == "BUS" and a.kind == "organization" for a in index.actors) \
        and any(a.kind == "country" or a.sector in POLITICAL_SECTORS or a.sector == "GOV" and a.kind != "person"
                for a in index.actors if a.mentions)
    for actor in index.actors:
        if actor.kind != "person" or actor.country or actor.sector != "GOV" or not actor.title:
            continue
        code = coding.code_phrase(actor.title)
        if code.head in coding.LEADERSHIP_HEADS and not code.explicit_sector and code.country is None \
                and code.head in actor.title and not code.international \
                and not (political and code.head in PRESIDENCIES):
            actor.sector = None


#: a head of state's titles, and the sectors of a story about states and their politics
PRESIDENCIES = frozenset({"president", "vice president", "vice-president", "president-elect"})
POLITICAL_SECTORS = frozenset({"LEG", "PTY", "JUD"})


def _shared_acronyms(index: ActorIndex) -> None:
    """A body named only by an acronym other states' bodies bear too ("the CDC") is the one of the
    article's home country; in an article of no home country, the table's body where the article
    names its country, else of no country (a wrong state is worse than none)."""
    home = None
    for actor in index.actors:
        if actor.kind != "organization" or not actor.country or not actor.mentions:
            continue
        rows = {dictionaries.organization(m.text) for m in actor.mentions}
        if None in rows or not all(row.shared and row.country == actor.country for row in rows):
            continue  # named in full or with its country ("the Chinese CDC") somewhere
        home = home or home_country(index) or "-"
        country = home if home != "-" else actor.country if any(
            a.kind == "country" and a.country == actor.country for a in index.actors) else None
        if country != actor.country:  # another state's body: its name is the acronym, not ours
            actor.country = country
            actor.name = _acronym(actor.mentions[0].text)


def _acronym(text: str) -> str:
    first, _, rest = text.strip().partition(" ")
    return rest if first.lower() == "the" and rest else text.strip()
