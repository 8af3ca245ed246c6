"""Settling the country and sector of actors from what the article around them gives."""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.analyze.actors import dictionaries
from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.analyze.actors.places import place_country
from newsgraph.model import Actor

#: "Rep. Ilhan Omar (D-Minn.)", "Sen. Dale Orr, R-Texas,": a member of the US Congress by party and state
_US_PARTY_STATE = re.compile(r"\s*[(,]\s*[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?[),]")
#: titles of local office, whose holders belong to the place the story was filed from
LOCAL_HEADS = frozenset({"mayor", "governor", "gov", "sheriff", "deputy", "councilman", "councilwoman",
                         "council member", "alderman", "county commissioner", "district attorney", "coroner"})


class Settling:
    """The builder's settling steps, once all actors are found (mixed into it, whose ``index``,
    ``doc`` and ``credits`` they use)."""

    def settle_affiliations(self) -> None:
        """A person named with the body they serve ("Sgt. Dale Porter of the Fort Worth police",
        "Ann Vik of Russia") takes its country when they have none, and its sector when their own
        title says none or only a role every institution has (a sergeant of the police is COP)."""
        index, doc = self.index, self.doc
        for actor in index.actors:
            if actor.kind != "person":
                continue
            for mention in actor.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                body = _body_of(span.root, index)
                if body is None or body is actor:
                    continue
                if actor.country is None and body.country:
                    actor.country = body.country
                heads = index._heads.get(actor.id, set())
                weak = all((row := dictionaries.sector_word(h)) is None or not row.strong for h in heads)
                if body.kind in ("organization", "group") and body.sector and (actor.sector is None or weak):
                    actor.sector = body.sector
                break

    def settle_local(self) -> None:
        """Countries the article's conventions give: a member of Congress written with party and state
        ("(D-Minn.)") is American; the police and local office holders of a story without a country of
        their own are of the country of its dateline ("FORT WORTH, Texas (AP) —")."""
        from newsgraph.analyze import gazetteer

        text = self.doc.text
        for actor in self.index.actors:
            if actor.kind == "person" and actor.country is None and any(
                    _US_PARTY_STATE.match(text, m.end) for m in actor.mentions):
                actor.country = "USA"
                actor.sector = actor.sector or "LEG"
        home = None
        places = gazetteer.load()
        for ent in self.doc.ents:
            if ent.label_ in ("GPE", "LOC") and all(i in self.credits for i in range(ent.start, ent.end)):
                home = dictionaries.country_of(ent.text) or dictionaries.capital_country(ent.text) \
                    or place_country(places.lookup(ent.text))
                if home:
                    break
        if home is None:
            return
        for actor in self.index.actors:
            if actor.country is not None or actor.kind == "country":
                continue
            heads = self.index._heads.get(actor.id, set())
            if actor.sector == "COP" or heads & LOCAL_HEADS:
                actor.country = home


def _body_of(root, index: ActorIndex) -> Optional[Actor]:
    """The actor a name's "of"/"with"/"at"/"from" phrase names ("Dale Porter of the police")."""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "with", "at", "from") or prep.i < root.i:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.i in index._by_token:
                return index._by_token[obj.i]
    return None
