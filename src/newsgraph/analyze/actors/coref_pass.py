"""The coreference pass over a parse: finds the definite descriptions ("the Russian official") and the
pronouns as the actor stage walks the text, and resolves each with the scoring in ``coref``
and ``person_descriptions``."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import replace
from functools import cached_property
from typing import Optional

from newsgraph.analyze.actors import cataphora, coding, dictionaries, known_offices, token_runs
from newsgraph.analyze.actors.allegiance import parties_named, states_named
from newsgraph.analyze.actors.coref import generic_organization, quoted_tokens, resolve_pronoun
from newsgraph.analyze.actors.gender import FEMALE, MALE, known_gender
from newsgraph.analyze.actors.nonactors import MODALS
from newsgraph.analyze.actors.organization_descriptions import names_an_organization
from newsgraph.analyze.actors.person_descriptions import (
    Description,
    counterpart_roles,
    described_subject,
    known_holder,
    resolve_description,
    role_holders,
    story_candidate,
    titled,
)
from newsgraph.analyze.actors.prominence import FirstMentions
from newsgraph.analyze.actors.title_chains import named_conjunct
from newsgraph.analyze.actors.token_runs import persons_in, trim_name
from newsgraph.analyze.syntax import ARGUMENT_DEPS, is_locative, is_speaker, is_subject
from newsgraph.model import Actor

#: heads of those who work for someone, with no sector of their own ("her staffers", "his employees"):
#: a possessive owner's sector is theirs
STAFF_HEADS = frozenset({"staff", "staffer", "employee", "volunteer"})
#: heads of a person's counsellors, whose table sector (GOV) is only a default ("his advisers" of a
#: candidate are the campaign's, of a governor the state's): a possessive owner's sector is theirs too,
#: unless the words name one ("his military advisers")
ADVISER_HEADS = frozenset({"adviser", "advisor", "aide"})
#: bodies a person's name owns that have staff, money and statements of their own ("the Brell campaign
#: said in a statement", "Brell's transition team"): organisations apart from the person (PLOVER codes a
#: candidate's campaign as its own party-sector actor; reviewers read its statements as the campaign's,
#: not the candidate's words), by head noun and the common noun it needs before it ("" none)
OWNED_BODIES = {("campaign", ""): "campaign", ("team", "transition"): "transition team"}
#: their names' last words ("Brell campaign", "Brell transition team")
OWNED_BODY_NAMES = frozenset(OWNED_BODIES.values())
#: common nouns before "campaign" that still make it a candidate's ("her re-election campaign"); any
#: other makes it a drive of some kind ("his ad campaign", "the Brell fundraising campaign")
ELECTION_WORDS = frozenset({"election", "reelection", "re-election", "re", "-", "primary", "presidential",
                            "senate"})
#: prepositions after "campaign" that make it a drive for or against a cause, not a candidate's body
DRIVE_PREPS = frozenset({"against", "on", "over", "to"})
#: how a name before the noun owns it: "the Brell campaign", "the Brell presidential campaign" (nmod)
OWNER_DEPS = frozenset({"compound", "nmod"})


def owned_body(t) -> str:
    """The name of the ``OWNED_BODIES`` body ``t`` heads, when it has a possessor or a proper name before
    it ("her campaign", "Brell's transition team", "the Brell campaign"), else "": whose body, the index
    decides."""
    lemma = t.lemma_.lower()
    if t.pos_ != "NOUN" or t.tag_ != "NN" or lemma not in ("campaign", "team"):
        return ""  # "his campaigns" are drives or races, not one body
    if any(c.dep_ == "acl" or c.dep_ == "prep" and c.lower_ in DRIVE_PREPS for c in t.rights):
        return ""  # "her campaign against the amendment", "his campaign to ban guns": a drive
    lefts = list(t.lefts)
    if not any(_owner_word(c) for c in lefts):
        return ""
    nouns = [c.lower_ for c in lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if lemma == "campaign":
        return "campaign" if all(w in ELECTION_WORDS for w in nouns) else ""
    return OWNED_BODIES.get((lemma, nouns[-1] if nouns else ""), "")


def hyphenated_title(t) -> Optional[str]:
    """The title word ``t`` ends when the tokenizer split a hyphenated one ("front-runner" is "front", "-",
    "runner"; "president-elect", "director-general"): the table's word, or None. The parse heads such a
    phrase by its last part, which alone is no title ("runner")."""
    doc = t.doc
    if t.i < 2 or doc[t.i - 1].text != "-" or doc[t.i - 1].whitespace_ or doc[t.i - 2].whitespace_:
        return None
    row = dictionaries.tables().sectors.get((doc[t.i - 2].lower_, "-", t.lower_))  # the tables' words, split
    return f"{doc[t.i - 2].lower_}-{t.lower_}" if row is not None and row.kind == "person" else None


def owned_advisers(code: coding.Coding) -> bool:
    """Whether a possessed group phrase names someone's advisers or aides with no sector of their own in
    its words ("his advisers", "her top aides"; not "his military advisers"): staff of the owner."""
    return code.head in ADVISER_HEADS and not code.explicit_sector


def conjunct_possessor(t):
    """The possessor of the first conjunct a plural noun is coordinated with ("Ruiz's friends, aides and
    allies", "his lawyers and advisers"): a possessive before a list owns every noun of it. None without one."""
    head = t
    while head.dep_ == "conj" and head.head is not head and head.head.i < head.i:
        head = head.head
    if head is t or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in head.children if c.dep_ == "poss"), None)


def staff_name(owner: Actor, name: str) -> str:
    """Advisers a pronoun owns named after their owner, as a name before the noun names them ("his
    advisers" of Ana Ruiz: "Ruiz advisers", like "Ruiz's advisers"): one owner's are no other's, and
    "advisers" alone says nothing of whose they are."""
    surname = owner.name.split()[-1] if owner.name.split() else ""
    return f"{surname} {name}" if surname and surname not in name.split() else name


def _owner_word(c) -> bool:
    """Whether a word before an ``OWNED_BODIES`` noun names its owner: a possessive ("her", "Brell's") or a
    proper name before it ("the Brell campaign")."""
    return c.dep_ == "poss" or c.dep_ in OWNER_DEPS and c.pos_ == "PROPN"


def _no_sectors(actor) -> frozenset:
    return frozenset()


def _no_knowledge(actor) -> None:
    return None


def _no_runner(actor) -> bool:
    return False


class DescriptionsAndPronouns:
    """The coreference steps of ``actors``' one pass over a parse (mixed into its builder, whose
    ``index``, ``doc``, ``ent_of``, ``unnamed``, ``named_by_country``, ``_find_person``, ``_map``,
    ``_titled_appositive`` and ``with_place_country`` they use): definite and indefinite descriptions, and pronouns."""

    #: the country the knowledge base knows a named person by (``find_actors`` sets it; none by default)
    known_country = staticmethod(_no_knowledge)
    known_sectors = staticmethod(_no_sectors)
    #: whether the base knows a named person as running for a party on the day (``knowledge.known_runner``)
    known_runner = staticmethod(_no_runner)
    #: the sector of a named "person" the base knows as an organisation (``knowledge.known_body``; None: no body)
    known_body = staticmethod(_no_knowledge)
    #: whether the knowledge base says a named person held a description's role (``known_offices``)
    known_role = staticmethod(known_offices.no_knowledge)

    def _title_head(self, t) -> bool:
        """Whether ``t`` heads a title or group phrase that is not part of a name."""
        if t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i:
            return False
        if t.dep_ == "appos" and t.head.i in self.ent_of:
            return False
        # a title word, a generic organisation noun or a title before one first: the tests after it
        # walk the phrase's whole subtree, and only ever rule a title head out
        if dictionaries.sector_word(t.text) is None and not generic_organization(t) and not any(
                c.dep_ == "compound" and dictionaries.sector_word(c.text) is not None for c in t.lefts) \
                and hyphenated_title(t) is None:
            return False
        if any(c.dep_ == "appos" and c.i in self.ent_of and (self.ent_of[c.i].label_ == "PERSON" or (
               self.ent_of[c.i].label_ == "ORG" and self._titled_appositive(self.ent_of[c.i])))
               for c in t.subtree if c.i > t.i):
            return False  # "The head of the agency, Rafael Grossi": the name's title, not a description
        if named_conjunct(t, self.ent_of) is not None:
            return False  # "chief pollster and strategist Joel Benenson": the name's titles, one person
        return not names_an_organization(t, self.ent_of)  # "The company that runs the fair, Larkspur
        # Events": the name's description

    def _phrase(self, t):
        """The description headed by ``t``: its left modifiers and a for/of/at complement."""
        doc = self.doc
        start = t.left_edge.i
        end = t.i + 1
        for child in t.rights:
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "to") and child.i == end:
                end = child.right_edge.i + 1
            elif child.dep_ == "case":
                continue
            else:
                break
        return doc[start:end]

    def _description(self, t) -> None:
        index = self.index
        phrase = self._phrase(t)
        words = [w for w in phrase if w.dep_ != "case"]
        if self._person_body(t, phrase, words):
            return
        code = token_runs.code_tokens(words)
        if generic_organization(t) and not code.name and self._recent_organization(t, code, phrase, words):
            return
        if code.head is None or code.name:
            return
        first = phrase[0].lower_
        possessor = next((c for c in t.children if c.dep_ == "poss"), None)
        sent = index.sent_of[t.i]
        if code.kind == "person":
            exclude = set()
            country = code.country
            head = code.head
            for other in persons_in(phrase, self.ent_of):
                known = self._find_person(token_runs.tokens_text(trim_name(other) or other))
                if known is not None:
                    exclude.add(known.id)
                    country = country or known.country
            any_of = frozenset()
            if possessor is not None and index.actor_at(possessor.i) is not None:
                owner = index.actor_at(possessor.i)
                exclude.add(owner.id)
                if head == "counterpart":
                    any_of = counterpart_roles(index.heads.get(owner.id, ()))
            definite = first in ("the", "this", "that") or possessor is not None
            if definite:
                desc = Description(head, country, code.sector, frozenset(exclude), is_subject(t), any_of,
                                   code.explicit_sector, parties_named(w.text for w in words if w.i < t.i),
                                   states_named(w.text for w in words if w.i < t.i))
                # a predicate noun or an apposition describes the noun it is said of ("X was the only
                # candidate who ..."), no one the base knows to hold the role
                known = self.known_role if t.dep_ not in ("attr", "appos", "oprd") else known_offices.no_knowledge
                actor = resolve_description(desc, index.mentions, sent, index.heads, t.i, self.known_country,
                                            self.known_sectors, known)
                modifiers = tuple(w.text for w in words if w.i < t.i and w.is_alpha and w.dep_ not in ("det", "poss"))
                if actor is None and is_speaker(t) and t.text.islower() and not (modifiers and role_holders(
                        desc, index.mentions, index.heads, t.i, modifiers)):  # not "the Argus Leader"
                    # "the committee member said" is no one else when someone was introduced as one, long ago
                    if self.quoted is None:
                        self.quoted = quoted_tokens(self.doc)
                    # the one person in reach the base gives the role, before the story's subject:
                    # "the former president" beside a namesake who never was one
                    actor = known_holder(desc, index.mentions, sent, t.i, known) or described_subject(
                        desc, index.mentions, sent, index.heads, t.i, self.doc, self.unnamed, self.quoted,
                        self.known_country)
                if actor is None and self._story_description(t, possessor):
                    # "The candidate also continued to refute ...": the runner the story is about (no
                    # title learned: the description is the writer's word for them, not their office)
                    desc = replace(desc, parties=desc.parties | parties_named(w.text for w in t.subtree))
                    runner = story_candidate(desc, index.mentions, sent, index.heads, t.i, self.known_runner)
                    if runner is not None:
                        index.add_mention(runner, phrase, head=t.i)
                        self._map(words, runner)
                        return
                if actor is not None and not titled(head, index.heads.get(actor.id, ())):
                    # a role only the knowledge base gives ("the real estate tycoon" for the party's
                    # candidate): not the description's sector (the base's role on the day codes the
                    # person), nor an occupation as the person's title (an office is one: "Vermont senator")
                    title = token_runs.without_article(code).title if code.sector in known_offices.OFFICE_SECTORS else None
                    index.learn(actor, coding.Coding(text=code.text, country=country, title=title, head=code.head,
                                                     kind="person"))
                    index.add_mention(actor, phrase, head=t.i)
                    self._map(words, actor)
                    return
                if actor is not None:
                    learned = coding.Coding(text=code.text, country=country, sector=code.sector,
                                            title=token_runs.without_article(code).title, head=code.head, kind="person")
                    index.learn(actor, learned)
                    index.add_mention(actor, phrase, head=t.i)
                    self._map(words, actor)
                    return
            if is_subject(t) or is_speaker(t):
                name = token_runs.without_article(code).title or token_runs.tokens_text(words)
                anon = coding.Coding(text=name, country=country, sector=code.sector, title=name,
                                     head=code.head, kind="person")
                actor = index.new_actor(None, name, anon)
                self.unnamed.add(actor.id)
                index.add_mention(actor, phrase, head=t.i)
                self._map(words, actor)
            return
        if t.dep_ not in ARGUMENT_DEPS and t.dep_ != "ROOT" or is_locative(t):
            return
        explicit = code.country is not None  # the phrase names the country itself
        if possessor is None and code.kind == "group" and owned_advisers(code):
            possessor = conjunct_possessor(t)  # "Ruiz's friends, aides and allies": Ruiz's aides too
        owner = index.actor_at(possessor.i) if possessor is not None and code.kind == "group" else None
        if owner is not None and code.country is None and owner.country:
            # "his troops": the troops of his country
            code = coding.Coding(**{**code.__dict__, "country": owner.country})
        # "her staffers": whoever's staff they are, theirs is that person's sector (``knowledge`` sets it
        # once the person is coded), and they are no other person's staff
        advisers = owner is not None and owner.kind == "person" and not explicit and owned_advisers(code)
        staff = advisers or owner is not None and owner.kind == "person" and code.sector is None \
            and code.head in STAFF_HEADS
        if advisers:
            code = coding.Coding(**{**code.__dict__, "sector": None})  # the owner's, once coded
        pronoun_owner = advisers and possessor is not None and possessor.pos_ == "PRON"
        words = [w for w in words if w.dep_ != "poss" or w.pos_ != "PRON"]
        code = self.with_place_country(code, words)
        key = ("staff", owner.id, code.head) if staff else index.identity(code, phrase)
        if key is None:
            if first in ("the", "this", "that"):
                self._definite_organization(t, code, phrase, words)
            return
        actor = index.keyed(key)
        if actor is None:
            name = index.display_name(code, words)
            actor = index.new_actor(key, staff_name(owner, name) if pronoun_owner else name, code)
            self.named_by_country[actor.id] = explicit
        else:
            index.say_sector(actor, code)
            if explicit and not self.named_by_country.get(actor.id, True):
                actor.name = index.display_name(code, words)  # "Russian forces" names it better than "his troops"
                self.named_by_country[actor.id] = True
        if staff and owner is not actor:
            index.staff_of.append((actor, owner))
        index.add_mention(actor, phrase, head=t.i)
        self._map(words, actor)

    def _story_description(self, t, possessor) -> bool:
        """Whether a description may stand for the person the story is about (``story_candidate``): the writer's
        own subject or speaker, in lower case, owned by no one ("their candidate" is whoever's candidate), outside
        any quote (a speaker's "the other candidate" is theirs to mean), and no hypothetical one ("the nominee
        would be chosen at a brokered convention" is whoever wins)."""
        if not (is_subject(t) or is_speaker(t)) or not t.text.islower() or possessor is not None:
            return False
        if self.quoted is None:
            self.quoted = quoted_tokens(self.doc)
        if t.i in self.quoted:
            return False
        return not any(c.dep_ == "aux" and c.lower_ in MODALS for c in t.head.children)

    def _person_body(self, t, phrase, words) -> bool:
        """"the Brell campaign", "Brell's campaign", "her campaign", "Brell's transition team": the
        organisation (``OWNED_BODIES``) of the person who owns it (a possessive or a name before the noun
        that the index already resolved to a person), one per person and body, named "<surname> campaign"
        (party sector; its country is the person's, see ``settle_owned_bodies``); whether it was one."""
        body = owned_body(t)
        if not body:
            return False
        index = self.index
        owners = [c for c in t.lefts if _owner_word(c)]
        people = {a.id: a for a in (index.actor_at(c.i) for c in owners) if a is not None and a.kind == "person"}
        if len(people) != 1:
            return False
        owner = next(iter(people.values()))
        key = ("owned body", owner.id, body)
        actor = index.keyed(key)
        name = f"{owner.name.split()[-1]} {body}"
        if actor is None:  # the tagger may have named it already ("the Brell campaign" as an ORG)
            actor = next((a for a in index.actors if a.kind == "organization" and a.name.lower() == name.lower()),
                         None)
            if actor is not None:
                index.keep_key(key, actor)
        if actor is None:
            actor = index.new_actor(key, name, coding.Coding(text=name, kind="organization", sector="PTY",
                                                             head=body, explicit_sector=True))
        index.add_mention(actor, phrase, head=t.i)
        self._map(words, actor)
        return True

    def _described_member(self, tokens) -> bool:
        """A speaking "the Utah Republican", "The Democrat": one member of a party or people, singular
        after "the", stands for the person the story is about (``described_subject``); whether one
        was found."""
        root = tokens.root
        if root.tag_ != "NNP" or not is_speaker(root) or root.i != tokens.end - 1:
            return False
        lefts = list(root.lefts)
        if not lefts or lefts[0].lower_ != "the" or any(c.dep_ == "poss" for c in lefts):
            return False
        index = self.index
        phrase = self.doc[lefts[0].i:root.i + 1]
        country = token_runs.code_tokens(list(phrase)).country
        desc = Description(root.lower_, country, None, subject=True)
        if self.quoted is None:
            self.quoted = quoted_tokens(self.doc)
        actor = described_subject(desc, index.mentions, index.sent_of[root.i], index.heads, phrase.start,
                                  self.doc, self.unnamed, self.quoted, self.known_country)
        if actor is None:
            return False
        index.add_mention(actor, phrase, head=root.i)
        self._map(list(phrase), actor)
        return True

    @cached_property
    def _first_mentions(self) -> FirstMentions:
        return FirstMentions()

    @cached_property
    def _guessed_genders(self) -> set[str]:
        """Ids of the persons whose gender only a pronoun resolved to them gave."""
        return set()

    @cached_property
    def _surname_genders(self) -> dict[str, str]:
        """Surname -> "m"/"f" where the one full name of the article that ends with it opens with a
        given name that marks a gender (a person named by surname first, in a headline or a lead,
        is named in full further on)."""
        from newsgraph.analyze import resources

        firsts = resources.first_name_genders()
        by_surname: dict[str, set] = {}
        for word in self.person_words:
            parts = word.split()
            if len(parts) > 1:
                by_surname.setdefault(parts[-1], set()).add(firsts.get(parts[0].strip(".").lower()))
        return {surname: found.pop() for surname, found in by_surname.items() if len(found) == 1 and None not in found}

    def _pronoun(self, t) -> None:
        index = self.index
        if self.quoted is None:
            self.quoted = quoted_tokens(self.doc)
        guessed = self._guessed_genders
        genders = index.genders
        if self._surname_genders:  # "Trump" in a headline before "Donald Trump" is named
            genders = WithSurnameGenders(index, self._surname_genders)
        actor = self._looked_ahead(t, genders)
        if actor is not None:
            index.add_mention(actor, t)
            # read after the name it looks ahead to, its record goes back to its place in text order
            index.mentions.insert(bisect_right(index.mentions, t.i, key=lambda m: m.head), index.mentions.pop())
            return
        if actor is None:
            actor = resolve_pronoun(t, index.mentions, index.sent_of[t.i], self.doc, genders,
                                    self.unnamed, self.quoted, self._first_mentions.of(index.mentions), guessed)
        if actor is None:
            if t.lower_ == "they":
                self.speaking_pair(t)  # "Ana Ruiz and Tom Brell ... They said": the two
            return
        index.add_mention(actor, t)
        if t.lower_ in MALE | FEMALE and (actor.id not in index.genders or actor.id in guessed and t.i not in self.quoted):
            # a pronoun's gender is a guess: the latest pronoun of the narrator's that won the person over it
            # replaces it. One inside a quote is the speaker's, who may speak of anyone ('Garcia ... he said.
            # "Does she know ...?"'): it gives a gender only to a person who has none yet
            index.genders[actor.id] = "m" if t.lower_ in MALE else "f"
            guessed.add(actor.id)

    def _looked_ahead(self, t, genders) -> Optional[Actor]:
        """The person a possessive before a clause's named subject stands for ("In his speech, Tom Brell
        said": ``cataphora``), unless that person is known to be of the other gender; else None."""
        subject = cataphora.looked_ahead_subject(t)
        if subject is not None and self.quoted and t.i in self.quoted and subject.i not in self.quoted:
            return None  # '"... communicating his candidacy," said X': a quote's pronoun is the speaker's to mean
        actor = self.index.actor_at(subject.i) if subject is not None else None
        if actor is None or actor.kind != "person":
            return None
        known = known_gender(actor, genders, [], self.doc)
        return actor if known in (None, "m" if t.lower_ in MALE else "f") else None


class WithSurnameGenders(Mapping):
    """``index.genders`` and, for each person of the index known by a surname alone that has none there,
    the gender ``surname_genders`` gives that surname: what a pronoun's candidates are read against. Each
    actor asked about is looked up by id (a pronoun asks about the few actors near it), not every actor
    of the index gathered for each pronoun (quadratic in a long story of many people)."""

    def __init__(self, index, surname_genders: dict[str, str]):
        self.index = index
        self.surname_genders = surname_genders

    def __getitem__(self, actor_id: str) -> str:
        genders = self.index.genders
        if actor_id in genders:
            return genders[actor_id]
        actor = self.index.actor(actor_id)
        if actor is None or actor.kind != "person" or actor.name not in self.surname_genders:
            raise KeyError(actor_id)
        return self.surname_genders[actor.name]

    def __iter__(self) -> Iterator[str]:
        yield from self.index.genders
        yield from (a.id for a in self.index.actors if a.id not in self.index.genders and a.kind == "person"
                    and a.name in self.surname_genders)

    def __len__(self) -> int:
        return sum(1 for _ in self)
