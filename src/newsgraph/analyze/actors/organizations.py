"""Registering the named countries, governments, organisations and groups of an article: a name
found in the text becomes a group actor, with what the words around it say of its country and
sector ("China's commerce ministry", "Japanese conglomerate SoftBank") and its short forms ("the
Commission", "NSC") joined to it."""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.actors import coding, dictionaries, names, token_runs
from newsgraph.analyze.actors.places import based_in
from newsgraph.analyze.syntax import is_locative as _is_locative
from newsgraph.model import Actor

_code = token_runs.code_tokens
_text = token_runs.tokens_text
POSSESSIVE_MARKERS = coding.POSSESSIVE_MARKERS
#: nouns that describe a body of people, not a person ("Kosmos, a group co-founded by ...")
BODY_NOUNS = frozenset("group band team club firm startup company organisation organization outfit venture "
                       "fund charity party label network consortium coalition alliance publisher website site "
                       "newspaper paper magazine tabloid broadcaster channel outlet app platform manufacturer "
                       "retailer automaker carmaker chipmaker drugmaker steelmaker toymaker watchmaker lender "
                       "insurer conglomerate brokerage distributor supplier wholesaler chain brand".split())


class OrganizationRegistration:
    """The builder's steps for the name of a body (mixed into it, whose ``index``, ``doc``,
    ``ent_of``, ``possessive``, ``aliases``, ``named`` and ``_premodifiers`` they use)."""

    def _shaped_organization(self, tokens) -> None:
        """An organisation by the shape of its name: a name with a possessive 's that possesses
        nothing is a shop or company ("Lowe's": BUS, named with its 's); a name ending like an
        organisation's is one ("Brightwater Productions")."""
        from spacy.tokens import Span as DocSpan

        self._named_group(DocSpan(self.doc, tokens.start, tokens.end, label="ORG"), tokens)
        actor = self.index.actor_at(tokens.root.i)
        if actor is None or actor.kind != "organization" or tokens.text not in self.possessive:
            return
        if actor.name == tokens.text:
            marker = self.doc[tokens.end].text if tokens.end < len(self.doc) else "'s"
            actor.name = tokens.text + (marker if marker in POSSESSIVE_MARKERS else "'s")
        actor.sector = actor.sector or "BUS"

    def _organization_appositive(self, tokens) -> bool:
        """A name in apposition to, or right after, a description of a body ("Kosmos, a group
        co-founded by ...", "the fact-checking website Full Fact"): an organisation, whatever the
        tagger said."""
        root = tokens.root
        doc = self.doc
        if root.dep_ == "appos" and root.head.i < root.i:
            description = root.head
        else:
            description = next((c for c in root.children if c.dep_ == "appos" and c.i > root.i), None)
        if description is None and tokens.end + 2 < len(doc) and doc[tokens.end].text == "," \
                and doc[tokens.end + 1].lower_ in ("a", "an"):
            # the parse hung the description elsewhere: read it from the words ("Marlo, a company run by")
            description = next((t for t in doc[tokens.end + 2:min(len(doc), tokens.end + 5)]
                                if t.pos_ == "NOUN" and t.dep_ == "appos"), None)
        if description is None and tokens.start > 0 and doc[tokens.start - 1].pos_ == "NOUN" \
                and doc[tokens.start - 1].text.islower():
            description = doc[tokens.start - 1]  # "the fact-checking website Full Fact"
        if description is None or description.pos_ != "NOUN" or description.i in self.ent_of:
            return False
        row = dictionaries.sector_word(description.lemma_.lower())
        return description.lemma_.lower() in BODY_NOUNS or len(tokens) == 1 and row is not None \
            and row.kind == "organization" and row.strong

    def _bare_head(self, tokens) -> Optional[Actor]:
        """A capitalised generic head standing alone ("the Department", "the Commission", "INC"):
        the organisation of the article whose name has that head, or None (a fragment, no actor)."""
        words = [t for t in tokens if t.lower_ not in coding.DETERMINERS]
        if len(words) != 1 or words[0].lower_ not in coding.NEEDS_A_NAME or not words[0].text[:1].isupper():
            return None
        head = words[0].lower_
        for actor in reversed(self.index.actors):
            if actor.kind in ("organization", "group") and head in actor.name.lower().split()[1:]:
                return actor
        return None

    def _is_bare_head(self, tokens) -> bool:
        words = [t for t in tokens if t.lower_ not in coding.DETERMINERS]
        return len(words) == 1 and words[0].lower_ in coding.NEEDS_A_NAME and words[0].text[:1].isupper() \
            and dictionaries.organization(words[0].text) is None

    def _named_group(self, ent, tokens) -> None:
        index = self.index
        root = tokens.root
        if self._is_bare_head(tokens):
            actor = self._bare_head(tokens)
            if actor is not None:  # "the Electoral Commission ... the Commission"
                index.add_mention(actor, tokens, head=root.i)
                for t in ent:
                    index.by_token.setdefault(t.i, actor)
            return
        if root.dep_ in ("oprd", "acomp") or (ent.label_ == "ORG" and not any(t.pos_ in ("NOUN", "PROPN") for t in tokens)):
            return  # "rated Mostly True": a label, not an agent
        if root.dep_ in ("compound", "amod", "nmod") and not (tokens.start <= root.head.i < tokens.end):
            return  # "Kremlin spokesman", "Ukraine war": part of another phrase
        if (_is_locative(root) and not _body_entered(root, tokens)) or based_in(tokens):
            return  # "in Kherson", "a London-based website": places used as places
        code = _code(tokens)
        if ent.label_ in ("GPE", "FAC", "LOC", "PERSON") and code.kind not in ("country", "organization"):
            return  # a place, not an actor (places are found elsewhere)
        if ent.label_ == "LOC" and code.kind == "organization" and dictionaries.organization(tokens.text) is None:
            return  # "for North America and Europe": a region, not a body
        if ent.label_ == "NORP" and code.kind != "group":
            return
        if ent.label_ == "ORG":
            code = self._described_organization(tokens, code)
            if tokens[-1].text.rstrip(".").lower() in coding.CORPORATE_SUFFIXES:
                code = coding.Coding(**{**code.__dict__, "sector": "BUS"})  # "the ad agency Broadhead Co."
        if ent.label_ == "ORG" and (tokens[-1].like_num or not any(names.name_word(t) and t.text[0].isupper() for t in tokens)) \
                and not (code.head and code.country):
            return  # "Trump’s 1995": not an organisation ("China's commerce ministry" is one)
        if ent.label_ == "ORG" and code.kind is None:
            code = coding.Coding(**{**code.__dict__, "kind": "organization", "name": code.name or _text(tokens)})
        key = index.identity(code, tokens)
        if key is not None and index.keyed(key) is None and dictionaries.organization(tokens.text) is None:
            key = self._acronym_key(tokens) or key
        if key is None:
            return
        key = self._country_key(key, code, tokens)
        actor = index.keyed(key)
        if actor is None:
            name = _text([t for t in tokens if t.lower_ != "the"]) if len(key) == 3 and key[0] == "org" \
                else index.display_name(code, tokens)  # "Chinese CDC", not the American CDC's full name
            actor = index.new_actor(key, name, code)
            self.named.add(actor.id)
        else:
            index.learn(actor, code)
        alias = _text([t for t in tokens if t.lower_ != "the"])
        self.aliases.setdefault(actor.id, [])
        if alias not in self.aliases[actor.id]:
            self.aliases[actor.id].append(alias)
        index.add_mention(actor, ent if ent[0].lower_ == "the" else tokens, head=root.i)
        for t in ent:
            index.by_token.setdefault(t.i, actor)

    def _described_organization(self, tokens, code: coding.Coding) -> coding.Coding:
        """What the words before an organisation's name, or its possessor, say about it: "China's
        commerce ministry" (CHN), "Japanese conglomerate SoftBank" (JPN, BUS)."""
        doc = self.doc
        before = [t for t in self._premodifiers(tokens) if t.lower_ not in coding.DETERMINERS]
        owner = [c for c in tokens.root.children if c.dep_ == "poss" and c.i < tokens.start]
        words = before or [w for c in owner for w in doc[c.left_edge.i:c.i + 1]]
        if not words:
            return code
        around = _code(words)
        # a country word before the name wins over the table's ("the Chinese CDC" is China's)
        named = around.country if any(dictionaries.country_of(w.text) for w in words) else None
        country = named or code.country or around.country
        sector = code.sector or (around.sector if around.kind in ("organization", "group") or not before else None)
        return coding.Coding(**{**code.__dict__, "country": country, "sector": sector})

    def _country_key(self, key: tuple, code: coding.Coding, tokens) -> tuple:
        """An organisation known by the name of another country's ("the Chinese CDC" beside the
        table's American CDC) is its own actor; the bare name in an article that named only the
        foreign one ("the CDC" after "the Chinese CDC") is that one."""
        if key[0] != "org" or len(key) != 2:
            return key
        row = dictionaries.organization(tokens.text)
        if row is not None and row.country and code.country and code.country != row.country:
            return key + (code.country,)
        if row is not None and self.index.keyed(key) is None:
            others = [k for k in self.index.keyed_actors() if k[:2] == key and len(k) == 3]
            if len(others) == 1:
                return others[0]
        return key

    def _acronym_key(self, tokens) -> Optional[tuple]:
        """"NSC" after "the National Security Council": the same organisation."""
        text = tokens.text
        if not (text.isupper() and 2 <= len(text) <= 6):
            return None
        for key, actor in self.index.keyed_actors().items():
            if key[0] == "org" and actor.kind == "organization" and _acronym(actor.name) == text:
                return key
        return None


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _body_entered(root, tokens) -> bool:
    """Whether a name after "into" is a body the organisations table lists, not a place or a seat ("hacked into
    the DNC", "an inquiry into the Clinton Foundation"): what is entered is the body itself (a seat such as
    "the White House" is a place to go into; after "in" or "at" a body's name may be its venue: "spoke at the
    DNC", the convention)."""
    if root.dep_ != "pobj" or root.head.lower_ != "into":
        return False
    row = dictionaries.organization(tokens.text)
    return row is not None and row.kind == "organization"
