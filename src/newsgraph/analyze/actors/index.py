"""The actor index of one article: its actors, their mentions, and what a mention resolves to.

The index is built by ``build`` and FINAL after the actor stage: later stages read it through
``analyze.stages.ActorLookup`` (``resolve(span)``, ``actor(id)``, ``country_actor(iso3, sector)``,
``to_list()``) and never add actors or mentions. Ids are "A1", "A2", ... in order of first mention.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from types import MappingProxyType
from typing import Optional

from newsgraph.analyze import syntax
from newsgraph.analyze.actors import coding, coref, dictionaries, token_runs
from newsgraph.analyze.actors.gender import gender_of_titled
from newsgraph.analyze.actors.mentions import Mention
from newsgraph.model import Actor, Span
from newsgraph.nlp.text import text_of

_code = token_runs.code_tokens
_text = token_runs.tokens_text
GOVERNMENT_HEADS = coding.GOVERNMENT_HEADS

#: dependencies that keep a token inside the name or title phrase of its head
NAME_PARTS = frozenset({"compound", "appos", "flat", "amod", "nmod", "punct", "det", "case"})
QUANTIFIERS = frozenset({"some", "many", "several", "few", "most", "all", "both", "other", "certain"})
POSSESSIVE_MARKERS = coding.POSSESSIVE_MARKERS
#: sectors whose groups are one body whatever the head word says ("Russian troops" = "Russian
#: forces", "police officers" = "the police"); other sectors' groups are people who share a trait,
#: the same group only by the same head ("Democratic economists" are not "Republican candidates")
BODY_SECTORS = frozenset({"MIL", "COP", "GOV", "REB", "SPY", "JUD", "LEG", "CRM", "IGO"})


class ActorTable(dict):
    """A dict whose values are actors and which knows each actor's keys, so that ``replace`` (a merge or
    a removal) visits only the keys of the actor it replaces, not the whole table. Key order is a dict's:
    a replaced value keeps its key's place."""

    def __init__(self):
        super().__init__()
        self._keys: dict[int, dict] = {}  # id of an actor -> its keys (an ordered set)

    def __setitem__(self, key, actor) -> None:
        old = super().get(key)
        if old is not None and old is not actor:
            self._keys.get(id(old), {}).pop(key, None)
        super().__setitem__(key, actor)
        self._keys.setdefault(id(actor), {})[key] = None

    def setdefault(self, key, actor=None):
        if key not in self:
            self[key] = actor
        return super().__getitem__(key)

    def __delitem__(self, key) -> None:
        self._keys.get(id(super().__getitem__(key)), {}).pop(key, None)
        super().__delitem__(key)

    def pop(self, key, *default):
        if key in self:
            actor = super().__getitem__(key)
            del self[key]
            return actor
        return super().pop(key, *default)

    def update(self, *args, **kwargs) -> None:
        for key, actor in dict(*args, **kwargs).items():
            self[key] = actor

    def replace(self, gone: Actor, keep: Optional[Actor]) -> None:
        """Every key of ``gone`` names ``keep`` now (``None``: the keys are dropped)."""
        for key in list(self._keys.pop(id(gone), {})):
            if keep is None:
                super().__delitem__(key)
            else:
                self[key] = keep


class ActorIndex:
    """The actors of one article, and the resolution of any mention to one of them."""

    def __init__(self, doc):
        self.doc = doc
        self._actors: list[Actor] = []
        self._mentions: list[Mention] = []  # in document order while building
        # what ``remove`` and ``merge`` took out and the lists still hold until next read (``actors``,
        # ``mentions``): ids of the actors and of the mention records, dropped in one pass, not one per call
        self._dropped_actors: set[int] = set()
        self._dropped_mentions: set[int] = set()
        self._records: dict[int, list[Mention]] = {}  # id of an actor -> its mention records
        # what the builder's steps (``build`` and its mixins) read and fill while building:
        self.by_token: ActorTable = ActorTable()  # token index -> the actor a mention rooted there names
        self._by_key: ActorTable = ActorTable()
        self._by_id: dict[str, Actor] = {}
        self.heads: dict[str, set] = {}  # actor id -> title heads ("spokesman")
        #: ids of actors whose sector is only a weak head's default so far ("their leaders": GOV)
        self._default_sector: set[str] = set()
        self.genders: dict[str, str] = {}  # actor id -> "m"/"f" where the text or a pronoun said
        self.sent_of: list[int] = []  # token index -> sentence index
        self._created = 0
        self.scenery: set[str] = set()  # countries that only locate something (``scenery``)
        self.no_actors: set[str] = set()  # acts, records, generic roles, venues (``nonactors``)
        # (group, person) where the person's possessive owns the group ("her staffers", "his aides")
        self.staff_of: list[tuple[Actor, Actor]] = []

    # -- the public interface -------------------------------------------------------------------
    @property
    def actors(self) -> list[Actor]:
        """The actors made so far, less those removed or merged away (a new list after a removal, as
        before: a loop over the old one is not disturbed)."""
        if self._dropped_actors:
            dropped, self._dropped_actors = self._dropped_actors, set()
            self._actors = [a for a in self._actors if id(a) not in dropped]
        return self._actors

    @actors.setter
    def actors(self, actors: list[Actor]) -> None:
        self._dropped_actors = set()
        self._actors = actors

    @property
    def mentions(self) -> list[Mention]:
        """The mention records in document order, less those of removed actors."""
        if self._dropped_mentions:
            dropped, self._dropped_mentions = self._dropped_mentions, set()
            self._mentions = [m for m in self._mentions if id(m) not in dropped]
        return self._mentions

    def actor_at(self, i: int) -> Optional[Actor]:
        """The actor whose mention has its root at token ``i``, if any (no search around it)."""
        return self.by_token.get(i)

    def resolve(self, span) -> Optional[Actor]:
        """The actor a mention refers to: a spaCy Span or Token, a model ``Span`` or (start, end)
        character offsets. Names, title phrases, appositives, descriptions and pronouns found while
        building are looked up; an unseen phrase is coded and matched to a country, government or
        organisation actor by its code. Never creates an actor."""
        tokens = self._tokens(span)
        if tokens is None or len(tokens) == 0:
            return None
        root = tokens.root
        if root.i in self.by_token:
            return self.by_token[root.i]
        # a mapped token that is part of the root's own name or title ("Kremlin spokesman Dmitry
        # Peskov said": the root may be a word around it), never the object of a preposition or a
        # possessor ("talks with Russia", "Moscow's operation" are not Russia)
        best = None
        for t in tokens:
            if t.i not in self.by_token:
                continue
            depth, node = 0, t
            while node.i != root.i and node.dep_ in NAME_PARTS and depth < 6:
                node, depth = node.head, depth + 1
            if node.i == root.i and (best is None or depth < best[0]):
                best = (depth, t)
        if best is not None:
            return self.by_token[best[1].i]
        if root.lower_ in coref.PRONOUNS:
            return None
        code = _code(tokens)
        key = self.identity(code, tokens)
        if key is not None and key in self._by_key:
            return self._by_key[key]
        return None

    def country_actor(self, iso3: str, sector: Optional[str] = None) -> Optional[Actor]:
        """The actor of country ``iso3`` (sector GOV: its government) when the article has one."""
        key = ("gov", iso3) if sector == "GOV" else ("country", iso3) if sector is None else ("group", iso3, sector)
        actor = self._by_key.get(key)
        return actor if actor is not None and actor.mentions else None

    # -- building (the actor stage only) ---------------------------------------------------------
    def add_mention(self, actor: Actor, span, head: Optional[int] = None, point: bool = True) -> None:
        """Record a mention (spaCy Span/Token, model Span or (start, end)) of ``actor``."""
        tokens = self._tokens(span)
        if tokens is None or len(tokens) == 0:
            return
        mention = Span(tokens.start_char, tokens.end_char, tokens.text)
        # an actor's mentions are kept in order of start (here and in ``merge``): the new one goes
        # after those starting where it does, unless it is one of them (a search, not a pass over all)
        same_start = bisect_left(actor.mentions, mention.start, key=_start)
        after = bisect_right(actor.mentions, mention.start, lo=same_start, key=_start)
        if mention not in actor.mentions[same_start:after]:
            actor.mentions.insert(after, mention)
        root = self.doc[head] if head is not None else tokens.root
        if point:
            self.by_token.setdefault(root.i, actor)
        if self.sent_of:
            record = Mention(actor, root.i, self.sent_of[root.i], syntax.is_subject(root), syntax.is_speaker(root))
            self.mentions.append(record)
            self._records.setdefault(id(actor), []).append(record)

    def number(self) -> None:
        """Give ids "A1", "A2", ... in order of first mention (the actor stage's last step)."""
        last = len(text_of(self.doc)) + 1
        order = sorted(self.actors, key=lambda a: (a.mentions[0].start if a.mentions else last,
                                                   int(a.id[1:])))
        renamed = {a.id: f"A{k}" for k, a in enumerate(order, 1)}
        for a in order:
            a.id = renamed[a.id]
        self.actors = order
        self._by_id = {a.id: a for a in order}
        self.heads = {renamed[k]: v for k, v in self.heads.items()}
        self._default_sector = set()
        self.genders = {renamed[k]: v for k, v in self.genders.items()}

    def merge(self, keep: Actor, gone: Actor) -> None:
        """Make ``gone`` a name of ``keep`` ("Joe" and "Joe Pakula"): its mentions, tokens, keys,
        titles and gender move over and ``gone`` is no actor any more (the actor stage only)."""
        known = set(keep.mentions)
        for mention in gone.mentions:
            if mention not in known:
                keep.mentions.append(mention)
                known.add(mention)
        keep.mentions.sort(key=lambda s: s.start)
        for alias in gone.aliases or [gone.name]:
            if keep.aliases is not None and alias not in keep.aliases:
                keep.aliases.append(alias)
        keep.title = keep.title or gone.title
        keep.country = keep.country or gone.country
        keep.sector = keep.sector or gone.sector
        self.heads.setdefault(keep.id, set()).update(self.heads.get(gone.id, set()))
        if gone.id in self.genders:
            self.genders.setdefault(keep.id, self.genders[gone.id])
        self._replace(gone, keep)

    def remove(self, gone: Actor) -> None:
        """Drop ``gone`` (a thing the tagger took for a name) with its tokens, keys and mentions."""
        self._replace(gone, None)

    def _replace(self, gone: Actor, keep: Optional[Actor]) -> None:
        """Point what names ``gone`` at ``keep`` (or drop it): only ``gone``'s own entries are visited,
        so a story of many merges stays linear in its mentions."""
        for table in (self.by_token, self._by_key):
            table.replace(gone, keep)
        records = self._records.pop(id(gone), [])
        if keep is None:
            self._dropped_mentions.update(id(m) for m in records)
        else:
            for m in records:
                m.actor = keep
            self._records.setdefault(id(keep), []).extend(records)
        self._dropped_actors.add(id(gone))
        self._by_id.pop(gone.id, None)
        self.heads.pop(gone.id, None)
        self.genders.pop(gone.id, None)

    def actor(self, actor_id: Optional[str]) -> Optional[Actor]:
        return self._by_id.get(actor_id) if actor_id else None

    def mentions_of(self, actor: Actor) -> list[Span]:
        return list(actor.mentions)

    def to_list(self) -> list[Actor]:
        """The actors that have at least one mention, in id order."""
        return [a for a in self.actors if a.mentions]

    def listed(self, used) -> list[Actor]:
        """The actors an analysis shows: ``to_list()`` less the countries that are only scenery
        ("offices in Toronto") and the phrases that name no actor ("the fundraising deal", "any
        candidate"), unless an id of ``used`` (speakers, event actors and recipients) names them."""
        from newsgraph.analyze.actors.scenery import listed

        return listed(self.to_list(), self.scenery | self.no_actors, used)

    def _tokens(self, span):
        from spacy.tokens import Span as DocSpan
        from spacy.tokens import Token

        doc = self.doc
        if span is None:
            return None
        if isinstance(span, Token):
            return doc[span.i:span.i + 1]
        if isinstance(span, DocSpan):
            return span
        if isinstance(span, tuple):
            start, end = span
        else:
            start, end = span.start, span.end
        return doc.char_span(start, end, alignment_mode="expand")

    # -- the building interface: the actor stage's own modules make and find actors through these ----
    def keyed(self, key: tuple) -> Optional[Actor]:
        """The actor with identity ``key`` (``identity``), if one was made."""
        return self._by_key.get(key)

    def keep_key(self, key: tuple, actor: Actor) -> None:
        """Make ``key`` an identity of ``actor`` (a later mention with that identity is the same actor)."""
        self._by_key[key] = actor

    def keyed_actors(self) -> Mapping[tuple, Actor]:
        """Every identity made so far and its actor (a read-only view)."""
        return MappingProxyType(self._by_key)

    def new_actor(self, key, name: str, code: coding.Coding) -> Actor:
        """A new actor named ``name`` and coded ``code``, with identity ``key`` (None: found by mention only)."""
        self._created += 1  # never reused: merged and pruned actors leave gaps until ``number``
        actor = Actor(id=f"A{self._created}", name=name, kind=code.kind or "organization",
                      country=code.country, sector=code.sector, title=code.title if code.kind == "person" else None)
        self.actors.append(actor)
        self._by_id[actor.id] = actor
        if key is not None:
            self._by_key[key] = actor
        if code.head:
            self.heads.setdefault(actor.id, set()).add(code.head)
        if code.sector and not code.explicit_sector:
            self._default_sector.add(actor.id)
        return actor

    def identity(self, code: coding.Coding, tokens) -> Optional[tuple]:
        """The identity of a non-person actor: same key, same actor."""
        head = code.head or ""
        if code.kind == "country" and code.country:
            return ("gov", code.country) if code.sector == "GOV" else ("country", code.country)
        if code.country and head in GOVERNMENT_HEADS:
            return ("gov", code.country)
        if code.kind == "group" and code.sector == "PTY" and code.name:
            # "Republicans" is the Republican Party, and never the same actor as "Democrats"
            org = dictionaries.organization(code.name)
            return ("org", org.name) if org is not None else ("org", _normal(code.name))
        if code.kind == "group" and code.country:
            party = _party_of(tokens)
            if code.sector in BODY_SECTORS:
                return ("group", code.country, code.sector, party)  # "Russian troops" = "Russian forces"
            return ("group", code.country, code.sector or head, head, party)
        if code.kind == "group" and code.sector:
            return ("group", None, head)  # without a country only the same word is the same group
        if code.kind == "organization":
            org = dictionaries.organization(tokens.text)
            if org is not None:
                return ("org", org.name)
            if code.name:
                return ("org", _normal(code.name))
            named = [t.text for t in tokens if t.lower_ not in ("the", "a", "an")]
            if coding.known_organization(named, 0, len(named)):
                return ("org", _normal(" ".join(named)))  # "Time magazine": a name the base knows whole
            if code.country and code.sector:
                return ("org", code.country, code.sector, head)
        return None

    def display_name(self, code: coding.Coding, tokens) -> str:
        """A display name for a non-person actor: its words less articles and quantifiers."""
        tokens = list(tokens)
        org = dictionaries.organization(_text(tokens))
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

    def say_sector(self, actor: Actor, code: coding.Coding) -> None:
        """A mention whose words say a sector ("Union leaders": LAB) replaces the GOV that was only a weak
        head's default for a group ("their leaders"); the words of the mention decide, not its order (a
        person's or a body's default stays: "the Obama administration" is no "Ford administration")."""
        if not (code.sector and code.explicit_sector):
            return
        if actor.id in self._default_sector and actor.kind == "group" and actor.sector == "GOV" \
                and code.sector not in (actor.sector, "ELI"):
            actor.sector = code.sector  # only a group's GOV default: a candidate's PTY, a justice's JUD stay
        self._default_sector.discard(actor.id)

    def learn(self, actor: Actor, code: coding.Coding) -> None:
        """Fill what ``actor`` does not know yet from a coded mention (title, country, sector)."""
        if actor.country is None and code.country:
            actor.country = code.country
        if code.sector and (actor.sector is None or (actor.sector == "GOV" and code.sector not in ("GOV",)
                                                      and actor.kind == "person" and not actor.title)):
            actor.sector = code.sector
            if not code.explicit_sector:
                self._default_sector.add(actor.id)
        else:
            self.say_sector(actor, code)
        if actor.kind == "person" and code.title:
            old = actor.title
            if old is None or (code.title.lower().endswith(old.lower()) and len(code.title) > len(old)
                               and " for " not in code.title and " of " not in code.title):
                actor.title = code.title
        if code.head:
            self.heads.setdefault(actor.id, set()).add(code.head)
        gender = gender_of_titled(actor, code.title) if actor.kind == "person" else None
        if gender:
            self.genders.setdefault(actor.id, gender)






def _normal(name: str) -> str:
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).replace("’s", "").replace("'s", "").lower()


def _start(span: Span) -> int:
    return span.start


def _party_of(tokens) -> Optional[str]:
    """The party a group's words name ("Democratic" in "Democratic primary voters"), or None: the
    voters of one party are not those of another."""
    for t in tokens:
        if t.text[:1].isupper():
            org = dictionaries.organization(t.text)
            if org is not None and org.sector == "PTY":
                return org.name
    return None
