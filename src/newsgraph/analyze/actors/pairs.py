"""Pairs: two or more named actors that speak together.

A statement has one speaker id, so "Ana Ruiz and Tom Brell said ...", "The founders, Ana Ruiz and
Tom Brell, said ...", and "They said" or "Both men
said" right after a sentence whose subject joins the two, speak for a group actor made of the
named members ("Ana Ruiz and Tom Brell"), not for the first of them nor for an unnamed "men".

Only speaking references make a pair: the coordination must be the subject of a speech verb, or
the subject of a sentence at most ``PAIR_SENTENCES_BACK`` before a plural speaker ("they", "both
men", "the two companies"), or the antecedent of "both of whom" that speaks ("... consulted Ana
Ruiz and Tom Brell, both of whom advised him that ..."). The members must be named (not described), distinct, and of one
kind -- persons, or organisations and countries -- and a plural noun must fit it ("both men" are
persons, "both companies" organisations). Mixed into the actor builder, whose ``index``, ``doc``
and ``unnamed`` it uses.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze import syntax
from newsgraph.analyze.actors import coding
from newsgraph.analyze.actors.mentions import recent
from newsgraph.model import Actor

PAIR_SENTENCES_BACK = 1
MAX_MEMBERS = 4
#: plural nouns that, after "both" or "the two", stand for named persons
PERSON_PLURALS = frozenset({"men", "women", "leaders", "candidates", "senators", "officials", "executives",
                            "presidents", "ministers", "lawmakers", "brothers", "sisters", "politicians",
                            "founders", "players", "scientists", "researchers", "authors", "lawyers"})
#: ... and for named organisations or countries
GROUP_PLURALS = frozenset({"companies", "firms", "groups", "sides", "parties", "countries", "nations",
                           "governments", "organizations", "organisations", "campaigns", "teams", "banks",
                           "carriers", "airlines", "automakers", "agencies", "networks", "states"})
PAIR_WORDS = frozenset({"both", "two", "three"})


def plural_speaker(t) -> bool:
    """"Both men said", "the two companies said": a plural noun of persons or organisations, counted
    as a pair, that speaks."""
    return t.tag_ == "NNS" and t.lower_ in PERSON_PLURALS | GROUP_PLURALS \
        and any(c.lower_ in PAIR_WORDS for c in t.lefts) and syntax.is_speaker(t)


def appositive_names(t) -> list:
    """The heads of names in apposition to a plural noun: "the candidates, Ana Ruiz and Tom Brell"
    (an appos, or the first conjunct after a comma, as the parser may read it)."""
    doc = t.doc
    found = [c for c in t.children if c.dep_ == "appos"]
    if t.pos_ == "NOUN" and t.tag_ == "NNS":
        found += [c for c in t.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                  and doc[c.left_edge.i - 1].text == "," and any(g.dep_ == "conj" for g in c.children)]
    return found


def _members(doc, anchor, index) -> list[Actor]:
    """The distinct actors a coordination headed by ``anchor`` names, in order ("A, B and C")."""
    members = []
    stack = [anchor]
    while stack:
        t = stack.pop(0)
        actor = index.actor_at(t.i)
        if actor is None:
            return []
        if actor not in members:
            members.append(actor)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return members


def _one_kind(members: list[Actor]) -> Optional[str]:
    kinds = {"person" if a.kind == "person" else "organization" if a.kind in ("organization", "country") else "group"
             for a in members}
    return kinds.pop() if len(kinds) == 1 and "group" not in kinds else None


def _span_of(doc, anchor):
    """The coordination's words, from the first conjunct to the last one's right edge (without
    appositions or clauses after the last name)."""
    last = anchor
    while True:
        conjs = [c for c in last.children if c.dep_ == "conj"]
        if not conjs:
            break
        last = conjs[-1]
    start = anchor.left_edge.i
    end = last.i + 1
    return doc[start:end]


class PairRegistration:
    """The pair steps of the actor builder (see the module docstring)."""

    def _pair(self, anchor, kind: Optional[str] = None) -> Optional[Actor]:
        """The group actor of the coordination headed by ``anchor`` (made on first need), or None."""
        index = self.index
        if not any(c.dep_ == "conj" for c in anchor.children):
            return None
        members = _members(self.doc, anchor, index)
        if not 2 <= len(members) <= MAX_MEMBERS or any(a.id in self.unnamed for a in members):
            return None
        found = _one_kind(members)
        if found is None or kind is not None and found != kind:
            return None
        key = ("pair", tuple(a.id for a in members))
        actor = index.keyed(key)
        if actor is None:
            actor = self._new_pair(key, members)
            index.add_mention(actor, _span_of(self.doc, anchor), head=anchor.i, point=False)
        return actor

    def speaking_pair(self, t) -> Optional[Actor]:
        """The pair a plural speaker ``t`` ("They said", "Both men said") stands for: a coordination
        of named actors that is the subject of the sentence before (or of this one, before ``t``)."""
        if not syntax.is_speaker(t):
            return None
        word = t.lower_
        kind = None
        if word not in ("they",):
            if word in PERSON_PLURALS:
                kind = "person"
            elif word in GROUP_PLURALS:
                kind = "organization"
            else:
                return None
            if not any(c.lower_ in PAIR_WORDS for c in t.lefts):
                return None
        index = self.index
        sent = index.sent_of[t.i]
        anchors = []
        for m in recent(index.mentions, sent, PAIR_SENTENCES_BACK):
            anchor = self.doc[m.head]
            if m.head < t.i and anchor.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "conj" for c in anchor.children):
                anchors.append(anchor)
        if len({a.i for a in anchors}) > 1:
            return None  # two coordinations: unsure which
        if not anchors:
            pair = self._two_named(t, kind, sent) if kind else None
        else:
            pair = self._pair(anchors[0], kind)
        if pair is not None:
            index.add_mention(pair, self.doc[t.left_edge.i:t.i + 1] if kind else t, head=t.i)
        return pair

    def _two_named(self, t, kind: str, sent: int) -> Optional[Actor]:
        """"Sen. Ana Ruiz met Gov. Tom Brell. Both men said ...": the two named actors of that kind
        the sentence before (and this one, before ``t``) names, when there are exactly two."""
        index = self.index
        found: list[Actor] = []
        first_head = None
        for m in index.mentions:
            if m.head >= t.i or not 0 <= sent - m.sent <= PAIR_SENTENCES_BACK or m.actor.id in self.unnamed:
                continue
            if _one_kind([m.actor]) != kind or self.doc[m.head].pos_ != "PROPN":
                continue
            if m.actor not in found:
                found.append(m.actor)
                first_head = first_head if first_head is not None else m.head
        if len(found) != 2:
            return None
        key = ("pair", tuple(a.id for a in found))
        actor = index.keyed(key)
        if actor is None:
            actor = self._new_pair(key, found)
        return actor

    def _new_pair(self, key, members: list[Actor]) -> Actor:
        names = [a.name for a in members]
        name = ", ".join(names[:-1]) + " and " + names[-1]
        countries = {a.country for a in members}
        sectors = {a.sector for a in members}
        code = coding.Coding(text=name, kind="group", country=countries.pop() if len(countries) == 1 else None,
                             sector=sectors.pop() if len(sectors) == 1 else None)
        return self.index.new_actor(key, name, code)

    def register_speaking_pairs(self) -> None:
        """"Ana Ruiz and Tom Brell said": a coordinated subject of a speech verb speaks as a pair."""
        for t in self.doc:
            if t.dep_ not in ("nsubj", "nsubjpass") or not syntax.is_speaker(t):
                continue
            if any(c.dep_ == "conj" for c in t.children) and not appositive_names(t):
                self._pair(t)
            else:  # "The Democratic candidates, Ana Ruiz and Tom Brell, said": the pair in apposition
                for appos in appositive_names(t):
                    self._pair(appos)
        for t in self.doc:
            anchor = relative_pair_anchor(t)
            if anchor is not None and len(_members(self.doc, anchor, self.index)) == 2:
                pair = self._pair(anchor)
                if pair is not None:
                    self.index.add_mention(pair, self.doc[t.i:t.i + 3], head=t.i)


def relative_pair_anchor(t):
    """"... consulted Ana Ruiz and Tom Brell, both of whom advised him": the head of the coordination
    that "both of whom" (or "both of which") opens a clause about -- the last one that ends before
    the comma ahead of it in the sentence, wherever the parser hung the clause -- or None."""
    doc = t.doc
    if t.lower_ != "both" or t.dep_ not in ("nsubj", "nsubjpass") or t.i + 2 >= len(doc) \
            or doc[t.i + 1].lower_ != "of" or doc[t.i + 2].lower_ not in ("whom", "which") \
            or t.i == 0 or doc[t.i - 1].text != ",":
        return None
    if not syntax.is_speaker(t) and not any(c.dep_ == "ccomp" for c in t.head.children):
        return None  # only one that speaks: "both of whom said ...", "both of whom advised him that ..."
    best = None
    for k in range(t.sent.start, t.i - 1):
        head = doc[k]
        if head.dep_ == "conj" or not any(c.dep_ == "conj" for c in head.children):
            continue
        end = _span_of(doc, head).end
        if end < t.i and (best is None or end > _span_of(doc, best).end):
            best = head
    return best
