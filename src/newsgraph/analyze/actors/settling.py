"""Settling the country and sector of actors from what the article around them gives."""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.analyze.actors import dictionaries
from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.analyze.actors.places import place_country
from newsgraph.model import Actor
from newsgraph.nlp.text import spans_of, text_of

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
        "Ann Vik of Russia") or head ("Ada Obi, who heads the Ethiopian Red Cross") takes its country
        when they have none, and the served body's sector when their own title says none or only a role
        every institution has (a sergeant of the police is COP)."""
        index, doc = self.index, self.doc
        self.settle_members()
        for actor in index.actors:
            if actor.kind != "person":
                continue
            for span in spans_of(doc, actor.mentions):
                headed = _headed_body(span.root, index)
                if actor.country is None and headed is not None and headed is not actor and headed.country:
                    actor.country = headed.country
                body = _body_of(span.root, index)
                if body is None or body is actor:
                    continue
                if actor.country is None and body.country:
                    actor.country = body.country
                heads = index.heads.get(actor.id, set())
                weak = all((row := dictionaries.sector_word(h)) is None or not row.strong for h in heads)
                if body.kind in ("organization", "group") and body.sector and (actor.sector is None or weak):
                    actor.sector = body.sector
                break

    def settle_members(self) -> None:
        """People described as part of a body ("members of Congress", "staff of the German Foreign
        Ministry") take the body's country, and its sector where their own words say none: only what
        is open (asked again once the setting has given the body its country)."""
        for actor in self.index.actors:
            if actor.kind == "group" and (actor.country is None or actor.sector is None):
                self._settle_members(actor)

    def _settle_members(self, group: Actor) -> None:
        for span in spans_of(self.doc, group.mentions):
            body = _body_of(span.root, self.index, alone=True)
            if body is None or body is group or body.kind not in ("organization", "group", "country"):
                continue
            if group.country is None and body.country:
                group.country = body.country
            if group.sector is None and body.sector and body.kind != "country":
                group.sector = body.sector
            return

    def settle_nationalities(self) -> None:
        """A person whose name a country word modifies takes its country when the words around the
        name gave none: "Britain's Andy Murray", "Brazil star Neymar", "French duo Ana Roux and Lea
        Vidal" (the second name shares the first's), "Karla Brun of Croatia", "Karla Brun (Croatia)";
        a bracketed country names an organisation's too ("Ode Group (Peru)"), and the first of two
        names joined before the bracket ("Ana Roux and Lea Vidal (Serbia)")."""
        index, doc = self.index, self.doc
        for actor in index.actors:
            if actor.kind not in ("person", "organization", "group") or actor.country is not None:
                continue
            for mention in actor.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                captioned = _captioned_country(text_of(doc), mention.end) or _conjunct_caption(span)
                if captioned:
                    actor.country = captioned  # "Ana Roux (Serbia)", "Lea Vidal (AUS)", "Ode Group (Peru)"
                    break
                if actor.kind != "person" or span is None or span.root.pos_ != "PROPN":
                    continue
                root = span.root
                country = _nationality(root, self.credits)
                if country is None and root.dep_ == "conj" and root.head.pos_ == "PROPN":
                    country = _nationality(root.head, self.credits)  # "French duo Herbert and Mahut"
                if country:
                    actor.country = country
                    break

    def settle_local(self) -> None:
        """Countries the article's conventions give: a member of Congress written with party and state
        ("(D-Minn.)") is American; the police and local office holders of a story without a country of
        their own are of the country of its dateline ("FORT WORTH, Texas (AP) —")."""
        from newsgraph.analyze import gazetteer

        text = text_of(self.doc)
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
        self._settle_constituencies(places)
        if home is None:
            return
        for actor in self.index.actors:
            if actor.country is not None or actor.kind == "country":
                continue
            heads = self.index.heads.get(actor.id, set())
            if actor.sector == "COP" or heads & LOCAL_HEADS:
                actor.country = home


    def _settle_constituencies(self, places) -> None:
        """An office holder named with the place they serve ("Senator Mara Quill of Ohio", "Mayor Ian
        Ross of Leeds") is of that place's country, when the gazetteer is sure of it."""
        for actor in self.index.actors:
            if actor.kind != "person" or actor.country is not None or actor.sector not in _OFFICE_SECTORS:
                continue
            for span in spans_of(self.doc, actor.mentions):
                country = _place_after(span.root, places, self.credits)
                if country:
                    actor.country = country
                    break


#: sectors of the offices a place elects or is served by
_OFFICE_SECTORS = frozenset({"LEG", "GOV", "JUD", "COP"})


def _place_after(root, places, credits: set[int]) -> Optional[str]:
    """The country of the one place a name's "of" phrase names ("Mara Quill of Ohio"), or None."""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < root.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.ent_type_ != "GPE" or obj.i in credits \
                    or any(c.dep_ == "conj" for c in obj.children):
                continue
            ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
            if ent is not None:
                return dictionaries.country_of(ent.text) or place_country(places.lookup(ent.text))
    return None


#: verbs of a relative clause that tie a person to the body they head ("Ada Obi, who heads the Red Cross")
HEADING_VERBS = frozenset({"head", "lead", "run", "chair", "direct", "command", "found", "manage"})


def _headed_body(root, index: ActorIndex) -> Optional[Actor]:
    """The body a relative clause says the person heads or headed ("Ada Obi, who heads the Ethiopian
    Red Cross"): its country is theirs; the sector the tense decides (``stated_roles``)."""
    for clause in root.children:
        if clause.dep_ == "relcl" and clause.lemma_ in HEADING_VERBS \
                and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            for obj in clause.children:
                if obj.dep_ == "dobj" and index.actor_at(obj.i) is not None:
                    return index.actor_at(obj.i)
    return None


def _body_of(root, index: ActorIndex, alone: bool = False) -> Optional[Actor]:
    """The actor a name's "of"/"with"/"at"/"from" phrase names ("Dale Porter of the police");
    ``alone``: only one named alone ("migrants from Syria and other nations" are of several)."""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "with", "at", "from") or prep.i < root.i:
            continue
        for obj in prep.children:
            if alone and any(c.dep_ == "conj" for c in obj.children):
                continue
            if obj.dep_ == "pobj" and index.actor_at(obj.i) is not None:
                return index.actor_at(obj.i)
    return None


def _nationality(root, credits: set[int]) -> Optional[str]:
    """The country a country word says a name is of: its possessor ("Britain's"), a modifier before
    it or before the noun it is the name of ("Brazil star Neymar", "French duo Ana Roux", "the Peruvian
    lawyer and writer Ana Roux"), or "of
    COUNTRY" after it. Only country names and nationality words count (a town or a region may be a
    club's), and never a word of a person's name ("Jordan")."""
    doc = root.doc
    modifiers = ("poss", "compound", "amod", "nmod")
    candidates = [c for c in root.children if c.dep_ in modifiers and c.i < root.i]
    described = [c for c in root.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < root.i]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < root.i:
        described.append(root.head)  # "French duo Ana Roux": the name is in apposition to "duo"
    for noun in described:
        candidates += [c for c in noun.children if c.dep_ in modifiers and c.i < noun.i]
    first = root.left_edge.i
    if first >= 2 and doc[first - 1].pos_ == "NOUN" and doc[first - 1].is_lower and doc[first - 1].tag_ != "NNS":
        candidates.append(doc[first - 2])  # "Brazil star Neymar", however the parser hung "star" (a plural
        # is no one person's description: "the number of Syrian refugees Obama will accept")
    name_start = root.i
    while name_start > 0 and doc[name_start - 1].pos_ == "PROPN" and doc[name_start - 1].text[:1].isupper():
        name_start -= 1
    candidates += _before_joined_titles(doc, name_start - 1)
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from") and prep.i > root.i:
            candidates += [c for c in prep.children if c.dep_ == "pobj"]
    for token in candidates:
        if token.i in credits or token.ent_type_ in ("PERSON", "ORG") or not token.text[:1].isupper():
            continue
        country = dictionaries.country_of(_place_words(token))
        if country:
            return country
    return None


def _place_words(token) -> str:
    """The whole name a country word ends ("New Jersey", "South Korea"): its compound proper nouns before
    it. "of New Jersey" names a US state, not Jersey (JEY), though the parser hangs "New" on "Jersey"."""
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i \
            and doc[start - 1].text[:1].isupper():
        start -= 1
    return doc[start:token.i + 1].text


#: lower-case words a run of joined titles before a name may hold ("lawyer and writer")
_TITLE_RUN = 5


def _before_joined_titles(doc, last: int) -> list:
    """The word before a run of joined lower-case titles that ends at ``last`` ("the Canadian
    scientist and philosopher Ana Roux": "Canadian"), when the run holds an "and"; else nothing."""
    i, joined = last, False
    while i >= 0 and last - i < _TITLE_RUN and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ", "CCONJ"):
        joined = joined or doc[i].pos_ == "CCONJ"
        i -= 1
    return [doc[i]] if joined and i >= 0 and i < last else []


#: "Ana Roux (Serbia)", "Lea Vidal (AUS)": a country in brackets right after a name
_CAPTION = re.compile(r"\s?\(([A-Z][A-Za-z .’'-]{1,30})\)")


def _conjunct_caption(span) -> Optional[str]:
    """The bracketed country after the last of two names joined by "and" ("Ana Roux and Lea Vidal
    (Serbia)"): the first name shares it."""
    if span is None or span.root.pos_ != "PROPN":
        return None
    for conj in span.root.children:
        if conj.dep_ == "conj" and conj.pos_ == "PROPN" and span.root.ent_type_ == "PERSON":
            return _captioned_country(text_of(span.doc), conj.idx + len(conj.text))
    return None


def _captioned_country(text: str, end: int) -> Optional[str]:
    """The country a bracket right after a name gives: a country's name or word, or its alpha-3 code."""
    from newsgraph.analyze.resources import country_codes

    match = _CAPTION.match(text, end)
    if match is None:
        return None
    inside = match.group(1).strip()
    if inside.isupper() and len(inside) == 3 and inside in country_codes():
        return inside
    return dictionaries.country_of(inside)
