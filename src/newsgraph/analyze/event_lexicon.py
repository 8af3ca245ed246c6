"""The PLOVER trigger lexicon (``data/event_triggers.tsv``): which words name which events.

Read once per process. A trigger is a lemma, a verb with its particle ("pull out") or a noun with a
compound modifier ("press conference"); its role says how the word makes an event (see the table).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

#: PLOVER type -> CAMEO quad class (1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict)
QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
VERBAL = {"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]  # ("pull", "out") or ("press", "conference"); last word is the head for nouns
    pos: str  # VERB | NOUN | ADJ
    type: Optional[str]  # None for light verbs without an event of their own
    mode: Optional[str]
    role: str  # event | frame | light


@dataclass(frozen=True)
class Lexicon:
    verbs: dict  # lemma -> {particle or "": Trigger}
    nouns: dict  # head lemma -> {compound modifier or "": Trigger}
    adjectives: dict  # lemma -> Trigger

    def verb(self, token) -> Optional[Trigger]:
        """The trigger a verb token is, its particle ("pull out", "call on") taken into account."""
        entries = self.verbs.get(token.lemma_.lower())
        if not entries:
            return None
        for child in token.children:
            if child.dep_ in ("prt", "prep") and token.i < child.i <= token.i + 2 and child.lower_ in entries:
                return entries[child.lower_]
        return entries.get("")

    def noun(self, token) -> Optional[Trigger]:
        """The trigger a noun token heads, its compound modifier taken into account ("press conference")."""
        lemma = token.lemma_.lower()
        entries = self.nouns.get(lemma) or self.nouns.get(token.lower_)
        if not entries:
            return None
        for child in token.children:
            if child.dep_ in ("compound", "amod") and child.lower_ in entries:
                return entries[child.lower_]
        return entries.get("")

    def adjective(self, token) -> Optional[Trigger]:
        return self.adjectives.get(token.lemma_.lower())


def parse(lines) -> Lexicon:
    verbs: dict = {}
    nouns: dict = {}
    adjectives: dict = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        words = tuple(cols[0].split())
        trigger = Trigger(words, cols[1], cols[2] or None, cols[3] or None, cols[4])
        if trigger.pos == "VERB":
            verbs.setdefault(words[0], {})[" ".join(words[1:])] = trigger
        elif trigger.pos == "NOUN":
            nouns.setdefault(words[-1], {})[" ".join(words[:-1])] = trigger
        else:
            adjectives[words[0]] = trigger
    return Lexicon(verbs, nouns, adjectives)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    text = (resources.files("newsgraph") / "data" / "event_triggers.tsv").read_text(encoding="utf-8")
    return parse(text.splitlines())
