"""The PLOVER event lexicon: which words name which events, and in which sense.

Two shipped tables, read once per process:

- ``data/event_verb_patterns.tsv.gz``, built by ``scripts/build_event_lexicon.py`` from PETRARCH2's
  CAMEO verb dictionary mapped through CAMEO2PLOVER: verbs with the objects and prepositional phrases
  that decide their sense ("freeze aid" SANCTION discontinue, "freeze relations" SANCTION, "raise
  doubts" no event) and each verb's default code;
- ``data/event_triggers.tsv``, our own additions, each with a comment: nouns and adjectives that name
  events, frame verbs whose complement says what is asked or refused, light verbs whose object carries
  the event ("held talks"), and verbs the CAMEO dictionary lacks or codes in a sense news rarely means.

A verb's trigger: a CAMEO sense pattern its object or prepositions match (verbs of our table's "event"
role and verbs only CAMEO knows); else our table's entry; else CAMEO's default code when that code is
specific (a category head such as 190 "use conventional force" or 030 "express intent to cooperate" is
too vague to make an event on its own: "struggled", "decided").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from newsgraph.analyze import resources as tables

#: PLOVER type -> CAMEO quad class (1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict)
QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
VERBAL = {"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
#: joint acts, done by the conjoined doers together: "A and B met", "A and B agreed"
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]  # ("pull", "out") or ("press", "conference"); last word is the head for nouns
    pos: str  # VERB | NOUN | ADJ
    type: Optional[str]  # None for light verbs without an event of their own
    mode: Optional[str]
    role: str  # event | frame | light | object | none (a verb CAMEO codes that names no event in news use)
    cameo: Optional[str] = None  # the CAMEO code when the CAMEO dictionary chose this trigger


#: CAMEO 175 "use tactics of violent repression": its arrest-verb patterns ("arrest protesters") map to
#: ASSAULT in CAMEO2PLOVER, but an arrest of anyone is PLOVER's COERCE arrest
REPRESSION = "175"
FRAME_TYPES = {"REQUEST", "REJECT", "THREATEN", "AGREE"}  # verbal acts whose complement says what


@dataclass(frozen=True)
class Sense:
    """A CAMEO verb pattern: the verb's object heads and prepositional phrases that pick this sense."""

    objects: frozenset  # head lemmas of the direct object (empty: any or none)
    preps: tuple  # ((prep, frozenset of heads), ...) all required
    cameo: str
    type: Optional[str]  # None: with these words the verb names no event
    mode: Optional[str]

    def score(self) -> int:
        return (2 if self.objects else 0) + 2 * len(self.preps)


@dataclass(frozen=True)
class Lexicon:
    verbs: dict  # lemma -> {particle or "": Trigger}   (our table)
    nouns: dict  # head lemma -> {compound modifier or "": Trigger}
    adjectives: dict  # lemma -> Trigger
    senses: dict = field(default_factory=dict)  # (lemma, particle) -> [Sense]  (CAMEO patterns)
    defaults: dict = field(default_factory=dict)  # (lemma, particle) -> Sense  (CAMEO default codes)
    borrowed: dict = field(default_factory=dict)  # (lemma, particle) -> [Sense]  (its synonym set's patterns)

    def verb(self, token) -> Optional[Trigger]:
        """The trigger a verb token is, its particle ("pull out", "call on") and its object taken
        into account; None when it names no event in this use."""
        lemma = token.lemma_.lower()
        entries = self.verbs.get(lemma) or {}
        particle = next((c.lower_ for c in token.children if c.dep_ == "prt" and c.i > token.i), "")
        own = None
        for child in token.children:
            if child.dep_ in ("prt", "prep") and token.i < child.i <= token.i + 2 and child.lower_ in entries:
                own = entries[child.lower_]
                break
        if own is None and "for" in entries and any(
                c.dep_ in ("advcl", "ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ == "for" and _next_to(token, m)
                                                            for m in c.children) for c in token.children):
            own = entries["for"]  # "called (Wednesday) for X to resign": the parse hangs "for" on the clause
        if own is not None or not (particle and self._specific(self.defaults.get((lemma, particle)))):
            # (else "hit out at X", CAMEO 111 criticize: the phrasal verb's own code, not the bare verb's)
            own = own or entries.get("")
        if own is None or own.role in ("event", "none"):
            sense = self.sense(token, lemma, particle)
            if sense is not None:
                if sense.type is None:
                    return None
                if sense.cameo == REPRESSION and own is not None and own.type == "COERCE":
                    return own  # "arrested 20 protesters": an arrest (PLOVER COERCE arrest), not an assault
                return _verb_trigger(lemma, particle, sense)
        if own is not None:
            return None if own.role == "none" else own
        default = self.defaults.get((lemma, particle))
        if default is None or not self._specific(default):
            if default is not None and default.type is None:
                return None  # CAMEO codes the bare verb as no event (010 "make a statement")
            return self._borrowed(token, lemma, particle)
        return _verb_trigger(lemma, particle, default)

    @staticmethod
    def _specific(default: Optional[Sense]) -> bool:
        """A CAMEO default code specific enough to make an event (not a category head such as 190)."""
        return default is not None and default.type is not None and not default.cameo.endswith("0")

    def _borrowed(self, token, lemma: str, particle: str) -> Optional[Trigger]:
        """A verb neither table names an event with: a pattern its CAMEO synonym set shares ("ended
        mediation efforts" as "halt ... mediation", "reduced military aid" as "cut ... aid")."""
        sense = self.sense(token, lemma, particle, self.borrowed)
        if sense is None or sense.type is None or not (sense.objects or sense.preps):
            return None  # (a bare phrasal verb of the set, "- * UP", is too vague to lend)
        return _verb_trigger(lemma, particle, sense)

    def sense(self, token, lemma: str, particle: str, table: Optional[dict] = None) -> Optional[Sense]:
        """The most specific CAMEO pattern the verb's object and prepositional phrases match (of the
        verb's own patterns, or of ``table``)."""
        candidates = (self.senses if table is None else table).get((lemma, particle))
        if not candidates:
            return None
        objects: set[str] = set()
        preps: dict = {}
        for child in token.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
                objects.update((child.lemma_.lower(), child.lower_))
            elif child.dep_ in ("prep", "agent", "dative"):
                heads = {g.lemma_.lower() for g in child.children if g.dep_ in ("pobj", "pcomp")}
                heads |= {g.lower_ for g in child.children if g.dep_ in ("pobj", "pcomp")}
                preps.setdefault(child.lower_, set()).update(heads)
        best = None
        for sense in candidates:
            if sense.objects and not (sense.objects & objects):
                continue
            if any(not (heads & preps.get(prep, set())) for prep, heads in sense.preps):
                continue
            if best is None or sense.score() > best.score() or (
                    sense.score() == best.score() and best.type is None and sense.type is not None):
                best = sense  # the CAMEO file lists some patterns twice ("condemn attack" 018 and 111)
        return best

    def noun(self, token) -> Optional[Trigger]:
        """The trigger a noun token heads, its compound modifier taken into account ("press conference")."""
        lemma = token.lemma_.lower()
        entries = self.nouns.get(lemma) or self.nouns.get(token.lower_)
        if not entries:
            joined = _hyphen_joined(token)  # "cease-fire": the table's "ceasefire"
            entries = self.nouns.get(joined) if joined else None
        if not entries:
            return None
        for child in token.children:
            if child.dep_ in ("compound", "amod") and child.lower_ in entries:
                return entries[child.lower_]
        return entries.get("")

    def state_of(self, token) -> Optional[Trigger]:
        """"a state of emergency", "a state of siege": the trigger of what the state is of."""
        if token.lemma_.lower() != "state":
            return None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in ("emergency", "siege"):
                    return self.noun(pobj)
        return None

    def adjective(self, token) -> Optional[Trigger]:
        return self.adjectives.get(token.lemma_.lower())

    def proposed(self, token) -> Optional[Trigger]:
        """A trigger a learned model proposes for a word the tables miss (``recall.RecallLexicon``); none here."""
        return None


def _next_to(verb, word) -> bool:
    """``word`` follows ``verb`` with at most a date or time between ("called Wednesday for X to go")."""
    between = verb.doc[verb.i + 1:word.i]
    return word.i > verb.i and all(t.ent_type_ in ("DATE", "TIME") or t.is_punct for t in between)


def _hyphen_joined(token) -> Optional[str]:
    """"cease-fire" parsed as compound "cease", "-", "fire": "ceasefire"."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
            and not doc[token.i - 2].whitespace_ and doc[token.i - 2].head.i == token.i:
        return (doc[token.i - 2].lower_ + token.lower_)
    return None


def parse(lines) -> Lexicon:
    verbs: dict = {}
    nouns: dict = {}
    adjectives: dict = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")  # the sixth column is the row's comment
        words = tuple(cols[0].split())
        trigger = Trigger(words, cols[1], cols[2] or None, cols[3] or None, cols[4])
        if trigger.pos == "VERB":
            verbs.setdefault(words[0], {})[" ".join(words[1:])] = trigger
        elif trigger.pos == "NOUN":
            nouns.setdefault(words[-1], {})[" ".join(words[:-1])] = trigger
        else:
            adjectives[words[0]] = trigger
    return Lexicon(verbs, nouns, adjectives)


def parse_patterns(lines) -> tuple[dict, dict, dict]:
    """CAMEO pattern rows (``verb, particle, object, preps, cameo, type, mode, via``) -> senses,
    defaults, borrowed senses (rows with a ``via``: patterns of the verb's synonym set)."""
    senses: dict = {}
    defaults: dict = {}
    borrowed: dict = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        verb, particle, objects, preps, cameo, etype, mode, via = (line.rstrip("\n").split("\t") + [""])[:8]
        sense = Sense(frozenset(objects.split("|")) if objects else frozenset(),
                      tuple((p.split(":")[0], frozenset(p.split(":")[1].split("|"))) for p in preps.split(";") if p),
                      cameo, etype or None, mode or None)
        key = (verb, particle)
        if via:
            borrowed.setdefault(key, []).append(sense)
        elif not objects and not preps:
            old = defaults.get(key)
            # a verb in several synonym sets: the more specific code (the longer, not a category head)
            if old is None or (old.cameo.endswith("0") and not cameo.endswith("0")):
                defaults[key] = sense
        else:
            senses.setdefault(key, []).append(sense)
    return senses, defaults, borrowed


PATTERNS_FILE = "event_verb_patterns.tsv.gz"
TRIGGERS_FILE = "event_triggers.tsv"


@tables.cached()
def load() -> Lexicon:
    """Both tables, read once; a missing table is an error that says how to rebuild it."""
    if not tables.exists(PATTERNS_FILE):
        raise FileNotFoundError(f"newsgraph/data/{PATTERNS_FILE} is missing; rebuild it with "
                                "`python scripts/build_event_lexicon.py --data ../shared/data`")
    own = parse(tables.read(TRIGGERS_FILE).splitlines())
    senses, defaults, borrowed = parse_patterns(tables.read(PATTERNS_FILE).splitlines(keepends=True))
    return Lexicon(own.verbs, own.nouns, own.adjectives, senses, defaults, borrowed)


def _verb_trigger(lemma: str, particle: str, sense: Sense) -> Trigger:
    """The trigger a verb (with its particle, if any) makes in ``sense``: a frame or an event."""
    role = "frame" if sense.type in FRAME_TYPES else "event"
    return Trigger((lemma,) + ((particle,) if particle else ()), "VERB", sense.type, sense.mode or None, role,
                   sense.cameo)
