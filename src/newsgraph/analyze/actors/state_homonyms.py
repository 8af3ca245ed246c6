"""Georgia the US state, not the country of that name.

The country table knows "Georgia" as the Caucasian republic (GEO); American news names the US state far
more often ("Sen. Jo Lin of Georgia", "Arizona and Georgia", "the Georgia Institute of Technology"). In
the development stories every actor coded GEO was the state's (five of five). A story that names none of
the country's own marks (its capital, its breakaway regions, its leaders, its government's offices) speaks of the state when it is
set in the United States, and an institution named after Georgia ("Georgia Institute of Technology",
"University of Georgia") is the state's in any story without those marks. The state is then no actor of
its own (no other US state is one: "Arizona" is a place), and those it coded GEO are American.
"""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.model import Actor

#: a US state's name that the country table gives to a country, and that country's code
HOMONYMS = {"Georgia": "GEO"}
#: words that show the country is meant: its capital, regions, leaders of the decade, its offices and bodies
#: (the state's own people are "Georgians" too: only the country's offices and bodies count)
_OFFICES = r"(?:prime minister|president|government|parliament|foreign minist\w*|defen[cs]e minist\w*|army|military|troops)"
COUNTRY_MARKS = {"GEO": re.compile(r"\b(Tbilisi|Abkhaz\w*|Ossetia\w*|Caucas\w*|Saakashvili|Ivanishvili|Margvelashvili|"
                                   r"Kvirikashvili|Garibashvili|Zourabichvili|Kobakhidze|Batumi|Kutaisi|"
                                   rf"Georgia's {_OFFICES}|Georgian {_OFFICES})")}
#: an institution named after the state: "Georgia Institute of Technology", "Georgia Tech", "Georgia State
#: University", "University of Georgia"
INSTITUTION = r"(?:{name}(?: State)? (?:Institute|Tech\b|University|College)|University of {name}\b)"


def settle_state_homonyms(index: ActorIndex, text: str, setting: Optional[str]) -> None:
    """Recode what a US state's country homonym coded (see the module docstring): in a story set in the
    US, the state is no actor and whoever it coded is American (the country's own marks would have kept
    it); elsewhere only those an institution named after the state describes."""
    for name, country in HOMONYMS.items():
        if country == setting or COUNTRY_MARKS[country].search(text):
            continue
        institution = re.compile(INSTITUTION.format(name=re.escape(name)))
        for actor in list(index.actors):
            if actor.country != country:
                continue
            if actor.kind == "country":
                if setting == "USA" and actor.name == name:
                    index.remove(actor)  # the state: a place, as "Arizona" is
            elif setting == "USA" or _named_by(actor, institution):
                actor.country = "USA"


def _named_by(actor: Actor, pattern: re.Pattern) -> bool:
    """Whether the actor's title or one of its mentions holds the pattern."""
    return any(pattern.search(text) for text in [actor.title or "", *(m.text for m in actor.mentions)])
