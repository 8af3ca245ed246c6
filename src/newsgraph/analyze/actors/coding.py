"""Actor coding: a short actor phrase -> country (ISO 3166 alpha-3), PLOVER sector, title, kind.

Pure and table-driven. The tables ship in ``newsgraph/data`` and are read once (``tables()``):

- ``countries.tsv``: country names, adjectives and demonyms -> alpha-3 ("Russian" -> RUS);
- ``capitals.tsv``: capitals -> alpha-3; a capital used as an actor is that country's government;
- ``organizations.tsv``: seats of government ("Kremlin" -> RUS GOV), named state bodies, armed
  groups, and international organisations (country empty, sector ``IGO`` or ``NGO``);
- ``sectors.tsv``: title and group words -> PLOVER sector, actor kind and strength (see its header).

The same function codes phrases typed on the command line (``newsgraph actor``) and the token runs
``analyze.actors`` takes from a parse, so both agree. How a phrase is read:

1. Find the longest table entry at each word (``table_hits``: organisations, then countries, capitals, sector words;
   sector words also match their plural, which turns a person title into a group).
2. The *head* is the last sector word before the first ``of``/``for``/``at``/``to``/``with``/``in``
   ("Ministry of Mines", "spokesman for the Kremlin"); what follows is the *complement*.
3. Sector: a strong head keeps its own; a weak head ("spokesman") takes the sector of the complement or
   of the nearest modifier that has one ("Pentagon spokesman" -> MIL), else its default. "former" turns
   GOV/MIL/LEG into ELI (PLOVER: former officials).
4. Country: the first country name/adjective, else the country of a seat or capital.
   International organisations have no country and sector IGO (or NGO).
5. A run of capitalised unknown words after a person title is the name ("Russian President Vladimir
   Putin": title "Russian President", name "Vladimir Putin").

``token_runs.code_tokens`` codes a run of parsed tokens the same way (``analyze.actors`` uses it).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from newsgraph.analyze import resources
from newsgraph.analyze.actors import clubs
from newsgraph.analyze.actors.country_modifiers import no_country_of_its_own
from newsgraph.analyze.actors.dictionaries import (
    COMPLEMENT_PREPS,
    DETERMINERS,
    singular,
    tokenize,
)
from newsgraph.analyze.actors.named_countries import (
    FUNCTION_WORDS,
    WHERE_IT_HAPPENED_HEADS,
    gazetteer_places,
    government_leader,
    is_name_word,
    known_patron,
    leader_country,
    named_place_country,
)
from newsgraph.analyze.actors.sector_cues import (
    STATE_BRANCHES,
    coordinated,
    field_of_role,
    leader_kind,
    weakened,
)
from newsgraph.analyze.actors.table_hits import Hit, find_hits
from newsgraph.analyze.actors.us_members import party_state

POSSESSIVE_MARKERS = frozenset({"'s", "’s", "'", "’"})
FORMER = frozenset({"former", "ex", "ex-", "erstwhile", "retired", "ousted", "exiled"})
#: modifiers of an office not (yet) held: "the next president", "a would-be senator", "future Commander in
#: Chief" says what someone may become, not what they are (a candidate is no GOV before taking office)
PROSPECTIVE = frozenset({"next", "future", "prospective", "potential", "possible", "aspiring", "wannabe"})
#: relatives: a relative of an office holder does not hold the office
KIN = frozenset({"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow", "widower",
                 "children", "sons", "daughters", "parents", "family", "grandson", "granddaughter", "grandmother",
                 "grandfather", "nephew", "niece", "cousin", "fiancé", "fiancée", "fiance", "fiancee", "stepson",
                 "stepdaughter", "spouse", "in-law", "girlfriend", "boyfriend"})
#: the office sectors a prospective or possessed title does not give its bearer
OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "BUS"})


#: generic heads that need a name ("the Department of Labor"): alone ("the Department", "INC") they
#: only refer back to an organisation the article named, and are no actor of their own
NEEDS_A_NAME = frozenset({"department", "commission", "council", "agency", "ministry", "party", "company",
                          "firm", "corporation", "corp", "inc", "co", "llc", "ltd", "plc", "news", "committee",
                          "subcommittee", "office", "bureau", "board", "authority", "institute", "state",
                          "group", "association", "foundation", "organization", "organisation", "service"})

#: the legal form that ends a company's name: the name is a business's, whatever describes it
CORPORATE_SUFFIXES = frozenset({"co", "inc", "corp", "corporation", "llc", "ltd", "plc", "gmbh", "ag", "s.a", "sa",
                                "n.v", "nv", "bv", "spa", "s.p.a", "pty", "limited", "lp", "llp"})

#: heads that lead an organisation: of an organisation no table knows ("president of Ceres Robotics",
#: "Lumen Creative president") the head's own default (a president is GOV) is no guess worth making
LEADERSHIP_HEADS = frozenset({"president", "vice president", "vice-president", "chairman", "chairwoman", "chair",
                              "director", "founder", "co-founder", "head", "chief", "owner", "manager",
                              "executive", "managing director", "partner"})

#: last words of a company's name: an organisation named with one of them is a business
COMPANY_ENDINGS = CORPORATE_SUFFIXES | frozenset({
    "labs", "technologies", "technology", "systems", "holdings", "group", "partners", "capital", "ventures",
    "studios", "records", "entertainment", "airlines", "motors", "pharmaceuticals", "industries",
    "enterprises", "brands", "solutions", "software", "networks", "robotics", "communications", "agency",
    "securities", "investments", "advisors", "advisers", "associates", "consulting", "insurance", "financial"})

#: words of an organisation's name that make it no company, whatever its name ends with
NOT_COMPANIES = frozenset({"institute", "university", "college", "school", "academy", "foundation", "center",
                           "centre", "council", "association", "society", "museum", "hospital", "church",
                           "union", "federation", "league", "commission", "department", "ministry", "agency"})

#: heads whose modifier is their subject, not their employer: a "media analyst" is no journalist,
#: a "defense analyst" no soldier; only a named body ("Morgan Stanley analyst") says whom they work for
TOPIC_HEADS = frozenset({"analyst", "economist", "expert", "strategist", "consultant", "researcher",
                         "commentator", "specialist", "scholar", "observer", "historian", "scientist"})

#: where "Chief Executive" is the title of the head of government (Hong Kong, Macau)
CHIEF_EXECUTIVE_STATES = frozenset({"HKG", "MAC"})

#: titles of a race: a "former" one says nothing of what the person is now
CANDIDACIES = frozenset({"candidate", "nominee", "presidential candidate", "presidential nominee"})
#: words that make a role a campaign's (PLOVER: a candidate's campaign is the party's, PTY)
CAMPAIGN_WORDS = frozenset({"campaign", "campaigns"})


def name_range_follows(words: Sequence[str], head: Hit, hi: int) -> bool:
    """Whether a capitalised name follows the title right away ("Representative Peter King")."""
    return head.end < hi and all(is_name_word(w) or w in (".", "-") for w in words[head.end:hi])


#: a committee of a legislature is the legislature's (LEG), whatever its subject
COMMITTEE_HEADS = frozenset({"committee", "subcommittee", "panel", "caucus"})
#: sectors a committee's subject gives it by mistake ("the intelligence committee", "the armed services
#: committee", "the judiciary committee"): committees of a legislature
COMMITTEE_TOPICS = frozenset({"SPY", "MIL", "JUD", "COP"})
LEGISLATURE_WORDS = frozenset({"house", "senate", "congress", "congressional", "parliament", "parliamentary",
                               "legislative", "legislature", "assembly", "commons", "lords", "duma", "knesset"})


@dataclass(frozen=True)
class Coding:
    """What a phrase says about an actor. Any field may be None when the phrase does not say."""

    text: str
    name: Optional[str] = None
    country: Optional[str] = None
    sector: Optional[str] = None
    title: Optional[str] = None
    kind: Optional[str] = None  # person | country | organization | group
    head: Optional[str] = None  # the head title word, singular, lower case ("spokesman")
    plural: bool = False
    #: word ranges (start, end) into the coded words, for callers that map back to tokens
    name_range: Optional[tuple[int, int]] = None
    title_range: Optional[tuple[int, int]] = None
    international: bool = False  # an IGO/NGO named in the phrase
    #: False when the sector is only a weak head's default ("the spokesman": GOV unless told)
    explicit_sector: bool = True
    government_seat: bool = False  # a capital or seat of government ("Moscow", "the Kremlin")

    @property
    def code(self) -> Optional[str]:
        return "".join(p for p in (self.country, self.sector) if p) or None

    def to_json(self) -> dict:
        return {"text": self.text, "name": self.name, "country": self.country,
                "sector": self.sector, "code": self.code, "title": self.title, "kind": self.kind}


def _join(words: Sequence[str], spaces: Sequence[str], start: int, end: int) -> str:
    return "".join(w + s for w, s in zip(words[start:end], spaces[start:end])).strip()


def code_words(words: Sequence[str], spaces: Optional[Sequence[str]] = None) -> Coding:
    """Code a phrase given as words (and the whitespace after each, to rebuild the text).

    A pure function of the words and the shipped tables, so remembered (``CODED``): the same names
    and titles come back with every mention, and across the articles of a batch."""
    return _code_words(tuple(words), tuple(spaces) if spaces is not None else None)


#: how many distinct phrases ``code_words`` remembers (per process; a few MB at most)
CODED = 16384


@resources.cached(maxsize=CODED)
def _code_words(given: tuple[str, ...], given_spaces: Optional[tuple[str, ...]]) -> Coding:
    words = list(given)
    spaces = list(given_spaces) if given_spaces is not None else [" "] * len(words)
    text = _join(words, spaces, 0, len(words))
    lo, hi = 0, len(words)
    while lo < hi and words[lo].lower() in DETERMINERS:
        lo += 1
    while hi > lo and words[hi - 1] in ("'s", "’s", "'", "’", ",", "."):
        hi -= 1
    hi, us_member = party_state(words, lo, hi)
    if lo >= hi:
        return Coding(text)
    hits = [Hit(h.start + lo, h.end + lo, h.kind, h.value, h.plural) for h in find_hits(words[lo:hi])]
    hits = clubs.surname_hits(words, hits, resources.first_name_genders())  # "Rep. Jim Jordan"
    # "president of the Women's Media Center": a civilian group word inside a body's name is no sector of its own
    hits = [h for h in hits if not _group_word_in_name(words, h, lo, hi)]
    club = clubs.club_country(words, lo, hi, hits)
    if club is not None and not us_member:  # "Ottawa Senators", "Real Madrid": no state body
        return Coding(text, name=_join(words, spaces, lo, hi), country=club, kind="organization",
                      explicit_sector=False)
    # "a Washington-based developer": a capital as a location gives a country, not a government
    hits = [Hit(h.start, h.end, "country", (h.value, "adjective")) if h.kind == "capital"
            and [w.lower() for w in words[h.end:h.end + 2]] == ["-", "based"] else h for h in hits]
    # "the Paris victims": a city before a victim noun is where it happened (named_countries.WHERE_IT_HAPPENED_HEADS)
    hits = [h for h in hits if not (h.kind == "capital" and h.end < hi
                                    and words[h.end].lower() in WHERE_IT_HAPPENED_HEADS)]
    # "Spanish-language media", "pro-Israel activists": a language, a stance (``country_modifiers``)
    modifiers = [h for h in hits if no_country_of_its_own(words, h, hits)]
    hits = [h for h in hits if h not in modifiers]
    covered = {i for h in hits + modifiers for i in range(h.start, h.end)}  # no place of its own either

    # the head region ends at the first complement preposition that follows a hit
    split = hi
    for i in range(lo, hi):
        if words[i].lower() in COMPLEMENT_PREPS and i not in covered and any(h.end <= i for h in hits):
            split = i
            break
    hits = [weakened(words, h) for h in hits]
    sector_hits = [h for h in hits if h.kind == "sector"]
    head = next((h for h in reversed(sector_hits) if h.end <= split), None)
    if head is None and split == hi and sector_hits:
        head = sector_hits[-1]
    hits = [h for h in hits if not field_of_role(words, h, head)]

    own = _own_country_hits(words, hits, head)
    # the head's own modifiers first ("C.I.A. director ... in Iraq", "Apple's chief in China")
    country = _country([h for h in own if h.end <= split]) or _country(own)
    international = any(h.kind == "org" and h.value.country is None for h in hits)
    seat = any(h.kind == "capital" or (h.kind == "org" and h.value.kind == "country") for h in hits)
    own_hits = [h for h in hits if not _tied_to_another(words, h, split, head.end if head is not None else lo)]
    sector = _sector(own_hits, head, split)
    explicit = sector is not None and (head is None or head.value.strong or any(
        h is not head and _sector_of(h) for h in own_hits))
    intl = [h for h in hits if h.kind == "org" and h.value.country is None]
    if intl and country is None:
        sector = intl[0].value.sector  # an international body's envoy or judge is the body's
    committee = any(words[i].lower() in COMMITTEE_HEADS for i in range(lo, split))
    if committee and any(words[i].lower() in LEGISLATURE_WORDS for i in range(lo, split)):
        sector = "LEG"  # "the House Intelligence Committee", "a Senate panel": the legislature's
    elif committee and sector in COMMITTEE_TOPICS and head is not None and head.value.kind == "organization" \
            and not any(h.kind == "org" for h in hits):
        sector = "LEG"  # "the intelligence committee": a committee is no spy agency, but a legislature's
    elif head is not None and head.value.kind == "person" and not head.value.strong and split < hi and all(
            any(words[i].lower() in table for i in range(split, hi)) for table in (COMMITTEE_HEADS, LEGISLATURE_WORDS)):
        sector, explicit = "LEG", True  # "a member of the House Intelligence Committee": the legislature's
    if head is not None and _head_word(words, head) in TOPIC_HEADS:
        sector, explicit = _topic_head_sector(words, hits, head, split)
    if head is not None and not explicit and not head.value.strong and head.value.kind == "person":
        sector, explicit = _unknown_employer(words, lo, hi, split, head, hits, covered, sector, explicit)
    if head is not None and not head.plural and head.start > lo and words[head.start - 1].lower() == "state" \
            and _head_word(words, head) in STATE_LEGISLATORS:
        country = country or "USA"  # "State Senator Ada Obi", "state Rep. Jo Lin": of a US state's legislature
    if us_member:
        country = country or "USA"
        if head is None:
            sector, explicit = "LEG", True
    if head is not None and head.value.kind in ("person", "group") and (not head.value.strong or sector == "LAB") \
            and any(words[i] in CAMPAIGN_WORDS for i in range(lo, hi) if not head.start <= i < head.end):
        sector, explicit = "PTY", True  # "campaign officials", "campaign workers", "spokesman for the Feingold
        # campaign": a campaign's staff are its party's, not labour's
    elif head is not None and _campaign_role_of(words, lo, head.start, covered):
        sector, explicit = "PTY", True  # "campaign manager for the senator": the campaign's, not the Senate's
    if head is not None and not head.plural and _head_word(words, head) == "representative" \
            and words[head.start] == "Representative" and head.start == lo and name_range_follows(words, head, hi):
        sector, explicit = "LEG", True  # "Representative Peter King": a member of a legislature
    elif head is not None and not head.value.strong and _head_word(words, head) == "representative" \
            and _job_modifier(words, lo, head.start, covered):
        sector, explicit = None, False  # "a customer service representative", "a sales representative": a job
    elif head is not None and not head.value.strong and _head_word(words, head) == "representative" \
            and head.plural and head.start == lo and head.end == hi:
        sector, explicit = None, False  # "representatives" alone: of whom (delegates, a company's, a union's)?
    if head is not None and _head_word(words, head) == "leader" and not explicit:
        sector, explicit = leader_kind(words, lo, head, covered, sector, explicit)
    if head is not None and head.value.kind == "organization" and head.plural and not head.value.strong \
            and coordinated(words, split, hi):
        sector, explicit = head.value.sector, False  # "the departments of State, Labor and Justice": departments
    if head is not None and _head_word(words, head) in ("authorities", "authority"):
        branch = [h for h in hits if h.end <= head.start and _sector_of(h) in STATE_BRANCHES]
        if branch:
            sector = _sector_of(branch[-1])  # "law enforcement authorities": the police's, "military authorities"
    if sector in (None, "LAB") and any(h.kind == "party word" for h in hits):
        sector, explicit = "PTY", True  # "Christian Democratic Union": a party, not a labour union
    if sector == "SPY" and any(h.kind == "sector" and h.value.sector == "COP" for h in hits):
        sector = "COP"  # "the police intelligence unit": a unit of the police
    if head is not None and _head_word(words, head) == "chief executive" and country in CHIEF_EXECUTIVE_STATES \
            and not any(h.kind == "org" for h in hits):
        sector = "GOV"  # "Hong Kong Chief Executive Carrie Lam": the head of its government
    if sector in OFFICE_SECTORS and head is not None and (_prospective(words, lo, head.start)
                                                          or _title_of_another(words, head, hi, hits, lo)):
        sector, explicit = None, False  # "the next president", "Senator Ted Cruz's wife": not the bearer's office
        if _related(words, lo, head.start, RELATIONS):
            country = None  # "a close friend of Israeli Prime Minister ...": a friend is of anywhere
    elif sector in ("GOV", "MIL", "LEG") and any(words[i].lower() in FORMER for i in range(lo, head.start if head else hi)):
        sector = "ELI"
    elif head is not None and _head_word(words, head) in CANDIDACIES and any(
            words[i].lower() in FORMER for i in range(lo, head.start)):
        sector, explicit = None, False  # "the former Democratic candidate": the race is over, the title says
        # nothing of what they are now (the knowledge base may: a senator again)
    elif sector is None and head is not None and head.value.kind == "person" and not head.plural \
            and any(words[i].lower() == "retired" for i in range(lo, head.start)) \
            and not any(h.kind in ("org", "country", "capital") for h in hits):
        sector, explicit = "CVL", True  # "a retired customer service representative": a retiree, of no institution

    # the name: capitalised unknown words after the last hit (a person's name after the title)
    name_range = None
    last_hit_end = max((h.end for h in hits), default=lo)
    if head is not None and head.value.kind == "person" and not head.plural and last_hit_end <= split:
        j = last_hit_end
        while j < hi and words[j] in (",", "."):
            j += 1
        if j < hi and all(is_name_word(w) or w in ("-", ".") for w in words[j:hi]) and is_name_word(words[j]):
            name_range = (j, hi)

    if country is None and head is not None and head.value.kind == "person" and not head.value.strong:
        patron = known_patron(words, [i for i in range(lo, hi) if i != head.start and _unknown_name_word(words, i, covered)
                                 and not (name_range and name_range[0] <= i < name_range[1])])
        country = leader_country(patron) if patron else None  # "Obama adviser", "aide to Mr. Netanyahu"
    leader = head is not None and _head_word(words, head) in GOVERNMENT_HEADS and government_leader(words, lo, head.start, covered)
    if country is None and leader:
        country = leader_country(leader)  # "the Obama administration", not the town of Obama, Japan
    if country is None and head is not None and not leader and not known_organization(words, lo, hi):
        country = named_place_country(words, lo, name_range[0] if name_range else hi, covered)
        # "mayor of Sioux Falls", "Ohio lawmakers"; not "Time magazine", which the base knows (Time, Norway)
    kind, name, title, title_range = _kind_name_title(words, spaces, lo, hi, hits, head, name_range, seat)
    if us_member and kind is None and name:
        kind = "person"  # "Amy Klobuchar, D-Minn."
    return Coding(
        text=text, name=name, country=country if not (international and country is None) else None,
        sector=sector, title=title, kind=kind,
        head=_head_word(words, head), plural=bool(head and head.plural), name_range=name_range,
        title_range=title_range, international=international and country is None, government_seat=seat,
        explicit_sector=explicit,
    )


#: titles of a state legislator that only the US states use ("State Senator", "state Rep."): other
#: federations' state legislators are deputies, assembly members or MLAs
STATE_LEGISLATORS = frozenset({"senator", "sen", "rep", "representative"})


def _group_word_in_name(words: Sequence[str], h: Hit, lo: int, hi: int) -> bool:
    """Whether a civilian group word ("Women", "Citizens") is a capitalised word inside a longer name
    ("the Women's Media Center", "the Parents Television Council"), not a group of people."""
    return h.kind == "sector" and h.value.sector == "CVL" and (h.plural or h.value.kind == "group") \
        and lo < h.start and h.end < hi \
        and words[h.start][:1].isupper() and (words[h.end] in POSSESSIVE_MARKERS or is_name_word(words[h.end]))


def _prospective(words: Sequence[str], lo: int, start: int) -> bool:
    """Whether an office title is one not yet held ("next", "future", "would-be" before the head)."""
    lowered = [w.lower() for w in words[lo:start]]
    return bool(PROSPECTIVE & set(lowered)) or any(
        lowered[i:i + 3] == ["would", "-", "be"] for i in range(len(lowered))) or "would-be" in lowered


def _title_of_another(words: Sequence[str], head: Hit, hi: int, hits: list[Hit], lo: int = 0) -> bool:
    """Whether the title names a relative of the office holder ("Senator Ted Cruz's wife", "the
    governor's son", "the wife of Senator Cole"): the office is the holder's, not the relative's ("the
    governor's office" stays his)."""
    marks = [i for i in range(head.end, hi) if words[i] in POSSESSIVE_MARKERS]
    if marks and any(words[i].lower() in KIN for i in range(marks[-1] + 1, hi)):
        return True
    return _related(words, lo, head.start, KIN | RELATIONS)


#: people named by their tie to someone, not by an office ("a close friend of the prime minister", "an ally
#: of President Ruiz"): like kin, they hold no office of the one they are tied to, nor need share a country
RELATIONS = frozenset({"friend", "friends", "ally", "allies", "confidant", "confidante", "admirer", "admirers",
                       "critic", "critics", "rival", "rivals", "opponent", "opponents"})


def _related(words: Sequence[str], lo: int, start: int, relations: frozenset) -> bool:
    """Whether a relation word before the head leads to it through a complement ("wife of", "ally of")."""
    kin = [i for i in range(lo, start) if words[i].lower() in relations]
    return bool(kin) and any(words[i].lower() in COMPLEMENT_PREPS for i in range(kin[0] + 1, start))


def _tied_to_another(words: Sequence[str], h: Hit, split: int, after: int) -> bool:
    """Whether a hit of the complement names the one a relation after the head ties the bearer to ("a leader
    in Dayton and close friend of Gov. Ray Alden", "a community organizer and ally of Senator Cole"): the
    governor's office is the friend's, not the bearer's."""
    return h.start >= split and any(words[i].lower() in RELATIONS | KIN and words[i + 1].lower() in COMPLEMENT_PREPS
                                    for i in range(after, h.start - 1))


def _campaign_role_of(words: Sequence[str], lo: int, start: int, covered: set) -> bool:
    """Whether a campaign role comes before a complement preposition that leads to the head
    ("campaign adviser to the governor"): the role is the person's, the office holder is the patron."""
    for i in range(lo, start):
        if words[i].lower() in CAMPAIGN_WORDS and i not in covered:
            return any(words[j].lower() in COMPLEMENT_PREPS for j in range(i + 1, start))
    return False


#: lower-case words before "representative" that keep it an office ("state representative", "trade representative")
OFFICE_MODIFIERS = frozenset({"state", "trade", "special", "permanent", "high", "u.s.", "house", "district", "elected"})


def _job_modifier(words: Sequence[str], lo: int, start: int, covered: set) -> bool:
    """Whether a lower-case word no table knows says what a representative deals with ("sales",
    "customer service"): a job in a business, no member of a legislature nor an envoy."""
    k = start - 1
    return k >= lo and k not in covered and words[k].isalpha() and words[k].islower() \
        and words[k] not in OFFICE_MODIFIERS and words[k] not in FORMER and words[k] not in DETERMINERS


def _unknown_employer(words, lo, hi, split, head: Hit, hits, covered, sector, explicit):
    """A weak head whose sector is only its default, of an organisation no table knows: BUS when the
    name ends like a company's ("president of Ceres Robotics Inc."), else no sector where the head
    leads it ("president of Lumen Creative"; a president is GOV only of a state) or speaks for it
    ("spokesman for Acme"). A place is no such organisation ("spokesman for Dallas")."""
    after = [i for i in range(split + 1, hi) if _unknown_name_word(words, i, covered)]
    leads = _head_word(words, head) in LEADERSHIP_HEADS
    before = [i for i in range(lo, head.start) if _unknown_name_word(words, i, covered)] if leads else []
    names = after or before
    if not names or head.value.sector not in (None, "GOV"):
        return sector, explicit  # a publisher of an unknown title is still JRN
    if known_patron(words, names):
        return sector, explicit  # "adviser to Mr. Netanyahu": a person's, not an organisation's
    if any(words[i].lower().rstrip(".") in COMPANY_ENDINGS for i in names) and \
            not any(words[i].lower() in NOT_COMPANIES for i in names):
        return "BUS", True  # "Ceres Robotics Inc.", not "the Massachusetts Institute of Technology"
    if _head_word(words, head) in PORTFOLIO_HEADS and any(words[i].lower().endswith(PORTFOLIO_ENDINGS) for i in names):
        return sector, explicit  # "Undersecretary for Political Affairs (Wendy Sherman)": a portfolio, no employer
    run = " ".join(words[names[0]:names[-1] + 1])
    if not after and not leads:
        return sector, explicit
    if gazetteer_places().lookup(run) or any(gazetteer_places().lookup(words[i]) for i in names if len(names) == 1):
        return sector, explicit
    return None, False


#: heads of a government's portfolio, and the endings of a portfolio's field ("Secretary for Political
#: Affairs", "Undersecretary for Management", "Minister of Public Security")
PORTFOLIO_HEADS = frozenset({"secretary", "undersecretary", "under secretary", "under-secretary", "minister"})
PORTFOLIO_ENDINGS = ("affairs", "management", "security", "defense", "defence", "policy", "relations", "trade",
                     "energy", "health", "education", "justice", "finance", "development", "administration")
#: capitalised words of a title that are no organisation's name ("Former President", "Mr. Clinton")
TITLE_WORDS = FORMER | frozenset({"acting", "interim", "deputy", "vice", "senior", "assistant", "associate",
                                  "executive", "chief", "then", "first", "new", "incoming", "outgoing", "late",
                                  "founding", "honorary", "current", "mr", "mrs", "ms", "dr", "miss", "sir",
                                  "dame", "prof", "president", "general"})


def _unknown_name_word(words: Sequence[str], i: int, covered: set) -> bool:
    return i not in covered and is_name_word(words[i]) and words[i].lower().rstrip(".") not in TITLE_WORDS


def _topic_head_sector(words, hits, head: Hit, split: int):
    """An analyst's or economist's sector: that of a named body they work for (before the head, or
    in the complement), not of the lower-case subject words ("media analyst")."""
    for h in hits:
        if h is head or h.kind in ("country", "capital") or h.kind == "sector" and h.start < split \
                and not words[h.start][:1].isupper():
            continue  # a place says where they work ("analyst ... in London"), not for whom
        found = _sector_of(h)
        if found:
            return found, True
    return head.value.sector, False


def _head_word(words, head: Optional[Hit]) -> Optional[str]:
    if head is None:
        return None
    parts = [w.lower() for w in words[head.start:head.end]]
    if head.plural:
        parts[-1] = singular(parts[-1]) or parts[-1]
    return " ".join(parts).replace(" - ", "-").rstrip(".")  # "Gov." is the governor's title


#: a diplomat's title names the state they are sent *to* after "to": "envoy to Ukraine" is no Ukrainian
DIPLOMAT_HEADS = frozenset({"envoy", "ambassador", "emissary", "consul", "special envoy", "special representative",
                            "representative", "consul general", "chargé d'affaires", "charge d'affaires"})


#: prepositions that introduce what a title is about ("adviser on Syria", "expert on Russia")
TOPIC_PREPS = frozenset({"on", "about", "regarding"})


def _own_country_hits(words: Sequence[str], hits: list[Hit], head: Optional[Hit]) -> list[Hit]:
    """The hits that may give a phrase its country: not the host state of a diplomat ("the US envoy
    to Ukraine" is American, "a former special envoy to Ukraine" of no country the title tells), nor
    the subject of a title ("an expert on Russia")."""
    # "adviser on Syria", "an expert on Russia at the Wilson Center": the subject, not the state
    hits = [h for h in hits if not (h.kind in ("country", "capital") and h.start > 0
                                    and words[h.start - 1].lower() in TOPIC_PREPS)]
    if head is None:
        return hits
    word = _head_word(words, head) or ""
    if word.endswith(" to") and word[:-3] in DIPLOMAT_HEADS:  # the table's "ambassador to"
        return [h for h in hits if h.start < head.end]
    if word in DIPLOMAT_HEADS and head.end < len(words) and words[head.end].lower() == "to":
        return [h for h in hits if h.start < head.end]
    return hits


def _country(hits: list[Hit]) -> Optional[str]:
    for h in hits:
        if h.kind == "country":
            return h.value[0]
    for h in hits:
        if h.kind == "capital":
            return h.value
        if h.kind == "org" and h.value.country:
            return h.value.country
    return None


def _sector_of(h: Hit) -> Optional[str]:
    if h.kind == "sector":
        return h.value.sector
    if h.kind == "org":
        return h.value.sector
    if h.kind == "capital":
        return "GOV"
    return None


def _sector(hits: list[Hit], head: Optional[Hit], split: int) -> Optional[str]:
    if head is not None and head.value.strong:
        return head.value.sector
    others = [h for h in hits if h is not head and _sector_of(h)]
    complement = [h for h in others if h.start >= split]
    # a person's title before the head is no institution ("deputy director", "spokesman Lt.")
    before = [h for h in others if h.end <= (head.start if head else split)
              and not (head is not None and h.kind == "sector" and h.value.kind == "person" and not h.value.strong)]
    # of the modifiers, the nearest that names an institution: "police spokesman Lt." is the police's,
    # "the Dayton Police Department commander" too (a department's GOV is a default)
    if head is not None and head.value.sector == "JRN":
        before = [h for h in before if not _seat(h)]  # "Washington managing editor": a journalist's bureau
    named = [h for h in before if _names_institution(h)]
    for group in (complement[:1], list(reversed(named or before))[:1]):
        if group:
            return _sector_of(group[0])
    if head is not None:
        return head.value.sector
    return None


def _seat(h: Hit) -> bool:
    """Whether a hit is a capital or a seat of government ("Washington", "the White House", "the Kremlin")."""
    return h.kind == "capital" or h.kind == "org" and h.value.kind == "country"


def _names_institution(h: Hit) -> bool:
    return h.kind != "sector" or h.value.strong


def _kind_name_title(words, spaces, lo, hi, hits, head, name_range, seat):
    """(kind, name, title, title_range) of a phrase."""
    whole = _join(words, spaces, lo, hi)
    if name_range:
        title_range = (lo, name_range[0])
        title = _join(words, spaces, lo, name_range[0]).rstrip(",").strip() or None
        return "person", _join(words, spaces, *name_range), title, title_range
    if head is not None:
        kind = head.value.kind
        if kind in ("person", "organization") and head.plural:  # "officials", "companies"
            kind = "group"
        if kind == "person":
            return "person", None, whole, (lo, hi)
        # a named organisation ("Chile's Ministry of Mines") keeps its text as its name
        capitalised = any(words[i][:1].isupper() for i in range(head.start, head.end))
        return kind, (whole if capitalised else None), None, None
    # without a title word the phrase is a name: all of it, or a name plus capitalised words
    # ("United States Conference of Mayors"); "talks with Norway" is neither
    named = [h for h in hits if h.kind in ("org", "capital", "country")]
    if named:
        first = named[0]
        rest = [w for i, w in enumerate(words[lo:hi], lo) if not any(h.start <= i < h.end for h in named)]
        proper = all(is_name_word(w) or w.lower() in FUNCTION_WORDS for w in rest)
        if len(named) == 1 and not rest:
            if first.kind == "org":
                return first.value.kind, first.value.name, None, None
            if first.kind == "capital":
                return "country", whole, None, None
            if first.value[1] == "name":
                return "country", whole, None, None
            last = words[first.end - 1]
            if last.endswith("s") or last.lower() in ("chinese", "japanese", "swiss", "french", "british", "dutch"):
                return "group", None, None, None  # "Ukrainians", "the French"
            return None, None, None, None
        if not rest and named[-1].kind == "org" and all(h.kind == "country" for h in named[:-1]):
            return named[-1].value.kind, named[-1].value.name, None, None  # "the Chinese CDC"
        if rest and proper and words[lo][:1].isupper():
            return "organization", whole, None, None
        return None, None, None, None
    if all(is_name_word(w) for w in words[lo:hi]):
        return None, whole, None, None
    return None, None, None, None


def known_organization(words: list[str], lo: int, hi: int) -> bool:
    """Whether the words are the whole name of an organisation the shipped base knows ("Time magazine"):
    its entry codes it, a place among its words says nothing."""
    from newsgraph.analyze.actors import kb

    return kb.normal_name(" ".join(words[lo:hi])) in kb.shipped_organizations()


def code_phrase(text: str) -> Coding:
    """Code a free-standing actor phrase: "American warplanes" -> USA MIL group."""
    toks = tokenize(text)
    words = [w for w, _, _ in toks]
    spaces = [text[end:toks[k + 1][1]] if k + 1 < len(toks) else "" for k, (_, _, end) in enumerate(toks)]
    coding = code_words(words, spaces)
    return Coding(**{**coding.__dict__, "text": text.strip()})


#: heads of a noun phrase that name a country's government ("the Russian government")
GOVERNMENT_HEADS = frozenset({"government", "administration", "regime", "cabinet", "authorities",
                              "authority", "leadership"})
