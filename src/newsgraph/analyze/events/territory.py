"""Whether a phrase that holds a place names that place, so that the place may stand for its country.

A place acted on stands for its country's actor ("shelled Luhansk", "occupied most of Luhansk", "attacked a
market in X": ``actors._territory_actor``). A phrase that only holds a place's name does not: a person of the
place ("removed the mayor of Roanoke, Virginia"), a thing named after it ("the deadliest shooting in modern
U.S. history"), a street or building whose name holds it ("marched down Michigan Avenue"). Counted on the
development event labels (released sets 10-15, evlab11/15/16/17, cal13; README "Events"): every such
country recipient the labels judge was wrong (the mayor, the history, the avenue).

Pure functions over spaCy tokens.
"""
from __future__ import annotations

from newsgraph.analyze.events.participants import QUANTITY_HEADS, TARGET_PLACES

#: words for land or a part of it, whose "of" phrase or name is the place itself ("parts of X", "the streets of
#: X", "the X region"; a place or building an attack is aimed at: ``participants.TARGET_PLACES``)
LAND = frozenset({"part", "rest", "half", "much", "swath", "swathe", "chunk", "portion", "bulk", "land", "soil",
                  "airspace", "water", "coast", "coastline", "outskirt", "street", "north", "south", "east", "west",
                  "northeast", "northwest", "southeast", "southwest", "center", "centre", "capital", "state",
                  "country", "nation", "island", "county", "city", "town", "village", "region", "province",
                  "area", "district", "territory", "border", "frontier", "countryside", "heartland", "suburb",
                  "neighborhood", "neighbourhood", "enclave", "zone", "front", "peninsula", "valley", "mountain",
                  "desert", "sea", "gulf", "strait", "river", "corridor", "pocket", "belt"})


def names_the_place(phrase, places: dict) -> bool:
    """Whether the phrase ``phrase`` is a place of ``places`` (token index -> place) or land, a site or a
    quantity of them ("most of Luhansk", "the city of X", "a market in X", "four regions"), not a person,
    thing or named street that only holds a place's name ("the mayor of X", "modern U.S. history")."""
    head = phrase.root
    if places.get(head.i) is not None or head.like_num:
        return True
    lemma = head.lemma_.lower()
    return lemma in LAND or lemma in TARGET_PLACES or lemma in QUANTITY_HEADS or head.lower_ in TARGET_PLACES
