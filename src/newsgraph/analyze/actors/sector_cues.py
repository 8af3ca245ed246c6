"""Sector cues: which word of a title or group phrase decides its sector, and which cues are too weak to give
one. ``coding`` asks these once it has found a phrase's head:

- a "leader" is a state's (GOV) only where no lower-case word says it leads something else ("a feminist
  leader", "community leaders": none) and a legislature's where a word says so ("majority leader": LEG);
- "Government" of "Government Affairs" or "Government Relations" names an employer's lobbying department;
- a field of work before a role ("media adviser") is no employer;
- an advisory body ("the DFER advisory council") has no default sector of its own;
- plural bodies before a coordination ("the departments of State, Labor and Justice") are of the head's kind;
- a state branch before "authorities" ("law enforcement authorities": COP) decides.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Optional

from newsgraph.analyze.actors.dictionaries import DETERMINERS, SectorRow
from newsgraph.analyze.actors.named_countries import LEVEL_ADJECTIVES, QUANTIFIERS
from newsgraph.analyze.actors.table_hits import Hit

#: lower-case words before "leader" that say it leads a legislature ("majority leader", "congressional leaders")
LEGISLATIVE_MODIFIERS = frozenset({"majority", "minority", "congressional", "parliamentary", "legislative", "floor"})
#: lower-case words before "leader" that leave it a state's leader (GOV): a level or reach of government,
#: rank, time in office; any other word no table knows says what else is led ("feminist leader",
#: "community leaders", "rights leaders", "team leader"), of no sector we can tell
STATE_LEADER_MODIFIERS = LEVEL_ADJECTIVES | QUANTIFIERS | frozenset({
    "former", "ex", "retired", "ousted", "exiled", "erstwhile", "next", "future", "prospective", "potential",
    "possible", "aspiring",
    "world", "foreign", "global", "international", "regional", "elected", "political", "government", "governing",
    "de", "facto", "authoritarian", "supreme", "top", "senior", "deputy", "acting", "interim", "new", "current",
    "then", "outgoing", "incoming", "longtime", "veteran", "western", "eastern", "northern", "southern",
    "african", "arab", "asian", "european", "state", "provincial", "city", "county", "district", "tribal",
    "their", "its", "our", "his", "her", "your", "my", "whose", "which", "such", "nation", "country", "nation's",
    "country's", "other", "key", "main", "chief", "leading", "great",
    "powerful", "strong", "weak", "communist", "democratic", "military", "opposition", "party"})


def leader_kind(words, lo: int, head: Hit, covered: set, sector, explicit):
    """A "leader" whose sector is only the head's default (GOV): a legislature's where a word says so
    ("majority leader", "congressional leaders": LEG), none where a lower-case word no table knows says
    it leads something other than a state ("a feminist leader", "community leaders")."""
    k = head.start - 1
    while k >= lo and words[k] in ("-", ","):
        k -= 1
    if k < lo or k in covered or not words[k].isalpha():
        return sector, explicit
    if words[k].lower() in LEGISLATIVE_MODIFIERS:
        return "LEG", True  # "House Minority Leader", "the majority leader"
    if not words[k].islower():
        return sector, explicit
    if words[k] in STATE_LEADER_MODIFIERS or words[k] in DETERMINERS:
        return sector, explicit
    return None, False


#: the state branches an "authorities" takes from its modifier ("law enforcement authorities": COP)
STATE_BRANCHES = frozenset({"COP", "MIL", "JUD", "SPY", "LEG"})
#: words after "government" in the name of an employer's department of lobbying ("Director of Government
#: Affairs", "Government Relations"): the department deals with governments, it is none
DEPARTMENT_ENDINGS = frozenset({"affairs", "relations"})
#: lower-case words before a person's role that name the field of the job, not an employer: a "media
#: adviser" or "media consultant" buys a campaign's advertising, no journalist (PLOVER JRN)
FIELD_WORDS = frozenset({"media"})
#: words before a body's head that make it advise whoever formed it ("an advisory council"): of no
#: sector of its own (a council's default GOV is no guess), its founder's when a table knows it
ADVISORY_WORDS = frozenset({"advisory", "advisers'", "advisors'"})


def field_of_role(words: Sequence[str], h: Hit, head: Optional[Hit]) -> bool:
    """Whether ``h`` is a word that names a field of work or a department, no institution: a lower-case
    "media" before a person's role ("senior media adviser"), "Government" of "Government Affairs"."""
    if h.kind == "sector" and h.value.sector == "GOV" and h.value.kind == "organization" and h.end < len(words) \
            and words[h.start].lower() in ("government", "governmental") and words[h.end].lower() in DEPARTMENT_ENDINGS:
        return True
    return h.kind == "sector" and head is not None and h is not head and head.value.kind == "person" \
        and h.end <= head.start and words[h.start] in FIELD_WORDS


def weakened(words: Sequence[str], h: Hit) -> Hit:
    """A weak body word after "advisory" ("the DFER advisory council", "an advisory board") keeps its kind
    and loses its default sector."""
    if h.kind == "sector" and not h.value.strong and h.value.kind == "organization" and h.value.sector \
            and (words[h.start].lower() in ADVISORY_WORDS or h.start > 0 and words[h.start - 1].lower() in ADVISORY_WORDS):
        return Hit(h.start, h.end, h.kind, SectorRow(None, h.value.kind, False, h.value.plural_names_group), h.plural)
    return h


def coordinated(words: Sequence[str], split: int, hi: int) -> bool:
    """Whether the complement after ``split`` coordinates several names ("of State, Labor and Justice")."""
    rest = [w.lower() for w in words[split + 1:hi]]
    return split < hi and ("and" in rest or "," in rest) and words[split].lower() == "of"
