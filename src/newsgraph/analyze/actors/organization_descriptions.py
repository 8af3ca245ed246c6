"""Organisation descriptions: which organisation "the company", "the group", "the paper" or "the
government" points back to (see ``coref``'s docstring for the rules). A mixin of the actor builder,
whose ``index`` and ``_map`` it uses; the weights live in ``coref``."""
from __future__ import annotations

from functools import cached_property
from typing import Optional

from newsgraph.analyze.actors import coding
from newsgraph.analyze.actors.allegiance import PARTY_WORDS, parties_named
from newsgraph.analyze.actors.coref import (
    ABOUT_MIN_MENTIONS,
    GENERIC_ORGANIZATION_HEADS,
    GROUP_HEADS,
    MAX_SENTENCES_BACK,
    NAMED_BONUS,
    OUTLET_HEADS,
    PROMINENCE_CAP,
    PROMINENCE_STEP,
    same_role,
)
from newsgraph.analyze.actors.mentions import recent
from newsgraph.analyze.actors.prominence import Prominence
from newsgraph.model import Actor
from newsgraph.nlp.text import spans_of

#: what an organisation the text named in apposition to the same noun adds ("The group, Harbour
#: Watch, formed ... the group said"): more than any recency or prominence
APPOSED_BONUS = 2.0


class OrganizationDescriptions:
    """The organisation-description steps of the actor builder's pass."""

    def _recent_organization(self, t, code: coding.Coding, phrase, words) -> bool:
        """"the company", "the group": the most salient organisation (for "group" and its like, or a
        group) within a few sentences whose sector does not contradict the noun's -- a subject or a
        speaker above a thing named in passing, then the nearest; whether one was found."""
        index = self.index
        sent = index.sent_of[t.i]
        kinds = ("organization", "group") if t.lemma_.lower() in GROUP_HEADS else ("organization",)
        outlet = code.sector == "JRN" or t.lemma_.lower() in OUTLET_HEADS
        best: tuple[float, int, Optional[Actor]] = (0.0, -1, None)
        named, counts, actors = self._organization_prominence(t.i)
        for m in recent(index.mentions, sent, MAX_SENTENCES_BACK):
            actor = m.actor
            if m.head >= t.i:
                continue
            if actor.kind == "person":
                self._known_body_as_organization(actor)  # "Twitter said ... The company said"
            if actor.kind not in kinds:
                continue
            media_company = t.lemma_.lower() in MEDIA_COMPANY_HEADS and actor.sector == "JRN" and code.sector == "BUS"
            if code.sector and code.explicit_sector and actor.sector and actor.sector != code.sector \
                    and not media_company:
                continue  # "the company" is not the ministry named before it
            if code.sector in ARMED_NONSTATE and actor.sector and actor.sector not in ARMED_NONSTATE:
                continue  # "the terrorist group" is not the monitoring firm or paper that reported on it
            if code.country and actor.country and actor.country != code.country:
                continue  # "the French manufacturer" is no American company
            if outlet and actor.sector != "JRN" and not (actor.sector is None and m.speaker):
                continue  # "the paper": an outlet (one that reported, when unknown) or a document
            score = (2.0 if m.subject else 1.0) + (0.5 if m.speaker else 0.0) - 0.3 * (sent - m.sent)
            if code.sector and actor.sector == code.sector:
                score += 0.5
            if actor.id in named:
                score += NAMED_BONUS  # "the group": the coalition named, not "maintenance workers"
            if t.lemma_.lower() in GROUP_HEADS - BROADCAST_HEADS and actor.sector == "JRN" and code.sector != "JRN":
                continue  # "the group" is not the newspaper that reported on it ("the network" may be a broadcaster)
            if not _of_its_kind(t.lemma_.lower(), actor) or actor.kind == "group" and actor.id not in named \
                    and t.lemma_.lower() not in UMBRELLA_HEADS and t.lemma_.lower() not in actor.name.lower().split():
                # "the network" is not the Paley Center, nor "candidates" ("the campaign" may be
                # "Clinton campaign officials"); "the company" no foundation
                continue
            if not _may_be_a_campaign(t, actor) or t.lemma_.lower() in NONSTATE_HEADS and actor.sector == "GOV" \
                    and code.sector != "GOV":
                continue  # "the movement", "the group" is no government named before it
            score += min(PROMINENCE_CAP, PROMINENCE_STEP * counts.get(actor.id, 0))
            if media_company:
                score -= MEDIA_COMPANY_PENALTY  # a news outlet is a company too, when no other fits
            if self._apposed_to(actor, t.lemma_.lower()):
                score += APPOSED_BONUS  # "The group, Harbour Watch, ... the group said": the text named it so
            if (score, m.head) > best[:2]:
                best = (score, m.head, actor)
        actor = best[2]
        if actor is None or actor.id not in named:
            # nothing named nearby: the named organisation the story is about, when there is one
            about = [a for a in actors.values() if a.id in named and a.kind in kinds
                     and counts.get(a.id, 0) >= ABOUT_MIN_MENTIONS
                     and not (code.sector and code.explicit_sector and a.sector and a.sector != code.sector)
                     and not (outlet and a.sector != "JRN") and _may_be_a_campaign(t, a)
                     and not (code.sector in ARMED_NONSTATE and a.sector and a.sector not in ARMED_NONSTATE)
                     and _of_its_kind(t.lemma_.lower(), a)]
            if about:
                actor = max(about, key=lambda a: counts[a.id])
        if actor is None:
            return False
        if actor.sector is None and code.kind == "organization" and code.sector and code.explicit_sector:
            index.learn(actor, coding.Coding(text=code.text, sector=code.sector, head=code.head))
        if actor.country is None and code.country:
            index.learn(actor, coding.Coding(text=code.text, country=code.country))  # "the French maker"
        index.add_mention(actor, phrase, head=t.i)
        self._map(words, actor)
        return True

    def _known_body_as_organization(self, actor: Actor) -> None:
        """A named "person" the knowledge base knows as an organisation under that name ("Twitter",
        which the tagger took for a person): an organisation of the base's sector now, as
        ``apply_knowledge`` would make it after the pass, so that a description may stand for it."""
        sector = self.known_body(actor)
        if sector is not None:
            actor.kind = "organization"
            actor.sector = actor.sector or sector or None

    def _apposed_to(self, actor: Actor, lemma: str) -> bool:
        """Whether the text names ``actor`` in apposition to a noun of lemma ``lemma`` ("The group, Harbour Watch")."""
        return any(in_apposition_to_organization(span) and span.root.head.lemma_.lower() == lemma
                   for span in spans_of(self.doc, actor.mentions))

    def _organization_prominence(self, before: int) -> tuple[set, dict[str, int], dict[str, Actor]]:
        """Over the whole text before token ``before``: the ids of actors named by a proper name,
        how often each actor was a subject or speaker (the organisation the article is about is,
        again and again), and the actors by id."""
        return self._prominence.before(self.index.mentions, before)

    @cached_property
    def _prominence(self) -> Prominence:
        return Prominence(self.doc)

    def _definite_organization(self, t, code: coding.Coding, phrase, words) -> None:
        """"the government", "the ministry", "the newspaper": the most recent organisation, group or
        government of that kind within a few sentences (nothing when there is none)."""
        index = self.index
        sent = index.sent_of[t.i]
        for m in recent(index.mentions, sent, MAX_SENTENCES_BACK):
            actor = m.actor
            if actor.kind == "person" or m.head >= t.i:
                continue
            if code.head in coding.GOVERNMENT_HEADS:
                fits = actor.kind == "country" and actor.sector == "GOV"
            elif code.head == "party":
                # "the party" is no legislature its members sit in ("the all-party primary" no party)
                fits = t.lemma_.lower() == "party" and is_a_party(actor)
            else:
                fits = same_role(code.head, index.heads.get(actor.id, ())) or (
                    code.explicit_sector and code.sector is not None and actor.sector == code.sector
                    and actor.kind == (code.kind or actor.kind))
            if (not fits and actor.kind == "organization" and actor.sector is None and code.kind == "organization"
                    and code.head not in coding.GOVERNMENT_HEADS and _may_describe_a_name(code.head, actor)):
                # an organisation the tables did not know ("The Daily Courier ... The newspaper"):
                # the description tells what it is
                fits = True
                index.learn(actor, coding.Coding(text=code.text, sector=code.sector, head=code.head))
            if fits:
                index.add_mention(actor, phrase, head=t.i)
                self._map(words, actor)
                return


#: the sectors of armed non-state groups (CAMEO rebels, unaligned armed forces): a description of one
#: ("the terrorist group", "the rebel group") never stands for a body of another known sector
ARMED_NONSTATE = frozenset({"REB", "UAF"})
#: "the company" may be a news outlet named before it ("Business Insider also commented ... the
#: company said"), but any business, or a body of no known sector, near it is likelier
MEDIA_COMPANY_HEADS = frozenset({"company", "firm"})
MEDIA_COMPANY_PENALTY = 1.5
#: the last words of names that say what kind of body the name's bearer is, other than a company,
#: an outlet or a group ("Paley Center", "Heritage Foundation", "Ohio State University")
INSTITUTION_ENDINGS = frozenset({"center", "centre", "institute", "foundation", "university", "college",
                                 "school", "museum", "library", "hospital", "council", "committee", "commission",
                                 "department", "ministry", "court", "party", "union", "association", "society"})
#: the last words of the names of a state's whole executive ("Chinese government", "Obama administration"):
#: a description that names a kind of body ("the committee", "the agency", "the company") is never one of them
STATE_ENDINGS = frozenset({"government", "administration", "regime", "cabinet"})
#: group nouns that may also name a broadcaster ("Kestrel News ... the network")
BROADCAST_HEADS = frozenset({"network"})
#: descriptions of a broad kind that any body may answer to ("the group" may be a foundation)
UMBRELLA_HEADS = frozenset({"group", "organization", "organisation", "body", "institution"})
#: the nouns of public bodies whose names say the noun ("State Department", "Ministry of Defence"): the
#: description stands only for a body so named
NAMED_KIND_HEADS = frozenset({"department", "ministry"})
#: the endings of the names of public bodies that a government noun ("the agency") may describe
PUBLIC_BODY_ENDINGS = frozenset({"department", "ministry", "commission", "council", "committee"})


def _of_its_kind(noun: str, actor: Actor) -> bool:
    """Whether an organisation description whose noun names a kind of body ("the network", "the
    company", "the movement") may be ``actor``: not when its name ends with a word for another kind
    ("Paley Center", "Ford Foundation", "Republican Party"), unless the noun is a public body's and
    the name one's ("the agency" for the State Department); a broad noun ("the group") may be any body, and
    no noun but its own names a government as a whole ("the committee" is no "Chinese government"), and
    "the department" is only a body whose name says so."""
    from newsgraph.analyze.actors import dictionaries

    if noun in UMBRELLA_HEADS:
        return True
    words = actor.name.lower().split()
    if noun in NAMED_KIND_HEADS:
        # "the department" is a body named a department ("Labor Department", "Department of Justice"),
        # never Congress or a trade federation named nearby
        return any(noun in name.lower().split() for name in (actor.name, *actor.aliases))
    if words and words[-1] in STATE_ENDINGS and noun != words[-1]:
        return False  # "the committee", "the agency" are bodies of their own, never "the Chinese government"
    if not words or words[-1] == noun or words[-1] not in INSTITUTION_ENDINGS:
        return True
    row = dictionaries.sector_word(noun)
    return words[-1] in PUBLIC_BODY_ENDINGS and row is not None and row.sector == "GOV"


def is_a_party(actor: Actor) -> bool:
    """Whether ``actor`` is a political party ("the party" may stand for it): a party-sector body or
    group whose name says "party" or names one ("Republicans", "the GOP", "Democratic National Committee")."""
    from newsgraph.analyze.actors import dictionaries

    if actor.sector != "PTY" or actor.kind not in ("organization", "group"):
        return False
    words = [w.lower().rstrip("s") for w in actor.name.split()]
    if words[-1:] == ["party"] or words and len(parties_named(words)) == 1 and all(w in PARTY_WORDS for w in words):
        return True  # "Republican Party", "Republicans", "GOP"; not "Democratic candidates"
    row = dictionaries.organization(actor.name)
    return row is not None and row.sector == "PTY" and row.kind == "organization"


def _may_be_a_campaign(t, actor: Actor) -> bool:
    """"the campaign" is a candidate's campaign: a party-sector body or one named a campaign, never
    the voters, a business or an adviser group named before it."""
    if t.lemma_.lower() != "campaign":
        return True
    return actor.sector == "PTY" and actor.kind == "organization" or "campaign" in actor.name.lower()


def _may_describe_a_name(head: Optional[str], actor: Actor) -> bool:
    """Whether a description ("the newspaper", "the university") may say what an organisation the
    tables do not know is: not a noun for a body of another kind, whose instances have names of
    their own ("the federal court", "the oil and gas industry" are never the advocacy group or the
    fund named before), not when the name ends with another body noun ("Human Rights Campaign",
    "Brothers Fund", "House"), and no party when the name is a place's ("Liverpool" tagged as an organisation)."""
    from newsgraph.analyze import gazetteer
    from newsgraph.analyze.actors.organizations import BODY_NOUNS
    from newsgraph.analyze.actors.places import place_country

    noun = ((head or "").split()[-1:] or [""])[0].lower()
    if noun in OTHER_BODIES:
        return False
    last = actor.name.split()[-1].lower() if actor.name.split() else ""
    if noun in NO_BODIES:
        return False  # "reacted to the news": a report, no outlet the foundation named before it is
    if last != noun and last in BODY_NOUNS | OUTLET_HEADS | GROUP_HEADS | CORPORATE_ENDINGS | OTHER_BODIES:
        return False  # "the party" is never the House its members sit in
    return noun != "party" or place_country(gazetteer.load().lookup(actor.name)) is None


#: lower-case nouns that end outlets' names ("Kestrel News") but alone name what they report, no body
NO_BODIES = frozenset({"news"})
#: descriptions of bodies outside the state: never a government named before them
NONSTATE_HEADS = frozenset({"group", "movement", "network", "campaign"})
#: bodies of a kind whose instances the article names on their own: a description with one of these
#: heads never says what an unknown organisation named before it is
OTHER_BODIES = frozenset({"court", "courts", "industry", "sector", "market", "legislature", "parliament",
                          "congress", "senate", "house", "assembly", "administration", "government", "military",
                          "army", "police", "campaign", "state"})
CORPORATE_ENDINGS = frozenset({"llc", "inc", "inc.", "corp", "corp.", "ltd", "ltd."})


def named_by_apposition(doc, ent_of: dict) -> list:
    """Organisation names the tagger missed that an organisation noun vouches for: the proper-noun
    run in apposition to "the group", "the company" ... ("The group, Harbour Watch, said"; "The
    company that runs the fair, Larkspur Events"), as ORG spans. A run with a known name, a
    country or a title in it is left to the tagger."""
    from spacy.tokens import Span as DocSpan

    from newsgraph.analyze.actors import dictionaries

    found = []
    for t in doc:
        if t.dep_ != "appos" or t.pos_ != "PROPN" or t.i in ent_of or not t.text[:1].isupper():
            continue
        head = t.head
        if head.i >= t.i or head.lemma_.lower() not in GENERIC_ORGANIZATION_HEADS or head.tag_ != "NN":
            continue  # "the groups Ana Lind named": several, or a list
        if any(c.dep_ == "prep" for c in t.children):
            continue  # "Democratic Socialists of America": the name goes on past the noun
        start = t.i
        while start - 1 > head.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == t.i \
                and doc[start - 1].dep_ == "compound" and doc[start - 1].i not in ent_of:
            start -= 1
        run = doc[start:t.i + 1]
        if any(not w.text[:1].isupper() or dictionaries.sector_word(w.text) or dictionaries.country_of(w.text)
               for w in run):
            continue
        found.append(DocSpan(doc, start, t.i + 1, label="ORG"))
    return found


def in_apposition_to_organization(span) -> bool:
    """Whether a name stands in apposition after "the group", "the company" ... that is no
    preposition's object ("The group, Harbour Watch, said"; not "a member of the group, Ana Ruiz"):
    the text itself says it names an organisation, whatever the tagger called it."""

    root = span.root
    head = root.head
    return root.dep_ == "appos" and head.i < span.start and head.pos_ == "NOUN" and head.dep_ != "pobj" \
        and head.lemma_.lower() in GENERIC_ORGANIZATION_HEADS and any(c.dep_ in ("det", "poss") for c in head.lefts)


def names_an_organization(t, ent_of: dict) -> bool:
    """Whether organisation noun ``t`` stands in apposition to an organisation's name ("The company
    that runs the fair, Larkspur Events"): the name's description, no organisation of its own."""

    if t.lemma_.lower() not in GENERIC_ORGANIZATION_HEADS:
        return False
    return any(c.dep_ == "appos" and c.i > t.i and c.i in ent_of and ent_of[c.i].label_ == "ORG"
               for c in t.children)
