"""Place names in a parse: the country a place stands for, and place words that are no country."""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.actors import dictionaries


def based_in(tokens) -> bool:
    """A place naming where something is based ("a London-based website")."""
    doc, end = tokens.doc, tokens.end
    return end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].lower_ == "based"


def inside_place(token) -> bool:
    """A word of a longer place name ("Jersey" of "New Jersey"), which is not the country it spells."""
    if token.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start > 1 and dictionaries.country_of(doc[start:end].text) is None


def place_country(entries) -> Optional[str]:
    """The country of a place name: the one all its places share, or that of a place that dwarfs
    every namesake abroad, three times as big (Lagos, Nigeria, not Lagos, Portugal); None when unsure."""
    if not entries:
        return None
    countries = {e.country for e in entries}
    if len(countries) == 1:
        return countries.pop()
    top = max(entries, key=lambda e: e.population)
    abroad = max((e.population for e in entries if e.country != top.country), default=0)
    return top.country if top.population >= 100_000 and top.population >= 3 * abroad else None
