"""Pairs: two or more named actors that speak together.

A statement has one speaker id, so "Ana Ruiz and Tom Brell said ...", "The founders, Ana Ruiz and
Tom Brell, said ...", and "They said" or "Both men
said" right after a sentence whose subject joins the two, speak for a group actor made of the
named members ("Ana Ruiz and Tom Brell"), not for the first of them nor for an unnamed "men".

Only speaking references make a pair: the coordination must be the subject of a speech verb (or of a
reporting verb, or of a verb joined to one that has no subject of its own: "Ana Ruiz and Tom Brell stood
side by side and repeated ..."), the examples of a plural speaker ("critics like Ana Ruiz and Tom Brell said"), or
the subject of a sentence at most ``PAIR_SENTENCES_BACK`` before a plural speaker ("they", "both
men", "the two companies"), or the antecedent of "both of whom" that speaks ("... consulted Ana
Ruiz and Tom Brell, both of whom advised him that ..."). The members must be named (not described), distinct, and of one
kind -- persons, or organisations and countries -- and a plural noun must fit it ("both men" are
persons, "both companies" organisations). Mixed into the actor builder, whose ``index``, ``doc``
and ``unnamed`` it uses.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze import resources, syntax
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


def conjuncts(t) -> list:
    """The names coordinated with ``t``: its conj children, and the names the parser hung on the place of an
    "of" after it ("Sen. Ana Ruiz of Ohio and Sen. Tom Brell of Iowa": Brell is read as a conjunct of
    Ohio) -- proper nouns tagged as no place."""
    found = [c for c in t.children if c.dep_ == "conj"]
    if found or t.pos_ != "PROPN":
        return found
    for prep in t.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for place in prep.children:
                if place.dep_ == "pobj" and place.ent_type_ in PLACE_TYPES:
                    found += [c for c in place.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                              and c.ent_type_ not in PLACE_TYPES and c.ent_type_ != ""]
    return found


PLACE_TYPES = frozenset({"GPE", "LOC"})


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
        stack.extend(conjuncts(t))
    return members


def speaks_by_verb(t) -> bool:
    """Whether subject ``t`` speaks by its verb or by one joined to it that has no subject of its own
    ("Ana Ruiz and Tom Brell stood side by side and repeated their attacks", "Ruiz and Brell met on Monday,
    saying ...", "Ruiz and Brell blame the mills"): a lemma of the cue words that report words
    (``resources.spoken_cue_lemmas``)."""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verbs = [t.head]
    while verbs:
        verb = verbs.pop(0)
        if verb.lemma_.lower() in resources.spoken_cue_lemmas():
            return True
        verbs.extend(c for c in verb.children if c.dep_ in ("conj", "advcl", "xcomp") and c.pos_ in ("VERB", "AUX")
                     and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children))
    return False


def leading_name(t):
    """"Ana Ruiz and Senate leader Tom Brell said": the parser hangs the first name, with its "and", on the
    second one's title; the head of that first name (a person's, before ``t``, a person's too), or None."""
    if t.pos_ != "PROPN" or t.ent_type_ != "PERSON" or conjuncts(t):
        return None
    for x in t.subtree:
        if x.i >= t.i:
            return None
        if x.pos_ == "PROPN" and x.ent_type_ == "PERSON" and x.head.i != t.i and x.head.i > x.i \
                and any(c.dep_ == "cc" and c.lower_ == "and" for c in x.children) \
                and any(c.dep_ == "conj" and c.i < t.i for c in x.children):
            return x
    return None


def example_anchor(t):
    """The head of two or more names a plural speaker gives as its examples ("critics like Ana Ruiz and Tom
    Brell", "others, including Ana Ruiz and Tom Brell", "hawks such as ..."), or None."""
    if t.tag_ not in ("NNS", "NNPS") and t.lower_ != "others":
        return None
    for prep in t.children:
        if prep.dep_ != "prep" or not (prep.lower_ in ("like", "including") or prep.lower_ == "as" and prep.i > 0
                                       and prep.nbor(-1).lower_ == "such"):
            continue
        for name in prep.children:
            if name.dep_ == "pobj" and name.pos_ == "PROPN" and conjuncts(name):
                return name
    return None


def _alternatives(anchor) -> bool:
    """Whether a coordination offers alternatives or denies both ("either ... or", "neither ... nor")."""
    for t in [anchor, *conjuncts(anchor)]:
        if any(c.dep_ in ("preconj", "cc") and c.lower_ in ("either", "neither", "or", "nor") for c in t.children):
            return True
    return False


def _one_kind(members: list[Actor]) -> Optional[str]:
    kinds = {"person" if a.kind == "person" else "organization" if a.kind in ("organization", "country") else "group"
             for a in members}
    return kinds.pop() if len(kinds) == 1 and "group" not in kinds else None


def _span_of(doc, anchor):
    """The coordination's words, from the first conjunct to the last one's right edge (without
    appositions or clauses after the last name)."""
    last = anchor
    while True:
        conjs = conjuncts(last)
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
        if not conjuncts(anchor):
            return None
        if _alternatives(anchor):
            return None  # "neither Ruiz nor Brell said", "Ruiz or Brell will say": no one speaking as two
        return self._pair_of(_members(self.doc, anchor, index), _span_of(self.doc, anchor), anchor, kind)

    def _pair_of(self, members: list[Actor], span, anchor, kind: Optional[str] = None) -> Optional[Actor]:
        """The group actor of ``members`` (made on first need), with a mention at ``span``, the
        coordination's words, each time it is named ("Ana Ruiz and Tom Brell said ... Ana Ruiz and Tom Brell
        said": both are the pair's), or None when they are no pair."""
        index = self.index
        if not 2 <= len(members) <= MAX_MEMBERS or any(a.id in self.unnamed for a in members):
            return None
        found = _one_kind(members)
        if found is None or kind is not None and found != kind:
            return None
        key = ("pair", tuple(a.id for a in members))
        actor = index.keyed(key)
        if actor is None:
            actor = self._new_pair(key, members)
        if not any(m.start == span.start_char for m in actor.mentions):
            index.add_mention(actor, span, head=anchor.i, point=False)
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
            if t.dep_ not in ("nsubj", "nsubjpass") or not (syntax.is_speaker(t) or speaks_by_verb(t)):
                continue
            examples = example_anchor(t)
            if examples is not None:
                self._pair(examples)  # "critics like Ana Ruiz and Tom Brell said"
            elif conjuncts(t) and not appositive_names(t):
                self._pair(t)
            elif leading_name(t) is not None:  # "Ana Ruiz and Senate leader Tom Brell said"
                first = leading_name(t)
                self._pair_of(_members(self.doc, first, self.index)[:1] + _members(self.doc, t, self.index)[:1],
                              self.doc[first.left_edge.i:t.i + 1], t)
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


def recode_pairs(index) -> None:
    """A pair made while its members were still uncoded ("Sens. Ann Roe of Ohio and Bo Li of Iowa said": the
    pair is found before the plural title, roles and employers code its members) takes the country and the
    sector its members now share, where it has none of its own."""
    for key, actor in index.keyed_actors().items():
        if key[0] != "pair" or actor.kind != "group":
            continue
        members = [index.actor(actor_id) for actor_id in key[1]]
        if any(member is None for member in members):
            continue  # a member merged away or pruned: leave the pair as it was coded
        countries, sectors = {m.country for m in members}, {m.sector for m in members}
        if actor.country is None and len(countries) == 1:
            actor.country = countries.pop()
        if actor.sector is None and len(sectors) == 1:
            actor.sector = sectors.pop()
