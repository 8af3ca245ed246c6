"""Registering the persons of an article: a name found in the text becomes a person actor, with
the title before it or in apposition to it ("French President Emmanuel Macron", "Ivo Marek, the
Czech defence minister"), the one it works for, and the gender its honorific gives."""
from __future__ import annotations

from functools import cached_property
from typing import Optional

from newsgraph.analyze import syntax
from newsgraph.analyze.actors import coding, dictionaries, table_hits, token_runs
from newsgraph.analyze.actors.token_runs import persons_in as _persons_in
from newsgraph.analyze.syntax import is_locative as _is_locative
from newsgraph.model import Actor

_code = token_runs.code_tokens
_text = token_runs.tokens_text
_strip_det = token_runs.without_article
POSSESSIVE_MARKERS = coding.POSSESSIVE_MARKERS
HONORIFICS_MALE = frozenset({"mr", "sir", "lord"})
HONORIFICS_FEMALE = frozenset({"mrs", "ms", "miss", "madam", "dame", "lady"})
#: the believers sectors.tsv codes REL ("Muslims", "evangelicals" as groups of a faith): in apposition to
#: one person's name they say a faith, not a role ("Khan, a Muslim, was elected mayor"); a cleric's
#: title ("imam", "bishop", "pastor") is a role
BELIEVERS = frozenset({"muslim", "jew", "catholic", "evangelical", "mormon"})


class PersonRegistration:
    """The builder's steps for a person's name (mixed into it, whose ``index``, ``doc``, ``ent_of``,
    ``surnames``, ``name_tails``, ``aliases``, ``affiliations`` and ``named`` they use)."""

    def _person(self, ent, tokens) -> None:
        doc, index = self.doc, self.index
        root = tokens.root
        premod = self._premodifiers(tokens)
        if not is_person_title(premod):
            premod = self._title_before(tokens) or premod
        if (_is_locative(root) and not self.surnames.get(tokens[-1].text)
                and not is_person_title(premod)):
            return  # "in Kherson and Zaporizhzhia": a place the tagger took for a person (not "at Gov. X")
        if not is_person_title(premod) and self._a_place(tokens):
            return  # "advanced toward Palmyra": a place, whatever the tagger said
        if not premod and self._no_person_reading(tokens):
            return  # "Meth is ...", "Brexit has ...": a thing the tagger took for a person
        words = list(premod) + list(tokens)
        code = _code(words)
        name_tokens = tokens
        if code.name_range and code.name_range[0] >= len(premod):
            name_tokens = doc[words[code.name_range[0]].i:tokens.end]  # "Spokeswoman Nadia Perez"
        elif is_person_title(premod):
            # the tagger found the name: the title is all that comes before it
            title = _text([t for t in premod if not (t is premod[0] and t.lower_ == "the")])
            code = coding.Coding(**{**code.__dict__, "title": title, "kind": "person"})
        name = " ".join(_text(name_tokens).split())
        if not name or not any(c.isalpha() for c in name):
            return
        actor = self._find_person(name)
        if actor is None:
            actor = index.new_actor(("person", name), name, coding.Coding(text=name, kind="person"))
            self.named.add(actor.id)
            self.surnames.setdefault(name.split()[-1], []).append(actor)
        elif len(name.split()) > len(actor.name.split()) and name.split()[-1] == actor.name.split()[-1]:
            actor.name = name  # "Peskov" first, "Dmitry Peskov" later: keep the full name
            index.keep_key(("person", name), actor)
        self.aliases.setdefault(actor.id, [])
        if name not in self.aliases[actor.id]:
            self.aliases[actor.id].append(name)
        index.add_mention(actor, name_tokens, head=root.i)
        if code.title:
            index.learn(actor, code)
        honorific = {t.text.rstrip(".").lower() for t in premod}
        if honorific & HONORIFICS_MALE:
            index.genders.setdefault(actor.id, "m")
        elif honorific & HONORIFICS_FEMALE:
            index.genders.setdefault(actor.id, "f")
        self._map(premod, actor)
        for other in _persons_in(premod, self.ent_of):
            self.affiliations.append((actor, other))
        appositive = self._appositive(root)
        if appositive is not None:
            acode = _code(appositive)
            if acode.head and acode.kind == "group" and acode.plural and _one_of(appositive):
                # "one of the journalists, Susanne Rust": one of the group, titled by its singular
                acode = coding.Coding(**{**acode.__dict__, "kind": "person", "plural": False,
                                         "title": acode.title or acode.head})
            if acode.head and acode.kind == "person" and acode.head in BELIEVERS:
                self._map(appositive, actor)  # "Khan, a Muslim,": a faith, not a role (REL is a cleric's)
            elif acode.head and acode.kind == "person":
                if actor.title and len(actor.title.split()) == 1:
                    actor.title = None  # "Gen. Mark Milley, chairman of ...": the fuller title
                index.learn(actor, _strip_det(acode))
                self._map(appositive, actor)
                for other in _persons_in(appositive, self.ent_of):
                    self.affiliations.append((actor, other))

    def _family(self, ent, tokens) -> bool:
        """A surname of a full name of the article in the plural, or before "family" ("the Ebelings",
        "the Weeks family" after "Betsy Ebeling", "Timothy Weeks"): the family, a group of persons
        (not an organisation), with no sector (the text gives none) and the country its members share.
        False (nothing done) for any other name."""
        words = [t for t in tokens if t.lower_ != "the"]
        if len(words) == 2 and words[1].lower_ == "family":
            surname = words[0].text if words[0].text in self.full_name_ends else None
        elif len(words) == 1 and words[0].text.endswith("s") and words[0].text[:1].isupper() \
                and words[0].text not in self.full_name_ends:  # "Weeks" of "Timothy Weeks" is one person
            word = words[0].text
            surname = next((s for s in (word[:-1], word[:-2]) if len(s) > 1 and s in self.full_name_ends), None)
        else:
            surname = None
        if surname is None:
            return False
        members = self.surnames.get(surname, [])
        countries = {m.country for m in members if m.country}
        key = ("family", surname)
        actor = self.index.keyed(key)
        if actor is None:
            name = _text(words)
            actor = self.index.new_actor(key, name, coding.Coding(
                text=name, name=name, kind="group", plural=True,
                country=countries.pop() if len(countries) == 1 else None))
            self.named.add(actor.id)
        self.index.add_mention(actor, ent if ent[0].lower_ == "the" else tokens, head=tokens.root.i)
        for t in ent:
            self.index.by_token.setdefault(t.i, actor)
        return True

    def settle_families(self) -> None:
        """A family without a country takes the one its named members share (known once the
        knowledge base has coded them: "the Clintons" after "Bill Clinton" and "Hillary Clinton")."""
        for key, family in self.index.keyed_actors().items():
            if key[0] != "family" or family.country is not None or family not in self.index.actors:
                continue
            countries = {a.country for a in self.index.actors if a.kind == "person" and a.country
                         and a.name.split()[-1] == key[1] and len(a.name.split()) > 1}
            if len(countries) == 1:
                family.country = countries.pop()

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
        if name in self.name_tails:  # a fuller name of the article ends with it
            return False
        lower = name.lower()
        if lower in self._token_positions:
            return True  # "Plague cases rose ... the plague was contained"
        if tokens.root.tag_ == "NNS" and tokens.root.is_sent_start:
            return True  # "Challenges include ...": the tagger reads a plural common noun
        if syntax.is_speaker(tokens.root) or self._appositive(tokens.root) is not None:
            return False
        if tokens.root.dep_ == "pobj" and tokens.root.head.lower_ in ("on", "via", "onto"):
            return True  # "posted on Twitter": a medium
        # its capital may only open the sentence: no other capitalised use outside a sentence start,
        # and it does nothing a person does ("Meth is a problem"; "Kolar met Dunn" keeps Kolar)
        if any(i != _sent_start(self.index.sent_of, i) for i in self._token_positions.get(name, ())):
            return False
        root = tokens.root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ != "be":
            return False
        return not any(e.kind == "person" for e in kb.shipped().entries(name))

    @cached_property
    def _token_positions(self) -> dict[str, list[int]]:
        """Each word of the text -> where it stands (token indices, in order)."""
        positions: dict[str, list[int]] = {}
        for t in self.doc:
            positions.setdefault(t.text, []).append(t.i)
        return positions

    def _a_place(self, tokens) -> bool:
        """A "person" the gazetteer knows as a place ("Palmyra", "Sioux Falls"), that no fuller
        name of the article ends with, that does not speak, and that the knowledge base does not
        know as a person."""
        from newsgraph.analyze import gazetteer
        from newsgraph.analyze.actors import kb

        name = _text(tokens)
        if len(name.split()) > 3 or self.surnames.get(name.split()[-1]) or syntax.is_speaker(tokens.root):
            return False
        if name in self.name_tails:  # a fuller name of the article ends with it
            return False
        if not gazetteer.load().lookup(name):
            return False
        return not any(e.kind == "person" for e in kb.shipped().entries(name))

    def _titled_appositive(self, tokens) -> bool:
        """An unknown name in apposition to a person title: a person, whatever the tagger said."""
        root = tokens.root
        if any(table_hits.find_hits([t.text for t in tokens])):
            return False
        if root.dep_ != "appos":  # "Halvorsen, the Danish ambassador, said": the title follows
            titles = [c for c in root.children if c.dep_ == "appos" and c.i > root.i and c.pos_ == "NOUN"]
            return any((row := dictionaries.sector_word(c.text)) is not None and row.kind == "person" and row.strong
                       for c in titles)
        row = dictionaries.sector_word(root.head.text)
        return row is not None and row.kind == "person" and root.head.pos_ in ("NOUN", "PROPN")

    def _find_person(self, name: str) -> Optional[Actor]:
        index = self.index
        known = index.keyed(("person", name))
        if known is not None:
            return known
        parts = name.split()
        same = self.surnames.get(parts[-1], [])
        if len(parts) == 1:
            if len(same) > 1:
                return max(same, key=self._last_told)  # namesakes: the one the writer named last
            if same:
                return same[0]
            # a first name alone ("LeBron") for the one person known by it
            firsts = [a for a in index.actors if a.kind == "person" and len(a.name.split()) > 1
                      and a.name.split()[0] == name]
            return firsts[0] if len(firsts) == 1 else None
        for actor in same:  # a known surname-only actor gets its first name
            if len(actor.name.split()) == 1:
                return actor
        return None

    def _last_told(self, actor: Actor) -> int:
        """Where the writer last named a person outside direct quotes (a character offset; -1 for never):
        of two namesakes a bare surname ("Mr. Bush also praised his younger brother") is the one the
        narrative named last, not one a quote spoke of ("'... Jeb Bush has the experience,' the former
        president told a crowd") nor one named in another person's description (``_said_of``), which never
        counts. A person named only inside quotes counts by those mentions."""
        named = [m.start for m in actor.mentions if not self._said_of(m.start, actor)]
        told = [k for k in named if not any(q.start < k < q.end for q in self._quotes)]
        return told[-1] if told else named[-1] if named else -1

    def _said_of(self, start: int, actor: Actor) -> bool:
        """Whether a mention (character offset) hangs off another person's name: "Patricia Smith, mother of
        victim Sean Smith" names Sean in passing, and the story goes on with Patricia."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        t, linked = span[0], False
        while t.head.i != t.i:
            linked = linked or t.dep_ not in _PEER_DEPS  # "Jim Bennett and Sandy Paradis": named alike
            t = t.head
            other = self.index.actor_at(t.i) if t.ent_type_ == "PERSON" else None
            if other is not None and other is not actor and other.kind == "person":
                return linked
        return False

    @cached_property
    def _quotes(self) -> list:
        """The direct quotes of the text (character spans)."""
        from newsgraph.analyze.statements.quotes import find_quotes  # a text utility; no cycle at import
        from newsgraph.nlp.text import text_of

        return find_quotes(text_of(self.doc))[0]

    def _premodifiers(self, tokens) -> list:
        """The title words before a name that belong to it ("Kremlin spokesman", "French President")."""
        doc = self.doc
        root = tokens.root
        k = tokens.start
        sent_start = _sent_start(self.index.sent_of, tokens.start)
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
        sent_start = _sent_start(self.index.sent_of, tokens.start)
        if tokens.start == sent_start or not doc[tokens.start - 1].text[:1].isupper():
            return []
        best: list = []
        for k in range(max(sent_start, tokens.start - 6), tokens.start):
            run = doc[k:tokens.start]
            if any(t.is_punct and t.text not in ("-", ".", "'s", "’s") for t in run) or run[0].pos_ in ("VERB", "AUX", "ADP", "DET", "PRON"):
                continue
            if run[-1].pos_ == "ADP":
                continue  # "CNN President On Trump": a headline's speaker and the one the words are about
            if any(t.i in self.ent_of and self.ent_of[t.i].label_ == "PERSON" for t in run):
                continue
            if any(t.pos_ in ("VERB", "AUX") and t.text.islower() for t in run):
                continue  # "a voter and would probably back Mr. Garvin": a clause, no title
            if is_person_title(run):
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
            if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and child.i > root.i \
                    and not self._after_another_name(root, child):
                return syntax.strip_punct(syntax.noun_phrase(child))
        before = root.left_edge.i - 2  # "one of the reporters, Dana Pell": the parse often hangs the name elsewhere
        if before >= 0 and doc[before + 1].text == "," and doc[before].tag_ == "NNS" \
                and _one_of(doc[doc[before].left_edge.i:before + 1]):
            return doc[doc[before].left_edge.i:before + 1]
        return None

    def _after_another_name(self, root, appositive) -> bool:
        """Whether an appositive the parse hung on ``root`` follows a comma right after another
        name that a clause of ``root``'s or a coordination holds ("Brell - who fired Pike, the police
        chief, on Tuesday - ...", "Brell and Ana Pike, the likely nominee"): the description is that
        name's, the nearer one, not the earlier name's (whatever label the tagger gave it). A name in
        ``root``'s own complement leaves it ``root``'s ("Tom Brell of Ohio, the majority leader")."""
        comma = syntax.noun_phrase(appositive).start - 1
        if comma - 1 <= root.i or self.doc[comma].text != ",":
            return False
        ent = self.ent_of.get(comma - 1)
        if ent is None or ent.start <= root.i:
            return False
        token, steps = self.doc[comma - 1], 0
        while token.i != root.i and token.head.i != token.i and steps < 12:
            if token.dep_ == "conj" or token.head.i != root.i and token.head.pos_ in ("VERB", "AUX"):
                return True
            token, steps = token.head, steps + 1
        return False

    def _map(self, tokens, actor: Actor) -> None:
        """Point title or description tokens at ``actor`` (so resolving the whole phrase finds it)."""
        for t in tokens:
            if t.i not in self.ent_of or self.ent_of[t.i].label_ != "PERSON":
                self.index.by_token.setdefault(t.i, actor)


#: links that join names as peers or parts of one name, not one named in another's description
_PEER_DEPS = frozenset({"conj", "compound", "flat", "cc", "punct"})


def _one_of(tokens) -> bool:
    """Whether a plural description is the complement of "one of" ("one of the journalists")."""
    root = tokens.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "one"


def _sent_start(sent_of: list[int], i: int) -> int:
    """The first token of the sentence of token ``i``."""
    while i > 0 and sent_of[i - 1] == sent_of[i]:
        i -= 1
    return i



def is_person_title(tokens) -> bool:
    """Whether tokens code as one person's title ("Canadian Minister of Fisheries")."""
    if not tokens:
        return False
    code = _code(tokens)
    return code.kind == "person" and code.head is not None and not code.plural
