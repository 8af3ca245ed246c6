"""Registering every noun phrase that codes as an actor, so that the actor index is final."""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze import resources, syntax
from newsgraph.analyze.actors import coding, dictionaries, names, token_runs
from newsgraph.analyze.actors.anonymous_sources import earlier_source
from newsgraph.analyze.actors.country_modifiers import in_compound
from newsgraph.analyze.actors.places import based_in, inside_place, place_country
from newsgraph.analyze.actors.title_chains import named_conjunct
from newsgraph.analyze.actors.token_runs import trim_name as _trim
from newsgraph.analyze.syntax import is_locative as _is_locative
from newsgraph.model import Actor

_code = token_runs.code_tokens
_text = token_runs.tokens_text

#: heads of a speaker phrase that name a document or a finding, not an actor ("the statement said")
DOCUMENT_HEADS = frozenset("statement report study survey document letter video post tweet data poll analysis "
                           "filing complaint evidence research paper article release memo record footage photo "
                           "figure figures estimate message email website court ruling judgment calculation "
                           "projection forecast count tally model line lines sign signs result test finding "
                           "stock share price index gain loss percent percentage proportion value".split())
INDEFINITE = frozenset({"a", "an", "one", "another"})
#: nouns that count a share of a group: "half of Democratic voters", "60 percent of Republicans", "the vast
#: majority of Americans" are some of those people, a group with their sector and country
COUNTED_HEADS = frozenset({"half", "majority", "percent", "third", "thirds", "quarter", "quarters", "plurality",
                           "share", "proportion", "fraction", "number"})
#: singular nouns for people who speak as one ("the crowd yelled", "a group of artists wrote"): a group
COLLECTIVE_HEADS = frozenset({"crowd", "audience", "mob", "throng", "congregation", "group"})
#: what one party gives or sells another: a word before it says what kind ("military aid", "arms
#: sales"), not who gives it ("US military aid" is aid from the US, not from "military")
SUPPLY_HEADS = frozenset("aid assistance equipment hardware spending budget funding financing export import sale "
                         "support loan grant weapon arm supply shipment delivery package subsidy capacity".split())


class PhraseRegistration:
    """The builder's last steps over a parse (mixed into it, whose ``index``, ``doc``, ``ent_of``,
    ``credits``, ``territorial``, ``unnamed``, ``known_country``, ``_is_bare_head`` and ``_bare_head`` they use)."""

    def register_phrases(self) -> None:
        """Make the index final: every noun phrase in an argument position that codes as an actor
        ("American warplanes", "NATO" in "NATO exercises"), and every country named by an adjective
        in one ("four Ukrainian regions"), is an actor now, so that later stages find it with
        ``resolve`` or ``country_actor`` and never create one."""
        index, doc = self.index, self.doc
        for t in doc:
            if t.pos_ not in ("NOUN", "PROPN") or (t.dep_ not in syntax.ARGUMENT_DEPS and t.dep_ != "ROOT"):
                continue
            if t.i in index.by_token or _is_locative(t) or t.i in self.ent_of and self.ent_of[t.i].label_ == "PERSON":
                continue
            if t.i in self.credits or _inside_longer_name(t, self.ent_of):
                continue
            phrase = syntax.strip_punct(syntax.core_noun_phrase(t))
            if phrase is None or "\n" in phrase.text:
                continue
            words = [w for w in phrase if w.dep_ != "case"]
            if not any(w.i in index.by_token for w in words):
                self._register(phrase, words)
            named = self._named_right_after(t)
            if named is not None:
                index.by_token.setdefault(t.i, named)  # "The singer Orla Finch said": her title
            elif t.i not in index.by_token and _speaker_subject(t):
                self._described_speaker(t, phrase, words)
            voice = people_voice(t)
            if voice is not None:
                self._speaking_people(t, phrase, words, voice)
            for w in words:
                if w.i == t.i or w.i in index.by_token or w.i in self.credits or inside_place(w) \
                        or _inside_longer_name(w, self.ent_of) or based_in(doc[w.i:w.i + 1]):
                    continue  # "the University of Washington", "a London-based think tank": no actor
                if w.pos_ == "PROPN" and w.ent_type_ in ("ORG", "GPE", "NORP"):
                    self._register(doc[w.i:w.i + 1], [w])  # "NATO exercises": NATO
                elif w.pos_ in ("ADJ", "PROPN") and w.text[:1].isupper():
                    iso3 = dictionaries.country_of(w.text)
                    if iso3 and not in_compound([x.text for x in doc[max(0, w.i - 2):w.i + 3]],
                                                min(w.i, 2), min(w.i, 2) + 1):  # "Spanish-language television"
                        self._country_mention(iso3, doc[w.i:w.i + 1])

    def register_partitive_pronouns(self) -> None:
        """"several of them said", "many of you have noted": the quantifier speaks for the group its
        pronoun stands for, the plural people noun last named in its sentence or the one before
        ("The union told its affiliates to wait after several of them indicated ..."); none, none."""
        index = self.index
        for q in self.doc:
            if q.i in index.by_token or q.lower_ not in PARTITIVE_QUANTIFIERS or not speaks(q):
                continue
            pronoun = _partitive_member(q)
            if pronoun is None or pronoun.lower_ not in PARTITIVE_PRONOUNS:
                continue
            # the people noun its own sentence names first ("its affiliates ... several of them"), then
            # what coreference gave the pronoun, then the sentence before
            noun = _named_group_before(q, same_sentence=True)
            actor = index.actor_at(pronoun.i) if noun is None else None
            if actor is None or actor.kind != "group":
                noun = noun or _named_group_before(q, same_sentence=False)
                if noun is None:
                    continue
                phrase = syntax.strip_punct(syntax.core_noun_phrase(noun))
                if phrase is None:
                    continue
                if noun.i not in index.by_token:
                    self._described_speaker(noun, phrase, [w for w in phrase if w.dep_ != "case"])
                actor = index.actor_at(noun.i)
            if actor is not None and actor.kind == "group":
                index.by_token[q.i] = actor

    def _speaking_people(self, head, phrase, words, voice) -> None:
        """A plural people noun that speaks ("the attendees expressed", "some of the men reported",
        "opponents, who accused ...") is a group actor, and the quantifier or relative pronoun it
        speaks through stands for it."""
        index = self.index
        if head.i not in index.by_token:
            self._described_speaker(head, phrase, words)
        actor = index.actor_at(head.i)
        if actor is not None and actor.kind == "group" and voice.i != head.i:
            index.by_token.setdefault(voice.i, actor)

    def register_territories(self) -> None:
        """A place the gazetteer puts in one country ("the town of Beni", "a curfew in Ahmedabad")
        may stand for that country when an event is done to it: the country is an actor then, with
        the place as its mention when the article does not name the country itself."""
        from newsgraph.analyze import gazetteer

        index, places = self.index, gazetteer.load()
        for ent in self.doc.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC") or "\n" in ent.text:
                continue
            tokens = _trim(ent)
            if tokens is None or any(t.i in index.by_token or t.i in self.credits for t in tokens):
                continue  # a dateline's place is where the story was filed, not an actor
            if dictionaries.organization(tokens.text) is not None:
                continue  # "at the White House": a seat of a body the table knows, not a village of that name
            iso3 = place_country(places.lookup(tokens.text))
            if iso3 is None:
                continue
            actor = index.keyed(("country", iso3))
            if actor is None or not actor.mentions or actor.id in self.territorial:
                self.territorial.add(self._country_mention(iso3, tokens).id)

    def with_place_country(self, code: coding.Coding, words) -> coding.Coding:
        """A group or organisation named after a place of one country ("the Lagos police") is of
        that country, when the words say no other. A name the organisations table knows as a whole
        ("Time magazine": Time is a town in Norway too) is coded by the base, not by the place."""
        from newsgraph.analyze import gazetteer

        if code.country is not None or code.kind not in ("group", "organization"):
            return code
        named = [w.text for w in words if w.lower_ not in ("the", "a", "an")]
        if coding.known_organization(named, 0, len(named)):
            return code
        for w in words:
            if w.ent_type_ in ("GPE", "LOC") and w.dep_ in ("compound", "amod", "nmod", "poss"):
                place = next((e for e in w.doc.ents if e.start <= w.i < e.end), None)
                if place is None or place.end - 1 != w.i:
                    continue  # the place's own words ("Fort" of "Fort Worth") are read with it
                country = place_country(gazetteer.load().lookup(_text(_trim(place) or place)))
                if country:
                    return coding.Coding(**{**code.__dict__, "country": country})
        return code

    def _register(self, phrase, words) -> None:
        index = self.index
        if phrase.root.lemma_.lower() in DOCUMENT_HEADS or phrase.root.pos_ == "PROPN" and phrase.root.lower_ in names.thing_heads():
            return  # "surveillance video", "the court ruling": a record, not who made it
        if _a_heading(words):
            return  # "COMPANIES" over a list of stories: a section of the page
        if self._is_bare_head(words):
            actor = self._bare_head(words)
            if actor is not None:
                index.add_mention(actor, phrase)
            return
        code = self.with_place_country(_code(words), words)
        if code.kind == "person" or code.head is None and code.kind is None:
            return
        if code.kind == "organization" and all(w.ent_type_ == "LOC" for w in words if w.pos_ == "PROPN") \
                and any(w.ent_type_ == "LOC" for w in words) and not _known_name(words):
            return  # "for North America": a region, not a body
        if not heads_the_phrase(code, phrase.root):
            # "Chinese military intervention", "the rebel hideouts": an act or a thing of the actor,
            # who is the modifier alone ("Chinese military", "rebel")
            words = [w for w in words if w.i < phrase.root.i and w.dep_ not in ("det", "poss", "case", "punct")
                     and w.pos_ not in ("DET", "NUM")]
            if phrase.root.lemma_.lower() in SUPPLY_HEADS:
                # "US military aid": "military" says what kind of aid; the giver is the name ("US")
                words = [w for w in words if not w.text.islower()]
            if len(words) > 2 and words[0].is_sent_start and _known_name(words[1:]) \
                    and not _known_name(words[:1]) and not _known_name(words):
                words = words[1:]  # "Key Security Council powers": the Security Council; "Key" opens the sentence
            if not words or words[-1].i - words[0].i + 1 != len(words):
                return
            phrase = self.doc[words[0].i:words[-1].i + 1]
            code = self.with_place_country(_code(words), words)
            if code.kind in (None, "person"):
                return
        key = index.identity(code, phrase)
        if key is None:
            return
        actor = index.keyed(key)
        if actor is None:
            actor = index.new_actor(key, index.display_name(code, words), code)
            actor.aliases = [actor.name]
        else:
            index.say_sector(actor, code)
        index.add_mention(actor, phrase)

    def _named_right_after(self, head) -> Optional[Actor]:
        """The person whose name follows a description word directly ("The singer Orla Finch"),
        when the parse did not join them, or ends a chain of that person's titles joined by "and"
        (``title_chains``)."""
        nxt = head.i + 1
        ent = self.ent_of.get(nxt)
        if ent is None or ent.label_ != "PERSON" or ent.start != nxt or head.tag_ != "NN":
            ent = named_conjunct(head, self.ent_of)  # "chief pollster and strategist Joel Benenson"
            if ent is None:
                return None
        return next((self.index.by_token[i] for i in range(ent.start, ent.end) if i in self.index.by_token), None)

    def _described_speaker(self, head, phrase, words) -> None:
        """A speaker the text only describes ("Health bosses said", "a person familiar with the
        matter said", "the agency says") is an actor of its own: a group when plural, a person when
        indefinite, else an organisation; the same words are the same actor. A document ("the
        statement said") is no actor."""
        if head.lemma_.lower() in DOCUMENT_HEADS or head.lower_ in names.thing_heads() \
                or head.pos_ == "NOUN" and head.lemma_.lower() in names.inanimate_heads() or head.pos_ == "PROPN" and not (
                head.ent_type_ == "ORG" or head.text.isupper() or head.is_lower or _one_of_a_people(head)):
            return  # an unknown proper name may be a person the tagger missed (a lower-case word the
            # tagger calls a name is a common noun: "The trade ministry said"; "another Muslim" is one person)
        index = self.index
        source = earlier_source(index, head, words, self.unnamed)
        if source is not None:  # "a source close to him said ... That person said": the same source
            index.add_mention(source, phrase, head=head.i)
            return
        plural = head.tag_ in ("NNS", "NNPS")
        indefinite = any(w.lower_ in INDEFINITE for w in words if w.i < head.i)
        # "my toddler revealed", "her lawyer said": one person, unless the word names a body ("its board")
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) \
            and head.lower_ not in coding.NEEDS_A_NAME and head.lower_ not in coding.GOVERNMENT_HEADS
        counted = head.lower_ in COUNTED_HEADS and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for o in c.children) for c in head.children)
        collective = head.lemma_.lower() in COLLECTIVE_HEADS  # "the crowd yelled": many people, no body
        kind = "group" if plural or counted or collective else "person" if indefinite or owned else "organization"
        if kind == "organization" and _person_noun(head, words):
            # "The former pollster said": a person the writer describes instead of naming again -- the
            # one the sentence before was about; "the man said", "the voter said" bring in someone new
            subject = None if head.lemma_.lower() in resources.people_nouns() else \
                self._described_person(head, phrase, words)
            if subject is not None:
                index.add_mention(subject, phrase, head=head.i)
                return
            kind = "person"
        name = index.display_name(coding.Coding(text=phrase.text), words)
        key = ("described", kind, name.lower()) if kind != "person" else None
        actor = index.keyed(key) if key is not None else None
        if actor is None:
            # the sector its head word names stays ("The army said": MIL), as the same words have it
            # in any other position, and the country a word of it names ("A British man said": GBR);
            # a description of no sector ("Health bosses") stays open
            words_code = _code(words)
            compound = _compound(words_code, head)
            sector = words_code.sector if (words_code.explicit_sector or words_code.sector and compound) \
                and words_code.head in (head.lower_, compound) and kind != "person" \
                or counted else None  # "half of GOP voters": the voters' sector
            actor = index.new_actor(key, name, coding.Coding(text=name, kind=kind, sector=sector,
                                                        country=words_code.country))
            actor.aliases = [actor.name]
            if kind == "person":
                self.unnamed.add(actor.id)
        index.add_mention(actor, phrase, head=head.i)

    def _described_person(self, head, phrase, words) -> Optional[Actor]:
        """The named person a speaking definite description of no title ("the former pollster") stands
        for: ``person_descriptions.described_subject``, the one person who was the main subject just before."""
        from newsgraph.analyze.actors.coref import quoted_tokens
        from newsgraph.analyze.actors.person_descriptions import Description, described_subject

        if not any(w.lower_ in ("the", "this", "that") for w in words if w.i < head.i):
            return None
        if self.quoted is None:
            self.quoted = quoted_tokens(self.doc)
        index = self.index
        desc = Description(head.lemma_.lower(), _code(words).country, None, subject=True, explicit_sector=False)
        return described_subject(desc, index.mentions, index.sent_of[head.i], index.heads, phrase.start,
                                 self.doc, self.unnamed, self.quoted, self.known_country)

    def _country_mention(self, iso3: str, span) -> Actor:
        index = self.index
        actor = index.keyed(("country", iso3))
        if actor is None:
            from newsgraph.analyze import gazetteer

            entry = gazetteer.load().country(iso3)
            name = entry.name if entry is not None else iso3
            actor = index.new_actor(("country", iso3), name, coding.Coding(text=name, country=iso3, kind="country"))
            actor.aliases = [name]
        index.add_mention(actor, span, point=False)
        return actor


def _inside_longer_name(token, ent_of: dict) -> bool:
    """A word of an organisation's or a building's name that the builder left out ("Washington" of
    "at the University of Washington"): part of that name, no actor of its own."""
    ent = ent_of.get(token.i)
    if ent is None or ent.label_ not in ("ORG", "FAC") or len(ent) < 2 or ent.root.i == token.i:
        return False
    return ent.root.pos_ in ("NOUN", "PROPN") and ent.root.lower_ not in ("the", "of")


def _known_name(words) -> bool:
    """Whether the organisations table, the country table or the knowledge base knows the words as a name."""
    from newsgraph.analyze.actors import kb

    text = " ".join(w.text for w in words)
    return dictionaries.organization(text) is not None or dictionaries.country_of(text) is not None \
        or bool(kb.shipped().entries(text))


def _a_heading(words) -> bool:
    """Common words in capitals that no table knows as a name ("COMPANIES", "WORLD NEWS"): a
    heading of the page, not a body."""
    from newsgraph.analyze.actors import kb

    letters = [w for w in words if w.is_alpha]
    if not letters or not all(w.text.isupper() for w in letters) or max(len(w.text) for w in letters) < 4:
        return False
    text = " ".join(w.text for w in words)
    return all(w.ent_type_ == "" for w in letters) and dictionaries.organization(text) is None \
        and dictionaries.country_of(text) is None and not kb.shipped().entries(text)


#: the endings of common nouns for a person by what they do ("pollster", "strategist", "organizer")
PERSON_NOUN_ENDINGS = ("ster", "ist", "er", "or", "ian", "ant")
#: nouns with those endings that in news usually name a firm or a body ("the Britain-based monitor
#: said", "the carrier said", "the local chapter said"): left to be an organisation
BODY_AGENT_NOUNS = frozenset({"monitor", "carrier", "chapter", "theater", "theatre", "contractor", "supplier",
                              "distributor", "publisher", "producer", "sponsor", "operator", "developer",
                              "provider", "regulator", "exporter", "importer", "partner"})


def _person_noun(head, words) -> bool:
    """Whether a singular common noun that no table knows as a title or a body names a person: one of
    ``people_nouns.txt`` ("the rival", "the tycoon"), or a word ending like an agent noun ("the
    pollster", "the strategist") that is no organisation's or institution's noun, no agent noun that
    usually names a body (``BODY_AGENT_NOUNS``) and no thing."""
    from newsgraph.analyze.actors.coref import GENERIC_ORGANIZATION_HEADS
    from newsgraph.analyze.actors.organization_descriptions import INSTITUTION_ENDINGS

    if head.pos_ != "NOUN" or head.tag_ != "NN" or not head.is_lower:
        return False
    lemma = head.lemma_.lower()
    if lemma in resources.people_nouns():
        return True
    if lemma in GENERIC_ORGANIZATION_HEADS or lemma in INSTITUTION_ENDINGS or lemma in BODY_AGENT_NOUNS \
            or lemma in names.inanimate_heads() \
            or dictionaries.sector_word(lemma) is not None or any(w.pos_ == "PROPN" for w in words):
        return False
    return lemma.endswith(PERSON_NOUN_ENDINGS)


def _speaker_subject(token) -> bool:
    """The subject of a speech or reporting verb (the statements' cue verbs: "reports", "quipped"), or people
    speaking as one with any cue that reports words said or written ("the crowd yelled", "Conservatives
    praise", "a group of artists published": ``speaks``). A singular description with such a cue stays
    no speaker here ("the TV interviewer expressed shock" would take the place of the person the next
    "the actress said" stands for)."""
    return syntax.is_speaker(token) or token.dep_ == "nsubj" and token.head.lemma_.lower() in resources.speech_verbs() \
        or speaks(token) and (token.lemma_.lower() in COLLECTIVE_HEADS or people_noun(token))


#: quantifiers that pick members of a group as a speaker: "some of the men", "several of them"
PARTITIVE_QUANTIFIERS = frozenset({"some", "several", "many", "most", "all", "both"})
#: the pronouns a partitive speaker's group may be named by
PARTITIVE_PRONOUNS = frozenset({"them", "us", "you"})


def speaks(token) -> bool:
    """The subject of a cue that reports words said or written (``resources.spoken_cue_lemmas``)."""
    return token.dep_ == "nsubj" and token.head.pos_ in ("VERB", "AUX") \
        and token.head.lemma_.lower() in resources.spoken_cue_lemmas()


def people_noun(token) -> bool:
    """A plural common noun for people: one of ``people_nouns.txt`` ("attendees", "men") or a plural
    person or group word of the sector table ("voters", "officials")."""
    if token.tag_ != "NNS" or token.pos_ != "NOUN":
        return False
    if token.lemma_.lower() in resources.people_nouns() or token.lower_ in resources.people_nouns():
        return True
    row = dictionaries.sector_word(token.lower_)
    return row is not None and row.kind in ("person", "group") and row.plural_names_group


def people_voice(token):
    """The word a plural people noun speaks through, or None when it does not speak: itself ("the
    attendees expressed"), a quantifier it is the "of" member of ("some of the men reported"), or
    the relative pronoun of a speaking relative clause on it ("opponents, who accused ...")."""
    if not people_noun(token):
        return None
    if speaks(token) and (token.head.lemma_.lower() in resources.speech_verbs() or _specific(token)):
        return token  # "Conservatives still praise his refusal": a bare plural with a judging cue is a
        # standing view of a kind of people, not words said
    of = token.head if token.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and of.head.lower_ in PARTITIVE_QUANTIFIERS and speaks(of.head):
        return of.head
    for clause in [*token.children, *_relative_after_phrase(token)]:
        if clause.dep_ == "relcl" and clause.lemma_.lower() in resources.spoken_cue_lemmas():
            who = next((c for c in clause.children if c.dep_ == "nsubj" and c.tag_ == "WP"), None)
            if who is not None:
                return who
    return None


def _relative_after_phrase(noun) -> list:
    """The who-clauses the parser hung on the object of a prepositional phrase right after a people
    noun ("opponents on the left, who accused ..."): "who" is a person's, so the clause is the people
    noun's when the object is no person or people word itself."""
    doc = noun.doc
    prep = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if prep is None or prep.dep_ != "prep":
        return []
    found = []
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        if pobj.ent_type_ in ("PERSON", "NORP", "ORG") or pobj.pos_ in ("PRON", "PROPN") or people_noun(pobj) \
                or dictionaries.sector_word(pobj.lower_) is not None:
            continue  # "critics of the mayor, who said": perhaps the mayor's clause
        found += [c for c in pobj.children if c.dep_ == "relcl" and c.i > pobj.i
                  and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)]
    return found


def _one_of_a_people(head) -> bool:
    """A nationality, religion or party word with an indefinite determiner ("another Muslim said", "a
    Republican who asked not to be named said"): one person described by the people they belong to,
    not a name the tagger missed."""
    return head.ent_type_ == "NORP" and head.tag_ == "NNP" and any(
        c.dep_ == "det" and c.lower_ in INDEFINITE and c.i < head.i for c in head.children)


def _specific(noun) -> bool:
    """Whether a plural noun names particular people: a determiner, possessor or number before it
    ("the attendees", "virtually all the attendees", "its members", "200 residents")."""
    return any(c.dep_ in ("det", "predet", "poss", "nummod") for c in noun.children if c.i < noun.i)


def _partitive_member(quantifier):
    """The "of" object of a quantifier ("several of them": them), or None."""
    for of in quantifier.children:
        if of.dep_ == "prep" and of.lower_ == "of":
            return next((c for c in of.children if c.dep_ == "pobj"), None)
    return None


def _named_group_before(quantifier, same_sentence: bool):
    """The plural people noun named last before a partitive pronoun, in its sentence (or up to the
    start of the one before)."""
    start = quantifier.sent.start
    if start > 0 and not same_sentence:
        start = quantifier.doc[start - 1].sent.start
    for token in reversed(quantifier.doc[start:quantifier.i]):
        if people_noun(token):
            return token
    return None


def heads_the_phrase(code: coding.Coding, root) -> bool:
    """Whether the word that codes a phrase is its head ("Russian troops"), not a modifier of a
    noun that names an act, a record or a thing ("Chinese military intervention", "the court
    ruling", "TV commercials"): only the former is an actor."""
    if code.head is None or root.pos_ != "NOUN":
        return True
    head = code.head.split()[-1].lower()
    return head in (root.lower_, root.lemma_.lower(), dictionaries.singular(root.lower_))


def _compound(code: coding.Coding, head) -> str:
    """The head of ``code`` when it is a term of several words ending in ``head`` ("ruling coalition"):
    a described speaker's term the tables code as a whole ("the ruling coalition" GOV, "the appeals court"
    JUD, "security forces" MIL, from the CAMEO agents dictionary) names the institution, unlike a weak
    word's default ("leaders" GOV)."""
    return code.head if code.head and " " in code.head and code.head.endswith(" " + head.lower_) else ""
