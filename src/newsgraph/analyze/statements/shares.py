"""Poll shares as sources: "46 percent said", "three in 10 said", "a majority of Democrats say".

A share of a population speaks for that population (a poll's finding, a belief frame): the group
named with it ("79 percent of Democrats" is the Democrats), or, when none is named, the
population the story's poll asks -- the group of voters, Americans, respondents ... mentioned
last before the source ("A poll of 1,200 registered voters ... Forty-six percent said ..."). Only
reads the final actor index (``ActorLookup``); never creates an actor.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.stages import ActorLookup
from newsgraph.model import Actor

#: nouns that make a noun phrase a share of a population
SHARE_NOUNS = frozenset({"percent", "%", "majority", "plurality", "minority", "half", "third", "thirds", "quarter",
                         "quarters", "fifth", "fifths", "percentage"})
#: the last word of a group actor that a poll asks (the population a bare share belongs to)
POPULATIONS = frozenset({"voters", "americans", "respondents", "adults", "residents", "citizens", "democrats",
                         "republicans", "independents", "electorate", "public", "people", "members", "caucusgoers"})


def is_share(span) -> bool:
    """"46 percent", "three in 10", "a large majority": a share of some population."""
    root = span.root
    if root.lower_ in SHARE_NOUNS:
        return True
    # "three in 10", "six in 10": a number with "in" and a number after it
    doc = span.doc
    return root.like_num and (any(c.lower_ == "in" and any(g.like_num for g in c.children) for c in root.children)
                              or root.i + 2 < len(doc) and doc[root.i + 1].lower_ == "in" and doc[root.i + 2].like_num
                              or root.i >= 2 and doc[root.i - 1].lower_ == "in" and doc[root.i - 2].like_num)


def share_population(span, actors: ActorLookup) -> Optional[Actor]:
    """The population a share source speaks for (see the module docstring), or None."""
    if not is_share(span):
        return None
    doc = span.doc
    root = span.root
    for prep in (c for c in root.children if c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            actor = actors.resolve(doc[obj.left_edge.i:obj.i + 1])
            if actor is not None and actor.kind in ("group", "organization"):
                return actor  # "79 percent of Democrats"
            return None  # a population the index does not hold: no guess
    best: Optional[tuple[int, Actor]] = None
    for actor in actors.to_list():
        if actor.kind != "group" or actor.name.split()[-1].lower() not in POPULATIONS:
            continue
        before = [m.start for m in actor.mentions if m.end <= span.start_char]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), actor)
    return best[1] if best is not None else None
