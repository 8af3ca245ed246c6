"""Building the actor index: one left-to-right pass over a parse that finds the names of an article
and tells which kind of actor each is, a person (``persons``) or a body (``organizations``); see
``newsgraph.analyze.actors``."""
from __future__ import annotations

from bisect import bisect_left
from functools import cached_property
from typing import Optional

from newsgraph.analyze import syntax
from newsgraph.analyze.actors import cataphora, coding, coref, coref_pass, dictionaries, names, pairs, tidy, token_runs
from newsgraph.analyze.actors.common_plurals import without_common_plurals
from newsgraph.analyze.actors.credits import credit_tokens
from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.analyze.actors.mistyped_persons import with_person_names
from newsgraph.analyze.actors.organization_descriptions import (
    OrganizationDescriptions,
    in_apposition_to_organization,
    named_by_apposition,
)
from newsgraph.analyze.actors.organizations import OrganizationRegistration
from newsgraph.analyze.actors.persons import PersonRegistration
from newsgraph.analyze.actors.persons import is_person_title as _is_title
from newsgraph.analyze.actors.phrases import PhraseRegistration
from newsgraph.analyze.actors.settling import Settling
from newsgraph.analyze.actors.shop_names import possessive_names
from newsgraph.analyze.actors.speaking_names import with_speaking_names
from newsgraph.analyze.actors.token_runs import trim_name as _trim
from newsgraph.analyze.actors.transcript_names import index_turn_names
from newsgraph.model import Actor
from newsgraph.nlp.text import kept_on_doc

_code = token_runs.code_tokens
_text = token_runs.tokens_text
POSSESSIVE_MARKERS = coding.POSSESSIVE_MARKERS
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
#: words that open a noun phrase, never a name ("a MacBook Pro", "this Apple Watch")
LEADING_NOT_NAME = frozenset({"a", "an", "this", "that", "these", "those", "every", "any", "some", "each", "my",
                              "your", "our", "their", "his", "her", "its"})

#: lower-case words that open a surname ("de Blasio", "van der Berg", "bin Salman")
NAME_PARTICLES = frozenset({"de", "da", "di", "del", "della", "van", "von", "der", "den", "ter", "ten", "du", "le",
                            "la", "dos", "das", "bin", "ibn", "al", "el", "abu", "y", "zu", "af", "mac"})


class Builder(PersonRegistration, OrganizationRegistration, PhraseRegistration, Settling,
              coref_pass.DescriptionsAndPronouns, OrganizationDescriptions, pairs.PairRegistration):
    """One left-to-right pass over a parse that fills an ActorIndex (see the module docstring)."""

    def __init__(self, index: ActorIndex, doc):
        self.index = index
        self.doc = doc
        self.ent_of: dict[int, object] = {}
        self.surnames: dict[str, list[Actor]] = {}
        self.person_words: set[str] = set()  # learnt before the pass over the names, then only read
        self.last_words: set[str] = set()  # the last word of each person word ("Soon-Shiong", "Marek")
        self.full_name_ends: set[str] = set()  # the last word of each person word of two words or more
        self.name_tails: set[str] = set()  # what follows each space of a person word ("Marek", "Lee Kim")
        self.affiliations: list[tuple[Actor, object]] = []  # (actor, the PERSON entity it works for)
        self.aliases: dict[str, list[str]] = {}
        self.named_by_country: dict[str, bool] = {}  # group id -> its name says its country
        self.unnamed: set[str] = set()  # persons known only by a description ("a senior official")
        self.quoted: Optional[frozenset] = None  # tokens inside direct quotes (found at the first pronoun)
        self.territorial: set[str] = set()  # country actors known only by their places
        self.credits: set[int] = set()  # tokens of a dateline or agency credit: no actors there
        self.named: set[str] = set()  # actors made from a name the tagger found (ids)
        self.possessive: set[str] = set()  # names of shops and companies written with 's ("Lowe's")
        self.thing_names: set[str] = set()  # first words of things' names ("Hubble" of "Hubble Space Telescope")
        self.owned: dict[tuple[int, int], bool] = {}  # (start, end) -> names.owned_body of that span

    def run(self) -> None:
        from spacy.tokens import Span as DocSpan
        from spacy.tokens import Token

        doc, index = self.doc, self.index
        sent_of = [0] * len(doc)
        # a pipeline without a parser has no sentences: the text is then one sentence
        sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        for k, sent in enumerate(sents):
            for i in range(sent.start, sent.end):
                sent_of[i] = k
        index.sent_of = sent_of
        items = []
        self.credits = credit_tokens(doc) | names.quoted_titles(doc)
        self.possessive = possessive_names(doc)
        for ent in with_speaking_names(doc, with_person_names(doc, without_common_plurals(self._whole_names(doc)))):
            if any(i in self.credits for i in range(ent.start, ent.end)):
                continue  # "HANOI, Vietnam (AP) —": the agency and the place a story was filed from
            if ent.label_ == "PERSON" and in_apposition_to_organization(ent):
                ent = DocSpan(doc, ent.start, ent.end, label="ORG")  # "The group, Harbour Watch"
            if ent.label_ in NAME_LABELS and "\n" not in ent.text:
                for i in range(ent.start, ent.end):
                    self.ent_of[i] = ent
                items.append((ent.start, 0, ent))
                if ent.label_ == "PERSON" and ent.text not in self.possessive:
                    self._learn_person_words(ent)
        for ent in self._untagged_names() + named_by_apposition(doc, self.ent_of):
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
            items.append((ent.start, 0, ent))
            if ent.label_ == "PERSON":
                self._learn_person_words(ent)
        self._index_person_words()
        surnames = self.last_words
        hyphens = {t.i for t in doc if t.text in names.HYPHENS}  # a hyphenated word has one beside it
        for t in doc:
            compound = names.hyphenated(doc, t.i) if t.i - 1 in hyphens or t.i + 1 in hyphens else None
            if compound is not None and compound.start == t.i and not any(
                    i in self.ent_of for i in range(compound.start, compound.end)) and compound.text in surnames:
                # a hyphenated surname the tagger missed ("Soon-Shiong said"), known from the full name
                ent = _person_span(doc, compound.start, compound.end)
                for i in range(ent.start, ent.end):
                    self.ent_of[i] = ent
                items.append((t.i, 0, ent))
            elif compound is not None and not (compound.end == t.i + 1 and coref_pass.hyphenated_title(t)):
                continue  # "Shiong" of "Soon-Shiong" is no surname of its own; "front-runner" is a title
            elif t.i not in self.ent_of and t.text in surnames and (t.pos_ == "PROPN" or (
                    t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "poss", "appos", "conj", "dobj"))
                    or syntax.is_mistagged_speaker(t)):
                # a surname the tagger missed ("Lindqvist spoke first") that it found elsewhere, with
                # the given name before it that the tagger missed with it ("Rahm Lindqvist may have ...")
                start = t.i - 1 if t.i > 0 and t.i - 1 not in self.ent_of and names.given_name_before(t) else t.i
                ent = _person_span(doc, start, t.i + 1)
                for i in range(ent.start, ent.end):
                    self.ent_of[i] = ent
                items.append((t.i, 0, ent))
            elif t.lower_ in coref.PRONOUNS and t.pos_ == "PRON" and t.i not in self.ent_of:
                ahead = cataphora.looked_ahead_subject(t)
                # "In his speech, Ana Pell said": read once the name it looks ahead to is known
                items.append((t.i, 1, t) if ahead is None else (ahead.i, 2, t))
            elif t.i not in self.ent_of and pairs.plural_speaker(t):
                items.append((t.i, 1, t))  # "Both men said": perhaps a pair named before
            elif t.pos_ in ("NOUN", "PROPN") and t.i not in self.ent_of and not names.bare_singular(t) \
                    and self._title_head(t):
                items.append((t.i, 1, t))
            elif t.i not in self.ent_of and coref_pass.owned_body(t):
                items.append((t.i, 1, t))  # "her campaign", "the Brell campaign": see ``_person_body``
        items.sort(key=lambda item: (item[0], item[1]))
        for _, _, obj in items:
            if not isinstance(obj, Token):
                self._entity(obj)
                self._apposed_noun(obj)
            elif obj.lower_ in coref.PRONOUNS:
                self._pronoun(obj)
            elif pairs.plural_speaker(obj) and self.speaking_pair(obj) is not None:
                continue
            elif not pairs.plural_speaker(obj) or self._title_head(obj):
                self._description(obj)
        self.register_speaking_pairs()
        index_turn_names(index, doc, self.surnames, self.aliases)
        self._finish()

    def _apposed_noun(self, ent) -> None:
        """"The company that runs the fair, Larkspur Events, said": the organisation noun the name
        stands in apposition to is a mention of the named organisation (it is the clause's subject)."""
        if ent.label_ != "ORG" or not in_apposition_to_organization(ent):
            return
        actor = self.index.actor_at(ent.root.i)
        head = ent.root.head
        if actor is not None and actor.kind == "organization" and self.index.actor_at(head.i) is None:
            self.index.add_mention(actor, self.doc[head.left_edge.i:head.i + 1], head=head.i)

    def _learn_person_words(self, ent) -> None:
        """A person's name as written and its surname ("Ravi Soon-Shiong", "Soon-Shiong")."""
        tokens = [t for t in ent if t.text not in POSSESSIVE_MARKERS and t.text.strip()]
        if not tokens or self._owned_body(ent):
            return  # "the Obama White House": a body, whose "House" is no surname
        name = _text(tokens)
        self.person_words.add(name)
        self.person_words.add(name.split()[-1])

    def _owned_body(self, tokens) -> bool:
        """``names.owned_body`` of a span, worked out once (the person words and the naming ask it)."""
        key = (tokens.start, tokens.end)
        if key not in self.owned:
            self.owned[key] = names.owned_body(tokens)
        return self.owned[key]

    def _index_person_words(self) -> None:
        """The look-ups over the person words, made once they are all learnt (each name of the
        pass asks them: a scan over all person words each time cost a long article dearly)."""
        for word in self.person_words:
            parts = word.split()
            self.last_words.add(parts[-1])
            if len(parts) > 1:
                self.full_name_ends.add(parts[-1])
            self.name_tails.update(word[i + 1:] for i, ch in enumerate(word) if ch == " ")

    def _whole_names(self, doc) -> list:
        """The entities, a person's name taken whole where the tagger cut it at a word that is also a
        pronoun ("Chinese vice-premier Liu He met ...": "He" is his given name, not a pronoun), and
        cut where the tagger ran it across punctuation ("Battin: Dealing with ...", "Kit Draper,
        Firefly Aerospace") or an abbreviation ("Browns DL Sheldon Richardson")."""
        parts = [part for ent in self._joined_names(doc) for part in names.split_entity(ent)]
        people = _PeopleBySentence([part for part in parts if part.label_ == "PERSON"])
        return [_cut_headline_run(doc, part, people) for part in parts]

    def _joined_names(self, doc) -> list:
        out: list = []
        for ent in doc.ents:
            nxt = doc[ent.end] if ent.end < len(doc) else None
            if ent.label_ == "PERSON" and nxt is not None and nxt.pos_ == "PRON" and nxt.text[:1].isupper() \
                    and nxt.text.lower() in coref.PERSON_PRONOUNS and not ent[-1].is_punct \
                    and ent[-1].whitespace_ == " " and (nxt.ent_type_ == "" or nxt.ent_type_ == "PERSON"):
                ent = _person_span(doc, ent.start, ent.end + 1)
            if out and out[-1].end > ent.start:
                continue  # the second half of a coordinated name already joined to the first
            out.append(names.coordinated_name(ent))
        return out

    def _untagged_names(self) -> list:
        """Names the tagger missed but a title vouches for: "Ivo Marek, the Czech defence minister",
        "defence minister Ivo Marek" (a proper-noun run in apposition to, or after, a person title)."""
        found = []
        for t in self.doc:
            if t.pos_ not in ("NOUN", "PROPN") or t.i in self.ent_of:
                continue
            row = dictionaries.sector_word(t.text)
            if row is None or row.kind != "person" or row.sector in ("CVL", "REF", "LAB", "AGR", "EDU", "CRM", "UAF"):
                continue  # "Refugee Convention": only office titles vouch for a name
            head = t.head
            if not (head.pos_ == "PROPN" and head.i not in self.ent_of and head.text[:1].isupper()):
                continue
            if not ((t.dep_ == "appos" and head.i < t.i) or (t.dep_ == "compound" and head.i > t.i)):
                continue
            if t.dep_ == "compound" and any(c.dep_ in ("det", "poss", "nummod", "amod") and c.i < t.i
                                            or c.dep_ == "prep" and c.i > head.i for c in head.children):
                continue  # "the company's first Chief Strategy Officer", "General Manager of ...": a title
            start = head.i
            while (start - 1 > t.i or t.dep_ == "appos") and start - 1 >= 0:
                prev = self.doc[start - 1]
                if prev.pos_ != "PROPN" or prev.i in self.ent_of or not prev.text[:1].isupper() \
                        or dictionaries.sector_word(prev.text) or dictionaries.country_of(prev.text) or prev.i == t.i:
                    break
                start -= 1
            if dictionaries.sector_word(head.text) or dictionaries.country_of(head.text) or dictionaries.organization(head.text):
                continue
            found.append(_person_span(self.doc, start, head.i + 1))
        return found

    # -- which kind of actor a name is ------------------------------------------------------------
    def _entity(self, ent) -> None:
        tokens = _trim(ent)
        if tokens is None:
            return
        k = tokens.start
        while k < tokens.end - 1 and syntax.is_verb_form(tokens.doc[k]) and tokens.doc[k].tag_ != "MD":
            k += 1  # "Hosting Cook at Dreamforce ...": a verb phrase, of which only "Cook" is a name
        if k == tokens.end:
            return
        while k < tokens.end - 1 and (tokens.doc[k].lower_ in LEADING_NOT_NAME or tokens.doc[k].tag_ == "JJ"
                                      and tokens.doc[k].is_sent_start and ent.label_ in ("PERSON", "ORG")):
            k += 1  # "a MacBook Pro", "Recent Samsung TVs": an article or an adjective before the name
        while k < tokens.end - 1 and ent.label_ == "PERSON" and tokens.doc[k].is_alpha and tokens.doc[k].is_lower \
                and tokens.doc[k].lower_ not in NAME_PARTICLES and tokens.doc[k + 1].text[:1].isupper():
            k += 1  # "rang Taylor": a lower-case word before a capitalised name is no part of it
        tokens = tokens.doc[k:tokens.end]
        if ent.label_ in ("PERSON", "ORG", "PRODUCT") and _indefinite_head(tokens):
            return  # "You'll need a Homepage", "a new Plasma Blue": a kind of thing, no name of an actor
        if len(tokens) == 1 and ent.label_ in ("PERSON", "ORG") and syntax.is_verb_form(tokens[0]) \
                and dictionaries.country_of(tokens.text) is None and dictionaries.capital_country(tokens.text) is None \
                and not (tokens.text in self.full_name_ends and tokens[0].pos_ == "PROPN"):
            # "Dealing" cut from "Battin: Dealing with ...": a verb, no name; but "Ebeling said" after
            # "Betsy Ebeling" is the surname of a full name the article gave, whatever its "-ing"
            return
        cut = names.portfolio_before_name(tokens) if ent.label_ == "ORG" else 0
        if cut:  # "Minister of Energy Tomás Quiroga": the portfolio, then the person
            from spacy.tokens import Span as DocSpan

            self._entity(DocSpan(tokens.doc, tokens.start + cut, tokens.end, label="PERSON"))
            return
        if len(tokens) >= 3 and names.speech_verb_word(tokens[0]):
            tokens = tokens[1:]  # "Said Kit Draper, ...": the cue that opens an inverted sentence
        elif ent.label_ == "PERSON" and names.sentence_opener(tokens):
            tokens = tokens[1:]  # "Combine Clinton and Sanders' numbers": a verb opening the sentence
        if ent.label_ in ("ORG", "PERSON", "PRODUCT") and names.model_number(tokens) \
                and dictionaries.organization(tokens.text) is None:
            self.credits.update(range(tokens.start, tokens.end))
            return  # "the Corvan X-220": a product with its model number, not its maker
        end = tokens.end
        while end > tokens.start + 1 and (any(c.isdigit() for c in tokens.doc[end - 1].text)
                                          or tokens.doc[end - 1].is_punct and tokens.doc[end - 1].text != "."
                                          or tokens.doc[end - 1].pos_ in ("ADP", "CCONJ", "DET", "PART")):
            end -= 1  # "Uchiyama 6-2": a score after the name; "the Hall of Fame's Class of 2020"
        tokens = tokens.doc[tokens.start:end]
        if any(t.pos_ in ("VERB", "AUX") and t.text.islower() for t in tokens):
            return  # "Garrett hit Rudolph": a clause, not a name
        text = " ".join(t.text for t in tokens)
        if text.isupper() and len(text) > 4 and dictionaries.organization(text) is None:
            return  # a dateline ("ROTTERDAM —"), not an actor
        if not any(names.name_word(t) and len(t.text) > 1 for t in tokens) or names.only_titles(tokens):
            return  # "Lt Col", "President": a title without the name of the one who holds it
        if ent.label_ in ("ORG", "PERSON", "FAC", "PRODUCT") and names.names_a_thing(tokens) \
                or ent.label_ in ("ORG", "PERSON", "FAC") and names.in_an_address(tokens):
            # "the IllustrisTNG Project", "the Davis Cup", "Holmdel, NJ": a thing or an address, and
            # none of its words an actor either ("Bank" of "Ameris Bank Amphitheatre")
            self.credits.update(range(tokens.start, tokens.end))
            if len(tokens) > 1 and tokens[0].pos_ == "PROPN" and tokens[0].text not in self.full_name_ends:
                self.thing_names.add(tokens[0].text)  # "Hubble" of "the Hubble Space Telescope"
            return
        if len(tokens) == 1 and tokens.text in self.thing_names and ent.label_ in ("ORG", "PERSON", "PRODUCT"):
            return  # "Hubble's detection" after "the Hubble Space Telescope": the thing's short name
        if ent.label_ in ("ORG", "PERSON", "PRODUCT") and names.described_as_a_thing(tokens) \
                and dictionaries.organization(tokens.text) is None:
            self.credits.update(range(tokens.start, tokens.end))
            return  # "the handheld console Nova Ultra": the thing's name
        if ent.label_ == "PERSON" and names.cut_from_longer_name(tokens) and not self._whole_elsewhere(tokens) \
                and not _is_title(self._title_before(tokens)) and not _is_title(self._premodifiers(tokens)) \
                and not self._read_as_person(tokens):
            self.credits.update(range(tokens.start, tokens.end))
            return  # "Jiffy Lube Live", "Live Nation": a piece of a longer name, no person
        if ent.label_ == "PERSON" and tokens.text in self.possessive \
                or ent.label_ == "PERSON" and names.organization_shaped(tokens):
            self._shaped_organization(tokens)  # "Lowe's said", "Brightwater Productions"
            return
        if ent.label_ == "PERSON" and self._organization_appositive(tokens):
            from spacy.tokens import Span as DocSpan

            # "Kosmos, a group co-founded by ...": the description says what the name is
            self._named_group(DocSpan(self.doc, tokens.start, tokens.end, label="ORG"), tokens)
            return
        if ent.label_ == "PERSON" and (dictionaries.country_of(tokens.text) or dictionaries.capital_country(tokens.text)
                                       or dictionaries.organization(tokens.text) or self._owned_body(tokens)):
            self._named_group(ent, tokens)  # "La Paz", "Azerbaijani" tagged as persons
            return
        if ent.label_ in ("ORG", "PERSON", "NORP") and self._family(ent, tokens):
            return  # "the Ebelings" after "Betsy Ebeling": her family, a group of persons
        if ent.label_ == "NORP" and self._described_member(tokens):
            return  # "Sen. Mara Quill ... The Utah Republican said": the senator
        if ent.label_ in ("ORG", "NORP", "GPE"):
            code = _code(tokens)
            if code.kind == "person" and code.name:  # "Spokeswoman Nadia Perez" tagged ORG
                self._person(ent, tokens)
                return
        if ent.label_ == "ORG" and self._titled_appositive(tokens):
            self._person(ent, tokens)  # "The head of the agency, Amara Diallo": tagged ORG
            return
        if ent.label_ == "PERSON" or self._person_shaped(tokens) or (
                text in self.person_words and dictionaries.organization(tokens.text) is None
                and dictionaries.country_of(tokens.text) is None and dictionaries.capital_country(tokens.text) is None):
            self._person(ent, tokens)
        else:
            self._named_group(ent, tokens)

    def _read_as_person(self, tokens) -> bool:
        """Whether the parse reads a name as a person's: it speaks, or stands in apposition to a
        description ("A military spokesman, Brigadier Kamran Shah, said")."""
        root = tokens.root
        return syntax.is_speaker(root) or root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children)

    def _whole_elsewhere(self, tokens) -> bool:
        """Whether the article writes the same name elsewhere as a name of its own."""
        ending = tokens.text[::-1]  # a name that ends with the text: its reversed text starts with it
        names_reversed = self._person_names_reversed
        k = bisect_left(names_reversed, (ending,))
        while k < len(names_reversed) and names_reversed[k][0].startswith(ending):
            if names_reversed[k][1] != tokens.start:
                return True
            k += 1
        return False

    @cached_property
    def _person_names_reversed(self) -> list[tuple[str, int]]:
        """(reversed text, start) of the tagger's person names that are names of their own, sorted."""
        return sorted((e.text[::-1], e.start) for e in self.doc.ents
                      if e.label_ == "PERSON" and not names.cut_from_longer_name(e))

    def _person_shaped(self, tokens) -> bool:
        """A first name and a surname tagged as an organisation ("quarterback Mason Rudolph" beside
        "Rudolph said", "Diego Schwartzman defeating ..."): two or three capitalised words, none of
        them an organisation's, a title's or a country's word, ending with the surname of a person of
        the article or opening with a known given name."""
        words = list(tokens)
        if not 2 <= len(words) <= 3 or not all(names.name_word(w) and w.text[:1].isupper() and not w.text.isupper()
                                                for w in words):
            return False
        if words[-1].text not in self.last_words and not (len(words) == 2 and words[0].text in names.given_names()
                                                          and words[-1].tag_ != "NNPS") \
                or dictionaries.organization(tokens.text) is not None:
            return False  # "Diego Vantress Holdings" stays a business
        return not any(dictionaries.sector_word(w.text) or dictionaries.country_of(w.text) or dictionaries.capital_country(w.text)
                       or w.lower_ in coding.NEEDS_A_NAME or w.lower_ in coding.CORPORATE_SUFFIXES for w in words)

    def prune_things(self) -> None:
        """Drop the names that are no actor (``tidy.prune_things``)."""
        tidy.prune_things(self.index, self.named, self.ent_of)

    def _finish(self) -> None:
        index = self.index
        tidy.merge_name_parts(index, self.unnamed, self.aliases)
        for actor, ent in self.affiliations:  # "Putin's spokesman": Putin's country
            if actor.country is None:
                other = self._find_person(_text(_trim(ent) or ent))
                if other is not None and other.country:
                    actor.country = other.country
        for actor in index.actors:
            actor.aliases = self.aliases.get(actor.id, [actor.name])
        self.settle_nationalities()


class _PeopleBySentence:
    """The sentences (by start) each PERSON entity's text and each of its words stand in, read once per
    Doc: "named in another sentence" is then a lookup, not a pass over every entity per entity."""

    def __init__(self, people: list):
        self.texts: dict[str, set[int]] = {}
        self.words: dict[str, set[int]] = {}
        for ent in people:
            start = ent.sent.start
            self.texts.setdefault(ent.text, set()).add(start)
            for token in ent:
                self.words.setdefault(token.lower_, set()).add(start)

    @staticmethod
    def _elsewhere(starts: set[int], sentence: int) -> bool:
        return len(starts) > 1 or bool(starts) and sentence not in starts

    def name_elsewhere(self, text: str, sentence: int) -> bool:
        return self._elsewhere(self.texts.get(text, set()), sentence)

    def word_elsewhere(self, word: str, sentence: int) -> bool:
        return self._elsewhere(self.words.get(word, set()), sentence)


def _cut_headline_run(doc, ent, people: _PeopleBySentence):
    """A person's name the tagger ran over the next title-cased words of a headline ("Donald Trump
    Tweets Praise") cut to the name the article writes elsewhere ("Donald Trump"), else before the first
    word of the run that is no name's (``_headline_verb_or_function_word``: "Trump Should Win",
    "Omar Mateen Worked With ...")."""
    if ent.label_ != "PERSON" or len(ent) < 2 or not names.headline_cased(ent.sent):
        return ent
    sentence = ent.sent.start
    for end in range(ent.end - 1, ent.start + 1, -1):
        if people.name_elsewhere(doc[ent.start:end].text, sentence):
            return _person_span(doc, ent.start, end)
    for k in range(ent.start + 1, ent.end):
        if not people.word_elsewhere(doc[k].lower_, sentence) and _headline_verb_or_function_word(doc, doc[k]):
            return _person_span(doc, ent.start, k)
    return ent


#: closed-class words that go inside names ("Catherine of Aragon", "Charles de Gaulle"): the particles of
#: surnames (``NAME_PARTICLES``) and the joining words of longer names
INNER_NAME_WORDS = NAME_PARTICLES | frozenset({"of", "the", "and"})


def _headline_verb_or_function_word(doc, token) -> bool:
    """A capitalised word of a title-case headline that is no part of a name: a function word (a
    modal, an auxiliary, a preposition: spaCy's stop words less the particles of names, "Should",
    "With") or a past form of a verb the article's own lower-case text uses as a verb ("Worked" where
    it writes "works"), which the tagger reads as one more proper noun in title case."""
    word = token.lower_
    if not token.text[:1].isupper() or not token.is_alpha:
        return False
    if token.is_stop and word not in INNER_NAME_WORDS:
        return True
    if len(word) < 5 or not word.endswith("ed"):
        return False
    stems = {word[:-2], word[:-1]} | ({word[:-3]} if len(word) > 5 and word[-3] == word[-4] else set())
    return not stems.isdisjoint(_lower_case_verb_lemmas(doc))


_VERB_LEMMAS_KEY = "newsgraph.lower_case_verb_lemmas"


def _lower_case_verb_lemmas(doc) -> frozenset:
    """The lemmas of the verbs the article writes in lower case, read once and kept on the Doc."""
    return kept_on_doc(doc, _VERB_LEMMAS_KEY, lambda doc: frozenset(
        t.lemma_ for t in doc if t.pos_ in ("VERB", "AUX") and t.text.islower()))


def _person_span(doc, start: int, end: int):
    """A PERSON entity span the tagger did not make (spaCy imported here, not at module import)."""
    from spacy.tokens import Span as DocSpan

    return DocSpan(doc, start, end, label="PERSON")


def _indefinite_head(tokens) -> bool:
    """Whether a name heads a phrase opened by "a"/"an" (and adjectives: "a new Plasma Blue"): a
    thing of a kind, not a named actor ("a Pentagon spokesman", "an Apple store" have the name as a
    modifier and stay)."""
    doc = tokens.doc
    root = tokens.root
    if root.dep_ in ("compound", "amod", "nmod", "poss") and not tokens.start <= root.head.i < tokens.end:
        return False
    k = tokens.start - 1
    while k >= 0 and doc[k].pos_ == "ADJ" and doc[k].text.islower():
        k -= 1
    return k >= 0 and doc[k].lower_ in ("a", "an") and doc[k].head.i in range(tokens.start, tokens.end)
