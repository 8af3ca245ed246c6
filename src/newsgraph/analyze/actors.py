"""Actors: the people, countries and organisations an article mentions, one per real entity.

``find_actors(doc)`` reads the parse once, left to right, and builds an ``ActorIndex``:

- persons from PERSON entities, with the title around the name ("Kremlin spokesman Dmitry Peskov",
  "The spokesperson for the US National Security Council, John Kirby", "Secretary of State X")
  coded by ``coding``; a surname ("Peskov") or a lone first name joins the full name it belongs to;
  names the tagger missed or mislabelled count when an office title vouches for them ("Ivo Marek,
  the Czech defence minister"), and a surname it found elsewhere counts everywhere; datelines
  ("VILNIUS —") and places tagged as persons do not;
- countries (RUS), governments (a capital or seat of government used as an actor: "Moscow",
  "the Kremlin", "the Russian government" -> one RUSGOV actor), named organisations (NATO -> IGO)
  and groups ("Russian forces" -> RUSMIL); a place name in a locative phrase ("in Moscow") or a name
  modifying a noun ("Ukraine war", "Kremlin spokesman") is not an actor mention;
- definite descriptions and pronouns resolved with ``coref`` to an actor already seen, which may
  teach that actor its country ("The US President" -> Biden: USA); an unresolved description that
  speaks ("a senior US official said") becomes an unnamed person actor.

Ids are "A1", "A2", ... in order of first mention. Other analysers use the index through:

- ``resolve(span)``: the actor any mention, title phrase, pronoun or description refers to (None
  when unsure); ``resolve(span, create=True)`` also codes an unseen phrase ("American warplanes")
  and adds it as a new actor (its id then comes after the others);
- ``country_actor(iso3, sector=None)``: the actor of a country (or with sector GOV its government),
  created when missing; ``add_mention(actor, span)``: record one more mention;
- ``actor(id)``, ``actors``, ``mentions_of(actor)`` and ``to_list()`` (actors with mentions).
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze import coding, coref
from newsgraph.analyze.coref import Mention
from newsgraph.analyze.coref import is_locative as _is_locative
from newsgraph.analyze.coref import persons_in as _persons_in
from newsgraph.analyze.coref import trim_name as _trim
from newsgraph.model import Actor, Span

_code = coding.code_tokens
_text = coding.tokens_text
_strip_det = coding.without_article
GOVERNMENT_HEADS = coding.GOVERNMENT_HEADS

#: dependencies that keep a token inside the name or title phrase of its head
NAME_PARTS = frozenset({"compound", "appos", "flat", "amod", "nmod", "punct", "det", "case"})
HONORIFICS_MALE = frozenset({"mr", "sir", "lord"})
HONORIFICS_FEMALE = frozenset({"mrs", "ms", "miss", "madam", "dame", "lady"})
QUANTIFIERS = frozenset({"some", "many", "several", "few", "most", "all", "both", "other", "certain"})
POSSESSIVE_MARKERS = coding.POSSESSIVE_MARKERS
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})


class ActorIndex:
    """The actors of one article, and the resolution of any mention to one of them."""

    def __init__(self, doc):
        self.doc = doc
        self.actors: list[Actor] = []
        self.mentions: list[Mention] = []  # in document order while building
        self._by_token: dict[int, Actor] = {}
        self._by_key: dict[tuple, Actor] = {}
        self._by_id: dict[str, Actor] = {}
        self._heads: dict[str, set] = {}  # actor id -> title heads ("spokesman")
        self._genders: dict[str, str] = {}
        self._sent_of: list[int] = []

    # -- the public interface -------------------------------------------------------------------
    def resolve(self, span, create: bool = False) -> Optional[Actor]:
        """The actor a mention refers to: a spaCy Span or Token, a model ``Span`` or (start, end)
        character offsets. Names, title phrases, appositives, descriptions and pronouns found while
        building are looked up; an unseen phrase is coded and matched to a country, government or
        organisation actor by its code. With ``create`` an unseen codable phrase becomes an actor."""
        tokens = self._tokens(span)
        if tokens is None or len(tokens) == 0:
            return None
        root = tokens.root
        if root.i in self._by_token:
            return self._by_token[root.i]
        # a mapped token that is part of the root's own name or title ("Kremlin spokesman Dmitry
        # Peskov said": the root may be a word around it), never the object of a preposition or a
        # possessor ("talks with Russia", "Moscow's operation" are not Russia)
        best = None
        for t in tokens:
            if t.i not in self._by_token:
                continue
            depth, node = 0, t
            while node.i != root.i and node.dep_ in NAME_PARTS and depth < 6:
                node, depth = node.head, depth + 1
            if node.i == root.i and (best is None or depth < best[0]):
                best = (depth, t)
        if best is not None:
            return self._by_token[best[1].i]
        if root.lower_ in coref.PRONOUNS:
            return None
        code = _code(tokens)
        key = self._key(code, tokens)
        if key is not None and key in self._by_key:
            actor = self._by_key[key]
            if create:
                self.add_mention(actor, tokens)
            return actor
        if create and key is not None:
            actor = self._new(key, self._name_of(code, tokens), code)
            self.add_mention(actor, tokens)
            return actor
        return None

    def country_actor(self, iso3: str, sector: Optional[str] = None, create: bool = True,
                      name: Optional[str] = None) -> Optional[Actor]:
        """The actor of country ``iso3`` (sector GOV: its government), created when missing."""
        key = ("gov", iso3) if sector == "GOV" else ("country", iso3) if sector is None else ("group", iso3, sector)
        if key in self._by_key or not create:
            return self._by_key.get(key)
        kind = "group" if key[0] == "group" else "country"
        return self._new(key, name or iso3, coding.Coding(text=name or iso3, country=iso3, sector=sector, kind=kind))

    def add_mention(self, actor: Actor, span, head: Optional[int] = None) -> None:
        """Record a mention (spaCy Span/Token, model Span or (start, end)) of ``actor``."""
        tokens = self._tokens(span)
        if tokens is None or len(tokens) == 0:
            return
        mention = Span(tokens.start_char, tokens.end_char, tokens.text)
        if mention not in actor.mentions:
            actor.mentions.append(mention)
            actor.mentions.sort(key=lambda s: s.start)
        root = self.doc[head] if head is not None else tokens.root
        self._by_token.setdefault(root.i, actor)
        if self._sent_of:
            self.mentions.append(Mention(actor, root.i, self._sent_of[root.i],
                                         coref.is_subject(root), coref.is_speaker(root)))

    def actor(self, actor_id: Optional[str]) -> Optional[Actor]:
        return self._by_id.get(actor_id) if actor_id else None

    def mentions_of(self, actor: Actor) -> list[Span]:
        return list(actor.mentions)

    def to_list(self) -> list[Actor]:
        """The actors that have at least one mention, in id order."""
        return [a for a in self.actors if a.mentions]

    # -- building -------------------------------------------------------------------------------
    def _tokens(self, span):
        doc = self.doc
        if span is None:
            return None
        if hasattr(span, "i") and hasattr(span, "doc"):  # a Token
            return doc[span.i:span.i + 1]
        if hasattr(span, "root") and hasattr(span, "start_char"):  # a spaCy Span
            return span
        if isinstance(span, tuple):
            start, end = span
        else:
            start, end = span.start, span.end
        return doc.char_span(start, end, alignment_mode="expand")

    def _new(self, key, name: str, code: coding.Coding) -> Actor:
        actor = Actor(id=f"A{len(self.actors) + 1}", name=name, kind=code.kind or "organization",
                      country=code.country, sector=code.sector, title=code.title if code.kind == "person" else None)
        self.actors.append(actor)
        self._by_id[actor.id] = actor
        if key is not None:
            self._by_key[key] = actor
        if code.head:
            self._heads.setdefault(actor.id, set()).add(code.head)
        return actor

    def _key(self, code: coding.Coding, tokens) -> Optional[tuple]:
        """The identity of a non-person actor: same key, same actor."""
        head = code.head or ""
        if code.kind == "country" and code.country:
            return ("gov", code.country) if code.sector == "GOV" else ("country", code.country)
        if code.country and head in GOVERNMENT_HEADS:
            return ("gov", code.country)
        if code.kind == "group" and code.country:
            return ("group", code.country, code.sector or head)  # "Russian troops" = "Russian forces"
        if code.kind == "group" and code.sector:
            return ("group", None, head)  # without a country only the same word is the same group
        if code.kind == "organization":
            org = coding.organization(tokens.text)
            if org is not None:
                return ("org", org.name)
            if code.name:
                return ("org", _normal(code.name))
            if code.country and code.sector:
                return ("org", code.country, code.sector, head)
        return None

    def _name_of(self, code: coding.Coding, tokens) -> str:
        """A display name for a non-person actor: its words less articles and quantifiers."""
        tokens = list(tokens)
        org = coding.organization(_text(tokens))
        if org is not None and org.kind != "country":
            return org.name
        words = list(tokens)
        while words and (words[0].pos_ in ("DET", "NUM", "ADV", "ADP", "PRON", "PUNCT", "PART")
                         or words[0].lower_ in QUANTIFIERS):
            words.pop(0)
        words = [t for t in words if not (t.dep_ == "poss" and t.pos_ == "PRON")]
        while words and words[-1].text in POSSESSIVE_MARKERS:
            words.pop()
        return _text(words) or _text(tokens)

    def learn(self, actor: Actor, code: coding.Coding) -> None:
        """Fill what ``actor`` does not know yet from a coded mention (title, country, sector)."""
        if actor.country is None and code.country:
            actor.country = code.country
        if code.sector and (actor.sector is None or (actor.sector == "GOV" and code.sector not in ("GOV",)
                                                      and actor.kind == "person" and not actor.title)):
            actor.sector = code.sector
        if actor.kind == "person" and code.title:
            old = actor.title
            if old is None or (code.title.lower().endswith(old.lower()) and len(code.title) > len(old)
                               and " for " not in code.title and " of " not in code.title):
                actor.title = code.title
        if code.head:
            self._heads.setdefault(actor.id, set()).add(code.head)
        gender = coref.gender_of_title(code.title)
        if gender:
            self._genders.setdefault(actor.id, gender)






def _normal(name: str) -> str:
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).replace("’s", "").replace("'s", "").lower()


def find_actors(doc) -> ActorIndex:
    """All actors of ``doc`` with their mentions, resolved and coded (see the module docstring)."""
    index = ActorIndex(doc)
    _Builder(index, doc).run()
    return index


class _Builder(coref.DescriptionsAndPronouns):
    """One left-to-right pass over a parse that fills an ActorIndex (see the module docstring)."""

    def __init__(self, index: ActorIndex, doc):
        self.index = index
        self.doc = doc
        self.ent_of: dict[int, object] = {}
        self.surnames: dict[str, list[Actor]] = {}
        self.person_words: set[str] = set()
        self.affiliations: list[tuple[Actor, object]] = []  # (actor, the PERSON entity it works for)
        self.aliases: dict[str, list[str]] = {}
        self.named_by_country: dict[str, bool] = {}  # group id -> its name says its country
        self.unnamed: set[str] = set()  # persons known only by a description ("a senior official")

    def run(self) -> None:
        doc, index = self.doc, self.index
        sent_of = [0] * len(doc)
        # a pipeline without a parser has no sentences: the text is then one sentence
        sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        for k, sent in enumerate(sents):
            for i in range(sent.start, sent.end):
                sent_of[i] = k
        index._sent_of = sent_of
        items = []
        for ent in doc.ents:
            if ent.label_ in NAME_LABELS and "\n" not in ent.text:
                for i in range(ent.start, ent.end):
                    self.ent_of[i] = ent
                items.append((ent.start, 0, ent))
                if ent.label_ == "PERSON":
                    words = [t.text for t in ent if t.text not in POSSESSIVE_MARKERS and t.text.strip()]
                    if words:
                        self.person_words.add(" ".join(words))
                        self.person_words.add(words[-1])
        for ent in self._untagged_names():
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
            items.append((ent.start, 0, ent))
            words = [t.text for t in ent]
            self.person_words.update((" ".join(words), words[-1]))
        surnames = {w.split()[-1] for w in self.person_words}
        for t in doc:
            if t.i not in self.ent_of and t.text in surnames and (t.pos_ == "PROPN" or (
                    t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "poss", "appos", "conj", "dobj"))):
                # a surname the tagger missed ("Lindqvist spoke first") that it found elsewhere
                ent = _person_span(doc, t.i, t.i + 1)
                self.ent_of[t.i] = ent
                items.append((t.i, 0, ent))
            elif t.lower_ in coref.PRONOUNS and t.pos_ == "PRON":
                items.append((t.i, 1, t))
            elif t.pos_ in ("NOUN", "PROPN") and t.i not in self.ent_of and self._title_head(t):
                items.append((t.i, 1, t))
        items.sort(key=lambda item: (item[0], item[1]))
        for _, _, obj in items:
            if hasattr(obj, "label_"):
                self._entity(obj)
            elif obj.lower_ in coref.PRONOUNS:
                self._pronoun(obj)
            else:
                self._description(obj)
        self._finish()

    def _untagged_names(self) -> list:
        """Names the tagger missed but a title vouches for: "Ivo Marek, the Czech defence minister",
        "defence minister Ivo Marek" (a proper-noun run in apposition to, or after, a person title)."""
        found = []
        for t in self.doc:
            if t.pos_ not in ("NOUN", "PROPN") or t.i in self.ent_of:
                continue
            row = coding.sector_word(t.text)
            if row is None or row.kind != "person" or row.sector in ("CVL", "REF", "LAB", "AGR", "EDU", "CRM", "UAF"):
                continue  # "Refugee Convention": only office titles vouch for a name
            head = t.head
            if not (head.pos_ == "PROPN" and head.i not in self.ent_of and head.text[:1].isupper()):
                continue
            if not ((t.dep_ == "appos" and head.i < t.i) or (t.dep_ == "compound" and head.i > t.i)):
                continue
            start = head.i
            while (start - 1 > t.i or t.dep_ == "appos") and start - 1 >= 0:
                prev = self.doc[start - 1]
                if prev.pos_ != "PROPN" or prev.i in self.ent_of or not prev.text[:1].isupper() \
                        or coding.sector_word(prev.text) or coding.country_of(prev.text) or prev.i == t.i:
                    break
                start -= 1
            if coding.sector_word(head.text) or coding.country_of(head.text) or coding.organization(head.text):
                continue
            found.append(_person_span(self.doc, start, head.i + 1))
        return found

    # -- persons ----------------------------------------------------------------------------------
    def _entity(self, ent) -> None:
        tokens = _trim(ent)
        if tokens is None:
            return
        text = " ".join(t.text for t in tokens)
        if text.isupper() and len(text) > 4 and coding.organization(text) is None:
            return  # a dateline ("ROTTERDAM —"), not an actor
        if ent.label_ == "PERSON" and (coding.country_of(tokens.text) or coding.capital_country(tokens.text)
                                       or coding.organization(tokens.text)):
            self._named_group(ent, tokens)  # "La Paz", "Azerbaijani" tagged as persons
            return
        if ent.label_ in ("ORG", "NORP", "GPE"):
            code = _code(tokens)
            if code.kind == "person" and code.name:  # "Spokeswoman Nadia Perez" tagged ORG
                self._person(ent, tokens)
                return
        if ent.label_ == "ORG" and self._titled_appositive(tokens):
            self._person(ent, tokens)  # "The head of the agency, Amara Diallo": tagged ORG
            return
        if ent.label_ == "PERSON" or (text in self.person_words and coding.organization(tokens.text) is None
                                      and coding.country_of(tokens.text) is None
                                      and coding.capital_country(tokens.text) is None):
            self._person(ent, tokens)
        else:
            self._named_group(ent, tokens)

    def _person(self, ent, tokens) -> None:
        doc, index = self.doc, self.index
        root = tokens.root
        if _is_locative(root) and not self.surnames.get(tokens[-1].text):
            return  # "in Kherson and Zaporizhzhia": a place the tagger took for a person
        premod = self._premodifiers(tokens)
        if not _is_title(premod):
            premod = self._title_before(tokens) or premod
        words = list(premod) + list(tokens)
        code = _code(words)
        name_tokens = tokens
        if code.name_range and code.name_range[0] >= len(premod):
            name_tokens = doc[words[code.name_range[0]].i:tokens.end]  # "Spokeswoman Nadia Perez"
        elif _is_title(premod):
            # the tagger found the name: the title is all that comes before it
            title = _text([t for t in premod if not (t is premod[0] and t.lower_ == "the")])
            code = coding.Coding(**{**code.__dict__, "title": title, "kind": "person"})
        name = " ".join(_text(name_tokens).split())
        if not name or not any(c.isalpha() for c in name):
            return
        actor = self._find_person(name)
        if actor is None:
            actor = index._new(("person", name), name, coding.Coding(text=name, kind="person"))
            self.surnames.setdefault(name.split()[-1], []).append(actor)
        elif len(name.split()) > len(actor.name.split()) and name.split()[-1] == actor.name.split()[-1]:
            actor.name = name  # "Peskov" first, "Dmitry Peskov" later: keep the full name
            index._by_key[("person", name)] = actor
        self.aliases.setdefault(actor.id, [])
        if name not in self.aliases[actor.id]:
            self.aliases[actor.id].append(name)
        index.add_mention(actor, name_tokens, head=root.i)
        if code.title:
            index.learn(actor, code)
        honorific = {t.text.rstrip(".").lower() for t in premod}
        if honorific & HONORIFICS_MALE:
            index._genders.setdefault(actor.id, "m")
        elif honorific & HONORIFICS_FEMALE:
            index._genders.setdefault(actor.id, "f")
        self._map(premod, actor)
        for other in _persons_in(premod, self.ent_of):
            self.affiliations.append((actor, other))
        appositive = self._appositive(root)
        if appositive is not None:
            acode = _code(appositive)
            if acode.head and acode.kind == "person":
                if actor.title and len(actor.title.split()) == 1:
                    actor.title = None  # "Gen. Mark Milley, chairman of ...": the fuller title
                index.learn(actor, _strip_det(acode))
                self._map(appositive, actor)
                for other in _persons_in(appositive, self.ent_of):
                    self.affiliations.append((actor, other))

    def _titled_appositive(self, tokens) -> bool:
        """An unknown name in apposition to a person title: a person, whatever the tagger said."""
        root = tokens.root
        if root.dep_ != "appos" or any(coding.find_hits([t.text for t in tokens])):
            return False
        row = coding.sector_word(root.head.text)
        return row is not None and row.kind == "person" and root.head.pos_ in ("NOUN", "PROPN")

    def _find_person(self, name: str) -> Optional[Actor]:
        index = self.index
        if ("person", name) in index._by_key:
            return index._by_key[("person", name)]
        parts = name.split()
        same = self.surnames.get(parts[-1], [])
        if len(parts) == 1:
            if same:
                return max(same, key=lambda a: a.mentions[-1].start if a.mentions else -1)
            # a first name alone ("LeBron") for the one person known by it
            firsts = [a for a in index.actors if a.kind == "person" and len(a.name.split()) > 1
                      and a.name.split()[0] == name]
            return firsts[0] if len(firsts) == 1 else None
        for actor in same:  # a known surname-only actor gets its first name
            if len(actor.name.split()) == 1:
                return actor
        return None

    def _premodifiers(self, tokens) -> list:
        """The title words before a name that belong to it ("Kremlin spokesman", "French President")."""
        doc = self.doc
        root = tokens.root
        k = tokens.start
        sent_start = _sent_start(self.index._sent_of, tokens.start)
        while k - 1 >= sent_start:
            t = doc[k - 1]
            if t.lower_ in coding.DETERMINERS or t.pos_ in ("PRON", "VERB", "CCONJ", "SCONJ", "DET"):
                break
            if t.pos_ == "ADP" and t.lower_ not in ("of", "for"):
                break  # "Secretary of State Antony Blinken" keeps its "of"
            if t.tag_ == "VBG" or (t.is_punct and t.text not in ("-", ".")) or t.is_space:
                break
            if root not in t.ancestors and t.text not in POSSESSIVE_MARKERS:
                break
            k -= 1
        return list(doc[k:tokens.start])

    def _title_before(self, tokens) -> list:
        """A title the parse did not attach to the name ("Secretary of State Antony Blinken"): the
        longest run of up to six words before it that codes as a person title ending at the name."""
        doc = self.doc
        sent_start = _sent_start(self.index._sent_of, tokens.start)
        if tokens.start == sent_start or not doc[tokens.start - 1].text[:1].isupper():
            return []
        best: list = []
        for k in range(max(sent_start, tokens.start - 6), tokens.start):
            run = doc[k:tokens.start]
            if any(t.is_punct and t.text not in ("-", ".", "'s", "’s") for t in run) or run[0].pos_ in ("VERB", "AUX", "ADP", "DET", "PRON"):
                continue
            if any(t.i in self.ent_of and self.ent_of[t.i].label_ == "PERSON" for t in run):
                continue
            if _is_title(run):
                best = list(run)
                break
        return best

    def _appositive(self, root):
        """The description a name stands in apposition to, or that stands in apposition to it."""
        doc = self.doc
        head = root.head
        if root.dep_ == "appos":
            # the appositive may hang off the end of the title's complement: climb to the title
            def is_title(tok):
                row = coding.sector_word(tok.text)
                return tok.i not in self.ent_of and tok.pos_ in ("NOUN", "PROPN") and row is not None \
                    and row.kind == "person"

            steps = 0
            while steps < 4 and head.i < root.i and not is_title(head) and head.head is not head \
                    and (head.i in self.ent_of or head.dep_ in ("pobj", "prep")):
                head, steps = head.head, steps + 1
            if head.pos_ in ("NOUN", "PROPN") and head.i not in self.ent_of and head.i < root.i:
                return _strip_punct(doc[head.left_edge.i:root.left_edge.i])
        for child in root.children:
            if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and child.i > root.i:
                return _strip_punct(_noun_phrase(child))
        return None

    def _map(self, tokens, actor: Actor) -> None:
        """Point title or description tokens at ``actor`` (so resolving the whole phrase finds it)."""
        for t in tokens:
            if t.i not in self.ent_of or self.ent_of[t.i].label_ != "PERSON":
                self.index._by_token.setdefault(t.i, actor)

    # -- countries, governments, organisations, groups ----------------------------------------
    def _named_group(self, ent, tokens) -> None:
        index = self.index
        root = tokens.root
        if root.dep_ in ("compound", "amod", "nmod") and not (tokens.start <= root.head.i < tokens.end):
            return  # "Kremlin spokesman", "Ukraine war": part of another phrase
        if _is_locative(root):
            return
        code = _code(tokens)
        if ent.label_ in ("GPE", "FAC", "LOC", "PERSON") and code.kind not in ("country", "organization"):
            return  # a place, not an actor (places are found elsewhere)
        if ent.label_ == "NORP" and code.kind != "group":
            return
        if ent.label_ == "ORG" and (tokens[-1].like_num or not any(t.is_alpha and t.text[0].isupper() for t in tokens)):
            return  # "Trump’s 1995": not an organisation
        if ent.label_ == "ORG" and code.kind is None:
            code = coding.Coding(**{**code.__dict__, "kind": "organization", "name": code.name or _text(tokens)})
        key = index._key(code, tokens)
        if key is not None and key not in index._by_key and coding.organization(tokens.text) is None:
            key = self._acronym_key(tokens) or key
        if key is None:
            return
        actor = index._by_key.get(key)
        if actor is None:
            actor = index._new(key, index._name_of(code, tokens), code)
        else:
            index.learn(actor, code)
        alias = _text([t for t in tokens if t.lower_ != "the"])
        self.aliases.setdefault(actor.id, [])
        if alias not in self.aliases[actor.id]:
            self.aliases[actor.id].append(alias)
        index.add_mention(actor, ent if ent[0].lower_ == "the" else tokens, head=root.i)
        for t in ent:
            index._by_token.setdefault(t.i, actor)

    def _acronym_key(self, tokens) -> Optional[tuple]:
        """"NSC" after "the National Security Council": the same organisation."""
        text = tokens.text
        if not (text.isupper() and 2 <= len(text) <= 6):
            return None
        for key, actor in self.index._by_key.items():
            if key[0] == "org" and actor.kind == "organization" and _acronym(actor.name) == text:
                return key
        return None

    def _finish(self) -> None:
        index = self.index
        for actor, ent in self.affiliations:  # "Putin's spokesman": Putin's country
            if actor.country is None:
                other = self._find_person(_text(_trim(ent) or ent))
                if other is not None and other.country:
                    actor.country = other.country
        for actor in index.actors:
            actor.aliases = self.aliases.get(actor.id, [actor.name])


def _person_span(doc, start: int, end: int):
    """A PERSON entity span the tagger did not make (spaCy imported here, not at module import)."""
    from spacy.tokens import Span as DocSpan

    return DocSpan(doc, start, end, label="PERSON")


def _sent_start(sent_of: list[int], i: int) -> int:
    """The first token of the sentence of token ``i``."""
    while i > 0 and sent_of[i - 1] == sent_of[i]:
        i -= 1
    return i




def _noun_phrase(head):
    """A noun with its modifiers and complements, less relative clauses and what follows a comma."""
    def right_end(token, depth=0):
        end = token.i + 1
        for child in token.rights:
            if child.dep_ in ("relcl", "acl", "punct", "appos", "advcl", "parataxis") or depth > 8:
                break
            end = right_end(child, depth + 1)
        return end

    return head.doc[head.left_edge.i:right_end(head)]


def _strip_punct(span):
    doc = span.doc
    start, end = span.start, span.end
    while end > start and doc[end - 1].is_punct:
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    return doc[start:end] if end > start else None




def _is_title(tokens) -> bool:
    """Whether tokens code as one person's title ("Canadian Minister of Fisheries")."""
    if not tokens:
        return False
    code = _code(tokens)
    return code.kind == "person" and code.head is not None and not code.plural






def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())
