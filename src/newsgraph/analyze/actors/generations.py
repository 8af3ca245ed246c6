"""Generational suffixes of persons' names: "Jr.", "Sr.", "II", "III", "IV".

A newspaper adds the suffix to the full name of the person who bears it ("Joseph R. Biden Jr."), and a later
short form drops it ("Joe Biden"), so a suffix alone does not set two names apart. It does when the article
has two people of one name:

- "Sr." (or two different suffixes: "Jr." and "Sr.", "II" and "III") names the other generation, never the
  person the bare name means ("Ali's father, Cassius Clay Sr." beside "Cassius Clay");
- a suffixed name said as someone's child or parent ("His son Donald Jr.", "the boxer's father, Cassius
  Clay Sr.") is one of two people of that name: the bare name is the other one. Not when a comma sets the
  suffix off ("his father, Brent Bozell, Jr."): the tagger's name then stops before it, and the bare name
  may be that person.

The knowledge base's entry for a bare name is not that of a suffixed person beside a namesake without it
(``suffixed_namesakes``).

A name that is a given name and a suffix alone ("Donald Jr.") is the one person of the article whose full
name has that given name and that suffix ("Donald Trump Jr.").
"""
from __future__ import annotations

import re
from typing import Optional

#: the suffixes, as ``suffix`` returns them (lower case, no dot)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: nouns that say a named person is someone's child or parent
KIN_NOUNS = frozenset({"son", "sons", "daughter", "daughters", "child", "children", "kids", "father", "mother",
                       "dad", "mom", "parent", "parents", "namesake", "grandson", "granddaughter", "grandfather",
                       "grandmother", "stepson", "stepfather"})
#: how many tokens before a suffixed name a kin noun may stand ("His son Donald Jr.", "children: Donald Trump,")
KIN_WINDOW = 3


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s,]+", name.replace(".", " ")) if w]


def suffix(name: str) -> Optional[str]:
    """The generational suffix a person's name ends with ("Donald Trump Jr." -> "jr"), or None."""
    words = _words(name)
    return words[-1].lower() if len(words) >= 2 and words[-1].lower() in SUFFIXES else None


def given_name(name: str) -> str:
    """The first word of a name, lower case ("Donald Trump Jr." -> "donald")."""
    words = _words(name)
    return words[0].lower() if words else ""


def set_apart(one: str, other: str, kin: frozenset | set = frozenset()) -> bool:
    """Whether two names of one surname and given name are two people by their suffixes: different
    suffixes, a "Sr." against none, or a suffix against none where ``kin`` (``kin_given_names``) holds the
    given name."""
    a, b = suffix(one), suffix(other)
    if a == b:
        return False
    if a and b or "sr" in (a, b):
        return True
    return given_name(one) in kin or given_name(other) in kin


def kin_given_names(doc) -> frozenset:
    """The given names (lower case) of the suffixed names the article says as someone's child or parent:
    a kin noun at most ``KIN_WINDOW`` tokens before the name, or the name in apposition to one."""
    out = set()
    for t in doc:
        if t.text.rstrip(".").lower() not in SUFFIXES or t.i < 2 or not t.text[:1].isupper():
            continue
        start = t.i - 1
        if not _name_word(doc[start]):  # "Brent Bozell, Jr.": the tagger's name leaves the suffix out, so the bare
            # name of the index may be this very person
            continue
        while start > 0 and _name_word(doc[start - 1]) and t.i - start < 5:
            start -= 1
        before = doc[max(0, start - KIN_WINDOW):start]
        head = doc[start:t.i + 1].root
        if any(w.lower_ in KIN_NOUNS for w in before) or head.dep_ == "appos" and head.head.lower_ in KIN_NOUNS:
            out.add(doc[start].text.lower())
    return frozenset(out)


def _name_word(token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.text.rstrip(".").lower() not in SUFFIXES


def suffixed_full_name(part: str, names: list[str]) -> Optional[str]:
    """The one name of ``names`` that a "given name + suffix" ``part`` ("Donald Jr.") is short for: the same
    given name and suffix around a surname ("Donald Trump Jr."); None when ``part`` is no such name or none
    or several fit."""
    words = _words(part)
    if len(words) != 2 or suffix(part) is None:
        return None
    fits = [n for n in names if len(_words(n)) > 2 and suffix(n) == suffix(part) and given_name(n) == given_name(part)]
    return fits[0] if len(fits) == 1 else None


def suffixed_namesakes(names: list[str]) -> frozenset:
    """The suffixed names of ``names`` (an article's persons, kept apart by the rules above) beside a person of
    the same given name and surname without the suffix ("Donald Trump Jr." beside "Donald J. Trump"): the
    knowledge base reads a suffixed name without its suffix ("Joseph R. Biden Jr." is its "Joe Biden"), so
    its entry for such a name is the namesake's, not this person's."""
    def key(name: str) -> tuple[str, str]:
        words = [w for w in _words(name) if len(w) > 1 and w.lower() not in SUFFIXES]
        return (words[0].lower(), words[-1].lower()) if len(words) >= 2 else ("", "")

    bare = {key(n) for n in names if suffix(n) is None}
    return frozenset(n for n in names if suffix(n) is not None and key(n)[0] and key(n) in bare)
