"""Building the actor index: one left-to-right pass over a parse (see ``newsgraph.analyze.actors``)."""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze import syntax
from newsgraph.analyze.actors import coding, coref, dictionaries, names, tidy, token_runs
from newsgraph.analyze.actors.coref import persons_in as _persons_in
from newsgraph.analyze.actors.coref import trim_name as _trim
from newsgraph.analyze.actors.credits import credit_tokens
from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.analyze.actors.phrases import PhraseRegistration
from newsgraph.analyze.actors.places import based_in
from newsgraph.analyze.actors.settling import Settling
from newsgraph.analyze.actors.speaking_names import with_speaking_names
from newsgraph.analyze.syntax import is_locative as _is_locative
from newsgraph.model import Actor

_code = token_runs.code_tokens
_text = token_runs.tokens_text
_strip_det = token_runs.without_article
POSSESSIVE_MARKERS = coding.POSSESSIVE_MARKERS
HONORIFICS_MALE = frozenset({"mr", "sir", "lord"})
HONORIFICS_FEMALE = frozenset({"mrs", "ms", "miss", "madam", "dame", "lady"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
#: words that open a noun phrase, never a name ("a MacBook Pro", "this Apple Watch")
LEADING_NOT_NAME = frozenset({"a", "an", "this", "that", "these", "those", "every", "any", "some", "each", "my",
                              "your", "our", "their", "his", "her", "its"})
#: nouns that describe a body of people, not a person ("Kosmos, a group co-founded by ...")
BODY_NOUNS = frozenset("group band team club firm startup company organisation organization outfit venture "
                       "fund charity party label network consortium coalition alliance publisher website site "
                       "newspaper paper magazine tabloid broadcaster channel outlet app platform manufacturer "
                       "retailer automaker carmaker chipmaker drugmaker steelmaker toymaker watchmaker lender "
                       "insurer conglomerate brokerage distributor supplier wholesaler chain brand".split())


class Builder(PhraseRegistration, Settling, coref.DescriptionsAndPronouns):
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
        self.territorial: set[str] = set()  # country actors known only by their places
        self.credits: set[int] = set()  # tokens of a dateline or agency credit: no actors there
        self.named: set[str] = set()  # actors made from a name the tagger found (ids)
        self.possessive: set[str] = set()  # names of shops and companies written with 's ("Lowe's")
        self.thing_names: set[str] = set()  # first words of things' names ("Hubble" of "Hubble Space Telescope")

    def run(self) -> None:
        from spacy.tokens import Token

        doc, index = self.doc, self.index
        sent_of = [0] * len(doc)
        # a pipeline without a parser has no sentences: the text is then one sentence
        sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        for k, sent in enumerate(sents):
            for i in range(sent.start, sent.end):
                sent_of[i] = k
        index._sent_of = sent_of
        items = []
        self.credits = credit_tokens(doc) | names.quoted_titles(doc)
        self.possessive = names.possessive_names(doc)
        for ent in with_speaking_names(doc, self._whole_names(doc)):
            if any(i in self.credits for i in range(ent.start, ent.end)):
                continue  # "HANOI, Vietnam (AP) —": the agency and the place a story was filed from
            if ent.label_ in NAME_LABELS and "\n" not in ent.text:
                for i in range(ent.start, ent.end):
                    self.ent_of[i] = ent
                items.append((ent.start, 0, ent))
                if ent.label_ == "PERSON" and ent.text not in self.possessive:
                    self._learn_person_words(ent)
        for ent in self._untagged_names():
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
            items.append((ent.start, 0, ent))
            self._learn_person_words(ent)
        surnames = {w.split()[-1] for w in self.person_words}
        for t in doc:
            compound = names.hyphenated(doc, t.i)
            if compound is not None and compound.start == t.i and not any(
                    i in self.ent_of for i in range(compound.start, compound.end)) and compound.text in surnames:
                # a hyphenated surname the tagger missed ("Soon-Shiong said"), known from the full name
                ent = _person_span(doc, compound.start, compound.end)
                for i in range(ent.start, ent.end):
                    self.ent_of[i] = ent
                items.append((t.i, 0, ent))
            elif compound is not None:
                continue  # "Shiong" of "Soon-Shiong" is no surname of its own
            elif t.i not in self.ent_of and t.text in surnames and (t.pos_ == "PROPN" or (
                    t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "poss", "appos", "conj", "dobj"))
                    or syntax.is_mistagged_speaker(t)):
                # a surname the tagger missed ("Lindqvist spoke first") that it found elsewhere
                ent = _person_span(doc, t.i, t.i + 1)
                self.ent_of[t.i] = ent
                items.append((t.i, 0, ent))
            elif t.lower_ in coref.PRONOUNS and t.pos_ == "PRON" and t.i not in self.ent_of:
                items.append((t.i, 1, t))
            elif t.pos_ in ("NOUN", "PROPN") and t.i not in self.ent_of and not names.bare_singular(t) \
                    and self._title_head(t):
                items.append((t.i, 1, t))
        items.sort(key=lambda item: (item[0], item[1]))
        for _, _, obj in items:
            if not isinstance(obj, Token):
                self._entity(obj)
            elif obj.lower_ in coref.PRONOUNS:
                self._pronoun(obj)
            else:
                self._description(obj)
        self._finish()

    def _learn_person_words(self, ent) -> None:
        """A person's name as written and its surname ("Ravi Soon-Shiong", "Soon-Shiong")."""
        tokens = [t for t in ent if t.text not in POSSESSIVE_MARKERS and t.text.strip()]
        if not tokens:
            return
        name = _text(tokens)
        self.person_words.add(name)
        self.person_words.add(name.split()[-1])

    def _whole_names(self, doc) -> list:
        """The entities, a person's name taken whole where the tagger cut it at a word that is also a
        pronoun ("Chinese vice-premier Liu He met ...": "He" is his given name, not a pronoun), and
        cut where the tagger ran it across punctuation ("Battin: Dealing with ...", "Kit Draper,
        Firefly Aerospace") or an abbreviation ("Browns DL Sheldon Richardson")."""
        return [part for ent in self._joined_names(doc) for part in names.split_entity(ent)]

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

    # -- persons ----------------------------------------------------------------------------------
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
        tokens = tokens.doc[k:tokens.end]
        if ent.label_ in ("PERSON", "ORG", "PRODUCT") and _indefinite_head(tokens):
            return  # "You'll need a Homepage", "a new Plasma Blue": a kind of thing, no name of an actor
        if len(tokens) == 1 and ent.label_ in ("PERSON", "ORG") and syntax.is_verb_form(tokens[0]) \
                and dictionaries.country_of(tokens.text) is None and dictionaries.capital_country(tokens.text) is None:
            return  # "Dealing" cut from "Battin: Dealing with ...": a verb, no name
        if len(tokens) >= 3 and names.speech_verb_word(tokens[0]):
            tokens = tokens[1:]  # "Said Kit Draper, ...": the cue that opens an inverted sentence
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
        if not any(t.is_alpha and len(t.text) > 1 for t in tokens) or names.only_titles(tokens):
            return  # "Lt Col", "President": a title without the name of the one who holds it
        if ent.label_ in ("ORG", "PERSON", "FAC", "PRODUCT") and names.names_a_thing(tokens) \
                or ent.label_ in ("ORG", "PERSON", "FAC") and names.in_an_address(tokens):
            # "the IllustrisTNG Project", "the Davis Cup", "Holmdel, NJ": a thing or an address, and
            # none of its words an actor either ("Bank" of "Ameris Bank Amphitheatre")
            self.credits.update(range(tokens.start, tokens.end))
            if len(tokens) > 1 and tokens[0].pos_ == "PROPN" and not any(
                    len(w.split()) > 1 and w.split()[-1] == tokens[0].text for w in self.person_words):
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
                                       or dictionaries.organization(tokens.text)):
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
        text = tokens.text
        return any(e.text.endswith(text) and e.start != tokens.start and e.label_ == "PERSON"
                   and not names.cut_from_longer_name(e) for e in self.doc.ents)

    def _shaped_organization(self, tokens) -> None:
        """An organisation by the shape of its name: a name with a possessive 's that possesses
        nothing is a shop or company ("Lowe's": BUS, named with its 's); a name ending like an
        organisation's is one ("Brightwater Productions")."""
        from spacy.tokens import Span as DocSpan

        self._named_group(DocSpan(self.doc, tokens.start, tokens.end, label="ORG"), tokens)
        actor = self.index._by_token.get(tokens.root.i)
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

    def _person_shaped(self, tokens) -> bool:
        """A first name and a surname tagged as an organisation ("quarterback Mason Rudolph" beside
        "Rudolph said", "Diego Schwartzman defeating ..."): two or three capitalised words, none of
        them an organisation's, a title's or a country's word, ending with the surname of a person of
        the article or opening with a known given name."""
        words = list(tokens)
        if not 2 <= len(words) <= 3 or not all(w.is_alpha and w.text[:1].isupper() and not w.text.isupper()
                                                for w in words):
            return False
        surnames = {w.split()[-1] for w in self.person_words}
        if words[-1].text not in surnames and not (len(words) == 2 and words[0].text in names.given_names()
                                                   and words[-1].tag_ != "NNPS") \
                or dictionaries.organization(tokens.text) is not None:
            return False  # "Diego Vantress Holdings" stays a business
        return not any(dictionaries.sector_word(w.text) or dictionaries.country_of(w.text) or dictionaries.capital_country(w.text)
                       or w.lower_ in coding.NEEDS_A_NAME or w.lower_ in coding.CORPORATE_SUFFIXES for w in words)

    def _person(self, ent, tokens) -> None:
        doc, index = self.doc, self.index
        root = tokens.root
        if _is_locative(root) and not self.surnames.get(tokens[-1].text):
            return  # "in Kherson and Zaporizhzhia": a place the tagger took for a person
        premod = self._premodifiers(tokens)
        if not _is_title(premod):
            premod = self._title_before(tokens) or premod
        if not _is_title(premod) and self._a_place(tokens):
            return  # "advanced toward Palmyra": a place, whatever the tagger said
        if not premod and self._no_person_reading(tokens):
            return  # "Meth is ...", "Brexit has ...": a thing the tagger took for a person
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
            self.named.add(actor.id)
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

    def _no_person_reading(self, tokens) -> bool:
        """A one-word "person" with nothing that reads it as one: news introduces a person by the
        full name or a title, so a bare word that no fuller name of the article ends with is a thing
        or an idea when the article writes it in lower case elsewhere ("Plague" and "plague"), or
        when it is the object of "on" ("posted on Twitter"), or when it is capitalised only where it
        opens a sentence and is only what something is ("Meth is ..."), has no title, never speaks,
        and the knowledge base does not know it as a person."""
        from newsgraph.analyze.actors import kb

        name = _text(tokens)
        if len(tokens) != 1 or not name.isalpha() or self.surnames.get(name) or self._find_person(name):
            return False
        if any(w != name and w.endswith(" " + name) for w in self.person_words):
            return False
        lower = name.lower()
        if any(t.text == lower for t in self.doc):
            return True  # "Plague cases rose ... the plague was contained"
        if tokens.root.tag_ == "NNS" and tokens.root.is_sent_start:
            return True  # "Challenges include ...": the tagger reads a plural common noun
        if syntax.is_speaker(tokens.root) or self._appositive(tokens.root) is not None:
            return False
        if tokens.root.dep_ == "pobj" and tokens.root.head.lower_ in ("on", "via", "onto"):
            return True  # "posted on Twitter": a medium
        # its capital may only open the sentence: no other capitalised use outside a sentence start,
        # and it does nothing a person does ("Meth is a problem"; "Kolar met Dunn" keeps Kolar)
        if any(t.text == name and t.i != _sent_start(self.index._sent_of, t.i) for t in self.doc):
            return False
        root = tokens.root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ != "be":
            return False
        return not any(e.kind == "person" for e in kb.shipped().entries(name))

    def _a_place(self, tokens) -> bool:
        """A "person" the gazetteer knows as a place ("Palmyra", "Sioux Falls"), that no fuller
        name of the article ends with, that does not speak, and that the knowledge base does not
        know as a person."""
        from newsgraph.analyze import gazetteer
        from newsgraph.analyze.actors import kb

        name = _text(tokens)
        if len(name.split()) > 3 or self.surnames.get(name.split()[-1]) or syntax.is_speaker(tokens.root):
            return False
        if any(w != name and w.endswith(" " + name) for w in self.person_words):
            return False
        if not gazetteer.load().lookup(name):
            return False
        return not any(e.kind == "person" for e in kb.shipped().entries(name))

    def _titled_appositive(self, tokens) -> bool:
        """An unknown name in apposition to a person title: a person, whatever the tagger said."""
        root = tokens.root
        if any(coding.find_hits([t.text for t in tokens])):
            return False
        if root.dep_ != "appos":  # "Halvorsen, the Danish ambassador, said": the title follows
            titles = [c for c in root.children if c.dep_ == "appos" and c.i > root.i and c.pos_ == "NOUN"]
            return any((row := dictionaries.sector_word(c.text)) is not None and row.kind == "person" and row.strong
                       for c in titles)
        row = dictionaries.sector_word(root.head.text)
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
                row = dictionaries.sector_word(tok.text)
                return tok.i not in self.ent_of and tok.pos_ in ("NOUN", "PROPN") and row is not None \
                    and row.kind == "person"

            steps = 0
            while steps < 4 and head.i < root.i and not is_title(head) and head.head is not head \
                    and (head.i in self.ent_of or head.dep_ in ("pobj", "prep")):
                head, steps = head.head, steps + 1
            if head.pos_ in ("NOUN", "PROPN") and head.i not in self.ent_of and head.i < root.i:
                return syntax.strip_punct(doc[head.left_edge.i:root.left_edge.i])
        for child in root.children:
            if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and child.i > root.i:
                return syntax.strip_punct(syntax.noun_phrase(child))
        return None

    def _map(self, tokens, actor: Actor) -> None:
        """Point title or description tokens at ``actor`` (so resolving the whole phrase finds it)."""
        for t in tokens:
            if t.i not in self.ent_of or self.ent_of[t.i].label_ != "PERSON":
                self.index._by_token.setdefault(t.i, actor)

    # -- countries, governments, organisations, groups ----------------------------------------
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
                    index._by_token.setdefault(t.i, actor)
            return
        if root.dep_ in ("oprd", "acomp") or (ent.label_ == "ORG" and not any(t.pos_ in ("NOUN", "PROPN") for t in tokens)):
            return  # "rated Mostly True": a label, not an agent
        if root.dep_ in ("compound", "amod", "nmod") and not (tokens.start <= root.head.i < tokens.end):
            return  # "Kremlin spokesman", "Ukraine war": part of another phrase
        if _is_locative(root) or based_in(tokens):
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
        if ent.label_ == "ORG" and (tokens[-1].like_num or not any(t.is_alpha and t.text[0].isupper() for t in tokens)) \
                and not (code.head and code.country):
            return  # "Trump’s 1995": not an organisation ("China's commerce ministry" is one)
        if ent.label_ == "ORG" and code.kind is None:
            code = coding.Coding(**{**code.__dict__, "kind": "organization", "name": code.name or _text(tokens)})
        key = index._key(code, tokens)
        if key is not None and key not in index._by_key and dictionaries.organization(tokens.text) is None:
            key = self._acronym_key(tokens) or key
        if key is None:
            return
        key = self._country_key(key, code, tokens)
        actor = index._by_key.get(key)
        if actor is None:
            name = _text([t for t in tokens if t.lower_ != "the"]) if len(key) == 3 and key[0] == "org" \
                else index._name_of(code, tokens)  # "Chinese CDC", not the American CDC's full name
            actor = index._new(key, name, code)
            self.named.add(actor.id)
        else:
            index.learn(actor, code)
        alias = _text([t for t in tokens if t.lower_ != "the"])
        self.aliases.setdefault(actor.id, [])
        if alias not in self.aliases[actor.id]:
            self.aliases[actor.id].append(alias)
        index.add_mention(actor, ent if ent[0].lower_ == "the" else tokens, head=root.i)
        for t in ent:
            index._by_token.setdefault(t.i, actor)

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
        if row is not None and key not in self.index._by_key:
            others = [k for k in self.index._by_key if k[:2] == key and len(k) == 3]
            if len(others) == 1:
                return others[0]
        return key

    def _acronym_key(self, tokens) -> Optional[tuple]:
        """"NSC" after "the National Security Council": the same organisation."""
        text = tokens.text
        if not (text.isupper() and 2 <= len(text) <= 6):
            return None
        for key, actor in self.index._by_key.items():
            if key[0] == "org" and actor.kind == "organization" and _acronym(actor.name) == text:
                return key
        return None

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


def _person_span(doc, start: int, end: int):
    """A PERSON entity span the tagger did not make (spaCy imported here, not at module import)."""
    from spacy.tokens import Span as DocSpan

    return DocSpan(doc, start, end, label="PERSON")


def _sent_start(sent_of: list[int], i: int) -> int:
    """The first token of the sentence of token ``i``."""
    while i > 0 and sent_of[i - 1] == sent_of[i]:
        i -= 1
    return i


def _is_title(tokens) -> bool:
    """Whether tokens code as one person's title ("Canadian Minister of Fisheries")."""
    if not tokens:
        return False
    code = _code(tokens)
    return code.kind == "person" and code.head is not None and not code.plural


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


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())
