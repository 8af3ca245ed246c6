"""Products named after their maker: "Apple Watch", "Ascom Unite Connect", "Stadia Pro"; and stock
market indices ("the Sensex", "the Kospi Index", "the Shanghai Composite"), which are measures, not actors.

A name that opens with the name of a company (an organisation of the article, or one the tables know
as a business) and goes on with capitalised words that are no organisation's ending ("... Services",
"... Healthcare"), no title or sector word, no place ("Ascom North America") and no acronym ("CBS DFW")
is the company's product, not an actor. Names the tables or the knowledge base know are kept.
"""
from __future__ import annotations

from newsgraph.analyze.actors import dictionaries
from newsgraph.analyze.actors.names import ORGANIZATION_ENDINGS

#: more endings of business units' names ("GE Healthcare", "Samsung Electronics")
UNIT_ENDINGS = frozenset({"healthcare", "health", "electronics", "research", "energy", "motor", "radio", "labs",
                          "cloud", "studios", "games", "pharma", "bio", "aerospace", "defense", "defence"})


def prune_products(index) -> None:
    """Drop the organisations and one-name "persons" that are a company's product (see the module)."""
    from newsgraph.analyze.actors import kb

    makers = {a.name for a in index.actors if a.kind == "organization"}
    for actor in list(index.actors):
        words = actor.name.split()
        if actor.kind not in ("organization", "person") or len(words) < 2 or actor.title:
            continue
        if dictionaries.organization(actor.name) is not None or kb.shipped().entries(actor.name):
            continue
        for k in range(1, len(words)):
            maker, rest = " ".join(words[:k]), words[k:]
            if maker == actor.name or not (maker in makers or _a_business(maker)):
                continue
            if _a_product_name(rest):
                index.remove(actor)
            break


def _a_business(name: str) -> bool:
    row = dictionaries.organization(name)
    return row is not None and row.sector == "BUS"


def _a_product_name(rest: list[str]) -> bool:
    from newsgraph.analyze import gazetteer

    if not all(w[:1].isupper() or w[:1].isdigit() for w in rest) or any(w.isupper() and len(w) > 1 for w in rest):
        return False  # "WeWork parent company" (a description), "CBS DFW" (a station)
    if any(w.lower() in ORGANIZATION_ENDINGS or w.lower() in UNIT_ENDINGS or dictionaries.sector_word(w)
           or dictionaries.country_of(w) for w in rest):
        return False
    return not gazetteer.load().lookup(" ".join(rest))


#: last words of a stock market index's name ("Hang Seng Index", "Shanghai Composite")
INDEX_ENDINGS = frozenset({"index", "composite", "average"})
#: indices known by a name of their own (the market's figures, never a body that acts)
MARKET_INDICES = frozenset({"sensex", "nifty", "nifty 50", "nikkei", "nikkei 225", "kospi", "topix", "hang seng",
                            "dax", "ftse", "ftse 100", "cac 40", "s&p 500", "s&p", "dow", "dow jones",
                            "stoxx 600", "euro stoxx 50", "asx 200", "tsx", "ibovespa", "bse sensex", "nse nifty"})


def prune_market_indices(index) -> None:
    """Drop the organisations that are stock market indices (see the module docstring)."""
    for actor in list(index.actors):
        if actor.kind != "organization" or actor.sector in ("GOV", "IGO"):
            continue
        words = actor.name.lower().removeprefix("the ").split()
        if words and (" ".join(words) in MARKET_INDICES or len(words) >= 2 and words[-1] in INDEX_ENDINGS
                      and " ".join(words[:-1]) not in ("consumer price", "human development")):
            index.remove(actor)
