"""The article's own state: what a bare "the government" or "the country" stands for.

News names its main country once and then says "the government", "the country", "the ministry". The
actor stage leaves such a phrase uncoded (it names no country). When an event's doer or target is such a
definite generic phrase and nothing else in the parse names it, it is the article's salient state: the
country whose actors the article mentions most; of countries mentioned equally often, the one the
headline or the lead (the dateline's place) names first, else none. The
stand-in is an actor the index already has (``ActorLookup.country_actor``): the country's government
for a government word, its sector's actor for "the army" / "the police" when the article has one, else
the country. Nothing is created.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Optional

from newsgraph.model import Actor

#: generic nouns that stand for a state -> the sector of the state's actor they name (None: the country)
GENERIC_STATE = {
    "government": "GOV", "administration": "GOV", "regime": "GOV", "cabinet": "GOV", "ministry": "GOV",
    "authorities": "GOV", "junta": "GOV",
    "country": None, "nation": None,
    "army": "MIL", "military": "MIL",
}
LEAD = 400  # characters of headline and lead, where a dateline and the story's main country stand
#: modifiers that keep the phrase about the state itself ("the federal government", "the health
#: ministry"); others make it someone else's ("the local government", "the previous regime")
STATE_MODIFIERS = {"federal", "central", "national", "interim", "transitional", "new", "current", "ruling",
                   "military", "caretaker", "incumbent", "whole", "entire"}


class ListedActors(dict[str, Actor]):
    """The story's actors by id (final: the events stage adds no mention), with every actor's number of
    mentions in ascending order, found once: how many actors the story names more often than one is a
    binary search (``mentioned_more``), where a count over every actor for each recipient candidate made
    a story of thousands of actors quadratic."""

    def __init__(self, actors: Iterable[Actor]):
        super().__init__((a.id, a) for a in actors)
        self.mention_counts = sorted(len(a.mentions) for a in self.values())


def mentioned_more(listed: Mapping[str, Actor], count: int) -> int:
    """How many actors of ``listed`` have more than ``count`` mentions."""
    if isinstance(listed, ListedActors):
        return len(listed.mention_counts) - bisect_right(listed.mention_counts, count)
    return sum(1 for other in listed.values() if len(other.mentions) > count)


class Salience:
    """Countries ranked by how often the article mentions their actors (people, bodies, the country)."""

    def __init__(self, actors) -> None:
        self.actors = actors
        self.counts: Counter = Counter()
        self.first: dict = {}
        for actor in actors.to_list():
            if actor.country and actor.sector != "BUS" and actor.mentions:
                self.counts[actor.country] += len(actor.mentions)
                start = min(m.start for m in actor.mentions)
                self.first[actor.country] = min(start, self.first.get(actor.country, start))

    def state(self, avoid: Optional[str] = None) -> Optional[str]:
        """The salient country's ISO3 code (``avoid`` left out: a doer's own country as a target), or
        None when no country is clearly ahead."""
        ranked = sorted(((-n, self.first[iso3], iso3) for iso3, n in self.counts.items() if iso3 != avoid))
        if not ranked:
            return None
        tied = len(ranked) > 1 and ranked[1][0] == ranked[0][0]
        if tied and ranked[0][1] >= LEAD:
            return None  # equally often, neither named in the lead: no country is the story's own
        return ranked[0][2]

    def stand_in(self, token, avoid: Optional[str] = None) -> Optional[Actor]:
        """The actor a definite generic state phrase headed by ``token`` stands for, else None."""
        if not is_generic_state(token):
            return None
        iso3 = self.state(avoid)
        if iso3 is None:
            return None
        sector = GENERIC_STATE[_word(token)]
        for key in ((sector,) if sector == "GOV" else (sector, "GOV") if sector else ()) + (None,):
            actor = self.actors.country_actor(iso3, key)
            if actor is not None:
                return actor
        return None


def is_generic_state(token) -> bool:
    """"the government", "the country", "the federal government", "the health ministry", "authorities"; not "a
    government", "the government of X", "its government", "the local government", "countries"."""
    lemma = _word(token)
    if token.pos_ != "NOUN" or lemma not in GENERIC_STATE:
        return False
    if lemma != "authorities" and token.tag_ not in ("NN",):
        return False  # "countries", "governments": many states, not the article's own
    determiner = False
    for child in token.children:
        if child.dep_ == "det":
            determiner = child.lower_ == "the"
            if not determiner:
                return False
        elif child.dep_ in ("poss", "nummod", "appos"):
            return False
        elif child.dep_ == "prep" and child.lower_ in ("of", "in", "from"):
            return False  # "the government of X": X's, which the actor stage reads itself
        elif child.dep_ == "amod" and child.lower_ not in STATE_MODIFIERS:
            return False
        elif child.dep_ == "compound" and (child.pos_ != "NOUN" or lemma in ("country", "nation")):
            return False  # "the Kenyan ministry" is coded by the actor stage; "the host country" is not ours
    return determiner or (lemma == "authorities" and not any(c.dep_ == "det" for c in token.children))


def _word(token) -> str:
    """The generic word: the lemma, but "authorities" (a state's organs) is not "authority"."""
    lemma = token.lemma_.lower()
    return "authorities" if lemma == "authority" and token.tag_ == "NNS" else lemma
