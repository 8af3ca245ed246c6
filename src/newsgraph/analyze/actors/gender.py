"""What gender a person is, as pronoun resolution needs it ("she" is not the man who spoke before).

Evidence, strongest first; the first that speaks decides, so the article's own text always outranks
the given-names table, and a person whose text says otherwise is never given the table's gender:

1. what the actor index recorded: a gendered title ("spokeswoman"), Mr./Ms./Mrs., or an earlier
   he/she already resolved to the person (``genders``);
2. a gendered noun in apposition ("Ada Obi, the senator's wife") or as the person's attribute
   ("Obi is the mother of three");
3. a pronoun bound to the person in their own clause: a possessive or reflexive ("Ada Obi released
   her album", "Obi blamed herself") when the clause names no other person, or the subject of
   what the person says ("Obi said she would ...");
4. the given name, from ``first_names.tsv`` (names common for both genders are not in it).
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze import resources
from newsgraph.model import Actor

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})

FEMALE_WORDS = frozenset({"spokeswoman", "congresswoman", "businesswoman", "queen", "mrs", "ms",
                          "madam", "chairwoman", "policewoman", "actress", "councilwoman", "sportswoman",
                          "anchorwoman", "stateswoman", "duchess", "countess", "baroness", "empress",
                          "headmistress", "waitress"})
MALE_WORDS = frozenset({"spokesman", "congressman", "businessman", "king", "mr", "chairman", "policeman",
                        "actor", "councilman", "sportsman", "anchorman", "statesman", "duke", "count", "baron",
                        "emperor", "headmaster", "waiter"})

#: nouns that tell a person's gender when they stand in apposition to the name
FEMALE_NOUNS = FEMALE_WORDS | frozenset({
    "woman", "wife", "mother", "daughter", "sister", "widow", "grandmother", "granddaughter", "aunt", "niece",
    "girlfriend", "girl", "lady", "princess", "stepmother", "fiancee", "mom", "mum"})
MALE_NOUNS = MALE_WORDS | frozenset({
    "man", "husband", "father", "son", "brother", "widower", "grandfather", "grandson", "uncle", "nephew",
    "boyfriend", "boy", "prince", "stepfather", "dad"})

#: dependencies of a noun, under the person's verb, whose possessive pronoun is the person's own
#: ("released her album", "is his brother", "spoke to her lawyer")
_OWN_NOUN_DEPS = frozenset({"dobj", "attr", "pobj", "nsubjpass", "npadvmod", "oprd"})
#: object pronouns that stand for someone else in the clause ("thanked her for her work")
_OBJECT_DEPS = frozenset({"dobj", "iobj", "pobj", "dative"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _of_word(word: str) -> Optional[str]:
    return "f" if word in FEMALE else "m" if word in MALE else None


def gender_of_title(title: Optional[str]) -> Optional[str]:
    """"f"/"m" when a title marks a gender ("Downing Street spokeswoman"), else None."""
    if not title:
        return None
    words = {w.strip(".").lower() for w in title.split()}
    if words & FEMALE_WORDS:
        return "f"
    if words & MALE_WORDS:
        return "m"
    return None


def _generic_man(word: str) -> bool:
    """A "-man" title some papers use for anyone ("Trump spokesman Hope Hicks", "chairman Ada Obi")."""
    return word in MALE_WORDS and word.endswith("man")


def gender_of_titled(actor: Actor, title: Optional[str]) -> Optional[str]:
    """The gender a person's title marks, unless only a "-man" title marks it and the given name
    marks a woman."""
    gender = gender_of_title(title)
    if gender == "m" and title and gender_of_name(actor) == "f" and not any(
            w.strip(".").lower() in MALE_WORDS and not _generic_man(w.strip(".").lower()) for w in title.split()):
        return None
    return gender


def gender_of_name(actor: Actor) -> Optional[str]:
    """"f"/"m" when a person's name starts with a given name that marks a gender ("Anna Veld"), else None.
    A single word may be a surname ("Jordan") and marks nothing."""
    words = actor.name.split()
    if actor.kind != "person" or len(words) < 2:
        return None
    return resources.first_name_genders().get(words[0].strip(".").lower())


def gender_of_apposition(mentions, doc) -> Optional[str]:
    """"f"/"m" when a person's mention stands in apposition to a gendered noun ("Ada Obi, the
    senator's wife", "the first woman to lead the bank, Ada Obi") or is that noun's subject
    ("Obi is the mother of three"), else None."""
    for m in mentions:
        anchor = doc[m.head]
        nouns = [c for c in anchor.children if c.dep_ == "appos"]
        if anchor.dep_ == "appos":
            nouns.append(anchor.head)
        if anchor.dep_ == "nsubj":
            nouns.extend(c for c in anchor.head.children if c.dep_ == "attr" and anchor.head.lemma_ == "be")
        for noun in nouns:
            word = noun.lemma_.lower()
            if word in FEMALE_NOUNS:
                return "f"
            if word in MALE_NOUNS and not (_generic_man(word) and gender_of_name(m.actor) == "f"):
                return "m"
    return None


def _clause(verb, skip):
    """The tokens of ``verb``'s own clause: its subtree without clauses inside it that have a
    subject of their own, and without ``skip`` (the person's phrase)."""
    out = []
    stack = [verb]
    while stack:
        t = stack.pop()
        if t.i in skip:
            continue
        out.append(t)
        for c in t.children:
            if c.i in skip:
                continue
            if c.pos_ in ("VERB", "AUX") and any(g.dep_ in _SUBJECT_DEPS for g in c.children):
                continue  # a clause with its own subject speaks of someone else
            stack.append(c)
    return out


def gender_of_clause(mentions, doc) -> Optional[str]:
    """"f"/"m" from a pronoun bound to a subject mention in its own clause: a possessive on the
    verb's object ("Ada Obi released her album"), a reflexive ("blamed herself"), or the subject of
    the clause the person says ("Obi said she would ..."); None when there is none or the clause
    names someone else too (a person, or an object pronoun: "Obi thanked him for his work")."""
    for m in mentions:
        anchor = doc[m.head]
        if anchor.dep_ not in _SUBJECT_DEPS:
            continue
        verb = anchor.head
        skip = {t.i for t in anchor.subtree}
        for c in verb.children:  # "Obi said she ...": the subject of the speech verb's clause
            if c.dep_ == "ccomp" and c.i > verb.i and verb.lemma_.lower() in resources.speech_verbs():
                said = [g for g in c.children if g.dep_ == "nsubj" and _of_word(g.lower_)]
                if said:
                    return _of_word(said[0].lower_)
        clause = _clause(verb, skip)
        if any(t.ent_type_ == "PERSON" for t in clause):
            continue
        if any(t.dep_ in _OBJECT_DEPS and t.lower_ in ("him", "her", "them") and t.tag_ == "PRP" for t in clause):
            continue
        found = set()
        for t in clause:
            word = t.lower_
            if word in ("herself", "himself"):
                found.add(_of_word(word))
            elif word in ("her", "his") and t.dep_ == "poss" and t.head.dep_ in _OWN_NOUN_DEPS:
                found.add(_of_word(word))
        if len(found) == 1:
            return found.pop()
    return None


def known_gender(actor: Actor, genders: dict, mentions, doc) -> Optional[str]:
    """The gender of a person from the strongest evidence there is (see the module's docstring);
    ``mentions`` are the person's mentions so far, ``genders`` what the actor index recorded."""
    return genders.get(actor.id) or gender_of_apposition(mentions, doc) or gender_of_clause(mentions, doc) \
        or gender_of_name(actor)
