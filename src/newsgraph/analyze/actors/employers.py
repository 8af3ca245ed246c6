"""A person named as an organisation's own takes its sector: "NBC's Hallie Roe", "Chris Doe of CNN".

A network's, a firm's or an agency's possessive before a name ("NBC's Ann Roe", "Gallup's Bo Li", "the
FBI's Cy Doe"), or "of" and the organisation right after it ("Ann Roe of The Nation"), says whom the
person works for; a person the names, the titles and the knowledge base left without a sector takes the
organisation's sector, and its country where they have none. Only an organisation actor passes its
sector on (a person's possessive, "Trump's Mike Roe", or a country's, "Russia's Ivan Roe", says less),
and only where the text gave the person no role of their own.
"""
from __future__ import annotations

from newsgraph.analyze.actors.index import ActorIndex


def fill_employers(index: ActorIndex) -> None:
    """Give each person without a sector the sector of the organisation a mention names them by."""
    for token in index.doc:
        actor = index.actor_at(token.i)
        if actor is None or actor.kind != "person" or actor.sector is not None:
            continue
        employer = _employer(index, token)
        if employer is not None:
            actor.sector = employer.sector
            actor.country = actor.country or employer.country


def _employer(index: ActorIndex, root):
    """The organisation actor (with a sector) a person's name is owned by ("NBC's Ann Roe") or followed by
    with "of" ("Ann Roe of CNN")."""
    doc = root.doc
    owners = [index.actor_at(c.i) for c in root.children if c.dep_ == "poss"]
    if root.i + 1 < len(doc) and doc[root.i + 1].lower_ == "of":  # wherever the parser hung the "of"
        owners += [index.actor_at(t.i) for t in doc[root.i + 1].children if t.dep_ == "pobj"]
    return next((a for a in owners if a is not None and a.kind == "organization" and a.sector), None)
