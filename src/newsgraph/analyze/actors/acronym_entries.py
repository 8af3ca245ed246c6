"""Whether a knowledge-base entry found by an organisation's acronym is that organisation at all.

An article that names "the Harbor Valley Caucus (HVC)" gives the body its full name and its acronym; the base
may know "HVC" as another body entirely (a broadcaster of another country). Acronyms are short and shared by
many bodies, so an entry found by the acronym alone codes the article's body only when its own name agrees
with the full name the article gives: "National Rifle Association of America" for "the National Rifle
Association (NRA)" does, "Canadian Broadcasting Corporation" for "the Congressional Black Caucus (CBC)" does not.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

#: words an acronym skips ("Bureau of Investigation" is "BI", "FBI" with its first word)
_SKIPPED = frozenset({"of", "the", "and", "for", "on", "in", "to", "a", "an", "&", "at", "de", "du", "des", "la", "le"})


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-–—/]+", name.replace("’", "'")) if w and w[:1].isalnum()]


def is_acronym(name: str) -> bool:
    """A name of one word of two to six capital letters (dots allowed): "CBC", "N.R.A."."""
    letters = name.replace(".", "")
    return " " not in name.strip() and 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def initials(name: str) -> str:
    """The capital initials of a name's content words: "Congressional Black Caucus" -> "CBC"."""
    return "".join(w[0].upper() for w in _words(name) if w.lower() not in _SKIPPED)


def abbreviated_name(acronym: str, names: Iterable[str]) -> str | None:
    """The name among ``names`` (of several words) that ``acronym`` abbreviates, or None."""
    letters = acronym.replace(".", "").upper()
    for name in names:
        if len(_words(name)) > 1 and initials(name) == letters:
            return name
    return None


def content_words(name: str) -> set[str]:
    return {w.lower().strip(".,'") for w in _words(name) if w.lower() not in _SKIPPED}


def other_body(acronym: str, names: Iterable[str], canonical: str | None) -> bool:
    """Whether the entry named ``canonical``, found by ``acronym``, is another body than the one the article
    names in full among ``names``: the acronym abbreviates one of them and the entry's name shares none of its
    content words (an entry named by the acronym alone says nothing either way, and is kept)."""
    full = abbreviated_name(acronym, names)
    if full is None or not canonical or is_acronym(canonical):
        return False
    return not content_words(full) & content_words(canonical)
